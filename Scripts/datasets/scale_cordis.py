#!/usr/bin/env python3
"""Build .bench-data/cordis-scaled/: the whole CORDIS Horizon 2020 table scaled to about
1.5 million participations, the size of every EU research and innovation participation of
H2020 and its successors together (issue 16), for `klynge stats` and the benchmark at scale.
The folder is gitignored: rebuild it, never commit it.

Run from the repository root:
    python3 Scripts/datasets/scale_cordis.py [--participations 1500000] [--reuse 0.65] [--out DIR]
Python 3.11, standard library only. Reads .bench-data/cordis-h2020-all/ (built first by
Scripts/datasets/build_cordis_all.py when missing).

How it is made: the table is copied as "programme periods" 0, 1, 2, ... until the
participations reach --participations (the last period takes whole projects, in file order,
until the count is reached):
- period k's projects are the table's projects with id `<id>-p<k>` (period 0 keeps the ids),
  their start and end years shifted by 7·k (one framework programme; 29 February becomes
  28 February in a year that is not a leap year), everything else kept;
- each of period k's participations names its project's copy and a member: the same
  organisation as in period 0 for a share --reuse of the organisations (chosen by a CRC-32 of
  the id and k, so the choice is deterministic), else a new one, `<id>-p<k>`, a copy of the
  member row with ` (p<k>)` after its name and no organisation number (so the copies are not
  likely duplicates of each other);
- members are written once each, in id order; rows otherwise as in the table.
With the defaults: 11 periods (10 whole), 1,500,000 participations, about 150,000 members.
Output is deterministic: reruns give byte-identical files.
"""
from __future__ import annotations

import argparse
import csv
import pathlib
import subprocess
import sys
import zlib

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parents[1]
BASE = ROOT / ".bench-data" / "cordis-h2020-all"
OUT = ROOT / ".bench-data" / "cordis-scaled"
YEARS_PER_PERIOD = 7


def read(path: pathlib.Path):
    with open(path, newline="", encoding="utf-8") as f:
        r = csv.reader(f)
        return next(r), list(r)


def write(path: pathlib.Path, header, rows):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def is_leap(y: int) -> bool:
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def shifted(date: str, years: int) -> str:
    """A dataset date (YYYY, YYYY-MM, YYYY-MM-DD, or a word such as `unknown`) `years` later."""
    if len(date) < 4 or not date[:4].isdigit():
        return date
    y = int(date[:4]) + years
    rest = date[4:]
    if rest == "-02-29" and not is_leap(y):
        rest = "-02-28"
    return f"{y:04d}{rest}"


def reused(member_id: str, period: int, share: float) -> bool:
    """Whether period `period` names the period-0 organisation `member_id` (else a new one)."""
    if period == 0:
        return True
    return zlib.crc32(f"{member_id}/{period}".encode()) < share * 2**32


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--participations", type=int, default=1_500_000)
    ap.add_argument("--reuse", type=float, default=0.65,
                    help="share of an organisation's later-period participations made by the same organisation")
    ap.add_argument("--out", type=pathlib.Path, default=OUT)
    args = ap.parse_args()
    if not (BASE / "participations.csv").is_file():
        print(f"[scale_cordis] building {BASE.relative_to(ROOT)} first", file=sys.stderr)
        subprocess.run([sys.executable, str(HERE / "build_cordis_all.py")], cwd=ROOT, check=True)
    mh, members = read(BASE / "members.csv")
    ph, projects = read(BASE / "projects.csv")
    pah, parts = read(BASE / "participations.csv")
    m_id, m_name, m_orgnr = mh.index("id"), mh.index("name"), mh.index("orgnr")
    p_id, p_start, p_end = ph.index("id"), ph.index("start"), ph.index("end")
    pa_project, pa_member = pah.index("project"), pah.index("member")
    member_row = {r[m_id]: r for r in members}
    parts_of: dict[str, list[list[str]]] = {}
    for r in parts:
        parts_of.setdefault(r[pa_project], []).append(r)

    out_members = {r[m_id]: r for r in members}
    out_projects, out_parts = [], []
    period = 0
    while len(out_parts) < args.participations:
        suffix = f"-p{period}" if period else ""
        for p in projects:
            if len(out_parts) >= args.participations:
                break
            row = list(p)
            row[p_id] = p[p_id] + suffix
            row[p_start] = shifted(p[p_start], YEARS_PER_PERIOD * period)
            row[p_end] = shifted(p[p_end], YEARS_PER_PERIOD * period)
            out_projects.append(row)
            for pa in parts_of.get(p[p_id], []):
                mid = pa[pa_member]
                if not reused(mid, period, args.reuse):
                    new_id = mid + suffix
                    if new_id not in out_members:
                        m = list(member_row[mid])
                        m[m_id] = new_id
                        m[m_name] = f"{m[m_name]} (p{period})"
                        m[m_orgnr] = ""
                        out_members[new_id] = m
                    mid = new_id
                row = list(pa)
                row[pa_project] = p[p_id] + suffix
                row[pa_member] = mid
                out_parts.append(row)
        period += 1

    out = args.out
    out.mkdir(parents=True, exist_ok=True)
    write(out / "members.csv", mh, [out_members[k] for k in sorted(out_members)])
    write(out / "projects.csv", ph, out_projects)
    write(out / "participations.csv", pah, out_parts)
    n = "{:,}".format
    (out / "README.md").write_text(
        f"""# cordis-scaled — the CORDIS Horizon 2020 table scaled to {n(len(out_parts))} participations (generated)

Built by `python3 Scripts/datasets/scale_cordis.py --participations {args.participations} --reuse {args.reuse}`
from `.bench-data/cordis-h2020-all` (real CORDIS data © European Union, CC BY 4.0): {period} programme
periods of the table, each {YEARS_PER_PERIOD} years after the one before, project ids `<id>-p<k>`, and
in each later period {args.reuse:.0%} of the participations by the same organisations, the others by new
ones (`<id>-p<k>`, ` (p<k>)` after the name, no organisation number). Not real beyond period 0; for
benchmarks at the scale of every EU participation. Not committed: `.bench-data/` is gitignored.

{n(len(out_projects))} projects, {n(len(out_members))} organisations, {n(len(out_parts))} participations.
""",
        encoding="utf-8",
    )
    print(f"{out}: {len(out_members)} members, {len(out_projects)} projects, {len(out_parts)} participations "
          f"({period} periods)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
