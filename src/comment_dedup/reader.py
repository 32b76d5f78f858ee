"""Reader: turn files or standard input into a stream of comment entries.

A raw dump is whatever the user copied.  The simplest kind has one comment per
line::

    Very nice article !
    Super interesting read!
    Very nice article !

Another separates comments by blank lines, so that a comment may span lines::

    First comment, which goes on
    over two lines.

    Second comment.

The reader decodes bytes (UTF-8 by default, a BOM decides UTF-16), ends lines
at LF, CRLF or a lone CR, and hands numbered lines to a splitter that cuts
them into comments.  Nothing here holds a whole file: lines are read one at a
time, and ``--split auto`` looks at a bounded sample before deciding.
"""

from __future__ import annotations

import codecs
import io
import itertools
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import BinaryIO, NamedTuple, cast

from .inline_chrome import strip_line_end
from .model import Entry, InputError

STDIN_NAME = "-"

#: Bytes looked at to sniff a BOM or a binary file.
SNIFF_BYTES = 8192
#: Lines ``--split auto`` looks at before it decides (bounded, so reading stays a stream).
AUTO_SAMPLE_LINES = 2000
#: The paragraph layout is chosen when the median blank-line-separated block is at most this tall.
PARAGRAPH_MAX_MEDIAN_LINES = 5

# Undecodable bytes arrive as lone surrogates (errors="surrogateescape"), so they
# can be counted per source and then shown as U+FFFD like errors="replace" would.
_ESCAPED_BYTE = re.compile("[\udc80-\udcff]")

NumberedLine = tuple[int, str]


class Block(NamedTuple):
    """A comment cut out of the input, before it gets its place in the whole input."""

    text: str
    line: int
    truncated: bool = False
    author: str | None = None
    time: str | None = None
    id: str | None = None
    parent: str | None = None


@dataclass
class ReadReport:
    """What the reader saw besides comments: told to the user on stderr, never lost."""

    comments: int = 0
    counts: dict[str, int] = field(default_factory=dict)
    """Comments read from each source."""
    source: str = STDIN_NAME
    """The source being read now (so that a splitter can say something about it)."""
    columns: dict[str, tuple[str, bool, bool]] = field(default_factory=dict)
    """Per table: the column read as the comment, whether it was guessed, whether the table has a header."""
    replaced_bytes: dict[str, int] = field(default_factory=dict)
    layouts: dict[str, str] = field(default_factory=dict)
    dropped: dict[str, int] = field(default_factory=dict)

    def drop(self, what: str, count: int = 1) -> None:
        """Count input that was read but is not a comment (page chrome, deleted comments)."""
        self.dropped[what] = self.dropped.get(what, 0) + count


Splitter = Callable[[Iterator[NumberedLine], ReadReport], Iterator[Block]]


def split_lines(lines: Iterator[NumberedLine], report: ReadReport) -> Iterator[Block]:
    """One comment per non-blank line."""
    for number, text in lines:
        stripped = strip_line_end(text.strip()).strip()
        if stripped:
            yield Block(stripped, number)


def split_paragraphs(lines: Iterator[NumberedLine], report: ReadReport) -> Iterator[Block]:
    """Blank lines separate comments; a comment keeps its inner line breaks."""
    start = 0
    held: list[str] = []
    for number, text in lines:
        if text.strip():
            if not held:
                start = number
            held.append(strip_line_end(text.rstrip()).rstrip())
        elif held:
            yield Block("\n".join(held).strip(), start)
            held = []
    if held:
        yield Block("\n".join(held).strip(), start)


