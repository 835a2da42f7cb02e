// generated from openapi/miosa.yaml + openapi/mcp.overlay.yaml (inputs sha256:6cd9db441f8603e3) by codegen/ — run `make gen`, do not edit
/* eslint-disable */

import * as z from 'zod';
import type { ToolDef } from '../../src/tool-def.js';

const buildInput = () => z.object({ "targetKind": z.enum(["sandbox", "computer"]), "targetId": z.string(), "instruction": z.string().min(1).optional(), "command": z.string().min(1).optional(), "runner": z.string().optional(), "model": z.string().optional(), "cwd": z.string().default("/workspace"), "timeout": z.number().int().gte(1).optional(), "env": z.record(z.string(), z.string()).optional(), "metadata": z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(), "wait": z.boolean().default(true) }).strict();
export type RunCreateInput = z.infer<ReturnType<typeof buildInput>>;
let input: ReturnType<typeof buildInput> | undefined;

export const runCreate: ToolDef<RunCreateInput> = {
  "name": "run_create",
  "title": "Start a run",
  "description": "Starts a durable run on a sandbox or computer: a coding agent working on instruction, or a shell command. Waits until it has succeeded (wait false: returns at once, status running); then read run_outputs. A failed or canceled run is an error with its reason.",
  "toolset": "runs",
  "annotations": {
    "title": "Start a run",
    "readOnlyHint": false,
    "destructiveHint": false,
    "idempotentHint": false,
    "openWorldHint": true
  },
  "inputSchema": {
    "type": "object",
    "properties": {
      "targetKind": {
        "type": "string",
        "enum": [
          "sandbox",
          "computer"
        ]
      },
      "targetId": {
        "type": "string",
        "description": "Sandbox or computer id."
      },
      "instruction": {
        "type": "string",
        "minLength": 1,
        "description": "Task for a coding agent."
      },
      "command": {
        "type": "string",
        "minLength": 1,
        "description": "Shell command to run instead of an agent."
      },
      "runner": {
        "type": "string",
        "description": "Agent runner, e.g. claude-code (default) or codex."
      },
      "model": {
        "type": "string"
      },
      "cwd": {
        "type": "string",
        "default": "/workspace"
      },
      "timeout": {
        "type": "integer",
        "minimum": 1,
        "description": "Seconds before the run is stopped as failed."
      },
      "env": {
        "type": "object",
        "description": "Environment variables, name to value.",
        "additionalProperties": {
          "type": "string"
        }
      },
      "metadata": {
        "type": "object",
        "description": "Free-form labels; values are strings, numbers or booleans.",
        "additionalProperties": {
          "type": [
            "string",
            "number",
            "boolean"
          ]
        }
      },
      "wait": {
        "type": "boolean",
        "default": true,
        "description": "Wait until ready, with progress (default); false returns at once."
      }
    },
    "required": [
      "targetKind",
      "targetId"
    ],
    "additionalProperties": false
  },
  "outputSchema": {
    "type": "object",
    "properties": {
      "id": {
        "type": "string"
      },
      "target_kind": {
        "type": "string"
      },
      "target_id": {
        "type": "string"
      },
      "status": {
        "type": "string"
      }
    }
  },
  "operation": {
    "id": "createRun",
    "method": "POST",
    "path": "/runs",
    "scopes": [
      "runs:write"
    ]
  },
  "args": [
    {
      "name": "targetKind",
      "in": "body",
      "wire": "target_kind"
    },
    {
      "name": "targetId",
      "in": "body",
      "wire": "target_id"
    },
    {
      "name": "instruction",
      "in": "body",
      "wire": "instruction"
    },
    {
      "name": "command",
      "in": "body",
      "wire": "command"
    },
    {
      "name": "runner",
      "in": "body",
      "wire": "runner"
    },
    {
      "name": "model",
      "in": "body",
      "wire": "model"
    },
    {
      "name": "cwd",
      "in": "body",
      "wire": "cwd"
    },
    {
      "name": "timeout",
      "in": "body",
      "wire": "timeout"
    },
    {
      "name": "env",
      "in": "body",
      "wire": "env"
    },
    {
      "name": "metadata",
      "in": "body",
      "wire": "metadata"
    },
    {
      "name": "wait",
      "in": "local",
      "wire": "wait"
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
  "exactlyOne": [
    [
      "instruction",
      "command"
    ]
  ],
  "untrusted": false,
  "composite": false,
  "aliases": [],
  get input() {
    return (input ??= buildInput());
  },
  call: (a, { api, signal }) =>
    api.POST('/runs', { body: { target_kind: a.targetKind, target_id: a.targetId, instruction: a.instruction, command: a.command, runner: a.runner, model: a.model, cwd: a.cwd, timeout: a.timeout, env: a.env, metadata: a.metadata }, signal }),
  wait: { "idField": "id", "field": "status", "ready": ["succeeded"], "failed": ["failed", "canceled", "cancelled"], "pollTool": "run_get", "pollKeys": ["data"], poll: (id: string, { api, signal }) => api.GET('/runs/{id}', { params: { path: { id: id } }, signal }) },
};
