#!/usr/bin/env python3
"""Writes Datasets/example-register/: a small SYNTHETIC member register of the kind a cluster
secretariat keeps, in the formats Norwegian Excel produces, for `klynge import` in `make demo`.

- medlemmer.csv: the members, as Norwegian Excel saves "CSV (semikolonseparert)": Windows-1252,
  ';' between fields, CRLF, Norwegian headers and kinds, sizes with a space between thousands,
  organisation numbers in groups of three, a Kontaktperson column (personal data; the names are
  the Norwegian placeholder names Kari and Ola Nordmann).
- prosjekter.xlsx: the projects, one sheet "Prosjekter", dates as Excel dates shown dd.mm.yyyy,
  a Partnere column naming the partners one per line inside the cell, and a Koordinator column.

What is real: the municipalities (name, 2024 county, population on 1 January 2024, organisation
number) from ../shared/data/norway_municipalities. Everything else (which of them are members,
every other organisation, every project) is invented, and invented names carry "(synthetic)".
No organisation number is invented.

Needs openpyxl (pip install openpyxl). Run from the repository root:
    python3 Scripts/datasets/build_example_register.py
"""
import csv
import datetime
import io
import pathlib
import sys

import openpyxl
from openpyxl.styles import Alignment, Font

ROOT = pathlib.Path(__file__).resolve().parents[2]
DATA = ROOT.parent / "shared" / "data" / "norway_municipalities"
OUT = ROOT / "Datasets" / "example-register"

k25 = {r["kommunenavn"]: r for r in csv.DictReader(open(DATA / "kommuner_2025.csv", encoding="utf-8"))}
old = list(csv.DictReader(open(DATA / "kommuner_2020-2023_with_orgnr_coords.csv", encoding="utf-8")))


def orgnr(name):
    """The municipality's organisation number from the 2020-23 list (matched by name and county
    that became the 2024 county), grouped in threes as people write it; '' when not found."""
    county = k25[name]["fylke"]
    hits = [r["orgnr"] for r in old if r["kommunenavn"] == name
            and (r["fylke"] == county or county in r["fylke"] or r["fylke"] in ("Viken", "Vestfold og Telemark", "Troms og Finnmark"))]
    if len(hits) != 1:
        return ""
    n = hits[0]
    return f"{n[0:3]} {n[3:6]} {n[6:9]}"


def grouped(n):
    """147000 -> '147 000' (a space between thousands, as Norwegian Excel shows it)."""
    return f"{n:,}".replace(",", " ")


SC = "Norwegian Smart Care Cluster"
NHT = "Norway Health Tech"

# Municipalities that are members (real data; membership invented).
MUNICIPALITIES = [
    ("Bergen", [SC, NHT], "velferdsteknologi; digital hjemmeoppfølging; fallsensor"),
    ("Stavanger", [SC], "velferdsteknologi; trygghetsalarm"),
    ("Alver", [SC], "velferdsteknologi; fallsensor"),
    ("Øygarden", [SC], "digital hjemmeoppfølging"),
    ("Askøy", [SC], "trygghetsalarm; fallsensor"),
    ("Voss", [SC], "velferdsteknologi"),
    ("Kinn", [SC], "digital hjemmeoppfølging; legemiddelrobot"),
    ("Sunnfjord", [SC], "velferdsteknologi; fallsensor"),
    ("Sandnes", [SC], "legemiddelrobot"),
    ("Bærum", [SC, NHT], "digital hjemmeoppfølging; velferdsteknologi"),
]

# Invented members: (name, kind as the secretariat writes it, municipality, county as written
# ('' = left empty; 'Viken' = the pre-2024 county), employees, founded, clusters, topics).
INVENTED = [
    ("Fjordvakt AS (synthetic)", "Bedrift", "Bergen", "Vestland", 14, 2019, [SC], "fallsensor; trygghetsalarm"),
    ("Trygg Heim Teknologi AS (synthetic)", "Bedrift", "Alver", "", 6, 2021, [SC], "fallsensor; velferdsteknologi"),
    ("Heimehelse Digital AS (synthetic)", "Selskap", "Stavanger", "Rogaland", 42, 2016, [SC, NHT], "digital hjemmeoppfølging"),
    ("Nordlys Sensorikk AS (synthetic)", "Bedrift", "Tromsø", "Troms", 9, 2020, [NHT], "fallsensor; sensorer"),
    ("Bølgen Helsedata AS (synthetic)", "Bedrift", "Bærum", "Viken", 31, 2014, [NHT], "helsedata; interoperabilitet"),
    ("Medisinvogna AS (synthetic)", "Bedrift", "Sandnes", "Rogaland", 18, 2017, [SC], "legemiddelrobot"),
    ("Vestkyst sjukehus (synthetic)", "Helseforetak", "Bergen", "Vestland", 2400, None, [SC, NHT], "digital hjemmeoppfølging; helsedata"),
    ("Høgskulen på Fjordkysten (synthetic)", "Høgskole", "Sunnfjord", "Vestland", 610, None, [SC], "velferdsteknologi; sensorer"),
    ("Havbris forskingsinstitutt (synthetic)", "Forskningsinstitutt", "Bergen", "Vestland", 120, None, [NHT], "helsedata; sensorer"),
    ("Pasientforeningen Vest (synthetic)", "Brukerorganisasjon", "Bergen", "Vestland", 3, None, [SC], "velferdsteknologi"),
    ("Fjellkapital AS (synthetic)", "Investor", "Stavanger", "Rogaland", 5, 2012, [NHT], "helsedata"),
    ("Smartby-laben (synthetic)", "Annet", "Stavanger", "Rogaland", 4, 2022, [SC], "velferdsteknologi; trygghetsalarm"),
]

