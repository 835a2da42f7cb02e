// generated from openapi/miosa.yaml + openapi/mcp.overlay.yaml (inputs sha256:6cd9db441f8603e3) by codegen/ — run `make gen`, do not edit
/* eslint-disable */

import * as z from 'zod';
import type { ToolDef } from '../../src/tool-def.js';

const buildInput = () => z.object({ "id": z.string().min(1).optional(), "path": z.string().min(1) }).strict();
export type ComputerFileListInput = z.infer<ReturnType<typeof buildInput>>;
let input: ReturnType<typeof buildInput> | undefined;

export const computerFileList: ToolDef<ComputerFileListInput> = {
  "name": "computer_file_list",
  "title": "List a directory on a computer",
  "description": "Lists the entries of a directory at an absolute path on a computer (the home directory is /home/user). Returns each entry's name, path, size, is_dir and modification time.",
  "toolset": "computer",
  "annotations": {
    "title": "List a directory on a computer",
    "readOnlyHint": true,
    "destructiveHint": false,
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
        "description": "Absolute directory path in the VM.",
        "minLength": 1
      }
    },
    "required": [
      "path"
    ],
    "additionalProperties": false
  },
  "outputSchema": {
    "type": "object",
    "properties": {
      "path": {
        "type": "string"
      },
      "entries": {
        "type": "array"
      }
    }
  },
  "operation": {
    "id": "listComputerFiles",
    "method": "GET",
    "path": "/computers/{id}/files",
    "scopes": [
      "computers:read"
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
    "kind": "json",
    "status": 200,
    "mediaType": "application/json",
    "envelope": true,
    "list": false,
    "payloadKeys": [
      "data"
    ]
  },
  "idempotencyKey": false,
  "active": {
    "arg": "id",
    "kind": "computer"
  },
  "untrusted": true,
  "composite": false,
  "aliases": [],
  get input() {
    return (input ??= buildInput());
  },
  call: (a, { api, signal }) =>
    api.GET('/computers/{id}/files', { params: { path: { id: a.id as string }, query: { path: a.path } }, signal }),
};
