// generated from openapi/miosa.yaml + openapi/mcp.overlay.yaml (inputs sha256:6cd9db441f8603e3) by codegen/ — run `make gen`, do not edit
/* eslint-disable */

import * as z from 'zod';
import type { ToolDef } from '../../src/tool-def.js';

const buildInput = () => z.object({ "id": z.string().min(1), "name": z.string().regex(new RegExp("^[a-zA-Z0-9][a-zA-Z0-9_.-]*$")).min(1).max(63), "command": z.string().min(1), "workingDir": z.string().optional(), "port": z.number().int().gte(1).lte(65535).optional(), "restartPolicy": z.enum(["always", "on-failure", "never"]).default("always"), "env": z.record(z.string(), z.string()).optional() }).strict();
export type ComputerServiceCreateInput = z.infer<ReturnType<typeof buildInput>>;
let input: ReturnType<typeof buildInput> | undefined;

export const computerServiceCreate: ToolDef<ComputerServiceCreateInput> = {
  "name": "computer_service_create",
  "title": "Create a background service on a computer",
  "description": "Registers and starts a supervised long-running process (web server, worker) on a computer, restarted per restartPolicy (default always). Returns the service with its id; read its output with computer_service_logs.",
  "toolset": "computer",
  "annotations": {
    "title": "Create a background service on a computer",
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
      "name": {
        "type": "string",
        "minLength": 1,
        "maxLength": 63,
        "pattern": "^[a-zA-Z0-9][a-zA-Z0-9_.-]*$",
        "description": "Unique on this computer."
      },
      "command": {
        "type": "string",
        "minLength": 1,
        "description": "Shell command that runs in the foreground."
      },
      "workingDir": {
        "type": "string",
        "description": "Absolute directory to run in."
      },
      "port": {
        "type": "integer",
        "minimum": 1,
        "maximum": 65535,
        "description": "Port it listens on, if any."
      },
      "restartPolicy": {
        "type": "string",
        "enum": [
          "always",
          "on-failure",
          "never"
        ],
        "default": "always"
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
      "name",
      "command"
    ],
    "additionalProperties": false
  },
  "outputSchema": {
    "type": "object",
    "properties": {
      "id": {
        "type": "string"
      },
      "name": {
        "type": "string"
      },
      "command": {
        "type": "string"
      },
      "status": {
        "type": "string"
      }
    }
  },
  "operation": {
    "id": "createComputerService",
    "method": "POST",
    "path": "/computers/{id}/services",
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
      "name": "name",
      "in": "body",
      "wire": "name"
    },
    {
      "name": "command",
      "in": "body",
      "wire": "command"
    },
    {
      "name": "workingDir",
      "in": "body",
      "wire": "working_dir"
    },
    {
      "name": "port",
      "in": "body",
      "wire": "port"
    },
    {
      "name": "restartPolicy",
      "in": "body",
      "wire": "restart_policy"
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
    api.POST('/computers/{id}/services', { params: { path: { id: a.id } }, body: { name: a.name, command: a.command, working_dir: a.workingDir, port: a.port, restart_policy: a.restartPolicy, env: a.env }, signal }),
};
