// generated from openapi/miosa.yaml + openapi/mcp.overlay.yaml (inputs sha256:6cd9db441f8603e3) by codegen/ — run `make gen`, do not edit
/* eslint-disable */

import * as z from 'zod';
import type { ToolDef } from '../../src/tool-def.js';

const buildInput = () => z.object({ "name": z.string().min(1).max(100), "buildSpec": z.object({ "from": z.string(), "vcpu": z.number().int().gte(1).optional(), "memoryMib": z.number().int().gte(512).optional(), "diskMib": z.number().int().gte(1024).optional(), "steps": z.array(z.record(z.string(), z.any())).optional(), "env": z.record(z.string(), z.string()).optional(), "workdir": z.string().default("/workspace"), "user": z.string().optional(), "startCmd": z.string().optional(), "readyCmd": z.string().optional(), "previewPort": z.number().int().gte(1).lte(65535).optional(), "artifactPaths": z.array(z.string()).optional() }), "slug": z.string().regex(new RegExp("^[a-z0-9][a-z0-9-]{1,62}$")).optional(), "description": z.string().optional() }).strict();
export type SandboxTemplateCreateInput = z.infer<ReturnType<typeof buildInput>>;
let input: ReturnType<typeof buildInput> | undefined;

export const sandboxTemplateCreate: ToolDef<SandboxTemplateCreateInput> = {
  "name": "sandbox_template_create",
  "title": "Create a sandbox template",
  "description": "Creates an organization-owned sandbox template from a build spec (from, steps, env, startCmd, previewPort…) and starts building it in the background. Check sandbox_template_list until its status is ready, then pass its slug as template to sandbox_create. Returns the template.",
  "toolset": "sandbox",
  "annotations": {
    "title": "Create a sandbox template",
    "readOnlyHint": false,
    "destructiveHint": false,
    "idempotentHint": false,
    "openWorldHint": false
  },
  "inputSchema": {
    "type": "object",
    "properties": {
      "name": {
        "type": "string",
        "minLength": 1,
        "maxLength": 100
      },
      "buildSpec": {
        "type": "object",
        "properties": {
          "from": {
            "type": "string",
            "description": "Base image or template slug, e.g. ubuntu:24.04 or miosa-sandbox."
          },
          "vcpu": {
            "type": "integer",
            "minimum": 1
          },
          "memoryMib": {
            "type": "integer",
            "minimum": 512
          },
          "diskMib": {
            "type": "integer",
            "minimum": 1024
          },
          "steps": {
            "type": "array",
            "description": "Build steps, in order.",
            "items": {
              "type": "object"
            }
          },
          "env": {
            "type": "object",
            "description": "Environment variables, name to value.",
            "additionalProperties": {
              "type": "string"
            }
          },
          "workdir": {
            "type": "string",
            "default": "/workspace"
          },
          "user": {
            "type": "string"
          },
          "startCmd": {
            "type": "string",
            "description": "Command started when a sandbox boots."
          },
          "readyCmd": {
            "type": "string",
            "description": "Command whose success means the sandbox is ready."
          },
          "previewPort": {
            "type": "integer",
            "minimum": 1,
            "maximum": 65535
          },
          "artifactPaths": {
            "type": "array",
            "items": {
              "type": "string"
            }
          }
        },
        "required": [
          "from"
        ],
        "additionalProperties": false
      },
      "slug": {
        "type": "string",
        "pattern": "^[a-z0-9][a-z0-9-]{1,62}$",
        "description": "URL-safe id; derived from name when omitted."
      },
      "description": {
        "type": "string"
      }
    },
    "required": [
      "name",
      "buildSpec"
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
      }
    }
  },
  "operation": {
    "id": "createSandboxTemplate",
    "method": "POST",
    "path": "/sandbox-templates",
    "scopes": [
      "templates:write"
    ]
  },
  "args": [
    {
      "name": "name",
      "in": "body",
      "wire": "name"
    },
    {
      "name": "buildSpec",
      "in": "body",
      "wire": "build_spec"
    },
    {
      "name": "slug",
      "in": "body",
      "wire": "slug"
    },
    {
      "name": "description",
      "in": "body",
      "wire": "description"
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
    api.POST('/sandbox-templates', { body: { name: a.name, build_spec: a.buildSpec, slug: a.slug, description: a.description }, signal }),
};
