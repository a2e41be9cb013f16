"""Number formatting shared by finding titles (bot.rules) and Slack messages (bot.slack.render),
so a title and the fields under it never show one amount two ways. Pure."""

from __future__ import annotations


def money(value: float) -> str:
    """3737000 -> '$3.74M', 1.5e9 -> '$1.5B', 591836.98 -> '$591,837', 12.5 -> '$12.50'.

    Millions and up are scaled to two decimals; from $1,000 to a million whole dollars; below
    $1,000 cents when there are any."""
    v = float(value)
    sign = "-" if v < 0 else ""
    v = abs(v)
    for threshold, suffix in ((1e12, "T"), (1e9, "B"), (1e6, "M")):
        if v >= threshold:
            scaled = f"{v / threshold:.2f}".rstrip("0").rstrip(".")
            return f"{sign}${scaled}{suffix}"
    if v >= 1000 or v == int(v):
        return f"{sign}${round(v):,}"
    return f"{sign}${v:,.2f}"
