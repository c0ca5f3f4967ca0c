#!/usr/bin/env python3
"""Build .bench-data/cordis-h2020-all/: the WHOLE CORDIS Horizon 2020 participations
table (every project, every organisation) as a Klynge dataset folder, for benchmarks
and `klynge evaluate` at scale. The folder is gitignored: rebuild it, never commit it.

Run from the repository root:  python3 Scripts/datasets/build_cordis_all.py
Python 3.11, standard library only. Reads ../shared/data (next to the repository),
like Scripts/datasets/build_norway_h2020.py, and reuses that script's rules:

- kinds: the CORDIS organisation type mapped by TYPE_KIND (PRC -> company, HES ->
  university, REC -> research-institute, PUB -> public-agency, OTH -> other), the modal
  type of the PIC over all of H2020; Norwegian organisations take their row from the
  norway-h2020 build instead (its name, kind overrides such as municipality or hospital,
  county, municipality, size and orgnr), so both datasets agree on every Norwegian member;
- roles: ROLE_MAP (one row per project and member, the strongest role kept, contributions
  summed); topics: PROGRAMME_TOPICS from the programme parts; titles: the Research
  Council's, for the Norwegian projects linked to it (CORDIS files here have no titles);
- names: the 2017 CORDIS snapshot (ODFest 2017), else `PIC <number>`.

Output is deterministic (rows sorted by id), so reruns give byte-identical files.
"""
import collections
import importlib.util
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parents[1]
OUT = ROOT / ".bench-data" / "cordis-h2020-all"


def norway_builder():
    """The norway-h2020 build script as a module (its constants and functions)."""
    spec = importlib.util.spec_from_file_location("build_norway_h2020", HERE / "build_norway_h2020.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def date(text, missing):
    """A CORDIS date, or `missing` for NA/empty."""
    text = (text or "").strip()
    return missing if text in ("", "NA") else text


def build(nh):
    shared = nh.SHARED / "cordis_h2020"
    rows = nh.read_csv(shared / "eunets_h2020_participations.csv.gz")
    # Norwegian members, projects (titles) exactly as the norway-h2020 build makes them.
    no_projects, _, no_members, _, _, _, _, _ = nh.build()

    types = collections.defaultdict(collections.Counter)
    for r in rows:
        types[r["pic"]][r["type"]] += 1
    modal_type = {p: sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[0][0] for p, c in types.items()}
    programme = collections.defaultdict(list)
    for r in nh.read_csv(shared / "eunets_programme_parts.csv.gz"):
        if r["programme_part"] not in programme[r["rcn"]]:
            programme[r["rcn"]].append(r["programme_part"])
    names, _ = nh.load_odfest()

    projects = {}
    for r in rows:
        rcn = r["rcn"]
        if rcn in projects:
            continue
        if rcn in no_projects:
            projects[rcn] = no_projects[rcn]
            continue
        mc, tc = nh.num(r["max_contribution"]), nh.num(r["total_cost"])
        parts = programme.get(rcn, [])
        topics = []
        for p in parts:
            if nh.TOPIC_OF[p] not in topics:
                topics.append(nh.TOPIC_OF[p])
        projects[rcn] = {
            # CORDIS gives NA for a few MSCA projects without dates: Klynge's `unknown` start.
            "id": f"h2020-{rcn}", "title": "", "start": date(r["start_date"], "unknown"), "end": date(r["end_date"], ""),
            "topics": ";".join(topics), "programme": ";".join(parts),
            "public_share": nh.fmt_share(round(mc / tc, 6)) if mc is not None and tc and tc > 0 else "",
            "rcn": rcn, "total_cost": nh.fmt_money(tc), "eu_contribution": nh.fmt_money(mc),
        }

    part = {}
    for r in rows:
        key = (r["rcn"], r["pic"])
        role = nh.ROLE_MAP.get(r["role"].strip().lower())
        if role is None:
            raise SystemExit(f"unknown CORDIS role {r['role']!r} (rcn {r['rcn']}): add it to ROLE_MAP")
        c = nh.num(r["contribution"])
        if key in part:
            p = part[key]
            if nh.ROLE_RANK[role] < nh.ROLE_RANK[p["role"]]:
                p["role"] = role
            if c is not None:
                p["eu"] = (p["eu"] or 0) + c
        else:
            part[key] = {"role": role, "eu": c}

    country = {}
    for r in rows:
        country.setdefault(r["pic"], r["country"])
    members = {}
    for pic in sorted(country, key=int):
        if pic in no_members:
            members[pic] = no_members[pic]
            continue
        ctype = modal_type[pic]
        members[pic] = {
            "id": f"pic-{pic}", "name": names.get(pic) or f"PIC {pic}", "kind": nh.TYPE_KIND[ctype],
            "clusters": "", "county": "", "municipality": "", "topics": "", "size": "", "founded": "",
            "orgnr": "", "country": country[pic], "eu_pic": pic, "activity_type": ctype,
        }
    return projects, part, members


def write_readme(projects, prow, members):
    kinds = collections.Counter(m["kind"] for m in members.values())
    years = collections.Counter(p["start"][:4] if p["start"] != "unknown" else "unknown" for p in projects.values())
    n = "{:,}".format
    kind_rows = "\n".join(f"| `{k}` | {n(kinds[k])} |" for k in (
        "company", "municipality", "county-authority", "hospital", "university", "research-institute",
        "user-organisation", "investor", "public-agency", "cluster-organisation", "other"))
    text = f"""# cordis-h2020-all — every Horizon 2020 participation in CORDIS (real data)

Built by `python3 Scripts/datasets/build_cordis_all.py` from `../shared/data/cordis_h2020`
(CORDIS data © European Union, CC BY 4.0; see `Datasets/norway-h2020/README.md` for the
sources and the rules, which this build reuses). Not committed: `.bench-data/` is gitignored.

{n(len(projects))} projects, {n(len(members))} organisations, {n(len(prow))} participations.
Projects by start year: {", ".join(f"{y}: {n(k)}" for y, k in sorted(years.items()))}.

| kind | members |
|---|---|
{kind_rows}

Kinds are the CORDIS organisation type (modal over all of H2020) mapped as in norway-h2020;
Norwegian organisations keep their norway-h2020 rows (name, kind, county, orgnr). Titles are
known only for the Norwegian projects linked to the Research Council data.
"""
    (OUT / "README.md").write_text(text, encoding="utf-8")


def main():
    nh = norway_builder()
    projects, part, members = build(nh)
    OUT.mkdir(parents=True, exist_ok=True)
    mh = ["id", "name", "kind", "clusters", "county", "municipality", "topics", "size", "founded",
          "orgnr", "country", "eu_pic", "activity_type"]
    nh.write_csv(OUT / "members.csv", mh, sorted(members.values(), key=lambda m: m["id"]))
    ph = ["id", "title", "start", "end", "topics", "programme", "public_share", "rcn", "total_cost",
          "eu_contribution"]
    nh.write_csv(OUT / "projects.csv", ph, sorted(projects.values(), key=lambda p: p["id"]))
    prow = [{"project": f"h2020-{rcn}", "member": f"pic-{pic}", "role": p["role"],
             "eu_contribution": nh.fmt_money(p["eu"])} for (rcn, pic), p in part.items()]
    prow.sort(key=lambda r: (r["project"], r["member"]))
    nh.write_csv(OUT / "participations.csv", ["project", "member", "role", "eu_contribution"], prow)
    write_readme(projects, prow, members)
    print(f"{OUT}: {len(members)} members, {len(projects)} projects, {len(prow)} participations")


if __name__ == "__main__":
    sys.exit(main())
