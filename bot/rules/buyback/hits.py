"""Buyback rule: where a document speaks of buying back shares (the keyword scan and its cheap
confirmations), before any sentence is read."""

from __future__ import annotations

from bot.rules.buyback.patterns import _KEY_LOWER, _USED_TO_ACQUIRE, PURCHASED_COUNT, PURCHASED_OWN
from bot.rules.buyback.sentences import AUTH_PURCHASE, PURCHASE_PROGRAM, TREASURY_PURCHASE
from bot.rules.regex import fast_compile
from bot.rules.text import keyword_hits, register_keywords

_LITERALS = (
    "repurchas", "buyback", "buy-back", "buy back", "bought back", "tender offer", "dutch",
    "self-tender", "equity securities", "total number", "redeemed", "buying back", "own shares",
    "issuer bid", "purchase", "following number of", "market purchase", "acquire up to", "treasury",
    "sold to the company", "of its own", "reacquire", "to acquire",
)
MAX_HITS_PER_LITERAL = 2000
# literals found together from one scan for a substring they share
_SHARED_LITERALS = {
    "buy": ("buyback", "buy-back", "buy back", "buying back", "buy up to"),
    "tender": ("tender offer", "self-tender"),
    "purchas": ("repurchas", "purchase", "market purchase"),
}
_SHARED = frozenset(lit for group in _SHARED_LITERALS.values() for lit in group)
_ALL_LITERALS = tuple(sorted(set(_LITERALS) | _SHARED))


def _hit_positions(text: str, low: str) -> list[int]:
    """Offsets of keyword hits in `low` (`text` lowered): from the shared one-pass scan, or one
    `str.find` pass per literal when lowering changed the length; the common words are
    confirmed at the hit (`_confirmed`)."""
    scanned = keyword_hits(text, _ALL_LITERALS)
    if scanned is not None:
        hits = scanned[1]
        out: list[int] = []
        for lit in _ALL_LITERALS:
            n = 0
            for p in hits.get(lit, ()):
                if _confirmed(low, lit, p):
                    out.append(p)
                    n += 1
                    if n == MAX_HITS_PER_LITERAL:
                        break
        out.sort()
        return out
    out = []
    for needle, group in _SHARED_LITERALS.items():
        # one pass finds every literal of the group: each holds `needle` once
        plan = [(lit.index(needle), lit) for lit in group]
        counts = dict.fromkeys(group, 0)
        i = low.find(needle)
        while i >= 0:
            for off, lit in plan:
                p = i - off
                if (p >= 0 and counts[lit] < MAX_HITS_PER_LITERAL and low.startswith(lit, p)
                        and _confirmed(low, lit, p)):
                    out.append(p)
                    counts[lit] += 1
            i = low.find(needle, i + 1)
    for lit in _LITERALS:
        if lit in _SHARED:
            continue
        i = low.find(lit)
        n = 0  # hits kept: the cap bounds the work done for one literal
        while i >= 0 and n < MAX_HITS_PER_LITERAL:
            if _confirmed(low, lit, i):
                out.append(i)
                n += 1
            i = low.find(lit, i + 1)
    out.sort()
    return out


register_keywords(_ALL_LITERALS)


def _confirmed(low: str, lit: str, i: int) -> bool:
    """Is the hit of `lit` at `i` a candidate? Most literals are; the common words are checked
    against the text around them."""
    if lit == "redeemed":
        return _REDEEMED_LOWER.match(low, i) is not None  # "redeemed ... 601,852 shares of": not notes
    if lit == "purchase":
        # buybacks told in the words of a purchase ("repurchase" has a literal of its own): "the
        # Company purchased 150,000 shares of its common stock", "a share purchase program",
        # "authorized the purchase of up to 500,000 shares of the Company's common stock"
        if low.startswith("re", i - 2):
            return False
        if low.startswith("d", i + 8):
            return _PURCHASED_LOWER.search(low, max(0, i - 24), i + 90) is not None
        if low.startswith(" from the underwriters", i + 8):
            return True  # a concurrent repurchase in a holder's offering (checked when classified)
        if low.startswith("accepted for ", i - 13):
            return True  # an issuer tender offer's final count (checked when classified)
        if low.startswith("completed the ", i - 14):
            return True  # "it has completed the purchase, on the open market ..., a total of 1,627,500 shares" (checked when classified)
        if low.startswith(" program", i + 8):
            return PURCHASE_PROGRAM.search(low, max(0, i - 12), i + 20) is not None
        # (or agreed: "reached an agreement ... with the Company's founding family to purchase"; or
        # intended: "it intends to purchase for cancellation ... up to an additional 410,735 of its ...")
        return (_authorised_purchase(low, i) or low.find("agree", max(0, i - 130), i) >= 0
                or _INTENDS_TO.search(low, max(0, i - 16), i) is not None)
    if lit in ("buy up to", "acquire up to"):
        return _authorised_purchase(low, i)
    if lit == "to acquire":  # "used the cash ... to acquire 1.2 million shares of its common stock"
        return _USED_TO_ACQUIRE.search(low, max(0, i - 120), i + 90) is not None
    if lit == "treasury":
        return TREASURY_PURCHASE.search(low, max(0, i - 170), i + 40) is not None
    if lit in ("equity securities", "total number"):
        return _KEY_LOWER.search(low, max(0, i - 20), i + 60) is not None
    return True


_INTENDS_TO = fast_compile(r"(?:intends|plans|expects)\s+to\s+$")



_REDEEMED_LOWER = fast_compile(r"redeemed[^.;]{0,60}?\d[\d,]{3,}\s+(?:shares\s+of|of\s+(?:its|our)\s+)")
_PURCHASED_LOWER = fast_compile(rf"{PURCHASED_COUNT}|{PURCHASED_OWN}|purchased\s+and\s+(?:cancel|retire)")

def _authorised_purchase(low: str, i: int) -> bool:
    start = max(0, i - 110)
    return ((low.find("authori", start, i) >= 0 or low.find("approv", start, i) >= 0)
            and AUTH_PURCHASE.search(low, start, i + 140) is not None)
