"""Keys: cheap values that bring a text and its near-identical copies together, without all pairs.

Each distinct text gets a few keys:

- its letters and digits (CRC-32): copies that differ only by punctuation, spacing or emoji meet;
- for a short text, each half of its letters: one typo leaves one half alone;
- for a text of 3 to 12 words, one key per word left out: a copy that changes one word (a typo, an
  emoji run) is the original once that word is left out of both;
- its word bigrams, in a fixed pseudo-random order (stable hashes, smallest first): a copy with a
  few typos still shares most of them;
- its first five words: a copy cut off by the page meets its full version.

The grouper (:mod:`.index`) stores a text under its exact keys and a sketch of its rarest bigrams,
and looks a text up under all of them; rapidfuzz and the guards then judge each candidate
(:mod:`.judge`).  Keys are ints in ranges of their own, which cost less memory than tuples.
"""

from __future__ import annotations

import itertools
import zlib

from .fingerprint import Fingerprint
from .judge import MAX_FUZZY_CHARS, MIN_PREFIX_CHARS, MIN_SHORT_TYPO_CHARS, SHORT_CHARS
from .normalize import loose_form, word_form

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
