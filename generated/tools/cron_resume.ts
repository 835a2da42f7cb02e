// generated from openapi/miosa.yaml + openapi/mcp.overlay.yaml (inputs sha256:6cd9db441f8603e3) by codegen/ — run `make gen`, do not edit
/* eslint-disable */

import * as z from 'zod';
import type { ToolDef } from '../../src/tool-def.js';

const buildInput = () => z.object({ "id": z.string().min(1) }).strict();
export type CronResumeInput = z.infer<ReturnType<typeof buildInput>>;
let input: ReturnType<typeof buildInput> | undefined;

export const cronResume: ToolDef<CronResumeInput> = {
  "name": "cron_resume",
  "title": "Resume a cron job",
  "description": "Resumes a paused cron job so it runs again on its schedule. Returns the job with state active and its next_run_at. Resuming an active job changes nothing.",
  "toolset": "cron",
  "annotations": {
    "title": "Resume a cron job",
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
    "id": "resumeCronJob",
    "method": "POST",
    "path": "/cron-jobs/{id}/resume",
    "scopes": [
      "cron:write"
    ]
  },
  "args": [
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
  "idempotencyKey": false,
  "untrusted": false,
  "composite": false,
  "aliases": [],
  get input() {
    return (input ??= buildInput());
  },
  call: (a, { api, signal }) =>
    api.POST('/cron-jobs/{id}/resume', { params: { path: { id: a.id } }, signal }),
};
