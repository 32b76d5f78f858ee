"""Run the grouping benchmark: comment-dedup against awk and two peers.

    python bench/run.py                      # 10k, 100k and 1M comments
    python bench/run.py --sizes 10k,100k     # a quicker run

For each size, one generated dump (bench/out/data/, made once per size and
seed) is given to every contender, each in its own subprocess:

* comment-dedup: ``python -m comment_dedup --split line --format jsonl FILE``;
* ``awk '!seen[$0]++' FILE``: exact-line dedup, the floor for reading and hashing;
* rapidfuzz greedy leader clustering and datasketch MinHashLSH (peers.py),
  each stopped after ``--timeout`` seconds ("timed out").

Wall time, CPU time (user + sys) and peak RSS come from ``os.wait4`` on the
child.  Quality is pairwise precision/recall/F1 against the labels (score.py).
The table is printed and written as JSON to bench/out/.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import time
from dataclasses import asdict, dataclass
from typing import Any

import score

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "out")
GENERATOR_FILES = ("generate.py", "corpus.py", "variants.py", "families.py")


@dataclass
class Measured:
    """One contender's run on one dump."""

    wall: float | None = None
    cpu: float | None = None
    rss_mib: float | None = None
    status: str = "ok"
    precision: float | None = None
    recall: float | None = None
    f1: float | None = None
    groups: int | None = None


def parse_size(text: str) -> int:
    text = text.strip().lower()
    scale = {"k": 1_000, "m": 1_000_000}.get(text[-1:], 1)
    return int(float(text.rstrip("km")) * scale)


def size_name(size: int) -> str:
    return f"{size // 1_000_000}M" if size % 1_000_000 == 0 else f"{size // 1000}k" if size % 1000 == 0 else str(size)


def measure(command: list[str], stdout_path: str, timeout: float | None) -> Measured:
    """Run ``command`` with stdout to a file; wall, CPU and peak RSS of that child alone."""
    with open(stdout_path, "wb") as stdout:
        started = time.perf_counter()
        child = subprocess.Popen(command, stdout=stdout, stderr=subprocess.PIPE)
        deadline = started + timeout if timeout else None
        while True:
            pid, status, usage = os.wait4(child.pid, os.WNOHANG)
            if pid:
                break
            if deadline and time.perf_counter() > deadline:
                child.kill()
                os.wait4(child.pid, 0)
                return Measured(status="timed out")
            time.sleep(0.01)
        wall = time.perf_counter() - started
    child.returncode = os.waitstatus_to_exitcode(status)
    errors = child.stderr.read().decode(errors="replace") if child.stderr else ""
    # ru_maxrss is in KiB on Linux.
    result = Measured(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024)
    if child.returncode != 0:
        result.status = f"exit {child.returncode}: {errors.strip()[-200:]}"
    return result


def generator_version() -> str:
    """A digest of the generator's sources: a changed generator never reuses an old dump."""
    digest = hashlib.sha1()
    for name in GENERATOR_FILES:
        with open(os.path.join(HERE, name), "rb") as source:
            digest.update(source.read())
    return digest.hexdigest()[:8]


def ensure_dump(size: int, seed: int) -> str:
    """The dump prefix for ``size`` and ``seed``, generated when missing."""
    prefix = os.path.join(OUT, "data", f"dump-{size_name(size)}-s{seed}-{generator_version()}")
    if not os.path.exists(prefix + ".labels.tsv"):
        script = os.path.join(HERE, "generate.py")
        subprocess.run([sys.executable, script, "--size", str(size), "--seed", str(seed), "--out", prefix], check=True)
    return prefix


def add_quality(result: Measured, labels: score.Labels, groups: list[int]) -> dict[str, Any]:
    scored = score.score(labels, groups)
    result.precision, result.recall, result.f1 = scored["precision"], scored["recall"], scored["f1"]  # type: ignore[assignment]
    result.groups = scored["groups"]  # type: ignore[assignment]
    return scored


def read_peer(path: str) -> list[int]:
    with open(path, encoding="utf-8") as handle:
        return [int(line) for line in handle]


def core_version() -> str:
    """The commit the tool runs from, marked dirty when its sources have local changes."""

    def git(*args: str) -> str:
        done = subprocess.run(["git", *args], cwd=HERE, capture_output=True, text=True, check=False)
        return done.stdout.strip()

    commit = git("rev-parse", "--short", "HEAD") or "unknown"
    return commit + ("+dirty" if git("status", "--porcelain", "--", "../src") else "")


