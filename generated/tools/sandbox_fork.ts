// generated from openapi/miosa.yaml + openapi/mcp.overlay.yaml (inputs sha256:6cd9db441f8603e3) by codegen/ — run `make gen`, do not edit
/* eslint-disable */

import * as z from 'zod';
import type { ToolDef } from '../../src/tool-def.js';

const buildInput = () => z.object({ "idempotencyKey": z.string().min(1).max(255).optional(), "id": z.string().min(1), "snapshotId": z.string().optional(), "timeoutSec": z.number().int().gte(1).optional() }).strict();
export type SandboxForkInput = z.infer<ReturnType<typeof buildInput>>;
let input: ReturnType<typeof buildInput> | undefined;

export const sandboxFork: ToolDef<SandboxForkInput> = {
  "name": "sandbox_fork",
  "title": "Fork a sandbox",
  "description": "Clones a sandbox copy-on-write into a new sandbox, from its current state or from snapshotId; the original keeps running. Use it to try something risky on a copy. Poll sandbox_get on the new id until state is running. Returns the new sandbox.",
  "toolset": "sandbox",
  "annotations": {
    "title": "Fork a sandbox",
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
      "id": {
        "type": "string",
        "description": "Sandbox id (sbx_…) to fork.",
        "minLength": 1
      },
      "snapshotId": {
        "type": "string",
        "description": "Fork from this snapshot (snap_…) instead of the current state."
      },
      "timeoutSec": {
        "type": "integer",
        "minimum": 1,
        "description": "Maximum lifetime of the new sandbox in seconds."
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
    "id": "forkSandbox",
    "method": "POST",
    "path": "/sandboxes/{id}/fork",
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
      "name": "snapshotId",
      "in": "body",
      "wire": "snapshot_id"
    },
    {
      "name": "timeoutSec",
      "in": "body",
      "wire": "timeout_sec"
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
    api.POST('/sandboxes/{id}/fork', { params: { path: { id: a.id }, header: { "Idempotency-Key": a.idempotencyKey } }, body: { snapshot_id: a.snapshotId, timeout_sec: a.timeoutSec }, signal }),
};
