// generated from openapi/miosa.yaml + openapi/mcp.overlay.yaml (inputs sha256:6cd9db441f8603e3) by codegen/ — run `make gen`, do not edit
/* eslint-disable */

import * as z from 'zod';
import type { ToolDef } from '../../src/tool-def.js';

const buildInput = () => z.object({ "state": z.enum(["creating", "available", "attached", "deleting", "error"]).optional(), "limit": z.number().int().gte(1).lte(100).default(20), "cursor": z.string().min(1).optional() }).strict();
export type VolumeListInput = z.infer<ReturnType<typeof buildInput>>;
let input: ReturnType<typeof buildInput> | undefined;

export const volumeList: ToolDef<VolumeListInput> = {
  "name": "volume_list",
  "title": "List volumes",
  "description": "Lists block volumes with size, state and the computer each is attached to, optionally filtered by state. Pages with limit and cursor: pass next_cursor as cursor while has_more is true.",
  "toolset": "storage",
  "annotations": {
    "title": "List volumes",
    "readOnlyHint": true,
    "destructiveHint": false,
    "idempotentHint": true,
    "openWorldHint": false
  },
  "inputSchema": {
    "type": "object",
    "properties": {
      "state": {
        "type": "string",
        "enum": [
          "creating",
          "available",
          "attached",
          "deleting",
          "error"
        ]
      },
      "limit": {
        "type": "integer",
        "minimum": 1,
        "maximum": 100,
        "default": 20,
        "description": "Page size."
      },
      "cursor": {
        "type": "string",
        "description": "Opaque cursor from the previous page's `next_cursor`.",
        "minLength": 1
      }
    },
    "additionalProperties": false
  },
  "outputSchema": {
    "type": "object",
    "properties": {
      "items": {
        "type": "array"
      },
      "next_cursor": {
        "type": [
          "string",
          "null"
        ]
      },
      "has_more": {
        "type": "boolean"
      }
    }
  },
  "operation": {
    "id": "listVolumes",
    "method": "GET",
    "path": "/volumes",
    "scopes": [
      "volumes:read"
    ]
  },
  "args": [
    {
      "name": "state",
      "in": "query",
      "wire": "state"
    },
    {
      "name": "limit",
      "in": "query",
      "wire": "limit"
    },
    {
      "name": "cursor",
      "in": "query",
      "wire": "cursor"
    }
  ],
  "response": {
    "kind": "json",
    "status": 200,
    "mediaType": "application/json",
    "envelope": true,
    "list": true,
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
    api.GET('/volumes', { params: { query: { state: a.state, limit: a.limit, cursor: a.cursor } }, signal }),
};
