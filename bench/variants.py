"""Copies with known changes, and hard-negative families, for the benchmark dumps.

A *copy* is the same comment as its base after a change that people make or
pages cause: re-spacing, case, retyped quotes and dashes, a typo, punctuation
or an emoji added or dropped, a cut with "…see more", invisible characters.
A *hard negative* is a different comment that looks like another one: short
comments sharing most words, a negated claim, a template with another number
or name, a reply quoting another comment.  Every function takes a seeded
``random.Random`` so dumps are reproducible.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable

# --- copies --------------------------------------------------------------------

EXACT = "exact"
WHITESPACE = "whitespace"
CASE = "case"
QUOTE_DASH = "quote_dash"
TYPO = "typo"
PUNCTUATION = "punctuation"
EMOJI = "emoji"
TRUNCATED = "truncated"
INVISIBLE = "invisible"

#: How often each change is drawn for a copy (renormalized over the changes a base allows).
COPY_WEIGHTS = {
    EXACT: 0.30,
    WHITESPACE: 0.08,
    CASE: 0.08,
    QUOTE_DASH: 0.07,
    TYPO: 0.10,
    PUNCTUATION: 0.09,
    EMOJI: 0.07,
    TRUNCATED: 0.12,
    INVISIBLE: 0.09,
}
#: Only comments at least this long are shown cut off by a page.
TRUNCATE_MIN_CHARS = 230
#: Typos go only into comments at least this long: in "nice song" vs "nice snog"
#: a person cannot tell a typo from another word either.
TYPO_MIN_CHARS = 15

_QUOTE_OR_DASH = re.compile(r"['\"\u2018\u2019\u201c\u201d\u2013\u2014]| - ")
_EMOJI = re.compile("[\U0001f300-\U0001faff\u2600-\u27bf]\ufe0f?")
_NEGATIONS = frozenset(
    ["not", "no", "never", "don't", "doesn't", "didn't", "isn't", "can't", "won't", "dont", "cant", "wont"]
)
_KEYBOARD_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_NEIGHBOURS = {
    letter: "".join(row[j] for j in (i - 1, i + 1) if 0 <= j < len(row))
    for row in _KEYBOARD_ROWS
    for i, letter in enumerate(row)
}
_EMOJIS = ("\U0001f602", "\u2764\ufe0f", "\U0001f44d", "\U0001f525\U0001f525", "\U0001f64f", "\U0001f60d")
_CUT_MARKERS = (("\u2026see more", 0.3), (" Read more", 0.3), ("\u2026", 0.25), ("... see more", 0.15))


def allowed_changes(text: str) -> list[str]:
    """The changes that make a real, visible difference to ``text``."""
    kinds = [EXACT, WHITESPACE, PUNCTUATION, EMOJI, INVISIBLE]
    if text.lower() != text or text.upper() != text:
        kinds.append(CASE)
    if _QUOTE_OR_DASH.search(text):
        kinds.append(QUOTE_DASH)
    if len(text) >= TYPO_MIN_CHARS and any(_typo_word(word) for word in text.split(" ")):
        kinds.append(TYPO)
    if len(text) >= TRUNCATE_MIN_CHARS:
        kinds.append(TRUNCATED)
    return kinds


def respace(text: str, rng: random.Random) -> str:
    """Doubled inner spaces and/or spaces around the comment."""
    spaces = [i for i, char in enumerate(text) if char == " "]
    if spaces and rng.random() < 0.7:
        for at in sorted(rng.sample(spaces, min(len(spaces), rng.randint(1, 3))), reverse=True):
            text = text[:at] + " " * rng.randint(2, 3) + text[at + 1 :]
    else:
        text = " " * rng.randint(0, 2) + text + " " * rng.randint(1, 3)
    return text


def recase(text: str, rng: random.Random) -> str:
    """All lower, all upper, or the first letter flipped."""
    options = [text.lower(), text.upper(), text[:1].swapcase() + text[1:]]
    changed = [option for option in options if option != text]
    return rng.choice(changed) if changed else text.upper()


def _swap_quote(match: re.Match[str]) -> str:
    char = match.group()
    return {
        "'": "\u2019",
        "\u2019": "'",
        "\u2018": "'",
        '"': "\u201c",
        "\u201c": '"',
        "\u201d": '"',
        "\u2013": "-",
        "\u2014": "-",
        " - ": " \u2014 ",
    }[char]


def restyle_quotes(text: str, rng: random.Random) -> str:
    """Straight quotes made curly and the other way round; spaced hyphens made dashes."""
    text = _QUOTE_OR_DASH.sub(_swap_quote, text)
    if rng.random() < 0.5:
        text = text.replace(" \u2014 ", " \u2013 ")
    return text


def _typo_word(word: str) -> bool:
    return len(word) >= 4 and word.isalpha() and word.lower() not in _NEGATIONS


def _typo_words(words: list[str]) -> list[int]:
    return [i for i, word in enumerate(words) if _typo_word(word)]


def _typo_in(word: str, rng: random.Random) -> str:
    at = rng.randrange(len(word))
    letter = word[at]
    operation = rng.choice(("substitute", "delete", "double", "transpose"))
    if operation == "substitute" and letter.lower() in _NEIGHBOURS:
        return word[:at] + rng.choice(_NEIGHBOURS[letter.lower()]) + word[at + 1 :]
    if operation == "delete":
        return word[:at] + word[at + 1 :]
    if operation == "transpose" and at + 1 < len(word) and word[at] != word[at + 1]:
        return word[:at] + word[at + 1] + word[at] + word[at + 2 :]
    return word[:at] + letter + word[at:]


def add_typos(text: str, rng: random.Random) -> str:
    """One typo, or up to three in a longer comment, in words of four letters or more."""
    words = text.split(" ")
    count = 1 if len(text) < 40 else rng.randint(1, 3)
    for i in rng.sample(_typo_words(words), min(count, len(_typo_words(words)))):
        words[i] = _typo_in(words[i], rng)
    return " ".join(words)


def repunctuate(text: str, rng: random.Random) -> str:
    """Trailing punctuation added, changed or dropped, or a comma dropped."""
    stripped = text.rstrip(".!?")
    # Only a comma before a space: dropping one in "2,000" or "be,watching" changes a number or joins words.
    commas = [i for i, char in enumerate(text[:-1]) if char == "," and text[i + 1] == " "]
    if commas and rng.random() < 0.3:
        at = rng.choice(commas)
        return text[:at] + text[at + 1 :]
    if stripped != text:
        others = [stripped + mark for mark in ("!!!", "?", ".", "!") if stripped + mark != text]
        return stripped if rng.random() < 0.6 else rng.choice(others)
    return text + rng.choice((".", "!", "!!", "?", "..."))


def re_emoji(text: str, rng: random.Random) -> str:
    """An emoji dropped, or one added at the end (sometimes at the start)."""
    found = list(_EMOJI.finditer(text))
    if found and rng.random() < 0.5:
        hit = rng.choice(found)
        return " ".join((text[: hit.start()] + text[hit.end() :]).split(" ")).strip() or text + "!"
    emoji = rng.choice(_EMOJIS)
    if rng.random() < 0.15:
        return emoji + " " + text
    return text + rng.choice((" ", "")) + emoji


def cut_off(text: str, rng: random.Random) -> str:
    """The comment as a page shows it folded: cut after 100-200 characters, then a marker."""
    cut = rng.randint(100, 200)
    head = text[:cut]
    if rng.random() < 0.6 and " " in head:
        head = head[: head.rindex(" ")]
    markers, weights = zip(*_CUT_MARKERS, strict=True)
    return head.rstrip() + rng.choices(markers, weights)[0]


def hide_characters(text: str, rng: random.Random) -> str:
    """Zero-width spaces inside the text, or a run of tag characters at the end."""
    if rng.random() < 0.5:
        for _ in range(rng.randint(1, 3)):
            at = rng.randint(1, len(text))
            text = text[:at] + "\u200b" + text[at:]
        return text
    tags = "".join(chr(rng.randint(0xE0020, 0xE007F)) for _ in range(rng.randint(1, 6)))
    return text + rng.choice(("", " ")) + tags


CHANGES: dict[str, Callable[[str, random.Random], str]] = {
    EXACT: lambda text, rng: text,
    WHITESPACE: respace,
    CASE: recase,
    QUOTE_DASH: restyle_quotes,
    TYPO: add_typos,
    PUNCTUATION: repunctuate,
    EMOJI: re_emoji,
    TRUNCATED: cut_off,
    INVISIBLE: hide_characters,
}


def make_copy(text: str, kind: str, rng: random.Random) -> str:
    """A copy of ``text`` with the change ``kind``."""
    return CHANGES[kind](text, rng)
