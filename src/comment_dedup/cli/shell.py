"""How the commands behave as shell tools: messages, exit statuses, colour, closed pipes, stdin hints.

Shared by the default command (:mod:`.main`) and ``find`` (:mod:`.find`), so
both follow one rule for each of these.
"""

from __future__ import annotations

import contextlib
import io
import os
import sys
from collections.abc import Iterator, Mapping
from typing import Any, NoReturn, TextIO, cast

import click

from ..show.escape import escape_message
from .streams import OutputError, PiecewiseOutput, point_at_devnull

PROG = "comment-dedup"
#: ``--color``: the environment and the terminal decide, or always, or never.
COLOR_CHOICES = ("auto", "always", "never")
EXIT_FAILURE = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130  # 128 + SIGINT, as shells report a Ctrl-C
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE, as a C filter killed by a closed pipe reports

CONTEXT_SETTINGS: dict[str, Any] = {"help_option_names": ["-h", "--help"], "max_content_width": 100}
PASTE_HINT = "paste the comments, then press Ctrl-D (Ctrl-Z Enter on Windows)"


def fail(message: str, code: int = EXIT_USAGE) -> NoReturn:
    """Print ``comment-dedup: error: message`` on stderr and exit with ``code``."""
    warn(f"error: {message}")
    sys.exit(code)


def warn(message: str) -> None:
    """One diagnostic line on stderr; a file name or column in it cannot break the line or act on a terminal."""
    click.echo(f"{PROG}: {escape_message(message)}", err=True)


# --- command layout ------------------------------------------------------------


def stdin_is_terminal() -> bool:
    """Whether standard input is a terminal (a person, not a pipe or a file); a closed one is not."""
    return sys.stdin is not None and sys.stdin.isatty()


def hint_paste(files: tuple[str, ...], *, quiet: bool) -> None:
    """Tell a user at a terminal that the command waits for a paste, not that it hangs."""
    if not quiet and "-" in (files or ("-",)) and stdin_is_terminal():
        warn(f"reading standard input: {PASTE_HINT}")


def color_wanted(choice: str, stream: TextIO, environ: Mapping[str, str] = os.environ) -> bool:
    """Whether output to ``stream`` gets colour: the one rule every console and click follow.

    ``--color always|never`` wins, then ``NO_COLOR``, then ``FORCE_COLOR``, then
    whether ``stream`` is a terminal.  Set-but-empty variables count as unset.
    """
    if choice != "auto":
        return choice == "always"
    if environ.get("NO_COLOR"):
        return False
    if environ.get("FORCE_COLOR"):
        return True
    return stream.isatty()


def utf8_stdout() -> TextIO:
    """Standard output that can write any comment, whatever the locale says.

    Every character that could not be encoded is escaped before it gets here;
    ``backslashreplace`` is the net below that, so a slip is an escape, not a crash.
    """
    stdout = sys.stdout
    if isinstance(stdout, io.TextIOWrapper):
        stdout.reconfigure(encoding="utf-8", errors="backslashreplace")
    return cast(TextIO, PiecewiseOutput(stdout))


@contextlib.contextmanager
def shell_exits(stdout: TextIO) -> Iterator[None]:
    """Ctrl-C exits 130 and a closed output pipe 141, quietly, as C tools do; a failed write is an error."""
    try:
        yield
        stdout.flush()
    except KeyboardInterrupt:
        raise click.exceptions.Exit(EXIT_INTERRUPTED) from None
    except BrokenPipeError:
        # The reader of our output went away (``| head``): stop quietly.
        point_at_devnull(stdout)
        raise click.exceptions.Exit(EXIT_BROKEN_PIPE) from None
    except OutputError as error:
        point_at_devnull(stdout)
        fail(f"cannot write the output: {error}")
