"""Grouper: put every entry into exactly one group, in one pass.

For each entry, in order:

1. the same text as before joins that group at once (a dict lookup);
2. the same normalized text joins that group;
3. otherwise the text's keys (:mod:`.keys`) find a few candidate groups in the
   index (:mod:`.index`), each is judged against the group's leading text
   (:mod:`.judge`), and the best one that passes is joined;
4. otherwise the entry starts a new group.

Judging against the group's leading text, never against the last member,
keeps chains of small differences from drifting into a different comment.
The work per entry is a few dict lookups and a bounded number of rapidfuzz
calls, so cost grows linearly with the input.  The texts kept are stored
compactly (:mod:`.storage`), and the occurrences as small records
(:mod:`.members`) that become members only when the groups are read.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import NamedTuple

from rapidfuzz import fuzz

from ..model import Entry, Group, MatchRule, OptionError
from .fingerprint import Fingerprint, fingerprint
from .index import CandidateIndex
from .judge import MAX_FUZZY_CHARS, Verdict, compare
from .keys import Key, match_keys
from .members import Members, Occurrence
from .normalize import INVISIBLE_CHARACTER
from .storage import Representative, Stored, judged_form, keep_print, load, store

#: Default similarity (rapidfuzz ``fuzz.ratio``, 0-100) for a fuzzy match; see the README.
DEFAULT_THRESHOLD = 90.0


class Keep(enum.Enum):
    """Which occurrence's text a group shows."""

    FIRST = "first"
    LONGEST = "longest"


@dataclass(frozen=True, slots=True)
class Judgement:
    """One candidate pair the grouper judged, as told to an observer."""

    index: int
    """Input position of the entry being placed."""
    group: int
    """Number of the candidate group (its place in ``groups()``)."""
    score: float
    """rapidfuzz similarity (0-100) with the group's leading text, also when below the threshold."""
    merged: bool
    """Whether the entry joined this group."""


Observer = Callable[[Judgement], None]


class Match(NamedTuple):
    """The group a text joins, and how it matched."""

    group: int
    """The group's number (its place in the thread)."""
    score: float
    by_prefix: bool
    """A cut-off copy matched by the start of the group's text."""


@dataclass(slots=True)
class _OpenGroup:
    """A group while the input is still being read."""

    founder: Representative
    """The text that started the group.  Always judged against, so that running
    on the unique output puts each comment back on its own."""
    shown: Stored
    shown_truncated: bool
    leader: Representative = field(init=False)
    """The most repeated full text so far: the first occurrence may itself be a
    copy with a typo or an emoji, and later copies are closer to the original."""
    leader_count: int = 0
    occurrences: list[Occurrence] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.leader = self.founder

    def representatives(self) -> tuple[Fingerprint, ...]:
        """The texts a candidate is judged against."""
        if self.leader is self.founder:
            return (judged_form(self.leader),)
        return (judged_form(self.leader), judged_form(self.founder))

    def close(self) -> Group:
        """The finished group."""
        return Group(load(self.shown), Members(self.shown, self.occurrences))


def _validate_threshold(threshold: float) -> float:
    if not 0 <= threshold <= 100:
        raise OptionError(f"threshold must be between 0 and 100, not {threshold:g}")
    return float(threshold)


