#!/usr/bin/env bash
# Installs what Gevinstverksted needs, skipping what is already there.
#   scripts/setup.sh build   wasm target, Trunk 0.21.x, wasm-bindgen-cli (= Cargo.lock), npm packages (wasm-opt)
#   scripts/setup.sh test    the above, plus Debian chromium + chromium-driver, webkit2gtk-driver
#                            (MiniBrowser, Xvfb) and firefox-esr for the engine suites, and
#                            poppler-utils and LibreOffice Calc for reading the PDF and CSV the app makes
# Every step says what it does. Safe to run again: a second run only checks.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

wasm_target() {
  if rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    say "wasm32-unknown-unknown target: present"
  else
    say "wasm32-unknown-unknown target: installing"
    rustup target add wasm32-unknown-unknown
  fi
}

trunk_tool() {
  if command -v trunk >/dev/null && trunk --version | grep -q '^trunk 0\.21\.'; then
    say "trunk: $(trunk --version) present"
  else
    say "trunk: installing $TRUNK_VERSION with cargo (takes 7-10 minutes on 2 cores)"
    cargo install trunk --version "$TRUNK_VERSION" --locked
  fi
}

wasm_bindgen_cli() {
  local want
  want=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
  if [ -z "$want" ]; then
    echo "setup: could not read the wasm-bindgen version from Cargo.lock" >&2
    exit 1
  fi
  if command -v wasm-bindgen >/dev/null && [ "$(wasm-bindgen --version)" = "wasm-bindgen $want" ] \
     && command -v wasm-bindgen-test-runner >/dev/null; then
    say "wasm-bindgen-cli: $want present (matches Cargo.lock)"
  else
    say "wasm-bindgen-cli: installing $want to match Cargo.lock (a few minutes)"
    # Not --locked: with it, one dependency fails to build on this toolchain.
    cargo install wasm-bindgen-cli --version "$want" --force
  fi
}

npm_packages() {
  local stamp=node_modules/.gevinstverksted-lock
  if [ -f "$stamp" ] && cmp -s package-lock.json "$stamp"; then
    say "npm packages: up to date with package-lock.json"
  else
    say "npm packages: npm ci (binaryen's wasm-opt, Playwright, axe-core)"
    npm ci --no-audit --no-fund
    cp package-lock.json "$stamp"
  fi
  say "wasm-opt: $(wasm-opt --version)"
}

# Installs Debian packages (as root, or with sudo). Extra apt-get options come first:
#   apt_install [--no-install-recommends] package...
apt_install() {
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -q
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q "$@"
}

chromium() {
  if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
    say "chromium + chromedriver: present ($(/usr/bin/chromium --version 2>/dev/null | head -n1))"
  else
    say "chromium + chromedriver: installing Debian packages"
    apt_install chromium chromium-driver
  fi
}

# WebKit (Safari's engine) and Firefox for the engine suites (tests/engines): Debian's packages,
# never a downloaded browser build.
engines() {
  local missing=()
  [ -x /usr/bin/WebKitWebDriver ] || missing+=(webkit2gtk-driver)
  [ -x /usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser ] || missing+=(libwebkit2gtk-4.1-0)
  command -v Xvfb >/dev/null || missing+=(xvfb)
  command -v xauth >/dev/null || missing+=(xauth)
  [ -x /usr/bin/firefox-esr ] || missing+=(firefox-esr)
  if [ ${#missing[@]} -eq 0 ]; then
    say "webkit2gtk-driver + MiniBrowser, Xvfb, firefox-esr: present ($(/usr/bin/firefox-esr --version 2>/dev/null | head -n1))"
  else
    say "engines: installing Debian packages ${missing[*]}"
    apt_install --no-install-recommends "${missing[@]}"
  fi
}

# The e2e tests read what the app makes for other programs: the printed A3 sheet's PDF with
# poppler-utils (pdfinfo, pdftotext, pdftoppm), the CSV for planning tools with LibreOffice Calc
# (headless, no GUI packages).
document_tools() {
  local missing=()
  { command -v pdftoppm && command -v pdftotext && command -v pdfinfo; } >/dev/null || missing+=(poppler-utils)
  command -v soffice >/dev/null || missing+=(libreoffice-calc-nogui)
  if [ ${#missing[@]} -eq 0 ]; then
    say "poppler-utils, LibreOffice Calc: present"
  else
    say "document tools: installing Debian packages ${missing[*]}"
    apt_install --no-install-recommends "${missing[@]}"
  fi
}

fetch_crates() {
  say "crates: cargo fetch (so builds can run --offline)"
  cargo fetch --quiet
}

case "${1:-build}" in
  build) wasm_target; fetch_crates; npm_packages; wasm_bindgen_cli; trunk_tool ;;
  test) wasm_target; fetch_crates; npm_packages; wasm_bindgen_cli; trunk_tool; chromium; engines; document_tools ;;
  *) echo "usage: $0 [build|test]" >&2; exit 2 ;;
esac
say "done"
