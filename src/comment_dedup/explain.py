"""Why the thread came out as it did: variant diffs, borderline pairs and counts.

Three reports for a user who wants to check the grouping rather than trust it:

- an explanation of each group: every occurrence, the rule that put it there,
  and a word-level diff of its text against the text the group shows;
- the borderline pairs: the closest pairs kept apart and the weakest pairs
  merged, collected from the grouper's observer in bounded heaps;
- the statistics of the thread: what was read, grouped and repeated.

Everything here is plain data; the renderer and the reports module print it.
"""

from __future__ import annotations

import enum
import heapq
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass

from rapidfuzz.distance import Indel

from .grouper import Judgement
from .model import Group, MatchRule, Member

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


# --- borderline pairs ----------------------------------------------------------


@dataclass(frozen=True, slots=True, order=True)
class Pair:
    """A judged pair: an entry and the group it was compared with."""

    score: float
    """rapidfuzz similarity (0-100) of the entry with the group's leading text."""
    index: int
    """Input position of the entry."""
    group: int
    """Number of the group (its place in the thread)."""


class BorderlineCollector:
    """Grouper observer that keeps the ``limit`` closest pairs kept apart and weakest pairs merged.

    Each list is a heap of at most ``limit`` items, so memory does not grow
    with the input.  Ties go to the earlier entry.
    """

    def __init__(self, limit: int) -> None:
        if limit < 1:
            raise ValueError("limit must be at least 1")
        self.limit = limit
        self._apart: list[tuple[float, int, int]] = []
        self._merged: list[tuple[float, int, int]] = []

    def __call__(self, judgement: Judgement) -> None:
        # Heap keys grow with how interesting a pair is, so the root is the one to drop.
        index, group = -judgement.index, -judgement.group
        if judgement.merged:
            self._keep(self._merged, (-judgement.score, index, group))
        else:
            self._keep(self._apart, (judgement.score, index, group))

    def _keep(self, heap: list[tuple[float, int, int]], item: tuple[float, int, int]) -> None:
        if len(heap) < self.limit:
            heapq.heappush(heap, item)
        elif item > heap[0]:
            heapq.heapreplace(heap, item)

    def kept_apart(self) -> list[Pair]:
        """The closest pairs that were kept apart, closest first."""
        return [Pair(score, -index, -group) for score, index, group in sorted(self._apart, reverse=True)]

    def merged(self) -> list[Pair]:
        """The weakest pairs that were merged, weakest first."""
        return [Pair(-score, -index, -group) for score, index, group in sorted(self._merged, reverse=True)]


# --- statistics ----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ThreadStats:
    """What was counted in one run."""

    comments: int
    """Comments read."""
    groups: int
    """Unique groups: comments once each."""
    repeated_groups: int
    """Groups seen more than once."""
    exact: int
    """Repeats identical to an earlier occurrence, byte for byte."""
    normalized: int
    """Repeats identical once case, quotes and spacing are ignored."""
    fuzzy: int
    """Repeats near-identical by similarity."""
    truncated: int
    """Cut-off copies matched by their prefix."""
    dropped: tuple[tuple[str, int], ...] = ()
    """What the reader read but did not count as comments, and how much."""

    @property
    def repeats(self) -> int:
        """Repeated comments: occurrences after a group's first (count - 1, summed over groups)."""
        return self.exact + self.near

    @property
    def near(self) -> int:
        """Repeats that are not byte-identical (normalized, fuzzy and truncated)."""
        return self.normalized + self.fuzzy + self.truncated

    @property
    def repeat_share(self) -> float:
        """Percentage of the comments read that are repeats: ``100 * repeats / comments``, 0 for none."""
        return 100 * self.repeats / self.comments if self.comments else 0.0


def thread_stats(groups: Iterable[Group], comments: int, dropped: Mapping[str, int] | None = None) -> ThreadStats:
    """Count ``groups`` (all of them, before any filtering) made from ``comments`` comments."""
    rules = dict.fromkeys(MatchRule, 0)
    unique = repeated = 0
    for group in groups:
        unique += 1
        repeated += group.count > 1
        for member in group.members[1:]:
            rules[member.rule] += 1
    return ThreadStats(
        comments,
        unique,
        repeated,
        exact=rules[MatchRule.EXACT] + rules[MatchRule.FIRST],
        normalized=rules[MatchRule.NORMALIZED],
        fuzzy=rules[MatchRule.FUZZY],
        truncated=rules[MatchRule.TRUNCATED],
        dropped=tuple((dropped or {}).items()),
    )
