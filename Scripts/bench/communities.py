#!/usr/bin/env python3
"""Time Klynge's Louvain and Leiden against igraph's on the same edge list.

    Scripts/.venv/bin/python Scripts/bench/communities.py [INPUT] [--seeds N]

INPUT is a Scripts/bench/gen.py input name (default ba20k.txt, generated into
.bench-data/ when missing). For each seed 0..N-1 it runs

  * `klynge-bench louvain|leiden FILE --seed S` (KLYNGE_BENCH_BIN, default
    .build/release/klynge-bench; Leiden runs until an iteration changes nothing),
  * igraph `community_multilevel()` and `community_leiden(objective_function=
    "modularity", n_iterations=-1)` and `n_iterations=2`, with igraph's own RNG
    seeded through Python's `random`,

and prints the median compute time and the best and mean modularity of each.
Needs python-igraph in the venv (Scripts/bench/run.sh installs it).
"""

import json
import os
import random
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import gen  # noqa: E402


def klynge(task, path, seed):
    binary = os.environ.get("KLYNGE_BENCH_BIN", ".build/release/klynge-bench")
    out = subprocess.run([binary, task, path, "--seed", str(seed)], check=True,
                         capture_output=True, text=True).stdout
    row = json.loads(out.strip().splitlines()[-1])
    return row["compute_seconds"], row["checksum"]


def main(argv):
    name, seeds = "ba20k.txt", 5
    rest = list(argv)
    if "--seeds" in rest:
        i = rest.index("--seeds")
        seeds = int(rest[i + 1])
        del rest[i:i + 2]
    if rest:
        name = rest[0]
    path = gen.ensure(name)

    import igraph as ig
    with open(path) as fh:
        edges = [tuple(map(int, line.split()[:2])) for line in fh if line.strip()]
    n = 1 + max(max(e) for e in edges)
    graph = ig.Graph(n=n, edges=edges)
    print(f"{name}: {graph.vcount()} nodes, {graph.ecount()} edges, seeds 0..{seeds - 1}")

    def igraph_run(method):
        def run(seed):
            random.seed(seed)
            t0 = time.perf_counter()
            membership = method().membership
            return time.perf_counter() - t0, graph.modularity(membership)
        return run

    runs = {
        "klynge louvain": lambda s: klynge("louvain", path, s),
        "igraph community_multilevel": igraph_run(graph.community_multilevel),
        "klynge leiden (until stable)": lambda s: klynge("leiden", path, s),
        "igraph community_leiden n_iterations=-1": igraph_run(
            lambda: graph.community_leiden(objective_function="modularity", n_iterations=-1)),
        "igraph community_leiden n_iterations=2": igraph_run(
            lambda: graph.community_leiden(objective_function="modularity", n_iterations=2)),
    }
    print(f"{'method':42s} {'median s':>9s} {'best Q':>8s} {'mean Q':>8s}")
    for label, run in runs.items():
        results = [run(s) for s in range(seeds)]
        times = [t for t, _ in results]
        qs = [q for _, q in results]
        print(f"{label:42s} {statistics.median(times):9.3f} {max(qs):8.4f} {statistics.mean(qs):8.4f}",
              flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
