#!/usr/bin/env python3
"""Prints the README's `klynge evaluate` result tables by running the release binary.

    swift build -c release && python3 Scripts/datasets/build_cordis_all.py
    python3 Scripts/evaluation/tables.py [--cordis] [--cold-start]

Each cell is what `klynge evaluate … --format json` prints; "previous weights" runs the same
command with --weights Scripts/evaluation/tuning-start.weights. The stratified tables are the
JSON's "strata": the test pairs whose partner shares a training partner with the seeker, and
those that share none (each with its own best baseline and bootstrap interval). With --cold-start it prints the
newcomer tables instead: `klynge evaluate … --cold-start --top 1 --format json` per set (precision@1
is the share of newcomers whose first suggestion is a real partner of their first project), and
"previous weights" runs it with --weights Scripts/evaluation/newcomer-tuning-start.weights, and "without
the newcomer's country" with --weights Scripts/evaluation/newcomer-no-country.weights (same_country = 0).
"""
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
K = str(ROOT / ".build/release/klynge")
START = str(ROOT / "Scripts/evaluation/tuning-start.weights")
NEWCOMER_START = str(ROOT / "Scripts/evaluation/newcomer-tuning-start.weights")
NO_COUNTRY = str(ROOT / "Scripts/evaluation/newcomer-no-country.weights")
SETS = [(2017, "public-agency,municipality", "2017: agencies + municipalities"), (2017, "university", "2017: universities"),
        (2018, "public-agency,municipality", "2018: agencies + municipalities"), (2018, "university", "2018: universities")]
NAMES = {"random": "random (seed 42)", "preferential_attachment": "preferential attachment", "common_neighbours": "common neighbours",
         "jaccard": "Jaccard", "adamic_adar": "Adamic–Adar", "resource_allocation": "resource allocation",
         "personalised_pagerank": "personalised PageRank", "topic_fit": "topic fit only"}
SHORT = {"common_neighbours": "CN", "adamic_adar": "AA", "resource_allocation": "RA", "preferential_attachment": "PA",
         "personalised_pagerank": "PPR", "jaccard": "Jaccard", "topic_fit": "topic fit", "random": "random"}


def run(dataset, year, targets, *extra):
    out = subprocess.run([K, "evaluate", dataset, "--split-year", str(year), "--seeker-kind", "company", "--target-kind", targets,
                          "--format", "json", *extra], check=True, capture_output=True, text=True).stdout
    return json.loads(out)


COLD_NAMES = {"random": "random (seed 42)", "topic_fit": "topic fit only", "popularity": "popularity",
              "topic_popularity": "topic popularity", "same_county": "same county", "same_country": "same country"}
COLD_SHORT = {"random": "random", "topic_fit": "topic fit", "popularity": "popularity",
              "topic_popularity": "topic popularity", "same_county": "same county", "same_country": "same country"}


def cold_start(dataset):
    """The cold-start tables: MRR and first-suggestion hit rate per method, Klynge's ratio to the best baseline."""
    now = [run(dataset, y, t, "--cold-start", "--top", "1") for y, t, _ in SETS]
    before = [run(dataset, y, t, "--cold-start", "--top", "1", "--weights", NEWCOMER_START, "--bootstrap", "0")
              for y, t, _ in SETS]
    no_country = [run(dataset, y, t, "--cold-start", "--top", "1", "--weights", NO_COUNTRY, "--bootstrap", "0")
                  for y, t, _ in SETS]
    methods = [m for m in COLD_NAMES if m in now[0]["methods"]]
    print("| cold start: MRR | " + " | ".join(label for _, _, label in SETS) + " |")
    print("|---|" + "---:|" * len(SETS))
    print("| newcomers (queries) | " + " | ".join(f"{r['queries']:,}" for r in now) + " |")
    print("| **klynge** | " + " | ".join(f"**{r['methods']['klynge']['mrr']:.4f}**" for r in now) + " |")
    print("| klynge, without the newcomer's country | " + " | ".join(f"{r['methods']['klynge']['mrr']:.4f}" for r in no_country) + " |")
    print("| klynge, previous newcomer weights | " + " | ".join(f"{r['methods']['klynge']['mrr']:.4f}" for r in before) + " |")
    for m in methods:
        print(f"| {COLD_NAMES[m]} | " + " | ".join(f"{r['methods'][m]['mrr']:.4f}" for r in now) + " |")
    cells = []
    for r in now:
        ci = r["klynge_vs_best_baseline"]
        cells.append(f"**{ci['ratio']:.3f}×** ({COLD_SHORT[ci['baseline']]}; 95% {ci['low']:.2f}–{ci['high']:.2f})")
    print("| **klynge ÷ best baseline** | " + " | ".join(cells) + " |")
    print()
    print("| first suggestion a real partner (precision@1) / AUC | " + " | ".join(label for _, _, label in SETS) + " |")
    print("|---|" + "---:|" * len(SETS))
    for m in ["klynge"] + methods:
        row = [f"{100 * r['methods'][m]['precision_at_k']:.1f} % / {r['methods'][m]['auc']:.3f}" for r in now]
        print(f"| {COLD_NAMES.get(m, m)} | " + " | ".join(row) + " |")


