"""Structured exports in, the unique thread out, with the exports' authors and reply tree."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rich.console import Console

from comment_dedup import Group, ReadReport, group_entries, read_entries
from comment_dedup.read import ReadOptions
from comment_dedup.read.choose import AUTO_SAMPLE_LINES
from comment_dedup.read.exports import choose
from comment_dedup.read.exports.htmltext import html_to_text
from comment_dedup.read.exports.jsonl import split_json_lines
from comment_dedup.read.exports.tables import split_table
from comment_dedup.show.plain import plain_line
from comment_dedup.show.terminal import print_terminal
from conftest import SAMPLES, WriteDump, run_cli

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "exports"
SHARED = SAMPLES  # the bundled copies of the shared sample dumps
YOUTUBE_SPAM = sorted((SHARED / "youtube-spam-collection").glob("*.csv"))
TWITCH = SHARED / "twitch-chat" / "messages.csv"
ARTICLE = SHARED / "article-comments.txt"

Thread = list[tuple[int, str, int]]


@dataclass(frozen=True)
class ExportCase:
    """An export fixture, how it is recognised, and the thread it holds."""

    name: str
    layout: str
    thread: Thread
    dropped: dict[str, int] = field(default_factory=dict)


CASES = [
    ExportCase(
        "yt-dlp.info.json",
        "yt-dlp info.json",
        [
            (2, "The crumb shot at 4:12 is unreal.", 2),
            (1, "Right? That open crumb!", 1),
            (3, "Check my channel for free recipes!!!", 2),
            (1, "Thanks, it took three tries.", 1),
        ],
    ),
    ExportCase(
        "youtube-comment-downloader.jsonl",
        "youtube-comment-downloader jsonl",
        [(3, "Who is here in 2025?", 2), (2, "Me! Still a banger.", 1)],
    ),
    ExportCase(
        "reddit-thread.json",
        "reddit json",
        [
            (2, "Great write-up & thanks for the benchmarks.", 2),
            (1, "What about x < 10?", 1),
            (1, "Use -O2 > -O0, always. Literal &amp; stays.", 1),
        ],
        {"not-loaded comments": 4, "deleted comments": 1},
    ),
    ExportCase(
        "hn-algolia.json",
        "hn algolia json",
        [
            (2, "This is exactly what I needed.", 2),
            (1, 'Does it handle "quoted" input?\n\nExample:\n\n  echo "a, b" | tool', 1),
            (1, "See https://example.com/docs/very/long/page for details.\n\nWorks with --flag too & fast.", 1),
        ],
        {"deleted comments": 1},
    ),
    ExportCase("array.json", "json", [(2, "Loved the ending.", 2), (1, "The middle dragged a bit.", 1)]),
    ExportCase(
        "comments.csv",
        "csv",
        [(2, "Line one of a poem\nline two of a poem", 2), (2, "First!", 2), (1, 'Quoted "word", with comma', 1)],
    ),
    ExportCase("chat.tsv", "tsv", [(3, "gg", 2), (1, "that jump was clean", 1)]),
]


def read_fixture(name: str, **options: object) -> tuple[list[Group], ReadReport]:
    """Read a fixture through the library: its groups and what the reader reported."""
    report = ReadReport()
    entries = read_entries([str(FIXTURES / name)], ReadOptions(**options), report=report)  # type: ignore[arg-type]
    return group_entries(entries), report


def thread_of(groups: list[Group]) -> Thread:
    return [(group.count, group.text, group.authors) for group in groups]


def dropped_line(dropped: dict[str, int]) -> str:
    # One of a kind is written in the singular: "1 deleted comment".
    parts = ", ".join(f"{count} {what.removesuffix('s') if count == 1 else what}" for what, count in dropped.items())
    return f"comment-dedup: dropped (not comments): {parts}\n" if dropped else ""


@pytest.fixture
def in_fixtures(monkeypatch: pytest.MonkeyPatch) -> None:
    """Run from the fixture folder, so that messages name files as a user typed them."""
    monkeypatch.chdir(FIXTURES)


# --- each export: library and CLI ----------------------------------------------


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.name)
def test_library_reads_each_export_into_its_thread(case: ExportCase) -> None:
    """Each fixture is recognised with no options and gives the expected counts, texts and authors."""
    groups, report = read_fixture(case.name)
    assert report.layouts == {str(FIXTURES / case.name): case.layout}
    assert thread_of(groups) == case.thread
    assert report.dropped == case.dropped


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.name)
def test_cli_reads_each_export_into_its_thread(case: ExportCase, in_fixtures: None) -> None:
    """The command prints the same thread as JSON Lines, and says on stderr what it dropped."""
    outcome = run_cli(["--format", "jsonl", case.name])
    records = [json.loads(line) for line in outcome.stdout.splitlines()]
    assert [(r["count"], r["text"], r.get("authors", 0)) for r in records] == case.thread
    assert (outcome.stderr, outcome.code) == (dropped_line(case.dropped), 0)


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.name)
def test_each_export_is_sniffed_from_its_first_lines(case: ExportCase) -> None:
    """choose() names the export's layout from the sample alone."""
    sample = (FIXTURES / case.name).read_text(encoding="utf-8").split("\n")[:AUTO_SAMPLE_LINES]
    chosen = choose(sample, ReadOptions())
    assert chosen is not None and chosen[0] == case.layout


