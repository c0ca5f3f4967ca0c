# Klynge — the two set-up commands of the README, plus helpers.
#   make demo    build (release) and run the main job on the bundled default dataset
#   make test    run every test (what CI runs, before the Thread Sanitizer pass)
#   make bench   ratio table against NetworkX, igraph and NetworKit (installs them in Scripts/.venv)
#   make serve   build (release) and serve the default dataset in the browser (http://127.0.0.1:8080/)
#   make bench-serve  load on `klynge serve` with wrk (requests/s, latency, start-up, peak RSS)
#   make screenshots  the browser test's screenshots and the report's first page into Documentation/screenshots/
#   make fuzz    libFuzzer on the readers, the profile parser and the escapers (FUZZ_SECONDS each)
#   make scale   how each command grows with its input: measured points and fitted exponents (Documentation/Scale.md)
#   make docs    build the DocC catalogs of KlyngeGraph, KlyngeEcosystem and KlyngeMatching, warnings as errors

SWIFT ?= swift
DEMO_DATASET ?= Datasets/norwegian-health-supercluster

.PHONY: fuzz scale serve demo test test-tsan bench bench-serve screenshots fixtures datasets graphs prerequisites browser oracle format format-check docs

prerequisites:
	@command -v $(SWIFT) >/dev/null || { echo "Swift 6 toolchain not found (expected on this machine kind at /opt/swift)"; exit 1; }
	@# xmllint validates the GraphML and GEXF exports against their official schemas in the tests.
	@command -v xmllint >/dev/null || { echo "installing libxml2-utils (xmllint)"; \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq libxml2-utils >/dev/null; }
	@# The Graphviz C library renders maps in-process (KlyngeRender links libgvc, found through pkg-config).
	@{ command -v pkg-config >/dev/null && pkg-config --exists libgvc; } || { echo "installing pkg-config and libgraphviz-dev (Graphviz library)"; \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		for try in 1 2 3; do $$SUDO apt-get update -qq && break; echo "apt-get update failed, retrying"; sleep $$((try * 5)); done; \
		$$SUDO apt-get install -y -qq pkg-config libgraphviz-dev >/dev/null; }
	@# ZIPFoundation (Excel workbooks) links zlib, found through pkg-config.
	@pkg-config --exists zlib || { echo "installing zlib1g-dev (zlib, for reading and writing .xlsx)"; \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		for try in 1 2 3; do $$SUDO apt-get update -qq && break; sleep $$((try * 5)); done; \
		$$SUDO apt-get install -y -qq zlib1g-dev >/dev/null; }
	@# Graphviz loads its plugins from the list config6a, written by libgvc6's install script; without it
	@# every layout fails ("Layout was not done"). Rewrite it if missing.
	@[ -s "$$(pkg-config --variable=libdir libgvc)/graphviz/config6a" ] || { echo "registering Graphviz plugins (libgvc6-config-update -c)"; \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO "$$(command -v libgvc6-config-update || echo /usr/sbin/libgvc6-config-update)" -c; }

# Chromium (headless) checks in a test that the HTML report renders in a real browser and prints to A4
# (read back by poppler-utils' pdftotext); chromium-driver
# lets Selenium drive it in the tests of `klynge serve` (Scripts/server/browser_test.py).
browser:
	@missing=""; \
	{ command -v chromium >/dev/null || command -v chromium-browser >/dev/null; } || missing="chromium"; \
	command -v chromedriver >/dev/null || missing="$$missing chromium-driver"; \
	command -v pdftotext >/dev/null || missing="$$missing poppler-utils"; \
	[ -z "$$missing" ] || { echo "installing$${missing:+ }$$missing (headless browser and its WebDriver, for the browser tests)"; \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		for try in 1 2 3; do $$SUDO apt-get update -qq && break; sleep $$((try * 5)); done; \
		for try in 1 2 3; do $$SUDO apt-get install -y -qq $$missing >/dev/null && break; echo "apt-get install failed, retrying"; sleep $$((try * 5)); done; \
		command -v chromedriver >/dev/null || { echo "chromium-driver did not install"; exit 1; }; }