def main():
    dataset = str(ROOT / (".bench-data/cordis-h2020-all" if "--cordis" in sys.argv else "Datasets/norway-h2020"))
    if "--cold-start" in sys.argv:
        return cold_start(dataset)
    now = [run(dataset, y, t) for y, t, _ in SETS]
    before = [run(dataset, y, t, "--weights", START, "--bootstrap", "0") for y, t, _ in SETS]
    print("| MRR | " + " | ".join(label for _, _, label in SETS) + " |")
    print("|---|" + "---:|" * len(SETS))
    print("| queries | " + " | ".join(f"{r['queries']:,}" for r in now) + " |")
    print("| **klynge** | " + " | ".join(f"**{r['methods']['klynge']['mrr']:.4f}**" for r in now) + " |")
    print("| klynge, previous weights | " + " | ".join(f"{r['methods']['klynge']['mrr']:.4f}" for r in before) + " |")
    for m, name in NAMES.items():
        print(f"| {name} | " + " | ".join(f"{r['methods'][m]['mrr']:.4f}" for r in now) + " |")
    cells = []
    for r in now:
        ci = r["klynge_vs_best_baseline"]
        cells.append(f"**{ci['ratio']:.3f}×** ({SHORT[ci['baseline']]}; 95% {ci['low']:.2f}–{ci['high']:.2f})")
    print("| **klynge ÷ best baseline** | " + " | ".join(cells) + " |")
    print()
    print("| precision@10 / recall@10 / AUC | " + " | ".join(label for _, _, label in SETS) + " |")
    print("|---|" + "---:|" * len(SETS))
    for m in ["klynge"] + list(NAMES):
        row = [f"{r['methods'][m]['precision_at_k']:.3f} / {r['methods'][m]['recall_at_k']:.3f} / {r['methods'][m]['auc']:.3f}" for r in now]
        print(f"| {NAMES.get(m, m)} | " + " | ".join(row) + " |")
    for key, title in STRATA:
        strata(now, key, title)


STRATA = [("shared_neighbour", "shared neighbour (distance 2)"),
          ("no_shared_neighbour", "no shared neighbour (distance ≥ 3 or unreachable)")]


def strata(now, key, title):
    """One stratum's MRR table: queries and test pairs, every method, Klynge over the stratum's best baseline."""
    rs = [r["strata"][key] for r in now]
    print()
    print(f"| MRR, {title} | " + " | ".join(label for _, _, label in SETS) + " |")
    print("|---|" + "---:|" * len(SETS))
    print("| queries (test pairs) | " + " | ".join(f"{r['queries']:,} ({r['test_pairs']:,})" for r in rs) + " |")
    print("| **klynge** | " + " | ".join(f"**{r['methods']['klynge']['mrr']:.4f}**" for r in rs) + " |")
    for m, name in NAMES.items():
        print(f"| {name} | " + " | ".join(f"{r['methods'][m]['mrr']:.4f}" for r in rs) + " |")
    cells = []
    for r in rs:
        ci = r.get("klynge_vs_best_baseline")
        cells.append(f"**{ci['ratio']:.3f}×** ({SHORT[ci['baseline']]}; 95% {ci['low']:.2f}–{ci['high']:.2f})" if ci else "–")
    print("| **klynge ÷ best baseline** | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
