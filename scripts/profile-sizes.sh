#!/usr/bin/env bash
# What each release-profile setting buys: builds the app's wasm with one setting changed at a
# time (in target/profile-variants, so the normal build is untouched), runs wasm-bindgen and
# wasm-opt as Trunk does, and prints the gzipped wasm size of each. Slow (a full LTO build per
# variant); run by hand, and copy the table into docs/benchmarks-notes.md.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
export CARGO_TARGET_DIR=target/profile-variants
out=target/profile-variants/out
mkdir -p "$out"

build() { # name, wasm-opt level ("" = none), then env assignments
  local name=$1 opt=$2; shift 2
  env CARGO_PROFILE_RELEASE_OPT_LEVEL=z CARGO_PROFILE_RELEASE_LTO=true CARGO_PROFILE_RELEASE_CODEGEN_UNITS=1 \
    CARGO_PROFILE_RELEASE_PANIC=abort RUSTFLAGS="--cfg erase_components" "$@" \
    cargo build --release --offline --quiet --target wasm32-unknown-unknown --bin gevinstverksted
  rm -rf "$out/$name" && mkdir -p "$out/$name"
  wasm-bindgen --target web --no-typescript --out-dir "$out/$name" \
    "$CARGO_TARGET_DIR/wasm32-unknown-unknown/release/gevinstverksted.wasm"
  local wasm="$out/$name/gevinstverksted_bg.wasm"
  if [ -n "$opt" ]; then wasm-opt "-O$opt" --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals "$wasm" -o "$wasm"; fi
  printf '| %s | %s | %s |\n' "$name" "$(wc -c < "$wasm")" "$(gzip -9 -c "$wasm" | wc -c)"
}

echo '| variant | wasm bytes | wasm gzipped |'
echo '| --- | --- | --- |'
build "as shipped: opt-level z, lto, codegen-units 1, panic abort, erase_components, wasm-opt -Oz" z
build "wasm-opt off" ""
build "opt-level s" z CARGO_PROFILE_RELEASE_OPT_LEVEL=s
build "lto off" z CARGO_PROFILE_RELEASE_LTO=false
build "codegen-units 16" z CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16
build "without erase_components" z RUSTFLAGS=
build "panic unwind (std's default)" z CARGO_PROFILE_RELEASE_PANIC=unwind
