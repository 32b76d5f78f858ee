"""What one run counted: comments read, groups, repeats by rule, and what was dropped (``--stats``)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from ..model import Group, MatchRule


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
