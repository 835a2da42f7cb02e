// generated from openapi/miosa.yaml + openapi/mcp.overlay.yaml (inputs sha256:6cd9db441f8603e3) by codegen/ — run `make gen`, do not edit
/* eslint-disable */

import * as z from 'zod';
import type { ToolDef } from '../../src/tool-def.js';

const buildInput = () => z.object({ "id": z.string().min(1) }).strict();
export type ApiKeyDeleteInput = z.infer<ReturnType<typeof buildInput>>;
let input: ReturnType<typeof buildInput> | undefined;

export const apiKeyDelete: ToolDef<ApiKeyDeleteInput> = {
  "name": "api_key_delete",
  "title": "Revoke an API key",
  "description": "Revokes an API key at once: every client using it gets 401 from then on, and this cannot be undone. Find the id with api_key_list; do not revoke the key this server runs with.",
  "toolset": "security",
  "annotations": {
    "title": "Revoke an API key",
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
        "description": "API key id.",
        "minLength": 1
      }
    },
    "required": [
      "id"
    ],
    "additionalProperties": false
  },
  "operation": {
    "id": "deleteApiKey",
    "method": "DELETE",
    "path": "/api-keys/{id}",
    "scopes": [
      "api_keys:write"
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
    api.DELETE('/api-keys/{id}', { params: { path: { id: a.id } }, signal }),
};
