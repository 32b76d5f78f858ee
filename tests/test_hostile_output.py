"""Hostile text on its way out: every format and report writes it safely, on a pipe or a terminal.

A comment (or a file name) may hold lone surrogates, control characters and
terminal escape sequences.  Machine formats escape what a terminal would act
on; JSON keeps the exact text; the terminal view shows it as visible signs.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from comment_dedup.show.escape import escape_plain
from conftest import Outcome, WriteDump, on_terminal, run_cli, run_process

# What an attacker writes: set the clipboard (OSC 52), clear the screen (CSI 2J),
# the same CSI as one C1 character, a bell, a carriage return that hides what precedes it.
HOSTILE = "\x1b]52;c;aGVsbG8=\x07copy me\x1b[2J \x9b31m red \rfake"
# Every output path that writes comment text, as the options that choose it.
OUTPUTS = {
    "plain": [],
    "plain-by-count": ["-d", "--sort", "count"],
    "zero-terminated": ["-z"],
    "json": ["-f", "json"],
    "jsonl": ["-f", "jsonl"],
    "csv": ["-f", "csv"],
    "tsv": ["-f", "tsv"],
    "explain": ["--explain"],
    "explain-json": ["--explain", "-f", "json"],
    "borderline": ["--borderline", "3"],
    "borderline-json": ["--borderline", "3", "-f", "json"],
    "terminal": ["-f", "terminal", "--color", "never"],
    "terminal-explain": ["-f", "terminal", "--explain", "--color", "never"],
}
# Control characters that act on a terminal: C0 but tab and line feed, DEL, C1.
ACTING = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def export_of(*texts: str) -> str:
    """A JSONL export holding ``texts``, each twice (so that every report has something to show)."""
    return "".join(json.dumps({"text": text, "author": f"reader {n}"}) + "\n" for n, text in enumerate(texts * 2))


def written(stdout: str, options: list[str]) -> str:
    """What reaches the terminal of a user reading ``stdout``; NUL ends -z records and is not text."""
    return stdout.replace("\0", "\n") if "-z" in options else stdout


def run_output(options: list[str], *texts: str) -> Outcome:
    """Run the command with ``options`` on a dump of ``texts``: NUL-terminated records for -z, else JSONL."""
    if "--borderline" in options:
        texts = (*texts, *(text + text[-1] for text in texts))  # a typo: a fuzzy pair to report
    if "-z" in options:
        return run_cli(options, stdin="".join(text + "\0" for text in texts * 2))
    reading = [] if "--" in options else ["--input-format", "jsonl"]
    return run_cli([*options, *reading], stdin=export_of(*texts))


@pytest.mark.parametrize("options", OUTPUTS.values(), ids=OUTPUTS.keys())
def test_no_output_writes_a_control_character_of_a_comment(options: list[str]) -> None:
    """No format writes an escape sequence, bell, CR or C1 character that a comment held."""
    outcome = run_output(options, HOSTILE, "a plain comment")
    assert outcome.code == 0, outcome.stderr
    assert not ACTING.search(written(outcome.stdout, options))


@pytest.mark.parametrize("options", [["-f", "json"], ["-f", "jsonl"], ["--explain", "-f", "json"]])
def test_json_escapes_controls_but_keeps_the_exact_text(options: list[str]) -> None:
    """JSON writes C1 and DEL as \\u escapes, so it reads back as exactly what was posted."""
    outcome = run_cli(["--input-format", "jsonl", *options], stdin=export_of(HOSTILE + "\x7f"))
    records = json.loads(outcome.stdout)
    record = records[0] if isinstance(records, list) else records
    assert record["text"] == HOSTILE + "\x7f"
    assert "\\u009b" in outcome.stdout and "\\u007f" in outcome.stdout


def test_plain_shows_controls_as_escapes_a_reader_recognises() -> None:
    """Plain output writes ESC as \\x1b and CR as \\r, on one line."""
    outcome = run_cli(["--input-format", "jsonl"], stdin=export_of(HOSTILE))
    assert outcome.stdout == "      2 [2 authors] \\x1b]52;c;aGVsbG8=\\x07copy me\\x1b[2J \\x9b31m red \\rfake\n"


def test_find_writes_the_quote_it_found_inert() -> None:
    """``find`` escapes the occurrences it lists, in plain and in JSON."""
    dump = export_of(HOSTILE)
    plain = run_cli(["find", HOSTILE, "--input-format", "jsonl"], stdin=dump)
    found = run_cli(["find", "-f", "json", HOSTILE, "--input-format", "jsonl"], stdin=dump)
    assert plain.code == 0 and "found 2 times" in plain.stdout
    assert not ACTING.search(plain.stdout)
    assert json.loads(found.stdout)["occurrences"][0]["text"] == HOSTILE


# --- lone surrogates: what a cut-off emoji looks like in scraped JSON ---------------------------

# Two copies and a near copy, so that --borderline has a pair to show.
CUT_EMOJI = '{"text": "hi \\ud800 there"}\n{"text": "hi \\ud800 there"}\n{"text": "hi \\ud800 theer"}\n'
# -z reads bytes, which cannot hold a lone surrogate; every other output can receive one.
EXPORT_OUTPUTS = {name: options for name, options in OUTPUTS.items() if "-z" not in options}


@pytest.mark.parametrize("options", EXPORT_OUTPUTS.values(), ids=EXPORT_OUTPUTS.keys())
def test_a_lone_surrogate_in_an_export_is_written_by_every_format(options: list[str]) -> None:
    """A lone surrogate (``\\ud800`` in JSON) does not crash any format: it is written as an escape."""
    outcome = run_process(["--input-format", "jsonl", *options], stdin=CUT_EMOJI)
    assert outcome.code == 0 and "Traceback" not in outcome.stderr
    assert ("\\ud800" in outcome.stdout) or ("<U+D800>" in outcome.stdout)


def test_a_lone_surrogate_reads_back_from_json() -> None:
    """JSON writes the lone surrogate as ``\\ud800``, which JSON readers take back as written."""
    outcome = run_process(["--input-format", "jsonl", "-f", "jsonl"], stdin=CUT_EMOJI)
    assert json.loads(outcome.stdout.splitlines()[0])["text"] == "hi \ud800 there"


def test_find_reports_a_lone_surrogate_occurrence() -> None:
    """``find`` with the occurrence holding a lone surrogate: found, in plain and JSON."""
    plain = run_process(["find", "hi there", "--input-format", "jsonl", "-t", "80"], stdin=CUT_EMOJI)
    found = run_process(["find", "-f", "json", "hi there", "--input-format", "jsonl", "-t", "80"], stdin=CUT_EMOJI)
    assert (plain.code, found.code) == (0, 0)
    assert "\\ud800" in plain.stdout
    assert json.loads(found.stdout)["occurrences"][0]["text"] == "hi \ud800 there"


# --- file names: bytes that are not UTF-8, line breaks ------------------------------------------

LOCALES = {
    "c-utf8": {"LC_ALL": "C.UTF-8"},
    "strict-utf8": {"LC_ALL": "C.UTF-8", "PYTHONIOENCODING": "utf-8"},
}
NAMED_OUTPUTS = {
    "json": ["-f", "json"],
    "csv": ["-f", "csv"],
    "explain": ["--explain"],
    "explain-json": ["--explain", "-f", "json"],
}


@pytest.mark.parametrize("environ", LOCALES.values(), ids=LOCALES.keys())
@pytest.mark.parametrize("options", NAMED_OUTPUTS.values(), ids=NAMED_OUTPUTS.keys())
def test_a_file_name_that_is_not_utf8_is_written_as_valid_utf8(
    options: list[str], environ: dict[str, str], tmp_path: Path
) -> None:
    """A file name with a byte that is not UTF-8 is written escaped; JSON stays valid and reads back."""
    name = os.fsencode(tmp_path) + b"/dump\xff.txt"
    with open(name, "wb") as dump:
        dump.write(b"same comment\nsame comment\n")
    env = {**os.environ, **environ}
    done = subprocess.run(
        [sys.executable, "-m", "comment_dedup", *options, name], capture_output=True, timeout=60, env=env
    )
    assert done.returncode == 0, done.stderr
    stdout = done.stdout.decode("utf-8")  # strict: raw \xff would fail here
    assert "dump\\udcff.txt" in stdout
    if "json" in options:
        assert json.loads(stdout)[0]["members"][0]["source"] == os.fsdecode(name)


def test_find_writes_a_file_name_that_is_not_utf8(tmp_path: Path) -> None:
    """``find`` lists an occurrence in a file whose name is not UTF-8, escaped."""
    name = os.fsencode(tmp_path) + b"/dump\xff.txt"
    with open(name, "wb") as dump:
        dump.write(b"same comment\n")
    env = {**os.environ, "LC_ALL": "C.UTF-8", "PYTHONIOENCODING": "utf-8"}
    done = subprocess.run(
        [sys.executable, "-m", "comment_dedup", "find", "same comment", name], capture_output=True, timeout=60, env=env
    )
    assert done.returncode == 0, done.stderr
    assert "dump\\udcff.txt:1: [exact] same comment\n" in done.stdout.decode("utf-8")


def test_a_file_name_with_a_line_break_stays_on_its_line(write_dump: WriteDump) -> None:
    """``--explain`` and ``find`` write a file name holding a newline escaped: one record, one line."""
    path = write_dump("same comment\nsame comment\n", "two\nlines.txt")
    explained = run_cli(["--explain", path]).stdout.splitlines()
    found = run_cli(["find", "same comment", path]).stdout.splitlines()
    shown = escape_plain(path)
    assert explained == ["      2 same comment", f"        {shown}:1  first", f"        {shown}:2  exact"]
    assert found == [
        f"{shown}:1: [exact] same comment",
        f"{shown}:2: [exact] same comment",
        "found 2 times in 2 comments",
    ]


# --- spreadsheets ---------------------------------------------------------------------------------

FORMULAS = ['=HYPERLINK("http://example.invalid","click")', "+1 agreed", "-- not a list", "@everyone look"]


@pytest.mark.parametrize("output", ["csv", "tsv"])
def test_table_cells_that_a_spreadsheet_would_run_are_protected(output: str) -> None:
    """CSV and TSV cells starting with = + - @ get a leading apostrophe, so a spreadsheet shows them as text."""
    outcome = run_cli(["-f", output, "--input-format", "jsonl"], stdin=export_of(*FORMULAS))
    rows = outcome.stdout.splitlines()[1:]
    cells = [row.split("," if output == "csv" else "\t")[1] for row in rows]
    assert cells[0].strip('"').startswith("'=HYPERLINK(")
    assert cells[1:] == ["'+1 agreed", "'-- not a list", "'@everyone look"]


def test_json_keeps_text_that_starts_like_a_formula() -> None:
    """JSON is for programs: it keeps a text starting with = exactly."""
    outcome = run_cli(["-f", "jsonl", "--input-format", "jsonl"], stdin=export_of(FORMULAS[0]))
    assert json.loads(outcome.stdout.splitlines()[0])["text"] == FORMULAS[0]


# --- on a real terminal -------------------------------------------------------------------------


SEQUENCES = ("\x1b]52", "\x1b[2J", "\x9b", "\x07")


@pytest.mark.parametrize(
    "options",
    [["find", HOSTILE], ["--borderline", "3"], ["--sort", "count"], []],
    ids=["find", "borderline", "terminal-by-count", "terminal-view"],
)
def test_a_terminal_never_receives_a_comments_escape_sequence(options: list[str], write_dump: WriteDump) -> None:
    """On a real terminal, neither ``find``, ``--borderline`` nor the thread passes a comment's escapes on."""
    path = write_dump(export_of(HOSTILE, HOSTILE + "e", "a plain comment"), "dump.jsonl")
    status, shown = on_terminal([*options, path])
    assert status == 0, shown
    assert "copy me" in shown
    assert not any(sequence in shown for sequence in SEQUENCES)


