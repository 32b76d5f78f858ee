"""Generate a seeded, labeled comment dump for the grouping benchmark.

    python bench/generate.py --size 100000 --seed 1 --out bench/out/data/dump-100k

writes ``dump-100k.txt`` (one comment per line, UTF-8) and ``dump-100k.labels.tsv``
(a header, then per dump line: cluster id, family id or empty, variant kind, length band).

Base comments are walks of a word chain trained on the real samples (see
corpus.py) in four length bands: 1-10 words, 11-19, 20-80, and several
paragraphs (150-400 words; paragraphs are joined by a single space, as a
one-comment-per-line dump shows them).  No two bases are near-duplicates:
equal alphanumeric text, a shared 60-character opening, or a rapidfuzz ratio
of 80 or more against bases of similar length in the same block all reject a
candidate.  About 18% of bases repeat, with 1-300 copies each (a power law,
so a heavy tail), which makes about 40% of lines copies.  Hard-negative
families (variants.py, families.py) take about 4% of bases.
"""

from __future__ import annotations

import argparse
import math
import os
import random
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field

import corpus
import families
import numpy as np
import variants
from rapidfuzz import fuzz, process

#: Length bands of base comments: name, share of bases, word range.
BANDS = (("short", 0.50, 1, 10), ("mid", 0.05, 11, 19), ("medium", 0.38, 20, 80), ("long", 0.07, 150, 400))
COPY_SHARE = 0.40
MAX_COPIES = 300
FAMILY_SHARE = 0.04
#: Bases at least this similar (rapidfuzz ratio of their alphanumeric keys) count as near-duplicates.
NEAR = 80
BLOCK_SCAN = 64
DIGEST_CHARS = 300
_ASCII_NOT_ALNUM = bytes(code for code in range(128) if not chr(code).isalnum())


def alnum_key(text: str) -> str:
    """``text`` case-folded without ASCII punctuation and spacing: what two near-copies share.

    Other characters (emoji, curly quotes) stay; the ratio check covers them.
    """
    return text.casefold().encode().translate(None, _ASCII_NOT_ALNUM).decode()


def copy_counts() -> tuple[np.ndarray, float]:
    """The power-law distribution of copies of a repeated base, and its mean."""
    sizes = np.arange(1, MAX_COPIES + 1)
    weights = sizes**-2.0
    weights /= weights.sum()
    return weights, float((sizes * weights).sum())


