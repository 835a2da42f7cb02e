// generated from openapi/miosa.yaml + openapi/mcp.overlay.yaml (inputs sha256:6cd9db441f8603e3) by codegen/ — run `make gen`, do not edit
/* eslint-disable */

import * as z from 'zod';
import type { ToolDef } from '../../src/tool-def.js';

const buildInput = () => z.object({ "computerId": z.string().min(1).optional(), "fromX": z.number().int().gte(0), "fromY": z.number().int().gte(0), "toX": z.number().int().gte(0), "toY": z.number().int().gte(0) }).strict();
export type DesktopDragInput = z.infer<ReturnType<typeof buildInput>>;
let input: ReturnType<typeof buildInput> | undefined;

export const desktopDrag: ToolDef<DesktopDragInput> = {
  "name": "desktop_drag",
  "title": "Drag on the desktop",
  "description": "Presses the left mouse button at (fromX, fromY), moves to (toX, toY) and releases, to drag a file, a slider or a selection. Coordinates are screen pixels. Returns success.",
  "toolset": "desktop",
  "annotations": {
    "title": "Drag on the desktop",
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
      "fromX": {
        "type": "integer",
        "minimum": 0
      },
      "fromY": {
        "type": "integer",
        "minimum": 0
      },
      "toX": {
        "type": "integer",
        "minimum": 0
      },
      "toY": {
        "type": "integer",
        "minimum": 0
      }
    },
    "required": [
      "fromX",
      "fromY",
      "toX",
      "toY"
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
    "id": "dragDesktop",
    "method": "POST",
    "path": "/computers/{computer_id}/desktop/drag",
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
      "name": "fromX",
      "in": "body",
      "wire": "from_x"
    },
    {
      "name": "fromY",
      "in": "body",
      "wire": "from_y"
    },
    {
      "name": "toX",
      "in": "body",
      "wire": "to_x"
    },
    {
      "name": "toY",
      "in": "body",
      "wire": "to_y"
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
    api.POST('/computers/{computer_id}/desktop/drag', { params: { path: { computer_id: a.computerId as string } }, body: { from_x: a.fromX, from_y: a.fromY, to_x: a.toX, to_y: a.toY }, signal }),
};
