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

import json
import re
from collections.abc import Iterator
from functools import partial
from typing import TYPE_CHECKING

from .export_documents import document_layout, split_document
from .export_records import TEXT_FIELDS, RecordError, find_field, keep_block, record_block, skip_or_raise
from .tables import TableShape, sniff_table, split_table

if TYPE_CHECKING:
    from .reader import Block, NumberedLine, ReadOptions, ReadReport, Splitter

FORMATS = ("auto", "text", "json", "jsonl", "csv", "tsv")
# Keys under which a one-line JSON document holds its comments.
_DOCUMENT_LISTS = ("comments", "children", "hits")
# A JSON document opens an array of values or an object with a key; "[deleted]" or "{ sic }" does not.
# Matched after lstrip(): a pattern that starts with \s* would retry from every
# position of a long run of spaces when searched.
# A lone "[" or "{" is not enough: a paste may open with one, and a truncated export is caught by
# --input-format json.
_JSON_START = re.compile(r'(\[\s*[\[{"\]]|\{\s*["}])')


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
    forced_delimiter = {"csv": ",", "tsv": "\t"}.get(forced)
    shape = TableShape(forced_delimiter) if forced_delimiter else sniff_table(sample, field)
    if shape is None:
        return None
    table = partial(split_table, delimiter=shape.delimiter, text_field=field, skip_bad=skip_bad, header=shape.header)
    return ("tsv" if shape.delimiter == "\t" else "csv"), table


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
