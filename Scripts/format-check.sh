#!/usr/bin/env bash
# Fails (exit 1) and shows the diff when any Swift file differs from what `swift format`
# (configuration: .swift-format, in the spirit of swift-nio's) would make of it.
# `make format` applies the formatting.
set -euo pipefail
cd "$(dirname "$0")/.."
status=0
while IFS= read -r -d '' file; do
    if ! swift format format --configuration .swift-format "$file" | diff -u --label "$file" --label "$file (formatted)" "$file" - ; then
        status=1
    fi
done < <(git ls-files -z --cached --others --exclude-standard -- 'Package.swift' 'Sources/*.swift' 'Tests/*.swift')
if [ "$status" -ne 0 ]; then
    echo "format-check: the files above are not formatted; run 'make format'" >&2
else
    echo "format-check: every Swift file is formatted"
fi
exit "$status"
