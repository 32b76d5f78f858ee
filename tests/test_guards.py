"""The precision guards one by one: each keeps apart a pair that people would call two comments.

The end-to-end tables (``test_thread.py``) show the guards at work on dumps; these
tests pin each guard's own rule, so that a change to one fails here by name.
"""

from __future__ import annotations

import pytest

from comment_dedup import normalize
from comment_dedup.match.fingerprint import fingerprint
from comment_dedup.match.guards import (
    differ_only_by_typos,
    negations,
    numbers,
    proper_names,
    quotes_with_more_words,
    same_numbers_and_negation,
    typo_budget,
    words,
)
from comment_dedup.match.judge import compare


def typos_only(a: str, b: str, *, short: bool = False) -> bool:
    """The typo guard on two texts as a user writes them."""
    return differ_only_by_typos(words(normalize(a)), words(normalize(b)), (a, b), short=short)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("I paid 3,000 for it", ["3000"]),
        ("10cm or 20cm", ["10", "20"]),
        ("at 10:30 on 2/5", ["10:30", "2/5"]),
        ("no numbers here", []),
    ],
)
def test_numbers_ignore_thousands_separators(text: str, found: list[str]) -> None:
    """Numbers are read whole ("10:30"), "3,000" as "3000"."""
    assert numbers(text) == found


@pytest.mark.parametrize(
    ("text", "count"),
    [("i agree", 0), ("i don't agree", 1), ("i dont agree", 1), ("never, not once", 2), ("without sugar", 1)],
)
def test_negations_are_counted(text: str, count: int) -> None:
    """Negating words, with or without the apostrophe, are counted."""
    assert negations(text) == count


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("i agree with this", "i don't agree with this", False),
        ("it costs 20 dollars", "it costs 21 dollars", False),
        ("it costs 3,000 dollars", "it costs 3000 dollars", True),
        ("great video", "great video!", True),
    ],
)
def test_different_numbers_or_negations_keep_texts_apart(a: str, b: str, same: bool) -> None:
    """Same numbers and as many negations, or the texts say different things."""
    assert same_numbers_and_negation(a, b) is same


def test_proper_names_are_capitalized_words_inside_a_sentence() -> None:
    """The first word of a sentence is capitalized anyway; a capital elsewhere marks a name."""
    assert proper_names("Thanks Sofia. Great post, Kofi!") == {"sofia", "kofi"}
    assert proper_names("Great post") == set()


@pytest.mark.parametrize(
    ("short", "long", "quotes"),
    [
        ("great video", "great video i agree", True),
        ("great video", "i think great video", True),
        ("great video", "great video", False),
        ("great video", "great clip i agree", False),
        ("", "anything at all", False),
    ],
)
def test_a_reply_that_quotes_a_comment_is_not_a_copy(short: str, long: str, quotes: bool) -> None:
    """All of the shorter text, in a row, plus words of its own."""
    assert quotes_with_more_words(short.split(), long.split()) is quotes


@pytest.mark.parametrize(
    ("longest", "short", "budget"),
    [(4, False, 1), (8, False, 2), (12, False, 3), (4, True, 0), (5, True, 1)],
)
def test_typo_budget_grows_with_the_word(longest: int, short: bool, budget: int) -> None:
    """One edit up to 4 letters, two up to 8, three beyond; a short comment one edit in a word of 5 or more."""
    assert typo_budget(longest, short=short) == budget


@pytest.mark.parametrize(
    ("a", "b", "typos"),
    [
        ("I really enjoyed the second part of the talk", "I realy enjoyed the second part of the talk", True),
        ("Dear person, thanks for the writeup here", "Ddear peerson, thanks for the writeup here", True),
        ("This was a great video about engines", "This was an awful video about engines", False),
        ("Thanks Sofia for the long explanation here", "Thanks Kofi for the long explanation here", False),
        ("I love this song so much honestly", "I love this song so much", False),
        ("so I waited for the next bus to the station", "so waited for the next bus to the station", True),
    ],
)
def test_only_typos_may_differ(a: str, b: str, typos: bool) -> None:
    """A changed word must be a typo; a name may change by one edit at most; only a one-letter word may go."""
    assert typos_only(a, b) is typos


def test_a_short_comment_allows_no_typo_in_a_short_word() -> None:
    """In a short comment "dars" may be "dats" or "darn": another word, not a typo; and every word counts."""
    assert not typos_only("dars ok", "dats ok", short=True)
    assert typos_only("EVERYTHING ok", "EVERYTgING ok", short=True)
    assert not typos_only("I love this song", "love this song", short=True)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Very nice article !", "Nice article Jordan!"),
        ("I agree with everything the author says here", "I don't agree with everything the author says here"),
        ("I waited 3 hours for the delivery and it never came", "I waited 5 hours for the delivery and it never came"),
        ("Thanks Sofia, that fixed the build for me", "Thanks Kofi, that fixed the build for me"),
        ("nice one 🔥", "nice one 😂"),
        (":)", ":("),
    ],
)
def test_the_judge_keeps_different_comments_apart(a: str, b: str) -> None:
    """Whatever the threshold, the judge finds no copy in pairs the guards stop."""
    assert compare(fingerprint(a), fingerprint(b), threshold=50) is None


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Very nice article !", "Very nice article!"),
        ("great video man", "great video man 🔥🔥"),
        ("I really enjoyed the second part of the talk", "I realy enjoyed the second part of the talk"),
    ],
)
def test_the_judge_finds_copies(a: str, b: str) -> None:
    """Punctuation, decoration and a typo make copies."""
    verdict = compare(fingerprint(a), fingerprint(b), threshold=90)
    assert verdict is not None and not verdict.by_prefix
