"""Structured exports (JSON, JSON Lines, CSV/TSV): not recognised yet."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .reader import ReadOptions, Splitter


def choose(sample: list[str], options: ReadOptions) -> tuple[str, Splitter] | None:
    """The export reader for ``sample``, or None when the input is not a structured export."""
    return None
