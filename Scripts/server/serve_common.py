"""What the scripts that test `klynge serve` from outside share (standard library only).

- `Target(url)`: the server's scheme, host and port from the URL given on the command line.
- `request(...)` / `Connection`: HTTP/1.1 over a raw socket, so a request line can carry bytes
  no client library would send (invalid percent-escapes, raw UTF-8, `../`); the reply is read
  with http.client's parser. A connection reset or closed before a full reply is an error.
- `server_pid(port)`: the process listening on a loopback port (from /proc/net/tcp and the
  processes' socket descriptors), so a script given only a URL can read the server's memory.
- `rss_kib(pid)` / `peak_rss_kib(pid)`: VmRSS and VmHWM from /proc/PID/status.
"""

from __future__ import annotations

import http.client
import os
import socket
import sys
import time
import urllib.parse
from dataclasses import dataclass


@dataclass(frozen=True)
class Target:
    """The server under test, from the URL on the command line (`http://127.0.0.1:PORT/`)."""

    host: str
    port: int

    @staticmethod
    def parse(url: str) -> "Target":
        parts = urllib.parse.urlsplit(url)
        if parts.scheme != "http" or not parts.hostname or not parts.port:
            raise SystemExit(f"expected a URL like http://127.0.0.1:8080/, got {url!r}")
        return Target(parts.hostname, parts.port)

    @property
    def base(self) -> str:
        return f"http://{self.host}:{self.port}"


@dataclass
class Reply:
    status: int
    headers: dict[str, str]
    body: bytes
    will_close: bool

    def text(self) -> str:
        return self.body.decode("utf-8", errors="replace")


class Connection:
    """One keep-alive HTTP/1.1 connection that sends request lines byte for byte."""

    def __init__(self, target: Target, timeout: float = 30.0):
        self.target = target
        self.timeout = timeout
        self.sock: socket.socket | None = None

    def close(self) -> None:
        if self.sock is not None:
            self.sock.close()
            self.sock = None

    def send(self, method: str, raw_target: bytes, extra_headers: dict[str, str] | None = None) -> Reply:
        """Sends `METHOD raw_target HTTP/1.1` and reads the whole reply.

        Raises ConnectionError when the server drops the connection without a reply (on a
        fresh connection; a kept-alive one the server closed while idle is reopened once).
        """
        headers = {"Host": f"{self.target.host}:{self.target.port}", "User-Agent": "klynge-webtests"}
        headers.update(extra_headers or {})
        head = method.encode() + b" " + raw_target + b" HTTP/1.1\r\n"
        head += b"".join(f"{k}: {v}\r\n".encode("latin-1") for k, v in headers.items()) + b"\r\n"
        for attempt in (0, 1):
            reused = self.sock is not None
            if self.sock is None:
                self.sock = socket.create_connection((self.target.host, self.target.port), timeout=self.timeout)
            try:
                self.sock.sendall(head)
                response = http.client.HTTPResponse(self.sock, method=method)
                response.begin()
                body = response.read()
                reply = Reply(
                    response.status,
                    {k.lower(): v for k, v in response.getheaders()},
                    body,
                    response.will_close,
                )
            except (ConnectionError, http.client.RemoteDisconnected, http.client.IncompleteRead,
                    http.client.BadStatusLine, socket.timeout) as error:
                self.close()
                if reused and attempt == 0 and not isinstance(error, socket.timeout):
                    continue  # the server may close an idle kept-alive connection: retry once, fresh
                raise ConnectionError(f"{method} {raw_target[:120]!r}: {type(error).__name__}: {error}") from error
            if reply.will_close:
                self.close()
            return reply
        raise AssertionError("unreachable")


def request(target: Target, path: str, timeout: float = 30.0) -> Reply:
    """GET `path` (already percent-encoded) on a new connection."""
    connection = Connection(target, timeout)
    try:
        return connection.send("GET", path.encode("utf-8"), {"Connection": "close"})
    finally:
        connection.close()


def wait_healthy(target: Target, seconds: float = 60.0) -> None:
    """Waits until `/healthz` answers 200, or exits with a message."""
    deadline = time.monotonic() + seconds
    last = ""
    while time.monotonic() < deadline:
        try:
            if request(target, "/healthz", timeout=5).status == 200:
                return
        except OSError as error:
            last = str(error)
        time.sleep(0.1)
    raise SystemExit(f"{target.base}/healthz did not answer 200 within {seconds:.0f} s ({last})")


def server_pid(port: int) -> int | None:
    """The pid of the process listening on TCP `port` (IPv4 or IPv6), or None if not visible."""
    inodes = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            with open(table) as f:
                next(f)
                for line in f:
                    fields = line.split()
                    local, state, inode = fields[1], fields[3], fields[9]
                    if state == "0A" and int(local.rsplit(":", 1)[1], 16) == port:  # 0A = LISTEN
                        inodes.add(inode)
        except OSError:
            continue
    if not inodes:
        return None
    wanted = {f"socket:[{inode}]" for inode in inodes}
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            for fd in os.listdir(f"/proc/{pid}/fd"):
                if os.readlink(f"/proc/{pid}/fd/{fd}") in wanted:
                    return int(pid)
        except OSError:
            continue
    return None


def _status_field(pid: int, field: str) -> int:
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith(field + ":"):
                return int(line.split()[1])  # kB
    raise KeyError(field)


def rss_kib(pid: int) -> int:
    """The resident set size of `pid` now, in KiB."""
    return _status_field(pid, "VmRSS")


def peak_rss_kib(pid: int) -> int:
    """The largest resident set size `pid` has had (VmHWM), in KiB."""
    return _status_field(pid, "VmHWM")


def fail(message: str) -> "NoReturn":  # noqa: F821
    print(f"FAIL: {message}", file=sys.stderr)
    raise SystemExit(1)
