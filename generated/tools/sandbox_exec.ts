// generated from openapi/miosa.yaml + openapi/mcp.overlay.yaml (inputs sha256:6cd9db441f8603e3) by codegen/ — run `make gen`, do not edit
/* eslint-disable */

import * as z from 'zod';
import type { ToolDef } from '../../src/tool-def.js';

const buildInput = () => z.object({ "id": z.string().min(1).optional(), "command": z.string().min(1), "cwd": z.string().default("/workspace"), "env": z.record(z.string(), z.string()).optional(), "timeout": z.number().int().gte(1).lte(3600).optional() }).strict();
export type SandboxExecInput = z.infer<ReturnType<typeof buildInput>>;
let input: ReturnType<typeof buildInput> | undefined;

export const sandboxExec: ToolDef<SandboxExecInput> = {
  "name": "sandbox_exec",
  "title": "Run a command in a sandbox",
  "description": "Runs a shell command in a sandbox's /workspace and waits for it to finish. Use it to build, test or inspect files; for servers use sandbox_process_start. Omit id to use the latest running sandbox. Returns exit_code, stdout, stderr and duration_ms.",
  "toolset": "sandbox",
  "annotations": {
    "title": "Run a command in a sandbox",
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
        "description": "Shell command, run with bash -lc."
      },
      "cwd": {
        "type": "string",
        "description": "Working directory.",
        "default": "/workspace"
      },
      "env": {
        "type": "object",
        "description": "Environment variables, name to value.",
        "additionalProperties": {
          "type": "string"
        }
      },
      "timeout": {
        "type": "integer",
        "minimum": 1,
        "maximum": 3600,
        "description": "Seconds before the command is killed."
      }
    },
    "required": [
      "command"
    ],
    "additionalProperties": false
  },
  "outputSchema": {
    "type": "object",
    "properties": {
      "exit_code": {
        "type": "integer"
      },
      "stdout": {
        "type": "string"
      },
      "stderr": {
        "type": "string"
      }
    }
  },
  "operation": {
    "id": "execSandbox",
    "method": "POST",
    "path": "/sandboxes/{id}/exec",
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
      "name": "cwd",
      "in": "body",
      "wire": "cwd"
    },
    {
      "name": "env",
      "in": "body",
      "wire": "env"
    },
    {
      "name": "timeout",
      "in": "body",
      "wire": "timeout"
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
  "active": {
    "arg": "id",
    "kind": "sandbox"
  },
  "untrusted": true,
  "composite": false,
  "aliases": [],
  get input() {
    return (input ??= buildInput());
  },
  call: (a, { api, signal }) =>
    api.POST('/sandboxes/{id}/exec', { params: { path: { id: a.id as string } }, body: { command: a.command, cwd: a.cwd, env: a.env, timeout: a.timeout }, signal }),
};
