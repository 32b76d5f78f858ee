"""The command in scripts and before quoting: check mode, find, reports, formats, terminal manners."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import click
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rich.console import Console

from comment_dedup.cli import shell
from comment_dedup.cli.find import find_command
from comment_dedup.cli.main import dedupe_command
from comment_dedup.cli.shell import color_wanted
from comment_dedup.match import explain
from comment_dedup.match.borderline import BorderlineCollector
from comment_dedup.match.explain import DiffKind, DiffOp, diff_sides, word_diff
from comment_dedup.match.grouper import Grouper, Judgement
from comment_dedup.match.lookup import find_quote
from comment_dedup.match.stats import thread_stats
from comment_dedup.read import entries_from_texts
from comment_dedup.show.progress import EntryProgress
from conftest import SAMPLES, WriteDump, run_cli

SAMPLE = str(SAMPLES / "article-comments.txt")

DUMP = (
    "Nice article, thanks for writing it all up so clearly\n"
    "First!\n"
    "nice article, thanks for writing it all up so clearly!!\n"
    "Nice article, thanks for writng it all up so clearly\n"
    "First!\n"
    "Something else entirely, about a different topic\n"
)
THREAD = (
    "      3 Nice article, thanks for writing it all up so clearly\n"
    "      2 First!\n"
    "      1 Something else entirely, about a different topic\n"
)
NO_REPEATS = "one comment here\nanother comment there\n"
APART_BY_A_NUMBER = (
    "I waited 3 hours for the delivery and it never came today\n"
    "I waited 5 hours for the delivery and it never came today\n"
)


# --- command layout ------------------------------------------------------------


def test_plain_use_still_reads_stdin() -> None:
    """A bare command in a pipe prints the thread, as before subcommands existed."""
    assert run_cli([], DUMP) == run_cli(["-"], DUMP)
    outcome = run_cli([], DUMP)
    assert (outcome.stdout, outcome.stderr, outcome.code) == (THREAD, "", 0)


def test_options_before_files_reach_the_default_command(write_dump: WriteDump) -> None:
    """``comment-dedup -d FILE`` prints only the repeated comments."""
    outcome = run_cli(["-d", write_dump(DUMP)])
    assert (outcome.stdout, outcome.code) == (THREAD.rsplit("      1", 1)[0], 0)


def test_version_and_help_belong_to_the_default_command() -> None:
    """--help shows every option, the examples and the exit codes; --version the version."""
    version = run_cli(["--version"])
    assert version.code == 0 and version.stdout.startswith("comment-dedup ")
    shown = run_cli(["--help"])
    assert shown.code == 0 and shown.stdout.startswith("Usage: comment-dedup [OPTIONS] [FILE]...\n")
    for expected in ("--check", "--max-repeat-share", "--explain", "--borderline", "--stats", "--min-count"):
        assert expected in shown.stdout
    for expected in ("Examples:", "Exit status:", "141", "comment-dedup find QUOTE", "comment-dedup -- find"):
        assert expected in shown.stdout


def test_find_has_its_own_help() -> None:
    """``find --help`` shows find's usage, options and exit codes."""
    shown = run_cli(["find", "--help"])
    assert shown.code == 0 and shown.stdout.startswith("Usage: comment-dedup find [OPTIONS] QUOTE [FILE]...\n")
    assert "--quote-file" in shown.stdout and "1    it does not occur" in shown.stdout


def test_every_option_has_help() -> None:
    """Each option of both commands explains itself in --help."""
    for command in (dedupe_command, find_command):
        for param in command.params:
            if isinstance(param, click.Option):
                assert param.help, f"{command.name} {param.opts} has no help"


