"""CSV and TSV tables of comments: is the dump a table, and which column holds the comment.

A table may name its comment column as usual (``text``, ``body``, ``comment``,
``message``...), name it otherwise (``verified_reviews``, ``SMS``), or have no
header row at all (``ham<TAB>Go until jurong point...``).  When no usual name
and no ``--text-column`` says which column to read, the column with the most
text is taken, and the user is told which one it was.  Rows are read one at a
time; only the first few are held while the column is chosen.
"""

from __future__ import annotations

import csv
import itertools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from ..types import Block, NumberedLine, ReadReport
from .records import TEXT_FIELDS, RecordError, find_field, keep_block, record_block, skip_or_raise

# A comment may be long (a pasted essay, a 10 MB field in a scraped table):
# the csv module's default limit of 128 KiB per field would refuse it.
csv.field_size_limit(1 << 30)

#: A sniffed table may have at most this share of sample rows (or one row) not of the header's width.
ODD_ROWS = 0.1
#: Rows looked at to choose the comment column when no name says which it is.
CHOOSING_ROWS = 50
#: A table without a usual column name needs this many rows, all of one width, to be believed ...
MIN_NAMED_ROWS = 3
#: ... and a table without a header row this many.
MIN_HEADERLESS_ROWS = 10
#: ... and its comment column must hold this many times more text than any other column: text split
#: at its commas has halves of similar length, a table has a text column beside short fields.
TEXT_RATIO = 3.0
# A header cell is a short name, not a sentence: letters, digits and a little punctuation.
_COLUMN_NAME = re.compile(r"[\w .()/#-]{0,64}")


@dataclass(frozen=True, slots=True)
class TableShape:
    """How a table is laid out: its delimiter, and whether its first row names the columns."""

    delimiter: str
    header: bool = True


def sniff_table(sample: list[str], text_field: str | None) -> TableShape | None:
    """The table's shape when the sample is a table, else None.

    Pasted prose often has commas, so a table needs either a header of column
    names with a comment column (usual or named by the user) and rows of its
    width (all but one, or 10%); or rows all of one width whose widest column
    holds far more text than the others, under a header of names or (tabs
    only) none.
    """
    if not sample or not sample[0].strip():
        return None
    tabbed = sample[0].count("\t") >= max(1, sample[0].count(","))
    for delimiter in ("\t", ",") if "\t" in sample[0] else (",",):
        shape = _sniff(sample, text_field, delimiter)
        if shape is not None or (delimiter == "\t" and tabbed):
            return shape
    return None


def _sniff(sample: list[str], text_field: str | None, delimiter: str) -> TableShape | None:
    try:
        rows = [row for row in csv.reader(_with_newlines(sample), delimiter=delimiter) if row]
    except csv.Error:  # an unbalanced quote swallowed the sample: not a table
        return None
    header = [cell.strip("\ufeff") for cell in rows[0]]
    if _names_columns(header):
        if text_field or find_field(dict.fromkeys(header), None, TEXT_FIELDS) is not None:
            # One odd row is allowed, so that a broken record is reported as such rather than the
            # whole export being read as prose.
            odd = sum(1 for row in rows[1:] if len(row) != len(header))
            return TableShape(delimiter) if odd <= max(1, ODD_ROWS * (len(rows) - 1)) else None
        return TableShape(delimiter) if _one_text_column(rows[1:], len(header), MIN_NAMED_ROWS) else None
    # Prose split at its commas can look like such rows ("Well, I think so, really"); tabs it has not.
    if delimiter == "\t" and _one_text_column(rows, len(rows[0]), MIN_HEADERLESS_ROWS):
        return TableShape(delimiter, header=False)
    return None


def _names_columns(header: list[str]) -> bool:
    """Whether a first row reads like column names: two or more short names, at most one empty."""
    names = len(header) >= 2 and all(_COLUMN_NAME.fullmatch(cell) and cell == cell.strip() for cell in header)
    return names and sum(1 for cell in header if not cell) <= 1


def _one_text_column(rows: Sequence[list[str]], width: int, needed: int) -> bool:
    """Whether ``rows`` are a table of one text column among short fields (see TEXT_RATIO)."""
    if width < 2 or len(rows) < needed or any(len(row) != width for row in rows):
        return False
    lengths = sorted(_mean_lengths(rows, width), reverse=True)
    return lengths[0] > 0 and lengths[0] >= TEXT_RATIO * lengths[1]


def _mean_lengths(rows: Sequence[list[str]], width: int) -> list[float]:
    return [sum(len(row[column]) for row in rows) / len(rows) for column in range(width)]


def column_names(width: int) -> list[str]:
    """Names for the columns of a table without a header row: ``column 1``, ``column 2``..."""
    return [f"column {number}" for number in range(1, width + 1)]


