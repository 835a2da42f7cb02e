// generated from openapi/miosa.yaml + openapi/mcp.overlay.yaml (inputs sha256:6cd9db441f8603e3) by codegen/ — run `make gen`, do not edit
/* eslint-disable */

import * as z from 'zod';
import type { ToolDef } from '../../src/tool-def.js';

const buildInput = () => z.object({ "id": z.string().min(1) }).strict();
export type DatabaseCredentialsInput = z.infer<ReturnType<typeof buildInput>>;
let input: ReturnType<typeof buildInput> | undefined;

export const databaseCredentials: ToolDef<DatabaseCredentialsInput> = {
  "name": "database_credentials",
  "title": "Get database connection details",
  "description": "Returns how to connect to a running database: connection_string (e.g. postgresql://…), host, port, database, username and password. Fails with a conflict until the database is running. The password is a secret: do not echo it needlessly.",
  "toolset": "database",
  "annotations": {
    "title": "Get database connection details",
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
        "description": "Database id (db_…).",
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
      "connection_string": {
        "type": "string"
      },
      "host": {
        "type": "string"
      },
      "port": {
        "type": "integer"
      }
    }
  },
  "operation": {
    "id": "getDatabaseCredentials",
    "method": "GET",
    "path": "/databases/{id}/credentials",
    "scopes": [
      "databases:read"
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
    api.GET('/databases/{id}/credentials', { params: { path: { id: a.id } }, signal }),
};