def test_a_file_named_find_is_read_after_double_dash(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """``comment-dedup -- find`` and ``comment-dedup ./find`` read the file; ``find`` is the command."""
    (tmp_path / "find").write_text("x y\nx y\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert run_cli(["--", "find"]).stdout == "      2 x y\n"
    assert run_cli(["./find"]).stdout == "      2 x y\n"
    assert run_cli(["find"]).code == 2


def test_usage_errors_name_the_command_as_typed() -> None:
    """A bad option shows ``comment-dedup``'s usage, not an internal command name, and exits 2."""
    outcome = run_cli(["--bogus"])
    assert outcome.code == 2
    assert outcome.stderr.startswith("Usage: comment-dedup [OPTIONS] [FILE]...\nTry 'comment-dedup --help' for help.")


# --- check mode ----------------------------------------------------------------


def test_check_fails_when_a_comment_repeats() -> None:
    """--check: nothing on stdout, exit 1, one line on stderr saying how much repeats."""
    outcome = run_cli(["--check"], DUMP)
    assert outcome == type(outcome)("", "comment-dedup: 3 of 6 comments repeat an earlier one (50.0%)\n", 1)


def test_check_passes_without_repeats() -> None:
    """--check: exit 0 and silence when every comment is unique."""
    outcome = run_cli(["--check"], NO_REPEATS)
    assert (outcome.stdout, outcome.stderr, outcome.code) == ("", "", 0)


def test_quiet_check_prints_nothing() -> None:
    """-q --check: only the exit status tells."""
    outcome = run_cli(["-q", "--check"], DUMP)
    assert (outcome.stdout, outcome.stderr, outcome.code) == ("", "", 1)


def test_check_exits_2_on_unreadable_input(tmp_path: Path) -> None:
    """An error is 2 in check mode too, never mistaken for "repeats found"."""
    outcome = run_cli(["--check", str(tmp_path / "missing.txt")])
    assert outcome.code == 2 and outcome.stdout == ""
    assert outcome.stderr == f"comment-dedup: error: {tmp_path / 'missing.txt'}: no such file\n"


@pytest.mark.parametrize(
    ("share", "code", "stderr"),
    [
        ("50", 0, ""),  # 3 of 6 is 50%: not more than 50
        ("49.9", 1, "comment-dedup: 3 of 6 comments repeat an earlier one (50.0%), more than the 49.9% allowed\n"),
        ("0", 1, "comment-dedup: 3 of 6 comments repeat an earlier one (50.0%), more than the 0% allowed\n"),
        ("100", 0, ""),
    ],
)
def test_max_repeat_share_fails_only_above_the_share(share: str, code: int, stderr: str) -> None:
    """--max-repeat-share P implies --check and fails only when repeats exceed P percent."""
    assert run_cli(["--max-repeat-share", share], DUMP) == type(run_cli([]))("", stderr, code)


def test_check_refuses_a_report_on_stdout() -> None:
    """--check with --explain is a usage error: check mode prints nothing on stdout."""
    outcome = run_cli(["--check", "--explain"], DUMP)
    assert outcome.code == 2 and outcome.stdout == ""
    assert outcome.stderr.endswith(
        "Error: --check prints nothing on stdout; it cannot be combined with --explain or --borderline\n"
    )


# --- find ----------------------------------------------------------------------


def test_find_lists_each_occurrence_and_a_verdict() -> None:
    """Exact, retyped and misspelt copies are found, each with its place and rule."""
    outcome = run_cli(["find", "Nice article, thanks for writing it all up so clearly", "-"], DUMP)
    assert outcome.stdout == (
        "-:1: [exact] Nice article, thanks for writing it all up so clearly\n"
        "-:3: [fuzzy 99.1] nice article, thanks for writing it all up so clearly!!\n"
        "-:4: [fuzzy 99.0] Nice article, thanks for writng it all up so clearly\n"
        "found 3 times in 6 comments\n"
    )
    assert (outcome.stderr, outcome.code) == ("", 0)


def test_find_says_not_found_and_exits_1() -> None:
    """A quote that is not there: the verdict, and exit 1 as grep does."""
    outcome = run_cli(["find", "Completely unrelated words about gardening"], DUMP)
    assert (outcome.stdout, outcome.stderr, outcome.code) == ("not found in 6 comments\n", "", 1)


def test_find_finds_a_cut_off_copy_in_the_sample() -> None:
    """Retyped spacing counts, and so does a copy the page cut off ("Read more"), as in the thread."""
    quote = "Very nice article!"
    outcome = run_cli(["find", quote, SAMPLE])
    assert outcome.stdout == f"{SAMPLE}:7: [normalized] Very nice article !\nfound 1 time in 17 comments\n"
    dump = "Great points about the economy and the jobs report this week… Read more\nUnrelated\n"
    full = "Great points about the economy and the jobs report this week, well argued"
    found = run_cli(["find", full], dump)
    assert found.stdout.startswith("-:1: [truncated ") and found.code == 0


def test_find_counts_authors_when_the_dump_names_them(write_dump: WriteDump) -> None:
    """In an export with authors, the verdict says by how many."""
    records = [{"author": name, "text": "Totally agree with this"} for name in ("ann", "bob", "ann")]
    dump = write_dump("".join(json.dumps(record) + "\n" for record in records), "export.jsonl")
    outcome = run_cli(["find", "totally agree with this", dump])
    assert outcome.stdout.endswith("found 3 times by 2 authors in 3 comments\n") and outcome.code == 0


def test_find_reads_a_long_quote_from_stdin_or_a_file(write_dump: WriteDump) -> None:
    """``find - FILE`` and ``--quote-file`` read the quote; the dump cannot come from stdin as well."""
    dump = write_dump(DUMP)
    by_stdin = run_cli(["find", "-", dump], "First!\n")
    assert by_stdin.stdout.endswith("found 2 times in 6 comments\n") and by_stdin.code == 0
    by_file = run_cli(["find", "--quote-file", write_dump("First!\n", "quote.txt"), dump])
    assert by_file.stdout == by_stdin.stdout
    both = run_cli(["find", "-"], "First!\n")
    assert both.code == 2 and "cannot both come from standard input" in both.stderr


def test_find_quiet_and_json() -> None:
    """-q prints nothing; -f json is one object with the occurrences."""
    assert run_cli(["find", "-q", "First!"], DUMP) == type(run_cli([]))("", "", 0)
    record = json.loads(run_cli(["find", "-f", "json", "First!"], DUMP).stdout)
    assert (record["found"], record["count"], record["authors"], record["comments"]) == (True, 2, 0, 6)
    assert [(item["line"], item["match"], item["text"]) for item in record["occurrences"]] == [
        (2, "exact", "First!"),
        (5, "exact", "First!"),
    ]


def test_find_with_zero_terminated_records() -> None:
    """``find -z``: the dump's records are NUL-terminated, and so are the lines it prints."""
    outcome = run_cli(["find", "-z", "two\nlines"], "two\nlines\0one\0")
    assert (outcome.stdout, outcome.code) == ("-:1: [exact] two\nlines\0found 1 time in 2 comments\0", 0)


def test_find_without_a_quote_is_a_usage_error() -> None:
    """No QUOTE and no --quote-file, or a blank quote: exit 2."""
    outcome = run_cli(["find"])
    assert outcome.code == 2 and "missing QUOTE" in outcome.stderr
    blank = run_cli(["find", "  "], DUMP)
    assert (blank.stdout, blank.stderr, blank.code) == ("", "comment-dedup: error: the quote is empty\n", 2)


# --- explanations --------------------------------------------------------------


def test_explain_marks_each_variant_against_the_group_text() -> None:
    """--explain: every occurrence with its rule and score, and a word diff of its text."""
    outcome = run_cli(["--explain"], DUMP)
    assert outcome.stdout == (
        "      3 Nice article, thanks for writing it all up so clearly\n"
        "        -:1  first\n"
        "        -:3  fuzzy 99.1  [-Nice-]{+nice+} article, thanks for writing it all up so clearly{+!!+}\n"
        "        -:4  fuzzy 99.0  Nice article, thanks for [-writing-]{+writng+} it all up so clearly\n"
        "      2 First!\n"
        "        -:2  first\n"
        "        -:5  exact\n"
        "      1 Something else entirely, about a different topic\n"
        "        -:6  first\n"
    )
    assert (outcome.stderr, outcome.code) == ("", 0)


def test_explain_in_json_gives_diff_ops() -> None:
    """In JSON a differing member carries its text and a list of diff ops."""
    records = [json.loads(line) for line in run_cli(["--explain", "-f", "jsonl", "-d"], DUMP).stdout.splitlines()]
    misspelt = records[0]["members"][2]
    assert misspelt["match"] == "fuzzy" and misspelt["text"] == "Nice article, thanks for writng it all up so clearly"
    assert misspelt["diff"] == [
        {"op": "equal", "text": "Nice article, thanks for "},
        {"op": "delete", "text": "writing"},
        {"op": "insert", "text": "writng"},
        {"op": "equal", "text": " it all up so clearly"},
    ]
    assert "diff" not in records[1]["members"][1]  # an exact copy has nothing to show


def test_explain_on_the_terminal_styles_the_diff() -> None:
    """The terminal view strikes deletions and underlines insertions when colour is on."""
    styled = run_cli(["--explain", "-f", "terminal", "--color", "always", "-d"], DUMP).stdout
    assert "\x1b[" in styled and "writng" in styled
    plain = run_cli(["--explain", "-f", "terminal", "--color", "never", "-d"], DUMP).stdout
    assert "\x1b[" not in plain and "-:4  fuzzy 99.0" in plain


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=40), st.text(max_size=40))
def test_a_word_diff_holds_both_texts(old: str, new: str) -> None:
    """Joining a diff's pieces gives back both texts."""
    assert diff_sides(word_diff(old, new)) == (old, new)


