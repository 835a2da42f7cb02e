// generated from openapi/miosa.yaml + openapi/mcp.overlay.yaml (inputs sha256:6cd9db441f8603e3) by codegen/ — run `make gen`, do not edit
/* eslint-disable */

import * as z from 'zod';
import type { ToolDef } from '../../src/tool-def.js';

const buildInput = () => z.object({ "id": z.string().min(1), "checkpointId": z.string().min(1) }).strict();
export type ComputerCheckpointRestoreInput = z.infer<ReturnType<typeof buildInput>>;
let input: ReturnType<typeof buildInput> | undefined;

export const computerCheckpointRestore: ToolDef<ComputerCheckpointRestoreInput> = {
  "name": "computer_checkpoint_restore",
  "title": "Restore a computer checkpoint",
  "description": "Boots a NEW computer from a ready checkpoint of this one; the original is left untouched. Returns the new computer (status provisioning) and the checkpoint; poll computer_get on the new id until it is active.",
  "toolset": "computer",
  "annotations": {
    "title": "Restore a computer checkpoint",
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
        "description": "The computer the checkpoint was taken from.",
        "minLength": 1
      },
      "checkpointId": {
        "type": "string",
        "description": "Checkpoint id (ckpt_...), in status `ready`.",
        "minLength": 1
      }
    },
    "required": [
      "id",
      "checkpointId"
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
    "id": "restoreComputerCheckpoint",
    "method": "POST",
    "path": "/computers/{id}/restore/{checkpoint_id}",
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
      "name": "checkpointId",
      "in": "path",
      "wire": "checkpoint_id"
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
    api.POST('/computers/{id}/restore/{checkpoint_id}', { params: { path: { id: a.id, checkpoint_id: a.checkpointId } }, signal }),
};
