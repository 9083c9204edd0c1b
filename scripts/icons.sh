#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders resources/icons/png/*.png from the SVGs (needs librsvg2-bin). The PNGs are committed:
# the build and the package need no SVG renderer. 16 to 32 px come from the drawing made for them.
set -euo pipefail
cd "$(dirname "$0")/../resources/icons"
id=io.github.vaultview.Vaultview
for size in 16 24 32; do rsvg-convert -w $size -h $size "$id-small.svg" -o png/$size.png; done
for size in 48 64 128 256; do rsvg-convert -w $size -h $size "$id.svg" -o png/$size.png; done
