"""The csv and tsv formats: a header row, then one row per group."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator
from typing import TextIO

from ..model import Group
from .escape import escape_tsv

#: Columns of the csv and tsv formats, in order.
TABLE_COLUMNS = ("count", "text", "authors", "first_index", "locations")


def table_row(group: Group) -> list[str]:
    """A group as csv/tsv cells; locations are ``source:line`` joined by ``;``."""
    locations = ";".join(f"{member.source}:{member.line}" for member in group.members)
    return [str(group.count), group.text, str(group.authors), str(group.first_index), locations]


def write_csv(groups: Iterable[Group], stream: TextIO) -> None:
    """RFC 4180 quoting by the csv module, but rows end with ``\\n`` as Unix tools expect."""
    writer = csv.writer(stream, lineterminator="\n")
    writer.writerow(TABLE_COLUMNS)
    writer.writerows(map(table_row, groups))


def tsv_lines(groups: Iterable[Group]) -> Iterator[str]:
    """A header line, then one line per group; tabs, line breaks and backslashes in cells escaped."""
    yield "\t".join(TABLE_COLUMNS) + "\n"
    for group in groups:
        yield "\t".join(escape_tsv(cell) for cell in table_row(group)) + "\n"
