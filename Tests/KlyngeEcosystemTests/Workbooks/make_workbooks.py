"""Writes the Excel workbooks the XLSX reader is tested on, and what openpyxl reads back from them.

Run from the package root with openpyxl installed (e.g. `python3 -m venv /tmp/v && /tmp/v/bin/pip install
openpyxl`): `/tmp/v/bin/python Tests/KlyngeEcosystemTests/Workbooks/make_workbooks.py`. The .xlsx files
and the expected values (`NAME.expected.json`, openpyxl's reading of each sheet) are committed, so the
tests need no Python.

register.xlsx: two sheets (Medlemmer, Prosjekter) with shared strings, a rich-text shared string
(runs `<r><t>`), an inline string, a formula with a cached string result (`t="str"`), numbers, a
boolean, a date with a built-in format (14) and one with the custom format `dd.mm.yyyy`, cells with
line breaks, empty cells in the middle, a blank row, and Norwegian letters.
date1904.xlsx: the same kind of date cells in a workbook using the 1904 date system.
prefixed.xlsx: register.xlsx with the spreadsheet namespace as a prefix (`<x:row>`).
"""

import datetime
import json
import os
import re
import shutil
import tempfile
import zipfile

import openpyxl
from openpyxl.utils.datetime import CALENDAR_MAC_1904

HERE = os.path.dirname(os.path.abspath(__file__))


