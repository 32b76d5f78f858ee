"""Real comment text from the shared samples, and a word chain trained on it.

The benchmark's base comments are walks of an order-1 word Markov chain over
real comments (YouTube Spam Collection CONTENT, Twitch chat messages, the
article-comments sample), so their words, lengths of phrases and punctuation
look like comment sections.  The chain is walked for many comments at once
with numpy, which is what makes a million-line dump quick to generate.
"""

from __future__ import annotations

import csv
import glob
import html
import os
import re
from collections import Counter
from dataclasses import dataclass

import numpy as np

SAMPLES = os.environ.get("COMMENT_DEDUP_SAMPLES", "/work/shared/samples")

_TAG = re.compile(r"<[^>]+>")
# Line and paragraph separators that would split a comment in a one-per-line dump.
_BREAKS = re.compile(r"[\r\n\v\f\x1c-\x1e\x85\u2028\u2029]+")
# The Twitch sample was collected by filtering on this emote; as a word it would be everywhere.
_COLLECTOR_FILTER = re.compile(r"\bpeepoHas\b")
#: Longer "words" (tracking URLs of spam) are left out of the chain: one of them would
#: make up most of a generated comment and make unrelated comments look alike.
MAX_WORD_CHARS = 40


def clean(text: str) -> str:
    """A raw sample comment as one line of plain text (HTML entities and tags resolved)."""
    text = _TAG.sub(" ", html.unescape(text)).replace("\ufeff", "")
    return " ".join(_BREAKS.sub(" ", text).split())


def read_column(path: str, column: str) -> list[str]:
    """One column of a CSV file, as read by the csv module."""
    with open(path, newline="", encoding="utf-8") as handle:
        return [row[column] for row in csv.DictReader(handle)]


def youtube_files() -> list[str]:
    """The five YouTube Spam Collection CSVs, in name order."""
    return sorted(glob.glob(os.path.join(SAMPLES, "youtube-spam-collection", "*.csv")))


def twitch_file() -> str:
    """The Twitch chat CSV."""
    return os.path.join(SAMPLES, "twitch-chat", "messages.csv")


def sample_comments() -> list[str]:
    """Distinct cleaned comments from all samples, in a fixed order."""
    texts = [text for path in youtube_files() for text in read_column(path, "CONTENT")]
    texts += [_COLLECTOR_FILTER.sub(" ", text) for text in read_column(twitch_file(), "message")]
    article = os.path.join(SAMPLES, "article-comments.txt")
    if os.path.exists(article):
        with open(article, encoding="utf-8") as handle:
            texts += handle.read().splitlines()
    cleaned = (clean(text) for text in texts)
    return list(dict.fromkeys(text for text in cleaned if text))


@dataclass(frozen=True)
class WordChain:
    """An order-1 word Markov chain stored flat, for vectorized walks.

    Token 0 is the end of a comment; its successors are the comment openers,
    so a walk that reaches the end of one comment carries on with another.
    ``keys`` holds, for every transition, ``state + cumulative probability``,
    so one ``searchsorted`` over all walks picks every next token at once.
    """

    words: list[str]
    keys: np.ndarray
    targets: np.ndarray

    @classmethod
    def train(cls, comments: list[str]) -> WordChain:
        """Count word transitions in ``comments``."""
        index: dict[str, int] = {"": 0}
        pairs: Counter[tuple[int, int]] = Counter()
        for comment in comments:
            state = 0
            for word in comment.split():
                if len(word) > MAX_WORD_CHARS:
                    continue
                token = index.setdefault(word, len(index))
                pairs[state, token] += 1
                state = token
            pairs[state, 0] += 1
        table = np.array([(a, b, n) for (a, b), n in sorted(pairs.items())], dtype=np.float64)
        states, targets, counts = table[:, 0], table[:, 1].astype(np.int32), table[:, 2]
        totals = np.bincount(states.astype(np.int64), weights=counts)
        running = np.cumsum(counts)
        first = np.searchsorted(states, states, side="left")
        before = running[first] - counts[first]
        keys = states + (running - before) / totals[states.astype(np.int64)]
        return cls(list(index), keys, targets)

    def walk(self, rng: np.random.Generator, walks: int, steps: int) -> np.ndarray:
        """``walks`` token walks of ``steps`` tokens each, every one starting a new comment."""
        out = np.empty((walks, steps), dtype=np.int32)
        state = np.zeros(walks, dtype=np.int32)
        top = len(self.keys) - 1
        for step in range(steps):
            pick = np.searchsorted(self.keys, state + rng.random(walks), side="left")
            state = self.targets[np.minimum(pick, top)]
            out[:, step] = state
        return out

    def texts(self, rng: np.random.Generator, lengths: np.ndarray) -> list[str]:
        """One text per entry of ``lengths``, each that many words.

        The texts are consecutive slices of a few long walks (comment ends
        dropped), cut with numpy offsets rather than word by word in Python.
        """
        needed = int(lengths.sum())
        if needed == 0:
            return ["" for _ in lengths]
        lanes = 4096
        tokens = np.empty(0, dtype=np.int32)
        while len(tokens) < needed:
            walked = self.walk(rng, lanes, (needed - len(tokens)) * 5 // (4 * lanes) + 8).ravel()
            tokens = np.concatenate([tokens, walked[walked != 0]])
        tokens = tokens[:needed]
        chars = self._word_lengths()[tokens] + 1
        ends = np.cumsum(lengths)
        char_ends = np.cumsum(chars)
        stops = char_ends[ends - 1] - 1
        starts = np.concatenate([[0], char_ends[ends[:-1] - 1]])
        text = " ".join(np.array(self.words, dtype=object)[tokens].tolist())
        return [text[a:b] for a, b in zip(starts.tolist(), stops.tolist(), strict=True)]

    def _word_lengths(self) -> np.ndarray:
        return np.array([len(word) for word in self.words], dtype=np.int64)
