#!/usr/bin/env python3
"""Generate the benchmark inputs into .bench-data/ (repo root).

Each input is a whitespace-separated integer edge list, one `u v` per line,
node ids are 0-based integers. Every file is generated once (seed 42) and then
cached by file name: delete a file to regenerate it.

Usage: python gen.py [NAME ...]   (default: all inputs)
"""
from __future__ import annotations

import os
import sys
import time

SEED = 42

REPO_ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
DATA_DIR = os.path.join(REPO_ROOT, ".bench-data")

# Cluster-ecosystem shaped graph: four blocks, dense inside, sparse between.
ECO_SIZES = [160, 140, 130, 100]
ECO_P_IN = 0.05
ECO_P_OUT = 0.005


def _ba(n, m):
    import networkx as nx
    return nx.barabasi_albert_graph(n, m, seed=SEED)


def _ws(n, k, p):
    import networkx as nx
    return nx.watts_strogatz_graph(n, k, p, seed=SEED)


# g1m10m: the largest realistic input on one machine (issue 16), heavy-tailed.
G1M_NODES = 1_000_000
G1M_EDGES = 10_000_000
G1M_GAMMA = 2.5  # degree exponent: weights w_i ∝ (i + 1)^(-1/(γ-1))


def _g1m10m(path: str):
    """Chung–Lu (Chung & Lu 2002, doi:10.1007/PL00012580) with a connected backbone, in numpy.

    Node i has weight w_i ∝ (i + 1)^(-1/(γ-1)) (γ = 2.5, expected degree ∝ w_i). First a
    backbone tree: node i ≥ 1 links to an earlier node drawn ∝ w among 0..i-1 (so every node
    is in one component); then pairs (u, v) with u, v drawn independently ∝ w are added,
    self-loops and repeats dropped, until exactly G1M_EDGES distinct edges. The ids are then
    relabelled by a random permutation and the edge order shuffled (a file sorted by degree
    would flatter the loader). Seeded (numpy PCG64, seed 42); written directly, no networkx
    graph (10 M edges would take ~10 GB there). Returns (nodes, edges).
    """
    import numpy as np
    rng = np.random.default_rng(SEED)
    n, m = G1M_NODES, G1M_EDGES
    w = (np.arange(n, dtype=np.float64) + 1.0) ** (-1.0 / (G1M_GAMMA - 1.0))
    cum = np.cumsum(w)
    # Backbone: parent of i drawn ∝ w over 0..i-1 (inverse transform on the prefix sums).
    i = np.arange(1, n, dtype=np.int64)
    parent = np.searchsorted(cum, rng.random(n - 1) * cum[i - 1], side="right")
    parent = np.minimum(parent, i - 1)
    lo, hi = np.minimum(i, parent), np.maximum(i, parent)
    keys = np.unique(lo * n + hi)
    total = cum[-1]
    while keys.size < m:
        k = int((m - keys.size) * 1.05) + 1000
        u = np.searchsorted(cum, rng.random(k) * total, side="right")
        v = np.searchsorted(cum, rng.random(k) * total, side="right")
        u, v = np.minimum(u, n - 1), np.minimum(v, n - 1)
        ok = u != v
        u, v = u[ok], v[ok]
        new = np.minimum(u, v).astype(np.int64) * n + np.maximum(u, v)
        keys = np.union1d(keys, new)
    if keys.size > m:
        # Keep every backbone edge, drop a random subset of the others.
        backbone = np.unique(lo * n + hi)
        extra = np.setdiff1d(keys, backbone, assume_unique=True)
        extra = rng.choice(extra, m - backbone.size, replace=False)
        keys = np.concatenate([backbone, extra])
    keys = keys[rng.permutation(keys.size)]
    label = rng.permutation(n)
    a, b = label[keys // n], label[keys % n]
    swap = rng.random(keys.size) < 0.5
    a, b = np.where(swap, b, a), np.where(swap, a, b)
    tmp = path + ".tmp"
    with open(tmp, "w") as f:
        step = 1_000_000
        for s in range(0, keys.size, step):
            f.write("\n".join(map("%d %d".__mod__, zip(a[s:s + step].tolist(), b[s:s + step].tolist()))))
            f.write("\n")
    os.replace(tmp, path)
    return n, int(keys.size)


def _eco():
    import networkx as nx
    b = len(ECO_SIZES)
    probs = [[ECO_P_IN if i == j else ECO_P_OUT for j in range(b)] for i in range(b)]
    return nx.stochastic_block_model(ECO_SIZES, probs, seed=SEED)


# name -> (description, generator)
INPUTS = {
    "eco530.txt": ("stochastic_block_model(sizes=%s, p_in=%g, p_out=%g, seed=42)"
                   % (ECO_SIZES, ECO_P_IN, ECO_P_OUT), _eco),
    "ba20k.txt": ("barabasi_albert_graph(20000, 5, seed=42)", lambda: _ba(20000, 5)),
    "ws50k.txt": ("watts_strogatz_graph(50000, 10, 0.05, seed=42)", lambda: _ws(50000, 10, 0.05)),
    "ba200k.txt": ("barabasi_albert_graph(200000, 4, seed=42)", lambda: _ba(200000, 4)),
    "load1m.txt": ("barabasi_albert_graph(250000, 4, seed=42)", lambda: _ba(250000, 4)),
    # Written by its own function (numpy, no networkx graph): see _g1m10m.
    "g1m10m.txt": ("Chung–Lu γ=%g n=%d m=%d + backbone tree, seed=42 (numpy)"
                   % (G1M_GAMMA, G1M_NODES, G1M_EDGES), _g1m10m),
}
# Inputs whose generator writes the file itself: fn(path) -> (nodes, edges).
DIRECT = {"g1m10m.txt"}


def path_of(name: str) -> str:
    return os.path.join(DATA_DIR, name)


def write_edgelist(G, path: str) -> int:
    tmp = path + ".tmp"
    count = 0
    with open(tmp, "w") as f:
        buf = []
        for u, v in G.edges():
            buf.append("%d %d\n" % (u, v))
            count += 1
            if len(buf) >= 100_000:
                f.write("".join(buf))
                buf.clear()
        f.write("".join(buf))
    os.replace(tmp, path)  # atomic: a half-written file is never cached
    return count


def ensure(name: str, verbose: bool = True) -> str:
    """Return the path of input `name`, generating it first if it is missing."""
    path = path_of(name)
    if os.path.exists(path):
        return path
    os.makedirs(DATA_DIR, exist_ok=True)
    desc, gen = INPUTS[name]
    if verbose:
        print("[gen] %s = %s%s ..." % (name, "" if name in DIRECT else "nx.", desc), file=sys.stderr, flush=True)
    t0 = time.perf_counter()
    if name in DIRECT:
        n, m = gen(path)
    else:
        G = gen()
        n, m = G.number_of_nodes(), write_edgelist(G, path)
    if verbose:
        print("[gen] %s: %d nodes, %d edges, %.1f s"
              % (name, n, m, time.perf_counter() - t0),
              file=sys.stderr, flush=True)
    return path


def main(argv):
    names = argv or list(INPUTS)
    for n in names:
        if n not in INPUTS:
            sys.exit("unknown input %r; known: %s" % (n, ", ".join(INPUTS)))
        print(ensure(n))


if __name__ == "__main__":
    main(sys.argv[1:])
