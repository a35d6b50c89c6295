#!/usr/bin/env bash
# Build resources/icons/sellerdesk.icns from the PNG renditions with Apple's iconutil (macOS only).
#
#   bash installer/macos/make_icns.sh
#
# The PNGs come from resources/make_icons.py (Qt renders the SVGs). Pillow's .icns, committed
# for builds on other systems, lacks the 16 and 32 px @1x images; iconutil writes every size
# Apple's icon set defines, so the macOS build regenerates the file before PyInstaller runs.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
PNG="$ROOT/resources/icons/png"
OUT="$ROOT/resources/icons/sellerdesk.icns"
if ! command -v iconutil >/dev/null; then
    echo "iconutil not found (not macOS): keeping the committed $OUT"
    exit 0
fi
SET="$(mktemp -d)/sellerdesk.iconset"
mkdir -p "$SET"
for size in 16 32 128 256 512; do
    cp "$PNG/sellerdesk-$size.png" "$SET/icon_${size}x${size}.png"
    cp "$PNG/sellerdesk-$((size * 2)).png" "$SET/icon_${size}x${size}@2x.png"
done
iconutil --convert icns --output "$OUT" "$SET"
rm -rf "$(dirname "$SET")"
echo "wrote $OUT"
