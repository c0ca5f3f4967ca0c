#!/usr/bin/env bash
# The README's pictures of the board report: page 1 of `klynge report` on the default dataset as
# headless Chromium prints it to A4, converted to PNG by pdftoppm (poppler-utils), and the board
# page's chart of new ties across clusters as SVG.
#   Scripts/report_first_page.sh [KLYNGE_BINARY]   (default .build/debug/klynge)
set -euo pipefail
klynge=${1:-.build/debug/klynge}
chromium=$(command -v chromium || command -v chromium-browser)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
"$klynge" report Datasets/norwegian-health-supercluster -o "$out/report.html"
"$chromium" --headless --no-sandbox --disable-gpu --disable-dev-shm-usage --no-pdf-header-footer \
    --user-data-dir="$out/profile" --print-to-pdf="$out/report.pdf" "file://$out/report.html" 2>/dev/null
mkdir -p Documentation/screenshots
pdftoppm -f 1 -l 1 -r 75 -png -singlefile "$out/report.pdf" Documentation/screenshots/report-page1
python3 - "$out/report.html" Documentation/screenshots/report-trend.svg <<'PY'
import sys
page = open(sys.argv[1], encoding="utf-8").read()
start = page.index("<svg", page.index('<div class="charts">'))
end = page.index("</svg>", start) + len("</svg>")
open(sys.argv[2], "w", encoding="utf-8").write(page[start:end] + "\n")
PY
ls -l Documentation/screenshots/report-page1.png Documentation/screenshots/report-trend.svg
