"""Grouper: put every entry into exactly one group, in one pass.

For each entry, in order:

1. the same text as before joins that group at once (a dict lookup);
2. the same normalized text joins that group;
3. otherwise the hasher's keys propose a few candidate groups, each is judged
   against the group's leading text, and the best one that passes is joined;
4. otherwise the entry starts a new group.

Judging against the group's leading text, never against the last member,
keeps chains of small differences from drifting into a different comment.
The work per entry is a few dict lookups and at most ``MAX_CANDIDATES``
rapidfuzz calls, so cost grows linearly with the input.
"""

from __future__ import annotations

import enum
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from operator import itemgetter
from typing import overload

from rapidfuzz import fuzz

from .hasher import (
    INVISIBLE_CHARACTER,
    MAX_FUZZY_CHARS,
    SKETCH_SIZE,
    Fingerprint,
    Key,
    compare,
    fingerprint,
    is_weak_key,
    match_keys,
)
from .model import Entry, Group, MatchRule, Member, OptionError

#: Default similarity (rapidfuzz ``fuzz.ratio``, 0-100) for a fuzzy match; see the README.
DEFAULT_THRESHOLD = 90.0
#: Candidate groups judged per entry at most, best-supported first.
MAX_CANDIDATES = 8
#: Support a shared strong key gives a candidate group; a shared bigram gives 1.
STRONG_KEY_WEIGHT = 3
#: Groups a key may point to.  A key shared by more groups is a common phrase
#: ("check out my"), which proposes many wrong candidates; later groups find
#: their copies through their rarer keys instead.
BUCKET_CAP = 32


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


# Texts kept until the output is written are stored compactly.  CPython
# stores a str at the width of its widest character, so one emoji makes a
# whole comment take four bytes per character; as UTF-8 it takes one byte per
# ASCII character.  Half the comments of a chat dump have an emoji, and the
# distinct texts are most of the memory a big dump needs.  A text is
# decoded again only when it is judged or written.
Stored = str | bytes


def store(text: str) -> Stored:
    """``text`` in its compact stored form: itself when ASCII, else its UTF-8 bytes."""
    return text if text.isascii() else text.encode("utf-8", "surrogatepass")


def load(stored: Stored) -> str:
    """The text ``store`` made ``stored`` from."""
    return stored if isinstance(stored, str) else stored.decode("utf-8", "surrogatepass")


@dataclass(frozen=True, slots=True)
class _Kept:
    """A fingerprint kept as a group's representative, in stored form."""

    normalized: Stored
    prefix: Stored | None
    raw: Stored

    @property
    def truncated(self) -> bool:
        return self.prefix is not None

    def fingerprint(self) -> Fingerprint:
        """The fingerprint again, to judge a candidate against."""
        prefix = None if self.prefix is None else load(self.prefix)
        return Fingerprint(load(self.normalized), prefix, load(self.raw))


# A group's representative: an ASCII text's fingerprint as it is (storing it
# would change nothing, and it is judged against for every candidate lookup
# that finds the group), any other text's in stored form.
_Representative = Fingerprint | _Kept


def _keep(print_: Fingerprint, normalized: Stored, raw: Stored) -> _Representative:
    """``print_`` as a representative; ``normalized`` and ``raw`` are its texts already stored."""
    if isinstance(raw, str) and isinstance(normalized, str):
        # ASCII (its prefix, a part of the normalized text, is too); made of the
        # stored objects, which the lookup tables hold already.
        return Fingerprint(normalized, print_.prefix, raw)
    return _Kept(normalized, None if print_.prefix is None else store(print_.prefix), raw)


def _judged_form(representative: _Representative) -> Fingerprint:
    return representative if isinstance(representative, Fingerprint) else representative.fingerprint()


# One occurrence while the input is read: (index, source, line, rule, score,
# text, author, parent, id), or just (index, source, line, text) for an exact
# copy that names no author, the commonest kind, in two thirds of the memory.
# A plain tuple is several times cheaper to make than a frozen Member, and the
# text is the one object shared by every identical copy, so a million repeats
# of a comment hold its text once.
_Occurrence = (
    tuple[int, str, int, MatchRule, float | None, Stored, str | None, str | None, str | None]
    | tuple[int, str, int, Stored]
)


@dataclass(slots=True)
class _OpenGroup:
    """A group while the input is still being read."""

    founder: _Representative
    """The text that started the group.  Always judged against, so that running
    on the unique output puts each comment back on its own."""
    shown: Stored
    shown_truncated: bool
    leader: _Representative = field(init=False)
    """The most repeated full text so far: the first occurrence may itself be a
    copy with a typo or an emoji, and later copies are closer to the original."""
    leader_count: int = 0
    occurrences: list[_Occurrence] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.leader = self.founder

    def representatives(self) -> tuple[Fingerprint, ...]:
        """The texts a candidate is judged against."""
        if self.leader is self.founder:
            return (_judged_form(self.leader),)
        return (_judged_form(self.leader), _judged_form(self.founder))

    def close(self) -> Group:
        """The finished group."""
        return Group(load(self.shown), _Members(self.shown, self.occurrences))


