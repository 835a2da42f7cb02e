// generated from openapi/miosa.yaml + openapi/mcp.overlay.yaml (inputs sha256:6cd9db441f8603e3) by codegen/ — run `make gen`, do not edit
/* eslint-disable */

import * as z from 'zod';
import type { ToolDef } from '../../src/tool-def.js';

const buildInput = () => z.object({ "id": z.string().min(1), "key": z.string().min(1) }).strict();
export type DeploymentEnvDeleteInput = z.infer<ReturnType<typeof buildInput>>;
let input: ReturnType<typeof buildInput> | undefined;

export const deploymentEnvDelete: ToolDef<DeploymentEnvDeleteInput> = {
  "name": "deployment_env_delete",
  "title": "Unset a deployment environment variable",
  "description": "Removes one environment variable (key, e.g. DATABASE_URL) from a deployment. The value cannot be recovered. Removing a variable that is not set also succeeds.",
  "toolset": "deploy",
  "annotations": {
    "title": "Unset a deployment environment variable",
    "readOnlyHint": false,
    "destructiveHint": true,
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
      "key": {
        "type": "string",
        "description": "Variable name, e.g. DATABASE_URL.",
        "minLength": 1
      }
    },
    "required": [
      "id",
      "key"
    ],
    "additionalProperties": false
  },
  "operation": {
    "id": "deleteDeploymentEnv",
    "method": "DELETE",
    "path": "/deployments/{id}/env/{key}",
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
      "name": "key",
      "in": "path",
      "wire": "key"
    }
  ],
  "response": {
    "kind": "empty",
    "status": 204,
    "envelope": false,
    "list": false,
    "payloadKeys": []
  },
  "idempotencyKey": false,
  "untrusted": false,
  "composite": false,
  "aliases": [],
  get input() {
    return (input ??= buildInput());
  },
  call: (a, { api, signal }) =>
    api.DELETE('/deployments/{id}/env/{key}', { params: { path: { id: a.id, key: a.key } }, signal }),
};
