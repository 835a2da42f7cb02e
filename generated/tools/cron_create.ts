// generated from openapi/miosa.yaml + openapi/mcp.overlay.yaml (inputs sha256:6cd9db441f8603e3) by codegen/ — run `make gen`, do not edit
/* eslint-disable */

import * as z from 'zod';
import type { ToolDef } from '../../src/tool-def.js';

const buildInput = () => z.object({ "idempotencyKey": z.string().min(1).max(255).optional(), "schedule": z.string(), "command": z.string(), "sandboxId": z.string().optional(), "computerId": z.string().optional(), "name": z.string().default("scheduled-command") }).strict();
export type CronCreateInput = z.infer<ReturnType<typeof buildInput>>;
let input: ReturnType<typeof buildInput> | undefined;

export const cronCreate: ToolDef<CronCreateInput> = {
  "name": "cron_create",
  "title": "Schedule a command",
  "description": "Schedules a shell command on a sandbox or a computer (exactly one of sandboxId, computerId) with a 5-field cron schedule in UTC, e.g. \"*/5 * * * *\". Returns the job with next_run_at; try it once with cron_run_now.",
  "toolset": "cron",
  "annotations": {
    "title": "Schedule a command",
    "readOnlyHint": false,
    "destructiveHint": false,
    "idempotentHint": false,
    "openWorldHint": false
  },
  "inputSchema": {
    "type": "object",
    "properties": {
      "idempotencyKey": {
        "type": "string",
        "minLength": 1,
        "maxLength": 255,
        "description": "Reuse to make a retry safe; generated when omitted."
      },
      "schedule": {
        "type": "string",
        "description": "5-field cron expression in UTC, e.g. */5 * * * *."
      },
      "command": {
        "type": "string",
        "description": "Shell command, run in /workspace."
      },
      "sandboxId": {
        "type": "string",
        "description": "Sandbox to run on (sbx_…)."
      },
      "computerId": {
        "type": "string",
        "description": "Computer to run on (comp_…)."
      },
      "name": {
        "type": "string",
        "default": "scheduled-command"
      }
    },
    "required": [
      "schedule",
      "command"
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
    "id": "createCronJob",
    "method": "POST",
    "path": "/cron-jobs",
    "scopes": [
      "cron:write"
    ]
  },
  "args": [
    {
      "name": "idempotencyKey",
      "in": "header",
      "wire": "Idempotency-Key"
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
    },
    {
      "name": "sandboxId",
      "in": "body",
      "wire": "sandbox_id"
    },
    {
      "name": "computerId",
      "in": "body",
      "wire": "computer_id"
    },
    {
      "name": "name",
      "in": "body",
      "wire": "name"
    }
  ],
  "response": {
    "kind": "json",
    "status": 201,
    "mediaType": "application/json",
    "envelope": true,
    "list": false,
    "payloadKeys": [
      "data"
    ]
  },
  "idempotencyKey": true,
  "exactlyOne": [
    [
      "sandboxId",
      "computerId"
    ]
  ],
  "untrusted": false,
  "composite": false,
  "aliases": [],
  get input() {
    return (input ??= buildInput());
  },
  call: (a, { api, signal }) =>
    api.POST('/cron-jobs', { params: { header: { "Idempotency-Key": a.idempotencyKey } }, body: { schedule: a.schedule, command: a.command, sandbox_id: a.sandboxId, computer_id: a.computerId, name: a.name }, signal }),
};
