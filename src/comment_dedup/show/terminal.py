"""The terminal view: each comment once, with a repeat badge, where it occurred and who posted it (rich).

The only module of the output, with :mod:`.progress`, that imports rich: the
machine formats never pay for it.  Comment text is made inert
(:func:`~.escape.make_inert`) before rich sees it, and never read as markup.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TextIO

from rich.console import Console
from rich.table import Table
from rich.text import Text
from rich.tree import Tree

from ..match.explain import DiffKind, DiffOp, GroupExplanation
from ..model import Group, Member
from .escape import make_inert
from .plain import rule_label

#: Locations listed under a comment in the terminal view before "and N more".
MAX_LOCATIONS = 8


def _source_label(source: str) -> str:
    return "stdin" if source == "-" else make_inert(source)


def _locations(members: Sequence[Member]) -> str:
    """Where a comment occurred: ``dump.txt lines 1, 10`` or ``a.txt:1, b.txt:4``."""
    sources = {member.source for member in members}
    if len(sources) == 1:
        # A one-line export (a JSON document) has every comment on line 1: say it once.
        lines = list(dict.fromkeys(member.line for member in members))
        places = [str(line) for line in lines[:MAX_LOCATIONS]]
        label = "line" if len(lines) == 1 else "lines"
        head = f"{_source_label(members[0].source)} {label} "
        more = len(lines) - MAX_LOCATIONS
    else:
        places = [f"{_source_label(m.source)}:{m.line}" for m in members[:MAX_LOCATIONS]]
        head = ""
        more = len(members) - MAX_LOCATIONS
    return head + ", ".join(places) + (f" and {more} more" if more > 0 else "")


def _authorship(group: Group) -> str:
    """`` · by NAME`` or `` · from N authors`` when the input names who posted; else nothing."""
    if group.authors == 1:
        name = next(member.author for member in group.members if member.author is not None)
        return f" · by {make_inert(name)}"
    return f" · from {group.authors} authors" if group.authors else ""


def _badge(group: Group) -> Text:
    if group.count > 1:
        return Text(f" x{group.count} ", style="bold black on yellow")
    return Text(" x1 ", style="dim")


def _comment_row(group: Group) -> Table:
    row = Table.grid(padding=(0, 1))
    row.add_column(justify="right", no_wrap=True)
    row.add_column(ratio=1, overflow="fold")
    row.add_row(_badge(group), _body(group))
    return row


def _body(group: Group) -> Text:
    body = Text(make_inert(group.text), style="bold" if group.count > 1 else "")
    body.append("\n" + _locations(group.members) + _authorship(group), style="dim")
    return body


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


def thread_tree(groups: list[Group], parents: dict[int, int]) -> Tree:
    """The unique thread as a tree of replies, each comment with its repeat badge."""
    root = Tree("", hide_root=True, guide_style="dim")
    nodes = [Tree(_comment_row(group)) for group in groups]
    for pos, node in enumerate(nodes):
        # Appended by position, not built top-down: with --sort count a reply can come first.
        (nodes[parents[pos]] if pos in parents else root).children.append(node)
    return root


def terminal_view(groups: Iterable[Group]) -> Table | Tree:
    """The unique thread: a tree of replies when the input says who replied to whom,
    else a rich table of a repeat badge, the comment and where it occurred."""
    groups = list(groups)
    parents = reply_parents(groups)
    if parents:
        return thread_tree(groups, parents)
    table = Table.grid(padding=(0, 1))
    table.add_column(justify="right", no_wrap=True)
    table.add_column(ratio=1, overflow="fold")
    for number, group in enumerate(groups):
        if number:
            table.add_row()  # a blank line between comments
        table.add_row(_badge(group), _body(group))
    return table


def print_terminal(groups: list[Group], console: Console) -> None:
    """Print the rich view of ``groups`` on ``console``."""
    if groups:
        console.print(terminal_view(groups))


# --- explanations, consoles and progress ---------------------------------------

_DIFF_STYLES = {DiffKind.EQUAL: "", DiffKind.DELETE: "red strike", DiffKind.INSERT: "green underline"}


def styled_diff(diff: Iterable[DiffOp]) -> Text:
    """A word diff for the terminal: deletions struck out in red, insertions underlined in green."""
    text = Text()
    for op in diff:
        text.append(make_inert(op.text), style=_DIFF_STYLES[op.kind])
    return text


def terminal_explanation(explanations: Iterable[GroupExplanation]) -> Table:
    """Each comment, then every occurrence: where, by which rule, and how its text differs."""
    table = Table.grid(padding=(0, 1, 1, 0))
    table.add_column(justify="right", no_wrap=True)
    table.add_column(ratio=1, overflow="fold")
    for explanation in explanations:
        group = explanation.group
        body = Text(make_inert(group.text), style="bold" if group.count > 1 else "")
        for item in explanation.members:
            member = item.member
            body.append(f"\n{make_inert(member.source)}:{member.line}  {rule_label(member)}", style="dim")
            if item.diff:
                body.append("  ")
                body.append_text(styled_diff(item.diff))
        table.add_row(_badge(group), body)
    return table


def make_console(stream: TextIO, *, color: bool) -> Console:
    """A console on ``stream`` with colour as the command decided; never highlights comment text."""
    if color:
        return Console(file=stream, force_terminal=True, no_color=False, highlight=False)
    # Without colour a terminal still gets bold and strike-through (NO_COLOR allows them).
    return Console(file=stream, force_terminal=stream.isatty(), no_color=True, highlight=False)
