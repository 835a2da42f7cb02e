// generated from openapi/miosa.yaml + openapi/mcp.overlay.yaml (inputs sha256:6cd9db441f8603e3) by codegen/ — run `make gen`, do not edit
/* eslint-disable */

import * as z from 'zod';
import type { ToolDef } from '../../src/tool-def.js';

const buildInput = () => z.object({ "id": z.string().min(1), "timeoutSec": z.number().int().gte(1).optional() }).strict();
export type SandboxExtendInput = z.infer<ReturnType<typeof buildInput>>;
let input: ReturnType<typeof buildInput> | undefined;

export const sandboxExtend: ToolDef<SandboxExtendInput> = {
  "name": "sandbox_extend",
  "title": "Extend a sandbox's timeout",
  "description": "Gives a sandbox more time before it is reclaimed: timeoutSec becomes its remaining lifetime (the template default when omitted). Use it before long jobs. Returns the sandbox with timeout_remaining_ms.",
  "toolset": "sandbox",
  "annotations": {
    "title": "Extend a sandbox's timeout",
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
        "description": "Sandbox id (sbx_…).",
        "minLength": 1
      },
      "timeoutSec": {
        "type": "integer",
        "minimum": 1,
        "description": "New remaining lifetime in seconds; the template default when omitted."
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
    "id": "extendSandbox",
    "method": "POST",
    "path": "/sandboxes/{id}/extend",
    "scopes": [
      "sandboxes:write"
    ]
  },
  "args": [
    {
      "name": "id",
      "in": "path",
      "wire": "id"
    },
    {
      "name": "timeoutSec",
      "in": "body",
      "wire": "timeout_sec"
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
    api.POST('/sandboxes/{id}/extend', { params: { path: { id: a.id } }, body: { timeout_sec: a.timeoutSec }, signal }),
};
