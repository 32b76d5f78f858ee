"""Pasted comment sections of web platforms: detect the platform, cut out the comments.

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

One engine reads every platform, driven by the tables in
:mod:`comment_dedup.chrome`: it finds each comment's header (author and time),
keeps the lines up to the action row as the comment's text, and counts every
line it drops so that the user is told.  Lines are read one at a time; only
the comment being read and a few lines of look-ahead are held.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections import Counter, deque
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from textwrap import dedent
from typing import TYPE_CHECKING

from .chrome import (
    ATTACHMENT,
    ATTACHMENTS_START,
    DELETED,
    DIVIDER,
    ELLIPSES,
    MEDIA,
    PLATFORMS,
    SHORT_RULE,
    SUFFIX_WINDOW,
    TRUNCATION,
    TRUNCATION_SUFFIX,
    Anchor,
    HeaderRule,
    Kind,
    Platform,
    whole,
)
from .inline_chrome import strip_badge, strip_line_end
from .reader import Block, ReadReport
from .vocabulary import COMMON_CHROME, NAME_MAX_CHARS, NAME_MAX_WORDS, TIME_LINE, name_like, tidy_author

if TYPE_CHECKING:
    from .reader import NumberedLine

#: A comment found in the sample is worth this many fingerprint lines.
COMMENT_WEIGHT = 3
#: Comments a sample must hold before a platform is considered at all.
MIN_COMMENTS = 2
#: The winner's score must be at least this many times the runner-up's.
MARGIN = 2.0
#: Lines of a site's words a paste must hold before its layout is learned with them as hints.
MIN_HINT_LINES = 5
_GENERIC = whole(*COMMON_CHROME, flags=re.IGNORECASE)

#: A line with its number, its text as copied, and its text as the patterns see it.
_Line = tuple[int, str, str]

DROPPED_BEFORE = "page lines before the comments"
DROPPED_CHROME = "chrome lines"
DROPPED_AFTER = "page lines after the comments"
DROPPED_DELETED = "deleted or collapsed comments"
DROPPED_ADS = "ads"
DROPPED_EVENTS = "system messages"
DROPPED_MEDIA = "media placeholders"

# Characters that copy along with the text but mean nothing to a pattern.
# U+FFFC stands where a page had an image (an avatar, an emoji drawn as a picture).
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u200e\u200f\u2060\ufe0f\ufeff\u202a\u202b\u202c\ufffc"))
_SPACES = dict.fromkeys(map(ord, "\u00a0\u202f\u2007"), " ")
_CLEAN_TABLE = {**_INVISIBLE, **_SPACES}


_NUMBER = re.compile(r"[+-]?\d[\d,.]{0,12}\Z")


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


def _comments_found(platform: Platform, lines: Sequence[_Line]) -> int:
    """How many comments (kept or dropped as deleted) reading ``lines`` as ``platform`` finds.

    Only comments whose author was found count: a time on a line of its own ("0:07" in a video's
    transcript) makes a header for some sites, but their comments name who wrote them.
    """
    report = ReadReport()
    kept = sum(1 for block in _split_cleaned(platform, iter(lines), report) if block.author is not None)
    return kept + report.dropped.get(DROPPED_DELETED, 0)


def score(platform: Platform, lines: Sequence[_Line]) -> int:
    """How strongly numbered, cleaned ``lines`` look like a copy of ``platform``'s page; 0 without comments."""
    comments = _comments_found(platform, lines)
    if comments < MIN_COMMENTS:
        return 0
    fingerprints = sum(1 for _, _, text in lines if platform.fingerprints.match(text))
    return COMMENT_WEIGHT * comments + fingerprints


def detect(sample: Sequence[str]) -> Platform | None:
    """The platform ``sample`` was clearly copied from, or None."""
    lines = list(prepare(enumerate(sample, start=1)))
    scores = sorted(
        ((score(platform, lines if platform.unglue is None else list(prepare(enumerate(sample, 1), platform.unglue))),
          platform) for platform in PLATFORMS),
        key=lambda pair: -pair[0],
    )
    (best, winner), (second, _) = scores[0], scores[1]
    if best == 0 or best < MARGIN * second:
        return None
    return winner


