"""Option sets that several commands share, as decorators, and the library options they make.

Each closed set of choices comes from the one list it lives in (the split modes
and input formats of the reader, the site names, ``Keep`` and ``Format``), so a
new choice needs no change here.  A command takes a set with ``@reading_options``
or ``@matching_options``; :func:`read_options` turns what it parsed into the
reader's :class:`~comment_dedup.read.ReadOptions`.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

import click

from ..match import DEFAULT_THRESHOLD
from ..model import OptionError
from ..read import ReadOptions
from ..read.pastes import NAMES as PLATFORM_NAMES
from ..read.types import INPUT_FORMATS, SPLIT_MODES

Command = TypeVar("Command", bound=Callable[..., Any])

# Command parameters named differently from the ReadOptions field they set.
_READ_FIELD_OF_PARAM = {"as_text": "text"}
_READ_FIELDS = frozenset(field.name for field in dataclasses.fields(ReadOptions))


def reject_nan(ctx: click.Context, param: click.Parameter, value: float | None) -> float | None:
    """A usage error for "nan", which passes click's range check as no comparison fails."""
    if value is not None and math.isnan(value):
        raise click.BadParameter("nan is not a number from 0 to 100.", ctx=ctx, param=param)
    return value


def _stack(*decorators: Callable[[Command], Command]) -> Callable[[Command], Command]:
    """One decorator applying ``decorators`` so that the options show in the order listed."""

    def apply(command: Command) -> Command:
        for decorator in reversed(decorators):
            command = decorator(command)
        return command

    return apply


#: How the input is read: every command that reads a dump takes these.
reading_options = _stack(
    click.option(
        "-s",
        "--split",
        type=click.Choice(SPLIT_MODES),
        default="auto",
        show_default=True,
        help="How comments are separated: one per line, or blank lines between them; auto looks at the dump.",
    ),
    click.option("-E", "--encoding", default=None, help="Input encoding.  [default: UTF-8, or UTF-16 by its BOM]"),
    click.option("--text", "as_text", is_flag=True, help="Read input that looks binary (has NUL bytes) anyway."),
    click.option(
        "--input-format",
        type=click.Choice(INPUT_FORMATS),
        default="auto",
        show_default=True,
        help="Read the input as this kind of export; text means a pasted dump; auto sniffs the start of each file.",
    ),
    click.option(
        "--text-field",
        "--text-column",
        "text_field",
        metavar="NAME",
        default=None,
        help="The JSON field or CSV column holding the comment (a number for a table without a header row).  "
        "[default: text, body, content, comment or message, else the column with the most text]",
    ),
    click.option(
        "--skip-bad-records", "skip_bad", is_flag=True, help="Skip malformed export records (counted on stderr)."
    ),
    click.option(
        "--platform",
        type=click.Choice(PLATFORM_NAMES),
        default=None,
        help="Read the dump as a copied comment section of this site, without detecting it.  [default: detect]",
    ),
    click.option(
        "-z",
        "--zero-terminated",
        is_flag=True,
        help="Records end with NUL, not newline: each input record is one comment; plain output ends each with NUL.",
    ),
)

#: When two comments count as one.
matching_options = _stack(
    click.option(
        "-t",
        "--threshold",
        type=click.FloatRange(0, 100),
        default=DEFAULT_THRESHOLD,
        show_default=True,
        callback=reject_nan,
        help="Similarity (0-100) at which two comments count as the same; 100 means identical after normalizing.",
    ),
    click.option("--exact", is_flag=True, help="Group only comments that are identical after normalizing."),
)


def read_options(params: Mapping[str, Any]) -> ReadOptions:
    """The ReadOptions that a command's parsed parameters ask for.

    Any option named after a ReadOptions field (``--platform`` -> ``platform``)
    lands there, so a new way of reading needs only its option and its field.
    """
    chosen = {_READ_FIELD_OF_PARAM.get(name, name): value for name, value in params.items()}
    try:
        return ReadOptions(**{name: value for name, value in chosen.items() if name in _READ_FIELDS})
    except OptionError as conflict:
        raise click.UsageError(str(conflict)) from None
