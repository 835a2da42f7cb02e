// generated from openapi/miosa.yaml + openapi/mcp.overlay.yaml (inputs sha256:6cd9db441f8603e3) by codegen/ — run `make gen`, do not edit
/* eslint-disable */

import * as z from 'zod';
import type { ToolDef } from '../../src/tool-def.js';

const buildInput = () => z.object({ "idempotencyKey": z.string().min(1).max(255).optional(), "id": z.string().min(1), "domain": z.string(), "redirectPolicy": z.enum(["none", "www_to_apex", "apex_to_www"]).default("none") }).strict();
export type DeploymentDomainAddInput = z.infer<ReturnType<typeof buildInput>>;
let input: ReturnType<typeof buildInput> | undefined;

export const deploymentDomainAdd: ToolDef<DeploymentDomainAddInput> = {
  "name": "deployment_domain_add",
  "title": "Add a custom domain to a deployment",
  "description": "Attaches a custom domain (e.g. app.example.com) to a deployment, with an optional redirectPolicy between www and apex. Returns the domain in state pending with its verification token; it turns active once DNS verifies (see custom_domain_list).",
  "toolset": "deploy",
  "annotations": {
    "title": "Add a custom domain to a deployment",
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
      "id": {
        "type": "string",
        "description": "Deployment id (dep_…).",
        "minLength": 1
      },
      "domain": {
        "type": "string",
        "description": "Hostname, e.g. app.example.com."
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
      "id",
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
    "id": "addDeploymentDomain",
    "method": "POST",
    "path": "/deployments/{id}/domains",
    "scopes": [
      "deployments:write",
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
      "name": "id",
      "in": "path",
      "wire": "id"
    },
    {
      "name": "domain",
      "in": "body",
      "wire": "domain"
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
    api.POST('/deployments/{id}/domains', { params: { path: { id: a.id }, header: { "Idempotency-Key": a.idempotencyKey } }, body: { domain: a.domain, redirect_policy: a.redirectPolicy }, signal }),
};
