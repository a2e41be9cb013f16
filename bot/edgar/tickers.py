"""Ticker <-> CIK from SEC's ``company_tickers.json``.

A snapshot ships as package data (``bot/data/company_tickers.json``) so start-up needs no
network; :func:`load_ticker_map` refreshes it through the EDGAR client at most once per
``max_age`` into a cache file, and falls back to the cache or the bundled snapshot when EDGAR
cannot be reached (start-up never fails because of it).

Tickers are compared case-insensitively with share-class separators unified: ``BRK-B``,
``BRK.B``, ``BRK/B`` and ``brk b`` are the same ticker. One CIK may have several tickers
(share classes, units, warrants), listed in the file's order (SEC ranks by market value).
"""

from __future__ import annotations

import difflib
import json
import logging
import os
import re
import tempfile
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, Protocol

from bot.errors import InputError, SentinelError

# Package data, found next to the code (works for installed and editable checkouts alike).
DATA_DIR = Path(__file__).resolve().parent.parent / "data"
log = logging.getLogger(__name__)

TICKERS_PATH = "/files/company_tickers.json"
_SEPARATORS = re.compile(r"[\s./_-]+")


class _Getter(Protocol):
    def get(self, url_or_path: str, *, expect: str | None = None) -> bytes: ...


def normalize_ticker(ticker: str) -> str:
    """``" brk.b "`` -> ``"BRK-B"``: upper case, class separators as a dash."""
    return _SEPARATORS.sub("-", ticker.strip().upper()).strip("-")


class TickerMap:
    """Immutable ticker <-> CIK lookup built from SEC's company_tickers files."""

    def __init__(self, rows: Iterable[tuple[int, str, str]], *, source: str = "") -> None:
        self.source = source
        self._by_ticker: dict[str, tuple[int, str]] = {}
        self._tickers: dict[int, list[str]] = {}
        self._names: dict[int, str] = {}
        for cik, ticker, title in rows:
            key = normalize_ticker(ticker)
            if not key:
                continue
            if key not in self._by_ticker:
                self._by_ticker[key] = (cik, title)
            tickers = self._tickers.setdefault(cik, [])
            if ticker.strip().upper() not in tickers:
                tickers.append(ticker.strip().upper())
            self._names.setdefault(cik, title)

    # -- construction -----------------------------------------------------------------------

    @classmethod
    def from_json(cls, data: bytes | str, *, source: str = "company_tickers.json") -> TickerMap:
        """Parse ``company_tickers.json`` (``{"0": {"cik_str", "ticker", "title"}}``) or
        ``company_tickers_exchange.json`` (``{"fields": [...], "data": [[...]]}``)."""
        try:
            doc = json.loads(data)
        except ValueError as exc:
            raise InputError(f"{source}: not valid JSON ({exc})") from exc
        rows = list(_rows(doc, source))
        if not rows:
            raise InputError(f"{source}: no tickers found")
        return cls(rows, source=source)

    @classmethod
    def bundled(cls) -> TickerMap:
        """The snapshot shipped with the package."""
        data = (DATA_DIR / "company_tickers.json").read_bytes()
        return cls.from_json(data, source="bundled company_tickers.json")

    # -- lookups ----------------------------------------------------------------------------

    def lookup(self, ticker: str) -> tuple[int, str] | None:
        """``(cik, company title)`` for a ticker, or None."""
        return self._by_ticker.get(normalize_ticker(ticker))

    def cik_for(self, ticker: str) -> int | None:
        hit = self.lookup(ticker)
        return hit[0] if hit else None

    def tickers_for(self, cik: int) -> list[str]:
        """Every ticker of a CIK, most prominent first (empty if none)."""
        return list(self._tickers.get(int(cik), ()))

    def ticker_for(self, cik: int) -> str | None:
        tickers = self._tickers.get(int(cik))
        return tickers[0] if tickers else None

    def name_for(self, cik: int) -> str | None:
        return self._names.get(int(cik))

    def suggest(self, ticker: str, n: int = 3) -> list[str]:
        """Up to ``n`` known tickers close to ``ticker`` (for "unknown ticker" messages)."""
        key = normalize_ticker(ticker)
        if not key:
            return []
        # Fewest edits (ignoring class dashes, transpositions count one), then same length,
        # then SEC's ranking order: "APPL" -> AAPL, "BRKB" -> BRK-B.
        bare = key.replace("-", "")
        limit = 1 if len(bare) <= 3 else 2
        scored = []
        for rank, t in enumerate(self._by_ticker):
            t_bare = t.replace("-", "")
            if t == key or abs(len(t_bare) - len(bare)) > limit:
                continue
            d = _edit_distance(bare, t_bare)
            if d <= limit:
                scored.append((d, abs(len(t_bare) - len(bare)), rank, t))
        if not scored:
            return difflib.get_close_matches(key, self._by_ticker.keys(), n=n, cutoff=0.6)
        return [t for *_, t in sorted(scored)[:n]]

    def __contains__(self, ticker: object) -> bool:
        return isinstance(ticker, str) and normalize_ticker(ticker) in self._by_ticker

    def __len__(self) -> int:
        return len(self._by_ticker)

    def __repr__(self) -> str:
        return f"TickerMap({len(self)} tickers, {len(self._names)} companies, {self.source!r})"