def register(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Medlemmer"
    ws.append(["Navn", "Type", "Kommune", "Fylke", "Org.nr", "Ansatte", "Medlem siden", "Innmeldt",
               "Merknad", "Aktiv", "Andel"])
    ws.append(["Bjørgvin Helse AS", "Bedrift", "Bergen", "Vestland", "964 338 531", 147000,
               datetime.date(2019, 3, 1), datetime.date(2020, 1, 15), "Første linje\nandre linje", True, 0.5])
    ws.append(["RICH-TEXT-PLACEHOLDER", "Kommune", None, "Møre og Romsdal", None, 68000,
               datetime.date(1900, 3, 1), datetime.date(2024, 2, 29), None, False, 0.25])
    # Row 4 stays blank: the next row is row 5 in Excel and in every message.
    ws.append([])
    ws.append(["Tromsø Sykehus", "Helseforetak", "Tromsø", "Troms", "974795787", 12.75,
               datetime.date(2001, 12, 31), None, "æøå ÆØÅ", None, "INLINE-PLACEHOLDER"])
    for row in (2, 3, 5):
        ws.cell(row=row, column=7).number_format = "mm-dd-yy"  # built-in 14
        ws.cell(row=row, column=8).number_format = "dd.mm.yyyy"  # custom (164)
    ps = wb.create_sheet("Prosjekter")
    ps.append(["Prosjekt", "Tittel", "Start", "Partnere", "Koordinator", "Kilde"])
    ps.append(["P1", "Trygg hjemme", datetime.date(2021, 9, 1), "Bjørgvin Helse AS; Ålesund kommune",
               "Bjørgvin Helse AS", "FORMULA-PLACEHOLDER"])
    ps.append(["P2", "Fall\r\nsensor", 2022, "964338531\nTromsø Sykehus", None, None])
    ps.cell(row=2, column=3).number_format = "dd.mm.yyyy"
    wb.save(path)
    # openpyxl writes every string inline; Excel writes them to the shared-string table. Move all
    # but one there, make one a rich-text shared string and one a formula with a cached result.
    shared_strings(path, ["xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml"], keep_inline="INLINE-PLACEHOLDER")
    patch(path, {
        "xl/sharedStrings.xml": [
            ('<si><t xml:space="preserve">RICH-TEXT-PLACEHOLDER</t></si>',
             '<si><r><rPr><b/></rPr><t xml:space="preserve">Ålesund </t></r><r><t>kommune</t></r>'
             "<rPh sb=\"0\" eb=\"1\"><t>ignored phonetic</t></rPh></si>"),
        ],
        "xl/worksheets/sheet1.xml": [
            ("<t>INLINE-PLACEHOLDER</t>", "<t>inline tekst</t>"),
        ],
        "xl/worksheets/sheet2.xml": [
            (re.compile(r'<c r="F2" t="s"><v>\d+</v></c>'),
             '<c r="F2" t="str"><f>CONCATENATE("Forsknings","rådet")</f><v>Forskningsrådet</v></c>'),
        ],
    })


def date1904(path):
    wb = openpyxl.Workbook()
    wb.epoch = CALENDAR_MAC_1904
    ws = wb.active
    ws.title = "Data"
    ws.append(["Dato", "Tall"])
    ws.append([datetime.date(2019, 3, 1), 42])
    ws.append([datetime.date(1904, 1, 2), 1])
    for row in (2, 3):
        ws.cell(row=row, column=1).number_format = "d/m/yyyy"
    wb.save(path)


INLINE = re.compile(r'<c ([^>]*?)t="inlineStr"><is><t(?: xml:space="preserve")?>(.*?)</t></is></c>', re.S)


def shared_strings(path, sheets, keep_inline):
    """Moves the inline strings of `sheets` (but `keep_inline`) into a new xl/sharedStrings.xml."""
    table = []
    index = {}

    def share(m):
        if m.group(2) == keep_inline:
            return m.group(0)
        if m.group(2) not in index:
            index[m.group(2)] = len(table)
            table.append(m.group(2))
        return '<c %st="s"><v>%d</v></c>' % (m.group(1), index[m.group(2)])

    with zipfile.ZipFile(path) as src:
        parts = {name: src.read(name).decode("utf-8") for name in src.namelist()}
    for name in sheets:
        parts[name] = INLINE.sub(share, parts[name])
    items = "".join('<si><t xml:space="preserve">%s</t></si>' % t for t in table)
    parts["xl/sharedStrings.xml"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="%d" uniqueCount="%d">%s</sst>'
        % (len(table), len(table), items))
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
        "</Types>",
        '<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
    parts["xl/_rels/workbook.xml.rels"] = parts["xl/_rels/workbook.xml.rels"].replace(
        "</Relationships>",
        '<Relationship Id="rIdSST" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        'sharedStrings" Target="sharedStrings.xml"/></Relationships>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for name, text in parts.items():
            dst.writestr(name, text.encode("utf-8"))


def prefixed(path):
    """register.xlsx with the spreadsheet namespace written as a prefix (`<x:row>`), as some tools
    (the Open XML SDK) write it."""
    shutil.copy(os.path.join(HERE, "register.xlsx"), path)
    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    tag = re.compile(r"<(/?)(?!\?)([A-Za-z]+)([ />])")
    with zipfile.ZipFile(path) as src:
        parts = {name: src.read(name) for name in src.namelist()}
    for name in ("xl/workbook.xml", "xl/sharedStrings.xml", "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml",
                 "xl/styles.xml"):
        text = parts[name].decode("utf-8")
        text = tag.sub(r"<\1x:\2\3", text).replace('xmlns="%s"' % main, 'xmlns:x="%s"' % main)
        parts[name] = text.encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for name, data in parts.items():
            dst.writestr(name, data)


def patch(path, edits):
    """Rewrites parts of the zip at `path`: each (old, new) replaces a string or regex once."""
    tmp = tempfile.mktemp(suffix=".xlsx")
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            for old, new in edits.get(item.filename, []):
                text = data.decode("utf-8")
                if isinstance(old, str):
                    assert old in text, (item.filename, old)
                    text = text.replace(old, new, 1)
                else:
                    assert old.search(text), (item.filename, old.pattern)
                    text = old.sub(new, text, count=1)
                data = text.encode("utf-8")
            dst.writestr(item, data)
    shutil.move(tmp, path)


def text(value):
    """A cell as the reader is expected to give it."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, datetime.datetime):
        return value.date().isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).replace("\r\n", "\n")


def expected(path):
    """openpyxl's reading: per sheet, the non-blank rows as (Excel row number, cells without trailing blanks)."""
    wb = openpyxl.load_workbook(path, data_only=True)
    sheets = []
    for ws in wb.worksheets:
        rows = []
        for row in ws.iter_rows():
            cells = [text(c.value) for c in row]
            while cells and cells[-1] == "":
                cells.pop()
            if cells:
                rows.append({"line": row[0].row, "cells": cells})
        sheets.append({"name": ws.title, "rows": rows})
    return {"sheets": sheets}


def damaged(source, path, part, old, new):
    """A copy of workbook `source` with bytes `old` of `part` replaced by `new` (a damaged file, as the
    fuzzer made them): the reader must refuse it with one clear error, not crash."""
    import zipfile

    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == part:
                assert old in data, (part, old)
                data = data.replace(old, new, 1)
            zout.writestr(info, data)


if __name__ == "__main__":
    for name, make in (("register", register), ("date1904", date1904), ("prefixed", prefixed)):
        path = os.path.join(HERE, name + ".xlsx")
        make(path)
        with open(os.path.join(HERE, name + ".expected.json"), "w", encoding="utf-8") as f:
            json.dump(expected(path), f, ensure_ascii=False, indent=1)
            f.write("\n")
    register_path = os.path.join(HERE, "register.xlsx")
    # An attribute name that is not UTF-8 (FoundationXML's parser crashed on it) and a cell reference
    # past Excel's last column XFD (the column arithmetic overflowed).
    damaged(register_path, os.path.join(HERE, "damaged-utf8.xlsx"), "xl/workbook.xml", b"showSheetTabs", b"showSheet\xff\xfeTabs")
    damaged(register_path, os.path.join(HERE, "damaged-column.xlsx"), "xl/worksheets/sheet1.xml", b'r="B2"', b'r="ZZZZZZZZZZZZZZZZZ2"')
