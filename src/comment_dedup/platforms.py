"""Pasted comment sections of web platforms: not recognised yet."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .reader import ReadOptions, Splitter


def choose(sample: list[str], options: ReadOptions) -> tuple[str, Splitter] | None:
    """The paste reader for ``sample``, or None when no platform is recognised."""
    return None
