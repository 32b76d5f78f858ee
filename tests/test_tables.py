"""Tables whose comment column has no usual name, or that have no header row at all."""

from __future__ import annotations

from pathlib import Path

from comment_dedup import ReadOptions, ReadReport, read_entries
from conftest import parse_plain, run_cli

LABELLED = (
    "Label\tSMS\n"
    "ham\tHeading to the station now, save me a seat\n"
    "spam\tYou won a voucher! Txt WIN to 80088 now\n"
    "ham\tOk see you there\n"
    "spam\tYou won a voucher! Txt WIN to 80088 now\n"
)
HEADERLESS = "".join(
    f"{label}\t{text}\n"
    for label, text in [
        ("ham", "Heading to the station now, save me a seat at the usual place"),
        ("ham", "Did you remember to buy milk and bread? The fridge is empty"),
        ("spam", "Congratulations! You have been picked for a shopping voucher. Txt WIN to 80088"),
        ("ham", "Sorry, I can't talk right now. I will call you later tonight"),
        ("ham", "Running ten minutes late, the bus broke down on the bridge"),
        ("spam", "Congratulations! You have been picked for a shopping voucher. Txt WIN to 80088"),
        ("ham", "Can you pick up the kids from school today? I am stuck at work"),
        ("ham", "Happy birthday!! Hope you have a wonderful day with the family"),
        ("ham", "The meeting moved to Thursday afternoon, same room as last time"),
        ("ham", "Thanks for dinner yesterday, the lasagne was the best I have had"),
    ]
)


def test_a_table_with_an_unknown_text_column_reads_the_column_with_most_text() -> None:
    """`Label<TAB>SMS`: the label is not glued to the message, and stderr names the column."""
    outcome = run_cli([], stdin=LABELLED)
    assert parse_plain(outcome.stdout) == [
        (1, "Heading to the station now, save me a seat"),
        (2, "You won a voucher! Txt WIN to 80088 now"),
        (1, "Ok see you there"),
    ]
    assert "read standard input as a TSV table: comments from 'SMS' (the column with the most text)" in outcome.stderr


def test_text_column_overrides_the_guess() -> None:
    """`--text-column` wins over the column with the most text."""
    outcome = run_cli(["--text-column", "Label"], stdin=LABELLED)
    assert parse_plain(outcome.stdout) == [(2, "ham"), (2, "spam")]
    assert "most text" not in outcome.stderr


def test_a_table_without_a_header_row_is_read_from_its_first_row() -> None:
    """Rows of one width with one long column: no row is lost as a header."""
    outcome = run_cli([], stdin=HEADERLESS)
    thread = parse_plain(outcome.stdout)
    assert sum(count for count, _ in thread) == 10
    assert thread[0] == (1, "Heading to the station now, save me a seat at the usual place")
    assert (2, "Congratulations! You have been picked for a shopping voucher. Txt WIN to 80088") in thread
    assert "a TSV table without a header row: comments from column 2" in outcome.stderr


def test_a_headerless_column_can_be_named_by_its_number(tmp_path: Path) -> None:
    """`--text-column 1` reads the first column of a table without a header row."""
    path = tmp_path / "sms.tsv"
    path.write_text(HEADERLESS, encoding="utf-8")
    report = ReadReport()
    texts = [entry.text for entry in read_entries([str(path)], ReadOptions(text_field="1"), report=report)]
    assert texts == ["ham", "ham", "spam", "ham", "ham", "spam", "ham", "ham", "ham", "ham"]


def test_prose_with_commas_is_not_a_table() -> None:
    """Sentences split at their commas have halves of similar length: still prose, one comment per line."""
    prose = "".join(f"Well, I think {word} is fine, really\n" for word in ["this", "that", "it", "the plan"] * 3)
    outcome = run_cli([], stdin=prose)
    assert "table" not in outcome.stderr
    assert parse_plain(outcome.stdout)[0] == (3, "Well, I think this is fine, really")
