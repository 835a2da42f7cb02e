// generated from openapi/miosa.yaml + openapi/mcp.overlay.yaml (inputs sha256:6cd9db441f8603e3) by codegen/ — run `make gen`, do not edit
/* eslint-disable */

import * as z from 'zod';
import type { ToolDef } from '../../src/tool-def.js';

const buildInput = () => z.object({ "id": z.string().min(1), "path": z.string().min(1) }).strict();
export type SandboxFileStatInput = z.infer<ReturnType<typeof buildInput>>;
let input: ReturnType<typeof buildInput> | undefined;

export const sandboxFileStat: ToolDef<SandboxFileStatInput> = {
  "name": "sandbox_file_stat",
  "title": "Stat a path in a sandbox",
  "description": "Gets the metadata of one file or folder in a sandbox: size, is_dir, mode and modified_at. Use it to check that a path exists, or how big a file is before reading it; a missing path answers not found.",
  "toolset": "sandbox",
  "annotations": {
    "title": "Stat a path in a sandbox",
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
        "description": "Sandbox id (sbx_…).",
        "minLength": 1
      },
      "path": {
        "type": "string",
        "minLength": 1,
        "description": "Absolute path of a file or folder."
      }
    },
    "required": [
      "id",
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
      "is_dir": {
        "type": "boolean"
      }
    }
  },
  "operation": {
    "id": "statSandboxFile",
    "method": "POST",
    "path": "/sandboxes/{id}/files/stat",
    "scopes": [
      "sandboxes:read"
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
  "untrusted": false,
  "composite": false,
  "aliases": [],
  get input() {
    return (input ??= buildInput());
  },
  call: (a, { api, signal }) =>
    api.POST('/sandboxes/{id}/files/stat', { params: { path: { id: a.id } }, body: { path: a.path }, signal }),
};
