#!/usr/bin/env bash
# The built server through a real MCP client, the MCP Inspector CLI (2.12.0, a pinned devDependency;
# it runs on node 20 despite its engines field), over stdio and over Streamable HTTP, both backed by
# the embedded emulator: tools/list must return exactly the tools of generated/tools.json, and one
# tools/call must answer without isError and with the organization's shape. The inspector's exit code
# is not enough (in text mode it exits 0 on an isError result), so its JSON answer is judged here.
# Every wait is bounded. One line per check; exit 1 on any failure.
#   MIOSA_MCP=/path/to/miosa-mcp   the server command (default: node dist/src/cli.js of this tree)
#   SMOKE_CWD=/some/dir            the directory the server runs in (default: this tree)
#   SMOKE_LABEL="installed "       prefix of every printed line
# scripts/pack-smoke.sh sets them to run the same checks against the installed npm package.
set -uo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
KEY=msk_u_smoke_key
LABEL=${SMOKE_LABEL:-}
if [ -n "${MIOSA_MCP:-}" ]; then server=("$MIOSA_MCP"); else server=(node "$ROOT/dist/src/cli.js"); fi
inspector=(timeout 60 "$ROOT/node_modules/.bin/mcp-inspector" --cli --format json --connect-timeout 15000)
[ -x "$ROOT/node_modules/.bin/mcp-inspector" ] || { echo "mcp-inspector is not installed: run 'make install'"; exit 1; }
cd "${SMOKE_CWD:-$ROOT}" || exit 1

tmp=$(mktemp -d)
pid=
cleanup() {
  if [ -n "$pid" ]; then
    kill "$pid" 2>/dev/null
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null
  fi
  rm -rf "$tmp"
}
trap cleanup EXIT

# judge <what> <list|call> <out> <err>: prints one line, returns 1 when the answer is not as expected.
judge() {
  node -e '
    const fs = require("fs");
    const [what, kind, out, err, irFile] = process.argv.slice(1);
    const fail = (why) => {
      console.log(`${what}: FAILED, ${why}`);
      const text = (fs.readFileSync(out, "utf8") + "\n" + fs.readFileSync(err, "utf8")).trim();
      if (text) console.log(text.split("\n").slice(-15).map((l) => `    ${l.slice(0, 400)}`).join("\n"));
      process.exit(1);
    };
    let r;
    try { r = JSON.parse(fs.readFileSync(out, "utf8")); } catch { fail("no JSON on stdout"); }
    r = r?.result ?? r; // --format json wraps the answer as {result}
    if (kind === "list") {
      const want = JSON.parse(fs.readFileSync(irFile, "utf8")).tools.map((t) => t.name).sort();
      const got = (r.tools ?? []).map((t) => t.name).sort();
      const missing = want.filter((n) => !got.includes(n));
      const extra = got.filter((n) => !want.includes(n));
      if (missing.length || extra.length || got.length !== want.length)
        fail(`${got.length} tools, expected ${want.length}; missing [${missing}] extra [${extra}]`);
      const bad = r.tools.filter((t) => t.inputSchema?.type !== "object" || !t.description || !t.annotations);
      if (bad.length) fail(`tools without an object inputSchema, a description or annotations: ${bad.map((t) => t.name)}`);
      console.log(`${what}: ${got.length} tools`);
    } else {
      if (r.isError) fail(`isError: ${JSON.stringify(r.content).slice(0, 300)}`);
      const org = r.structuredContent;
      const text = r.content?.[0];
      if (!org || typeof org.id !== "string" || typeof org.name !== "string" || typeof org.slug !== "string")
        fail("structuredContent is not an organization {id, name, slug}");
      if (text?.type !== "text" || JSON.parse(text.text).id !== org.id) fail("content[0] is not the organization as JSON text");
      console.log(`${what}: ok, organization ${org.slug}`);
    }
  ' "$1" "$2" "$3" "$4" "$ROOT/generated/tools.json"
}

status=0
# check <what> <list|call> <inspector arguments…>
check() {
  local what=$1 kind=$2 started=$SECONDS
  shift 2
  "${inspector[@]}" "$@" >"$tmp/out" 2>"$tmp/err"
  local rc=$?
  if [ $rc -ne 0 ]; then
    echo "$LABEL$what: FAILED, the inspector exited $rc$([ $rc -eq 124 ] && echo ' (timed out after 60 s)')"
    tail -n 15 "$tmp/err" "$tmp/out" | cut -c1-400 | sed "s/^/    /"
    status=1
    return
  fi
  judge "$LABEL$what" "$kind" "$tmp/out" "$tmp/err" || status=1
}

# (a) stdio: the inspector starts the server; it passes the child only a whitelist of the environment,
# so the key goes with -e.
stdio=(-e "MIOSA_API_KEY=$KEY" "${server[@]}" --emulator)
check "inspector stdio tools/list" list "${stdio[@]}" --method tools/list
check "inspector stdio tools/call organization_current" call "${stdio[@]}" --method tools/call --tool-name organization_current

# (b) Streamable HTTP: the server in the background on a port the system picks, 127.0.0.1 only; each
# request carries its own key.
"${server[@]}" --transport http --host 127.0.0.1 --port 0 --emulator 2>"$tmp/http.log" &
pid=$!
url=
for _ in $(seq 150); do
  url=$(grep -oE 'over HTTP at http://127\.0\.0\.1:[0-9]+/mcp' "$tmp/http.log" | grep -oE 'http://.*' | head -1)
  [ -n "$url" ] && break
  kill -0 "$pid" 2>/dev/null || break
  sleep 0.1
done
healthy=
if [ -n "$url" ]; then
  for _ in $(seq 50); do curl -sf --max-time 2 "${url%/mcp}/healthz" >/dev/null && { healthy=1; break; }; sleep 0.1; done
fi
if [ -z "$healthy" ]; then
  if kill -0 "$pid" 2>/dev/null; then why="did not answer /healthz within 20 s"; else why="exited"; fi
  echo "${LABEL}inspector http: FAILED, the HTTP server $why"
  sed 's/^/    /' "$tmp/http.log" | tail -n 15
  exit 1
fi
http=("$url" --transport http --header "Authorization: Bearer $KEY")
check "inspector http tools/list" list "${http[@]}" --method tools/list
check "inspector http tools/call organization_current" call "${http[@]}" --method tools/call --tool-name organization_current
exit $status
