"""The ``comment-dedup`` command: parse options, wire reader -> grouper -> renderer."""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Callable
from typing import Any, NoReturn, TextIO

import click
from rich.console import Console

from . import __version__
from .grouper import DEFAULT_THRESHOLD, Grouper, Keep
from .model import CommentDedupError, Group, InputError
from .reader import ReadOptions, ReadReport, read_entries
from .renderer import Format, print_terminal, summary, write_machine

PROG = "comment-dedup"
EXIT_USAGE = 2
EXIT_FAILURE = 1
EXIT_INTERRUPTED = 130  # 128 + SIGINT, as shells report a Ctrl-C
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE, as a C filter killed by a closed pipe reports

EPILOG = """\b
Examples:
  pbpaste | comment-dedup                 # a copied comment section
  comment-dedup dump.txt                  # the unique thread with counts
  comment-dedup -d dump.txt               # only comments that repeat
  comment-dedup --sort count dump.txt | head
  comment-dedup dump.txt --format jsonl | jq -r 'select(.count > 1) | .text'

\b
Exit status: 0 success; 1 failure; 2 usage error or unreadable input;
130 interrupted (Ctrl-C).
"""


def fail(message: str, code: int = EXIT_USAGE) -> NoReturn:
    """Print ``comment-dedup: error: message`` on stderr and exit with ``code``."""
    click.echo(f"{PROG}: error: {message}", err=True)
    sys.exit(code)


def warn(message: str) -> None:
    """One diagnostic line on stderr."""
    click.echo(f"{PROG}: {message}", err=True)


def select_groups(groups: list[Group], *, repeated: bool, unique: bool, by_count: bool) -> list[Group]:
    """The groups to print, as ``uniq -d``/``-u`` choose them, in thread or count order."""
    if repeated:
        groups = [group for group in groups if group.count > 1]
    if unique:
        groups = [group for group in groups if group.count == 1]
    if by_count:
        # sorted() is stable, so equal counts keep their first-seen order.
        groups = sorted(groups, key=lambda group: -group.count)
    return groups


def resolve_format(name: str, stdout: TextIO) -> Format:
    """``auto`` is the rich view on a terminal and plain text in a pipe."""
    if name != "auto":
        return Format(name)
    return Format.TERMINAL if stdout.isatty() else Format.PLAIN


def report_reading(report: ReadReport) -> None:
    """Warnings the user must see about how the input was read."""
    for name, count in report.replaced_bytes.items():
        noun = "byte" if count == 1 else "bytes"
        warn(f"warning: {name}: {count} undecodable {noun} replaced with U+FFFD")
    if report.dropped:
        parts = ", ".join(f"{count} {what}" for what, count in report.dropped.items())
        warn(f"dropped (not comments): {parts}")


def utf8_stdout() -> TextIO:
    """Standard output that can write any comment, whatever the locale says."""
    stdout = sys.stdout
    if isinstance(stdout, io.TextIOWrapper) and stdout.encoding.lower() not in ("utf-8", "utf8"):
        stdout.reconfigure(encoding="utf-8")
    return stdout


CONTEXT_SETTINGS: dict[str, Any] = {"help_option_names": ["-h", "--help"], "max_content_width": 100}
# Stands for "no command named": argv cannot hold a NUL, so no file or option is ever mistaken for it.
_DEFAULT_COMMAND = "\0default"


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


@click.group(cls=DefaultCommandGroup, context_settings=CONTEXT_SETTINGS)
def main() -> None:
    """Print each comment of a comment dump once, with how often it appeared; find a quote in a dump."""


