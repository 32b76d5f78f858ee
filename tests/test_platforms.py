"""Copied comment sections: a pasted page in, the commenters' thread out, with no flags.

Every fixture in ``fixtures/pastes`` is a select-all copy of one platform's
comment section (invented names and texts), usually copied twice with overlap
as after "load more".  Each is checked through the library and the command.
"""

from __future__ import annotations

import itertools
import json
import tracemalloc
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from comment_dedup import ReadOptions, ReadReport, group_entries, read_entries
from comment_dedup.model import MatchRule, OptionError
from comment_dedup.read.pastes import NAMES, choose
from comment_dedup.read.pastes.detect import detect
from comment_dedup.read.pastes.engine import split
from comment_dedup.read.pastes.rules import PLATFORMS
from conftest import SAMPLES, WriteDump, run_cli

PASTES = Path(__file__).resolve().parent / "fixtures" / "pastes"
LAYOUTS = PASTES.parent / "layouts"
BY_NAME = {platform.name: platform for platform in PLATFORMS}

Thread = list[tuple[int, str]]


@dataclass(frozen=True)
class Paste:
    """A fixture, the platform it comes from, the thread it holds and what reading it drops."""

    file: str
    platform: str
    thread: Thread
    dropped: str


ORRIN_CUT = (
    "Question for anyone who has done this: did you keep the original wax capacitors in the cabinet for looks, "
    "or throw them away? I restuffed mine with modern film caps so the set still looks original from the back, "
    "and it took an afternoon per capacitor"
)
ORRIN_FULL = ORRIN_CUT + ", but it was worth every minute."
DANA_CUT = (
    "Great piece. One warning for readers: a blade grinder heats the seeds, so pulse it, don't run it. I learned "
    "that the hard way with a batch of cumin that tasted burnt for weeks, and it took me a while to figure out "
    "that the grinder, not the toasting, was the problem. A burr grinder or a mortar avoids the whole issue."
)
GO_ERROR = "mine points at ../ffi/go\nand the build still fails with:\n  cannot find module providing package ffi"
GH_REPRO = (
    "Confirmed. The writer splits on \\n before quoting. Minimal repro:\n\n"
    '    rows = [{"notes": "a\\nb"}]\n    export(rows)  # writes 0 rows\n\nFix incoming.'
)

