// generated from openapi/miosa.yaml + openapi/mcp.overlay.yaml (inputs sha256:6cd9db441f8603e3) by codegen/ — run `make gen`, do not edit
/* eslint-disable */

import * as z from 'zod';
import type { ToolDef } from '../../src/tool-def.js';

const buildInput = () => z.object({ "id": z.string().min(1), "name": z.string().optional(), "schedule": z.string().optional(), "command": z.string().optional() }).strict();
export type CronUpdateInput = z.infer<ReturnType<typeof buildInput>>;
let input: ReturnType<typeof buildInput> | undefined;

export const cronUpdate: ToolDef<CronUpdateInput> = {
  "name": "cron_update",
  "title": "Update a cron job",
  "description": "Changes a cron job's name, schedule (5-field cron, UTC) or command; fields not given are kept. Returns the updated job with its new next_run_at.",
  "toolset": "cron",
  "annotations": {
    "title": "Update a cron job",
    "readOnlyHint": false,
    "destructiveHint": false,
    "idempotentHint": true,
    "openWorldHint": false
  },
  "inputSchema": {
    "type": "object",
    "properties": {
      "id": {
        "type": "string",
        "description": "Cron job id (cron_…).",
        "minLength": 1
      },
      "name": {
        "type": "string"
      },
      "schedule": {
        "type": "string",
        "description": "5-field cron expression in UTC."
      },
      "command": {
        "type": "string"
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
      "id": {
        "type": "string"
      },
      "schedule": {
        "type": "string"
      },
      "command": {
        "type": [
          "string",
          "null"
        ]
      },
      "state": {
        "type": "string"
      },
      "created_at": {
        "type": "string"
      }
    }
  },
  "operation": {
    "id": "updateCronJob",
    "method": "PATCH",
    "path": "/cron-jobs/{id}",
    "scopes": [
      "cron:write"
    ]
  },
  "args": [
    {
      "name": "id",
      "in": "path",
      "wire": "id"
    },
    {
      "name": "name",
      "in": "body",
      "wire": "name"
    },
    {
      "name": "schedule",
      "in": "body",
      "wire": "schedule"
    },
    {
      "name": "command",
      "in": "body",
      "wire": "command"
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
    api.PATCH('/cron-jobs/{id}', { params: { path: { id: a.id } }, body: { name: a.name, schedule: a.schedule, command: a.command }, signal }),
};
