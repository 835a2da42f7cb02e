// generated from openapi/miosa.yaml + openapi/mcp.overlay.yaml (inputs sha256:6cd9db441f8603e3) by codegen/ — run `make gen`, do not edit
/* eslint-disable */

import * as z from 'zod';
import type { ToolDef } from '../../src/tool-def.js';

const buildInput = () => z.object({ "idempotencyKey": z.string().min(1).max(255).optional(), "domain": z.string(), "resourceType": z.enum(["deployment", "computer", "sandbox"]).optional(), "resourceId": z.string().optional(), "redirectPolicy": z.enum(["none", "www_to_apex", "apex_to_www"]).default("none") }).strict();
export type CustomDomainCreateInput = z.infer<ReturnType<typeof buildInput>>;
let input: ReturnType<typeof buildInput> | undefined;

export const customDomainCreate: ToolDef<CustomDomainCreateInput> = {
  "name": "custom_domain_create",
  "title": "Register a custom domain",
  "description": "Registers a custom domain for the organization, optionally routed to a resource (resourceType and resourceId) with a redirectPolicy. Returns it pending with a verification token; it turns active once DNS verifies. For a deployment, deployment_domain_add is simpler.",
  "toolset": "deploy",
  "annotations": {
    "title": "Register a custom domain",
    "readOnlyHint": false,
    "destructiveHint": false,
    "idempotentHint": false,
    "openWorldHint": false
  },
  "inputSchema": {
    "type": "object",
    "properties": {
      "idempotencyKey": {
        "type": "string",
        "minLength": 1,
        "maxLength": 255,
        "description": "Reuse to make a retry safe; generated when omitted."
      },
      "domain": {
        "type": "string",
        "description": "Hostname, e.g. app.example.com."
      },
      "resourceType": {
        "type": "string",
        "enum": [
          "deployment",
          "computer",
          "sandbox"
        ],
        "description": "Kind of resource to route to; with resource_id."
      },
      "resourceId": {
        "type": "string",
        "description": "Id of that resource, e.g. dep_…."
      },
      "redirectPolicy": {
        "type": "string",
        "enum": [
          "none",
          "www_to_apex",
          "apex_to_www"
        ],
        "default": "none"
      }
    },
    "required": [
      "domain"
    ],
    "additionalProperties": false
  },
  "outputSchema": {
    "type": "object",
    "properties": {
      "id": {
        "type": "string"
      },
      "domain": {
        "type": "string"
      },
      "state": {
        "type": "string"
      }
    }
  },
  "operation": {
    "id": "createCustomDomain",
    "method": "POST",
    "path": "/custom-domains",
    "scopes": [
      "domains:write"
    ]
  },
  "args": [
    {
      "name": "idempotencyKey",
      "in": "header",
      "wire": "Idempotency-Key"
    },
    {
      "name": "domain",
      "in": "body",
      "wire": "domain"
    },
    {
      "name": "resourceType",
      "in": "body",
      "wire": "resource_type"
    },
    {
      "name": "resourceId",
      "in": "body",
      "wire": "resource_id"
    },
    {
      "name": "redirectPolicy",
      "in": "body",
      "wire": "redirect_policy"
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
  "idempotencyKey": true,
  "untrusted": false,
  "composite": false,
  "aliases": [],
  get input() {
    return (input ??= buildInput());
  },
  call: (a, { api, signal }) =>
    api.POST('/custom-domains', { params: { header: { "Idempotency-Key": a.idempotencyKey } }, body: { domain: a.domain, resource_type: a.resourceType, resource_id: a.resourceId, redirect_policy: a.redirectPolicy }, signal }),
};
