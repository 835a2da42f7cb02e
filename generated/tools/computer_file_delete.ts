// generated from openapi/miosa.yaml + openapi/mcp.overlay.yaml (inputs sha256:6cd9db441f8603e3) by codegen/ — run `make gen`, do not edit
/* eslint-disable */

import * as z from 'zod';
import type { ToolDef } from '../../src/tool-def.js';

const buildInput = () => z.object({ "id": z.string().min(1), "path": z.string().min(1) }).strict();
export type ComputerFileDeleteInput = z.infer<ReturnType<typeof buildInput>>;
let input: ReturnType<typeof buildInput> | undefined;

export const computerFileDelete: ToolDef<ComputerFileDeleteInput> = {
  "name": "computer_file_delete",
  "title": "Delete a file on a computer",
  "description": "Deletes a file, or a directory with everything in it, at an absolute path on a computer. This cannot be undone; a checkpoint taken before is the only way back. Returns nothing.",
  "toolset": "computer",
  "annotations": {
    "title": "Delete a file on a computer",
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
        "minLength": 1
      },
      "path": {
        "type": "string",
        "description": "Absolute path in the VM; directories are removed with their contents.",
        "minLength": 1
      }
    },
    "required": [
      "id",
      "path"
    ],
    "additionalProperties": false
  },
  "operation": {
    "id": "deleteComputerFile",
    "method": "DELETE",
    "path": "/computers/{id}/files",
    "scopes": [
      "computers:write"
    ]
  },
  "args": [
    {
      "name": "id",
      "in": "path",
      "wire": "id"
    },
    {
      "name": "path",
      "in": "query",
      "wire": "path"
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
    api.DELETE('/computers/{id}/files', { params: { path: { id: a.id }, query: { path: a.path } }, signal }),
};
