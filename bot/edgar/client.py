"""The EDGAR HTTP client: every request the bot makes to www.sec.gov and data.sec.gov.

Policy (DOMAIN.md section 1):

- a declared User-Agent and ``Accept-Encoding: gzip, deflate`` on every request;
- one process-wide :class:`RateLimiter` (default 5 requests/second) shared by every
  :class:`EdgarClient` in the process unless a test injects its own;
- tenacity retries on transport errors, timeouts, 429 and 5xx, honouring ``Retry-After``
  (seconds or an HTTP date), otherwise exponential backoff with jitter;
- SEC's "Request Rate Threshold Exceeded" page (HTTP 403, sometimes 429) is not retried: it
  starts a cool-down (10 minutes by default) kept by the shared limiter, during which every
  request of every client fails fast with :class:`EdgarRateLimited`;
- the "Undeclared Automated Tool" page (same title, different heading) means the User-Agent
  was refused: :class:`EdgarUserAgentRefused`, not retried;
- a body over ``max_bytes`` is cut off and refused; ``expect="xml"``/``"atom"`` requires a
  complete XML document (never an HTML page), ``expect="json"`` valid JSON. An error page is
  never handed on as an empty feed.

Only hosts of ``base_url`` and ``data_url`` are fetched; absolute URLs on the real
www.sec.gov / data.sec.gov are mapped onto the configured base URLs, so links taken from a
feed work against the stand-in too.
"""

from __future__ import annotations

import json
import logging
import random
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urljoin, urlsplit, urlunsplit
from xml.etree.ElementTree import ParseError as _XmlParseError

import httpx
from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring as _safe_xml_fromstring
from tenacity import (
    RetryCallState,
    Retrying,
    retry_if_exception_type,
    stop_after_attempt,
)

from bot.errors import (
    ConfigError,
    EdgarBadResponse,
    EdgarError,
    EdgarNotFound,
    EdgarRateLimited,
    EdgarRetryable,
    InputError,
)

log = logging.getLogger(__name__)

DEFAULT_BASE_URL = "https://www.sec.gov"
DEFAULT_DATA_URL = "https://data.sec.gov"
DEFAULT_RATE_PER_SEC = 5.0
DEFAULT_COOLDOWN_SECONDS = 600.0

# Real hosts that are always mapped onto the configured base URLs.
_WWW_HOSTS = frozenset({"www.sec.gov", "sec.gov"})
_DATA_HOSTS = frozenset({"data.sec.gov"})

# Markers of SEC's refusal pages. Both pages carry the title "SEC.gov | Request Rate Threshold
# Exceeded"; the undeclared-tool one is told apart by its heading, so it is checked first.
_UNDECLARED_MARKERS = (b"undeclared automated tool",)
_RATE_MARKERS = (
    b"request rate threshold exceeded",
    b"exceeded the sec's traffic limit",
    b"exceeded the sec\xe2\x80\x99s traffic limit",
    b"maximum allowable requests per second",
)

