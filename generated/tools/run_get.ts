// generated from openapi/miosa.yaml + openapi/mcp.overlay.yaml (inputs sha256:6cd9db441f8603e3) by codegen/ — run `make gen`, do not edit
/* eslint-disable */

import * as z from 'zod';
import type { ToolDef } from '../../src/tool-def.js';

const buildInput = () => z.object({ "id": z.string().min(1) }).strict();
export type RunGetInput = z.infer<ReturnType<typeof buildInput>>;
let input: ReturnType<typeof buildInput> | undefined;

export const runGet: ToolDef<RunGetInput> = {
  "name": "run_get",
  "title": "Get a run",
  "description": "Gets one run: target, runner, model, instruction, status and start and finish times. Poll it after run_create until status is succeeded, failed or canceled, then read the result with run_outputs.",
  "toolset": "runs",
  "annotations": {
    "title": "Get a run",
    "readOnlyHint": true,
    "destructiveHint": false,
    "idempotentHint": true,
    "openWorldHint": false
  },
  "inputSchema": {
    "type": "object",
    "properties": {
      "id": {
        "type": "string",
        "description": "Run id.",
        "minLength": 1
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
    "id": "getRun",
    "method": "GET",
    "path": "/runs/{id}",
    "scopes": [
      "runs:read"
    ]
  },
  "args": [
    {
      "name": "id",
      "in": "path",
      "wire": "id"
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
    api.GET('/runs/{id}', { params: { path: { id: a.id } }, signal }),
};
