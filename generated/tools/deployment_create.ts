// generated from openapi/miosa.yaml + openapi/mcp.overlay.yaml (inputs sha256:6cd9db441f8603e3) by codegen/ — run `make gen`, do not edit
/* eslint-disable */

import * as z from 'zod';
import type { ToolDef } from '../../src/tool-def.js';

const buildInput = () => z.object({ "idempotencyKey": z.string().min(1).max(255).optional(), "name": z.string().min(1), "repoUrl": z.string().url().optional(), "branch": z.string().optional(), "buildCommand": z.string().optional(), "runCommand": z.string().optional(), "autoDeploy": z.boolean().optional() }).strict();
export type DeploymentCreateInput = z.infer<ReturnType<typeof buildInput>>;
let input: ReturnType<typeof buildInput> | undefined;

export const deploymentCreate: ToolDef<DeploymentCreateInput> = {
  "name": "deployment_create",
  "title": "Create a deployment from a Git repository",
  "description": "Creates a deployment that builds from a Git repository (repoUrl, branch) with buildCommand and runCommand; autoDeploy rebuilds on every push. Poll deployment_get until state is running. To publish files from a sandbox use deployment_publish instead.",
  "toolset": "deploy",
  "annotations": {
    "title": "Create a deployment from a Git repository",
    "readOnlyHint": false,
    "destructiveHint": false,
    "idempotentHint": false,
    "openWorldHint": true
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
        "minLength": 1
      },
      "repoUrl": {
        "type": "string",
        "description": "Git repository to build from, e.g. https://github.com/acme/web."
      },
      "branch": {
        "type": "string",
        "description": "Branch to build; the repository's default branch when omitted."
      },
      "buildCommand": {
        "type": "string"
      },
      "runCommand": {
        "type": "string"
      },
      "autoDeploy": {
        "type": "boolean",
        "description": "Rebuild on every push to branch."
      }
    },
    "required": [
      "name"
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
    "id": "createDeployment",
    "method": "POST",
    "path": "/deployments",
    "scopes": [
      "deployments:write"
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
      "name": "repoUrl",
      "in": "body",
      "wire": "repo_url"
    },
    {
      "name": "branch",
      "in": "body",
      "wire": "branch"
    },
    {
      "name": "buildCommand",
      "in": "body",
      "wire": "build_command"
    },
    {
      "name": "runCommand",
      "in": "body",
      "wire": "run_command"
    },
    {
      "name": "autoDeploy",
      "in": "body",
      "wire": "auto_deploy"
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
    api.POST('/deployments', { params: { header: { "Idempotency-Key": a.idempotencyKey } }, body: { name: a.name, repo_url: a.repoUrl, branch: a.branch, build_command: a.buildCommand, run_command: a.runCommand, auto_deploy: a.autoDeploy }, signal }),
};
