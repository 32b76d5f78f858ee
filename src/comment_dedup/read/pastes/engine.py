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
(:mod:`.rules`) describes it, keeps the lines up to the action row as the
comment's text (:mod:`.text`), and counts every line it drops so that the user
is told.  Lines are read one at a time; only the comment being read and a few
lines of look-ahead are held.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections import deque
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from ..types import Block, NumberedLine, ReadReport
from .lines import Line, as_written, clean, prepare
from .previews import ATTACHED
from .rules.common import DELETED, DIVIDER, MEDIA, TRUNCATION
from .rules.types import Anchor, HeaderRule, Kind, Platform
from .rules.vocabulary import NAME_MAX_CHARS, NAME_MAX_WORDS, name_like, tidy_author
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


class _Cutter:
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

    def header_at(self, window: Sequence[Line]) -> tuple[HeaderRule, re.Match[str], int] | None:
        """The header that starts at the window's first line, with where its lead starts in ``held``."""
        joined = "\n".join(text for _, _, text in window)
        for rule in self.platform.headers:
            match = rule.pattern.match(window[0][1] if rule.raw else joined)
            if match is None:
                continue
            lead_at = self.lead_start(rule)
            if lead_at is not None:
                return rule, match, lead_at
        return None

    def lead_start(self, rule: HeaderRule) -> int | None:
        """Where in ``held`` the lines naming the author start, or None when ``rule`` does not fit."""
        held, badges = self.held, self.platform.badges
        start, names = len(held), 0
        while start > 0 and names < rule.lead:
            text = held[start - 1][2]
            if (text and badges.match(text)) or (not text and rule.gaps):
                start -= 1
            elif not text or (is_chrome(self.platform, text) and not DELETED.match(text)):
                # "[deleted]" stands where a deleted comment's author was.
                break
            else:
                names, start = names + 1, start - 1
        if rule.lead and not names:
            return None
        if rule.author is not None and not rule.author.match(held[start][2]):
            return None
        # Before the first comment the page's own text may end anywhere, so there any line bounds a header.
        bounded = rule.bounded and self.header is not None
        if bounded and start > 0 and held[start - 1][2] and not is_chrome(self.platform, held[start - 1][2]):
            return None
        return start

    def start(self, rule: HeaderRule, match: re.Match[str], lead_at: int, window: Sequence[Line]) -> Iterator[Block]:
        """Finish the comment being read and start the one whose header was found."""
        first = window[0]
        if self.headers is not None:
            self.headers.append(range(first[0], first[0] + match.group().count("\n") + 1))
        lead = [line for line in self.held[lead_at:] if line[2] and not self.platform.badges.match(line[2])]
        found = match.groupdict()
        found["time"] = found.get("time") or found.get("when")
        author = _author(window, match, rule.raw) or (_written_line(lead[0]) if lead else None)
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
            self.header = _Header(_written_line(author), time)
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


def _written_line(line: Line) -> str:
    """A whole line that names an author, as written, without the page's badges beside the name."""
    return tidy_author(as_written(line[1], 0, len(line[2])))


def _author(window: Sequence[Line], match: re.Match[str], matched_raw: bool) -> str | None:
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


def split(platform: Platform, lines: Iterator[NumberedLine], report: ReadReport) -> Iterator[Block]:
    """Cut a pasted comment section of ``platform`` into comments, lazily."""
    return read_lines(platform, prepare(lines, platform.unglue), report)


def read_lines(
    platform: Platform, cleaned: Iterator[Line], report: ReadReport, headers: list[range] | None = None
) -> Iterator[Block]:
    cutter = _Cutter(platform, report, headers)
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


def _after_opening(opening: re.Pattern[str], cleaned: Iterator[Line], cutter: _Cutter) -> Iterator[Line]:
    """The lines after the heading above the comments; the heading and the page above it are dropped."""
    for line in cleaned:
        cutter.drop_lines([line])
        if opening.match(line[2]):
            break
    yield from cleaned
