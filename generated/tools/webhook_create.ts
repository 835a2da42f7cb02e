// generated from openapi/miosa.yaml + openapi/mcp.overlay.yaml (inputs sha256:6cd9db441f8603e3) by codegen/ — run `make gen`, do not edit
/* eslint-disable */

import * as z from 'zod';
import type { ToolDef } from '../../src/tool-def.js';

const buildInput = () => z.object({ "idempotencyKey": z.string().min(1).max(255).optional(), "url": z.string().url().regex(new RegExp("^https://")).max(2048), "events": z.array(z.string()).min(1), "secret": z.string().optional(), "enabled": z.boolean().optional() }).strict();
export type WebhookCreateInput = z.infer<ReturnType<typeof buildInput>>;
let input: ReturnType<typeof buildInput> | undefined;

export const webhookCreate: ToolDef<WebhookCreateInput> = {
  "name": "webhook_create",
  "title": "Create a webhook",
  "description": "Registers an https URL that MIOSA will POST events to (e.g. computer.started, computer.stopped), signed with secret when one is given. Returns the webhook with its id; check the receiver with webhook_test.",
  "toolset": "integrations",
  "annotations": {
    "title": "Create a webhook",
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
      "url": {
        "type": "string",
        "pattern": "^https://",
        "maxLength": 2048
      },
      "events": {
        "type": "array",
        "minItems": 1,
        "description": "Event names, e.g. computer.started, computer.stopped.",
        "items": {
          "type": "string"
        }
      },
      "secret": {
        "type": "string",
        "description": "Shared secret used to sign deliveries."
      },
      "enabled": {
        "type": "boolean"
      }
    },
    "required": [
      "url",
      "events"
    ],
    "additionalProperties": false
  },
  "outputSchema": {
    "type": "object",
    "properties": {
      "id": {
        "type": "string"
      },
      "url": {
        "type": "string"
      },
      "events": {
        "type": "array"
      }
    }
  },
  "operation": {
    "id": "createWebhook",
    "method": "POST",
    "path": "/webhooks",
    "scopes": [
      "webhooks:write"
    ]
  },
  "args": [
    {
      "name": "idempotencyKey",
      "in": "header",
      "wire": "Idempotency-Key"
    },
    {
      "name": "url",
      "in": "body",
      "wire": "url"
    },
    {
      "name": "events",
      "in": "body",
      "wire": "events"
    },
    {
      "name": "secret",
      "in": "body",
      "wire": "secret"
    },
    {
      "name": "enabled",
      "in": "body",
      "wire": "enabled"
    }
  ],
  "response": {
    "kind": "json",
    "status": 201,
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
    api.POST('/webhooks', { params: { header: { "Idempotency-Key": a.idempotencyKey } }, body: { url: a.url, events: a.events, secret: a.secret, enabled: a.enabled }, signal }),
};
