#!/usr/bin/env python3
"""Reference topic counts of the bundled datasets, counted with Python's csv module alone.

Writes topic_counts.json: for each dataset, [topic, members, projects] rows. A member has its
declared topics (members.csv, ';'-separated), or when it declares none the topics of the
projects it takes part in; a member or project counts once per topic. Sorted by members
descending, then by topic (code points). The datasets write each topic in one spelling, so no
folding is needed here.
Run from this folder: python3 make_topic_counts.py
"""
import csv, json
from collections import Counter, defaultdict

def split(cell):
    return [t.strip() for t in (cell or "").split(";") if t.strip()]

def counts(folder):
    members = list(csv.DictReader(open(folder + "/members.csv", encoding="utf-8")))
    projects = {r["id"]: split(r.get("topics")) for r in csv.DictReader(open(folder + "/projects.csv", encoding="utf-8"))}
    joined = defaultdict(set)
    for r in csv.DictReader(open(folder + "/participations.csv", encoding="utf-8")):
        joined[r["member"]].update(projects[r["project"]])
    m, p = Counter(), Counter()
    for r in members:
        m.update(set(split(r.get("topics")) or joined[r["id"]]))
    for ts in projects.values():
        p.update(set(ts))
    return sorted(([t, m[t], p[t]] for t in set(m) | set(p)), key=lambda row: (-row[1], row[0]))

root = "../../../Datasets/"
out = {d: counts(root + d) for d in ["norwegian-health-supercluster", "norway-h2020"]}
out["tiny"] = counts("tiny")
json.dump(out, open("topic_counts.json", "w"), indent=1, ensure_ascii=False)