def _digest(key: str) -> str:
    """What the ratio check compares: a long key's two ends (near-copies share both), so the cost stays flat."""
    return key if len(key) <= DIGEST_CHARS else key[: DIGEST_CHARS // 2] + key[-DIGEST_CHARS // 2 :]


@dataclass
class Registry:
    """The accepted bases, indexed so that a near-duplicate candidate is found cheaply."""

    keys: set[str] = field(default_factory=set)
    openings: set[str] = field(default_factory=set)
    blocks: dict[tuple[str, int], list[str]] = field(default_factory=dict)

    @staticmethod
    def _blocks(key: str) -> list[tuple[str, int]]:
        # Short keys block on two characters, so that "wat" and "wait" meet.
        width = 2 if len(key) < 30 else 20
        # Length bands: three characters wide for short keys, 15% wide for longer ones.
        band = len(key) // 3 if len(key) < 30 else 10 + int(math.log(len(key)) / math.log(1.15))
        return [(part, band) for part in {key[:width], key[-width:]}]

    def check(self, text: str, *, fuzzy: bool = True) -> str | None:
        """The key of ``text`` if it is far enough from every accepted base, else None."""
        key = alnum_key(text)
        if not key or key in self.keys or key[:60] in self.openings:
            return None
        if not fuzzy:
            return key
        digest = _digest(key)
        for part, band in self._blocks(key):
            for near in (band - 1, band, band + 1):
                held = self.blocks.get((part, near))
                scan = BLOCK_SCAN if len(key) < 30 else BLOCK_SCAN // 4
                if held and process.extractOne(digest, held[-scan:], scorer=fuzz.ratio, score_cutoff=NEAR):
                    return None
        return key

    def add(self, key: str) -> None:
        """Accept the base whose key is ``key``."""
        if key in self.keys:
            return
        self.keys.add(key)
        if len(key) >= 60:
            self.openings.add(key[:60])
        for block in self._blocks(key):
            self.blocks.setdefault(block, []).append(_digest(key))


@dataclass(frozen=True)
class Base:
    """One distinct comment (a label) and where it belongs."""

    text: str
    band: str
    family: str = ""


def regular_bases(chain: corpus.WordChain, registry: Registry, count: int, seed: int) -> list[Base]:
    """``count`` distinct bases, band by band in the shares of ``BANDS``."""
    rng = np.random.default_rng(seed)
    chosen: list[Base] = []
    for band, share, low, high in BANDS:
        wanted = round(count * share)
        taken = 0
        while taken < wanted:
            lengths = rng.integers(low, high + 1, size=int((wanted - taken) * 1.25) + 16)
            for text in chain.texts(rng, lengths):
                if taken < wanted and (key := registry.check(text)):
                    registry.add(key)
                    chosen.append(Base(text, band))
                    taken += 1
    order = rng.permutation(len(chosen))
    return [chosen[i] for i in order]


def band_of(text: str) -> str:
    """The length band a family member falls in."""
    words = len(text.split())
    return "short" if words <= 10 else "mid" if words < 20 else "medium" if words <= 80 else "long"


def family_bases(
    chain: corpus.WordChain, registry: Registry, regular: list[Base], count: int, rng: random.Random
) -> list[Base]:
    """About ``count`` bases in hard-negative families, the kinds in equal shares.

    Quote replies take their quoted comment out of ``regular`` (it joins the family).
    """
    made: list[Base] = []
    tails = _tails(chain, rng, count)
    number = attempts = 0
    while len(made) < count and attempts < count * 20:
        kind = families.KINDS[attempts % len(families.KINDS)]
        attempts += 1
        if kind == families.QUOTE_REPLY:
            members = _quote_family(regular, rng, next(tails))
        else:
            members = families.MAKERS[kind](rng, next(tails))
            # Only equal text is refused here: "Really nice video" in one family and
            # "Really good video" in another are both fair hard negatives.
            keys = [registry.check(text, fuzzy=False) for text in members]
            if not all(keys) or len(set(keys)) < len(keys):
                continue
        for text in members:
            registry.add(alnum_key(text))
        made += [Base(text, band_of(text), f"{kind}:{number}") for text in members]
        number += 1
    return made


def _tails(chain: corpus.WordChain, rng: random.Random, batch: int) -> Iterator[str]:
    """Endless chain text to finish family comments: none, a few words, or a sentence or two."""
    nprng = np.random.default_rng(rng.randrange(2**32))
    while True:
        lengths = [rng.choice((0, rng.randint(3, 12), rng.randint(13, 30))) for _ in range(batch + 16)]
        yield from chain.texts(nprng, np.array(lengths))


def _quote_family(regular: list[Base], rng: random.Random, own: str) -> list[str]:
    while True:
        quoted = regular.pop()
        if len(quoted.text) <= 250:
            break
        regular.insert(0, quoted)
    reply = families.quote_reply(rng, quoted.text, own or "this")
    return [quoted.text, reply]


def copies_per_base(bases: int, rng: np.random.Generator) -> np.ndarray:
    """How many copies each base gets: most none, repeated ones a power law of 1-300."""
    weights, mean = copy_counts()
    repeated_share = COPY_SHARE / ((1 - COPY_SHARE) * mean)
    counts = rng.choice(np.arange(1, MAX_COPIES + 1), size=bases, p=weights)
    return np.where(rng.random(bases) < repeated_share, counts, 0)


def assemble(size: int, seed: int) -> tuple[list[str], list[str]]:
    """The dump lines and their label rows, ``size`` of each, shuffled into thread order."""
    rng = random.Random(seed)
    nprng = np.random.default_rng(seed)
    chain = corpus.WordChain.train(corpus.sample_comments())
    # Draw the cluster sizes first, so exactly as many bases are made as the dump needs.
    copies = copies_per_base(size, nprng)
    needed = int(np.searchsorted(np.cumsum(copies + 1), size)) + 1
    registry = Registry()
    regular = regular_bases(chain, registry, needed, seed)
    bases = family_bases(chain, registry, regular, int(needed * FAMILY_SHARE), rng) + regular
    lines: list[str] = []
    labels: list[str] = []
    for cluster, (base, count) in enumerate(zip(bases, copies.tolist(), strict=False)):
        if len(lines) >= size:
            break
        lines.append(base.text)
        labels.append(f"{cluster}\t{base.family}\tbase\t{base.band}")
        allowed = variants.allowed_changes(base.text)
        weights = [variants.COPY_WEIGHTS[kind] for kind in allowed]
        for kind in rng.choices(allowed, weights, k=min(count, size - len(lines))):
            lines.append(variants.make_copy(base.text, kind, rng))
            labels.append(f"{cluster}\t{base.family}\t{kind}\t{base.band}")
    if len(lines) < size:
        print(f"warning: only {len(lines)} lines made", file=sys.stderr)
    order = nprng.permutation(len(lines))
    return [lines[i] for i in order], [labels[i] for i in order]


def write(prefix: str, lines: list[str], labels: list[str]) -> None:
    """Write ``prefix.txt`` and ``prefix.labels.tsv``."""
    os.makedirs(os.path.dirname(prefix) or ".", exist_ok=True)
    with open(prefix + ".txt", "w", encoding="utf-8", newline="\n") as dump:
        dump.write("\n".join(lines) + "\n")
    with open(prefix + ".labels.tsv", "w", encoding="utf-8", newline="\n") as table:
        table.write("cluster\tfamily\tvariant\tband\n" + "\n".join(labels) + "\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", type=int, default=10_000, help="comments (lines) in the dump")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", default="bench/out/data/dump", help="path prefix of the two output files")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    lines, labels = assemble(args.size, args.seed)
    write(args.out, lines, labels)
    copies = sum(1 for row in labels if row.split("\t")[2] != "base")
    print(
        f"{args.out}.txt: {len(lines)} comments, {copies / len(lines):.1%} copies, "
        f"{time.perf_counter() - started:.1f} s",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
