"""A dump in, a thread out: one table of cases, run through the library and the command.

Each case is checked three ways: the library (read_entries + group_entries),
the command fed by stdin, and the command given a file.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from comment_dedup import DEFAULT_THRESHOLD, ReadOptions, group_entries, read_entries, select_groups
from conftest import SAMPLES, WriteDump, parse_plain, run_cli

Thread = list[tuple[int, str]]


@dataclass(frozen=True)
class Case:
    name: str
    dump: str
    thread: Thread
    args: list[str] = field(default_factory=list)


CASES = [
    Case("empty input", "", []),
    Case("only blank lines", "\n  \n\t\n", []),
    Case(
        "one per line, exact repeats in first-seen order",
        "first comment\nsecond comment\nfirst comment\nthird\nsecond comment\n",
        [(2, "first comment"), (2, "second comment"), (1, "third")],
    ),
    Case(
        "case, spacing and retyped quotes are the same comment",
        'I can’t believe “this” works\ni can\'t believe "this"   works\n',
        [(2, "I can’t believe “this” works")],
    ),
    Case(
        "surrounding whitespace is not part of a comment",
        "   padded comment   \npadded comment\n",
        [(2, "padded comment")],
    ),
    Case(
        "short comments sharing words are different readers",
        "Very nice article !\nNice article Jordan!\nGreat great article.\nVery nice article!\n",
        [(2, "Very nice article !"), (1, "Nice article Jordan!"), (1, "Great great article.")],
    ),
    Case(
        "a typo fixed in a long comment is a repeat",
        "The new release finally fixes the memory leak that crashed my server every night.\n"
        "The new release finaly fixes the memory leak that crashed my server every night.\n",
        [(2, "The new release finally fixes the memory leak that crashed my server every night.")],
    ),
    Case(
        "typos in neighbouring words, one of them capitalized, are a repeat",
        "Thanks for the stream tonight, Dear person of the internet, see you all next week.\n"
        "Thanks for the stream tonight, DDear peerson of the internet, see you all next week.\n",
        [(2, "Thanks for the stream tonight, Dear person of the internet, see you all next week.")],
    ),
    Case(
        "negation keeps comments apart",
        "I agree with the author about the new zoning rules downtown.\n"
        "I don't agree with the author about the new zoning rules downtown.\n",
        [
            (1, "I agree with the author about the new zoning rules downtown."),
            (1, "I don't agree with the author about the new zoning rules downtown."),
        ],
    ),
    Case(
        "a different number keeps comments apart",
        "The 2024 edition of the festival was much better organised than before.\n"
        "The 2025 edition of the festival was much better organised than before.\n"
        "I cut the board to 10cm and it still did not fit in the frame at all.\n"
        "I cut the board to 20cm and it still did not fit in the frame at all.\n",
        [
            (1, "The 2024 edition of the festival was much better organised than before."),
            (1, "The 2025 edition of the festival was much better organised than before."),
            (1, "I cut the board to 10cm and it still did not fit in the frame at all."),
            (1, "I cut the board to 20cm and it still did not fit in the frame at all."),
        ],
    ),
    Case(
        "a reply quoting a comment is not a repeat of it",
        "Remote work made our whole team more productive this year.\n"
        "Remote work made our whole team more productive this year. Not mine, sadly.\n",
        [
            (1, "Remote work made our whole team more productive this year."),
            (1, "Remote work made our whole team more productive this year. Not mine, sadly."),
        ],
    ),
    Case(
        "emoji are content",
        "🔥🔥🔥\n😂😂😂\n🔥🔥🔥\n",
        [(2, "🔥🔥🔥"), (1, "😂😂😂")],
    ),
    Case(
        "invisible characters added to dodge filters do not hide a repeat",
        "buy followers at example dot com\nbuy\u200b followers at exam\u200bple dot com\U000e0041\n",
        [(2, "buy followers at example dot com")],
    ),
    Case(
        "a copy cut off with see more groups with its full version, which is shown",
        "The museum reopened after two years of renovation and the new wing is … see more\n"
        "The museum reopened after two years of renovation and the new wing is stunning.\n",
        [(2, "The museum reopened after two years of renovation and the new wing is stunning.")],
    ),
    Case(
        "a comment that merely starts with another one's words is different",
        "The museum reopened after two years of renovation and the new wing\n"
        "The museum reopened after two years of renovation and the new wing is stunning.\n",
        [
            (1, "The museum reopened after two years of renovation and the new wing"),
            (1, "The museum reopened after two years of renovation and the new wing is stunning."),
        ],
    ),
    Case(
        "an emoji added to a short comment is decoration, a different emoji is not",
        "great video man\ngreat video man 🔥🔥\nnice one 🔥\nnice one 😂\n",
        [(2, "great video man"), (1, "nice one 🔥"), (1, "nice one 😂")],
    ),
    Case(
        "an emoji added to two words is decoration however short they are",
        "out my\nout my 😍\n😂 out my\nwhat's\n🙏 what's\n",
        [(3, "out my"), (1, "what's"), (1, "🙏 what's")],
    ),
    Case(
        "after a lone word or emote an emoji is the message; a lower threshold merges it",
        "peepoHas\npeepoHas 🔎\nvery\nvery 🙏\n",
        [(1, "peepoHas"), (1, "peepoHas 🔎"), (1, "very"), (1, "very 🙏")],
    ),
    Case(
        "--threshold 80 lets an emoji after a lone word be decoration",
        "peepoHas\npeepoHas 🔎\nvery\nvery 🙏\n",
        [(2, "peepoHas"), (2, "very")],
        ["--threshold", "80"],
    ),
    Case(
        "emoticons alone match only when equal",
        ":)\n;-)\n:)\n",
        [(2, ":)"), (1, ";-)")],
    ),
    Case(
        "a word dropped from a short comment makes another comment",
        "I love this song\nlove this song\nLove this song!!!\n",
        [(1, "I love this song"), (2, "love this song")],
    ),
    Case(
        "one typo in a long word of a short comment is a repeat",
        "EVERYTHING IS FINE HERE\nEVERYTgING IS FINE HERE\n",
        [(2, "EVERYTHING IS FINE HERE")],
    ),
    Case(
        "a one-letter difference in a short word or a name is a different comment",
        "insane. dats crazee\ninsane. dars crazee\nHappy birthday Sarah!\nHappy birthday Sara!\n",
        [
            (1, "insane. dats crazee"),
            (1, "insane. dars crazee"),
            (1, "Happy birthday Sarah!"),
            (1, "Happy birthday Sara!"),
        ],
    ),
    Case(
        "a template sent to different people stays apart",
        "Thanks Jordan, this helped me fix the build on my laptop after two days of trying!\n"
        "Thanks Maria, this helped me fix the build on my laptop after two days of trying!\n",
        [
            (1, "Thanks Jordan, this helped me fix the build on my laptop after two days of trying!"),
            (1, "Thanks Maria, this helped me fix the build on my laptop after two days of trying!"),
        ],
    ),
    Case(
        "copies are judged against the most repeated text, not only the first one seen",
        "is this relevent today\nis this relevant today\nis this relevant today\nis this relevant today 🙏\n",
        [(4, "is this relevent today")],
    ),
    Case(
        "punctuation added is a copy, punctuation changed is another comment",
        "wow\nwow!!!\nok.\nok?\n",
        [(2, "wow"), (1, "ok."), (1, "ok?")],
    ),
    Case(
        "a backtick is an apostrophe, in ASCII text as in any other",
        "I don`t like it at all today\nI don't like it at all today\n",
        [(2, "I don`t like it at all today")],
    ),
    Case(
        "--keep longest does not count invisible padding",
        "Great video\nGreat video\U000e0041\U000e0042\U000e0043\n",
        [(2, "Great video")],
        ["--keep", "longest"],
    ),
    Case(
        "blank-line separated comments keep their inner lines",
        "first line\nof a comment\n\nanother\n\nfirst line\nof a comment\n",
        [(2, "first line\\nof a comment"), (1, "another")],
    ),
    Case(
        "--split line overrides the paragraph layout",
        "first line\nof a comment\n\nanother\n\nfirst line\n",
        [(2, "first line"), (1, "of a comment"), (1, "another")],
        ["--split", "line"],
    ),
    Case(
        "--exact keeps near-identical comments apart",
        "The new release finally fixes the memory leak that crashed my server every night.\n"
        "The new release finaly fixes the memory leak that crashed my server every night.\n"
        "THE NEW RELEASE FINALLY FIXES THE MEMORY LEAK THAT CRASHED MY SERVER EVERY NIGHT.\n",
        [
            (2, "The new release finally fixes the memory leak that crashed my server every night."),
            (1, "The new release finaly fixes the memory leak that crashed my server every night."),
        ],
        ["--exact"],
    ),
    Case(
        "--keep longest shows the longest variant",
        "great point!\nGreat point!!!\n",
        [(2, "Great point!!!")],
        ["--keep", "longest"],
    ),
    Case(
        "--sort count puts the most repeated first, ties in first-seen order",
        "a one\nb two\nb two\nc three\nc three\nd four\n",
        [(2, "b two"), (2, "c three"), (1, "a one"), (1, "d four")],
        ["--sort", "count"],
    ),
    Case("-d prints only repeated comments", "a one\nb two\na one\n", [(2, "a one")], ["-d"]),
    Case("-u prints only unique comments", "a one\nb two\na one\n", [(1, "b two")], ["-u"]),
]


def library_thread(path: str, args: list[str]) -> Thread:
    """What the library gives for the options a case passes on the command line."""
    split = args[args.index("--split") + 1] if "--split" in args else "auto"
    keep = args[args.index("--keep") + 1] if "--keep" in args else "first"
    threshold = float(args[args.index("--threshold") + 1]) if "--threshold" in args else DEFAULT_THRESHOLD
    entries = read_entries([path], ReadOptions(split=split))
    groups = group_entries(entries, exact="--exact" in args, keep=keep, threshold=threshold)
    shown = select_groups(groups, repeated="-d" in args, unique="-u" in args, by_count="--sort" in args)
    return [(group.count, group.text.replace("\n", "\\n")) for group in shown]


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.name)
def test_library(case: Case, write_dump: WriteDump) -> None:
    """The library gives the thread the table says."""
    assert library_thread(write_dump(case.dump), case.args) == case.thread


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.name)
def test_command_reading_stdin(case: Case) -> None:
    """The command reading stdin prints the thread the table says, with nothing on stderr."""
    outcome = run_cli(case.args, stdin=case.dump)
    assert (outcome.code, outcome.stderr) == (0, "")
    assert parse_plain(outcome.stdout) == case.thread


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.name)
def test_command_reading_a_file(case: Case, write_dump: WriteDump) -> None:
    """The command reading a file prints the same thread."""
    outcome = run_cli([*case.args, write_dump(case.dump)])
    assert (outcome.code, outcome.stderr) == (0, "")
    assert parse_plain(outcome.stdout) == case.thread


def test_shared_sample_gives_eleven_groups_in_first_seen_order() -> None:
    """The shared sample gives its 11 groups in first-seen order, as recorded."""
    outcome = run_cli([str(SAMPLES / "article-comments.txt")])
    thread = parse_plain(outcome.stdout)
    assert [count for count, _ in thread] == [2] * 6 + [1] * 5
    texts = [text for _, text in thread]
    assert (
        texts.index("Very nice article !") < texts.index("Nice article Jordan!") < texts.index("Great great article.")
    )
    assert sum(text.startswith("Very nice article on Chinese work culture") for text in texts) == 1
    assert outcome.stdout == (SAMPLES / "article-comments.expected.txt").read_text(encoding="utf-8")


def test_several_files_are_one_thread(write_dump: WriteDump) -> None:
    """Several files are one thread: a comment in both counts twice."""
    first = write_dump("alpha comment\nbeta comment\n", "one.txt")
    second = write_dump("beta comment\ngamma comment\n", "two.txt")
    outcome = run_cli([first, "-", second], stdin="alpha comment\n")
    assert parse_plain(outcome.stdout) == [(2, "alpha comment"), (2, "beta comment"), (1, "gamma comment")]
