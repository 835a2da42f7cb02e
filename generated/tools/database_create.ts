// generated from openapi/miosa.yaml + openapi/mcp.overlay.yaml (inputs sha256:6cd9db441f8603e3) by codegen/ — run `make gen`, do not edit
/* eslint-disable */

import * as z from 'zod';
import type { ToolDef } from '../../src/tool-def.js';

const buildInput = () => z.object({ "idempotencyKey": z.string().min(1).max(255).optional(), "name": z.string().min(1), "engine": z.enum(["postgresql", "postgres", "mysql", "redis"]).default("postgresql"), "engineVersion": z.string().optional(), "region": z.string().optional(), "workspaceId": z.string().optional(), "cpuCount": z.number().int().gte(1).optional(), "memoryMb": z.number().int().gte(256).optional(), "storageMb": z.number().int().gte(1024).optional(), "wait": z.boolean().default(true) }).strict();
export type DatabaseCreateInput = z.infer<ReturnType<typeof buildInput>>;
let input: ReturnType<typeof buildInput> | undefined;

export const databaseCreate: ToolDef<DatabaseCreateInput> = {
  "name": "database_create",
  "title": "Create a managed database",
  "description": "Provisions a managed database: engine postgresql (default), mysql or redis, with optional engineVersion, region, cpuCount, memoryMb and storageMb. Waits until it is running unless wait is false; then database_credentials gives the connection string.",
  "toolset": "database",
  "annotations": {
    "title": "Create a managed database",
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
      "name": {
        "type": "string",
        "minLength": 1
      },
      "engine": {
        "type": "string",
        "enum": [
          "postgresql",
          "postgres",
          "mysql",
          "redis"
        ],
        "default": "postgresql",
        "description": "postgres is another name for postgresql."
      },
      "engineVersion": {
        "type": "string",
        "description": "Major version, e.g. \"16\" for PostgreSQL."
      },
      "region": {
        "type": "string"
      },
      "workspaceId": {
        "type": "string"
      },
      "cpuCount": {
        "type": "integer",
        "minimum": 1
      },
      "memoryMb": {
        "type": "integer",
        "minimum": 256
      },
      "storageMb": {
        "type": "integer",
        "minimum": 1024
      },
      "wait": {
        "type": "boolean",
        "default": true,
        "description": "Wait until ready, with progress (default); false returns at once."
      }
    },
    "required": [
      "name"
    ],
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
      "state": {
        "type": "string"
      },
      "engine": {
        "type": "string"
      },
      "created_at": {
        "type": "string"
      }
    }
  },
  "operation": {
    "id": "createDatabase",
    "method": "POST",
    "path": "/databases",
    "scopes": [
      "databases:write"
    ]
  },
  "args": [
    {
      "name": "idempotencyKey",
      "in": "header",
      "wire": "Idempotency-Key"
    },
    {
      "name": "name",
      "in": "body",
      "wire": "name"
    },
    {
      "name": "engine",
      "in": "body",
      "wire": "engine"
    },
    {
      "name": "engineVersion",
      "in": "body",
      "wire": "engine_version"
    },
    {
      "name": "region",
      "in": "body",
      "wire": "region"
    },
    {
      "name": "workspaceId",
      "in": "body",
      "wire": "workspace_id"
    },
    {
      "name": "cpuCount",
      "in": "body",
      "wire": "cpu_count"
    },
    {
      "name": "memoryMb",
      "in": "body",
      "wire": "memory_mb"
    },
    {
      "name": "storageMb",
      "in": "body",
      "wire": "storage_mb"
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
    api.POST('/databases', { params: { header: { "Idempotency-Key": a.idempotencyKey } }, body: { name: a.name, engine: a.engine, engine_version: a.engineVersion, region: a.region, workspace_id: a.workspaceId, cpu_count: a.cpuCount, memory_mb: a.memoryMb, storage_mb: a.storageMb }, signal }),
  wait: { "idField": "id", "field": "state", "ready": ["running", "available"], "failed": ["error", "failed"], "pollTool": "database_get", "pollKeys": ["data"], poll: (id: string, { api, signal }) => api.GET('/databases/{id}', { params: { path: { id: id } }, signal }) },
};
