// generated from openapi/miosa.yaml + openapi/mcp.overlay.yaml (inputs sha256:6cd9db441f8603e3) by codegen/ — run `make gen`, do not edit
/* eslint-disable */

import * as z from 'zod';
import type { ToolDef } from '../../src/tool-def.js';

const buildInput = () => z.object({ "computerId": z.string().min(1).optional(), "windowId": z.string().min(1) }).strict();
export type DesktopWindowCloseInput = z.infer<ReturnType<typeof buildInput>>;
let input: ReturnType<typeof buildInput> | undefined;

export const desktopWindowClose: ToolDef<DesktopWindowCloseInput> = {
  "name": "desktop_window_close",
  "title": "Close a window",
  "description": "Closes a window by the id from desktop_windows, as its close button would; unsaved work in it may be lost. Returns success.",
  "toolset": "desktop",
  "annotations": {
    "title": "Close a window",
    "readOnlyHint": false,
    "destructiveHint": true,
    "idempotentHint": false,
    "openWorldHint": false
  },
  "inputSchema": {
    "type": "object",
    "properties": {
      "computerId": {
        "type": "string",
        "minLength": 1
      },
      "windowId": {
        "type": "string",
        "description": "Window id from the windows list.",
        "minLength": 1
      }
    },
    "required": [
      "windowId"
    ],
    "additionalProperties": false
  },
  "outputSchema": {
    "type": "object",
    "properties": {
      "success": {
        "type": "boolean"
      }
    }
  },
  "operation": {
    "id": "closeDesktopWindow",
    "method": "POST",
    "path": "/computers/{computer_id}/desktop/window/{window_id}/close",
    "scopes": [
      "computers:write"
    ]
  },
  "args": [
    {
      "name": "computerId",
      "in": "path",
      "wire": "computer_id"
    },
    {
      "name": "windowId",
      "in": "path",
      "wire": "window_id"
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
    api.POST('/computers/{computer_id}/desktop/window/{window_id}/close', { params: { path: { computer_id: a.computerId as string, window_id: a.windowId } }, signal }),
};
