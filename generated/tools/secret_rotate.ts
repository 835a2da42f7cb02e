// generated from openapi/miosa.yaml + openapi/mcp.overlay.yaml (inputs sha256:6cd9db441f8603e3) by codegen/ — run `make gen`, do not edit
/* eslint-disable */

import * as z from 'zod';
import type { ToolDef } from '../../src/tool-def.js';

const buildInput = () => z.object({ "id": z.string().min(1), "value": z.string().min(1), "expiresAt": z.string().datetime({ offset: true }).optional() }).strict();
export type SecretRotateInput = z.infer<ReturnType<typeof buildInput>>;
let input: ReturnType<typeof buildInput> | undefined;

export const secretRotate: ToolDef<SecretRotateInput> = {
  "name": "secret_rotate",
  "title": "Rotate a secret",
  "description": "Replaces a secret's value, and optionally its expiresAt; sandboxes and computers bound to it get the new value. Returns metadata with the new masked value; the value itself is never echoed.",
  "toolset": "security",
  "annotations": {
    "title": "Rotate a secret",
    "readOnlyHint": false,
    "destructiveHint": false,
    "idempotentHint": true,
    "openWorldHint": false
  },
  "inputSchema": {
    "type": "object",
    "properties": {
      "id": {
        "type": "string",
        "description": "Secret id.",
        "minLength": 1
      },
      "value": {
        "type": "string",
        "minLength": 1,
        "description": "The new secret; never answered."
      },
      "expiresAt": {
        "type": "string",
        "format": "date-time"
      }
    },
    "required": [
      "id",
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
    "id": "rotateSecret",
    "method": "PATCH",
    "path": "/egress/secrets/{id}",
    "scopes": [
      "secrets:write"
    ]
  },
  "args": [
    {
      "name": "id",
      "in": "path",
      "wire": "id"
    },
    {
      "name": "value",
      "in": "body",
      "wire": "value"
    },
    {
      "name": "expiresAt",
      "in": "body",
      "wire": "expires_at"
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
    api.PATCH('/egress/secrets/{id}', { params: { path: { id: a.id } }, body: { value: a.value, expires_at: a.expiresAt }, signal }),
};
