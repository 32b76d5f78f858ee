"""The ``comment-dedup`` command: parse options, wire reader -> grouper -> renderer."""

from __future__ import annotations

import sys
from collections.abc import Iterable
from typing import Any, TextIO

import click

from .. import __version__
from ..match import Grouper, Keep
from ..match.borderline import BorderlineCollector
from ..match.grouper import Observer
from ..match.stats import thread_stats
from ..model import CommentDedupError, Entry, InputError
from ..read import ReadOptions, ReadReport, read_entries
from ..show.formats import Format
from ..show.plain import summary
from ..show.reports import stats_lines
from ..show.select import ORDERS, select_groups
from .diagnostics import report_reading
from .find import find_command
from .group import DefaultCommandGroup
from .options import matching_options, read_options, reading_options, reject_nan
from .output import Thread, check_verdict, print_borderline, print_thread, refuse_conflicts, stderr_console, track
from .shell import (
    COLOR_CHOICES,
    CONTEXT_SETTINGS,
    EXIT_BROKEN_PIPE,
    EXIT_FAILURE,
    EXIT_INTERRUPTED,
    EXIT_USAGE,
    PROG,
    color_wanted,
    fail,
    hint_paste,
    shell_exits,
    utf8_stdout,
    warn,
)
from .streams import Streams

__all__ = ["EXIT_BROKEN_PIPE", "EXIT_FAILURE", "EXIT_INTERRUPTED", "EXIT_USAGE", "PROG", "main", "run"]

EPILOG = """\b
Examples:
  pbpaste | comment-dedup                 # a copied comment section
  comment-dedup dump.txt                  # the unique thread with counts
  comment-dedup -d dump.txt               # only comments that repeat
  comment-dedup --sort count dump.txt | head
  comment-dedup dump.txt --format jsonl | jq -r 'select(.count > 1) | .text'
  comment-dedup --check dump.txt && echo "no repeats"
  comment-dedup --max-repeat-share 10 dump.txt || echo "over 10% repeats"
  comment-dedup --explain -d dump.txt     # why each copy was grouped
  comment-dedup --borderline 5 dump.txt   # pairs near the threshold

\b
Commands:
  comment-dedup find QUOTE [FILE]...      is QUOTE, or a near copy, in the dump?
                                          (see comment-dedup find --help)
  A file named "find" is read as ./find, or after --: comment-dedup -- find

\b
Repeat share: comments that repeat an earlier one (count - 1 summed over
groups), divided by the comments read, times 100.

\b
Exit status:
  0    success; with --check: no comment repeats (or repeats are at most
       --max-repeat-share percent of the thread)
  1    with --check: some comment repeats (or more than --max-repeat-share);
       without it: a failure
  2    usage error, input that cannot be read, or output that cannot be
       written (with --check too)
  130  interrupted (Ctrl-C)
  141  the output pipe was closed early (as by | head)
"""


def resolve_format(name: str, stdout: TextIO, *, zero_terminated: bool = False) -> Format:
    """``auto`` is the rich view on a terminal and plain text in a pipe (or with ``-z``)."""
    if name != "auto":
        return Format(name)
    return Format.TERMINAL if stdout.isatty() and not zero_terminated else Format.PLAIN


@click.group(cls=DefaultCommandGroup, context_settings=CONTEXT_SETTINGS)
def main() -> None:
    """Print each comment of a comment dump once, with how often it appeared; find a quote in a dump."""


