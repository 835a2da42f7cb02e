// generated from openapi/miosa.yaml + openapi/mcp.overlay.yaml (inputs sha256:6cd9db441f8603e3) by codegen/ — run `make gen`, do not edit
/* eslint-disable */

import * as z from 'zod';
import type { ToolDef } from '../../src/tool-def.js';

const buildInput = () => z.object({ "product": z.enum(["sandbox", "computer", "docker_deploy_host", "managed_database", "deployment"]).optional() }).strict();
export type TemplateListInput = z.infer<ReturnType<typeof buildInput>>;
let input: ReturnType<typeof buildInput> | undefined;

export const templateList: ToolDef<TemplateListInput> = {
  "name": "template_list",
  "title": "List product templates",
  "description": "Lists MIOSA's templates for sandboxes, computers, Docker Deploy hosts, databases and deployments, optionally for one product. Returns each template's id, product, default_size, installed tools and readiness per size; pass the id as template to sandbox_create or computer_create.",
  "toolset": "sandbox",
  "annotations": {
    "title": "List product templates",
    "readOnlyHint": true,
    "destructiveHint": false,
    "idempotentHint": true,
    "openWorldHint": false
  },
  "inputSchema": {
    "type": "object",
    "properties": {
      "product": {
        "type": "string",
        "enum": [
          "sandbox",
          "computer",
          "docker_deploy_host",
          "managed_database",
          "deployment"
        ],
        "description": "Only templates of this product."
      }
    },
    "additionalProperties": false
  },
  "outputSchema": {
    "type": "object",
    "properties": {
      "templates": {
        "type": "array"
      }
    }
  },
  "operation": {
    "id": "listProductTemplates",
    "method": "GET",
    "path": "/templates",
    "scopes": [
      "templates:read"
    ]
  },
  "args": [
    {
      "name": "product",
      "in": "query",
      "wire": "product"
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
    api.GET('/templates', { params: { query: { product: a.product } }, signal }),
};
