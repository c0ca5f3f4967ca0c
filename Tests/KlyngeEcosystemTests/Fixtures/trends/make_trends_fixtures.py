#!/usr/bin/env python3
"""Reference values for `klynge trends` (Ecosystem.trends), computed by NetworkX 3.x.

Each year's collaboration graph is built here from the dataset's CSV files alone, without
Klynge: for year Y and window K, the projects running in any of the years Y-K+1 .. Y (a
project runs from its start year to its end year, or in its start year alone when it has no
end; a project whose start is `unknown` is left out) give
- the nodes: the members taking part in one of them, added in members.csv order;
- the edges: every pair of members sharing one of them.
On that graph:
- active_members = G.number_of_nodes(), ties = G.number_of_edges();
- first_project_members: active members whose earliest dated project starts in Y;
- new_ties: ties whose earliest shared dated project starts in Y; grouped_new_ties /
  cross_new_ties: new ties whose members both have clusters / have none in common (by kind:
  every new tie is grouped, crossing when the kinds differ, when the dataset has no cluster);
- public_private_ties: ties between a public and a private kind (the table of DatasetFormat.md);
- components = nx.number_connected_components(G);
  largest = max(nx.connected_components(G), key=len);
- mean_distance = nx.average_shortest_path_length(G.subgraph(largest)), null below 2 members;
- betweenness = nx.betweenness_centrality(G) (normalised);
- risers / fallers: the 5 largest positive / negative changes of betweenness from the graph of
  the window ending in Y-1 (0 for a member absent from a graph), ties by id.
A comparison at a year: before / after = means over the years before it / from it on
(undefined years left out), sd = statistics.stdev of the changes between consecutive years.

Writes trends.json next to this script. Run from the repository root:
    python3 Tests/KlyngeEcosystemTests/Fixtures/trends/make_trends_fixtures.py   (needs networkx)
"""
import csv
import itertools
import json
import os
import statistics

import networkx as nx

HERE = os.path.dirname(os.path.abspath(__file__))
PUBLIC = {"municipality", "county-authority", "hospital", "university", "research-institute", "public-agency"}


def load(folder):
    def rows(name):
        with open(os.path.join(folder, name), encoding="utf-8", newline="") as f:
            return list(csv.DictReader(f))

    members = rows("members.csv")
    projects = {}
    for p in rows("projects.csv"):
        if p["start"].strip().lower() == "unknown":
            continue
        start = int(p["start"][:4])
        end = int(p["end"][:4]) if p.get("end", "").strip() else start
        projects[p["id"]] = (start, max(start, end))
    team = {}
    for r in rows("participations.csv"):
        team.setdefault(r["project"], [])
        if r["member"] not in team[r["project"]]:
            team[r["project"]].append(r["member"])
    return members, projects, team


