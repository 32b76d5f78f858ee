"""The command as a real process: entry points, closed pipes, Ctrl-C."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import SAMPLES, run_process


def test_python_dash_m_runs_the_command() -> None:
    """python -m comment_dedup runs the command."""
    outcome = run_process([str(SAMPLES / "article-comments.txt")])
    assert outcome.code == 0 and outcome.stderr == ""
    assert outcome.stdout == (SAMPLES / "article-comments.expected.txt").read_text(encoding="utf-8")


@pytest.mark.skipif(shutil.which("comment-dedup") is None, reason="console script not installed")
def test_console_script_reads_stdin() -> None:
    """The installed console script reads standard input."""
    done = subprocess.run(["comment-dedup"], input="x y\nx y\n", capture_output=True, text=True, timeout=60)
    assert (done.returncode, done.stdout, done.stderr) == (0, "      2 x y\n", "")


def test_a_closed_pipe_ends_quietly(tmp_path: Path) -> None:
    """A reader that goes away (| head) ends the run quietly with status 141."""
    dump = tmp_path / "big.txt"
    dump.write_text("".join(f"distinct comment number {n}\n" for n in range(50_000)), encoding="utf-8")
    producer = subprocess.Popen(
        [sys.executable, "-m", "comment_dedup", "--exact", str(dump)], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    assert producer.stdout is not None and producer.stderr is not None
    first = producer.stdout.readline()
    producer.stdout.close()  # what `| head -1` does after its first line
    stderr = producer.stderr.read()
    assert first == b"      1 distinct comment number 0\n"
    assert producer.wait(timeout=60) == 141
    assert stderr == b""


def reading_a_paste() -> subprocess.Popen[bytes]:
    """The command started on a paste that has not ended yet, blocked on reading the rest."""
    waiting = subprocess.Popen(
        [sys.executable, "-m", "comment_dedup"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    assert waiting.stdin is not None
    waiting.stdin.write(b"a comment being pasted\n")
    waiting.stdin.flush()
    time.sleep(1.5)  # let it start and block on reading the rest of the paste
    return waiting


def test_ctrl_c_exits_130_without_a_traceback() -> None:
    """Ctrl-C while reading a paste exits 130 without a traceback."""
    waiting = reading_a_paste()
    waiting.send_signal(signal.SIGINT)
    _, stderr = waiting.communicate(timeout=60)
    assert waiting.returncode == 130
    assert b"Traceback" not in stderr


def test_sigterm_ends_quietly_with_the_conventional_status() -> None:
    """SIGTERM ends the run quietly, killed by the signal as shells expect."""
    waiting = reading_a_paste()
    waiting.terminate()
    _, stderr = waiting.communicate(timeout=60)
    # Killed by the signal, as a C filter would be: the shell reports 143.
    assert waiting.returncode == -signal.SIGTERM
    assert stderr == b""


def test_output_does_not_depend_on_the_process_hash_seed(tmp_path: Path) -> None:
    # str hashes are salted per process; grouping must never depend on them.
    """Processes with differently salted str hashes write byte-identical output."""
    import random

    rng = random.Random(7)
    words = ["great", "video", "love", "this", "song", "check", "out", "my", "channel", "2024", "not", "🔥"]
    lines = [" ".join(rng.choice(words) for _ in range(rng.randint(2, 12))) for _ in range(3000)]
    lines += [line.replace("o", "0", 1) + "!" for line in lines[:500]]
    dump = tmp_path / "dump.txt"
    dump.write_text("\n".join(lines) + "\n", encoding="utf-8")
    outputs = {
        run_process(["--format", "jsonl", str(dump)], env={**os.environ, "PYTHONHASHSEED": seed}).stdout
        for seed in ("0", "1", "12345")
    }
    assert len(outputs) == 1 and outputs.pop().count("\n") > 100


@pytest.mark.parametrize("output", ["plain", "json", "jsonl", "csv", "tsv"])
def test_machine_formats_never_import_rich(output: str) -> None:
    """rich takes a while to import: output to a pipe (plain, json, csv...) must not pay for it."""
    code = (
        "import sys\nfrom comment_dedup.cli import run\n"
        f"status = run(['--format', {output!r}, {str(SAMPLES / 'article-comments.txt')!r}])\n"
        "print('rich' in sys.modules, status, file=sys.stderr)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.stderr == "False 0\n"
