// generated from openapi/miosa.yaml + openapi/mcp.overlay.yaml (inputs sha256:6cd9db441f8603e3) by codegen/ — run `make gen`, do not edit
/* eslint-disable */

import * as z from 'zod';
import type { ToolDef } from '../../src/tool-def.js';

const buildInput = () => z.object({ "id": z.string().min(1), "pid": z.number().int().gte(1), "tail": z.number().int().gte(1).lte(10000).default(200) }).strict();
export type SandboxProcessLogsInput = z.infer<ReturnType<typeof buildInput>>;
let input: ReturnType<typeof buildInput> | undefined;

export const sandboxProcessLogs: ToolDef<SandboxProcessLogsInput> = {
  "name": "sandbox_process_logs",
  "title": "Read a process's output",
  "description": "Reads the last tail lines (default 200) of a background process's stdout and stderr. Use it to check that a dev server came up or to see why it crashed. Returns the log text.",
  "toolset": "sandbox",
  "annotations": {
    "title": "Read a process's output",
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
      "pid": {
        "type": "integer",
        "minimum": 1,
        "description": "Process id."
      },
      "tail": {
        "type": "integer",
        "minimum": 1,
        "maximum": 10000,
        "default": 200,
        "description": "How many of the last lines to return."
      }
    },
    "required": [
      "id",
      "pid"
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
    "id": "getSandboxProcessLogs",
    "method": "GET",
    "path": "/sandboxes/{id}/processes/{pid}/logs",
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
      "name": "pid",
      "in": "path",
      "wire": "pid"
    },
    {
      "name": "tail",
      "in": "query",
      "wire": "tail"
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
    api.GET('/sandboxes/{id}/processes/{pid}/logs', { params: { path: { id: a.id, pid: a.pid }, query: { tail: a.tail } }, signal }),
};