PASTES_TABLE = [
    Paste(
        "youtube.txt",
        "youtube",
        [
            (
                1,
                "Parts list: two 6BA6 tubes, one 12AV6, a 35W4 rectifier and a lot of patience.\n"
                "Capacitors were all replaced, the originals had dried out.",
            ),
            (
                2,
                "The moment at 14:32 when the dial lights up gave me chills.\n"
                "My grandfather had the same model on his workbench and I never knew what it was called.",
            ),
            (2, ORRIN_FULL),
            (2, "Reply to this if you agree the alignment section deserves its own video."),
            (
                1,
                "Here is the formula I used for the padder:\n\n    C = 1 / (4 * pi^2 * f^2 * L)\n\n"
                "works out close enough.",
            ),
            (1, "Subscribed after the tube tester segment. More of this please!"),
        ],
        "14 page lines before the comments, 22 chrome lines, 1 deleted or collapsed comment",
    ),
    Paste(
        "reddit.txt",
        "reddit",
        [
            (
                2,
                "Room temperature is the likely culprit. Above 24°C the cabbage softens before the lactobacilli "
                "take over.\n\nTry a cooler spot, 18 to 20°C, and give it three weeks.",
            ),
            (1, "It was sitting next to the oven, so that fits."),
            (
                2,
                "Two things nobody mentions: core the cabbage properly, and don't use iodized salt.\n"
                "Share your salt brand and I can tell you if it has anti-caking agents.",
            ),
            (1, "Soft kraut is still safe to eat, it just isn't as nice."),
            (1, "Upvote the comment above, it saved my last batch."),
        ],
        "24 page lines before the comments, 56 chrome lines, 1 deleted or collapsed comment, 1 ad",
    ),
    Paste(
        "old-reddit.txt",
        "old-reddit",
        [
            (
                2,
                "Same here. The trick is to check the BIOS for a hidden option to boot from USB, most of them have it.",
            ),
            (1, "Good tip, thanks. Mine needed a firmware update first."),
            (
                # Old Reddit copies a list's items indented by four spaces (seen in real copies): the
                # indentation is the page's.
                1,
                "Power draw is the real win:\n\nidle: 6 W each\nload: 14 W each\n\n"
                "Compare that with a rack server idling at 120 W.",
            ),
            (1, "Report back after a month, I'm curious how the eMMC storage holds up."),
        ],
        "15 page lines before the comments, 12 chrome lines, 2 deleted or collapsed comments",
    ),
    Paste(
        "hacker-news.txt",
        "hacker-news",
        [
            (2, "This is delightful. How do you handle line wrapping in 512 bytes?"),
            (
                1,
                "It doesn't wrap at all, long lines just scroll. The key loop is:\n\n  mov ah, 0\n  int 16h\n\n"
                "and everything else hangs off that.",
            ),
            (1, "Ropes would not fit, but a gap buffer might if you drop the status line."),
            (1, "Reply to the parent comment: I tried it on real hardware and it boots on a 2009 netbook."),
        ],
        "4 page lines before the comments, 7 chrome lines, 1 deleted or collapsed comment",
    ),
    Paste(
        "substack.txt",
        "substack",
        [
            (2, DANA_CUT + " Toast first, cool, then grind just what you need for the week."),
            (2, "Which mortar do you use? Granite or marble?\n\nMine is marble and it stains."),
            (1, "Share the cardamom trick from the podcast too, please."),
        ],
        "13 page lines before the comments, 29 chrome lines",
    ),
    Paste(
        "disqus.txt",
        "disqus",
        [
            (2, "The bridge photo in the second section is actually the old crossing, the new one opened in 2019."),
            (1, "Thanks, fixed. The caption now says which crossing it is."),
            (1, "Share this with the council, they keep saying nobody uses the ferry."),
            (1, "Grew up two streets from the landing.\nThe ferry horn at 6 a.m. was our alarm clock for years."),
        ],
        "7 page lines before the comments, 16 chrome lines, 1 deleted or collapsed comment",
    ),
    Paste(
        "facebook.txt",
        "facebook",
        [
            (2, "Same thing happened at our branch last week, the old keys stopped working overnight."),
            (
                2,
                "Do we still get the compost bins at the back? Last year they were taken away in March and never "
                "came back, and half the beds went without for the whole summer. If the committee needs volunteers "
                "to move them, count me in.",
            ),
            (1, "Reply here if you need a spare padlock, I have three."),
        ],
        "12 page lines before the comments, 8 chrome lines, 1 page line after the comments",
    ),
    Paste(
        "x.txt",
        "x",
        [
            (2, "That chart is missing 2019 entirely."),
            (1, "Would love the same for the night routes.\nAny chance of a CSV?"),
            (
                1,
                "Post your reply if you rode it during the strike, I want to compare notes. The summer of the "
                "strike the ferry was the only way across and the queues went all the way up the hill past the "
                "market, which nobody who was there will forget",
            ),
        ],
        "15 page lines before the comments, 17 chrome lines, 1 ad",
    ),
    Paste(
        "instagram.txt",
        "instagram",
        [
            (2, "The way the blue breaks over the edges is unreal. Which clay body is this?"),
            (1, "Reply if you sell these, I want the bowl in the third photo"),
            (1, "ok but the speckles 😍"),
            (1, "@mirela.pots a buff stoneware with 10% grog."),
        ],
        "3 page lines before the comments, 16 chrome lines, 1 page line after the comments",
    ),
    Paste(
        "linkedin.txt",
        "linkedin",
        [
            (
                2,
                "Caching the dependency layer alone gave us half of that. The rest was splitting the integration "
                "suite by ownership, so that each team only waits for its own tests and the shared ones run nightly "
                "instead of on every merge to main.",
            ),
            (1, "Reply to this thread if you tried test impact analysis, I'd like to compare notes."),
            (1, "Thanks Priya, yes, we use it on the monorepo only."),
        ],
        "12 page lines before the comments, 19 chrome lines",
    ),
    Paste(
        "github.txt",
        "github",
        [
            # The issue's own description ("pellucid opened this issue") is the post, not a comment.
            (2, GH_REPRO),
            (1, "Reply with your OS if you still see this after 2.4.1, please."),
            (1, "Works for me now, thanks!"),
        ],
        "12 page lines before the comments, 9 chrome lines, 1 page line after the comments",
    ),
    Paste(
        "quora.txt",
        "quora",
        [
            (
                2,
                "Yes. Feed it, let it rise for two hours, then freeze it in a small jar with room at the top.\n"
                "It comes back in two or three feeds after thawing in the fridge.",
            ),
            (
                1,
                "Freezing works, but drying is easier: spread a thin layer on baking paper and crumble it when it "
                "is dry.",
            ),
            (
                1,
                "The yeast survives freezing better than the bacteria, so expect a sour but slow starter for the "
                "first week. I keep one jar in the freezer as a backup and have revived it after eight months. The "
                "trick is patience: do not throw it out after two flat feeds.",
            ),
            (
                1,
                "Reply to this if your starter smelled of nail varnish after thawing, mine did and it was fine "
                "after a week.",
            ),
        ],
        "4 page lines before the comments, 14 chrome lines, 18 page lines after the comments",
    ),
    Paste(
        "coral.txt",
        "coral",
        [
            (2, "The council vote was 5-4, not unanimous, as the second paragraph says."),
            (1, "Right, and the minutes are online if anyone wants to check.\n\nPage 14, item 6."),
            (1, "Report back after the first week, I'd like to know if the 6:40 actually runs on time."),
        ],
        "10 page lines before the comments, 21 chrome lines, 1 deleted or collapsed comment",
    ),
    Paste(
        "discord.txt",
        "discord",
        [
            (1, "what does the replace directive look like in your go.mod?"),
            (2, "yep exactly"),
            (2, GO_ERROR),
            (1, "reply with the output of go env GOFLAGS"),
            (1, "same issue here, fixed it by running go mod tidy inside ../ffi/go first"),
        ],
        "2 page lines before the comments, 2 chrome lines",
    ),
    Paste(
        "slack.txt",
        "slack",
        [
            (2, "Morning all! Quick look at the launch doc before standup?"),
            (2, "The part I'm missing is customer validation"),
            (1, "I can take customer validation, will draft it today"),
            (1, "Reply in thread if you want a slot in the demo"),
        ],
        "2 page lines before the comments, 8 chrome lines, 1 deleted or collapsed comment",
    ),
]
IDS = [paste.platform for paste in PASTES_TABLE]


