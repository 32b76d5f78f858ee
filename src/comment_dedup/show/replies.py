"""Who replied to whom among the groups shown: the shape of the terminal view's reply tree.

Nothing here needs rich.  A reply chain may be thousands deep (a scripted
flood, or a long back-and-forth); past :data:`MAX_DEPTH` levels a tree would
leave no width for the text, so deeper replies are drawn at that level, under
their nearest ancestor there, in thread order, as sites fold a long chain.
"""

from __future__ import annotations

from ..model import Group

#: Reply levels drawn below a top-level comment.
MAX_DEPTH = 6


def reply_parents(groups: list[Group]) -> dict[int, int]:
    """For each group (by position) that replies to another shown group, that group's position.

    A group replies to the group holding the parent id of its first member.
    The parent must start earlier in the thread: a reply follows what it
    answers, and merged groups could otherwise point at each other in a loop.
    """
    owner = {member.id: pos for pos, group in enumerate(groups) for member in group.members if member.id is not None}
    parents: dict[int, int] = {}
    for pos, group in enumerate(groups):
        replied_to = group.members[0].parent
        parent = owner.get(replied_to) if replied_to is not None else None
        if parent is not None and groups[parent].first_index < group.first_index:
            parents[pos] = parent
    return parents


def folded_parents(groups: list[Group], parents: dict[int, int]) -> dict[int, int]:
    """``parents``, with each reply deeper than :data:`MAX_DEPTH` hung under its ancestor one level up.

    Linear in the groups: a parent starts earlier in the thread, so taking
    groups in thread order finds each parent's depth before its replies'.
    """
    depth: dict[int, int] = {}
    # The ancestor (or the group itself) that a reply to this group hangs under.
    anchor: dict[int, int] = {}
    folded: dict[int, int] = {}
    for pos in sorted(range(len(groups)), key=lambda pos: groups[pos].first_index):
        parent = parents.get(pos)
        if parent is None:
            depth[pos], anchor[pos] = 0, pos
            continue
        depth[pos] = depth[parent] + 1
        folded[pos] = anchor[parent]
        anchor[pos] = pos if depth[pos] < MAX_DEPTH else anchor[parent]
    return folded


def top_level_runs(groups: list[Group], parents: dict[int, int], size: int) -> list[list[int]]:
    """Top-level groups (by position) in runs whose trees hold about ``size`` groups each.

    The terminal view prints a run at a time, so that a long thread shows as
    it is laid out instead of after all of it.
    """
    top: dict[int, int] = {}
    for pos in sorted(range(len(groups)), key=lambda pos: groups[pos].first_index):
        top[pos] = top[parents[pos]] if pos in parents else pos
    sizes = dict.fromkeys((pos for pos in range(len(groups)) if pos not in parents), 0)
    for root in top.values():
        sizes[root] += 1
    runs: list[list[int]] = [[]]
    held = 0
    for root, count in sizes.items():
        if held >= size:
            runs.append([])
            held = 0
        runs[-1].append(root)
        held += count
    return runs
