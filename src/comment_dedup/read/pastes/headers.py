"""Finding a comment's header at the start of a window of lines, and the author it names.

A header rule matches a few lines joined by newlines; the lines just above it
that belong to it (its "lead": a name, a headline, badges) must fit the rule
too.  Authors are read from the lines as written, not as cleaned.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from .lines import Line, as_written
from .rules.common import DELETED
from .rules.types import HeaderRule, Platform
from .rules.vocabulary import tidy_author
from .text import is_chrome


class FoundHeader(NamedTuple):
    """A header found at the start of the window."""

    rule: HeaderRule
    match: re.Match[str]
    lead_at: int
    """Where in the lines held before it the header's lead (its author's lines) starts."""


def find_header(platform: Platform, window: Sequence[Line], held: list[Line], *, reading: bool) -> FoundHeader | None:
    """The header that starts at the window's first line, or None.

    ``held`` are the lines read since the last header (or action row); ``reading`` says that a
    comment is being read, so that a bounded header needs a blank or chrome line above its lead.
    """
    joined = "\n".join(text for _, _, text in window)
    for rule in platform.headers:
        match = rule.pattern.match(window[0][1] if rule.raw else joined)
        if match is None:
            continue
        lead_at = lead_start(platform, rule, held, reading=reading)
        if lead_at is not None:
            return FoundHeader(rule, match, lead_at)
    return None


def lead_start(platform: Platform, rule: HeaderRule, held: list[Line], *, reading: bool) -> int | None:
    """Where in ``held`` the lines naming the author start, or None when ``rule`` does not fit."""
    badges = platform.badges
    start, names = len(held), 0
    while start > 0 and names < rule.lead:
        text = held[start - 1][2]
        if (text and badges.match(text)) or (not text and rule.gaps):
            start -= 1
        elif not text or (is_chrome(platform, text) and not DELETED.match(text)):
            # "[deleted]" stands where a deleted comment's author was.
            break
        else:
            names, start = names + 1, start - 1
    if rule.lead and not names:
        return None
    if rule.author is not None and not rule.author.match(held[start][2]):
        return None
    # Before the first comment the page's own text may end anywhere, so there any line bounds a header.
    bounded = rule.bounded and reading
    if bounded and start > 0 and held[start - 1][2] and not is_chrome(platform, held[start - 1][2]):
        return None
    return start


def author_of_line(line: Line) -> str:
    """A whole line that names an author, as written, without the page's badges beside the name."""
    return tidy_author(as_written(line[1], 0, len(line[2])))


def author_in_header(window: Sequence[Line], match: re.Match[str], matched_raw: bool) -> str | None:
    """The author a header names, as written on its line of the window (unless ``matched_raw``, the match
    saw the lines cleaned)."""
    if "author" not in match.re.groupindex or match["author"] is None or matched_raw:
        return match.groupdict().get("author")
    joined = match.string
    start, end = match.span("author")
    row = joined.count("\n", 0, start)
    line_start = joined.rfind("\n", 0, start) + 1
    _, raw, cleaned = window[row]
    return tidy_author(as_written(raw, start - line_start, end - line_start) if cleaned else match["author"])
