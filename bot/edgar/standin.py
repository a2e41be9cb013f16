"""A local stand-in for www.sec.gov and data.sec.gov, for tests, benchmarks and the offline demo.

A threaded HTTP server on 127.0.0.1 (port 0 = any free port) that answers EDGAR's paths from
a directory of recorded responses and from an in-memory table, and injects faults on demand::

    with EdgarStandin(root=Path("tests/fixtures/edgar_site")) as edgar:
        client = EdgarClient("Acme Research ops@acme.example", edgar.base_url, edgar.base_url)
        edgar.add_fault("/cgi-bin/browse-edgar*", "429", retry_after=2)
        ...
        assert edgar.requests[0].user_agent == "Acme Research ops@acme.example"

Directory layout (``root``), the same server standing in for both hosts:

    root/Archives/edgar/data/{cik}/{acc no dashes}/{accession}.txt   any file: served at its path
    root/files/company_tickers.json
    root/submissions/CIK##########.json                               (data.sec.gov)
    root/cgi-bin/browse-edgar/getcurrent/type={TYPE}/start={N}.atom   latest-filings pages
    root/cgi-bin/browse-edgar/getcompany/CIK={10 digits}/type={TYPE}.atom   company feeds

``{TYPE}`` is the ``type=`` value percent-encoded (``type=8-K``, ``type=10-K%2FA``,
``type=NT%2010-K``; empty for all forms: ``type=``). ``count``, ``owner``, ``dateb`` and
``output`` are ignored; a company feed's ``CIK`` is matched as 10 digits (a ticker given as
``CIK=AAPL`` is matched upper-cased). A getcurrent page that is not recorded answers EDGAR's
real HTTP 503 "File Unavailable" page when ``start`` > 0 (paging past the end), and an Atom
feed with no entries when ``start`` = 0 (what EDGAR returns for a form with no filings).

The in-memory table (:meth:`set`) is consulted before the directory. A key is a path with an
optional query; it matches a request on the same path whose query holds every non-empty
parameter of the key (the most specific key wins), so ``set("/cgi-bin/browse-edgar?
action=getcurrent&type=8-K&start=0", ...)`` answers the client's full query string.

Content types follow sec.gov: ``.atom`` and feeds ``application/atom+xml``, ``.xml``
``application/xml``, ``.json`` ``application/json``, ``.txt``/``.idx`` ``text/plain``,
``.htm``/``.html`` ``text/html``. Bodies are gzip-encoded when the client accepts gzip.

Faults (:meth:`add_fault`), matched against the path or ``path?query`` by glob (or by regex
with a ``re:`` prefix), each used ``times`` times (None: forever), first added first:

    "429"         HTTP 429 with ``Retry-After: {retry_after}`` when given
    "503"         HTTP 503 with EDGAR's real "File Unavailable" page
    "rate_page"   HTTP 403 with SEC's "Request Rate Threshold Exceeded" page
    "undeclared"  HTTP 403 with SEC's "Undeclared Automated Tool" page
    "truncate"    the real answer's headers (Content-Length of the whole body), half the
                  bytes, then the connection closes
    "short"       the first half of the body served as a complete response (its own
                  Content-Length): a truncated document the HTTP layer cannot notice
    "slow"        waits ``delay`` seconds, then answers normally
    "html_error"  HTTP 200 with an HTML error page (text/html) instead of the resource
    "reset"       closes the connection without answering
    "404"         HTTP 404

With ``require_user_agent`` (default), a request whose User-Agent holds no e-mail address is
refused with HTTP 403 and the "Undeclared Automated Tool" page, as sec.gov does.

The two SEC refusal pages are reconstructions (none is recorded in the corpus); the 503 page
is a recording. All three live in ``bot/data/edgar_pages/``.
"""

from __future__ import annotations

import contextlib
import fnmatch
import gzip
import json
import re
import socket
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qsl, quote, unquote, urlsplit

from bot.models import normalize_accession

# Package data, found next to the code (works for installed and editable checkouts alike).
DATA_DIR = Path(__file__).resolve().parent.parent / "data"

FAULT_KINDS = frozenset(
    {"429", "503", "rate_page", "undeclared", "truncate", "short", "slow", "html_error",
     "reset", "404"}
)

_EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")
_CONTENT_TYPES = {
    ".atom": "application/atom+xml",
    ".xml": "application/xml",
    ".json": "application/json",
    ".txt": "text/plain",
    ".idx": "text/plain",
    ".htm": "text/html",
    ".html": "text/html",
    ".gz": "application/x-gzip",
    ".zip": "application/zip",
}
_FEED_PATH = "/cgi-bin/browse-edgar"

_EMPTY_FEED = """<?xml version="1.0" encoding="ISO-8859-1" ?>
<feed xmlns="http://www.w3.org/2005/Atom">
<title>Latest Filings - {when}</title>
<link rel="alternate" href="/cgi-bin/browse-edgar?action=getcurrent"/>
<link rel="self" href="/cgi-bin/browse-edgar?action=getcurrent"/>
<id>https://www.sec.gov/cgi-bin/browse-edgar?action=getcurrent</id>
<author><name>Webmaster</name><email>webmaster@sec.gov</email></author>
<updated>{updated}</updated>
</feed>
"""


def _page(name: str) -> bytes:
    return (DATA_DIR / "edgar_pages" / name).read_bytes()


def file_unavailable_page() -> bytes:
    """EDGAR's real HTTP 503 "File Unavailable" page (recorded)."""
    return _page("file_unavailable_503.html")


def rate_threshold_page() -> bytes:
    """SEC's HTTP 403 "Request Rate Threshold Exceeded" page (reconstructed)."""
    return _page("rate_threshold_403.html")


def undeclared_tool_page() -> bytes:
    """SEC's HTTP 403 "Undeclared Automated Tool" page (reconstructed)."""
    return _page("undeclared_tool_403.html")


@dataclass(frozen=True, slots=True)
class RecordedRequest:
    path: str
    query: str
    user_agent: str | None
    accept_encoding: str | None
    time: float  # time.monotonic() when received
    status: int
    fault: str | None = None

    @property
    def params(self) -> dict[str, str]:
        return dict(parse_qsl(self.query, keep_blank_values=True))


@dataclass(slots=True)
class _Fault:
    pattern: str
    kind: str
    times: int | None
    retry_after: float | str | None
    delay: float
    regex: re.Pattern[str] | None = field(default=None)

    def matches(self, path: str, query: str) -> bool:
        full = f"{path}?{query}" if query else path
        if self.regex is not None:
            return bool(self.regex.search(full))
        return fnmatch.fnmatchcase(path, self.pattern) or fnmatch.fnmatchcase(full, self.pattern)


@dataclass(slots=True)
class _Answer:
    status: int
    body: bytes
    content_type: str
    headers: dict[str, str] = field(default_factory=dict)


def feed_file_for(params: dict[str, str]) -> str | None:
    """Relative file path (under root) that holds the browse-edgar answer for ``params``."""
    action = params.get("action", "").lower()
    form = quote(params.get("type", ""), safe="")
    if action == "getcurrent":
        start = params.get("start", "0") or "0"
        if not start.isdigit():
            return None
        return f"cgi-bin/browse-edgar/getcurrent/type={form}/start={int(start)}.atom"
    if action == "getcompany":
        cik = params.get("CIK", params.get("cik", "")).strip()
        if not cik:
            return None
        cik = f"{int(cik):010d}" if cik.isdigit() else quote(cik.upper(), safe="")
        return f"cgi-bin/browse-edgar/getcompany/CIK={cik}/type={form}.atom"
    return None


