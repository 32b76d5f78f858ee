"""Find a quote in a dump: does it, or a near copy of it, occur, how often, and where?

The quote is handed to the grouper first and the dump after it, so the quote
leads its group and every comment of the dump is judged against it by the
same rules that group a thread (exact, normalized, fuzzy, cut-off prefix).
"Near copy" therefore means exactly what it means in the thread, and the work
stays linear: no comment is compared with every other.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ..model import Entry, InputError, Member
from .explain import member_text
from .grouper import DEFAULT_THRESHOLD, Grouper

#: The source name the quote's own entry carries (never a real file operand).
QUOTE_SOURCE = "<quote>"


@dataclass(frozen=True, slots=True)
class Occurrence:
    """A comment of the dump that is the quote or a near copy of it."""

    member: Member
    """Where it was found, and the rule (and score) by which it matches the quote."""
    text: str
    """The comment's own text."""


@dataclass(frozen=True, slots=True)
class Lookup:
    """Where a quote occurs in a dump."""

    quote: str
    """The quote as looked up (surrounding whitespace trimmed)."""
    occurrences: tuple[Occurrence, ...]
    """Every comment of the dump that is the quote or a near copy of it, in input order."""
    comments: int
    """Comments read from the dump."""

    @property
    def found(self) -> bool:
        """Whether the quote occurs at least once."""
        return bool(self.occurrences)

    @property
    def count(self) -> int:
        """How many times the quote occurs."""
        return len(self.occurrences)

    @property
    def authors(self) -> int:
        """How many distinct known authors posted it (0 when the dump names none)."""
        return len({found.member.author for found in self.occurrences if found.member.author is not None})


def find_quote(
    quote: str, entries: Iterable[Entry], *, threshold: float = DEFAULT_THRESHOLD, exact: bool = False
) -> Lookup:
    """Look ``quote`` up in ``entries`` (a dump, read as for grouping)."""
    text = quote.strip()
    if not text:
        raise InputError("the quote is empty")
    grouper = Grouper(threshold=threshold, exact=exact)
    # Index -1: before every comment of the dump, and never one of their positions.
    grouper.add(Entry(text, -1, QUOTE_SOURCE, 1))
    grouper.add_all(entries)
    found = grouper.groups()[0]
    occurrences = tuple(Occurrence(member, member_text(found, member)) for member in found.members[1:])
    return Lookup(text, occurrences, grouper.entries - 1)
