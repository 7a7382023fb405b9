# Two commands on a fresh machine:
#   make serve   build the handbook and serve it on http://127.0.0.1:8000
#   make test    run every test
# The Makefile installs what it needs: Debian packages (apt), a virtualenv with
# the Python packages, and the npm packages from package-lock.json.

SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
DEBIAN_PACKAGES := chromium fonts-dejavu-core libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz0b

.PHONY: deps system-deps check accuracy accuracy-dev model bench test clean html serve pdf wheel offline bench-browser

deps: system-deps $(VENV)/.installed node_modules/.installed

# Debian packages: Chromium for the browser tests, Pango for WeasyPrint (PDF).
system-deps:
	@missing=""; for p in $(DEBIAN_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing Debian packages:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing >/dev/null; \
	fi

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[docs,test]'
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

# Check one post:  make check TEXT="My 3pm today told me..."
check: $(VENV)/.installed
	@$(PY) -m checkers <<< "$(TEXT)"

# Per-area precision/recall/F1 and the benign false-positive rate on the
# held-out test split (never tuned on).  accuracy-dev is the tuning split.
accuracy: $(VENV)/.installed
	$(PY) -m tests.accuracy --split test
	@echo
	$(PY) -m tests.accuracy --split validation
	@echo
	$(PY) -m tests.accuracy --split validation-2

accuracy-dev: $(VENV)/.installed
	$(PY) -m tests.accuracy --split dev --errors

# Retrain the learned fallback (checkers/learned/weights.json) on the dev split,
# the rule tests' sentences and the handbook's examples.  Never add
# validation.jsonl or test.jsonl here: they measure it.
model: $(VENV)/.installed
	$(PY) -m tests.corpus.extra_training > tests/corpus/extra-training.jsonl
	$(PY) -m checkers.learned.train tests/corpus/dev.jsonl tests/corpus/extra-training.jsonl

bench: $(VENV)/.installed
	$(PY) -m tests.bench

# The handbook website in _build/html.  -W -n: a warning, a broken reference
# or an example that contradicts the checkers fails the build.
SPHINXOPTS ?= -W --keep-going -n
BUILDDIR := _build

html: deps
	$(PY) -m sphinx $(SPHINXOPTS) -b html -c . -d $(BUILDDIR)/doctrees docs $(BUILDDIR)/html

# Build, then serve the site on http://127.0.0.1:8000 (Ctrl-C stops).
serve: html
	$(PY) -m http.server 8000 --bind 127.0.0.1 -d $(BUILDDIR)/html

# The whole handbook as one PDF, _build/pdf/handbook.pdf (singlehtml + WeasyPrint).
pdf: deps
	$(PY) -m handbook.pdf --builddir $(BUILDDIR)

# The checkers as a wheel in dist/ (the site builds its own copy into
# _static/checker/ for the browser).
wheel: $(VENV)/.installed
	$(PY) -m build --wheel --outdir dist

# dist/<name>-<version>-offline.zip: the whole site plus README-OFFLINE.txt.
# The offline build also carries the checker's runtime in classic scripts so
# it works opened from file:// (checker_offline, see handbook/assets.py).
offline: deps
	$(PY) -m sphinx $(SPHINXOPTS) -b html -c . -D checker_offline=1 -d $(BUILDDIR)/doctrees-offline docs $(BUILDDIR)/offline
	$(PY) -m handbook.assets zip $(BUILDDIR)/offline dist

# Browser timings of the checker (ready vs a bare Pyodide boot, input to
# results, bytes) in the machine's Chromium; reports the offline zip's size.
bench-browser: deps
	$(PY) -m tests.browser.bench --zip dist/$$($(PY) -c "from handbook.assets import project_meta as m; print('%s-%s' % m())")-offline.zip

test: deps
	$(PY) -m pytest -q

clean:
	rm -rf _build dist build .pytest_cache
