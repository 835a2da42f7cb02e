// generated from openapi/miosa.yaml + openapi/mcp.overlay.yaml (inputs sha256:6cd9db441f8603e3) by codegen/ — run `make gen`, do not edit
/* eslint-disable */

import * as z from 'zod';
import type { ToolDef } from '../../src/tool-def.js';

const buildInput = () => z.object({ "id": z.string().min(1), "snapshotId": z.string().min(1) }).strict();
export type SandboxSnapshotRestoreInput = z.infer<ReturnType<typeof buildInput>>;
let input: ReturnType<typeof buildInput> | undefined;

export const sandboxSnapshotRestore: ToolDef<SandboxSnapshotRestoreInput> = {
  "name": "sandbox_snapshot_restore",
  "title": "Restore a sandbox snapshot",
  "description": "Restores a sandbox to one of its snapshots, discarding every change made since it was taken (to keep them, sandbox_fork from the snapshot instead). Poll sandbox_get until state is running. Returns the sandbox.",
  "toolset": "sandbox",
  "annotations": {
    "title": "Restore a sandbox snapshot",
    "readOnlyHint": false,
    "destructiveHint": true,
    "idempotentHint": false,
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
        "description": "Snapshot id (snap_…) of this sandbox.",
        "minLength": 1
      }
    },
    "required": [
      "id",
      "snapshotId"
    ],
    "additionalProperties": false
  },
  "outputSchema": {
    "type": "object",
    "properties": {
      "id": {
        "type": "string"
      },
      "state": {
        "type": "string"
      },
      "created_at": {
        "type": "string"
      }
    }
  },
  "operation": {
    "id": "restoreSandboxSnapshot",
    "method": "POST",
    "path": "/sandboxes/{id}/restore/{snapshot_id}",
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
    api.POST('/sandboxes/{id}/restore/{snapshot_id}', { params: { path: { id: a.id, snapshot_id: a.snapshotId } }, signal }),
};
