"""Fuzzing the readers: whatever is pasted or exported, reading ends in entries or one clear error.

The runs here are short so that CI can afford them.  For a long run:

    COMMENT_DEDUP_FUZZ_EXAMPLES=20000 pytest tests/test_fuzz.py
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from comment_dedup import InputError, ReadOptions, ReadReport, dedupe, read_entries
from comment_dedup.read.pastes.rules import PLATFORMS

EXAMPLES = int(os.environ.get("COMMENT_DEDUP_FUZZ_EXAMPLES", "60"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

# Lines that steer the readers into their less travelled paths: platform anchors and
# chrome, export headers and records, and plain or hostile text.
CHROME = [
    "@maple.rook",
    "3 years ago (edited)",
    "Reply",
    "12 replies",
    "Read more",
    "1.2K",
    "u/quiet avatar",
    "quiet",
    "•",
    "8h ago",
    "Upvote",
    "Vote",
    "Downvote",
    "Award",
    "Share",
    "[–]tide 33 points 7 hours ago",
    "permalinkembedsavereportreply",
    "kelpie 2 hours ago | parent | next [–]",
    "reply",
    "Dana's avatar",
    "Nov 2",
    "Like (7)",
    "Expand full comment",
    "Top fan",
    "Most relevant",
    "Replying to @x",
    "· 12h",
    "• 2nd",
    "…see more",
    "alice commented on May 2, 2021",
    "b_ostrom — Today at 8:58 AM",
    "[8:59 AM]",
    "Priya N",
    "  3:13 PM",
    "3:14",
    ":+1:",
    "View thread",
    "Respect 12",
    "In reply to sam",
    "[deleted]",
    "This comment was deleted.",
    # Layouts learned from the paste and the newer site rules.
    "Jan 2025",
    "views",
    "1 month later",
    "•Reply•Share ›",
    "K kolya 2 years ago fine here see more",
    "works for me – ana.r Mar 2 '17 at 9:41",
    "Ben Ode\u00a0\u00a0[2:15 PM]",
    "it is fixed.29 repliesAna Ruiz\u00a0\u00a0[4:30 PM]ok",
    "x',Collapse commentComment on line R4ana commented on Sep 2, 2025 anaon Sep 2, 2025MemberMore actionsno",
    "ReactWrite a replyResolve comment",
    "90wReply",
    "ana.r's profile picture",
    "Zone 7b",
    "https://github.com/a/b",
    "GitHub",
    "Image",
    "3 files",
    "[07.06.23, 20:47:53] Ana: 31",
    "07/06/2023, 20:49 - Ana changed the group description",
    "<Media omitted>",
    "50 \u200eimage omitted",
    "---",
    "=======",
    "Leave a Reply",
    "Message Ana Ruiz",
    "[Forwarded from Ana]",
    "Apuntes, [14.05.19 18:02]",
    "Great point Like · Reply · 2h",
    "\t",
    "",
]
RECORDS = ["text,author", '"a, b",c', '{"text": "hi", "author": "x"}', '{"body": 1}', "[", "]", '{"comments": [', "}"]
line = st.one_of(st.sampled_from(CHROME), st.sampled_from(RECORDS), st.text(max_size=40))
pastes = st.lists(line, max_size=60).map("\n".join)

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=5)
        | st.dictionaries(
            st.sampled_from(["text", "body", "author", "id", "parent", "children", "replies", "kind", "data", "x"]),
            children,
            max_size=5,
        )
    ),
    max_leaves=30,
)


def read_all(path: Path, options: ReadOptions) -> None:
    """Read ``path`` to the end: entries have text, and the only error is the tool's own."""
    report = ReadReport()
    try:
        entries = list(read_entries([str(path)], options, report=report))
    except InputError as error:
        assert str(error) and "\n" not in str(error)
        return
    assert all(entry.text for entry in entries)
    assert [entry.index for entry in entries] == list(range(len(entries)))
    dedupe([entry.text for entry in entries])


@FUZZ
@given(pastes)
def test_pasted_sections_are_read_without_crashing(tmp_path: Path, paste: str) -> None:
    """Any mix of chrome, records and text, sniffed as a paste: entries or one clear error, never a traceback."""
    path = tmp_path / "paste.txt"
    path.write_text(paste, encoding="utf-8")
    read_all(path, ReadOptions())


@FUZZ
@given(pastes, st.sampled_from([platform.name for platform in PLATFORMS]))
def test_every_forced_platform_reads_anything(tmp_path: Path, paste: str, platform: str) -> None:
    """Every --platform reads any text without a traceback, and every line is a comment or counted as dropped."""
    path = tmp_path / "paste.txt"
    path.write_text(paste, encoding="utf-8")
    read_all(path, ReadOptions(platform=platform))


@FUZZ
@given(json_values, st.sampled_from(["auto", "json", "jsonl"]), st.booleans())
def test_json_exports_are_read_or_refused_in_one_line(
    tmp_path: Path, value: object, input_format: str, lines: bool
) -> None:
    """Any JSON value is read as an export or refused with one line naming the file."""
    path = tmp_path / "export.json"
    if lines and isinstance(value, list):
        path.write_text("\n".join(json.dumps(item) for item in value), encoding="utf-8")
    else:
        path.write_text(json.dumps(value, indent=1), encoding="utf-8")
    read_all(path, ReadOptions(input_format=input_format))


@FUZZ
@given(st.lists(st.lists(st.text(max_size=12), min_size=1, max_size=4), max_size=12), st.sampled_from([",", "\t"]))
def test_tables_are_read_or_refused_in_one_line(tmp_path: Path, rows: list[list[str]], delimiter: str) -> None:
    """Any table the csv module can write, with any delimiter, is read or refused in one line."""
    path = tmp_path / "table.csv"
    body = "\n".join(delimiter.join(cells) for cells in [["text", "author"], *rows])
    path.write_text(body, encoding="utf-8")
    read_all(path, ReadOptions(input_format="csv" if delimiter == "," else "tsv"))


@pytest.mark.parametrize("skip_bad", [False, True])
def test_a_broken_record_in_the_middle(tmp_path: Path, skip_bad: bool) -> None:
    """A malformed record stops the run at its line, or is skipped and counted with --skip-bad-records."""
    path = tmp_path / "broken.jsonl"
    path.write_text('{"text": "one"}\n{"text": \n{"text": "two"}\n', encoding="utf-8")
    if skip_bad:
        assert [entry.text for entry in read_entries([str(path)], ReadOptions(skip_bad=True))] == ["one", "two"]
    else:
        with pytest.raises(InputError, match=":2:"):
            list(read_entries([str(path)]))
