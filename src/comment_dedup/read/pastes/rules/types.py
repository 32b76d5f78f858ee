"""The shape of a site rule: what a copied comment section's lines are, as data.

A copied section is the page's rendered text: every comment sits between lines
the page drew around it (avatar alt text, names, times, vote counts, "Reply",
"Share", "12 replies").  A :class:`Platform` lists for one site (or for a
layout learned from a paste)

* the *header* rules: a few consecutive lines that start a comment (the
  author and time lines), and how many lines just above them name the author;
* the *chrome* vocabulary: whole lines that are page controls, never text;
* the *stop* vocabulary: action rows that end a comment's text;
* the *fingerprints* that tell the site apart from others.

Every pattern is matched against one whole line (or, for headers, against a
few whole lines joined by newlines), never searched for inside a comment, so
a comment saying "Reply to this if you agree" keeps its words.  The patterns
avoid nested quantifiers, so each match runs in time linear in the line.

The engine that applies rules is :mod:`comment_dedup.read.pastes.engine`.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass


class Kind(enum.Enum):
    """What a header starts."""

    COMMENT = "comment"
    CONTINUATION = "continuation"
    """Another message by the previous author (chat apps group messages)."""
    AD = "ad"
    EVENT = "event"
    """A chat's system message ("X joined", "X added Y"): dropped and counted, never a comment."""


class Anchor(enum.Enum):
    """Where a comment's recognisable lines are: above its text, or below it."""

    HEAD = "head"
    TAIL = "tail"
    """The author is the first line of a run of text that ends at the header (Facebook)."""


@dataclass(frozen=True, slots=True)
class HeaderRule:
    """Consecutive lines that start a comment, matched against lines joined by newlines."""

    pattern: re.Pattern[str]
    """Named groups ``author`` and ``time`` fill in the comment's metadata; ``text``, when a header
    line also holds the start of the comment (chat logs), is the comment's first line."""
    height: int = 1
    """The most lines the pattern spans."""
    kind: Kind = Kind.COMMENT
    lead: int = 0
    """Lines just above the match that belong to the header; the first one is the author."""
    bounded: bool = False
    """The line above the header must be blank, chrome or the start, not comment text."""
    author: re.Pattern[str] | None = None
    """What the author line above the match must look like, when the lead alone is too loose."""
    gaps: bool = False
    """Blank lines may sit between the lead's lines and the match (some pages space them out)."""
    raw: bool = False
    """Match the first line as copied, invisible characters included (they can carry meaning)."""
    author_first: bool = True
    """In a tail-anchored copy, the run of lines above the header starts with its author."""
    whole: bool = False
    """The header's line is the whole comment (its ``text``): the lines up to the next header are the page's."""


@dataclass(frozen=True, slots=True)
class Platform:
    """One platform's anatomy; see the module docstring."""

    name: str
    """The ``--platform`` name and the layout name the reader reports."""
    label: str
    """How the user is told what was read: "read dump.txt as <label>"."""
    headers: tuple[HeaderRule, ...]
    fingerprints: re.Pattern[str]
    chrome: re.Pattern[str]
    stop: re.Pattern[str]
    head: re.Pattern[str]
    """Header leftovers between the header and the text ("Edited 5h ago", "Liked by ...")."""
    badges: re.Pattern[str]
    """Lines that may sit between the author line and the header ("OP", "Top fan")."""
    anchor: Anchor = Anchor.HEAD
    post_end: re.Pattern[str] = re.compile(r"(?!)")
    """Lines seen only after the page's own post ("View all 38 comments"): that block is no comment."""
    opening: re.Pattern[str] | None = None
    """The heading above the comments ("54 Comments"): it and every line before it are page text."""
    headless: bool = False
    """A copy may start (or go on) in the middle of a thread: text right above an action row with no
    header before it is a comment whose header was not copied."""
    bare_counts: bool = False
    """Counts sit after the action row ("Upvote 62 Downvote"), so a lone number before it is a comment."""
    closing: re.Pattern[str] = re.compile(r"(?!)")
    """A line after which the page has no more comments ("Related Answer", a chat's composer)."""
    events: re.Pattern[str] = re.compile(r"(?!)")
    """A comment whose whole text matches is the app talking ("x was added to the conversation")."""
    post_start: re.Pattern[str] = re.compile(r"(?!)")
    """A line that announces the page's own post ("x opened this issue on May 1"): the next block is that post."""
    indented_lists: bool = False
    """The page copies a list's items indented by four spaces: the indentation is the page's, not the text's."""
    previews: bool = False
    """A link in a message is followed by its preview card: the linked site's name, a title, a
    description, up to an "Image" line or the message's end.  The card is the page's, not text."""
    flairs: bool = False
    """The page shows a label under some names ("Zone 7b", "INTJ - 30s"), on the line after the header."""
    flair: re.Pattern[str] = re.compile(r"(?!)")
    """The labels of this paste: learned from it (:func:`comment_dedup.read.pastes.detect.learn_flairs`)."""
    post_last: re.Pattern[str] = re.compile(r"(?!)")
    """A last line of text that only the page's own post ends with (the ZenHub extension puts the issue's
    title and its widget right below the description)."""
    unglue: re.Pattern[str] | None = None
    """Where a copy glued a header to the end of the line before it ("...as they come in.Ana Ruiz  [4:30 PM]"):
    searched in each line as copied, which is cut in two where it matches."""
    byline: re.Pattern[str] = re.compile(r"(?!)")
    """A header leftover that names who wrote the text (group ``author``): "[Forwarded from Ana]"."""

    @property
    def one_line(self) -> bool:
        """Every comment is one line of the site's own shape (see ``HeaderRule.whole``)."""
        return all(rule.whole for rule in self.headers)

    @property
    def height(self) -> int:
        """Lines looked at ahead to recognise a header."""
        return max(rule.height for rule in self.headers)


def whole(*alternatives: str, flags: int = 0) -> re.Pattern[str]:
    """A pattern that matches a whole (cleaned) line equal to one of ``alternatives``.

    Anchored at both ends, so that even a search through a long text tries it at its start only.
    """
    return re.compile(r"\A(?:" + "|".join(alternatives) + r")\Z", flags)


def header(source: str, *, height: int = 1, **options: object) -> HeaderRule:
    """A header rule; ``source`` is matched from the first line and must end at a line end."""
    return HeaderRule(re.compile(r"\A" + source + "$", re.MULTILINE), height, **options)  # type: ignore[arg-type]


NOTHING = re.compile(r"(?!)")
