// generated from openapi/miosa.yaml + openapi/mcp.overlay.yaml (inputs sha256:6cd9db441f8603e3) by codegen/ — run `make gen`, do not edit
/* eslint-disable */

import * as z from 'zod';
import type { ToolDef } from '../../src/tool-def.js';

const buildInput = () => z.object({}).strict();
export type SandboxTemplateListInput = z.infer<ReturnType<typeof buildInput>>;
let input: ReturnType<typeof buildInput> | undefined;

export const sandboxTemplateList: ToolDef<SandboxTemplateListInput> = {
  "name": "sandbox_template_list",
  "title": "List sandbox templates",
  "description": "Lists the sandbox templates this organization can use, built-in and its own, with id, slug, name, status, preview_port and start_command, plus default_template_id. Pass a slug as template to sandbox_create.",
  "toolset": "sandbox",
  "annotations": {
    "title": "List sandbox templates",
    "readOnlyHint": true,
    "destructiveHint": false,
    "idempotentHint": true,
    "openWorldHint": false
  },
  "inputSchema": {
    "type": "object",
    "properties": {},
    "additionalProperties": false
  },
  "outputSchema": {
    "type": "object",
    "properties": {
      "items": {
        "type": "array"
      },
      "default_template_id": {
        "type": "string"
      }
    }
  },
  "operation": {
    "id": "listSandboxTemplates",
    "method": "GET",
    "path": "/sandbox-templates",
    "scopes": [
      "templates:read"
    ]
  },
  "args": [],
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
    api.GET('/sandbox-templates', { signal }),
};
