#!/usr/bin/env bash
# Regenerates Graphs/: the maps of the bundled datasets (DOT + SVG, one PNG for the README).
# Usage: bash Scripts/graphs.sh   (or: make graphs). Builds klynge in release mode first.
# The DOT files are deterministic: rerunning gives the same bytes (tested in MapTests).
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product klynge >/dev/null
K=.build/release/klynge
S=Datasets/norwegian-health-supercluster
mkdir -p Graphs

draw() { # draw NAME ARGS... : NAME.dot and NAME.svg
  local name=$1; shift
  "$K" map "$@" -o "Graphs/$name.dot"
  "$K" map "$@" -o "Graphs/$name.svg"
}

draw supercluster "$S"
"$K" map "$S" -o Graphs/supercluster.png
draw supercluster-brokers "$S" --kind brokers
draw supercluster-ego-stavanger "$S" --kind ego --focus m0013
draw supercluster-projects-fall-detection "$S" --kind projects --topic "fall detection"
draw supercluster-communities "$S" --color-by community --label top:10
draw norway-h2020-top150 Datasets/norway-h2020 --top 150 --min-weight 3 --size-by pagerank --color-by kind --label top:20
draw florentine-families Datasets/florentine-families --relations --label all --color-by kind
draw davis-southern-women Datasets/davis-southern-women --kind projects --label all
ls -la Graphs
