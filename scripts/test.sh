#!/usr/bin/env bash
# Runs every test layer and ends with one summary line. Exit status is non-zero if any failed.
#   scripts/test.sh          setup, then lint, native, wasm, e2e, webkit and firefox
#   scripts/test.sh native   one layer (also: lint, wasm, e2e, webkit, firefox)
set -uo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner
export WASM_BINDGEN_TEST_TIMEOUT="${WASM_BINDGEN_TEST_TIMEOUT:-120}"
# Incremental caches only help repeated local builds; in CI they only fill the disk.
if [ -n "${CI:-}" ]; then export CARGO_INCREMENTAL=0; fi

# Disk and memory, so a build that dies for want of either says so in the log.
resources() { df -h . | tail -1 | awk '{print "disk: " $4 " free of " $2}'; free -m | awk '/^Mem:/ {print "memory: " $7 " MB available"}'; }

results=()
failed=0
start_all=$SECONDS

step() {
  local name=$1; shift
  local start=$SECONDS
  printf '\n\033[1m== %s\033[0m\n' "$name"
  if "$@"; then
    results+=("$name ok ($((SECONDS - start))s)")
  else
    results+=("$name FAILED ($((SECONDS - start))s)")
    failed=1
    resources
  fi
}

lint() {
  cargo fmt --check &&
    cargo clippy --all-targets --quiet -- -D warnings &&
    cargo clippy --all-targets --features schema --quiet -- -D warnings &&
    cargo clippy --target wasm32-unknown-unknown --all-targets --quiet -- -D warnings &&
    # The API docs build without a broken link or stray HTML tag.
    RUSTDOCFLAGS="-D warnings" cargo doc --no-deps --quiet
}
native() {
  cargo test --quiet &&
    # The committed JSON Schema (docs/schema/) must match the Rust types.
    cargo test --quiet --features schema --test schema &&
    # ... and describe the committed fixtures, merge metadata included (Ajv).
    node --test tests/schema/fixtures.test.mjs
}
wasm() { cargo test --target wasm32-unknown-unknown --test store_browser --test keyed_state; }
# The size check's and Playwright's output are kept in target/e2e.log so the summary can name
# what failed: CI shows only the end of the log.
e2e() {
  mkdir -p target && : > target/e2e.log
  if ! trunk build --release --offline; then echo "the release build failed" >> target/e2e.log; return 1; fi
  { node scripts/size-check.mjs dist && npx playwright test; } 2>&1 | tee target/e2e.log
  return "${PIPESTATUS[0]}"
}
# The failing tests' titles and first error lines, from the log; if none are named (the build
# or the size check failed), the log's last lines.
e2e_failures() {
  [ -s target/e2e.log ] || return 0
  grep -E '^\s+[0-9]+\) |✘|^\s+Error: |Timeout|toHave|toBe|size-check: FAILED' target/e2e.log | head -40 |
    sed 's/^/    /' | grep . || tail -8 target/e2e.log | sed 's/^/    /'
}
# The engine suites (tests/engines) run on the release build e2e made; alone, they build it if
# dist/ is missing. Each browser gets a fresh profile per flow; WebKit runs under its own Xvfb.
dist_ready() { [ -f dist/index.html ] && [ -f dist/sw.js ] || trunk build --release --offline; }
webkit() { dist_ready && node --test --test-concurrency=1 tests/engines/webkit.test.mjs; }
firefox() { dist_ready && node --test --test-concurrency=1 tests/engines/firefox.test.mjs; }

resources
layers=("$@")
if [ ${#layers[@]} -eq 0 ]; then
  if ! scripts/setup.sh test; then
    echo "make test: FAILED in setup" >&2
    exit 1
  fi
  layers=(lint native wasm e2e webkit firefox)
fi
for layer in "${layers[@]}"; do
  case "$layer" in
    lint) step "lint (rustfmt, clippy)" lint ;;
    native) step "native tests (cargo test)" native ;;
    wasm) step "wasm tests (wasm-bindgen-test, headless Chromium)" wasm ;;
    e2e) step "e2e tests (Playwright, Chromium, release build)" e2e ;;
    webkit) step "engine tests (WebKit: MiniBrowser over WebKitWebDriver, release build)" webkit ;;
    firefox) step "engine tests (Firefox ESR over WebDriver BiDi, release build)" firefox ;;
    *) echo "unknown layer: $layer" >&2; exit 2 ;;
  esac
done

printf '\n'
du -sh target 2>/dev/null | awk '{print "build output (target/): " $1}'
resources
for r in "${results[@]}"; do
  printf '  %s\n' "$r"
  case "$r" in "e2e tests"*FAILED*) e2e_failures ;; esac
done
if [ $failed -eq 0 ]; then
  printf 'make test: PASSED (%s) in %ss\n' "${layers[*]}" "$((SECONDS - start_all))"
else
  printf 'make test: FAILED (see above) after %ss\n' "$((SECONDS - start_all))"
fi
exit $failed
