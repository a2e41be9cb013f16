"""Write latest-filings Atom pages in EDGAR's own layout (action=getcurrent).

Used by the offline demo (to list the bundled real filings in a feed) and by benchmarks and
tests that need large or specific feeds. The layout copies EDGAR's byte for byte: the same
elements, attribute order, escaping and `Filed:/AccNo:/Size:` summary, so the parser meets
exactly what sec.gov sends."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from xml.sax.saxutils import escape
from zoneinfo import ZoneInfo

from bot.edgar.filings import ITEM_TITLES
from bot.models import FilingRef

EASTERN = ZoneInfo("America/New_York")

_HEAD = """<?xml version="1.0" encoding="ISO-8859-1" ?>
<feed xmlns="http://www.w3.org/2005/Atom">
<title>Latest Filings - {title_time}</title>
<link rel="alternate" href="/cgi-bin/browse-edgar?action=getcurrent"/>
<link rel="self" href="/cgi-bin/browse-edgar?action=getcurrent"/>
<id>https://www.sec.gov/cgi-bin/browse-edgar?action=getcurrent</id>
<author><name>Webmaster</name><email>webmaster@sec.gov</email></author>
<updated>{updated}</updated>
"""

_ENTRY = """<entry>
<title>{form} - {company} ({cik:010d}) ({role})</title>
<link rel="alternate" type="text/html" href="{href}"/>
<summary type="html">
 &lt;b&gt;Filed:&lt;/b&gt; {filed} &lt;b&gt;AccNo:&lt;/b&gt; {accession} &lt;b&gt;Size:&lt;/b&gt; {size}{items}
</summary>
<updated>{updated}</updated>
<category scheme="https://www.sec.gov/" label="form type" term="{form}"/>
<id>urn:tag:sec.gov,2008:accession-number={accession}</id>
</entry>
"""


def _iso(dt: datetime) -> str:
    return dt.astimezone(EASTERN).isoformat(timespec="seconds")


def index_href(cik: int, accession: str) -> str:
    return (f"https://www.sec.gov/Archives/edgar/data/{cik}/{accession.replace('-', '')}/"
            f"{accession}-index.htm")


def render_entry(ref: FilingRef, *, role: str = "Filer", size: str = "12 KB") -> str:
    if ref.accepted is None or ref.filed is None:
        raise ValueError(f"{ref.accession}: a feed entry needs filed and accepted times")
    items = "".join(
        f"\n&lt;br&gt;Item {escape(i)}: {escape(ITEM_TITLES.get(i, ''))}" for i in ref.items
    )
    return _ENTRY.format(
        form=escape(ref.form), company=escape(ref.company), cik=ref.cik, role=role,
        href=index_href(ref.cik, ref.accession), filed=ref.filed.isoformat(),
        accession=ref.accession, size=size, items=items, updated=_iso(ref.accepted),
    )


def render_current_feed(refs: Sequence[FilingRef], *, updated: datetime) -> bytes:
    """A getcurrent page listing `refs` in the order given (EDGAR lists newest first)."""
    local = updated.astimezone(EASTERN)
    head = _HEAD.format(
        title_time=local.strftime("%a, %d %b %Y %H:%M:%S ") + (local.tzname() or "EST"),
        updated=_iso(updated),
    )
    body = "".join(render_entry(r) for r in refs)
    return (head + body + "</feed>\n").encode("iso-8859-1", "xmlcharrefreplace")
