"""The `load-dataset` rows of `make bench`: Klynge loading a whole dataset folder against
Python's csv.reader reading the same files, side by side in one run.

The inputs are the whole CORDIS Horizon 2020 table (.bench-data/cordis-h2020-all/, about
12 MB, 144,726 participations), built once by Scripts/datasets/build_cordis_all.py from
../shared/data beside the repository, and that table scaled to 1.5 million participations
(.bench-data/cordis-scaled/, about 115 MB, built once by Scripts/datasets/scale_cordis.py);
when ../shared is absent the rows say so and are skipped (they never fail the bench).

- Klynge: `klynge-bench load-dataset FOLDER` times DatasetLoader(fillsDefaultTopics: false)
  .validate(folder:) in the process (read, decode, parse and check members, projects and
  participations, build the ecosystem): what `klynge validate` does, less process start-up
  and printing.
- Python: a worker process times csv.reader over the same CSV files (opened as UTF-8 with
  newline=''), every row read and counted, nothing else.

Each side runs in a fresh process LOAD_REPS times (--load-reps); the minimum is kept.
"""
from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO_ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
INPUT = "cordis-h2020-all"
FOLDER = os.path.join(REPO_ROOT, ".bench-data", INPUT)
SCALED_INPUT = "cordis-scaled"
SCALED = os.path.join(REPO_ROOT, ".bench-data", SCALED_INPUT)
SCALE = os.path.join(REPO_ROOT, "Scripts", "datasets", "scale_cordis.py")
INPUTS = (INPUT, SCALED_INPUT)
SHARED = os.path.join(os.path.dirname(REPO_ROOT), "shared", "data", "cordis_h2020")
BUILD = os.path.join(REPO_ROOT, "Scripts", "datasets", "build_cordis_all.py")
FILES = ("members.csv", "projects.csv", "participations.csv", "relations.csv")


def ensure_table():
    """(folder, None) when the CORDIS table is there or could be built; (None, why) otherwise."""
    if os.path.isfile(os.path.join(FOLDER, "participations.csv")):
        return FOLDER, None
    if not os.path.isdir(SHARED):
        return None, "../shared/data/cordis_h2020 is not beside the repository, so the CORDIS table cannot be built"
    print("[bench] building %s (Scripts/datasets/build_cordis_all.py)" % os.path.relpath(FOLDER, REPO_ROOT),
          file=sys.stderr, flush=True)
    p = subprocess.run([sys.executable, BUILD], cwd=REPO_ROOT, capture_output=True, text=True)
    if p.returncode != 0 or not os.path.isfile(os.path.join(FOLDER, "participations.csv")):
        return None, "build_cordis_all.py failed: %s" % (p.stderr or p.stdout).strip()[-300:]
    return FOLDER, None


def ensure_scaled():
    """(folder, None) when the scaled table is there or could be built; (None, why) otherwise."""
    if os.path.isfile(os.path.join(SCALED, "participations.csv")):
        return SCALED, None
    base, why = ensure_table()
    if base is None:
        return None, why
    print("[bench] building %s (Scripts/datasets/scale_cordis.py)" % os.path.relpath(SCALED, REPO_ROOT),
          file=sys.stderr, flush=True)
    p = subprocess.run([sys.executable, SCALE], cwd=REPO_ROOT, capture_output=True, text=True)
    if p.returncode != 0 or not os.path.isfile(os.path.join(SCALED, "participations.csv")):
        return None, "scale_cordis.py failed: %s" % (p.stderr or p.stdout).strip()[-300:]
    return SCALED, None


def worker(folder: str) -> dict:
    """Python's side, in its own process: csv.reader over the dataset's CSV files."""
    import resource
    paths = [os.path.join(folder, f) for f in FILES if os.path.isfile(os.path.join(folder, f))]
    t0, c0 = time.perf_counter(), time.process_time()
    rows = 0
    for path in paths:
        with open(path, newline="", encoding="utf-8") as f:
            for _ in csv.reader(f):
                rows += 1
    seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
    return {"lib": "csv.reader", "task": "load-dataset", "file": folder, "rows": rows, "load_seconds": seconds,
            "load_cpu_seconds": cpu,
            "peak_rss_bytes": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024}


def _best_of(cmd, reps, timeout):
    """The run with the least load_seconds over `reps` fresh processes, or (None, error)."""
    best = None
    for _ in range(reps):
        try:
            p = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, cwd=REPO_ROOT)
        except subprocess.TimeoutExpired:
            return None, "timeout after %d s" % timeout
        if p.returncode != 0:
            return None, (p.stderr or p.stdout).strip()[-300:]
        lines = [l for l in p.stdout.splitlines() if l.startswith("{")]
        if not lines:
            return None, "no JSON line: %r" % p.stdout[-200:]
        res = json.loads(lines[-1])
        if best is None or res["load_seconds"] < best["load_seconds"]:
            best = res
    best["reps"] = reps
    return best, None