def test_word_diff_merges_neighbouring_pieces() -> None:
    """A changed word is one deletion and one insertion."""
    assert word_diff("a big cat", "a small cat") == (
        DiffOp(DiffKind.EQUAL, "a "),
        DiffOp(DiffKind.DELETE, "big"),
        DiffOp(DiffKind.INSERT, "small"),
        DiffOp(DiffKind.EQUAL, " cat"),
    )


def test_a_long_changed_middle_is_one_replacement(monkeypatch: pytest.MonkeyPatch) -> None:
    """Past MAX_DIFF_TOKENS differing tokens, the middle is replaced whole instead of aligned."""
    monkeypatch.setattr(explain, "MAX_DIFF_TOKENS", 3)
    assert word_diff("a b c d e", "a x y z e") == (
        DiffOp(DiffKind.EQUAL, "a "),
        DiffOp(DiffKind.DELETE, "b c d"),
        DiffOp(DiffKind.INSERT, "x y z"),
        DiffOp(DiffKind.EQUAL, " e"),
    )


def test_changes_split_only_by_spaces_read_as_one() -> None:
    """A cut-off copy shows its ending replaced as a whole, not word by word."""
    dump = (
        "Great points about the economy and the jobs report this week… Read more\n"
        "Great points about the economy and the jobs report this week, well argued\n"
    )
    assert run_cli(["--explain"], dump).stdout == (
        "      2 Great points about the economy and the jobs report this week, well argued\n"
        "        -:1  first  Great points about the economy and the jobs report this week"
        "[-, well argued-]{+… Read more+}\n"
        "        -:2  truncated 100.0\n"
    )


