"""Copies are still found in a big dump, where most phrases are common.

Candidate keys that many comments share stop being evidence of anything; these
dumps make such keys common first, then check that a copy still finds its
original through the keys that are not.
"""

from __future__ import annotations

import random
import string

import pytest

from comment_dedup import Entry, group_entries


def thread(lines: list[str]) -> list[tuple[int, str]]:
    entries = [Entry(text=text, index=index, source="-", line=index + 1) for index, text in enumerate(lines)]
    return [(len(group.members), group.text) for group in group_entries(entries)]


def made_up_word(rng: random.Random, low: int = 3, high: int = 8) -> str:
    return "".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(low, high)))


def test_a_short_comment_with_a_typo_is_found_after_many_share_its_halves() -> None:
    # Forty comments open with "that was so", forty end with "crazy man": the
    # halves of the letters that would find a one-typo copy are common keys.
    """A typo copy of a short comment is found although many comments share its halves."""
    rng = random.Random(7)
    lines = []
    for _ in range(40):
        lines.append(f"that was so {made_up_word(rng, 9, 9)}")
        lines.append(f"{made_up_word(rng, 9, 9)} crazy man")
    lines += ["that was so crazy man", "that was so crzay man"]
    result = thread(lines)
    assert (2, "that was so crazy man") in result
    assert len(result) == len(lines) - 1


@pytest.mark.parametrize("seed", range(12))
def test_a_copy_is_found_after_its_phrases_become_common(seed: int) -> None:
    # 120 comments end with the same sixteen words; one more comment with that
    # ending comes among them, and at the end a copy of it with a typo early on.
    """A copy is found although its phrases became common in a big dump."""
    rng = random.Random(seed)
    phrase = " ".join(made_up_word(rng) for _ in range(16))
    others = [" ".join(made_up_word(rng) for _ in range(12)) + " " + phrase for _ in range(120)]
    own = [made_up_word(rng) for _ in range(6)]
    original = " ".join(own) + " " + phrase
    typo = own[1][:2] + own[1][3:] + own[1][2]  # a letter moved to the end of the word
    copy = " ".join([own[0], typo, *own[2:]]) + " " + phrase
    result = thread([*others[:20], original, *others[20:], copy])
    assert (2, original) in result
    assert len(result) == len(others) + 1
