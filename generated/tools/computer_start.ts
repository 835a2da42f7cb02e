// generated from openapi/miosa.yaml + openapi/mcp.overlay.yaml (inputs sha256:6cd9db441f8603e3) by codegen/ — run `make gen`, do not edit
/* eslint-disable */

import * as z from 'zod';
import type { ToolDef } from '../../src/tool-def.js';

const buildInput = () => z.object({ "id": z.string().min(1), "wait": z.boolean().default(true) }).strict();
export type ComputerStartInput = z.infer<ReturnType<typeof buildInput>>;
let input: ReturnType<typeof buildInput> | undefined;

export const computerStart: ToolDef<ComputerStartInput> = {
  "name": "computer_start",
  "title": "Start a computer",
  "description": "Boots a stopped computer (starting an active one changes nothing) and waits until it is active, unless wait is false; then the desktop_* and computer_exec tools work. Uses credits while it runs. Returns the computer.",
  "toolset": "computer",
  "annotations": {
    "title": "Start a computer",
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
      "wait": {
        "type": "boolean",
        "default": true,
        "description": "Wait until ready, with progress (default); false returns at once."
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
      "name": {
        "type": "string"
      },
      "status": {
        "type": "string"
      },
      "created_at": {
        "type": "string"
      }
    }
  },
  "operation": {
    "id": "startComputer",
    "method": "POST",
    "path": "/computers/{id}/start",
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
      "name": "wait",
      "in": "local",
      "wire": "wait"
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
  "untrusted": false,
  "composite": false,
  "aliases": [],
  get input() {
    return (input ??= buildInput());
  },
  call: (a, { api, signal }) =>
    api.POST('/computers/{id}/start', { params: { path: { id: a.id } }, signal }),
  wait: { "idField": "id", "field": "status", "ready": ["active", "running"], "failed": ["error", "destroyed"], "pollTool": "computer_get", "pollKeys": ["data"], poll: (id: string, { api, signal }) => api.GET('/computers/{id}', { params: { path: { id: id } }, signal }) },
};
