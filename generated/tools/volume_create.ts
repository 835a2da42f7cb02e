// generated from openapi/miosa.yaml + openapi/mcp.overlay.yaml (inputs sha256:6cd9db441f8603e3) by codegen/ — run `make gen`, do not edit
/* eslint-disable */

import * as z from 'zod';
import type { ToolDef } from '../../src/tool-def.js';

const buildInput = () => z.object({ "idempotencyKey": z.string().min(1).max(255).optional(), "name": z.string().min(1), "sizeGb": z.number().int().gte(1), "region": z.string().optional() }).strict();
export type VolumeCreateInput = z.infer<ReturnType<typeof buildInput>>;
let input: ReturnType<typeof buildInput> | undefined;

export const volumeCreate: ToolDef<VolumeCreateInput> = {
  "name": "volume_create",
  "title": "Create a volume",
  "description": "Creates a block volume of sizeGb gigabytes, optionally in a region; it costs credits while it exists. Returns the volume in state creating: poll volume_list until it is available, then mount it on a computer with volume_attach.",
  "toolset": "storage",
  "annotations": {
    "title": "Create a volume",
    "readOnlyHint": false,
    "destructiveHint": false,
    "idempotentHint": false,
    "openWorldHint": false
  },
  "inputSchema": {
    "type": "object",
    "properties": {
      "idempotencyKey": {
        "type": "string",
        "minLength": 1,
        "maxLength": 255,
        "description": "Reuse to make a retry safe; generated when omitted."
      },
      "name": {
        "type": "string",
        "minLength": 1
      },
      "sizeGb": {
        "type": "integer",
        "minimum": 1
      },
      "region": {
        "type": "string",
        "description": "Region id from region_list."
      }
    },
    "required": [
      "name",
      "sizeGb"
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
      },
      "size_gb": {
        "type": "integer"
      },
      "state": {
        "type": "string"
      }
    }
  },
  "operation": {
    "id": "createVolume",
    "method": "POST",
    "path": "/volumes",
    "scopes": [
      "volumes:write"
    ]
  },
  "args": [
    {
      "name": "idempotencyKey",
      "in": "header",
      "wire": "Idempotency-Key"
    },
    {
      "name": "name",
      "in": "body",
      "wire": "name"
    },
    {
      "name": "sizeGb",
      "in": "body",
      "wire": "size_gb"
    },
    {
      "name": "region",
      "in": "body",
      "wire": "region"
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
  "idempotencyKey": true,
  "untrusted": false,
  "composite": false,
  "aliases": [],
  get input() {
    return (input ??= buildInput());
  },
  call: (a, { api, signal }) =>
    api.POST('/volumes', { params: { header: { "Idempotency-Key": a.idempotencyKey } }, body: { name: a.name, size_gb: a.sizeGb, region: a.region }, signal }),
};
