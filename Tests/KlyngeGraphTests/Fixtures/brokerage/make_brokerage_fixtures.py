#!/usr/bin/env python3
"""Reference values for Klynge's structural-hole and cut-vertex tests, from NetworkX.

Run from the repo root (after make_fixtures.py, whose .edges files it reads):

    python3 Tests/KlyngeGraphTests/Fixtures/brokerage/make_brokerage_fixtures.py
    Rscript Tests/KlyngeGraphTests/Fixtures/brokerage/make_brokerage_fixtures.R

For every graph NAME it writes NAME.groups.tsv (node<TAB>group: the i-th node in
sorted id order is in group i mod 3, a fixed, documented assignment) and
NAME.holes.json with, per node:
  constraint, effective_size            networkx.constraint / effective_size (weight=None).
      NetworkX 3.6 has two code paths that disagree, so each value is taken from the right one:
      constraint from the default sparse-matrix path (the per-node path gives NaN to a node
      without out-arcs on a directed graph, although it has contacts); effective size from
      Burt's per-node formula, evaluated with NetworkX's own normalized_mutual_weight for every
      node with a contact, and checked against nx.effective_size(nodes=...) wherever that is not
      NaN (the default sparse path divides by the wrong axis on weighted and directed graphs:
      networkx PR #8906).
  constraint_weighted, effective_size_weighted   (weight="weight", weighted graphs only)
  hierarchy[_weighted]                  Burt's hierarchy from networkx.local_constraint:
                                        sum_j r_j ln r_j / (N ln N), r_j = c_ij / (C/N);
                                        NaN (JSON null) below two contacts
plus articulation_points and bridges (networkx.articulation_points / bridges, undirected view).
The R script adds NAME.sna.csv (sna::brokerage). Output is deterministic.
"""
import json
import math
import os
import sys

import networkx as nx

if os.environ.get("PYTHONHASHSEED") != "0":
    os.environ["PYTHONHASHSEED"] = "0"
    os.execv(sys.executable, [sys.executable] + sys.argv)

HERE = os.path.dirname(os.path.abspath(__file__))
FIXTURES = os.path.dirname(HERE)
GRAPHS = ["florentine", "karate", "lesmis", "davis", "directed", "directed_weighted", "gnp250_directed",
          "gnp300", "disconnected", "star8", "path10", "ba400"]


def read(name):
    directed = weighted = False
    edges = []
    with open(os.path.join(FIXTURES, name + ".edges"), encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("# directed:"):
                directed = line.split(":")[1].strip() == "true"
            elif line.startswith("# weighted:"):
                weighted = line.split(":")[1].strip() == "true"
            elif line and not line.startswith("#"):
                edges.append(line.split("\t"))
    g = nx.DiGraph() if directed else nx.Graph()
    nodes = sorted({e[0] for e in edges} | {e[1] for e in edges})
    g.add_nodes_from(nodes)
    for e in edges:
        if weighted:
            g.add_edge(e[0], e[1], weight=float(e[2]))
        else:
            g.add_edge(e[0], e[1])
    return g, weighted


def num(x):
    return None if x is None or (isinstance(x, float) and math.isnan(x)) else x


def hierarchy(g, weight):
    out = {}
    for v in g:
        contacts = set(nx.all_neighbors(g, v))
        k = len(contacts)
        if k < 2:
            out[v] = None
            continue
        local = [nx.local_constraint(g, v, j, weight=weight) for j in sorted(contacts)]
        c = sum(local)
        h = sum((lc / (c / k)) * math.log(lc / (c / k)) for lc in local if lc > 0)
        out[v] = h / (k * math.log(k))
    return out


def effective_size(g, weight):
    """Burt's effective size: sum over contacts u of 1 - sum_w p_vw m_uw (NetworkX's redundancy)."""
    nmw = nx.algorithms.structuralholes.normalized_mutual_weight
    out = {}
    for v in g:
        contacts = set(nx.all_neighbors(g, v)) - {v}
        if not contacts:
            out[v] = None
            continue
        out[v] = sum(1 - sum(nmw(g, v, w, weight=weight) * nmw(g, u, w, norm=max, weight=weight) for w in contacts)
                     for u in contacts)
    return out


def main():
    for name in GRAPHS:
        g, weighted = read(name)
        nodes = sorted(g.nodes())
        groups = {v: i % 3 for i, v in enumerate(nodes)}
        with open(os.path.join(HERE, name + ".groups.tsv"), "w", encoding="utf-8") as f:
            f.write("node\tgroup\n")
            for v in nodes:
                f.write(f"{v}\t{groups[v]}\n")
        data = {"name": name, "directed": g.is_directed(), "weighted": weighted, "networkx": nx.__version__}
        measures = {}
        variants = [("", None)] + ([("_weighted", "weight")] if weighted else [])
        for suffix, w in variants:
            c = nx.constraint(g, weight=w)
            e = effective_size(g, w)
            per_node = nx.effective_size(g, nodes=nodes, weight=w)
            for v in nodes:
                if not math.isnan(per_node[v]):
                    assert abs(per_node[v] - e[v]) <= 1e-9 * max(1, abs(e[v])), (name, v, per_node[v], e[v])
            sparse = nx.effective_size(g, weight=w)
            off = sum(1 for v in nodes if not (math.isnan(e[v]) and math.isnan(sparse[v])) and abs(e[v] - sparse[v]) > 1e-9)
            if off:
                print(f"  {name}{suffix}: the sparse path of effective_size differs on {off} of {len(nodes)} nodes")
            h = hierarchy(g, w)
            measures["constraint" + suffix] = {v: num(c[v]) for v in nodes}
            measures["effective_size" + suffix] = {v: num(e[v]) for v in nodes}
            measures["hierarchy" + suffix] = {v: num(h[v]) for v in nodes}
        data["measures"] = measures
        u = g.to_undirected() if g.is_directed() else g
        data["articulation_points"] = sorted(nx.articulation_points(u))
        data["bridges"] = sorted(sorted(b) for b in nx.bridges(u))
        with open(os.path.join(HERE, name + ".holes.json"), "w", encoding="utf-8") as f:
            json.dump(data, f, indent=1, sort_keys=True)
            f.write("\n")
        print(name, len(nodes), "nodes")


if __name__ == "__main__":
    main()
