#!/usr/bin/env bash
# Benchmark Klynge against NetworkX, igraph and NetworKit.
#
#   bash Scripts/bench/run.sh [--quick] [--exhaustive] [--tasks a,b] [--inputs x,y] [--libs l1,l2]
#
# Creates Scripts/.venv (python3 -m venv) on first use and installs networkx, igraph and
# networkit into it with pip, then runs Scripts/bench/bench.py with the venv's python,
# passing all arguments through. Inputs are generated once into .bench-data/ (cached).
# KLYNGE_BENCH_BIN: path of the klynge-bench executable
#   (default .build/release/klynge-bench; build: swift build -c release --product klynge-bench).
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
VENV="$ROOT/Scripts/.venv"
PY="$VENV/bin/python"

cd "$ROOT"

if [ ! -x "$PY" ]; then
    echo "[bench] creating venv $VENV" >&2
    python3 -m venv "$VENV"
fi
# Install (or complete a half-finished install) only when an import fails.
if ! "$PY" -c 'import networkx, igraph, networkit, numpy, scipy' 2>/dev/null; then
    echo "[bench] installing networkx igraph networkit into $VENV" >&2
    "$PY" -m pip install --quiet --disable-pip-version-check --upgrade pip
    "$PY" -m pip install --quiet --disable-pip-version-check networkx igraph networkit numpy scipy
fi

export KLYNGE_BENCH_BIN="${KLYNGE_BENCH_BIN:-.build/release/klynge-bench}"
exec "$PY" "$HERE/bench.py" "$@"
