// generated from openapi/miosa.yaml + openapi/mcp.overlay.yaml (inputs sha256:6cd9db441f8603e3) by codegen/ — run `make gen`, do not edit
/* eslint-disable */

import * as z from 'zod';
import type { ToolDef } from '../../src/tool-def.js';

const buildInput = () => z.object({ "targetKind": z.enum(["sandbox", "computer"]).optional(), "targetId": z.string().min(1).optional(), "status": z.enum(["running", "succeeded", "failed", "canceled"]).optional() }).strict();
export type RunListInput = z.infer<ReturnType<typeof buildInput>>;
let input: ReturnType<typeof buildInput> | undefined;

export const runList: ToolDef<RunListInput> = {
  "name": "run_list",
  "title": "List runs",
  "description": "Lists runs, newest first, optionally only those on one target (targetKind and targetId of a sandbox or computer) or with one status (running, succeeded, failed, canceled). Returns each run's id, target, runner, instruction and status.",
  "toolset": "runs",
  "annotations": {
    "title": "List runs",
    "readOnlyHint": true,
    "destructiveHint": false,
    "idempotentHint": true,
    "openWorldHint": false
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
        "description": "Sandbox or computer id.",
        "minLength": 1
      },
      "status": {
        "type": "string",
        "enum": [
          "running",
          "succeeded",
          "failed",
          "canceled"
        ]
      }
    },
    "additionalProperties": false
  },
  "outputSchema": {
    "type": "object",
    "properties": {
      "items": {
        "type": "array"
      }
    }
  },
  "operation": {
    "id": "listRuns",
    "method": "GET",
    "path": "/runs",
    "scopes": [
      "runs:read"
    ]
  },
  "args": [
    {
      "name": "targetKind",
      "in": "query",
      "wire": "target_kind"
    },
    {
      "name": "targetId",
      "in": "query",
      "wire": "target_id"
    },
    {
      "name": "status",
      "in": "query",
      "wire": "status"
    }
  ],
  "response": {
    "kind": "json",
    "status": 200,
    "mediaType": "application/json",
    "envelope": true,
    "list": true,
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
    api.GET('/runs', { params: { query: { target_kind: a.targetKind, target_id: a.targetId, status: a.status } }, signal }),
};
