// generated from openapi/miosa.yaml + openapi/mcp.overlay.yaml (inputs sha256:6cd9db441f8603e3) by codegen/ — run `make gen`, do not edit
/* eslint-disable */

import * as z from 'zod';
import type { ToolDef } from '../../src/tool-def.js';

const buildInput = () => z.object({ "id": z.string().min(1) }).strict();
export type RunOutputsInput = z.infer<ReturnType<typeof buildInput>>;
let input: ReturnType<typeof buildInput> | undefined;

export const runOutputs: ToolDef<RunOutputsInput> = {
  "name": "run_outputs",
  "title": "Get a run's outputs",
  "description": "Returns what a run produced: final message, agent messages, command stdout, stderr and exit_code, files, downloads, previews and diagnostics. Call it once run_get shows the run finished.",
  "toolset": "runs",
  "annotations": {
    "title": "Get a run's outputs",
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
      "run_id": {
        "type": "string"
      },
      "status": {
        "type": "string"
      }
    }
  },
  "operation": {
    "id": "getRunOutputs",
    "method": "GET",
    "path": "/runs/{id}/outputs",
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
  "untrusted": true,
  "composite": false,
  "aliases": [],
  get input() {
    return (input ??= buildInput());
  },
  call: (a, { api, signal }) =>
    api.GET('/runs/{id}/outputs', { params: { path: { id: a.id } }, signal }),
};
