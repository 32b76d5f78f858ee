"""Score a grouping of a benchmark dump against its labels.

    python bench/score.py bench/out/data/dump-10k.labels.tsv groups.jsonl

``groups.jsonl`` is comment-dedup's ``--format jsonl`` output (members[].index
are 0-based dump lines).  Pairwise precision and recall come from contingency
counts, never from listing pairs: with ``C(n) = n(n-1)/2``,

* true pairs      = sum of C(size) over label clusters,
* predicted pairs = sum of C(size) over predicted groups,
* correct pairs   = sum of C(size) over (label, group) intersections.

Also counted: hard-negative merges (pairs of different labels of one family
that share a group, per family kind) and, per variant kind and length band,
recall of copies (the copy landed in the group of its label's base line).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Labels:
    """The labels file, one entry per dump line."""

    cluster: list[int]
    family: list[str]
    variant: list[str]
    band: list[str]

    @classmethod
    def read(cls, path: str) -> Labels:
        clusters, family, variant, band = [], [], [], []
        with open(path, encoding="utf-8") as handle:
            next(handle)
            for row in handle:
                parts = row.rstrip("\n").split("\t")
                clusters.append(int(parts[0]))
                family.append(parts[1])
                variant.append(parts[2])
                band.append(parts[3] if len(parts) > 3 else "")
        return cls(clusters, family, variant, band)


def read_assignment(path_or_lines: str | Iterable[str], lines: int) -> list[int]:
    """The predicted group of every dump line, from comment-dedup's JSONL.

    A line the tool did not report (dropped as "not a comment") gets a group of its own.
    """
    if isinstance(path_or_lines, str):
        with open(path_or_lines, encoding="utf-8") as handle:
            return read_assignment(list(handle), lines)
    group_of = [-1] * lines
    groups = 0
    for row in path_or_lines:
        groups += 1
        for member in json.loads(row)["members"]:
            group_of[member["index"]] = groups
    missing = [i for i, group in enumerate(group_of) if group < 0]
    if missing:
        print(f"warning: {len(missing)} dump lines not in any group (first: {missing[:5]})", file=sys.stderr)
        for extra, i in enumerate(missing, start=groups + 1):
            group_of[i] = extra
    return group_of


def pairs(counts: Iterable[int]) -> int:
    return sum(n * (n - 1) // 2 for n in counts)


def pairwise(labels: Sequence[int], groups: Sequence[int]) -> dict[str, float]:
    """Pairwise precision, recall and F1 from the contingency table."""
    true = pairs(Counter(labels).values())
    predicted = pairs(Counter(groups).values())
    correct = pairs(Counter(zip(labels, groups, strict=True)).values())
    precision = correct / predicted if predicted else 1.0
    recall = correct / true if true else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "true_pairs": true, "predicted_pairs": predicted}


def family_merges(labels: Labels, groups: Sequence[int]) -> tuple[dict[str, int], list[tuple[int, int]]]:
    """Per family kind, pairs of different labels of one family put in one group; and those pairs as lines."""
    members: dict[tuple[str, int], dict[int, int]] = defaultdict(dict)
    for line, (family, cluster) in enumerate(zip(labels.family, labels.cluster, strict=True)):
        if family:
            members[family, groups[line]].setdefault(cluster, line)
    merged: dict[str, set[tuple[int, int]]] = defaultdict(set)
    examples: list[tuple[int, int]] = []
    for (family, _), clusters in members.items():
        found = sorted(clusters.items())
        for i, (first, line_a) in enumerate(found):
            for second, line_b in found[i + 1 :]:
                merged[family.split(":")[0]].add((first, second))
                examples.append((line_a, line_b))
    kinds = {family.split(":")[0] for family in labels.family if family}
    return {kind: len(merged.get(kind, ())) for kind in sorted(kinds)}, examples


def base_lines(labels: Labels) -> dict[int, int]:
    """The dump line of each label's base comment."""
    rows = enumerate(zip(labels.cluster, labels.variant, strict=True))
    return {cluster: line for line, (cluster, kind) in rows if kind == "base"}