def read_thread(path: Path | str, options: ReadOptions | None = None) -> tuple[Thread, ReadReport]:
    report = ReadReport()
    groups = group_entries(read_entries([str(path)], options, report=report))
    return [(group.count, group.text) for group in groups], report


def jsonl_thread(stdout: str) -> Thread:
    return [(record["count"], record["text"]) for record in map(json.loads, stdout.splitlines())]


def test_every_platform_has_a_fixture() -> None:
    """Each platform --platform accepts is covered by a pasted section below or by one in ``fixtures/layouts``."""
    layouts = {json.loads(path.read_text(encoding="utf-8"))["layout"] for path in LAYOUTS.glob("*.expected.json")}
    assert set(NAMES) <= set(IDS) | layouts


@pytest.mark.parametrize("paste", PASTES_TABLE, ids=IDS)
def test_library_reads_the_thread(paste: Paste) -> None:
    """read_entries + group_entries give the commenters' thread, in order, with repeat counts."""
    thread, report = read_thread(PASTES / paste.file)
    assert thread == paste.thread
    assert report.layouts == {str(PASTES / paste.file): paste.platform}


@pytest.mark.parametrize("paste", PASTES_TABLE, ids=IDS)
def test_command_reads_the_thread_and_says_how(paste: Paste) -> None:
    """With no flags the command detects the site, prints the thread and tells what it dropped."""
    path = str(PASTES / paste.file)
    outcome = run_cli([path, "--format", "jsonl"])
    assert outcome.code == 0
    assert jsonl_thread(outcome.stdout) == paste.thread
    label = BY_NAME[paste.platform].label
    assert outcome.stderr == (
        f"comment-dedup: read {path} as {label}\ncomment-dedup: dropped (not comments): {paste.dropped}\n"
    )


