// generated from openapi/miosa.yaml + openapi/mcp.overlay.yaml (inputs sha256:6cd9db441f8603e3) by codegen/ — run `make gen`, do not edit
/* eslint-disable */

import * as z from 'zod';
import type { ToolDef } from '../../src/tool-def.js';

const buildInput = () => z.object({ "id": z.string().min(1), "port": z.number().int().gte(1).lte(65535).optional() }).strict();
export type SandboxExposeInput = z.infer<ReturnType<typeof buildInput>>;
let input: ReturnType<typeof buildInput> | undefined;

export const sandboxExpose: ToolDef<SandboxExposeInput> = {
  "name": "sandbox_expose",
  "title": "Expose a sandbox port publicly",
  "description": "Publishes a port of a sandbox (the template's app port when omitted) at a public preview URL anyone can open. Start the server first with sandbox_process_start. The URL lives with the sandbox; for a lasting one use deployment_publish. Returns url and url_info.",
  "toolset": "sandbox",
  "annotations": {
    "title": "Expose a sandbox port publicly",
    "readOnlyHint": false,
    "destructiveHint": false,
    "idempotentHint": true,
    "openWorldHint": true
  },
  "inputSchema": {
    "type": "object",
    "properties": {
      "id": {
        "type": "string",
        "description": "Sandbox id (sbx_…).",
        "minLength": 1
      },
      "port": {
        "type": "integer",
        "minimum": 1,
        "maximum": 65535,
        "description": "Port to expose; the template's app port when omitted."
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
      "url": {
        "type": "string"
      }
    }
  },
  "operation": {
    "id": "exposeSandboxPort",
    "method": "POST",
    "path": "/sandboxes/{id}/expose",
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
      "name": "port",
      "in": "body",
      "wire": "port"
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
    api.POST('/sandboxes/{id}/expose', { params: { path: { id: a.id } }, body: { port: a.port }, signal }),
};
