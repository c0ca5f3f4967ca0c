#!/usr/bin/env python3
"""Klynge vs NetworkX / igraph / NetworKit benchmark runner.

Run through `bash Scripts/bench/run.sh [--quick] [options]` (it sets up the venv).

For every (task, input) row every library runs in its own subprocess: the
child loads the edge list (LOAD, timed), runs the task on the graph it loaded
(COMPUTE, timed separately, wall clock via time.perf_counter) and reports its
peak RSS.  Klynge is timed by the `klynge-bench` executable itself
($KLYNGE_BENCH_BIN, default .build/release/klynge-bench), which prints one JSON
line.  One table is printed at the end and written to .bench-data/results.md;
the raw numbers go to .bench-data/results.json.

After it, the `load-dataset` rows (dataset_load.py): Klynge loading the whole CORDIS H2020
dataset folder, and that table scaled to 1.5 million participations (scale_cordis.py),
against Python's csv.reader reading the same files, with their ratio (skipped, with the
reason, when ../shared/data is not beside the repository).

Cells:
  12.3     measured seconds (compute, or load for the `load` row)
  ~12.3    extrapolated from a fixed random subset of sources (see footnotes)
  n/a      the library has no such algorithm
  skip     not run in this mode (see footnotes)
  -        klynge-bench missing
  timeout / ERR   the subprocess hit --timeout / failed (message in results.json)
"""
from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import random
import resource
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO_ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
sys.path.insert(0, HERE)
import gen  # noqa: E402
import dataset_load  # noqa: E402

SEED = 42
THREADS = 2  # klynge --threads and networkit setNumberOfThreads
APPROX_K = 1000  # sources sampled by approx-betweenness

LIBS = ["klynge", "networkx", "igraph", "networkit"]
PY_LIBS = ["networkx", "igraph", "networkit"]
EXACT_CENTRALITY = ("betweenness", "closeness", "harmonic")

# Rows of the table, in order.
ROWS = [
    ("betweenness", "eco530"), ("betweenness", "ba20k"), ("betweenness", "ws50k"),
    ("closeness", "eco530"), ("closeness", "ba20k"), ("closeness", "ws50k"),
    ("harmonic", "eco530"), ("harmonic", "ba20k"),
    ("pagerank", "ba200k"), ("components", "ba200k"), ("core", "ba200k"),
    ("approx-betweenness", "ba200k"),
    ("structural-holes", "eco530"), ("structural-holes", "ba20k"),
    ("constraint", "ba20k"),
    ("louvain", "ba20k"), ("leiden", "ba20k"),
    ("match-query", "eco530"), ("match-query", "ba20k"),
    ("load", "load1m"),
    # issue 16: the largest input on one machine (1 M nodes, 10 M edges, heavy-tailed).
    ("load", "g1m10m"), ("pagerank", "g1m10m"),
    ("eps-betweenness", "g1m10m"), ("kadabra", "g1m10m"),
]

# (ε, δ) betweenness rows: Klynge's estimate (KADABRA's adaptive stopping rule capped at the R–K size, bidirectional
# BFS samples) against NetworKit's ApproxBetweenness (same sample size, one full BFS per sample)
# on the `eps-betweenness` row and KadabraBetweenness (adaptive stopping) on the `kadabra` row.
# Klynge computes the same thing for both rows: it runs once and both rows show that result.
EPS, DELTA = 0.01, 0.1
KLYNGE_SAME_AS = {"kadabra": "eps-betweenness"}
# NetworKit's ApproxBetweenness draws r ∝ 1/ε² samples of a full BFS each (~30,000 on g1m10m,
# hours on 2 cores): it runs at ε = NK_RK_EPS and its time is scaled by r(ε)/r(NK_RK_EPS).
NK_RK_EPS = 0.1
# Inputs too large for NetworkX's dict-of-dicts graph (10 M edges: ~10 GB, minutes to read).
NX_TOO_LARGE = {"g1m10m"}

# Sample sizes for extrapolated cells (number of BFS sources actually run).
NX_SAMPLE = {("betweenness", "ba20k"): 200, ("betweenness", "ws50k"): 100,
             ("closeness", "ba20k"): 100, ("closeness", "ws50k"): 100,
             ("harmonic", "ba20k"): 100}
NX_APPROX_SAMPLE = 25          # of the APPROX_K sources (NetworkX, always)
NK_APPROX_SAMPLE = 200         # of the APPROX_K sources (NetworKit, full mode; exact with --exhaustive)
NK_APPROX_SAMPLE_QUICK = 50    # same, --quick
IG_SAMPLE_QUICK = 500          # igraph on ba20k in --quick
IG_SAMPLE_WS50K = 2000         # igraph on ws50k in full mode (exact with --exhaustive)

