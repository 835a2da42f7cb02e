// generated from openapi/miosa.yaml + openapi/mcp.overlay.yaml (inputs sha256:6cd9db441f8603e3) by codegen/ — run `make gen`, do not edit
/* eslint-disable */

import * as z from 'zod';
import type { ToolDef } from '../../src/tool-def.js';

const buildInput = () => z.object({}).strict();
export type WebhookListInput = z.infer<ReturnType<typeof buildInput>>;
let input: ReturnType<typeof buildInput> | undefined;

export const webhookList: ToolDef<WebhookListInput> = {
  "name": "webhook_list",
  "title": "List webhooks",
  "description": "Lists the organization's webhooks (the first page, 20 by default): target URL, subscribed events, enabled flag and state. Send a test delivery to one with webhook_test.",
  "toolset": "integrations",
  "annotations": {
    "title": "List webhooks",
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
      "items": {
        "type": "array"
      },
      "next_cursor": {
        "type": [
          "string",
          "null"
        ]
      },
      "has_more": {
        "type": "boolean"
      }
    }
  },
  "operation": {
    "id": "listWebhooks",
    "method": "GET",
    "path": "/webhooks",
    "scopes": [
      "webhooks:read"
    ]
  },
  "args": [],
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
    api.GET('/webhooks', { signal }),
};
