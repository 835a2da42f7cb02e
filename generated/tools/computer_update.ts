// generated from openapi/miosa.yaml + openapi/mcp.overlay.yaml (inputs sha256:6cd9db441f8603e3) by codegen/ — run `make gen`, do not edit
/* eslint-disable */

import * as z from 'zod';
import type { ToolDef } from '../../src/tool-def.js';

const buildInput = () => z.object({ "id": z.string().min(1), "name": z.string().min(1).max(63).optional(), "visibility": z.enum(["public", "tenant", "key"]).optional(), "metadata": z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional() }).strict();
export type ComputerUpdateInput = z.infer<ReturnType<typeof buildInput>>;
let input: ReturnType<typeof buildInput> | undefined;

export const computerUpdate: ToolDef<ComputerUpdateInput> = {
  "name": "computer_update",
  "title": "Update a computer",
  "description": "Renames a computer, changes who may open its HTTP previews (visibility public, tenant or key) or replaces its metadata labels. Does not restart it. Returns the updated computer.",
  "toolset": "computer",
  "annotations": {
    "title": "Update a computer",
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
        "description": "Computer id (comp_...).",
        "minLength": 1
      },
      "name": {
        "type": "string",
        "minLength": 1,
        "maxLength": 63
      },
      "visibility": {
        "type": "string",
        "enum": [
          "public",
          "tenant",
          "key"
        ],
        "description": "Who may open its HTTP previews."
      },
      "metadata": {
        "type": "object",
        "description": "Free-form labels; values are strings, numbers or booleans.",
        "additionalProperties": {
          "type": [
            "string",
            "number",
            "boolean"
          ]
        }
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
    "id": "updateComputer",
    "method": "PATCH",
    "path": "/computers/{id}",
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
      "name": "name",
      "in": "body",
      "wire": "name"
    },
    {
      "name": "visibility",
      "in": "body",
      "wire": "visibility"
    },
    {
      "name": "metadata",
      "in": "body",
      "wire": "metadata"
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
    api.PATCH('/computers/{id}', { params: { path: { id: a.id } }, body: { name: a.name, visibility: a.visibility, metadata: a.metadata }, signal }),
};
