"""The engine that cuts a pasted comment section into comments, driven by a site rule or a learned layout.

A select-all + copy of a comment section keeps the page's chrome around every
comment, and comments are seldom separated by blank lines.  A new-Reddit copy
looks like this::

    u/quietfernbank avatar
    quietfernbank
    •
    8h ago
    Tested at 130 once. In practice, about 19.

    Upvote
    62
    ...

The engine finds each comment's header (author and time) as the rule
(:mod:`.rules`) describes it (:mod:`.headers`), keeps the lines up to the action
row as the comment's text (:mod:`.cutter`, :mod:`.text`), and counts every line
it drops so that the user is told.  Lines are read one at a time; only the
comment being read and a few lines of look-ahead are held.
"""

from __future__ import annotations

import itertools
import re
from collections import deque
from collections.abc import Iterator

from ..types import Block, NumberedLine, ReadReport
from .cutter import DROPPED_AFTER, Cutter
from .lines import Line, prepare
from .rules.types import Anchor, Platform


def split(platform: Platform, lines: Iterator[NumberedLine], report: ReadReport) -> Iterator[Block]:
    """Cut a pasted comment section of ``platform`` into comments, lazily."""
    return read_lines(platform, prepare(lines, platform.unglue), report)


def read_lines(
    platform: Platform, cleaned: Iterator[Line], report: ReadReport, headers: list[range] | None = None
) -> Iterator[Block]:
    cutter = Cutter(platform, report, headers)
    if platform.opening is not None:
        cleaned = _after_opening(platform.opening, cleaned, cutter)
    below: list[Iterator[Line]] = []
    cleaned = _before_closing(platform.closing, cleaned, below)
    height = platform.height
    window: deque[Line] = deque(itertools.islice(cleaned, height))
    while window:
        found = cutter.header_at(window)
        if found is None:
            yield from cutter.hold(window.popleft())
        else:
            rule, match, lead_at = found
            yield from cutter.start(rule, match, lead_at, window)
            for _ in range(match.group().count("\n") + 1):
                window.popleft()
        window.extend(itertools.islice(cleaned, height - len(window)))
    if platform.anchor is Anchor.TAIL:
        cutter.drop_lines(cutter.held)
    else:
        yield from cutter.finish(cutter.held)
    cutter.end()
    for rest in below:
        report.drop(DROPPED_AFTER, sum(1 for _, _, text in rest if text))


def _before_closing(
    closing: re.Pattern[str], cleaned: Iterator[Line], below: list[Iterator[Line]]
) -> Iterator[Line]:
    """The lines above the first closing line; the closing line and the rest are put in ``below``."""
    for line in cleaned:
        if line[2] and closing.match(line[2]):
            below.append(itertools.chain([line], cleaned))
            return
        yield line


def _after_opening(opening: re.Pattern[str], cleaned: Iterator[Line], cutter: Cutter) -> Iterator[Line]:
    """The lines after the heading above the comments; the heading and the page above it are dropped."""
    for line in cleaned:
        cutter.drop_lines([line])
        if opening.match(line[2]):
            break
    yield from cleaned
