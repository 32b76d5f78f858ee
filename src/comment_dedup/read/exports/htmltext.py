"""HTML comment bodies (Hacker News) turned into the plain text a reader saw.

Hacker News writes a comment as ``First paragraph<p>Second one with a
<a href="https://example.com/a/long/path">https://example.com/a/lo...</a>``:
paragraphs become blank-line separated, a link becomes its text (or its
address when the text is only a shortened copy of it), ``<pre>`` keeps its
line breaks and indentation, and entities are decoded.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

_BREAKING = frozenset({"p", "div", "blockquote", "ul", "ol", "li", "pre"})
_SPACES = re.compile(r"[ \t\r\n\f]+")
_ELLIPSES = ("...", "\u2026")


class _PlainText(HTMLParser):
    """Collects paragraphs of text; each paragraph is a list of pieces."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[tuple[bool, list[str]]] = [(False, [])]
        self.preformatted = 0
        self.link: tuple[str, int] | None = None

    def new_paragraph(self) -> None:
        if self.paragraphs[-1][1]:
            self.paragraphs.append((self.preformatted > 0, []))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "pre":
            self.preformatted += 1
        if tag in _BREAKING:
            self.new_paragraph()
            self.paragraphs[-1] = (self.preformatted > 0, self.paragraphs[-1][1])
        elif tag == "br":
            self.paragraphs[-1][1].append("\n")
        elif tag == "a":
            self.link = (dict(attrs).get("href") or "", len(self.paragraphs[-1][1]))

    def handle_endtag(self, tag: str) -> None:
        if tag == "a" and self.link is not None:
            href, start = self.link
            pieces = self.paragraphs[-1][1]
            shown = "".join(pieces[start:])
            pieces[start:] = [link_text(shown, href)]
            self.link = None
        elif tag == "pre":
            self.preformatted = max(0, self.preformatted - 1)
            self.new_paragraph()

    def handle_data(self, data: str) -> None:
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


def html_to_text(html: str) -> str:
    """Plain text of an HTML fragment: paragraphs kept, links resolved, entities decoded."""
    parser = _PlainText()
    parser.feed(html)
    parser.close()
    return parser.text()
