"""comment-dedup on real pasted comment sections, against counts made by hand.

    python bench/pastes.py [--dir DIR] [--only ID[,ID...]] [--show ID]

The pastes are real public copies of comment sections and chat logs that
people saved in public repositories.  Their licences are unknown, so they are
not in this repository: ``bench/pastes.json`` records where each one came
from, its hand count and the traps it holds, and the texts themselves are
looked for in DIR (``--dir``, else ``$COMMENT_DEDUP_PASTES``, else
``bench/out/pastes/``) as ``<id>.txt``.  A paste that is missing, or whose
SHA-256 differs from the one recorded, is listed with its source so that it
can be fetched again; it is not scored.

For every paste the tool is run as a user would run it (``python -m
comment_dedup --format jsonl FILE``, no options) and the table shows:

- ``hand``: comments counted by hand (see ``how_counted`` in the manifest);
- ``tool``: comments the tool read (the sum of the group counts);
- ``off``: ``(tool - hand) / hand``; ``ok`` when within the tolerance of the
  paste's kind (3% for comment sections and tables, 10% for chat, where a
  message boundary is a convention: see ``docs/reading.md``);
- ``chrome``: groups whose whole text is a bare chrome token (a control word,
  a count, an age, a lone bullet) - a comment that is not one (in a chat, or
  a paste marked ``numbers_are_comments`` where people answered with a
  number, a bare number is a message; tables are not checked);
- ``layout``: what the tool said on stderr about how it read the paste.

``--show ID`` prints the comments the tool found in one paste, one per line,
to compare with the paste by eye.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import subprocess
import sys
from dataclasses import dataclass

HERE = os.path.dirname(os.path.abspath(__file__))
MANIFEST = os.path.join(HERE, "pastes.json")
DEFAULT_DIR = os.environ.get("COMMENT_DEDUP_PASTES", os.path.join(HERE, "out", "pastes"))
TOLERANCE = {"comments": 0.03, "table": 0.03, "chat": 0.10}

# A group whose whole text is one of these is page chrome that was counted as a comment.
# Kept independent of the tool's own vocabulary, so that the check cannot agree with a bug.
_CHROME_TOKEN = re.compile(
    r"(?i)(?:reply|replies|share(?: ›)?|like|likes|upvote|downvote|vote|award|report|edited|avatar|"
    r"see more|read more|show more|show less|see translation|load more comments|view \d+ repl(?:y|ies)|"
    r"[\d,.]+\s?[km]?|[\d,.]+[km]? (?:likes?|repl(?:y|ies)|comments?|points?|views?|reactions?)|"
    r"\d{1,3} ?(?:s|m|h|d|w|mo|y|yr|min|hr)s?\.?(?: ago)?|"
    r"(?:a|an|\d{1,3}) (?:second|minute|hour|day|week|month|year)s? ago|"
    r"[•·|›−+\-]|\d{1,2}:\d{2}(?: ?[ap]m)?|today|yesterday|"
    r"(?:•\s*)?(?:reply|share ›|edit)(?:\s*•\s*(?:reply|share ›|edit))*)"
)


@dataclass(frozen=True)
class Result:
    """What the tool made of one paste."""

    comments: int
    chrome: list[str]
    layout: str
    code: int
    texts: list[str]


def load_manifest() -> list[dict[str, object]]:
    """The recorded pastes, in manifest order."""
    with open(MANIFEST, encoding="utf-8") as handle:
        pastes: list[dict[str, object]] = json.load(handle)["pastes"]
    return pastes


def paste_path(directory: str, paste: dict[str, object]) -> str:
    return os.path.join(directory, f"{paste['id']}.txt")


def check_file(path: str, paste: dict[str, object]) -> str | None:
    """Why the paste at ``path`` cannot be scored, or None when it is the recorded one."""
    if not os.path.exists(path):
        return "missing"
    with open(path, "rb") as handle:
        digest = hashlib.sha256(handle.read()).hexdigest()
    if digest != paste["sha256"]:
        return "differs from the recorded text (sha256)"
    return None


# In a chat a bare number is often a message (a score, an answer), so it is not chrome there.
_NUMBER = re.compile(r"[\d,.]+")


def run_tool(path: str, kind: str = "comments", numbers: bool = False) -> Result:
    """Run the command on one paste as a user would, and read its output back."""
    done = subprocess.run(
        [sys.executable, "-m", "comment_dedup", "--format", "jsonl", path],
        capture_output=True,
        text=True,
        timeout=300,
    )
    groups = [json.loads(line) for line in done.stdout.splitlines() if line.strip()]
    comments = sum(group["count"] for group in groups)
    chrome = [
        group["text"]
        for group in groups
        if _CHROME_TOKEN.fullmatch(group["text"].strip())
        and kind != "table"
        and not ((numbers or kind == "chat") and _NUMBER.fullmatch(group["text"].strip()))
    ]
    said = [line.removeprefix("comment-dedup: ") for line in done.stderr.splitlines()]
    layout = "; ".join(line.removeprefix(f"read {path} as ") for line in said if line.startswith(("read ", "error")))
    texts = [member.get("text", group["text"]) for group in groups for member in group["members"]]
    return Result(comments, chrome, layout or "plain text", done.returncode, texts)


def source_of(paste: dict[str, object]) -> str:
    """Where a paste came from, in one line."""
    source = paste["source"]
    assert isinstance(source, dict)
    if source.get("repo"):
        commit = str(source.get("commit"))[:12]
        return f"github:{source['repo']} {source.get('path')} @ {commit} lines {source['lines']}"
    return f"search index file id {source.get('index_id')} ({source.get('lines')})"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dir", default=DEFAULT_DIR, help="where the <id>.txt pastes are")
    parser.add_argument("--only", default="", help="comma-separated ids to run")
    parser.add_argument("--show", default="", help="print the comments the tool found in this paste")
    args = parser.parse_args()
    pastes = load_manifest()
    if args.show:
        paste = next(p for p in pastes if p["id"] == args.show)
        result = run_tool(paste_path(args.dir, paste))
        for number, text in enumerate(result.texts, start=1):
            print(f"{number:4d} {text[:150]!r}")
        print(result.layout)
        return 0
    wanted = set(filter(None, args.only.split(",")))
    rows, missing = [], []
    for paste in pastes:
        if wanted and paste["id"] not in wanted:
            continue
        problem = check_file(paste_path(args.dir, paste), paste)
        if problem:
            missing.append(f"  {paste['id']}: {problem}; source: {source_of(paste)}")
            continue
        numbers = bool(paste.get("numbers_are_comments"))
        rows.append((paste, run_tool(paste_path(args.dir, paste), str(paste["kind"]), numbers)))
    print_table(rows)
    if missing:
        print(f"\nnot scored ({len(missing)}):", *missing, sep="\n")
    return 0


def print_table(rows: list[tuple[dict[str, object], Result]]) -> None:
    print(f"{'id':46} {'site':13} {'kind':8} {'hand':>5} {'tool':>5} {'off':>7}  ok  chrome  layout")
    within = chrome_total = unrecognised = 0
    for paste, result in rows:
        hand = int(str(paste["hand_count"]))
        off = (result.comments - hand) / hand
        ok = abs(off) <= TOLERANCE[str(paste["kind"])] + 1e-9
        within += ok
        chrome_total += len(result.chrome)
        unrecognised += result.layout == "plain text" and paste["kind"] != "table"
        print(
            f"{paste['id']:46} {paste['site']:13} {paste['kind']:8} {hand:5d} {result.comments:5d} {off:+7.1%}"
            f"  {'ok' if ok else '--'}  {len(result.chrome):6d}  {result.layout[:110]}"
        )
        for text in result.chrome[:5]:
            print(f"{'':50} chrome group: {text!r}")
    if rows:
        print(
            f"\n{within}/{len(rows)} pastes ({within / len(rows):.0%}) within tolerance; "
            f"{chrome_total} chrome groups; {unrecognised} comment pastes read as plain text"
        )


if __name__ == "__main__":
    sys.exit(main())