def choose_text_column(header: list[str], rows: Sequence[list[str]], text_field: str | None) -> tuple[str, bool]:
    """The column holding the comment, and whether it was guessed from the text the rows hold.

    A column the user named (by name, or for a table without a header by its
    number) wins, then a usual name, then the column with the most text.
    """
    if text_field and text_field.isdigit() and 1 <= int(text_field) <= len(header):
        return header[int(text_field) - 1], False
    found = find_field(dict.fromkeys(header), text_field, TEXT_FIELDS)
    if found is not None or text_field:
        return found or text_field or "", False
    lengths = _mean_lengths([row for row in rows if len(row) == len(header)] or [header], len(header))
    return header[lengths.index(max(lengths))], True


def _with_newlines(texts: Sequence[str]) -> Iterator[str]:
    # The reader hands over lines without endings; csv needs them to keep the
    # line breaks inside quoted fields.
    for text in texts:
        yield text + "\n"


class _LineFeed:
    """Lines for csv.reader that remember where the record being parsed started."""

    def __init__(self, lines: Iterator[NumberedLine]) -> None:
        self.lines = lines
        self.start = 0
        self.ended = False

    def __iter__(self) -> Iterator[str]:
        for number, text in self.lines:
            if self.start == 0:
                self.start = number
            yield text + "\n"
        # Every line ends with a line break, so a row still open here is inside a quoted field.
        self.ended = True


def split_table(
    lines: Iterator[NumberedLine],
    report: ReadReport,
    *,
    delimiter: str,
    text_field: str | None,
    skip_bad: bool,
    header: bool = True,
) -> Iterator[Block]:
    """One comment per row of a table; the first row names the columns unless ``header`` is False."""
    rows = _rows(lines, delimiter, report, skip_bad, quoting=header or delimiter != "\t")
    first = next(rows, None)
    if first is None:
        return
    names = [cell.strip("\ufeff") for cell in first[1]] if header else column_names(len(first[1]))
    named = header and (text_field or find_field(dict.fromkeys(names), None, TEXT_FIELDS) is not None)
    # Only a column that has to be guessed needs the first rows read ahead.
    held = [] if named else list(itertools.islice(rows, CHOOSING_ROWS))
    data = held if header else [first, *held]
    column, guessed = choose_text_column(names, [row for _, row in data], text_field)
    _check_text_column(names, column, text_field, first[0])
    if guessed or not header:
        report.columns[report.source] = (column, guessed, header)
    for start, row in itertools.chain(data, rows):
        try:
            if len(row) != len(names):
                raise RecordError(f"{start}: expected {len(names)} fields, found {len(row)}")
            block = record_block(dict(zip(names, row, strict=True)), start, column, str(start))
        except RecordError as error:
            skip_or_raise(error, skip_bad, report)
            continue
        if keep_block(block, report):
            yield block


def _rows(
    lines: Iterator[NumberedLine], delimiter: str, report: ReadReport, skip_bad: bool, *, quoting: bool = True
) -> Iterator[tuple[int, list[str]]]:
    """The table's non-empty rows with the line each starts on; a malformed row is an error or skipped.

    Without ``quoting`` a quote is a character like any other: a tab-separated data file without a
    header was not written by a CSV writer, and its '"Coming?" she asked' keeps its quotes.
    """
    feed = _LineFeed(lines)
    reader = csv.reader(feed, delimiter=delimiter, quoting=csv.QUOTE_MINIMAL if quoting else csv.QUOTE_NONE)
    while True:
        feed.start = 0
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            skip_or_raise(RecordError(f"{feed.start}: malformed table row ({error})"), skip_bad, report)
            continue
        if feed.ended:
            # Not skipped even with --skip-bad-records: the open field swallowed every row after it.
            raise RecordError(f"{feed.start}: a quoted field is never closed; the rest of the file would be one cell")
        if row:
            yield feed.start, row


def _check_text_column(header: list[str], column: str, text_field: str | None, line: int) -> None:
    """Stop at the header when no column holds the comment: every row would fail."""
    if find_field(dict.fromkeys(header), column, TEXT_FIELDS) is None:
        wanted = f"no column {text_field!r}" if text_field else "no text, body, content, comment or message column"
        raise RecordError(f"{line}: {wanted} (columns: {_some_names(header)}); name it with --text-column")


#: Columns named in an error, and characters shown of each: a header may be hostile or huge.
SHOWN_COLUMNS, SHOWN_NAME = 10, 40


def _some_names(header: list[str]) -> str:
    """The first column names, each cut short, and how many more there are."""
    names = [name if len(name) <= SHOWN_NAME else name[: SHOWN_NAME - 1] + "…" for name in header[:SHOWN_COLUMNS]]
    more = len(header) - SHOWN_COLUMNS
    return ", ".join(names) + (f" and {more} more" if more > 0 else "")