def test_a_one_line_hacker_news_item_is_a_document_not_one_json_line(write_dump: WriteDump) -> None:
    """Algolia serves an item on one line; its own "text" field must not make it a JSON Lines record."""
    item = json.loads((FIXTURES / "hn-algolia.json").read_text())
    path = write_dump(json.dumps(item), name="item.json")
    report = ReadReport()
    groups = group_entries(read_entries([path], report=report))
    assert report.layouts[path] == "hn algolia json"
    assert thread_of(groups) == CASES[3].thread
    assert {m.line for g in groups for m in g.members} == {1}


def test_hacker_news_search_hits_are_comments(write_dump: WriteDump) -> None:
    """An Algolia search answer holds comments as hits with an HTML comment_text."""
    hit = {"author": "ann", "comment_text": "Same &amp; same<p>again", "objectID": "7", "parent_id": 3}
    answer = {"hits": [hit, {**hit, "author": "bo", "objectID": "8"}], "nbHits": 2, "created_at_i": 1}
    path = write_dump(json.dumps(answer), name="search.json")
    report = ReadReport()
    groups = group_entries(read_entries([path], report=report))
    assert report.layouts[path] == "hn algolia json"
    assert thread_of(groups) == [(2, "Same & same\n\nagain", 2)]
    assert [(m.id, m.parent) for m in groups[0].members] == [("7", "3"), ("8", "3")]


def test_a_json_array_of_strings_is_a_list_of_comments(write_dump: WriteDump) -> None:
    """Each string of an array is a comment without metadata; other values are malformed records."""
    path = write_dump('["first!", "", "first!", 3]', name="strings.json")
    outcome = run_cli(["--skip-bad-records", path])
    assert (outcome.stdout, outcome.code) == ("      2 first!\n", 0)
    assert outcome.stderr == "comment-dedup: dropped (not comments): 1 empty record, 1 malformed record\n"


def test_ytdlp_metadata_top_level_comments_have_no_parent() -> None:
    """yt-dlp's parent "root" is not an id: top-level comments get no parent, replies their parent's id."""
    groups, _ = read_fixture("yt-dlp.info.json")
    spam = groups[2].members
    assert [(m.author, m.id, m.parent, m.line) for m in spam] == [
        ("@recipe_spam", "Ugy2", None, 1),
        ("@recipe_spam2", "Ugy3.a", "Ugy3", 1),
        ("@recipe_spam", "Ugy4", None, 1),
    ]


