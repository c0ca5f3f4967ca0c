"""Expected values for the cold-start evaluation (ColdStartSplit, ColdStartEvaluator).

An independent implementation of the protocol of issue 15 ("Cold start"), read from the
dataset files in coldstart/ with the standard library only:

- training projects start before the split year; a seeker is a member of a seeker kind with
  no training project whose first project P (earliest start date, ties by project id; projects
  without a start ignored) starts in the split year or later (and before test_before);
- its profile: P's topics, then P's programme, then its declared topics (repeats, ignoring
  case, left out), its county and its country (the `country` column);
- candidates: every target-kind member with a training project; true partners: the candidates
  in P; a seeker with none is not a query;
- popularity = training projects; topic popularity = training projects sharing a topic
  (ignoring case) or the programme (exactly) with P; same county = 1 when the county is the
  seeker's; same country = 1 when the country is the seeker's; rankings by score, higher first, ties by member id (byte order);
- MRR (1 / rank of the first true partner), precision@k (true partners in the first k / k),
  recall@k (/ true partners), AUC (Mann-Whitney: a true partner above a non-partner counts 1,
  equal scores 1/2; queries where every candidate is a partner left out), averaged over queries;
- and, per query, Klynge's newcomer_welcome and same_country features of each candidate (see
  welcome() and same_country() below).

Run from this folder:  python3 make_coldstart_fixture.py > coldstart.json
"""
import csv
import json
import math
import pathlib

HERE = pathlib.Path(__file__).resolve().parent / "coldstart"
CASES = [
    {"split_year": 2017, "seekers": ["company"], "targets": ["university"], "k": 2, "test_before": None},
    {"split_year": 2017, "seekers": ["company"], "targets": ["university"], "k": 2, "test_before": 2019},
    {"split_year": 2017, "seekers": ["company"], "targets": ["municipality"], "k": 1, "test_before": None},
]