# --- borderline ----------------------------------------------------------------


def test_borderline_lists_the_weakest_merges() -> None:
    """--borderline N prints the pairs on stdout, instead of the thread."""
    outcome = run_cli(["--borderline", "2"], DUMP)
    assert outcome.stdout == (
        "closest pairs kept apart (threshold 90):\n"
        "  (none)\n"
        "weakest pairs merged:\n"
        "   99.0  -:4  Nice article, thanks for writng it all up so clearly\n"
        "         -:1  Nice article, thanks for writing it all up so clearly\n"
        "   99.1  -:3  nice article, thanks for writing it all up so clearly!!\n"
        "         -:1  Nice article, thanks for writing it all up so clearly\n"
    )
    assert (outcome.stderr, outcome.code) == ("", 0)


def test_borderline_shows_pairs_kept_apart_above_the_threshold() -> None:
    """A pair a precision guard kept apart is listed with its score and why."""
    outcome = run_cli(["--borderline", "1"], APART_BY_A_NUMBER)
    assert outcome.stdout == (
        "closest pairs kept apart (threshold 90):\n"
        "   98.2  -:2  I waited 5 hours for the delivery and it never came today\n"
        "         -:1  I waited 3 hours for the delivery and it never came today\n"
        "         (kept apart by a precision guard, or it joined a closer group)\n"
        "weakest pairs merged:\n"
        "  (none)\n"
    )


def test_borderline_in_json() -> None:
    """-f json gives one object with both lists."""
    report = json.loads(run_cli(["--borderline", "3", "-f", "json"], APART_BY_A_NUMBER).stdout)
    assert report["threshold"] == 90 and report["merged"] == []
    (pair,) = report["kept_apart"]
    assert (pair["comment"]["line"], pair["group"]["line"], round(pair["score"], 1)) == (2, 1, 98.2)


def test_borderline_collector_keeps_only_the_extremes() -> None:
    """The collector holds N pairs per list, whatever the number of judgements."""
    collector = BorderlineCollector(2)
    for index in range(1000):
        collector(Judgement(index, 0, float(index % 100), merged=index % 2 == 0))
    assert [(pair.score, pair.index) for pair in collector.kept_apart()] == [(99.0, 99), (99.0, 199)]
    assert [(pair.score, pair.index) for pair in collector.merged()] == [(0.0, 0), (0.0, 100)]


judgements = st.lists(
    st.builds(
        Judgement,
        st.integers(0, 50),
        st.integers(0, 5),
        st.floats(0, 100, allow_nan=False),
        st.booleans(),
    ),
    max_size=60,
)


