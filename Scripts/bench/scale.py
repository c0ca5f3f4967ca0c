#!/usr/bin/env python3
"""Measure how Klynge's commands grow with their input, for Documentation/Scale.md.

Each command is run as a user runs it (`.build/release/klynge ...`, whole process, loading included)
under `/usr/bin/time`, on inputs of growing size, and the wall time and peak RSS are fitted to
`a * n^b` by least squares on the logarithms. Prints a Markdown table: the measured points and the
fitted exponent b per command (b = 1 is linear; 2 quadratic).

Inputs (generated into .bench-data/scale/, seeded, cached by file name):
- `cl-N.txt`: Chung-Lu graphs with N nodes and 10 N edges, power-law expected degrees (exponent 2.5,
  as in Scripts/bench/gen.py's g1m10m), the heavy-tailed shape of collaboration networks;
- `ba-N.txt`: Barabasi-Albert graphs (m = 5) for the exact all-pairs measures, which are O(V E).
- CORDIS datasets scaled by Scripts/datasets/scale_cordis.py when it exists (whole dataset commands).

Usage: Scripts/.venv/bin/python Scripts/bench/scale.py [--quick] [--only a,b]
       (`make scale`; needs numpy and networkx, which `make bench` installs in Scripts/.venv).
"""
from __future__ import annotations

import argparse
import math
import os
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
DATA = os.path.join(ROOT, ".bench-data", "scale")
KLYNGE = os.environ.get("KLYNGE_BIN", os.path.join(ROOT, ".build", "release", "klynge"))
SEED = 42


def chung_lu(n: int, m: int, path: str) -> None:
    """n nodes, ~m distinct undirected edges; endpoint i drawn with probability proportional to
    w_i = (i + 1)^(-1/(gamma - 1)), gamma = 2.5 (Chung & Lu 2002)."""
    import numpy as np

    rng = np.random.default_rng(SEED)
    w = (np.arange(n, dtype=np.float64) + 1.0) ** (-1.0 / 1.5)
    p = w / w.sum()
    edges = np.empty((0, 2), dtype=np.int64)
    while len(edges) < m:
        k = int((m - len(edges)) * 1.3) + 1000
        u = rng.choice(n, size=k, p=p)
        v = rng.choice(n, size=k, p=p)
        e = np.stack([np.minimum(u, v), np.maximum(u, v)], axis=1)
        e = e[e[:, 0] != e[:, 1]]
        edges = np.unique(np.concatenate([edges, e]), axis=0)
    edges = edges[rng.permutation(len(edges))[:m]]
    tmp = path + ".tmp"
    np.savetxt(tmp, edges, fmt="%d", delimiter="\t")
    os.replace(tmp, path)


def barabasi_albert(n: int, path: str) -> None:
    import networkx as nx

    g = nx.barabasi_albert_graph(n, 5, seed=SEED)
    tmp = path + ".tmp"
    with open(tmp, "w") as f:
        for u, v in g.edges():
            f.write("%d\t%d\n" % (u, v))
    os.replace(tmp, path)


def input_file(kind: str, n: int) -> str:
    os.makedirs(DATA, exist_ok=True)
    path = os.path.join(DATA, "%s-%d.txt" % (kind, n))
    if not os.path.exists(path):
        t = time.time()
        (chung_lu(n, 10 * n, path) if kind == "cl" else barabasi_albert(n, path))
        print("[scale] generated %s in %.1f s" % (os.path.basename(path), time.time() - t), file=sys.stderr)
    return path


def measure(args: list[str]) -> tuple[float, float]:
    """(wall seconds, peak RSS in MB) of one run of klynge with `args`; the output is discarded."""
    out = subprocess.run(
        ["/usr/bin/time", "-f", "%e %M", KLYNGE] + args,
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )
    last = out.stderr.strip().splitlines()[-1]
    if out.returncode != 0:
        raise SystemExit("klynge %s failed:\n%s" % (" ".join(args), out.stderr))
    wall, rss_kb = last.split()
    return float(wall), int(rss_kb) / 1024.0


def fit(points: list[tuple[int, float]]) -> float:
    """Least-squares slope of log(y) on log(n)."""
    xs = [math.log(n) for n, _ in points]
    ys = [math.log(max(y, 1e-3)) for _, y in points]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    sxx = sum((x - mx) ** 2 for x in xs)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sxx if sxx else float("nan")


# command name -> (input kind, sizes, quick sizes, klynge arguments after the input path)
COMMANDS = {
    "load + degree": ("cl", [125_000, 250_000, 500_000, 1_000_000], [62_500, 125_000],
                      ["--measures", "degree", "--top", "5"]),
    "pagerank (converged)": ("cl", [125_000, 250_000, 500_000, 1_000_000], [62_500, 125_000],
                             ["--measures", "pagerank", "--top", "5"]),
    "approx. betweenness eps=0.01": ("cl", [125_000, 250_000, 500_000, 1_000_000], [62_500, 125_000],
                                     ["--measures", "betweenness", "--epsilon", "0.01", "--delta", "0.1",
                                      "--top", "5"]),
    "exact betweenness": ("ba", [5_000, 10_000, 20_000, 40_000], [2_500, 5_000],
                          ["--measures", "betweenness", "--top", "5"]),
    "closeness": ("ba", [5_000, 10_000, 20_000, 40_000], [2_500, 5_000],
                  ["--measures", "closeness", "--top", "5"]),
}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="two small sizes per command (a smoke run)")
    ap.add_argument("--only", help="comma list of command names (see COMMANDS)")
    a = ap.parse_args()
    if not os.access(KLYNGE, os.X_OK):
        raise SystemExit("no %s: swift build -c release --product klynge" % KLYNGE)
    names = a.only.split(",") if a.only else list(COMMANDS)
    print("| command | input | sizes (nodes) | wall time (s) | peak RSS (MB) | time exponent | memory exponent |")
    print("|---|---|---|---|---|---|---|")
    for name in names:
        kind, sizes, quick, args = COMMANDS[name]
        sizes = quick if a.quick else sizes
        rows = []
        for n in sizes:
            path = input_file(kind, n)
            wall, rss = measure(["centrality", path] + args)
            rows.append((n, wall, rss))
            print("[scale] %s n=%d: %.2f s, %.0f MB" % (name, n, wall, rss), file=sys.stderr)
        label = "Chung-Lu, 10 n edges" if kind == "cl" else "Barabasi-Albert m=5"
        print("| %s | %s | %s | %s | %s | %.2f | %.2f |" % (
            name, label,
            " / ".join("%g" % n for n, _, _ in rows),
            " / ".join("%.2f" % w for _, w, _ in rows),
            " / ".join("%.0f" % r for _, _, r in rows),
            fit([(n, w) for n, w, _ in rows]), fit([(n, r) for n, _, r in rows]),
        ))
    load = os.popen("cat /proc/loadavg").read().split()[:3]
    print("\n%d cores; load average before the last run: %s." % (os.cpu_count() or 0, " ".join(load)))


if __name__ == "__main__":
    main()
