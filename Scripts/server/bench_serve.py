#!/usr/bin/env python3
"""`make bench-serve`: load on `klynge serve` with wrk, its start-up time and its peak memory.

    python3 Scripts/server/bench_serve.py [--klynge .build/release/klynge] [--duration 30]

For each dataset (the default one, then Datasets/norway-h2020):
1. starts `klynge serve DATASET --port 0` on a loopback port the system picks (3 times, for the start-up
   time: from starting the process to the first 200 from /healthz; the median is reported);
2. checks that the newcomer query answers 200 with a JSON body:
   /api/match?profile=kind=company;topics=fall detection,welfare technology;county=Vestland&kind=municipality
   (on norway-h2020, whose topics are CORDIS's, topics=health);
3. runs `wrk -t2 -c16 -d30s --latency` against it (2 threads, 16 connections, 30 s) while
   sampling the server's resident set every 0.1 s; reports requests/s, p50, p90, p99, the
   errors wrk counts (socket errors and non-2xx replies) and the peak RSS (VmHWM, which covers
   loading and the load).
Prints one table. wrk runs on the same 2 cores as the server: the figures are for the machine
as a whole (the load average before each run is printed with the table).
Standard library only; needs wrk (Debian package `wrk`; `make bench-serve` installs it).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request

QUERY = ("/api/match?profile=kind%3Dcompany%3Btopics%3Dfall%20detection%2Cwelfare%20technology"
         "%3Bcounty%3DVestland&kind=municipality")
DATASETS = ["Datasets/norwegian-health-supercluster", "Datasets/norway-h2020"]
# norway-h2020 has CORDIS's topics (no "fall detection"): the same newcomer, asked in its words.
QUERIES = {"norway-h2020": QUERY.replace("fall%20detection%2Cwelfare%20technology", "health")}


def get(url: str, timeout: float = 10) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as r:
            return r.status, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.read()


def status_kib(pid: int, field: str) -> int:
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    return 0


class Server:
    """`klynge serve DATASET --port 0` (the system picks a free loopback port; the server prints
    its address); `started` is the start-up time in s: from starting the process to the first
    200 from /healthz."""

    def __init__(self, klynge: str, dataset: str, log_folder: str):
        self.log = tempfile.NamedTemporaryFile("w+", dir=log_folder, prefix="serve-", suffix=".log", delete=False)
        begin = time.monotonic()
        self.process = subprocess.Popen([klynge, "serve", dataset, "--port", "0"],
                                        stdout=self.log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        self.base = None
        while True:
            if self.process.poll() is not None:
                raise SystemExit(f"klynge serve {dataset} exited with {self.process.returncode}; "
                                 f"its output: {open(self.log.name).read()[-2000:]}")
            if self.base is None:
                announced = re.search(r"http://127\.0\.0\.1:(\d+)/", open(self.log.name).read())
                self.base = announced and announced.group(0).rstrip("/")
            if self.base:
                try:
                    if get(self.base + "/healthz", timeout=2)[0] == 200:
                        break
                except OSError:
                    pass
            if time.monotonic() - begin > 600:
                raise SystemExit(f"klynge serve {dataset}: no /healthz within 10 minutes")
            time.sleep(0.01)
        self.started = time.monotonic() - begin

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.log.close()


def seconds(text: str) -> float:
    """wrk's '12.34ms' / '1.02s' / '850.00us' in seconds."""
    m = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text)
    if not m:
        raise ValueError(text)
    return float(m.group(1)) * {"us": 1e-6, "ms": 1e-3, "s": 1.0, "m": 60.0}[m.group(2)]


