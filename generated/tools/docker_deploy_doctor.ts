// generated from openapi/miosa.yaml + openapi/mcp.overlay.yaml (inputs sha256:6cd9db441f8603e3) by codegen/ — run `make gen`, do not edit
/* eslint-disable */

import * as z from 'zod';
import { compositeCall, type ToolDef } from '../../src/tool-def.js';

const buildInput = () => z.object({ "id": z.string().min(1), "probe": z.boolean().default(true), "probePath": z.string().default("/") }).strict();
export type DockerDeployDoctorInput = z.infer<ReturnType<typeof buildInput>>;
let input: ReturnType<typeof buildInput> | undefined;

export const dockerDeployDoctor: ToolDef<DockerDeployDoctorInput> = {
  "name": "docker_deploy_doctor",
  "title": "Diagnose a Docker Deploy deployment",
  "description": "Diagnoses a Docker Deploy deployment (id): checks its state, its host (active, healthy), the app route and public_url, then HTTP-probes the URL at probePath. Returns ok, checks[] with a message each, and the probe status and body snippet.",
  "toolset": "deploy",
  "annotations": {
    "title": "Diagnose a Docker Deploy deployment",
    "readOnlyHint": true,
    "destructiveHint": false,
    "idempotentHint": true,
    "openWorldHint": true
  },
  "inputSchema": {
    "type": "object",
    "properties": {
      "id": {
        "type": "string",
        "minLength": 1,
        "description": "Deployment id (dep_…)."
      },
      "probe": {
        "type": "boolean",
        "default": true,
        "description": "Also GET the public URL."
      },
      "probePath": {
        "type": "string",
        "default": "/",
        "description": "Path to probe, e.g. /health."
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
      "ok": {
        "type": "boolean"
      },
      "deployment_id": {
        "type": "string"
      },
      "public_url": {
        "type": [
          "string",
          "null"
        ]
      },
      "checks": {
        "type": "array"
      },
      "probe": {
        "type": [
          "object",
          "null"
        ]
      }
    }
  },
  "operation": {
    "id": "getDockerDeployHost",
    "method": "GET",
    "path": "/docker-deploy/hosts/{id}",
    "scopes": [
      "deployments:read"
    ]
  },
  "args": [
    {
      "name": "id",
      "in": "local",
      "wire": "id"
    },
    {
      "name": "probe",
      "in": "local",
      "wire": "probe"
    },
    {
      "name": "probePath",
      "in": "local",
      "wire": "probePath"
    }
  ],
  "response": {
    "kind": "json",
    "status": 200,
    "envelope": false,
    "list": false,
    "payloadKeys": []
  },
  "idempotencyKey": false,
  "untrusted": true,
  "composite": true,
  "aliases": [],
  get input() {
    return (input ??= buildInput());
  },
  call: compositeCall,
};
