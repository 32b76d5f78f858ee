"""The plain format, ``uniq -c``'s layout: one group per line, its count, then its text."""

from __future__ import annotations

from ..model import Group, Member
from .escape import escape_plain, escape_record


def plain_line(group: Group) -> str:
    """``uniq -c``'s layout: the count right-aligned in 7 columns, a space, the text.

    When the input names who posted, ``[N authors]`` and a space come before
    the text, so the count stays the first field and the text follows a tag.
    """
    known = group.authors
    authors = f"[{known} author{'' if known == 1 else 's'}] " if known else ""
    return f"{group.count:>7} {authors}{escape_plain(group.text)}\n"


def plain_record(group: Group) -> str:
    """``uniq -cz``'s layout: as ``plain_line`` but ended by NUL, so line breaks are written as they are."""
    return f"{group.count:>7} {escape_record(group.text)}\0"


def rule_label(member: Member) -> str:
    """``fuzzy 93.5``: the rule that put a member in its group, with its score when it has one."""
    return member.rule.value if member.score is None else f"{member.rule.value} {member.score:.1f}"


def summary(groups: list[Group], entries: int) -> str:
    """One line: comments read, unique comments, and how many of them repeat."""
    repeated = sum(1 for group in groups if group.count > 1)
    noun = "comment" if entries == 1 else "comments"
    return f"{entries} {noun} read: {len(groups)} unique, {repeated} repeated"
