#!/usr/bin/env python3
"""A collaboration-shaped graph (a union of seeded random project cliques, so many
members are true twins) and NetworkX's betweenness on it, for the twin-compressed
betweenness test. Run from the repo root:

    python3 Tests/KlyngeGraphTests/Fixtures/twins/make_twin_fixture.py

Writes projects400.edges (source<TAB>target) and projects400.json
({"betweenness": {node: value}}, networkx.betweenness_centrality, normalized).
"""
import itertools
import json
import os
import random

import networkx as nx

rng = random.Random(2026)
n = 400
G = nx.Graph()
G.add_nodes_from(range(n))
for p in range(160):
    k = rng.choice([2, 3, 3, 4, 5, 6, 8, 12])
    hubs = rng.sample(range(40), 1)                 # a few well-connected members
    others = rng.sample(range(40, n), k - 1)
    for a, b in itertools.combinations(hubs + others, 2):
        G.add_edge(a, b)
G.remove_nodes_from([v for v in list(G) if G.degree(v) == 0])
here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "projects400.edges"), "w") as f:
    f.write(f"# union of 160 seeded random project cliques; nodes {G.number_of_nodes()} edges {G.number_of_edges()}\n")
    for a, b in sorted(tuple(sorted(e)) for e in G.edges()):
        f.write(f"{a}\t{b}\n")
bc = nx.betweenness_centrality(G)
with open(os.path.join(here, "projects400.json"), "w") as f:
    json.dump({"networkx": nx.__version__, "betweenness": {str(v): bc[v] for v in sorted(G)}}, f, indent=1)
    f.write("\n")
print(G.number_of_nodes(), "nodes", G.number_of_edges(), "edges")
