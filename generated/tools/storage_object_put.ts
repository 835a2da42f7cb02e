// generated from openapi/miosa.yaml + openapi/mcp.overlay.yaml (inputs sha256:6cd9db441f8603e3) by codegen/ — run `make gen`, do not edit
/* eslint-disable */

import * as z from 'zod';
import type { ToolDef } from '../../src/tool-def.js';
import { toBytes } from '../../src/content-encoding.js';

const buildInput = () => z.object({ "bucket": z.string().min(1), "key": z.string().min(1), "content": z.string().min(1), "encoding": z.enum(["utf8", "base64"]).default("utf8") }).strict();
export type StorageObjectPutInput = z.infer<ReturnType<typeof buildInput>>;
let input: ReturnType<typeof buildInput> | undefined;

export const storageObjectPut: ToolDef<StorageObjectPutInput> = {
  "name": "storage_object_put",
  "title": "Upload an object",
  "description": "Stores content in a bucket under key (which may contain /), replacing any object with that key. Text is sent as is; for binary data pass base64 and set encoding to base64. Returns the stored key and its size in bytes.",
  "toolset": "storage",
  "annotations": {
    "title": "Upload an object",
    "readOnlyHint": false,
    "destructiveHint": false,
    "idempotentHint": true,
    "openWorldHint": false
  },
  "inputSchema": {
    "type": "object",
    "properties": {
      "bucket": {
        "type": "string",
        "description": "Bucket id or name.",
        "minLength": 1
      },
      "key": {
        "type": "string",
        "minLength": 1,
        "description": "Object key; may contain '/'."
      },
      "content": {
        "type": "string",
        "minLength": 1,
        "description": "The content: text, or base64 when encoding is base64."
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
      "bucket",
      "key",
      "content"
    ],
    "additionalProperties": false
  },
  "outputSchema": {
    "type": "object",
    "properties": {
      "key": {
        "type": "string"
      },
      "size": {
        "type": "integer"
      }
    }
  },
  "operation": {
    "id": "putStorageObject",
    "method": "PUT",
    "path": "/storage/buckets/{bucket}/objects/{key}",
    "scopes": [
      "storage:write"
    ]
  },
  "args": [
    {
      "name": "bucket",
      "in": "path",
      "wire": "bucket"
    },
    {
      "name": "key",
      "in": "path",
      "wire": "key",
      "multiSegment": true
    },
    {
      "name": "content",
      "in": "rawBody",
      "wire": "$body"
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
  "untrusted": false,
  "composite": false,
  "aliases": [],
  get input() {
    return (input ??= buildInput());
  },
  call: (a, { api, signal }) =>
    api.PUT('/storage/buckets/{bucket}/objects/{key}', { params: { path: { bucket: a.bucket, key: a.key } }, body: a.content, bodySerializer: () => toBytes(a.content, a.encoding, "content"), headers: { 'Content-Type': 'application/octet-stream' }, signal }),
};
