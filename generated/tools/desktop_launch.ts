// generated from openapi/miosa.yaml + openapi/mcp.overlay.yaml (inputs sha256:6cd9db441f8603e3) by codegen/ — run `make gen`, do not edit
/* eslint-disable */

import * as z from 'zod';
import type { ToolDef } from '../../src/tool-def.js';

const buildInput = () => z.object({ "computerId": z.string().min(1).optional(), "app": z.string().min(1) }).strict();
export type DesktopLaunchInput = z.infer<ReturnType<typeof buildInput>>;
let input: ReturnType<typeof buildInput> | undefined;

export const desktopLaunch: ToolDef<DesktopLaunchInput> = {
  "name": "desktop_launch",
  "title": "Launch an application",
  "description": "Starts a desktop application on a running computer by program name, such as firefox, gedit, xterm or code. Its window may take a few seconds to appear; check with desktop_screenshot or desktop_windows. Returns success.",
  "toolset": "desktop",
  "annotations": {
    "title": "Launch an application",
    "readOnlyHint": false,
    "destructiveHint": false,
    "idempotentHint": false,
    "openWorldHint": true
  },
  "inputSchema": {
    "type": "object",
    "properties": {
      "computerId": {
        "type": "string",
        "minLength": 1
      },
      "app": {
        "type": "string",
        "minLength": 1,
        "description": "Program to start, e.g. firefox, gedit, xterm, code."
      }
    },
    "required": [
      "app"
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
    "id": "launchDesktopApp",
    "method": "POST",
    "path": "/computers/{computer_id}/desktop/launch",
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
      "name": "app",
      "in": "body",
      "wire": "app_name"
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
    "computer_launch"
  ],
  get input() {
    return (input ??= buildInput());
  },
  call: (a, { api, signal }) =>
    api.POST('/computers/{computer_id}/desktop/launch', { params: { path: { computer_id: a.computerId as string } }, body: { app_name: a.app }, signal }),
};
