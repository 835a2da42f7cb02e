// generated from openapi/miosa.yaml + openapi/mcp.overlay.yaml (inputs sha256:6cd9db441f8603e3) by codegen/ — run `make gen`, do not edit
/* eslint-disable */

import * as z from 'zod';
import type { ToolDef } from '../../src/tool-def.js';

const buildInput = () => z.object({ "periodStart": z.string().date().min(1).optional(), "periodEnd": z.string().date().min(1).optional() }).strict();
export type UsageSummaryInput = z.infer<ReturnType<typeof buildInput>>;
let input: ReturnType<typeof buildInput> | undefined;

export const usageSummary: ToolDef<UsageSummaryInput> = {
  "name": "usage_summary",
  "title": "Summarize credit usage",
  "description": "Summarizes the credits the organization used between periodStart and periodEnd (YYYY-MM-DD; default the current billing period): total, compute and AI credits. For a single workspace use workspace_usage.",
  "toolset": "account",
  "annotations": {
    "title": "Summarize credit usage",
    "readOnlyHint": true,
    "destructiveHint": false,
    "idempotentHint": true,
    "openWorldHint": false
  },
  "inputSchema": {
    "type": "object",
    "properties": {
      "periodStart": {
        "type": "string",
        "description": "First day (YYYY-MM-DD); default the start of the billing period.",
        "minLength": 1
      },
      "periodEnd": {
        "type": "string",
        "description": "Last day (YYYY-MM-DD); default today.",
        "minLength": 1
      }
    },
    "additionalProperties": false
  },
  "outputSchema": {
    "type": "object",
    "properties": {
      "period_start": {
        "type": "string"
      },
      "period_end": {
        "type": "string"
      },
      "total_credits": {
        "type": "number"
      }
    }
  },
  "operation": {
    "id": "getUsageSummary",
    "method": "GET",
    "path": "/usage/summary",
    "scopes": [
      "billing:read"
    ]
  },
  "args": [
    {
      "name": "periodStart",
      "in": "query",
      "wire": "period_start"
    },
    {
      "name": "periodEnd",
      "in": "query",
      "wire": "period_end"
    }
  ],
  "response": {
    "kind": "json",
    "status": 200,
    "mediaType": "application/json",
    "envelope": false,
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
    api.GET('/usage/summary', { params: { query: { period_start: a.periodStart, period_end: a.periodEnd } }, signal }),
};
