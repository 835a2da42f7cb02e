// generated from openapi/miosa.yaml + openapi/mcp.overlay.yaml (inputs sha256:6cd9db441f8603e3) by codegen/ — run `make gen`, do not edit
/* eslint-disable */

import * as z from 'zod';
import type { ToolDef } from '../../src/tool-def.js';

const buildInput = () => z.object({ "id": z.string().min(1), "path": z.string().min(1), "recursive": z.boolean().default(true) }).strict();
export type ComputerFileMkdirInput = z.infer<ReturnType<typeof buildInput>>;
let input: ReturnType<typeof buildInput> | undefined;

export const computerFileMkdir: ToolDef<ComputerFileMkdirInput> = {
  "name": "computer_file_mkdir",
  "title": "Create a directory on a computer",
  "description": "Creates a directory at an absolute path on a computer, with missing parents unless recursive is false. An existing directory is not an error. Returns nothing on success.",
  "toolset": "computer",
  "annotations": {
    "title": "Create a directory on a computer",
    "readOnlyHint": false,
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
        "minLength": 1,
        "description": "Absolute directory path in the VM."
      },
      "recursive": {
        "type": "boolean",
        "default": true,
        "description": "Also create missing parents."
      }
    },
    "required": [
      "id",
      "path"
    ],
    "additionalProperties": false
  },
  "operation": {
    "id": "makeComputerDirectory",
    "method": "POST",
    "path": "/computers/{id}/files/mkdir",
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
      "in": "body",
      "wire": "path"
    },
    {
      "name": "recursive",
      "in": "body",
      "wire": "recursive"
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
    api.POST('/computers/{id}/files/mkdir', { params: { path: { id: a.id } }, body: { path: a.path, recursive: a.recursive }, signal }),
};
