"""One record of a structured export (a JSON object, a CSV row) turned into a comment block.

Exports name their fields differently: the comment is ``text`` in yt-dlp,
``body`` on Reddit, ``CONTENT`` in a spam-collection CSV, ``message`` in a
chat log.  Unless the user names the field, the first of a few usual names
is taken, ignoring case; author, time, id and parent are guessed the same way
and become the block's metadata.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..types import Block, ReadReport

TEXT_FIELDS = ("text", "body", "content", "comment", "message")
AUTHOR_FIELDS = ("author", "user", "username", "by", "author_name", "authorname", "authordisplayname")
# ``timestamp`` before ``time``: youtube-comment-downloader's ``time`` is relative ("2 days ago").
TIME_FIELDS = ("timestamp", "time", "date", "sent", "created_utc", "created_at", "publishedat", "published_at")
ID_FIELDS = ("id", "cid", "comment_id", "commentid", "objectid")
PARENT_FIELDS = ("parent", "parent_id", "parentid", "in_reply_to")


# Python refuses to convert longer digit strings to int (a guard against slow conversions).
_INT_DIGITS_LIMIT = 4000


def parse_int(digits: str) -> int | str:
    """A JSON integer as an int, or as its digits when it is too long for Python to convert."""
    return int(digits) if len(digits) <= _INT_DIGITS_LIMIT else digits


class RecordError(Exception):
    """A record of an export is malformed.

    The message starts with where (``12`` for a line, ``record 3``), and the
    reader puts the file name in front, so the user sees ``dump.jsonl:12: …``.
    """


def find_field(names: Mapping[str, Any], wanted: str | None, guesses: tuple[str, ...]) -> str | None:
    """The key of ``names`` that is ``wanted`` (or else the first of ``guesses``), ignoring case."""
    lowered = {name.lower().strip(): name for name in names}
    for candidate in (wanted,) if wanted else guesses:
        if candidate.lower() in lowered:
            return lowered[candidate.lower()]
    return None


def scalar(value: Any) -> str | None:
    """A metadata value as text; None for missing, empty or structured values."""
    if isinstance(value, bool) or value is None or value == "":
        return None
    if isinstance(value, str | int | float):
        return str(value)
    return None


def record_block(record: Any, line: int, text_field: str | None, where: str) -> Block:
    """The block for one export record; raises RecordError when it has no usable text.

    A bare JSON string is a comment with nothing known about it (``["first!", "first!"]``).
    """
    if isinstance(record, str):
        return Block(record.strip(), line)
    if not isinstance(record, dict):
        raise RecordError(f"{where}: expected an object, found {type(record).__name__}")
    key = find_field(record, text_field, TEXT_FIELDS)
    if key is None:
        wanted = repr(text_field) if text_field else "text, body, content, comment or message"
        raise RecordError(f"{where}: no {wanted} field; name the comment's field with --text-field")
    text = record[key]
    if text is None:
        text = ""
    elif isinstance(text, int | float) and not isinstance(text, bool):
        text = str(text)
    elif not isinstance(text, str):
        raise RecordError(f"{where}: field {key!r} is {type(text).__name__}, not text")

    def meta(guesses: tuple[str, ...]) -> str | None:
        found = find_field(record, None, guesses)
        return None if found is None or found == key else scalar(record[found])

    ident, parent = meta(ID_FIELDS), meta(PARENT_FIELDS)
    if parent is None and record.get("reply") is True and ident and "." in ident:
        # youtube-comment-downloader marks replies with ``reply`` and ids ``<parent>.<reply>``.
        parent = ident.rsplit(".", 1)[0]
    return Block(text.strip(), line, False, meta(AUTHOR_FIELDS), meta(TIME_FIELDS), ident, parent)


def keep_block(block: Block, report: ReadReport) -> bool:
    """Whether a block holds a comment; an empty one is counted as dropped, never lost silently."""
    if block.text:
        return True
    report.drop("empty records")
    return False


def skip_or_raise(error: RecordError, skip_bad: bool, report: ReadReport) -> None:
    """Count a malformed record when the user asked to skip them, else stop the run."""
    if not skip_bad:
        raise error
    report.drop("malformed records")
