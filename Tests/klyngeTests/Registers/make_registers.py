"""Writes the Excel registers of the `klynge import` tests (the CSV registers beside them are
written by hand). Run from the package root with openpyxl installed:
`python3 Tests/klyngeTests/Registers/make_registers.py`. Each workbook's SHA-256 goes to
NAME.xlsx.sha256 (the README of an import records it). The expected dataset folders
(CASE/expected/) are written by hand, never from Klynge's output.

All members are invented but the municipalities (names and organisation numbers are real).
"""

import datetime
import hashlib
import os

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))


def xlsx_two_sheets(path):
    """Members without ids (one with an organisation number, one without) and a contact-person
    column; projects with a partners column (line breaks and ';') and a coordinator column."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Members"
    ws.append(["name", "kind", "county", "municipality", "orgnr", "size", "contact person"])
    ws.append(["Bergen kommune", "municipality", "Vestland", "Bergen", "964338531", 291940, "Kari Nordmann"])
    ws.append(["Fjordsensor AS (synthetic)", "company", "Vestland", "Bergen", None, 12, "Ola Nordmann"])
    ws.append(["Vestkyst Sykehus (synthetic)", "hospital", "Vestland", "Bergen", "999999999", 12000, None])
    ps = wb.create_sheet("Projects")
    ps.append(["id", "title", "start", "partners", "coordinator"])
    ps.append(["P1", "Trygg hjemme", datetime.date(2021, 9, 1), "Fjordsensor AS (synthetic)\n999 999 999",
               "Bergen kommune"])
    ps.append(["P2", "Fallsensor, pilot", 2022, "964338531; fjordsensor-as-synthetic", None])
    ps.cell(row=2, column=3).number_format = "dd.mm.yyyy"
    # The projects sheet comes first: --members must still find "Members" by its name.
    wb.move_sheet("Projects", offset=-1)
    wb.save(path)


def unicode_text(path):
    """The projects of excel-csv-utf8 as a Norwegian workbook: Excel dates shown dd.mm.yyyy, a
    start typed as text (03.2022), partners one per line in the cell. Beside it, the members as
    Excel's "Unicode Text" (UTF-16 with a byte-order mark, tabs)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Prosjekter"
    ws.append(["Prosjekt", "Tittel", "Startdato", "Sluttdato", "Partnere", "Koordinator"])
    ws.append(["P1", "Trygg hjemme", datetime.date(2019, 3, 1), datetime.date(2021, 12, 31),
               "Fjordsensor AS (synthetic)\nHøgskolen på Vestlandet (synthetic)", "Bergen kommune"])
    ws.append(["P2", "Fall i nord", "03.2022", None, "964 338 531\nTromsø Helseteknologi AS (synthetic)", None])
    for column in (3, 4):
        ws.cell(row=2, column=column).number_format = "dd.mm.yyyy"
    wb.save(path)
    with open(os.path.join(HERE, "excel-csv-utf8", "medlemmer.csv"), encoding="utf-8-sig") as f:
        rows = [line.rstrip("\r\n") for line in f]
    text = "\r\n".join(r.replace(";", "\t") if '"' not in r else tabbed(r) for r in rows) + "\r\n"
    with open(os.path.join(os.path.dirname(path), "medlemmer.txt"), "wb") as f:
        f.write(text.encode("utf-16"))  # with a byte-order mark, little-endian here


def tabbed(row):
    """A ';'-separated row with quoted fields as a tab-separated one (the quotes kept, as Excel does)."""
    out, field, quoted = [], "", False
    for ch in row:
        if ch == '"':
            quoted = not quoted
            field += ch
        elif ch == ";" and not quoted:
            out.append(field)
            field = ""
        else:
            field += ch
    out.append(field)
    return "\t".join(out)


if __name__ == "__main__":
    for case, name, make in (("xlsx-two-sheets", "register", xlsx_two_sheets), ("unicode-text", "prosjekter", unicode_text)):
        path = os.path.join(HERE, case, name + ".xlsx")
        os.makedirs(os.path.dirname(path), exist_ok=True)
        make(path)
        with open(path, "rb") as f:
            digest = hashlib.sha256(f.read()).hexdigest()
        with open(path + ".sha256", "w") as f:
            f.write(digest + "\n")
