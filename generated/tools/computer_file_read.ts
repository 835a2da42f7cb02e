// generated from openapi/miosa.yaml + openapi/mcp.overlay.yaml (inputs sha256:6cd9db441f8603e3) by codegen/ — run `make gen`, do not edit
/* eslint-disable */

import * as z from 'zod';
import type { ToolDef } from '../../src/tool-def.js';

const buildInput = () => z.object({ "id": z.string().min(1).optional(), "path": z.string().min(1), "encoding": z.enum(["utf8", "base64"]).default("utf8") }).strict();
export type ComputerFileReadInput = z.infer<ReturnType<typeof buildInput>>;
let input: ReturnType<typeof buildInput> | undefined;

export const computerFileRead: ToolDef<ComputerFileReadInput> = {
  "name": "computer_file_read",
  "title": "Read a file from a computer",
  "description": "Reads a file at an absolute path on a computer. Returns its content as text, or as base64 when encoding is base64 (use that for images and other binary files).",
  "toolset": "computer",
  "annotations": {
    "title": "Read a file from a computer",
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
        "description": "Absolute file path in the VM.",
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
    "id": "downloadComputerFile",
    "method": "GET",
    "path": "/computers/{id}/files/download",
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
    "kind": "computer"
  },
  "untrusted": true,
  "composite": false,
  "aliases": [],
  get input() {
    return (input ??= buildInput());
  },
  call: (a, { api, signal }) =>
    api.GET('/computers/{id}/files/download', { params: { path: { id: a.id as string }, query: { path: a.path } }, headers: { Accept: "application/octet-stream, application/json;q=0.5" }, parseAs: 'arrayBuffer', signal }),
};
