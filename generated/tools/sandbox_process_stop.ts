// generated from openapi/miosa.yaml + openapi/mcp.overlay.yaml (inputs sha256:6cd9db441f8603e3) by codegen/ — run `make gen`, do not edit
/* eslint-disable */

import * as z from 'zod';
import type { ToolDef } from '../../src/tool-def.js';

const buildInput = () => z.object({ "id": z.string().min(1), "pid": z.number().int().gte(1) }).strict();
export type SandboxProcessStopInput = z.infer<ReturnType<typeof buildInput>>;
let input: ReturnType<typeof buildInput> | undefined;

export const sandboxProcessStop: ToolDef<SandboxProcessStopInput> = {
  "name": "sandbox_process_stop",
  "title": "Stop a background process",
  "description": "Stops a background process in a sandbox (SIGTERM, then SIGKILL). Find the pid with sandbox_process_list. Returns nothing; stopping a process that already exited is harmless.",
  "toolset": "sandbox",
  "annotations": {
    "title": "Stop a background process",
    "readOnlyHint": false,
    "destructiveHint": true,
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
      "pid": {
        "type": "integer",
        "minimum": 1,
        "description": "Process id from sandbox_process_start or sandbox_process_list."
      }
    },
    "required": [
      "id",
      "pid"
    ],
    "additionalProperties": false
  },
  "operation": {
    "id": "stopSandboxProcess",
    "method": "DELETE",
    "path": "/sandboxes/{id}/processes/{pid}",
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
      "name": "pid",
      "in": "path",
      "wire": "pid"
    }
  ],
  "response": {
    "kind": "empty",
    "status": 204,
    "envelope": false,
    "list": false,
    "payloadKeys": []
  },
  "idempotencyKey": false,
  "untrusted": false,
  "composite": false,
  "aliases": [],
  get input() {
    return (input ??= buildInput());
  },
  call: (a, { api, signal }) =>
    api.DELETE('/sandboxes/{id}/processes/{pid}', { params: { path: { id: a.id, pid: a.pid } }, signal }),
};
