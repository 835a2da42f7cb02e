// generated from openapi/miosa.yaml + openapi/mcp.overlay.yaml (inputs sha256:6cd9db441f8603e3) by codegen/ — run `make gen`, do not edit
/* eslint-disable */

import * as z from 'zod';
import type { ToolDef } from '../../src/tool-def.js';

const buildInput = () => z.object({ "computerId": z.string().min(1), "id": z.string(), "mountPath": z.string().optional(), "readOnly": z.boolean().default(false) }).strict();
export type VolumeAttachInput = z.infer<ReturnType<typeof buildInput>>;
let input: ReturnType<typeof buildInput> | undefined;

export const volumeAttach: ToolDef<VolumeAttachInput> = {
  "name": "volume_attach",
  "title": "Attach a volume to a computer",
  "description": "Attaches volume id to computer computerId at mountPath (e.g. /mnt/data; the server picks one if omitted), read-only when readOnly is true. Volumes mount on computers only, not sandboxes. Returns the attachment and its state.",
  "toolset": "storage",
  "annotations": {
    "title": "Attach a volume to a computer",
    "readOnlyHint": false,
    "destructiveHint": false,
    "idempotentHint": false,
    "openWorldHint": false
  },
  "inputSchema": {
    "type": "object",
    "properties": {
      "computerId": {
        "type": "string",
        "description": "Computer to attach to.",
        "minLength": 1
      },
      "id": {
        "type": "string"
      },
      "mountPath": {
        "type": "string",
        "description": "Absolute path inside the computer, e.g. /mnt/data."
      },
      "readOnly": {
        "type": "boolean",
        "default": false
      }
    },
    "required": [
      "computerId",
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
      "volume_id": {
        "type": "string"
      },
      "computer_id": {
        "type": "string"
      },
      "state": {
        "type": "string"
      }
    }
  },
  "operation": {
    "id": "attachVolume",
    "method": "POST",
    "path": "/computers/{computer_id}/volumes",
    "scopes": [
      "volumes:write",
      "computers:write"
    ]
  },
  "args": [
    {
      "name": "computerId",
      "in": "path",
      "wire": "computer_id"
    },
    {
      "name": "id",
      "in": "body",
      "wire": "volume_id"
    },
    {
      "name": "mountPath",
      "in": "body",
      "wire": "mount_path"
    },
    {
      "name": "readOnly",
      "in": "body",
      "wire": "read_only"
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
    api.POST('/computers/{computer_id}/volumes', { params: { path: { computer_id: a.computerId } }, body: { volume_id: a.id, mount_path: a.mountPath, read_only: a.readOnly }, signal }),
};
