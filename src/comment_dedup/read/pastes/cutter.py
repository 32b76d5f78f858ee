"""The state of the engine while it reads a paste: the comment being read, and where its text ends.

The :class:`Cutter` holds the lines since the last header; a new header
finishes the comment being read (its text cut out by :mod:`.text`), an action
row marks where that text ends, and every line that is not text is counted.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from ..types import Block, ReadReport
from .headers import FoundHeader, author_in_header, author_of_line, find_header
from .lines import Line, as_written, clean
from .previews import ATTACHED
from .rules.common import DELETED, DIVIDER, MEDIA, TRUNCATION
from .rules.types import Anchor, HeaderRule, Kind, Platform
from .rules.vocabulary import NAME_MAX_CHARS, NAME_MAX_WORDS, name_like
from .text import compose, cut_text, is_chrome

DROPPED_BEFORE = "page lines before the comments"
DROPPED_CHROME = "chrome lines"
DROPPED_AFTER = "page lines after the comments"
DROPPED_DELETED = "deleted or collapsed comments"
DROPPED_ADS = "ads"
DROPPED_EVENTS = "system messages"
DROPPED_MEDIA = "media placeholders"

#: Lines kept of a page's preamble: enough for the author and badges of the first header.
PREAMBLE_KEEP = 8
#: This many lines in a row of three characters or fewer are a page's scrambled text, no comment.
SCRAMBLED = 4


@dataclass(frozen=True, slots=True)
class _Header:
    """What the header of the comment being read said."""

    author: str | None
    time: str | None
    kind: Kind = Kind.COMMENT


class Cutter:
    """Holds the comment being read and decides where it ends."""

    def __init__(self, platform: Platform, report: ReadReport, headers: list[range] | None = None) -> None:
        self.platform = platform
        self.report = report
        self.headers = headers
        """When a list, the line numbers of every header found are added to it (to compare readings)."""
        self.header: _Header | None = None
        self.held: list[Line] = []
        self.stop_at: int | None = None
        """Where in ``held`` the action row that ends the text is, once it came."""
        self.after_post = False
        """A line already dropped after the action row said the block is the page's own post."""
        self.post_next = False
        """A line said that the next block is the page's own post."""
        self.scrambling = False
        """Lines of scrambled text are being dropped (see ``scrambled``)."""
        self.comments = 0
        """Comments found so far: until the first one, dropped lines are the page above the comments."""
        self.page_lines_since_comment = 0
        """Non-chrome lines dropped since the last comment: at the end they were the page below the comments."""

    def hold(self, line: Line) -> Iterator[Block]:
        """Keep a line that is not a header; drop what can no longer be a comment's text.

        Yields the comment above an action row that came without a header, on sites where a copy can
        start in the middle of a thread (see ``Platform.headless``).
        """
        text = line[2]
        if text and self.platform.post_start.match(text):
            self.post_next = True
        if self.platform.anchor is Anchor.TAIL:
            platform = self.platform
            if text and not platform.badges.match(text) and not TRUNCATION.match(text) and is_chrome(platform, text):
                # In a tail-anchored copy a comment is the run of text lines ending at its header.
                self.drop_lines([*self.held, line])
                self.held = []
                return
            if self.scrambled(line):
                return
        self.held.append(line)
        if self.platform.anchor is Anchor.TAIL:
            return
        headerless = self.header is None or self.stop_at is not None
        if self.platform.headless and headerless and self.platform.stop.match(text):
            yield from self.headless(len(self.held) - 1)
        if self.header is None:
            if len(self.held) > PREAMBLE_KEEP:
                self.drop_lines([self.held.pop(0)])
        elif self.stop_at is None:
            if self.platform.stop.match(text) or TRUNCATION.match(text) or DIVIDER.match(text):
                self.stop_at = len(self.held) - 1
        elif len(self.held) - self.stop_at > PREAMBLE_KEEP:
            # After the action row only the next header's author lines can matter: keep a few lines.
            dropped = self.held.pop(self.stop_at + 1)
            self.after_post = self.after_post or bool(self.platform.post_end.match(dropped[2]))
            self.drop_lines([dropped])

    def scrambled(self, line: Line) -> bool:
        """Whether ``line`` ends a run of SCRAMBLED lines of a few characters each: what a page that hides
        its timestamps from scrapers (Facebook) copies as.  The run so far is then page text."""
        short = 0 < len(line[2]) <= 3 and not line[2].isdigit()
        if self.scrambling and short:
            self.drop_lines([line])
            return True
        self.scrambling = False
        self.held.append(line)
        tail = self.held[-SCRAMBLED:]
        if len(tail) < SCRAMBLED or not all(0 < len(text) <= 3 and not text.isdigit() for _, _, text in tail):
            self.held.pop()
            return False
        self.drop_lines(self.held)
        self.held, self.scrambling = [], True
        return True

    def headless(self, stop: int) -> Iterator[Block]:
        """The text just above the action row at ``held[stop]``, when no header came before it: a comment
        whose header was not copied (the copy started, or went on, in the middle of the thread)."""
        start = self.stop_at + 1 if self.header is not None and self.stop_at is not None else 0
        region = self.held[start:stop]
        # The comment is the run after the last chrome line or the last two blank lines.
        cut = 0
        for at, (_, _, text) in enumerate(region):
            if (text and is_chrome(self.platform, text)) or (not text and at and not region[at - 1][2]):
                cut = at + 1
        run = region[cut:]
        if not any(text for _, _, text in run):
            return
        # The comment being read ended at its own action row, before this one.
        yield from self.finish(self.held[:start])
        self.header = _Header(None, None)
        self.drop_lines(region[:cut])
        run = [line for line in run if line[2] or line is not run[0]]
        text, truncated = compose(run, False, unindent=self.platform.indented_lists)
        self.comments += 1
        del self.held[:stop]
        self.stop_at = 0
        yield Block(text, next(line for line in run if line[2])[0], truncated)

    def header_at(self, window: Sequence[Line]) -> FoundHeader | None:
        """The header that starts at the window's first line, with where its lead starts in ``held``."""
        return find_header(self.platform, window, self.held, reading=self.header is not None)

    def start(self, rule: HeaderRule, match: re.Match[str], lead_at: int, window: Sequence[Line]) -> Iterator[Block]:
        """Finish the comment being read and start the one whose header was found."""
        first = window[0]
        if self.headers is not None:
            self.headers.append(range(first[0], first[0] + match.group().count("\n") + 1))
        lead = [line for line in self.held[lead_at:] if line[2] and not self.platform.badges.match(line[2])]
        found = match.groupdict()
        found["time"] = found.get("time") or found.get("when")
        author = author_in_header(window, match, rule.raw) or (author_of_line(lead[0]) if lead else None)
        if rule.kind is Kind.CONTINUATION and not found.get("author"):
            author = self.header.author if self.header else None
        if self.platform.anchor is Anchor.TAIL:
            yield from self.finish_tail(rule, found.get("time"))
            return
        yield from self.finish(self.held[:lead_at])
        self.page_lines_since_comment = 0
        self.header = _Header(author, found.get("time"), rule.kind)
        self.held, self.stop_at, self.after_post = [], None, self.post_next
        self.post_next = False
        if found.get("text") and rule.whole:
            # The header's line is the whole comment (a Stack Overflow comment ends with its signature).
            number, raw, _ = first
            text = found["text"]
            at = raw.find(text)
            self.held.append((number, raw[at : at + len(text)] if at >= 0 else text, text))
            yield from self.finish(self.held)
            self.header, self.held = None, []
        elif found.get("text"):
            # A chat log's header line also holds the message's first line, as written.
            number, raw, cleaned = first
            start, end = match.span("text")
            written = raw if rule.raw else as_written(raw, start, end) if cleaned else found["text"]
            self.held.append((number, written, found["text"]))

    def finish_tail(self, rule: HeaderRule, time: str | None) -> Iterator[Block]:
        """A tail header ends the run above it: its first line is the author (when the page names
        one there), the rest the text."""
        run = [line for line in self.held if line[2] and not self.platform.badges.match(line[2])]
        if run and not rule.author_first:
            self.header = _Header(None, time)
            yield from self.finish(self.held)
        elif run:
            # The page's own post may run straight into the first comment: its author is the first
            # line that reads like a name with text below it.
            author = run[0]
            if len(author[2]) > NAME_MAX_CHARS or len(author[2].split()) > NAME_MAX_WORDS:
                author = next((line for line in run[:-1] if name_like(line[2])), author)
            first = self.held.index(author)
            self.drop_lines(self.held[:first])
            self.header = _Header(author_of_line(author), time)
            yield from self.finish(self.held[first + 1 :])
        else:
            self.report.drop(DROPPED_DELETED)
        self.header = None
        self.held = []

    def finish(self, lines: list[Line]) -> Iterator[Block]:
        """Turn the lines after a header into a comment, counting whatever is dropped."""
        header = self.header
        if header is None:
            self.drop_lines(lines)
            return
        if header.kind is Kind.AD:
            self.report.drop(DROPPED_ADS)
            return
        if header.kind is Kind.EVENT:
            self.report.drop(DROPPED_EVENTS)
            return
        body, truncated, dropped, byline = cut_text(self.platform, lines, after_post=self.after_post)
        if byline is not None:
            header = dataclasses.replace(header, author=byline)
        if body:
            self.comments += 1
        self.drop_lines(dropped)
        if body is None:
            # No text: a deleted or collapsed comment, or a message that was only a file.
            attached = any(ATTACHED.match(text) for _, _, text in lines)
            self.report.drop(DROPPED_MEDIA if attached else DROPPED_DELETED)
        if not body:
            return
        text, truncated = compose(body, truncated, unindent=self.platform.indented_lists)
        if self.platform.events.match(text) or MEDIA.match(clean(text)):
            # The app talking, or a photo with no caption: read, counted, no comment.
            self.comments -= 1
            self.report.drop(DROPPED_EVENTS if self.platform.events.match(text) else DROPPED_MEDIA)
            return
        yield Block(text, body[0][0], truncated, header.author, header.time)

    def drop_lines(self, lines: list[Line]) -> None:
        """Count lines that are not comments: the page around them, chrome, or markers of deleted comments."""
        for _, _, text in lines:
            if DELETED.match(text):
                self.report.drop(DROPPED_DELETED)
            elif not text:
                continue
            elif self.comments == 0 and (self.header is None or self.after_post):
                # Nothing but the page so far: its navigation, its own post.
                self.report.drop(DROPPED_BEFORE)
            else:
                self.report.drop(DROPPED_CHROME)
                if not is_chrome(self.platform, text):
                    self.page_lines_since_comment += 1

    def end(self) -> None:
        """At the end of the paste: page text dropped after the last comment was the page below the comments."""
        moved = self.page_lines_since_comment
        if moved:
            self.report.drop(DROPPED_CHROME, -moved)
            self.report.drop(DROPPED_AFTER, moved)
            if not self.report.dropped[DROPPED_CHROME]:
                del self.report.dropped[DROPPED_CHROME]