def test_comment_downloader_replies_get_their_parent_from_the_cid() -> None:
    """youtube-comment-downloader marks replies with reply=true and a cid of parent.reply."""
    groups, _ = read_fixture("youtube-comment-downloader.jsonl")
    assert [(m.id, m.parent, m.line) for m in groups[1].members] == [("UgzA.r1", "UgzA", 2), ("UgzB.r1", "UgzB", 5)]


def test_reddit_ids_are_fullnames_so_replies_find_their_parent() -> None:
    """A Reddit reply names its parent t1_<id>, so comments carry that fullname as their id."""
    groups, _ = read_fixture("reddit-thread.json")
    (reply,) = groups[1].members
    assert (reply.author, reply.id, reply.parent) == ("bob", "t1_c2", "t1_c1")


def test_pretty_printed_documents_give_each_comment_the_line_of_its_object() -> None:
    """In a multi-line JSON document a comment's line is the line of its opening brace."""
    groups, _ = read_fixture("hn-algolia.json")
    lines = (FIXTURES / "hn-algolia.json").read_text().split("\n")
    for group in groups:
        for member in group.members:
            assert lines[member.line - 1].strip() == "{"
            assert lines[member.line].strip() == f'"id": {member.id},'


def test_csv_records_start_on_their_own_line_even_after_embedded_newlines() -> None:
    """A quoted field spanning lines keeps its line break and later rows keep their true line numbers."""
    groups, _ = read_fixture("comments.csv")
    assert [[m.line for m in g.members] for g in groups] == [[2, 5], [4, 8], [7]]
    assert groups[2].members[0].parent == "2"


def test_crlf_csv_keeps_embedded_line_breaks(write_dump: WriteDump) -> None:
    """Windows line endings inside and between records read like LF ones."""
    path = write_dump(b'user,message\r\nann,"two\r\nlines"\r\nbo,two\r\n', name="crlf.csv")
    entries = list(read_entries([path]))
    assert [(e.text, e.author, e.line) for e in entries] == [("two\nlines", "ann", 2), ("two", "bo", 4)]


# --- sniffing -------------------------------------------------------------------


def test_prose_with_commas_in_its_first_line_stays_plain_text() -> None:
    """The article dump starts with a sentence full of commas: it is not a CSV header."""
    sample = ARTICLE.read_text(encoding="utf-8").split("\n")
    assert choose(sample, ReadOptions()) is None
    report = ReadReport()
    entries = list(read_entries([str(ARTICLE)], report=report))
    assert report.layouts[str(ARTICLE)] not in ("csv", "tsv")
    assert all(entry.author is None for entry in entries)


@pytest.mark.parametrize(
    "first_lines",
    [
        ["Comment, anyone? I thought it was fine, mostly", "Agreed, mostly fine", "Nope"],
        ["text, more text", "a line without commas", "another, with one, or two, commas"],
        ["[deleted]", "a reply"],
        ["{ sic } is how the quote ends", "next comment"],
    ],
)
def test_dumps_that_merely_start_like_an_export_are_plain_text(first_lines: list[str]) -> None:
    """A comma in a first line, or a leading bracket, is not enough to call a dump an export."""
    assert choose(first_lines, ReadOptions()) is None


def test_input_format_forces_or_disables_export_reading() -> None:
    """--input-format text never reads an export; csv/tsv/jsonl/json pick the reader without sniffing."""
    sample = (FIXTURES / "comments.csv").read_text().split("\n")
    assert choose(sample, ReadOptions(input_format="text")) is None

    def layout(sample: list[str], forced: str) -> str | None:
        chosen = choose(sample, ReadOptions(input_format=forced))
        return None if chosen is None else chosen[0]

    assert layout(["just prose, with a comma"], "csv") == "csv"
    assert layout(["a\tb"], "tsv") == "tsv"
    assert layout(['{"text": "x"}'], "json") == "json"
    assert layout(["[1]"], "jsonl") == "jsonl"


def test_a_named_text_column_makes_an_unusual_header_a_table() -> None:
    """With --text-column, a header without a usual comment column is still read as a table."""
    groups, _ = read_fixture("chat.tsv", text_field="USER")
    assert [g.text for g in groups] == ["nightowl", "speedy", "byte"]


