// generated from openapi/miosa.yaml + openapi/mcp.overlay.yaml (inputs sha256:6cd9db441f8603e3) by codegen/ — run `make gen`, do not edit
/* eslint-disable */

import * as z from 'zod';
import type { ToolDef } from '../../src/tool-def.js';

const buildInput = () => z.object({ "id": z.string().min(1).optional(), "code": z.string().min(1), "timeout": z.number().int().gte(1).lte(3600).optional() }).strict();
export type ComputerPythonInput = z.infer<ReturnType<typeof buildInput>>;
let input: ReturnType<typeof buildInput> | undefined;

export const computerPython: ToolDef<ComputerPythonInput> = {
  "name": "computer_python",
  "title": "Run Python on a computer",
  "description": "Runs a Python 3 script on a running computer and waits for it to finish (timeout in seconds). Handy for data work or GUI automation libraries. Returns exit_code, stdout and stderr.",
  "toolset": "computer",
  "annotations": {
    "title": "Run Python on a computer",
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
      "code": {
        "type": "string",
        "minLength": 1,
        "description": "Python 3 source, run as a script."
      },
      "timeout": {
        "type": "integer",
        "minimum": 1,
        "maximum": 3600,
        "description": "Seconds before the script is killed."
      }
    },
    "required": [
      "code"
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
    "id": "execComputerPython",
    "method": "POST",
    "path": "/computers/{id}/exec/python",
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
      "name": "code",
      "in": "body",
      "wire": "code"
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
  "aliases": [],
  get input() {
    return (input ??= buildInput());
  },
  call: (a, { api, signal }) =>
    api.POST('/computers/{id}/exec/python', { params: { path: { id: a.id as string } }, body: { code: a.code, timeout: a.timeout }, signal }),
};
