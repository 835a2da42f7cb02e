// generated from openapi/miosa.yaml + openapi/mcp.overlay.yaml (inputs sha256:6cd9db441f8603e3) by codegen/ — run `make gen`, do not edit
/* eslint-disable */

import * as z from 'zod';
import type { ToolDef } from '../../src/tool-def.js';

const buildInput = () => z.object({ "id": z.string().min(1) }).strict();
export type SandboxPauseInput = z.infer<ReturnType<typeof buildInput>>;
let input: ReturnType<typeof buildInput> | undefined;

export const sandboxPause: ToolDef<SandboxPauseInput> = {
  "name": "sandbox_pause",
  "title": "Pause a sandbox",
  "description": "Pauses a running sandbox, keeping its memory and files, so it stops using compute. Bring it back with sandbox_resume. Returns the sandbox in state paused.",
  "toolset": "sandbox",
  "annotations": {
    "title": "Pause a sandbox",
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
    "id": "pauseSandbox",
    "method": "POST",
    "path": "/sandboxes/{id}/pause",
    "scopes": [
      "sandboxes:write"
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
    api.POST('/sandboxes/{id}/pause', { params: { path: { id: a.id } }, signal }),
};