def test_text_column_is_an_alias_of_text_field(write_dump: WriteDump) -> None:
    """--text-column and --text-field name the same setting."""
    path = write_dump("who,said\nann,hello\nbo,hello\n", name="said.csv")
    for flag in ("--text-column", "--text-field"):
        outcome = run_cli([flag, "said", path])
        assert (outcome.stdout, outcome.code) == ("      2 hello\n", 0)


def test_text_field_picks_the_json_field(write_dump: WriteDump) -> None:
    """--text-field reads another JSON Lines field as the comment."""
    path = write_dump('{"note": "hi", "who": "a"}\n{"note": "hi", "who": "b"}\n', name="notes.jsonl")
    outcome = run_cli(["--text-field", "note", path])
    assert (outcome.stdout, outcome.stderr, outcome.code) == ("      2 hi\n", "", 0)


def test_input_format_text_reads_a_csv_file_as_lines(in_fixtures: None) -> None:
    """Forced to text, a table is just lines: the header is a comment like any other."""
    outcome = run_cli(["--input-format", "text", "chat.tsv"])
    lines = (FIXTURES / "chat.tsv").read_text().splitlines()
    assert outcome.stdout == "".join(f"      1 {line}\n" for line in lines)


# Comment texts as a spreadsheet or a JSON writer could hold them: commas, quotes, tabs, line breaks.
_CELL = st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Zl", "Zp")) | st.sampled_from(',"\t\n'))
_ROWS = st.lists(st.tuples(_CELL, st.text("abc", min_size=1, max_size=3)), min_size=1, max_size=8)


@settings(max_examples=60, deadline=None)
@given(rows=_ROWS, delimiter=st.sampled_from([",", "\t"]))
def test_any_table_written_by_the_csv_module_reads_back(rows: list[tuple[str, str]], delimiter: str) -> None:
    """Whatever the cells hold, every row comes back as one comment with its author and first line."""
    written = [_csv_line(["comment", "author"], delimiter)] + [_csv_line(list(row), delimiter) for row in rows]
    numbered = list(enumerate("".join(written).split("\n")[:-1], start=1))
    starts = [1 + sum(chunk.count("\n") for chunk in written[:number]) for number in range(1, len(written))]
    report = ReadReport()
    blocks = list(split_table(iter(numbered), report, delimiter=delimiter, text_field=None, skip_bad=False))
    kept = [(start, text.strip(), author) for start, (text, author) in zip(starts, rows, strict=True) if text.strip()]
    assert [(b.line, b.text, b.author) for b in blocks] == kept
    assert report.dropped.get("empty records", 0) == len(rows) - len(kept)


def _csv_line(cells: list[str], delimiter: str) -> str:
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, lineterminator="\n").writerow(cells)
    return out.getvalue()


@settings(max_examples=60, deadline=None)
@given(rows=_ROWS)
def test_any_json_lines_file_reads_back(rows: list[tuple[str, str]]) -> None:
    """Each JSON object line is one comment, on its own line number."""
    lines = [json.dumps({"message": text, "user": author}, ensure_ascii=False) for text, author in rows]
    blocks = list(split_json_lines(iter(enumerate(lines, 1)), ReadReport(), text_field=None, skip_bad=False))
    expected = [(n, text.strip(), author) for n, (text, author) in enumerate(rows, 1) if text.strip()]
    assert [(b.line, b.text, b.author) for b in blocks] == expected


# --- shared real samples --------------------------------------------------------


def csv_rows(path: Path) -> int:
    with path.open(encoding="utf-8", newline="") as stream:
        return sum(1 for _ in csv.reader(stream)) - 1


