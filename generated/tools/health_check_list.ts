// generated from openapi/miosa.yaml + openapi/mcp.overlay.yaml (inputs sha256:6cd9db441f8603e3) by codegen/ — run `make gen`, do not edit
/* eslint-disable */

import * as z from 'zod';
import type { ToolDef } from '../../src/tool-def.js';

const buildInput = () => z.object({}).strict();
export type HealthCheckListInput = z.infer<ReturnType<typeof buildInput>>;
let input: ReturnType<typeof buildInput> | undefined;

export const healthCheckList: ToolDef<HealthCheckListInput> = {
  "name": "health_check_list",
  "title": "List health checks",
  "description": "Lists uptime health checks (the first page, 20 by default) with URL, interval, method, expected status and the last result: last_status up or down and last_checked_at.",
  "toolset": "integrations",
  "annotations": {
    "title": "List health checks",
    "readOnlyHint": true,
    "destructiveHint": false,
    "idempotentHint": true,
    "openWorldHint": false
  },
  "inputSchema": {
    "type": "object",
    "properties": {},
    "additionalProperties": false
  },
  "outputSchema": {
    "type": "object",
    "properties": {
      "items": {
        "type": "array"
      },
      "next_cursor": {
        "type": [
          "string",
          "null"
        ]
      },
      "has_more": {
        "type": "boolean"
      }
    }
  },
  "operation": {
    "id": "listHealthChecks",
    "method": "GET",
    "path": "/health-checks",
    "scopes": [
      "health_checks:read"
    ]
  },
  "args": [],
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
  "untrusted": false,
  "composite": false,
  "aliases": [],
  get input() {
    return (input ??= buildInput());
  },
  call: (a, { api, signal }) =>
    api.GET('/health-checks', { signal }),
};
