"""Normalizing: what two copies of a comment have in common, for matching only.

The text shown to the user is never the normalized one.  Besides the matching
form (:func:`normalize`), a text has a loose form without punctuation and
spacing, a word form of letters and digits only, and its tokens; a copy the
page cut off ("…see more") is told by :func:`split_truncation`.
"""

from __future__ import annotations

import re
import unicodedata

from .guards import words

#: A bare ellipsis marks a cut only after this much text; sites cut long comments only,
#: while people end short ones with "..." all the time.
MIN_BARE_ELLIPSIS_CHARS = 80
#: Characters at the end of a comment searched for a truncation control.
CONTROL_TAIL_CHARS = 64


_QUOTES_AND_DASHES = {
    **dict.fromkeys(map(ord, "\u2018\u2019\u201a\u201b\u2032\u0060\u00b4"), "'"),
    **dict.fromkeys(map(ord, "\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb"), '"'),
    **dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63"), "-"),
}


# Characters that render as nothing: the format characters (category Cf: soft
# hyphen, zero-width spaces and joiners, bidi marks, BOM, tag characters that
# chat users add to dodge duplicate filters), variation selectors, and the
# combining grapheme joiner.  Listed as ranges so that import stays fast.
_INVISIBLE_RANGES = (
    (0x00AD, 0x00AD),
    (0x034F, 0x034F),
    (0x0600, 0x0605),
    (0x061C, 0x061C),
    (0x06DD, 0x06DD),
    (0x070F, 0x070F),
    (0x0890, 0x0891),
    (0x08E2, 0x08E2),
    (0x180E, 0x180E),
    (0x200B, 0x200F),
    (0x202A, 0x202E),
    (0x2060, 0x2064),
    (0x2066, 0x206F),
    (0xFE00, 0xFE0F),
    (0xFEFF, 0xFEFF),
    (0xFFF9, 0xFFFB),
    (0x110BD, 0x110BD),
    (0x110CD, 0x110CD),
    (0x13430, 0x1343F),
    (0x1BCA0, 0x1BCA3),
    (0x1D173, 0x1D17A),
    (0xE0000, 0xE007F),
    (0xE0100, 0xE01EF),
)
_INVISIBLE = {code: None for start, end in _INVISIBLE_RANGES for code in range(start, end + 1)}


# str.translate looks every character of a non-ASCII text up in its table,
# which is slow; a character class finds the few there are in C.
INVISIBLE_CHARACTER = re.compile("[" + "".join(f"{chr(start)}-{chr(end)}" for start, end in _INVISIBLE_RANGES) + "]")
_QUOTE_OR_DASH = re.compile("[" + "".join(map(chr, _QUOTES_AND_DASHES)) + "]")
_SPACE_BEFORE_PUNCT = re.compile(r" (?=[.,!?;:])")
_RUN_PUNCTUATION = ".,!?;:~*"
# Sentence punctuation and spaces: what "equal but for punctuation and spacing"
# ignores.  Brackets and symbols stay, so ":)" and ":(" remain different.
_LOOSE_IGNORED = " .,!?;:'\"-\u2026\u00a1\u00bf\u00b7\u2022"
_LOOSE_TABLE = dict.fromkeys(map(ord, _LOOSE_IGNORED))
_LOOSE_PATTERN = re.compile("[" + re.escape(_LOOSE_IGNORED) + "]+")
# Punctuation that separates words when a text is cut into tokens for keys.
_SEPARATORS = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~\u2026\u00a1\u00bf\u00b7\u2022"
_SEPARATOR_TABLE = dict.fromkeys(map(ord, _SEPARATORS), " ")
_SEPARATOR_PATTERN = re.compile("[" + re.escape(_SEPARATORS) + "]+")
# Page controls that follow a cut-off comment.  Without an ellipsis only the
# capitalized control counts: people write "you should read more" in running
# text, but pages render "Read more" as a button.  No pattern starts with a
# repeatable part, so a search tries each position in constant time (linear
# overall); spaces before a control are stripped by the caller instead.
_TRUNCATION_MARKER = re.compile(
    r"(?:\u2026|\.\.\.)[ \t]{0,3}(?i:(?:see|read|show)[ \t]{1,3})?(?i:more)$"
    r"|(?<=\s)(?:See more|Read more|Show more|Expand full comment)$"
)
_BARE_ELLIPSIS = re.compile(r"(?:\u2026|\.\.\.)$")


