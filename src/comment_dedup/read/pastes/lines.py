"""A pasted page's lines as the engine reads them: cleaned for the patterns, kept as written.

Each line travels as ``(number, raw, cleaned)``: its number in the source, the
text as copied (shown to the user), and the text as the patterns see it
(invisible characters gone, odd spaces plain, stripped).  Before cleaning,
headers that a copy glued to the text before them are cut out onto lines of
their own, and a short rule between blank lines is marked as a divider.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from ..types import NumberedLine
from .rules.common import SHORT_RULE

#: A line with its number, its text as copied, and its text as the patterns see it.
Line = tuple[int, str, str]

# Characters that copy along with the text but mean nothing to a pattern.
# U+FFFC stands where a page had an image (an avatar, an emoji drawn as a picture).
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u200e\u200f\u2060\ufe0f\ufeff\u202a\u202b\u202c\ufffc"))
_SPACES = dict.fromkeys(map(ord, "\u00a0\u202f\u2007"), " ")
_CLEAN_TABLE = {**_INVISIBLE, **_SPACES}


def clean(text: str) -> str:
    """A line as the patterns see it: invisible characters gone, odd spaces plain, stripped."""
    if text.isascii():
        return text.strip()
    return text.translate(_CLEAN_TABLE).strip()


# Characters that belong to the emoji before them ("5\ufe0f\u20e3", "🏳\ufe0f\u200d🌈").
_EMOJI_GLUE = "\ufe0f\u200d"


def as_written(raw: str, start: int, end: int) -> str:
    """The part of ``raw`` that became ``clean(raw)[start:end]``, with the characters cleaning took out.

    Names are shown as their owners wrote them ("Matteo 5️⃣0️⃣", a contact's narrow space), while the
    patterns see them cleaned.
    """
    if raw.isascii():
        lead = len(raw) - len(raw.lstrip())
        return raw[lead + start : lead + end]
    kept = [at for at, character in enumerate(raw) if ord(character) not in _INVISIBLE]
    spaced = "".join(raw[at] for at in kept).translate(_SPACES)
    lead = len(spaced) - len(spaced.lstrip())
    first, last = kept[lead + start], kept[lead + end - 1] + 1
    while last < len(raw) and raw[last] in _EMOJI_GLUE:
        last += 1
    return raw[first:last]


# --- detection -----------------------------------------------------------------


def prepare(lines: Iterable[NumberedLine], unglue: re.Pattern[str] | None = None) -> Iterator[Line]:
    """Numbered lines as the engine reads them: cut where headers were glued, cleaned, dividers marked."""
    if unglue is not None:
        lines = unglued(lines, unglue)
    return mark_dividers((number, text, clean(text)) for number, text in lines)


def unglued(lines: Iterable[NumberedLine], glued: re.Pattern[str]) -> Iterator[NumberedLine]:
    """The lines, each cut before and after what ``glued`` finds: a header or a control that the copy glued
    to the text around it.  The pieces keep the line's number."""
    for number, text in lines:
        cut = 0
        for match in glued.finditer(text):
            for at in (match.start(), match.end()):
                if cut < at < len(text):
                    yield number, text[cut:at]
                    cut = at
        yield number, text[cut:]


# What a short rule between blank lines is seen as: a divider.
_DIVIDER_SEEN = "-----"


def mark_dividers(cleaned: Iterator[Line]) -> Iterator[Line]:
    """The lines, with a short rule ("---") between two blank lines seen as a divider between pastes."""
    previous: Line | None = None
    pending: Line | None = None
    for line in cleaned:
        if pending is not None:
            blank_around = previous is not None and not previous[2] and not line[2]
            yield (pending[0], pending[1], _DIVIDER_SEEN) if blank_around else pending
            previous, pending = pending, None
        if SHORT_RULE.match(line[2]):
            pending = line
            continue
        yield line
        previous = line
    if pending is not None:
        yield pending
