"""Structured exports: JSON Lines, JSON documents and CSV/TSV tables of comments.

An export holds one comment per record, often with who posted it, when, its
id and the id it replies to::

    {"cid": "Ugx1", "text": "First!", "author": "@ana", "time": "2 days ago", "reply": false}

    COMMENT_ID,AUTHOR,DATE,CONTENT
    c1,Ana,2024-01-02T10:00:00,"First!"

The format is sniffed on the reader's sample (a bounded number of lines) and
can be forced with ``--input-format``.  JSON Lines and tables are read a record
at a time; a JSON document (yt-dlp ``info.json``, a Reddit thread ``.json``, a
Hacker News Algolia item, or any array of objects) has to be parsed whole.
"""

from __future__ import annotations

import re
from functools import partial

from ..types import INPUT_FORMATS, ReadOptions, Splitter
from .documents import document_layout, split_document
from .jsonl import jsonl_layout, looks_like_json_lines, split_json_lines
from .tables import TableShape, sniff_table, split_table

# A JSON document opens an array of values or an object with a key; "[deleted]" or "{ sic }" does not.
# Matched after lstrip(): a pattern that starts with \s* would retry from every
# position of a long run of spaces when searched.
# A lone "[" or "{" is not enough: a paste may open with one, and a truncated export is caught by
# --input-format json.
_JSON_START = re.compile(r'(\[\s*[\[{"\]]|\{\s*["}])')


def choose(sample: list[str], options: ReadOptions) -> tuple[str, Splitter] | None:
    """The export reader for ``sample``, or None when the input is not a structured export."""
    forced = options.input_format
    if forced not in INPUT_FORMATS:
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