@pytest.mark.parametrize("paste", PASTES_TABLE, ids=IDS)
def test_detection_picks_the_platform(paste: Paste) -> None:
    """Detection names the site each fixture was copied from."""
    sample = (PASTES / paste.file).read_text(encoding="utf-8").splitlines()
    found = detect(sample)
    assert found is not None and found.name == paste.platform


def test_plain_dump_is_no_platform() -> None:
    """A one-comment-per-line dump is read as lines, and nothing is said about a site."""
    sample = (SAMPLES / "article-comments.txt").read_text(encoding="utf-8").splitlines()
    assert detect(sample) is None
    assert choose(sample, ReadOptions()) is None
    outcome = run_cli([str(SAMPLES / "article-comments.txt"), "--format", "plain"])
    assert outcome.code == 0
    assert outcome.stderr == ""
    assert len(outcome.stdout.splitlines()) == 11


YOUTUBE_ONE = "@solo.viewer\n2 days ago\nFirst!\n3\nReply\n"


def test_platform_option_forces_the_reading() -> None:
    """One comment is too little to detect a site; --platform reads it as that site anyway."""
    assert run_cli(["--format", "plain"], YOUTUBE_ONE).stdout.count("\n") == 5
    forced = run_cli(["--platform", "youtube", "--format", "jsonl"], YOUTUBE_ONE)
    assert forced.code == 0
    assert jsonl_thread(forced.stdout) == [(1, "First!")]
    assert forced.stderr == (
        "comment-dedup: read standard input as a YouTube comment section\n"
        "comment-dedup: dropped (not comments): 2 chrome lines\n"
    )


def test_platform_option_overrides_detection() -> None:
    """--platform wins over what detection would pick."""
    outcome = run_cli([str(PASTES / "hacker-news.txt"), "--platform", "reddit", "--format", "jsonl"])
    assert outcome.code == 0
    assert "as a Reddit comment section" in outcome.stderr


def test_unknown_platform_is_a_usage_error() -> None:
    """A --platform name the tool does not know exits 2 with click's usage message."""
    outcome = run_cli(["--platform", "myspace"], YOUTUBE_ONE)
    assert outcome.code == 2
    assert outcome.stdout == ""
    assert "Invalid value for '--platform': 'myspace' is not one of 'youtube'" in outcome.stderr


def test_library_refuses_an_unknown_platform() -> None:
    """ReadOptions(platform=...) with a name no page has raises the library's option error."""
    with pytest.raises(OptionError, match="unknown platform 'myspace'"):
        list(read_entries([str(PASTES / "youtube.txt")], ReadOptions(platform="myspace")))


def test_a_deleted_message_after_a_message_is_counted_not_kept() -> None:
    """A deletion marker after a chat message stands for another comment: it is not that message's text."""
    dump = "alice — Today at 9:15 AM\nmorning!\nThis message was deleted.\nbob — Today at 9:16 AM\nhi\n"
    outcome = run_cli(["--platform", "discord", "--format", "jsonl"], dump)
    assert jsonl_thread(outcome.stdout) == [(1, "morning!"), (1, "hi")]
    assert outcome.stderr.endswith("dropped (not comments): 1 deleted or collapsed comment\n")


def test_split_line_keeps_the_plain_layout() -> None:
    """An explicit --split asks for a plain layout, so no site is detected."""
    outcome = run_cli([str(PASTES / "youtube.txt"), "--split", "line", "--format", "plain"])
    assert "read " not in outcome.stderr
    assert any(line.split(None, 1)[1] == "Reply" for line in outcome.stdout.splitlines())


# --- what an entry keeps -------------------------------------------------------


def test_entries_keep_author_and_time() -> None:
    """Author and time become metadata, not text."""
    entries = list(read_entries([str(PASTES / "youtube.txt")]))
    assert [(e.author, e.time, e.line) for e in entries[:3]] == [
        ("@TinkerlineWorkshop", "3 weeks ago", 17),
        ("@juniper.vale", "2 weeks ago (edited)", 24),
        ("@orrin_b", "3 weeks ago", 30),
    ]
    slack = list(read_entries([str(PASTES / "slack.txt")]))
    assert [(e.author, e.time) for e in slack[:3]] == [
        ("Priya N", "3:13 PM"),
        ("Priya N", "3:14"),
        ("Dmitri Okoye", "3:20 PM"),
    ]


