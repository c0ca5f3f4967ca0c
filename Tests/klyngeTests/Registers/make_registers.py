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


if __name__ == "__main__":
    for case, name, make in (("xlsx-two-sheets", "register", xlsx_two_sheets),):
        path = os.path.join(HERE, case, name + ".xlsx")
        os.makedirs(os.path.dirname(path), exist_ok=True)
        make(path)
        with open(path, "rb") as f:
            digest = hashlib.sha256(f.read()).hexdigest()
        with open(path + ".sha256", "w") as f:
            f.write(digest + "\n")
