// generated from openapi/miosa.yaml + openapi/mcp.overlay.yaml (inputs sha256:23142cab6328047b) by codegen/ — run `make gen`, do not edit
/* eslint-disable */

import * as z from 'zod';
import type { ToolDef } from '../../src/tool-def.js';
import { pathSerializer } from '../../src/wire.js';

export const input = z.object({ "targetKind": z.enum(["sandbox", "computer"]), "targetId": z.string(), "instruction": z.string().min(1).optional(), "command": z.string().min(1).optional(), "runner": z.string().optional(), "model": z.string().optional(), "cwd": z.string().default("/workspace"), "timeout": z.number().int().gte(1).optional(), "wait": z.boolean().default(false), "env": z.record(z.string(), z.string()).optional(), "metadata": z.record(z.string(), z.string()).optional() }).strict();
export type RunCreateInput = z.infer<typeof input>;

export const runCreate: ToolDef<RunCreateInput> = {
  "name": "run_create",
  "title": "Start a run",
  "description": "Starts a durable run on a sandbox or computer: a coding agent working on instruction, or a shell command. Returns the run at once with status running; poll run_get until it is succeeded, failed or canceled, then read run_outputs. wait=true blocks instead.",
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
      "wait": {
        "type": "boolean",
        "description": "Block until the run finishes.",
        "default": false
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
        "description": "Free-form string labels.",
        "additionalProperties": {
          "type": "string"
        }
      }
    },
    "required": [
      "targetKind",
      "targetId"
    ]
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
      "runner": {
        "type": [
          "string",
          "null"
        ]
      },
      "provider": {
        "type": [
          "string",
          "null"
        ]
      },
      "model": {
        "type": [
          "string",
          "null"
        ]
      },
      "instruction": {
        "type": [
          "string",
          "null"
        ]
      },
      "status": {
        "type": "string"
      },
      "metadata": {
        "type": "object"
      },
      "started_at": {
        "type": [
          "string",
          "null"
        ]
      },
      "finished_at": {
        "type": [
          "string",
          "null"
        ]
      },
      "created_at": {
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
      "name": "wait",
      "in": "body",
      "wire": "wait"
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
    }
  ],
  "response": {
    "kind": "json",
    "status": 201,
    "mediaType": "application/json",
    "envelope": true,
    "list": false
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
  input,
  call: (a, { api, signal }) =>
    api.POST('/runs', { body: { target_kind: a.targetKind, target_id: a.targetId, instruction: a.instruction, command: a.command, runner: a.runner, model: a.model, cwd: a.cwd, timeout: a.timeout, wait: a.wait, env: a.env, metadata: a.metadata }, pathSerializer: pathSerializer(), signal }),
};
