// generated from openapi/miosa.yaml + openapi/mcp.overlay.yaml (inputs sha256:6cd9db441f8603e3) by codegen/ — run `make gen`, do not edit
/* eslint-disable */

import * as z from 'zod';
import type { ToolDef } from '../../src/tool-def.js';

const buildInput = () => z.object({ "idempotencyKey": z.string().min(1).max(255).optional(), "name": z.string().min(1), "runtime": z.string(), "code": z.string().optional(), "handler": z.string().optional(), "memoryMb": z.number().int().gte(1).optional(), "timeoutSec": z.number().int().gte(1).optional(), "env": z.record(z.string(), z.string()).optional() }).strict();
export type FunctionCreateInput = z.infer<ReturnType<typeof buildInput>>;
let input: ReturnType<typeof buildInput> | undefined;

export const functionCreate: ToolDef<FunctionCreateInput> = {
  "name": "function_create",
  "title": "Create a function",
  "description": "Creates a serverless function from inline code in a runtime such as node20, python311 or go122, with optional handler, memoryMb, timeoutSec and env. Returns the function with its id; run it with function_invoke.",
  "toolset": "integrations",
  "annotations": {
    "title": "Create a function",
    "readOnlyHint": false,
    "destructiveHint": false,
    "idempotentHint": false,
    "openWorldHint": false
  },
  "inputSchema": {
    "type": "object",
    "properties": {
      "idempotencyKey": {
        "type": "string",
        "minLength": 1,
        "maxLength": 255,
        "description": "Reuse to make a retry safe; generated when omitted."
      },
      "name": {
        "type": "string",
        "minLength": 1
      },
      "runtime": {
        "type": "string",
        "description": "e.g. node20, python311, go122."
      },
      "code": {
        "type": "string",
        "description": "Inline source code."
      },
      "handler": {
        "type": "string",
        "description": "Entry point, e.g. index.handler."
      },
      "memoryMb": {
        "type": "integer",
        "minimum": 1
      },
      "timeoutSec": {
        "type": "integer",
        "minimum": 1
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
      "name",
      "runtime"
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
      }
    }
  },
  "operation": {
    "id": "createFunction",
    "method": "POST",
    "path": "/functions",
    "scopes": [
      "functions:write"
    ]
  },
  "args": [
    {
      "name": "idempotencyKey",
      "in": "header",
      "wire": "Idempotency-Key"
    },
    {
      "name": "name",
      "in": "body",
      "wire": "name"
    },
    {
      "name": "runtime",
      "in": "body",
      "wire": "runtime"
    },
    {
      "name": "code",
      "in": "body",
      "wire": "code"
    },
    {
      "name": "handler",
      "in": "body",
      "wire": "handler"
    },
    {
      "name": "memoryMb",
      "in": "body",
      "wire": "memory_mb"
    },
    {
      "name": "timeoutSec",
      "in": "body",
      "wire": "timeout_sec"
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
  "idempotencyKey": true,
  "untrusted": false,
  "composite": false,
  "aliases": [],
  get input() {
    return (input ??= buildInput());
  },
  call: (a, { api, signal }) =>
    api.POST('/functions', { params: { header: { "Idempotency-Key": a.idempotencyKey } }, body: { name: a.name, runtime: a.runtime, code: a.code, handler: a.handler, memory_mb: a.memoryMb, timeout_sec: a.timeoutSec, env: a.env }, signal }),
};
