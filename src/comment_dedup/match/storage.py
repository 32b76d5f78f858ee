"""Compact storage of the texts the grouper keeps until the output is written.

A group's representatives are kept in the same way: an ASCII text's
fingerprint as it is, any other text's in stored form.
"""

from __future__ import annotations

from dataclasses import dataclass

from .fingerprint import Fingerprint

# Texts kept until the output is written are stored compactly.  CPython
# stores a str at the width of its widest character, so one emoji makes a
# whole comment take four bytes per character; as UTF-8 it takes one byte per
# ASCII character.  Half the comments of a chat dump have an emoji, and the
# distinct texts are most of the memory a big dump needs.  A text is
# decoded again only when it is judged or written.
Stored = str | bytes


def store(text: str) -> Stored:
    """``text`` in its compact stored form: itself when ASCII, else its UTF-8 bytes."""
    return text if text.isascii() else text.encode("utf-8", "surrogatepass")


def load(stored: Stored) -> str:
    """The text ``store`` made ``stored`` from."""
    return stored if isinstance(stored, str) else stored.decode("utf-8", "surrogatepass")


@dataclass(frozen=True, slots=True)
class KeptPrint:
    """A fingerprint kept as a group's representative, in stored form."""

    normalized: Stored
    prefix: Stored | None
    raw: Stored

    @property
    def truncated(self) -> bool:
        return self.prefix is not None

    def fingerprint(self) -> Fingerprint:
        """The fingerprint again, to judge a candidate against."""
        prefix = None if self.prefix is None else load(self.prefix)
        return Fingerprint(load(self.normalized), prefix, load(self.raw))


# A group's representative: an ASCII text's fingerprint as it is (storing it
# would change nothing, and it is judged against for every candidate lookup
# that finds the group), any other text's in stored form.
Representative = Fingerprint | KeptPrint


def keep_print(print_: Fingerprint, normalized: Stored, raw: Stored) -> Representative:
    """``print_`` as a representative; ``normalized`` and ``raw`` are its texts already stored."""
    if isinstance(raw, str) and isinstance(normalized, str):
        # ASCII (its prefix, a part of the normalized text, is too); made of the
        # stored objects, which the lookup tables hold already.
        return Fingerprint(normalized, print_.prefix, raw)
    return KeptPrint(normalized, None if print_.prefix is None else store(print_.prefix), raw)


def judged_form(representative: Representative) -> Fingerprint:
    return representative if isinstance(representative, Fingerprint) else representative.fingerprint()