@pytest.mark.parametrize("path", YOUTUBE_SPAM, ids=lambda path: path.name)
def test_youtube_spam_collection_reads_with_no_flags(path: Path) -> None:
    """Every row of the CONTENT column is a comment, with AUTHOR, DATE and COMMENT_ID as metadata."""
    report = ReadReport()
    entries = list(read_entries([str(path)], report=report))
    assert report.layouts[str(path)] == "csv"
    assert len(entries) == csv_rows(path)
    with path.open(encoding="utf-8", newline="") as stream:
        first = next(csv.DictReader(stream))
    assert (entries[0].text, entries[0].author) == (first["CONTENT"].strip(), first["AUTHOR"])
    assert (entries[0].id, entries[0].time or "") == (first["COMMENT_ID"], first["DATE"])


def test_youtube_spam_repeats_are_grouped() -> None:
    """The Eminem file's "Check out this video on YouTube" spam is one group of many copies."""
    path = SHARED / "youtube-spam-collection" / "Youtube04-Eminem.csv"
    groups = group_entries(read_entries([str(path)]))
    spam = max(groups, key=lambda group: group.count)
    assert spam.text.startswith("Check out this video on YouTube")
    assert spam.count >= 15 and spam.authors >= 10


def test_twitch_chat_reads_with_no_flags() -> None:
    """Every chat message is a comment; "peepoHas das crazy" is one big group from many users."""
    entries = list(read_entries([str(TWITCH)]))
    assert len(entries) == csv_rows(TWITCH) == 17885
    assert (entries[0].text, entries[0].author, entries[0].time) == (
        "peepoHas Live",
        "braedynl_",
        "2021-06-19 14:02:13.467944",
    )
    groups = {group.text: group for group in group_entries(entries)}
    crazy = groups["peepoHas das crazy"]
    assert crazy.count > 900 and crazy.authors > 100


def test_an_export_piped_on_standard_input_is_sniffed_too() -> None:
    """Sniffing works on a pipe as on a file: the CSV's comment column, not its raw lines."""
    data = (SHARED / "youtube-spam-collection" / "Youtube01-Psy.csv").read_bytes()
    outcome = run_cli(["--format", "jsonl"], stdin=data)
    records = [json.loads(line) for line in outcome.stdout.splitlines()]
    assert sum(record["count"] for record in records) == 350
    assert all(record["members"][0]["source"] == "-" and "authors" in record for record in records)


# --- malformed records ----------------------------------------------------------


def test_a_malformed_json_line_stops_the_run_naming_file_and_line(in_fixtures: None) -> None:
    """Exit 2 with one line on stderr, and nothing on stdout."""
    outcome = run_cli(["bad.jsonl"])
    error = "comment-dedup: error: bad.jsonl:2: malformed JSON (Expecting ',' delimiter at column 26)\n"
    assert (outcome.stdout, outcome.stderr, outcome.code) == ("", error, 2)


def test_skip_bad_records_counts_what_it_skipped(in_fixtures: None) -> None:
    """Malformed and empty records are both counted on stderr, never dropped silently."""
    outcome = run_cli(["--skip-bad-records", "bad.jsonl"])
    assert outcome.stdout == "      1 [1 author] fine one\n      1 [1 author] fine two\n"
    assert outcome.stderr == "comment-dedup: dropped (not comments): 2 malformed records, 1 empty record\n"
    assert outcome.code == 0


def test_a_row_of_the_wrong_width_stops_the_run(in_fixtures: None) -> None:
    """A CSV row with an extra field is an error at its line, or a counted skip."""
    outcome = run_cli(["bad.csv"])
    assert (outcome.stderr, outcome.code) == ("comment-dedup: error: bad.csv:3: expected 2 fields, found 3\n", 2)
    skipped = run_cli(["--skip-bad-records", "bad.csv"])
    assert skipped.stdout == "      1 [1 author] first row\n      1 [1 author] third row\n"
    assert skipped.stderr == "comment-dedup: dropped (not comments): 1 malformed record\n"


def test_a_table_without_the_named_column_stops_at_its_header(in_fixtures: None) -> None:
    """Naming a column the header lacks is reported once, at line 1."""
    outcome = run_cli(["--text-column", "body", "chat.tsv"])
    error = (
        "comment-dedup: error: chat.tsv:1: no column 'body' (columns: sent, user, message); "
        "name it with --text-column\n"
    )
    assert (outcome.stderr, outcome.code) == (error, 2)


