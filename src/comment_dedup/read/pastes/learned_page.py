"""Learn the layout of a pasted comment section from the paste itself.

Sites redesign every year, and most sites have no rule of their own here.
Yet every comment section repeats one structure per comment: a header that
names the author and tells a time, the text, and a row of controls.  This
module finds that structure in the reader's sample and describes it as a
:class:`~.rules.types.Platform`, so that the one cutting engine
(:mod:`.engine`) reads it like any site::

    @nikobellic570          <- author (the line above the time)
    1 day ago               <- header: a time on a line of its own
    Aesthetics are an underappreciated aspect of the tech maker scene.
    3                       <- counter
    Reply                   <- a control that recurs after most comments

A header is a time with an author: a time line under a name line and above
text, a name and a time on one line (``mtaysic • 16 days ago``), or a time
below the text and above the controls (Facebook, TikTok).  A time line that
does not fit (a recommended video's "2 years ago" under "656K views", a
transcript's "0:07" between two sentences) is no header.  Also learned: how
many name lines a header has, which short lines recur between most headers
(controls), and the heading above the comments ("97 Comments", "Add a
comment…"), above which everything is the page.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from .learned_shapes import SEPARATOR_LINE, Sample, lead_names, lead_size, looks_like_name
from .rules.types import NOTHING, Anchor, HeaderRule, Platform, whole
from .rules.vocabulary import (
    BADGES,
    CLOSING,
    COMMON_CHROME,
    CONVERSATION_START,
    GLUED_TIME_LINE,
    HEADER_LEFTOVERS,
    NAME_TIME_LINE,
    PAGE_FOOTER,
    SECTION_HEADING,
    SYSTEM_MESSAGE,
    TIME_LINE,
    kind_line,
    time_kind,
)

#: Headers needed before a layout is believed: two could be chance, three is a pattern.
MIN_HEADERS = 3
#: A short line present between most pairs of neighbouring headers is a control, not text.
CONTROL_SHARE = 0.5
#: Controls are short; a longer line that recurs is somebody's words.
CONTROL_MAX_CHARS = 40
#: A heading this close above a header (in non-blank lines) marks where the comments start.
HEADING_REACH = 12
#: Headers of the page itself (its post, related posts) that may come before that heading.
PAGE_HEADERS = 2


@dataclass(frozen=True, slots=True)
class Learned:
    """A layout learned from a paste, and how to tell the user about it."""

    platform: Platform
    shape: str
    """The header's shape in words, as ``NAME / AGE``."""
    headers: int
    """Headers found in the sample."""


@dataclass(frozen=True, slots=True)
class _Family:
    """Headers of one form: the role they play and the kind of time they tell."""

    role: str
    kind: str | None
    rows: list[int]


def infer_page(sample: Sequence[str]) -> Learned | None:
    """The comment layout repeated in ``sample`` (a paste's first lines), or None when there is none.

    The family of headers just below a heading such as "97 Comments" wins,
    else the largest; families of the same orientation found among its
    headers join it (a thread where most headers say "10-8" and a few "5d ago").
    """
    lines = Sample.of(sample)
    families = _families(lines)
    large = [family for family in families if len(family.rows) >= MIN_HEADERS]
    if not large:
        return None
    main = max(large, key=lambda family: (_opening(lines, family.rows) is not None, len(family.rows)))
    tail = main.role in ("tail", "glued")
    first, last = main.rows[0], main.rows[-1]
    joined = [main] + [
        family
        for family in families
        if family is not main
        and (family.role in ("tail", "glued")) == tail
        and any(first < row < last for row in family.rows)
    ]
    return _learned(lines, joined, Anchor.TAIL if tail else Anchor.HEAD)


def _families(lines: Sample) -> list[_Family]:
    """Every family of headers in the sample, by role and kind of time."""
    found: dict[tuple[str, str | None], list[int]] = {}
    for row in range(len(lines.rows)):
        role = lines.role(row)
        if role is not None:
            shape = lines.at(row)
            kind = None if role == "glued" else shape.time or shape.name_time
            found.setdefault((role, kind), []).append(row)
    return [_Family(role, kind, rows) for (role, kind), rows in found.items()]


def _lead(lines: Sample, rows: list[int]) -> tuple[int, bool]:
    """How many lines above a header's time reach its author (the most common count, ties to the
    fewer), and whether blank lines may sit between them and the time."""
    counts = Counter(lead_size(lines, row) for row in rows)
    lead = max(counts.items(), key=lambda item: (item[1], -item[0]))[0]
    gapped = sum(1 for row in rows if row > 0 and lines.rows[row] - lines.rows[row - 1] > 1)
    return max(lead, 1), gapped * 2 > len(rows)


def _runs_start_with_names(lines: Sample, rows: list[int]) -> bool:
    """Whether the text above most tail headers starts with a name line (Facebook) or not (Instagram
    copies whose names were images)."""
    named = 0
    for previous, row in zip([-1, *rows], rows, strict=False):
        run = [lines.at(at) for at in range(previous + 1, row) if not (lines.at(at).chrome or lines.at(at).separator)]
        named += len(run) >= 2 and looks_like_name(run[0])
    return named * 2 > len(rows)


