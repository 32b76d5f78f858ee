"""Pastes modelled on real copies of comment sections: a paste in, the commenters' thread out, no flags.

Each ``fixtures/layouts/NAME.txt`` (or ``.tsv``) is written for these tests after
a real public paste that ``bench/pastes.json`` records (``modelled_on``), with
its layout and its traps but invented names and texts.  Beside it,
``NAME.expected.json`` holds the thread (count and text of every group), the
author of each group's first comment, and how the paste must be read:
``learned`` (no site rule: the layout is learned from the paste), ``chat`` (a
learned chat log), ``table``, or the name of the site rule that reads it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import pytest

from comment_dedup import ReadOptions, ReadReport, group_entries, read_entries
from comment_dedup.read.pastes import NAMES
from comment_dedup.read.pastes.choose import HINTED, LEARNED_CHAT, LEARNED_PAGE
from conftest import REPO, run_cli

LAYOUTS = Path(__file__).resolve().parent / "fixtures" / "layouts"
MANIFEST = REPO / "bench" / "pastes.json"


@dataclass(frozen=True)
class Expected:
    """What a fixture must read as."""

    path: Path
    layout: str
    thread: list[tuple[int, str]]
    authors: list[str | None]
    modelled_on: list[str]
    text_column: str | None


def load(expected: Path) -> Expected:
    """The fixture beside ``expected`` and what it must read as."""
    data = json.loads(expected.read_text(encoding="utf-8"))
    stem = expected.name.removesuffix(".expected.json")
    if "fixture" in data:  # a paste kept with the older fixtures, modelled on a real one all the same
        path = (LAYOUTS / data["fixture"]).resolve()
    else:
        (path,) = [candidate for candidate in LAYOUTS.glob(f"{stem}.*") if candidate != expected]
    thread = [(count, text) for count, text in data["thread"]]
    authors = [author or None for author in data["authors"]]  # "" stands for no author
    return Expected(path, data["layout"], thread, authors, data["modelled_on"], data.get("text_column"))


CASES = [load(path) for path in sorted(LAYOUTS.glob("*.expected.json"))]
IDS = [case.path.name for case in CASES]


def read(case: Expected) -> tuple[list[tuple[int, str]], list[str | None], str]:
    """The thread, its first authors and the layout the library reads from a fixture."""
    report = ReadReport()
    entries = read_entries([str(case.path)], ReadOptions(text_field=case.text_column), report=report)
    groups = group_entries(entries)
    thread = [(group.count, group.text) for group in groups]
    return thread, [group.members[0].author for group in groups], report.layouts[str(case.path)]


def layout_kind(layout: str) -> str:
    """A layout name as the fixtures write it: a site read with its words on a learned layout is the site."""
    kind = layout.partition(": ")[0]
    if HINTED in kind:
        return kind.partition(HINTED)[2]
    if layout.startswith(LEARNED_PAGE):
        return "learned"
    if layout.startswith(LEARNED_CHAT):
        return "chat"
    return "table" if layout in ("csv", "tsv") else layout


def test_there_are_fixtures() -> None:
    """The table below cannot pass by being empty."""
    assert len(CASES) >= 30


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_the_thread_is_read_as_people_wrote_it(case: Expected) -> None:
    """Every comment once with its count, page chrome and the page's own post left out."""
    thread, _, _ = read(case)
    assert thread == case.thread


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_every_comment_keeps_its_author(case: Expected) -> None:
    """The name in a comment's header becomes its author, not a line of its text."""
    _, authors, _ = read(case)
    assert authors == case.authors


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_the_layout_is_the_one_expected(case: Expected) -> None:
    """A site rule where the site's words read it, a learned layout where none does."""
    _, _, layout = read(case)
    assert layout_kind(layout) == case.layout


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_the_command_says_how_it_read_the_paste(case: Expected) -> None:
    """stderr names the layout (or the table's column) and what was dropped; stdout is the thread."""
    args = [str(case.path)] if case.text_column is None else ["--text-column", case.text_column, str(case.path)]
    outcome = run_cli(["--format", "jsonl", *args])
    assert outcome.code == 0
    groups = [json.loads(line) for line in outcome.stdout.splitlines()]
    assert [(group["count"], group["text"]) for group in groups] == case.thread
    if case.layout != "table" or case.text_column is None:
        assert f"read {case.path} as " in outcome.stderr


def test_every_site_rule_has_a_fixture_modelled_on_a_real_paste() -> None:
    """Each name of ``--platform`` is read from at least one fixture that follows a recorded real paste."""
    recorded = {paste["id"] for paste in json.loads(MANIFEST.read_text(encoding="utf-8"))["pastes"]}
    covered = {case.layout for case in CASES if set(case.modelled_on) <= recorded and case.modelled_on}
    # No real paste of a Coral widget was found: its rule follows Coral's own interface strings, and
    # the README says so.
    assert set(NAMES) - covered == {"coral"}
