# Every target CI runs is here; `make check` is all of them, in CI's order.
SHELL := /bin/bash
NPX := npx --no-install

.PHONY: install lint-spec gen gen-check typecheck build test check run demo clean surface-report snap-update conformance inspector-smoke pack-smoke bench

install:
	npm ci --no-audit --no-fund

# The spec with a real OpenAPI linter, then the overlay and the tool surface with the generator's own lint.
lint-spec:
	$(NPX) redocly lint openapi/miosa.yaml --config openapi/redocly.yaml --format stylish
	$(NPX) tsx codegen/main.ts --check

gen:
	$(NPX) tsx codegen/main.ts

# Fails, printing the fix, when generated/, README.md's tool list or mcpb/manifest.json is not what the
# inputs make. The last two are compared in memory before regenerating (README.md may hold other edits).
gen-check:
	$(NPX) tsx codegen/main.ts --check
	@$(MAKE) --no-print-directory gen
	@changes="$$(git status --porcelain -- generated/)"; \
	if [ -n "$$changes" ]; then \
	  echo "generated/ is out of date with openapi/ (or was edited by hand):"; echo "$$changes"; \
	  echo "Fix: run 'make gen' and commit generated/."; exit 1; \
	fi; echo "generated/ is up to date"

# Measures the tool surface (tokens, counts, names) per profile and fails when a gate is broken.
surface-report:
	$(NPX) tsx scripts/surface-report.ts --check

# Rewrites test/__toolsnaps__/ from the served tools (and removes stale ones); commit the diff.
snap-update:
	UPDATE_TOOLSNAPS=1 $(NPX) vitest run test/surface/toolsnaps.test.ts

typecheck:
	$(NPX) tsc --noEmit -p tsconfig.json

# esbuild bundles the CLI into dist/src/cli.js (scripts/build.sh says why); types: make typecheck.
build:
	bash scripts/build.sh

test: build
	$(NPX) vitest run

check: lint-spec gen-check typecheck surface-report conformance inspector-smoke pack-smoke test

# The product's main job: MCP over HTTP at 127.0.0.1:8787/mcp (PORT=N for another port), on the
# embedded emulator (no account, no network) even with MIOSA_API_KEY exported; MIOSA_UPSTREAM=real
# serves the MIOSA API. It says which upstream it serves and prints the line that connects Claude Code.
run: build
	@bash scripts/run.sh

# The official MCP conformance scenarios that apply to a tools server, against the HTTP server.
conformance: build
	bash scripts/conformance.sh

# The server through a real MCP client (MCP Inspector CLI) over stdio and HTTP, on the emulator.
inspector-smoke: build
	bash scripts/inspector-smoke.sh

# The npm package as users get it: packed, installed with production dependencies only in a fresh
# directory, run (--help, the inspector smoke), and staged as a Claude Desktop bundle (mcpb/).
pack-smoke: build
	bash scripts/pack-smoke.sh

# Benchmarks, not in CI (minutes): one table per measurement, all figures in bench/results.json.
bench: build
	$(NPX) tsx bench/run.ts --no-build

# The four conversations through a real MCP client, against the embedded emulator.
demo: build
	$(NPX) tsx scripts/demo.ts

clean:
	rm -rf dist
