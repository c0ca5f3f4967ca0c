#!/usr/bin/env python3
"""NetworkX reference values for the baselines of `klynge evaluate` (EvaluationTests).

Run from the repo root with a python that has networkx (3.x):

    python3 Tests/KlyngeMatchingTests/Fixtures/make_link_prediction_fixture.py

The graph is Zachary's karate club as NetworkX ships it, with its `weight` attribute
(interaction counts, 1-7), plus one node (34) tied to nobody. For every pair (u, v) of
distinct nodes that are not tied it records networkx's common neighbours
(len(common_neighbors)), jaccard_coefficient, adamic_adar_index,
resource_allocation_index and preferential_attachment (all unweighted), and for every
node u the personalised PageRank pagerank(G, alpha=0.85, personalization={u: 1},
weight="weight", tol=1e-14, max_iter=10000). Writes link_prediction.json.
"""
import json
import os

import networkx as nx

G = nx.karate_club_graph()
G.add_node(34)
nodes = sorted(G.nodes())
pairs = [(u, v) for u in nodes for v in nodes if u != v and not G.has_edge(u, v)]


def table(fn):
    return [[u, v, p] for u, v, p in fn(G, pairs)]


out = {
    "networkx": nx.__version__,
    "nodes": len(nodes),
    "edges": [[u, v, G[u][v]["weight"]] for u, v in sorted(G.edges())],
    "strength": [G.degree(u, weight="weight") for u in nodes],
    "common_neighbours": [[u, v, len(list(nx.common_neighbors(G, u, v)))] for u, v in pairs],
    "jaccard": table(nx.jaccard_coefficient),
    "adamic_adar": table(nx.adamic_adar_index),
    "resource_allocation": table(nx.resource_allocation_index),
    "preferential_attachment": table(nx.preferential_attachment),
    "personalised_pagerank": {
        str(u): [nx.pagerank(G, alpha=0.85, personalization={u: 1}, weight="weight", tol=1e-14, max_iter=10000)[v]
                 for v in nodes]
        for u in nodes if G.degree(u) > 0
    },
}
path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "link_prediction.json")
with open(path, "w", encoding="utf-8") as f:
    json.dump(out, f, indent=None, separators=(",", ":"))
    f.write("\n")
print(f"{path}: {len(nodes)} nodes, {len(out['edges'])} edges, {len(pairs)} ordered non-adjacent pairs")
