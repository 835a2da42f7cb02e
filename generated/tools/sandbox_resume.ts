// generated from openapi/miosa.yaml + openapi/mcp.overlay.yaml (inputs sha256:6cd9db441f8603e3) by codegen/ — run `make gen`, do not edit
/* eslint-disable */

import * as z from 'zod';
import type { ToolDef } from '../../src/tool-def.js';

const buildInput = () => z.object({ "idempotencyKey": z.string().min(1).max(255).optional(), "id": z.string().min(1), "wait": z.boolean().default(true) }).strict();
export type SandboxResumeInput = z.infer<ReturnType<typeof buildInput>>;
let input: ReturnType<typeof buildInput> | undefined;

export const sandboxResume: ToolDef<SandboxResumeInput> = {
  "name": "sandbox_resume",
  "title": "Resume a sandbox",
  "description": "Resumes a paused sandbox where it left off and waits until it is running (unless wait is false). Returns the sandbox; resuming a running sandbox changes nothing.",
  "toolset": "sandbox",
  "annotations": {
    "title": "Resume a sandbox",
    "readOnlyHint": false,
    "destructiveHint": false,
    "idempotentHint": true,
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
      "id": {
        "type": "string",
        "description": "Sandbox id (sbx_…).",
        "minLength": 1
      },
      "wait": {
        "type": "boolean",
        "default": true,
        "description": "Wait until ready, with progress (default); false returns at once."
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
      "state": {
        "type": "string"
      },
      "created_at": {
        "type": "string"
      }
    }
  },
  "operation": {
    "id": "resumeSandbox",
    "method": "POST",
    "path": "/sandboxes/{id}/resume",
    "scopes": [
      "sandboxes:write"
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
    },
    {
      "name": "wait",
      "in": "local",
      "wire": "wait"
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
  "untrusted": false,
  "composite": false,
  "aliases": [],
  get input() {
    return (input ??= buildInput());
  },
  call: (a, { api, signal }) =>
    api.POST('/sandboxes/{id}/resume', { params: { path: { id: a.id }, header: { "Idempotency-Key": a.idempotencyKey } }, signal }),
  wait: { "idField": "id", "field": "state", "ready": ["running"], "failed": ["error", "destroyed"], "pollTool": "sandbox_get", "pollKeys": ["data"], poll: (id: string, { api, signal }) => api.GET('/sandboxes/{id}', { params: { path: { id: id } }, signal }) },
};
