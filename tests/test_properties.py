"""Invariants that hold for any dump: nothing lost, nothing counted twice, order kept."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from comment_dedup import Group, Grouper, dedupe, entries_from_texts, group_entries, normalize
from conftest import parse_plain, run_cli

# Comment-like lines: a few words from a small vocabulary so that repeats and
# near-repeats are common, plus case, punctuation, emoji and invisible characters.
WORDS = ["nice", "article", "great", "I", "don't", "agree", "2024", "10cm", "see", "more", "video", "🔥", "😂"]
DECORATION = st.sampled_from(["", "!", "!!!", ".", " …see more", "\u200b", "  ", "?"])
comment = st.builds(
    lambda words, upper, tail: (" ".join(words).upper() if upper else " ".join(words)) + tail,
    st.lists(st.sampled_from(WORDS), min_size=1, max_size=14),
    st.booleans(),
    DECORATION,
)
dumps = st.lists(comment, max_size=40)
SETTINGS = settings(max_examples=150, deadline=None)


def member_indexes(groups: list[Group]) -> list[int]:
    return [member.index for group in groups for member in group.members]


def member_partition(groups: list[Group]) -> list[list[int]]:
    """Which entries (by index) each group holds."""
    return [[member.index for member in group.members] for group in groups]


@SETTINGS
@given(dumps, st.sampled_from([0, 50, 90, 100]))
def test_every_entry_is_in_exactly_one_group(texts: list[str], threshold: int) -> None:
    """Counts sum to the entries, and every entry is in exactly one group."""
    groups = dedupe(texts, threshold=threshold)
    assert sum(group.count for group in groups) == len(texts)
    assert sorted(member_indexes(groups)) == list(range(len(texts)))


@SETTINGS
@given(dumps)
def test_groups_come_in_first_seen_order_and_members_in_input_order(texts: list[str]) -> None:
    """Groups come in the order their first occurrence appeared; members in input order."""
    groups = dedupe(texts)
    firsts = [group.first_index for group in groups]
    assert firsts == sorted(firsts)
    for group in groups:
        indexes = [member.index for member in group.members]
        assert indexes == sorted(indexes)


@SETTINGS
@given(dumps)
def test_the_unique_output_is_its_own_unique_output(texts: list[str]) -> None:
    """Running on the unique output gives the same groups, each once."""
    once = [group.text for group in dedupe(texts)]
    again = dedupe(once)
    assert [group.text for group in again] == once
    assert all(group.count == 1 for group in again)


@SETTINGS
@given(dumps)
def test_exact_mode_is_exact_dedup_after_normalization(texts: list[str]) -> None:
    """--exact groups exactly the texts that are equal after normalizing."""
    groups = dedupe(texts, exact=True)
    by_key: dict[str, list[int]] = {}
    for index, text in enumerate(texts):
        by_key.setdefault(normalize(text.strip()), []).append(index)
    assert [[member.index for member in group.members] for group in groups] == list(by_key.values())


@SETTINGS
@given(dumps)
def test_threshold_100_equals_exact_mode(texts: list[str]) -> None:
    """A threshold of 100 asks for identical normalized text: the same partition as --exact."""
    assert member_partition(dedupe(texts, threshold=100)) == member_partition(dedupe(texts, exact=True))


# Groups every dump given on stdin (a JSON list of lists of texts) and prints the groups as JSON.
GROUP_DUMPS = """
import json, sys
from comment_dedup import dedupe
found = [[[group.count, group.text, [m.index for m in group.members]] for group in dedupe(texts)]
         for texts in json.load(sys.stdin)]
print(json.dumps(found))
"""


@settings(max_examples=8, deadline=None)
@given(st.lists(dumps, min_size=5, max_size=20))
def test_same_input_same_output_whatever_the_hash_seed(batch: list[list[str]]) -> None:
    """Two processes with differently salted str hashes group every dump the same way."""
    outputs = {
        subprocess.run(
            [sys.executable, "-c", GROUP_DUMPS],
            input=json.dumps(batch),
            capture_output=True,
            text=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
            check=True,
        ).stdout
        for seed in ("1", "4242")
    }
    assert len(outputs) == 1


# Lines that normalization leaves alone (lower-case ASCII words, single spaces),
# so that exact dedup must agree with sort | uniq -c.
plain_line = st.lists(st.sampled_from(["alpha", "beta", "gamma", "delta"]), min_size=1, max_size=4).map(" ".join)


@settings(max_examples=40, deadline=None)
@given(st.lists(plain_line, min_size=1, max_size=60))
def test_exact_mode_agrees_with_sort_uniq_c(lines: list[str]) -> None:
    """On text normalizing leaves alone, --exact counts what sort | uniq -c counts."""
    dump = "".join(f"{line}\n" for line in lines)
    ours = Counter(dict((text, count) for count, text in parse_plain(run_cli(["--exact"], stdin=dump).stdout)))
    sorted_uniq = subprocess.run(["sh", "-c", "sort | uniq -c"], input=dump, capture_output=True, text=True, check=True)
    theirs = Counter(dict((text, count) for count, text in parse_plain(sorted_uniq.stdout)))
    assert ours == theirs


@SETTINGS
@given(dumps)
def test_finishing_gives_the_groups_so_far_and_empties_the_grouper(texts: list[str]) -> None:
    """finish() gives the groups groups() gave, and leaves the grouper empty."""
    grouper = Grouper().add_all(entries_from_texts(texts))
    so_far = grouper.groups()
    assert grouper.finish() == so_far
    assert grouper.groups() == []


# An undecodable byte arrives from the reader as a lone surrogate.
UNUSUAL_TAIL = st.sampled_from(["", " \udcff", " caf\u00e9"])


@SETTINGS
@given(st.lists(st.builds(lambda text, tail: text + tail, comment, UNUSUAL_TAIL), max_size=40))
def test_every_member_keeps_its_text_as_written(texts: list[str]) -> None:
    # Texts are kept compactly while grouping (non-ASCII ones as UTF-8, bytes
    # that did not decode as lone surrogates); each comes back as written.
    """Every member gives back its text as written, through the compact storage."""
    entries = list(entries_from_texts(texts))
    for group in group_entries(entries):
        for member in group.members:
            assert (member.text or group.text) == entries[member.index].text
