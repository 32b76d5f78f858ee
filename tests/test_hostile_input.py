"""Hostile or broken input: odd encodings, exports that bend their format, markup built to be slow.

Each case ends in comments read as a person would read them, or in one line
on stderr and status 2; never a traceback, never a silent loss.
"""

from __future__ import annotations

import codecs
import json
import time
from typing import Any

import pytest

from comment_dedup import OptionError, ReadOptions
from comment_dedup.read.exports.htmltext import html_to_text
from conftest import WriteDump, parse_plain, run_cli


def one_line_error(stderr: str) -> bool:
    """Whether ``stderr`` is exactly one ``comment-dedup: error: ...`` line."""
    return stderr.startswith("comment-dedup: error: ") and stderr.count("\n") == 1 and stderr.endswith("\n")


# --- encodings -------------------------------------------------------------------------------------

UNUSABLE_ENCODINGS = ["bogus", "undefined", "idna", "rot13", "base64", "hex_codec"]
WAYS_OF_READING = {"lines": ([], b"a\nb\n"), "records": (["-z"], b"a\0b\0"), "binary": (["--text"], b"a\0b\n")}


@pytest.mark.parametrize("encoding", UNUSABLE_ENCODINGS)
@pytest.mark.parametrize("reading", WAYS_OF_READING.values(), ids=WAYS_OF_READING.keys())
def test_an_encoding_that_cannot_read_text_is_a_one_line_error(encoding: str, reading: tuple[list[str], bytes]) -> None:
    """``-E`` naming no codec, or one that is not for text (rot13, base64), is one line and status 2."""
    options, dump = reading
    outcome = run_cli(["-E", encoding, *options], stdin=dump)
    assert outcome.code == 2 and outcome.stdout == ""
    assert one_line_error(outcome.stderr), outcome.stderr


@pytest.mark.parametrize("bom", [codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE], ids=["le", "be"])
def test_utf32_with_a_bom_is_read_as_utf32(bom: bytes) -> None:
    """UTF-32's BOM starts like UTF-16's; the comments still come out as written."""
    codec = "utf-32-le" if bom == codecs.BOM_UTF32_LE else "utf-32-be"
    outcome = run_cli([], stdin=bom + "héllo\nwörld\nhéllo\n".encode(codec))
    assert outcome.code == 0 and outcome.stderr == ""
    assert parse_plain(outcome.stdout) == [(2, "héllo"), (1, "wörld")]


def test_zero_terminated_utf16_cut_off_in_a_character_keeps_every_record() -> None:
    """``-z`` UTF-16 ending in an odd byte: both records read, the odd byte replaced and counted."""
    dump = codecs.BOM_UTF16_LE + "first\0second\0".encode("utf-16-le") + b"x"
    outcome = run_cli(["-z"], stdin=dump)
    assert outcome.code == 0
    assert outcome.stdout.split("\0")[:2] == ["      1 first", "      1 second"]
    assert "1 undecodable byte replaced with U+FFFD" in outcome.stderr


# --- exports that bend their format --------------------------------------------------------------

LONG_NUMBER = "9" * 5000  # Python refuses to convert integers of more than 4300 digits


@pytest.mark.parametrize(
    ("name", "dump"),
    [
        ("dump.jsonl", f'{{"text": "hello", "likes": {LONG_NUMBER}, "id": {LONG_NUMBER}}}\n{{"text": "hi"}}\n'),
        ("dump.json", f'[{{"text": "hello", "likes": {LONG_NUMBER}}},\n {{"text": "hi"}}]\n'),
        ("line.json", f'[{{"text": "hello", "likes": {LONG_NUMBER}}}, {{"text": "hi"}}]\n'),
    ],
)
@pytest.mark.parametrize("skip", [[], ["--skip-bad-records"]], ids=["strict", "skipping"])
def test_a_json_integer_of_5000_digits_is_read(name: str, dump: str, skip: list[str], write_dump: WriteDump) -> None:
    """An integer too long for Python's int() in any field: the record is read, with or without skipping."""
    outcome = run_cli([*skip, write_dump(dump, name)])
    assert outcome.code == 0, outcome.stderr
    assert parse_plain(outcome.stdout) == [(1, "hello"), (1, "hi")]


def test_hn_text_with_a_markup_declaration_is_read(write_dump: WriteDump) -> None:
    """Hacker News text holding ``<![`` (which stops Python's HTML parser) reads as the text shown."""
    item = {
        "id": 1,
        "created_at_i": 1709294500,
        "type": "story",
        "children": [
            {
                "id": 2,
                "type": "comment",
                "author": "ana",
                "text": "use <![CDATA[ in XML<p>or &lt;![ alone",
                "children": [],
            }
        ],
    }
    outcome = run_cli(["-f", "jsonl", write_dump(json.dumps(item), "item.json")])
    assert outcome.code == 0, outcome.stderr
    assert json.loads(outcome.stdout)["text"] == "use <![CDATA[ in XML\n\nor <![ alone"


