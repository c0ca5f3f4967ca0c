#!/usr/bin/env python3
"""Reference collaboration graphs of tiny/ computed by NetworkX 3.x.

Writes tiny_projection.json: for each variant, the sorted edge list
[member, member, weight] of
- shared: networkx.bipartite.weighted_projected_graph (shared-project counts)
- newman: networkx.bipartite.collaboration_weighted_projected_graph
- window_2019_2020: shared counts over projects active in 2019-2020
  (start year <= 2020 and end year (or start year when no end) >= 2019).
Run from this folder: python3 make_projection_fixture.py
"""
import csv, json
import networkx as nx
from networkx.algorithms import bipartite

members = [r["id"] for r in csv.DictReader(open("tiny/members.csv", encoding="utf-8"))]
projects = {r["id"]: r for r in csv.DictReader(open("tiny/projects.csv", encoding="utf-8"))}
parts = [(r["project"], r["member"]) for r in csv.DictReader(open("tiny/participations.csv", encoding="utf-8"))]

def graph(project_ids):
    B = nx.Graph()
    B.add_nodes_from(members, bipartite=0)
    B.add_nodes_from(("P:" + p for p in project_ids), bipartite=1)
    B.add_edges_from((m, "P:" + p) for p, m in parts if p in project_ids)
    return B

def edges(G):
    return sorted([min(u, v), max(u, v), d["weight"]] for u, v, d in G.edges(data=True))

def active(p, lo, hi):
    s = int(projects[p]["start"][:4]); e = int((projects[p]["end"] or projects[p]["start"])[:4])
    return s <= hi and e >= lo

B = graph(set(projects))
out = {
    "networkx": nx.__version__,
    "shared": edges(bipartite.weighted_projected_graph(B, members)),
    "newman": edges(bipartite.collaboration_weighted_projected_graph(B, members)),
    "window_2019_2020": edges(bipartite.weighted_projected_graph(graph({p for p in projects if active(p, 2019, 2020)}), members)),
}
json.dump(out, open("tiny_projection.json", "w"), indent=1)
