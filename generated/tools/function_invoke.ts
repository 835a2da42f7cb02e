// generated from openapi/miosa.yaml + openapi/mcp.overlay.yaml (inputs sha256:6cd9db441f8603e3) by codegen/ — run `make gen`, do not edit
/* eslint-disable */

import * as z from 'zod';
import type { ToolDef } from '../../src/tool-def.js';

const buildInput = () => z.object({ "idempotencyKey": z.string().min(1).max(255).optional(), "id": z.string().min(1), "payload": z.record(z.string(), z.any()).optional() }).strict();
export type FunctionInvokeInput = z.infer<ReturnType<typeof buildInput>>;
let input: ReturnType<typeof buildInput> | undefined;

export const functionInvoke: ToolDef<FunctionInvokeInput> = {
  "name": "function_invoke",
  "title": "Invoke a function",
  "description": "Runs a function once with payload as its JSON event and waits for it to return. Returns status (succeeded or failed), the handler's result or error, and duration_ms. Each call costs credits.",
  "toolset": "integrations",
  "annotations": {
    "title": "Invoke a function",
    "readOnlyHint": false,
    "destructiveHint": false,
    "idempotentHint": false,
    "openWorldHint": true
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
      "id": {
        "type": "string",
        "description": "Function id.",
        "minLength": 1
      },
      "payload": {
        "type": "object",
        "description": "JSON event passed to the handler."
      }
    },
    "required": [
      "id"
    ],
    "additionalProperties": false
  },
  "outputSchema": {
    "type": "object",
    "properties": {
      "status": {
        "type": "string"
      }
    }
  },
  "operation": {
    "id": "invokeFunction",
    "method": "POST",
    "path": "/functions/{id}/invoke",
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
      "name": "id",
      "in": "path",
      "wire": "id"
    },
    {
      "name": "payload",
      "in": "body",
      "wire": "payload"
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
  "idempotencyKey": true,
  "untrusted": true,
  "composite": false,
  "aliases": [],
  get input() {
    return (input ??= buildInput());
  },
  call: (a, { api, signal }) =>
    api.POST('/functions/{id}/invoke', { params: { path: { id: a.id }, header: { "Idempotency-Key": a.idempotencyKey } }, body: { payload: a.payload }, signal }),
};
