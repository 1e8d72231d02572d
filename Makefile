# Fenxiao — the two commands a new machine needs: `make run` and `make test`.

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

WEB := schema/web
# What the console's build depends on: its sources and the schema its types are generated from.
WEB_SOURCES := $(shell find $(WEB)/src -type f -not -path '*/generated/*' 2>/dev/null) $(addprefix $(WEB)/,package.json vite.config.ts codegen.ts tsconfig.json index.html graphiql.html) schema.graphql

.PHONY: install migrate demo run test bench schema migrations docs console clean

$(STAMP): pyproject.toml
	$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "Fenxiao needs Python 3.11 or newer"'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

# The console and GraphiQL (Vite, from the npm registry; Node.js 20): built into schema/web/dist, which the Python
# package serves and ships. Rebuilt only when a source changed.
$(WEB)/node_modules/.installed: $(WEB)/package-lock.json
	cd $(WEB) && npm ci --no-audit --no-fund --loglevel=error
	touch $@

$(WEB)/dist/.built: $(WEB)/node_modules/.installed $(WEB_SOURCES)
	cd $(WEB) && npm run --silent build
	touch $@

console: $(WEB)/dist/.built

migrate: install
	$(BIN)/fenxiao migrate

demo: install
	$(BIN)/fenxiao demo

## make run: set up, migrate, load the demo merchant, serve GraphQL (GraphiQL) at http://127.0.0.1:8000/graphql
## and the console at http://127.0.0.1:8000/console/
run: demo console
	$(BIN)/fenxiao serve --host 127.0.0.1 --port 8000

## make test: the same set-up, then every test (PostgreSQL ones on a throwaway server when PostgreSQL is installed),
## spread over the machine's cores (pytest-xdist; each worker has its own databases and PostgreSQL server)
## (the console's own unit tests first, with Vitest; browser tests in Chromium when it is installed)
test: migrate console
	cd $(WEB) && npm test --silent
	$(BIN)/python -m pytest -n auto --dist loadgroup

## make bench: every benchmark against its baseline (PostgreSQL ones need it installed, as in CI); figures into bench/RESULTS.md
bench: install
	$(BIN)/python -m bench

## make schema: print the GraphQL SDL into schema.graphql (a test checks it matches the code)
schema: install
	$(BIN)/fenxiao schema -o schema.graphql

## make migrations: write the next migration of every app whose models changed (one per dialect)
migrations: install
	$(BIN)/fenxiao makemigrations

## make docs: refresh the example plugin's files included in docs/plugins.md (a test checks them)
docs: install
	$(BIN)/python -m tests.docs_include docs/plugins.md

clean:
	rm -rf $(VENV) *.egg-info build dist .pytest_cache .hypothesis fenxiao.sqlite3* $(WEB)/node_modules $(WEB)/dist $(WEB)/src/generated
