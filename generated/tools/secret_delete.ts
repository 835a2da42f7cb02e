// generated from openapi/miosa.yaml + openapi/mcp.overlay.yaml (inputs sha256:6cd9db441f8603e3) by codegen/ — run `make gen`, do not edit
/* eslint-disable */

import * as z from 'zod';
import type { ToolDef } from '../../src/tool-def.js';

const buildInput = () => z.object({ "id": z.string().min(1) }).strict();
export type SecretDeleteInput = z.infer<ReturnType<typeof buildInput>>;
let input: ReturnType<typeof buildInput> | undefined;

export const secretDelete: ToolDef<SecretDeleteInput> = {
  "name": "secret_delete",
  "title": "Delete a secret",
  "description": "Deletes a secret and every binding of it; sandboxes and computers that received it as an environment variable lose it. This cannot be undone. Find the id with secret_list.",
  "toolset": "security",
  "annotations": {
    "title": "Delete a secret",
    "readOnlyHint": false,
    "destructiveHint": true,
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
      }
    },
    "required": [
      "id"
    ],
    "additionalProperties": false
  },
  "operation": {
    "id": "deleteSecret",
    "method": "DELETE",
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
    }
  ],
  "response": {
    "kind": "empty",
    "status": 204,
    "envelope": false,
    "list": false,
    "payloadKeys": []
  },
  "idempotencyKey": false,
  "untrusted": false,
  "composite": false,
  "aliases": [],
  get input() {
    return (input ??= buildInput());
  },
  call: (a, { api, signal }) =>
    api.DELETE('/egress/secrets/{id}', { params: { path: { id: a.id } }, signal }),
};