class _Members(Sequence[Member]):
    """A group's members, made from its occurrences when asked for.

    Making every Member of a big dump at once would cost more memory than the
    grouping itself; the renderer reads one group at a time, so the members of
    a group exist only while it is written.  A member carries its own text
    only where it differs from the shown one.
    """

    __slots__ = ("_occurrences", "_shown")

    def __init__(self, shown: Stored, occurrences: list[_Occurrence]) -> None:
        self._shown = shown
        self._occurrences = occurrences

    def _member(self, occurrence: _Occurrence) -> Member:
        if len(occurrence) == 4:
            index, source, line, text = occurrence
            return Member(index, source, line, MatchRule.EXACT, None, None if text == self._shown else load(text))
        index, source, line, rule, score, text, author, parent, id_ = occurrence
        own = None if text == self._shown else load(text)
        return Member(index, source, line, rule, score, own, author, parent, id_)

    def author_names(self) -> list[str | None]:
        """Who posted each occurrence that names its author, without making the members."""
        return [occurrence[6] for occurrence in self._occurrences if len(occurrence) == 9]  # type: ignore[misc]

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
        self._buckets: dict[Key, int | list[int]] = {}
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
        self._buckets.clear()
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
            self._index(number, keys)
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
        group.leader, group.leader_count = _keep(challenger, normalized, text), count
        self._index(number, match_keys(challenger))

    def _start_group(self, entry: Entry, text: Stored, normalized: Stored, print_: Fingerprint) -> int:
        number = len(self._groups)
        self._groups.append(_OpenGroup(_keep(print_, normalized, text), text, print_.truncated))
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
    def _occurrence(entry: Entry, text: Stored, rule: MatchRule, score: float | None) -> _Occurrence:
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

    def _index(self, number: int, keys: list[Key]) -> None:
        """Store the group under its strong keys and under a sketch of its rarest bigram keys.

        The sketch is the ``SKETCH_SIZE`` bigram keys whose buckets hold the
        fewest groups so far (smallest hash first among equals).  A common
        phrase's bucket fills up and is then no evidence of anything, so a
        group kept only under common bigrams could no longer be found; a
        bigram no other comment has used stays rare, and a copy finds the
        group through it.  The copy looks up all its bigram keys, so it does
        not have to pick the same ones.
        """
        buckets = self._buckets
        strong = [key for key in keys if not is_weak_key(key)]
        weak = [key for key in keys if is_weak_key(key)]
        unused = [key for key in weak if key not in buckets]
        if len(unused) < SKETCH_SIZE:
            weak.sort(key=self._bucket_size)
            unused = weak
        for key in strong + unused[:SKETCH_SIZE]:
            held = buckets.get(key)
            if held is None:
                buckets[key] = number
            elif isinstance(held, int):
                if held != number:
                    buckets[key] = [held, number]
            elif len(held) < BUCKET_CAP and number not in held:
                held.append(number)

    def _bucket_size(self, key: Key) -> int:
        held = self._buckets.get(key)
        return 0 if held is None else 1 if isinstance(held, int) else len(held)

    def _candidates(self, keys: list[Key]) -> list[int]:
        """Groups that share enough keys with a text, best supported first, then oldest.

        A shared exact key (letters, prefix, edges, the words but one) is strong
        evidence; one shared bigram is weak, since common phrases share bigrams
        too.  A full bucket is a common pattern: its exact key counts as weak,
        its bigram for nothing.  A candidate needs at least a third of
        the best candidate's support, so that a comment is compared with a few
        likely groups rather than every group that happens to share a phrase.
        """
        # Every key's groups go into one list, counted in C by Counter: the
        # per-group bookkeeping of a Python loop was most of the grouping time.
        found: list[int] = []
        buckets = self._buckets
        for key in keys:
            held = buckets.get(key)
            if held is None:
                continue
            weak = is_weak_key(key)
            if isinstance(held, int):
                found += [held] if weak else [held] * STRONG_KEY_WEIGHT
            elif len(held) < BUCKET_CAP:
                found += held if weak else held * STRONG_KEY_WEIGHT
            elif not weak:
                # An exact key that many groups share (the same opening words,
                # the same half of the letters) is a common pattern: as weak as a bigram.
                found += held
            # else a bigram of a common phrase: evidence of nothing
        if not found:
            return []
        support = sorted(Counter(found).items())
        support.sort(key=itemgetter(1), reverse=True)  # stable: the oldest first among equals
        floor = max(1, support[0][1] // 3)
        return [number for number, weight in support[:MAX_CANDIDATES] if weight >= floor]

    def _best_match(self, print_: Fingerprint, keys: list[Key], index: int) -> tuple[int, float, bool] | None:
        best: tuple[int, float, bool] | None = None
        judged: list[tuple[int, float | None]] | None = None if self.observer is None else []
        prefix_scores: list[float] = []
        for number in self._candidates(keys):
            verdict = self._judge(print_, self._groups[number])
            if judged is not None:
                judged.append((number, None if verdict is None else verdict[0]))
            if verdict is not None:
                if verdict[1]:
                    prefix_scores.append(verdict[0])
                if best is None or verdict[0] > best[1]:
                    best = (number, *verdict)
        if best is not None and best[2] and prefix_scores.count(best[1]) > 1:
            # A cut-off copy that fits the start of several comments equally well
            # (a comment and a reply quoting it, say) is ambiguous: keep it apart.
            best = None
        if judged:
            self._tell_observer(print_, index, judged, None if best is None else best[0])
        return best

    def _judge(self, print_: Fingerprint, group: _OpenGroup) -> tuple[float, bool] | None:
        """The best verdict of ``print_`` against the group's representatives."""
        verdicts = [compare(print_, representative, self.threshold) for representative in group.representatives()]
        return max((verdict for verdict in verdicts if verdict is not None), default=None)

    def _tell_observer(
        self, print_: Fingerprint, index: int, judged: list[tuple[int, float | None]], chosen: int | None
    ) -> None:
        """Report each judged candidate; a failed pair's score is computed here, off the normal path.

        A failed pair with a text too long to score (as the hasher refuses to) is not reported.
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
