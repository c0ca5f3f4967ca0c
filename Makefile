# Klynge — the two set-up commands of the README, plus helpers.
#   make demo    build (release) and run the main job on the bundled default dataset
#   make test    run every test (what CI runs, before the Thread Sanitizer pass)
#   make bench   ratio table against NetworkX, igraph and NetworKit (installs them in Scripts/.venv)

SWIFT ?= swift
DEMO_DATASET ?= Datasets/norwegian-health-supercluster

.PHONY: demo test test-tsan bench fixtures datasets prerequisites

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
	@# Graphviz loads its plugins from the list config6a, written by libgvc6's install script; without it
	@# every layout fails ("Layout was not done"). Rewrite it if missing.
	@[ -s "$$(pkg-config --variable=libdir libgvc)/graphviz/config6a" ] || { echo "registering Graphviz plugins (libgvc6-config-update -c)"; \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO "$$(command -v libgvc6-config-update || echo /usr/sbin/libgvc6-config-update)" -c; }

demo: prerequisites
	$(SWIFT) build -c release --product klynge
	@echo "== $(DEMO_DATASET) (SYNTHETIC: memberships and projects are invented) =="
	.build/release/klynge validate $(DEMO_DATASET)
	.build/release/klynge stats $(DEMO_DATASET)
	@echo "== Brokers: the 15 members on most shortest paths between others =="
	.build/release/klynge centrality $(DEMO_DATASET) --measures betweenness,degree,pagerank,core --top 15

test: prerequisites
	$(SWIFT) test

test-tsan: prerequisites
	$(SWIFT) test --sanitize=thread

bench: prerequisites
	$(SWIFT) build -c release --product klynge-bench
	bash Scripts/bench/run.sh $(BENCH_ARGS)

# Regenerate the NetworkX reference fixtures (needs python3 with networkx).
fixtures:
	python3 Tests/KlyngeGraphTests/Fixtures/make_fixtures.py

# Rebuild Datasets/ from ../shared/data.
datasets:
	python3 Scripts/build_datasets.py
