// generated from openapi/miosa.yaml + openapi/mcp.overlay.yaml (inputs sha256:6cd9db441f8603e3) by codegen/ — run `make gen`, do not edit
/* eslint-disable */

import * as z from 'zod';
import type { ToolDef } from '../../src/tool-def.js';

const buildInput = () => z.object({ "id": z.string().min(1), "env": z.record(z.string(), z.string()).refine((o) => Object.keys(o).length >= 1, { message: "needs at least 1 entry" }) }).strict();
export type DeploymentEnvSetInput = z.infer<ReturnType<typeof buildInput>>;
let input: ReturnType<typeof buildInput> | undefined;

export const deploymentEnvSet: ToolDef<DeploymentEnvSetInput> = {
  "name": "deployment_env_set",
  "title": "Set deployment environment variables",
  "description": "Sets environment variables on a deployment from an env map {KEY: value}: named keys are created or overwritten, others are kept. E.g. DATABASE_URL from database_credentials. Returns the variable list with masked values.",
  "toolset": "deploy",
  "annotations": {
    "title": "Set deployment environment variables",
    "readOnlyHint": false,
    "destructiveHint": false,
    "idempotentHint": true,
    "openWorldHint": false
  },
  "inputSchema": {
    "type": "object",
    "properties": {
      "id": {
        "type": "string",
        "description": "Deployment id (dep_…).",
        "minLength": 1
      },
      "env": {
        "type": "object",
        "description": "Variables to create or overwrite, name to value.",
        "additionalProperties": {
          "type": "string"
        }
      }
    },
    "required": [
      "id",
      "env"
    ],
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
    "id": "setDeploymentEnv",
    "method": "POST",
    "path": "/deployments/{id}/env",
    "scopes": [
      "deployments:write"
    ]
  },
  "args": [
    {
      "name": "id",
      "in": "path",
      "wire": "id"
    },
    {
      "name": "env",
      "in": "body",
      "wire": "env"
    }
  ],
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
    api.POST('/deployments/{id}/env', { params: { path: { id: a.id } }, body: { env: a.env }, signal }),
};
