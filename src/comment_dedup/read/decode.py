"""Bytes to numbered lines: the encoding (a BOM decides), line endings, binary files, sources.

Lines end at LF, CRLF or a lone CR; undecodable bytes become U+FFFD and are
counted per source.  Nothing here holds a whole file: lines are read one at a time.
An ``--encoding`` must name a text codec (not ``rot13`` or ``base64``).
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

#: The decoding error handler: each undecodable byte becomes the lone surrogate U+DC00 + byte.
ESCAPE_BYTES = "comment-dedup-escape"
# Those surrogates are counted per source, then shown as U+FFFD as errors="replace" would.
# No decoder makes a surrogate otherwise: a surrogate in the input is itself undecodable.
_ESCAPED_BYTE = re.compile("[\udc00-\udcff]")


def _escape_bytes(error: UnicodeError) -> tuple[str, int]:
    """Like errors="surrogateescape", but for every byte: UTF-16's odd last byte may be ASCII."""
    if not isinstance(error, UnicodeDecodeError):
        raise error
    undecodable = error.object[error.start : error.end]
    return "".join(chr(0xDC00 + byte) for byte in undecodable), error.end


codecs.register_error(ESCAPE_BYTES, _escape_bytes)


def replace_escaped_bytes(text: str, name: str, report: ReadReport) -> str:
    """``text`` with its undecodable bytes as U+FFFD, counted for ``name`` in ``report``."""
    if text.isascii() or not _ESCAPED_BYTE.search(text):
        return text
    text, replaced = _ESCAPED_BYTE.subn("\ufffd", text)
    report.replaced_bytes[name] = report.replaced_bytes.get(name, 0) + replaced
    return text


_NAME_CODECS = frozenset({"idna", "punycode"})


def text_codec(encoding: str) -> str:
    """The codec's name for ``--encoding``: a usage error unless it names a codec of text."""
    try:
        info = codecs.lookup(encoding)
    except LookupError:
        raise InputError(f"unknown encoding: {encoding}") from None
    # rot13 (str to str), base64 and hex (bytes to bytes) are codecs but not text encodings;
    # idna and punycode encode domain names and take no error handler.
    if not getattr(info, "_is_text_encoding", True) or info.name in _NAME_CODECS:
        raise InputError(f"{encoding} is not a text encoding")
    return info.name


def sniff_encoding(head: bytes, encoding: str | None) -> str:
    """The codec for a stream that starts with ``head``: a BOM wins over the default."""
    if encoding:
        return text_codec(encoding)
    # UTF-32's little-endian BOM starts with UTF-16's, so it is looked for first.
    if head.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return "utf-32"
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
    wrapper = io.TextIOWrapper(buffered, encoding=codec, errors=ESCAPE_BYTES, newline="")
    try:
        for number, raw in enumerate(wrapper, start=1):
            line = replace_escaped_bytes(raw.rstrip("\r\n"), name, report)
            if number == 1 and line.startswith("\ufeff"):
                line = line[1:]
            yield number, line
    except UnicodeError as error:  # a codec that fails on its own terms (undefined, idna, utf-16 without BOM)
        raise InputError(f"{name}: cannot decode as {codec}: {getattr(error, 'reason', error)}") from None
    finally:
        wrapper.detach()


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