PR_ALPHA = 0.85
PR_TOL = 1e-10  # PageRank row: Klynge iterates to the fixed point (every value within 1e-10) by default
PPR_TOL = 1e-6  # personalised PageRank row: NetworkX's default, as before
# match-query: the seekers of the 20 queries, labelled i·n/20 in every library.
MATCH_SEEKERS = lambda n: [i * n // 20 for i in range(20)]


# ---------------------------------------------------------------------------
# Worker side: runs inside a subprocess, one library, one task, one file.
# ---------------------------------------------------------------------------

def _rss_bytes() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # KiB on Linux


def _sample(n: int, k: int):
    k = min(k, n)
    return sorted(random.Random(SEED).sample(range(n), k))


def _timed(fn, allow_repeat=True):
    """Run fn once; if it was fast (< 0.2 s) repeat it (up to ~1 s / 7 runs) and
    keep the minimum.  Returns (seconds, runs)."""
    t0 = time.perf_counter()
    fn()
    best = time.perf_counter() - t0
    runs, total = 1, best
    while allow_repeat and best < 0.2 and total < 1.0 and runs < 7:
        t0 = time.perf_counter()
        fn()
        dt = time.perf_counter() - t0
        best = min(best, dt)
        total += dt
        runs += 1
    return best, runs


def worker(lib: str, task: str, path: str, sample: int) -> dict:
    """sample = 0: exact; sample = k > 0: run k sources and extrapolate."""
    os.environ.setdefault("OMP_NUM_THREADS", str(THREADS))
    out = {"lib": lib, "task": task, "file": path, "sample": sample}
    if lib == "networkx":
        import networkx as lib_mod
    elif lib == "igraph":
        import igraph as lib_mod
    elif lib == "networkit":
        import networkit as lib_mod
        lib_mod.setNumberOfThreads(THREADS)
        if hasattr(lib_mod, "setSeed"):
            lib_mod.setSeed(SEED, False)  # EstimateBetweenness source sampling
        out["threads"] = lib_mod.getMaxNumberOfThreads()
    else:
        raise SystemExit("unknown lib " + lib)
    out["version"] = getattr(lib_mod, "__version__", "?")
    out["baseline_rss_bytes"] = _rss_bytes()

    # ---- LOAD --------------------------------------------------------------
    t0 = time.perf_counter()
    if lib == "networkx":
        nx = lib_mod
        G = nx.read_edgelist(path, nodetype=int)
        n, m = G.number_of_nodes(), G.number_of_edges()
    elif lib == "igraph":
        ig = lib_mod
        G = ig.Graph.Read_Edgelist(path, directed=False)
        n, m = G.vcount(), G.ecount()
    else:
        nk = lib_mod
        G = nk.graphio.EdgeListReader(" ", 0).read(path)  # == nk.Format.EdgeListSpaceZero
        n, m = G.numberOfNodes(), G.numberOfEdges()
    out["load_seconds"] = time.perf_counter() - t0
    out["nodes"], out["edges"] = n, m

    # ---- COMPUTE -----------------------------------------------------------
    factor = 1.0
    fn = None
    rk_algo = None  # NetworKit ApproxBetweenness, to read the sample count it drew
    if task == "load":
        pass
    elif lib == "networkx":
        nodes = sorted(G)  # node labels are the file's integer ids
        if task == "betweenness":
            if sample:
                fn = lambda: nx.betweenness_centrality(G, k=sample, seed=SEED, normalized=True)
                factor = n / sample
            else:
                fn = lambda: nx.betweenness_centrality(G, normalized=True)
        elif task == "closeness":
            if sample:
                S = [nodes[i] for i in _sample(n, sample)]
                fn = lambda: [nx.closeness_centrality(G, u=v) for v in S]
                factor = n / len(S)
            else:
                fn = lambda: nx.closeness_centrality(G)
        elif task == "harmonic":
            if sample:
                S = [nodes[i] for i in _sample(n, sample)]
                fn = lambda: nx.harmonic_centrality(G, sources=S)
                factor = n / len(S)
            else:
                fn = lambda: nx.harmonic_centrality(G)
        elif task == "pagerank":
            fn = lambda: nx.pagerank(G, alpha=PR_ALPHA, tol=PR_TOL)
        elif task == "components":
            fn = lambda: nx.number_connected_components(G)
        elif task == "core":
            fn = lambda: nx.core_number(G)
        elif task == "approx-betweenness":
            k = sample or APPROX_K
            fn = lambda: nx.betweenness_centrality(G, k=k, seed=SEED, normalized=True)
            factor = APPROX_K / k
        elif task == "structural-holes":
            fn = lambda: (nx.constraint(G), nx.effective_size(G))
        elif task == "constraint":
            fn = lambda: nx.constraint(G)
        elif task == "louvain":
            fn = lambda: nx.community.louvain_communities(G, seed=SEED)
        elif task == "leiden":
            out["na"] = "networkx has no Leiden of its own (it dispatches to backends)"
        elif task == "match-query":
            def match_queries():
                for s in MATCH_SEEKERS(n):
                    nx.pagerank(G, alpha=PR_ALPHA, personalization={s: 1}, tol=PPR_TOL)
                    list(nx.adamic_adar_index(G, [(s, c) for c in G if c != s]))
            fn = match_queries
    elif lib == "igraph":
        scale = 2.0 / ((n - 1) * (n - 2)) if n > 2 else 1.0  # NetworkX normalization
        if task == "betweenness":
            if sample:
                S = _sample(n, sample)
                fn = lambda: [b * scale for b in G.betweenness(directed=False, sources=S)]
                factor = n / len(S)
            else:
                fn = lambda: [b * scale for b in G.betweenness(directed=False)]
        elif task == "closeness":
            if sample:
                S = _sample(n, sample)
                fn = lambda: G.closeness(vertices=S)
                factor = n / len(S)
            else:
                fn = lambda: G.closeness()
        elif task == "harmonic":
            if sample:
                S = _sample(n, sample)
                fn = lambda: G.harmonic_centrality(vertices=S, normalized=False)
                factor = n / len(S)
            else:
                fn = lambda: G.harmonic_centrality(normalized=False)
        elif task == "pagerank":
            fn = lambda: G.pagerank(damping=PR_ALPHA)
        elif task == "components":
            fn = lambda: len(G.connected_components())
        elif task == "core":
            fn = lambda: G.coreness()
        elif task == "approx-betweenness":
            out["na"] = "igraph has no sampled-source betweenness estimator"
        elif task in ("eps-betweenness", "kadabra"):
            out["na"] = "igraph has no (epsilon, delta) betweenness estimator"
        elif task == "constraint":
            fn = lambda: G.constraint()
        elif task == "structural-holes":
            out["na"] = "igraph has constraint but no effective size"
        elif task == "louvain":
            fn = lambda: G.community_multilevel()
        elif task == "leiden":
            fn = lambda: G.community_leiden(objective_function="modularity", n_iterations=2)
        elif task == "match-query":
            def match_queries():
                for s in MATCH_SEEKERS(n):
                    G.personalized_pagerank(reset_vertices=s, damping=PR_ALPHA)
                    G.similarity_inverse_log_weighted(vertices=[s])
            fn = match_queries
    else:  # networkit
        def run(algo):
            algo.run()
            return algo
        if sample and task != "approx-betweenness":
            out["na"] = "networkit has no exact source-subset API; not extrapolated"
        elif task == "betweenness":
            fn = lambda: run(nk.centrality.Betweenness(G, normalized=True))
        elif task == "closeness":
            fn = lambda: run(nk.centrality.Closeness(G, True, nk.centrality.ClosenessVariant.Generalized))
        elif task == "harmonic":
            fn = lambda: run(nk.centrality.HarmonicCloseness(G, normalized=False))
        elif task == "pagerank":
            fn = lambda: run(nk.centrality.PageRank(G, damp=PR_ALPHA, tol=PR_TOL))
        elif task == "components":
            fn = lambda: run(nk.components.ConnectedComponents(G)).numberOfComponents()
        elif task == "core":
            fn = lambda: run(nk.centrality.CoreDecomposition(G))
        elif task in ("structural-holes", "constraint"):
            out["na"] = "networkit has no structural-hole measures"
        elif task == "louvain":
            fn = lambda: run(nk.community.PLM(G, True))
        elif task == "leiden":
            fn = lambda: run(nk.community.ParallelLeiden(G))
        elif task == "match-query":
            out["na"] = "networkit has no personalised PageRank"
        elif task == "eps-betweenness":
            # Riondato–Kornaropoulos: r = ⌈(c/ε²)(⌊log₂(VD−2)⌋ + 1 + ln(1/δ))⌉ samples; run at a larger ε
            # and scale by the ratio of the sample counts (the same VD bound for both).
            rk_algo = nk.centrality.ApproxBetweenness(G, epsilon=NK_RK_EPS, delta=DELTA)
            fn = lambda: run(rk_algo)
            factor = (NK_RK_EPS / EPS) ** 2
        elif task == "kadabra":
            kadabra = nk.centrality.KadabraBetweenness(G, EPS, DELTA)
            fn = lambda: run(kadabra)
        elif task == "approx-betweenness":
            # EstimateBetweenness = `k` independent sampled sources: a smaller k, scaled by
            # APPROX_K/k, is a faithful subset of the same computation.
            k = sample or APPROX_K
            fn = lambda: run(nk.centrality.EstimateBetweenness(G, k, True, True))
            factor = APPROX_K / k

    if fn is not None:
        measured, runs = _timed(fn, allow_repeat=not sample and task not in ("eps-betweenness", "kadabra"))
        if rk_algo is not None:
            out["samples_run"] = rk_algo.numberOfSamples()
        if task == "kadabra" and lib == "networkit":
            out["samples_run"] = kadabra.getNumberOfIterations()
        out["compute_measured_seconds"] = measured
        out["compute_runs"] = runs
        out["compute_seconds"] = measured * factor
        out["extrapolated"] = factor != 1.0
        out["factor"] = factor
    out["peak_rss_bytes"] = _rss_bytes()
    return out


# ---------------------------------------------------------------------------
# Driver side.
# ---------------------------------------------------------------------------

class Cell:
    """Plan + result of one (lib, task, input)."""

    def __init__(self, lib, task, inp, mode, sample=0, note=""):
        self.lib, self.task, self.inp = lib, task, inp
        self.mode = mode          # run | skip | na | missing
        self.sample = sample
        self.note = note
        self.result = None        # dict from worker / klynge-bench
        self.status = None        # ok | timeout | error
        self.error = ""
        self.wall = 0.0

    @property
    def seconds(self):
        if self.status != "ok" or not self.result or self.result.get("na"):
            return None
        r = self.result
        return r["load_seconds"] if self.task == "load" else r.get("compute_seconds")

    @property
    def approx(self):
        return bool(self.result and self.result.get("extrapolated"))


def plan(lib, task, inp, args) -> Cell:
    quick, exh = args.quick, args.exhaustive
    if quick and inp == "ws50k":
        return Cell(lib, task, inp, "skip", note="--quick skips ws50k")
    if lib == "klynge":
        if not args.klynge_ok:
            return Cell(lib, task, inp, "missing")
        return Cell(lib, task, inp, "run")
    if lib == "networkx":
        if inp in NX_TOO_LARGE:
            return Cell(lib, task, inp, "skip", note="NetworkX on 10 M edges needs ~10 GB and minutes to read")
        if task in ("eps-betweenness", "kadabra"):
            return Cell(lib, task, inp, "na", note="NetworkX has no (epsilon, delta) betweenness estimator")
        if quick and inp != "eco530":
            return Cell(lib, task, inp, "skip", note="--quick runs NetworkX on eco530 only")
        if (task, inp) in NX_SAMPLE:
            return Cell(lib, task, inp, "run", sample=NX_SAMPLE[(task, inp)])
        if task == "approx-betweenness":
            return Cell(lib, task, inp, "run", sample=NX_APPROX_SAMPLE)
        return Cell(lib, task, inp, "run")
    if lib == "igraph":
        if task in ("eps-betweenness", "kadabra"):
            return Cell(lib, task, inp, "na", note="igraph has no (epsilon, delta) betweenness estimator")
        if task == "approx-betweenness":
            return Cell(lib, task, inp, "na", note="igraph has no sampled-source betweenness")
        if task in EXACT_CENTRALITY and not exh:
            if quick and inp == "ba20k":
                return Cell(lib, task, inp, "run", sample=IG_SAMPLE_QUICK)
            if inp == "ws50k":
                return Cell(lib, task, inp, "run", sample=IG_SAMPLE_WS50K)
        return Cell(lib, task, inp, "run")
    if lib == "networkit":
        if task in EXACT_CENTRALITY and not exh:
            if quick and inp == "ba20k":
                return Cell(lib, task, inp, "skip",
                            note="--quick: NetworKit exact centralities on ba20k take minutes and "
                                 "NetworKit has no exact source-subset API to extrapolate from")
            if inp == "ws50k" and task == "betweenness":
                return Cell(lib, task, inp, "skip",
                            note="NetworKit exact betweenness on ws50k (~6x the work of ba20k: est. 15+ min on "
                                 "2 cores) runs only with --exhaustive; NetworKit has no exact "
                                 "source-subset API to extrapolate from")
        if task == "approx-betweenness" and not exh:
            return Cell(lib, task, inp, "run", sample=NK_APPROX_SAMPLE_QUICK if quick else NK_APPROX_SAMPLE)
        return Cell(lib, task, inp, "run")
    raise ValueError(lib)


def _last_json_line(text: str):
    for line in reversed(text.strip().splitlines()):
        line = line.strip()
        if line.startswith("{"):
            return json.loads(line)
    raise ValueError("no JSON line in output")


def _run(cmd, timeout):
    t0 = time.perf_counter()
    try:
        p = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, cwd=REPO_ROOT)
    except subprocess.TimeoutExpired:
        return "timeout", None, "exceeded %ds" % timeout, time.perf_counter() - t0
    wall = time.perf_counter() - t0
    if p.returncode != 0:
        return "error", None, (p.stderr or p.stdout).strip()[-800:], wall
    try:
        return "ok", _last_json_line(p.stdout), "", wall
    except Exception as e:  # noqa: BLE001
        return "error", None, "%s: %r" % (e, p.stdout[-400:]), wall


