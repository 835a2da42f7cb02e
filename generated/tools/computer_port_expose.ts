// generated from openapi/miosa.yaml + openapi/mcp.overlay.yaml (inputs sha256:6cd9db441f8603e3) by codegen/ — run `make gen`, do not edit
/* eslint-disable */

import * as z from 'zod';
import type { ToolDef } from '../../src/tool-def.js';

const buildInput = () => z.object({ "id": z.string().min(1), "port": z.number().int().gte(1).lte(65535), "protocol": z.enum(["http", "https", "tcp"]).default("http") }).strict();
export type ComputerPortExposeInput = z.infer<ReturnType<typeof buildInput>>;
let input: ReturnType<typeof buildInput> | undefined;

export const computerPortExpose: ToolDef<ComputerPortExposeInput> = {
  "name": "computer_port_expose",
  "title": "Expose a computer port",
  "description": "Publishes a port of a computer (http, https or tcp) at a public URL so a web app running on it can be opened from a browser. Exposing the same port again returns the same URL. Returns port, protocol and url.",
  "toolset": "computer",
  "annotations": {
    "title": "Expose a computer port",
    "readOnlyHint": false,
    "destructiveHint": false,
    "idempotentHint": true,
    "openWorldHint": true
  },
  "inputSchema": {
    "type": "object",
    "properties": {
      "id": {
        "type": "string",
        "minLength": 1
      },
      "port": {
        "type": "integer",
        "minimum": 1,
        "maximum": 65535
      },
      "protocol": {
        "type": "string",
        "enum": [
          "http",
          "https",
          "tcp"
        ],
        "default": "http"
      }
    },
    "required": [
      "id",
      "port"
    ],
    "additionalProperties": false
  },
  "outputSchema": {
    "type": "object",
    "properties": {
      "port": {
        "type": "integer"
      }
    }
  },
  "operation": {
    "id": "exposeComputerPort",
    "method": "POST",
    "path": "/computers/{id}/ports",
    "scopes": [
      "computers:write"
    ]
  },
  "args": [
    {
      "name": "id",
      "in": "path",
      "wire": "id"
    },
    {
      "name": "port",
      "in": "body",
      "wire": "port"
    },
    {
      "name": "protocol",
      "in": "body",
      "wire": "protocol"
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
    api.POST('/computers/{id}/ports', { params: { path: { id: a.id } }, body: { port: a.port, protocol: a.protocol }, signal }),
};