class EdgarStandin:
    """The stand-in server. Use as a context manager, or call start() and stop()."""

    def __init__(
        self,
        root: str | Path | None = None,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        require_user_agent: bool = True,
        gzip_responses: bool = True,
    ) -> None:
        self.root = Path(root).resolve() if root is not None else None
        if self.root is not None and not self.root.is_dir():
            raise FileNotFoundError(f"EDGAR stand-in root is not a directory: {self.root}")
        self.require_user_agent = require_user_agent
        self.gzip_responses = gzip_responses
        self._lock = threading.Lock()
        self._memory: dict[str, list[tuple[dict[str, str], bytes, str, int]]] = {}
        self._faults: list[_Fault] = []
        self._requests: list[RecordedRequest] = []
        self._server = ThreadingHTTPServer((host, port), _make_handler(self))
        self._server.daemon_threads = True
        self._thread: threading.Thread | None = None

    # -- lifecycle --------------------------------------------------------------------------

    @property
    def base_url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def start(self) -> EdgarStandin:
        if self._thread is None:
            self._thread = threading.Thread(
                target=self._server.serve_forever, args=(0.05,), name="edgar-standin",
                daemon=True
            )
            self._thread.start()
        return self

    def stop(self) -> None:
        if self._thread is not None:
            self._server.shutdown()
            self._thread.join(timeout=5)
            self._thread = None
        self._server.server_close()

    def __enter__(self) -> EdgarStandin:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- content ----------------------------------------------------------------------------

    def set(
        self,
        path_with_query: str,
        body: bytes | str,
        content_type: str | None = None,
        *,
        status: int = 200,
    ) -> None:
        """Serve ``body`` for a path (and query subset); see the module docstring."""
        parts = urlsplit(path_with_query)
        path = unquote(parts.path)
        params = {k: v for k, v in parse_qsl(parts.query, keep_blank_values=True) if v != ""}
        data = body.encode("utf-8") if isinstance(body, str) else bytes(body)
        ctype = content_type or _content_type_for(path, params)
        with self._lock:
            entries = self._memory.setdefault(path, [])
            entries[:] = [e for e in entries if e[0] != params]
            entries.append((params, data, ctype, status))

    def clear(self) -> None:
        """Forget the in-memory content and faults (recorded requests are kept)."""
        with self._lock:
            self._memory.clear()
            self._faults.clear()

    def add_filing(
        self, cik: int, accession: str, submission: bytes, *, company: str | None = None
    ) -> str:
        """Serve a full submission at ``/Archives/edgar/data/{cik}/{acc}/{accession}.txt``
        with a minimal ``index.json`` and ``{accession}-index.htm``; returns the .txt path."""
        acc = normalize_accession(accession)
        folder = f"/Archives/edgar/data/{int(cik)}/{acc.replace('-', '')}/"
        txt = f"{folder}{acc}.txt"
        self.set(txt, submission, "text/plain")
        listing = {
            "directory": {
                "item": [
                    {"last-modified": "", "name": f"{acc}.txt", "type": "text.gif",
                     "size": str(len(submission))},
                    {"last-modified": "", "name": f"{acc}-index.htm", "type": "text.gif",
                     "size": ""},
                ],
                "name": folder.rstrip("/"),
                "parent-dir": folder.rsplit("/", 2)[0] + "/",
            }
        }
        self.set(f"{folder}index.json", json.dumps(listing).encode(), "application/json")
        title = company or f"CIK {int(cik)}"
        index_html = (
            f"<!DOCTYPE html><html><head><title>EDGAR Filing Documents for {acc}</title></head>"
            f"<body><div id=\"secNum\">SEC Accession No. {acc}</div>"
            f"<span class=\"companyName\">{title}</span>"
            f"<table class=\"tableFile\" summary=\"Document Format Files\"><tr><th>Seq</th>"
            f"<th>Description</th><th>Document</th><th>Type</th><th>Size</th></tr>"
            f"<tr><td></td><td>Complete submission text file</td>"
            f"<td><a href=\"{txt}\">{acc}.txt</a></td><td>&nbsp;</td>"
            f"<td>{len(submission)}</td></tr></table></body></html>"
        ).encode()
        self.set(f"{folder}{acc}-index.htm", index_html, "text/html")
        return txt

    # -- faults -----------------------------------------------------------------------------

    def add_fault(
        self,
        path_pattern: str,
        kind: str,
        times: int | None = 1,
        retry_after: float | str | None = None,
        delay: float = 0.0,
    ) -> None:
        """Make the next ``times`` matching requests fail as ``kind`` (see module docstring)."""
        if kind not in FAULT_KINDS:
            raise ValueError(f"unknown fault kind {kind!r}; known: {sorted(FAULT_KINDS)}")
        if times is not None and times < 1:
            raise ValueError(f"fault times must be >= 1 or None (forever), got {times}")
        regex = re.compile(path_pattern[3:]) if path_pattern.startswith("re:") else None
        with self._lock:
            self._faults.append(_Fault(path_pattern, kind, times, retry_after, delay, regex))

    def clear_faults(self) -> None:
        with self._lock:
            self._faults.clear()

    def _take_fault(self, path: str, query: str) -> _Fault | None:
        with self._lock:
            for fault in self._faults:
                if fault.matches(path, query):
                    if fault.times is not None:
                        fault.times -= 1
                        if fault.times <= 0:
                            self._faults.remove(fault)
                    return fault
        return None

    # -- requests ---------------------------------------------------------------------------

    @property
    def requests(self) -> list[RecordedRequest]:
        """Every request received so far (a copy), oldest first."""
        with self._lock:
            return list(self._requests)

    def clear_requests(self) -> None:
        with self._lock:
            self._requests.clear()

    def _record(self, req: RecordedRequest) -> None:
        with self._lock:
            self._requests.append(req)

    # -- routing ----------------------------------------------------------------------------

    def answer(self, path: str, query: str) -> _Answer:
        """The answer for a request, before faults."""
        params = dict(parse_qsl(query, keep_blank_values=True))
        found = self._from_memory(path, params)
        if found is not None:
            return found
        if path == _FEED_PATH:
            return self._feed_answer(params)
        file = self._file_for(path)
        if file is not None:
            return _Answer(200, file.read_bytes(), _content_type_for(path, {}))
        return _not_found(path)

    def _from_memory(self, path: str, params: dict[str, str]) -> _Answer | None:
        with self._lock:
            entries = list(self._memory.get(path, ()))
        best = None
        for key, body, ctype, status in entries:
            if all(params.get(k) == v for k, v in key.items()) and (
                best is None or len(key) > len(best[0])
            ):
                best = (key, body, ctype, status)
        if best is None:
            return None
        return _Answer(best[3], best[1], best[2])

    def _file_for(self, path: str) -> Path | None:
        if self.root is None:
            return None
        rel = unquote(path).lstrip("/")
        if not rel or rel.endswith("/"):
            return None
        candidate = (self.root / rel).resolve()
        if self.root not in candidate.parents or not candidate.is_file():
            return None
        return candidate

    def _feed_answer(self, params: dict[str, str]) -> _Answer:
        rel = feed_file_for(params)
        if rel is not None and self.root is not None:
            candidate = (self.root / rel).resolve()
            if self.root in candidate.parents and candidate.is_file():
                return _Answer(200, candidate.read_bytes(), "application/atom+xml")
        if params.get("action", "").lower() == "getcurrent":
            start = params.get("start", "0") or "0"
            if start == "0":
                now = datetime.now(UTC).astimezone()
                body = _EMPTY_FEED.format(
                    when=format_datetime(now), updated=now.isoformat(timespec="seconds")
                ).encode("iso-8859-1")
                return _Answer(200, body, "application/atom+xml")
            return _Answer(503, file_unavailable_page(), "text/html")
        return _Answer(503, file_unavailable_page(), "text/html")