def run_size(size: int, seed: int, timeout: float, peers: bool) -> dict[str, Any]:
    """Every contender on the dump of ``size`` comments."""
    prefix = ensure_dump(size, seed)
    core = core_version()
    dump, labels = prefix + ".txt", score.Labels.read(prefix + ".labels.tsv")
    work = os.path.join(OUT, "runs")
    os.makedirs(work, exist_ok=True)
    name = size_name(size)
    results: dict[str, Measured] = {}
    print(f"[{name}] comment-dedup ...", file=sys.stderr, flush=True)
    tool_out = os.path.join(work, f"comment-dedup-{name}.jsonl")
    command = [sys.executable, "-m", "comment_dedup", "--split", "line", "--format", "jsonl", dump]
    results["comment-dedup"] = measure(command, tool_out, None)
    detail: dict[str, Any] = {}
    if results["comment-dedup"].status == "ok":
        detail = add_quality(results["comment-dedup"], labels, score.read_assignment(tool_out, len(labels.cluster)))
    print(f"[{name}] awk ...", file=sys.stderr, flush=True)
    results["awk"] = measure(["awk", "!seen[$0]++", dump], os.devnull, None)
    for peer, method in (("rapidfuzz", "rapidfuzz"), ("datasketch", "minhash")) if peers else ():
        print(f"[{name}] {peer} ...", file=sys.stderr, flush=True)
        peer_out = os.path.join(work, f"{peer}-{name}.txt")
        script = os.path.join(HERE, "peers.py")
        results[peer] = measure([sys.executable, script, method, dump, peer_out], os.devnull, timeout)
        if results[peer].status == "ok":
            add_quality(results[peer], labels, read_peer(peer_out))
    runs = {k: asdict(v) for k, v in results.items()}
    return {"size": size, "dump": dump, "core": core, "results": runs, "tool_detail": detail}


def _cell(value: float | None, spec: str) -> str:
    return "-" if value is None else format(value, spec)


def print_table(runs: list[dict[str, Any]]) -> None:
    """The main table: one row per size and contender."""
    header = f"{'size':>6} {'contender':<14} {'wall s':>8} {'cpu s':>8} {'RSS MiB':>8} {'x awk':>7} "
    print(header + f"{'P':>7} {'R':>7} {'F1':>7} {'groups':>8}  status")
    for run in runs:
        awk = run["results"]["awk"]["wall"]
        for contender, result in run["results"].items():
            ratio = result["wall"] / awk if result["wall"] and awk else None
            print(
                f"{size_name(run['size']):>6} {contender:<14} {_cell(result['wall'], '.2f'):>8} "
                f"{_cell(result['cpu'], '.2f'):>8} {_cell(result['rss_mib'], '.0f'):>8} {_cell(ratio, '.1f'):>7} "
                f"{_cell(result['precision'], '.4f'):>7} {_cell(result['recall'], '.4f'):>7} "
                f"{_cell(result['f1'], '.4f'):>7} {result['groups'] or '-':>8}  {result['status']}"
            )


def print_tool_detail(runs: list[dict[str, Any]]) -> None:
    """Per size: hard-negative merges per family kind and recall per variant kind."""
    for run in runs:
        detail = run["tool_detail"]
        if not detail:
            continue
        merges = ", ".join(f"{kind} {count}" for kind, count in detail["family_merges"].items())
        print(f"\ncomment-dedup at {size_name(run['size'])} (core {run['core']})")
        print(f"  hard-negative merges (label pairs): {merges}")
        kinds = {kind: row for kind, row in detail["variant_recall"].items() if "/" not in kind}
        print("  recall by variant kind: " + ", ".join(f"{k} {v['recall']:.3f}" for k, v in kinds.items()))
        weak = [f"{k} {v['recall']:.3f} (n={v['copies']})" for k, v in detail["variant_recall"].items()]
        weak = [row for row in weak if "/" in row and float(row.split()[1]) < 0.97]
        if weak:
            print("  kind/band below 0.97: " + ", ".join(weak))


def print_ratios(runs: list[dict[str, Any]]) -> None:
    """Growth from 100k to 1M, and speed against datasketch where both ran."""
    walls = {run["size"]: run["results"]["comment-dedup"]["wall"] for run in runs}
    cpus = {run["size"]: run["results"]["comment-dedup"]["cpu"] for run in runs}
    if walls.get(1_000_000) and walls.get(100_000):
        print(
            f"\ngrowth time(1M)/time(100k): wall {walls[1_000_000] / walls[100_000]:.1f}, "
            f"cpu {cpus[1_000_000] / cpus[100_000]:.1f}"
        )
    for run in runs:
        tool, peer = run["results"]["comment-dedup"], run["results"].get("datasketch")
        if peer and peer["wall"] and tool["wall"]:
            print(
                f"{size_name(run['size'])}: comment-dedup is {peer['wall'] / tool['wall']:.1f}x faster than datasketch "
                f"(F1 {tool['f1']:.4f} vs {peer['f1']:.4f})"
            )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="10k,100k,1m", help="comma-separated dump sizes, e.g. 10k,100k,1m")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--timeout", type=float, default=120, help="seconds a peer may run")
    parser.add_argument("--no-peers", action="store_true", help="run only comment-dedup and awk")
    args = parser.parse_args(argv)
    runs = [run_size(parse_size(size), args.seed, args.timeout, not args.no_peers) for size in args.sizes.split(",")]
    print_table(runs)
    print_tool_detail(runs)
    print_ratios(runs)
    os.makedirs(OUT, exist_ok=True)
    stamp = time.strftime("%Y%m%dT%H%M%S")
    for name in (f"results-{stamp}.json", "results-latest.json"):
        with open(os.path.join(OUT, name), "w", encoding="utf-8") as handle:
            json.dump({"seed": args.seed, "runs": runs}, handle, indent=1)
    print(f"\nwritten: bench/out/results-{stamp}.json", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
