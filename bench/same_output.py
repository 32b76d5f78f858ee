"""Record, then check, that a change of the code leaves every output byte for byte as it was.

    python bench/same_output.py --record bench/out/outputs-before.json    # on the old code
    python bench/same_output.py --check bench/out/outputs-before.json     # on the new code

Runs the command as a user would (``python -m comment_dedup``) on the bundled
samples, every test fixture and the benchmark dumps found in ``bench/out/data``
(make them with ``bench/generate.py``), in every output format and report
(plain, terminal at 100 columns with and without colour, json, jsonl, csv,
tsv, -z, --explain, --borderline, --stats, find), and keeps the SHA-256 of
stdout and stderr and the exit status of each run.  ``--check`` prints every
run whose output differs and exits 1 if any does.
"""

from __future__ import annotations

import argparse
import glob
import hashlib
import json
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)

RUNS = {
    "plain": [],
    "terminal": ["-f", "terminal", "--color", "never"],
    "terminal-color": ["-f", "terminal", "--color", "always"],
    "json": ["-f", "json"],
    "jsonl": ["-f", "jsonl"],
    "csv": ["-f", "csv"],
    "tsv": ["-f", "tsv"],
    "zero": ["-z"],
    "explain": ["--explain"],
    "explain-json": ["--explain", "-f", "jsonl"],
    "borderline": ["--borderline", "5"],
    "stats": ["--stats", "-f", "jsonl"],
    "count-repeated": ["--sort", "count", "-d"],
}
# The benchmark dumps are big: the formats that take most of the time on them.
DUMP_RUNS = ("plain", "jsonl", "csv", "explain-json", "stats")


def inputs() -> list[str]:
    """Every file the runs read, relative to the repository."""
    patterns = ["samples/*.txt", "samples/*/*.csv", "tests/fixtures/*/*"]
    found = sorted({path for pattern in patterns for path in glob.glob(os.path.join(REPO, pattern))})
    return [os.path.relpath(path, REPO) for path in found if not path.endswith(".expected.json")]


def dumps() -> list[str]:
    return sorted(os.path.relpath(path, REPO) for path in glob.glob(os.path.join(HERE, "out", "data", "dump-*.txt")))


def run(args: list[str]) -> dict[str, object]:
    env = {**os.environ, "COLUMNS": "100", "LC_ALL": "C.UTF-8"}
    env.pop("NO_COLOR", None)
    env.pop("FORCE_COLOR", None)
    done = subprocess.run(
        [sys.executable, "-m", "comment_dedup", *args], cwd=REPO, capture_output=True, env=env, timeout=3600
    )
    return {
        "code": done.returncode,
        "stdout": hashlib.sha256(done.stdout).hexdigest(),
        "stderr": hashlib.sha256(done.stderr).hexdigest(),
    }


def plan() -> dict[str, list[str]]:
    """Every run, by a name that says what it is."""
    runs = {f"{name} {path}": [*args, path] for path in inputs() for name, args in RUNS.items()}
    runs.update({f"{name} {path}": [*RUNS[name], "--split", "line", path] for path in dumps() for name in DUMP_RUNS})
    quote = "I agree with the general ideas here"
    runs[f"find {quote}"] = ["find", quote, "samples/article-comments.txt"]
    runs[f"find json {quote}"] = ["find", "-f", "json", quote, "samples/article-comments.txt"]
    runs["find absent"] = ["find", "Nobody wrote this.", "samples/article-comments.txt"]
    return runs


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    action = parser.add_mutually_exclusive_group(required=True)
    action.add_argument("--record", metavar="FILE", help="write the digests of every run to FILE")
    action.add_argument("--check", metavar="FILE", help="compare every run with the digests in FILE")
    args = parser.parse_args()
    runs = plan()
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        results = dict(zip(runs, pool.map(run, runs.values()), strict=True))
    if args.record:
        os.makedirs(os.path.dirname(os.path.abspath(args.record)), exist_ok=True)
        with open(args.record, "w", encoding="utf-8") as handle:
            json.dump(results, handle, indent=1, sort_keys=True)
        print(f"{len(results)} runs recorded in {args.record}")
        return 0
    with open(args.check, encoding="utf-8") as handle:
        before = json.load(handle)
    differ = [name for name in sorted(set(before) | set(results)) if before.get(name) != results.get(name)]
    for name in differ:
        print(f"differs: {name}: {before.get(name)} -> {results.get(name)}")
    print(f"{len(results) - len(differ)} of {len(results)} runs byte-identical")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
