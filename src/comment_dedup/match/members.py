"""The occurrences of a group while the input is read, and its members made from them when asked for."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Final, overload

from ..model import MatchRule, Member
from .storage import Stored, load

# One occurrence while the input is read: (index, source, line, rule, score,
# text, author, parent, id), or just (index, source, line, text) for an exact
# copy that names no author, the commonest kind, in two thirds of the memory.
# A plain tuple is several times cheaper to make than a frozen Member, and the
# text is the one object shared by every identical copy, so a million repeats
# of a comment hold its text once.
Occurrence = (
    tuple[int, str, int, MatchRule, float | None, Stored, str | None, str | None, str | None]
    | tuple[int, str, int, Stored]
)


# Where each field sits in an occurrence (the exact copy's text is its fourth field).
INDEX, SOURCE, LINE = 0, 1, 2
EXACT_TEXT = 3
RULE, SCORE, TEXT, AUTHOR, PARENT, ID = 3, 4, 5, 6, 7, 8
#: Fields of an exact copy without metadata, and of any other occurrence.
EXACT_FIELDS: Final = 4
FULL_FIELDS: Final = 9


class Members(Sequence[Member]):
    """A group's members, made from its occurrences when asked for.

    Making every Member of a big dump at once would cost more memory than the
    grouping itself; the renderer reads one group at a time, so the members of
    a group exist only while it is written.  A member carries its own text
    only where it differs from the shown one.
    """

    __slots__ = ("_occurrences", "_shown")

    def __init__(self, shown: Stored, occurrences: list[Occurrence]) -> None:
        self._shown = shown
        self._occurrences = occurrences

    def _member(self, occurrence: Occurrence) -> Member:
        if len(occurrence) == EXACT_FIELDS:
            index, source, line, text = occurrence
            return Member(index, source, line, MatchRule.EXACT, None, None if text == self._shown else load(text))
        index, source, line, rule, score, text, author, parent, id_ = occurrence
        own = None if text == self._shown else load(text)
        return Member(index, source, line, rule, score, own, author, parent, id_)

    def author_names(self) -> list[str | None]:
        """Who posted each occurrence that names its author, without making the members."""
        # mypy cannot narrow the union of the two tuple lengths by len().
        return [item[AUTHOR] for item in self._occurrences if len(item) == FULL_FIELDS]  # type: ignore[misc]

    def __len__(self) -> int:
        return len(self._occurrences)

    @overload
    def __getitem__(self, position: int) -> Member: ...
    @overload
    def __getitem__(self, position: slice) -> tuple[Member, ...]: ...
    def __getitem__(self, position: int | slice) -> Member | tuple[Member, ...]:
        if isinstance(position, slice):
            return tuple(map(self._member, self._occurrences[position]))
        return self._member(self._occurrences[position])

    def __iter__(self) -> Iterator[Member]:
        return map(self._member, self._occurrences)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Sequence) and tuple(self) == tuple(other)

    def __hash__(self) -> int:
        return hash(tuple(self))

    def __repr__(self) -> str:
        return repr(tuple(self))
