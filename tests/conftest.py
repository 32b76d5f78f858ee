"""Shared helpers: run the command the way a user would and read its output back."""

from __future__ import annotations

import os
import select
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import pytest
from click.testing import CliRunner

from comment_dedup.cli import main

REPO = Path(__file__).resolve().parent.parent
SAMPLES = REPO / "samples"


@dataclass(frozen=True)
class Outcome:
    """What a run of the command left behind."""

    stdout: str
    stderr: str
    code: int


def run_cli(args: list[str], stdin: bytes | str = b"") -> Outcome:
    """Run the click command in-process, stdin fed from ``stdin``."""
    data = stdin.encode() if isinstance(stdin, str) else stdin
    result = CliRunner().invoke(main, args, input=data, catch_exceptions=False, prog_name="comment-dedup")
    return Outcome(result.stdout, result.stderr, result.exit_code)


def run_process(args: list[str], stdin: bytes | str = b"", **kwargs: object) -> Outcome:
    """Run ``python -m comment_dedup`` as a real process."""
    data = stdin.encode() if isinstance(stdin, str) else stdin
    done = subprocess.run(
        [sys.executable, "-m", "comment_dedup", *args], input=data, capture_output=True, timeout=120, **kwargs
    )  # type: ignore[call-overload]
    return Outcome(done.stdout.decode(), done.stderr.decode(), done.returncode)


def parse_plain(stdout: str) -> list[tuple[int, str]]:
    """The (count, text) pairs of ``uniq -c``-style plain output."""
    thread = []
    for line in stdout.splitlines():
        count, _, text = line.lstrip().partition(" ")
        thread.append((int(count), text))
    return thread


class WriteDump(Protocol):
    """The ``write_dump`` fixture: writes a dump (text as UTF-8, or bytes as they are) and gives its path."""

    def __call__(self, content: str | bytes, name: str = "dump.txt") -> str: ...


@pytest.fixture
def write_dump(tmp_path: Path) -> WriteDump:
    """Write a dump to a file and return its path as a string."""

    def write(content: str | bytes, name: str = "dump.txt") -> str:
        path = tmp_path / name
        if isinstance(content, str):
            path.write_text(content, encoding="utf-8")
        else:
            path.write_bytes(content)
        return str(path)

    return write


def read_terminal(controller: int) -> str:
    """Everything a process wrote to the terminal whose controlling side is ``controller``."""
    written = b""
    while select.select([controller], [], [], 1)[0]:
        try:
            chunk = os.read(controller, 1 << 16)
        except OSError:  # the terminal side is closed and drained
            break
        if not chunk:
            break
        written += chunk
    return written.decode("utf-8", "replace")


def on_terminal(args: list[str], env: dict[str, str] | None = None) -> tuple[int, str]:
    """Run the command with stdout and stderr on a pseudo-terminal; its status and what the terminal got.

    The terminal is read while the command runs: a terminal holds only a few kilobytes unread.
    """
    pty = pytest.importorskip("pty")
    controller, terminal = pty.openpty()
    written = b""
    try:
        running = subprocess.Popen(
            [sys.executable, "-m", "comment_dedup", *args],
            stdin=subprocess.DEVNULL,
            stdout=terminal,
            stderr=terminal,
            env={**os.environ, **(env or {})},
        )
        os.close(terminal)
        while True:
            if select.select([controller], [], [], 1)[0]:
                try:
                    chunk = os.read(controller, 1 << 16)
                except OSError:  # the command ended and the terminal is drained
                    break
                if not chunk:
                    break
                written += chunk
            elif running.poll() is not None:
                break
        return running.wait(timeout=120), written.decode("utf-8", "replace")
    finally:
        os.close(controller)
