"""Standard streams as a shell may hand them over: closed, full, read-only, or a pipe closed mid-write.

The command writes its results through these wrappers so that each of those
ends in one line on stderr and a documented exit status, never a traceback:

- standard output closed (``>&-``): writing to it is an error, but ``--check``,
  which writes nothing there, still works;
- standard error closed (``2>&-``) or failing (``2>/dev/full``): messages are
  lost, the results on stdout are not, and the run ends with status 2 if it
  would otherwise have succeeded;
- a big write to a pipe whose reader went away: written in pieces, because one
  write of megabytes can lose the broken-pipe error on its way up.
"""

from __future__ import annotations

import contextlib
import errno
import io
import os
import sys
from collections.abc import Iterator
from typing import TextIO, cast

#: Most characters passed to the real stream in one write.
WRITE_PIECE = 1 << 16


class _ClosedOutput(io.TextIOBase):
    """Standard output when the shell closed it: nothing can be written."""

    encoding = "utf-8"

    def write(self, text: str) -> int:
        if not text:
            return 0
        raise OSError(errno.EBADF, "standard output is closed")

    def writable(self) -> bool:
        return True


class OutputError(Exception):
    """Standard output cannot be written (full, read-only, closed); a closed pipe is BrokenPipeError."""


class PiecewiseOutput(io.TextIOBase):
    """Standard output, passing big writes on in pieces so that an error in any of them is raised.

    Errors other than a closed pipe become :class:`OutputError`, so that they
    are told apart from errors of reading.
    """

    def __init__(self, stream: TextIO) -> None:
        super().__init__()
        self.stream = stream

    @property
    def encoding(self) -> str:  # type: ignore[override]  # rich and click read it
        return self.stream.encoding

    def write(self, text: str) -> int:
        with _as_output_error():
            for start in range(0, len(text), WRITE_PIECE):
                self.stream.write(text[start : start + WRITE_PIECE])
        return len(text)

    def flush(self) -> None:
        with _as_output_error():
            self.stream.flush()

    def isatty(self) -> bool:
        return self.stream.isatty()

    def fileno(self) -> int:
        return self.stream.fileno()

    def writable(self) -> bool:
        return True


@contextlib.contextmanager
def _as_output_error() -> Iterator[None]:
    try:
        yield
    except BrokenPipeError:
        raise
    except OSError as error:
        raise OutputError(error.strerror or str(error)) from None


def point_at_devnull(stream: TextIO) -> None:
    """Let the descriptor under ``stream`` write to /dev/null, so that the interpreter's last flush
    cannot fail again after an error was reported."""
    with contextlib.suppress(OSError, ValueError):
        os.dup2(os.open(os.devnull, os.O_WRONLY), stream.fileno())


class _ForgivingErrors(io.TextIOBase):
    """Standard error that stops writing at its first failure instead of raising, and remembers it."""

    def __init__(self, stream: TextIO | None) -> None:
        super().__init__()
        self.stream = stream
        self.failed = False

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return "utf-8" if self.stream is None else self.stream.encoding

    def write(self, text: str) -> int:
        if self.stream is not None and not self.failed:
            try:
                self.stream.write(text)
                self.stream.flush()
            except OSError:
                self._give_up()
        elif text:
            self.failed = True  # a message was lost
        return len(text)

    def _give_up(self) -> None:
        self.failed = True
        assert self.stream is not None
        point_at_devnull(self.stream)

    def flush(self) -> None:
        pass  # every write was flushed, or given up on

    def isatty(self) -> bool:
        return self.stream is not None and not self.failed and self.stream.isatty()

    def writable(self) -> bool:
        return True


class Streams:
    """The process's standard output and error, made safe for the command to use."""

    def __init__(self) -> None:
        self.errors = _ForgivingErrors(sys.stderr)
        sys.stderr = cast(TextIO, self.errors)
        if sys.stdout is None:
            sys.stdout = cast(TextIO, _ClosedOutput())

    def status(self, code: int) -> int:
        """The exit status: a lost message turns success into 2, as every other failed write does."""
        return 2 if code == 0 and self.errors.failed else code
