// generated from openapi/miosa.yaml + openapi/mcp.overlay.yaml (inputs sha256:6cd9db441f8603e3) by codegen/ — run `make gen`, do not edit
/* eslint-disable */

import * as z from 'zod';
import type { ToolDef } from '../../src/tool-def.js';

const buildInput = () => z.object({ "id": z.string().min(1), "lines": z.number().int().gte(1).lte(10000).optional(), "since": z.string().datetime({ offset: true }).min(1).optional() }).strict();
export type ComputerLogsInput = z.infer<ReturnType<typeof buildInput>>;
let input: ReturnType<typeof buildInput> | undefined;

export const computerLogs: ToolDef<ComputerLogsInput> = {
  "name": "computer_logs",
  "title": "Read a computer's logs",
  "description": "Returns the latest lines of a computer's VM log (boot, display server, envd), optionally only the last N lines or those after a time. Use it when a computer is stuck in provisioning or error.",
  "toolset": "computer",
  "annotations": {
    "title": "Read a computer's logs",
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
        "minLength": 1
      },
      "lines": {
        "type": "integer",
        "minimum": 1,
        "maximum": 10000,
        "description": "Number of most recent lines."
      },
      "since": {
        "type": "string",
        "format": "date-time",
        "description": "Only lines logged after this time.",
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
      "lines": {
        "type": "array"
      }
    }
  },
  "operation": {
    "id": "getComputerLogs",
    "method": "GET",
    "path": "/computers/{id}/logs",
    "scopes": [
      "computers:read"
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
    api.GET('/computers/{id}/logs', { params: { path: { id: a.id }, query: { lines: a.lines, since: a.since } }, signal }),
};
