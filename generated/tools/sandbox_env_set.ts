// generated from openapi/miosa.yaml + openapi/mcp.overlay.yaml (inputs sha256:6cd9db441f8603e3) by codegen/ — run `make gen`, do not edit
/* eslint-disable */

import * as z from 'zod';
import { compositeCall, type ToolDef } from '../../src/tool-def.js';

const buildInput = () => z.object({ "id": z.string().min(1), "vars": z.record(z.string(), z.string()).refine(((re) => (o: Record<string, unknown>) => Object.keys(o).every((k) => re.test(k)))(new RegExp("^[A-Za-z_][A-Za-z0-9_]*$")), { message: "every name must match ^[A-Za-z_][A-Za-z0-9_]*$" }) }).strict();
export type SandboxEnvSetInput = z.infer<ReturnType<typeof buildInput>>;
let input: ReturnType<typeof buildInput> | undefined;

export const sandboxEnvSet: ToolDef<SandboxEnvSetInput> = {
  "name": "sandbox_env_set",
  "title": "Set sandbox environment variables",
  "description": "Sets environment variables on a sandbox: vars maps names to values and is merged into the stored set, so keys not named are kept. To remove a key use sandbox_env_delete. Returns the resulting list of variables.",
  "toolset": "sandbox",
  "annotations": {
    "title": "Set sandbox environment variables",
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
        "minLength": 1,
        "description": "Sandbox id (sbx_…)."
      },
      "vars": {
        "type": "object",
        "description": "Variables to set, name to value, e.g. {\"NODE_ENV\": \"production\"}.",
        "additionalProperties": {
          "type": "string"
        }
      }
    },
    "required": [
      "id",
      "vars"
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
    "id": "replaceSandboxEnv",
    "method": "PUT",
    "path": "/sandboxes/{id}/env",
    "scopes": [
      "sandboxes:write"
    ]
  },
  "args": [
    {
      "name": "id",
      "in": "local",
      "wire": "id"
    },
    {
      "name": "vars",
      "in": "local",
      "wire": "vars"
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
  "composite": true,
  "aliases": [],
  get input() {
    return (input ??= buildInput());
  },
  call: compositeCall,
};
