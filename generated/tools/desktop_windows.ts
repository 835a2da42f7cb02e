// generated from openapi/miosa.yaml + openapi/mcp.overlay.yaml (inputs sha256:6cd9db441f8603e3) by codegen/ — run `make gen`, do not edit
/* eslint-disable */

import * as z from 'zod';
import type { ToolDef } from '../../src/tool-def.js';

const buildInput = () => z.object({ "computerId": z.string().min(1).optional() }).strict();
export type DesktopWindowsInput = z.infer<ReturnType<typeof buildInput>>;
let input: ReturnType<typeof buildInput> | undefined;

export const desktopWindows: ToolDef<DesktopWindowsInput> = {
  "name": "desktop_windows",
  "title": "List open windows",
  "description": "Lists the open windows of a running computer with id, title, application, position, size and which one has focus. Use the id with desktop_window_focus or desktop_window_close.",
  "toolset": "desktop",
  "annotations": {
    "title": "List open windows",
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
        "minLength": 1
      }
    },
    "additionalProperties": false
  },
  "outputSchema": {
    "type": "object",
    "properties": {
      "items": {
        "type": "array"
      }
    }
  },
  "operation": {
    "id": "listDesktopWindows",
    "method": "GET",
    "path": "/computers/{computer_id}/desktop/windows",
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
    "kind": "json",
    "status": 200,
    "mediaType": "application/json",
    "envelope": true,
    "list": true,
    "payloadKeys": [
      "windows",
      "data"
    ]
  },
  "idempotencyKey": false,
  "active": {
    "arg": "computerId",
    "kind": "computer"
  },
  "untrusted": true,
  "composite": false,
  "aliases": [],
  get input() {
    return (input ??= buildInput());
  },
  call: (a, { api, signal }) =>
    api.GET('/computers/{computer_id}/desktop/windows', { params: { path: { computer_id: a.computerId as string } }, signal }),
};
