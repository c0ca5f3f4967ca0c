#!/usr/bin/env python3
"""Generate reference values for the KlyngeGraph community-detection tests.

Run from the repo root with the bench venv (it has the libraries):

    python3 -m venv Scripts/.venv
    Scripts/.venv/bin/pip install igraph leidenalg networkx scikit-learn
    Scripts/.venv/bin/python Tests/KlyngeGraphTests/Fixtures/communities/make_community_fixtures.py

Inputs: the `NAME.edges` files of the parent folder (see its README.md).
Output: `community_fixtures.json` next to this script, holding, per graph:

  * `node_ids` (first-appearance order in the edge list) and `labelings`
    (random with arbitrary label values, by components, whole, singletons, one
    found by igraph), each a list of labels in `node_ids` order;
  * `modularity`: `networkx.community.modularity(G, communities,
    weight="weight", resolution=r)` of each labeling at several resolutions;
  * `search`: for each resolution, the modularity reached over SEEDS by
    igraph `community_multilevel` (Louvain), igraph `community_leiden`
    (objective_function="modularity", beta=0.01, n_iterations=-1), leidenalg
    (`RBConfigurationVertexPartition`, which is `ModularityVertexPartition`
    with a resolution, n_iterations=-1) and `networkx.community.louvain_communities`:
    best, mean and worst over the seeds;
  * `optimum` (graphs of at most 40 nodes, resolution 1): the exact maximum
    modularity from igraph `community_optimal_modularity` (GLPK);

under `directed`, the directed (Leicht–Newman) NetworkX modularity of a few
labelings of the directed fixture graphs;

and, under `agreement`, pairs of labelings with sklearn's
`normalized_mutual_info_score` (arithmetic mean) and `adjusted_rand_score`.

All random choices use fixed seeds (python-igraph draws from Python's
`random`, seeded before each call), so a rerun with the same library versions
writes the same file. Re-executes itself with PYTHONHASHSEED=0 because
NetworkX sums over sets of string ids.
"""

import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
FIXTURES = os.path.dirname(HERE)
OUT = os.path.join(HERE, "community_fixtures.json")

DIRECTED_GRAPHS = ["directed", "directed_weighted"]
GRAPHS = ["karate", "karate_weighted", "florentine", "davis", "lesmis", "weighted",
          "disconnected", "path10", "star8", "gnp300", "ba400", "grid40"]
SEEDS = list(range(20))
RESOLUTIONS = [1.0, 0.5, 2.0]
OPTIMUM_MAX_NODES = 40


