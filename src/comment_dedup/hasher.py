"""Fuzzy hasher: normalize comments for matching, key them, and judge a pair.

Normalization is for matching only; the text shown to the user is never the
normalized one.

Finding near-identical comments without comparing all pairs works in two
steps.  First, cheap keys bring likely matches together: the normalized text
itself, a "loose" form without punctuation and spacing, and a few word-bigram
keys picked by a bottom-k sketch (the k bigrams with the smallest stable hash).
Two copies that differ by a few typos still share most bigrams, and a bottom-k
sketch of two similar sets picks shared members with high probability, so a
handful of keys per comment is enough.  Then rapidfuzz confirms each candidate,
and precision guards veto pairs that people would call different comments.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
import zlib
from dataclasses import dataclass

from rapidfuzz import fuzz
from rapidfuzz.distance import OSA

from .guards import (
    differ_only_by_typos,
    negations,
    numbers,
    quotes_with_more_words,
    same_numbers_and_negation,
    words,
)

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
#: A bare ellipsis marks a cut only after this much text; sites cut long comments only,
#: while people end short ones with "..." all the time.
MIN_BARE_ELLIPSIS_CHARS = 80
#: Characters at the end of a comment searched for a truncation control.
CONTROL_TAIL_CHARS = 64
#: Texts longer than this match only when equal after normalizing: comment sites
#: cap comments near 10,000 characters, and an edit similarity of two huge texts
#: costs time that grows with the product of their lengths.
MAX_FUZZY_CHARS = 20_000
#: Bigram keys a text is stored under (the bottom-k sketch size).
SKETCH_SIZE = 6
#: Bigram keys a text is looked up under: lookups cost little and find copies
#: whose sketch was made of other bigrams (typos, or common phrases skipped).
LOOKUP_BIGRAMS = 48
#: Words in the prefix key that lets a truncated copy find its full version.
PREFIX_KEY_WORDS = 5
#: Texts of this many words get a key for each word left out (see ``deletion_keys``).
DELETION_KEY_WORDS = range(3, 13)
# Exact keys live above the range of bigram keys (signed 64-bit hashes), one range each.
PLAIN_KEY, HEAD_KEY, TAIL_KEY, PREFIX_KEY, DELETION_KEY = (1 << 64, 2 << 64, 3 << 64, 4 << 64, 5 << 64)
_MASK64 = (1 << 64) - 1

# --- normalization -------------------------------------------------------------

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
_SYMBOLS_ONLY = re.compile(r"\w+")
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


# --- keys ----------------------------------------------------------------------

#: Distinct words whose stable hash is remembered; the memo is emptied when full.
WORD_MEMO_LIMIT = 1 << 18


class _WordHashes(dict[str, int]):
    """Stable hashes of words, remembered because words recur across comments.

    ``hash()`` of a str is salted per process, which would make the chosen keys,
    and so the output, differ from run to run; CRC-32 does not.
    """

    def __missing__(self, word: str) -> int:
        if len(self) >= WORD_MEMO_LIMIT:
            self.clear()
        code = self[word] = zlib.crc32(word.encode("utf-8", "surrogatepass"))
        return code


_word_hashes = _WordHashes()


def word_hashes(words: list[str]) -> list[int]:
    """Stable hashes of ``words``."""
    return list(map(_word_hashes.__getitem__, words))


def bigram_keys(hashes: list[int]) -> list[int]:
    """The word bigrams' keys in sketch order: the smallest hashes first, at most ``LOOKUP_BIGRAMS``.

    A tuple of ints hashes the same in every run, and well mixed, so the order
    is a fair pseudo-random permutation of bigrams.  The grouper stores a text
    under the first ``SKETCH_SIZE`` of them that are not common phrases (a
    bottom-k sketch) and looks a text up under all of them, so a copy finds
    its original even where some of their keys differ.
    """
    return sorted(set(map(hash, itertools.pairwise(hashes))))[:LOOKUP_BIGRAMS]


def prefix_key(hashes: list[int]) -> int | None:
    """The key shared by a truncated copy and its full version: its opening words.

    The hash of a tuple of ints is the same in every run; kept as one int in a
    range of its own, it costs less memory than the tuple.
    """
    if len(hashes) < PREFIX_KEY_WORDS:
        return None
    return PREFIX_KEY + (hash(tuple(hashes[:PREFIX_KEY_WORDS])) & _MASK64)


Key = int


def deletion_keys(hashes: list[int]) -> list[Key]:
    """Keys that a text of a few words shares with its copies that change one word.

    A copy with a typo in one word, or an emoji run added, is the original
    once that word is left out of both.  Bigrams cannot find such copies in a
    big chat dump: every bigram of a short message is a common phrase.  The
    text without one of its words is specific, so these keys stay rare.
    """
    return [DELETION_KEY + (hash(tuple(hashes[:at] + hashes[at + 1 :])) & _MASK64) for at in range(len(hashes))]


def edge_keys(plain: str) -> list[Key]:
    """Keys that a short text shares with its copies that have one typo.

    One edit leaves either the first or the last half of the letters alone.
    Halves of the text's own length are rare keys, unlike a fixed few letters
    ("hahaha"); as an insertion or deletion changes the length by one, halves
    of two neighbouring lengths are keyed, so a copy always finds one of them.
    """
    halves = {len(plain) // 2, (len(plain) - 1) // 2}
    keys: list[Key] = [_crc_key(plain[:half], HEAD_KEY) for half in halves]
    return keys + [_crc_key(plain[-half:], TAIL_KEY) for half in halves]


def is_weak_key(key: Key) -> bool:
    """Whether ``key`` is a bigram key: one shared bigram is weak evidence of a copy."""
    return key < PLAIN_KEY


def _crc_key(text: str, kind: int) -> int:
    return kind + zlib.crc32(text.encode("utf-8", "surrogatepass"))


def match_keys(print_: Fingerprint) -> list[Key]:
    """The keys under which a text and its near-identical copies meet.

    Only what could ever match is keyed, which keeps memory per distinct text
    small: a short text matches only by its loose form, so it gets no bigram
    sketch; a text too short to be a usable cut-off copy gets no prefix key.
    """
    text = print_.prefix if print_.prefix is not None else print_.normalized
    if len(print_.normalized) > MAX_FUZZY_CHARS:
        return []
    # The letters and digits are keyed by their CRC, not kept: a collision only
    # adds a candidate, which the judgement then turns down.  Emoji and symbols
    # are left out of this key so that a copy with an emoji added meets the
    # original; a text of emoji only is keyed by its loose form.
    plain = word_form(print_.normalized) or loose_form(print_.normalized)
    keys: list[Key] = [_crc_key(plain, PLAIN_KEY)]
    if len(plain) >= MIN_SHORT_TYPO_CHARS and len(print_.normalized) < SHORT_CHARS:
        keys += edge_keys(plain)
    hashes = word_hashes(print_.tokens)
    if len(hashes) in DELETION_KEY_WORDS and print_.prefix is None:
        keys += deletion_keys(hashes)
    if len(text) < min(SHORT_CHARS, MIN_PREFIX_CHARS):
        return keys
    if len(print_.normalized) >= SHORT_CHARS:
        keys.extend(bigram_keys(hashes))
    if len(text) >= MIN_PREFIX_CHARS and (start := prefix_key(hashes)) is not None:
        keys.append(start)
    return keys


# --- judging a pair ------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Fingerprint:
    """What matching needs to know about one distinct text."""

    normalized: str
    """The matching form of the whole text."""
    prefix: str | None = None
    """For a copy cut off by the page, the matching form of what is left before the cut."""
    raw: str = ""
    """The text as written (its capitals tell names from words)."""

    @property
    def truncated(self) -> bool:
        """The text was cut off by the page, so it may match a longer text by prefix."""
        return self.prefix is not None

    @property
    def tokens(self) -> list[str]:
        """The words (and emoji runs) of the text, before the cut for a truncated copy."""
        text = self.normalized if self.prefix is None else self.prefix
        if text.isascii():
            return text.translate(_SEPARATOR_TABLE).split()
        return _SEPARATOR_PATTERN.sub(" ", text).split()


def fingerprint(text: str, *, truncated: bool = False) -> Fingerprint:
    """The fingerprint of a comment; ``truncated`` says the reader already saw a cut."""
    normalized = normalize(text)
    if truncated:
        return Fingerprint(normalized, normalized, text)
    before_cut, marked = split_truncation(text)
    return Fingerprint(normalized, normalize(before_cut) if marked else None, text)


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


def compare(query: Fingerprint, leader: Fingerprint, threshold: float) -> tuple[float, bool] | None:
    """Judge ``query`` against a group's leading text.

    Returns the similarity and whether it was a prefix (truncated) match, or
    None when the two are different comments.  Only a copy marked truncated may
    match by prefix: a comment that merely starts with another one's words is
    a different comment.
    """
    if query.prefix is None and leader.prefix is None:
        score = compare_full(query, leader, threshold)
        return None if score is None else (score, False)
    if query.prefix is not None and leader.prefix is not None:
        cut, full = sorted((query.prefix, leader.prefix), key=len)
    elif query.prefix is not None:
        cut, full = query.prefix, leader.normalized
    else:
        cut, full = leader.prefix or "", query.normalized  # not None here; "or" tells the type checker
    score = compare_prefix(cut, full, threshold, (query.raw, leader.raw))
    return None if score is None else (score, True)
