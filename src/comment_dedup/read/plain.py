"""Plain dumps: one comment per line, or comments separated by blank lines.

One comment per line::

    Very nice article !
    Super interesting read!
    Very nice article !

Blank lines between comments, so that a comment may span lines::

    First comment, which goes on
    over two lines.

    Second comment.

Chrome that a copy put on a comment's own line ("Like · Reply · 2h") is taken off.
"""

from __future__ import annotations

from collections.abc import Iterator

from .pastes.inline_chrome import strip_line_end
from .types import Block, NumberedLine, ReadReport, Splitter

#: The paragraph layout is chosen when the median blank-line-separated block is at most this tall.
PARAGRAPH_MAX_MEDIAN_LINES = 5


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
