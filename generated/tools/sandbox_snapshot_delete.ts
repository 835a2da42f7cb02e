// generated from openapi/miosa.yaml + openapi/mcp.overlay.yaml (inputs sha256:6cd9db441f8603e3) by codegen/ — run `make gen`, do not edit
/* eslint-disable */

import * as z from 'zod';
import type { ToolDef } from '../../src/tool-def.js';

const buildInput = () => z.object({ "id": z.string().min(1), "snapshotId": z.string().min(1) }).strict();
export type SandboxSnapshotDeleteInput = z.infer<ReturnType<typeof buildInput>>;
let input: ReturnType<typeof buildInput> | undefined;

export const sandboxSnapshotDelete: ToolDef<SandboxSnapshotDeleteInput> = {
  "name": "sandbox_snapshot_delete",
  "title": "Delete a sandbox snapshot",
  "description": "Deletes one snapshot of a sandbox for good; the sandbox itself is not touched. Find the snapshotId with sandbox_snapshot_list. Returns nothing.",
  "toolset": "sandbox",
  "annotations": {
    "title": "Delete a sandbox snapshot",
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
        "description": "Sandbox id (sbx_…).",
        "minLength": 1
      },
      "snapshotId": {
        "type": "string",
        "description": "Snapshot id (snap_…).",
        "minLength": 1
      }
    },
    "required": [
      "id",
      "snapshotId"
    ],
    "additionalProperties": false
  },
  "operation": {
    "id": "deleteSandboxSnapshot",
    "method": "DELETE",
    "path": "/sandboxes/{id}/snapshots/{snapshot_id}",
    "scopes": [
      "sandboxes:write"
    ]
  },
  "args": [
    {
      "name": "id",
      "in": "path",
      "wire": "id"
    },
    {
      "name": "snapshotId",
      "in": "path",
      "wire": "snapshot_id"
    }
  ],
  "response": {
    "kind": "empty",
    "status": 204,
    "envelope": false,
    "list": false,
    "payloadKeys": []
  },
  "idempotencyKey": false,
  "untrusted": false,
  "composite": false,
  "aliases": [],
  get input() {
    return (input ??= buildInput());
  },
  call: (a, { api, signal }) =>
    api.DELETE('/sandboxes/{id}/snapshots/{snapshot_id}', { params: { path: { id: a.id, snapshot_id: a.snapshotId } }, signal }),
};
