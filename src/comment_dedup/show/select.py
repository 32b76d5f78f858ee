"""Which groups to show, as ``uniq -d``, ``-u`` and ``sort`` would choose them."""

from __future__ import annotations

from collections.abc import Iterable

from ..model import Group

#: The orders a thread is shown in: as it came (first seen), or most repeated first.
ORDERS = ("first", "count")


def select_groups(
    groups: Iterable[Group], *, repeated: bool = False, unique: bool = False, by_count: bool = False, min_count: int = 1
) -> list[Group]:
    """The groups seen at least ``min_count`` times, only the ``repeated`` or only the ``unique`` ones,
    in thread order or most repeated first (``by_count``; ties keep their thread order)."""
    chosen = [group for group in groups if group.count >= min_count]
    if repeated:
        chosen = [group for group in chosen if group.count > 1]
    if unique:
        chosen = [group for group in chosen if group.count == 1]
    if by_count:
        # sorted() is stable, so equal counts keep their first-seen order.
        chosen = sorted(chosen, key=lambda group: -group.count)
    return chosen
