"""A text's fingerprint: what matching needs to know about one distinct text."""

from __future__ import annotations

from dataclasses import dataclass

from .normalize import normalize, split_truncation, tokens


@dataclass(frozen=True, slots=True)
class Fingerprint:
    """What matching needs to know about one distinct text."""

    normalized: str
    """The matching form of the whole text."""
    prefix: str | None = None
    """For a copy cut off by the page, the matching form of what is left before the cut."""
    raw: str = ""
    """The text as written (its capitals tell names from words)."""

    @property
    def truncated(self) -> bool:
        """The text was cut off by the page, so it may match a longer text by prefix."""
        return self.prefix is not None

    @property
    def tokens(self) -> list[str]:
        """The words (and emoji runs) of the text, before the cut for a truncated copy."""
        return tokens(self.normalized if self.prefix is None else self.prefix)


def fingerprint(text: str, *, truncated: bool = False) -> Fingerprint:
    """The fingerprint of a comment; ``truncated`` says the reader already saw a cut."""
    normalized = normalize(text)
    if truncated:
        return Fingerprint(normalized, normalized, text)
    before_cut, marked = split_truncation(text)
    return Fingerprint(normalized, normalize(before_cut) if marked else None, text)