class Grouper:
    """Groups entries as they stream in; ``groups()`` gives the thread so far."""

    def __init__(
        self,
        *,
        threshold: float = DEFAULT_THRESHOLD,
        exact: bool = False,
        keep: Keep | str = Keep.FIRST,
        observer: Observer | None = None,
    ) -> None:
        self.threshold = _validate_threshold(threshold)
        # A threshold of 100 asks for identical normalized text: exact dedup.
        self.fuzzy = not exact and self.threshold < 100
        self.keep = Keep(keep)
        # Told of every candidate judgement (for threshold tuning); None costs nothing.
        self.observer = observer
        self._groups: list[_OpenGroup] = []
        # Stored text -> (group number, the first copy of that text, shared by
        # later copies, and its stored normalized form).
        self._by_text: dict[Stored, tuple[int, Stored, Stored]] = {}
        # Stored normalized text -> occurrences so far, to find each group's leader.
        self._variant_counts: dict[Stored, int] = {}
        self._by_normalized: dict[Stored, int] = {}
        self._index = CandidateIndex()
        self.entries = 0

    def add(self, entry: Entry) -> None:
        """Put ``entry`` into its group, starting a new group when none matches."""
        self.entries += 1
        text = store(entry.text)
        seen = self._by_text.get(text)
        if seen is not None and not entry.truncated:
            # The same text as an earlier member can never show better than it.
            number, text, normalized = seen
            self._groups[number].occurrences.append(self._occurrence(entry, text, MatchRule.EXACT, None))
            if self.fuzzy:
                self._tally(number, normalized, text, None, False)
            return
        print_ = fingerprint(entry.text, truncated=entry.truncated)
        normalized = store(print_.normalized)
        same = self._by_normalized.get(normalized)
        if same is not None:
            number = same
            self._join(number, entry, text, print_.truncated, MatchRule.NORMALIZED, None)
        elif self.fuzzy:
            number = self._add_fuzzy(entry, text, normalized, print_)
        else:
            number = self._start_group(entry, text, normalized, print_)
        self._by_text.setdefault(text, (number, text, normalized))
        self._by_normalized.setdefault(normalized, number)
        if self.fuzzy:
            self._tally(number, normalized, text, print_, same is None)

    def add_all(self, entries: Iterable[Entry]) -> Grouper:
        """Add every entry of ``entries``; returns self for chaining."""
        for entry in entries:
            self.add(entry)
        return self

    def groups(self) -> list[Group]:
        """Every group, in the order its first occurrence appeared."""
        return [group.close() for group in self._groups]

    def finish(self) -> list[Group]:
        """Every group, once the input is over; the grouper holds no groups afterwards.

        The tables that find a match are dropped before the finished groups
        are made, so a big dump never holds both at once; ``entries`` still
        counts every entry read.
        """
        self._by_text.clear()
        self._by_normalized.clear()
        self._variant_counts.clear()
        self._index.clear()
        groups = self.groups()
        self._groups.clear()
        return groups

    # --- internals -------------------------------------------------------------

    def _add_fuzzy(self, entry: Entry, text: Stored, normalized: Stored, print_: Fingerprint) -> int:
        """Join the best near-identical group, or start one; returns the group's number."""
        keys = match_keys(print_)
        found = self._best_match(print_, keys, entry.index)
        if found is None:
            number = self._start_group(entry, text, normalized, print_)
            self._index.store(number, keys)
            return number
        number, score, by_prefix = found
        rule = MatchRule.TRUNCATED if by_prefix else MatchRule.FUZZY
        self._join(number, entry, text, print_.truncated, rule, score)
        return number

    def _tally(
        self, number: int, normalized: Stored, text: Stored, print_: Fingerprint | None, first_time: bool
    ) -> None:
        """Count an occurrence of ``normalized`` in its group and let it lead when it is the most repeated.

        A full version always takes the lead from a cut-off copy.
        """
        if first_time:
            count = 1  # not stored: most texts of a dump never repeat
        else:
            count = self._variant_counts[normalized] = self._variant_counts.get(normalized, 1) + 1
        group = self._groups[number]
        if normalized == group.leader.normalized:
            group.leader_count = count
            return
        if count <= group.leader_count and not group.leader.truncated:
            return
        challenger = print_ or fingerprint(load(text))
        if challenger.truncated:
            return
        group.leader, group.leader_count = keep_print(challenger, normalized, text), count
        self._index.store(number, match_keys(challenger))

    def _start_group(self, entry: Entry, text: Stored, normalized: Stored, print_: Fingerprint) -> int:
        number = len(self._groups)
        self._groups.append(_OpenGroup(keep_print(print_, normalized, text), text, print_.truncated))
        self._join(number, entry, text, print_.truncated, MatchRule.FIRST, None)
        return number

    def _join(
        self, number: int, entry: Entry, text: Stored, truncated: bool, rule: MatchRule, score: float | None
    ) -> None:
        group = self._groups[number]
        if self._shows_better(entry, truncated, group):
            group.shown, group.shown_truncated = text, truncated
        group.occurrences.append(self._occurrence(entry, text, rule, score))

    @staticmethod
    def _occurrence(entry: Entry, text: Stored, rule: MatchRule, score: float | None) -> Occurrence:
        if rule is MatchRule.EXACT and entry.author is None and entry.parent is None and entry.id is None:
            return (entry.index, entry.source, entry.line, text)
        return (entry.index, entry.source, entry.line, rule, score, text, entry.author, entry.parent, entry.id)

    def _shows_better(self, entry: Entry, truncated: bool, group: _OpenGroup) -> bool:
        """Whether ``entry``'s text should replace the text ``group`` shows."""
        if group.shown_truncated != truncated:
            # A full version is always shown rather than a cut-off copy.
            return group.shown_truncated
        if self.keep is Keep.LONGEST:
            # Longest as a reader sees it: zero-width characters padded in to
            # dodge filters do not make a copy longer.
            return len(INVISIBLE_CHARACTER.sub("", entry.text)) > len(INVISIBLE_CHARACTER.sub("", load(group.shown)))
        return False

    def _best_match(self, print_: Fingerprint, keys: list[Key], index: int) -> Match | None:
        best: Match | None = None
        judged: list[tuple[int, float | None]] | None = None if self.observer is None else []
        prefix_scores: list[float] = []
        for number in self._index.candidates(keys):
            verdict = self._judge(print_, self._groups[number])
            if judged is not None:
                judged.append((number, None if verdict is None else verdict.score))
            if verdict is not None:
                if verdict.by_prefix:
                    prefix_scores.append(verdict.score)
                if best is None or verdict.score > best.score:
                    best = Match(number, *verdict)
        if best is not None and best.by_prefix and prefix_scores.count(best.score) > 1:
            # A cut-off copy that fits the start of several comments equally well
            # (a comment and a reply quoting it, say) is ambiguous: keep it apart.
            best = None
        if judged:
            self._tell_observer(print_, index, judged, None if best is None else best.group)
        return best

    def _judge(self, print_: Fingerprint, group: _OpenGroup) -> Verdict | None:
        """The best verdict of ``print_`` against the group's representatives."""
        verdicts = [compare(print_, representative, self.threshold) for representative in group.representatives()]
        return max((verdict for verdict in verdicts if verdict is not None), default=None)

    def _tell_observer(
        self, print_: Fingerprint, index: int, judged: list[tuple[int, float | None]], chosen: int | None
    ) -> None:
        """Report each judged candidate; a failed pair's score is computed here, off the normal path.

        A failed pair with a text too long to score (as the judge refuses to) is not reported.
        """
        assert self.observer is not None
        for number, score in judged:
            if score is None:
                leader = load(self._groups[number].leader.normalized)
                if max(len(print_.normalized), len(leader)) > MAX_FUZZY_CHARS:
                    continue
                score = float(fuzz.ratio(print_.normalized, leader))
            self.observer(Judgement(index, number, score, number == chosen))


def group_entries(
    entries: Iterable[Entry],
    *,
    threshold: float = DEFAULT_THRESHOLD,
    exact: bool = False,
    keep: Keep | str = Keep.FIRST,
) -> list[Group]:
    """Group ``entries`` into the unique thread, in first-seen order."""
    return Grouper(threshold=threshold, exact=exact, keep=keep).add_all(entries).finish()
