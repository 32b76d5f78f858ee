"""The pairs closest to the threshold: the closest kept apart and the weakest merged (``--borderline``).

Collected from the grouper's observer in bounded heaps, so memory does not grow with the input.
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass

from .grouper import Judgement


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
