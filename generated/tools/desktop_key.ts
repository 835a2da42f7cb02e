// generated from openapi/miosa.yaml + openapi/mcp.overlay.yaml (inputs sha256:6cd9db441f8603e3) by codegen/ — run `make gen`, do not edit
/* eslint-disable */

import * as z from 'zod';
import type { ToolDef } from '../../src/tool-def.js';

const buildInput = () => z.object({ "computerId": z.string().min(1).optional(), "key": z.string().min(1) }).strict();
export type DesktopKeyInput = z.infer<ReturnType<typeof buildInput>>;
let input: ReturnType<typeof buildInput> | undefined;

export const desktopKey: ToolDef<DesktopKeyInput> = {
  "name": "desktop_key",
  "title": "Press a key",
  "description": "Presses and releases one key in the focused window, by X key name: Return, Tab, Escape, BackSpace, Delete, space, Up, F1–F12, or a combo like ctrl+c. Use desktop_hotkey for several keys held together. Returns success.",
  "toolset": "desktop",
  "annotations": {
    "title": "Press a key",
    "readOnlyHint": false,
    "destructiveHint": false,
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
      "key": {
        "type": "string",
        "minLength": 1,
        "description": "X key name (Return, Tab, Escape, BackSpace, F5...) or a combo like ctrl+c."
      }
    },
    "required": [
      "key"
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
    "id": "pressDesktopKey",
    "method": "POST",
    "path": "/computers/{computer_id}/desktop/key",
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
      "name": "key",
      "in": "body",
      "wire": "key"
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
    api.POST('/computers/{computer_id}/desktop/key', { params: { path: { computer_id: a.computerId as string } }, body: { key: a.key }, signal }),
};
