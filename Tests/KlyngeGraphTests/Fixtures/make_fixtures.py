#!/usr/bin/env python3
"""Generate NetworkX reference fixtures for the KlyngeGraph tests.

Run from anywhere (conventionally from the repo root):

    python3 Tests/KlyngeGraphTests/Fixtures/make_fixtures.py

Inputs:
  * real data from <repo>/../shared/data/sna_classic/ (repo root = three
    directories above this script); the CSVs actually used are copied into
    Fixtures/source/ so the tests never need ../shared;
  * graphs built with NetworkX generators using fixed seeds.

Outputs (for every graph NAME), written next to this script:
  * NAME.edges  -- '#' comment header, then `source<TAB>target[<TAB>weight]`
  * NAME.json   -- node list and reference centrality values

The output is deterministic: rerunning produces byte-identical files.
"""

import json
import os
import random
import shutil
import sys
import csv

import networkx as nx

EXPECTED_NX = "3.6.1"

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(os.path.dirname(HERE)))
DATA = os.path.join(os.path.dirname(REPO), "shared", "data", "sna_classic")
OUT = HERE
SRC_COPY = os.path.join(OUT, "source")

CSV_INPUTS = [
    "florentine_marriage_edges.csv",
    "karate_club_edges.csv",
    "les_miserables_edges.csv",
    "davis_women_projection_weighted_edges.csv",
]


# --------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------

def parse_number(text):
    """Parse a CSV weight: int when it is an integer literal, else float."""
    text = text.strip()
    try:
        return int(text)
    except ValueError:
        return float(text)