@main.default(epilog=EPILOG, context_settings=CONTEXT_SETTINGS)
# A Path (checked by the reader, not here) so that shell completion offers file names.
@click.argument("files", nargs=-1, metavar="[FILE]...", type=click.Path(allow_dash=True, readable=False))
@reading_options
@matching_options
@click.option(
    "--keep",
    type=click.Choice([keep.value for keep in Keep]),
    default="first",
    show_default=True,
    help="Which occurrence's text a group shows.",
)
@click.option(
    "--sort",
    "order",
    type=click.Choice(ORDERS),
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
    type=click.Choice(["auto", *(output.value for output in Format)]),
    help="Output format; auto is the terminal view on a terminal and plain in a pipe.",
)
@click.option(
    "--min-count", type=click.IntRange(min=1), default=1, metavar="N", help="Print only comments seen N times or more."
)
@click.option("--check", is_flag=True, help="Print nothing; exit 1 if any comment repeats, 0 if none does.")
@click.option(
    "--max-repeat-share",
    type=click.FloatRange(0, 100),
    metavar="P",
    default=None,
    callback=reject_nan,
    help="Like --check, but exit 1 only if repeats are more than P percent of the thread (see Repeat share).",
)
@click.option("--explain", is_flag=True, help="Show every occurrence: where, by which rule and score, its word diff.")
@click.option(
    "--borderline",
    type=click.IntRange(min=1),
    metavar="N",
    default=None,
    help="Instead of the thread, print the N closest pairs kept apart and N weakest merged, with scores.",
)
@click.option("--stats", is_flag=True, help="Print counts (read, grouped, repeated, dropped) on stderr.")
@click.option("-q", "--quiet", is_flag=True, help="No progress display, summary, paste hint or --check message.")
@click.option(
    "--color",
    type=click.Choice(COLOR_CHOICES),
    default="auto",
    show_default=True,
    help="Colour the terminal view; auto: no if NO_COLOR is set, yes if FORCE_COLOR is, else only on a terminal.",
)
@click.version_option(__version__, "-V", "--version", prog_name=PROG, message="%(prog)s %(version)s")
# Longer than most functions here: a third of it is the options, one a line, and the rest wires the stages
# in the order they run; each decision is made in a function it calls.
def dedupe_command(
    files: tuple[str, ...],
    threshold: float,
    exact: bool,
    keep: str,
    order: str,
    repeated: bool,
    unique: bool,
    output_format: str,
    min_count: int,
    check: bool,
    max_repeat_share: float | None,
    explain: bool,
    borderline: int | None,
    stats: bool,
    quiet: bool,
    color: str,
    **reading: Any,
) -> None:
    """Print each comment of a comment dump once, in thread order, with how often it appeared.

    Reads FILEs in order as one thread, or standard input when there is none or FILE is -.
    Near-identical copies (re-wrapped, retyped quotes, a typo, cut off with "Read more")
    count as one comment; comments that differ in words, numbers or negation stay apart.
    """
    check = check or max_repeat_share is not None
    zero_terminated = reading["zero_terminated"]
    stdout = utf8_stdout()
    chosen = resolve_format(output_format, stdout, zero_terminated=zero_terminated)
    refuse_conflicts(chosen, check=check, explain=explain, borderline=borderline, zero_terminated=zero_terminated)
    click.get_current_context().color = color_wanted(color, stdout)
    with shell_exits(stdout):
        hint_paste(files, quiet=quiet)
        collector = BorderlineCollector(borderline) if borderline else None
        progress = not quiet and sys.stderr.isatty()
        thread = dedupe_files(
            files, options=read_options(reading), threshold=threshold, exact=exact, keep=keep,
            observer=collector, progress=progress, color=color, strict_status=check,
        )  # fmt: skip
        if stats:
            stats_of = thread_stats(thread.groups, thread.entries, thread.report.dropped)
            click.echo("\n".join(stats_lines(stats_of)), err=True)
        if check:
            sys.exit(check_verdict(thread, max_repeat_share, quiet=quiet))
        if collector is not None:
            print_borderline(thread, collector, chosen, stdout, threshold=threshold)
            return
        shown = select_groups(thread.groups, repeated=repeated, unique=unique, by_count=order == "count",
                              min_count=min_count)  # fmt: skip
        print_thread(shown, chosen, stdout, explain=explain, zero_terminated=zero_terminated, color=color)
        if chosen is Format.TERMINAL and not quiet:
            stderr_console(color).print(summary(thread.groups, thread.entries), markup=False, style="dim")


def dedupe_files(
    files: tuple[str, ...],
    *,
    options: ReadOptions,
    threshold: float,
    exact: bool,
    keep: str,
    observer: Observer | None = None,
    progress: bool = False,
    color: str = "auto",
    strict_status: bool = False,
) -> Thread:
    """Read and group ``files``, turning the library's errors into one-line exits.

    ``progress`` shows a count of comments read on stderr (a terminal's) for long inputs;
    ``strict_status`` (for ``--check``, where 1 means "repeats") makes every error exit 2.
    """
    report = ReadReport()
    try:
        grouper = Grouper(threshold=threshold, exact=exact, keep=keep, observer=observer)
        entries: Iterable[Entry] = read_entries(files or ("-",), options, report=report)
        if progress:
            entries = track(entries, color)
        grouper.add_all(entries)
    except InputError as error:
        report_reading(report)
        fail(str(error))
    except CommentDedupError as error:
        report_reading(report)
        fail(str(error), EXIT_USAGE if strict_status else EXIT_FAILURE)
    report_reading(report)
    return Thread(grouper.finish(), grouper.entries, report)


main.add_command(find_command)


def run(argv: list[str] | None = None) -> int:
    """Entry point for the console script and ``python -m comment_dedup``."""
    streams = Streams()
    return streams.status(_run_main(argv))


def _run_main(argv: list[str] | None) -> int:
    """Run the command group, turning click's ways of ending into an exit status and one line on stderr."""
    try:
        result = main.main(args=argv, prog_name=PROG, standalone_mode=False)
    except SystemExit as done:
        return done.code if isinstance(done.code, int) else EXIT_FAILURE
    except click.UsageError as error:
        command = error.ctx.command_path if error.ctx is not None else PROG
        warn(f"error: {error.format_message().rstrip('.')}; see '{command} --help'")
        return error.exit_code
    except click.ClickException as error:
        warn(f"error: {error.format_message()}")
        return error.exit_code
    except click.Abort:  # Ctrl-C before a command took over (while parsing, or importing)
        return EXIT_INTERRUPTED
    return result if isinstance(result, int) else 0