def normalize(text: str) -> str:
    """The matching form of ``text``: what two copies of a comment have in common.

    NFKC, case folding, one kind of quote and dash, no invisible format
    characters, collapsed whitespace (none before punctuation), and a run of
    trailing punctuation cut to its first character.  Emoji are kept: they are
    content.
    """
    if text.isascii():
        # ASCII is already NFKC and has no curly quotes or invisible characters;
        # of the marks unified below, only the backtick is ASCII.
        folded = text.lower()
        if "`" in folded:
            folded = folded.replace("`", "'")
    else:
        folded = INVISIBLE_CHARACTER.sub("", unicodedata.normalize("NFKC", text).casefold())
        if _QUOTE_OR_DASH.search(folded):
            folded = folded.translate(_QUOTES_AND_DASHES)
    collapsed = " ".join(folded.split())
    collapsed = _SPACE_BEFORE_PUNCT.sub("", collapsed)
    # rstrip, not a regular expression anchored at the end: that would retry the
    # run from every position of a long run of punctuation (quadratic time).
    kept = collapsed.rstrip(_RUN_PUNCTUATION)
    if len(collapsed) - len(kept) > 1:
        return collapsed[: len(kept) + 1]
    return collapsed


def loose_form(normalized: str) -> str:
    """The normalized text without punctuation or spacing, emoji kept."""
    # translate is fastest on ASCII text (it caches its table), a pattern on the rest.
    if normalized.isascii():
        return normalized.translate(_LOOSE_TABLE)
    return _LOOSE_PATTERN.sub("", normalized)


# What ``\w`` does not match in ASCII, for deleting it in C rather than joining regex matches.
_NOT_WORD_ASCII = dict.fromkeys(code for code in range(128) if not (chr(code).isalnum() or chr(code) == "_"))


def word_form(normalized: str) -> str:
    """Only the letters and digits of the normalized text: no punctuation, spacing, emoji or symbols."""
    if normalized.isascii():
        return normalized.translate(_NOT_WORD_ASCII)
    return "".join(words(normalized))


# Every truncation control ends in one of these; most comments end otherwise,
# so the regular expressions run only on the few that might be cut off.
_CONTROL_ENDINGS = ("more", "More", "MORE", "comment", "\u2026", "...")


def split_truncation(text: str) -> tuple[str, bool]:
    """The text without a trailing truncation control, and whether it had one.

    "…see more", "Read more" and "Expand full comment" always mark a cut; a bare
    ellipsis does only after a long text (see ``MIN_BARE_ELLIPSIS_CHARS``).
    """
    text = text.rstrip()
    if not text.endswith(_CONTROL_ENDINGS):
        return text, False
    # Controls are short: searching only the tail keeps the cost per comment small.
    start = max(0, len(text) - CONTROL_TAIL_CHARS)
    tail = text[start:]
    marker = _TRUNCATION_MARKER.search(tail) or _BARE_ELLIPSIS.search(tail)
    if marker is None:
        return text, False
    before = text[: start + marker.start()].rstrip()
    if marker.re is _BARE_ELLIPSIS and len(before) < MIN_BARE_ELLIPSIS_CHARS:
        return text, False
    return before, True


def tokens(text: str) -> list[str]:
    """The words and emoji runs of a normalized text, split at punctuation and spaces."""
    if text.isascii():
        return text.translate(_SEPARATOR_TABLE).split()
    return _SEPARATOR_PATTERN.sub(" ", text).split()
