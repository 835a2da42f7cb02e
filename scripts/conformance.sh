#!/usr/bin/env bash
# The official MCP conformance suite (0.1.13, the last that runs on node 20) against the HTTP server,
# for the scenarios that apply to a tools server. It cannot send Authorization: discovery works
# without a key by design. Its own "Total: …" lines are kept out of CI's closing line.
set -uo pipefail
cd "$(dirname "$0")/.."
port=${CONFORMANCE_PORT:-39391}
node dist/src/cli.js --transport http --port "$port" 2>/dev/null &
pid=$!
trap 'kill $pid 2>/dev/null' EXIT
for i in $(seq 50); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.1; done
status=0
for s in server-initialize ping tools-list dns-rebinding-protection; do
  out=$(npx --no-install conformance server --url "http://127.0.0.1:$port/mcp" --scenario "$s" 2>&1) || status=1
  echo "conformance $s: $(printf '%s' "$out" | grep -E '^Passed:' | tail -1)"
done
exit $status
