"""What the default map of a large dataset draws, computed with NetworkX from the CSV files.

Writes large-map-selection.json for MapSelectionTests: the members and ties of
`klynge map Datasets/norway-h2020 --size-by degree` (the large-dataset default of
KlyngeRender's MapOptions: the 150 members highest by degree centrality, ties broken by
id; their ties of at least 2 shared projects; of those, each member's 3 strongest, ties
broken by the partner's id, a tie kept when it is among the 3 strongest of either end;
members left without a tie are not drawn).

Usage (from the repository root, with networkx 3.6.1 installed, e.g. Scripts/.venv after make oracle): python Tests/KlyngeRenderTests/Fixtures/large_map_selection.py
(NetworkX 3.6.1; run from the repository root).
"""

import csv
import itertools
import json
import pathlib

import networkx as nx

TOP, MIN_WEIGHT, PER_MEMBER = 150, 2, 3
root = pathlib.Path("Datasets/norway-h2020")
members = [r["id"] for r in csv.DictReader(open(root / "members.csv", encoding="utf-8"))]
by_project = {}
for r in csv.DictReader(open(root / "participations.csv", encoding="utf-8")):
    by_project.setdefault(r["project"], set()).add(r["member"])

g = nx.Graph()
g.add_nodes_from(members)
for ms in by_project.values():
    for a, b in itertools.combinations(sorted(ms), 2):
        w = g[a][b]["weight"] + 1 if g.has_edge(a, b) else 1
        g.add_edge(a, b, weight=w)

degree = nx.degree_centrality(g)
top = sorted(members, key=lambda m: (-degree[m], m.encode()))[:TOP]
chosen = set(top)
ties = {
    tuple(sorted((a, b), key=str.encode)): d["weight"]
    for a, b, d in g.subgraph(chosen).edges(data=True)
    if d["weight"] >= MIN_WEIGHT
}
kept_ties = set()
for m in chosen:
    mine = [(t, w) for t, w in ties.items() if m in t]
    other = lambda t: t[1] if t[0] == m else t[0]
    mine.sort(key=lambda tw: (-tw[1], other(tw[0]).encode()))
    kept_ties.update(t for t, _ in mine[:PER_MEMBER])
drawn = sorted({m for t in kept_ties for m in t}, key=str.encode)
out = {
    "members": drawn,
    "chosen": len(chosen),
    "ties_before": len(ties),
    "ties": sorted([[a, b, ties[(a, b)]] for a, b in kept_ties], key=lambda t: (t[0].encode(), t[1].encode())),
}
path = pathlib.Path(__file__).with_name("large-map-selection.json")
path.write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
print(f"{len(drawn)} members, {len(kept_ties)} of {len(ties)} ties -> {path}")
