#!/usr/bin/env python3
"""Write hostile delimited-text inputs and their expected parse, from Python's csv module.

Run from the repository root:  python3 Tests/KlyngeEcosystemTests/Fixtures/csv/make_csv_fixtures.py
Python 3.11, standard library only. Writes, next to this script:

- cases/NAME.csv (or .txt): the raw bytes of each case;
- expected.json: for each case, what Klynge's reader must give, taken from Python:
  the text is decoded with the codec named in the case (utf-8, utf-8-sig, utf-16, cp1252),
  then read by csv.reader(io.StringIO(text, newline=''), delimiter=D, strict=True).

Expected values:
- "header" and "rows": the rows Python yields, each with the physical line it starts on
  (reader.line_num before the row, plus one). Blank rows are left out, as Klynge skips them:
  Python's [] for an empty line, and a row of one field holding only spaces and tabs. Header
  names are stripped of spaces and tabs (Klynge trims them).
- "note": the note Klynge must give for the file (encoding and delimiter), or null for UTF-8
  with commas (a byte-order mark alone is not mentioned).
- "error": where strict=True makes Python raise (a closing quote followed by something other
  than the delimiter or a line end; a quote never closed), Python's message, and "expect":
  the line (the one the faulty field starts on), column and message start Klynge must report,
  written by hand below. For a quote inside an unquoted field Python is lenient (it keeps the
  quote as a character); Klynge is strict there and reports an error, so those cases carry
  "python_lenient": true, Python's lenient rows, and the hand-written "expect".
"""
import csv
import io
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
CASES = HERE / "cases"

# name, raw bytes, codec for Python, delimiter, note Klynge gives (None = none), expected error (by hand) or None.
# An expected error is (line, column, message start).
C = []


def case(name, data, codec="utf-8", delimiter=",", note=None, expect=None, ext="csv"):
    C.append(dict(name=name, data=data, codec=codec, delimiter=delimiter, note=note, expect=expect, ext=ext))


def u(text):
    return text.encode("utf-8")


# --- well-formed inputs ------------------------------------------------------
case("quotes", u('id,name\n1,"Alfa, AS"\n2,"Beta ""B"" AS"\n3,""\n4,""""\n'))
case("embedded-lf", u('id,note,x\n1,"two\nlines",a\n2,"three\n\nlines",b\n3,plain,c\n'))
case("embedded-crlf", u('id,note\r\n1,"two\r\nlines"\r\n2,plain\r\n'))
case("lone-cr", u('id,note\r1,"a\rb"\r2,c\r'))
case("mixed-line-ends", u('id,name\n1,a\r\n2,b\r3,c\n'))
case("bom-utf8", b"\xef\xbb\xbf" + u("id,name\r\nm1,Tromsø kommune\r\n"), codec="utf-8-sig")
case("bom-utf8-semicolon", b"\xef\xbb\xbf" + u('Navn;Type;Kommune\r\n"Alfa; AS";Bedrift;Bergen\r\n'),
     codec="utf-8-sig", delimiter=";", note="read as UTF-8, ';'-separated")
case("utf16le-tab", b"\xff\xfe" + "Navn\tType\tKommune\r\nÆrø AS\tBedrift\tÅlesund\r\n\"Sø\tr\"\tKommune\tBø\r\n"
     .encode("utf-16-le"), codec="utf-16", delimiter="\t", note="read as UTF-16 LE, tab-separated", ext="txt")
case("utf16be-comma", b"\xfe\xff" + "id,name\nm1,Øst AS\nm2,\"Nord, AS\"\n".encode("utf-16-be"),
     codec="utf-16", note="read as UTF-16 BE, ','-separated")
case("cp1252-semicolon-crlf", "Navn;Type;Kommune;Omsetning\r\nBærum kommune;Kommune;Bærum;\r\n"
     "Øye & Sønn AS;Bedrift;Ås;5 000 €\r\n\"“Smart” Å AS\";Bedrift;Tromsø;\r\n".encode("cp1252"),
     codec="cp1252", delimiter=";", note="read as Windows-1252, ';'-separated")
case("cp1252-comma", "id,name\nm1,Blåbær AS\n".encode("cp1252"), codec="cp1252",
     note="read as Windows-1252, ','-separated")
case("tab-utf8", u("id\tname\tkind\nm1\tAlfa, AS\tcompany\nm2\tBeta; AS\tcompany\n"), delimiter="\t",
     note="read as UTF-8, tab-separated")