CONTACTS = ["Kari Nordmann", "Ola Nordmann"]

members = []
for i, (name, clusters, topics) in enumerate(MUNICIPALITIES):
    m = k25[name]
    members.append({
        "Navn": f"{name} kommune", "Type": "Kommune", "Kommune": name, "Fylke": m["fylke"],
        "Org.nr": orgnr(name), "Ansatte": grouped(int(m["population"])), "Klynger": "; ".join(clusters),
        "Tema": topics, "Stiftet": "", "Kontaktperson": CONTACTS[i % 2],
    })
for i, (name, kind, muni, county, size, founded, clusters, topics) in enumerate(INVENTED):
    members.append({
        "Navn": name, "Type": kind, "Kommune": muni, "Fylke": county, "Org.nr": "",
        "Ansatte": grouped(size), "Klynger": "; ".join(clusters), "Tema": topics,
        "Stiftet": str(founded) if founded else "", "Kontaktperson": CONTACTS[(i + 1) % 2],
    })

header = ["Navn", "Type", "Kommune", "Fylke", "Org.nr", "Ansatte", "Klynger", "Tema", "Stiftet", "Kontaktperson"]
buf = io.StringIO()
w = csv.DictWriter(buf, fieldnames=header, delimiter=";", lineterminator="\r\n")
w.writeheader()
w.writerows(members)
OUT.mkdir(parents=True, exist_ok=True)
(OUT / "medlemmer.csv").write_bytes(buf.getvalue().encode("cp1252"))

# Projects: (id, title, start, end, topics, coordinator, partners).
D = datetime.date
PROJECTS = [
    ("P-2019-01", "Trygg heime med fallsensor (synthetic)", D(2019, 3, 1), D(2021, 2, 28), "fallsensor; velferdsteknologi",
     "Fjordvakt AS (synthetic)", ["Bergen kommune", "Askøy kommune", "Pasientforeningen Vest (synthetic)"]),
    ("P-2020-01", "Heimeoppfølging i distrikta (synthetic)", D(2020, 1, 1), D(2022, 12, 31), "digital hjemmeoppfølging",
     "Heimehelse Digital AS (synthetic)", ["Kinn kommune", "Øygarden kommune", "Vestkyst sjukehus (synthetic)"]),
    ("P-2020-02", "Legemiddelrobot i heimetenesta (synthetic)", D(2020, 9, 1), D(2022, 8, 31), "legemiddelrobot",
     "Medisinvogna AS (synthetic)", ["Sandnes kommune", "Kinn kommune"]),
    ("P-2021-01", "Sensorar i omsorgsbustader (synthetic)", D(2021, 4, 1), D(2023, 3, 31), "sensorer; velferdsteknologi",
     "Høgskulen på Fjordkysten (synthetic)", ["Sunnfjord kommune", "Voss kommune", "Havbris forskingsinstitutt (synthetic)"]),
    ("P-2022-01", "Deling av helsedata mellom kommune og sjukehus (synthetic)", D(2022, 1, 1), D(2024, 12, 31), "helsedata; interoperabilitet",
     "Bølgen Helsedata AS (synthetic)", ["Bærum kommune", "Vestkyst sjukehus (synthetic)", "Havbris forskingsinstitutt (synthetic)"]),
    ("P-2022-02", "Trygghetsalarm neste generasjon (synthetic)", D(2022, 6, 1), D(2024, 5, 31), "trygghetsalarm",
     "Smartby-laben (synthetic)", ["Stavanger kommune", "Heimehelse Digital AS (synthetic)"]),
    ("P-2023-01", "Digital heimeoppfølging for kronikarar (synthetic)", D(2023, 2, 1), D(2025, 1, 31), "digital hjemmeoppfølging",
     "Vestkyst sjukehus (synthetic)", ["Bergen kommune", "Bærum kommune", "Heimehelse Digital AS (synthetic)", "Pasientforeningen Vest (synthetic)"]),
    ("P-2024-01", "Velferdsteknologi i Nordhordland (synthetic)", D(2024, 1, 1), None, "velferdsteknologi",
     "Alver kommune", ["Høgskulen på Fjordkysten (synthetic)"]),
]

wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Prosjekter"
ws.append(["Prosjekt", "Tittel", "Startdato", "Sluttdato", "Tema", "Koordinator", "Partnere"])
for c in ws[1]:
    c.font = Font(bold=True)
for pid, title, start, end, topics, coordinator, partners in PROJECTS:
    ws.append([pid, title, start, end, topics, coordinator, "\n".join(partners)])
for row in ws.iter_rows(min_row=2):
    for c in row[2:4]:
        c.number_format = "dd.mm.yyyy"
    row[6].alignment = Alignment(wrap_text=True)
for col, width in zip("ABCDEFG", [12, 52, 12, 12, 34, 36, 40]):
    ws.column_dimensions[col].width = width
fixed = datetime.datetime(2026, 12, 1, 12, 0, 0)
wb.properties.created = fixed
wb.properties.modified = fixed
wb.properties.creator = "Klynge (Scripts/datasets/build_example_register.py)"
wb.save(OUT / "prosjekter.xlsx")
print(f"wrote {OUT}/medlemmer.csv ({len(members)} members) and prosjekter.xlsx ({len(PROJECTS)} projects)", file=sys.stderr)
