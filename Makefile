# rapport: two commands matter. `make serve` sets up and runs the course and the app;
# `make test` sets up and runs the whole suite. Everything installs from pyproject.toml.

PYTHON ?= python3
# Material 9.x prints a banner about MkDocs 2 on every build; it is noise for our users.
export NO_MKDOCS_2_WARNING := 1
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
COURSE_PORT ?= 8000
APP_PORT ?= 8501
# `make serve HOST=0.0.0.0` shares the app with the room's network (LAN addresses are printed).
HOST ?= localhost
# The throwaway PostgreSQL cluster of the storage tests (scripts/local-postgres).
export RAPPORT_PG_PORT ?= 5433

.PHONY: install install-dev test lint bench coach-model site site-offline serve browser axe postgres postgres-stop deploy-tools clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Re-install only when the project definition changes (idempotent). The one check at the end
# fills the checker's cache (~/.cache/rapport: compiled cue patterns, hyphenation, coach
# model), so a learner's first `rapport check` starts as fast as every later one.
$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[test]"
	echo "How do you pick the trimming cap? Rita" | $(BIN)/rapport check --fail-level error - > /dev/null
	touch $(STAMP)

install: $(STAMP)

$(VENV)/.installed-dev: $(STAMP)
	$(BIN)/python -m pip install --quiet -e ".[test,dev]"
	touch $@

install-dev: $(VENV)/.installed-dev

lint: install
	$(BIN)/ruff check src tests benchmarks app.py app_pages

test: install browser axe postgres deploy-tools
	$(BIN)/python -m pytest
	$(BIN)/ruff check src tests benchmarks app.py app_pages

# The storage tests run on SQLite and on PostgreSQL: this installs Debian's postgresql with apt
# if missing and starts a local cluster on 127.0.0.1:$(RAPPORT_PG_PORT). If that fails, the
# PostgreSQL tests skip saying why (and fail under RAPPORT_REQUIRE_POSTGRES=1, as in CI).
postgres:
	@scripts/local-postgres start

postgres-stop:
	@scripts/local-postgres stop

# The reverse-proxy test runs Debian's nginx with deploy/nginx/rapport.conf (skips without it).
deploy-tools:
	@if command -v nginx >/dev/null || [ -x /usr/sbin/nginx ]; then :; else \
		DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends nginx-light || \
		(apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y \
			--no-install-recommends nginx-light) || \
		echo "make deploy-tools: could not install nginx; the proxy test will be skipped."; \
	fi

# The browser tests drive the system Chromium; no browser is ever downloaded by Playwright.
# Without root (or apt) the install fails softly and those tests skip, saying why.
browser:
	@if [ -x /usr/bin/chromium ]; then :; else \
		DEBIAN_FRONTEND=noninteractive apt-get install -y chromium || \
		(apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium) || \
		echo "make browser: could not install chromium; the browser tests will be skipped."; \
	fi

# axe-core for the accessibility scan in the browser test, from the npm registry (pinned in
# tools/axe/package-lock.json). Playwright injects it from this folder: no CDN.
AXE := tools/axe/node_modules/axe-core/axe.min.js
$(AXE): tools/axe/package.json tools/axe/package-lock.json
	(npm ci --prefix tools/axe --no-audit --no-fund --loglevel=error && touch $@) || \
		echo "make axe: could not install axe-core with npm; the accessibility scan will be skipped."

axe: $(AXE)

coach-model: install-dev
	$(BIN)/python benchmarks/train_coach_model.py

bench: install-dev postgres
	$(BIN)/python benchmarks/checker_speed.py
	$(BIN)/python benchmarks/coach_agreement.py
	$(BIN)/python benchmarks/second_coach.py
	$(BIN)/python benchmarks/persona_speed.py
	$(BIN)/python benchmarks/scenario_variety.py
	$(BIN)/python benchmarks/tone_eval.py
	$(BIN)/python benchmarks/tone_speed.py
	$(BIN)/python benchmarks/app_speed.py
	$(BIN)/python benchmarks/room_load.py

# Builds the course, serves it on COURSE_PORT and the practice app on APP_PORT; Ctrl-C stops both.
serve: install
	$(BIN)/rapport serve --course-port $(COURSE_PORT) --app-port $(APP_PORT) --host $(HOST)

# The course site (strict: broken links, anchors or course data fail the build).
site: install
	$(BIN)/mkdocs build --strict --site-dir site

# An offline copy that opens from file:// and loads nothing from other hosts (no search).
site-offline: install
	$(BIN)/mkdocs build --strict -f mkdocs.offline.yml --site-dir site-offline

clean:
	rm -rf $(VENV) site site-offline .pytest_cache
