"""Why each copy is in its group: every occurrence, its rule, and a word diff against the group's text.

For a user who wants to check the grouping rather than trust it (``--explain``).
Everything here is plain data; :mod:`comment_dedup.show` prints it.  The other
checks are the borderline pairs (:mod:`.borderline`) and the counts (:mod:`.stats`).
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from rapidfuzz.distance import Indel

from ..model import Group, Member

# Words, runs of whitespace, and runs of punctuation are the units a diff shows,
# so "article!" against "article !" shows one inserted space, not a changed word.
_TOKEN = re.compile(r"\w+|\s+|[^\w\s]+")

#: Differing tokens (after the common start and end are set aside) that are aligned at most;
#: a longer middle is shown as one replacement, since aligning costs the product of the lengths.
MAX_DIFF_TOKENS = 20_000


# --- variant diffs -------------------------------------------------------------


class DiffKind(enum.Enum):
    """What a piece of a diff does to the group's text."""

    EQUAL = "equal"
    DELETE = "delete"
    INSERT = "insert"


@dataclass(frozen=True, slots=True)
class DiffOp:
    """One piece of a word-level diff."""

    kind: DiffKind
    """Kept, deleted from the group's text, or inserted by the variant."""
    text: str
    """The words (with their spacing) this piece covers."""


def word_diff(old: str, new: str) -> tuple[DiffOp, ...]:
    """The word-level diff that turns ``old`` into ``new``; adjacent pieces of one kind are merged."""
    before, after = _TOKEN.findall(old), _TOKEN.findall(new)
    head = _common_length(before, after)
    tail = _common_length(before[head:][::-1], after[head:][::-1])
    middle_before, middle_after = before[head : len(before) - tail], after[head : len(after) - tail]
    pieces: list[DiffOp] = []
    _append(pieces, DiffKind.EQUAL, before[:head])
    if max(len(middle_before), len(middle_after)) > MAX_DIFF_TOKENS:
        _append(pieces, DiffKind.DELETE, middle_before)
        _append(pieces, DiffKind.INSERT, middle_after)
    else:
        # rapidfuzz aligns any sequences; on word tokens it is a fast longest-common-subsequence diff.
        for op in Indel.opcodes(middle_before, middle_after):
            removed = middle_before[op.src_start : op.src_end]
            if op.tag == "equal":
                _append(pieces, DiffKind.EQUAL, removed)
                continue
            _append(pieces, DiffKind.DELETE, removed)
            _append(pieces, DiffKind.INSERT, middle_after[op.dest_start : op.dest_end])
    _append(pieces, DiffKind.EQUAL, before[len(before) - tail :])
    return tuple(_regroup(pieces))


def _common_length(first: list[str], second: list[str]) -> int:
    """How many tokens the two lists share at their start."""
    for count, (one, other) in enumerate(zip(first, second, strict=False)):
        if one != other:
            return count
    return min(len(first), len(second))


def _regroup(pieces: list[DiffOp]) -> Iterator[DiffOp]:
    """Join changes separated only by spacing into one deletion and one insertion.

    "[-well-]{+Read+} [-argued-]{+more+}" reads better as "[-well argued-]{+Read more+}".
    """
    old = new = ""
    for number, op in enumerate(pieces):
        if op.kind is DiffKind.DELETE:
            old += op.text
        elif op.kind is DiffKind.INSERT:
            new += op.text
        elif (old or new) and op.text.isspace() and number + 1 < len(pieces):
            # Merged pieces alternate, so a change follows this spacing: it joins the change.
            old += op.text
            new += op.text
        else:
            yield from _change(old, new)
            old = new = ""
            yield op
    yield from _change(old, new)


def _change(old: str, new: str) -> Iterator[DiffOp]:
    if old:
        yield DiffOp(DiffKind.DELETE, old)
    if new:
        yield DiffOp(DiffKind.INSERT, new)


def _append(pieces: list[DiffOp], kind: DiffKind, tokens: list[str]) -> None:
    if not tokens:
        return
    text = "".join(tokens)
    if pieces and pieces[-1].kind is kind:
        pieces[-1] = DiffOp(kind, pieces[-1].text + text)
    else:
        pieces.append(DiffOp(kind, text))


def diff_sides(diff: Iterable[DiffOp]) -> tuple[str, str]:
    """The two texts a diff was made from: (group text, variant)."""
    old = "".join(op.text for op in diff if op.kind is not DiffKind.INSERT)
    new = "".join(op.text for op in diff if op.kind is not DiffKind.DELETE)
    return old, new


# --- group explanations --------------------------------------------------------


@dataclass(frozen=True, slots=True)
class MemberExplanation:
    """One occurrence, with its own text and how it differs from the group's text."""

    member: Member
    """Where it was found and the rule (and score) that put it in the group."""
    text: str
    """The occurrence's own text."""
    diff: tuple[DiffOp, ...]
    """Word diff from the group's text to this text; empty when the two are the same."""


@dataclass(frozen=True, slots=True)
class GroupExplanation:
    """A group and an explanation for each of its occurrences, in input order."""

    group: Group
    members: tuple[MemberExplanation, ...]


def member_text(group: Group, member: Member) -> str:
    """An occurrence's own text (a member states it only where it differs from the group's)."""
    return group.text if member.text is None else member.text


def explain_group(group: Group) -> GroupExplanation:
    """Explain each occurrence of ``group``: its rule, its text, and how that text differs."""
    diffs: dict[str, tuple[DiffOp, ...]] = {}
    explained = []
    for member in group.members:
        text = member_text(group, member)
        if text not in diffs:
            # Each distinct variant is diffed once, however often it occurs.
            diffs[text] = () if text == group.text else word_diff(group.text, text)
        explained.append(MemberExplanation(member, text, diffs[text]))
    return GroupExplanation(group, tuple(explained))
