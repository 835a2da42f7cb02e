// generated from openapi/miosa.yaml + openapi/mcp.overlay.yaml (inputs sha256:6cd9db441f8603e3) by codegen/ — run `make gen`, do not edit
/* eslint-disable */

import * as z from 'zod';
import type { ToolDef } from '../../src/tool-def.js';

const buildInput = () => z.object({ "computerId": z.string().min(1).optional(), "x": z.number().int().gte(0), "y": z.number().int().gte(0), "button": z.enum(["left", "right", "middle"]).default("left") }).strict();
export type DesktopClickInput = z.infer<ReturnType<typeof buildInput>>;
let input: ReturnType<typeof buildInput> | undefined;

export const desktopClick: ToolDef<DesktopClickInput> = {
  "name": "desktop_click",
  "title": "Click on the desktop",
  "description": "Moves the mouse to (x, y) pixels from the top-left of the screen and clicks the left, right or middle button. Take a desktop_screenshot first to find the target, and another after to check the result.",
  "toolset": "desktop",
  "annotations": {
    "title": "Click on the desktop",
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
      "x": {
        "type": "integer",
        "minimum": 0,
        "description": "Pixels from the left edge."
      },
      "y": {
        "type": "integer",
        "minimum": 0,
        "description": "Pixels from the top edge."
      },
      "button": {
        "type": "string",
        "enum": [
          "left",
          "right",
          "middle"
        ],
        "default": "left"
      }
    },
    "required": [
      "x",
      "y"
    ],
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
    "id": "clickDesktop",
    "method": "POST",
    "path": "/computers/{computer_id}/desktop/click",
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
      "name": "x",
      "in": "body",
      "wire": "x"
    },
    {
      "name": "y",
      "in": "body",
      "wire": "y"
    },
    {
      "name": "button",
      "in": "body",
      "wire": "button"
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
  "aliases": [
    "computer_click"
  ],
  get input() {
    return (input ??= buildInput());
  },
  call: (a, { api, signal }) =>
    api.POST('/computers/{computer_id}/desktop/click', { params: { path: { computer_id: a.computerId as string } }, body: { x: a.x, y: a.y, button: a.button }, signal }),
};
