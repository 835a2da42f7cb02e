// generated from openapi/miosa.yaml + openapi/mcp.overlay.yaml (inputs sha256:6cd9db441f8603e3) by codegen/ — run `make gen`, do not edit
/* eslint-disable */

import * as z from 'zod';
import type { ToolDef } from '../../src/tool-def.js';

const buildInput = () => z.object({}).strict();
export type OrganizationCurrentInput = z.infer<ReturnType<typeof buildInput>>;
let input: ReturnType<typeof buildInput> | undefined;

export const organizationCurrent: ToolDef<OrganizationCurrentInput> = {
  "name": "organization_current",
  "title": "Show the current organization",
  "description": "Shows the organization this key acts in: id, name, slug, your role, plan and credit balance. Use it to confirm which account new sandboxes, computers and deployments are created and billed in.",
  "toolset": "account",
  "annotations": {
    "title": "Show the current organization",
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
      "id": {
        "type": "string"
      },
      "name": {
        "type": "string"
      },
      "slug": {
        "type": "string"
      }
    }
  },
  "operation": {
    "id": "getCurrentOrganization",
    "method": "GET",
    "path": "/platform/tenants/current",
    "scopes": [
      "tenants:read"
    ]
  },
  "args": [],
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
    api.GET('/platform/tenants/current', { signal }),
};
