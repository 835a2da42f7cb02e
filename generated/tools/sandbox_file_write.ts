// generated from openapi/miosa.yaml + openapi/mcp.overlay.yaml (inputs sha256:6cd9db441f8603e3) by codegen/ — run `make gen`, do not edit
/* eslint-disable */

import * as z from 'zod';
import type { ToolDef } from '../../src/tool-def.js';
import { toBase64 } from '../../src/content-encoding.js';

const buildInput = () => z.object({ "id": z.string().min(1).optional(), "path": z.string().min(1), "content": z.string(), "encoding": z.enum(["utf8", "base64"]).default("utf8") }).strict();
export type SandboxFileWriteInput = z.infer<ReturnType<typeof buildInput>>;
let input: ReturnType<typeof buildInput> | undefined;

export const sandboxFileWrite: ToolDef<SandboxFileWriteInput> = {
  "name": "sandbox_file_write",
  "title": "Write a file in a sandbox",
  "description": "Writes one file in a sandbox, replacing it if it exists. content is UTF-8 text, or base64 bytes with encoding base64. Omit id to use the latest running sandbox. For many files use sandbox_files_write_many. Returns path and size_bytes.",
  "toolset": "sandbox",
  "annotations": {
    "title": "Write a file in a sandbox",
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
        "description": "Sandbox id (sbx_…).",
        "minLength": 1
      },
      "path": {
        "type": "string",
        "minLength": 1,
        "description": "Absolute file path, e.g. /workspace/src/index.ts."
      },
      "content": {
        "type": "string",
        "description": "The file's bytes."
      },
      "encoding": {
        "type": "string",
        "enum": [
          "utf8",
          "base64"
        ],
        "default": "utf8",
        "description": "How content is given: utf8 text or base64 bytes."
      }
    },
    "required": [
      "path",
      "content"
    ],
    "additionalProperties": false
  },
  "outputSchema": {
    "type": "object",
    "properties": {
      "path": {
        "type": "string"
      },
      "size_bytes": {
        "type": "integer"
      }
    }
  },
  "operation": {
    "id": "writeSandboxFile",
    "method": "POST",
    "path": "/sandboxes/{id}/files",
    "scopes": [
      "sandboxes:write"
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
      "name": "content",
      "in": "body",
      "wire": "content"
    },
    {
      "name": "encoding",
      "in": "local",
      "wire": "encoding"
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
  "untrusted": false,
  "composite": false,
  "aliases": [
    "sandbox_write_file"
  ],
  get input() {
    return (input ??= buildInput());
  },
  call: (a, { api, signal }) =>
    api.POST('/sandboxes/{id}/files', { params: { path: { id: a.id as string } }, body: { path: a.path, content: toBase64(a.content, a.encoding, "content") }, signal }),
};
