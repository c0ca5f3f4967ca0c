#!/usr/bin/env python3
"""Reads a dynamic GEXF written by `klynge export --to gexf --dynamic` with NetworkX's reader
and compares it with what the dataset's CSV files say, computed here without Klynge.

Usage: python check_dynamic_gexf.py FILE.gexf DATASET_FOLDER
Needs networkx (pinned in the Makefile's `oracle` target; checked with NetworkX 3.6.1).
Run by Tests/KlyngeEcosystemTests/DynamicGEXFTests.swift.

From the CSV files (Python's csv module and datetime alone):
- a project runs from the first day of its start (`2019` -> 2019-01-01, `2019-05` ->
  2019-05-01) to the last day of its end (`2021` -> 2021-12-31, `2021-02` -> 2021-02-28), or
  to the last day of its start year when it has no end; a project whose start is `unknown`
  is left out;
- the nodes are the members in at least one dated project; a node's spells are the days its
  projects run, days shared by two spells merged into one (closed intervals: [a, b] and
  [c, d] with c <= b become [a, max(b, d)]);
- the edges are the pairs of members sharing a dated project, weighted by the number of such
  projects; an edge's spells are the days its shared projects run, merged the same way.

NetworkX 3.6.1 knows the GEXF namespaces 1.1draft, 1.2draft and 1.3 but not the namespace of
the official GEXF 1.2 schema (http://www.gexf.net/1.2, which Klynge writes and validates
against): the script registers it as version "1.2" in NetworkX's own table of versions and
reads the file with the unmodified nx.read_gexf. Nothing in the file is rewritten.

Prints `ok: N nodes, E edges, S node spells, T edge spells` and a few spells, or the
differences and exits 1.
"""
import calendar
import csv
import datetime
import pathlib
import sys

import networkx as nx
from networkx.readwrite import gexf as nx_gexf

NS_12 = "http://www.gexf.net/1.2"


def register_gexf_12():
    versions = nx_gexf.GEXF.versions
    if "1.2" not in versions:
        entry = dict(versions["1.2draft"])
        entry.update(NS_GEXF=NS_12, NS_VIZ=NS_12 + "/viz",
                     SCHEMALOCATION=f"{NS_12} {NS_12}/gexf.xsd", VERSION="1.2")
        versions["1.2"] = entry


def parse_date(text, last):
    """First (last=False) or last (last=True) day of YYYY, YYYY-MM or YYYY-MM-DD; None for unknown."""
    text = text.strip()
    if text.lower() in ("unknown", "ukjent"):
        return None
    parts = [int(x) for x in text.split("-")]
    y = parts[0]
    m = parts[1] if len(parts) > 1 else (12 if last else 1)
    d = parts[2] if len(parts) > 2 else (calendar.monthrange(y, m)[1] if last else 1)
    return datetime.date(y, m, d)


def union(spells):
    out = []
    for s, e in sorted(spells):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def expected(folder):
    folder = pathlib.Path(folder)
    with open(folder / "members.csv", encoding="utf-8", newline="") as f:
        names = {r["id"]: r["name"] for r in csv.DictReader(f)}
    spans = {}
    undated = []
    with open(folder / "projects.csv", encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            start = parse_date(r["start"], last=False)
            if start is None:
                undated.append(r["id"])
                continue
            end_text = (r.get("end") or "").strip()
            end = parse_date(end_text, last=True) if end_text else datetime.date(start.year, 12, 31)
            spans[r["id"]] = (start, max(start, end))
    members_of = {}
    with open(folder / "participations.csv", encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            if r["project"] in spans:
                members_of.setdefault(r["project"], set()).add(r["member"])
    node_spells, edge_spells, weights = {}, {}, {}
    for p, ms in members_of.items():
        span = spans[p]
        ms = sorted(ms)
        for m in ms:
            node_spells.setdefault(m, []).append(span)
        for i, a in enumerate(ms):
            for b in ms[i + 1:]:
                edge_spells.setdefault((a, b), []).append(span)
                weights[(a, b)] = weights.get((a, b), 0) + 1
    nodes = {m: union(s) for m, s in node_spells.items()}
    edges = {k: union(s) for k, s in edge_spells.items()}
    return names, nodes, edges, weights, undated


def as_dates(spells):
    return [(datetime.date.fromisoformat(s), datetime.date.fromisoformat(e)) for s, e in spells]


def main():
    path, folder = sys.argv[1], sys.argv[2]
    register_gexf_12()
    G = nx.read_gexf(path, version="1.2")
    names, nodes, edges, weights, undated = expected(folder)
    problems = []
    if G.graph.get("mode") != "dynamic":
        problems.append(f"graph mode {G.graph.get('mode')!r}, expected 'dynamic'")
    if G.is_directed() or G.is_multigraph():
        problems.append("expected a simple undirected graph")
    if set(G.nodes) != set(nodes):
        problems.append(f"nodes: {len(G)} read, {len(nodes)} expected; "
                        f"extra {sorted(set(G.nodes) - set(nodes))[:5]}, missing {sorted(set(nodes) - set(G.nodes))[:5]}")
    for m, want in sorted(nodes.items()):
        if m not in G:
            continue
        if G.nodes[m].get("label") != names[m]:
            problems.append(f"node {m}: label {G.nodes[m].get('label')!r}, expected {names[m]!r}")
        got = as_dates(G.nodes[m].get("spells", []))
        if got != want:
            problems.append(f"node {m}: spells {got}, expected {want}")
    got_edges = {tuple(sorted((u, v))): d for u, v, d in G.edges(data=True)}
    if set(got_edges) != set(edges):
        problems.append(f"edges: {len(got_edges)} read, {len(edges)} expected; "
                        f"extra {sorted(set(got_edges) - set(edges))[:5]}, missing {sorted(set(edges) - set(got_edges))[:5]}")
    for k, want in sorted(edges.items()):
        if k not in got_edges:
            continue
        d = got_edges[k]
        if d.get("weight") != weights[k]:
            problems.append(f"edge {k}: weight {d.get('weight')}, expected {weights[k]}")
        got = as_dates(d.get("spells", []))
        if got != want:
            problems.append(f"edge {k}: spells {got}, expected {want}")
    if problems:
        print(f"{len(problems)} differences:")
        for line in problems[:20]:
            print("  " + line)
        sys.exit(1)
    node_spells = sum(len(s) for s in nodes.values())
    edge_spells = sum(len(s) for s in edges.values())
    print(f"ok: {len(nodes)} nodes, {len(edges)} edges, {node_spells} node spells, {edge_spells} edge spells, "
          f"{len(undated)} undated projects")
    # A few spells: the edges with the most spells, ties by ids.
    for k in sorted(edges, key=lambda k: (-len(edges[k]), k))[:3]:
        spells = "; ".join(f"{s.isoformat()}..{e.isoformat()}" for s, e in edges[k])
        print(f"edge {k[0]} -- {k[1]}: {spells}")


if __name__ == "__main__":
    main()
