// generated from openapi/miosa.yaml + openapi/mcp.overlay.yaml (inputs sha256:6cd9db441f8603e3) by codegen/ — run `make gen`, do not edit
/* eslint-disable */

import * as z from 'zod';
import type { ToolDef } from '../../src/tool-def.js';

const buildInput = () => z.object({ "id": z.string().min(1), "previewId": z.string().min(1), "ttlSeconds": z.number().int().gte(60).lte(604800).default(3600) }).strict();
export type SandboxPreviewShareInput = z.infer<ReturnType<typeof buildInput>>;
let input: ReturnType<typeof buildInput> | undefined;

export const sandboxPreviewShare: ToolDef<SandboxPreviewShareInput> = {
  "name": "sandbox_preview_share",
  "title": "Share a sandbox preview",
  "description": "Mints a share link for a sandbox preview that works without a MIOSA account for ttlSeconds (default 3600). Find the previewId with sandbox_preview_list. Returns token, url and expires_at.",
  "toolset": "sandbox",
  "annotations": {
    "title": "Share a sandbox preview",
    "readOnlyHint": false,
    "destructiveHint": false,
    "idempotentHint": false,
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
      "previewId": {
        "type": "string",
        "description": "Preview id (prv_…) from sandbox_preview_list.",
        "minLength": 1
      },
      "ttlSeconds": {
        "type": "integer",
        "minimum": 60,
        "maximum": 604800,
        "default": 3600,
        "description": "How long the link works, in seconds."
      }
    },
    "required": [
      "id",
      "previewId"
    ],
    "additionalProperties": false
  },
  "outputSchema": {
    "type": "object",
    "properties": {
      "token": {
        "type": "string"
      },
      "url": {
        "type": "string"
      },
      "expires_at": {
        "type": "string"
      }
    }
  },
  "operation": {
    "id": "shareSandboxPreview",
    "method": "POST",
    "path": "/sandboxes/{id}/previews/{preview_id}/share",
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
      "name": "previewId",
      "in": "path",
      "wire": "preview_id"
    },
    {
      "name": "ttlSeconds",
      "in": "body",
      "wire": "ttl_seconds"
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
    api.POST('/sandboxes/{id}/previews/{preview_id}/share', { params: { path: { id: a.id, preview_id: a.previewId } }, body: { ttl_seconds: a.ttlSeconds }, signal }),
};