case("ragged", u("a,b,c\n1,2\n1,2,3,4\n1\n\n1,2,3\n"))
case("empty-fields", u('a,b,c\n,,\n1,,\n,,3\n""," ",\n'))
case("no-trailing-newline", u('id,name\n1,a\n2,"b\nc"'))
case("no-trailing-newline-quoted", u('id,name\r\n1,"a"'))
case("blank-lines", u("\n  \nid,name\n\n1,a\n \t \n\n2,b\n\n\n"))
case("trailing-delimiter", u("a,b,c\n1,2,\n1,2,3,\n"))
case("header-quoted", u('"id","na,me"\n1,2\n'))
case("header-delimiter-in-quotes", u('"a;b",c,d\n1,2,3\n'))
case("single-column", u("id\nm1\nm2\n"))
case("spaces-kept", u("a,b\n 1 , x y \n"))
case("multibyte", u("id,name\n1,Čáhcesuolu 🌊\n2,\"Ŋ, ŧ\"\n"))
case("semicolon-quoted-comma", u('id;name;topics\n1;"Alfa, AS";a,b\n2;Beta;"x;y"\n'), delimiter=";",
     note="read as UTF-8, ';'-separated")
case("last-line-cr", u("id,name\n1,a\r"))

# --- quoting errors: Python strict raises -----------------------------------
case("unescaped-quote", u('id,name,kind\nm1,Alfa AS,company\nm2,"Bad "xyz" AS",company\n'),
     expect=(3, "name", 'unescaped quote in quoted field "Bad "xyz" AS"'))
case("unterminated-at-eof", u('id,name\nm1,a\nm2,"open\nm3,c\n'),
     expect=(3, "name", 'quoted field "open is never closed'))
case("runs-on", u('id,name,kind\nm1,"Alfa AS,company\nm2,Beta,company\nm3,"Gamma",company\n'),
     expect=(2, "name", 'quoted field "Alfa AS runs on to line 4'))
case("header-unescaped", u('id,"na"me\n1,2\n'), expect=(1, "header", 'unescaped quote in quoted field "na"me'))
case("quote-then-space", u('id,name\n1,"a" ,x\n'), expect=(2, "name", "space next to quoted field"))

# --- quoting errors: Python lenient, Klynge strict ---------------------------
case("stray-quote", u('id,name,kind\nm1,Bad "xyz" AS,company\n'),
     expect=(2, "name", "stray quote in unquoted field 'Bad \"xyz\" AS'"))
case("space-then-quote", u('id,name,kind\nm1, "Alfa AS",company\n'), expect=(2, "name", "space next to quoted field"))
case("stray-quote-past-header", u('a,b\n1,2,x"y\n'), expect=(2, "field 3", "stray quote in unquoted field"))
# The line of a quoting error is the one its field starts on (here after a field with a line break).
case("stray-after-embedded", u('id,note,name\n1,"x\ny",a"b\n'), expect=(3, "name", "stray quote in unquoted field"))


def python_rows(text, delimiter, strict=True):
    """(header, rows) as Klynge must see them, or raise csv.Error."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=strict)
    out = []
    while True:
        start = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            break
        if row == [] or (len(row) == 1 and row[0].strip(" \t") == ""):
            continue
        out.append({"line": start, "fields": row})
    if not out:
        return None, []
    return [h.strip(" \t") for h in out[0]["fields"]], out[1:]


def main():
    CASES.mkdir(parents=True, exist_ok=True)
    for old in CASES.iterdir():
        old.unlink()
    expected = {}
    for c in C:
        file = "%s.%s" % (c["name"], c["ext"])
        (CASES / file).write_bytes(c["data"])
        text = c["data"].decode(c["codec"])
        entry = {"file": file, "delimiter": c["delimiter"], "note": c["note"]}
        try:
            header, rows = python_rows(text, c["delimiter"])
            entry["header"], entry["rows"] = header, rows
            if c["expect"]:
                entry["python_lenient"] = True
        except csv.Error as e:
            entry["error"] = str(e)
            assert c["expect"], "%s: Python raised %s but no Klynge error is expected" % (c["name"], e)
        if c["expect"]:
            line, column, message = c["expect"]
            entry["expect"] = {"line": line, "column": column, "message_starts": message}
        expected[c["name"]] = entry
    (HERE / "expected.json").write_text(json.dumps(expected, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print("wrote %d cases to %s" % (len(C), HERE.relative_to(pathlib.Path.cwd()) if HERE.is_relative_to(pathlib.Path.cwd()) else HERE))


if __name__ == "__main__":
    main()
