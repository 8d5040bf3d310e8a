# Two commands for newcomers: `make serve` and `make test`. See README.md.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# Browser tests use Debian's Chromium (never a downloaded browser).
CHROMIUM ?= /usr/bin/chromium
export CHROMIUM
# Material 9.8 prints an end-of-life banner about MkDocs 2 on every build.
export NO_MKDOCS_2_WARNING := 1

.PHONY: serve build test links offline bench parity check-chromium clean

$(BIN)/activate:
	$(PYTHON) -m venv $(VENV)

# Reinstall only when a requirements file changes.
$(VENV)/.installed-build: requirements.txt | $(BIN)/activate
	$(BIN)/python -m pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.installed-dev: requirements.txt requirements-dev.txt | $(BIN)/activate
	$(BIN)/python -m pip install --quiet -r requirements.txt -r requirements-dev.txt
	touch $@

serve: $(VENV)/.installed-build  ## Build and serve with live reload on http://127.0.0.1:8000
	$(BIN)/python -m mkdocs serve --strict --dev-addr 127.0.0.1:8000

# The audit runs here, in the build that deploys, so nothing the tests
# would reject about addresses and off-site requests can be published.
build: $(VENV)/.installed-build  ## Check the data, strict build into site/, then audit it
	$(BIN)/python -m sitedata check
	$(BIN)/python -m mkdocs build --strict --site-dir site
	$(BIN)/python -m sitedata.audit site

check-chromium:
	@test -x "$(CHROMIUM)" || { echo "Chromium not found at $(CHROMIUM)."; \
	  echo "Install it with: sudo apt-get install chromium (Debian/Ubuntu),"; \
	  echo "or run: make test CHROMIUM=/path/to/chromium"; exit 1; }

test: $(VENV)/.installed-dev check-chromium build  ## Build, then run every test
	$(BIN)/python -m pytest

# Where `make offline` writes; the tests point it at a temporary folder.
OFFLINE_DIR ?= build

offline: $(VENV)/.installed-build  ## A zip of the site that works from the file system
	rm -rf $(OFFLINE_DIR)/offline $(OFFLINE_DIR)/regenmed-explained-offline.zip
	OFFLINE=true USE_DIRECTORY_URLS=false $(BIN)/python -m mkdocs build --strict --site-dir $(OFFLINE_DIR)/offline
	cd $(OFFLINE_DIR)/offline && $(CURDIR)/$(BIN)/python -m zipfile -c ../regenmed-explained-offline.zip .
	@echo "Wrote $(OFFLINE_DIR)/regenmed-explained-offline.zip"

# Lighthouse from tests/bench/package-lock.json; reinstalled when it changes.
tests/bench/node_modules/.package-lock.json: tests/bench/package-lock.json
	cd tests/bench && npm ci --no-audit --no-fund --ignore-scripts

bench: $(VENV)/.installed-dev check-chromium tests/bench/node_modules/.package-lock.json  ## Lighthouse, build times and main-thread traces into tests/bench/results/ (not a test)
	$(BIN)/python tests/bench/bench.py
	$(BIN)/python tests/bench/main_thread.py

# Material's successor in its own environment: build with it, compare (not a gate).
.venv-successor/.installed: requirements-successor.txt
	python3 -m venv .venv-successor
	.venv-successor/bin/pip install -q -r requirements-successor.txt
	touch $@

parity: $(VENV)/.installed-dev .venv-successor/.installed  ## Build with Zensical too and compare with the MkDocs build
	rm -rf build/successor site
	@# strict: true stops it on anchors that only the hooks make; the pages are written first.
	-PYTHONPATH=$(CURDIR) .venv-successor/bin/zensical build -f mkdocs.yml
	test -f site/index.html
	mkdir -p build && mv site build/successor
	$(BIN)/python -m sitedata export build/successor
	SUCCESSOR_SITE=build/successor $(BIN)/python -m pytest -q -p no:cacheprovider tests/test_successor_parity.py

links: build  ## Add new public addresses to the link registry (data/links.yml)
	$(BIN)/python -m sitedata.links site

clean:
	rm -rf site build $(VENV) .venv-successor
