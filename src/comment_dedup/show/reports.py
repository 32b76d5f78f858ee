"""Plain-text and JSON forms of the explanation, borderline, statistics and lookup reports.

Plain text marks a word diff the way ``git diff --word-diff=plain`` does:
``[-deleted-]`` and ``{+inserted+}``, with line breaks and backslashes escaped
as in the plain thread, so each occurrence stays on one line.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from ..match.borderline import Pair
from ..match.explain import DiffKind, DiffOp, GroupExplanation, member_text
from ..match.lookup import Lookup
from ..match.stats import ThreadStats
from ..model import Group, Member
from .escape import escape_plain, escape_record
from .plain import plain_line, rule_label
from .records import group_record, member_record

#: Indent of the lines under a group in plain output: under the text, past the 7-column count.
INDENT = " " * 8


def marked_diff(diff: Iterable[DiffOp]) -> str:
    """A word diff on one line: ``[-deleted-]{+inserted+}``, the rest as it is."""
    pieces = []
    for op in diff:
        text = escape_plain(op.text)
        if op.kind is DiffKind.DELETE:
            text = f"[-{text}-]"
        elif op.kind is DiffKind.INSERT:
            text = f"{{+{text}+}}"
        pieces.append(text)
    return "".join(pieces)


def _place(member: Member) -> str:
    """``source:line``, the file name on one line (a name may hold a line break or an escape)."""
    return f"{escape_plain(member.source)}:{member.line}"


# --- explanations --------------------------------------------------------------


def plain_explanation(explanation: GroupExplanation) -> str:
    """The group's plain line, then a line per occurrence: place, rule and score, and its diff."""
    lines = [plain_line(explanation.group)]
    for item in explanation.members:
        line = f"{INDENT}{_place(item.member)}  {rule_label(item.member)}"
        if item.diff:
            line += "  " + marked_diff(item.diff)
        lines.append(line + "\n")
    return "".join(lines)


def explanation_record(explanation: GroupExplanation) -> dict[str, Any]:
    """The group's JSON object; each member also has its ``text`` and ``diff`` when it differs."""
    record = group_record(explanation.group)
    members = []
    for item in explanation.members:
        member = member_record(item.member)
        if item.diff:
            member["text"] = item.text
            member["diff"] = [{"op": op.kind.value, "text": op.text} for op in item.diff]
        members.append(member)
    record["members"] = members
    return record


# --- borderline pairs ----------------------------------------------------------


Side = tuple[Member, str]


def _members_at(groups: Sequence[Group], pairs: Iterable[Pair]) -> dict[int, Side]:
    """The occurrence (and its text) at each input position the pairs name, in one pass over the groups."""
    indexes = {pair.index for pair in pairs}
    return {
        member.index: (member, member_text(group, member))
        for group in groups
        for member in group.members
        if member.index in indexes
    }


def _pair_sides(pair: Pair, groups: Sequence[Group], members: dict[int, Side]) -> tuple[Side, Side]:
    """The comment (where it is, its text) and the group it was judged against (its first place, its text)."""
    leader = groups[pair.group].members[0]
    return members[pair.index], (leader, member_text(groups[pair.group], leader))


def plain_borderline(
    kept_apart: list[Pair], merged: list[Pair], groups: Sequence[Group], threshold: float
) -> Iterator[str]:
    """Both lists, each pair as its score, the comment and the group's first comment."""
    members = _members_at(groups, (*kept_apart, *merged))
    titles = (f"closest pairs kept apart (threshold {threshold:g}):", "weakest pairs merged:")
    for title, pairs, apart in zip(titles, (kept_apart, merged), (True, False), strict=True):
        yield title + "\n"
        if not pairs:
            yield "  (none)\n"
        for pair in pairs:
            (member, text), (leader, leader_text) = _pair_sides(pair, groups, members)
            yield f"{pair.score:7.1f}  {_place(member)}  {escape_plain(text)}\n"
            yield f"{INDENT} {_place(leader)}  {escape_plain(leader_text)}\n"
            if apart and pair.score >= threshold:
                yield f"{INDENT} (kept apart by a precision guard, or it joined a closer group)\n"


def borderline_record(
    kept_apart: list[Pair], merged: list[Pair], groups: Sequence[Group], threshold: float
) -> dict[str, Any]:
    """Both lists as one JSON object."""
    members = _members_at(groups, (*kept_apart, *merged))

    def pair_record(pair: Pair) -> dict[str, Any]:
        (member, text), (leader, leader_text) = _pair_sides(pair, groups, members)
        return {
            "score": pair.score,
            "comment": {"index": member.index, "source": member.source, "line": member.line, "text": text},
            "group": {"index": leader.index, "source": leader.source, "line": leader.line, "text": leader_text},
        }

    return {
        "threshold": threshold,
        "kept_apart": [pair_record(pair) for pair in kept_apart],
        "merged": [pair_record(pair) for pair in merged],
    }


# --- statistics ----------------------------------------------------------------


def stats_lines(stats: ThreadStats) -> Iterator[str]:
    """``name: value`` lines, one per count, in a fixed order."""
    yield f"comments read: {stats.comments}"
    yield f"unique groups: {stats.groups}"
    yield f"repeated groups: {stats.repeated_groups}"
    yield f"repeated comments: {stats.repeats}"
    yield f"repeat share: {stats.repeat_share:.1f}%"
    yield f"exact repeats: {stats.exact}"
    near = f"normalized {stats.normalized}, fuzzy {stats.fuzzy}, truncated {stats.truncated}"
    yield f"near repeats: {stats.near} ({near})"
    dropped = ", ".join(f"{count} {what}" for what, count in stats.dropped)
    yield f"dropped: {dropped or 'none'}"


# --- quote lookup --------------------------------------------------------------


def lookup_verdict(lookup: Lookup) -> str:
    """``found 2 times by 2 authors in 16 comments`` or ``not found in 16 comments``."""
    noun = "comment" if lookup.comments == 1 else "comments"
    where = f"in {lookup.comments} {noun}"
    if not lookup.found:
        return f"not found {where}"
    times = "1 time" if lookup.count == 1 else f"{lookup.count} times"
    if lookup.authors:
        times += " by 1 author" if lookup.authors == 1 else f" by {lookup.authors} authors"
    return f"found {times} {where}"


def plain_lookup(lookup: Lookup, *, zero_terminated: bool = False) -> Iterator[str]:
    """A line per occurrence, ``source:line: [rule] text``, then the verdict.

    With ``zero_terminated`` each ends with NUL and line breaks are written as they are, as ``grep -z`` does.
    """
    end = "\0" if zero_terminated else "\n"
    for found in lookup.occurrences:
        text = escape_record(found.text) if zero_terminated else escape_plain(found.text)
        yield f"{_place(found.member)}: [{rule_label(found.member)}] {text}{end}"
    yield lookup_verdict(lookup) + end


def lookup_record(lookup: Lookup) -> dict[str, Any]:
    """The lookup as one JSON object."""
    occurrences = []
    for found in lookup.occurrences:
        record = member_record(found.member)
        record["text"] = found.text
        occurrences.append(record)
    return {
        "quote": lookup.quote,
        "found": lookup.found,
        "count": lookup.count,
        "authors": lookup.authors,
        "comments": lookup.comments,
        "occurrences": occurrences,
    }
