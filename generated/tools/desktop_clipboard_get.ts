// generated from openapi/miosa.yaml + openapi/mcp.overlay.yaml (inputs sha256:6cd9db441f8603e3) by codegen/ — run `make gen`, do not edit
/* eslint-disable */

import * as z from 'zod';
import type { ToolDef } from '../../src/tool-def.js';

const buildInput = () => z.object({ "computerId": z.string().min(1).optional() }).strict();
export type DesktopClipboardGetInput = z.infer<ReturnType<typeof buildInput>>;
let input: ReturnType<typeof buildInput> | undefined;

export const desktopClipboardGet: ToolDef<DesktopClipboardGetInput> = {
  "name": "desktop_clipboard_get",
  "title": "Read the clipboard",
  "description": "Returns the text on a computer's clipboard, for example after copying with desktop_hotkey [\"ctrl\", \"c\"]. Empty when the clipboard holds no text.",
  "toolset": "desktop",
  "annotations": {
    "title": "Read the clipboard",
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
      "text": {
        "type": "string"
      }
    }
  },
  "operation": {
    "id": "getDesktopClipboard",
    "method": "GET",
    "path": "/computers/{computer_id}/desktop/clipboard",
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
  "untrusted": true,
  "composite": false,
  "aliases": [],
  get input() {
    return (input ??= buildInput());
  },
  call: (a, { api, signal }) =>
    api.GET('/computers/{computer_id}/desktop/clipboard', { params: { path: { computer_id: a.computerId as string } }, signal }),
};
