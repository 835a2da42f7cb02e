// generated from openapi/miosa.yaml + openapi/mcp.overlay.yaml (inputs sha256:6cd9db441f8603e3) by codegen/ — run `make gen`, do not edit
/* eslint-disable */

import * as z from 'zod';
import type { ToolDef } from '../../src/tool-def.js';

const buildInput = () => z.object({ "id": z.string().min(1), "period": z.string().regex(new RegExp("^\\d{4}-\\d{2}$")).min(1).optional() }).strict();
export type WorkspaceUsageInput = z.infer<ReturnType<typeof buildInput>>;
let input: ReturnType<typeof buildInput> | undefined;

export const workspaceUsage: ToolDef<WorkspaceUsageInput> = {
  "name": "workspace_usage",
  "title": "Show a workspace's usage",
  "description": "Returns one workspace's compute hours, storage, bandwidth and credits used in a month; period is YYYY-MM (default the current month). Find the id with workspace_list; for the whole organization use usage_summary.",
  "toolset": "account",
  "annotations": {
    "title": "Show a workspace's usage",
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
        "description": "Workspace id.",
        "minLength": 1
      },
      "period": {
        "type": "string",
        "pattern": "^\\d{4}-\\d{2}$",
        "description": "Month as YYYY-MM; default the current month.",
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
      "workspace_id": {
        "type": "string"
      },
      "period": {
        "type": "string"
      }
    }
  },
  "operation": {
    "id": "getWorkspaceUsage",
    "method": "GET",
    "path": "/workspaces/{id}/usage",
    "scopes": [
      "workspaces:read"
    ]
  },
  "args": [
    {
      "name": "id",
      "in": "path",
      "wire": "id"
    },
    {
      "name": "period",
      "in": "query",
      "wire": "period"
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
    api.GET('/workspaces/{id}/usage', { params: { path: { id: a.id }, query: { period: a.period } }, signal }),
};