@pytest.mark.parametrize("paste", PASTES_TABLE, ids=IDS)
def test_an_entry_starts_at_the_line_where_its_text_starts(paste: Paste) -> None:
    """Every entry's line number points at the first line of its text in the paste."""
    lines = (PASTES / paste.file).read_text(encoding="utf-8").splitlines()
    for entry in read_entries([str(PASTES / paste.file)]):
        assert entry.author
        assert lines[entry.line - 1].strip().startswith(entry.text.splitlines()[0].strip()[:20])


def test_a_paste_saved_on_windows_reads_the_same(write_dump: WriteDump) -> None:
    """CRLF line ends, a BOM, no-break and narrow spaces, and zero-width spaces change nothing."""
    paste = next(p for p in PASTES_TABLE if p.platform == "facebook")
    text = (PASTES / paste.file).read_text(encoding="utf-8")
    text = text.replace("6:00 PM", "6:00\u202fPM").replace("Like · Reply", "Like\u00a0·\u00a0Reply")
    text = text.replace("Top fan", "Top fan\u200b")
    path = write_dump(("\ufeff" + text.replace("\n", "\r\n")).encode("utf-8"))
    thread, report = read_thread(path)
    assert thread == paste.thread
    assert report.layouts == {path: "facebook"}


def test_a_cut_off_copy_is_marked_and_loses_its_marker() -> None:
    """ "Read more" after a comment marks it truncated and is not part of its text."""
    entries = list(read_entries([str(PASTES / "youtube.txt")]))
    cut = [e for e in entries if e.truncated]
    assert [e.text for e in cut] == [ORRIN_CUT + "."]


CUT_AND_FULL = f"""\
@orrin_b
3 weeks ago
{ORRIN_CUT}…
Read more
88
Reply
@orrin_b
3 weeks ago
{ORRIN_FULL}
Show less
88
Reply
"""


def test_cut_off_and_full_copies_are_one_comment_showing_the_full_text() -> None:
    """The same comment once cut off and once in full is one group of 2 that shows the full text."""
    outcome = run_cli(["--platform", "youtube", "--format", "jsonl"], CUT_AND_FULL)
    records = [json.loads(line) for line in outcome.stdout.splitlines()]
    assert [(r["count"], r["text"]) for r in records] == [(2, ORRIN_FULL)]
    assert [m["match"] for m in records[0]["members"]] == ["first", MatchRule.TRUNCATED.value]


def test_only_a_copy_marked_cut_off_matches_by_prefix(write_dump: WriteDump) -> None:
    """A comment that merely starts like a longer one is a different comment."""
    dump = CUT_AND_FULL.replace("…\nRead more\n", "\n")
    thread, _ = read_thread(write_dump(dump), ReadOptions(platform="youtube"))
    assert thread == [(1, ORRIN_CUT), (1, ORRIN_FULL)]


def test_see_more_at_the_end_of_a_line_marks_a_cut() -> None:
    """LinkedIn's "…see more" glued to the text is removed and marks the copy truncated."""
    entries = list(read_entries([str(PASTES / "linkedin.txt")]))
    assert entries[0].truncated and entries[0].text.endswith("instead of on every")
    assert not entries[-1].truncated


def test_chrome_words_inside_a_comment_are_kept() -> None:
    """Whole-line chrome words ("Reply", "Share", "Upvote") stay when they are part of a sentence."""
    texts = [text for paste in PASTES_TABLE for _, text in paste.thread]
    for sentence in (
        "Reply to this if you agree the alignment section deserves its own video.",
        "Upvote the comment above, it saved my last batch.",
        "Share this with the council, they keep saying nobody uses the ferry.",
        "Reply here if you need a spare padlock, I have three.",
        "reply with the output of go env GOFLAGS",
    ):
        assert sentence in texts


# --- reading stays a stream ----------------------------------------------------


