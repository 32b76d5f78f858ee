"""comment-dedup on real comment sections, for reading its merges by eye.

    python bench/realdata.py [--seed 1] [--sample 30]

Runs the CLI (``--split line --format jsonl``) on the YouTube Spam Collection's
CONTENT column (all five files as one thread, then each file alone) and on the
Twitch chat's message column.  Each column is extracted with the csv module
and written one comment per line, inner line breaks replaced by spaces, to
bench/out/real/.  For each run it prints comments, groups, repeated groups
and the ten most repeated comments; for the combined YouTube thread and for
Twitch also a seeded sample of merges that were not byte-for-byte
(normalized, fuzzy or truncated), the group's text above the member's own.
Invisible and control characters are shown as <U+XXXX>.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import unicodedata
from collections import Counter
from typing import Any

import corpus

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "out", "real")
WIDTH = 110


def one_per_line(texts: list[str]) -> list[str]:
    """Comments as dump lines: inner line breaks become spaces."""
    return [text.replace("\r\n", " ").replace("\r", " ").replace("\n", " ") for text in texts]


def datasets() -> list[tuple[str, list[str], bool]]:
    """(name, comments, show merges) for every run, in a fixed order."""
    youtube = {os.path.basename(path)[:-4]: corpus.read_column(path, "CONTENT") for path in corpus.youtube_files()}
    runs = [("youtube-all", [text for texts in youtube.values() for text in texts], True)]
    runs += [(f"youtube-{name}", texts, False) for name, texts in youtube.items()]
    runs.append(("twitch", corpus.read_column(corpus.twitch_file(), "message"), True))
    return runs


def run_tool(name: str, comments: list[str]) -> list[dict[str, Any]]:
    """The groups comment-dedup finds in ``comments`` written one per line."""
    os.makedirs(OUT, exist_ok=True)
    path = os.path.join(OUT, f"{name}.txt")
    with open(path, "w", encoding="utf-8", newline="\n") as dump:
        dump.write("\n".join(one_per_line(comments)) + "\n")
    command = [sys.executable, "-m", "comment_dedup", "--split", "line", "--format", "jsonl", path]
    done = subprocess.run(command, capture_output=True, text=True, encoding="utf-8", check=True)
    return [json.loads(line) for line in done.stdout.splitlines()]


def visible(text: str, width: int = WIDTH) -> str:
    """``text`` on one line with invisible characters named, cut to ``width``."""
    shown = "".join(
        f"<U+{ord(char):04X}>" if unicodedata.category(char)[0] == "C" or char in "\u00a0\u2028\u2029" else char
        for char in text
    )
    return shown if len(shown) <= width else shown[: width - 1] + "\u2026"


def report(name: str, groups: list[dict[str, Any]], sample: int, seed: int, show_merges: bool) -> None:
    comments = sum(group["count"] for group in groups)
    repeated = sum(1 for group in groups if group["count"] > 1)
    rules = Counter(member["match"] for group in groups for member in group["members"])
    print(f"\n== {name}: {comments} comments, {len(groups)} groups, {repeated} repeated groups")
    print("   matches: " + ", ".join(f"{rule} {count}" for rule, count in sorted(rules.items())))
    print("   ten most repeated:")
    for group in sorted(groups, key=lambda group: -group["count"])[:10]:
        print(f"   {group['count']:>6}  {visible(group['text'], 100)}")
    if not show_merges:
        return
    merges = [
        (group, member) for group in groups for member in group["members"] if member["match"] not in ("first", "exact")
    ]
    chosen = random.Random(seed).sample(merges, min(sample, len(merges)))
    print(f"   {len(chosen)} of {len(merges)} normalized/fuzzy/truncated merges (group text, then the member's own):")
    for number, (group, member) in enumerate(chosen, start=1):
        score = f" {member['score']:.0f}" if member.get("score") is not None else ""
        print(f"   {number:>2}. [{member['match']}{score}] line {member['line']}")
        print(f"       group:  {visible(group['text'])}")
        print(f"       member: {visible(member.get('text', group['text']))}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--sample", type=int, default=30, help="merges shown per combined run")
    args = parser.parse_args(argv)
    for name, comments, show_merges in datasets():
        report(name, run_tool(name, comments), args.sample, args.seed, show_merges)
    return 0


if __name__ == "__main__":
    sys.exit(main())
