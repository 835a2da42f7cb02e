// generated from openapi/miosa.yaml + openapi/mcp.overlay.yaml (inputs sha256:6cd9db441f8603e3) by codegen/ — run `make gen`, do not edit
/* eslint-disable */

import * as z from 'zod';
import type { ToolDef } from '../../src/tool-def.js';

const buildInput = () => z.object({ "idempotencyKey": z.string().min(1).max(255).optional(), "id": z.string().min(1) }).strict();
export type CronRunNowInput = z.infer<ReturnType<typeof buildInput>>;
let input: ReturnType<typeof buildInput> | undefined;

export const cronRunNow: ToolDef<CronRunNowInput> = {
  "name": "cron_run_now",
  "title": "Run a cron job now",
  "description": "Runs a cron job's command once, right now, outside its schedule (a smoke test). Returns the execution with status, exit_code and output; if status is still queued or running, check cron_executions for the result.",
  "toolset": "cron",
  "annotations": {
    "title": "Run a cron job now",
    "readOnlyHint": false,
    "destructiveHint": false,
    "idempotentHint": false,
    "openWorldHint": true
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
      "id": {
        "type": "string",
        "description": "Cron job id (cron_…).",
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
      "id": {
        "type": "string"
      },
      "cron_job_id": {
        "type": "string"
      },
      "status": {
        "type": "string"
      }
    }
  },
  "operation": {
    "id": "runCronJobNow",
    "method": "POST",
    "path": "/cron-jobs/{id}/run-now",
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
  "idempotencyKey": true,
  "untrusted": true,
  "composite": false,
  "aliases": [],
  get input() {
    return (input ??= buildInput());
  },
  call: (a, { api, signal }) =>
    api.POST('/cron-jobs/{id}/run-now', { params: { path: { id: a.id }, header: { "Idempotency-Key": a.idempotencyKey } }, signal }),
};
