"""Whatever people paste or scripts feed: no crash, nothing lost, a clear outcome for odd input."""

from __future__ import annotations

import builtins
import importlib
import json
import os
import pkgutil
import re
import threading
import time
from pathlib import Path
from random import Random
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from comment_dedup import InputError, ReadOptions, dedupe, read_entries
from comment_dedup import __path__ as package_path
from comment_dedup.match.fingerprint import fingerprint
from conftest import WriteDump, parse_plain, run_cli

# --- any bytes in: the invariants hold ----------------------------------------------------------

# Text fragments with what breaks naive tools: control characters, bidi overrides,
# combining marks, emoji ZWJ sequences, U+2028, and bytes that are not UTF-8.
tricky_text = (
    st.lists(
        st.one_of(
            st.text(st.characters(codec="utf-8"), max_size=6),
            st.sampled_from(["\x1b[31m", "\u202e", "\u0301", "👩\u200d💻", "\u2028", "\r", "\n\n", "\t", "\ufeff"]),
        ),
        max_size=6,
    )
    .map("".join)
    .map(lambda text: text.encode("utf-8"))
)
raw_fragment = st.one_of(tricky_text, st.binary(max_size=8), st.just(b"\n"), st.just(b"same comment\n"))
dump_bytes = st.lists(raw_fragment, max_size=25).map(b"".join)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(raw=dump_bytes, split=st.sampled_from(["line", "paragraph", "auto"]))
def test_any_bytes_every_entry_lands_in_exactly_one_group(raw: bytes, split: str, tmp_path: Path) -> None:
    """Whatever the bytes, every comment read lands in exactly one group, in input order."""
    path = tmp_path / "dump.bin"
    path.write_bytes(raw)
    entries = list(read_entries([str(path)], ReadOptions(split=split, text=True)))
    outcome = run_cli(["--text", "--split", split, "--format", "json", str(path)])
    assert outcome.code == 0
    groups = json.loads(outcome.stdout)
    placed = {member["index"]: member.get("text", group["text"]) for group in groups for member in group["members"]}
    assert sorted(placed) == list(range(len(entries)))
    assert sum(group["count"] for group in groups) == len(entries)
    # The input, in order, can be rebuilt from the members.
    assert [placed[index] for index in range(len(entries))] == [entry.text for entry in entries]


@settings(max_examples=80, deadline=None)
@given(st.lists(st.text(st.characters(codec="utf-8", exclude_characters="\n\r"), max_size=20), max_size=30))
def test_unique_output_is_a_fixed_point_for_any_text(texts: list[str]) -> None:
    """Grouping the unique thread again changes nothing, whatever the characters."""
    once = [group.text for group in dedupe(texts) if group.text]
    assert [group.text for group in dedupe(once)] == once


@settings(max_examples=80, deadline=None)
@given(
    st.lists(st.sampled_from(["a b", "A B!", "a  b", "c", "C.", "ça", "ÇA", "d 🔥", "d 😂"]), max_size=20), st.randoms()
)
def test_exact_partition_does_not_depend_on_input_order(texts: list[str], random: Random) -> None:
    """Which comments are one under --exact does not depend on the order they come in."""
    shuffled = texts[:]
    random.shuffle(shuffled)

    def partition(batch: list[str]) -> set[frozenset[str]]:
        return {frozenset(batch[m.index] for m in group.members) for group in dedupe(batch, exact=True)}

    assert partition(texts) == partition(shuffled)


# --- odd inputs, each with a clear outcome --------------------------------------------------------


def test_a_50_megabyte_line_without_a_newline_is_one_comment(tmp_path: Path) -> None:
    """One huge line with no newline is one comment, read without running out of time or memory."""
    path = tmp_path / "huge.txt"
    path.write_bytes(b"spam " * 10_000_000)
    groups = dedupe(entry.text for entry in read_entries([str(path)]))
    assert [group.count for group in groups] == [1]
    assert len(groups[0].text) == 50_000_000 - 1


