// generated from openapi/miosa.yaml + openapi/mcp.overlay.yaml (inputs sha256:6cd9db441f8603e3) by codegen/ — run `make gen`, do not edit
/* eslint-disable */

import * as z from 'zod';
import type { ToolDef } from '../../src/tool-def.js';
import { toBase64 } from '../../src/content-encoding.js';

const buildInput = () => z.object({ "id": z.string().min(1), "files": z.array(z.object({ "path": z.string().min(1), "content": z.string(), "encoding": z.enum(["utf8", "base64"]).default("utf8") })).min(1).max(500) }).strict();
export type SandboxFilesWriteManyInput = z.infer<ReturnType<typeof buildInput>>;
let input: ReturnType<typeof buildInput> | undefined;

export const sandboxFilesWriteMany: ToolDef<SandboxFilesWriteManyInput> = {
  "name": "sandbox_files_write_many",
  "title": "Write several files in a sandbox",
  "description": "Writes several files in a sandbox in one call, e.g. to scaffold a project. Each file has path and content (UTF-8 text, or base64 with encoding base64); existing files are replaced. Returns the files written and any that failed, with the reason.",
  "toolset": "sandbox",
  "annotations": {
    "title": "Write several files in a sandbox",
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
      "files": {
        "type": "array",
        "minItems": 1,
        "maxItems": 500,
        "items": {
          "type": "object",
          "properties": {
            "path": {
              "type": "string",
              "minLength": 1,
              "description": "Absolute file path."
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
              "default": "utf8"
            }
          },
          "required": [
            "path",
            "content"
          ],
          "additionalProperties": false
        }
      }
    },
    "required": [
      "id",
      "files"
    ],
    "additionalProperties": false
  },
  "outputSchema": {
    "type": "object",
    "properties": {
      "written": {
        "type": "array"
      },
      "failed": {
        "type": "array"
      }
    }
  },
  "operation": {
    "id": "writeSandboxFiles",
    "method": "POST",
    "path": "/sandboxes/{id}/files/write-many",
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
      "name": "files",
      "in": "body",
      "wire": "files"
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
    api.POST('/sandboxes/{id}/files/write-many', { params: { path: { id: a.id } }, body: { files: ((v1: any[]) => v1.map((v2: any) => ({ path: v2.path, content_base64: toBase64(v2.content, v2.encoding, "files[].content") })))(a.files) }, signal }),
};