def test_the_splitter_reads_lazily() -> None:
    """Comments come out while the paste is still being read: only one comment is held."""
    pulled = 0

    def endless_paste() -> Iterator[tuple[int, str]]:
        nonlocal pulled
        for number in itertools.count():
            for line in (f"@viewer{number}", "2 days ago", f"comment number {number}", "3", "Reply"):
                pulled += 1
                yield pulled, line

    blocks = split(BY_NAME["youtube"], endless_paste(), ReadReport())
    first = list(itertools.islice(blocks, 3))
    assert [block.text for block in first] == ["comment number 0", "comment number 1", "comment number 2"]
    assert pulled <= 4 * 5 + BY_NAME["youtube"].height


def test_a_long_footer_is_not_held() -> None:
    """Lines after a comment's action row are let go as they come: memory does not grow with them."""

    def paste(footer_lines: int) -> Iterator[tuple[int, str]]:
        yield from enumerate(["@a.b", "2 days ago", "hello", "Reply"], start=1)
        for number in range(footer_lines):
            yield number + 5, f"footer line {number} " + "x" * 200

    peaks = []
    for footer_lines in (2_000, 50_000):
        report = ReadReport()
        tracemalloc.start()
        blocks = [block.text for block in split(BY_NAME["youtube"], paste(footer_lines), report)]
        peaks.append(tracemalloc.get_traced_memory()[1])
        tracemalloc.stop()
        assert blocks == ["hello"]
        assert report.dropped == {"chrome lines": 1, "page lines after the comments": footer_lines}
    assert peaks[1] < 2 * peaks[0]


