"""Judging a pair: are two texts copies of one comment?  rapidfuzz, then the precision guards.

The cheap tests come first: most candidates fail the similarity cut-off, and
the guards' patterns cost more than rapidfuzz's comparison.  A verdict is a
:class:`Verdict` (the similarity and whether it was a prefix match), or None
when people would call the two different comments.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from rapidfuzz import fuzz
from rapidfuzz.distance import OSA

from .fingerprint import Fingerprint
from .guards import (
    differ_only_by_typos,
    negations,
    numbers,
    quotes_with_more_words,
    same_numbers_and_negation,
    words,
)
from .normalize import loose_form, word_form

#: Comments shorter than this (normalized characters) match only when they are
#: equal but for punctuation and spacing: in "Nice article Jordan!" versus
#: "Nice article Jordan?" every character is the point.
SHORT_CHARS = 30
#: Emoji added to a short comment of this many words make a copy whatever the similarity.
MIN_DECORATED_WORDS = 2
#: A short comment may differ by one typo only when it has this many letters and digits.
MIN_SHORT_TYPO_CHARS = 10
#: A truncated copy must keep at least this much text to match a full version by prefix.
MIN_PREFIX_CHARS = 30
MIN_PREFIX_WORDS = 5
#: Texts longer than this match only when equal after normalizing: comment sites
#: cap comments near 10,000 characters, and an edit similarity of two huge texts
#: costs time that grows with the product of their lengths.
MAX_FUZZY_CHARS = 20_000
# A word: what is left of an emoji-decorated text once its symbols are taken out.
_SYMBOLS_ONLY = re.compile(r"\w+")


class Verdict(NamedTuple):
    """Two texts judged copies of one comment."""

    score: float
    """rapidfuzz similarity (0-100): of the whole texts, or of a cut-off copy and the start of the other."""
    by_prefix: bool
    """The copy was cut off by the page and matched by the start of the other text."""


def compare_full(a: Fingerprint, b: Fingerprint, threshold: float) -> float | None:
    """Similarity of two whole comments, or None when they must stay apart."""
    x, y = a.normalized, b.normalized
    if max(len(x), len(y)) > MAX_FUZZY_CHARS:
        return None
    # The cheap tests first: most candidates fail the similarity cut-off, and
    # the guards' patterns cost more than rapidfuzz's comparison.
    if min(len(x), len(y)) < SHORT_CHARS:
        score = _compare_short(a, b, threshold)
        return score if score is not None and same_numbers_and_negation(x, y) else None
    score = fuzz.ratio(x, y, score_cutoff=threshold)
    if not score or not same_numbers_and_negation(x, y):
        return None
    words_x, words_y = words(x), words(y)
    shorter, longer = sorted((words_x, words_y), key=len)
    if quotes_with_more_words(shorter, longer) or not differ_only_by_typos(words_x, words_y, (a.raw, b.raw)):
        return None
    return float(score)


def _compare_short(a: Fingerprint, b: Fingerprint, threshold: float) -> float | None:
    """Short comments match only when near-exact.

    Equal but for punctuation and spacing; the same words with a few emoji or
    symbols added to one of them, similar enough for the threshold; or one
    typo inside a word of five letters or more.
    """
    x, y = a.normalized, b.normalized
    words_x, words_y = word_form(x), word_form(y)
    if not words_x or not words_y:
        # Emoticons and emoji alone (":)" / ";-)", "🔥🔥🔥" / "😂😂😂") are all
        # content: they match only when equal after normalizing.
        return None
    loose_x, loose_y = loose_form(x), loose_form(y)
    if loose_x == loose_y:
        # Equal but for punctuation.  Punctuation added or dropped ("wow" /
        # "wow!!!") is a copy; punctuation changed ("ok." / "ok?", a statement
        # and a question) is for the threshold to decide.
        score = fuzz.ratio(x, y, score_cutoff=0 if only_adds_symbols(x, y) else threshold)
        return float(score) if score else None
    if words_x == words_y:
        # Emoji added to the same words.  After two words or more it decorates a
        # message ("out my" / "out my 😍"): a copy.  After a lone word or emote
        # ("very 🙏", "peepoHas 🔎") the emoji is most of the message, so it is a
        # copy only when the threshold says the addition is small.
        if not only_adds_symbols(loose_x, loose_y):
            return None
        several_words = min(spaced_words(x), spaced_words(y)) >= MIN_DECORATED_WORDS
        score = fuzz.ratio(x, y, score_cutoff=0 if several_words else threshold)
        return float(score) if score else None
    if min(len(loose_x), len(loose_y)) < MIN_SHORT_TYPO_CHARS or OSA.distance(loose_x, loose_y) != 1:
        return None
    score = fuzz.ratio(x, y, score_cutoff=threshold)
    if not score or not differ_only_by_typos(words(x), words(y), (a.raw, b.raw), short=True):
        return None
    return float(score)


def spaced_words(text: str) -> int:
    """How many space-separated tokens of ``text`` hold a letter or digit ("what's" is one)."""
    return sum(1 for token in text.split() if _SYMBOLS_ONLY.search(token))


def only_adds_symbols(a: str, b: str) -> bool:
    """Whether one loose form is the other with emoji or symbols added, none changed.

    "nice one 🔥" / "nice one 😂" changes an emoji: two reactions, two comments.
    """
    shorter, longer = sorted((_SYMBOLS_ONLY.sub("", a), _SYMBOLS_ONLY.sub("", b)), key=len)
    rest = iter(longer)
    return all(symbol in rest for symbol in shorter)  # a subsequence: each found after the last


def _prefix_core(cut: str) -> str:
    """A cut text without its last word, which the page may have cut in half."""
    head, _, _ = cut.rpartition(" ")
    return head


def compare_prefix(cut: str, full: str, threshold: float, raws: tuple[str, str]) -> float | None:
    """Similarity of a truncated text with the start of a longer one, or None."""
    core = _prefix_core(cut)
    if len(core) < MIN_PREFIX_CHARS or len(words(core)) < MIN_PREFIX_WORDS:
        return None
    if len(full) < len(core):
        return None
    start = full[: len(core)]
    score = fuzz.ratio(core, start, score_cutoff=threshold)
    if not score:
        return None
    cut_numbers = numbers(core)
    if numbers(full)[: len(cut_numbers)] != cut_numbers or negations(core) != negations(start):
        return None
    if not differ_only_by_typos(words(core), words(start), raws):
        return None
    return float(score)


def compare(query: Fingerprint, leader: Fingerprint, threshold: float) -> Verdict | None:
    """Judge ``query`` against a group's leading text.

    Returns the verdict, or None when the two are different comments.  Only a copy marked truncated may
    match by prefix: a comment that merely starts with another one's words is
    a different comment.
    """
    if query.prefix is None and leader.prefix is None:
        score = compare_full(query, leader, threshold)
        return None if score is None else Verdict(score, False)
    if query.prefix is not None and leader.prefix is not None:
        cut, full = sorted((query.prefix, leader.prefix), key=len)
    elif query.prefix is not None:
        cut, full = query.prefix, leader.normalized
    else:
        cut, full = leader.prefix or "", query.normalized  # not None here; "or" tells the type checker
    score = compare_prefix(cut, full, threshold, (query.raw, leader.raw))
    return None if score is None else Verdict(score, True)