@pytest.mark.parametrize("skip", [[], ["--skip-bad-records"]], ids=["strict", "skipping"])
def test_a_csv_quote_that_never_closes_is_an_error(skip: list[str], write_dump: WriteDump) -> None:
    """An unclosed quote would make the rest of the file one comment: an error naming its line, skipping or not."""
    path = write_dump('author,text\namy,hello\nbob,"unclosed\ncy,third\ndee,fourth\n', "dump.csv")
    outcome = run_cli([*skip, path])
    assert (outcome.code, outcome.stdout) == (2, "")
    assert outcome.stderr == (
        f"comment-dedup: error: {path}:3: a quoted field is never closed; the rest of the file would be one cell\n"
    )


def test_hostile_csv_header_cells_are_named_inert_and_briefly(write_dump: WriteDump) -> None:
    """Column names in an error are escaped and cut short: no escape sequence, no 2 MB line."""
    header = ",".join(f"\x1b]52;c;aGk=\x07col{number}" for number in range(200_000))
    path = write_dump(header + "\n" + ",".join(["x"] * 200_000) + "\n", "wide.csv")
    outcome = run_cli(["--input-format", "csv", "--text-column", "missing", path])
    assert outcome.code == 2 and one_line_error(outcome.stderr)
    assert "\x1b" not in outcome.stderr and "\x07" not in outcome.stderr
    assert len(outcome.stderr) < 1000 and "and 199990 more" in outcome.stderr


# --- markup built to be slow ---------------------------------------------------------------------

SLOW_MARKUP = {
    "unclosed attributes": "<a b=" * 40_000,
    "unclosed href": '<a href="x' * 40_000,
    "one late close": '<a href="x' * 40_000 + ">",
    "lone brackets": "<" * 200_000,
    "declarations": "<!" * 100_000,
    "comments": "<!--" * 50_000,
    "nested links": "<a href=x>y" * 40_000 + "</a>" * 40_000,
    "paragraphs": "<p>" * 70_000,
    "entities": "&amp" * 50_000,
}


@pytest.mark.parametrize("markup", SLOW_MARKUP.values(), ids=SLOW_MARKUP.keys())
def test_html_to_text_is_fast_on_markup_built_to_be_slow(markup: str) -> None:
    """Markup that took Python's HTML parser minutes is turned into text in well under a few seconds."""
    started = time.monotonic()
    html_to_text(markup)
    # Generous: the quadratic parser took over a minute on "unclosed href".
    assert time.monotonic() - started < 10


@pytest.mark.parametrize(
    ("markup", "text"),
    [
        ("a <3 b", "a <3 b"),
        ("x < y and y > z", "x < y and y > z"),
        ("never <b closed", "never <b closed"),
        ("<!-- hidden -->shown", "shown"),
        ("<A HREF='https://x.org/'>https://x.org/...</A>", "https://x.org/"),
        ("one<br/>two", "one\ntwo"),
        ("a <![CDATA[x]]> b", "a b"),
        ("</> and <? ?>", "and"),
    ],
)
def test_html_that_is_not_quite_markup_reads_as_shown(markup: str, text: str) -> None:
    """A ``<`` that starts no tag is text; tags in capitals and self-closing tags still count."""
    assert html_to_text(markup) == text


@pytest.mark.parametrize(
    "options",
    [{"zero_terminated": True, "platform": "reddit"}, {"platform": "reddit", "input_format": "csv"}],
    ids=["records-and-platform", "platform-and-export"],
)
def test_the_library_refuses_two_ways_of_reading_at_once(options: dict[str, Any]) -> None:
    """ReadOptions that ask for two ways of reading raise OptionError, as the command's usage error does."""
    with pytest.raises(OptionError, match="--platform"):
        ReadOptions(**options)


SLOW_EXPORTS = {
    "json escapes": ("dump.json", '[{"text": "' + "\\u00e9\\n" * 100_000 + '"}]\n'),
    "json many records": ("dump.json", "[" + ",\n".join('{"text": "a"}' for _ in range(50_000)) + "]\n"),
    "jsonl quotes": ("dump.jsonl", '{"text": "' + '\\"' * 200_000 + '"}\n'),
    "csv quotes": ("dump.csv", 'text,author\n"' + '""' * 200_000 + '",amy\n'),
    "csv commas": ("dump.csv", "text,author\n" + "," * 200_000 + "\n"),
    "hn markup": (
        "item.json",
        json.dumps({"id": 1, "created_at_i": 1, "children": [{"id": 2, "text": '<a href="x' * 40_000}]}),
    ),
}


@pytest.mark.parametrize(("name", "dump"), SLOW_EXPORTS.values(), ids=SLOW_EXPORTS.keys())
def test_reading_an_export_built_to_be_slow_is_fast(name: str, dump: str, write_dump: WriteDump) -> None:
    """Exports crafted against the JSON, CSV and HTML readers are read in linear time, to an outcome."""
    path = write_dump(dump, name)
    started = time.monotonic()
    outcome = run_cli(["--skip-bad-records", "-f", "jsonl", path])
    assert outcome.code == 0, outcome.stderr
    # Generous: a quadratic reader takes minutes on these, a linear one about a second.
    assert time.monotonic() - started < 30