@settings(max_examples=80, deadline=None)
@given(judgements, st.integers(1, 5))
def test_borderline_collector_agrees_with_sorting_everything(heard: list[Judgement], limit: int) -> None:
    """The bounded heaps keep exactly what sorting all pairs would put first."""
    collector = BorderlineCollector(limit)
    for judgement in heard:
        collector(judgement)
    apart = sorted((j for j in heard if not j.merged), key=lambda j: (-j.score, j.index, j.group))[:limit]
    merged = sorted((j for j in heard if j.merged), key=lambda j: (j.score, j.index, j.group))[:limit]
    assert [(p.score, p.index, p.group) for p in collector.kept_apart()] == [(j.score, j.index, j.group) for j in apart]
    assert [(p.score, p.index, p.group) for p in collector.merged()] == [(j.score, j.index, j.group) for j in merged]


def test_the_observer_hears_every_judgement_without_changing_the_groups() -> None:
    """Failed candidates are reported with their score below the threshold; grouping is unchanged."""
    texts = [
        "This is a fairly long comment about the article and China",
        "This is a fairly long comment about the article and Chine",
        "This is a fairly long remark about an article and Japan",
    ]
    heard: list[Judgement] = []
    observed = Grouper(observer=heard.append).add_all(entries_from_texts(texts)).groups()
    assert observed == Grouper().add_all(entries_from_texts(texts)).groups()
    assert [(j.index, j.group, j.merged) for j in heard] == [(1, 0, True), (2, 0, False)]
    assert heard[0].score >= 90 > heard[1].score > 0


# --- statistics ----------------------------------------------------------------


def test_stats_go_to_stderr() -> None:
    """--stats: the counts on stderr, the thread untouched on stdout."""
    outcome = run_cli(["--stats"], DUMP)
    assert outcome.stdout == THREAD and outcome.code == 0
    assert outcome.stderr == (
        "comments read: 6\n"
        "unique groups: 3\n"
        "repeated groups: 2\n"
        "repeated comments: 3\n"
        "repeat share: 50.0%\n"
        "exact repeats: 1\n"
        "near repeats: 2 (normalized 0, fuzzy 2, truncated 0)\n"
        "dropped: none\n"
    )


def test_stats_of_nothing() -> None:
    """No comments: nothing repeats, and the share is 0, not a division by zero."""
    stats = thread_stats([], 0)
    assert (stats.comments, stats.groups, stats.repeats, stats.repeat_share) == (0, 0, 0, 0.0)
    assert run_cli(["--check"], "") == type(run_cli([]))("", "", 0)


def test_find_quote_as_a_library() -> None:
    """find_quote works on any entries, and says where each copy is and how it matched."""
    lookup = find_quote("first!", entries_from_texts(["First!", "Second", "FIRST!"]))
    assert (lookup.found, lookup.count, lookup.comments) == (True, 2, 3)
    assert [(found.member.line, found.member.rule.value, found.text) for found in lookup.occurrences] == [
        (1, "normalized", "First!"),
        (3, "normalized", "FIRST!"),
    ]


# --- formats and records -------------------------------------------------------


def test_csv_has_a_header_and_quotes_what_needs_it() -> None:
    """csv: header row, RFC 4180 quoting, rows ending in a bare newline."""
    outcome = run_cli(["-f", "csv", "-s", "paragraph"], 'She said "hi", twice\nand left\n\nok\n\nok\n')
    assert outcome.stdout == (
        'count,text,authors,first_index,locations\n1,"She said ""hi"", twice\nand left",0,0,-:1\n2,ok,0,1,-:4;-:6\n'
    )


def test_tsv_escapes_tabs_and_line_breaks() -> None:
    """tsv: one line per group; tab, newline and backslash written as \\t, \\n and \\\\."""
    outcome = run_cli(["-f", "tsv", "-s", "paragraph"], "a\tb \\ c\nnext line\n\nok\n")
    assert outcome.stdout == (
        "count\ttext\tauthors\tfirst_index\tlocations\n1\ta\\tb \\\\ c\\nnext line\t0\t0\t-:1\n1\tok\t0\t1\t-:4\n"
    )


