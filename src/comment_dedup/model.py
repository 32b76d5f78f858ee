"""Records passed between the stages: entries in, groups out.

The reader makes an :class:`Entry` for every comment it finds, the grouper
puts each entry into exactly one :class:`Group`, and the renderer prints the
groups.  All records are frozen so that a stage cannot quietly change what an
earlier stage decided.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass, field


class MatchRule(enum.Enum):
    """Why a member belongs to its group."""

    FIRST = "first"
    """The member that founded the group."""
    EXACT = "exact"
    """Byte-for-byte the same text as an earlier member."""
    NORMALIZED = "normalized"
    """The same text once case, quotes, spacing and invisible characters are ignored."""
    FUZZY = "fuzzy"
    """Near-identical: rapidfuzz similarity at or above the threshold."""
    TRUNCATED = "truncated"
    """A copy cut off by the page ("Read more", "…see more") that matches a prefix."""


@dataclass(frozen=True, slots=True)
class Entry:
    """One comment as the reader found it."""

    text: str
    """What the commenter wrote, exactly as read (surrounding whitespace trimmed)."""
    index: int
    """0-based position of the comment in the whole input."""
    source: str
    """The file it came from, or ``-`` for standard input."""
    line: int
    """1-based line of the source where the comment starts."""
    truncated: bool = False
    """The reader saw the page cut this comment off ("Read more", "…see more")."""
    author: str | None = None
    """Who posted it, when the input says so."""
    time: str | None = None
    """When it was posted, as the input writes it."""
    id: str | None = None
    """The comment's id, when the input has one."""
    parent: str | None = None
    """The id of the comment it replies to, when the input has one."""


@dataclass(frozen=True, slots=True)
class Member:
    """Where one occurrence of a group's comment was found, and why it joined."""

    index: int
    """0-based position of the occurrence in the whole input."""
    source: str
    """The file it came from, or ``-`` for standard input."""
    line: int
    """1-based line where the occurrence starts."""
    rule: MatchRule
    """The rule that put this occurrence into the group."""
    score: float | None = None
    """Similarity (0-100) with the group's leading text, for fuzzy and truncated matches."""
    text: str | None = None
    """The occurrence's own text when it differs from the group's text."""
    author: str | None = None
    """Who posted this occurrence, when known."""
    parent: str | None = None
    """The id this occurrence replies to, when known."""
    id: str | None = None
    """The occurrence's own id, when known."""


@dataclass(frozen=True, slots=True)
class Group:
    """A comment and every place it occurred, in input order."""

    text: str
    """The text shown for the group, as the commenter wrote it."""
    members: Sequence[Member] = field(default_factory=tuple)
    """Every occurrence, in input order; the first one is where the group starts."""

    @property
    def count(self) -> int:
        """How many times the comment occurred."""
        return len(self.members)

    @property
    def first_index(self) -> int:
        """Input position of the earliest occurrence: the group's place in the thread."""
        return self.members[0].index

    @property
    def authors(self) -> int:
        """How many distinct known authors posted the comment (0 when none is known)."""
        # The grouper's members can name their authors without making every member.
        names = getattr(self.members, "author_names", None)
        authors = names() if names is not None else [member.author for member in self.members]
        return len({author for author in authors if author is not None})


class CommentDedupError(Exception):
    """Base of the errors comment-dedup raises on purpose; the message is for the user."""


class InputError(CommentDedupError):
    """The input cannot be read: missing, unreadable, binary, or malformed."""


class OptionError(CommentDedupError):
    """An option value makes no sense (for example a threshold outside 0-100)."""
