"""The command inside real shell scripts, and its shell completion, as real processes."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import SAMPLES, read_terminal

SAMPLE = SAMPLES / "article-comments.txt"
COMMAND = f"{shlex.quote(sys.executable)} -m comment_dedup"

pytestmark = pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")


def bash(script: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """Run ``script`` with bash, where ``comment-dedup`` is this checkout's ``python -m comment_dedup``."""
    prelude = f'comment-dedup() {{ {COMMAND} "$@"; }}\n'
    return subprocess.run(
        ["bash", "-c", prelude + script], cwd=cwd, capture_output=True, text=True, timeout=120, check=False
    )


def test_check_drives_if_and_set_e(tmp_path: Path) -> None:
    """--check is false with repeats and true without, so ``if`` branches and ``set -e`` stops."""
    (tmp_path / "clean.txt").write_text("one comment\nanother comment\n", encoding="utf-8")
    script = f"""
set -e
if comment-dedup --check {shlex.quote(str(SAMPLE))}; then echo "no repeats"; else echo "repeats: $?"; fi
if comment-dedup --check clean.txt; then echo "clean.txt has no repeats"; fi
comment-dedup --max-repeat-share 50 {shlex.quote(str(SAMPLE))}
echo "within 50%"
comment-dedup --check -q {shlex.quote(str(SAMPLE))}
echo "not reached"
"""
    done = bash(script, tmp_path)
    assert done.stdout == "repeats: 1\nclean.txt has no repeats\nwithin 50%\n"
    assert done.stderr == "comment-dedup: 6 of 17 comments repeat an earlier one (35.3%)\n"
    assert done.returncode == 1


def test_check_errors_are_not_repeats(tmp_path: Path) -> None:
    """A missing file makes --check exit 2, which a script can tell from 1."""
    done = bash('comment-dedup --check missing.txt; echo "status $?"', tmp_path)
    assert done.stdout == "status 2\n"
    assert done.stderr == "comment-dedup: error: missing.txt: no such file\n"


def test_find_in_a_script(tmp_path: Path) -> None:
    """``find -q`` answers with its status only: 0 found, 1 not found."""
    sample = shlex.quote(str(SAMPLE))
    script = f"""
comment-dedup find -q "Great great article." {sample} && echo "already posted"
comment-dedup find -q "A quote nobody wrote in this thread" {sample} || echo "new: $?"
"""
    done = bash(script, tmp_path)
    assert (done.stdout, done.stderr, done.returncode) == ("already posted\nnew: 1\n", "", 0)


@pytest.mark.parametrize("shell", ["bash", "zsh", "fish"])
def test_completion_source_is_generated(shell: str) -> None:
    """click writes the completion script for each shell the README documents."""
    env = {**os.environ, "_COMMENT_DEDUP_COMPLETE": f"{shell}_source"}
    done = subprocess.run(
        [sys.executable, "-m", "comment_dedup"], env=env, capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0 and done.stderr == ""
    assert "_COMMENT_DEDUP_COMPLETE" in done.stdout


@pytest.mark.parametrize(
    ("words", "expected"),
    [("comment-dedup --max-r", "--max-repeat-share"), ("comment-dedup find --quote", "--quote-file")],
)
def test_completion_offers_options(words: str, expected: str) -> None:
    """Completing a partial option offers the option, for the default command and for find."""
    env = {
        **os.environ,
        "_COMMENT_DEDUP_COMPLETE": "bash_complete",
        "COMP_WORDS": words,
        "COMP_CWORD": str(len(words.split()) - 1),
    }
    done = subprocess.run(
        [sys.executable, "-m", "comment_dedup"], env=env, capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0 and f"plain,{expected}" in done.stdout.splitlines()


def test_completion_offers_files_for_the_default_command() -> None:
    """A FILE operand completes as a file name (the shell lists the files)."""
    env = {
        **os.environ,
        "_COMMENT_DEDUP_COMPLETE": "bash_complete",
        "COMP_WORDS": "comment-dedup -d sam",
        "COMP_CWORD": "2",
    }
    done = subprocess.run(
        [sys.executable, "-m", "comment_dedup"], env=env, capture_output=True, text=True, timeout=60, check=False
    )
    assert (done.returncode, done.stdout) == (0, "file,sam\n")


def test_progress_on_a_terminal_leaves_the_piped_thread_alone(tmp_path: Path) -> None:
    """With stderr a terminal, a long input gets a progress display there; stdout still carries only the thread."""
    pty = pytest.importorskip("pty")
    dump = tmp_path / "long.txt"
    dump.write_text("".join(f"comment number {n % 1500}\n" for n in range(3000)), encoding="utf-8")
    controller, terminal = pty.openpty()
    try:
        done = subprocess.run(
            [sys.executable, "-m", "comment_dedup", "--exact", str(dump)],
            stdout=subprocess.PIPE,
            stderr=terminal,
            env={key: value for key, value in os.environ.items() if key != "TTY_INTERACTIVE"},
            timeout=120,
            check=False,
        )
        os.close(terminal)
        shown = read_terminal(controller)
    finally:
        os.close(controller)
    assert done.returncode == 0
    assert done.stdout.decode() == "".join(f"      2 comment number {n}\n" for n in range(1500))
    assert "reading: 1000 comments" in shown and "reading: 3000 comments" in shown


def test_a_closed_standard_input_is_an_error_not_a_traceback(tmp_path: Path) -> None:
    """``<&-`` closes stdin: reading it is a one-line error (2); reading a FILE still works."""
    sample = shlex.quote(str(SAMPLE))
    done = bash(
        f'comment-dedup <&-; echo "status $?"; comment-dedup --check -q {sample} <&-; echo "status $?"', tmp_path
    )
    assert done.stdout == "status 2\nstatus 1\n"
    assert done.stderr == "comment-dedup: error: standard input is closed\n"
