// generated from openapi/miosa.yaml + openapi/mcp.overlay.yaml (inputs sha256:6cd9db441f8603e3) by codegen/ — run `make gen`, do not edit
/* eslint-disable */

import * as z from 'zod';
import type { ToolDef } from '../../src/tool-def.js';

const buildInput = () => z.object({ "id": z.string().min(1), "comment": z.string().max(500).optional() }).strict();
export type ComputerCheckpointCreateInput = z.infer<ReturnType<typeof buildInput>>;
let input: ReturnType<typeof buildInput> | undefined;

export const computerCheckpointCreate: ToolDef<ComputerCheckpointCreateInput> = {
  "name": "computer_checkpoint_create",
  "title": "Checkpoint a computer",
  "description": "Saves a computer's memory and disk as a checkpoint, with an optional comment. It starts in status creating; poll computer_checkpoint_list until it is ready. Restore it later with computer_checkpoint_restore.",
  "toolset": "computer",
  "annotations": {
    "title": "Checkpoint a computer",
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
        "minLength": 1
      },
      "comment": {
        "type": "string",
        "maxLength": 500,
        "description": "Note to recognise the checkpoint by."
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
      "computer_id": {
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
    "id": "createComputerCheckpoint",
    "method": "POST",
    "path": "/computers/{id}/snapshots",
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
    api.POST('/computers/{id}/snapshots', { params: { path: { id: a.id } }, body: { comment: a.comment }, signal }),
};
