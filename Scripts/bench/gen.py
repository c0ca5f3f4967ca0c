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
}


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
        print("[gen] %s = nx.%s ..." % (name, desc), file=sys.stderr, flush=True)
    t0 = time.perf_counter()
    G = gen()
    m = write_edgelist(G, path)
    if verbose:
        print("[gen] %s: %d nodes, %d edges, %.1f s"
              % (name, G.number_of_nodes(), m, time.perf_counter() - t0),
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
