// generated from openapi/miosa.yaml + openapi/mcp.overlay.yaml (inputs sha256:6cd9db441f8603e3) by codegen/ — run `make gen`, do not edit
/* eslint-disable */

import * as z from 'zod';
import type { ToolDef } from '../../src/tool-def.js';

const buildInput = () => z.object({ "computerId": z.string().min(1).optional(), "x": z.number().int().gte(0), "y": z.number().int().gte(0) }).strict();
export type DesktopMoveInput = z.infer<ReturnType<typeof buildInput>>;
let input: ReturnType<typeof buildInput> | undefined;

export const desktopMove: ToolDef<DesktopMoveInput> = {
  "name": "desktop_move",
  "title": "Move the mouse",
  "description": "Moves the mouse cursor to (x, y) pixels from the top-left of the screen without clicking, for example to reveal a hover menu or tooltip. Returns success.",
  "toolset": "desktop",
  "annotations": {
    "title": "Move the mouse",
    "readOnlyHint": false,
    "destructiveHint": false,
    "idempotentHint": true,
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
    "id": "moveDesktopCursor",
    "method": "POST",
    "path": "/computers/{computer_id}/desktop/move",
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
    api.POST('/computers/{computer_id}/desktop/move', { params: { path: { computer_id: a.computerId as string } }, body: { x: a.x, y: a.y }, signal }),
};
