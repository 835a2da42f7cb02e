#!/usr/bin/env bash
# The npm package as a user gets it. `npm pack` of the built tree; then, in a fresh directory,
# `npm init -y` and `npm install --omit=dev <tarball>` from the registry (no devDependencies, no
# source tree): the installed `miosa-mcp --help` must work, every package dist/ imports must resolve
# inside that directory, and the MCP Inspector (this tree's devDependency) must get all the tools and
# a good tools/call from the installed binary over stdio and HTTP with its embedded emulator
# (scripts/inspector-smoke.sh, pointed at it). Last, the Claude Desktop bundle: the unpacked package
# with its production dependencies and mcpb/manifest.json at its root, started the way the manifest
# says, must list the tools too. Prints the sizes; one line per check; exit 1 on any failure.
set -uo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT" || exit 1
KEY=msk_u_smoke_key
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0
fail() { echo "pack $1: FAILED, $2"; [ -s "$tmp/log" ] && tail -n 15 "$tmp/log" | cut -c1-400 | sed 's/^/    /'; status=1; }
mib() { du -sk "$1" | awk '{ printf "%.1f MiB", $1 / 1024 }'; }

# npm pack ships whatever dist/ holds: it must be the bundle scripts/build.sh makes (cli.js, the
# code-mode worker and their chunks, nothing else), built after the last change to a source.
if [ ! -f dist/src/cli.js ]; then fail "dist" "no build: run 'make build'"; exit 1; fi
other=$(cd dist && find . -type f ! -path './src/cli.js' ! -path './src/code-mode/worker.js' ! -path './src/chunks/*.js')
newer=$(find vocabulary src generated emulator -name '*.ts' -newer dist/src/cli.js | head -3)
if [ -n "$other" ]; then fail "dist" "files that are not the bundle (run 'make build'): $(echo $other)"
elif [ -n "$newer" ]; then fail "dist" "sources changed after the build (run 'make build'): $(echo $newer)"
else echo "pack dist: the bundle, cli.js + $(find dist/src/chunks -name '*.js' | wc -l) chunks, $(mib dist)"; fi

