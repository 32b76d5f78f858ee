"""The output formats, one closed set: the command's ``--format`` choices are made from it."""

from __future__ import annotations

import enum


class Format(enum.Enum):
    """Output formats."""

    TERMINAL = "terminal"
    PLAIN = "plain"
    JSON = "json"
    JSONL = "jsonl"
    CSV = "csv"
    TSV = "tsv"


#: Formats written for programs: never coloured, and written without rich.
MACHINE_FORMATS = (Format.PLAIN, Format.JSON, Format.JSONL, Format.CSV, Format.TSV)
