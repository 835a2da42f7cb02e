// generated from openapi/miosa.yaml + openapi/mcp.overlay.yaml (inputs sha256:6cd9db441f8603e3) by codegen/ — run `make gen`, do not edit
/* eslint-disable */

import * as z from 'zod';
import type { ToolDef } from '../../src/tool-def.js';
import { toBase64 } from '../../src/content-encoding.js';

const buildInput = () => z.object({ "id": z.string().min(1).optional(), "path": z.string().min(1), "content": z.string(), "encoding": z.enum(["utf8", "base64"]).default("utf8") }).strict();
export type ComputerFileWriteInput = z.infer<ReturnType<typeof buildInput>>;
let input: ReturnType<typeof buildInput> | undefined;

export const computerFileWrite: ToolDef<ComputerFileWriteInput> = {
  "name": "computer_file_write",
  "title": "Write a file on a computer",
  "description": "Creates or overwrites a file at an absolute path on a computer, creating missing parent directories. Send text as-is, or binary content as base64 with encoding base64. Returns the file's path, size and modification time.",
  "toolset": "computer",
  "annotations": {
    "title": "Write a file on a computer",
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
        "description": "Absolute file path in the VM."
      },
      "content": {
        "type": "string",
        "description": "File content, base64-encoded."
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
      "name": {
        "type": "string"
      },
      "path": {
        "type": "string"
      },
      "is_dir": {
        "type": "boolean"
      }
    }
  },
  "operation": {
    "id": "writeComputerFile",
    "method": "POST",
    "path": "/computers/{id}/files/write",
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
      "name": "content",
      "in": "body",
      "wire": "content_base64"
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
    "kind": "computer"
  },
  "untrusted": false,
  "composite": false,
  "aliases": [],
  get input() {
    return (input ??= buildInput());
  },
  call: (a, { api, signal }) =>
    api.POST('/computers/{id}/files/write', { params: { path: { id: a.id as string } }, body: { path: a.path, content_base64: toBase64(a.content, a.encoding, "content") }, signal }),
};
