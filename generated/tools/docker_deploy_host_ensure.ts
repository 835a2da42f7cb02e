// generated from openapi/miosa.yaml + openapi/mcp.overlay.yaml (inputs sha256:6cd9db441f8603e3) by codegen/ — run `make gen`, do not edit
/* eslint-disable */

import * as z from 'zod';
import type { ToolDef } from '../../src/tool-def.js';

const buildInput = () => z.object({ "workspaceId": z.string(), "region": z.string().optional(), "size": z.enum(["xs", "small", "medium", "large", "xl"]).optional(), "wait": z.boolean().default(true) }).strict();
export type DockerDeployHostEnsureInput = z.infer<ReturnType<typeof buildInput>>;
let input: ReturnType<typeof buildInput> | undefined;

export const dockerDeployHostEnsure: ToolDef<DockerDeployHostEnsureInput> = {
  "name": "docker_deploy_host_ensure",
  "title": "Ensure a Docker Deploy host",
  "description": "Creates the workspace's Docker Deploy host if it has none, or returns the existing one (queued is true when provisioning started), and waits until its status is active unless wait is false. Needed before docker_deploy_publish.",
  "toolset": "deploy",
  "annotations": {
    "title": "Ensure a Docker Deploy host",
    "readOnlyHint": false,
    "destructiveHint": false,
    "idempotentHint": true,
    "openWorldHint": false
  },
  "inputSchema": {
    "type": "object",
    "properties": {
      "workspaceId": {
        "type": "string",
        "description": "Workspace that owns the host (ws_… or UUID)."
      },
      "region": {
        "type": "string"
      },
      "size": {
        "type": "string",
        "enum": [
          "xs",
          "small",
          "medium",
          "large",
          "xl"
        ]
      },
      "wait": {
        "type": "boolean",
        "default": true,
        "description": "Wait until ready, with progress (default); false returns at once."
      }
    },
    "required": [
      "workspaceId"
    ],
    "additionalProperties": false
  },
  "outputSchema": {
    "type": "object",
    "properties": {
      "queued": {
        "type": "boolean"
      },
      "id": {
        "type": "string"
      },
      "status": {
        "type": "string"
      }
    }
  },
  "operation": {
    "id": "ensureDockerDeployHost",
    "method": "POST",
    "path": "/docker-deploy/hosts/ensure",
    "scopes": [
      "deployments:write"
    ]
  },
  "args": [
    {
      "name": "workspaceId",
      "in": "body",
      "wire": "workspace_id"
    },
    {
      "name": "region",
      "in": "body",
      "wire": "region"
    },
    {
      "name": "size",
      "in": "body",
      "wire": "size"
    },
    {
      "name": "wait",
      "in": "local",
      "wire": "wait"
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
    api.POST('/docker-deploy/hosts/ensure', { body: { workspace_id: a.workspaceId, region: a.region, size: a.size }, signal }),
  wait: { "idField": "id", "field": "status", "ready": ["active"], "failed": ["error", "retired", "suspended"], "pollTool": "docker_deploy_host_ensure", "pollKeys": ["data"], poll: (id: string, { api, signal }) => api.GET('/docker-deploy/hosts/{id}', { params: { path: { id: id } }, signal }) },
};
