"""Chat logs: one message per line that starts with a time and a name.

Chat apps export or copy a conversation as lines that each start a message::

    [07.06.23, 20:47:53] Norbert: 27                     (WhatsApp on iOS)
    07/06/2023, 20:47 - Norbert: 27                      (WhatsApp on Android)
    15:27 <+Complication> Moving to CVS build -6 ...     (IRC, irssi and others)
    09:41:00 From Ramiz to Everyone:                     (Zoom's saved chat; text on the next lines)
    Michael Delaney  [2:10 PM]                           (Slack's older copy)
    Pins, [09.03.19 11:16]                               (Telegram Desktop)

Lines without such a start continue the message above.  The shape is learned
from the sample: the shape that starts most lines wins.  Lines that start
with a time but are the app talking (``-!- x has joined``, WhatsApp's notices
marked with a left-to-right mark) are system messages: counted, never comments.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from .lines import clean
from .rules.common import CHAT_CHROME, SHARED_FROM
from .rules.types import NOTHING, HeaderRule, Kind, Platform, whole
from .rules.vocabulary import CLOCK, DATE

#: Lines that must start messages before a paste is taken for a chat log.
MIN_MESSAGES = 3
#: ... and the share of non-blank lines they must be (long messages can span many lines).
MIN_SHARE = 0.05

_STAMP = rf"(?:(?:{DATE}),? )?{CLOCK}"
_NAME = r"[^\s:<>\[\]][^:\n<>\[\]]{0,59}?"


@dataclass(frozen=True, slots=True)
class ChatShape:
    """One way chat apps start a message line."""

    shape: str
    """The shape in words, for the user: ``[TIME] NAME: TEXT``."""
    message: str
    """Pattern of a line that starts a message (groups ``time``, ``author``, ``text``)."""
    continuation: str | None = None
    """Pattern of a line that starts another message by the same author."""
    events: tuple[str, ...] = ()
    """Patterns of lines that are system messages; ``raw`` ones see invisible characters."""
    raw_events: tuple[str, ...] = ()
    glued: str | None = None
    """Pattern of a message start that a copy glued to the end of the line before it."""


SHAPES = (
    ChatShape(
        "[TIME] NAME: TEXT",
        rf"\[(?P<time>{_STAMP})\] (?P<author>{_NAME}): ?(?P<text>.*)",
        # WhatsApp marks its own notices (joins, deletions, omitted media) with U+200E after the name.
        raw_events=(r"\u200e?\[[^\]\n]{1,40}\] [^:\n]{1,60}: \u200e",),
    ),
    ChatShape(
        "TIME - NAME: TEXT",
        rf"(?P<time>{_STAMP}) - (?P<author>{_NAME}): (?P<text>.*)",
        # WhatsApp on Android writes its notices with no sender: "12:01 - Ana added Bo".
        events=(rf"{_STAMP} - [^:\n]*",),
    ),
    ChatShape(
        "TIME <NAME> TEXT",
        rf"\[?(?P<time>{CLOCK})\]? ?<[ @+%&~]?(?P<author>[^>\s]{{1,40}})> ?(?P<text>.*)",
        continuation=rf"\[?(?P<time>{CLOCK})\]? {{1,2}}\* (?P<author>\S{{1,40}}) (?P<text>.*)",
        # irssi also logs "--- Day changed ..." and "--- Log opened ..." without a time.
        events=(rf"\[?{CLOCK}\]? ?(?:-!-|\*\*\*|-->|<--|--) .*", r"--- (?:Day changed|Log opened|Log closed) .*"),
    ),
    ChatShape(
        "TIME From NAME: TEXT",
        rf"(?P<time>{CLOCK})\s{{1,4}}From\s{{1,3}}(?P<author>[^:\n]{{1,80}}?)(?: to [^:\n]{{1,80}}?)? ?: ?(?P<text>.*)",
    ),
    ChatShape(
        "NAME [TIME]",
        rf"(?P<author>{_NAME}) {{1,3}}\[(?P<time>{CLOCK})\] ?(?P<text>.*)",
        continuation=rf"\[(?P<time>{CLOCK})\] ?(?P<text>.*)",
        # Slack's older copy glues the next message to a card or a counter: "...Added by a botAna Ruiz  [4:30 PM]",
        # "...30 repliesBen Ode  [2:15 PM]".  A name's words have no capital inside, so "CaseAna Ruiz" is "Ana Ruiz".
        glued=rf"(?:[A-Z][a-z'’.-]*(?: [A-Z][a-z'’.-]*){{0,3}}[\u00a0 ]{{2}})?\[{CLOCK}\]|{SHARED_FROM}",
    ),
    ChatShape("NAME, [TIME]", rf"(?P<author>{_NAME}), \[(?P<time>{_STAMP})\]"),
)


@dataclass(frozen=True, slots=True)
class LearnedChat:
    """A chat log's shape, and the Platform that reads it."""

    platform: Platform
    shape: str
    messages: int
    """Message lines found in the sample."""


def infer_chat(sample: Sequence[str]) -> LearnedChat | None:
    """The chat-log shape that starts most lines of ``sample``, or None when none starts enough."""
    lines = [clean(text) for text in sample]
    filled = sum(1 for text in lines if text)
    best: tuple[int, ChatShape] | None = None
    for shape in SHAPES:
        message = re.compile(shape.message + r"\Z")
        count = sum(1 for text in lines if message.match(text))
        if count >= MIN_MESSAGES and count >= MIN_SHARE * filled and (best is None or count > best[0]):
            best = (count, shape)
    if best is None:
        return None
    count, shape = best
    return LearnedChat(_platform(shape), shape.shape, count)


def _platform(shape: ChatShape) -> Platform:
    """Every line after a message's start is its text: a chat has no controls to leave out."""
    # Events are recognised by how their line starts, whatever follows.
    headers = [HeaderRule(re.compile(rf"\A{pattern}"), kind=Kind.EVENT, raw=True) for pattern in shape.raw_events]
    headers += [HeaderRule(_line(pattern), kind=Kind.EVENT) for pattern in shape.events]
    headers.append(HeaderRule(_line(shape.message)))
    if shape.continuation:
        headers.append(HeaderRule(_line(shape.continuation), kind=Kind.CONTINUATION))
    return Platform(
        "chat-log",
        "a chat log",
        headers=tuple(headers),
        fingerprints=NOTHING,
        chrome=whole(*CHAT_CHROME),
        stop=NOTHING,
        head=whole(r"\[Forwarded from .{1,80}\]", r"Forwarded from .{1,80}"),
        # A forwarded message was written by the one it was forwarded from.
        byline=re.compile(r"\[?Forwarded from (?P<author>[^\]\n]{1,80})\]?\Z"),
        unglue=re.compile(shape.glued) if shape.glued else None,
        badges=NOTHING,
    )


def _line(pattern: str) -> re.Pattern[str]:
    return re.compile(rf"\A(?:{pattern})$", re.MULTILINE)
