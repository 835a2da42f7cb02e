// generated from openapi/miosa.yaml + openapi/mcp.overlay.yaml (inputs sha256:6cd9db441f8603e3) by codegen/ — run `make gen`, do not edit
/* eslint-disable */

import * as z from 'zod';
import type { ToolDef } from '../../src/tool-def.js';

const buildInput = () => z.object({ "computerId": z.string().min(1).optional(), "text": z.string().min(1), "delay": z.number().int().gte(0).lte(1000).optional() }).strict();
export type DesktopTypeInput = z.infer<ReturnType<typeof buildInput>>;
let input: ReturnType<typeof buildInput> | undefined;

export const desktopType: ToolDef<DesktopTypeInput> = {
  "name": "desktop_type",
  "title": "Type text on the desktop",
  "description": "Types text into the focused window as keystrokes, with an optional delay in milliseconds between keys. Click the input field first; use desktop_key for Return or Tab. Returns success.",
  "toolset": "desktop",
  "annotations": {
    "title": "Type text on the desktop",
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
      "text": {
        "type": "string",
        "minLength": 1
      },
      "delay": {
        "type": "integer",
        "minimum": 0,
        "maximum": 1000,
        "description": "Milliseconds between keystrokes."
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
    "id": "typeDesktopText",
    "method": "POST",
    "path": "/computers/{computer_id}/desktop/type",
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
    },
    {
      "name": "delay",
      "in": "body",
      "wire": "delay"
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
  "aliases": [
    "computer_type"
  ],
  get input() {
    return (input ??= buildInput());
  },
  call: (a, { api, signal }) =>
    api.POST('/computers/{computer_id}/desktop/type', { params: { path: { computer_id: a.computerId as string } }, body: { text: a.text, delay: a.delay }, signal }),
};
