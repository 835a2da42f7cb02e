// generated from openapi/miosa.yaml + openapi/mcp.overlay.yaml (inputs sha256:6cd9db441f8603e3) by codegen/ — run `make gen`, do not edit
/* eslint-disable */

import * as z from 'zod';
import type { ToolDef } from '../../src/tool-def.js';

const buildInput = () => z.object({ "id": z.string().min(1) }).strict();
export type DeploymentDeleteInput = z.infer<ReturnType<typeof buildInput>>;
let input: ReturnType<typeof buildInput> | undefined;

export const deploymentDelete: ToolDef<DeploymentDeleteInput> = {
  "name": "deployment_delete",
  "title": "Delete a deployment",
  "description": "Permanently deletes a deployment with all its versions; its public URL and attached domains stop serving. Cannot be undone. Returns {id, deleted: true}.",
  "toolset": "deploy",
  "annotations": {
    "title": "Delete a deployment",
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
      "deleted": {
        "type": "boolean"
      }
    }
  },
  "operation": {
    "id": "deleteDeployment",
    "method": "DELETE",
    "path": "/deployments/{id}",
    "scopes": [
      "deployments:write"
    ]
  },
  "args": [
    {
      "name": "id",
      "in": "path",
      "wire": "id"
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
    api.DELETE('/deployments/{id}', { params: { path: { id: a.id } }, signal }),
};
