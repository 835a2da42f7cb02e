// generated from openapi/miosa.yaml + openapi/mcp.overlay.yaml (inputs sha256:6cd9db441f8603e3) by codegen/ — run `make gen`, do not edit
/* eslint-disable */

import * as z from 'zod';
import type { ToolDef } from '../../src/tool-def.js';

const buildInput = () => z.object({ "id": z.string().min(1) }).strict();
export type DatabaseDeleteInput = z.infer<ReturnType<typeof buildInput>>;
let input: ReturnType<typeof buildInput> | undefined;

export const databaseDelete: ToolDef<DatabaseDeleteInput> = {
  "name": "database_delete",
  "title": "Delete a managed database",
  "description": "Permanently deletes a managed database and all of its data; this cannot be undone. Apps that use its connection string stop working.",
  "toolset": "database",
  "annotations": {
    "title": "Delete a managed database",
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
        "description": "Database id (db_…).",
        "minLength": 1
      }
    },
    "required": [
      "id"
    ],
    "additionalProperties": false
  },
  "operation": {
    "id": "deleteDatabase",
    "method": "DELETE",
    "path": "/databases/{id}",
    "scopes": [
      "databases:write"
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
    api.DELETE('/databases/{id}', { params: { path: { id: a.id } }, signal }),
};
