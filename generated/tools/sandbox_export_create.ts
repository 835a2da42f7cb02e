// generated from openapi/miosa.yaml + openapi/mcp.overlay.yaml (inputs sha256:6cd9db441f8603e3) by codegen/ — run `make gen`, do not edit
/* eslint-disable */

import * as z from 'zod';
import type { ToolDef } from '../../src/tool-def.js';

const buildInput = () => z.object({ "id": z.string().min(1), "paths": z.array(z.string()).min(1), "label": z.string().optional(), "filename": z.string().optional() }).strict();
export type SandboxExportCreateInput = z.infer<ReturnType<typeof buildInput>>;
let input: ReturnType<typeof buildInput> | undefined;

export const sandboxExportCreate: ToolDef<SandboxExportCreateInput> = {
  "name": "sandbox_export_create",
  "title": "Export sandbox files for download",
  "description": "Packages files or folders of a sandbox for download; several paths become one tar.gz (named by filename). Use it to hand build output or reports to a person. Returns the export with a download_url per file and an archive_download_url.",
  "toolset": "sandbox",
  "annotations": {
    "title": "Export sandbox files for download",
    "readOnlyHint": false,
    "destructiveHint": false,
    "idempotentHint": false,
    "openWorldHint": false
  },
  "inputSchema": {
    "type": "object",
    "properties": {
      "id": {
        "type": "string",
        "description": "Sandbox id (sbx_…).",
        "minLength": 1
      },
      "paths": {
        "type": "array",
        "minItems": 1,
        "items": {
          "type": "string"
        },
        "description": "Absolute paths of files or folders; several become one archive."
      },
      "label": {
        "type": "string"
      },
      "filename": {
        "type": "string",
        "description": "Archive file name, e.g. site.tar.gz."
      }
    },
    "required": [
      "id",
      "paths"
    ],
    "additionalProperties": false
  },
  "outputSchema": {
    "type": "object",
    "properties": {
      "id": {
        "type": "string"
      },
      "status": {
        "type": "string"
      },
      "files": {
        "type": "array"
      }
    }
  },
  "operation": {
    "id": "createSandboxExport",
    "method": "POST",
    "path": "/sandboxes/{id}/exports",
    "scopes": [
      "sandboxes:write"
    ]
  },
  "args": [
    {
      "name": "id",
      "in": "path",
      "wire": "id"
    },
    {
      "name": "paths",
      "in": "body",
      "wire": "paths"
    },
    {
      "name": "label",
      "in": "body",
      "wire": "label"
    },
    {
      "name": "filename",
      "in": "body",
      "wire": "filename"
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
  "idempotencyKey": false,
  "untrusted": false,
  "composite": false,
  "aliases": [],
  get input() {
    return (input ??= buildInput());
  },
  call: (a, { api, signal }) =>
    api.POST('/sandboxes/{id}/exports', { params: { path: { id: a.id } }, body: { paths: a.paths, label: a.label, filename: a.filename }, signal }),
};
