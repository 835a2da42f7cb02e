// generated from openapi/miosa.yaml + openapi/mcp.overlay.yaml (inputs sha256:6cd9db441f8603e3) by codegen/ — run `make gen`, do not edit
/* eslint-disable */

import * as z from 'zod';
import type { ToolDef } from '../../src/tool-def.js';

const buildInput = () => z.object({ "idempotencyKey": z.string().min(1).max(255).optional(), "sandboxId": z.string().min(1), "name": z.string().optional(), "outputPath": z.string().optional(), "entrypoint": z.string().optional(), "port": z.number().int().gte(1).lte(65535).optional(), "templateId": z.string().optional() }).strict();
export type DockerDeployPublishInput = z.infer<ReturnType<typeof buildInput>>;
let input: ReturnType<typeof buildInput> | undefined;

export const dockerDeployPublish: ToolDef<DockerDeployPublishInput> = {
  "name": "docker_deploy_publish",
  "title": "Publish a sandbox to Docker Deploy",
  "description": "Publishes a sandbox directory as a container app on the workspace's Docker Deploy host, optionally from a templateId. Run docker_deploy_host_ensure first. Returns public_url; poll deployment_get until state is running, then docker_deploy_doctor confirms it is live.",
  "toolset": "deploy",
  "annotations": {
    "title": "Publish a sandbox to Docker Deploy",
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
      "sandboxId": {
        "type": "string",
        "description": "Sandbox id (sbx_…) whose files are published.",
        "minLength": 1
      },
      "name": {
        "type": "string",
        "description": "Name of a new deployment; ignored when deployment_id is given."
      },
      "outputPath": {
        "type": "string",
        "description": "Directory in the sandbox to publish, e.g. /workspace/dist."
      },
      "entrypoint": {
        "type": "string",
        "description": "File the app starts from, e.g. server.js or index.html."
      },
      "port": {
        "type": "integer",
        "minimum": 1,
        "maximum": 65535,
        "description": "Port a dynamic app listens on."
      },
      "templateId": {
        "type": "string",
        "description": "Docker Deploy app template (docker_deploy only)."
      }
    },
    "required": [
      "sandboxId"
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
      "name": "sandboxId",
      "in": "path",
      "wire": "id"
    },
    {
      "name": "name",
      "in": "body",
      "wire": "name"
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
      "name": "port",
      "in": "body",
      "wire": "port"
    },
    {
      "name": "templateId",
      "in": "body",
      "wire": "docker_deploy_template_id"
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
    api.POST('/sandboxes/{id}/deploy', { params: { path: { id: a.sandboxId }, header: { "Idempotency-Key": a.idempotencyKey } }, body: { name: a.name, output_path: a.outputPath, entrypoint: a.entrypoint, port: a.port, docker_deploy_template_id: a.templateId, deployment_type: "docker_deploy" as const }, signal }),
};
