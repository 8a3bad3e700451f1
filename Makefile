# hague: make run serves the API with the seed loaded; make test runs every test.
GO      ?= go
VERSION ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
LDFLAGS := -X main.version=$(VERSION)
WORLD_COUNTRIES ?= world-countries@5.1.0

.PHONY: run build test bench eval lint countries

## run: serve GraphQL + GraphiQL on 127.0.0.1:8080 (bolt:./hague.db, seeded when empty)
run:
	$(GO) run -ldflags "$(LDFLAGS)" ./cmd/hague serve

## build: build bin/hague with the version stamped
build:
	$(GO) build -ldflags "$(LDFLAGS)" -o bin/hague ./cmd/hague

## test: every test of every package (TESTFLAGS=-v for every test's name)
test:
	$(GO) test $(TESTFLAGS) ./...

## bench: every benchmark, no tests
bench:
	$(GO) test -run '^$$' -bench . -benchmem ./...

## eval: precision and recall of the extractor on the dev set (per article with -v), and the
## held-out sets' totals only: their articles are never read, so that they measure unseen text
eval:
	$(GO) test -count=1 ./loaders -run 'TestDevSet$$' -v -args -eval
	cd loaders && $(GO) test -count=1 -run 'TestHeldOut[67]$$' -args -eval

## countries: regenerate seed/countries.json from the npm package world-countries
countries:
	tmp=$$(mktemp -d) && \
	npm install --no-save --no-audit --no-fund --prefix "$$tmp" $(WORLD_COUNTRIES) >/dev/null && \
	node seed/gencountries.mjs "$$tmp/node_modules/world-countries/countries.json" > seed/countries.json && \
	rm -rf "$$tmp"

## lint: go vet and a gofmt check
lint:
	$(GO) vet ./...
	@out=$$(gofmt -l $$(git ls-files '*.go')); if [ -n "$$out" ]; then echo "gofmt -w needed:"; echo "$$out"; exit 1; fi
