// generated from openapi/miosa.yaml + openapi/mcp.overlay.yaml (inputs sha256:6cd9db441f8603e3) by codegen/ — run `make gen`, do not edit
/* eslint-disable */

import * as z from 'zod';
import type { ToolDef } from '../../src/tool-def.js';

const buildInput = () => z.object({ "id": z.string().min(1), "state": z.enum(["created", "building", "ready", "failed", "archived"]).optional(), "limit": z.number().int().gte(1).lte(100).default(20), "cursor": z.string().min(1).optional() }).strict();
export type DeploymentVersionListInput = z.infer<ReturnType<typeof buildInput>>;
let input: ReturnType<typeof buildInput> | undefined;

export const deploymentVersionList: ToolDef<DeploymentVersionListInput> = {
  "name": "deployment_version_list",
  "title": "List deployment versions",
  "description": "Lists a deployment's immutable versions, newest first, with version_number, kind, state and promoted_at. Pass a ready version's id to deployment_rollback. Filter by state; page with limit and cursor.",
  "toolset": "deploy",
  "annotations": {
    "title": "List deployment versions",
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
        "description": "Deployment id (dep_…).",
        "minLength": 1
      },
      "state": {
        "type": "string",
        "enum": [
          "created",
          "building",
          "ready",
          "failed",
          "archived"
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
    "required": [
      "id"
    ],
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
    "id": "listDeploymentVersions",
    "method": "GET",
    "path": "/deployments/{id}/versions",
    "scopes": [
      "deployments:read"
    ]
  },
  "args": [
    {
      "name": "id",
      "in": "path",
      "wire": "id"
    },
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
    api.GET('/deployments/{id}/versions', { params: { path: { id: a.id }, query: { state: a.state, limit: a.limit, cursor: a.cursor } }, signal }),
};
