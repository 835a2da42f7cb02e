// generated from openapi/miosa.yaml + openapi/mcp.overlay.yaml (inputs sha256:6cd9db441f8603e3) by codegen/ — run `make gen`, do not edit
/* eslint-disable */

import * as z from 'zod';
import type { ToolDef } from '../../src/tool-def.js';

const buildInput = () => z.object({ "idempotencyKey": z.string().min(1).max(255).optional(), "sourceSandboxId": z.string().min(1), "name": z.string().optional(), "deploymentId": z.string().optional(), "kind": z.enum(["static", "dynamic"]).optional(), "outputPath": z.string().optional(), "entrypoint": z.string().optional(), "buildCommand": z.string().optional(), "startCommand": z.string().optional(), "port": z.number().int().gte(1).lte(65535).optional(), "wait": z.boolean().default(true) }).strict();
export type DeploymentPublishInput = z.infer<ReturnType<typeof buildInput>>;
let input: ReturnType<typeof buildInput> | undefined;

export const deploymentPublish: ToolDef<DeploymentPublishInput> = {
  "name": "deployment_publish",
  "title": "Publish a sandbox as a live site",
  "description": "Publishes a sandbox directory to a public URL: kind static serves outputPath, kind dynamic runs startCommand on port. Give deploymentId to add a version to an existing deployment, else a new one (name) is made. Waits until the deployment is running unless wait is false. Returns public_url, the live URL.",
  "toolset": "deploy",
  "annotations": {
    "title": "Publish a sandbox as a live site",
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
      "sourceSandboxId": {
        "type": "string",
        "description": "Sandbox id (sbx_…) whose files are published.",
        "minLength": 1
      },
      "name": {
        "type": "string",
        "description": "Name of a new deployment; ignored when deployment_id is given."
      },
      "deploymentId": {
        "type": "string",
        "description": "Existing deployment to publish a new version into."
      },
      "kind": {
        "type": "string",
        "enum": [
          "static",
          "dynamic"
        ],
        "description": "static: serve output_path as files; dynamic: run start_command on port."
      },
      "outputPath": {
        "type": "string",
        "description": "Directory in the sandbox to publish, e.g. /workspace/dist."
      },
      "entrypoint": {
        "type": "string",
        "description": "File the app starts from, e.g. server.js or index.html."
      },
      "buildCommand": {
        "type": "string",
        "description": "Command that builds the app before it is published."
      },
      "startCommand": {
        "type": "string",
        "description": "Command that starts a dynamic app."
      },
      "port": {
        "type": "integer",
        "minimum": 1,
        "maximum": 65535,
        "description": "Port a dynamic app listens on."
      },
      "wait": {
        "type": "boolean",
        "default": true,
        "description": "Wait until ready, with progress (default); false returns at once."
      }
    },
    "required": [
      "sourceSandboxId"
    ],
    "additionalProperties": false
  },
  "outputSchema": {
    "type": "object",
    "properties": {
      "deployment_id": {
        "type": "string"
      },
      "public_url": {
        "type": "string"
      },
      "url": {
        "type": "string"
      },
      "deployment": {
        "type": "object"
      }
    }
  },
  "operation": {
    "id": "deploySandbox",
    "method": "POST",
    "path": "/sandboxes/{id}/deploy",
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
      "name": "sourceSandboxId",
      "in": "path",
      "wire": "id"
    },
    {
      "name": "name",
      "in": "body",
      "wire": "name"
    },
    {
      "name": "deploymentId",
      "in": "body",
      "wire": "deployment_id"
    },
    {
      "name": "kind",
      "in": "body",
      "wire": "type"
    },
    {
      "name": "outputPath",
      "in": "body",
      "wire": "output_path"
    },
    {
      "name": "entrypoint",
      "in": "body",
      "wire": "entrypoint"
    },
    {
      "name": "buildCommand",
      "in": "body",
      "wire": "build_command"
    },
    {
      "name": "startCommand",
      "in": "body",
      "wire": "start_command"
    },
    {
      "name": "port",
      "in": "body",
      "wire": "port"
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
  "idempotencyKey": true,
  "untrusted": false,
  "composite": false,
  "aliases": [],
  get input() {
    return (input ??= buildInput());
  },
  call: (a, { api, signal }) =>
    api.POST('/sandboxes/{id}/deploy', { params: { path: { id: a.sourceSandboxId }, header: { "Idempotency-Key": a.idempotencyKey } }, body: { name: a.name, deployment_id: a.deploymentId, type: a.kind, output_path: a.outputPath, entrypoint: a.entrypoint, build_command: a.buildCommand, start_command: a.startCommand, port: a.port }, signal }),
  wait: { "idField": "deployment_id", "into": "deployment", "field": "state", "ready": ["running"], "failed": ["failed", "stopped"], "pollTool": "deployment_get", "pollKeys": ["data"], poll: (id: string, { api, signal }) => api.GET('/deployments/{id}', { params: { path: { id: id } }, signal }) },
};
