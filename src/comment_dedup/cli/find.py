"""``comment-dedup find``: is a quote, or a near copy of it, already in the dump?"""

from __future__ import annotations

import sys
from typing import Any

import click

from ..match import Lookup, find_quote
from ..model import CommentDedupError
from ..read import ReadReport, read_entries
from ..show.escape import json_text
from ..show.reports import lookup_record, plain_lookup
from .diagnostics import report_reading
from .options import matching_options, read_options, reading_options
from .shell import CONTEXT_SETTINGS, EXIT_USAGE, fail, hint_paste, shell_exits, utf8_stdout

EXIT_NOT_FOUND = 1

FIND_EPILOG = """\b
Examples:
  comment-dedup find "Very nice article!" samples/article-comments.txt
  comment-dedup find -q "Great great article." samples/article-comments.txt && echo "already posted"
  pbpaste | comment-dedup find --quote-file quote.txt
  comment-dedup find - samples/article-comments.txt < quote.txt

\b
Exit status:
  0    the quote, or a near copy of it, occurs in the dump
  1    it does not occur
  2    usage error, input that cannot be read, or output that cannot be written
  130  interrupted (Ctrl-C)
"""


@click.command("find", epilog=FIND_EPILOG, context_settings=CONTEXT_SETTINGS)
@click.argument("operands", nargs=-1, metavar="QUOTE [FILE]...")
@reading_options
@matching_options
@click.option(
    "--quote-file",
    metavar="PATH",
    default=None,
    help="Read the quote from PATH (- for standard input); then every operand is a FILE.",
)
@click.option("-q", "--quiet", is_flag=True, help="Print nothing; only the exit status tells.")
@click.option(
    "-f",
    "--format",
    "output_format",
    type=click.Choice(["plain", "json"]),
    default="plain",
    show_default=True,
    help="A line per occurrence and a verdict, or one JSON object.",
)
def find_command(
    operands: tuple[str, ...], quote_file: str | None, quiet: bool, output_format: str, **reading: Any
) -> None:
    """Say whether QUOTE, or a near copy of it, occurs in the dump: how often, by how many authors, where.

    QUOTE - reads the quote from standard input.  The dump is read from FILEs as the
    main command reads them, or from standard input when there is no FILE.  A near copy
    is what the main command would group with the quote: retyped quotes and spacing,
    a typo, or a copy cut off with "Read more".
    """
    stdout = utf8_stdout()
    with shell_exits(stdout):  # the quote too may come from a terminal or a FIFO, and Ctrl-C end it
        quote, files = _quote_and_files(operands, quote_file)
        hint_paste(files, quiet=quiet)
        lookup = _look_up(quote, files, reading)
        if not quiet:
            if output_format == "json":
                stdout.write(json_text(lookup_record(lookup)) + "\n")
            else:
                stdout.writelines(plain_lookup(lookup, zero_terminated=reading["zero_terminated"]))
    if not lookup.found:
        sys.exit(EXIT_NOT_FOUND)


def _quote_and_files(operands: tuple[str, ...], quote_file: str | None) -> tuple[str, tuple[str, ...]]:
    """The quote's text and the dump's files, from the operands and ``--quote-file``."""
    if quote_file is None:
        if not operands:
            raise click.UsageError("missing QUOTE (or --quote-file PATH)")
        source, files = operands[0], operands[1:]
        if source != "-":
            return source, files
    else:
        source, files = quote_file, operands
    if source == "-" and "-" in (files or ("-",)):
        raise click.UsageError("the quote and the dump cannot both come from standard input: name a FILE")
    return _read_quote(source), files


def _read_quote(path: str) -> str:
    try:
        if path == "-":
            data = sys.stdin.buffer.read()
        else:
            with open(path, "rb") as stream:
                data = stream.read()
    except OSError as error:
        fail(f"{path}: {error.strerror or error}")
    return data.decode("utf-8-sig", errors="replace")


def _look_up(quote: str, files: tuple[str, ...], params: dict[str, Any]) -> Lookup:
    report = ReadReport()
    try:
        entries = read_entries(files or ("-",), read_options(params), report=report)
        lookup = find_quote(quote, entries, threshold=params["threshold"], exact=params["exact"])
    except CommentDedupError as error:
        report_reading(report)
        # 1 means "not found" here, so every error is 2.
        fail(str(error), EXIT_USAGE)
    report_reading(report)
    return lookup
