# Belgium – United States infographic.
#   make run    install what is needed, build, and serve on ADDR (default 127.0.0.1:8080)
#   make export the site as static files in dist/, for any static host or CDN
#               (PREFIX=/infographic/ make export to serve it under that path)
#   make test   every check: data (before anything regenerates it), vet (both targets), staticcheck,
#               size budgets, Go tests, then the browser tests (make e2e)

SHELL   := /bin/bash
GO      ?= go
ADDR    ?= 127.0.0.1:8080
VERSION ?= $(shell git describe --always --dirty 2>/dev/null || echo dev)
JS      := web/js
STATIC  := web/static
LIGHTHOUSE := devtools/lighthouse
VITALS  := devtools/bench/vitals
AXE     := devtools/e2e/axe
OEMBED  := devtools/e2e/oembed
LDFLAGS := -s -w -X main.version=$(VERSION)
# The packages that go into app.wasm, checked as built for the browser.
WASM_PKGS := ./app/... ./cmd/site ./data/... ./web/...

.PHONY: run export loadtest attack fuzz nginx build wasm generate js compress size deps browser check-data vet staticcheck test unit e2e bench soak lighthouse screenshots clean wasm-size

run: build
	ADDR=$(ADDR) ./bin/site

# The static export: every page and file of the site, with nginx.conf and
# _headers beside them. PREFIX, PUBLIC_URL and FRAME_ANCESTORS apply.
export: build
	rm -rf dist
	./bin/site -export dist

build: deps wasm js compress
	$(GO) build -trimpath -ldflags '$(LDFLAGS)' -o bin/site ./cmd/site

# The facts compiled into app.wasm, written from the data files.
generate:
	$(GO) run ./cmd/checkdata -write -quiet

wasm: generate
	GOOS=js GOARCH=wasm $(GO) build -trimpath -ldflags '-s -w' -o $(STATIC)/app.wasm ./cmd/site

# Brotli and gzip copies of the assets, made once here rather than per request.
compress: wasm js
	$(GO) run ./cmd/compress $(STATIC)

# What each module and package costs in app.wasm: the real size from the
# stripped build, the split from the same build with its function names.
wasm-size: compress
	GOOS=js GOARCH=wasm $(GO) build -trimpath -o bin/app.debug.wasm ./cmd/site
	$(GO) run ./devtools/cmd/wasmsize -wasm $(STATIC)/app.wasm -debug bin/app.debug.wasm

# The page's scripts (web/js), built by esbuild into web/static.
js: $(JS)/node_modules/.package-lock.json
	cd $(JS) && npm run --silent build

$(JS)/node_modules/.package-lock.json: $(JS)/package.json $(JS)/package-lock.json
	cd $(JS) && npm ci --ignore-scripts --no-audit --no-fund

deps:
	$(GO) mod download

# The browser tests drive Debian's Chromium; install it where it is missing.
browser:
	@command -v chromium >/dev/null || { apt-get update && apt-get install -y chromium; }

check-data:
	$(GO) run ./cmd/checkdata

# The product (./...) and its tools (./devtools/..., a module of their own,
# which go.work joins to the product's) are checked alike.
vet:
	$(GO) vet ./... ./devtools/...
	$(GO) vet -tags e2e ./devtools/e2e
	GOOS=js GOARCH=wasm $(GO) vet $(WASM_PKGS)

# staticcheck is pinned as a tool in devtools/go.mod; built once for this
# machine, it then checks the code as built for both targets.
staticcheck:
	$(GO) build -o bin/staticcheck honnef.co/go/tools/cmd/staticcheck
	./bin/staticcheck ./... ./devtools/...
	./bin/staticcheck -tags e2e ./devtools/e2e
	GOOS=js GOARCH=wasm ./bin/staticcheck $(WASM_PKGS)

# check-data runs first: it fails when the committed data/builtin.go is not
# that of the data files, which the build would otherwise rewrite.
test: check-data
	$(MAKE) build browser nginx
	$(MAKE) vet staticcheck size unit e2e

# The unit tests: no browser and no build needed; then, with the race
# detector, the tests of what runs concurrently (connections, answers,
# HTTP/2 streams, drawings).
RACE_TESTS := Conns|Paced|HTTP2|ServeLarge|AtOnce|SlowReaders
unit:
	$(GO) test -count=1 ./... ./devtools/...
	$(GO) test -race -count=1 -run '$(RACE_TESTS)' ./internal/...

# The browser tests, in Chromium, against the built site, with axe-core
# (pinned in $(AXE)/package-lock.json) for the accessibility sweep and an
# oEmbed consumer library (pinned in $(OEMBED)/package-lock.json); with
# them, the export served by Debian's nginx.
e2e: build browser nginx $(AXE)/node_modules/.package-lock.json $(OEMBED)/node_modules/.package-lock.json
	$(GO) test -count=1 -tags e2e -timeout 30m ./devtools/e2e