def run_python_cell(cell: Cell, path: str, args):
    cmd = [sys.executable, os.path.abspath(__file__), "--worker", cell.lib, cell.task, path,
           "--sample", str(cell.sample)]
    reps = args.load_reps if cell.task == "load" else 1
    best = None
    for _ in range(reps):
        status, res, err, wall = _run(cmd, args.timeout)
        cell.wall += wall
        if status != "ok":
            cell.status, cell.error = status, err
            return
        if best is None or res["load_seconds"] < best["load_seconds"]:
            peak = max(res["peak_rss_bytes"], best["peak_rss_bytes"] if best else 0)
            best = res
            best["peak_rss_bytes"] = peak
    best["reps"] = reps
    cell.status, cell.result = "ok", best


def run_klynge_cell(cell: Cell, path: str, args):
    cmd = [args.klynge_bin, cell.task, path, "--threads", str(THREADS)]
    if cell.task == "approx-betweenness":
        cmd += ["--k", str(APPROX_K), "--seed", str(SEED)]
    if cell.task in ("eps-betweenness", "kadabra"):
        cmd = [args.klynge_bin, "eps-betweenness", path, "--threads", str(THREADS),
               "--epsilon", str(EPS), "--delta", str(DELTA), "--seed", str(SEED)]
    key = "load_seconds" if cell.task == "load" else "compute_seconds"
    best, runs = None, 0
    max_runs = args.load_reps if cell.task == "load" else 5
    while runs < max_runs:
        status, res, err, wall = _run(cmd, args.timeout)
        cell.wall += wall
        runs += 1
        if status != "ok":
            cell.status, cell.error = status, err
            return
        for f in ("load_seconds", "compute_seconds"):
            res.setdefault(f, 0.0 if f == "compute_seconds" and cell.task == "load" else None)
        if res.get(key) is None:
            cell.status, cell.error = "error", "klynge-bench JSON lacks %s: %r" % (key, res)
            return
        if best is None or res[key] < best[key]:
            res["peak_rss_bytes"] = max(res.get("peak_rss_bytes") or 0,
                                        (best or {}).get("peak_rss_bytes") or 0)
            best = res
        # compute tasks: repeat only when fast (same rule as the Python side)
        if cell.task != "load" and (best[key] >= 0.2 or cell.wall > 3.0):
            break
    best["reps"] = runs
    cell.status, cell.result = "ok", best


