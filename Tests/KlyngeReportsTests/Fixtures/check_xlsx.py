"""The oracle of Klynge's xlsx workbooks: opens one with openpyxl and compares it with the
tables it should hold.

    Scripts/.venv/bin/python check_xlsx.py WORKBOOK.xlsx EXPECTED.json

EXPECTED.json: {"sheets": [{"name": ..., "columns": [...], "rows": [[cell, ...], ...]}]}
where a cell is {"s": "text"}, {"n": 0.25} (a number) or null (an empty cell). Checks, per
sheet: its name and order; the header row (text, bold, frozen below it: freeze_panes A2);
every cell's value and type (numbers as numeric cells, data_type "n"; text as strings, "s");
no cell beyond the table; each column's width as Klynge documents it (the longest of the
header and the cells' texts, plus 2, between 6 and 60; a text's length is its longest line in
code points; a number's is that of its shortest round-trip text, integral values below 1e15
without a fraction, at most 11).

Prints "ok: N sheets, M cells" and exits 0, or prints each difference and exits 1. Needs
openpyxl (`make test` installs it into Scripts/.venv).
"""

import json
import sys

import openpyxl


def number_text(x):
    if isinstance(x, int) or (x == int(x) and abs(x) < 1e15):
        return str(int(x))
    return repr(float(x))


def expected_width(column, cells):
    longest = max(len(line) for line in column.split("\n"))
    for cell in cells:
        if cell is None:
            continue
        if "s" in cell:
            longest = max(longest, max(len(line) for line in cell["s"].split("\n")))
        else:
            longest = max(longest, min(11, len(number_text(cell["n"]))))
    return min(60, max(6, longest + 2))


def column_letter(i):
    return openpyxl.utils.get_column_letter(i + 1)


def check(path, expected):
    problems = []
    wb = openpyxl.load_workbook(path)
    names = [s["name"] for s in expected["sheets"]]
    if wb.sheetnames != names:
        problems.append(f"sheet names {wb.sheetnames!r}, expected {names!r}")
        return problems, 0
    cells_seen = 0
    for sheet in expected["sheets"]:
        ws = wb[sheet["name"]]
        where = sheet["name"]
        columns, rows = sheet["columns"], sheet["rows"]
        if ws.freeze_panes != "A2":
            problems.append(f"{where}: freeze_panes {ws.freeze_panes!r}, expected 'A2'")
        if ws.max_row != len(rows) + 1 or ws.max_column != max(1, len(columns)):
            problems.append(
                f"{where}: {ws.max_row} rows x {ws.max_column} columns, expected {len(rows) + 1} x {len(columns)}"
            )
        for j, name in enumerate(columns):
            c = ws.cell(row=1, column=j + 1)
            cells_seen += 1
            if c.value != name or c.data_type != "s":
                problems.append(f"{where}!{c.coordinate}: header {c.value!r} ({c.data_type}), expected {name!r}")
            if not c.font.b:
                problems.append(f"{where}!{c.coordinate}: header not bold")
        for i, row in enumerate(rows):
            for j, want in enumerate(row):
                c = ws.cell(row=i + 2, column=j + 1)
                cells_seen += 1
                if want is None:
                    if c.value is not None:
                        problems.append(f"{where}!{c.coordinate}: {c.value!r}, expected an empty cell")
                elif "s" in want:
                    if c.value != want["s"] or c.data_type != "s":
                        problems.append(f"{where}!{c.coordinate}: {c.value!r} ({c.data_type}), expected text {want['s']!r}")
                else:
                    ok = c.data_type == "n" and isinstance(c.value, (int, float)) and not isinstance(c.value, bool)
                    if not ok or c.value != want["n"]:
                        problems.append(f"{where}!{c.coordinate}: {c.value!r} ({c.data_type}), expected number {want['n']!r}")
                if c.font.b:
                    problems.append(f"{where}!{c.coordinate}: a data cell in bold")
        for j, name in enumerate(columns):
            want = expected_width(name, [r[j] for r in rows])
            got = ws.column_dimensions[column_letter(j)].width
            if got != want:
                problems.append(f"{where}: column {column_letter(j)} width {got}, expected {want}")
    return problems, cells_seen


def main():
    path, expected_path = sys.argv[1], sys.argv[2]
    with open(expected_path, encoding="utf-8") as f:
        expected = json.load(f)
    problems, cells = check(path, expected)
    if problems:
        for p in problems:
            print(p)
        sys.exit(1)
    print(f"ok: {len(expected['sheets'])} sheets, {cells} cells")


if __name__ == "__main__":
    main()