def _content_type_for(path: str, params: dict[str, str]) -> str:
    if path == _FEED_PATH:
        return "application/atom+xml"
    suffix = Path(path).suffix.lower()
    return _CONTENT_TYPES.get(suffix, "application/octet-stream")


def _not_found(path: str) -> _Answer:
    body = (
        "<!DOCTYPE html><html><head><title>SEC.gov | Page Not Found</title></head>"
        f"<body><h1>Page Not Found</h1><p>{path}</p></body></html>"
    ).encode()
    return _Answer(404, body, "text/html")


def _make_handler(standin: EdgarStandin) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        server_version = "EdgarStandin/1.0"

        def log_message(self, format: str, *args: object) -> None:  # silence stderr
            return

        def do_GET(self) -> None:
            self._handle(send_body=True)

        def do_HEAD(self) -> None:
            self._handle(send_body=False)

        def _handle(self, send_body: bool) -> None:
            received = time.monotonic()
            parts = urlsplit(self.path)
            path, query = unquote(parts.path), parts.query
            ua = self.headers.get("User-Agent")
            accept = self.headers.get("Accept-Encoding")
            fault: _Fault | None = None
            kind: str | None = None
            if standin.require_user_agent and not _EMAIL_RE.search(ua or ""):
                kind = "undeclared"
            else:
                fault = standin._take_fault(path, query)
                kind = fault.kind if fault else None
            if kind == "slow":
                time.sleep(fault.delay if fault else 0.0)
            if kind == "reset":
                standin._record(RecordedRequest(path, query, ua, accept, received, 0, kind))
                self._reset()
                return

            answer = _apply_fault(kind, fault, standin.answer(path, query) if kind in (
                None, "slow", "truncate", "short") else None)
            standin._record(
                RecordedRequest(path, query, ua, accept, received, answer.status, kind)
            )
            body = answer.body
            encoding = None
            if (
                standin.gzip_responses
                and "gzip" in (accept or "").lower()
                and len(body) > 512
                and kind not in ("truncate", "short")
            ):
                body = gzip.compress(body, compresslevel=5)
                encoding = "gzip"
            self.send_response(answer.status)
            self.send_header("Content-Type", answer.content_type)
            self.send_header("Content-Length", str(len(body)))
            if encoding:
                self.send_header("Content-Encoding", encoding)
            for name, value in answer.headers.items():
                self.send_header(name, value)
            if kind == "truncate":
                self.send_header("Connection", "close")
            self.end_headers()
            if not send_body:
                return
            if kind == "truncate":
                self.wfile.write(body[: len(body) // 2])
                self.wfile.flush()
                self.close_connection = True
                self._reset()
                return
            self.wfile.write(body)

        def _reset(self) -> None:
            self.close_connection = True
            with contextlib.suppress(OSError):
                self.wfile.flush()
            with contextlib.suppress(OSError):
                self.connection.shutdown(socket.SHUT_RDWR)

    return Handler


def _apply_fault(kind: str | None, fault: _Fault | None, real: _Answer | None) -> _Answer:
    if kind in (None, "slow", "truncate"):
        assert real is not None
        return real
    if kind == "short":
        assert real is not None
        return _Answer(real.status, real.body[: len(real.body) // 2], real.content_type,
                       dict(real.headers))
    if kind == "429":
        headers = {}
        if fault is not None and fault.retry_after is not None:
            ra = fault.retry_after
            headers["Retry-After"] = ra if isinstance(ra, str) else f"{ra:g}"
        body = b"<html><head><title>429 Too Many Requests</title></head><body></body></html>"
        return _Answer(429, body, "text/html", headers)
    if kind == "503":
        headers = {}
        if fault is not None and fault.retry_after is not None:
            ra = fault.retry_after
            headers["Retry-After"] = ra if isinstance(ra, str) else f"{ra:g}"
        return _Answer(503, file_unavailable_page(), "text/html", headers)
    if kind == "rate_page":
        return _Answer(403, rate_threshold_page(), "text/html")
    if kind == "undeclared":
        return _Answer(403, undeclared_tool_page(), "text/html")
    if kind == "html_error":
        return _Answer(200, file_unavailable_page(), "text/html")
    if kind == "404":
        return _not_found("")
    raise AssertionError(kind)


def layout_feed_pages(pages: Iterable[tuple[int, bytes]], root: Path, form_type: str = "") -> None:
    """Write recorded getcurrent pages ``(start, body)`` into ``root`` under the stand-in's
    file naming (for building fixture trees)."""
    for start, body in pages:
        rel = feed_file_for({"action": "getcurrent", "type": form_type, "start": str(start)})
        assert rel is not None
        target = root / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(body)


def main(argv: list[str] | None = None) -> None:
    """``python -m bot.edgar.standin ROOT [--port N]``: serve a recorded tree until Ctrl-C."""
    import argparse

    parser = argparse.ArgumentParser(description="Serve recorded EDGAR responses locally.")
    parser.add_argument("root", type=Path, help="directory laid out like www.sec.gov")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--allow-any-user-agent", action="store_true")
    args = parser.parse_args(argv)
    with EdgarStandin(
        args.root, port=args.port, require_user_agent=not args.allow_any_user_agent
    ) as server:
        print(f"EDGAR stand-in on {server.base_url} serving {server.root}", flush=True)
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass


if __name__ == "__main__":
    main()
