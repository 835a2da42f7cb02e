// generated from openapi/miosa.yaml + openapi/mcp.overlay.yaml (inputs sha256:6cd9db441f8603e3) by codegen/ — run `make gen`, do not edit
/* eslint-disable */

import * as z from 'zod';
import type { ToolDef } from '../../src/tool-def.js';

const buildInput = () => z.object({ "idempotencyKey": z.string().min(1).max(255).optional(), "name": z.string().max(63).optional(), "template": z.string().optional(), "size": z.enum(["xs", "small", "medium", "large", "xl"]).default("small"), "timeoutSec": z.number().int().gte(1).optional(), "idleTimeoutSec": z.number().int().gte(0).optional(), "persistent": z.boolean().optional(), "alwaysOn": z.boolean().optional(), "env": z.record(z.string(), z.string()).optional(), "region": z.string().optional(), "workspaceId": z.string().optional(), "githubRepoUrl": z.string().url().optional(), "githubBranch": z.string().optional(), "tags": z.array(z.string()).optional(), "metadata": z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(), "externalWorkspaceId": z.string().optional(), "externalUserId": z.string().optional(), "externalProjectId": z.string().optional(), "wait": z.boolean().default(true) }).strict();
export type SandboxCreateInput = z.infer<ReturnType<typeof buildInput>>;
let input: ReturnType<typeof buildInput> | undefined;

export const sandboxCreate: ToolDef<SandboxCreateInput> = {
  "name": "sandbox_create",
  "title": "Create a sandbox",
  "description": "Creates a headless Linux sandbox (Firecracker VM) from a template (default miosa-sandbox, size small), optionally cloning a GitHub repo into /workspace. Waits until it is running (2–8 s) unless wait is false. Returns the sandbox and its id (sbx_…).",
  "toolset": "sandbox",
  "annotations": {
    "title": "Create a sandbox",
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
      "name": {
        "type": "string",
        "description": "Stable name, unique in the organization.",
        "maxLength": 63
      },
      "template": {
        "type": "string",
        "description": "Template id or slug from template_list or sandbox_template_list. Default: the server's MIOSA_DEFAULT_TEMPLATE (miosa-sandbox unless set)."
      },
      "size": {
        "type": "string",
        "description": "xs 1 vCPU/2 GB, small 2/4 GB, medium 4/8 GB, large 8/16 GB, xl 16/32 GB.",
        "enum": [
          "xs",
          "small",
          "medium",
          "large",
          "xl"
        ],
        "default": "small"
      },
      "timeoutSec": {
        "type": "integer",
        "minimum": 1,
        "description": "Maximum lifetime in seconds."
      },
      "idleTimeoutSec": {
        "type": "integer",
        "minimum": 0,
        "description": "Idle seconds before pausing (persistent) or reclaiming; 0 disables."
      },
      "persistent": {
        "type": "boolean",
        "description": "Snapshot and pause when idle, resume later, instead of being destroyed."
      },
      "alwaysOn": {
        "type": "boolean",
        "description": "Keep running with no idle pause."
      },
      "env": {
        "type": "object",
        "description": "Environment variables, name to value.",
        "additionalProperties": {
          "type": "string"
        }
      },
      "region": {
        "type": "string",
        "description": "Region id from region_list; default the organization's region."
      },
      "workspaceId": {
        "type": "string",
        "description": "Workspace to create it in."
      },
      "githubRepoUrl": {
        "type": "string",
        "description": "Git repository cloned into /workspace at boot."
      },
      "githubBranch": {
        "type": "string"
      },
      "tags": {
        "type": "array",
        "items": {
          "type": "string"
        }
      },
      "metadata": {
        "type": "object",
        "description": "Free-form labels; values are strings, numbers or booleans.",
        "additionalProperties": {
          "type": [
            "string",
            "number",
            "boolean"
          ]
        }
      },
      "externalWorkspaceId": {
        "type": "string",
        "description": "Your own workspace id, for white-label attribution."
      },
      "externalUserId": {
        "type": "string",
        "description": "Your own user id, for white-label attribution."
      },
      "externalProjectId": {
        "type": "string",
        "description": "Your own project id, for white-label attribution."
      },
      "wait": {
        "type": "boolean",
        "default": true,
        "description": "Wait until ready, with progress (default); false returns at once."
      }
    },
    "additionalProperties": false
  },
  "outputSchema": {
    "type": "object",
    "properties": {
      "id": {
        "type": "string"
      },
      "state": {
        "type": "string"
      },
      "created_at": {
        "type": "string"
      }
    }
  },
  "operation": {
    "id": "createSandbox",
    "method": "POST",
    "path": "/sandboxes",
    "scopes": [
      "sandboxes:write"
    ]
  },
  "args": [
    {
      "name": "idempotencyKey",
      "in": "header",
      "wire": "Idempotency-Key"
    },
    {
      "name": "name",
      "in": "body",
      "wire": "name"
    },
    {
      "name": "template",
      "in": "body",
      "wire": "template_id"
    },
    {
      "name": "size",
      "in": "body",
      "wire": "size"
    },
    {
      "name": "timeoutSec",
      "in": "body",
      "wire": "timeout_sec"
    },
    {
      "name": "idleTimeoutSec",
      "in": "body",
      "wire": "idle_timeout_sec"
    },
    {
      "name": "persistent",
      "in": "body",
      "wire": "persistent"
    },
    {
      "name": "alwaysOn",
      "in": "body",
      "wire": "always_on"
    },
    {
      "name": "env",
      "in": "body",
      "wire": "env"
    },
    {
      "name": "region",
      "in": "body",
      "wire": "region"
    },
    {
      "name": "workspaceId",
      "in": "body",
      "wire": "workspace_id"
    },
    {
      "name": "githubRepoUrl",
      "in": "body",
      "wire": "github_repo_url"
    },
    {
      "name": "githubBranch",
      "in": "body",
      "wire": "github_branch"
    },
    {
      "name": "tags",
      "in": "body",
      "wire": "tags"
    },
    {
      "name": "metadata",
      "in": "body",
      "wire": "metadata"
    },
    {
      "name": "externalWorkspaceId",
      "in": "body",
      "wire": "external_workspace_id"
    },
    {
      "name": "externalUserId",
      "in": "body",
      "wire": "external_user_id"
    },
    {
      "name": "externalProjectId",
      "in": "body",
      "wire": "external_project_id"
    },
    {
      "name": "wait",
      "in": "local",
      "wire": "wait"
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
  "configDefaults": {
    "template": "defaultTemplate"
  },
  "untrusted": false,
  "composite": false,
  "aliases": [],
  get input() {
    return (input ??= buildInput());
  },
  call: (a, { api, signal }) =>
    api.POST('/sandboxes', { params: { header: { "Idempotency-Key": a.idempotencyKey } }, body: { name: a.name, template_id: a.template, size: a.size, timeout_sec: a.timeoutSec, idle_timeout_sec: a.idleTimeoutSec, persistent: a.persistent, always_on: a.alwaysOn, env: a.env, region: a.region, workspace_id: a.workspaceId, github_repo_url: a.githubRepoUrl, github_branch: a.githubBranch, tags: a.tags, metadata: a.metadata, external_workspace_id: a.externalWorkspaceId, external_user_id: a.externalUserId, external_project_id: a.externalProjectId }, signal }),
  wait: { "idField": "id", "field": "state", "ready": ["running"], "failed": ["error", "destroyed"], "pollTool": "sandbox_get", "pollKeys": ["data"], poll: (id: string, { api, signal }) => api.GET('/sandboxes/{id}', { params: { path: { id: id } }, signal }) },
};
