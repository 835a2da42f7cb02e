// generated from openapi/miosa.yaml + openapi/mcp.overlay.yaml (inputs sha256:6cd9db441f8603e3) by codegen/ — run `make gen`, do not edit
/* eslint-disable */

import * as z from 'zod';
import type { ToolDef } from '../../src/tool-def.js';

const buildInput = () => z.object({ "computerId": z.string().min(1).optional(), "keys": z.array(z.string()).min(1).max(6) }).strict();
export type DesktopHotkeyInput = z.infer<ReturnType<typeof buildInput>>;
let input: ReturnType<typeof buildInput> | undefined;

export const desktopHotkey: ToolDef<DesktopHotkeyInput> = {
  "name": "desktop_hotkey",
  "title": "Press a key combination",
  "description": "Presses several keys together and releases them, for shortcuts such as [\"ctrl\", \"c\"] or [\"ctrl\", \"shift\", \"t\"]. Modifiers are ctrl, shift, alt and super. Returns success.",
  "toolset": "desktop",
  "annotations": {
    "title": "Press a key combination",
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
      "keys": {
        "type": "array",
        "minItems": 1,
        "maxItems": 6,
        "items": {
          "type": "string"
        },
        "description": "Keys pressed together in order, e.g. [\"ctrl\", \"shift\", \"t\"]."
      }
    },
    "required": [
      "keys"
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
    "id": "pressDesktopHotkey",
    "method": "POST",
    "path": "/computers/{computer_id}/desktop/hotkey",
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
      "name": "keys",
      "in": "body",
      "wire": "keys"
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
    api.POST('/computers/{computer_id}/desktop/hotkey', { params: { path: { computer_id: a.computerId as string } }, body: { keys: a.keys }, signal }),
};
