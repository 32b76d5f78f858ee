"""A comment's text out of the lines between its header and the next: what is kept, what is chrome.

After a header come what is left of it (an edit mark, badges, a flair), the
text, an action row that ends it, and chrome; a page's own post or a deleted
comment look alike but are no comment.  :func:`cut_text` tells these apart;
:func:`compose` makes the text the user sees from the lines kept.
"""

from __future__ import annotations

import re
from textwrap import dedent
from typing import NamedTuple

from .inline_chrome import strip_badge, strip_line_end
from .lines import Line
from .previews import without_previews
from .rules.common import DELETED, DIVIDER, ELLIPSES, SUFFIX_WINDOW, TRUNCATION, TRUNCATION_SUFFIX
from .rules.types import Platform

#: How a page that indents a list's items copies them (``Platform.indented_lists``).
LIST_INDENT = "    "
_NUMBER = re.compile(r"[+-]?\d[\d,.]{0,12}\Z")


class TextCut(NamedTuple):
    """What the lines after a header hold."""

    body: list[Line] | None
    """The text's lines; None for a deleted or collapsed comment, empty for the page's own post."""
    truncated: bool
    """The page cut the text off ("Read more")."""
    dropped: list[Line]
    """The chrome lines around the text."""
    author: str | None
    """An author named between the header and the text (``Platform.byline``), if any."""


def is_chrome(platform: Platform, text: str) -> bool:
    """Whether a cleaned non-blank line is page chrome rather than anyone's words."""
    patterns = (platform.chrome, platform.stop, platform.head, platform.badges, TRUNCATION, DELETED)
    return any(pattern.match(text) for pattern in patterns)


def is_head_chrome(platform: Platform, text: str) -> bool:
    """Whether a line between a header and the text is what is left of the header."""
    return bool(platform.head.match(text) or platform.chrome.match(text) or platform.badges.match(text))


def is_tail_chrome(platform: Platform, text: str) -> bool:
    """Whether a line after the text is chrome, or stands for a deleted comment that follows."""
    return bool(platform.chrome.match(text) or DELETED.match(text))


def cut_text(platform: Platform, lines: list[Line], *, after_post: bool) -> TextCut:
    """The text lines of a comment, whether the page cut it off, and the chrome lines around it.

    ``after_post`` says that a line dropped after the action row already showed the block to be the
    page's own post.
    """
    head, author = skip_head(platform, lines, 0)
    leftover = 0  # where the lines after the header may hold text: after a flair
    if platform.flairs and is_flair(platform, lines, head):
        leftover = head + 1
        head, author = skip_head(platform, lines, leftover, author)
    end, truncated = text_end(platform, lines, head)
    tail = end
    while tail > head and (not lines[tail - 1][2] or is_tail_chrome(platform, lines[tail - 1][2])):
        tail -= 1
    if head == tail and platform.bare_counts:
        stop = next((at for at, (_, _, text) in enumerate(lines) if platform.stop.match(text)), None)
        if stop is not None:
            head, tail = lone_number(platform, lines[:stop], leftover, head, tail)
    body = lines[head:tail]
    dropped = lines[:head] + lines[tail:]
    if platform.previews:
        body, cards = without_previews(body)
        dropped += cards
    ends_post = bool(body) and platform.post_last.match(body[-1][2]) is not None
    if ends_post or after_post or any(platform.post_end.match(text) for _, _, text in lines[tail:]):
        # The page's own post looks like a comment but is followed by the page's comment count.
        return TextCut([], False, lines, author)
    if all(DELETED.match(text) for _, _, text in body):
        # Nothing but a "[deleted]" marker, or a header with no text at all (a collapsed comment).
        return TextCut(None, False, [line for line in dropped if not DELETED.match(line[2])], author)
    return TextCut(body, truncated, dropped, author)


def text_end(platform: Platform, lines: list[Line], head: int) -> tuple[int, bool]:
    """Where the text that starts at ``head`` ends (an action row, a divider, a cut-off marker), and
    whether the page cut it off there."""
    end = head
    while end < len(lines) and not (platform.stop.match(lines[end][2]) or DIVIDER.match(lines[end][2])):
        if TRUNCATION.match(lines[end][2]):
            return end, True
        end += 1
    return end, False


def skip_head(platform: Platform, lines: list[Line], head: int, author: str | None = None) -> tuple[int, str | None]:
    """Where the text starts after what is left of the header, from ``head`` on, and the author that a
    leftover names (``Platform.byline``: "[Forwarded from Ana]"), else ``author``."""
    while head < len(lines) and (not lines[head][2] or is_head_chrome(platform, lines[head][2])):
        byline = platform.byline.match(lines[head][2])
        if byline:
            author = byline["author"]
        head += 1
    return head, author


def is_flair(platform: Platform, lines: list[Line], head: int) -> bool:
    """Whether the line at ``head`` is one of the paste's flairs, with more text right below it."""
    if head + 1 >= len(lines) or not lines[head + 1][2]:
        return False
    return platform.flair.match(lines[head][2]) is not None


def lone_number(platform: Platform, lines: list[Line], leftover: int, head: int, tail: int) -> tuple[int, int]:
    """Where a comment that is only a number sits among the lines before its action row, after what
    is left of its header from ``leftover`` on ("What is your IQ?" "145"), or the empty span
    ``head:tail`` when there is none."""
    badges = platform.badges
    filled = [at for at, (_, _, text) in enumerate(lines) if at >= leftover and text and not badges.match(text)]
    if len(filled) == 1 and _NUMBER.match(lines[filled[0]][2]):
        return filled[0], filled[0] + 1
    return head, tail


def compose(body: list[Line], truncated: bool, *, unindent: bool = False) -> tuple[str, bool]:
    """A comment's text from its lines as copied, and whether the page cut it off.

    Indentation relative to the comment is kept (code blocks), unless ``unindent`` says the page
    indents list items; runs of blank lines become one; chrome copied onto a line ("(edited)",
    "Like · Reply · 2h", a "Top fan" badge before the text) and "…see more" at the very end are
    removed, and so is the ellipsis where a cut-off text ends.
    """
    lines: list[str] = []
    for _, raw, text in body:
        if text or (lines and lines[-1]):
            line = strip_line_end(raw.rstrip()).rstrip() if text else ""
            lines.append(line.removeprefix(LIST_INDENT) if unindent else line)
    lines[0] = strip_badge(lines[0])
    last = lines[-1]
    tail = last[-SUFFIX_WINDOW:]
    marker = TRUNCATION_SUFFIX.search(tail)
    if marker:
        last = last[: len(last) - len(tail) + marker.start()].rstrip()
    if marker or truncated:
        last = last.removesuffix(ELLIPSES[0]).removesuffix(ELLIPSES[1]).rstrip()
    lines[-1] = last
    return dedent("\n".join(lines)).strip("\n"), truncated or marker is not None
