# Two commands for newcomers: `make serve` and `make test`. See README.md.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# Material 9.8 prints an end-of-life banner about MkDocs 2 on every build.
export NO_MKDOCS_2_WARNING := 1

.PHONY: serve build test links clean

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
	$(BIN)/mkdocs serve --strict --dev-addr 127.0.0.1:8000

build: $(VENV)/.installed-build  ## Strict build into site/
	$(BIN)/mkdocs build --strict --site-dir site

test: $(VENV)/.installed-dev build  ## Build, then run every test
	$(BIN)/python -m pytest

links: build  ## Add new public addresses to the link registry (data/links.yml)
	$(BIN)/python -m sitedata.links site

clean:
	rm -rf site $(VENV)