# openpyxl (in the venv Scripts/.venv, never the system python) reads the xlsx workbooks back in a
# test, as the oracle (Tests/KlyngeReportsTests/Fixtures/check_xlsx.py). Selenium drives Chromium and
# schemathesis checks the server's replies against its OpenAPI document (Scripts/server/, run by
# Tests/klyngeTests/Serve*Tests.swift). NetworkX reads the dynamic GEXF export back
# (Tests/KlyngeEcosystemTests/Fixtures/gexf/check_dynamic_gexf.py, run by DynamicGEXFTests).
# Pinned: versions that install from PyPI here and pass.
SELENIUM_VERSION ?= 4.50.0
SCHEMATHESIS_VERSION ?= 4.32.5
NETWORKX_VERSION ?= 3.6.1

oracle:
	@[ -x Scripts/.venv/bin/python ] || { echo "creating Scripts/.venv (python3 -m venv)"; python3 -m venv Scripts/.venv; }
	@Scripts/.venv/bin/python -c 'import openpyxl' 2>/dev/null || { echo "installing openpyxl into Scripts/.venv"; \
		for try in 1 2 3; do Scripts/.venv/bin/python -m pip install --quiet --disable-pip-version-check openpyxl && break; sleep $$((try * 5)); done; }
	@Scripts/.venv/bin/python -c 'import importlib.metadata as m, sys; \
		sys.exit(m.version("selenium") != "$(SELENIUM_VERSION)" or m.version("schemathesis") != "$(SCHEMATHESIS_VERSION)")' 2>/dev/null || \
		{ echo "installing selenium $(SELENIUM_VERSION) and schemathesis $(SCHEMATHESIS_VERSION) into Scripts/.venv"; \
		for try in 1 2 3; do Scripts/.venv/bin/python -m pip install --quiet --disable-pip-version-check \
			"selenium==$(SELENIUM_VERSION)" "schemathesis==$(SCHEMATHESIS_VERSION)" && break; sleep $$((try * 5)); done; \
		Scripts/.venv/bin/python -c 'import selenium, schemathesis' || { echo "selenium/schemathesis did not install"; exit 1; }; }
	@Scripts/.venv/bin/python -c 'import importlib.metadata as m, sys; sys.exit(m.version("networkx") != "$(NETWORKX_VERSION)")' 2>/dev/null || \
		{ echo "installing networkx $(NETWORKX_VERSION) into Scripts/.venv"; \
		for try in 1 2 3; do Scripts/.venv/bin/python -m pip install --quiet --disable-pip-version-check \
			"networkx==$(NETWORKX_VERSION)" && break; sleep $$((try * 5)); done; \
		Scripts/.venv/bin/python -c 'import networkx' || { echo "networkx did not install"; exit 1; }; }

DEMO_OUT ?= .build/demo
DEMO_REGISTER ?= example-register

demo: prerequisites
	$(SWIFT) build -c release --product klynge
	@mkdir -p $(DEMO_OUT)
	@echo "== $(DEMO_DATASET) (SYNTHETIC: memberships and projects are invented) =="
	.build/release/klynge validate $(DEMO_DATASET)
	.build/release/klynge stats $(DEMO_DATASET)
	@echo "== The 15 members on most shortest paths between others =="
	.build/release/klynge centrality $(DEMO_DATASET) --measures betweenness,degree,pagerank,core --top 15
	@echo "== Brokers between the four clusters (Gould–Fernandez roles, Burt's structural holes) =="
	.build/release/klynge brokers $(DEMO_DATASET) --top 10
	@echo "== The network year by year: active members, new ties and how many cross clusters, connectedness (klynge trends) =="
	.build/release/klynge trends $(DEMO_DATASET) --compare 2021 -o $(DEMO_OUT)/trends.html
	.build/release/klynge trends $(DEMO_DATASET) --from 2016 --to 2025 | sed -n '/^Year by year/,/^$$/p'
	@echo "== Municipalities to pilot a welfare-tech startup's fall-detection sensor (a newcomer in Vestland) =="
	@echo "   (How well newcomer matching did: in the cold-start evaluation on norway-h2020 the first suggested public partner was a real partner of a newcomer company's first project in 9.0 % of cases (2017 split), 1.7x the best simple rule; README, klynge evaluate --cold-start.)"
	.build/release/klynge match $(DEMO_DATASET) --profile "kind=company;topics=fall detection,welfare technology;county=Vestland" --kind municipality --top 5 --explain --map $(DEMO_OUT)/match.svg
	@echo "== The board report and the supercluster map =="
	.build/release/klynge report $(DEMO_DATASET) --format html -o $(DEMO_OUT)/report.html
	.build/release/klynge report $(DEMO_DATASET) --format md -o $(DEMO_OUT)/report.md
	.build/release/klynge report $(DEMO_DATASET) --lang nb --format html -o $(DEMO_OUT)/rapport.html
	.build/release/klynge map $(DEMO_DATASET) -o $(DEMO_OUT)/supercluster.svg
	.build/release/klynge map $(DEMO_DATASET) --kind brokers -o $(DEMO_OUT)/brokers.svg
	.build/release/klynge map $(DEMO_DATASET) -o $(DEMO_OUT)/map.html
	@sed -n '/## Key findings/,/^## Members by kind/p' $(DEMO_OUT)/report.md | sed '$$d'
	@echo "== A secretariat's own register (Datasets/$(DEMO_REGISTER), SYNTHETIC): Windows-1252 ';' CSV + an Excel projects sheet =="
	.build/release/klynge import --members Datasets/$(DEMO_REGISTER)/medlemmer.csv --projects Datasets/$(DEMO_REGISTER)/prosjekter.xlsx --force -o $(DEMO_OUT)/register
	@echo "== Municipalities for a fall-sensor startup in Vestland, asked in the register's own words =="
	.build/release/klynge match $(DEMO_OUT)/register --profile "kind=bedrift;topics=velferdsteknologi,fallsensor;county=Vestland" --kind kommune --top 5 --explain
	@echo "Open $(DEMO_OUT)/report.html (self-contained; $(DEMO_OUT)/rapport.html in bokmål), $(DEMO_OUT)/trends.html (a chart per measure), $(DEMO_OUT)/supercluster.svg and the interactive $(DEMO_OUT)/map.html in a browser."
	@echo "Klynge in the browser (the map, partner matching, brokers, the report): run 'make serve' and open http://127.0.0.1:$(SERVE_PORT)/"