def run_one(name, ensure, klynge_bin: str, klynge_ok: bool, reps: int, timeout: int) -> dict:
    """Runs both sides on one input; returns {"input", "status", "note", "klynge", "python", "errors"}."""
    out = {"input": name, "klynge": None, "python": None, "errors": [], "note": None}
    folder, why = ensure()
    if folder is None:
        out["status"], out["note"] = "skip", why
        return out
    for side, cmd in (("python", [sys.executable, os.path.join(HERE, "bench.py"), "--worker", "csv", "load-dataset",
                                  folder]),
                      ("klynge", [klynge_bin, "load-dataset", folder] if klynge_ok else None)):
        if cmd is None:
            continue
        print("[load-dataset] %-10s %s ..." % (side, name), end="", file=sys.stderr, flush=True)
        res, err = _best_of(cmd, reps, timeout)
        print(" %s" % ("%.3f s" % res["load_seconds"] if res else "ERR: " + err), file=sys.stderr, flush=True)
        out[side] = res
        if err:
            out["errors"].append("%s: %s" % (side, err))
    out["status"] = "ok"
    return out


def run(klynge_bin: str, klynge_ok: bool, reps: int, timeout: int, inputs=None) -> list:
    """Runs both sides on each input (those named in `inputs`, or all); one result per input."""
    wanted = [(INPUT, ensure_table), (SCALED_INPUT, ensure_scaled)]
    return [run_one(name, ensure, klynge_bin, klynge_ok, reps, timeout) for name, ensure in wanted
            if not inputs or name in inputs]


def table_lines(results: list, fmt_s, md_table) -> list:
    """The section printed after the main table: one row per input, Klynge vs csv.reader, with the ratio."""
    header = ["task", "input", "klynge s", "python csv.reader s", "klynge/csv.reader", "klynge read s",
              "klynge read/csv.reader", "peak RSS MiB K/py"]
    rows, notes = [], []
    for result in results:
        k, p = result["klynge"], result["python"]

        def secs(r):
            if result["status"] == "skip":
                return "skip"
            return fmt_s(r["load_seconds"]) if r else "-"

        def ratio(a, key):
            return "%.3g" % (a[key] / p["load_seconds"]) if a and p and p["load_seconds"] > 0 and a.get(key) else "-"

        read = fmt_s(k["read_seconds"]) if k and k.get("read_seconds") is not None else secs(k)
        rss = "/".join("%.0f" % (r["peak_rss_bytes"] / 2**20) if r and r.get("peak_rss_bytes") else "-" for r in (k, p))
        rows.append(["load-dataset", result["input"], secs(k), secs(p), ratio(k, "load_seconds"), read,
                     ratio(k, "read_seconds"), rss])
        name = result["input"]
        if result["status"] == "skip":
            notes.append("`skip` (%s): %s." % (name, result["note"]))
        elif k:
            notes.append("%s: %s members, %s projects, %s participations; csv.reader read %s rows."
                         % (name, k.get("members"), k.get("projects"), k.get("participations"),
                            p.get("rows") if p else "?"))
        if k and p and k.get("load_cpu_seconds") is not None and p.get("load_cpu_seconds"):
            notes.append("%s in CPU seconds (steadier on a busy machine): klynge %.3f (read %.3f), "
                         "csv.reader %.3f; klynge/csv.reader %.3g, read/csv.reader %.3g."
                         % (name, k["load_cpu_seconds"], k["read_cpu_seconds"], p["load_cpu_seconds"],
                            k["load_cpu_seconds"] / p["load_cpu_seconds"],
                            k["read_cpu_seconds"] / p["load_cpu_seconds"]))
        for e in result["errors"]:
            notes.append("ERR %s: %s" % (name, e.replace("\n", " ")))
    reps = max([(r["klynge"] or r["python"] or {}).get("reps", 0) for r in results] or [0])
    lines = ["## Loading a dataset", "", md_table(header, rows), "",
             "`klynge s`: DatasetLoader.validate(folder:) in klynge-bench as `klynge validate` loads (read, decode, "
             "parse, check, build the ecosystem; no default topics); `klynge read s`: the reading alone in the same "
             "process (every CSV file decoded and parsed into a table, nothing checked); Python: csv.reader over the "
             "same CSV files, nothing else. Min of %d fresh process(es) each." % reps]
    lines += notes
    lines.append("")
    return lines
