"""Output formats and the command's contract: help, version, usage errors, stdout versus stderr."""

from __future__ import annotations

import io
import json
import re

import pytest
from rich.console import Console

from comment_dedup import Group, dedupe, group_entries, read_entries
from comment_dedup.show.escape import make_inert
from comment_dedup.show.terminal import print_terminal
from conftest import SAMPLES, run_cli

DUMP = "alpha comment\n\nsecond\nline\n\nalpha comment\n"


def test_plain_escapes_inner_newlines_and_backslashes_so_a_group_stays_on_one_line() -> None:
    """A line break inside a comment is written \\n, a backslash \\\\: one group, one line."""
    outcome = run_cli(["--split", "paragraph"], stdin="path C:\\temp\nand more\n\npath C:\\temp\nand more\n")
    assert outcome.stdout == "      2 path C:\\\\temp\\nand more\n"


def test_jsonl_has_one_object_per_group_with_members() -> None:
    """jsonl: one object per group, with count, text and every member."""
    outcome = run_cli(["--format", "jsonl", "--split", "paragraph"], stdin=DUMP)
    records = [json.loads(line) for line in outcome.stdout.splitlines()]
    assert records == [
        {
            "count": 2,
            "text": "alpha comment",
            "members": [
                {"index": 0, "line": 1, "source": "-", "match": "first"},
                {"index": 2, "line": 6, "source": "-", "match": "exact"},
            ],
        },
        {"count": 1, "text": "second\nline", "members": [{"index": 1, "line": 3, "source": "-", "match": "first"}]},
    ]


def test_json_is_one_array_equal_to_the_jsonl_records() -> None:
    """json is one array of the same records jsonl writes."""
    as_array = json.loads(run_cli(["-f", "json"], stdin=DUMP).stdout)
    as_lines = [json.loads(line) for line in run_cli(["-f", "jsonl"], stdin=DUMP).stdout.splitlines()]
    assert as_array == as_lines


def test_json_of_empty_input_is_an_empty_array() -> None:
    """Empty input gives an empty JSON array, still valid JSON."""
    assert json.loads(run_cli(["-f", "json"], stdin="").stdout) == []


def test_json_members_say_how_they_matched_with_their_own_text() -> None:
    """A member that differs from the group shows its own text, rule and score."""
    dump = "The new release finally fixes the memory leak that crashed my server.\n" * 1
    dump += "THE NEW RELEASE  finally fixes the memory leak that crashed my server.\n"
    dump += "The new release finaly fixes the memory leak that crashed my server.\n"
    (group,) = json.loads(run_cli(["-f", "json"], stdin=dump).stdout)
    rules = [(member["match"], "text" in member) for member in group["members"]]
    assert rules == [("first", False), ("normalized", True), ("fuzzy", True)]
    assert 90 <= group["members"][2]["score"] < 100


def test_empty_input_prints_nothing_and_succeeds() -> None:
    """Empty input prints nothing and exits 0, in every format."""
    assert run_cli([], stdin="") == run_cli(["-f", "jsonl"], stdin="\n\n") == type(run_cli([], stdin=""))("", "", 0)


def test_help_teaches_with_examples() -> None:
    """--help shows examples and the exit statuses."""
    outcome = run_cli(["--help"])
    assert outcome.code == 0
    assert "pbpaste | comment-dedup" in outcome.stdout
    assert "comment-dedup dump.txt --format jsonl | jq" in outcome.stdout
    assert "-t, --threshold" in outcome.stdout and "[default: 90.0; 0<=x<=100]" in outcome.stdout


def test_version_prints_name_and_version() -> None:
    """--version prints the program name and its version."""
    outcome = run_cli(["--version"])
    assert outcome.code == 0
    assert re.fullmatch(r"comment-dedup \S+\n", outcome.stdout)


@pytest.mark.parametrize(
    "args",
    [
        ["--threshold", "150"],
        ["--threshold", "-1"],
        ["--threshold", "nan"],
        ["--split", "sideways"],
        ["--format", "xml"],
        ["--nope"],
    ],
)
def test_bad_option_values_are_usage_errors(args: list[str]) -> None:
    """Option values out of range are usage errors with status 2."""
    outcome = run_cli(args, stdin="x\n")
    assert (outcome.code, outcome.stdout) == (2, "")
    assert "Error:" in outcome.stderr


def test_library_rejects_a_threshold_outside_0_100() -> None:
    """The library refuses a threshold outside 0-100 with OptionError."""
    from comment_dedup import OptionError

    with pytest.raises(OptionError):
        dedupe(["x"], threshold=150)


def test_terminal_view_is_written_to_stdout_and_summary_to_stderr() -> None:
    """The terminal view goes to stdout, its one-line summary to stderr."""
    outcome = run_cli(["--format", "terminal"], stdin="same here\nsame here\nother\n")
    assert "x2" in outcome.stdout and "same here" in outcome.stdout and "stdin lines 1, 2" in outcome.stdout
    assert outcome.stderr == "3 comments read: 2 unique, 1 repeated\n"


def render(groups: list[Group], width: int = 80) -> str:
    buffer = io.StringIO()
    print_terminal(groups, Console(file=buffer, width=width, color_system=None, force_terminal=False))
    return buffer.getvalue()


def test_terminal_view_snapshot_of_the_shared_sample(monkeypatch: pytest.MonkeyPatch) -> None:
    """The terminal view of the shared sample at 80 columns, as recorded."""
    monkeypatch.chdir(SAMPLES)
    rendered = render(group_entries(read_entries(["article-comments.txt"])))
    expected = (SAMPLES.parent / "tests" / "snapshots" / "article-comments.terminal.txt").read_text(encoding="utf-8")
    assert rendered == expected


def test_terminal_view_shows_markup_and_escape_sequences_inert() -> None:
    """Rich markup and escape sequences in a comment are shown as text, never acted on."""
    hostile = "[bold red]shout[/] \x1b]0;pwned\x07 \x1b[2J \u202eevil"
    rendered = render(dedupe([hostile]))
    assert "\x1b" not in rendered and "\x07" not in rendered and "\u202e" not in rendered
    assert "[bold red]shout[/]" in rendered
    assert "␛]0;pwned␇ ␛[2J <U+202E>evil" in rendered


def test_machine_formats_keep_the_exact_text() -> None:
    """Machine formats keep the text exactly as written, markup and escapes included."""
    hostile = "[bold]x[/] \x1b[31mred"
    (record,) = [json.loads(line) for line in run_cli(["-f", "jsonl"], stdin=hostile + "\n").stdout.splitlines()]
    assert record["text"] == hostile


def test_make_inert_keeps_newlines_and_tabs() -> None:
    """Control characters become visible signs; newlines and tabs stay."""
    assert make_inert("a\tb\nc\x00d") == "a\tb\nc\u2400d"