LONG = 200_000
CRAFTED_LINES = [
    "[–]a 1 points " * (LONG // 14),
    "@" + "a" * LONG,
    "Like · Reply · " * (LONG // 15),
    "x replied · 1 " * (LONG // 14),
    ":+1:" * (LONG // 4),
    "1,234" * (LONG // 5),
    "a" + " " * LONG + "x more",
    "a" + " " * LONG + "…",
    "a" + " " * LONG + "(edited)",
    "a" + "\t" * LONG + "b… see more",
]


@pytest.mark.parametrize("name", NAMES)
def test_long_crafted_lines_read_in_one_pass(name: str) -> None:
    """Lines of hundreds of thousands of characters that nearly look like chrome are read as text."""
    dump = list(itertools.chain.from_iterable(wrap(name, "aaa_bbb", [line]) for line in CRAFTED_LINES))
    blocks = list(split(BY_NAME[name], enumerate(dump, start=1), ReadReport()))
    if BY_NAME[name].one_line:
        # A one-line comment is a few hundred characters at most: such lines are the page's.
        assert blocks == []
        return
    assert len(blocks) == len(CRAFTED_LINES)
    assert blocks[-1].truncated and blocks[-1].text.endswith("b")


# --- properties ----------------------------------------------------------------

# Words that pages use as controls, mixed into ordinary sentences.
VOCABULARY = [
    "reply", "Reply", "share", "Share", "like", "Like", "more", "read", "Read", "see", "show", "less", "upvote",
    "Vote", "award", "report", "edited", "comment", "view", "replies", "points", "ago", "the", "this", "if",
    "you", "agree", "great", "point", "thanks", "article", "load", "translation", "expand", "full", "•", "·",
]  # fmt: skip
SENTENCE = st.lists(st.sampled_from(VOCABULARY), min_size=2, max_size=9).map(" ".join)


@settings(max_examples=80, deadline=None)
@given(st.lists(st.one_of(SENTENCE, SENTENCE, SENTENCE, st.just("")), min_size=1, max_size=40))
def test_a_dump_without_platform_markers_loses_no_line(dump: list[str]) -> None:
    """Plain text full of chrome-like words is no platform's copy, and every line survives (but for a
    row of controls copied onto its very end, "Like · Reply")."""
    from comment_dedup.read.choose import choose_splitter
    from comment_dedup.read.pastes.inline_chrome import strip_line_end

    layout, splitter, lines = choose_splitter(iter(enumerate(dump, start=1)), ReadOptions())
    assert layout not in NAMES
    texts = [block.text for block in splitter(lines, ReadReport())]
    for line in dump:
        if line.strip():
            assert any(strip_line_end(line.strip()).strip() in text for text in texts)


def wrap(name: str, author: str, body: list[str]) -> list[str]:
    """One comment as ``name``'s page would show it when copied."""
    shown = author.replace("_", " ").title()
    pages = {
        "youtube": [f"@{author}", "2 days ago", *body, "12", "Reply"],
        "reddit": [f"u/{author} avatar", author, "•", "3h ago", *body, "", "Upvote", "5", "", "Downvote", "",
                   "Reply", "", "Award", "", "Share", ""],
        "old-reddit": [f"[–]{author} 5 points 2 hours ago", *body, "    permalinkembedsavereportreply"],
        "hacker-news": [f"{author} 2 hours ago | parent | next [–]", *body, "reply", "\t"],
        "substack": [f"{shown}'s avatar", shown, "Nov 2", *body, "Like (3)", "Reply", "Share"],
        "disqus": [shown, "• 2 years ago", *body, "4", "Reply", "Share ›"],
        "facebook": [shown, *body, "2h", "Like", "Reply"],
        "x": [shown, f"@{author}", "·", "3h", *body, "1", "2"],
        "instagram": [author, "2d", *body, "3 likes", "Reply"],
        "linkedin": [shown, shown, "• 2nd", "Engineer at Somewhere", "3d", *body, "Like", "·", "4", "Reply"],
        "github": [f"@{author}", f"{author} commented on May 2, 2021", *body, "👍 1"],
        "coral": [author, "3 hours ago", *body, "Reply", "Respect 2", "Share", "Report"],
        "quora": [shown, ", Engineer at Somewhere", "Answered 2 years ago", *body, "1.2K views", "View upvotes"],
        "discord": [f"{author} — Today at 9:15 AM", *body],
        "slack": [shown, "  3:13 PM", *body],
        "discourse": [author, "Jan 2025", *body, ""],
        # A Stack Overflow comment is one line that ends with its signature.
        "stack-overflow": [f"{' '.join(body)} – {shown} Mar 2 '17 at 9:41", "add a comment"],
    }  # fmt: skip
    return pages[name]


# The last line a page shows above its comments.
PREAMBLE = {
    "youtube": "Add a comment…", "reddit": "Comments Section", "old-reddit": "sorted by: best",
    "hacker-news": "add comment", "substack": "Write a comment…", "disqus": "Join the discussion…",
    "facebook": "Most relevant", "x": "Post your reply", "instagram": "Add a comment…", "linkedin": "Most relevant",
    "github": "Comments", "coral": "All Comments", "discord": "# general", "slack": "Today", "quora": "Best",
    "stack-overflow": "2 Answers", "discourse": "Log In",
}  # fmt: skip
AUTHOR = st.from_regex(r"[a-z]{3,7}_[a-z]{3,7}", fullmatch=True)  # X handles have at most 15 characters


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(NAMES),
    st.lists(st.tuples(AUTHOR, st.lists(SENTENCE, min_size=1, max_size=3)), min_size=2, max_size=6),
)
def test_chrome_stripping_keeps_every_line_of_text(name: str, comments: list[tuple[str, list[str]]]) -> None:
    """Whatever the commenters wrote (no line of it a chrome line by itself) comes out whole."""
    platform = BY_NAME[name]
    comments = [(author, [line for line in body if not is_chrome_line(name, line)]) for author, body in comments]
    comments = [(author, body) for author, body in comments if body]
    dump = [PREAMBLE[name], *itertools.chain.from_iterable(wrap(name, author, body) for author, body in comments)]
    blocks = list(split(platform, enumerate(dump, start=1), ReadReport()))
    joiner = " " if platform.one_line else "\n"
    assert [block.text for block in blocks] == [joiner.join(body) for _, body in comments]


def is_chrome_line(name: str, line: str) -> bool:
    """Whether the platform's tables call this whole line chrome (such a line is not text)."""
    from comment_dedup.read.pastes.text import is_chrome

    return is_chrome(BY_NAME[name], line)


# --- variants of a page's layout -----------------------------------------------

VARIANTS = [
    pytest.param(
        "Comments Section\nu/a avatar\nalpha_one\n•\n3h ago\nFirst text here.\n12\nReply\nShare\n"
        "u/b avatar\nbeta_two\n•\n2h ago\nSecond text.\nVote\nReply\nShare\n"
        "[deleted]\n•\n1h ago\nComment deleted by user\nVote\nReply\n",
        [(1, "First text here."), (1, "Second text.")],
        "comment-dedup: read standard input as a Reddit comment section\n"
        "comment-dedup: dropped (not comments): 2 page lines before the comments, 9 chrome lines, "
        "1 deleted or collapsed comment\n",
        id="reddit without vote words, a deleted comment",
    ),
    pytest.param(
        "[–]alpha 3 points 2 hours ago\nhello there\npermalinkembedsavereportreply\n"
        "[–][deleted] 1 point 2 hours ago\n[deleted]\npermalinkembedsavereportreply\n"
        "[–]beta 3 points 2 hours ago\nhi again\npermalinkembedsaveparentreportreply\n",
        [(1, "hello there"), (1, "hi again")],
        "comment-dedup: read standard input as an old Reddit comment section\n"
        "comment-dedup: dropped (not comments): 3 chrome lines, 1 deleted or collapsed comment\n",
        id="old reddit deleted comment",
    ),
    pytest.param(
        "Add a comment…\n@maple.rook 3 years ago\nCame for the tutorial, stayed for the cat at 4:12\n"
        "Translate to English\n1.4K\nReply\n27 replies\n@ivo.tan\n2 years ago\n"
        "@maple.rook same, that cat deserves a raise\n12\nReply\nShow more replies\n",
        [(1, "Came for the tutorial, stayed for the cat at 4:12"), (1, "@maple.rook same, that cat deserves a raise")],
        "comment-dedup: read standard input as a YouTube comment section\n"
        "comment-dedup: dropped (not comments): 1 page line before the comments, 7 chrome lines\n",
        id="youtube age on the handle line",
    ),
    pytest.param(
        "alice — Today at 9:15 AM\nmorning!\nbob — Today at 9:16 AM\nmorning alice\nsee you at the standup (edited)\n",
        [(1, "morning!"), (1, "morning alice\nsee you at the standup")],
        "comment-dedup: read standard input as a Discord conversation\n",
        id="discord edited marker, nothing dropped",
    ),
]


VARIANTS += [
    pytest.param(
        "Comments\nPell Harrow\nAuthor\nNov 3\nThanks all!\nLike (2)\nReply\nShare\n"
        "Dana Orloff\nNov 2\nGreat piece.\nLike\nReply\nShare\n",
        [(1, "Thanks all!"), (1, "Great piece.")],
        "comment-dedup: read standard input as a Substack comment section\n"
        "comment-dedup: dropped (not comments): 1 page line before the comments, 6 chrome lines\n",
        id="substack author badge",
    ),
    pytest.param(
        "Deploy Bot\nAPP\n  3:13 PM\nDeployed v2.1 to staging\nPriya N\n  3:15 PM\nthanks bot\n",
        [(1, "Deployed v2.1 to staging"), (1, "thanks bot")],
        "comment-dedup: read standard input as a Slack conversation\n",
        id="slack app badge",
    ),
    pytest.param(
        "Post your reply\nKit Marlowe\n@kitmarlowe\n·\n12h\nReplying to\n@harbourlight\nand\n@rosapenn_\n"
        "That chart is missing 2019 entirely.\n2\nRosa Penn\n@rosapenn_\n·\n11h\nAgreed.\n",
        [(1, "That chart is missing 2019 entirely."), (1, "Agreed.")],
        "comment-dedup: read standard input as an X (Twitter) reply thread\n"
        "comment-dedup: dropped (not comments): 1 page line before the comments, 5 chrome lines\n",
        id="x replying to two people",
    ),
]


@pytest.mark.parametrize(("dump", "thread", "stderr"), VARIANTS)
def test_layout_variants(dump: str, thread: Thread, stderr: str) -> None:
    """Pages vary in small ways (a missing vote row, age beside the handle); each still reads right."""
    outcome = run_cli(["--format", "jsonl"], dump)
    assert outcome.code == 0
    assert jsonl_thread(outcome.stdout) == thread
    assert outcome.stderr == stderr
