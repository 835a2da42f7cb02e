// generated from openapi/miosa.yaml + openapi/mcp.overlay.yaml (inputs sha256:6cd9db441f8603e3) by codegen/ — run `make gen`, do not edit
/* eslint-disable */

import * as z from 'zod';
import type { ToolDef } from '../../src/tool-def.js';

const buildInput = () => z.object({ "id": z.string().min(1).optional(), "command": z.string().min(1), "timeout": z.number().int().gte(1).lte(3600).optional() }).strict();
export type ComputerExecInput = z.infer<ReturnType<typeof buildInput>>;
let input: ReturnType<typeof buildInput> | undefined;

export const computerExec: ToolDef<ComputerExecInput> = {
  "name": "computer_exec",
  "title": "Run a command on a computer",
  "description": "Runs a shell command on a running computer and waits for it to finish (timeout in seconds). Use it to install software, inspect files or script the machine. Returns exit_code, stdout and stderr.",
  "toolset": "computer",
  "annotations": {
    "title": "Run a command on a computer",
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
        "minLength": 1
      },
      "command": {
        "type": "string",
        "minLength": 1,
        "description": "Shell command, run with bash -c."
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
    "id": "execComputer",
    "method": "POST",
    "path": "/computers/{id}/exec",
    "scopes": [
      "computers:write"
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
      "name": "timeout",
      "in": "body",
      "wire": "timeout"
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
  "active": {
    "arg": "id",
    "kind": "computer"
  },
  "untrusted": true,
  "composite": false,
  "aliases": [
    "computer_bash"
  ],
  get input() {
    return (input ??= buildInput());
  },
  call: (a, { api, signal }) =>
    api.POST('/computers/{id}/exec', { params: { path: { id: a.id as string } }, body: { command: a.command, timeout: a.timeout }, signal }),
};