_TITLE_RE = re.compile(rb"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)
_HTML_START_RE = re.compile(rb"^\s*(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body)\b", re.I | re.S)
_MAX_REDIRECTS = 5
_CLASSIFY_BYTES = 200_000  # how much of an error body is read to classify it


class EdgarUserAgentRefused(EdgarError):
    """SEC answered "Your Request Originates from an Undeclared Automated Tool": the declared
    User-Agent was refused. Permanent until EDGAR_USER_AGENT is fixed; never retried."""


# --------------------------------------------------------------------------------------------
# Rate limiter
# --------------------------------------------------------------------------------------------


class RateLimiter:
    """Thread-safe request spacing (at most ``rate_per_sec`` requests per second, no bursts)
    plus the process-wide cool-down state.

    Each caller reserves the next free slot under a lock and sleeps outside it, so threads
    queue fairly. ``clock`` is monotonic seconds, ``sleep`` waits, ``now`` gives the wall-clock
    time used only to report :attr:`cooldown_until`; all three are injectable for tests.
    """

    def __init__(
        self,
        rate_per_sec: float = DEFAULT_RATE_PER_SEC,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self._lock = threading.Lock()
        self._clock = clock
        self._sleep = sleep
        self._now = now
        self._interval = 0.0
        self.rate_per_sec = rate_per_sec
        self._next_slot: float | None = None
        self._cooldown_end: float | None = None  # monotonic
        self._cooldown_until: datetime | None = None  # wall clock, for display
        self.waited_total = 0.0

    @property
    def rate_per_sec(self) -> float:
        return 1.0 / self._interval if self._interval else float("inf")

    @rate_per_sec.setter
    def rate_per_sec(self, value: float) -> None:
        if not value or value <= 0:
            raise ConfigError(f"EDGAR request rate must be a positive number, got {value!r}")
        self._interval = 1.0 / float(value)

    def limit_to(self, rate_per_sec: float) -> None:
        """Lower the rate to ``rate_per_sec`` if that is lower than the current one."""
        with self._lock:
            if rate_per_sec <= 0:
                raise ConfigError(f"EDGAR request rate must be positive, got {rate_per_sec!r}")
            self._interval = max(self._interval, 1.0 / rate_per_sec)

    def acquire(self) -> float:
        """Wait for the next request slot; returns the seconds waited."""
        with self._lock:
            now = self._clock()
            slot = now if self._next_slot is None else max(now, self._next_slot)
            self._next_slot = slot + self._interval
            wait = slot - now
            self.waited_total += wait
        if wait > 0:
            self._sleep(wait)
        return wait

    # -- cool-down -------------------------------------------------------------------------

    def start_cooldown(self, seconds: float) -> datetime:
        """Block every request for ``seconds`` (extends, never shortens, a running one)."""
        with self._lock:
            end = self._clock() + seconds
            if self._cooldown_end is None or end > self._cooldown_end:
                self._cooldown_end = end
                self._cooldown_until = self._now() + timedelta(seconds=seconds)
            assert self._cooldown_until is not None
            return self._cooldown_until

    def cooldown_remaining(self) -> float:
        """Seconds left in the cool-down, 0.0 when none is running."""
        with self._lock:
            if self._cooldown_end is None:
                return 0.0
            left = self._cooldown_end - self._clock()
            if left <= 0:
                self._cooldown_end = None
                self._cooldown_until = None
                return 0.0
            return left

    @property
    def cooldown_until(self) -> datetime | None:
        """Wall-clock end of the running cool-down, or None."""
        if self.cooldown_remaining() <= 0:
            return None
        with self._lock:
            return self._cooldown_until

    def clear_cooldown(self) -> None:
        with self._lock:
            self._cooldown_end = None
            self._cooldown_until = None


_default_limiter = RateLimiter(DEFAULT_RATE_PER_SEC)


def default_limiter() -> RateLimiter:
    """The limiter shared by every EdgarClient of the process that was not given its own."""
    return _default_limiter


# --------------------------------------------------------------------------------------------
# Client
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class EdgarResponse:
    url: str
    status: int
    content_type: str
    body: bytes


@dataclass(slots=True)
class ClientStats:
    requests_sent: int = 0
    responses_ok: int = 0
    retries: int = 0
    bytes_received: int = 0
    errors: int = 0
    last_status: int | None = None
    last_error: str | None = None
    last_error_at: datetime | None = None


class EdgarClient:
    """Synchronous, thread-safe EDGAR client (one httpx.Client with a connection pool).

    ``get("/Archives/...")`` goes to ``base_url``; ``get_data("/submissions/...")`` (or
    ``get(..., data=True)``) to ``data_url``.
    """

    def __init__(
        self,
        user_agent: str,
        base_url: str = DEFAULT_BASE_URL,
        data_url: str = DEFAULT_DATA_URL,
        *,
        rate_per_sec: float = DEFAULT_RATE_PER_SEC,
        timeout: float = 20.0,
        max_bytes: int = 50_000_000,
        retries: int = 4,
        cooldown_seconds: float = DEFAULT_COOLDOWN_SECONDS,
        transport: httpx.BaseTransport | None = None,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
        limiter: RateLimiter | None = None,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
        backoff_initial: float = 1.0,
        backoff_max: float = 60.0,
        max_retry_after: float = 120.0,
    ) -> None:
        ua = (user_agent or "").strip()
        if not ua:
            raise ConfigError("EDGAR_USER_AGENT is empty: SEC requires 'Company Name email@domain'")
        if any(c in ua for c in "\r\n\0"):
            raise ConfigError("EDGAR_USER_AGENT must be a single line")
        if retries < 0:
            raise ConfigError(f"EDGAR retries must be >= 0, got {retries}")
        if max_bytes <= 0:
            raise ConfigError(f"EDGAR max_bytes must be positive, got {max_bytes}")
        self.user_agent = ua
        self.base_url = _check_base("EDGAR_BASE_URL", base_url)
        self.data_url = _check_base("EDGAR_DATA_URL", data_url)
        self.timeout = timeout
        self.max_bytes = max_bytes
        self.retries = retries
        self.cooldown_seconds = cooldown_seconds
        self.backoff_initial = backoff_initial
        self.backoff_max = backoff_max
        self.max_retry_after = max_retry_after
        self._clock = clock
        self._sleep = sleep
        self._now = now
        if limiter is None:
            # The shared limiter only ever slows down: the lowest rate asked for wins.
            limiter = default_limiter()
            limiter.limit_to(rate_per_sec)
        self.limiter = limiter
        self._stats = ClientStats()
        self._stats_lock = threading.Lock()
        self._http = httpx.Client(
            transport=transport,
            timeout=httpx.Timeout(timeout),
            follow_redirects=False,
            headers={
                "User-Agent": ua,
                "Accept-Encoding": "gzip, deflate",
                "Accept": "*/*",
            },
        )
        self._allowed = {
            _origin(self.base_url): self.base_url,
            _origin(self.data_url): self.data_url,
        }

    # -- public API ------------------------------------------------------------------------

    def get(self, url_or_path: str, *, expect: str | None = None, data: bool = False) -> bytes:
        """GET a path or an EDGAR URL and return the body.

        ``expect``: None (any body), "xml"/"atom" (a complete XML document, not HTML),
        "json" (valid JSON), "text" (not checked), "submission" (a whole EDGAR full-submission
        ``.txt``: it opens and closes like one, so an HTML error page served with HTTP 200 or a
        body cut short under its own Content-Length is an EdgarBadResponse, retried later).
        Raises EdgarNotFound, EdgarRetryable, EdgarRateLimited, EdgarBadResponse,
        EdgarUserAgentRefused, or InputError for a URL outside EDGAR.
        """
        return self.fetch(url_or_path, expect=expect, data=data).body

    def get_data(self, path: str, *, expect: str | None = "json") -> bytes:
        """GET a path on data.sec.gov (``/submissions/CIK##########.json``)."""
        return self.get(path, expect=expect, data=True)

    def get_json(self, url_or_path: str, *, data: bool = False) -> Any:
        return json.loads(self.get(url_or_path, expect="json", data=data))

    def fetch(
        self, url_or_path: str, *, expect: str | None = None, data: bool = False
    ) -> EdgarResponse:
        """Like :meth:`get` but also returns the final URL, status and content type."""
        if expect not in (None, "xml", "atom", "json", "text", "submission"):
            raise ValueError(f"unknown expect={expect!r}")
        url = self.resolve(url_or_path, data=data)
        retrying = Retrying(
            stop=self._stop,
            wait=self._wait,
            retry=retry_if_exception_type(EdgarRetryable),
            sleep=self._sleep,
            before_sleep=self._count_retry,
            reraise=True,
        )
        try:
            response = retrying(self._attempt, url)
        except EdgarError as exc:
            self._note_error(exc)
            raise
        _validate(response, expect)
        return response

    def resolve(self, url_or_path: str, *, data: bool = False) -> str:
        """Absolute URL for a path or URL, refusing hosts other than EDGAR's."""
        target = (url_or_path or "").strip()
        if target.startswith("/") and not target.startswith("//"):
            return (self.data_url if data else self.base_url) + target
        parts = urlsplit(target)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise InputError(f"not an EDGAR path or URL: {url_or_path!r}")
        host = (parts.hostname or "").lower()
        base = self._allowed.get(_origin(target))
        if base is None:
            if host in _WWW_HOSTS:
                base = self.base_url
            elif host in _DATA_HOSTS:
                base = self.data_url
            else:
                raise InputError(
                    f"refusing to fetch {url_or_path!r}: host {host!r} is not EDGAR "
                    f"({urlsplit(self.base_url).netloc} or {urlsplit(self.data_url).netloc})"
                )
        path = urlunsplit(("", "", parts.path or "/", parts.query, ""))
        return base + path

    @property
    def cooldown_until(self) -> datetime | None:
        """Wall-clock end of the running rate-limit cool-down (shared by the process)."""
        return self.limiter.cooldown_until

    @property
    def requests_sent(self) -> int:
        return self._stats.requests_sent

    @property
    def last_error(self) -> str | None:
        return self._stats.last_error

    def stats(self) -> dict[str, Any]:
        """Counters for /edgar status and benchmarks."""
        with self._stats_lock:
            s = self._stats
            out = {
                "requests_sent": s.requests_sent,
                "responses_ok": s.responses_ok,
                "retries": s.retries,
                "bytes_received": s.bytes_received,
                "errors": s.errors,
                "last_status": s.last_status,
                "last_error": s.last_error,
                "last_error_at": s.last_error_at.isoformat() if s.last_error_at else None,
            }
        until = self.cooldown_until
        out["cooldown_until"] = until.isoformat() if until else None
        out["rate_per_sec"] = self.limiter.rate_per_sec
        return out

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> EdgarClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- one attempt -----------------------------------------------------------------------

    def _attempt(self, url: str) -> EdgarResponse:
        for _hop in range(_MAX_REDIRECTS + 1):
            status, headers, body, final_url = self._send(url)
            if status in (301, 302, 303, 307, 308) and headers.get("location"):
                url = self.resolve(urljoin(url, headers["location"]))
                continue
            return self._classify(final_url, status, headers, body)
        raise EdgarBadResponse(f"too many redirects fetching {url}", url=url)

    def _check_cooldown(self, url: str) -> None:
        left = self.limiter.cooldown_remaining()
        if left > 0:
            raise EdgarRateLimited(
                f"EDGAR rate-limit cool-down in progress ({left:.0f} s left); not requesting {url}",
                url=url,
                until=self.limiter.cooldown_until,
            )

    def _send(self, url: str) -> tuple[int, httpx.Headers, bytes, str]:
        self._check_cooldown(url)
        self.limiter.acquire()
        self._check_cooldown(url)  # another thread may have hit the rate page meanwhile
        with self._stats_lock:
            self._stats.requests_sent += 1
        try:
            with self._http.stream("GET", url) as resp:
                declared = resp.headers.get("content-length")
                if (
                    resp.status_code == 200
                    and declared
                    and declared.isdigit()
                    and int(declared) > self.max_bytes
                ):
                    raise EdgarBadResponse(
                        f"{url}: body of {int(declared)} bytes exceeds the "
                        f"{self.max_bytes}-byte limit",
                        url=url,
                    )
                cap = self.max_bytes if resp.status_code < 400 else _CLASSIFY_BYTES
                chunks: list[bytes] = []
                total = 0
                for chunk in resp.iter_bytes():
                    total += len(chunk)
                    if total > cap:
                        if resp.status_code >= 400:
                            break  # enough to classify an error page
                        raise EdgarBadResponse(
                            f"{url}: body exceeds the {self.max_bytes}-byte limit", url=url
                        )
                    chunks.append(chunk)
                body = b"".join(chunks)
                with self._stats_lock:
                    self._stats.bytes_received += total
                    self._stats.last_status = resp.status_code
                return resp.status_code, resp.headers, body, str(resp.url)
        except httpx.TimeoutException as exc:
            raise EdgarRetryable(f"timeout after {self.timeout:g} s fetching {url}", url=url) from exc
        except (httpx.TransportError, httpx.DecodingError) as exc:
            raise EdgarRetryable(
                f"transport error fetching {url}: {type(exc).__name__}: {_one_line(str(exc))}",
                url=url,
            ) from exc

    def _classify(
        self, url: str, status: int, headers: httpx.Headers, body: bytes
    ) -> EdgarResponse:
        content_type = headers.get("content-type", "")
        if 200 <= status < 300:
            with self._stats_lock:
                self._stats.responses_ok += 1
            return EdgarResponse(url=url, status=status, content_type=content_type, body=body)
        lowered = body[:_CLASSIFY_BYTES].lower()
        if status in (403, 429):
            if any(m in lowered for m in _UNDECLARED_MARKERS):
                raise EdgarUserAgentRefused(
                    f"SEC refused the User-Agent {self.user_agent!r} as an undeclared automated "
                    f"tool (HTTP {status}); set EDGAR_USER_AGENT to 'Company Name email@domain'",
                    url=url,
                )
            if any(m in lowered for m in _RATE_MARKERS):
                until = self.limiter.start_cooldown(self.cooldown_seconds)
                log.warning(
                    "SEC rate threshold page (HTTP %s) for %s: cooling down until %s",
                    status, url, until.isoformat(),
                )
                raise EdgarRateLimited(
                    f"SEC 'Request Rate Threshold Exceeded' (HTTP {status}) for {url}; all EDGAR "
                    f"requests paused until {until.isoformat(timespec='seconds')}",
                    url=url,
                    until=until,
                )
        if status == 404:
            raise EdgarNotFound(f"not found on EDGAR (HTTP 404): {url}", url=url)
        if status == 429 or status >= 500:
            retry_after = _parse_retry_after(headers.get("retry-after"), self._now())
            title = _html_title(body)
            what = f" ({title})" if title else ""
            raise EdgarRetryable(
                f"HTTP {status}{what} from {url}", url=url, retry_after=retry_after
            )
        title = _html_title(body)
        what = f" ({title})" if title else ""
        raise EdgarBadResponse(f"unexpected HTTP {status}{what} from {url}", url=url)

    # -- tenacity hooks --------------------------------------------------------------------

    def _stop(self, state: RetryCallState) -> bool:
        if stop_after_attempt(self.retries + 1)(state):
            return True
        exc = state.outcome.exception() if state.outcome else None
        retry_after = getattr(exc, "retry_after", None)
        return retry_after is not None and retry_after > self.max_retry_after

    def _wait(self, state: RetryCallState) -> float:
        exc = state.outcome.exception() if state.outcome else None
        retry_after = getattr(exc, "retry_after", None)
        if retry_after is not None:
            return max(0.0, float(retry_after))
        exp = self.backoff_initial * (2 ** (state.attempt_number - 1))
        return min(self.backoff_max, exp + random.uniform(0, self.backoff_initial))

    def _count_retry(self, state: RetryCallState) -> None:
        with self._stats_lock:
            self._stats.retries += 1
        exc = state.outcome.exception() if state.outcome else None
        log.info("EDGAR retry %d after: %s", state.attempt_number, exc)

    def _note_error(self, exc: Exception) -> None:
        with self._stats_lock:
            self._stats.errors += 1
            self._stats.last_error = _one_line(str(exc))
            self._stats.last_error_at = self._now()


# --------------------------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------------------------


def _check_base(name: str, url: str) -> str:
    parts = urlsplit((url or "").strip())
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ConfigError(f"{name} must be an http(s) URL like https://www.sec.gov, got {url!r}")
    return urlunsplit((parts.scheme, parts.netloc.lower(), parts.path.rstrip("/"), "", ""))


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc.lower()}"


def _one_line(text: str, limit: int = 300) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _html_title(body: bytes) -> str | None:
    m = _TITLE_RE.search(body[:20_000])
    if not m:
        return None
    return _one_line(m.group(1).decode("utf-8", "replace"), 120) or None


def _parse_retry_after(value: str | None, now: datetime) -> float | None:
    """Retry-After as seconds: an integer/decimal, or an HTTP date relative to ``now``."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - now).total_seconds())


def looks_like_html(body: bytes, content_type: str = "") -> bool:
    """True for an HTML page (by content type or by its first bytes)."""
    if "html" in content_type.lower() and "xhtml" not in content_type.lower():
        return True
    head = body[:2048].lstrip(b"\xef\xbb\xbf")
    return bool(_HTML_START_RE.match(head))


def check_xml(body: bytes, url: str | None = None) -> None:
    """Raise EdgarBadResponse unless ``body`` is one complete, entity-free XML document."""
    where = url or "response"
    if not body.strip():
        raise EdgarBadResponse(f"empty body where XML was expected: {where}", url=url)
    try:
        _safe_xml_fromstring(body, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as exc:
        raise EdgarBadResponse(
            f"refusing XML with entity declarations from {where}: {type(exc).__name__}", url=url
        ) from exc
    except _XmlParseError as exc:
        raise EdgarBadResponse(
            f"truncated or malformed XML from {where} ({len(body)} bytes): {exc}", url=url
        ) from exc


# How a full submission (``{accession}.txt``) opens, and the end each opening needs: modern and
# 1990s SGML, the 1990s privacy-enhanced-message envelope, and the dissemination format.
_SUBMISSION_ENDS = {
    b"<SEC-DOCUMENT>": b"</SEC-DOCUMENT>",
    b"<IMS-DOCUMENT>": b"</IMS-DOCUMENT>",
    b"-----BEGIN PRIVACY-ENHANCED MESSAGE-----": b"-----END PRIVACY-ENHANCED MESSAGE-----",
    b"<SUBMISSION>": b"</SUBMISSION>",
}


def check_submission(body: bytes, url: str | None = None) -> None:
    """Raise EdgarBadResponse unless ``body`` is a whole EDGAR full submission."""
    where = url or "response"
    head = body[:64].lstrip(b"\xef\xbb\xbf \t\r\n\x00")
    opening = next((o for o in _SUBMISSION_ENDS if head.startswith(o)), None)
    if opening is None:
        raise EdgarBadResponse(
            f"not an EDGAR submission (starts {head[:24]!r}): {where}", url=url
        )
    end = _SUBMISSION_ENDS[opening]
    if not body[-512:].rstrip(b" \t\r\n\x00\x1a").endswith(end):
        raise EdgarBadResponse(
            f"truncated EDGAR submission ({len(body)} bytes, no closing {end.decode()}): "
            f"{where}", url=url,
        )


def _validate(response: EdgarResponse, expect: str | None) -> None:
    if expect is None:
        return
    url, body, ctype = response.url, response.body, response.content_type
    if expect in ("xml", "atom", "json", "submission") and looks_like_html(body, ctype):
        title = _html_title(body)
        what = f" titled {title!r}" if title else ""
        raise EdgarBadResponse(
            f"got an HTML page{what} where {expect.upper()} was expected: {url}", url=url
        )
    if expect in ("xml", "atom"):
        check_xml(body, url)
    elif expect == "submission":
        check_submission(body, url)
    elif expect == "json":
        try:
            json.loads(body)
        except ValueError as exc:
            raise EdgarBadResponse(
                f"invalid or truncated JSON from {url} ({len(body)} bytes): {exc}", url=url
            ) from exc