def test_zero_terminated_records_in_and_out() -> None:
    """-z: each NUL-terminated record is one comment, written back NUL-terminated and unescaped."""
    outcome = run_cli(["-z"], "two\nlines\0single\0two\nlines\0")
    assert outcome.stdout == "      2 two\nlines\0      1 single\0"
    assert run_cli(["-z", "--explain"], "x\0").code == 2


def test_min_count_keeps_groups_seen_often_enough() -> None:
    """--min-count 3 prints only comments seen three times or more."""
    assert run_cli(["--min-count", "3"], DUMP).stdout == THREAD.splitlines(keepends=True)[0]


# --- terminal manners ----------------------------------------------------------


@pytest.mark.parametrize(
    ("choice", "environ", "tty", "expected"),
    [
        ("always", {"NO_COLOR": "1"}, False, True),
        ("never", {"FORCE_COLOR": "1"}, True, False),
        ("auto", {"NO_COLOR": "1", "FORCE_COLOR": "1"}, True, False),
        ("auto", {"FORCE_COLOR": "1"}, False, True),
        ("auto", {"NO_COLOR": ""}, True, True),
        ("auto", {}, False, False),
    ],
)
def test_one_colour_rule(choice: str, environ: dict[str, str], tty: bool, expected: bool) -> None:
    """--color wins, then NO_COLOR, then FORCE_COLOR, then whether the stream is a terminal."""
    stream = io.StringIO()
    stream.isatty = lambda: tty  # type: ignore[method-assign]
    assert color_wanted(choice, stream, environ) is expected


def test_no_color_turns_the_terminal_view_plain(monkeypatch: pytest.MonkeyPatch) -> None:
    """NO_COLOR beats FORCE_COLOR; --color always beats NO_COLOR."""
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("FORCE_COLOR", "1")
    assert "\x1b[" not in run_cli(["-f", "terminal"], DUMP).stdout
    assert "\x1b[" in run_cli(["-f", "terminal", "--color", "always"], DUMP).stdout


def test_quiet_drops_the_terminal_summary() -> None:
    """The terminal view's summary goes to stderr; -q silences it and leaves the view."""
    shown = run_cli(["-f", "terminal", "--color", "never"], DUMP)
    assert shown.stderr == "6 comments read: 3 unique, 2 repeated\n"
    quiet = run_cli(["-q", "-f", "terminal", "--color", "never"], DUMP)
    assert (quiet.stdout, quiet.stderr) == (shown.stdout, "")


def test_paste_hint_only_at_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """With stdin a terminal and no FILE, one line on stderr says to paste and press Ctrl-D."""
    monkeypatch.setattr(shell, "stdin_is_terminal", lambda: True)
    hint = "comment-dedup: reading standard input: paste the comments, then press Ctrl-D (Ctrl-Z Enter on Windows)\n"
    assert run_cli([], NO_REPEATS).stderr == hint
    assert run_cli(["-q"], NO_REPEATS).stderr == ""
    assert run_cli([SAMPLE]).stderr == ""


def test_progress_never_takes_over_stdout() -> None:
    """The progress display counts entries on its own console and leaves sys.stdout alone."""
    shown = io.StringIO()
    console = Console(file=shown, force_terminal=True, force_interactive=True)
    progress = EntryProgress(console, enabled=True, every=2)
    stdout = sys.stdout
    seen = []
    for entry in progress.track(entries_from_texts(["a", "b", "c", "d", "e"])):
        assert sys.stdout is stdout
        seen.append(entry.text)
    assert seen == ["a", "b", "c", "d", "e"]
    assert "reading: 4 comments" in shown.getvalue()
    hidden = io.StringIO()
    quiet = Console(file=hidden, force_terminal=True, force_interactive=True)
    untouched = EntryProgress(quiet, enabled=False, every=2).track(entries_from_texts(["a", "b", "c"]))
    assert [entry.text for entry in untouched] == ["a", "b", "c"] and hidden.getvalue() == ""


@pytest.mark.parametrize(
    ("args", "stdout", "code"),
    [
        (["--check"], "", 0),
        (["find", "hello there"], "not found in 0 comments\n", 1),
        (["-f", "csv"], "count,text,authors,first_index,locations\n", 0),
        (["-f", "tsv"], "count\ttext\tauthors\tfirst_index\tlocations\n", 0),
    ],
)
def test_script_features_on_empty_input(args: list[str], stdout: str, code: int) -> None:
    """--check, find, csv and json do the right thing on empty input."""
    outcome = run_cli(args, stdin="")
    assert (outcome.stdout, outcome.stderr, outcome.code) == (stdout, "", code)
