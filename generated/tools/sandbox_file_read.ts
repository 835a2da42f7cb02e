// generated from openapi/miosa.yaml + openapi/mcp.overlay.yaml (inputs sha256:6cd9db441f8603e3) by codegen/ — run `make gen`, do not edit
/* eslint-disable */

import * as z from 'zod';
import type { ToolDef } from '../../src/tool-def.js';

const buildInput = () => z.object({ "id": z.string().min(1).optional(), "path": z.string().min(1), "encoding": z.enum(["utf8", "base64"]).default("utf8") }).strict();
export type SandboxFileReadInput = z.infer<ReturnType<typeof buildInput>>;
let input: ReturnType<typeof buildInput> | undefined;

export const sandboxFileRead: ToolDef<SandboxFileReadInput> = {
  "name": "sandbox_file_read",
  "title": "Read a file from a sandbox",
  "description": "Reads one file from a sandbox, as UTF-8 text or, with encoding base64, as base64 (for binaries). path is absolute, e.g. /workspace/package.json. Omit id to use the latest running sandbox. Returns the file's content.",
  "toolset": "sandbox",
  "annotations": {
    "title": "Read a file from a sandbox",
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
        "description": "Absolute file path, e.g. /workspace/package.json.",
        "minLength": 1
      },
      "encoding": {
        "type": "string",
        "enum": [
          "utf8",
          "base64"
        ],
        "default": "utf8",
        "description": "Return the bytes as utf8 text or as base64."
      }
    },
    "required": [
      "path"
    ],
    "additionalProperties": false
  },
  "operation": {
    "id": "readSandboxFile",
    "method": "GET",
    "path": "/sandboxes/{id}/files/{path}",
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
      "in": "path",
      "wire": "path",
      "multiSegment": true
    },
    {
      "name": "encoding",
      "in": "local",
      "wire": "encoding"
    }
  ],
  "response": {
    "kind": "binary",
    "status": 200,
    "mediaType": "application/octet-stream",
    "envelope": false,
    "list": false,
    "payloadKeys": []
  },
  "idempotencyKey": false,
  "active": {
    "arg": "id",
    "kind": "sandbox"
  },
  "untrusted": true,
  "composite": false,
  "aliases": [
    "sandbox_read_file"
  ],
  get input() {
    return (input ??= buildInput());
  },
  call: (a, { api, signal }) =>
    api.GET('/sandboxes/{id}/files/{path}', { params: { path: { id: a.id as string, path: a.path } }, headers: { Accept: "application/octet-stream, application/json;q=0.5" }, parseAs: 'arrayBuffer', signal }),
};