# ---- formatting -------------------------------------------------------------

def fmt_s(x):
    if x is None:
        return None
    if x < 0.001:
        return "%.2g" % x
    if x < 1:
        return "%.3f" % x
    if x < 100:
        return "%.2f" % x
    return "%.0f" % x


def cell_text(c: Cell):
    if c.mode == "missing":
        return "-"
    if c.mode == "na" or (c.result and c.result.get("na")):
        return "n/a"
    if c.mode == "skip":
        return "skip"
    if c.status == "timeout":
        return "timeout"
    if c.status != "ok":
        return "ERR"
    s = fmt_s(c.seconds)
    return ("~" + s) if c.approx else s


def ratio_text(a: Cell, b: Cell):
    if a.mode == "missing" or b.mode == "missing":
        return "-"
    if a.seconds is None or b.seconds is None:
        if "n/a" in (cell_text(a), cell_text(b)):
            return "n/a"
        return "-"
    if b.seconds <= 0:
        return "-"
    r = a.seconds / b.seconds
    s = "%.3g" % r if r < 1000 else "%.0f" % r
    return ("~" + s) if (a.approx or b.approx) else s


def rss_text(cells):
    parts = []
    for lib in LIBS:
        c = cells[lib]
        v = c.result.get("peak_rss_bytes") if (c.status == "ok" and c.result) else None
        parts.append("%.0f" % (v / 2**20) if v else "-")
    return "/".join(parts)


