# The targets the README names. `make run` and `make test` install what they need first.
PG_TEST_URL ?= postgresql+psycopg://postgres@127.0.0.1:5432/test
VENV := .venv/bin

.PHONY: setup run demo test test-sqlite test-postgres lint typecheck check format goldens eval

setup:
	@scripts/bootstrap.sh

## run: load the sample ERP data, process the sample requests, serve the API on :8000
run: setup
	@scripts/run-demo.sh

## test: lint, type-check, then the whole suite on SQLite and on PostgreSQL
# The two suites run side by side: each waits on processes and I/O much of the time.
test: setup lint typecheck
	@$(MAKE) --no-print-directory -j2 --output-sync=target test-sqlite test-postgres

test-sqlite:
	$(VENV)/pytest -q

test-postgres:
	@scripts/postgres.sh
	INTAKE_TEST_DATABASE_URL=$(PG_TEST_URL) $(VENV)/pytest -q

lint:
	$(VENV)/ruff check .
	$(VENV)/ruff format --check .

typecheck:
	$(VENV)/mypy app extractors rules

format:
	$(VENV)/ruff format .
	$(VENV)/ruff check --fix .

## goldens: rewrite sample_docs/expected/ from the current behaviour (review the diff!)
goldens: setup
	INTAKE_UPDATE_GOLDENS=1 $(VENV)/pytest -q tests/test_golden.py

## eval: score the three extractors on the sample requests against sample_docs/labels/
eval: setup
	$(VENV)/intake eval --extractor offline
	$(VENV)/intake eval --extractor llm-recorded
	$(VENV)/intake eval --extractor hybrid-recorded