def test_a_million_blank_lines_are_no_comments(write_dump: WriteDump) -> None:
    """Blank lines hold no comment: nothing is printed and nothing fails."""
    outcome = run_cli([write_dump("\n" * 1_000_000)])
    assert (outcome.code, outcome.stdout, outcome.stderr) == (0, "", "")


def test_utf16_without_a_bom_gets_a_hint(write_dump: WriteDump) -> None:
    """UTF-16 without a BOM looks binary: the error says which --encoding to use."""
    path = write_dump("hello there\nhello there\n".encode("utf-16-le"))
    outcome = run_cli([path])
    assert (outcome.code, outcome.stdout) == (2, "")
    assert outcome.stderr == (
        f"comment-dedup: error: {path}: looks like UTF-16 text without a BOM; read it with --encoding utf-16-le\n"
    )
    assert parse_plain(run_cli(["--encoding", "utf-16-le", path]).stdout) == [(2, "hello there")]


def test_a_file_cut_off_inside_a_utf8_sequence_keeps_its_last_comment(write_dump: WriteDump) -> None:
    """A file cut in the middle of a character keeps its last comment, the lost byte replaced and counted."""
    path = write_dump("first\ncafé".encode()[:-1])
    outcome = run_cli([path])
    assert parse_plain(outcome.stdout) == [(1, "first"), (1, "caf\ufffd")]
    assert outcome.stderr == f"comment-dedup: warning: {path}: 1 undecodable byte replaced with U+FFFD\n"


def test_permission_denied_is_a_one_line_error(write_dump: WriteDump, monkeypatch: pytest.MonkeyPatch) -> None:
    # Tests may run as root, who can read anything, so the refusal is simulated.
    """An unreadable file is a one-line error with status 2."""
    path = write_dump("x\n")
    real_open = builtins.open

    def refusing_open(file: Any, *args: Any, **kwargs: Any) -> Any:
        if file == path:
            raise PermissionError(13, "Permission denied", path)
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", refusing_open)
    outcome = run_cli([path])
    assert (outcome.code, outcome.stderr) == (2, f"comment-dedup: error: {path}: permission denied\n")


def test_a_fifo_is_read_like_standard_input(tmp_path: Path) -> None:
    """A named pipe is read as a stream, like standard input."""
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)

    def feed() -> None:
        with open(fifo, "w", encoding="utf-8") as writer:
            writer.write("from a pipe\nfrom a pipe\n")

    feeder = threading.Thread(target=feed)
    feeder.start()
    outcome = run_cli([str(fifo)])
    feeder.join(timeout=30)
    assert parse_plain(outcome.stdout) == [(2, "from a pipe")]


def test_a_hundred_thousand_copies_of_one_comment() -> None:
    """A hundred thousand exact copies are one group of that count."""
    outcome = run_cli(["--format", "jsonl"], stdin="Follow me for more!!\n" * 100_000)
    (group,) = [json.loads(line) for line in outcome.stdout.splitlines()]
    assert group["count"] == 100_000
    assert [member["match"] for member in group["members"][:2]] == ["first", "exact"]


def test_a_hundred_thousand_distinct_one_word_comments() -> None:
    """A hundred thousand different short comments stay a hundred thousand groups, in order."""
    words = [f"w{number}" for number in range(100_000)]
    outcome = run_cli([], stdin="".join(f"{word}\n" for word in words))
    assert [text for _, text in parse_plain(outcome.stdout)] == words


# --- regular expressions run in linear time on crafted input ---------------------------------------

