// generated from openapi/miosa.yaml + openapi/mcp.overlay.yaml (inputs sha256:6cd9db441f8603e3) by codegen/ — run `make gen`, do not edit
/* eslint-disable */

import * as z from 'zod';
import type { ToolDef } from '../../src/tool-def.js';

const buildInput = () => z.object({ "name": z.string().min(1), "value": z.string().min(1), "type": z.enum(["api_key", "oauth_token", "bearer", "basic", "generic"]).default("api_key"), "scope": z.enum(["user", "workspace", "tenant"]).default("user"), "exposeAsEnv": z.string().regex(new RegExp("^[A-Za-z_][A-Za-z0-9_]*$")).optional(), "resourceId": z.string().optional(), "resourceType": z.enum(["sandbox", "computer"]).optional() }).strict();
export type SecretSetInput = z.infer<ReturnType<typeof buildInput>>;
let input: ReturnType<typeof buildInput> | undefined;

export const secretSet: ToolDef<SecretSetInput> = {
  "name": "secret_set",
  "title": "Store a secret",
  "description": "Stores a credential (API key, OAuth or bearer token, basic auth) encrypted in MIOSA's vault. With exposeAsEnv and resourceId, that sandbox or computer sees it as that environment variable. Returns metadata with a masked value only.",
  "toolset": "security",
  "annotations": {
    "title": "Store a secret",
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
        "minLength": 1
      },
      "value": {
        "type": "string",
        "minLength": 1,
        "description": "The secret; stored encrypted, never answered."
      },
      "type": {
        "type": "string",
        "enum": [
          "api_key",
          "oauth_token",
          "bearer",
          "basic",
          "generic"
        ],
        "default": "api_key"
      },
      "scope": {
        "type": "string",
        "enum": [
          "user",
          "workspace",
          "tenant"
        ],
        "default": "user"
      },
      "exposeAsEnv": {
        "type": "string",
        "pattern": "^[A-Za-z_][A-Za-z0-9_]*$",
        "description": "Env var name to expose it as on resource_id."
      },
      "resourceId": {
        "type": "string",
        "description": "Sandbox or computer to bind the secret to."
      },
      "resourceType": {
        "type": "string",
        "enum": [
          "sandbox",
          "computer"
        ]
      }
    },
    "required": [
      "name",
      "value"
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
    "id": "createSecret",
    "method": "POST",
    "path": "/egress/secrets",
    "scopes": [
      "secrets:write"
    ]
  },
  "args": [
    {
      "name": "name",
      "in": "body",
      "wire": "name"
    },
    {
      "name": "value",
      "in": "body",
      "wire": "value"
    },
    {
      "name": "type",
      "in": "body",
      "wire": "type"
    },
    {
      "name": "scope",
      "in": "body",
      "wire": "scope"
    },
    {
      "name": "exposeAsEnv",
      "in": "body",
      "wire": "expose_as_env"
    },
    {
      "name": "resourceId",
      "in": "body",
      "wire": "resource_id"
    },
    {
      "name": "resourceType",
      "in": "body",
      "wire": "resource_type"
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
    api.POST('/egress/secrets', { body: { name: a.name, value: a.value, type: a.type, scope: a.scope, expose_as_env: a.exposeAsEnv, resource_id: a.resourceId, resource_type: a.resourceType }, signal }),
};