# The web application on the default dataset: prints the address to open; Ctrl-C stops it.
SERVE_PORT ?= 8080
serve: prerequisites
	$(SWIFT) build -c release --product klynge
	.build/release/klynge serve $(DEMO_DATASET) --port $(SERVE_PORT)

test: prerequisites browser oracle
	$(SWIFT) test

# KLYNGE_SANITIZER=thread tells the tests that start `klynge serve` (Tests/klyngeTests/Serve*Tests.swift)
# that the server is instrumented, several times slower: they send fewer requests (see Scripts/server/).
test-tsan: prerequisites browser oracle
	KLYNGE_SANITIZER=thread $(SWIFT) test --sanitize=thread

bench: prerequisites
	$(SWIFT) build -c release --product klynge-bench
	bash Scripts/bench/run.sh $(BENCH_ARGS)

# How each command grows with its input (Documentation/Scale.md): release klynge on generated graphs of
# growing size, wall time and peak RSS under /usr/bin/time, exponents fitted on log-log. SCALE_ARGS=--quick
# for a smoke run.
scale: prerequisites oracle
	$(SWIFT) build -c release --product klynge
	@Scripts/.venv/bin/python -c 'import numpy' 2>/dev/null || { echo "installing numpy into Scripts/.venv"; \
		Scripts/.venv/bin/python -m pip install --quiet --disable-pip-version-check numpy; }
	Scripts/.venv/bin/python Scripts/bench/scale.py $(SCALE_ARGS)

# Load on `klynge serve` (release build): wrk -t2 -c16 -d30s --latency on /api/match (a newcomer query)
# on the default dataset and Datasets/norway-h2020: requests/s, p50/p90/p99, errors, start-up time,
# peak RSS. A benchmark, not a test (README, "Klynge in the browser").
bench-serve: prerequisites
	@command -v wrk >/dev/null || { echo "installing wrk (HTTP load generator)"; \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		for try in 1 2 3; do $$SUDO apt-get update -qq && break; sleep $$((try * 5)); done; \
		$$SUDO apt-get install -y -qq wrk >/dev/null; }
	$(SWIFT) build -c release --product klynge
	python3 Scripts/server/bench_serve.py $(BENCH_SERVE_ARGS)

# The browser test's screenshots (Tests/klyngeTests/ServeBrowserTests.swift writes them to
# $(SCREENSHOT_DIR) when it runs) copied into Documentation/screenshots/ for the README.
SCREENSHOT_DIR ?= $(shell python3 -c 'import tempfile; print(tempfile.gettempdir())')/klynge-screenshots

screenshots: prerequisites browser oracle
	$(SWIFT) build --product klynge
	KLYNGE_SCREENSHOTS=$(SCREENSHOT_DIR) $(SWIFT) test --filter ServeBrowserTests
	@mkdir -p Documentation/screenshots
	cp $(SCREENSHOT_DIR)/map.png $(SCREENSHOT_DIR)/match.png Documentation/screenshots/
	bash Scripts/report_first_page.sh
	@ls -l Documentation/screenshots/

