"""How the commands behave as shell tools: command layout, colour, diagnostics, closed pipes.

Shared by the default command (``cli``) and ``find`` (``cli_find``), so both
follow one rule for each of these.
"""

from __future__ import annotations

import contextlib
import dataclasses
import io
import math
import os
import sys
from collections.abc import Callable, Iterator, Mapping
from typing import Any, NoReturn, TextIO

import click

from . import layouts
from .reader import ReadOptions, ReadReport

PROG = "comment-dedup"
EXIT_FAILURE = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130  # 128 + SIGINT, as shells report a Ctrl-C
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE, as a C filter killed by a closed pipe reports

CONTEXT_SETTINGS: dict[str, Any] = {"help_option_names": ["-h", "--help"], "max_content_width": 100}
PASTE_HINT = "paste the comments, then press Ctrl-D (Ctrl-Z Enter on Windows)"

# Stands for "no command named": argv cannot hold a NUL, so no file or option is ever mistaken for it.
_DEFAULT_COMMAND = "\0default"


def fail(message: str, code: int = EXIT_USAGE) -> NoReturn:
    """Print ``comment-dedup: error: message`` on stderr and exit with ``code``."""
    click.echo(f"{PROG}: error: {message}", err=True)
    sys.exit(code)


def warn(message: str) -> None:
    """One diagnostic line on stderr."""
    click.echo(f"{PROG}: {message}", err=True)


# --- command layout ------------------------------------------------------------


class _DefaultCommandContext(click.Context):
    """The default command's context: its usage and hints read ``comment-dedup [OPTIONS]``."""

    @property
    def command_path(self) -> str:
        if self.info_name is None and self.parent is not None:
            return self.parent.command_path
        return super().command_path


class DefaultCommandGroup(click.Group):
    """Commands, where a first argument that names none (a file, an option, nothing) runs the default one.

    So ``comment-dedup dump.txt``, ``comment-dedup -d dump.txt``, ``comment-dedup --help`` and a bare
    ``comment-dedup`` in a pipe behave as a single command would, while ``comment-dedup find ...``
    runs ``find``.  A file named like a command is read as ``./find`` or ``comment-dedup -- find``.
    """

    default_command: click.Command | None = None

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if not args or args[0] not in self.commands:
            args = [_DEFAULT_COMMAND, *args]
        return super().parse_args(ctx, args)

    def resolve_command(
        self, ctx: click.Context, args: list[str]
    ) -> tuple[str | None, click.Command | None, list[str]]:
        if args and args[0] == _DEFAULT_COMMAND and self.default_command is not None:
            return None, self.default_command, args[1:]
        return super().resolve_command(ctx, args)

    def default(self, **settings: Any) -> Callable[[Callable[..., None]], click.Command]:
        """Decorator: the command run when the first argument names no command."""

        def register(function: Callable[..., None]) -> click.Command:
            command: click.Command = click.command(**settings)(function)
            command.context_class = _DefaultCommandContext
            self.default_command = command
            return command

        return register


# --- reading -------------------------------------------------------------------

# Command parameters named differently from the ReadOptions field they set.
_READ_FIELD_OF_PARAM = {"as_text": "text"}
_READ_FIELDS = frozenset(field.name for field in dataclasses.fields(ReadOptions))


def is_reading_param(name: str | None) -> bool:
    """Whether a command parameter says how to read the input (so every command takes it)."""
    return name is not None and _READ_FIELD_OF_PARAM.get(name, name) in _READ_FIELDS


def reading_options(params: Mapping[str, Any]) -> ReadOptions:
    """The ReadOptions that a command's parsed parameters ask for.

    Any option named after a ReadOptions field (``--platform`` -> ``platform``)
    lands there, so a new way of reading needs only its option and its field.
    """
    chosen = {_READ_FIELD_OF_PARAM.get(name, name): value for name, value in params.items()}
    return ReadOptions(**{name: value for name, value in chosen.items() if name in _READ_FIELDS})


def stdin_is_terminal() -> bool:
    """Whether standard input is a terminal (a person, not a pipe or a file); a closed one is not."""
    return sys.stdin is not None and sys.stdin.isatty()


def hint_paste(files: tuple[str, ...], *, quiet: bool) -> None:
    """Tell a user at a terminal that the command waits for a paste, not that it hangs."""
    if not quiet and "-" in (files or ("-",)) and stdin_is_terminal():
        warn(f"reading standard input: {PASTE_HINT}")


# --- output --------------------------------------------------------------------


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
    """Standard output that can write any comment, whatever the locale says."""
    stdout = sys.stdout
    if isinstance(stdout, io.TextIOWrapper) and stdout.encoding.lower() not in ("utf-8", "utf8"):
        stdout.reconfigure(encoding="utf-8")
    return stdout


@contextlib.contextmanager
def shell_exits(stdout: TextIO) -> Iterator[None]:
    """Ctrl-C exits 130 and a closed output pipe 141, quietly, as C tools do."""
    try:
        yield
        stdout.flush()
    except KeyboardInterrupt:
        raise click.exceptions.Exit(EXIT_INTERRUPTED) from None
    except BrokenPipeError:
        # The reader of our output went away (``| head``): stop quietly.  Point
        # stdout at /dev/null so the interpreter's final flush cannot fail again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), stdout.fileno())
        raise click.exceptions.Exit(EXIT_BROKEN_PIPE) from None


def reject_nan(param: click.Parameter, value: float) -> float:
    """A usage error for "nan", which passes click's range check as no comparison fails."""
    if math.isnan(value):
        raise click.BadParameter("nan is not a number from 0 to 100.", param=param)
    return value


def singular(label: str) -> str:
    """ "chrome lines" for one: "chrome line"; "page lines after the comments": "page line after the comments".

    Every label the readers count by names what it counts with its first plural noun.
    """
    words = label.split(" ")
    for at, word in enumerate(words):
        if word.endswith("s"):
            words[at] = word[:-1]
            break
    return " ".join(words)


def report_reading(report: ReadReport) -> None:
    """Warnings the user must see about how the input was read."""
    for name, layout in report.layouts.items():
        shown = "standard input" if name == "-" else name
        site = layouts.describe(layout, report.counts.get(name, 0))
        if site is not None:
            warn(f"read {shown} as {site}")
        if name in report.columns:
            warn(f"read {shown} as {layouts.describe_table(layout, *report.columns[name])}")
    for name, count in report.replaced_bytes.items():
        noun = "byte" if count == 1 else "bytes"
        warn(f"warning: {name}: {count} undecodable {noun} replaced with U+FFFD")
    if report.dropped:
        parts = ", ".join(f"{count} {what if count != 1 else singular(what)}" for what, count in report.dropped.items())
        warn(f"dropped (not comments): {parts}")