def md_table(header, rows):
    widths = [max(len(str(r[i])) for r in [header] + rows) for i in range(len(header))]
    def line(r):
        return "| " + " | ".join(str(v).ljust(widths[i]) if i < 2 else str(v).rjust(widths[i])
                                 for i, v in enumerate(r)) + " |"
    sep = "|" + "|".join("-" * (w + 1) + (":" if i >= 2 else "-") for i, w in enumerate(widths)) + "|"
    return "\n".join([line(header), sep] + [line(r) for r in rows])


def machine_info():
    cpu = "?"
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    mem = "?"
    try:
        with open("/proc/meminfo") as f:
            for line in f:
                if line.startswith("MemTotal"):
                    mem = "%.1f GiB" % (int(line.split()[1]) / 2**20)
    except OSError:
        pass
    try:
        nproc = len(os.sched_getaffinity(0))
    except AttributeError:
        nproc = os.cpu_count()
    load = os.getloadavg() if hasattr(os, "getloadavg") else ("?",)
    return {"nproc": nproc, "cpu": cpu, "mem": mem, "kernel": platform.release(),
            "python": platform.python_version(), "loadavg_start": load}


def lib_versions():
    from importlib import metadata
    v = {}
    for pkg in ("networkx", "igraph", "networkit", "numpy", "scipy"):
        try:
            v[pkg] = metadata.version(pkg)
        except metadata.PackageNotFoundError:
            v[pkg] = "not installed"
    return v


