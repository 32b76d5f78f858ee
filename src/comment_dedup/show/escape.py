"""Making a comment's text safe to show: escaped for one-line formats, inert for a terminal.

Machine formats keep the commenter's exact text, escaped only where a format
needs it (a line break in plain output); text shown to a person on a terminal
has its control characters and bidi overrides made visible, so that they
cannot act on the terminal.
"""

from __future__ import annotations

import re
from collections.abc import Callable


def _escaper(replacements: dict[str, str]) -> Callable[[str], str]:
    """A function that writes each character of ``replacements`` as its replacement.

    Most comments have none of those characters; str.translate would look
    every character of a non-ASCII text up in its table, while one search in
    C finds the rare text that needs it.
    """
    table = str.maketrans(replacements)
    needed = re.compile("[" + re.escape("".join(replacements)) + "]")

    def escape(text: str) -> str:
        return text.translate(table) if needed.search(text) else text

    return escape


_escape_plain = _escaper({"\\": "\\\\", "\n": "\\n", "\r": "\\r"})
_escape_tsv = _escaper({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"})


def escape_plain(text: str) -> str:
    """``text`` on one line: backslashes and line breaks escaped as in the plain format."""
    return _escape_plain(text)


def escape_tsv(text: str) -> str:
    """A TSV cell: tabs, line breaks and backslashes escaped."""
    return _escape_tsv(text)


# Bidi overrides and isolates can make text read in a different order than it is stored.
_BIDI_CONTROLS = frozenset([*range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x200E, 0x200F, 0x061C])


def _visible_character(code: int) -> str:
    if code < 0x20:
        return chr(0x2400 + code)  # the Unicode "control picture" for the character
    if code == 0x7F:
        return "\u2421"
    return f"<U+{code:04X}>"


_VISIBLE = {
    code: _visible_character(code)
    for code in (*range(0x20), 0x7F, *range(0x80, 0xA0), *_BIDI_CONTROLS)
    if code not in (0x09, 0x0A)
}


def make_inert(text: str) -> str:
    """``text`` with every control character and bidi override replaced by a visible sign."""
    return text.translate(_VISIBLE)
