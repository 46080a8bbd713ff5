# argmap: `make demo` builds and regenerates graphs/ from seeds/; `make test` runs every test.
# Both install libgraphviz-dev and pkg-config with apt-get first when they are missing.
SHELL := /bin/bash
SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
BIN := .build/release/argmap
SEEDS := $(wildcard seeds/*.txt)

.PHONY: deps build demo graphs test eval bench clean

deps:
	@if ! pkg-config --exists libgvc 2>/dev/null; then \
	  echo "== installing libgraphviz-dev and pkg-config (apt-get)"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq libgraphviz-dev pkg-config >/dev/null; \
	fi
	@pkg-config --exists libgvc || { echo "libgvc not found after install"; exit 1; }

build: deps
	$(SWIFT) build -c release --product argmap

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

clean:
	rm -rf .build

# Open the seed's HTML report in headless Chromium (installed with apt-get if missing): fails on
# console errors, a blank map or any network request; writes docs/report.png.
.PHONY: browser-check
browser-check: build
	ARGMAP_BIN=$(BIN) Tests/browser/check.sh
