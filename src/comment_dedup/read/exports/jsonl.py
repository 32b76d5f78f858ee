"""JSON Lines exports: one comment object per line, read one record at a time::

    {"cid": "Ugx1", "text": "First!", "author": "@ana", "time": "2 days ago", "reply": false}
    {"cid": "Ugx1.r2", "text": "Second!", "author": "@bo", "time": "1 day ago", "reply": true}
"""

from __future__ import annotations

import json
from collections.abc import Iterator

from ..types import Block, NumberedLine, ReadReport
from .records import TEXT_FIELDS, RecordError, find_field, keep_block, parse_int, record_block, skip_or_raise

# Keys under which a one-line JSON document holds its comments.
DOCUMENT_LISTS = ("comments", "children", "hits")


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
        first = json.loads(filled[0], parse_int=parse_int)
    except (ValueError, RecursionError):  # nested too deeply is not a record either
        return False
    if not isinstance(first, dict):
        return False
    if len(filled) > 1:
        return filled[1].lstrip().startswith("{")
    # A Hacker News item has a "text" of its own (the story's) but holds its comments.
    holds_comments = any(isinstance(first.get(key), list) for key in DOCUMENT_LISTS)
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
        return json.loads(text, parse_int=parse_int)
    except json.JSONDecodeError as error:
        raise RecordError(f"{number}: malformed JSON ({error.msg} at column {error.colno})") from None
    except RecursionError:
        raise RecordError(f"{number}: malformed JSON (nested too deeply)") from None
