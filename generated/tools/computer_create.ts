// generated from openapi/miosa.yaml + openapi/mcp.overlay.yaml (inputs sha256:6cd9db441f8603e3) by codegen/ — run `make gen`, do not edit
/* eslint-disable */

import * as z from 'zod';
import { compositeCall, type ToolDef } from '../../src/tool-def.js';

const buildInput = () => z.object({ "name": z.string().min(1).max(63).optional(), "template": z.string().default("miosa-desktop"), "size": z.enum(["xs", "small", "medium", "large", "xl"]).default("small"), "visibility": z.enum(["public", "tenant", "key"]).default("public"), "workspaceId": z.string().uuid().optional(), "metadata": z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(), "start": z.boolean().default(true), "wait": z.boolean().default(true) }).strict();
export type ComputerCreateInput = z.infer<ReturnType<typeof buildInput>>;
let input: ReturnType<typeof buildInput> | undefined;

export const computerCreate: ToolDef<ComputerCreateInput> = {
  "name": "computer_create",
  "title": "Create a desktop computer",
  "description": "Creates a Linux desktop VM (template miosa-desktop, size small by default), boots it unless start is false, and waits until it is active unless wait is false. Then drive it with desktop_screenshot, desktop_click and desktop_type. Returns the computer (comp_…).",
  "toolset": "computer",
  "annotations": {
    "title": "Create a desktop computer",
    "readOnlyHint": false,
    "destructiveHint": false,
    "idempotentHint": false,
    "openWorldHint": false
  },
  "inputSchema": {
    "type": "object",
    "properties": {
      "name": {
        "type": "string",
        "minLength": 1,
        "maxLength": 63,
        "description": "Display name; one is generated when absent."
      },
      "template": {
        "type": "string",
        "default": "miosa-desktop",
        "description": "Template slug, miosa-desktop (GUI) or miosa-sandbox (headless)."
      },
      "size": {
        "type": "string",
        "enum": [
          "xs",
          "small",
          "medium",
          "large",
          "xl"
        ],
        "default": "small",
        "description": "xs 1 vCPU/2 GB, small 2/4 GB, medium 4/8 GB, large 8/16 GB, xl 16/32 GB."
      },
      "visibility": {
        "type": "string",
        "enum": [
          "public",
          "tenant",
          "key"
        ],
        "default": "public",
        "description": "Who may open its HTTP previews."
      },
      "workspaceId": {
        "type": "string"
      },
      "metadata": {
        "type": "object",
        "description": "Free-form labels; values are strings, numbers or booleans.",
        "additionalProperties": {
          "type": [
            "string",
            "number",
            "boolean"
          ]
        }
      },
      "start": {
        "type": "boolean",
        "default": true,
        "description": "Boot the computer right after creating it (false leaves it stopped)."
      },
      "wait": {
        "type": "boolean",
        "default": true,
        "description": "Wait until ready, with progress (default); false returns at once."
      }
    },
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
      "status": {
        "type": "string"
      },
      "created_at": {
        "type": "string"
      }
    }
  },
  "operation": {
    "id": "createComputer",
    "method": "POST",
    "path": "/computers",
    "scopes": [
      "computers:write"
    ]
  },
  "args": [
    {
      "name": "name",
      "in": "body",
      "wire": "name"
    },
    {
      "name": "template",
      "in": "body",
      "wire": "template_type"
    },
    {
      "name": "size",
      "in": "body",
      "wire": "size"
    },
    {
      "name": "visibility",
      "in": "body",
      "wire": "visibility"
    },
    {
      "name": "workspaceId",
      "in": "body",
      "wire": "workspace_id"
    },
    {
      "name": "metadata",
      "in": "body",
      "wire": "metadata"
    },
    {
      "name": "start",
      "in": "local",
      "wire": "start"
    },
    {
      "name": "wait",
      "in": "local",
      "wire": "wait"
    }
  ],
  "response": {
    "kind": "json",
    "status": 201,
    "mediaType": "application/json",
    "envelope": false,
    "list": false,
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
  wait: { "idField": "id", "field": "status", "ready": ["active", "running", "stopped"], "failed": ["error", "destroyed"], "pollTool": "computer_get", "pollKeys": ["data"], poll: (id: string, { api, signal }) => api.GET('/computers/{id}', { params: { path: { id: id } }, signal }) },
};
