#!/usr/bin/env python3
"""Robustness of a running `klynge serve`: seeded random and hostile requests.

    Scripts/.venv/bin/python Scripts/server/robustness.py http://127.0.0.1:8080/ [--requests 10000] [--seed 13]

Sends N requests (default 10,000) made by a seeded generator (the same seed gives the same
requests, in the same order per worker) from 4 keep-alive connections at once: the API's and the
pages' paths with random and known query keys, valid and hostile values (markup, quotes, SQL,
`../` paths, very long values, query strings past the 8 kB limit, invalid UTF-8 percent-escapes
and raw bytes, `top` far past 1,000, repeated keys), random paths, and a few other methods.
One request in 50 is `/healthz`, and a separate thread asks `/healthz` every 0.2 s all along.

Passes (exit 0) when:
- no reply has a 5xx status, and no connection is dropped without a reply;
- every `/healthz` (interleaved and polled) answers 200 (within 30 s: the tests run a debug or
  Thread Sanitizer build on a shared 2-core machine; the slowest answer is printed);
- the server's memory is flat. "Flat" is decided on the server's resident set (VmRSS, read
  from /proc for the process listening on the URL's port, or `--pid`), sampled after each tenth
  of the requests. The first 20% are the warm-up (caches, allocator arenas, thread stacks fill).
  Flat means both: the RSS at the end is at most 1.5 × the RSS after the warm-up, and the last
  40% of the requests add at most 8 MiB (a leak of 2 KiB per request would add 8 MiB there; a
  warmed-up server's allocator only reuses what it has). `--rss-slack-mib` widens the second
  bound (the Thread Sanitizer pass uses it: its shadow memory grows with every address touched).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import threading
import time
import urllib.parse
from collections import Counter

from serve_common import Connection, Target, rss_kib, server_pid, wait_healthy

API = ["/api/dataset", "/api/members", "/api/match", "/api/brokers", "/api/consortium", "/api/map.svg"]
PAGES = ["/", "/match", "/brokers", "/consortium", "/report", "/login", "/openapi.json", "/healthz"]
ASSETS = ["/assets/map.js", "/assets/map.css", "/assets/site.css", "/assets/site.js", "/assets/nope.js"]
KEYS = ["for", "profile", "kind", "county", "cluster", "top", "explain", "sort", "topics", "roles",
        "lead", "q", "focus", "format", "token", "size", "exclude", "min", "weights", "page"]
KINDS = ["municipality", "company", "hospital", "kommune", "bedrift", "university", "MUNICIPALITY",
         "municipality,company", "nope", ""]
COUNTIES = ["Vestland", "Oslo", "Troms", "Finnmark", "Viken", "vestland", "Ves tland", ""]
TOPICS = ["fall detection", "welfare technology", "dementia care", "velferdsteknologi", "fallsensor",
          "fall detection,welfare technology", "unknown topic", ""]
HOSTILE = [
    "<script>alert(1)</script>", '" onmouseover="x', "</script><img src=x onerror=alert(2)>",
    "'; DROP TABLE members; --", "../../../../etc/passwd", "..\\..\\windows\\win.ini", "/etc/passwd",
    "file:///etc/passwd", "javascript:alert(1)", "${jndi:ldap://x}", "{{7*7}}", "%s%s%s%n",
    "\u202egnp.exe", "Ærøy Ålesund Øvre", "مجموعة", "😀" * 10, "\t\r\n", " ", "=", ";", "&", "#",
]
NUMBERS = ["0", "1", "5", "10", "1000", "1001", "-1", "-0", "1e3", "NaN", "inf", "0x10", "5.5",
           "99999999999999999999999999", "9223372036854775807", "9223372036854775808", "", " 5", "٣"]
FORMATS = ["json", "csv", "xlsx", "html", "xml", "JSON", ""]
SORTS = ["betweenness", "degree", "pagerank", "name", "coordinator", "gatekeeper", "nope", "-degree"]
# Percent-escapes that are not valid UTF-8 (lone continuation, truncated sequences, an encoded
# surrogate, an overlong slash), malformed escapes, and raw bytes no client library would send.
BAD_ESCAPES = ["%ff", "%fe%ff", "%c3", "%c3%28", "%e2%82", "%ed%a0%80", "%c0%af", "%f8%88%80%80%80",
               "%", "%z", "%%", "%0", "%00", "%2e%2e%2f", "%252e%252e%252f"]
RAW_BYTES = [b"\xff", b"\xc3\xa6", b"\xe2\x82", b"..", b"\\", b"\"", b"<>", b"{}", b"|", b"^", b"`"]


class Generator:
    """Seeded request generator: `next()` gives (method, raw request target as bytes)."""

    def __init__(self, seed: int, member_ids: list[str]):
        self.rng = random.Random(seed)
        self.ids = member_ids

    def pick(self, xs):
        return xs[self.rng.randrange(len(xs))]

    def unicode_text(self, n: int) -> str:
        pools = [(0x20, 0x7E), (0xA0, 0x24F), (0x590, 0x6FF), (0x4E00, 0x4FFF), (0x1F600, 0x1F64F)]
        out = []
        for _ in range(n):
            lo, hi = self.pick(pools)
            out.append(chr(self.rng.randint(lo, hi)))
        return "".join(out)

    def value(self, key: str) -> str:
        r = self.rng.random()
        if r < 0.45:  # a plausible value for the key
            if key in ("for", "focus", "lead"):
                return self.pick(self.ids) if self.rng.random() < 0.7 else self.pick(["Bergen", "bergen", "Oslo"])
            if key == "kind":
                return self.pick(KINDS)
            if key == "county":
                return self.pick(COUNTIES)
            if key in ("topics", "q"):
                return self.pick(TOPICS + ["Berg", "universitet", "a"])
            if key in ("top", "size", "min", "page"):
                return self.pick(NUMBERS)
            if key == "format":
                return self.pick(FORMATS)
            if key == "sort":
                return self.pick(SORTS)
            if key == "explain":
                return self.pick(["true", "false", "1", "yes", ""])
            if key == "profile":
                return self.pick([
                    "kind=company;topics=fall detection,welfare technology;county=Vestland",
                    "kind=bedrift;topics=velferdsteknologi,fallsensor;county=Vestland",
                    "kind=;topics=;county=", "topics=fall detection", "kind=company;kind=company",
                    "=;=;=", "kind=company;topics=" + "x" * 3000, "county=Vestland;topics=dementia care",
                ])
            return self.pick(HOSTILE)
        if r < 0.70:
            return self.pick(HOSTILE)
        if r < 0.85:
            return self.unicode_text(self.rng.randint(1, 40))
        if r < 0.95:
            return self.pick(NUMBERS)
        return "x" * self.rng.choice([1000, 4000, 7000, 9000, 20000])  # around and past the 8 kB limit

    def query(self, keys: list[str]) -> bytes:
        parts = []
        for _ in range(self.rng.choice([0, 1, 1, 2, 2, 3, 4, 6])):
            key = self.pick(keys) if self.rng.random() < 0.85 else self.unicode_text(self.rng.randint(1, 8))
            value = self.value(key)
            encoded = (urllib.parse.quote(key, safe="") + "=" + urllib.parse.quote(value, safe="")).encode()
            r = self.rng.random()
            if r < 0.08:
                encoded += self.pick(BAD_ESCAPES).encode()
            elif r < 0.12:
                encoded = self.pick(["", "=", "&&", key]).encode() if isinstance(key, str) else encoded
            parts.append(encoded)
            if self.rng.random() < 0.1:  # the same key again, maybe many times
                parts.extend([encoded] * self.rng.choice([1, 2, 50]))
        return b"&".join(parts)

    def path(self) -> bytes:
        r = self.rng.random()
        if r < 0.002:  # an unknown member id of 60 characters (the closest names cost time per character)
            base = self.pick(["/api/members/", "/members/"]) + "9" * 60
        elif r < 0.45:
            base = self.pick(API + ["/api/members/" + self.pick(self.ids)])
        elif r < 0.75:
            base = self.pick(PAGES + ["/members/" + self.pick(self.ids)] + ASSETS)
        elif r < 0.90:
            base = self.pick([
                "/../../../../etc/passwd", "/assets/../../Package.swift", "/assets/..%2f..%2fPackage.swift",
                "/%2e%2e/%2e%2e/etc/passwd", "/members/..%2F..%2Fetc%2Fpasswd", "/api/members/%00",
                "//api//match", "/api/members/", "/members/", "/api/", "/api/map.svg/../match",
                "/assets/", "/assets/%2e%2e", "/api/members/m0001/../../healthz", "/.git/config",
                "/Datasets/norwegian-health-supercluster/members.csv",
                "/" + "a/" * 500, "/api/match;jsessionid=1", "/index.html", "/favicon.ico",
            ])
        else:
            base = "/" + "/".join(urllib.parse.quote(self.unicode_text(self.rng.randint(1, 12)), safe="")
                                  for _ in range(self.rng.randint(1, 4)))
        raw = base.encode()
        if self.rng.random() < 0.05:
            raw += self.pick(BAD_ESCAPES).encode()
        if self.rng.random() < 0.03:
            raw += self.pick(RAW_BYTES)
        return raw

    def next(self) -> tuple[str, bytes]:
        method = "GET"
        r = self.rng.random()
        if r < 0.04:
            method = self.pick(["HEAD", "POST", "PUT", "DELETE", "OPTIONS", "PATCH"])
        path = self.path()
        keys = KEYS if self.rng.random() < 0.9 else [self.unicode_text(3)]
        query = self.query(keys)
        if self.rng.random() < 0.02:
            query += b"&" + self.pick(RAW_BYTES) + b"=" + self.pick(RAW_BYTES)
        return method, path + (b"?" + query if query or self.rng.random() < 0.1 else b"")


def member_ids(target: Target) -> list[str]:
    """A few real member ids (from the API), for requests that name a member."""
    try:
        connection = Connection(target)
        reply = connection.send("GET", b"/api/members?q=a")
        connection.close()
        data = json.loads(reply.body)
        rows = data if isinstance(data, list) else data.get("members", [])
        ids = sorted({str(row["id"]) for row in rows if isinstance(row, dict) and "id" in row})
        if ids:
            return ids[:200]
    except (OSError, ValueError, KeyError, TypeError):
        pass
    return ["m0001", "m0066", "m0077", "m0530", "h01"]


class HealthPoller(threading.Thread):
    """Asks `/healthz` every 0.2 s on fresh connections (30 s timeout) until stopped; counts misses."""

    def __init__(self, target: Target):
        super().__init__(daemon=True)
        self.target = target
        self.stop = threading.Event()
        self.asked = 0
        self.failures: list[str] = []
        self.slowest = 0.0

    def run(self) -> None:
        while not self.stop.is_set():
            started = time.monotonic()
            connection = Connection(self.target, timeout=30)
            try:
                reply = connection.send("GET", b"/healthz", {"Connection": "close"})
                if reply.status != 200:
                    self.failures.append(f"/healthz answered {reply.status}")
            except OSError as error:
                self.failures.append(f"/healthz: {error}")
            finally:
                connection.close()
            self.asked += 1
            self.slowest = max(self.slowest, time.monotonic() - started)
            self.stop.wait(0.2)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("url")
    parser.add_argument("--requests", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--pid", type=int, help="the server's pid (default: the process listening on the port)")
    parser.add_argument("--rss-slack-mib", type=float, default=8.0,
                        help="most MiB the last 40%% of requests may add to the resident set")
    args = parser.parse_args()

    target = Target.parse(args.url)
    wait_healthy(target)
    pid = args.pid or server_pid(target.port)
    if pid is None:
        print("FAIL: cannot find the server's process (give --pid)", file=sys.stderr)
        return 1
    generator = Generator(args.seed, member_ids(target))
    requests = []
    for i in range(args.requests):
        requests.append(("GET", b"/healthz") if i % 50 == 49 else generator.next())

    statuses: Counter[int] = Counter()
    seconds_by_path: Counter[str] = Counter()
    failures: list[str] = []
    lock = threading.Lock()
    slowest = [0.0, b""]
    over_limit: list[str] = []  # answered, but after the server's 10 s limit

    def work(chunk: list[tuple[str, bytes]]) -> None:
        connection = Connection(target, timeout=30)
        for method, raw in chunk:
            started = time.monotonic()
            try:
                reply = connection.send(method, raw)
            except OSError as error:
                with lock:
                    failures.append(f"connection dropped: {error}")
                continue
            elapsed = time.monotonic() - started
            problem = None
            if reply.status >= 500:
                problem = f"{reply.status} for {method} {raw[:200]!r}: {reply.text()[:200]}"
            elif method == "GET" and raw == b"/healthz" and reply.status != 200:
                problem = f"/healthz answered {reply.status}"
            with lock:
                statuses[reply.status] += 1
                seconds_by_path[raw.split(b"?")[0][:24].decode("utf-8", "replace")] += elapsed
                if problem:
                    failures.append(problem)
                if elapsed > 10.5 and reply.status != 503:
                    over_limit.append(f"{elapsed:.1f} s, {reply.status}: {method} {raw[:100]!r}")
                if elapsed > slowest[0]:
                    slowest[0], slowest[1] = elapsed, method.encode() + b" " + raw[:160]
        connection.close()

    def run_block(block: list[tuple[str, bytes]]) -> None:
        threads = [threading.Thread(target=work, args=(block[w::args.workers],)) for w in range(args.workers)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()

    poller = HealthPoller(target)
    poller.start()
    started = time.monotonic()
    rss_before = rss_kib(pid)
    samples = []  # (requests sent so far, RSS in KiB)
    tenth = max(1, len(requests) // 10)
    for start in range(0, len(requests), tenth):
        run_block(requests[start:start + tenth])
        samples.append((min(start + tenth, len(requests)), rss_kib(pid)))
    elapsed = time.monotonic() - started
    poller.stop.set()
    poller.join()

    print(f"{len(requests)} requests (seed {args.seed}, {args.workers} connections) in {elapsed:.1f} s; "
          f"slowest {slowest[0] * 1000:.0f} ms: {slowest[1][:160]!r}")
    print("most time (s, summed over connections): " + ", ".join(
        f"{path} {t:.1f}" for path, t in seconds_by_path.most_common(8)))
    print("statuses: " + ", ".join(f"{s}×{n}" for s, n in sorted(statuses.items())))
    print(f"/healthz polled {poller.asked} times alongside, slowest {poller.slowest * 1000:.0f} ms, "
          f"{len(poller.failures)} failures")
    print("server RSS (MiB) before, then after each tenth: " + f"{rss_before / 1024:.1f} | "
          + " ".join(f"{kib / 1024:.1f}" for _, kib in samples))
    for slow in over_limit[:10]:
        print(f"WARNING: answered after the 10 s limit: {slow}")
    failures += poller.failures
    if poller.asked == 0:
        failures.append("/healthz was never polled")

    def after(share: float) -> int:  # the first sample taken once `share` of the requests were sent
        return next(kib for sent, kib in samples if sent >= share * len(requests))

    warm, late = after(0.2), after(0.6)
    end = samples[-1][1]
    flat_factor = end <= 1.5 * warm
    late_growth_mib = (end - late) / 1024
    print(f"memory: after warm-up {warm / 1024:.1f} MiB, at 60% {late / 1024:.1f} MiB, end {end / 1024:.1f} MiB "
          f"(end/warm-up {end / warm:.2f} ≤ 1.5: {'yes' if flat_factor else 'NO'}; last 40% added "
          f"{late_growth_mib:.1f} MiB ≤ {args.rss_slack_mib:g}: {'yes' if late_growth_mib <= args.rss_slack_mib else 'NO'})")
    if not flat_factor:
        failures.append(f"RSS grew from {warm / 1024:.1f} MiB after warm-up to {end / 1024:.1f} MiB")
    if late_growth_mib > args.rss_slack_mib:
        failures.append(f"RSS still growing: the last 40% of requests added {late_growth_mib:.1f} MiB")

    if failures:
        print(f"FAIL: {len(failures)} problems; the first 20:", file=sys.stderr)
        for f in failures[:20]:
            print("  " + f, file=sys.stderr)
        return 1
    print("PASS: no 5xx, no dropped connection, /healthz answered throughout, memory flat")
    return 0


if __name__ == "__main__":
    sys.exit(main())
