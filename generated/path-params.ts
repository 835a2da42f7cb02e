// generated from openapi/miosa.yaml + openapi/mcp.overlay.yaml (inputs sha256:6cd9db441f8603e3) by codegen/ — run `make gen`, do not edit
/* eslint-disable */

/** Path parameters that keep their slashes (x-multi-segment: a file path, an object key), by path template. */
export const MULTI_SEGMENT: Readonly<Record<string, readonly string[]>> = {
  "/sandboxes/{id}/files/{path}": [
    "path"
  ],
  "/storage/buckets/{bucket}/objects/{key}": [
    "key"
  ]
};
