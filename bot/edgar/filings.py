"""EDGAR documents -> Filing (header fields + documents as text). Pure: bytes in, data out.

Minimal first version; the rules issue hardens it (header fields, .nc, PEM, HTML edge cases)."""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser

from bot.models import Document, Filing

_DOC_RE = re.compile(rb"<DOCUMENT>(.*?)(?:</DOCUMENT>|\Z)", re.S | re.I)
_TAG_RE = re.compile(rb"^<(TYPE|SEQUENCE|FILENAME|DESCRIPTION)>([^\r\n]*)", re.M | re.I)
_TEXT_RE = re.compile(rb"<TEXT>(.*?)(?:</TEXT>|\Z)", re.S | re.I)
_HTML_HINT = re.compile(rb"<(html|body|div|p|table|font|br)\b", re.I)
_WS = re.compile(r"[ \t\r\f\v\u00a0]+")


def html_to_text(data: bytes | str) -> str:
    tree = LexborHTMLParser(data if isinstance(data, str) else data.decode("utf-8", "replace"))
    for node in tree.css("script, style, ix\\:header"):
        node.decompose()
    body = tree.body or tree.root
    text = body.text(separator="\n") if body is not None else ""
    return _clean(text)


def _clean(text: str) -> str:
    lines = (_WS.sub(" ", line).strip() for line in text.splitlines())
    return "\n".join(line for line in lines if line)


def to_text(data: bytes) -> str:
    if _HTML_HINT.search(data[:20000]):
        return html_to_text(data)
    return _clean(data.decode("utf-8", "replace"))


def parse_filing(data: bytes, source: str | None = None, form: str | None = None) -> Filing:
    docs: list[Document] = []
    for m in _DOC_RE.finditer(data):
        block = m.group(1)
        tags = {k.upper().decode(): v.strip().decode("latin-1") for k, v in _TAG_RE.findall(block)}
        tm = _TEXT_RE.search(block)
        body = tm.group(1) if tm else block
        docs.append(Document(type=tags.get("TYPE", "UNKNOWN"), text=to_text(body),
                             filename=tags.get("FILENAME"), description=tags.get("DESCRIPTION")))
    if not docs:
        docs.append(Document(type=form or "TEXT", text=to_text(data)))
    return Filing(documents=tuple(docs), form=form or docs[0].type, source=source)
