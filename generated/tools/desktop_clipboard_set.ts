// generated from openapi/miosa.yaml + openapi/mcp.overlay.yaml (inputs sha256:6cd9db441f8603e3) by codegen/ — run `make gen`, do not edit
/* eslint-disable */

import * as z from 'zod';
import type { ToolDef } from '../../src/tool-def.js';

const buildInput = () => z.object({ "computerId": z.string().min(1).optional(), "text": z.string() }).strict();
export type DesktopClipboardSetInput = z.infer<ReturnType<typeof buildInput>>;
let input: ReturnType<typeof buildInput> | undefined;

export const desktopClipboardSet: ToolDef<DesktopClipboardSetInput> = {
  "name": "desktop_clipboard_set",
  "title": "Set the clipboard",
  "description": "Replaces the text on a computer's clipboard, ready to paste with desktop_hotkey [\"ctrl\", \"v\"]. Faster than desktop_type for long text. Returns success.",
  "toolset": "desktop",
  "annotations": {
    "title": "Set the clipboard",
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
      "text": {
        "type": "string"
      }
    },
    "required": [
      "text"
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
    "id": "setDesktopClipboard",
    "method": "POST",
    "path": "/computers/{computer_id}/desktop/clipboard",
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
      "name": "text",
      "in": "body",
      "wire": "text"
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
    api.POST('/computers/{computer_id}/desktop/clipboard', { params: { path: { computer_id: a.computerId as string } }, body: { text: a.text }, signal }),
};
