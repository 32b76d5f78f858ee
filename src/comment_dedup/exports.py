"""Structured exports: JSON Lines, JSON documents and CSV/TSV tables of comments.

An export holds one comment per record, often with who posted it, when, its
id and the id it replies to::

    {"cid": "Ugx1", "text": "First!", "author": "@ana", "time": "2 days ago", "reply": false}
    {"cid": "Ugx1.r2", "text": "Second!", "author": "@bo", "time": "1 day ago", "reply": true}

    COMMENT_ID,AUTHOR,DATE,CONTENT
    c1,Ana,2024-01-02T10:00:00,"First!"

The format is sniffed on the reader's sample (a bounded number of lines) and
can be forced with ``--input-format``.  JSON Lines and CSV are read a record
at a time; a JSON document (yt-dlp ``info.json``, a Reddit thread ``.json``, a
Hacker News Algolia item, or any array of objects) has to be parsed whole.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterator
from functools import partial
from typing import TYPE_CHECKING

from .export_documents import document_layout, split_document
from .export_records import TEXT_FIELDS, RecordError, find_field, keep_block, record_block, skip_or_raise

if TYPE_CHECKING:
    from .reader import Block, NumberedLine, ReadOptions, ReadReport, Splitter

FORMATS = ("auto", "text", "json", "jsonl", "csv", "tsv")
#: A sniffed table may have at most this share of sample rows (or one row) not of the header's width.
ODD_ROWS = 0.1
# Keys under which a one-line JSON document holds its comments.
_DOCUMENT_LISTS = ("comments", "children", "hits")
# A header cell is a short name, not a sentence: letters, digits and a little punctuation.
# A comment may be long (a pasted essay, a 10 MB field in a scraped table):
# the csv module's default limit of 128 KiB per field would refuse it.
csv.field_size_limit(1 << 30)
_COLUMN_NAME = re.compile(r"[\w .()/#-]{0,64}")
# A JSON document opens an array of values or an object with a key; "[deleted]" or "{ sic }" does not.
# Matched after lstrip(): a pattern that starts with \s* would retry from every
# position of a long run of spaces when searched.
_JSON_START = re.compile(r'(\[\s*[\[{"\]]|\[\s*$|\{\s*["}]|\{\s*$)')


def choose(sample: list[str], options: ReadOptions) -> tuple[str, Splitter] | None:
    """The export reader for ``sample``, or None when the input is not a structured export."""
    forced = options.input_format
    if forced not in FORMATS:
        raise ValueError(f"unknown input format: {forced!r}")
    if forced == "text":
        return None
    field, skip_bad = options.text_field, options.skip_bad
    if forced == "jsonl" or (forced == "auto" and looks_like_json_lines(sample, field)):
        return jsonl_layout(sample), partial(split_json_lines, text_field=field, skip_bad=skip_bad)
    if forced == "json" or (forced == "auto" and _JSON_START.match("\n".join(sample[:3]).lstrip())):
        return document_layout(sample), partial(split_document, text_field=field, skip_bad=skip_bad)
    delimiter = {"csv": ",", "tsv": "\t"}.get(forced) or sniff_table(sample, field)
    if delimiter is None:
        return None
    table = partial(split_table, delimiter=delimiter, text_field=field, skip_bad=skip_bad)
    return ("tsv" if delimiter == "\t" else "csv"), table


# --- JSON Lines ----------------------------------------------------------------


def looks_like_json_lines(sample: list[str], text_field: str | None) -> bool:
    """Whether the sample holds one JSON object per line.

    A one-line JSON document (yt-dlp and Reddit write theirs on one line)
    parses as one object too, so a single line counts as JSON Lines only when
    that object has a comment field.
    """
    filled = [text for text in sample if text.strip()]
    if not filled or not filled[0].lstrip().startswith("{"):
        return False
    try:
        first = json.loads(filled[0])
    except (ValueError, RecursionError):  # nested too deeply is not a record either
        return False
    if not isinstance(first, dict):
        return False
    if len(filled) > 1:
        return filled[1].lstrip().startswith("{")
    # A Hacker News item has a "text" of its own (the story's) but holds its comments.
    holds_comments = any(isinstance(first.get(key), list) for key in _DOCUMENT_LISTS)
    return not holds_comments and find_field(first, text_field, TEXT_FIELDS) is not None


def jsonl_layout(sample: list[str]) -> str:
    """``jsonl``, named after the tool that writes it when its fields say so."""
    head = sample[0] if sample else ""
    if '"cid"' in head and '"votes"' in head:
        return "youtube-comment-downloader jsonl"
    return "jsonl"


def split_json_lines(
    lines: Iterator[NumberedLine], report: ReadReport, *, text_field: str | None, skip_bad: bool
) -> Iterator[Block]:
    """One comment per JSON object line; blank lines are allowed between them."""
    for number, text in lines:
        if not text.strip():
            continue
        try:
            block = record_block(_json_line(text, number), number, text_field, str(number))
        except RecordError as error:
            skip_or_raise(error, skip_bad, report)
            continue
        if keep_block(block, report):
            yield block


def _json_line(text: str, number: int) -> object:
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise RecordError(f"{number}: malformed JSON ({error.msg} at column {error.colno})") from None
    except RecursionError:
        raise RecordError(f"{number}: malformed JSON (nested too deeply)") from None


# --- CSV / TSV -----------------------------------------------------------------


def sniff_table(sample: list[str], text_field: str | None) -> str | None:
    """The delimiter when the sample is a table with a header, else None.

    Pasted prose often has commas in its first line, so a table needs all of:
    at least two header cells that read like column names, a comment column
    (or one the user named), and rows that all but one (or 10%) have the header's width.
    """
    if not sample or not sample[0].strip():
        return None
    delimiter = "\t" if sample[0].count("\t") > sample[0].count(",") else ","
    try:
        rows = list(csv.reader(_with_newlines(sample), delimiter=delimiter))
    except csv.Error:  # an unbalanced quote swallowed the sample: not a table
        return None
    header = rows[0]
    names_ok = len(header) >= 2 and all(_COLUMN_NAME.fullmatch(cell) for cell in header)
    if not names_ok or sum(1 for cell in header if not cell.strip()) > 1:
        return None
    if not text_field and find_field(dict.fromkeys(header), None, TEXT_FIELDS) is None:
        return None
    data = [row for row in rows[1:] if row]
    # One odd row is allowed, so that a broken record is reported as such rather than the
    # whole export being read as prose.
    odd = sum(1 for row in data if len(row) != len(header))
    return delimiter if odd <= max(1, ODD_ROWS * len(data)) else None


def _with_newlines(texts: list[str]) -> Iterator[str]:
    # The reader hands over lines without endings; csv needs them to keep the
    # line breaks inside quoted fields.
    for text in texts:
        yield text + "\n"


class _LineFeed:
    """Lines for csv.reader that remember where the record being parsed started."""

    def __init__(self, lines: Iterator[NumberedLine]) -> None:
        self.lines = lines
        self.start = 0

    def __iter__(self) -> Iterator[str]:
        for number, text in self.lines:
            if self.start == 0:
                self.start = number
            yield text + "\n"


def split_table(
    lines: Iterator[NumberedLine], report: ReadReport, *, delimiter: str, text_field: str | None, skip_bad: bool
) -> Iterator[Block]:
    """One comment per row of a table whose first row names the columns."""
    feed = _LineFeed(lines)
    reader = csv.reader(feed, delimiter=delimiter)
    header: list[str] | None = None
    while True:
        feed.start = 0
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            skip_or_raise(RecordError(f"{feed.start}: malformed table row ({error})"), skip_bad, report)
            continue
        if not row:
            continue
        if header is None:
            header = row
            _check_text_column(header, text_field, feed.start)
            continue
        try:
            if len(row) != len(header):
                raise RecordError(f"{feed.start}: expected {len(header)} fields, found {len(row)}")
            block = record_block(dict(zip(header, row, strict=True)), feed.start, text_field, str(feed.start))
        except RecordError as error:
            skip_or_raise(error, skip_bad, report)
            continue
        if keep_block(block, report):
            yield block


def _check_text_column(header: list[str], text_field: str | None, line: int) -> None:
    """Stop at the header when no column holds the comment: every row would fail."""
    if find_field(dict.fromkeys(header), text_field, TEXT_FIELDS) is None:
        wanted = f"no column {text_field!r}" if text_field else "no text, body, content, comment or message column"
        raise RecordError(f"{line}: {wanted} (columns: {', '.join(header)}); name it with --text-column")
