"""Making a comment's text safe to show: escaped for one-line formats, inert for a terminal.

Machine formats keep the commenter's exact text, escaped only where a format
needs it (a line break in plain output) and where a character would act on the
terminal that output may reach: C0 controls but tab and line feed, DEL, C1
controls (``\\x9b`` is CSI on many terminals) and lone surrogates (which no
encoding can write).  Those are written as ``\\xHH`` or ``\\uXXXX``, as Python
writes them.  Text shown to a person on a terminal has its control characters
and bidi overrides made visible signs instead.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

# Characters that act on a terminal or cannot be encoded; tab, LF and CR are handled per format.
_ACTING = "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff"
_NAMED = {"\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape_one(match: re.Match[str]) -> str:
    char = match.group()
    named = _NAMED.get(char)
    if named is not None:
        return named
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def _escaper(characters: str) -> Callable[[str], str]:
    """A function that writes each of ``characters`` (a regex class body) as its escape.

    Most comments hold none of them, so one search in C comes before any work.
    """
    needed = re.compile(f"[{characters}]")

    def escape(text: str) -> str:
        return needed.sub(_escape_one, text) if needed.search(text) else text

    return escape


_escape_plain = _escaper("\\\\\n\r" + _ACTING)
_escape_tsv = _escaper("\\\\\t\n\r" + _ACTING)
_escape_record = _escaper("\r" + _ACTING)
_escape_message = _escaper("\n\r" + _ACTING)


def escape_plain(text: str) -> str:
    """``text`` on one line: backslashes, line breaks and acting characters escaped, as in the plain format."""
    return _escape_plain(text)


def escape_tsv(text: str) -> str:
    """A TSV cell: as :func:`escape_plain`, and tabs escaped too."""
    return _escape_tsv(text)


def escape_record(text: str) -> str:
    """A record that may span lines (``-z``, a CSV cell): only CR and acting characters escaped.

    Backslashes are left alone so that ordinary text is written exactly as posted.
    """
    return _escape_record(text)


def escape_message(text: str) -> str:
    """A diagnostic on one stderr line: line breaks and acting characters escaped, backslashes kept."""
    return _escape_message(text)


# JSON escapes C0 itself; DEL, C1 and lone surrogates it would write raw.
_JSON_RAW = re.compile("[\x7f-\x9f\ud800-\udfff]")


def _json_escape(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


def json_text(value: Any) -> str:
    """``value`` as compact JSON, non-ASCII text as it is but acting characters and surrogates escaped.

    They can only occur inside JSON strings, where ``\\uXXXX`` reads back as the same character.
    """
    dumped = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return _JSON_RAW.sub(_json_escape, dumped) if _JSON_RAW.search(dumped) else dumped


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
    for code in (*range(0x20), 0x7F, *range(0x80, 0xA0), *_BIDI_CONTROLS, *range(0xD800, 0xE000))
    if code not in (0x09, 0x0A)
}


_NEEDS_SIGNS = re.compile("[" + "".join(re.escape(chr(code)) for code in _VISIBLE) + "]")


def make_inert(text: str) -> str:
    """``text`` with every control character, bidi override and lone surrogate replaced by a visible sign."""
    return text.translate(_VISIBLE) if _NEEDS_SIGNS.search(text) else text
