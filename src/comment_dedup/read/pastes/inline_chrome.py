"""Page chrome that a copy puts on the same line as the comment's text.

Some copies flatten the controls onto the text's line::

    Great point, thanks! Like · Reply · 2h          (Facebook, copied on a phone)
    see you at the standup (edited)                 (Discord, Slack)
    50 <U+200E>image omitted                       (WhatsApp's export of a photo's caption)
    Lovely shot · 12 likes                          (Instagram)
    NOT off to a good start.29 replies              (Slack: a thread's counter glued to its first message)
    Top fan Thanks for the tip                      (Facebook badge before the text)

These are taken off the line, so that copies differing only by them are one
comment and no comment shows them as text.  Only these exact shapes at the
very end (or, for badges, the very start) of a line are taken: a sentence
that says "I'd like to reply to this" keeps every word.  All patterns are
anchored and bounded, so each costs time linear in the line's end only.
"""

from __future__ import annotations

import re

from .rules.vocabulary import COUNT

_AGE = r"\d{1,3} ?(?:s|m|h|d|w|y|mo|yr|min|hr)s?"
_CONTROL = rf"(?:Like|Reply|Share|Send message|See translation|Edited|{_AGE}|{COUNT} (?:likes?|reactions?))"
#: Controls joined by middle dots at a line's end: "Like · Reply · 2h" (two or more, so "Like" alone stays).
_CONTROL_ROW = re.compile(rf"(?<!\s)\s+{_CONTROL}(?: · {_CONTROL}){{1,6}}\Z")
#: A counter after a middle dot at a line's end: " · 12 likes".
_COUNTER = re.compile(rf"(?<!\s)\s+· {COUNT} (?:likes?|repl(?:y|ies)|reactions?)\Z")
#: A chat app's edited marker at a line's end.
_EDITED = re.compile(r"(?<!\s)\s*\((?:edited|Edited)\)\Z")
#: What a chat export leaves after a message's text: a caption's photo, an edit
#: ("50 <U+200E>image omitted", "see you there <This message was edited>").
_CHAT_MARK = re.compile(
    r"(?<!\s)\s*(?:\u200e?(?:image|video|audio|GIF|sticker|document) omitted|<This message was edited>)\Z"
)
#: A thread's reply counter glued to the end of its first message ("...a good start.29 replies", Slack).
_GLUED_REPLIES = re.compile(r"(?<=[.!?)\"”…])\d{1,6} repl(?:y|ies)\Z")
#: A badge a page draws before the first line of a comment.
_BADGE = re.compile(r"\A(?:Top fan|Pinned)\s+(?=\S)")
#: How far from a line's end the end-of-line shapes can start: enough for six controls.
_TAIL_WINDOW = 120


def strip_line_end(line: str) -> str:
    """A line of a comment without the controls, counters or edited marker copied onto its end."""
    head, tail = line[:-_TAIL_WINDOW], line[-_TAIL_WINDOW:]
    # Every shape holds a middle dot or ends with one of these: most lines do neither, and cost two scans in C.
    if "·" not in tail and not tail.endswith((")", ">", "omitted", "reply", "replies")):
        return line
    for pattern in (_CHAT_MARK, _EDITED, _CONTROL_ROW, _COUNTER, _EDITED, _GLUED_REPLIES):
        tail = pattern.sub("", tail)
    stripped = head + tail
    return stripped if stripped.strip() else line


def strip_badge(line: str) -> str:
    """The first line of a pasted comment without a page badge before it ("Top fan ")."""
    return _BADGE.sub("", line, count=1)

