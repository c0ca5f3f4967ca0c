#!/usr/bin/env python3
"""Build the bundled edge-list datasets in Datasets/ from ../shared/data.

Run from the repository root:  python3 Scripts/build_datasets.py
Output is deterministic (edges sorted); rerunning gives identical files.

- Datasets/netscience/netscience.edges: Newman's network-science coauthorship
  network (1,589 authors, 2,742 ties), ids = author names, weight = Newman's
  collaboration weight (sum over shared papers of 1/(authors - 1)).
- Datasets/sna-classic/*.edges: Padgett's Florentine families, Zachary's karate
  club, Les Miserables co-appearances, Davis Southern Women projection.
- Datasets/florentine-families/: the marriage network as a dataset folder
  (families = members of kind `other`, marriages = relations.csv, no projects).
- Datasets/davis-southern-women/: the two-mode women x events data as a dataset
  folder (women = members, events = projects with start `unknown`: the source
  gives no years, and none is invented here).
"""
import csv
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data"


def write(path, header, edges):
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for line in header:
            f.write(f"# {line}\n")
        for e in sorted(edges):
            f.write("\t".join(str(x) for x in e) + "\n")


def netscience():
    names = {}
    with open(SHARED / "coauthorship" / "netscience_nodes.csv", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            names[r["id"]] = r["label"].strip()
    counts = {}
    for n in names.values():
        counts[n] = counts.get(n, 0) + 1
    # Names are unique in this data; keep the id as a suffix should that ever change.
    label = {i: (n if counts[n] == 1 else f"{n} #{i}") for i, n in names.items()}
    edges = []
    with open(SHARED / "coauthorship" / "netscience_edges.csv", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            a, b = label[r["source"]], label[r["target"]]
            if a == b:
                continue
            a, b = min(a, b), max(a, b)
            w = float(r["value"])
            edges.append((a, b, repr(w) if w != int(w) else int(w)))
    write(ROOT / "Datasets" / "netscience" / "netscience.edges",
          ["Newman (2006) network-science coauthorship network: author<TAB>author<TAB>weight",
           "source: shared/data/coauthorship/netscience_{nodes,edges}.csv; built by Scripts/build_datasets.py",
           f"nodes: {len(names)}  edges: {len(edges)}"], edges)


def classic():
    d = SHARED / "sna_classic"
    specs = [
        ("florentine", "florentine_marriage_edges.csv", None, "Padgett's Florentine families, marriage ties"),
        ("karate", "karate_club_edges.csv", None, "Zachary's karate club (unweighted)"),
        ("lesmis", "les_miserables_edges.csv", "weight", "Les Miserables co-appearances (Knuth), weight = scenes together"),
        ("davis", "davis_women_projection_weighted_edges.csv", "shared_events", "Davis Southern Women, women projection, weight = shared events"),
    ]
    for name, file, wcol, title in specs:
        edges = []
        with open(d / file, encoding="utf-8") as f:
            for r in csv.DictReader(f):
                a, b = r["source"], r["target"]
                a, b = min(a, b), max(a, b)
                edges.append((a, b, r[wcol]) if wcol else (a, b))
        write(ROOT / "Datasets" / "sna-classic" / f"{name}.edges",
              [title, f"source: shared/data/sna_classic/{file}; built by Scripts/build_datasets.py"], edges)


def write_csv(path, header, rows):
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def florentine():
    out = ROOT / "Datasets" / "florentine-families"
    edges = []
    with open(SHARED / "sna_classic" / "florentine_marriage_edges.csv", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            a, b = sorted((r["source"], r["target"]))
            edges.append((a, b))
    families = sorted({x for e in edges for x in e})
    write_csv(out / "members.csv", ["id", "name", "kind"], [(x, x, "other") for x in families])
    write_csv(out / "projects.csv", ["id", "start"], [])
    write_csv(out / "participations.csv", ["project", "member"], [])
    write_csv(out / "relations.csv", ["source", "target", "type", "weight"], [(a, b, "marriage", 1) for a, b in sorted(edges)])


def davis():
    out = ROOT / "Datasets" / "davis-southern-women"
    ties, women = [], []
    with open(SHARED / "sna_classic" / "davis_southern_women_bipartite_edges.csv", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            ties.append((r["event"], r["woman"]))
            if r["woman"] not in women:
                women.append(r["woman"])  # keep the source's order (Davis's table order)
    events = sorted({e for e, _ in ties}, key=lambda e: int(e[1:]))
    write_csv(out / "members.csv", ["id", "name", "kind"], [(w, w, "other") for w in women])
    write_csv(out / "projects.csv", ["id", "title", "start"], [(e, f"Social event {e[1:]}", "unknown") for e in events])
    write_csv(out / "participations.csv", ["project", "member"],
              sorted(ties, key=lambda t: (int(t[0][1:]), women.index(t[1]))))


if __name__ == "__main__":
    if not SHARED.is_dir():
        sys.exit(f"missing {SHARED}: the shared data folder must sit beside the repository")
    netscience()
    classic()
    florentine()
    davis()
