"""The csv and tsv formats: a header row, then one row per group.

Both are opened in spreadsheets, which run a cell starting with ``=``, ``+``,
``-`` or ``@`` as a formula (``=HYPERLINK(...)`` in a comment is an attack on
whoever opens the file).  Such cells get a leading apostrophe, which
spreadsheets read as "this is text"; the json formats keep the exact text.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator
from typing import TextIO

from ..model import Group
from ..read.types import STDIN_NAME
from .escape import escape_record, escape_tsv

#: Columns of the csv and tsv formats, in order.
TABLE_COLUMNS = ("count", "text", "authors", "first_index", "locations")
#: How a cell that a spreadsheet would run as a formula starts.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def protect_formula(cell: str) -> str:
    """``cell``, with an apostrophe before it when a spreadsheet would run it as a formula."""
    return "'" + cell if cell.startswith(FORMULA_STARTS) else cell


def table_row(group: Group) -> list[str]:
    """A group as csv/tsv cells; locations are ``source:line`` joined by ``;``."""
    locations = ";".join(f"{member.source}:{member.line}" for member in group.members)
    if group.members[0].source != STDIN_NAME:  # "-:1", standard input, is this tool's own notation
        locations = protect_formula(locations)
    return [str(group.count), protect_formula(group.text), str(group.authors), str(group.first_index), locations]


def write_csv(groups: Iterable[Group], stream: TextIO) -> None:
    """RFC 4180 quoting by the csv module, but rows end with ``\\n`` as Unix tools expect.

    A cell may span lines inside its quotes; characters that would act on a terminal are escaped.
    """
    writer = csv.writer(stream, lineterminator="\n")
    writer.writerow(TABLE_COLUMNS)
    writer.writerows([escape_record(cell) for cell in table_row(group)] for group in groups)


def tsv_lines(groups: Iterable[Group]) -> Iterator[str]:
    """A header line, then one line per group; tabs, line breaks and backslashes in cells escaped."""
    yield "\t".join(TABLE_COLUMNS) + "\n"
    for group in groups:
        yield "\t".join(escape_tsv(cell) for cell in table_row(group)) + "\n"