def read_edges(name):
    """Nodes in first-appearance order and (u, v, w) edges, from NAME.edges."""
    nodes, seen, edges = [], set(), []
    weighted = False
    with open(os.path.join(FIXTURES, name + ".edges"), encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if line.startswith("#"):
                if line.startswith("# weighted:"):
                    weighted = line.split(":", 1)[1].strip() == "true"
                continue
            if not line:
                continue
            parts = line.split("\t")
            w = float(parts[2]) if weighted else 1.0
            for x in parts[:2]:
                if x not in seen:
                    seen.add(x)
                    nodes.append(x)
            edges.append((parts[0], parts[1], w))
    return nodes, edges, weighted


def communities_of(labels, nodes):
    groups = {}
    for v in nodes:
        groups.setdefault(labels[v], []).append(v)
    return [groups[k] for k in sorted(groups)]


def stats(values):
    return {"best": max(values), "mean": sum(values) / len(values), "worst": min(values)}


def graph_entry(name, nx, ig, la):
    nodes, edges, weighted = read_edges(name)
    G = nx.Graph()
    G.add_nodes_from(nodes)
    for u, v, w in edges:
        G.add_edge(u, v, weight=w)
    index = {v: i for i, v in enumerate(nodes)}
    H = ig.Graph(n=len(nodes), edges=[(index[u], index[v]) for u, v, _ in edges])
    weights = [w for _, _, w in edges] if weighted else None
    nx_weight = "weight" if weighted else None

    def nx_modularity(labels, resolution):
        return nx.community.modularity(G, communities_of(labels, nodes), weight=nx_weight,
                                       resolution=resolution)

    def from_membership(membership):
        return {v: int(membership[i]) for i, v in enumerate(nodes)}

    # Labelings whose modularity NetworkX computes.
    labelings = {}
    labelings["singletons"] = {v: i for i, v in enumerate(nodes)}
    labelings["whole"] = {v: 0 for v in nodes}
    comp = {}
    for k, c in enumerate(sorted(nx.connected_components(G), key=lambda c: min(index[v] for v in c))):
        for v in c:
            comp[v] = k
    labelings["components"] = comp
    for k in (2, 5):
        rng = random.Random(1000 + k)
        # Arbitrary label values (negative, sparse) to test relabelling.
        labelings[f"random{k}"] = {v: 7 * rng.randrange(k) - 3 for v in nodes}
    random.seed(0)
    labelings["igraph_louvain"] = from_membership(
        H.community_multilevel(weights=weights).membership)

    modularity = []
    for pname, labels in labelings.items():
        for r in RESOLUTIONS:
            modularity.append({"labeling": pname, "resolution": r, "value": nx_modularity(labels, r)})

    search = []
    for r in RESOLUTIONS:
        ml, ld, lalg, nxl = [], [], [], []
        for s in SEEDS:
            random.seed(s)
            ml.append(H.modularity(H.community_multilevel(weights=weights, resolution=r).membership,
                                   weights=weights, resolution=r))
            random.seed(s)
            part = H.community_leiden(objective_function="modularity", weights=weights,
                                      resolution=r, beta=0.01, n_iterations=-1)
            ld.append(H.modularity(part.membership, weights=weights, resolution=r))
            p = la.find_partition(H, la.RBConfigurationVertexPartition, weights=weights,
                                  resolution_parameter=r, n_iterations=-1, seed=s)
            lalg.append(H.modularity(p.membership, weights=weights, resolution=r))
            comms = nx.community.louvain_communities(G, weight=nx_weight, resolution=r, seed=s)
            nxl.append(nx.community.modularity(G, comms, weight=nx_weight, resolution=r))
        search.append({"resolution": r,
                       "igraph_multilevel": stats(ml),
                       "igraph_leiden": stats(ld),
                       "leidenalg": stats(lalg),
                       "networkx_louvain": stats(nxl)})

    entry = {"name": name, "weighted": weighted, "edges": len(edges), "node_ids": nodes,
             "labelings": {k: [lab[v] for v in nodes] for k, lab in labelings.items()},
             "modularity": modularity, "search": search}
    if len(nodes) <= OPTIMUM_MAX_NODES:
        opt = H.community_optimal_modularity(weights=weights)
        membership, q = opt.membership, opt.modularity
        entry["optimum"] = {"resolution": 1.0, "modularity": q, "labels": list(membership)}
    return entry


def directed_entry(name, nx):
    """Directed (Leicht–Newman) modularity of a few labelings."""
    nodes, edges, weighted = read_edges(name)
    G = nx.DiGraph()
    G.add_nodes_from(nodes)
    for u, v, w in edges:
        G.add_edge(u, v, weight=w)
    labelings = {"whole": {v: 0 for v in nodes}, "singletons": {v: i for i, v in enumerate(nodes)}}
    for k in (2, 5):
        rng = random.Random(2000 + k)
        labelings[f"random{k}"] = {v: rng.randrange(k) for v in nodes}
    modularity = []
    for pname, labels in labelings.items():
        for r in RESOLUTIONS:
            q = nx.community.modularity(G, communities_of(labels, nodes),
                                        weight="weight" if weighted else None, resolution=r)
            modularity.append({"labeling": pname, "resolution": r, "value": q})
    return {"name": name, "weighted": weighted, "edges": len(edges), "node_ids": nodes,
            "labelings": {k: [lab[v] for v in nodes] for k, lab in labelings.items()},
            "modularity": modularity}


def agreement_cases(metrics):
    rng = random.Random(7)
    cases = [
        ([], []),
        ([5], [9]),
        ([0, 0, 1, 1], [0, 0, 1, 2]),
        ([0, 0, 1, 1], [1, 1, 0, 0]),
        ([0, 0, 0, 0], [0, 1, 2, 3]),
        ([0, 1, 2, 3], [0, 1, 2, 3]),
        ([3, 3, 3], [3, 3, 3]),
        ([1, 1, 1, 1, 1, 1], [0, 0, 0, 1, 1, 1]),
        ([0, 0, 1, 2, 2, 2, 2], [-4, -4, 10, 10, 7, 7, 7]),
        ([0, 1, 0, 1, 0, 1], [0, 0, 0, 1, 1, 1]),
    ]
    for n, ka, kb in [(50, 3, 4), (200, 10, 7), (500, 2, 50), (1000, 40, 40), (30, 30, 2)]:
        a = [rng.randrange(ka) for _ in range(n)]
        b = [rng.randrange(kb) for _ in range(n)]
        cases.append((a, b))
        # A noisy copy: b agrees with a on about 80% of the items.
        c = [x if rng.random() < 0.8 else rng.randrange(ka) + 100 for x in a]
        cases.append((a, c))
    out = []
    for a, b in cases:
        out.append({"a": a, "b": b,
                    "nmi": float(metrics.normalized_mutual_info_score(a, b)),
                    "ari": float(metrics.adjusted_rand_score(a, b))})
    return out


def main():
    if os.environ.get("PYTHONHASHSEED") != "0":
        env = dict(os.environ, PYTHONHASHSEED="0")
        os.execve(sys.executable, [sys.executable, os.path.abspath(__file__)] + sys.argv[1:], env)
    import igraph as ig
    import leidenalg as la
    import networkx as nx
    import sklearn
    from sklearn import metrics

    data = {
        "generated_by": "Tests/KlyngeGraphTests/Fixtures/communities/make_community_fixtures.py",
        "versions": {"networkx": nx.__version__, "igraph": ig.__version__,
                     "leidenalg": la.version, "scikit-learn": sklearn.__version__},
        "seeds": SEEDS,
        "graphs": [],
        "directed": [directed_entry(name, nx) for name in DIRECTED_GRAPHS],
        "agreement": agreement_cases(metrics),
    }
    for name in GRAPHS:
        print(f"[communities] {name}", file=sys.stderr)
        data["graphs"].append(graph_entry(name, nx, ig, la))
    # Compact, but one line per graph and per agreement case, so diffs stay readable.
    def dump(x):
        return json.dumps(x, sort_keys=True, ensure_ascii=False)
    lines = []
    for key in sorted(data):
        value = data[key]
        if isinstance(value, list) and value and isinstance(value[0], dict):
            inner = ",\n".join("  " + dump(v) for v in value)
            lines.append(f"{dump(key)}: [\n{inner}\n ]")
        else:
            lines.append(f"{dump(key)}: {dump(value)}")
    with open(OUT, "w", encoding="utf-8") as fh:
        fh.write("{\n " + ",\n ".join(lines) + "\n}\n")
    print(f"wrote {OUT}", file=sys.stderr)


if __name__ == "__main__":
    main()
