// generated from openapi/miosa.yaml + openapi/mcp.overlay.yaml (inputs sha256:6cd9db441f8603e3) by codegen/ — run `make gen`, do not edit
/* eslint-disable */

import * as z from 'zod';
import type { ToolDef } from '../../src/tool-def.js';

const buildInput = () => z.object({ "status": z.enum(["provisioning", "active", "paused", "stopped", "error", "destroyed"]).optional(), "workspaceId": z.string().uuid().min(1).optional() }).strict();
export type ComputerListInput = z.infer<ReturnType<typeof buildInput>>;
let input: ReturnType<typeof buildInput> | undefined;

export const computerList: ToolDef<ComputerListInput> = {
  "name": "computer_list",
  "title": "List computers",
  "description": "Lists the organization's desktop computers (up to 100), optionally only those in one status or workspace. Returns id, name, status, size and URLs of each; use it to find a computer's id or to see which ones are active.",
  "toolset": "computer",
  "annotations": {
    "title": "List computers",
    "readOnlyHint": true,
    "destructiveHint": false,
    "idempotentHint": true,
    "openWorldHint": false
  },
  "inputSchema": {
    "type": "object",
    "properties": {
      "status": {
        "type": "string",
        "enum": [
          "provisioning",
          "active",
          "paused",
          "stopped",
          "error",
          "destroyed"
        ],
        "description": "Only computers in this status."
      },
      "workspaceId": {
        "type": "string",
        "description": "Only computers of this workspace.",
        "minLength": 1
      }
    },
    "additionalProperties": false
  },
  "outputSchema": {
    "type": "object",
    "properties": {
      "items": {
        "type": "array"
      },
      "meta": {
        "type": "object"
      }
    }
  },
  "operation": {
    "id": "listComputers",
    "method": "GET",
    "path": "/computers",
    "scopes": [
      "computers:read"
    ]
  },
  "args": [
    {
      "name": "status",
      "in": "query",
      "wire": "status"
    },
    {
      "name": "workspaceId",
      "in": "query",
      "wire": "workspace_id"
    }
  ],
  "response": {
    "kind": "json",
    "status": 200,
    "mediaType": "application/json",
    "envelope": true,
    "list": true,
    "payloadKeys": [
      "data",
      "computers"
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
    api.GET('/computers', { params: { query: { status: a.status, workspace_id: a.workspaceId, per_page: 100 as const } }, signal }),
};
