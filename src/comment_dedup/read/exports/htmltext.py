"""HTML comment bodies (Hacker News) turned into the plain text a reader saw.

Hacker News writes a comment as ``First paragraph<p>Second one with a
<a href="https://example.com/a/long/path">https://example.com/a/lo...</a>``:
paragraphs become blank-line separated, a link becomes its text (or its
address when the text is only a shortened copy of it), ``<pre>`` keeps its
line breaks and indentation, and entities are decoded.

The markup is scanned here rather than by :mod:`html.parser`, which fails on
``<![`` in text and takes quadratic time on a tag that never closes.  Each
``<`` is looked at once and the end of what it opens found with one search;
once a search for ``>`` (or ``-->``, ``]]>``) fails, none after it is made,
so any input takes linear time.  A ``<`` that starts no tag, or opens
something that never closes, is text.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from typing import NamedTuple

_BREAKING = frozenset({"p", "div", "blockquote", "ul", "ol", "li", "pre"})
_SPACES = re.compile(r"[ \t\r\n\f]+")
_ELLIPSES = ("...", "\u2026")
_TAG_NAME = re.compile(r"(/?)([a-zA-Z][a-zA-Z0-9]{0,20})")
_HREF = re.compile(r"""\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""", re.IGNORECASE)


class Piece(NamedTuple):
    """Text (``tag`` empty), or a start or end tag with its link address."""

    text: str = ""
    tag: str = ""
    end: bool = False
    href: str = ""


def scan(markup: str) -> Iterator[Piece]:
    """The text and tags of ``markup`` in order; comments and declarations are left out."""
    position = 0
    absent: set[str] = set()  # ends known not to occur in the rest of the markup
    while position < len(markup):
        opening = markup.find("<", position)
        if opening < 0:
            break
        if opening > position:
            yield Piece(text=html.unescape(markup[position:opening]))
        name = _TAG_NAME.match(markup, opening + 1)
        end = _end_of(markup, opening, name is not None)
        close = -1 if end is None else _find_end(markup, end, opening + 1, absent)
        if close < 0:  # a lone "<", or something never closed: the "<" is text
            yield Piece(text="<")
            position = opening + 1
            continue
        if name is not None:
            yield _tag(name, markup[name.end() : close])
        position = close + len(end or "")
    if position < len(markup):
        yield Piece(text=html.unescape(markup[position:]))


def _end_of(markup: str, opening: int, named: bool) -> str | None:
    """What ends the construct a ``<`` at ``opening`` starts, or None when it starts none."""
    if markup.startswith("<!--", opening):
        return "-->"
    if markup.startswith("<![", opening):
        return "]]>"
    if named or markup.startswith(("<!", "<?", "</"), opening):
        return ">"
    return None


def _find_end(markup: str, end: str, start: int, absent: set[str]) -> int:
    if end in absent:
        return -1
    found = markup.find(end, start)
    if found < 0:
        absent.add(end)
    return found


def _tag(name: re.Match[str], attributes: str) -> Piece:
    tag = name.group(2).lower()
    href = ""
    if tag == "a" and not name.group(1):
        found = _HREF.search(attributes)
        if found is not None:
            href = html.unescape(next(value for value in found.groups() if value is not None))
    return Piece(tag=tag, end=bool(name.group(1)), href=href)


class _PlainText:
    """Collects paragraphs of text; each paragraph is a list of pieces."""

    def __init__(self) -> None:
        self.paragraphs: list[tuple[bool, list[str]]] = [(False, [])]
        self.preformatted = 0
        self.link: tuple[str, int] | None = None

    def new_paragraph(self) -> None:
        if self.paragraphs[-1][1]:
            self.paragraphs.append((self.preformatted > 0, []))

    def start(self, tag: str, href: str) -> None:
        if tag == "pre":
            self.preformatted += 1
        if tag in _BREAKING:
            self.new_paragraph()
            self.paragraphs[-1] = (self.preformatted > 0, self.paragraphs[-1][1])
        elif tag == "br":
            self.paragraphs[-1][1].append("\n")
        elif tag == "a":
            self.link = (href, len(self.paragraphs[-1][1]))

    def end(self, tag: str) -> None:
        if tag == "a" and self.link is not None:
            href, start = self.link
            pieces = self.paragraphs[-1][1]
            shown = "".join(pieces[start:])
            pieces[start:] = [link_text(shown, href)]
            self.link = None
        elif tag == "pre":
            self.preformatted = max(0, self.preformatted - 1)
            self.new_paragraph()

    def data(self, data: str) -> None:
        if not self.preformatted:
            data = _SPACES.sub(" ", data)  # HTML collapses whitespace outside <pre>
        self.paragraphs[-1][1].append(data)

    def text(self) -> str:
        kept = []
        for preformatted, pieces in self.paragraphs:
            joined = "".join(pieces)
            if preformatted:
                joined = joined.strip("\n")
            else:
                joined = "\n".join(_SPACES.sub(" ", line).strip() for line in joined.split("\n")).strip()
            if joined.strip():
                kept.append(joined.rstrip())
        return "\n\n".join(kept)


def link_text(shown: str, href: str) -> str:
    """What a link reads as: its text, or its address when the text is empty or a shortened copy."""
    stripped = shown.strip()
    if not stripped:
        return href
    for ellipsis in _ELLIPSES:
        if stripped.endswith(ellipsis) and href.startswith(stripped[: -len(ellipsis)]):
            return href
    return shown


def html_to_text(markup: str) -> str:
    """Plain text of an HTML fragment: paragraphs kept, links resolved, entities decoded."""
    collected = _PlainText()
    for piece in scan(markup):
        if not piece.tag:
            collected.data(piece.text)
        elif piece.end:
            collected.end(piece.tag)
        else:
            collected.start(piece.tag, piece.href)
    return collected.text()
