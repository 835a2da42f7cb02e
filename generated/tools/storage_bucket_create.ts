// generated from openapi/miosa.yaml + openapi/mcp.overlay.yaml (inputs sha256:6cd9db441f8603e3) by codegen/ — run `make gen`, do not edit
/* eslint-disable */

import * as z from 'zod';
import type { ToolDef } from '../../src/tool-def.js';

const buildInput = () => z.object({ "name": z.string().min(3).max(63), "region": z.string().optional(), "visibility": z.enum(["private", "public"]).default("private") }).strict();
export type StorageBucketCreateInput = z.infer<ReturnType<typeof buildInput>>;
let input: ReturnType<typeof buildInput> | undefined;

export const storageBucketCreate: ToolDef<StorageBucketCreateInput> = {
  "name": "storage_bucket_create",
  "title": "Create a storage bucket",
  "description": "Creates an S3-compatible object storage bucket. name: lowercase letters, digits and hyphens, unique in the organization. visibility is private (default) or public (objects readable without a key). Returns the bucket with its id.",
  "toolset": "storage",
  "annotations": {
    "title": "Create a storage bucket",
    "readOnlyHint": false,
    "destructiveHint": false,
    "idempotentHint": false,
    "openWorldHint": false
  },
  "inputSchema": {
    "type": "object",
    "properties": {
      "name": {
        "type": "string",
        "minLength": 3,
        "maxLength": 63,
        "description": "Lowercase letters, digits and hyphens; unique in the organization."
      },
      "region": {
        "type": "string",
        "description": "Region id from region_list."
      },
      "visibility": {
        "type": "string",
        "enum": [
          "private",
          "public"
        ],
        "default": "private",
        "description": "public makes objects readable without a key."
      }
    },
    "required": [
      "name"
    ],
    "additionalProperties": false
  },
  "outputSchema": {
    "type": "object",
    "properties": {
      "id": {
        "type": "string"
      },
      "name": {
        "type": "string"
      }
    }
  },
  "operation": {
    "id": "createBucket",
    "method": "POST",
    "path": "/storage/buckets",
    "scopes": [
      "storage:write"
    ]
  },
  "args": [
    {
      "name": "name",
      "in": "body",
      "wire": "name"
    },
    {
      "name": "region",
      "in": "body",
      "wire": "region"
    },
    {
      "name": "visibility",
      "in": "body",
      "wire": "visibility"
    }
  ],
  "response": {
    "kind": "json",
    "status": 201,
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
    api.POST('/storage/buckets', { body: { name: a.name, region: a.region, visibility: a.visibility }, signal }),
};
