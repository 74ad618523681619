# Everything runs in a local virtualenv made from the project's own pinned files.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install test lint format typecheck check run sync demo bench clean

$(STAMP): pyproject.toml constraints.txt
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -c constraints.txt -e '.[dev]'
	touch $(STAMP)

install: $(STAMP) ## create .venv and install pinned dependencies

test: $(STAMP) ## run the whole test suite (unit + end-to-end against the fake Discord)
	$(BIN)/python -m pytest

lint: $(STAMP) ## ruff lint and format check
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

typecheck: $(STAMP)
	$(BIN)/mypy

check: lint typecheck test ## what CI runs

run: $(STAMP) ## the real bot (needs DISCORD_TOKEN in the environment or .env)
	$(BIN)/backstage run

sync: $(STAMP) ## push the slash commands to Discord now
	$(BIN)/backstage sync

demo: $(STAMP) ## replay the sample awards night offline: feed, then digest, files in out/
	$(BIN)/backstage rehearse --out out

bench: $(STAMP) ## benchmarks; prints tables and writes bench/results.json
	$(BIN)/python -m bench

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache out
