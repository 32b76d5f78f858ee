"""Link previews and attachments in a chat message: the app drew them, nobody typed them.

A link is followed by its preview card (the linked site's name, a title, a
description, an "Image" line); files show as their names, "3 files", or their
content inline.  :func:`without_previews` tells them from the message's text.
"""

from __future__ import annotations

import re

from .lines import Line
from .rules.common import ATTACHMENT, ATTACHMENTS_START
from .rules.types import whole

#: A preview's first line names the site: a few words.
PREVIEW_LABEL_CHARS = 40
_URL_HOST = re.compile(r"https?://(?:www\.)?([^/\s?#]{1,200})")
_WORDS = re.compile(r"[a-z0-9]+")
# Short links whose host does not say the site's name.
_HOST_ALIASES = {"youtu": "youtube", "goo": "google", "maps": "google"}
PREVIEW_END = whole(r"Image")
#: A line that says a message carried a file.
ATTACHED = whole(ATTACHMENT, r"Attachment file type: .{1,40}", r"\d+ files", r"Image")
EDITED_MARK = ("(edited)", "(Edited)")


def without_previews(body: list[Line]) -> tuple[list[Line], list[Line]]:
    """A message's lines without the link previews in them, and the previews' lines.

    A preview starts on the line after a link with the linked site's name ("GitHub" under a
    github.com link, "signal.group", "YouTube" under youtu.be), or with a title shown twice, and
    runs to an "Image" line or to the end of the message.  Only such a line starts one, so text
    after a link stays text.  An attached file shown inline starts with a byte-order mark and runs
    to the end.
    """
    kept: list[Line] = []
    cards: list[Line] = []
    at = 0
    while at < len(body):
        line = body[at]
        if at and (line[1].startswith("\ufeff") or ATTACHMENTS_START.match(line[2])):
            # Attached files: "3 files", or one shown inline (typed text never holds a byte-order mark).
            return kept, cards + body[at:]
        kept.append(line)
        at += 1
        if line[2].endswith(EDITED_MARK):
            # The app marks the end of an edited message's text: what follows is its attachments.
            return kept, cards + body[at:]
        hosts = _URL_HOST.findall(line[2])
        if hosts and at < len(body) and (_names_site(body[at][2], hosts[-1]) or _repeated(body, at)):
            end = at
            while end < len(body) and not PREVIEW_END.match(body[end][2]):
                end += 1
            end = min(end + 1, len(body))
            cards += body[at:end]
            at = end
    return kept, cards


def _repeated(body: list[Line], at: int) -> bool:
    """Whether the line at ``at`` comes twice in a row: a card's title shown twice (a map's place)."""
    return at + 1 < len(body) and bool(body[at][2]) and body[at][2] == body[at + 1][2]


def _names_site(label: str, host: str) -> bool:
    """Whether a short line names the site of ``host`` ("Google Docs" for docs.google.com)."""
    if not label or len(label) > PREVIEW_LABEL_CHARS:
        return False
    site = {_HOST_ALIASES.get(word, word) for word in _WORDS.findall(host.lower()) if len(word) > 2}
    return bool(site & set(_WORDS.findall(label.lower())))