def read_csv_graph(filename, weight_column=None):
    """Read an undirected graph from a CSV in the sna_classic folder.

    Refuses self-loops and duplicate edges (in either orientation) so the
    NetworkX graph is exactly what the .edges file describes.
    """
    path = os.path.join(DATA, filename)
    G = nx.Graph()
    seen = set()
    with open(path, newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            u, v = row["source"], row["target"]
            if u == v:
                raise ValueError(f"{filename}: self-loop {u!r}")
            key = frozenset((u, v))
            if key in seen:
                raise ValueError(f"{filename}: duplicate edge {u!r}-{v!r}")
            seen.add(key)
            if weight_column is None:
                G.add_edge(u, v)
            else:
                G.add_edge(u, v, weight=parse_number(row[weight_column]))
    return G


def relabel_str(G):
    return nx.relabel_nodes(G, {n: str(n) for n in G.nodes()}, copy=True)


def drop_isolates(G):
    G.remove_nodes_from(sorted(nx.isolates(G)))
    return G


def sorted_edges(G):
    """Edges as (u, v, data), sorted by (source, target) string ids.

    Undirected edges are oriented so that source < target.
    """
    rows = []
    for u, v, d in G.edges(data=True):
        if not G.is_directed() and v < u:
            u, v = v, u
        rows.append((u, v, d))
    rows.sort(key=lambda r: (r[0], r[1]))
    return rows


def check_graph(name, G, weighted):
    for n in G.nodes():
        assert isinstance(n, str), (name, n)
        assert "\t" not in n and "\n" not in n and not n.startswith("#"), (name, n)
        assert n == n.strip(), (name, n)
    assert nx.number_of_selfloops(G) == 0, name
    assert not list(nx.isolates(G)), f"{name}: isolated nodes"
    if weighted:
        for u, v, d in G.edges(data=True):
            w = d.get("weight")
            assert isinstance(w, (int, float)) and not isinstance(w, bool), (name, u, v, w)
            assert w > 0, (name, u, v, w)


# --------------------------------------------------------------------------
# measures
# --------------------------------------------------------------------------

def to_float_map(result, nodes):
    return {n: float(result[n]) for n in nodes}


def measure_table(G, weighted):
    nodes = sorted(G.nodes())
    pers = {nodes[0]: 1.0, nodes[1]: 2.0, nodes[2]: 3.0}
    table = [
        ("degree", lambda: nx.degree_centrality(G)),
        ("betweenness", lambda: nx.betweenness_centrality(G)),
        ("betweenness_raw", lambda: nx.betweenness_centrality(G, normalized=False)),
        ("betweenness_endpoints", lambda: nx.betweenness_centrality(G, endpoints=True)),
        ("closeness", lambda: nx.closeness_centrality(G)),
        ("harmonic", lambda: nx.harmonic_centrality(G)),
        ("eigenvector", lambda: nx.eigenvector_centrality(G)),
        ("pagerank", lambda: nx.pagerank(G, weight=None)),
        ("pagerank_alpha", lambda: nx.pagerank(G, alpha=0.6, weight=None)),
        ("pagerank_personalized",
         lambda: nx.pagerank(G, weight=None, personalization=pers)),
        ("core", lambda: nx.core_number(G)),
        ("clustering", lambda: nx.clustering(G)),
    ]
    if weighted:
        table += [
            ("betweenness_weighted",
             lambda: nx.betweenness_centrality(G, weight="weight")),
            ("betweenness_weighted_raw",
             lambda: nx.betweenness_centrality(G, weight="weight", normalized=False)),
            ("closeness_weighted",
             lambda: nx.closeness_centrality(G, distance="weight")),
            ("harmonic_weighted",
             lambda: nx.harmonic_centrality(G, distance="weight")),
            ("eigenvector_weighted",
             lambda: nx.eigenvector_centrality(G, weight="weight")),
            ("pagerank_weighted", lambda: nx.pagerank(G, weight="weight")),
            ("clustering_weighted", lambda: nx.clustering(G, weight="weight")),
        ]
    return table


def compute_measures(name, G, weighted, skip=()):
    nodes = sorted(G.nodes())
    measures, errors = {}, {}
    for key, fn in measure_table(G, weighted):
        if key in skip:
            measures[key] = None
            errors[key] = "skipped (not computed for this graph)"
            continue
        try:
            measures[key] = to_float_map(fn(), nodes)
        except (nx.NetworkXException, ZeroDivisionError) as exc:
            measures[key] = None
            msg = exc.args[-1] if exc.args and isinstance(exc.args[-1], str) else str(exc)
            errors[key] = f"{type(exc).__name__}: {msg}"
            print(f"  {name}: {key} -> null ({errors[key]})", file=sys.stderr)
    return measures, errors


# --------------------------------------------------------------------------
# writing
# --------------------------------------------------------------------------

def canonical(G):
    """Same graph, nodes and edges inserted in sorted order (as in .edges)."""
    H = G.__class__()
    H.add_nodes_from(sorted(G.nodes()))
    H.add_edges_from(sorted_edges(G))
    return H


def write_fixture(name, G, weighted, source, skip=()):
    check_graph(name, G, weighted)
    G = canonical(G)
    nodes = sorted(G.nodes())
    edges = sorted_edges(G)
    directed = G.is_directed()

    lines = [
        f"# name: {name}",
        f"# directed: {'true' if directed else 'false'}",
        f"# weighted: {'true' if weighted else 'false'}",
        f"# nodes: {len(nodes)}",
        f"# edges: {len(edges)}",
        f"# source: {source}",
        f"# generated by Tests/KlyngeGraphTests/Fixtures/make_fixtures.py "
        f"(NetworkX {nx.__version__})",
    ]
    for u, v, d in edges:
        if weighted:
            lines.append(f"{u}\t{v}\t{d['weight']!r}")
        else:
            lines.append(f"{u}\t{v}")
    with open(os.path.join(OUT, f"{name}.edges"), "w", encoding="utf-8",
              newline="\n") as fh:
        fh.write("\n".join(lines) + "\n")

    measures, errors = compute_measures(name, G, weighted, skip)
    doc = {
        "name": name,
        "directed": directed,
        "weighted": weighted,
        "networkx": nx.__version__,
        "source": source,
        "num_edges": len(edges),
        "nodes": nodes,
        "measures": measures,
        "errors": errors,
    }
    with open(os.path.join(OUT, f"{name}.json"), "w", encoding="utf-8",
              newline="\n") as fh:
        fh.write(json.dumps(doc, indent=1, ensure_ascii=False, allow_nan=False))
        fh.write("\n")
    nulls = sorted(k for k, v in measures.items() if v is None)
    print(f"{name}: {len(nodes)} nodes, {len(edges)} edges, "
          f"directed={directed}, weighted={weighted}, null={nulls}")


# --------------------------------------------------------------------------
# graphs
# --------------------------------------------------------------------------

def build_disconnected():
    G = nx.Graph()
    # component 1: 6-cycle
    cycle = ["Tromsø", "Bodø", "Ålesund", "Kristiansund", "Førde", "Hønefoss"]
    nx.add_cycle(G, cycle)
    # component 2: triangle with a pendant node
    G.add_edges_from([("Bergen", "Stavanger"), ("Stavanger", "Haugesund"),
                      ("Haugesund", "Bergen"), ("Haugesund", "Sauda")])
    # component 3: a dyad
    G.add_edge("Kirkenes", "Vadsø")
    # component 4: another dyad
    G.add_edge("Lærdal", "Årdal")
    return G


def build_directed():
    G = nx.gnp_random_graph(40, 0.08, seed=7, directed=True)
    G = relabel_str(drop_isolates(G))
    dangling = [n for n in G if G.out_degree(n) == 0]
    assert dangling, "directed: expected at least one dangling node"
    return G, dangling


def build_directed_weighted():
    G = nx.gnp_random_graph(30, 0.12, seed=11, directed=True)
    rng = random.Random(11)
    # weights drawn in sorted (integer) edge order, independent of internals
    for u, v in sorted(G.edges()):
        G[u][v]["weight"] = rng.choice([1, 2, 3, 0.5, 2.5])
    return relabel_str(drop_isolates(G))


def build_weighted():
    G = nx.connected_watts_strogatz_graph(60, 4, 0.2, seed=3)
    rng = random.Random(3)
    for u, v in sorted(tuple(sorted(e)) for e in G.edges()):
        G[u][v]["weight"] = rng.randint(1, 5)
    return relabel_str(G)


def build_grid40():
    G = nx.grid_2d_graph(40, 40)
    return nx.relabel_nodes(G, {(r, c): f"{r}_{c}" for r, c in G.nodes()})


def main():
    # NetworkX iterates over sets of string node ids in places, so the order of
    # floating-point sums (and thus the last bits of the results) depends on
    # Python's string hash seed. Re-run with a fixed seed for byte-identical
    # output.
    if os.environ.get("PYTHONHASHSEED") != "0":
        env = dict(os.environ, PYTHONHASHSEED="0")
        os.execve(sys.executable, [sys.executable, os.path.abspath(__file__)]
                  + sys.argv[1:], env)
    if nx.__version__ != EXPECTED_NX:
        print(f"warning: NetworkX {nx.__version__} != {EXPECTED_NX}; "
              "fixtures will differ from the committed ones", file=sys.stderr)
    if not os.path.isdir(DATA):
        sys.exit(f"data folder not found: {DATA}")

    os.makedirs(SRC_COPY, exist_ok=True)
    for f in CSV_INPUTS:
        shutil.copyfile(os.path.join(DATA, f), os.path.join(SRC_COPY, f))

    src = "shared/data/sna_classic/"
    write_fixture("florentine", read_csv_graph("florentine_marriage_edges.csv"),
                  False, src + "florentine_marriage_edges.csv")
    write_fixture("karate", read_csv_graph("karate_club_edges.csv"),
                  False, src + "karate_club_edges.csv (weight column ignored)")
    write_fixture("karate_weighted",
                  read_csv_graph("karate_club_edges.csv", "weight"),
                  True, src + "karate_club_edges.csv (weight column)")
    write_fixture("lesmis", read_csv_graph("les_miserables_edges.csv", "weight"),
                  True, src + "les_miserables_edges.csv (weight column)")
    write_fixture("davis",
                  read_csv_graph("davis_women_projection_weighted_edges.csv",
                                 "shared_events"),
                  True, src + "davis_women_projection_weighted_edges.csv "
                  "(weight = shared_events)")

    write_fixture("path10", relabel_str(nx.path_graph(10)), False,
                  "nx.path_graph(10)")
    write_fixture("star8", relabel_str(nx.star_graph(8)), False,
                  "nx.star_graph(8) (hub 0 + 8 leaves)")
    write_fixture("disconnected", build_disconnected(), False,
                  "hand-built: 6-cycle + triangle with pendant + 2 dyads "
                  "(Norwegian place names)")

    G, dangling = build_directed()
    print(f"directed: dangling (out-degree 0) nodes: {sorted(dangling)}")
    write_fixture("directed", G, False,
                  "nx.gnp_random_graph(40, 0.08, seed=7, directed=True), "
                  "isolated nodes dropped")
    write_fixture("directed_weighted", build_directed_weighted(), True,
                  "nx.gnp_random_graph(30, 0.12, seed=11, directed=True), "
                  "weights random.Random(11).choice([1, 2, 3, 0.5, 2.5]) in "
                  "sorted edge order, isolated nodes dropped")
    write_fixture("weighted", build_weighted(), True,
                  "nx.connected_watts_strogatz_graph(60, 4, 0.2, seed=3), "
                  "weights random.Random(3).randint(1, 5) in sorted edge order")
    write_fixture("grid40", build_grid40(), False,
                  "nx.grid_2d_graph(40, 40), node (r, c) -> 'r_c'")
    write_fixture("gnp300",
                  relabel_str(drop_isolates(nx.gnp_random_graph(300, 0.02, seed=42))),
                  False, "nx.gnp_random_graph(300, 0.02, seed=42), "
                  "isolated nodes dropped")
    write_fixture("ba400", relabel_str(nx.barabasi_albert_graph(400, 3, seed=42)),
                  False, "nx.barabasi_albert_graph(400, 3, seed=42)")
    write_fixture("gnp250_directed",
                  relabel_str(drop_isolates(
                      nx.gnp_random_graph(250, 0.02, seed=5, directed=True))),
                  False, "nx.gnp_random_graph(250, 0.02, seed=5, directed=True), "
                  "isolated nodes dropped")


if __name__ == "__main__":
    main()
