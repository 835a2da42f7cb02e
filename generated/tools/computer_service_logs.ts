// generated from openapi/miosa.yaml + openapi/mcp.overlay.yaml (inputs sha256:6cd9db441f8603e3) by codegen/ — run `make gen`, do not edit
/* eslint-disable */

import * as z from 'zod';
import type { ToolDef } from '../../src/tool-def.js';

const buildInput = () => z.object({ "id": z.string().min(1), "serviceId": z.string().min(1), "lines": z.number().int().gte(1).lte(10000).default(100) }).strict();
export type ComputerServiceLogsInput = z.infer<ReturnType<typeof buildInput>>;
let input: ReturnType<typeof buildInput> | undefined;

export const computerServiceLogs: ToolDef<ComputerServiceLogsInput> = {
  "name": "computer_service_logs",
  "title": "Read a service's logs",
  "description": "Returns the most recent output lines (default 100) of a computer's background service, each tagged stdout or stderr. Does not wait for new output. Use it to see why a service failed or what it printed.",
  "toolset": "computer",
  "annotations": {
    "title": "Read a service's logs",
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
      "serviceId": {
        "type": "string",
        "description": "Service id (svc_...).",
        "minLength": 1
      },
      "lines": {
        "type": "integer",
        "minimum": 1,
        "maximum": 10000,
        "description": "Number of most recent lines to return.",
        "default": 100
      }
    },
    "required": [
      "id",
      "serviceId"
    ],
    "additionalProperties": false
  },
  "outputSchema": {
    "type": "object",
    "properties": {
      "items": {
        "type": "array"
      }
    }
  },
  "operation": {
    "id": "getComputerServiceLogs",
    "method": "GET",
    "path": "/computers/{id}/services/{service_id}/logs",
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
      "name": "serviceId",
      "in": "path",
      "wire": "service_id"
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
    "list": true,
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
    api.GET('/computers/{id}/services/{service_id}/logs', { params: { path: { id: a.id, service_id: a.serviceId }, query: { lines: a.lines, follow: false as const } }, signal }),
};
