"""Peak memory of comment-dedup on a big dump of repeats and on a dump of unique comments.

    python bench/memory.py                 # 1 GB mostly repeats, 200 MB all unique
    python bench/memory.py --scale 0.1     # a tenth of each, for a quick look

Memory should grow with the unique text plus a small fixed cost per comment.
Each dump is made once (seeded) in bench/out/memory/, then the tool runs on it
in a child process (``--split line --format plain``, output discarded) and
``os.wait4`` gives the child's peak RSS.  The figure to read is bytes per
comment: (peak RSS - RSS of the same run on the unique comments alone) divided
by the comments read, which is what each repeat costs.
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "out", "memory")
WORDS = [
    "the",
    "a",
    "video",
    "song",
    "great",
    "love",
    "this",
    "comment",
    "channel",
    "check",
    "out",
    "my",
    "new",
    "please",
    "subscribe",
    "thanks",
    "really",
    "nice",
    "best",
    "ever",
    "first",
    "who",
    "is",
    "watching",
    "in",
    "2024",
    "so",
    "good",
    "music",
    "beautiful",
    "voice",
    "amazing",
]


def comment(rng: random.Random, serial: int) -> str:
    """A comment-like line, made unique by its serial number spelled as words."""
    body = " ".join(rng.choice(WORDS) for _ in range(rng.randint(6, 24)))
    return f"{body} number {serial}"


def make_dump(path: str, megabytes: float, distinct: int | None, seed: int) -> int:
    """Write about ``megabytes`` MB of comments; ``distinct`` of them repeated, or all unique."""
    rng = random.Random(seed)
    pool = [comment(rng, serial) for serial in range(distinct)] if distinct else []
    target, written, lines = megabytes * 1_000_000, 0, 0
    with open(path, "w", encoding="utf-8") as dump:
        while written < target:
            text = rng.choice(pool) if pool else comment(rng, lines)
            dump.write(text + "\n")
            written += len(text) + 1
            lines += 1
    return lines


def measure(path: str) -> tuple[float, float]:
    """Wall seconds and peak RSS (MiB) of the tool on ``path``."""
    started = time.monotonic()
    command = [sys.executable, "-m", "comment_dedup", "--split", "line", "--format", "plain", path]
    with open(os.devnull, "wb") as sink:
        child = subprocess.Popen(command, stdout=sink)
        _, status, usage = os.wait4(child.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"comment-dedup failed on {path}")
    return time.monotonic() - started, usage.ru_maxrss / 1024


def run_case(name: str, megabytes: float, distinct: int | None, seed: int) -> None:
    os.makedirs(OUT, exist_ok=True)
    path = os.path.join(OUT, f"{name}-{megabytes:g}MB-s{seed}.txt")
    if os.path.exists(path):
        with open(path, "rb") as dump:
            lines = sum(1 for _ in dump)
    else:
        lines = make_dump(path, megabytes, distinct, seed)
    wall, rss = measure(path)
    unique_note = f"{distinct:,} distinct" if distinct else "all distinct"
    print(f"{name:>8}: {megabytes:g} MB, {lines:,} comments ({unique_note}): {wall:.1f} s, peak RSS {rss:,.0f} MiB")
    if distinct:
        unique_path = os.path.join(OUT, f"{name}-distinct-s{seed}.txt")
        with open(path, encoding="utf-8") as dump, open(unique_path, "w", encoding="utf-8") as out:
            seen: set[str] = set()
            for text in dump:
                if text not in seen:
                    seen.add(text)
                    out.write(text)
        _, base = measure(unique_path)
        per_comment = (rss - base) * 1024 * 1024 / lines
        print(
            f"{'':>8}  the distinct comments alone: peak RSS {base:,.0f} MiB; each comment costs about "
            f"{per_comment:,.0f} bytes"
        )
    else:
        size = os.path.getsize(path)
        print(
            f"{'':>8}  peak RSS / input size: {rss * 1024 * 1024 / size:.1f}; about "
            f"{rss * 1024 * 1024 / lines:,.0f} bytes per distinct comment"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scale", type=float, default=1.0, help="fraction of the full sizes (1 GB and 200 MB)")
    parser.add_argument("--seed", type=int, default=1)
    options = parser.parse_args()
    run_case("repeats", 1000 * options.scale, 10_000, options.seed)
    run_case("unique", 200 * options.scale, None, options.seed)


if __name__ == "__main__":
    main()