def _controls(lines: Sample, rows: list[int], authors: set[str]) -> list[str]:
    """Short lines found between most pairs of neighbouring headers: the page's controls."""
    seen: Counter[str] = Counter()
    for start, end in itertools.pairwise(rows):
        seen.update({lines.at(row).text for row in range(start + 1, end)})
    needed = max(2, CONTROL_SHARE * (len(rows) - 1))
    return sorted(
        text
        for text, count in seen.items()
        if count >= needed and len(text) <= CONTROL_MAX_CHARS and text not in authors and not time_kind(text)
    )


def _opening(lines: Sample, rows: list[int]) -> re.Pattern[str] | None:
    """The heading above the comments ("97 Comments", "Add a comment…"), as a pattern for that exact line.

    The page's own post, or a few related posts, may come first with headers
    like a comment's, so the heading may follow some headers: of the
    headings just above a header that leave at most PAGE_HEADERS headers
    (or a tenth of them) above, the lowest is taken.
    """
    start = _conversation_start(lines, rows)
    if start is not None:
        return start
    best: tuple[int, int] | None = None
    page_headers = max(PAGE_HEADERS, len(rows) // 10)
    for row in range(min(len(lines.rows), rows[min(page_headers, len(rows) - 1)] + 1)):
        if SECTION_HEADING.fullmatch(lines.at(row).text):
            above = sum(1 for header in rows if header < row)
            close = above < len(rows) and rows[above] - row <= HEADING_REACH
            if close and (best is None or above >= best[0]):
                best = (above, row)
    if best is None:
        return None
    return re.compile(re.escape(lines.at(best[1]).text) + r"\Z")


def _conversation_start(lines: Sample, rows: list[int]) -> re.Pattern[str] | None:
    """A chat app's "This is the very beginning of ..." line with a header below it: the sidebar's
    previews above it, however many, are no messages."""
    for row in range(min(len(lines.rows), rows[-1]) - 1, -1, -1):
        if CONVERSATION_START.match(lines.at(row).text):
            return re.compile(re.escape(lines.at(row).text) + r"\Z")
    return None


# --- the Platform -------------------------------------------------------------------


def _learned(lines: Sample, families: list[_Family], anchor: Anchor) -> Learned:
    """The Platform that reads a paste whose headers are these families (the first is the main one)."""
    rows = sorted(row for family in families for row in family.rows)
    rules, shape = _rules(lines, families)
    lead = max(rule.lead for rule in rules)
    authors = {name for row in rows for name in lead_names(lines, row)[: max(lead, 1)]}
    controls = [re.escape(text) for text in _controls(lines, rows, authors)]
    words = [text for text in controls if not SEPARATOR_LINE.match(text.replace("\\", ""))]
    closing = CLOSING.pattern
    platform = Platform(
        "learned",
        "an unrecognised comment section",
        headers=rules,
        fingerprints=NOTHING,
        chrome=whole(*COMMON_CHROME, *controls, closing, *_bare_times(families), flags=re.IGNORECASE),
        stop=whole(*words, closing, *PAGE_FOOTER, flags=re.IGNORECASE) if anchor is Anchor.HEAD else NOTHING,
        head=whole(*HEADER_LEFTOVERS, *BADGES, r"[•·|]", flags=re.IGNORECASE),
        # Separators sit between a name and its time (or its text, in a tail-anchored copy).
        badges=whole(*BADGES, r"[•·|]", flags=re.IGNORECASE),
        anchor=anchor,
        opening=_opening(lines, rows),
        events=SYSTEM_MESSAGE,
    )
    return Learned(platform, shape, len(rows))


def _bare_times(families: list[_Family]) -> list[str]:
    """When headers are times glued to controls, a time on a line of its own is the post's: chrome."""
    return [TIME_LINE.pattern] if families[0].role == "glued" else []


def _rules(lines: Sample, families: list[_Family]) -> tuple[tuple[HeaderRule, ...], str]:
    """A header rule per family, and the main family's shape in words."""
    rules, shapes = [], []
    for family in families:
        kind = family.kind or "AGE"
        if family.role == "head":
            lead, gaps = _lead(lines, family.rows)
            rules.append(HeaderRule(_pattern(kind_line(kind)), lead=lead, gaps=gaps))
            shapes.append(" / ".join(["NAME"] * lead + [kind]))
        elif family.role == "name-time":
            rules.append(HeaderRule(_pattern(NAME_TIME_LINE.pattern)))
            shapes.append(f"NAME{_separator(lines, family.rows)}{kind}")
        else:
            named = _runs_start_with_names(lines, family.rows)
            source = kind_line(kind) if family.role == "tail" else GLUED_TIME_LINE.pattern
            rules.append(HeaderRule(_pattern(source), author_first=named))
            shapes.append(f"{'NAME / ' if named else ''}TEXT / {kind if family.role == 'tail' else 'AGE+Reply'}")
    return tuple(rules), shapes[0]


def _pattern(source: str) -> re.Pattern[str]:
    return re.compile(rf"\A(?:{source})$", re.IGNORECASE | re.MULTILINE)


def _separator(lines: Sample, rows: list[int]) -> str:
    """The separator most name-and-time headers put between the two, as " • "."""
    separators: Counter[str] = Counter()
    for row in rows:
        match = NAME_TIME_LINE.fullmatch(lines.at(row).text)
        if match is not None:
            separators[" " if match["at"] else match.string[match.end("author") : match.start("time")]] += 1
    return separators.most_common(1)[0][0]
