"""The records and options the readers pass around: a leaf that every reader imports.

A reader turns numbered lines into :class:`Block` s (a comment cut out of its
source, not yet placed in the whole input) and tells what it saw besides
comments in a :class:`ReadReport`.  :class:`ReadOptions` is how the user asked
for the input to be read.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import NamedTuple

from ..model import OptionError

STDIN_NAME = "-"
#: How a plain dump may be cut into comments (``--split``).
SPLIT_MODES = ("auto", "line", "paragraph")
#: What the input may be said to be (``--input-format``).
INPUT_FORMATS = ("auto", "text", "json", "jsonl", "csv", "tsv")

NumberedLine = tuple[int, str]


class Block(NamedTuple):
    """A comment cut out of the input, before it gets its place in the whole input."""

    text: str
    line: int
    truncated: bool = False
    author: str | None = None
    time: str | None = None
    id: str | None = None
    parent: str | None = None


@dataclass
class ReadReport:
    """What the reader saw besides comments: told to the user on stderr, never lost."""

    comments: int = 0
    counts: dict[str, int] = field(default_factory=dict)
    """Comments read from each source."""
    source: str = STDIN_NAME
    """The source being read now (so that a splitter can say something about it)."""
    columns: dict[str, tuple[str, bool, bool]] = field(default_factory=dict)
    """Per table: the column read as the comment, whether it was guessed, whether the table has a header."""
    replaced_bytes: dict[str, int] = field(default_factory=dict)
    layouts: dict[str, str] = field(default_factory=dict)
    dropped: dict[str, int] = field(default_factory=dict)

    def drop(self, what: str, count: int = 1) -> None:
        """Count input that was read but is not a comment (page chrome, deleted comments)."""
        self.dropped[what] = self.dropped.get(what, 0) + count


Splitter = Callable[[Iterator[NumberedLine], ReadReport], Iterator[Block]]
"""Cuts numbered lines into comments, telling the report what else it saw."""


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """How to read the input; every field has the default a user gets with no flags."""

    split: str = "auto"
    """``auto``, ``line`` or ``paragraph`` (see the module docstring)."""
    encoding: str | None = None
    """Input encoding; None means UTF-8, or UTF-16 when a BOM says so."""
    text: bool = False
    """Read input that looks binary (has NUL bytes) anyway."""
    platform: str | None = None
    """Read the input as a pasted comment section of this platform, without detecting it."""
    input_format: str = "auto"
    """``auto`` (sniff), ``text``, ``json``, ``jsonl``, ``csv`` or ``tsv``."""
    text_field: str | None = None
    """The JSON field or CSV column that holds the comment; None guesses it."""
    skip_bad: bool = False
    """Skip malformed records (counted on stderr) instead of stopping."""
    zero_terminated: bool = False
    """Each NUL-terminated record is one comment (``-z``); no layout is sniffed or split."""

    def __post_init__(self) -> None:
        conflict = self.conflict()
        if conflict:
            raise OptionError(conflict)

    def conflict(self) -> str | None:
        """Why these options ask for two different ways of reading, or None when they do not."""
        export = self.input_format not in ("auto", "text")
        if self.zero_terminated and (self.platform or export or self.split != "auto"):
            return "-z reads each NUL-terminated record as one comment: no --platform, --split or --input-format"
        if self.platform and export:
            return f"--platform reads a pasted comment section, not a {self.input_format} export"
        return None