def resembles(sample: Sequence[str]) -> Platform | None:
    """The platform whose words ``sample`` clearly uses, though its rule finds no comments there.

    A new design of a site keeps the site's words ("Reply", "'s profile picture", "Share ›") while
    its headers change: the layout is then learned from the paste, with this site's words as hints.
    """
    # Words every site uses ("Reply", "Report", a count) and times say nothing of which site it is.
    lines = [text for text in map(clean, sample) if text and not _GENERIC.match(text) and not TIME_LINE.fullmatch(text)]
    counts = sorted(
        ((sum(1 for text in lines if platform.fingerprints.match(text)), platform) for platform in PLATFORMS),
        key=lambda pair: -pair[0],
    )
    (best, winner), (second, _) = counts[0], counts[1]
    return winner if best >= MIN_HINT_LINES and best >= MARGIN * second else None


@dataclass(frozen=True, slots=True)
class SampleReading:
    """What reading a sample as one platform finds: its comments, and the lines of their headers."""

    blocks: list[Block]
    headers: list[range]


def split_sample(platform: Platform, sample: Sequence[str]) -> SampleReading:
    """Read a sample's lines as ``platform`` (to compare ways of reading it)."""
    lines = list(prepare(enumerate(sample, start=1), platform.unglue))
    headers: list[range] = []
    blocks = list(_split_cleaned(platform, iter(lines), ReadReport(), headers))
    return SampleReading(blocks, headers)


# --- splitting -----------------------------------------------------------------