# Regenerate the NetworkX reference fixtures (needs python3 with networkx).
fixtures:
	python3 Tests/KlyngeGraphTests/Fixtures/make_fixtures.py

# Regenerate the maps in Graphs/ (DOT + SVG, and the README's PNG).
graphs: prerequisites
	bash Scripts/graphs.sh

# Rebuild Datasets/ from ../shared/data.
datasets:
	python3 Scripts/build_datasets.py

# Apply the project's formatting (.swift-format) to every Swift file, and check it (CI runs the check).
format:
	$(SWIFT) format format --in-place --parallel --recursive Package.swift Sources Tests

format-check:
	bash Scripts/format-check.sh

# The DocC catalogs (Sources/<Module>/<Module>.docc) and every doc comment of the three library
# modules, built by swift-docc-plugin with warnings as errors: a symbol link that no longer
# resolves or an undocumented parameter fails the build. Archives in .build/plugins/Swift-DocC/outputs/.
DOC_TARGETS ?= KlyngeGraph KlyngeEcosystem KlyngeMatching

docs:
	$(SWIFT) package --disable-sandbox generate-documentation $(foreach t,$(DOC_TARGETS),--target $(t)) --warnings-as-errors

# libFuzzer (swiftc -sanitize=fuzzer,address, linked by lld, in its own build folder .build-fuzz) on each target of
# Sources/klynge-fuzz for FUZZ_SECONDS (or FUZZ_RUNS inputs when set): new inputs go to .build-fuzz/corpus/TARGET
# (seeded from Tests/Fuzz/corpus/TARGET), a crashing input to .build-fuzz/findings/. Copy a finding into
# Tests/Fuzz/corpus/TARGET/ once fixed: FuzzCorpusTests replays that folder in every test run.
# FUZZ_CONFIG=release builds with -c release in .build-fuzz-release (same sanitizers; 3-10x the inputs per second).
FUZZ_SECONDS ?= 30
FUZZ_RUNS ?=
FUZZ_TIMEOUT ?= 1
FUZZ_CONFIG ?= debug
FUZZ_TARGETS ?= members projects participations relations edgelist groups profile escape xlsx
FUZZ_SCRATCH = .build-fuzz$(if $(filter release,$(FUZZ_CONFIG)),-release,)
FUZZ_LIMIT = $(if $(FUZZ_RUNS),-runs=$(FUZZ_RUNS),-max_total_time=$(FUZZ_SECONDS))

fuzz: prerequisites
	$(SWIFT) build -c $(FUZZ_CONFIG) --scratch-path $(FUZZ_SCRATCH) -Xswiftc -sanitize=fuzzer,address -Xswiftc -DKLYNGE_FUZZ -Xswiftc -use-ld=lld --product klynge-fuzz
	@rm -rf .build-fuzz/findings.new && mkdir -p .build-fuzz/findings .build-fuzz/findings.new
	@for t in $(FUZZ_TARGETS); do \
		mkdir -p .build-fuzz/corpus/$$t; \
		echo "== $$t ($(FUZZ_LIMIT))"; \
		LSAN_OPTIONS=suppressions=$(CURDIR)/Tests/Fuzz/lsan.supp:print_suppressions=0 \
		KLYNGE_FUZZ_TARGET=$$t $(FUZZ_SCRATCH)/$(FUZZ_CONFIG)/klynge-fuzz $(FUZZ_LIMIT) -timeout=$(FUZZ_TIMEOUT) -max_len=4096 -print_final_stats=1 \
			-artifact_prefix=.build-fuzz/findings.new/$$t- .build-fuzz/corpus/$$t Tests/Fuzz/corpus/$$t 2>&1 \
			| grep -E "^(#[0-9]+[[:space:]]+DONE|stat::number_of_executed_units|stat::new_units_added|==[0-9]+==ERROR|SUMMARY|Fatal error|artifact_prefix|Test unit written)" || true; \
	done
	@found=$$(ls .build-fuzz/findings.new); mv .build-fuzz/findings.new/* .build-fuzz/findings/ 2>/dev/null || true; \
		if [ -n "$$found" ]; then echo "$$found" | sed 's/^/finding: /'; \
		echo "make fuzz: inputs above crashed, hung or leaked (in .build-fuzz/findings/)"; exit 1; fi
