// generated from openapi/miosa.yaml + openapi/mcp.overlay.yaml (inputs sha256:6cd9db441f8603e3) by codegen/ — run `make gen`, do not edit
/* eslint-disable */

import * as z from 'zod';
import type { ToolDef } from '../../src/tool-def.js';

const buildInput = () => z.object({ "computerId": z.string().min(1).optional() }).strict();
export type DesktopAccessibilityTreeInput = z.infer<ReturnType<typeof buildInput>>;
let input: ReturnType<typeof buildInput> | undefined;

export const desktopAccessibilityTree: ToolDef<DesktopAccessibilityTreeInput> = {
  "name": "desktop_accessibility_tree",
  "title": "Get the accessibility tree",
  "description": "Returns the desktop's accessibility tree: nested UI elements with role, name and bounds in screen pixels. Use it to find buttons and fields precisely where a screenshot is ambiguous.",
  "toolset": "desktop",
  "annotations": {
    "title": "Get the accessibility tree",
    "readOnlyHint": true,
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
      }
    },
    "additionalProperties": false
  },
  "outputSchema": {
    "type": "object",
    "properties": {
      "role": {
        "type": "string"
      },
      "name": {
        "type": "string"
      },
      "bounds": {
        "type": "object"
      },
      "children": {
        "type": "array"
      }
    }
  },
  "operation": {
    "id": "getDesktopAccessibilityTree",
    "method": "GET",
    "path": "/computers/{computer_id}/desktop/accessibility-tree",
    "scopes": [
      "computers:read"
    ]
  },
  "args": [
    {
      "name": "computerId",
      "in": "path",
      "wire": "computer_id"
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
  "untrusted": true,
  "composite": false,
  "aliases": [],
  get input() {
    return (input ??= buildInput());
  },
  call: (a, { api, signal }) =>
    api.GET('/computers/{computer_id}/desktop/accessibility-tree', { params: { path: { computer_id: a.computerId as string } }, signal }),
};
