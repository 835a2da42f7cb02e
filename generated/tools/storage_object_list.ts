// generated from openapi/miosa.yaml + openapi/mcp.overlay.yaml (inputs sha256:6cd9db441f8603e3) by codegen/ — run `make gen`, do not edit
/* eslint-disable */

import * as z from 'zod';
import type { ToolDef } from '../../src/tool-def.js';

const buildInput = () => z.object({ "bucket": z.string().min(1), "prefix": z.string().min(1).optional(), "maxKeys": z.number().int().gte(1).lte(1000).optional(), "marker": z.string().min(1).optional() }).strict();
export type StorageObjectListInput = z.infer<ReturnType<typeof buildInput>>;
let input: ReturnType<typeof buildInput> | undefined;

export const storageObjectList: ToolDef<StorageObjectListInput> = {
  "name": "storage_object_list",
  "title": "List objects in a bucket",
  "description": "Lists object keys in a bucket, optionally only those under prefix (e.g. releases/). Returns keys, truncated and next_marker; while truncated is true, call again with marker set to next_marker. maxKeys caps the page (up to 1000).",
  "toolset": "storage",
  "annotations": {
    "title": "List objects in a bucket",
    "readOnlyHint": true,
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
      "prefix": {
        "type": "string",
        "description": "Only keys starting with this.",
        "minLength": 1
      },
      "maxKeys": {
        "type": "integer",
        "minimum": 1,
        "maximum": 1000,
        "description": "Most keys to return."
      },
      "marker": {
        "type": "string",
        "description": "Start after this key (the previous page's next_marker).",
        "minLength": 1
      }
    },
    "required": [
      "bucket"
    ],
    "additionalProperties": false
  },
  "outputSchema": {
    "type": "object",
    "properties": {
      "keys": {
        "type": "array"
      },
      "truncated": {
        "type": "boolean"
      },
      "next_marker": {
        "type": [
          "string",
          "null"
        ]
      }
    }
  },
  "operation": {
    "id": "listStorageObjects",
    "method": "GET",
    "path": "/storage/buckets/{bucket}/objects",
    "scopes": [
      "storage:read"
    ]
  },
  "args": [
    {
      "name": "bucket",
      "in": "path",
      "wire": "bucket"
    },
    {
      "name": "prefix",
      "in": "query",
      "wire": "prefix"
    },
    {
      "name": "maxKeys",
      "in": "query",
      "wire": "max_keys"
    },
    {
      "name": "marker",
      "in": "query",
      "wire": "marker"
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
    api.GET('/storage/buckets/{bucket}/objects', { params: { path: { bucket: a.bucket }, query: { prefix: a.prefix, max_keys: a.maxKeys, marker: a.marker } }, signal }),
};
