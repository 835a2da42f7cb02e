// generated from openapi/miosa.yaml + openapi/mcp.overlay.yaml (inputs sha256:6cd9db441f8603e3) by codegen/ — run `make gen`, do not edit
/* eslint-disable */

import * as z from 'zod';
import type { ToolDef } from '../../src/tool-def.js';

const buildInput = () => z.object({ "id": z.string().min(1), "comment": z.string().max(500).optional() }).strict();
export type SandboxSnapshotCreateInput = z.infer<ReturnType<typeof buildInput>>;
let input: ReturnType<typeof buildInput> | undefined;

export const sandboxSnapshotCreate: ToolDef<SandboxSnapshotCreateInput> = {
  "name": "sandbox_snapshot_create",
  "title": "Snapshot a sandbox",
  "description": "Saves a snapshot of a sandbox's files and memory, with an optional comment, to restore with sandbox_snapshot_restore or fork from with sandbox_fork later. Take one before risky changes. Returns the snapshot with its id (snap_…) and status.",
  "toolset": "sandbox",
  "annotations": {
    "title": "Snapshot a sandbox",
    "readOnlyHint": false,
    "destructiveHint": false,
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
      "comment": {
        "type": "string",
        "maxLength": 500
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
      "status": {
        "type": "string"
      },
      "created_at": {
        "type": "string"
      }
    }
  },
  "operation": {
    "id": "createSandboxSnapshot",
    "method": "POST",
    "path": "/sandboxes/{id}/snapshots",
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
      "name": "comment",
      "in": "body",
      "wire": "comment"
    }
  ],
  "response": {
    "kind": "json",
    "status": 201,
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
    api.POST('/sandboxes/{id}/snapshots', { params: { path: { id: a.id } }, body: { comment: a.comment }, signal }),
};