def test_a_broken_json_document_names_its_line(write_dump: WriteDump) -> None:
    """A JSON document that does not parse is an error at the line where parsing failed."""
    path = write_dump('[\n  {"text": "a"},\n  {"text": "b"\n]\n', name="broken.json")
    outcome = run_cli([path])
    assert outcome.stderr == f"comment-dedup: error: {path}:4: malformed JSON (Expecting ',' delimiter at column 1)\n"
    assert outcome.code == 2


def test_a_paste_that_opens_with_a_lone_bracket_is_text(write_dump: WriteDump) -> None:
    """A lone "[" opens no JSON document: the dump is read as text, and the bracket is a comment like any line."""
    path = write_dump("[\nsee the notes above\n")
    outcome = run_cli(["--split", "line", path])
    assert (outcome.stdout, outcome.code) == ("      1 [\n      1 see the notes above\n", 0)
    forced = run_cli(["--input-format", "json", write_dump("[\n", name="cut.json")])
    assert forced.code == 2 and "malformed JSON" in forced.stderr


@pytest.mark.parametrize(
    ("document", "message"),
    [
        (
            '{"id": "v1", "extractor": "youtube"}',
            "this info.json holds no comments; write it with yt-dlp --write-comments",
        ),
        (
            '{"title": "x"}',
            "no comments found in this JSON document (expected an array of objects, "
            "a yt-dlp info.json, a Reddit thread or a Hacker News item)",
        ),
    ],
)
def test_a_document_without_comments_says_what_was_expected(write_dump: WriteDump, document: str, message: str) -> None:
    """A JSON object of no known shape is an input error that says what would have worked."""
    path = write_dump(document, name="doc.json")
    outcome = run_cli([path])
    assert (outcome.stderr, outcome.code) == (f"comment-dedup: error: {path}:1: {message}\n", 2)


def test_a_bad_record_in_a_one_line_document_is_named_by_its_position(write_dump: WriteDump) -> None:
    """On one line, "record N" says which comment of the document is malformed."""
    path = write_dump('[{"text": "a"}, {"text": ["b"]}, {"author": "x"}]', name="one-line.json")
    outcome = run_cli([path])
    assert outcome.stderr == f"comment-dedup: error: {path}:record 2: field 'text' is list, not text\n"
    skipped = run_cli(["--skip-bad-records", path])
    assert skipped.stdout == "      1 a\n"
    assert skipped.stderr == "comment-dedup: dropped (not comments): 2 malformed records\n"


def test_a_document_nested_too_deeply_is_an_input_error(write_dump: WriteDump) -> None:
    """Nesting past what the parser can follow ends with a one-line error, not a traceback."""
    depth = 5000
    path = write_dump('{"children": [\n' * depth + '{"text": "x"}\n' + "]}\n" * depth, name="deep.json")
    outcome = run_cli([path])
    assert (outcome.stderr, outcome.code) == (
        f"comment-dedup: error: {path}:1: JSON document nested too deeply to read\n",
        2,
    )


# --- streaming ------------------------------------------------------------------


def lines_then_failure(texts: list[str]) -> Iterator[tuple[int, str]]:
    """Numbered lines that blow up once read past the end: proves a reader does not read ahead."""
    yield from enumerate(texts, start=1)
    raise AssertionError("read past the first records")


def test_json_lines_are_read_one_record_at_a_time() -> None:
    """The first comment comes out before later lines are read."""
    blocks = split_json_lines(lines_then_failure(['{"text": "one"}']), ReadReport(), text_field=None, skip_bad=False)
    assert next(blocks).text == "one"


def test_csv_rows_are_read_one_record_at_a_time() -> None:
    """A table yields its first row before reading on."""
    lines = lines_then_failure(["text,author", 'hi,"a"', "next,b"])
    blocks = split_table(lines, ReadReport(), delimiter=",", text_field=None, skip_bad=False)
    assert next(blocks).text == "hi"


