// generated from openapi/miosa.yaml + openapi/mcp.overlay.yaml (inputs sha256:6cd9db441f8603e3) by codegen/ — run `make gen`, do not edit
/* eslint-disable */

import * as z from 'zod';
import type { ToolDef } from '../../src/tool-def.js';

const buildInput = () => z.object({ "idempotencyKey": z.string().min(1).max(255).optional(), "name": z.string().min(1), "url": z.string().url(), "intervalSec": z.number().int().gte(1).optional(), "timeoutSec": z.number().int().gte(1).optional(), "method": z.enum(["GET", "HEAD", "POST"]).optional(), "expectedStatus": z.number().int().gte(100).lte(599).optional() }).strict();
export type HealthCheckCreateInput = z.infer<ReturnType<typeof buildInput>>;
let input: ReturnType<typeof buildInput> | undefined;

export const healthCheckCreate: ToolDef<HealthCheckCreateInput> = {
  "name": "health_check_create",
  "title": "Create a health check",
  "description": "Creates an uptime check that requests url every intervalSec seconds with method (GET, HEAD or POST) and expects expectedStatus. Returns the check; health_check_list shows its last result (up or down).",
  "toolset": "integrations",
  "annotations": {
    "title": "Create a health check",
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
      "name": {
        "type": "string",
        "minLength": 1
      },
      "url": {
        "type": "string",
        "description": "http(s) URL to probe."
      },
      "intervalSec": {
        "type": "integer",
        "minimum": 1,
        "description": "Seconds between probes."
      },
      "timeoutSec": {
        "type": "integer",
        "minimum": 1
      },
      "method": {
        "type": "string",
        "enum": [
          "GET",
          "HEAD",
          "POST"
        ]
      },
      "expectedStatus": {
        "type": "integer",
        "minimum": 100,
        "maximum": 599
      }
    },
    "required": [
      "name",
      "url"
    ],
    "additionalProperties": false
  },
  "outputSchema": {
    "type": "object",
    "properties": {
      "id": {
        "type": "string"
      },
      "name": {
        "type": "string"
      },
      "url": {
        "type": "string"
      }
    }
  },
  "operation": {
    "id": "createHealthCheck",
    "method": "POST",
    "path": "/health-checks",
    "scopes": [
      "health_checks:write"
    ]
  },
  "args": [
    {
      "name": "idempotencyKey",
      "in": "header",
      "wire": "Idempotency-Key"
    },
    {
      "name": "name",
      "in": "body",
      "wire": "name"
    },
    {
      "name": "url",
      "in": "body",
      "wire": "url"
    },
    {
      "name": "intervalSec",
      "in": "body",
      "wire": "interval_sec"
    },
    {
      "name": "timeoutSec",
      "in": "body",
      "wire": "timeout_sec"
    },
    {
      "name": "method",
      "in": "body",
      "wire": "method"
    },
    {
      "name": "expectedStatus",
      "in": "body",
      "wire": "expected_status"
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
  "untrusted": false,
  "composite": false,
  "aliases": [],
  get input() {
    return (input ??= buildInput());
  },
  call: (a, { api, signal }) =>
    api.POST('/health-checks', { params: { header: { "Idempotency-Key": a.idempotencyKey } }, body: { name: a.name, url: a.url, interval_sec: a.intervalSec, timeout_sec: a.timeoutSec, method: a.method, expected_status: a.expectedStatus }, signal }),
};