def looks_like_paragraphs(sample: list[str]) -> bool:
    """Whether blank lines in a sample separate comments rather than sections.

    A one-per-line dump may hold a blank line or two between copied sections;
    treating those sections as comments would glue many comments together.
    So paragraphs are chosen only when there are several blocks, at least one
    block spans lines, and a typical block is short.
    """
    heights: list[int] = []
    height = 0
    for text in sample:
        if text.strip():
            height += 1
        elif height:
            heights.append(height)
            height = 0
    if height:
        heights.append(height)
    if len(heights) < 2 or max(heights) < 2:
        return False
    heights.sort()
    return heights[len(heights) // 2] <= PARAGRAPH_MAX_MEDIAN_LINES


SPLITTERS: dict[str, Splitter] = {"line": split_lines, "paragraph": split_paragraphs}


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """How to read the input; every field has the default a user gets with no flags."""

    split: str = "auto"
    """``auto``, ``line`` or ``paragraph`` (see the module docstring)."""
    encoding: str | None = None
    """Input encoding; None means UTF-8, or UTF-16 when a BOM says so."""
    text: bool = False
    """Read input that looks binary (has NUL bytes) anyway."""
    platform: str | None = None
    """Read the input as a pasted comment section of this platform, without detecting it."""
    input_format: str = "auto"
    """``auto`` (sniff), ``text``, ``json``, ``jsonl``, ``csv`` or ``tsv``."""
    text_field: str | None = None
    """The JSON field or CSV column that holds the comment; None guesses it."""
    skip_bad: bool = False
    """Skip malformed records (counted on stderr) instead of stopping."""
    zero_terminated: bool = False
    """Each NUL-terminated record is one comment (``-z``); no layout is sniffed or split."""


def choose_splitter(
    lines: Iterator[NumberedLine], options: ReadOptions
) -> tuple[str, Splitter, Iterator[NumberedLine]]:
    """Pick how to cut ``lines`` into comments; returns a name for it, the splitter, and the
    lines, none consumed.

    Structured exports (JSON, CSV) are recognised first, then pasted comment
    sections of known platforms, then the plain line or paragraph layouts.
    """
    from . import exports, layouts  # imported here: both build on this module

    sample = list(itertools.islice(lines, AUTO_SAMPLE_LINES))
    lines = itertools.chain(sample, lines)
    texts = [text for _, text in sample]
    structured = exports.choose(texts, options)
    if structured is not None:
        return (*structured, lines)
    pasted = layouts.choose(texts, options)
    if pasted is not None:
        return (*pasted, lines)
    layout = options.split
    if layout == "auto":
        layout = "paragraph" if looks_like_paragraphs(texts) else "line"
    return layout, SPLITTERS[layout], lines


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


def read_entries(
    sources: Iterable[str] = (STDIN_NAME,),
    options: ReadOptions | None = None,
    *,
    report: ReadReport | None = None,
) -> Iterator[Entry]:
    """Stream the comments of ``sources`` (file names, ``-`` for stdin) as entries.

    Several sources are read in order as one thread; entry indexes run across
    all of them.  ``report`` collects what the user should be told on stderr.
    """
    options = options or ReadOptions()
    if options.split not in ("auto", *SPLITTERS):
        raise ValueError(f"unknown split mode: {options.split!r}")
    report = report if report is not None else ReadReport()
    from .export_records import RecordError  # imported here: it builds on this module

    index = 0
    for name in sources:
        report.source = name
        stream = open_source(name)
        try:
            for block in _blocks(stream, name, options, report):
                yield Entry(block.text, index, name, block.line, *block[2:])
                index += 1
                report.comments = index
                report.counts[name] = report.counts.get(name, 0) + 1
        except OSError as error:
            raise InputError(f"{name}: {error.strerror or error}") from None
        except RecordError as error:  # a malformed export record: name the file before its line
            raise InputError(f"{name}:{error}") from None
        finally:
            if name != STDIN_NAME:  # standard input stays open (and may be closed, so never touch it)
                stream.close()


def _blocks(stream: BinaryIO, name: str, options: ReadOptions, report: ReadReport) -> Iterator[Block]:
    """The comments of one source, cut as ``options`` say."""
    if options.zero_terminated:
        from .zero_terminated import split_records  # imported here: it builds on this module

        report.layouts[name] = "zero-terminated"
        return split_records(stream, name, report, encoding=options.encoding)
    lines = decode_lines(stream, name, report, encoding=options.encoding, text=options.text)
    layout, splitter, lines = choose_splitter(lines, options)
    report.layouts[name] = layout
    return splitter(lines, report)


def entries_from_texts(texts: Iterable[str], *, source: str = STDIN_NAME) -> Iterator[Entry]:
    """Entries for comments that are already split (one string each), for library use."""
    for index, comment in enumerate(texts):
        yield Entry(comment.strip(), index, source, index + 1)
