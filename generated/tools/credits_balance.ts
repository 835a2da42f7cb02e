// generated from openapi/miosa.yaml + openapi/mcp.overlay.yaml (inputs sha256:6cd9db441f8603e3) by codegen/ — run `make gen`, do not edit
/* eslint-disable */

import * as z from 'zod';
import type { ToolDef } from '../../src/tool-def.js';

const buildInput = () => z.object({}).strict();
export type CreditsBalanceInput = z.infer<ReturnType<typeof buildInput>>;
let input: ReturnType<typeof buildInput> | undefined;

export const creditsBalance: ToolDef<CreditsBalanceInput> = {
  "name": "credits_balance",
  "title": "Show the credit balance",
  "description": "Returns the organization's remaining credits and when the current grant expires. Check it before starting costly resources; calls made without enough credits fail with INSUFFICIENT_CREDITS (HTTP 402).",
  "toolset": "account",
  "annotations": {
    "title": "Show the credit balance",
    "readOnlyHint": true,
    "destructiveHint": false,
    "idempotentHint": true,
    "openWorldHint": false
  },
  "inputSchema": {
    "type": "object",
    "properties": {},
    "additionalProperties": false
  },
  "outputSchema": {
    "type": "object",
    "properties": {
      "balance": {
        "type": "number"
      }
    }
  },
  "operation": {
    "id": "getCreditBalance",
    "method": "GET",
    "path": "/credits/balance",
    "scopes": [
      "billing:read"
    ]
  },
  "args": [],
  "response": {
    "kind": "json",
    "status": 200,
    "mediaType": "application/json",
    "envelope": false,
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
    api.GET('/credits/balance', { signal }),
};
