#!/usr/bin/env python3
"""Many-level graphs and NetworkX's exact betweenness on them, for the test that the
single-source and batched Brandes kernels agree with each other and with NetworkX
(BrandesKernelTests). Run from the repo root:

    python3 Tests/KlyngeGraphTests/Fixtures/kernels/make_kernel_fixtures.py

Writes NAME.edges (source<TAB>target, sorted) and NAME.json
({"networkx": version, "directed": bool, "betweenness": {...}, "betweenness_raw": {...},
"betweenness_endpoints": {...}}, each networkx.betweenness_centrality with
normalized=True / normalized=False / endpoints=True) for:

- ws2000: nx.watts_strogatz_graph(2000, 10, 0.05, seed=16), the benchmark's ws50k shape
  at 1/25 the size;
- chorded_cycle: a 3000-cycle with a chord from every 150th node to the node 1000 further
  on (long shortest paths, many levels);
- directed_ring: a directed 1500-cycle with 150 seeded random shortcut arcs.

Takes about a minute. Re-running with the same NetworkX version gives the same files.
"""
import json
import os
import random

import networkx as nx

HERE = os.path.dirname(os.path.abspath(__file__))


def write(name, G):
    with open(os.path.join(HERE, name + ".edges"), "w") as f:
        f.write(f"# {name}: nodes {G.number_of_nodes()} edges {G.number_of_edges()} (make_kernel_fixtures.py)\n")
        edges = G.edges() if G.is_directed() else (tuple(sorted(e)) for e in G.edges())
        for a, b in sorted(edges):
            f.write(f"{a}\t{b}\n")
    out = {"networkx": nx.__version__, "directed": G.is_directed()}
    for key, kwargs in [
        ("betweenness", {}),
        ("betweenness_raw", {"normalized": False}),
        ("betweenness_endpoints", {"endpoints": True}),
    ]:
        bc = nx.betweenness_centrality(G, **kwargs)
        out[key] = {str(v): bc[v] for v in sorted(G)}
    with open(os.path.join(HERE, name + ".json"), "w") as f:
        json.dump(out, f, indent=1)
        f.write("\n")
    print(name, G.number_of_nodes(), "nodes", G.number_of_edges(), "edges")


write("ws2000", nx.watts_strogatz_graph(2000, 10, 0.05, seed=16))

C = nx.cycle_graph(3000)
for i in range(0, 3000, 150):
    C.add_edge(i, (i + 1000) % 3000)
write("chorded_cycle", C)

rng = random.Random(16)
D = nx.DiGraph()
D.add_edges_from((i, (i + 1) % 1500) for i in range(1500))
while D.number_of_edges() < 1650:
    a, b = rng.randrange(1500), rng.randrange(1500)
    if a != b:
        D.add_edge(a, b)
write("directed_ring", D)
