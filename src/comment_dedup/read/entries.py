"""Reader: turn files or standard input into a stream of comment entries.

For each source in turn the bytes are decoded into numbered lines
(:mod:`.decode`), a splitter is chosen from a sample of the first lines
(:mod:`.choose`: an export, a pasted comment section, a plain dump) and cuts
them into comments, and each comment becomes an :class:`~comment_dedup.model.Entry`
with its place in the whole input.  ``-z`` input is split on NUL instead
(:mod:`.zero_terminated`).  Nothing here holds a whole file.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import BinaryIO

from ..model import Entry, InputError
from .choose import choose_splitter
from .decode import decode_lines, open_source
from .exports.records import RecordError
from .types import SPLIT_MODES, STDIN_NAME, Block, ReadOptions, ReadReport
from .zero_terminated import split_records


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
    if options.split not in SPLIT_MODES:
        raise ValueError(f"unknown split mode: {options.split!r}")
    report = report if report is not None else ReadReport()
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
