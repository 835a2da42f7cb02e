// generated from openapi/miosa.yaml + openapi/mcp.overlay.yaml (inputs sha256:6cd9db441f8603e3) by codegen/ — run `make gen`, do not edit
/* eslint-disable */

import * as z from 'zod';
import type { ToolDef } from '../../src/tool-def.js';

const buildInput = () => z.object({ "id": z.string().min(1), "command": z.string().min(1), "name": z.string().optional(), "env": z.record(z.string(), z.string()).optional() }).strict();
export type SandboxProcessStartInput = z.infer<ReturnType<typeof buildInput>>;
let input: ReturnType<typeof buildInput> | undefined;

export const sandboxProcessStart: ToolDef<SandboxProcessStartInput> = {
  "name": "sandbox_process_start",
  "title": "Start a background process",
  "description": "Starts a long-running process in a sandbox (dev server, watcher, worker) and returns at once with its pid. Check its output with sandbox_process_logs and stop it with sandbox_process_stop; expose its port with sandbox_expose.",
  "toolset": "sandbox",
  "annotations": {
    "title": "Start a background process",
    "readOnlyHint": false,
    "destructiveHint": false,
    "idempotentHint": false,
    "openWorldHint": true
  },
  "inputSchema": {
    "type": "object",
    "properties": {
      "id": {
        "type": "string",
        "description": "Sandbox id (sbx_…).",
        "minLength": 1
      },
      "command": {
        "type": "string",
        "minLength": 1,
        "description": "Shell command to keep running, e.g. npm run dev."
      },
      "name": {
        "type": "string",
        "description": "Label to find the process by."
      },
      "env": {
        "type": "object",
        "description": "Environment variables, name to value.",
        "additionalProperties": {
          "type": "string"
        }
      }
    },
    "required": [
      "id",
      "command"
    ],
    "additionalProperties": false
  },
  "outputSchema": {
    "type": "object",
    "properties": {
      "pid": {
        "type": "integer"
      },
      "state": {
        "type": "string"
      }
    }
  },
  "operation": {
    "id": "startSandboxProcess",
    "method": "POST",
    "path": "/sandboxes/{id}/processes",
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
      "name": "command",
      "in": "body",
      "wire": "command"
    },
    {
      "name": "name",
      "in": "body",
      "wire": "name"
    },
    {
      "name": "env",
      "in": "body",
      "wire": "env"
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
  "idempotencyKey": false,
  "untrusted": false,
  "composite": false,
  "aliases": [],
  get input() {
    return (input ??= buildInput());
  },
  call: (a, { api, signal }) =>
    api.POST('/sandboxes/{id}/processes', { params: { path: { id: a.id } }, body: { command: a.command, name: a.name, env: a.env }, signal }),
};
