#!/usr/bin/env bash
# Renders scripts/og-image.html to public/og-image.png with headless Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
"$CHROMIUM" --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1200,630 \
  --screenshot="$PWD/public/og-image.png" "file://$PWD/scripts/og-image.html"