def _edit_distance(a: str, b: str) -> int:
    """Damerau-Levenshtein (optimal string alignment) distance."""
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        prev2, prev = prev, cur
    return prev[-1]


def _rows(doc: Any, source: str) -> Iterable[tuple[int, str, str]]:
    if isinstance(doc, dict) and "fields" in doc and "data" in doc:
        fields = [str(f).lower() for f in doc["fields"]]
        try:
            i_cik, i_ticker = fields.index("cik"), fields.index("ticker")
        except ValueError as exc:
            raise InputError(f"{source}: 'fields' lacks cik or ticker") from exc
        i_name = fields.index("name") if "name" in fields else fields.index("title") \
            if "title" in fields else None
        for row in doc["data"]:
            cik, ticker = row[i_cik], row[i_ticker]
            if cik is None or not ticker:
                continue
            name = row[i_name] if i_name is not None else ""
            yield int(cik), str(ticker), str(name or "")
        return
    if isinstance(doc, dict):
        for value in doc.values():
            if not isinstance(value, dict):
                raise InputError(f"{source}: unexpected entry {str(value)[:60]!r}")
            cik, ticker = value.get("cik_str", value.get("cik")), value.get("ticker")
            if cik is None or not ticker:
                continue
            yield int(cik), str(ticker), str(value.get("title", ""))
        return
    raise InputError(f"{source}: not a company_tickers document")


# --------------------------------------------------------------------------------------------
# refresh
# --------------------------------------------------------------------------------------------


def load_ticker_map(
    client: _Getter | None,
    cache_path: str | Path,
    now: datetime,
    max_age: timedelta = timedelta(days=1),
) -> TickerMap:
    """The freshest usable ticker map, never raising because EDGAR is unreachable.

    1. ``cache_path`` if it was written less than ``max_age`` before ``now``;
    2. else ``/files/company_tickers.json`` through ``client`` (written to the cache);
    3. else the stale cache, else the bundled snapshot.
    """
    cache = Path(cache_path)
    if now.tzinfo is None:
        now = now.replace(tzinfo=UTC)
    cached: TickerMap | None = None
    fresh = False
    if cache.is_file():
        try:
            cached = TickerMap.from_json(cache.read_bytes(), source=str(cache))
            written = datetime.fromtimestamp(cache.stat().st_mtime, UTC)
            fresh = now - written < max_age
        except (OSError, InputError) as exc:
            log.warning("ignoring unreadable ticker cache %s: %s", cache, exc)
    if cached is not None and fresh:
        return cached
    if client is not None:
        try:
            data = client.get(TICKERS_PATH, expect="json")
            fetched = TickerMap.from_json(data, source=f"EDGAR {TICKERS_PATH}")
        except (SentinelError, OSError) as exc:
            log.warning("could not refresh the ticker map from EDGAR: %s", exc)
        else:
            try:
                _write_atomic(cache, data, now)
            except OSError as exc:
                log.warning("could not write ticker cache %s: %s", cache, exc)
            return fetched
    if cached is not None:
        return cached
    return TickerMap.bundled()


def _write_atomic(path: Path, data: bytes, now: datetime) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=path.name, suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        stamp = now.timestamp()
        os.utime(tmp, (stamp, stamp))
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