def klynge_version(args):
    if not args.klynge_ok:
        return "missing"
    try:
        st = os.stat(args.klynge_bin)
        shown = args.klynge_bin
        if shown.startswith(REPO_ROOT + os.sep):
            shown = os.path.relpath(shown, REPO_ROOT)
        return "%s (built %s)" % (shown,
                                  datetime.datetime.fromtimestamp(st.st_mtime).strftime("%Y-%m-%d %H:%M"))
    except OSError:
        return args.klynge_bin


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true",
                    help="skip ws50k, NetworkX only on eco530, sample igraph / skip NetworKit "
                         "exact centralities on ba20k, 1 load repetition")
    ap.add_argument("--exhaustive", action="store_true",
                    help="igraph and NetworKit unsampled everywhere (igraph and NetworKit exact "
                         "betweenness on ws50k take ~15-25 min each on 2 cores)")
    ap.add_argument("--tasks", help="comma list to restrict tasks")
    ap.add_argument("--inputs", help="comma list to restrict inputs (eco530,ba20k,ws50k,ba200k,load1m,"
                                     "cordis-h2020-all)")
    ap.add_argument("--libs", help="comma list to restrict libraries")
    ap.add_argument("--timeout", type=int, default=None, help="per-subprocess timeout in s "
                    "(default 3600, --quick 600)")
    ap.add_argument("--load-reps", type=int, default=None,
                    help="repetitions of the load row, min time kept (default 3, --quick 1)")
    ap.add_argument("--worker", nargs=3, metavar=("LIB", "TASK", "FILE"), help=argparse.SUPPRESS)
    ap.add_argument("--sample", type=int, default=0, help=argparse.SUPPRESS)
    args = ap.parse_args()

    if args.worker:
        lib, task, path = args.worker
        if lib == "csv":  # the load-dataset row's Python side
            print(json.dumps(dataset_load.worker(path)), flush=True)
            return
        print(json.dumps(worker(lib, task, path, args.sample)), flush=True)
        return

    if args.timeout is None:
        args.timeout = 600 if args.quick else 3600
    if args.load_reps is None:
        args.load_reps = 1 if args.quick else 3
    default_bin = os.path.join(REPO_ROOT, ".build", "release", "klynge-bench")
    args.klynge_bin = os.path.abspath(os.path.join(REPO_ROOT, os.environ.get("KLYNGE_BENCH_BIN") or default_bin))
    args.klynge_ok = os.path.isfile(args.klynge_bin) and os.access(args.klynge_bin, os.X_OK)
    missing_msg = ("klynge-bench not found at %s -- build it with\n"
                   "    swift build -c release --product klynge-bench\n"
                   "or point KLYNGE_BENCH_BIN at it. Klynge cells are shown as '-'." % args.klynge_bin)
    if not args.klynge_ok:
        print("WARNING: " + missing_msg, file=sys.stderr, flush=True)

    rows = ROWS
    if args.tasks:
        rows = [r for r in rows if r[0] in args.tasks.split(",")]
    if args.inputs:
        rows = [r for r in rows if r[1] in args.inputs.split(",")]
    libs = args.libs.split(",") if args.libs else LIBS
    run_dataset_row = ((not args.tasks or "load-dataset" in args.tasks.split(","))
                       and (not args.inputs or any(i in args.inputs.split(",") for i in dataset_load.INPUTS)))

    started = time.time()
    date = datetime.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z")
    machine = machine_info()
    versions = lib_versions()

    # Inputs (generated once, cached).
    needed = sorted({inp for _, inp in rows if not (args.quick and inp == "ws50k")},
                    key=lambda i: list(gen.INPUTS).index(i + ".txt"))
    paths = {inp: gen.ensure(inp + ".txt") for inp in needed}

    table = []
    for task, inp in rows:
        cells = {}
        for lib in LIBS:
            c = plan(lib, task, inp, args)
            if lib not in libs and c.mode == "run":
                c.mode, c.note = "skip", "excluded by --libs"
            cells[lib] = c
        table.append((task, inp, cells))

    todo = [c for _, _, cells in table for c in cells.values() if c.mode == "run"]
    done_klynge = {}  # (task, input) -> Cell, for rows that show another row's Klynge result
    for i, c in enumerate(todo, 1):
        label = "[%d/%d] %-9s %-18s %-7s%s" % (i, len(todo), c.lib, c.task, c.inp,
                                               " (sample %d)" % c.sample if c.sample else "")
        print(label + " ...", end="", file=sys.stderr, flush=True)
        same = done_klynge.get((KLYNGE_SAME_AS.get(c.task), c.inp)) if c.lib == "klynge" else None
        if same is not None and same.status == "ok":
            c.status, c.result, c.wall = "ok", same.result, 0.0  # the same computation, run once
        elif c.lib == "klynge":
            run_klynge_cell(c, paths[c.inp], args)
            done_klynge[(c.task, c.inp)] = c
        else:
            run_python_cell(c, paths[c.inp], args)
        msg = cell_text(c) if c.status == "ok" else "%s: %s" % (c.status, c.error.splitlines()[-1] if c.error else "")
        print(" %s s  (wall %.1f s)" % (msg, c.wall), file=sys.stderr, flush=True)

    # The load-dataset row: Klynge's dataset loader against Python's csv.reader, side by side.
    dataset_result = None
    if run_dataset_row:
        dataset_result = dataset_load.run(args.klynge_bin, args.klynge_ok, args.load_reps, args.timeout,
                                          args.inputs.split(",") if args.inputs else None)

    # ---- assemble output ----------------------------------------------------
    header = ["task", "input", "klynge s", "networkx s", "igraph s", "networkit s",
              "klynge/igraph", "klynge/networkit", "networkx/klynge", "peak RSS MiB K/nx/ig/nk"]
    out_rows = []
    for task, inp, cells in table:
        out_rows.append([task, inp] + [cell_text(cells[l]) for l in LIBS] + [
            ratio_text(cells["klynge"], cells["igraph"]),
            ratio_text(cells["klynge"], cells["networkit"]),
            ratio_text(cells["networkx"], cells["klynge"]),
            rss_text(cells)])

    # graph sizes as each library saw them
    sizes = {}
    for task, inp, cells in table:
        for lib in LIBS:
            c = cells[lib]
            if c.status == "ok" and c.result and c.result.get("nodes") is not None:
                sizes.setdefault(inp, {})[lib] = (c.result["nodes"], c.result["edges"])

    elapsed = time.time() - started
    lines = []
    lines.append("# Klynge vs NetworkX / igraph / NetworKit%s" % (" (--quick)" if args.quick else ""))
    lines.append("")
    lines.append("- machine: %s CPUs (nproc), %s, %s RAM, Linux %s, Python %s; load average at start %s"
                 % (machine["nproc"], machine["cpu"], machine["mem"], machine["kernel"], machine["python"],
                    " ".join("%.2f" % x for x in machine["loadavg_start"])))
    lines.append("- date: %s; total run time %.1f min" % (date, elapsed / 60))
    lines.append("- versions: klynge-bench %s; networkx %s; igraph (python-igraph) %s; networkit %s; "
                 "numpy %s; scipy %s" % (klynge_version(args), versions["networkx"], versions["igraph"],
                                         versions["networkit"], versions["numpy"], versions["scipy"]))
    lines.append("- threads: klynge %d (--threads %d); networkit %d (setNumberOfThreads); igraph 1 "
                 "(single-threaded); networkx 1 (pure Python)" % (THREADS, THREADS, THREADS))
    size_txt = []
    for inp in needed:
        s = sizes.get(inp, {})
        if s:
            uniq = sorted(set(s.values()))
            size_txt.append("%s n/m=%s" % (inp, ", ".join("%d/%d" % u for u in uniq)))
    if size_txt:
        lines.append("- inputs (.bench-data/, seed 42): " + "; ".join(size_txt))
    lines.append("- times: wall-clock seconds (time.perf_counter). COMPUTE excludes LOAD except in the "
                 "`load` row, which is LOAD only (min of %d run(s), each in a fresh process). "
                 "Compute runs under 0.2 s are repeated (up to ~1 s) and the minimum is kept."
                 % args.load_reps)
    lines.append("")
    lines.append(md_table(header, out_rows))
    lines.append("")

    notes = []
    approx_cells = [c for _, _, cells in table for c in cells.values() if c.approx]
    if approx_cells:
        notes.append("`~` = extrapolated linearly: the library ran only k fixed random sources "
                     "(seed 42) and the time is scaled by n/k (approx-betweenness: by %d/k). "
                     "Ratios involving such a cell are marked `~` too. Cells: " % APPROX_K
                     + "; ".join("%s %s/%s k=%d (measured %.2f s x %.4g)"
                                 % (c.lib, c.task, c.inp, c.sample,
                                    c.result["compute_measured_seconds"], c.result["factor"])
                                 for c in approx_cells))
    cpu = [c for _, _, cells in table for c in [cells["klynge"]]
           if c.status == "ok" and c.result and c.result.get("load_cpu_seconds") is not None]
    if cpu:
        notes.append("Klynge CPU seconds (user + system, both threads; a loaded machine inflates wall time, "
                     "not these): " + "; ".join(
                         "%s/%s load %s compute %s" % (c.task, c.inp, c.result["load_cpu_seconds"],
                                                       c.result["compute_cpu_seconds"]) for c in cpu)
                     + ". Load average at the end: %s." % " ".join("%.2f" % x for x in os.getloadavg()))
    skipped = {}
    for _, _, cells in table:
        for c in cells.values():
            if c.mode in ("skip", "na") and c.note:
                skipped.setdefault((c.mode, c.note), []).append("%s %s/%s" % (c.lib, c.task, c.inp))
    for (mode, note), which in skipped.items():
        notes.append("`%s`: %s (%s)" % (mode, note, ", ".join(which)))
    if not args.klynge_ok:
        notes.append("`-`: " + missing_msg.replace("\n", " ").replace("    ", ""))
    failed = [c for _, _, cells in table for c in cells.values() if c.mode == "run" and c.status != "ok"]
    for c in failed:
        notes.append("%s %s %s/%s: %s" % (c.status, c.lib, c.task, c.inp, c.error.replace("\n", " ")[-300:]))
    notes.append("Definitions: betweenness exact, unweighted, undirected, NetworkX normalization "
                 "(igraph's raw values are rescaled by 2/((n-1)(n-2)), included in its time); closeness = "
                 "NetworkX closeness_centrality (Wasserman-Faust), NetworKit ClosenessVariant.Generalized, "
                 "igraph closeness() (normalized over reachable vertices; same on connected graphs); "
                 "harmonic = sum of 1/d (normalized=False); pagerank alpha=%.2f converged: Klynge to the fixed "
                 "point (its default: every value within 1e-10), tol=%g for NetworkX (L1 < n*tol) and NetworKit, "
                 "igraph PRPACK (direct solve); components = number of connected "
                 "components; core = core numbers (NetworKit CoreDecomposition); approx-betweenness = %d "
                 "sampled sources (NetworKit EstimateBetweenness(G, %d, normalized, parallel); NetworkX "
                 "betweenness_centrality(k=...)); eps-betweenness and kadabra (g1m10m) = betweenness with every "
                 "normalised value within epsilon=%g of the exact one with probability 1-delta=%g: Klynge "
                 "approximateBetweenness (KADABRA's adaptive stopping rule capped at the Riondato-Kornaropoulos size, "
                 "each sample a balanced bidirectional BFS; one run shown on both rows), NetworKit ApproxBetweenness (Riondato-"
                 "Kornaropoulos, a full BFS per sample; run at epsilon=%g and scaled by (%g/%g)^2, the ratio of "
                 "sample counts) on the eps-betweenness row and KadabraBetweenness(G, %g, %g) (adaptive "
                 "stopping rule) on the kadabra row. Loaders: networkx read_edgelist(nodetype=int), igraph "
                 "Graph.Read_Edgelist(directed=False), networkit graphio.EdgeListReader(' ', 0) "
                 "(= Format.EdgeListSpaceZero); igraph/networkit create nodes 0..max id, NetworkX only the "
                 "ids present." % (PR_ALPHA, PR_TOL, APPROX_K, APPROX_K, EPS, 1 - DELTA, NK_RK_EPS, NK_RK_EPS, EPS,
                                   EPS, DELTA))
    notes.append("peak RSS = ru_maxrss of the child process (Python interpreter + library import included; "
                 "import-only baselines: %s)." % ", ".join(
                     "%s %.0f MiB" % (lib, b / 2**20) for lib, b in _baselines(table).items()) if _baselines(table)
                 else "peak RSS = ru_maxrss of the child process.")
    lines.append("Notes:")
    lines.extend("%d. %s" % (i, n) for i, n in enumerate(notes, 1))
    if dataset_result is not None:
        lines.append("")
        lines.extend(dataset_load.table_lines(dataset_result, fmt_s, md_table))
    text = "\n".join(lines) + "\n"

    os.makedirs(gen.DATA_DIR, exist_ok=True)
    with open(os.path.join(gen.DATA_DIR, "results.md"), "w") as f:
        f.write(text)
    raw = {"date": date, "machine": machine, "versions": versions, "quick": args.quick,
           "exhaustive": args.exhaustive, "klynge_bin": args.klynge_bin, "elapsed_seconds": elapsed,
           "cells": [{"lib": c.lib, "task": c.task, "input": c.inp, "mode": c.mode, "sample": c.sample,
                      "note": c.note, "status": c.status, "error": c.error, "wall": c.wall,
                      "result": c.result}
                     for _, _, cells in table for c in cells.values()],
           "load_dataset": dataset_result}
    with open(os.path.join(gen.DATA_DIR, "results.json"), "w") as f:
        json.dump(raw, f, indent=1)

    print()
    print(text, end="")
    print("\n(written to %s and results.json)" % os.path.relpath(os.path.join(gen.DATA_DIR, "results.md"), os.getcwd()))
    if not args.klynge_ok:
        print("\nWARNING: " + missing_msg)


def _baselines(table):
    b = {}
    for _, _, cells in table:
        for lib in PY_LIBS:
            c = cells[lib]
            if c.status == "ok" and c.result and c.result.get("baseline_rss_bytes"):
                b.setdefault(lib, c.result["baseline_rss_bytes"])
    return b


if __name__ == "__main__":
    main()
