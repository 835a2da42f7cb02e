// generated from openapi/miosa.yaml + openapi/mcp.overlay.yaml (inputs sha256:6cd9db441f8603e3) by codegen/ — run `make gen`, do not edit
/* eslint-disable */

import * as z from 'zod';
import type { ToolDef } from '../../src/tool-def.js';

const buildInput = () => z.object({}).strict();
export type OrganizationListInput = z.infer<ReturnType<typeof buildInput>>;
let input: ReturnType<typeof buildInput> | undefined;

export const organizationList: ToolDef<OrganizationListInput> = {
  "name": "organization_list",
  "title": "List organizations",
  "description": "Lists the MIOSA organizations this API key can see, with your role, plan and credit balance in each. Use it to find an organization's id or slug; the key acts in the one organization_current shows.",
  "toolset": "account",
  "annotations": {
    "title": "List organizations",
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
      }
    }
  },
  "operation": {
    "id": "listOrganizations",
    "method": "GET",
    "path": "/platform/tenants",
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
    api.GET('/platform/tenants', { signal }),
};
