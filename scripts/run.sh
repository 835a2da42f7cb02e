#!/usr/bin/env bash
# `make run`: MCP over HTTP on 127.0.0.1 (PORT, default 8787), backed by the embedded emulator unless
# MIOSA_UPSTREAM=real asks for the MIOSA API. An exported MIOSA_API_KEY does not switch upstreams: it
# is what "Connect a client" tells users to export, and over HTTP each client sends its own key anyway.
# The first line always says which upstream is served.
set -euo pipefail
cd "$(dirname "$0")/.."
port="${PORT:-8787}"
case "${MIOSA_UPSTREAM:-emulator}" in
  emulator)
    echo "[make run] upstream: the embedded MIOSA emulator (no account, no network; commands run on this machine as you). For the MIOSA API: MIOSA_UPSTREAM=real make run.${MIOSA_API_KEY:+ MIOSA_API_KEY is not used here: each client sends its own key.}" >&2
    exec node dist/src/cli.js --transport http --port "$port" --emulator
    ;;
  real)
    # The URL is the server's to say (MIOSA_API_URL, its MIOSA_BASE_URL alias, or the default): its
    # "serving" line names it, so this line cannot disagree with it.
    echo "[make run] upstream: the MIOSA API (MIOSA_UPSTREAM=real; the serving line names its URL); each client sends its own key." >&2
    exec node dist/src/cli.js --transport http --port "$port"
    ;;
  *)
    echo "[make run] MIOSA_UPSTREAM must be emulator (the default) or real, not \"${MIOSA_UPSTREAM}\"." >&2
    exit 2
    ;;
esac
