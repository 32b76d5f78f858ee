"""Precision guards: what keeps two similar comments apart.

Edit similarity alone would merge "I agree" with "I don't agree", a template
sent to Sam with the same template sent to Alex, and a reply that quotes a
comment with the comment itself.  Each guard here vetoes a pair that people
would call two different comments; the judge (:mod:`.judge`) applies them after
rapidfuzz has found the pair similar enough.  A wrong merge hides a real
person's comment, so every guard errs on the side of keeping comments apart.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from rapidfuzz.distance import OSA, Levenshtein

_WORD = re.compile(r"\w+")
_NUMBER = re.compile(r"\d+(?:[.,:/]\d+)*")
_NEGATION = re.compile(
    r"\b(?:not|no|never|nor|none|nobody|nothing|neither|nowhere|cannot|without|"
    r"dont|doesnt|didnt|isnt|arent|wasnt|werent|cant|couldnt|wont|wouldnt|shouldnt|"
    r"havent|hasnt|hadnt|aint|mustnt|neednt)\b|n't\b"
)
# A capitalized word that does not start a sentence: most likely a name.
_PROPER_NAME = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z]+\b")

#: Characters of inserted or deleted words a copy may differ by ("a", "I").
DROPPED_WORD_CHARS = 1


def words(text: str) -> list[str]:
    """The word tokens of a normalized text."""
    return _WORD.findall(text)


def numbers(text: str) -> list[str]:
    """The numbers in a text, thousands separators ignored ("3,000" is "3000")."""
    return [number.replace(",", "") for number in _NUMBER.findall(text)]


def negations(text: str) -> int:
    """How many negating words a text has."""
    return len(_NEGATION.findall(text))


def proper_names(raw: str) -> set[str]:
    """Capitalized words of the original text that do not start a sentence, case-folded."""
    return {name.casefold() for name in _PROPER_NAME.findall(raw)}


def same_numbers_and_negation(a: str, b: str) -> bool:
    """Different numbers ("2024" / "2025") or negations ("I agree" / "I don't agree") keep texts apart."""
    return numbers(a) == numbers(b) and negations(a) == negations(b)


def quotes_with_more_words(short_words: list[str], long_words: list[str]) -> bool:
    """Whether the longer word list holds all of the shorter one in a row plus words of its own: a quoting reply."""
    if not short_words or len(long_words) <= len(short_words):
        return False
    return f" {' '.join(short_words)} " in f" {' '.join(long_words)} "


def _changed_runs(a_words: list[str], b_words: list[str]) -> Iterator[tuple[str, str]]:
    """Each run of words that differs between two word lists, as (text in a, text in b).

    A run of as many words on both sides is word for word, so each word is
    judged on its own: typos in neighbouring words ("ddear peerson") do not
    pool into one bigger change.
    """
    for op in Levenshtein.opcodes(a_words, b_words):
        if op.tag == "equal":
            continue
        a_run, b_run = a_words[op.src_start : op.src_end], b_words[op.dest_start : op.dest_end]
        if len(a_run) == len(b_run):
            yield from zip(a_run, b_run, strict=True)
        else:
            yield " ".join(a_run), " ".join(b_run)


def typo_budget(longest: int, *, short: bool) -> int:
    """Character edits a changed run of words may have and still be a typo.

    A short comment allows one edit inside a word of five letters or more
    ("EVERYTgING"), none in a shorter word ("dars" may be "dats" or "darn").
    """
    if short:
        return 1 if longest >= 5 else 0
    return 1 if longest <= 4 else 2 if longest <= 8 else 3


def differ_only_by_typos(a_words: list[str], b_words: list[str], raws: tuple[str, str], *, short: bool = False) -> bool:
    """Whether the words of two normalized texts differ only by typos.

    ``raws`` are the two texts as written: their capitals tell names apart, and
    are only looked at when a run of words differs.


    Every changed run must be a few character edits from its counterpart
    (counting a swap of neighbours as one edit), and words may be added or
    dropped only when they are single letters in a long comment.  A run that
    touches a proper name ("Thanks Sofia" / "Thanks Kofi") may differ by one
    edit at most in a long comment, and not at all in a short one, where the
    name is most of the message.  (One edit still joins "Lena" and "Elena" in
    a long comment: capitals also mark emotes and shouted words, where one
    edit is a typo far more often than another name.)
    """
    names: set[str] | None = None
    for a_run, b_run in _changed_runs(a_words, b_words):
        if not a_run or not b_run:
            # In a short comment every word counts ("I love this song" / "love this song").
            if short or len(a_run or b_run) > DROPPED_WORD_CHARS:
                return False
            continue
        budget = typo_budget(max(len(a_run), len(b_run)), short=short)
        if names is None:
            names = proper_names(raws[0]) | proper_names(raws[1])
        if names.intersection(a_run.split()) or names.intersection(b_run.split()):
            budget = 0 if short else min(budget, 1)
        if OSA.distance(a_run, b_run) > budget:
            return False
    return True
