#!/usr/bin/env bash
# Renders the README's screenshots from the sample vault, offscreen, with a throwaway index and
# settings: scripts/screenshots.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${1:-build}/bin/vaultview
OUT=resources/screenshots
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
SEED="Meetings/2025/10/2025-10-28 - 1-1 with Alon Horev, MAI Falcon rollout.md"

shot() { # name, then options
  local name=$1
  shift
  XDG_CONFIG_HOME="$WORK/config" XDG_CACHE_HOME="$WORK/cache" QT_QPA_PLATFORM=offscreen \
    "$BIN" resources/sample-vault --size 1500x900 --screenshot "$OUT/$name.png" "$@"
  echo "$OUT/$name.png"
}

shot meetings-light --palette light --select "$SEED"
shot meetings-dark --palette dark --select "$SEED"
for view in tasks triage duplicates people decisions timeline; do
  shot "$view" --palette light --view "$view"
done
