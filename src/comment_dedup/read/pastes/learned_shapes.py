"""What each line of a paste's sample looks like to the layout inference: a time, a name, a header's role.

A line may be a time of some kind (an age, a date, a clock time), a name and a
time on one line, a time glued to controls, chrome every site draws, or a
separator; a time line is a header when a name sits above it and text below
(``head``), or text above it and controls below (``tail``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from .lines import clean
from .rules.types import whole
from .rules.vocabulary import (
    COMMON_CHROME,
    GLUED_TIME_LINE,
    MARKUP_START,
    NAME_TIME_LINE,
    SENTENCE_END,
    SHORT_AGE,
    name_like,
    time_kind,
)

#: Author lines above a time: a name, a handle, a headline; more would be text.
MAX_LEAD = 3
#: A headline or title between a name and a time is a line, not a paragraph.
HEADLINE_MAX_CHARS = 220

_COMMON_CHROME = whole(*COMMON_CHROME, flags=re.IGNORECASE)
_SHORT_AGE = re.compile(SHORT_AGE, re.IGNORECASE)
SEPARATOR_LINE = re.compile(r"[•·|—–\-−+]\Z")


@dataclass(frozen=True, slots=True)
class Shape:
    """What one line of the sample looks like to the inference."""

    text: str
    time: str | None
    """The kind of time (AGE, DATE, TIME) when the whole line is one."""
    name_time: str | None
    """The kind of time when the line is a name and a time ("mtaysic • 16 days ago")."""
    glued: bool
    """A time glued to controls ("90wReply")."""
    chrome: bool
    separator: bool


def shape_of(text: str) -> Shape:
    time = time_kind(text) if text else None
    name_time = None
    if text and time is None and len(text) <= 120:
        match = NAME_TIME_LINE.fullmatch(text)
        # "INTJ - 30s" is a flair, not a name and a time: a short age needs a clearer separator.
        between = text[match.end("author") : match.start("time")] if match else ""
        flair = " - " in between and _SHORT_AGE.fullmatch(match["time"]) if match else False
        if match and not flair and not MARKUP_START.match(text):
            name_time = time_kind(match["time"])
    return Shape(
        text,
        time,
        name_time,
        bool(text) and time is None and len(text) <= 60 and GLUED_TIME_LINE.fullmatch(text) is not None,
        _COMMON_CHROME.match(text) is not None,
        SEPARATOR_LINE.match(text) is not None,
    )


def looks_like_name(shape: Shape) -> bool:
    """Whether a line could be an author: short, not a sentence, not chrome, not a time."""
    text = shape.text
    return not (shape.time or shape.chrome or shape.separator or shape.glued) and name_like(text)


def is_text(shape: Shape | None) -> bool:
    return shape is not None and not (shape.time or shape.chrome or shape.glued or shape.name_time)


@dataclass(frozen=True, slots=True)
class Sample:
    """The sample's lines as shapes, and the positions of its non-blank ones ("rows")."""

    shapes: list[Shape]
    rows: list[int]

    @classmethod
    def of(cls, sample: Sequence[str]) -> Sample:
        shapes = [shape_of(clean(text)) for text in sample]
        return cls(shapes, [index for index, shape in enumerate(shapes) if shape.text])

    def at(self, row: int) -> Shape:
        return self.shapes[self.rows[row]]

    def neighbour(self, row: int, step: int) -> Shape | None:
        """The nearest non-separator line above (step -1) or below (+1) ``row``."""
        row += step
        while 0 <= row < len(self.rows):
            shape = self.at(row)
            if not shape.separator:
                return shape
            row += step
        return None

    def role(self, row: int) -> str | None:
        """How the line at ``row`` would head a comment: ``head``, ``name-time``, ``tail``, ``glued`` or None."""
        shape = self.at(row)
        if shape.name_time:
            return "name-time"
        if shape.glued:
            return "glued"
        if not shape.time:
            return None
        above, below = self.neighbour(row, -1), self.neighbour(row, +1)
        if lead_size(self, row) and is_text(below):
            return "head"
        if is_text(above) and below is not None and (below.chrome or below.glued):
            return "tail"
        return None


def header_lines(sample: Sequence[str]) -> list[int]:
    """Line numbers (from 1) of every line that looks like a comment's header, whatever the layout.

    Used to judge a way of reading the sample: a good one reads these as headers.
    """
    lines = Sample.of(sample)
    return [lines.rows[row] + 1 for row in range(len(lines.rows)) if lines.role(row) is not None]


def lead_lines(lines: Sample, row: int) -> list[Shape]:
    """The lines right above the header at ``row`` that may belong to it, nearest first: names,
    handles, headlines, badges (separators skipped, at most MAX_LEAD)."""
    found: list[Shape] = []
    row -= 1
    while row >= 0 and len(found) < MAX_LEAD:
        shape = lines.at(row)
        if not shape.separator:
            if not (looks_like_name(shape) or looks_like_headline(shape)):
                break
            found.append(shape)
        row -= 1
    return found


def looks_like_headline(shape: Shape) -> bool:
    """A line that may sit between a name and a time: a job title, a review's stars and title."""
    if shape.time or shape.chrome or len(shape.text) > HEADLINE_MAX_CHARS or MARKUP_START.match(shape.text):
        return False
    return not SENTENCE_END.search(shape.text)


def lead_size(lines: Sample, row: int) -> int:
    """How many lines above the header at ``row`` reach its author: the farthest name among its lead lines."""
    found = lead_lines(lines, row)
    return max((at + 1 for at, shape in enumerate(found) if looks_like_name(shape)), default=0)


def lead_names(lines: Sample, row: int) -> list[str]:
    """The texts of the header's lead lines up to its author, nearest first."""
    return [shape.text for shape in lead_lines(lines, row)[: lead_size(lines, row)]]
