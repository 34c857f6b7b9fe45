# Gevinstverksted. `make serve` and `make test` set up what they need on a fresh machine.
SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
export PATH := $(HOME)/.cargo/bin:$(CURDIR)/node_modules/.bin:$(PATH)

.PHONY: bench screenshots serve build test setup setup-test test-native test-wasm test-e2e test-webkit test-firefox clean

## serve: install what is missing, then serve the app on http://127.0.0.1:8080
serve: setup
	trunk serve --offline

## build: release bundle in dist/ for any static host
build: setup
	trunk build --release --offline

## test: native tests, wasm tests in headless Chromium, Playwright e2e against a release build,
## then the same user flows in WebKit and Firefox (tests/engines)
test:
	scripts/test.sh

setup:
	scripts/setup.sh build

setup-test:
	scripts/setup.sh test

test-native:
	scripts/test.sh native

test-wasm:
	scripts/test.sh wasm

test-e2e:
	scripts/test.sh e2e

## test-webkit / test-firefox: the engine suites alone (build dist/ first if it is missing)
test-webkit:
	scripts/test.sh webkit

test-firefox:
	scripts/test.sh firefox

clean:
	cargo clean
	rm -rf dist test-results playwright-report

## screenshots: phone and desktop screenshots of every screen into docs/screenshots/
screenshots: build
	node scripts/screenshots.mjs

## bench: size and speed against the budgets; rewrites docs/benchmarks.md and .json (not part of make test)
bench: setup-test
	cd bench/lighthouse && npm ci --silent
	trunk build --release --offline
	cd bench/empty-app && trunk build --release --offline
	node scripts/bench-data.mjs
	cargo test --release --test merge_cost -- --ignored --nocapture
	node scripts/bench.mjs
