# One entry point for the project. On a fresh machine, `make serve` and `make test`
# do all the set-up: a virtual environment in .venv with the pinned requirements.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
ADDR   ?= 127.0.0.1:8000
CHROMIUM := /usr/bin/chromium
PDFTOTEXT := /usr/bin/pdftotext
JAVA := /usr/bin/java
VNU := tests/vnu/node_modules/vnu-jar/build/dist/vnu.jar
LIGHTHOUSE := bench/lighthouse/node_modules/.bin/lighthouse
LIGHTHOUSE_RUNS ?= 3

# Material prints an end-of-life notice on every build, and newer plugin releases print ProperDocs'
# notice; silence both so real warnings stand out.
export NO_MKDOCS_2_WARNING := 1
export DISABLE_MKDOCS_2_WARNING := true
export PIP_DISABLE_PIP_VERSION_CHECK := 1
# Python's default: keep compiled bytecode of macros/ (in __pycache__/, ignored by git) instead of
# compiling it again at every build, as happens where the environment sets PYTHONDONTWRITEBYTECODE.
unexport PYTHONDONTWRITEBYTECODE

.PHONY: help serve build check lint test test-unit test-content bench profile pdf search-quality links release draft lock clean \
  apply-report forms reminders kota-baru perbarui-mesin

help:
	@echo "make serve   bangun dan sajikan situs di http://$(ADDR) (memuat ulang saat berkas berubah)"
	@echo "make test    seluruh pengujian"
	@echo "make test-unit  pengujian unit saja (tanpa build MkDocs dan peramban), kurang dari 20 detik"
	@echo "make test-content  aturan isi masterplan: bab dan data lengkap, konsisten, sesuai gaya bahasa"
	@echo "make build   bangun situs (mode ketat) ke site/"
	@echo "make check   periksa data, front matter dan makro halaman, cepat"
	@echo "make bench   ukur waktu build dan biaya lapisan makro (1x, 10x, 100x program), bobot dan Lighthouse per jenis halaman, dan sasarannya"
	@echo "make kota-baru TUJUAN=folder  situs masterplan daerah baru dari mesin ini (copier bertanya)"
	@echo "make perbarui-mesin  ambil mesin terbaru ke situs daerah ini; bab dan data tidak disentuh"
	@echo "make profile  di mana satu build menghabiskan waktunya (pyinstrument): bench/profile.html"
	@echo "make lint    periksa kode Python, alur kerja GitHub, Dependabot dan CITATION.cff"
	@echo "make release VERSION=1.0   bekukan versi 1.0 di cabang gh-pages dan pindahkan alias latest"
	@echo "make draft    terbitkan draf hidup (versi draf) di cabang gh-pages"
	@echo "make links  catat semua alamat dan anchor situs ke data/tautan-terbit.yml"
	@echo "make lock   buat ulang kunci paket (requirements*.txt, dengan hash) dari pyproject.toml"
	@echo "make apply-report ISSUE=berkas.md   terapkan isi issue Laporan capaian program ke data program"
	@echo "make forms  tulis ulang pilihan formulir Laporan capaian program dari data/"
	@echo "make reminders  tampilkan pengingat bulanan per OPD pelaksana (issue yang akan dibuka, diperbarui, ditutup)"

# Stamps: reinstall only when a lock changes. The locks (made by `make lock`) pin every package
# with the hashes of its files: pip refuses any file whose hash is not there, and installs nothing
# that is not in the lock. requirements-test.txt holds the site build too, at the same versions.
# With --no-deps pip no longer sees a dependency that a lock lacks; `pip check` does (it prints one
# line, since --quiet would hide what is missing).
$(VENV)/.site: requirements.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --require-hashes --no-deps -r requirements.txt
	$(BIN)/python -m pip check
	touch $@

$(VENV)/.test: requirements-test.txt $(VENV)/.site
	$(BIN)/python -m pip install --quiet --require-hashes --no-deps -r requirements-test.txt
	$(BIN)/python -m pip check
	touch $@

