"""The candidate index: which groups a text's keys point to, the best supported first.

Each group is stored under its strong keys (exact keys) and a sketch of its
rarest bigram keys; a text is looked up under all of its keys, and the groups
found are ranked by how much they share.  Buckets are capped, so work per
lookup stays bounded however big the dump.
"""

from __future__ import annotations

from collections import Counter
from operator import itemgetter

from .keys import SKETCH_SIZE, Key, is_weak_key

#: Candidate groups judged per entry at most, best-supported first.
MAX_CANDIDATES = 8
#: Support a shared strong key gives a candidate group; a shared bigram gives 1.
STRONG_KEY_WEIGHT = 3
#: Groups a key may point to.  A key shared by more groups is a common phrase
#: ("check out my"), which proposes many wrong candidates; later groups find
#: their copies through their rarer keys instead.
BUCKET_CAP = 32


class CandidateIndex:
    """Keys to the numbers of the groups stored under them."""

    def __init__(self) -> None:
        # A key's bucket is one group number, or a list of them once it holds two.
        self._buckets: dict[Key, int | list[int]] = {}

    def clear(self) -> None:
        """Forget every key (once the input is over)."""
        self._buckets.clear()

    def store(self, number: int, keys: list[Key]) -> None:
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
            weak.sort(key=self.bucket_size)
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

    def bucket_size(self, key: Key) -> int:
        """How many groups are stored under ``key``."""
        held = self._buckets.get(key)
        return 0 if held is None else 1 if isinstance(held, int) else len(held)

    def candidates(self, keys: list[Key]) -> list[int]:
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