# 1. The tarball, and what it holds.
started=$SECONDS
if ! timeout 120 npm pack --pack-destination "$tmp" --json >"$tmp/pack.json" 2>"$tmp/log"; then fail "npm pack" "npm pack failed"; exit 1; fi
tarball="$tmp/$(node -p 'JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"))[0].filename' "$tmp/pack.json")"
node -e '
  const [r] = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  const paths = r.files.map((f) => f.path);
  const need = ["package.json", "dist/src/cli.js", "openapi/miosa.yaml", "openapi/instructions.md"];
  const missing = need.filter((p) => !paths.includes(p));
  const extra = paths.filter((p) => /^(src|test|codegen|generated|scripts|bench|node_modules|mcpb)\//.test(p) || (p.endsWith(".ts") && !p.endsWith(".d.ts")));
  if (missing.length || extra.length) { console.log(`pack contents: FAILED, missing [${missing}] unwanted [${extra.slice(0, 10)}]`); process.exit(1); }
  const kib = (n) => `${Math.round(n / 1024)} KiB`;
  console.log(`pack npm pack: ${r.filename}, ${kib(r.size)} (${kib(r.unpackedSize)} unpacked, ${r.entryCount} files) in ${process.argv[2]} s`);
' "$tmp/pack.json" "$((SECONDS - started))" || status=1

# 2. A fresh project installs it with its production dependencies only.
app="$tmp/app"
mkdir -p "$app"
started=$SECONDS
if ! (cd "$app" && npm init -y >/dev/null 2>"$tmp/log" &&
      timeout 300 npm install --omit=dev --no-audit --no-fund "$tarball" >"$tmp/log" 2>&1); then
  fail "npm install" "installing the tarball in a fresh directory failed"; exit 1
fi
bin="$app/node_modules/.bin/miosa-mcp"
echo "pack npm install: $(ls "$app/node_modules" | wc -l) top-level packages, $(mib "$app/node_modules") installed (the package itself $(mib "$app/node_modules/miosa-mcp")) in $((SECONDS - started)) s"
node -e '
  const fs = require("fs"), path = require("path");
  const [app, pkgFile] = process.argv.slice(1);
  const dev = Object.keys(JSON.parse(fs.readFileSync(pkgFile, "utf8")).devDependencies ?? {});
  const leaked = dev.filter((d) => fs.existsSync(path.join(app, "node_modules", d)));
  if (leaked.length) { console.log(`pack no devDependencies: FAILED, installed: ${leaked}`); process.exit(1); }
  // Every bare import in the shipped code must resolve to a package inside the fresh directory.
  const root = path.join(app, "node_modules", "miosa-mcp");
  const files = [];
  const walk = (d) => { for (const e of fs.readdirSync(d, { withFileTypes: true })) e.isDirectory() ? walk(path.join(d, e.name)) : e.name.endsWith(".js") && files.push(path.join(d, e.name)); };
  walk(path.join(root, "dist"));
  const wanted = new Map();
  for (const f of files) {
    const src = fs.readFileSync(f, "utf8");
    const specs = [
      ...src.matchAll(/^(?:import|export)\s+(?:[\w$]+\s*,?\s*)?(?:\*(?:\s+as\s+[\w$]+)?|\{[^}]*\})?\s*from\s*["\x27]([^"\x27]+)["\x27]/gm),
      ...src.matchAll(/^import\s*["\x27]([^"\x27]+)["\x27]/gm),
      ...src.matchAll(/\bimport\(\s*["\x27]([^"\x27]+)["\x27]\s*\)/g),
    ];
    for (const m of specs) {
      // Built-ins may come without "node:" too (the loader of the QuickJS engine imports "module").
      if (m[1].startsWith("node:") || require("module").builtinModules.includes(m[1]) || m[1].startsWith(".") || m[1].startsWith("/")) continue;
      const name = m[1].split("/").slice(0, m[1].startsWith("@") ? 2 : 1).join("/");
      if (!wanted.has(name)) wanted.set(name, path.relative(root, f));
    }
  }
  const unresolved = [];
  for (const [name, from] of wanted) {
    let dir = path.dirname(path.join(root, from)), found = false;
    while (dir.startsWith(app) && !found) { found = fs.existsSync(path.join(dir, "node_modules", name, "package.json")); dir = path.dirname(dir); }
    if (!found) unresolved.push(`${name} (imported by ${from})`);
  }
  if (unresolved.length) { console.log(`pack imports: FAILED, not installed: ${unresolved.join(", ")}`); process.exit(1); }
  const what = wanted.size ? `import ${[...wanted.keys()].sort().join(", ")}, all installed` : "import only node: built-ins and each other";
  console.log(`pack imports: the ${files.length} shipped modules ${what}; no devDependencies`);
' "$app" "$ROOT/package.json" || status=1

# 3. The installed binary, run from the fresh directory.
if (cd "$app" && timeout 30 "$bin" --help >"$tmp/help" 2>"$tmp/log") && grep -q '^Usage:' "$tmp/help"; then
  echo "pack miosa-mcp --help: exit 0, $(head -1 "$tmp/help" | cut -d: -f1)"
else fail "miosa-mcp --help" "no usage, or a non-zero exit"; fi

# 3b. As the issue puts it: npx on the tarball itself (its own cache, so nothing of this machine's).
# (npx takes a tarball as a package only as a relative path; an absolute one it tries to execute.)
if (cd "$(dirname "$tarball")" && npm_config_cache="$tmp/npx-cache" timeout 180 npx --yes "./$(basename "$tarball")" --help >"$tmp/npx-help" 2>"$tmp/npx-log") && grep -q '^Usage:' "$tmp/npx-help"; then
  echo "pack npx <tarball> --help: exit 0"
else fail "npx <tarball> --help" "$(tail -3 "$tmp/npx-log")"; fi

# 4. The same checks as make inspector-smoke, against the installed binary.
started=$SECONDS
MIOSA_MCP="$bin" SMOKE_CWD="$app" SMOKE_LABEL="pack installed: " bash "$ROOT/scripts/inspector-smoke.sh" || status=1
echo "pack installed inspector smoke: $((SECONDS - started)) s"

# 4b. Code mode from the installed package: its worker thread (dist/src/code-mode/worker.js, the
# QuickJS engine inlined) must start and run a script that calls a tool.
if (cd "$app" && timeout 60 "$ROOT/node_modules/.bin/mcp-inspector" --cli --format json -e "MIOSA_API_KEY=$KEY" "$bin" --code-mode --emulator \
      --method tools/call --tool-name miosa_run --tool-arg 'code=const o = await miosa.organization_current({}); return { org: o.id };' >"$tmp/code.json" 2>"$tmp/log") &&
   node -e '
     const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
     const v = (r.result ?? r).structuredContent?.result;
     if ((r.result ?? r).isError || typeof v?.org !== "string") process.exit(1);
     console.log(`pack installed code mode: miosa_run called organization_current from the sandbox (${v.org})`);
   ' "$tmp/code.json"; then :
else fail "code mode" "miosa_run from the installed package did not answer: $(head -c 300 "$tmp/code.json")"; fi

# 5. The MCP Bundle: unpacked package + production node_modules + the manifest at its root, started
# with the manifest's command, arguments and environment (plus --emulator).
bundle="$tmp/bundle/package"
mkdir -p "$tmp/bundle"
if tar -xzf "$tarball" -C "$tmp/bundle" && cp "$ROOT/mcpb/manifest.json" "$bundle/manifest.json" &&
   (cd "$bundle" && timeout 300 npm install --omit=dev --no-audit --no-fund --ignore-scripts >"$tmp/log" 2>&1); then
  node -e '
    const m = JSON.parse(require("fs").readFileSync(process.argv[1] + "/manifest.json", "utf8"));
    const sub = (s) => s.replaceAll("${__dirname}", process.argv[1]).replaceAll("${user_config.api_key}", process.argv[2]);
    const env = Object.entries(m.server.mcp_config.env ?? {}).flatMap(([k, v]) => ["-e", `${k}=${sub(v)}`]);
    process.stdout.write([...env, m.server.mcp_config.command, ...m.server.mcp_config.args.map(sub)].join("\0"));
  ' "$bundle" "$KEY" >"$tmp/cmd"
  mapfile -d '' cmd <"$tmp/cmd"
  if timeout 60 "$ROOT/node_modules/.bin/mcp-inspector" --cli --format json "${cmd[@]}" --emulator --method tools/list >"$tmp/out" 2>"$tmp/log" &&
     node -e '
       const fs = require("fs");
       const r = JSON.parse(fs.readFileSync(process.argv[1], "utf8")).result;
       const want = JSON.parse(fs.readFileSync(process.argv[2], "utf8")).tools.map((t) => t.name).sort();
       const got = r.tools.map((t) => t.name).sort();
       process.exit(JSON.stringify(got) === JSON.stringify(want) ? 0 : 1);
     ' "$tmp/out" "$ROOT/generated/tools.json"; then
    size=""
    if command -v zip >/dev/null; then
      (cd "$bundle" && zip -qr "$tmp/miosa-mcp.mcpb" .) && size=", miosa-mcp.mcpb (zip) $(du -h "$tmp/miosa-mcp.mcpb" | cut -f1)"
    fi
    echo "pack mcpb bundle: started as manifest.json says, $(node -p 'JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")).result.tools.length' "$tmp/out") tools; bundle $(du -sh "$bundle" | cut -f1)$size"
  else fail "mcpb bundle" "the bundle started from manifest.json did not list the tools"; fi
else fail "mcpb bundle" "could not stage the bundle (unpack, manifest, npm install)"; fi

exit $status
