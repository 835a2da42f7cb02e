// generated from openapi/miosa.yaml + openapi/mcp.overlay.yaml (inputs sha256:6cd9db441f8603e3) by codegen/ — run `make gen`, do not edit
/* eslint-disable */

import * as z from 'zod';
import type { ToolDef } from '../../src/tool-def.js';

const buildInput = () => z.object({ "id": z.string().min(1), "path": z.string().min(1).default("/workspace"), "depth": z.number().int().gte(1).lte(10).default(3) }).strict();
export type SandboxFileTreeInput = z.infer<ReturnType<typeof buildInput>>;
let input: ReturnType<typeof buildInput> | undefined;

export const sandboxFileTree: ToolDef<SandboxFileTreeInput> = {
  "name": "sandbox_file_tree",
  "title": "Show a sandbox folder as a tree",
  "description": "Returns a sandbox folder (default /workspace) as a nested tree, depth levels deep (default 3): each node has path, name, type (file or dir), size and children. Use it to get the layout of a project at a glance.",
  "toolset": "sandbox",
  "annotations": {
    "title": "Show a sandbox folder as a tree",
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
        "default": 3,
        "description": "How many levels to descend."
      }
    },
    "required": [
      "id"
    ],
    "additionalProperties": false
  },
  "outputSchema": {
    "type": "object",
    "properties": {
      "path": {
        "type": "string"
      },
      "name": {
        "type": "string"
      },
      "type": {
        "type": "string"
      }
    }
  },
  "operation": {
    "id": "getSandboxFileTree",
    "method": "GET",
    "path": "/sandboxes/{id}/files/tree",
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
  "untrusted": true,
  "composite": false,
  "aliases": [],
  get input() {
    return (input ??= buildInput());
  },
  call: (a, { api, signal }) =>
    api.GET('/sandboxes/{id}/files/tree', { params: { path: { id: a.id }, query: { path: a.path, depth: a.depth } }, signal }),
};
