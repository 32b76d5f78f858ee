"""Two peer groupers the benchmark compares comment-dedup with.

    python bench/peers.py rapidfuzz DUMP OUT
    python bench/peers.py minhash DUMP OUT

Each reads a one-comment-per-line dump and writes the group number of every
line to OUT, one per line.

* ``rapidfuzz``: greedy leader clustering.  Each comment is compared with every
  leader so far (``process.extractOne``, ``fuzz.ratio``, ``default_process``,
  cutoff 90, comment-dedup's default threshold) and joins the best one, or
  becomes a leader.  Quadratic.  A dict catches a processed text equal to a
  leader's first, which changes no result (that leader would score 100).
* ``minhash``: datasketch MinHashLSH over character 5-grams of the lower-cased,
  space-collapsed text (128 permutations, threshold 0.7); each comment is
  queried before it is inserted and joined to every hit with union-find.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator

THRESHOLD = 90
SHINGLE = 5
PERMUTATIONS = 128
LSH_THRESHOLD = 0.7
BATCH = 2000


def read_lines(path: str) -> list[str]:
    with open(path, encoding="utf-8", newline="\n") as handle:
        return handle.read().split("\n")[:-1]


def leader_clusters(lines: list[str]) -> list[int]:
    """Greedy leader clustering with rapidfuzz."""
    from rapidfuzz import fuzz, process
    from rapidfuzz.utils import default_process

    leaders: list[str] = []
    seen: dict[str, int] = {}
    groups = []
    for text in lines:
        processed = default_process(text)
        found = seen.get(processed)
        if found is None:
            hit = process.extractOne(processed, leaders, scorer=fuzz.ratio, processor=None, score_cutoff=THRESHOLD)
            if hit is None:
                found = len(leaders)
                leaders.append(processed)
                seen[processed] = found
            else:
                found = hit[2]
        groups.append(found)
    return groups


def shingles(text: str) -> set[bytes]:
    """Character 5-grams of the lower-cased, space-collapsed text."""
    flat = " ".join(text.lower().split())
    if len(flat) <= SHINGLE:
        return {flat.encode()}
    return {flat[i : i + SHINGLE].encode() for i in range(len(flat) - SHINGLE + 1)}


def _find(parent: list[int], item: int) -> int:
    while parent[item] != item:
        parent[item] = parent[parent[item]]
        item = parent[item]
    return item


def _signatures(lines: list[str]) -> Iterator[object]:
    from datasketch import MinHash

    for start in range(0, len(lines), BATCH):
        batch = [shingles(text) for text in lines[start : start + BATCH]]
        yield from MinHash.bulk(batch, num_perm=PERMUTATIONS)


def minhash_clusters(lines: list[str]) -> list[int]:
    """MinHashLSH candidates joined with union-find."""
    from datasketch import MinHashLSH

    lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=PERMUTATIONS)
    parent = list(range(len(lines)))
    for number, signature in enumerate(_signatures(lines)):
        for other in lsh.query(signature):
            root_a, root_b = _find(parent, number), _find(parent, other)
            if root_a != root_b:
                parent[max(root_a, root_b)] = min(root_a, root_b)
        lsh.insert(number, signature, check_duplication=False)
    return [_find(parent, number) for number in range(len(lines))]


def main(argv: list[str]) -> int:
    method, dump, out = argv
    lines = read_lines(dump)
    groups = leader_clusters(lines) if method == "rapidfuzz" else minhash_clusters(lines)
    with open(out, "w", encoding="utf-8") as handle:
        handle.write("\n".join(map(str, groups)) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