# The locks, from the direct dependencies in pyproject.toml: [project] dependencies for the site
# (requirements.txt), plus the `test` extra for the tests (requirements-test.txt, constrained by
# requirements.txt so that the packages both locks hold keep the site lock's versions). pip-tools
# (pinned here) runs in a throwaway environment, since nothing else needs it; it reads [project] from
# pyproject.toml as written, so the project itself is never built nor installed, and the locks name
# its dependencies only. Pins already in a lock are kept; bump a direct dependency in
# pyproject.toml, a transitive one with UPGRADE=name.
# Made with Python 3.11, the oldest supported and CI's: a lock made on a newer Python can leave
# out a package that only 3.11 needs.
PIP_TOOLS := pip-tools==7.6.2
PIP_COMPILE := --quiet --generate-hashes --allow-unsafe --strip-extras --no-emit-index-url \
  --no-emit-find-links $(foreach name,$(UPGRADE),--upgrade-package $(name))
lock:
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))' || \
	  { echo "make lock memerlukan Python 3.11: make lock PYTHON=python3.11"; exit 2; }
	set -e; tmp=$$(mktemp -d); trap 'rm -rf "$$tmp"' EXIT; \
	  $(PYTHON) -m venv "$$tmp"; \
	  "$$tmp/bin/python" -m pip install --quiet $(PIP_TOOLS); \
	  export CUSTOM_COMPILE_COMMAND="make lock"; \
	  "$$tmp/bin/pip-compile" $(PIP_COMPILE) --output-file requirements.txt pyproject.toml; \
	  "$$tmp/bin/pip-compile" $(PIP_COMPILE) --extra test --constraint requirements.txt \
	    --output-file requirements-test.txt pyproject.toml

# SITE_URL: serve at the root of $(ADDR), whatever path the published site_url has.
serve: $(VENV)/.site
	SITE_URL=http://$(ADDR)/ $(BIN)/mkdocs serve --dev-addr $(ADDR)

build: $(VENV)/.site
	$(BIN)/mkdocs build --strict

check: $(VENV)/.site
	$(BIN)/python -m macros.publish.check

