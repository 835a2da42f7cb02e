# Every target CI runs is here; `make check` is all of them, in CI's order.
SHELL := /bin/bash
NPX := npx --no-install

.PHONY: install lint-spec gen gen-check typecheck build test check run clean surface-report snap-update

install:
	npm ci --no-audit --no-fund

# The spec with a real OpenAPI linter, then the overlay and the tool surface with the generator's own lint.
lint-spec:
	$(NPX) redocly lint openapi/miosa.yaml --config openapi/redocly.yaml --format stylish
	$(NPX) tsx codegen/main.ts --check

gen:
	$(NPX) tsx codegen/main.ts

# Regenerates and fails, printing the fix, when generated/ is not what the inputs make.
gen-check: gen
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

build:
	$(NPX) tsc -p tsconfig.build.json

test: build
	$(NPX) vitest run

check: lint-spec gen-check typecheck surface-report test

run: build
	node dist/src/cli.js --help

clean:
	rm -rf dist
