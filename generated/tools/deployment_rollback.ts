// generated from openapi/miosa.yaml + openapi/mcp.overlay.yaml (inputs sha256:6cd9db441f8603e3) by codegen/ — run `make gen`, do not edit
/* eslint-disable */

import * as z from 'zod';
import type { ToolDef } from '../../src/tool-def.js';

const buildInput = () => z.object({ "idempotencyKey": z.string().min(1).max(255).optional(), "id": z.string().min(1), "versionId": z.string().optional() }).strict();
export type DeploymentRollbackInput = z.infer<ReturnType<typeof buildInput>>;
let input: ReturnType<typeof buildInput> | undefined;

export const deploymentRollback: ToolDef<DeploymentRollbackInput> = {
  "name": "deployment_rollback",
  "title": "Roll back a deployment",
  "description": "Points a deployment back at an older ready version (versionId from deployment_version_list; default the previously active one). Returns the deployment; poll deployment_get until state is running.",
  "toolset": "deploy",
  "annotations": {
    "title": "Roll back a deployment",
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
      "versionId": {
        "type": "string",
        "description": "Ready version to go back to (ver_…); default the previously active one."
      }
    },
    "required": [
      "id"
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
    "id": "rollbackDeployment",
    "method": "POST",
    "path": "/deployments/{id}/rollback",
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
      "name": "id",
      "in": "path",
      "wire": "id"
    },
    {
      "name": "versionId",
      "in": "body",
      "wire": "version_id"
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
    api.POST('/deployments/{id}/rollback', { params: { path: { id: a.id }, header: { "Idempotency-Key": a.idempotencyKey } }, body: { version_id: a.versionId }, signal }),
};