lint: $(VENV)/.test
	$(BIN)/ruff check .
	$(BIN)/zizmor --offline --strict-collection .github/workflows .github/dependabot.yml
	$(BIN)/check-jsonschema --builtin-schema vendor.github-workflows .github/workflows/*.yml
	$(BIN)/check-jsonschema --builtin-schema vendor.dependabot .github/dependabot.yml
	$(BIN)/check-jsonschema --builtin-schema vendor.citation-file-format CITATION.cff

# Browser tests and the PDF drive Debian's Chromium (Playwright's own browser download does not
# work here); the PDF test reads the PDF with poppler's pdftotext; the W3C HTML checker runs on Java.
$(CHROMIUM) $(PDFTOTEXT) $(JAVA):
	@if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	  $$SUDO apt-get update -q && $$SUDO apt-get install -y -q chromium poppler-utils default-jre-headless

# The W3C Nu HTML Checker (vnu.jar) from the npm registry, exactly as tests/vnu/package-lock.json
# pins it (with its hash). Its install script, which would download a Java runtime, is not run.
$(VNU): tests/vnu/package-lock.json
	cd tests/vnu && npm ci --ignore-scripts --no-audit --no-fund --silent
	touch $@

# Lighthouse for `make bench`, exactly as bench/lighthouse/package-lock.json pins it (with its hashes);
# 12.x, since 13 needs Node 22. No install script is run (its packages have none today).
$(LIGHTHOUSE): bench/lighthouse/package-lock.json
	cd bench/lighthouse && npm ci --ignore-scripts --no-audit --no-fund --silent
	touch $@

# pytest's settings (tests/ and the examples in macros/' docstrings, every warning an error, the
# tiers' markers) are in pyproject.toml. A test's tier is its folder (tests/conftest.py): unit tests
# everywhere but tests/builds/ (build), tests/slow/ (slow) and tests/content/ (content).
test: $(VENV)/.test $(CHROMIUM) $(PDFTOTEXT) $(JAVA) $(VNU)
	$(BIN)/python -m pytest

# The fast tier: unit tests on small fixture data and the project's files, no MkDocs build, no browser.
test-unit: $(VENV)/.test
	$(BIN)/python -m pytest -m unit

# The rules of the live masterplan (tests/content/): its chapters and data complete and consistent,
# its Indonesian as CONTRIBUTING.md asks. Rules of this city's text, not of the engine, which names
# no city: they are tests, not part of `make check`.
test-content: $(VENV)/.test
	$(BIN)/python -m pytest -m content

# Build speed and scale: synthetic masterplans at 1x, 10x, 100x the programmes and 10x the chapters;
# then page weight and Lighthouse figures per page type of the real site (median of LIGHTHOUSE_RUNS).
bench: $(VENV)/.site $(CHROMIUM) $(LIGHTHOUSE)
	$(BIN)/python bench/run.py
	$(BIN)/python bench/lighthouse.py --runs $(LIGHTHOUSE_RUNS)

# Where one build of the real site spends its time (pyinstrument): bench/profile.html
profile: $(VENV)/.test
	$(BIN)/python -m pyinstrument --renderer html --outfile bench/profile.html -m mkdocs build --strict
	@echo "Profil: bench/profile.html"

# The whole masterplan as one PDF, printed by headless Chromium: site/<berkas_pdf of data/masterplan.yml>
pdf: $(VENV)/.test $(CHROMIUM)
	MASTERPLAN_PDF=true $(BIN)/mkdocs build --strict

# Search quality: the committed query set through the real search box; prints hit rate at 5.
search-quality: build $(VENV)/.test $(CHROMIUM)
	$(BIN)/python tests/search_eval.py site

# Releases: mike builds (strict, from mkdocs.yml, with the PDF) and commits to the local gh-pages branch.
release: $(VENV)/.test $(CHROMIUM)
	@test -n "$(VERSION)" || { echo "Pakai: make release VERSION=1.0"; exit 2; }
	MASTERPLAN_PDF=true PATH="$(CURDIR)/$(BIN):$$PATH" $(BIN)/python -m macros.publish.release $(VERSION)

draft: $(VENV)/.test $(CHROMIUM)
	MASTERPLAN_PDF=true PATH="$(CURDIR)/$(BIN):$$PATH" $(BIN)/python -m macros.publish.release draf

links: build
	$(BIN)/python -m macros.publish.link_registry perbarui site

# The monitoring loop (macros/monitor/): a report from the issue form into its programme's YAML (the
# workflow laporan.yml runs it too; SUMMARY=file.md also writes the outcome as Markdown), and the form's
# dropdowns written from the data.
apply-report: $(VENV)/.site
	@test -n "$(ISSUE)" || { echo "Pakai: make apply-report ISSUE=berkas.md"; exit 2; }
	$(BIN)/python -m macros.monitor.apply_report "$(ISSUE)" $(if $(SUMMARY),--summary "$(SUMMARY)")

forms: $(VENV)/.site
	$(BIN)/python -m macros.monitor.form

# The monthly reminders, per lead agency, without a token: ISSUES=open.json (gh issue list --json
# number,body) says which reminder issues are open; ACTIONS=folder writes the decisions for the
# workflow pengingat.yml.
reminders: $(VENV)/.site
	$(BIN)/python -m macros.monitor.reminders $(if $(ISSUES),--issues "$(ISSUES)") $(if $(ACTIONS),--actions "$(ACTIONS)")

clean:
	rm -rf site .pytest_cache

# A new city's masterplan site from this engine (copier.yml), in TUJUAN: copier asks the questions.
# `make kota-baru TUJUAN=../masterplan-kota-x [SUMBER=https://github.com/<org>/<engine>]`: the city
# takes its engine updates from SUMBER later, so give the engine's public address where it has one.
SUMBER ?= $(CURDIR)
kota-baru: $(VENV)/.test
	@test -n "$(TUJUAN)" || { echo "tulis folder tujuannya: make kota-baru TUJUAN=../masterplan-kota-x"; exit 2; }
	@test -z "$$(git status --porcelain)" || { echo "commit dulu perubahan di repositori mesin ini: situs baru dibuat dari commit"; exit 2; }
	$(BIN)/copier copy --trust --vcs-ref HEAD $(COPIER_ARGS) "$(SUMBER)" "$(TUJUAN)"

# The engine's newest commit (or REF) into this city (.copier-answers.yml says where it came from);
# chapters and data stay as they are. Then `make check`; CHANGELOG.md says what changed. HEAD, not
# copier's newest tag: the engine repository's tags are its own document's versions.
REF ?= HEAD
perbarui-mesin: $(VENV)/.test
	@test -f .copier-answers.yml || { echo "situs ini tidak dibuat dengan make kota-baru"; exit 2; }
	$(BIN)/copier update --trust --skip-answered --vcs-ref $(REF) $(COPIER_ARGS)
