"""The json and jsonl formats: a group as a JSON object, its members with where and how they matched."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any

from ..model import Group, Member
from .escape import json_text


def member_record(member: Member) -> dict[str, Any]:
    """A member as JSON: where it was and how it matched; optional fields only when known."""
    record: dict[str, Any] = {
        "index": member.index,
        "line": member.line,
        "source": member.source,
        "match": member.rule.value,
    }
    optional = {"score": member.score, "text": member.text, "author": member.author}
    optional.update(parent=member.parent, id=member.id)
    record.update((name, value) for name, value in optional.items() if value is not None)
    return record


def group_record(group: Group) -> dict[str, Any]:
    """A group as JSON."""
    record: dict[str, Any] = {"count": group.count, "text": group.text}
    if group.authors:
        record["authors"] = group.authors
    record["members"] = [member_record(member) for member in group.members]
    return record


GroupRecord = Callable[[Group], dict[str, Any]]


def json_chunks(groups: Iterable[Group], record: GroupRecord = group_record) -> Iterator[str]:
    """One JSON array, written a group at a time so that nothing big is built."""
    yield "["
    for number, group in enumerate(groups):
        yield ("," if number else "") + "\n" + json_text(record(group))
    yield "\n]\n"


def jsonl_lines(groups: Iterable[Group], record: GroupRecord = group_record) -> Iterator[str]:
    """One JSON object per group per line."""
    for group in groups:
        yield json_text(record(group)) + "\n"
