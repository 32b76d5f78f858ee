"""Broken environments: closed or failing standard streams, signals, odd terminals, misused options.

Run as real processes from a shell, since the environment is the point: a
closed descriptor, /dev/full, a pseudo-terminal, Ctrl-C.
"""

from __future__ import annotations

import io
import json
import shlex
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from rich.console import Console

from comment_dedup import dedupe
from comment_dedup.show.terminal import print_terminal
from conftest import SAMPLES, WriteDump, on_terminal, run_cli, run_process

SAMPLE = SAMPLES / "article-comments.txt"
EXPECTED = (SAMPLES / "article-comments.expected.txt").read_text(encoding="utf-8")


def bash(script: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """Run ``script`` in bash with the command on PATH as ``comment-dedup``."""
    command = f"{shlex.quote(sys.executable)} -m comment_dedup"
    prelude = f'comment-dedup() {{ {command} "$@"; }}\n'
    return subprocess.run(
        ["bash", "-c", prelude + script], cwd=cwd, capture_output=True, text=True, timeout=120, check=False
    )


@pytest.fixture
def dumps(tmp_path: Path) -> Path:
    """A directory with ``repeats.txt`` (a comment twice) and ``unique.txt`` (none twice)."""
    (tmp_path / "repeats.txt").write_text("same words\nsame words\n", encoding="utf-8")
    (tmp_path / "unique.txt").write_text("one comment\nanother one\n", encoding="utf-8")
    return tmp_path


# --- closed and failing standard streams ----------------------------------------------------------


def test_a_closed_stderr_changes_nothing_on_stdout_or_in_the_status(dumps: Path) -> None:
    """``2>&-`` (as under some daemons): the thread is written, --check answers truly."""
    done = bash(
        "comment-dedup repeats.txt 2>&-; echo \"status $?\"\n"
        "comment-dedup --check unique.txt 2>&-; echo \"status $?\"\n"
        "comment-dedup --check repeats.txt 2>&-; echo \"status $?\"\n",
        dumps,
    )
    assert done.stdout == "      2 same words\nstatus 0\nstatus 0\nstatus 1\n"


def test_a_closed_stdout_is_an_error_but_check_needs_no_stdout(dumps: Path) -> None:
    """``>&-``: printing the thread fails in one line with status 2; --check writes nothing there and works."""
    done = bash(
        "comment-dedup repeats.txt >&-; echo \"status $?\" >&2\n"
        "comment-dedup --check unique.txt >&-; echo \"status $?\" >&2\n"
        "comment-dedup --check -q repeats.txt >&-; echo \"status $?\" >&2\n",
        dumps,
    )
    assert done.stderr == (
        "comment-dedup: error: cannot write the output: standard output is closed\n"
        "status 2\nstatus 0\nstatus 1\n"
    )


@pytest.mark.parametrize("command", ["repeats.txt", "-f json repeats.txt", "find 'same words' repeats.txt"])
def test_a_full_disk_is_a_one_line_error(command: str, dumps: Path) -> None:
    """``> /dev/full``: one line on stderr, status 2, no traceback."""
    done = bash(f"comment-dedup {command} > /dev/full; echo \"status $?\"", dumps)
    assert done.stderr == "comment-dedup: error: cannot write the output: No space left on device\n"
    assert done.stdout == "status 2\n"


def test_a_read_only_stdout_is_a_one_line_error(dumps: Path) -> None:
    """Standard output opened for reading only: one line on stderr, status 2."""
    done = bash('comment-dedup repeats.txt 1< unique.txt; echo "status $?" >&2', dumps)
    assert done.stderr == "comment-dedup: error: cannot write the output: Bad file descriptor\nstatus 2\n"


def test_a_failing_stderr_does_not_lose_stdout(dumps: Path) -> None:
    """``--stats 2>/dev/full``: the thread still reaches stdout; the lost statistics make the status 2."""
    done = bash('comment-dedup --stats repeats.txt 2>/dev/full; echo "status $?"', dumps)
    assert done.stdout == "      2 same words\nstatus 2\n"


def test_a_closed_pipe_during_one_large_write_exits_141(tmp_path: Path) -> None:
    """A reader that leaves during one 20 MB comment: status 141, as for any closed pipe."""
    dump = tmp_path / "big.jsonl"
    dump.write_text(json.dumps({"text": "x" * 20_000_000}) + "\n", encoding="utf-8")
    producer = subprocess.Popen(
        [sys.executable, "-m", "comment_dedup", str(dump)], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    assert producer.stdout is not None and producer.stderr is not None
    first = producer.stdout.read(10)
    producer.stdout.close()
    stderr = producer.stderr.read()
    assert first == b"      1 xx"
    assert producer.wait(timeout=60) == 141
    assert stderr == b""


# --- signals ------------------------------------------------------------------------------------


def test_ctrl_c_while_find_reads_its_quote_exits_130() -> None:
    """Ctrl-C while ``find -`` waits for the quote on stdin: 130 (interrupted), not 1 (not found)."""
    waiting = subprocess.Popen(
        [sys.executable, "-m", "comment_dedup", "find", "-", str(SAMPLE)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    time.sleep(1.5)  # let it start and block on reading the quote
    waiting.send_signal(signal.SIGINT)
    _, stderr = waiting.communicate(timeout=60)
    assert waiting.returncode == 130
    assert b"Aborted" not in stderr and b"Traceback" not in stderr


# --- odd terminals ------------------------------------------------------------------------------


@pytest.mark.parametrize("columns", ["0", "5"])
def test_a_terminal_said_to_be_narrow_still_shows_the_comments(columns: str) -> None:
    """COLUMNS=0 or 5: the view is laid out at its narrowest width, so the text still shows."""
    status, shown = on_terminal(["--color", "never", str(SAMPLE)], env={"COLUMNS": columns})
    assert status == 0
    assert "Great great" in shown


def test_a_terminal_said_to_be_huge_is_not_padded() -> None:
    """COLUMNS=100000: lines are at most the widest layout, not padded to the stated width."""
    status, shown = on_terminal(["--color", "never", str(SAMPLE)], env={"COLUMNS": "100000"})
    assert status == 0
    assert max(len(line) for line in shown.split("\r\n")) <= 200
    assert len(shown) < 20_000


def test_a_long_thread_is_printed_as_it_is_laid_out() -> None:
    """The terminal view prints a run of comments at a time, not one layout of the whole thread at the end."""
    groups = dedupe([f"distinct comment number {n}" for n in range(1000)], exact=True)
    writes: list[int] = []

    class Recording(io.StringIO):
        def write(self, text: str) -> int:
            writes.append(len(text))
            return super().write(text)

    print_terminal(groups, Console(file=Recording(), width=80, color_system=None))
    assert len(writes) >= 5


def test_a_reply_chain_1000_deep_shows_every_reply(write_dump: WriteDump) -> None:
    """Replies deeper than the view draws are shown at its deepest level, all of them, in order."""
    records = [
        {"id": str(n), "parent": str(n - 1) if n else None, "text": f"reply number {n} in a chain", "author": f"u{n}"}
        for n in range(1000)
    ]
    path = write_dump("".join(json.dumps(record) + "\n" for record in records), "chain.jsonl")
    shown = run_cli(["-f", "terminal", "--color", "never", path]).stdout
    texts = [line.split("x1 ", 1)[1] for line in shown.splitlines() if "x1 reply number" in line]
    assert texts == [f"reply number {n} in a chain" for n in range(1000)]
    deepest = max(line.index("x1 ") for line in shown.splitlines() if "x1 reply number" in line)
    assert deepest <= 2 + 4 * 6  # six levels of guides at most


# --- misused options ----------------------------------------------------------------------------

USAGE_ERRORS = {
    "unknown option": (["--bogus"], "comment-dedup --help"),
    "missing quote": (["find"], "comment-dedup find --help"),
    "nan threshold": (["-t", "nan"], "comment-dedup --help"),
    "nan share": (["--max-repeat-share", "nan"], "comment-dedup --help"),
    "-z with borderline": (["-z", "--borderline", "3"], "comment-dedup --help"),
    "-z with platform": (["-z", "--platform", "reddit"], "comment-dedup --help"),
    "platform with json": (["--platform", "reddit", "--input-format", "json"], "comment-dedup --help"),
}


@pytest.mark.parametrize(("args", "helped"), USAGE_ERRORS.values(), ids=USAGE_ERRORS.keys())
def test_a_usage_error_is_one_line_and_status_2(args: list[str], helped: str) -> None:
    """A usage error is one line naming the help to read, status 2, nothing read or written."""
    outcome = run_process(args, stdin="same\nsame\n")
    assert (outcome.code, outcome.stdout) == (2, "")
    assert outcome.stderr.startswith("comment-dedup: error: ") and outcome.stderr.count("\n") == 1
    assert outcome.stderr.endswith(f"; see '{helped}'\n")


def test_a_named_platform_reads_a_json_file_as_a_paste(write_dump: WriteDump) -> None:
    """``--platform`` says the input is a paste of that site, so a file that starts like JSON is not an export."""
    path = write_dump('[{"text": "a line that looks like an export"}]\n', "paste.txt")
    outcome = run_cli(["--platform", "youtube", path])
    assert outcome.code == 0
    assert outcome.stderr == (
        f"comment-dedup: read {path} as a YouTube comment section\n"
        "comment-dedup: dropped (not comments): 1 page line before the comments\n"
    )
