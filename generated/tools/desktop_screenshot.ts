// generated from openapi/miosa.yaml + openapi/mcp.overlay.yaml (inputs sha256:6cd9db441f8603e3) by codegen/ — run `make gen`, do not edit
/* eslint-disable */

import * as z from 'zod';
import type { ToolDef } from '../../src/tool-def.js';

const buildInput = () => z.object({ "computerId": z.string().min(1).optional() }).strict();
export type DesktopScreenshotInput = z.infer<ReturnType<typeof buildInput>>;
let input: ReturnType<typeof buildInput> | undefined;

export const desktopScreenshot: ToolDef<DesktopScreenshotInput> = {
  "name": "desktop_screenshot",
  "title": "Take a desktop screenshot",
  "description": "Captures the whole screen of a running computer as a PNG image (1024×768 by default). Take one before clicking or typing to see where things are; coordinates are pixels from the top-left corner.",
  "toolset": "desktop",
  "annotations": {
    "title": "Take a desktop screenshot",
    "readOnlyHint": true,
    "destructiveHint": false,
    "idempotentHint": true,
    "openWorldHint": false
  },
  "inputSchema": {
    "type": "object",
    "properties": {
      "computerId": {
        "type": "string",
        "description": "Computer id (comp_...).",
        "minLength": 1
      }
    },
    "additionalProperties": false
  },
  "operation": {
    "id": "getDesktopScreenshot",
    "method": "GET",
    "path": "/computers/{computer_id}/desktop/screenshot",
    "scopes": [
      "computers:read"
    ]
  },
  "args": [
    {
      "name": "computerId",
      "in": "path",
      "wire": "computer_id"
    }
  ],
  "response": {
    "kind": "image",
    "status": 200,
    "mediaType": "image/png",
    "envelope": false,
    "list": false,
    "payloadKeys": []
  },
  "idempotencyKey": false,
  "active": {
    "arg": "computerId",
    "kind": "computer"
  },
  "untrusted": false,
  "composite": false,
  "aliases": [
    "computer_screenshot"
  ],
  get input() {
    return (input ??= buildInput());
  },
  call: (a, { api, signal }) =>
    api.GET('/computers/{computer_id}/desktop/screenshot', { params: { path: { computer_id: a.computerId as string } }, headers: { Accept: "image/png, application/json;q=0.5" }, parseAs: 'arrayBuffer', signal }),
};