@main.default(epilog=EPILOG, context_settings=CONTEXT_SETTINGS)
@click.argument("files", nargs=-1, metavar="[FILE]...")
@click.option(
    "-s",
    "--split",
    type=click.Choice(["auto", "line", "paragraph"]),
    default="auto",
    show_default=True,
    help="How comments are separated: one per line, or blank lines between them; auto looks at the dump.",
)
@click.option("-E", "--encoding", default=None, help="Input encoding.  [default: UTF-8, or UTF-16 by its BOM]")
@click.option("--text", "as_text", is_flag=True, help="Read input that looks binary (has NUL bytes) anyway.")
@click.option(
    "--input-format",
    type=click.Choice(["auto", "text", "json", "jsonl", "csv", "tsv"]),
    default="auto",
    show_default=True,
    help="Read the input as this kind of export; text means a pasted dump; auto sniffs the start of each file.",
)
@click.option(
    "--text-field",
    "--text-column",
    "text_field",
    metavar="NAME",
    default=None,
    help="The JSON field or CSV column holding the comment.  [default: text, body, content, comment or message]",
)
@click.option("--skip-bad-records", "skip_bad", is_flag=True, help="Skip malformed export records (counted on stderr).")
@click.option(
    "-t",
    "--threshold",
    type=click.FloatRange(0, 100),
    default=DEFAULT_THRESHOLD,
    show_default=True,
    help="Similarity (0-100) at which two comments count as the same; 100 means identical after normalizing.",
)
@click.option("--exact", is_flag=True, help="Group only comments that are identical after normalizing.")
@click.option(
    "--keep",
    type=click.Choice([k.value for k in Keep]),
    default="first",
    show_default=True,
    help="Which occurrence's text a group shows.",
)
@click.option(
    "--sort",
    "order",
    type=click.Choice(["first", "count"]),
    default="first",
    show_default=True,
    help="Thread order (first seen) or most repeated first.",
)
@click.option("-d", "--repeated", is_flag=True, help="Print only comments seen more than once.")
@click.option("-u", "--unique", is_flag=True, help="Print only comments seen once.")
@click.option(
    "-f",
    "--format",
    "output_format",
    default="auto",
    show_default=True,
    type=click.Choice(["auto", *(f.value for f in Format)]),
    help="Output format; auto is the terminal view on a terminal and plain in a pipe.",
)
@click.version_option(__version__, "-V", "--version", prog_name=PROG, message="%(prog)s %(version)s")
def dedupe_command(
    files: tuple[str, ...],
    split: str,
    encoding: str | None,
    as_text: bool,
    input_format: str,
    text_field: str | None,
    skip_bad: bool,
    threshold: float,
    exact: bool,
    keep: str,
    order: str,
    repeated: bool,
    unique: bool,
    output_format: str,
) -> None:
    """Print each comment of a comment dump once, in thread order, with how often it appeared.

    Reads FILEs in order as one thread, or standard input when there is none or FILE is -.
    Near-identical copies (re-wrapped, retyped quotes, a typo, cut off with "Read more")
    count as one comment; comments that differ in words, numbers or negation stay apart.
    """
    stdout = utf8_stdout()
    try:
        reading = ReadOptions(
            split=split, encoding=encoding, text=as_text, input_format=input_format, text_field=text_field,
            skip_bad=skip_bad,
        )
        groups, entries = dedupe_files(files, options=reading, threshold=threshold, exact=exact, keep=keep)
        shown = select_groups(groups, repeated=repeated, unique=unique, by_count=order == "count")
        chosen = resolve_format(output_format, stdout)
        if chosen is Format.TERMINAL:
            print_terminal(shown, Console(file=stdout, highlight=False))
            Console(stderr=True, highlight=False).print(summary(groups, entries), markup=False, style="dim")
        else:
            write_machine(shown, chosen, stdout)
        stdout.flush()
    except KeyboardInterrupt:
        raise click.exceptions.Exit(EXIT_INTERRUPTED) from None
    except BrokenPipeError:
        # The reader of our output went away (``| head``): stop quietly.  Point
        # stdout at /dev/null so the interpreter's final flush cannot fail again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), stdout.fileno())
        raise click.exceptions.Exit(EXIT_BROKEN_PIPE) from None


def dedupe_files(
    files: tuple[str, ...], *, options: ReadOptions, threshold: float, exact: bool, keep: str
) -> tuple[list[Group], int]:
    """Read and group ``files``, turning the library's errors into one-line exits."""
    report = ReadReport()
    try:
        grouper = Grouper(threshold=threshold, exact=exact, keep=keep)
        grouper.add_all(read_entries(files or ("-",), options, report=report))
    except InputError as error:
        report_reading(report)
        fail(str(error))
    except CommentDedupError as error:
        fail(str(error), EXIT_FAILURE)
    report_reading(report)
    return grouper.groups(), grouper.entries


def run(argv: list[str] | None = None) -> int:
    """Entry point for the console script and ``python -m comment_dedup``."""
    try:
        main.main(args=argv, prog_name=PROG)
    except SystemExit as done:
        return done.code if isinstance(done.code, int) else EXIT_FAILURE
    return 0
