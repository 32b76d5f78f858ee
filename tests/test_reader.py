"""How bytes become comments: encodings, line endings, layouts, and where each comment starts."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from comment_dedup import Entry, InputError, ReadOptions, ReadReport, read_entries
from comment_dedup.read.plain import looks_like_paragraphs
from conftest import WriteDump, parse_plain, run_cli


def texts(path: str, **options: object) -> list[str]:
    return [entry.text for entry in read_entries([path], ReadOptions(**options))]  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "raw",
    [
        b"one\r\ntwo\r\none\r\n",  # Windows line endings
        b"one\rtwo\rone",  # old Mac line endings, no final newline
        codecs.BOM_UTF8 + b"one\ntwo\none\n",  # a UTF-8 BOM must not glue onto the first comment
        codecs.BOM_UTF16_LE + "one\r\ntwo\r\none\r\n".encode("utf-16-le"),  # PowerShell's Get-Clipboard > file
        codecs.BOM_UTF16_BE + "one\ntwo\none\n".encode("utf-16-be"),
    ],
    ids=["crlf", "lone-cr", "utf8-bom", "utf16le-bom", "utf16be-bom"],
)
def test_encodings_and_line_endings_give_the_same_thread(raw: bytes, write_dump: WriteDump) -> None:
    """UTF-8, UTF-16 with a BOM, CRLF and lone CR endings all give the same thread."""
    outcome = run_cli([write_dump(raw)])
    assert (outcome.code, outcome.stderr) == (0, "")
    assert parse_plain(outcome.stdout) == [(2, "one"), (1, "two")]


def test_crlf_on_stdin_is_handled_like_a_file() -> None:
    """CRLF on standard input reads as it does from a file."""
    outcome = run_cli([], stdin=b"one\r\ntwo\r\none\r\n")
    assert parse_plain(outcome.stdout) == [(2, "one"), (1, "two")]


def test_undecodable_bytes_are_replaced_counted_once_and_the_comment_still_counts(write_dump: WriteDump) -> None:
    """Bad bytes become U+FFFD, one warning counts them, and their comments still count."""
    path = write_dump(b"caf\xe9 au lait\nfine\nbad \xff\xfe bytes\n")
    outcome = run_cli([path])
    assert outcome.code == 0
    assert parse_plain(outcome.stdout) == [(1, "caf\ufffd au lait"), (1, "fine"), (1, "bad \ufffd\ufffd bytes")]
    assert outcome.stderr == f"comment-dedup: warning: {path}: 3 undecodable bytes replaced with U+FFFD\n"


def test_a_real_replacement_character_is_not_counted_as_a_bad_byte(write_dump: WriteDump) -> None:
    """A U+FFFD written in the text is no bad byte."""
    outcome = run_cli([write_dump("already \ufffd here\n")])
    assert (outcome.code, outcome.stderr) == (0, "")


def test_other_encodings_with_encoding_option(write_dump: WriteDump) -> None:
    """--encoding reads other encodings."""
    path = write_dump("café\ncafé\n".encode("latin-1"))
    outcome = run_cli(["--encoding", "latin-1", path])
    assert parse_plain(outcome.stdout) == [(2, "café")]


def test_unknown_encoding_is_a_one_line_error(write_dump: WriteDump) -> None:
    """An unknown --encoding is a one-line error."""
    outcome = run_cli(["--encoding", "klingon", write_dump("x\n")])
    assert (outcome.code, outcome.stdout, outcome.stderr) == (
        2,
        "",
        "comment-dedup: error: unknown encoding: klingon\n",
    )


def test_u2028_and_form_feed_do_not_split_a_comment(write_dump: WriteDump) -> None:
    """Only LF, CRLF and CR end lines: U+2028 and form feed stay inside a comment."""
    assert texts(write_dump("one\u2028still one\x0cand still\nsecond\n")) == [
        "one\u2028still one\x0cand still",
        "second",
    ]


def test_entries_know_source_index_and_starting_line(write_dump: WriteDump) -> None:
    """Each entry knows its source, its place in the input and the line it starts on."""
    path = write_dump("\n\nfirst para\ngoes on\n\n\nsecond\n")
    entries = list(read_entries([path]))
    assert entries == [Entry("first para\ngoes on", 0, path, 3), Entry("second", 1, path, 7)]


def test_indexes_run_across_files(write_dump: WriteDump) -> None:
    """Entry indexes run on across several files."""
    one, two = write_dump("a\nb\n", "1.txt"), write_dump("c\n", "2.txt")
    entries = list(read_entries([one, two], ReadOptions(split="line")))
    assert [(entry.index, entry.source, entry.line) for entry in entries] == [(0, one, 1), (1, one, 2), (2, two, 1)]


@pytest.mark.parametrize(
    ("sample", "paragraphs"),
    [
        (["a", "b", "c"], False),  # one comment per line
        (["a", "b", "", "c", "d", "", "e"], True),  # short blocks between blank lines
        (["a", "", "b", "", "c"], False),  # every block one line: either layout gives the same
        ([*"abcdefghij", "", *"klmnopqrst"], False),  # two copied sections, not two comments
    ],
)
def test_auto_layout(sample: list[str], paragraphs: bool) -> None:
    """--split auto picks paragraphs only for several short blocks, at least one spanning lines."""
    assert looks_like_paragraphs(sample) is paragraphs


def test_layout_is_reported(write_dump: WriteDump) -> None:
    """The layout chosen is in the report."""
    path = write_dump("a\nb\n\nc\nd\n")
    report = ReadReport()
    assert len(list(read_entries([path], report=report))) == 2
    assert report.layouts == {path: "paragraph"}


def test_binary_input_is_refused_unless_asked(write_dump: WriteDump) -> None:
    """A binary file is refused unless --text is given."""
    path = write_dump(b"\x7fELF\x00\x01\x02 binary\n")
    refused = run_cli([path])
    assert (refused.code, refused.stdout) == (2, "")
    assert (
        refused.stderr
        == f"comment-dedup: error: {path}: looks like a binary file (NUL bytes); use --text to read it anyway\n"
    )
    accepted = run_cli(["--text", path])
    assert accepted.code == 0 and accepted.stdout.count("\n") == 1


def test_missing_file_and_directory_are_one_line_errors(tmp_path: Path) -> None:
    """A missing file or a directory is a one-line error with status 2."""
    missing = run_cli([str(tmp_path / "nope.txt")])
    assert (missing.code, missing.stderr) == (2, f"comment-dedup: error: {tmp_path / 'nope.txt'}: no such file\n")
    directory = run_cli([str(tmp_path)])
    assert (directory.code, directory.stderr) == (2, f"comment-dedup: error: {tmp_path}: is a directory\n")


def test_library_raises_its_own_error_for_a_missing_file(tmp_path: Path) -> None:
    """The library raises InputError for a missing file."""
    with pytest.raises(InputError, match="no such file"):
        list(read_entries([str(tmp_path / "nope.txt")]))