# --- what metadata adds to the output ---------------------------------------------


def test_plain_output_puts_the_author_count_between_count_and_text(in_fixtures: None) -> None:
    """With authors known, plain lines read ``count [N authors] text``; the count stays first."""
    outcome = run_cli(["yt-dlp.info.json"])
    assert outcome.stdout == (
        "      2 [2 authors] The crumb shot at 4:12 is unreal.\n"
        "      1 [1 author] Right? That open crumb!\n"
        "      3 [2 authors] Check my channel for free recipes!!!\n"
        "      1 [1 author] Thanks, it took three tries.\n"
    )


def test_plain_output_without_authors_is_unchanged() -> None:
    """A pasted dump keeps ``uniq -c``'s exact layout."""
    groups = group_entries(read_entries([str(FIXTURES / "bad.csv")], ReadOptions(input_format="text")))
    assert plain_line(groups[0]) == "      1 author,text\n"


def render(groups: list[Group]) -> str:
    """The terminal view at a fixed width without colour, trailing spaces removed."""
    console = Console(file=io.StringIO(), width=80, color_system=None, force_terminal=False)
    print_terminal(groups, console)
    output = console.file.getvalue()  # type: ignore[attr-defined]
    return "\n".join(line.rstrip() for line in output.split("\n"))


def test_terminal_view_shows_replies_as_a_tree(in_fixtures: None) -> None:
    """Known parent ids draw the unique thread as a tree, each node with its badge and authors."""
    groups = group_entries(read_entries(["yt-dlp.info.json"]))
    assert render(groups) == (
        "  x2 The crumb shot at 4:12 is unreal.\n"
        "     yt-dlp.info.json line 1 · from 2 authors\n"
        "├──   x1 Right? That open crumb!\n"
        "│        yt-dlp.info.json line 1 · by @flourpower\n"
        "└──   x1 Thanks, it took three tries.\n"
        "         yt-dlp.info.json line 1 · by @breadnerd\n"
        "  x3 Check my channel for free recipes!!!\n"
        "     yt-dlp.info.json line 1 · from 2 authors\n"
    )


def test_a_reply_whose_parent_is_filtered_out_becomes_a_root(in_fixtures: None) -> None:
    """Groups whose parent is not shown (here by -d) stand at the top level."""
    groups, _ = read_fixture("hn-algolia.json")
    shown = [groups[1], groups[2]]
    assert render(shown).startswith("  x1 Does it handle")


def test_terminal_view_without_parents_is_the_flat_list_with_authors(in_fixtures: None) -> None:
    """Without reply ids the view stays flat, and still says how many authors posted each comment."""
    groups = group_entries(read_entries(["chat.tsv"]))
    assert render(groups) == (
        "  x3 gg\n"
        "     chat.tsv lines 2, 4, 5 · from 2 authors\n"
        "\n"
        "  x1 that jump was clean\n"
        "     chat.tsv line 3 · by speedy\n"
    )


# --- HTML comment bodies ------------------------------------------------------------


@pytest.mark.parametrize(
    ("html", "text"),
    [
        ("one<p>two", "one\n\ntwo"),
        ("a &amp; b &lt;c&gt; &#x27;d&#x27; &quot;e&quot;", "a & b <c> 'd' \"e\""),
        ('<a href="https://x.org/p">the docs</a>', "the docs"),
        ('<a href="https://x.org/a/very/long">https://x.org/a/ve...</a>', "https://x.org/a/very/long"),
        ('<a href="https://x.org/">  </a>', "https://x.org/"),
        ("see <code>--flag</code> <i>now</i>", "see --flag now"),
        ("code:<p><pre><code>  if x:\n      y()\n</code></pre>done", "code:\n\n  if x:\n      y()\n\ndone"),
        ("spaced   out\n text", "spaced out text"),
    ],
)
def test_html_comments_become_plain_text(html: str, text: str) -> None:
    """Paragraphs, links, code and entities read as a person saw them."""
    assert html_to_text(html) == text
