#!/usr/bin/env python3
"""Build the bundled edge-list datasets in Datasets/ from ../shared/data.

Run from the repository root:  python3 Scripts/build_datasets.py
Output is deterministic (edges sorted); rerunning gives identical files.

- Datasets/netscience/netscience.edges: Newman's network-science coauthorship
  network (1,589 authors, 2,742 ties), ids = author names, weight = Newman's
  collaboration weight (sum over shared papers of 1/(authors - 1)).
- Datasets/sna-classic/*.edges: Padgett's Florentine families, Zachary's karate
  club, Les Miserables co-appearances, Davis Southern Women projection.
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


if __name__ == "__main__":
    if not SHARED.is_dir():
        sys.exit(f"missing {SHARED}: the shared data folder must sit beside the repository")
    netscience()
    classic()
