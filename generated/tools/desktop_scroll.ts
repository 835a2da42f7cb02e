// generated from openapi/miosa.yaml + openapi/mcp.overlay.yaml (inputs sha256:6cd9db441f8603e3) by codegen/ — run `make gen`, do not edit
/* eslint-disable */

import * as z from 'zod';
import type { ToolDef } from '../../src/tool-def.js';

const buildInput = () => z.object({ "computerId": z.string().min(1).optional(), "direction": z.enum(["up", "down", "left", "right"]).default("down"), "clicks": z.number().int().gte(1).lte(50).default(3), "x": z.number().int().gte(0).optional(), "y": z.number().int().gte(0).optional() }).strict();
export type DesktopScrollInput = z.infer<ReturnType<typeof buildInput>>;
let input: ReturnType<typeof buildInput> | undefined;

export const desktopScroll: ToolDef<DesktopScrollInput> = {
  "name": "desktop_scroll",
  "title": "Scroll on the desktop",
  "description": "Turns the mouse wheel up, down (default), left or right by a number of clicks (default 3), at (x, y) if given or else where the cursor is. Returns success.",
  "toolset": "desktop",
  "annotations": {
    "title": "Scroll on the desktop",
    "readOnlyHint": false,
    "destructiveHint": false,
    "idempotentHint": false,
    "openWorldHint": false
  },
  "inputSchema": {
    "type": "object",
    "properties": {
      "computerId": {
        "type": "string",
        "minLength": 1
      },
      "direction": {
        "type": "string",
        "enum": [
          "up",
          "down",
          "left",
          "right"
        ],
        "default": "down"
      },
      "clicks": {
        "type": "integer",
        "minimum": 1,
        "maximum": 50,
        "default": 3,
        "description": "Wheel detents."
      },
      "x": {
        "type": "integer",
        "minimum": 0,
        "description": "Scroll at this point (default where the cursor is)."
      },
      "y": {
        "type": "integer",
        "minimum": 0
      }
    },
    "additionalProperties": false
  },
  "outputSchema": {
    "type": "object",
    "properties": {
      "success": {
        "type": "boolean"
      }
    }
  },
  "operation": {
    "id": "scrollDesktop",
    "method": "POST",
    "path": "/computers/{computer_id}/desktop/scroll",
    "scopes": [
      "computers:write"
    ]
  },
  "args": [
    {
      "name": "computerId",
      "in": "path",
      "wire": "computer_id"
    },
    {
      "name": "direction",
      "in": "body",
      "wire": "direction"
    },
    {
      "name": "clicks",
      "in": "body",
      "wire": "clicks"
    },
    {
      "name": "x",
      "in": "body",
      "wire": "x"
    },
    {
      "name": "y",
      "in": "body",
      "wire": "y"
    }
  ],
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
  "active": {
    "arg": "computerId",
    "kind": "computer"
  },
  "untrusted": false,
  "composite": false,
  "aliases": [],
  get input() {
    return (input ??= buildInput());
  },
  call: (a, { api, signal }) =>
    api.POST('/computers/{computer_id}/desktop/scroll', { params: { path: { computer_id: a.computerId as string } }, body: { direction: a.direction, clicks: a.clicks, x: a.x, y: a.y }, signal }),
};
