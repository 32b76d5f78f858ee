"""What the commands tell on stderr about how the input was read: its layout, bad bytes, what was dropped."""

from __future__ import annotations

from ..read import ReadReport
from ..read.pastes import describe, describe_table
from .shell import warn


def singular(label: str) -> str:
    """ "chrome lines" for one: "chrome line"; "page lines after the comments": "page line after the comments".

    Every label the readers count by names what it counts with its first plural noun.
    """
    words = label.split(" ")
    for at, word in enumerate(words):
        if word.endswith("s"):
            words[at] = word[:-1]
            break
    return " ".join(words)


def report_reading(report: ReadReport) -> None:
    """Warnings the user must see about how the input was read."""
    for name, layout in report.layouts.items():
        shown = "standard input" if name == "-" else name
        site = describe(layout, report.counts.get(name, 0))
        if site is not None:
            warn(f"read {shown} as {site}")
        if name in report.columns:
            warn(f"read {shown} as {describe_table(layout, *report.columns[name])}")
    for name, count in report.replaced_bytes.items():
        noun = "byte" if count == 1 else "bytes"
        warn(f"warning: {name}: {count} undecodable {noun} replaced with U+FFFD")
    if report.dropped:
        parts = ", ".join(f"{count} {what if count != 1 else singular(what)}" for what, count in report.dropped.items())
        warn(f"dropped (not comments): {parts}")
