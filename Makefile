# Fenxiao — the two commands a new machine needs: `make run` and `make test`.

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install migrate demo run test bench schema migrations docs clean

$(STAMP): pyproject.toml
	$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "Fenxiao needs Python 3.11 or newer"'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

migrate: install
	$(BIN)/fenxiao migrate

demo: install
	$(BIN)/fenxiao demo

## make run: set up, migrate, load the demo merchant, serve GraphQL (GraphiQL) at http://127.0.0.1:8000/graphql
run: demo
	$(BIN)/fenxiao serve --host 127.0.0.1 --port 8000

## make test: the same set-up, then every test (PostgreSQL ones on a throwaway server when PostgreSQL is installed),
## spread over the machine's cores (pytest-xdist; each worker has its own databases and PostgreSQL server)
test: migrate
	$(BIN)/python -m pytest -n auto

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
	rm -rf $(VENV) *.egg-info build dist .pytest_cache .hypothesis fenxiao.sqlite3*
