// generated from openapi/miosa.yaml + openapi/mcp.overlay.yaml (inputs sha256:6cd9db441f8603e3) by codegen/ — run `make gen`, do not edit
/* eslint-disable */

import * as z from 'zod';
import type { ToolDef } from '../../src/tool-def.js';

const buildInput = () => z.object({ "scope": z.enum(["user", "workspace", "tenant"]).optional(), "workspaceId": z.string().min(1).optional(), "resourceId": z.string().min(1).optional(), "resourceType": z.enum(["sandbox", "computer"]).optional() }).strict();
export type SecretListInput = z.infer<ReturnType<typeof buildInput>>;
let input: ReturnType<typeof buildInput> | undefined;

export const secretList: ToolDef<SecretListInput> = {
  "name": "secret_list",
  "title": "List secrets",
  "description": "Lists stored egress secrets: name, type, scope, bound resource and a masked value, never the plaintext. Filter by scope, workspaceId, or the sandbox or computer (resourceId, resourceType) a secret is bound to.",
  "toolset": "security",
  "annotations": {
    "title": "List secrets",
    "readOnlyHint": true,
    "destructiveHint": false,
    "idempotentHint": true,
    "openWorldHint": false
  },
  "inputSchema": {
    "type": "object",
    "properties": {
      "scope": {
        "type": "string",
        "description": "Who may use the secret.",
        "enum": [
          "user",
          "workspace",
          "tenant"
        ]
      },
      "workspaceId": {
        "type": "string",
        "minLength": 1
      },
      "resourceId": {
        "type": "string",
        "description": "Sandbox or computer id the secret is bound to.",
        "minLength": 1
      },
      "resourceType": {
        "type": "string",
        "enum": [
          "sandbox",
          "computer"
        ]
      }
    },
    "additionalProperties": false
  },
  "outputSchema": {
    "type": "object",
    "properties": {
      "items": {
        "type": "array"
      }
    }
  },
  "operation": {
    "id": "listSecrets",
    "method": "GET",
    "path": "/egress/secrets",
    "scopes": [
      "secrets:read"
    ]
  },
  "args": [
    {
      "name": "scope",
      "in": "query",
      "wire": "scope"
    },
    {
      "name": "workspaceId",
      "in": "query",
      "wire": "workspace_id"
    },
    {
      "name": "resourceId",
      "in": "query",
      "wire": "resource_id"
    },
    {
      "name": "resourceType",
      "in": "query",
      "wire": "resource_type"
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
    api.GET('/egress/secrets', { params: { query: { scope: a.scope, workspace_id: a.workspaceId, resource_id: a.resourceId, resource_type: a.resourceType } }, signal }),
};
