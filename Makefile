# argmap: `make demo` builds and regenerates graphs/ from seeds/; `make test` runs every test.
# Both install libgraphviz-dev and pkg-config with apt-get first when they are missing.
SHELL := /bin/bash
SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
BIN := .build/release/argmap
SEEDS := $(wildcard seeds/*.txt)

.PHONY: deps build demo graphs test eval bench clean bench-ops bench-deps fuzz fuzz-build smoke

deps:
	@if ! pkg-config --exists libgvc 2>/dev/null; then \
	  echo "== installing libgraphviz-dev and pkg-config (apt-get)"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq libgraphviz-dev pkg-config >/dev/null; \
	fi
	@pkg-config --exists libgvc || { echo "libgvc not found after install"; exit 1; }

# The release argmap is linked with the Swift runtime built in (--static-swift-stdlib) and at a
# fixed address (-no-pie): it starts in about 3 ms instead of about 10 (no runtime libraries to
# load, no relocations to apply). `make bench` measures this same build.
RELEASE_LINK ?= --static-swift-stdlib -Xlinker -no-pie

build: deps
	$(SWIFT) build -c release $(RELEASE_LINK) --product argmap

# Regenerate graphs/NAME.{json,dot,svg} for every seeds/NAME.txt.
graphs: build
	@mkdir -p graphs
	@for f in $(SEEDS); do \
	  n=$$(basename $$f .txt); \
	  $(BIN) extract $$f -o graphs/$$n.json && \
	  $(BIN) render graphs/$$n.json -o graphs/$$n.dot && \
	  $(BIN) render graphs/$$n.json -o graphs/$$n.svg || exit 1; \
	  echo "graphs/$$n.{json,dot,svg}"; \
	done

demo: graphs
	@echo "== the seed's map: graphs/000_09d0b328bf90c93b.svg"
	@$(BIN) explain graphs/000_09d0b328bf90c93b.json | head -20

test: deps
	$(SWIFT) build --product argmap
	$(SWIFT) test

# score.py's table for every seed text with a gold map.
eval: build
	@python3 Tests/Fixtures/eval.py $(BIN)

# ---- ops: benchmarks and fuzzing (not part of `make test`) ----
OPS_SCRATCH ?= .build-ops
OPS_BENCH := $(OPS_SCRATCH)/release/argmap-ops-bench

# Benchmarks of extraction, end-to-end rendering, scale and memory, printed as a table.
# The argmap measured is linked with --static-swift-stdlib (OPS_LINK; empty for the default
# dynamic link): it starts about 7 ms faster. -no-pie links it at a fixed address: the
# loader then has no relocations to apply (83,000 in the static-stdlib binary) and fewer
# pages to copy on write, about 1 ms less per process.
OPS_LINK ?= $(RELEASE_LINK)
# The end-to-end section compares argmap with the `dot` program, which only the benchmark
# needs (Debian package graphviz; argmap itself links libgraphviz in-process).
bench-deps: deps
	@command -v dot >/dev/null || { echo "== installing graphviz (the dot program, for the benchmark's comparison)"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq graphviz >/dev/null; }

bench-ops: bench-deps
	$(SWIFT) build -c release --scratch-path $(OPS_SCRATCH)-argmap $(OPS_LINK) --product argmap
	$(SWIFT) build -c release --scratch-path $(OPS_SCRATCH) --product argmap-ops-bench
	$(OPS_BENCH) --argmap $(OPS_SCRATCH)-argmap/release/argmap --seeds seeds

bench: bench-ops

# libFuzzer targets (Fuzz/, a package of its own): each runs FUZZ_SECONDS; findings land in
# .build-fuzz/artifacts/. Corpora grow in .build-fuzz/corpus/TARGET.
FUZZ_SECONDS ?= 60
FUZZ_TARGETS := fuzz-extract fuzz-graph-json fuzz-render
FUZZ_BUILD := $(SWIFT) build --package-path Fuzz --scratch-path .build-fuzz -c debug -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library

fuzz-build: deps
	@for t in $(FUZZ_TARGETS); do $(FUZZ_BUILD) --product $$t 2>&1 | grep -v 'Cannot export local symbol' || exit 1; done

fuzz: fuzz-build
	@mkdir -p .build-fuzz/artifacts
	@for t in $(FUZZ_TARGETS); do \
	  mkdir -p .build-fuzz/corpus/$$t; \
	  case $$t in fuzz-extract) extra=seeds;; fuzz-graph-json) extra=graphs;; *) extra=;; esac; \
	  echo "== $$t for $(FUZZ_SECONDS) s"; \
	  ASAN_OPTIONS=detect_leaks=0 .build-fuzz/debug/$$t .build-fuzz/corpus/$$t Tests/Fixtures/fuzz/$$t $$extra \
	    -max_total_time=$(FUZZ_SECONDS) -max_len=16384 -timeout=30 -rss_limit_mb=4096 -print_final_stats=1 \
	    -artifact_prefix=.build-fuzz/artifacts/$$t- 2>&1 | grep -E '^#[0-9]+.*(DONE|pulse)|ERROR|SUMMARY|Test unit|stat::number_of_executed_units|stat::peak_rss' ; \
	done
	@ls .build-fuzz/artifacts 2>/dev/null | sed 's/^/finding: /' || true

# Crash hunt: `argmap extract` on random slices of the seeds (SMOKE_COUNT of them).
SMOKE_COUNT ?= 1000
smoke: build
	python3 Tests/smoke/slices.py $(BIN) $(SMOKE_COUNT)

clean:
	rm -rf .build

# Open the seed's HTML report in headless Chromium (installed with apt-get if missing): fails on
# console errors, a blank map or any network request; writes docs/report.png.
.PHONY: browser-check browser-check-debug
# CI uses the debug binary that `make test` has just built (a release build would double CI time).
browser-check-debug: deps
	ARGMAP_BIN=.build/debug/argmap Tests/browser/check.sh

browser-check: build
	ARGMAP_BIN=$(BIN) Tests/browser/check.sh