#: Lines kept of a page's preamble: enough for the author and badges of the first header.
PREAMBLE_KEEP = 8
#: A preview's first line names the site: a few words.
PREVIEW_LABEL_CHARS = 40
#: How a page that indents a list's items copies them (``Platform.indented_lists``).
LIST_INDENT = "    "
#: A flair is a label: this short at most, and not ending like a sentence or an introduction (":");
#: and it labels several comments.
FLAIR_MAX_CHARS = 40
FLAIR_REPEATS = 2
FLAIR_END = re.compile(r"[.!?;,:…)\]\"”]\Z")
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
        self.held: list[_Line] = []
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

    def is_chrome(self, text: str) -> bool:
        """Whether a cleaned non-blank line is page chrome rather than anyone's words."""
        platform = self.platform
        patterns = (platform.chrome, platform.stop, platform.head, platform.badges, TRUNCATION, DELETED)
        return any(pattern.match(text) for pattern in patterns)

    def hold(self, line: _Line) -> Iterator[Block]:
        """Keep a line that is not a header; drop what can no longer be a comment's text.

        Yields the comment above an action row that came without a header, on sites where a copy can
        start in the middle of a thread (see ``Platform.headless``).
        """
        text = line[2]
        if text and self.platform.post_start.match(text):
            self.post_next = True
        if self.platform.anchor is Anchor.TAIL:
            platform = self.platform
            if text and not platform.badges.match(text) and not TRUNCATION.match(text) and self.is_chrome(text):
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

    def scrambled(self, line: _Line) -> bool:
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
            if (text and self.is_chrome(text)) or (not text and at and not region[at - 1][2]):
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

    def header_at(self, window: Sequence[_Line]) -> tuple[HeaderRule, re.Match[str], int] | None:
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
            elif not text or (self.is_chrome(text) and not DELETED.match(text)):
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
        if bounded and start > 0 and held[start - 1][2] and not self.is_chrome(held[start - 1][2]):
            return None
        return start

    def start(self, rule: HeaderRule, match: re.Match[str], lead_at: int, window: Sequence[_Line]) -> Iterator[Block]:
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

    def finish(self, lines: list[_Line]) -> Iterator[Block]:
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
        body, truncated, dropped = self.cut(lines)
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
        header = self.header or header  # the text's own lines may have named its author (``Platform.byline``)
        if self.platform.events.match(text) or MEDIA.match(clean(text)):
            # The app talking, or a photo with no caption: read, counted, no comment.
            self.comments -= 1
            self.report.drop(DROPPED_EVENTS if self.platform.events.match(text) else DROPPED_MEDIA)
            return
        yield Block(text, body[0][0], truncated, header.author, header.time)

    def cut(self, lines: list[_Line]) -> tuple[list[_Line] | None, bool, list[_Line]]:
        """The text lines of a comment, whether the page cut it off, and the chrome lines around it.

        The text is None for a deleted or collapsed comment, and empty for the page's own post.
        """
        platform = self.platform
        head = self.skip_head(lines, 0)
        leftover = 0  # where the lines after the header may hold text: after a flair
        if platform.flairs and self.is_flair(lines, head):
            leftover = head + 1
            head = self.skip_head(lines, leftover)
        end, truncated = head, False
        while end < len(lines) and not (platform.stop.match(lines[end][2]) or DIVIDER.match(lines[end][2])):
            if TRUNCATION.match(lines[end][2]):
                truncated = True
                break
            end += 1
        tail = end
        while tail > head and (not lines[tail - 1][2] or self.is_tail_chrome(lines[tail - 1][2])):
            tail -= 1
        if head == tail and platform.bare_counts:
            stop = next((at for at, (_, _, text) in enumerate(lines) if platform.stop.match(text)), None)
            if stop is not None:
                head, tail = self.lone_number(lines[:stop], leftover, head, tail)
        body = lines[head:tail]
        dropped = lines[:head] + lines[tail:]
        if platform.previews:
            body, cards = without_previews(body)
            dropped += cards
        ends_post = bool(body) and platform.post_last.match(body[-1][2]) is not None
        if ends_post or self.after_post or any(platform.post_end.match(text) for _, _, text in lines[tail:]):
            # The page's own post looks like a comment but is followed by the page's comment count.
            return [], False, lines
        if all(DELETED.match(text) for _, _, text in body):
            # Nothing but a "[deleted]" marker, or a header with no text at all (a collapsed comment).
            return None, False, [line for line in dropped if not DELETED.match(line[2])]
        return body, truncated, dropped

    def skip_head(self, lines: list[_Line], head: int) -> int:
        """Where the text starts after what is left of the header, from ``head`` on; a leftover that
        names the author (``Platform.byline``) makes it the comment's author."""
        while head < len(lines) and (not lines[head][2] or self.is_head_chrome(lines[head][2])):
            byline = self.platform.byline.match(lines[head][2])
            if byline and self.header is not None:
                self.header = dataclasses.replace(self.header, author=byline["author"])
            head += 1
        return head

    def is_flair(self, lines: list[_Line], head: int) -> bool:
        """Whether the line at ``head`` is one of the paste's flairs, with more text right below it."""
        if head + 1 >= len(lines) or not lines[head + 1][2]:
            return False
        return self.platform.flair.match(lines[head][2]) is not None

    def lone_number(self, lines: list[_Line], leftover: int, head: int, tail: int) -> tuple[int, int]:
        """Where a comment that is only a number sits among the lines before its action row, after what
        is left of its header from ``leftover`` on ("What is your IQ?" "145"), or the empty span
        ``head:tail`` when there is none."""
        badges = self.platform.badges
        filled = [at for at, (_, _, text) in enumerate(lines) if at >= leftover and text and not badges.match(text)]
        if len(filled) == 1 and _NUMBER.match(lines[filled[0]][2]):
            return filled[0], filled[0] + 1
        return head, tail

    def is_head_chrome(self, text: str) -> bool:
        """Whether a line between a header and the text is what is left of the header."""
        platform = self.platform
        return bool(platform.head.match(text) or platform.chrome.match(text) or platform.badges.match(text))

    def is_tail_chrome(self, text: str) -> bool:
        """Whether a line after the text is chrome, or stands for a deleted comment that follows."""
        return bool(self.platform.chrome.match(text) or DELETED.match(text))

    def drop_lines(self, lines: list[_Line]) -> None:
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
                if not self.is_chrome(text):
                    self.page_lines_since_comment += 1

    def end(self) -> None:
        """At the end of the paste: page text dropped after the last comment was the page below the comments."""
        moved = self.page_lines_since_comment
        if moved:
            self.report.drop(DROPPED_CHROME, -moved)
            self.report.drop(DROPPED_AFTER, moved)
            if not self.report.dropped[DROPPED_CHROME]:
                del self.report.dropped[DROPPED_CHROME]


_URL_HOST = re.compile(r"https?://(?:www\.)?([^/\s?#]{1,200})")
_WORDS = re.compile(r"[a-z0-9]+")
# Short links whose host does not say the site's name.
_HOST_ALIASES = {"youtu": "youtube", "goo": "google", "maps": "google"}
PREVIEW_END = whole(r"Image")
#: A line that says a message carried a file.
ATTACHED = whole(ATTACHMENT, r"Attachment file type: .{1,40}", r"\d+ files", r"Image")
EDITED_MARK = ("(edited)", "(Edited)")


