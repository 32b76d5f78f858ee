"""What the default command prints once the thread is grouped: the thread, a report, or a verdict.

The terminal view and the progress display need rich, which takes a while to
import; they are imported where they are used, so that output to a pipe (plain,
json, csv) never loads it.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, TextIO

import click

from ..match.borderline import BorderlineCollector
from ..match.explain import explain_group
from ..match.stats import thread_stats
from ..model import Entry, Group
from ..read import ReadReport
from ..show.escape import json_text
from ..show.formats import Format
from ..show.machine import write_machine
from ..show.reports import borderline_record, explanation_record, plain_borderline, plain_explanation
from .shell import EXIT_FAILURE, color_wanted, warn

if TYPE_CHECKING:
    from rich.console import Console


@dataclass(frozen=True)
class Thread:
    """What one run read and grouped."""

    groups: list[Group]
    entries: int
    report: ReadReport


def refuse_conflicts(
    chosen: Format, *, check: bool, explain: bool, borderline: int | None, zero_terminated: bool
) -> None:
    """Usage errors (exit 2) for options that ask for two different outputs."""
    if check and (explain or borderline):
        raise click.UsageError("--check prints nothing on stdout; it cannot be combined with --explain or --borderline")
    if explain and borderline:
        raise click.UsageError("--explain and --borderline are two different reports; ask for one")
    tables = (Format.CSV, Format.TSV)
    if (explain or borderline) and chosen in tables:
        raise click.UsageError("--explain and --borderline are not tables: use the plain, terminal or json formats")
    if (explain or borderline) and zero_terminated:
        raise click.UsageError("--explain and --borderline write lines, so they cannot be combined with -z")


def check_verdict(thread: Thread, max_share: float | None, *, quiet: bool) -> int:
    """``--check``'s exit status, with one line on stderr when it fails (unless quiet)."""
    stats = thread_stats(thread.groups, thread.entries)
    failed = stats.repeats > 0 if max_share is None else stats.repeat_share > max_share
    if failed and not quiet:
        noun = "comment" if stats.comments == 1 else "comments"
        verdict = f"{stats.repeats} of {stats.comments} {noun} repeat an earlier one ({stats.repeat_share:.1f}%)"
        if max_share is not None:
            verdict += f", more than the {max_share:g}% allowed"
        warn(verdict)
    return EXIT_FAILURE if failed else 0


def print_thread(
    shown: list[Group],
    chosen: Format,
    stdout: TextIO,
    *,
    explain: bool,
    zero_terminated: bool,
    color: str,
) -> None:
    """Write the thread (or its explanation) on stdout in the chosen format."""
    if chosen is Format.TERMINAL:
        from ..show.terminal import badge_width, make_console, print_explanations, print_terminal  # rich: see above

        console = make_console(stdout, color=color_wanted(color, stdout))
        if explain:
            print_explanations((explain_group(group) for group in shown), console, badge_width(shown))
        else:
            print_terminal(shown, console)
    elif explain and chosen is Format.PLAIN:
        stdout.writelines(plain_explanation(explain_group(group)) for group in shown)
    elif explain:
        write_machine(shown, chosen, stdout, record=lambda group: explanation_record(explain_group(group)))
    else:
        write_machine(shown, chosen, stdout, zero_terminated=zero_terminated)


def print_borderline(
    thread: Thread, collector: BorderlineCollector, chosen: Format, stdout: TextIO, *, threshold: float
) -> None:
    """The ``--borderline`` report on stdout: text, or one JSON object for json and jsonl."""
    report = (collector.kept_apart(), collector.merged(), thread.groups, threshold)
    if chosen in (Format.JSON, Format.JSONL):
        stdout.write(json_text(borderline_record(*report)) + "\n")
    else:
        stdout.writelines(plain_borderline(*report))


def stderr_console(color: str) -> Console:
    """A rich console on stderr, coloured as ``--color`` and the environment say."""
    from ..show.terminal import make_console  # rich: see above

    return make_console(sys.stderr, color=color_wanted(color, sys.stderr))


def track(entries: Iterable[Entry], color: str) -> Iterable[Entry]:
    """``entries``, counted on a transient progress display on stderr once the input is long."""
    from ..show.progress import EntryProgress  # rich: see above

    return EntryProgress(stderr_console(color), enabled=True).track(entries)