# --- any text at all ----------------------------------------------------------------------------

any_text = st.lists(
    st.one_of(
        st.text(st.characters(), min_size=1, max_size=8),  # all of Unicode: lone surrogates, C0 and C1 too
        st.sampled_from(["\x1b[2J", "\x1b]52;c;eA==\x07", "\x9b", "\x1bP", "\r", "\u202e", "\\n", "\0"]),
    ),
    min_size=1,
    max_size=6,
).map("".join)
FIND = ["find", "-t", "60", "--input-format", "jsonl"]
EVERY_OUTPUT = [*OUTPUTS.values(), [*FIND, "--", "QUOTE"], [*FIND, "-f", "json", "--", "QUOTE"]]


@settings(max_examples=40, deadline=None)
@given(texts=st.lists(any_text, min_size=1, max_size=4), options=st.sampled_from(EVERY_OUTPUT))
def test_any_text_in_any_output_is_safe(texts: list[str], options: list[str]) -> None:
    """For any text: no traceback, valid JSON where JSON is asked for, no control character that acts."""
    quote = texts[0].replace("\0", "")  # a command line cannot hold NUL
    quote = "- " if quote == "-" else quote  # - alone asks for the quote on standard input
    quote = quote if quote.strip() else "x"  # a blank quote is a usage error
    args = [quote if option == "QUOTE" else option for option in options]
    outcome = run_output(args, *texts)
    assert outcome.code in (0, 1), outcome.stderr  # find exits 1 when the quote is not found
    stdout = written(outcome.stdout, options)
    assert not ACTING.search(stdout)
    stdout.encode("utf-8")  # no lone surrogate is written raw
    output = options[options.index("-f") + 1] if "-f" in options else "plain"
    if output in ("json", "jsonl"):
        for document in [stdout] if output == "json" else stdout.splitlines():
            json.loads(document)