def without_previews(body: list[_Line]) -> tuple[list[_Line], list[_Line]]:
    """A message's lines without the link previews in them, and the previews' lines.

    A preview starts on the line after a link with the linked site's name ("GitHub" under a
    github.com link, "signal.group", "YouTube" under youtu.be), or with a title shown twice, and
    runs to an "Image" line or to the end of the message.  Only such a line starts one, so text
    after a link stays text.  An attached file shown inline starts with a byte-order mark and runs
    to the end.
    """
    kept: list[_Line] = []
    cards: list[_Line] = []
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


def _repeated(body: list[_Line], at: int) -> bool:
    """Whether the line at ``at`` comes twice in a row: a card's title shown twice (a map's place)."""
    return at + 1 < len(body) and bool(body[at][2]) and body[at][2] == body[at + 1][2]


def _names_site(label: str, host: str) -> bool:
    """Whether a short line names the site of ``host`` ("Google Docs" for docs.google.com)."""
    if not label or len(label) > PREVIEW_LABEL_CHARS:
        return False
    site = {_HOST_ALIASES.get(word, word) for word in _WORDS.findall(host.lower()) if len(word) > 2}
    return bool(site & set(_WORDS.findall(label.lower())))


def _written_line(line: _Line) -> str:
    """A whole line that names an author, as written, without the page's badges beside the name."""
    return tidy_author(as_written(line[1], 0, len(line[2])))


def _author(window: Sequence[_Line], match: re.Match[str], matched_raw: bool) -> str | None:
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


def compose(body: list[_Line], truncated: bool, *, unindent: bool = False) -> tuple[str, bool]:
    """A comment's text from its lines as copied, and whether the page cut it off.

    Indentation relative to the comment is kept (code blocks); runs of blank
    lines become one; chrome copied onto a line ("(edited)", "Like · Reply · 2h",
    a "Top fan" badge before the text) and "…see more" at the very end are
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


def learn_flairs(platform: Platform, sample: Sequence[str]) -> Platform:
    """``platform`` knowing the flairs of this paste: labels that start the text of several comments.

    A flair sits on the line after the header, right above the text.  So may a comment's own first
    line ("Update", "Same here"), but a flair repeats: the same label starts at least ``FLAIR_REPEATS``
    comments of the sample.  A label seen once stays text, so no one's words are lost.
    """
    if not platform.flairs:
        return platform
    starts: Counter[str] = Counter()
    for block in split_sample(platform, sample).blocks:
        first, newline, rest = block.text.partition("\n")
        label = clean(first)
        if newline and rest[:1].strip() and len(label) <= FLAIR_MAX_CHARS and not FLAIR_END.search(label):
            starts[label] += 1
    labels = sorted(re.escape(label) for label, count in starts.items() if count >= FLAIR_REPEATS)
    return dataclasses.replace(platform, flair=whole(*labels)) if labels else platform


def split(platform: Platform, lines: Iterator[NumberedLine], report: ReadReport) -> Iterator[Block]:
    """Cut a pasted comment section of ``platform`` into comments, lazily."""
    return _split_cleaned(platform, prepare(lines, platform.unglue), report)


def prepare(lines: Iterable[NumberedLine], unglue: re.Pattern[str] | None = None) -> Iterator[_Line]:
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


def mark_dividers(cleaned: Iterator[_Line]) -> Iterator[_Line]:
    """The lines, with a short rule ("---") between two blank lines seen as a divider between pastes."""
    previous: _Line | None = None
    pending: _Line | None = None
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


def _split_cleaned(
    platform: Platform, cleaned: Iterator[_Line], report: ReadReport, headers: list[range] | None = None
) -> Iterator[Block]:
    cutter = _Cutter(platform, report, headers)
    if platform.opening is not None:
        cleaned = _after_opening(platform.opening, cleaned, cutter)
    below: list[Iterator[_Line]] = []
    cleaned = _before_closing(platform.closing, cleaned, below)
    height = platform.height
    window: deque[_Line] = deque(itertools.islice(cleaned, height))
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
    closing: re.Pattern[str], cleaned: Iterator[_Line], below: list[Iterator[_Line]]
) -> Iterator[_Line]:
    """The lines above the first closing line; the closing line and the rest are put in ``below``."""
    for line in cleaned:
        if line[2] and closing.match(line[2]):
            below.append(itertools.chain([line], cleaned))
            return
        yield line


def _after_opening(opening: re.Pattern[str], cleaned: Iterator[_Line], cutter: _Cutter) -> Iterator[_Line]:
    """The lines after the heading above the comments; the heading and the page above it are dropped."""
    for line in cleaned:
        cutter.drop_lines([line])
        if opening.match(line[2]):
            break
    yield from cleaned
