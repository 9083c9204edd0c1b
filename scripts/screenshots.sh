#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders the README's screenshots from the sample vault, offscreen, with a throwaway index and
# settings: scripts/screenshots.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${1:-build}/bin/vaultview
OUT=resources/screenshots
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
SEED="Meetings/2025/10/2025-10-28 - 1-1 with Alon Horev, MAI Falcon rollout.md"

shot() { # name, size, then options
  local name=$1 size=$2
  shift 2
  XDG_CONFIG_HOME="$WORK/config" XDG_CACHE_HOME="$WORK/cache" QT_QPA_PLATFORM=offscreen \
    "$BIN" resources/sample-vault --size "$size" --screenshot "$OUT/$name.png" "$@"
  echo "$OUT/$name.png"
}

# The meeting view at the two sizes it is laid out for.
shot meetings-1280x800 1280x800 --palette light --select "$SEED"
shot meetings-1024x700 1024x700 --palette dark --select "$SEED"
for view in tasks triage duplicates people decisions timeline; do
  shot "$view" 1500x900 --palette light --view "$view"
done
