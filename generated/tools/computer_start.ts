// generated from openapi/miosa.yaml + openapi/mcp.overlay.yaml (inputs sha256:23142cab6328047b) by codegen/ — run `make gen`, do not edit
/* eslint-disable */

import * as z from 'zod';
import type { ToolDef } from '../../src/tool-def.js';
import { pathSerializer } from '../../src/wire.js';

export const input = z.object({ "id": z.string().min(1) }).strict();
export type ComputerStartInput = z.infer<typeof input>;

export const computerStart: ToolDef<ComputerStartInput> = {
  "name": "computer_start",
  "title": "Start a computer",
  "description": "Boots a stopped computer (starting an active one changes nothing). Uses credits while it runs. Returns the computer; poll computer_get until status is active before using the desktop_* or computer_exec tools.",
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
      }
    },
    "required": [
      "id"
    ]
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
      "slug": {
        "type": "string"
      },
      "status": {
        "type": "string"
      },
      "template_type": {
        "type": "string"
      },
      "size": {
        "type": "string"
      },
      "visibility": {
        "type": "string"
      },
      "ip_address": {
        "type": [
          "string",
          "null"
        ]
      },
      "metadata": {
        "type": "object"
      },
      "desktop_url": {
        "type": [
          "string",
          "null"
        ]
      },
      "sandbox_url": {
        "type": [
          "string",
          "null"
        ]
      },
      "preview_domain": {
        "type": "string"
      },
      "created_at": {
        "type": "string"
      },
      "updated_at": {
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
    }
  ],
  "response": {
    "kind": "json",
    "status": 200,
    "mediaType": "application/json",
    "envelope": false,
    "list": false
  },
  "idempotencyKey": false,
  "untrusted": false,
  "composite": false,
  "aliases": [],
  input,
  call: (a, { api, signal }) =>
    api.POST('/computers/{id}/start', { params: { path: { id: a.id } }, pathSerializer: pathSerializer(), signal }),
};
