// generated from openapi/miosa.yaml + openapi/mcp.overlay.yaml (inputs sha256:6cd9db441f8603e3) by codegen/ — run `make gen`, do not edit
/* eslint-disable */

import * as z from 'zod';
import type { ToolDef } from '../../src/tool-def.js';

const buildInput = () => z.object({ "id": z.string().min(1), "lines": z.number().int().gte(1).lte(1000).default(100), "since": z.string().datetime({ offset: true }).min(1).optional() }).strict();
export type DatabaseLogsInput = z.infer<ReturnType<typeof buildInput>>;
let input: ReturnType<typeof buildInput> | undefined;

export const databaseLogs: ToolDef<DatabaseLogsInput> = {
  "name": "database_logs",
  "title": "Read database logs",
  "description": "Returns recent log lines of a managed database (default the last 100; since keeps lines after an ISO 8601 time). Use it when the database is in state error or connections fail.",
  "toolset": "database",
  "annotations": {
    "title": "Read database logs",
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
      },
      "lines": {
        "type": "integer",
        "minimum": 1,
        "maximum": 1000,
        "default": 100,
        "description": "How many of the most recent lines to return."
      },
      "since": {
        "type": "string",
        "format": "date-time",
        "description": "Only lines logged at or after this time (ISO 8601).",
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
      "database_id": {
        "type": "string"
      },
      "logs": {
        "type": "array"
      }
    }
  },
  "operation": {
    "id": "getDatabaseLogs",
    "method": "GET",
    "path": "/databases/{id}/logs",
    "scopes": [
      "databases:read"
    ]
  },
  "args": [
    {
      "name": "id",
      "in": "path",
      "wire": "id"
    },
    {
      "name": "lines",
      "in": "query",
      "wire": "lines"
    },
    {
      "name": "since",
      "in": "query",
      "wire": "since"
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
  "untrusted": true,
  "composite": false,
  "aliases": [],
  get input() {
    return (input ??= buildInput());
  },
  call: (a, { api, signal }) =>
    api.GET('/databases/{id}/logs', { params: { path: { id: a.id }, query: { lines: a.lines, since: a.since } }, signal }),
};
