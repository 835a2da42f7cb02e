// generated from openapi/miosa.yaml + openapi/mcp.overlay.yaml (inputs sha256:6cd9db441f8603e3) by codegen/ — run `make gen`, do not edit
/* eslint-disable */

import * as z from 'zod';
import type { ToolDef } from '../../src/tool-def.js';

const buildInput = () => z.object({ "id": z.string().min(1), "key": z.string().regex(new RegExp("^[A-Za-z_][A-Za-z0-9_]*$")).min(1) }).strict();
export type SandboxEnvDeleteInput = z.infer<ReturnType<typeof buildInput>>;
let input: ReturnType<typeof buildInput> | undefined;

export const sandboxEnvDelete: ToolDef<SandboxEnvDeleteInput> = {
  "name": "sandbox_env_delete",
  "title": "Delete a sandbox environment variable",
  "description": "Removes one environment variable from a sandbox by its key; the other variables are kept. Returns nothing; removing a key that is not set is harmless.",
  "toolset": "sandbox",
  "annotations": {
    "title": "Delete a sandbox environment variable",
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
        "description": "Sandbox id (sbx_…).",
        "minLength": 1
      },
      "key": {
        "type": "string",
        "pattern": "^[A-Za-z_][A-Za-z0-9_]*$",
        "description": "Variable name, e.g. DATABASE_URL.",
        "minLength": 1
      }
    },
    "required": [
      "id",
      "key"
    ],
    "additionalProperties": false
  },
  "operation": {
    "id": "deleteSandboxEnvVar",
    "method": "DELETE",
    "path": "/sandboxes/{id}/env/{key}",
    "scopes": [
      "sandboxes:write"
    ]
  },
  "args": [
    {
      "name": "id",
      "in": "path",
      "wire": "id"
    },
    {
      "name": "key",
      "in": "path",
      "wire": "key"
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
    api.DELETE('/sandboxes/{id}/env/{key}', { params: { path: { id: a.id, key: a.key } }, signal }),
};
