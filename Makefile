# Two entry points: `make build` and `make test`. Each creates .venv from requirements.lock on first use.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: build test test-fast score card clean

$(STAMP): requirements.lock pyproject.toml
	$(PYTHON) -c 'import sys; assert sys.version_info[:2] == (3, 11), "Python 3.11 is required, found " + sys.version'
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.lock
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $(STAMP)

build: $(STAMP)
	$(PY) build_dataset.py --card-copy DATASET_CARD.md

# Both cores (pytest-xdist): the suite's slow tests are whole builds, independent of each other.
test: $(STAMP)
	$(VENV)/bin/ruff check .
	$(PY) -m pytest -n 2

# The suite without the tests marked slow (whole builds in subprocesses, kill rounds, Dask): a few minutes.
test-fast: $(STAMP)
	$(VENV)/bin/ruff check .
	HYPOTHESIS_PROFILE=dev $(PY) -m pytest -m "not slow" -n 2

# Issue 14's figures on the blind real-world-style test set (tests/realworld/test), overall and per outlet kind,
# and on the development set (tuned on); they are written where the card reads them.
score: $(STAMP)
	$(PY) -m haucan.realworld tests/realworld/test --json benchmarks/realworld_scores.json
	$(PY) -m haucan.realworld tests/realworld/dev --json benchmarks/realworld_scores_dev.json

clean:
	rm -rf $(VENV) dist