$(AXE)/node_modules/.package-lock.json: $(AXE)/package.json $(AXE)/package-lock.json
	cd $(AXE) && npm ci --ignore-scripts --no-audit --no-fund

$(OEMBED)/node_modules/.package-lock.json: $(OEMBED)/package.json $(OEMBED)/package-lock.json
	cd $(OEMBED) && npm ci --ignore-scripts --no-audit --no-fund

# The size budgets of the first view, as served; fails when one is exceeded.
size: build
	$(GO) run ./devtools/cmd/size

# The Go benchmarks, then the page loads in Chromium: phone and desktop,
# cold and repeat, and a host page with embeds, beside their targets. The
# paints and layout shift come from web-vitals, pinned in $(VITALS).
bench: build browser $(VITALS)/node_modules/.package-lock.json
	$(GO) test -run '^$$' -bench . -benchmem ./...
	$(GO) run ./devtools/cmd/bench -site bin/site -vitals-dir $(VITALS)

$(VITALS)/node_modules/.package-lock.json: $(VITALS)/package.json $(VITALS)/package-lock.json
	cd $(VITALS) && npm ci --ignore-scripts --no-audit --no-fund

# The presentation through 500 slide changes: heap, ECharts instances,
# listeners and DOM nodes stay within 5 % (not part of make test).
soak: build browser
	$(GO) run ./devtools/cmd/soak -site bin/site

# Lighthouse, run by Lighthouse CI (@lhci/cli, pinned in
# $(LIGHTHOUSE)/package-lock.json, its settings in lighthouserc.json)
# against the built site, and with REFERENCE=folder against the page in
# that folder too, in turns, side by side.
lighthouse: build browser nginx $(LIGHTHOUSE)/node_modules/.package-lock.json
	$(GO) run ./devtools/cmd/lighthouse -site bin/site -dir $(LIGHTHOUSE) $(if $(REFERENCE),-reference $(REFERENCE))

$(LIGHTHOUSE)/node_modules/.package-lock.json: $(LIGHTHOUSE)/package.json $(LIGHTHOUSE)/package-lock.json
	cd $(LIGHTHOUSE) && npm ci --ignore-scripts --no-audit --no-fund

# The product against nginx serving the static export, under the same
# load from vegeta (pinned as a tool in devtools/go.mod); not part of make
# test.
loadtest: build nginx
	$(GO) build -o bin/vegeta github.com/tsenart/vegeta/v12
	$(GO) run ./devtools/cmd/loadtest -site bin/site -vegeta bin/vegeta

# The product and nginx (serving the export) under hostile clients: stalled
# HTTP/2 streams over TLS, then clients that never read; health checks and
# peak memory of both. Not part of make test.
attack: build nginx
	$(GO) run ./devtools/cmd/attack -attack h2stall
	$(GO) run ./devtools/cmd/attack -attack slowread

# Debian's nginx with its brotli module, for the export's tests and the
# load test; installed where it is missing.
nginx:
	@command -v nginx >/dev/null && test -e /usr/lib/nginx/modules/ngx_http_brotli_static_module.so || \
		{ apt-get update && apt-get install -y nginx-light libnginx-mod-http-brotli-static; }

# Every fuzz target for FUZZTIME; an input that fails is kept in the
# package's testdata/fuzz, where go test then runs it every time. A new
# input is minimised ten tries at most, so that a large seed does not
# take the target's whole time; each target prints how many inputs it
# ran, and fails under FUZZMIN.
FUZZTIME ?= 60s
FUZZMIN ?= 1000
fuzz:
	@set -e; for pkg in $$($(GO) list ./... ./devtools/...); do \
		for target in $$($(GO) test -list '^Fuzz' $$pkg | grep '^Fuzz'); do \
			out=$$($(GO) test -run '^$$' -fuzz "^$$target$$" -fuzztime $(FUZZTIME) -fuzzminimizetime 10x $$pkg 2>&1) || { echo "$$out"; exit 1; }; \
			execs=$$(echo "$$out" | grep -o 'execs: [0-9]*' | tail -1 | grep -o '[0-9]*$$'); \
			echo "$$pkg $$target: $${execs:-0} inputs in $(FUZZTIME)"; \
			test "$${execs:-0}" -ge $(FUZZMIN) || { echo "$$target ran fewer than $(FUZZMIN) inputs"; exit 1; }; \
		done; \
	done

screenshots: build browser
	$(GO) run ./devtools/cmd/screenshots -out screenshots
	$(GO) run ./devtools/cmd/screenshots -out screenshots -embeds
	$(GO) run ./devtools/cmd/screenshots -out screenshots -present

clean:
	rm -rf bin dist screenshots $(STATIC)/app.wasm $(STATIC)/*.js $(STATIC)/*.br $(STATIC)/*.gz $(JS)/node_modules $(LIGHTHOUSE)/node_modules $(VITALS)/node_modules $(AXE)/node_modules $(OEMBED)/node_modules
