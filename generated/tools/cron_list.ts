// generated from openapi/miosa.yaml + openapi/mcp.overlay.yaml (inputs sha256:6cd9db441f8603e3) by codegen/ — run `make gen`, do not edit
/* eslint-disable */

import * as z from 'zod';
import type { ToolDef } from '../../src/tool-def.js';

const buildInput = () => z.object({ "state": z.enum(["active", "paused", "error"]).optional(), "sandboxId": z.string().min(1).optional(), "computerId": z.string().min(1).optional(), "limit": z.number().int().gte(1).lte(100).default(20), "cursor": z.string().min(1).optional() }).strict();
export type CronListInput = z.infer<ReturnType<typeof buildInput>>;
let input: ReturnType<typeof buildInput> | undefined;

export const cronList: ToolDef<CronListInput> = {
  "name": "cron_list",
  "title": "List cron jobs",
  "description": "Lists cron jobs with schedule, command, target, state and next_run_at. Filter by state (active, paused, error) or by the sandboxId or computerId they run on; page with limit and cursor.",
  "toolset": "cron",
  "annotations": {
    "title": "List cron jobs",
    "readOnlyHint": true,
    "destructiveHint": false,
    "idempotentHint": true,
    "openWorldHint": false
  },
  "inputSchema": {
    "type": "object",
    "properties": {
      "state": {
        "type": "string",
        "enum": [
          "active",
          "paused",
          "error"
        ]
      },
      "sandboxId": {
        "type": "string",
        "description": "Only jobs that run on this sandbox.",
        "minLength": 1
      },
      "computerId": {
        "type": "string",
        "description": "Only jobs that run on this computer.",
        "minLength": 1
      },
      "limit": {
        "type": "integer",
        "minimum": 1,
        "maximum": 100,
        "default": 20,
        "description": "Page size."
      },
      "cursor": {
        "type": "string",
        "description": "Opaque cursor from the previous page's `next_cursor`.",
        "minLength": 1
      }
    },
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
    "id": "listCronJobs",
    "method": "GET",
    "path": "/cron-jobs",
    "scopes": [
      "cron:read"
    ]
  },
  "args": [
    {
      "name": "state",
      "in": "query",
      "wire": "state"
    },
    {
      "name": "sandboxId",
      "in": "query",
      "wire": "sandbox_id"
    },
    {
      "name": "computerId",
      "in": "query",
      "wire": "computer_id"
    },
    {
      "name": "limit",
      "in": "query",
      "wire": "limit"
    },
    {
      "name": "cursor",
      "in": "query",
      "wire": "cursor"
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
  "untrusted": false,
  "composite": false,
  "aliases": [],
  get input() {
    return (input ??= buildInput());
  },
  call: (a, { api, signal }) =>
    api.GET('/cron-jobs', { params: { query: { state: a.state, sandbox_id: a.sandboxId, computer_id: a.computerId, limit: a.limit, cursor: a.cursor } }, signal }),
};
