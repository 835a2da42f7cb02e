#!/usr/bin/env bash
# The shipped CLI: src/cli.ts and everything it imports (generated tools, the emulator, the SDK, zod,
# ajv, yaml) bundled by esbuild into dist/src/cli.js and a few chunks (the emulator and the commands
# load on demand). One file instead of ~400 modules halves the stdio cold start (bench: ~280 ms to
# ~130 ms), and the package needs no runtime dependencies. Types are checked by `make typecheck`.
set -euo pipefail
cd "$(dirname "$0")/.."
rm -rf dist
# Bundled CommonJS (ajv, yaml) calls require(); an ES module has none of its own.
banner="import { createRequire as __miosaCreateRequire } from 'node:module'; const require = __miosaCreateRequire(import.meta.url);"
# The code-mode worker (src/code-mode/worker.ts, with the QuickJS engine and its WebAssembly inlined)
# is an entry of its own: a worker thread starts from a file, dist/src/code-mode/worker.js.
# jsonc-parser's "main" is a UMD build whose require() of its own files esbuild cannot follow; its
# ES module build ("module") bundles cleanly, so that one is taken (for this package only).
npx --no-install esbuild src/cli.ts src/code-mode/worker.ts --bundle --platform=node --format=esm --target=node20 \
  --alias:jsonc-parser=./node_modules/jsonc-parser/lib/esm/main.js \
  --splitting --outdir=dist/src --chunk-names='chunks/[name]-[hash]' \
  --banner:js="$banner" --log-level=warning
chmod +x dist/src/cli.js
