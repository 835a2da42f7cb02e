// generated from openapi/miosa.yaml + openapi/mcp.overlay.yaml (inputs sha256:6cd9db441f8603e3) by codegen/ — run `make gen`, do not edit
/* eslint-disable */

import * as z from 'zod';
import type { ToolDef } from '../../src/tool-def.js';

const buildInput = () => z.object({ "id": z.string().min(1) }).strict();
export type ComputerDestroyInput = z.infer<ReturnType<typeof buildInput>>;
let input: ReturnType<typeof buildInput> | undefined;

export const computerDestroy: ToolDef<ComputerDestroyInput> = {
  "name": "computer_destroy",
  "title": "Destroy a computer",
  "description": "Permanently deletes a computer and its disk; everything on it is lost. Use computer_stop to only shut it down, or computer_checkpoint_create first to keep a restorable copy.",
  "toolset": "computer",
  "annotations": {
    "title": "Destroy a computer",
    "readOnlyHint": false,
    "destructiveHint": true,
    "idempotentHint": true,
    "openWorldHint": false
  },
  "inputSchema": {
    "type": "object",
    "properties": {
      "id": {
        "type": "string",
        "description": "Computer id (comp_...).",
        "minLength": 1
      }
    },
    "required": [
      "id"
    ],
    "additionalProperties": false
  },
  "operation": {
    "id": "destroyComputer",
    "method": "DELETE",
    "path": "/computers/{id}",
    "scopes": [
      "computers:write"
    ]
  },
  "args": [
    {
      "name": "id",
      "in": "path",
      "wire": "id"
    }
  ],
  "response": {
    "kind": "empty",
    "status": 204,
    "envelope": false,
    "list": false,
    "payloadKeys": []
  },
  "idempotencyKey": false,
  "untrusted": false,
  "composite": false,
  "aliases": [],
  get input() {
    return (input ??= buildInput());
  },
  call: (a, { api, signal }) =>
    api.DELETE('/computers/{id}', { params: { path: { id: a.id } }, signal }),
};
