# Two commands do all the set-up on a fresh machine with Python 3.11 and pip:
#   make run    install into .venv and run the whole pipeline on seeds/
#   make test   install into .venv and run the test suite
VENV ?= .venv
PYTHON ?= python3
STAMP := $(VENV)/.installed

.PHONY: install browser run test bench dev score clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --upgrade pip
	$(VENV)/bin/pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

run: install
	$(VENV)/bin/pipeline run

# Debian's Chromium for the report's browser test; installed when we can (root with apt), else that test is skipped.
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null; \
	  else echo "chromium is not installed and cannot be installed here: the browser test will be skipped"; fi; }

test: install browser
	$(VENV)/bin/pytest -q

bench: install
	$(VENV)/bin/pipeline bench

dev: install
	$(VENV)/bin/dagster dev -m pipeline.definitions

# Development-set score; needs ../shared (not part of a user's clone).
score: install
	$(VENV)/bin/pipeline run --articles ../shared/devset/articles --database data/devset.duckdb
	$(VENV)/bin/python ../shared/eval/score.py --gold ../shared/devset/gold.jsonl --db data/devset.duckdb
	$(VENV)/bin/pipeline compare-events --events ../shared/devset/events.json --database data/devset.duckdb

clean:
	rm -rf $(VENV) data .pytest_cache .hypothesis
