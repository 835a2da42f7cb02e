// generated from openapi/miosa.yaml + openapi/mcp.overlay.yaml (inputs sha256:6cd9db441f8603e3) by codegen/ — run `make gen`, do not edit
/* eslint-disable */

import * as z from 'zod';
import type { ToolDef } from '../../src/tool-def.js';

const buildInput = () => z.object({ "id": z.string().min(1) }).strict();
export type RunCancelInput = z.infer<ReturnType<typeof buildInput>>;
let input: ReturnType<typeof buildInput> | undefined;

export const runCancel: ToolDef<RunCancelInput> = {
  "name": "run_cancel",
  "title": "Cancel a run",
  "description": "Cancels a running run: the agent or command is stopped and its unfinished work is lost. Cancelling a run that already finished changes nothing. Returns the run with its status.",
  "toolset": "runs",
  "annotations": {
    "title": "Cancel a run",
    "readOnlyHint": false,
    "destructiveHint": true,
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
    "id": "cancelRun",
    "method": "POST",
    "path": "/runs/{id}/cancel",
    "scopes": [
      "runs:write"
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
    api.POST('/runs/{id}/cancel', { params: { path: { id: a.id } }, signal }),
};
