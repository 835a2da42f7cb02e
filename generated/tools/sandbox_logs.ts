// generated from openapi/miosa.yaml + openapi/mcp.overlay.yaml (inputs sha256:6cd9db441f8603e3) by codegen/ — run `make gen`, do not edit
/* eslint-disable */

import * as z from 'zod';
import type { ToolDef } from '../../src/tool-def.js';

const buildInput = () => z.object({ "id": z.string().min(1), "lines": z.number().int().gte(1).lte(10000).optional() }).strict();
export type SandboxLogsInput = z.infer<ReturnType<typeof buildInput>>;
let input: ReturnType<typeof buildInput> | undefined;

export const sandboxLogs: ToolDef<SandboxLogsInput> = {
  "name": "sandbox_logs",
  "title": "Read sandbox logs",
  "description": "Reads a sandbox's recent system and boot logs, the last lines lines. Use it when a sandbox is stuck or in error; for a background process's output use sandbox_process_logs. Returns the log text.",
  "toolset": "sandbox",
  "annotations": {
    "title": "Read sandbox logs",
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
        "description": "Sandbox id (sbx_…).",
        "minLength": 1
      },
      "lines": {
        "type": "integer",
        "minimum": 1,
        "maximum": 10000,
        "description": "How many of the most recent lines to return."
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
      "logs": {
        "type": "string"
      }
    }
  },
  "operation": {
    "id": "getSandboxLogs",
    "method": "GET",
    "path": "/sandboxes/{id}/logs",
    "scopes": [
      "sandboxes:read"
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
    api.GET('/sandboxes/{id}/logs', { params: { path: { id: a.id }, query: { lines: a.lines } }, signal }),
};