def yearly(folder, window, years, compare=None):
    members, projects, team = load(folder)
    order = [m["id"] for m in members]
    kind = {m["id"]: m["kind"] for m in members}
    clusters = {m["id"]: {c.strip() for c in m["clusters"].split(";") if c.strip()} for m in members}
    by_kind = not any(clusters.values())

    first_member, first_pair = {}, {}
    for p, (s, e) in projects.items():
        for m in team.get(p, []):
            first_member[m] = min(first_member.get(m, s), s)
        for u, v in itertools.combinations(team.get(p, []), 2):
            key = frozenset((u, v))
            first_pair[key] = min(first_pair.get(key, s), s)

    def graph(y):
        lo = y - window + 1
        running = [p for p, (s, e) in projects.items() if s <= y and e >= lo]
        active = {m for p in running for m in team.get(p, [])}
        G = nx.Graph()
        G.add_nodes_from(m for m in order if m in active)
        for p in running:
            G.add_edges_from(itertools.combinations(team.get(p, []), 2))
        return G

    def movers(before, after, sign):
        ids = set(before) | set(after)
        changes = [(after.get(i, 0.0) - before.get(i, 0.0), i) for i in ids]
        chosen = [c for c in changes if sign * c[0] > 0]
        chosen.sort(key=lambda c: (-sign * c[0], c[1]))
        return [[i, before.get(i, 0.0), after.get(i, 0.0)] for _, i in chosen[:5]]

    rows = []
    previous = nx.betweenness_centrality(graph(years[0] - 1))
    for y in range(years[0], years[1] + 1):
        G = graph(y)
        bc = nx.betweenness_centrality(G)
        grouped = cross = public_private = new = 0
        for u, v in G.edges():
            if (kind[u] in PUBLIC) != (kind[v] in PUBLIC):
                public_private += 1
            if first_pair[frozenset((u, v))] != y:
                continue
            new += 1
            if by_kind:
                grouped += 1
                cross += kind[u] != kind[v]
            elif clusters[u] and clusters[v]:
                grouped += 1
                cross += not (clusters[u] & clusters[v])
        if G.number_of_nodes():
            largest = max(nx.connected_components(G), key=len)
            mean = nx.average_shortest_path_length(G.subgraph(largest)) if len(largest) >= 2 else None
        else:
            largest, mean = set(), None
        rows.append({
            "year": y,
            "active_members": G.number_of_nodes(),
            "first_project_members": sum(1 for m in G if first_member[m] == y),
            "ties": G.number_of_edges(),
            "new_ties": new,
            "grouped_new_ties": grouped,
            "cross_new_ties": cross,
            "public_private_ties": public_private,
            "components": nx.number_connected_components(G),
            "largest_component": len(largest),
            "mean_distance": mean,
            "betweenness": bc,
            "risers": movers(previous, bc, +1),
            "fallers": movers(previous, bc, -1),
        })
        previous = bc

    case = {"window": window, "years": list(years), "by_kind": by_kind, "rows": rows}
    if compare is not None:
        case["compare"] = {"year": compare, "measures": comparison(rows, compare)}
    return case


def comparison(rows, year):
    def share(a, b):
        return None if b == 0 else a / b

    series = {
        "active_members": lambda r: r["active_members"],
        "first_project_members": lambda r: r["first_project_members"],
        "ties": lambda r: r["ties"],
        "new_ties": lambda r: r["new_ties"],
        "cross_group_share_of_new_ties": lambda r: share(r["cross_new_ties"], r["grouped_new_ties"]),
        "public_private_share": lambda r: share(r["public_private_ties"], r["ties"]),
        "largest_connected_share": lambda r: share(r["largest_component"], r["active_members"]),
        "mean_distance": lambda r: r["mean_distance"],
    }
    out = {}
    for name, f in series.items():
        values = [(r["year"], f(r)) for r in rows]
        before = [x for y, x in values if y < year and x is not None]
        after = [x for y, x in values if y >= year and x is not None]
        changes = [b[1] - a[1] for a, b in zip(values, values[1:]) if a[1] is not None and b[1] is not None]
        sd = statistics.stdev(changes) if len(changes) >= 2 else None
        b = statistics.fmean(before) if before else None
        a = statistics.fmean(after) if after else None
        out[name] = {
            "before": b,
            "after": a,
            "sd": sd,
            "beyond": None if (a is None or b is None or sd is None) else abs(a - b) > 2 * sd,
        }
    return out


def span(folder):
    _, projects, _ = load(folder)
    return (min(s for s, _ in projects.values()), max(e for _, e in projects.values()))


def main():
    root = os.path.normpath(os.path.join(HERE, "..", "..", "..", ".."))
    supercluster = os.path.join(root, "Datasets", "norwegian-health-supercluster")
    small = os.path.join(HERE, "small")
    plain = os.path.join(HERE, "small-no-clusters")
    cases = {
        "supercluster": yearly(supercluster, 1, span(supercluster), compare=2020),
        "supercluster_window3": yearly(supercluster, 3, span(supercluster)),
        "small": yearly(small, 1, (2017, 2024), compare=2021),
        "small_window2": yearly(small, 2, (2018, 2023)),
        "small_no_clusters": yearly(plain, 1, span(plain)),
    }
    out = {"networkx": nx.__version__, "cases": cases}
    with open(os.path.join(HERE, "trends.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, indent=1, sort_keys=True)
        f.write("\n")


if __name__ == "__main__":
    main()
