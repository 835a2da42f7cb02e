// generated from openapi/miosa.yaml + openapi/mcp.overlay.yaml (inputs sha256:6cd9db441f8603e3) by codegen/ — run `make gen`, do not edit
/* eslint-disable */

import * as z from 'zod';
import type { ToolDef } from '../../src/tool-def.js';

const buildInput = () => z.object({ "state": z.enum(["provisioning", "running", "paused", "destroyed", "error"]).optional(), "tags": z.string().min(1).optional() }).strict();
export type SandboxListInput = z.infer<ReturnType<typeof buildInput>>;
let input: ReturnType<typeof buildInput> | undefined;

export const sandboxList: ToolDef<SandboxListInput> = {
  "name": "sandbox_list",
  "title": "List sandboxes",
  "description": "Lists the organization's sandboxes, newest first, optionally only those in one state or carrying comma-separated tags. Returns each sandbox's id, name, state, template_id, preview_url and timestamps.",
  "toolset": "sandbox",
  "annotations": {
    "title": "List sandboxes",
    "readOnlyHint": true,
    "destructiveHint": false,
    "idempotentHint": true,
    "openWorldHint": false
  },
  "inputSchema": {
    "type": "object",
    "properties": {
      "state": {
        "type": "string",
        "description": "provisioning → running; paused and destroyed by request; error on failure.",
        "enum": [
          "provisioning",
          "running",
          "paused",
          "destroyed",
          "error"
        ]
      },
      "tags": {
        "type": "string",
        "description": "Comma-separated tags to filter by, e.g. web,demo.",
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
      }
    }
  },
  "operation": {
    "id": "listSandboxes",
    "method": "GET",
    "path": "/sandboxes",
    "scopes": [
      "sandboxes:read"
    ]
  },
  "args": [
    {
      "name": "state",
      "in": "query",
      "wire": "state"
    },
    {
      "name": "tags",
      "in": "query",
      "wire": "tags"
    }
  ],
  "response": {
    "kind": "json",
    "status": 200,
    "mediaType": "application/json",
    "envelope": true,
    "list": true,
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
    api.GET('/sandboxes', { params: { query: { state: a.state, tags: a.tags } }, signal }),
};
