// generated from openapi/miosa.yaml + openapi/mcp.overlay.yaml (inputs sha256:6cd9db441f8603e3) by codegen/ — run `make gen`, do not edit
/* eslint-disable */

import * as z from 'zod';
import type { ToolDef } from '../../src/tool-def.js';

const buildInput = () => z.object({ "id": z.string().min(1) }).strict();
export type SandboxReadinessInput = z.infer<ReturnType<typeof buildInput>>;
let input: ReturnType<typeof buildInput> | undefined;

export const sandboxReadiness: ToolDef<SandboxReadinessInput> = {
  "name": "sandbox_readiness",
  "title": "Check sandbox readiness",
  "description": "Checks whether a sandbox accepts exec and file calls yet. Returns ready (true or false), status and state. Use it after sandbox_create or sandbox_resume instead of guessing how long to wait.",
  "toolset": "sandbox",
  "annotations": {
    "title": "Check sandbox readiness",
    "readOnlyHint": true,
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
      "ready": {
        "type": "boolean"
      }
    }
  },
  "operation": {
    "id": "getSandboxReadiness",
    "method": "GET",
    "path": "/sandboxes/{id}/readiness",
    "scopes": [
      "sandboxes:read"
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
    api.GET('/sandboxes/{id}/readiness', { params: { path: { id: a.id } }, signal }),
};