MEGABYTE = 1_000_000
WORST_CASES = {
    "punctuation run": "!" * MEGABYTE + "x",
    "spaces before a control": " " * MEGABYTE + "x more",
    "spaces before an ellipsis": " " * MEGABYTE + "…",
    "space before punctuation": " ." * (MEGABYTE // 2),
    "digits and separators": "1." * (MEGABYTE // 2) + "x",
    "negation-like words": "no" * (MEGABYTE // 2),
    "escaped bytes": "\udcff" * MEGABYTE,
    "control characters": "\x1b[" * (MEGABYTE // 2),
    "link attributes": "href=" * (MEGABYTE // 5),
    "an attribute quote never closed": 'href="' + "x" * MEGABYTE,
}


def every_pattern() -> list[re.Pattern[str]]:
    """Every compiled regular expression at module level in the package: all that is applied to input."""
    found = pkgutil.walk_packages(package_path, prefix="comment_dedup.")
    modules = [importlib.import_module(info.name) for info in found if not info.name.endswith("__main__")]
    patterns = [value for module in modules for value in vars(module).values() if isinstance(value, re.Pattern)]
    return [pattern for pattern in patterns if isinstance(pattern.pattern, str)]


@pytest.mark.parametrize("crafted", WORST_CASES.values(), ids=WORST_CASES.keys())
def test_patterns_finish_on_a_megabyte_of_worst_case_input(crafted: str) -> None:
    """Every module-level pattern searched through a megabyte crafted against it finishes in linear time."""
    started = time.monotonic()
    for pattern in every_pattern():
        pattern.search(crafted)
        pattern.sub("", crafted)
    fingerprint(crafted)
    # Generous: a quadratic pattern would take hours here, a linear one well under a second.
    assert time.monotonic() - started < 60


def test_every_pattern_is_checked() -> None:
    """The pattern check above finds the patterns it should (it cannot pass by finding none)."""
    assert len(every_pattern()) >= 15


def test_terminal_view_of_hostile_text_is_inert_but_json_keeps_it() -> None:
    """Escape sequences and markup are shown inert on a terminal and kept exactly in JSON."""
    hostile = "\x1b]8;;https://example.invalid\x07click\x1b]8;;\x07 \x1b]2;title\x07 [red]x[/red] \u202eabc"
    terminal = run_cli(["--format", "terminal"], stdin=hostile + "\n")
    assert "\x1b" not in terminal.stdout and "\x07" not in terminal.stdout and "\u202e" not in terminal.stdout
    assert "␛]8;;https://example.invalid␇click" in terminal.stdout and "[red]x[/red]" in terminal.stdout
    (record,) = [json.loads(line) for line in run_cli(["-f", "jsonl"], stdin=hostile + "\n").stdout.splitlines()]
    assert record["text"] == hostile


def test_plain_output_of_a_comment_with_escapes_round_trips() -> None:
    """Plain output escapes tabs and backslashes so that the text can be read back unchanged."""
    text = "tab\there and a backslash \\n that is not a newline"
    (line,) = run_cli([], stdin=text + "\n").stdout.splitlines()
    escaped = line.split(" ", 7)[-1]
    assert escaped.replace("\\\\", "\0").replace("\\n", "\n").replace("\0", "\\") == text


def test_library_reading_raises_its_own_error_for_a_directory(tmp_path: Path) -> None:
    """Reading a directory raises InputError, not an OSError."""
    with pytest.raises(InputError, match="is a directory"):
        list(read_entries([str(tmp_path)]))


@pytest.mark.parametrize("nested", ["[" * 100_000 + "]" * 100_000, '{"a":' * 100_000 + "1" + "}" * 100_000])
def test_json_nested_100000_deep_is_a_one_line_error(nested: str, write_dump: WriteDump) -> None:
    """A JSON document nested too deeply is a one-line error, not a RecursionError traceback."""
    path = write_dump(nested + "\n", "deep.json")
    outcome = run_cli([path])
    assert (outcome.code, outcome.stdout) == (2, "")
    assert outcome.stderr == f"comment-dedup: error: {path}:1: JSON document nested too deeply to read\n"


def test_a_csv_field_of_10_megabytes_is_one_comment(write_dump: WriteDump) -> None:
    """A 10 MB CSV field is one comment: the csv module's field limit does not stop it."""
    path = write_dump('text,author\n"' + "x" * 10_000_000 + '",bob\nhello,amy\n', "big.csv")
    outcome = run_cli(["--format", "jsonl", path])
    records = [json.loads(line) for line in outcome.stdout.splitlines()]
    assert outcome.code == 0
    assert [(len(record["text"]), record["members"][0]["author"]) for record in records] == [
        (10_000_000, "bob"),
        (5, "amy"),
    ]