def read(name):
    with open(HERE / name, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def split_list(text):
    return [t.strip() for t in (text or "").split(";") if t.strip()]


def key(member_id):
    return member_id.encode("utf-8")


def metrics(scores, partners, k):
    """scores: {member id: score}; partners: set of ids."""
    order = sorted(scores, key=lambda c: (-scores[c], key(c)))
    rank = {c: i + 1 for i, c in enumerate(order)}
    first = min(rank[p] for p in partners)
    hits = sum(1 for c in order[:k] if c in partners)
    negatives = [c for c in scores if c not in partners]
    auc = None
    if negatives:
        wins = 0.0
        for p in partners:
            for n in negatives:
                wins += 1.0 if scores[p] > scores[n] else 0.5 if scores[p] == scores[n] else 0.0
        auc = wins / (len(partners) * len(negatives))
    return 1.0 / first, hits / k, hits / len(partners), auc


def evaluate(case):
    members = read("members.csv")
    projects = {p["id"]: p for p in read("projects.csv")}
    parts = read("participations.csv")
    kind = {m["id"]: m["kind"] for m in members}
    y = case["split_year"]

    def start(p):
        s = projects[p]["start"]
        return None if s in ("", "unknown") else tuple(int(x) for x in s.split("-"))

    projects_of, members_of = {}, {}
    for r in parts:
        projects_of.setdefault(r["member"], set()).add(r["project"])
        members_of.setdefault(r["project"], set()).add(r["member"])
    training = {m: sorted(p for p in projects_of.get(m, ()) if start(p) and start(p)[0] < y) for m in kind}
    candidates = sorted((m for m in kind if kind[m] in case["targets"] and training[m]), key=key)
    queries = []
    for m in members:
        s = m["id"]
        if kind[s] not in case["seekers"] or training[s]:
            continue
        dated = [p for p in projects_of.get(s, ()) if start(p)]
        if not dated:
            continue
        first = min(dated, key=lambda p: (start(p), key(p)))
        fy = start(first)[0]
        if fy < y or (case["test_before"] is not None and fy >= case["test_before"]):
            continue
        partners = sorted((c for c in members_of[first] if c in candidates), key=key)
        if not partners:
            continue
        topics, seen = [], set()
        p = projects[first]
        for t in split_list(p["topics"]) + ([p["programme"]] if p["programme"] else []) + split_list(m["topics"]):
            if t.lower() not in seen:
                seen.add(t.lower())
                topics.append(t)
        queries.append(
            {"seeker": s, "project": first, "topics": topics, "county": m["county"] or None,
             "country": m["country"] or None, "partners": partners}
        )

    def shares(q, p):
        a = {t.lower() for t in split_list(projects[p]["topics"])}
        b = {t.lower() for t in split_list(projects[q["project"]]["topics"])}
        g = projects[q["project"]]["programme"]
        return bool(a & b) or (g != "" and projects[p]["programme"] == g)

    # Klynge's newcomer_welcome feature: a training project took in a newcomer of kind K when it
    # is the first training project (earliest start, ties by id) of a member of kind K and starts
    # in the last three training years but not in the first year of the data; a candidate's value
    # is ln(1 + its such projects sharing a topic or the programme, ignoring case, with the
    # profile's topics, for K the seeker's kind), divided by the largest among the candidates.
    first_training = {}
    for m in kind:
        dated = [p for p in training[m] if start(p)]
        if dated:
            first_training[m] = min(dated, key=lambda p: (start(p), key(p)))
    data_start = min(start(p)[0] for p in projects if start(p) and start(p)[0] < y and members_of.get(p))
    since = max(y - 3, data_start + 1)
    welcomed = {}
    for m, p in first_training.items():
        if start(p)[0] >= since:
            welcomed.setdefault(p, set()).add(kind[m])

    def welcome(q):
        wanted = {t.lower() for t in q["topics"]}
        raw = {}
        for c in candidates:
            n = 0
            for p in training[c]:
                names = {t.lower() for t in split_list(projects[p]["topics"])}
                if projects[p]["programme"]:
                    names.add(projects[p]["programme"].lower())
                if kind[q["seeker"]] in welcomed.get(p, ()) and names & wanted:
                    n += 1
            raw[c] = math.log1p(n)
        top = max(raw.values())
        return {c: (v / top if top > 0 else v) for c, v in raw.items()}

    country = {m["id"]: m["country"] or None for m in members}

    # Klynge's same_country feature: 1 when the candidate's country is the seeker's, else 0.
    def same_country(q):
        return {c: 1.0 if q["country"] is not None and country[c] == q["country"] else 0.0 for c in candidates}

    for q in queries:
        q["newcomer_welcome"] = welcome(q)
        q["same_country"] = same_country(q)
    county = {m["id"]: m["county"] or None for m in members}
    methods = {
        "popularity": lambda q: {c: float(len(training[c])) for c in candidates},
        "topic_popularity": lambda q: {c: float(sum(shares(q, p) for p in training[c])) for c in candidates},
        "same_county": lambda q: {
            c: 1.0 if q["county"] is not None and county[c] == q["county"] else 0.0 for c in candidates
        },
        "same_country": same_country,
    }
    out = {}
    for name, score in methods.items():
        rows = [metrics(score(q), set(q["partners"]), case["k"]) for q in queries]
        aucs = [r[3] for r in rows if r[3] is not None]
        out[name] = {
            "mrr": sum(r[0] for r in rows) / len(rows),
            "precision_at_k": sum(r[1] for r in rows) / len(rows),
            "recall_at_k": sum(r[2] for r in rows) / len(rows),
            "auc": sum(aucs) / len(aucs) if aucs else None,
            "reciprocal_ranks": [r[0] for r in rows],
        }
    return dict(case, candidates=candidates, queries=queries, methods=out)


if __name__ == "__main__":
    print(json.dumps([evaluate(c) for c in CASES], indent=1, ensure_ascii=False))
