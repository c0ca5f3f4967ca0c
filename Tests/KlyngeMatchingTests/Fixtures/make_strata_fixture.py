#!/usr/bin/env python3
"""Reference values for the strata of `klynge evaluate` (EvaluationStrataTests), computed
independently with NetworkX from a small seeded ecosystem written into the fixture.

Run from the repo root with a python that has networkx (3.x):

    python3 Tests/KlyngeMatchingTests/Fixtures/make_strata_fixture.py

The protocol, as the README's evaluation section states it:
- training graph: members of projects starting before 2017, tied when they shared one;
- test pair (s, t): s a company, t a university, both in the training graph, not tied,
  partners in a project starting in 2017 or later; each s with a test pair is a query whose
  candidates are every university of the training graph other than s and not tied to it;
- stratum of a test pair: nx.shortest_path_length(G, s, t) == 2 ("shared_neighbour"),
  otherwise (3 or more, or no path) "no_shared_neighbour";
- a query is in a stratum when one of its true partners is; there its true partners are
  those of the stratum and its partners of the other stratum leave its candidates;
- ranking: score descending, ties by member id ascending; reciprocal rank of the first
  true partner; precision@k and recall@k (k = 3, precision divides by k); AUC as the
  Mann-Whitney share of (partner, non-partner) pairs with the partner scoring higher, ties
  counting 1/2 (queries without a non-partner left out of the AUC mean).
Scores: networkx common_neighbors (count), jaccard_coefficient, preferential_attachment.
Writes strata.json: the ecosystem (members, projects) and per stratum and method the means.
"""
import json
import os
import random
from itertools import combinations

import networkx as nx

SPLIT, K = 2017, 3
rng = random.Random(2026)
companies = [f"c{i:02d}" for i in range(14)]
universities = [f"u{i:02d}" for i in range(20)]
members = companies + universities
projects = []
for i in range(18):
    size = rng.choice([2, 2, 3, 3, 4])
    projects.append({"id": f"p{i:02d}", "year": rng.choice([2014, 2015, 2016]),
                     "members": sorted(rng.sample(members, size))})
projects.append({"id": "p18", "year": 2016, "members": ["u19"]})  # in the training graph, no ties
for i in range(16):
    size = rng.choice([2, 3, 3, 4, 5])
    projects.append({"id": f"t{i:02d}", "year": rng.choice([2017, 2018]),
                     "members": sorted(rng.sample(members, size))})
projects.append({"id": "t16", "year": 2018, "members": ["c00", "u19", "u03"]})

G = nx.Graph()
for p in projects:
    if p["year"] < SPLIT:
        G.add_nodes_from(p["members"])
        G.add_edges_from(combinations(p["members"], 2))

later = {}
for p in projects:
    if p["year"] >= SPLIT:
        for s in p["members"]:
            for t in p["members"]:
                if s in companies and t in universities and s in G and t in G and not G.has_edge(s, t):
                    later.setdefault(s, set()).add(t)


def stratum(s, t):
    try:
        return "shared_neighbour" if nx.shortest_path_length(G, s, t) == 2 else "no_shared_neighbour"
    except nx.NetworkXNoPath:
        return "no_shared_neighbour"


def score(method, s, c):
    if method == "common_neighbours":
        return len(list(nx.common_neighbors(G, s, c)))
    fn = {"jaccard": nx.jaccard_coefficient, "preferential_attachment": nx.preferential_attachment}[method]
    return next(iter(fn(G, [(s, c)])))[2]


def metrics(scores, partners):
    order = sorted(scores, key=lambda c: (-scores[c], c))
    first = min(order.index(p) for p in partners) + 1
    hits = sum(1 for c in order[:K] if c in partners)
    negatives = [c for c in scores if c not in partners]
    auc = None
    if negatives:
        wins = sum(1.0 if scores[p] > scores[n] else 0.5 if scores[p] == scores[n] else 0.0
                   for p in partners for n in negatives)
        auc = wins / (len(partners) * len(negatives))
    return 1 / first, hits / K, hits / len(partners), auc


METHODS = ["preferential_attachment", "common_neighbours", "jaccard"]
queries = []
for s in sorted(later):
    candidates = [t for t in sorted(universities) if t in G and t != s and not G.has_edge(s, t)]
    queries.append({"seeker": s, "candidates": candidates,
                    "partners": {t: stratum(s, t) for t in sorted(later[s])}})

out = {"networkx": nx.__version__, "split_year": SPLIT, "k": K, "companies": companies,
       "universities": universities, "projects": projects,
       "pair_strata": [[q["seeker"], t, st] for q in queries for t, st in q["partners"].items()],
       "strata": {}}
for name in ["shared_neighbour", "no_shared_neighbour"]:
    chosen = [q for q in queries if name in q["partners"].values()]
    entry = {"queries": [q["seeker"] for q in chosen],
             "test_pairs": sum(1 for q in chosen for st in q["partners"].values() if st == name),
             "methods": {}}
    for m in METHODS:
        rows = []
        for q in chosen:
            mine = {t for t, st in q["partners"].items() if st == name}
            others = {t for t, st in q["partners"].items() if st != name}
            scores = {c: score(m, q["seeker"], c) for c in q["candidates"] if c not in others}
            rows.append(metrics(scores, mine))
        aucs = [r[3] for r in rows if r[3] is not None]
        entry["methods"][m] = {"mrr": sum(r[0] for r in rows) / len(rows),
                               "precision_at_k": sum(r[1] for r in rows) / len(rows),
                               "recall_at_k": sum(r[2] for r in rows) / len(rows),
                               "auc": sum(aucs) / len(aucs), "auc_queries": len(aucs)}
    out["strata"][name] = entry

both = [q["seeker"] for q in queries if len(set(q["partners"].values())) == 2]
assert both and all(out["strata"][n]["queries"] for n in out["strata"]), "want queries in both strata"
path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "strata.json")
with open(path, "w", encoding="utf-8") as f:
    json.dump(out, f, indent=1)
    f.write("\n")
print(f"{os.path.relpath(path)}: {len(queries)} queries, {len(out['pair_strata'])} test pairs, {len(both)} with partners in both strata; "
      + ", ".join(f"{n}: {len(e['queries'])} queries, {e['test_pairs']} pairs" for n, e in out["strata"].items()))
