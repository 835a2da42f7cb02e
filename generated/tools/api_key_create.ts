// generated from openapi/miosa.yaml + openapi/mcp.overlay.yaml (inputs sha256:6cd9db441f8603e3) by codegen/ — run `make gen`, do not edit
/* eslint-disable */

import * as z from 'zod';
import type { ToolDef } from '../../src/tool-def.js';

const buildInput = () => z.object({ "idempotencyKey": z.string().min(1).max(255).optional(), "name": z.string().min(1).max(100), "scopes": z.array(z.string().regex(new RegExp("^[a-z_]+:(read|write)$"))).optional(), "expiresAt": z.string().datetime({ offset: true }).optional() }).strict();
export type ApiKeyCreateInput = z.infer<ReturnType<typeof buildInput>>;
let input: ReturnType<typeof buildInput> | undefined;

export const apiKeyCreate: ToolDef<ApiKeyCreateInput> = {
  "name": "api_key_create",
  "title": "Create an API key",
  "description": "Creates an API key with scopes (e.g. sandboxes:write; none means full access) and an optional expiresAt. The plaintext key is in token and appears only in this answer: give it to the user to store, it cannot be read again.",
  "toolset": "security",
  "annotations": {
    "title": "Create an API key",
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
        "minLength": 1,
        "maxLength": 100
      },
      "scopes": {
        "type": "array",
        "description": "e.g. sandboxes:write; omit for full access.",
        "items": {
          "type": "string",
          "pattern": "^[a-z_]+:(read|write)$"
        }
      },
      "expiresAt": {
        "type": "string",
        "format": "date-time",
        "description": "Never expires when absent."
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
      },
      "token": {
        "type": "string"
      }
    }
  },
  "operation": {
    "id": "createApiKey",
    "method": "POST",
    "path": "/api-keys",
    "scopes": [
      "api_keys:write"
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
      "name": "scopes",
      "in": "body",
      "wire": "scopes"
    },
    {
      "name": "expiresAt",
      "in": "body",
      "wire": "expires_at"
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
    api.POST('/api-keys', { params: { header: { "Idempotency-Key": a.idempotencyKey } }, body: { name: a.name, scopes: a.scopes, expires_at: a.expiresAt }, signal }),
};
