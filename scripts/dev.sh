#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Vaultview's one entry point for people and CI:
#   scripts/dev.sh run [VAULT]   install what is missing, build, start the app (the sample vault by default)
#   scripts/dev.sh test          install what is missing, build, run every test
#   scripts/dev.sh package       build the .deb (build/vaultview_*.deb) and validate the desktop files
#   scripts/dev.sh deps|build    only those steps
set -euo pipefail
cd "$(dirname "$0")/.."

PACKAGES=(cmake ninja-build g++ pkg-config python3 qt6-base-dev libqt6sql6-sqlite libsqlite3-dev
          libmd4c-dev libmd4c-html0-dev libyaml-cpp-dev libical-dev fonts-dejavu-core bash-completion
          qt6-tools-dev qt6-l10n-tools)
FUZZ_PACKAGES=(clang libclang-rt-14-dev)
PACKAGE_PACKAGES=(dpkg-dev file desktop-file-utils appstream)
BUILD_DIR=${BUILD_DIR:-build}
JOBS=${JOBS:-$(nproc)}

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

install_missing() {
  local missing=()
  for p in "$@"; do dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p"); done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "== installing: ${missing[*]}"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
  fi
}

build() {
  local werror=OFF
  local flags=()
  if [ "${CI:-}" = "true" ]; then
    werror=ON
    # The same optimisation (and so the same warnings) without debug info: CI builds faster.
    flags=(-DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O2 -DNDEBUG")
  fi
  cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DVAULTVIEW_WERROR=$werror "${flags[@]}" >/dev/null
  cmake --build "$BUILD_DIR" -j "$JOBS"
}

# libFuzzer targets need clang; they run for a bounded time each (FUZZ_SECONDS). CI fuzzes from a
# fixed seed (FUZZ_SEED) so that a run is reproducible; FUZZ_SEED=0 explores from a random one.
fuzz() {
  if ! install_missing "${FUZZ_PACKAGES[@]}" || ! command -v clang++ >/dev/null; then
    echo "== fuzz: clang is not available, skipping the libFuzzer targets"
    return 0
  fi
  CC=clang CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DVAULTVIEW_FUZZ=ON -DVAULTVIEW_BUILD_GUI=OFF -DVAULTVIEW_BUILD_TESTS=OFF >/dev/null
  cmake --build build-fuzz -j "$JOBS" --target fuzz_noteparser fuzz_taskwriter
  local seconds=${FUZZ_SECONDS:-60} seed=${FUZZ_SEED:-20261203}
  for target in fuzz_noteparser fuzz_taskwriter; do
    local corpus
    corpus=$(mktemp -d)
    cp tests/fuzz/corpus/* "$corpus"/ 2>/dev/null || true
    find resources/sample-vault -name '*.md' | head -40 | while read -r f; do cp "$f" "$corpus/$(basename "$f" | md5sum | cut -c1-12)"; done
    echo "== fuzz: $target for ${seconds}s from seed $seed"
    build-fuzz/bin/$target -seed="$seed" -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=4096 \
      -print_final_stats=1 "$corpus" 2>&1 | tail -n 12
    rm -rf "$corpus"
  done
}

# The desktop entry and the AppStream metadata must pass freedesktop's validators; the .deb gets
# its Depends from dpkg-shlibdeps. In CI the package is installed and run from /usr.
package() {
  install_missing "${PACKAGE_PACKAGES[@]}"
  echo "== validate: desktop entry and AppStream metadata"
  desktop-file-validate "$BUILD_DIR"/resources/*.desktop
  appstreamcli validate --no-net --explain "$BUILD_DIR"/resources/*.metainfo.xml
  echo "== package: cpack -G DEB"
  rm -f "$BUILD_DIR"/vaultview_*.deb
  (cd "$BUILD_DIR" && cpack -G DEB >/dev/null)
  local deb
  deb=$(ls "$BUILD_DIR"/vaultview_*.deb)
  dpkg-deb --field "$deb" Package Version Depends
  if [ "${CI:-}" = "true" ]; then
    echo "== package: installing $(basename "$deb") and running it from /usr"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "./$deb" >/dev/null
    local scratch
    scratch=$(mktemp -d)
    /usr/bin/vaultview-cli tasks /usr/share/vaultview/sample-vault status:open --index "$scratch/i.sqlite" >"$scratch/tasks"
    sed -n '1,3p' "$scratch/tasks"
    local shot=$scratch/installed.png
    QT_QPA_PLATFORM=offscreen /usr/bin/vaultview --screenshot "$shot" --size 1024x700 2>&1 | tail -n 1
    desktop-file-validate /usr/share/applications/*Vaultview.desktop
    test -s "$shot" && test -f /usr/share/man/man1/vaultview.1.gz && test -f /usr/share/bash-completion/completions/vaultview-cli
  fi
}

case "${1:-}" in
  deps) install_missing "${PACKAGES[@]}" ;;
  build) install_missing "${PACKAGES[@]}"; build ;;
  run)
    install_missing "${PACKAGES[@]}"; build
    shift
    if [ -x "$BUILD_DIR/bin/vaultview" ] && { [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; }; then
      exec "$BUILD_DIR/bin/vaultview" "${@:-resources/sample-vault}"
    fi
    echo "== no display: showing the sample vault with vaultview-cli"
    "$BUILD_DIR/bin/vaultview-cli" index "${1:-resources/sample-vault}"
    exec "$BUILD_DIR/bin/vaultview-cli" tasks "${1:-resources/sample-vault}" "status:open"
    ;;
  test)
    install_missing "${PACKAGES[@]}"; build
    QT_QPA_PLATFORM=offscreen ctest --test-dir "$BUILD_DIR" --output-on-failure --no-tests=error -j "$JOBS" | tee "$BUILD_DIR/ctest.log"
    package
    fuzz
    # The fuzzers print last; repeat the test count so that it closes the output.
    total=$(sed -n 's/.*tests failed out of \([0-9]*\).*/\1/p' "$BUILD_DIR/ctest.log" | tail -n 1)
    failed=$(sed -n 's/.*, \([0-9]*\) tests failed out of.*/\1/p' "$BUILD_DIR/ctest.log" | tail -n 1)
    echo "tests: $((total - failed)) passed, ${failed} failed"
    ;;
  fuzz) fuzz ;;
  package) install_missing "${PACKAGES[@]}"; build; package ;;
  *) sed -n '3,7p' "$0"; exit 2 ;;
esac