def variant_recall(labels: Labels, groups: Sequence[int]) -> tuple[dict[str, dict[str, float]], list[int]]:
    """Per variant kind (and per kind and band): copies found in their base's group; and the missed lines."""
    base = base_lines(labels)
    found: Counter[str] = Counter()
    total: Counter[str] = Counter()
    missed: list[int] = []
    for line, (cluster, kind, band) in enumerate(zip(labels.cluster, labels.variant, labels.band, strict=True)):
        if kind == "base":
            continue
        hit = groups[line] == groups[base[cluster]]
        for name in (kind, f"{kind}/{band}"):
            total[name] += 1
            found[name] += hit
        if not hit:
            missed.append(line)
    table = {name: {"copies": total[name], "recall": found[name] / total[name]} for name in sorted(total)}
    return table, missed


def score(labels: Labels, groups: Sequence[int]) -> dict[str, object]:
    """Everything the benchmark reports about one grouping."""
    merges, _ = family_merges(labels, groups)
    recall, _ = variant_recall(labels, groups)
    return {
        **pairwise(labels.cluster, groups),
        "groups": len(set(groups)),
        "labels": len(set(labels.cluster)),
        "family_merges": merges,
        "variant_recall": recall,
    }


def read_dump(path: str) -> list[str]:
    with open(path, encoding="utf-8", newline="\n") as handle:
        return handle.read().split("\n")[:-1]


def _shown(text: str, width: int = 300) -> str:
    text = "".join(f"<U+{ord(c):04X}>" if ord(c) >= 0xE0000 or c in "\u200b\ufeff" else c for c in text)
    return repr(text if len(text) <= width else text[: width - 1] + "\u2026")


def _around_difference(a: str, b: str, before: int = 80) -> tuple[str, str]:
    """Both texts from a little before their first difference, so long texts show what changed."""
    same = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
    start = max(0, same - before)
    return ("\u2026" if start else "") + a[start:], ("\u2026" if start else "") + b[start:]


def failure_examples(labels: Labels, groups: Sequence[int], lines: Sequence[str], per_kind: int, seed: int) -> str:
    """Seeded examples of missed copies (per variant kind) and of hard-negative merges (per family kind)."""
    rng = random.Random(seed)
    base = base_lines(labels)
    _, missed = variant_recall(labels, groups)
    by_kind: dict[str, list[int]] = defaultdict(list)
    for line in missed:
        by_kind[labels.variant[line]].append(line)
    out = []
    for kind, found in sorted(by_kind.items()):
        out.append(f"missed copies, {kind} ({len(found)}):")
        for line in rng.sample(found, min(per_kind, len(found))):
            original, copy = _around_difference(lines[base[labels.cluster[line]]], lines[line])
            out.append(f"  [{labels.band[line]}] base: {_shown(original)}")
            out.append(f"  {' ' * (len(labels.band[line]) + 3)}copy: {_shown(copy)}")
    _, merged = family_merges(labels, groups)
    by_family: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for a, b in merged:
        by_family[labels.family[a].split(":")[0]].append((a, b))
    for kind, found in sorted(by_family.items()):
        out.append(f"hard-negative merges, {kind} ({len(found)} line pairs):")
        for a, b in rng.sample(found, min(per_kind, len(found))):
            out.append(f"  {_shown(lines[a])}\n  {_shown(lines[b])}  (labels {labels.cluster[a]}, {labels.cluster[b]})")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("labels")
    parser.add_argument("groups", help="comment-dedup --format jsonl output")
    parser.add_argument("--examples", type=int, default=0, help="print this many failure examples per kind")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    labels = Labels.read(args.labels)
    groups = read_assignment(args.groups, len(labels.cluster))
    json.dump(score(labels, groups), sys.stdout, indent=1)
    print()
    if args.examples:
        dump = read_dump(args.labels.removesuffix(".labels.tsv") + ".txt")
        print(failure_examples(labels, groups, dump, args.examples, args.seed))
    return 0


if __name__ == "__main__":
    sys.exit(main())
