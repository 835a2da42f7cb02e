// generated from openapi/miosa.yaml + openapi/mcp.overlay.yaml (inputs sha256:6cd9db441f8603e3) by codegen/ — run `make gen`, do not edit
/* eslint-disable */

import * as z from 'zod';
import type { ToolDef } from '../../src/tool-def.js';

const buildInput = () => z.object({ "computerId": z.string().min(1).optional(), "windowId": z.string().min(1) }).strict();
export type DesktopWindowFocusInput = z.infer<ReturnType<typeof buildInput>>;
let input: ReturnType<typeof buildInput> | undefined;

export const desktopWindowFocus: ToolDef<DesktopWindowFocusInput> = {
  "name": "desktop_window_focus",
  "title": "Focus a window",
  "description": "Brings a window to the front and gives it keyboard focus, by the id from desktop_windows. Do this before desktop_type or desktop_key. Returns success.",
  "toolset": "desktop",
  "annotations": {
    "title": "Focus a window",
    "readOnlyHint": false,
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
      },
      "windowId": {
        "type": "string",
        "minLength": 1,
        "description": "Window id from the windows list."
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
    "id": "focusDesktopWindow",
    "method": "POST",
    "path": "/computers/{computer_id}/desktop/window/focus",
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
      "in": "body",
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
    api.POST('/computers/{computer_id}/desktop/window/focus', { params: { path: { computer_id: a.computerId as string } }, body: { window_id: a.windowId }, signal }),
};
