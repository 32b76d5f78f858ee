"""Bytes to numbered lines: the encoding (a BOM decides), line endings, binary files, sources.

Lines end at LF, CRLF or a lone CR; undecodable bytes become U+FFFD and are
counted per source.  Nothing here holds a whole file: lines are read one at a time.
"""

from __future__ import annotations

import codecs
import io
import re
import sys
from collections.abc import Iterator
from typing import BinaryIO, cast

from ..model import InputError
from .types import STDIN_NAME, NumberedLine, ReadReport

#: Bytes looked at to sniff a BOM or a binary file.
SNIFF_BYTES = 8192

# Undecodable bytes arrive as lone surrogates (errors="surrogateescape"), so they
# can be counted per source and then shown as U+FFFD like errors="replace" would.
_ESCAPED_BYTE = re.compile("[\udc80-\udcff]")


def sniff_encoding(head: bytes, encoding: str | None) -> str:
    """The codec for a stream that starts with ``head``: a BOM wins over the default."""
    if encoding:
        return encoding
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    return "utf-8-sig"


def utf16_without_bom(head: bytes) -> str | None:
    """``utf-16-le`` or ``-be`` when ``head`` looks like UTF-16 text without a BOM, else None.

    Mostly-ASCII UTF-16 has a NUL in every other byte: at odd offsets when
    little-endian, at even offsets when big-endian.
    """
    even, odd = head[0::2], head[1::2]
    if len(head) < 4:
        return None
    if odd.count(0) >= 0.9 * len(odd) and even.count(0) <= 0.1 * len(even):
        return "utf-16-le"
    if even.count(0) >= 0.9 * len(even) and odd.count(0) <= 0.1 * len(odd):
        return "utf-16-be"
    return None


def check_not_binary(head: bytes, codec: str, name: str) -> None:
    """Refuse a file that looks binary: NUL bytes never occur in UTF-8 text."""
    if b"\0" not in head or codecs.lookup(codec).name.startswith(("utf-16", "utf-32")):
        return
    guess = utf16_without_bom(head)
    if guess:
        raise InputError(f"{name}: looks like UTF-16 text without a BOM; read it with --encoding {guess}")
    raise InputError(f"{name}: looks like a binary file (NUL bytes); use --text to read it anyway")


def decode_lines(
    stream: BinaryIO, name: str, report: ReadReport, *, encoding: str | None, text: bool
) -> Iterator[NumberedLine]:
    """Numbered lines of a byte stream, decoded, without their line endings."""
    buffered = stream if isinstance(stream, io.BufferedReader) else io.BufferedReader(cast(io.RawIOBase, stream))
    head = buffered.peek(SNIFF_BYTES)[:SNIFF_BYTES]
    codec = sniff_encoding(head, encoding)
    if not text:
        check_not_binary(head, codec, name)
    try:
        wrapper = io.TextIOWrapper(buffered, encoding=codec, errors="surrogateescape", newline="")
    except LookupError:
        raise InputError(f"unknown encoding: {encoding}") from None
    replaced = 0
    try:
        for number, raw in enumerate(wrapper, start=1):
            line = raw.rstrip("\r\n")
            if not line.isascii() and _ESCAPED_BYTE.search(line):
                line, count = _ESCAPED_BYTE.subn("\ufffd", line)
                replaced += count
            if number == 1 and line.startswith("\ufeff"):
                line = line[1:]
            yield number, line
    except UnicodeDecodeError as error:
        raise InputError(f"{name}: cannot decode as {codec}: {error.reason}") from None
    finally:
        wrapper.detach()
        if replaced:
            report.replaced_bytes[name] = report.replaced_bytes.get(name, 0) + replaced


def open_source(name: str) -> BinaryIO:
    """Open a FILE operand for reading bytes; ``-`` is standard input."""
    if name == STDIN_NAME:
        if sys.stdin is None:  # the shell closed it (``<&-``)
            raise InputError("standard input is closed")
        return sys.stdin.buffer
    try:
        return open(name, "rb")
    except IsADirectoryError:
        raise InputError(f"{name}: is a directory") from None
    except FileNotFoundError:
        raise InputError(f"{name}: no such file") from None
    except PermissionError:
        raise InputError(f"{name}: permission denied") from None
    except OSError as error:
        raise InputError(f"{name}: {error.strerror or error}") from None
