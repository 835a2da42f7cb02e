// generated from openapi/miosa.yaml + openapi/mcp.overlay.yaml (inputs sha256:6cd9db441f8603e3) by codegen/ — run `make gen`, do not edit
/* eslint-disable */

import * as z from 'zod';
import type { ToolDef } from '../../src/tool-def.js';

const buildInput = () => z.object({ "id": z.string().min(1).optional(), "path": z.string().min(1).default("/workspace"), "depth": z.number().int().gte(1).lte(10).optional() }).strict();
export type SandboxFileListInput = z.infer<ReturnType<typeof buildInput>>;
let input: ReturnType<typeof buildInput> | undefined;

export const sandboxFileList: ToolDef<SandboxFileListInput> = {
  "name": "sandbox_file_list",
  "title": "List files in a sandbox",
  "description": "Lists a folder in a sandbox (default /workspace), depth levels deep. Omit id to use the latest running sandbox. Returns entries with name, path, size, is_dir and modified_at; for a nested overview use sandbox_file_tree.",
  "toolset": "sandbox",
  "annotations": {
    "title": "List files in a sandbox",
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
        "default": "/workspace",
        "description": "Absolute folder path.",
        "minLength": 1
      },
      "depth": {
        "type": "integer",
        "minimum": 1,
        "maximum": 10,
        "description": "How many levels below the folder to include."
      }
    },
    "additionalProperties": false
  },
  "outputSchema": {
    "type": "object",
    "properties": {
      "entries": {
        "type": "array"
      }
    }
  },
  "operation": {
    "id": "listSandboxFiles",
    "method": "GET",
    "path": "/sandboxes/{id}/files",
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
      "in": "query",
      "wire": "path"
    },
    {
      "name": "depth",
      "in": "query",
      "wire": "depth"
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
    "kind": "sandbox"
  },
  "untrusted": true,
  "composite": false,
  "aliases": [
    "sandbox_list_files"
  ],
  get input() {
    return (input ??= buildInput());
  },
  call: (a, { api, signal }) =>
    api.GET('/sandboxes/{id}/files', { params: { path: { id: a.id as string }, query: { path: a.path, depth: a.depth } }, signal }),
};
