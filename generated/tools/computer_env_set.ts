// generated from openapi/miosa.yaml + openapi/mcp.overlay.yaml (inputs sha256:6cd9db441f8603e3) by codegen/ — run `make gen`, do not edit
/* eslint-disable */

import * as z from 'zod';
import type { ToolDef } from '../../src/tool-def.js';

const buildInput = () => z.object({ "id": z.string().min(1), "name": z.string().regex(new RegExp("^[A-Za-z_][A-Za-z0-9_]*$")).max(255), "value": z.string() }).strict();
export type ComputerEnvSetInput = z.infer<ReturnType<typeof buildInput>>;
let input: ReturnType<typeof buildInput> | undefined;

export const computerEnvSet: ToolDef<ComputerEnvSetInput> = {
  "name": "computer_env_set",
  "title": "Set a computer environment variable",
  "description": "Sets one environment variable on a computer, replacing its value if it exists. Programs and services started afterwards see it; restart running ones to pick it up. Returns the variable.",
  "toolset": "computer",
  "annotations": {
    "title": "Set a computer environment variable",
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
        "minLength": 1
      },
      "name": {
        "type": "string",
        "pattern": "^[A-Za-z_][A-Za-z0-9_]*$",
        "maxLength": 255
      },
      "value": {
        "type": "string"
      }
    },
    "required": [
      "id",
      "name",
      "value"
    ],
    "additionalProperties": false
  },
  "outputSchema": {
    "type": "object",
    "properties": {
      "name": {
        "type": "string"
      },
      "value": {
        "type": "string"
      }
    }
  },
  "operation": {
    "id": "setComputerEnv",
    "method": "POST",
    "path": "/computers/{id}/env",
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
      "name": "value",
      "in": "body",
      "wire": "value"
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
    api.POST('/computers/{id}/env', { params: { path: { id: a.id } }, body: { name: a.name, value: a.value }, signal }),
};
