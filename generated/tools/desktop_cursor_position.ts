// generated from openapi/miosa.yaml + openapi/mcp.overlay.yaml (inputs sha256:6cd9db441f8603e3) by codegen/ — run `make gen`, do not edit
/* eslint-disable */

import * as z from 'zod';
import type { ToolDef } from '../../src/tool-def.js';

const buildInput = () => z.object({ "computerId": z.string().min(1).optional() }).strict();
export type DesktopCursorPositionInput = z.infer<ReturnType<typeof buildInput>>;
let input: ReturnType<typeof buildInput> | undefined;

export const desktopCursorPosition: ToolDef<DesktopCursorPositionInput> = {
  "name": "desktop_cursor_position",
  "title": "Get the cursor position",
  "description": "Returns the mouse cursor's current position as x and y pixels from the top-left corner of the screen of a running computer.",
  "toolset": "desktop",
  "annotations": {
    "title": "Get the cursor position",
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
      "x": {
        "type": "integer"
      },
      "y": {
        "type": "integer"
      }
    }
  },
  "operation": {
    "id": "getDesktopCursor",
    "method": "GET",
    "path": "/computers/{computer_id}/desktop/cursor",
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
    "envelope": false,
    "list": false,
    "payloadKeys": [
      "data"
    ]
  },
  "idempotencyKey": false,
  "active": {
    "arg": "computerId",
    "kind": "computer"
  },
  "untrusted": false,
  "composite": false,
  "aliases": [],
  get input() {
    return (input ??= buildInput());
  },
  call: (a, { api, signal }) =>
    api.GET('/computers/{computer_id}/desktop/cursor', { params: { path: { computer_id: a.computerId as string } }, signal }),
};
