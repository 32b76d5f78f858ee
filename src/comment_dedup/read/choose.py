"""How to cut one source into comments: an export, a pasted comment section, or a plain dump.

The reader looks at a bounded sample of the first lines (so reading stays a
stream), then hands every line, the sample's too, to the splitter it chose.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from . import exports, pastes
from .plain import SPLITTERS, looks_like_paragraphs
from .types import NumberedLine, ReadOptions, Splitter

#: Lines ``--split auto`` looks at before it decides (bounded, so reading stays a stream).
AUTO_SAMPLE_LINES = 2000


def choose_splitter(
    lines: Iterator[NumberedLine], options: ReadOptions
) -> tuple[str, Splitter, Iterator[NumberedLine]]:
    """Pick how to cut ``lines`` into comments; returns a name for it, the splitter, and the
    lines, none consumed.

    Structured exports (JSON, CSV) are recognised first, then pasted comment
    sections of known platforms, then the plain line or paragraph layouts.
    """
    sample = list(itertools.islice(lines, AUTO_SAMPLE_LINES))
    lines = itertools.chain(sample, lines)
    texts = [text for _, text in sample]
    # A named platform says the input is a paste of that site: no export is looked for.
    structured = exports.choose(texts, options) if options.platform is None else None
    if structured is not None:
        return (*structured, lines)
    pasted = pastes.choose(texts, options)
    if pasted is not None:
        return (*pasted, lines)
    layout = options.split
    if layout == "auto":
        layout = "paragraph" if looks_like_paragraphs(texts) else "line"
    return layout, SPLITTERS[layout], lines
