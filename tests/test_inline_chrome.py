"""Chrome that a copy flattens onto the comment's own line: taken off, the same words in a sentence kept."""

from __future__ import annotations

import pytest

from comment_dedup.read.pastes.inline_chrome import strip_badge, strip_line_end
from conftest import parse_plain, run_cli


@pytest.mark.parametrize(
    ("line", "text"),
    [
        ("Great point, thanks! Like · Reply · 2h", "Great point, thanks!"),
        ("Great point, thanks! Like · Reply · Share · 14w", "Great point, thanks!"),
        ("see you at the standup (edited)", "see you at the standup"),
        ("see you at the standup (Edited)", "see you at the standup"),
        ("Lovely shot · 12 likes", "Lovely shot"),
        ("Lovely shot · 1,204 likes", "Lovely shot"),
        ("Worth the wait · 3 replies", "Worth the wait"),
    ],
)
def test_chrome_at_a_line_end_is_taken_off(line: str, text: str) -> None:
    """Controls, counters and the edited marker at the very end of a line go."""
    assert strip_line_end(line) == text


@pytest.mark.parametrize(
    "line",
    [
        "I'd like to reply to this later",
        "Like",  # a one-word comment is a comment
        "Reply · 2h",  # nothing but chrome: the line stays as it is, for the chrome rules to judge
        "Like · Reply",
        "the function returns f(x)",
        "I edited it (edited it twice, actually)",
        "score · 12 points",
        "Like · Reply · 2h ago and then some more words",
    ],
)
def test_the_same_words_inside_a_sentence_stay(line: str) -> None:
    """Only the exact shapes at the very end are chrome."""
    assert strip_line_end(line) == line


def test_a_badge_before_the_first_line_is_taken_off() -> None:
    """ "Top fan " and "Pinned " before the text are page badges; inside it they are words."""
    assert strip_badge("Top fan Thanks for the tip") == "Thanks for the tip"
    assert strip_badge("Pinned Read the rules first") == "Read the rules first"
    assert strip_badge("Top fans know this already") == "Top fans know this already"


def test_copies_differing_only_by_inline_chrome_are_one_comment() -> None:
    """A dump copied once on a phone (chrome on the line) and once on a desktop is one thread."""
    dump = (
        "This recipe saved my dinner party, thank you!\n"
        "This recipe saved my dinner party, thank you! Like · Reply · 2h\n"
        "Does it work with brown rice? (edited)\n"
        "Does it work with brown rice?\n"
    )
    outcome = run_cli([], stdin=dump)
    assert parse_plain(outcome.stdout) == [
        (2, "This recipe saved my dinner party, thank you!"),
        (2, "Does it work with brown rice?"),
    ]


def test_long_runs_before_a_line_end_take_linear_time() -> None:
    """A megabyte of spaces or dots before a control costs one pass, not one per position."""
    for crafted in (" " * 1_000_000 + "Like · Reply · 2h", "·" * 1_000_000 + ")", "a · " * 250_000 + "12 likes"):
        strip_line_end(crafted)