def run_wrk(url: str, duration: int, pid: int) -> dict[str, object]:
    peak = [0]
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            peak[0] = max(peak[0], status_kib(pid, "VmRSS"))
            done.wait(0.1)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    command = ["wrk", "-t2", "-c16", f"-d{duration}s", "--latency", "--timeout", "10s", url]
    out = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    done.set()
    sampler.join()
    result: dict[str, object] = {"wrk": out, "command": " ".join(command)}
    result["rps"] = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    result["requests"] = int(re.search(r"(\d+) requests in", out).group(1))
    for pct in ("50", "75", "90", "99"):
        result[f"p{pct}"] = seconds(re.search(rf"^\s+{pct}%\s+(\S+)", out, re.M).group(1))
    errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
    result["socket_errors"] = sum(int(x) for x in errors.groups()) if errors else 0
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    result["non2xx"] = int(non2xx.group(1)) if non2xx else 0
    result["rss_peak_during"] = peak[0]
    result["vmhwm"] = status_kib(pid, "VmHWM")
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--klynge", default=".build/release/klynge")
    parser.add_argument("--duration", type=int, default=30, help="seconds of wrk load per dataset")
    parser.add_argument("--starts", type=int, default=3, help="start-ups timed per dataset")
    parser.add_argument("datasets", nargs="*", default=DATASETS)
    args = parser.parse_args()
    if shutil.which("wrk") is None:
        print("wrk not found: `make bench-serve` installs it (Debian package wrk)", file=sys.stderr)
        return 1
    if not os.access(args.klynge, os.X_OK):
        print(f"{args.klynge} not found: build it with `swift build -c release --product klynge`", file=sys.stderr)
        return 1

    rows = []
    with tempfile.TemporaryDirectory(prefix="klynge-bench-serve-") as logs:
        for dataset in args.datasets:
            startups = []
            for _ in range(args.starts - 1):
                server = Server(args.klynge, dataset, logs)
                startups.append(server.started)
                server.stop()
            server = Server(args.klynge, dataset, logs)
            startups.append(server.started)
            try:
                query = QUERIES.get(os.path.basename(dataset.rstrip("/")), QUERY)
                status, body = get(server.base + query, timeout=30)
                if status != 200 or not body.lstrip().startswith((b"{", b"[")):
                    print(f"{dataset}: the query answered {status}: {body[:300]!r}", file=sys.stderr)
                    return 1
                load = os.getloadavg()[0]
                print(f"== {dataset}: wrk for {args.duration} s (load average before: {load:.2f})", flush=True)
                result = run_wrk(server.base + query, args.duration, server.process.pid)
                print(result["wrk"], flush=True)
            finally:
                server.stop()
            result["dataset"] = dataset
            result["startup"] = statistics.median(startups)
            result["startups"] = startups
            result["load"] = load
            rows.append(result)

    print("klynge serve under wrk -t2 -c16 -d%ds --latency, GET %s" % (args.duration, QUERY))
    header = ("dataset", "start-up (median of %d)" % args.starts, "requests/s", "p50", "p90", "p99",
              "errors", "peak RSS")
    table = [header]
    for r in rows:
        table.append((
            os.path.basename(r["dataset"]), f"{r['startup']:.2f} s", f"{r['rps']:.0f}",
            f"{r['p50'] * 1000:.1f} ms", f"{r['p90'] * 1000:.1f} ms", f"{r['p99'] * 1000:.1f} ms",
            f"{r['socket_errors'] + r['non2xx']}", f"{max(r['vmhwm'], r['rss_peak_during']) / 1024:.0f} MiB",
        ))
    widths = [max(len(row[i]) for row in table) for i in range(len(header))]
    for i, row in enumerate(table):
        print("| " + " | ".join(cell.ljust(widths[j]) for j, cell in enumerate(row)) + " |")
        if i == 0:
            print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for r in rows:
        print(f"{os.path.basename(r['dataset'])}: start-ups " + ", ".join(f"{s:.2f} s" for s in r["startups"])
              + f"; {r['requests']} requests; load average before the load {r['load']:.2f}")
    failed = [r for r in rows if r["socket_errors"] or r["non2xx"]]
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
