"""``-z``: input where each NUL-terminated record is one comment, as ``uniq -z`` reads it.

Tools that emit records (``find -print0``, ``grep -z``, ``jq -j '... + "\\u0000"'``)
end each one with NUL, so a comment may hold line breaks without being split.
No layout is sniffed here: a record is a comment, whatever it contains.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator
from typing import BinaryIO

from ..model import InputError
from .decode import ESCAPE_BYTES, replace_escaped_bytes, sniff_encoding
from .types import Block, ReadReport

#: Bytes read at a time; a record may span many reads.
CHUNK_BYTES = 1 << 16

_LINE_BREAK = re.compile("\r\n?")


def split_records(stream: BinaryIO, name: str, report: ReadReport, *, encoding: str | None) -> Iterator[Block]:
    """The non-blank NUL-terminated records of ``stream``, each with the line it starts on."""
    first = stream.read(CHUNK_BYTES)
    codec = sniff_encoding(first, encoding)
    decoder = codecs.getincrementaldecoder(codec)(errors=ESCAPE_BYTES)
    line, held, chunk = 1, "", first
    while True:
        final = not chunk
        try:
            held += decoder.decode(chunk, final=final)
        except UnicodeError as error:  # a codec that fails on its own terms (undefined, idna)
            raise InputError(f"{name}: cannot decode as {codec}: {getattr(error, 'reason', error)}") from None
        *records, held = held.split("\0")
        if final:
            records.append(held)
        for record in map(_unify_line_breaks, records):
            block = _record_block(record, line, name, report)
            if block is not None:
                yield block
            line += record.count("\n")
        if final:
            return
        chunk = stream.read(CHUNK_BYTES)


def _unify_line_breaks(record: str) -> str:
    # Done per whole record: a CRLF split between two reads must stay one line break.
    return _LINE_BREAK.sub("\n", record)


def _record_block(record: str, line: int, name: str, report: ReadReport) -> Block | None:
    text = replace_escaped_bytes(record.strip(), name, report)
    if not text:
        return None
    # The comment starts on the line of its first visible character, not of the NUL before it.
    return Block(text, line + record[: len(record) - len(record.lstrip())].count("\n"))
