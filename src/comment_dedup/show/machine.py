"""Writing groups in a machine format (plain, json, jsonl, csv, tsv): nothing here needs rich."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TextIO

from ..model import Group
from .formats import Format
from .plain import plain_line, plain_record
from .records import GroupRecord, group_record, json_chunks, jsonl_lines
from .tables import tsv_lines, write_csv


def write_machine(
    groups: Iterable[Group],
    output_format: Format,
    stream: TextIO,
    *,
    record: GroupRecord = group_record,
    zero_terminated: bool = False,
) -> None:
    """Write groups to ``stream`` in a machine format (plain, json, jsonl, csv or tsv).

    ``record`` makes a group's JSON object; ``zero_terminated`` ends plain records with NUL.
    """
    if output_format is Format.CSV:
        write_csv(groups, stream)
        return
    if output_format is Format.JSON:
        chunks: Iterable[str] = json_chunks(groups, record)
    elif output_format is Format.JSONL:
        chunks = jsonl_lines(groups, record)
    elif output_format is Format.TSV:
        chunks = tsv_lines(groups)
    else:
        chunks = map(plain_record if zero_terminated else plain_line, groups)
    for chunk in chunks:
        stream.write(chunk)
