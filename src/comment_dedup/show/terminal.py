"""The terminal view: each comment once, with a repeat badge, where it occurred and who posted it (rich).

The only module of the output, with :mod:`.progress`, that imports rich: the
machine formats never pay for it.  Comment text is made inert
(:func:`~.escape.make_inert`) before rich sees it, and never read as markup.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import TextIO

from rich.console import Console, ConsoleOptions, RenderResult
from rich.measure import Measurement
from rich.segment import Segment
from rich.table import Table
from rich.text import Text
from rich.tree import Tree

from ..match.explain import DiffKind, DiffOp, GroupExplanation
from ..model import Group, Member
from .escape import make_inert
from .plain import rule_label
from .replies import folded_parents, reply_parents, top_level_runs

#: Locations listed under a comment in the terminal view before "and N more".
MAX_LOCATIONS = 8
#: Comments laid out and printed at a time: rich lays out a table whole before printing it,
#: which for a long thread would take minutes and gigabytes before the first line shows.
PRINTED_AT_ONCE = 200
#: Widths the view is laid out for, whatever the terminal (or COLUMNS) says: below the
#: narrowest only badges would fit, and past the widest, lines are mostly padding.
NARROWEST, WIDEST = 20, 200


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


class CommentRows:
    """Comments as rows of a repeat badge and the text beside it, a blank line between them.

    Laid out here rather than as a rich Table, which measures every cell
    twice and pads each line to the full width: for a long thread that was
    most of the run time.  Lines are not padded.
    """

    def __init__(self, groups: Sequence[Group], badge_width: int, *, gap_before: bool = False) -> None:
        self.groups = groups
        self.badge_width = badge_width
        self.gap_before = gap_before

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        text_width = max(options.max_width - self.badge_width - 1, 1)
        indent = Segment(" " * (self.badge_width + 1))
        for number, group in enumerate(self.groups):
            if number or self.gap_before:
                yield Segment.line()
            badge = _badge(group)
            lines = _body(group).wrap(console, text_width, overflow="fold")
            for line_number, line in enumerate(lines):
                line.rstrip()  # the space a line was wrapped at
                if line_number:
                    yield indent
                else:  # the badge ends with a space of its own, which parts it from the text
                    yield Segment(" " * (self.badge_width + 1 - len(badge)))
                    yield from badge.render(console)
                yield from line.render(console)
                yield Segment.line()

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        return Measurement(self.badge_width + 2, options.max_width)


def _comment_row(group: Group) -> CommentRows:
    return CommentRows([group], len(_badge(group)))


def _body(group: Group) -> Text:
    body = Text(make_inert(group.text), style="bold" if group.count > 1 else "")
    body.append("\n" + _locations(group.members) + _authorship(group), style="dim")
    return body


def thread_trees(groups: list[Group], parents: dict[int, int]) -> Iterator[Tree]:
    """The unique thread as trees of replies, a run of top-level comments each, with repeat badges."""
    folded = folded_parents(groups, parents)
    children: dict[int, list[int]] = {}
    for pos in range(len(groups)):
        # By position, not top-down: with --sort count a reply can come before what it answers.
        if pos in folded:
            children.setdefault(folded[pos], []).append(pos)
    for run in top_level_runs(groups, folded, PRINTED_AT_ONCE):
        root = Tree("", hide_root=True, guide_style="dim")
        # Each node is built once its parent is: a work list, as a chain may be thousands deep.
        waiting = [(root, pos) for pos in reversed(run)]
        while waiting:
            parent, pos = waiting.pop()
            node = parent.add(_comment_row(groups[pos]))
            waiting.extend((node, child) for child in reversed(children.get(pos, [])))
        yield root


def comment_runs(groups: list[Group]) -> Iterator[CommentRows]:
    """The unique thread without replies: tables of a repeat badge, the comment and where it occurred.

    Printed one after another they read as one table: the badge column has
    the width of the widest badge of all groups, and a blank line parts them.
    """
    widest = badge_width(groups)
    for start in range(0, len(groups), PRINTED_AT_ONCE):
        yield CommentRows(groups[start : start + PRINTED_AT_ONCE], widest, gap_before=start > 0)


def print_terminal(groups: list[Group], console: Console) -> None:
    """Print the rich view of ``groups`` on ``console``: a tree of replies when the input says
    who replied to whom, else a flat list; a run of comments at a time."""
    if not groups:
        return
    parents = reply_parents(groups)
    views: Iterable[Tree | CommentRows] = thread_trees(groups, parents) if parents else comment_runs(groups)
    for view in views:
        console.print(view)


# --- explanations, consoles and progress ---------------------------------------

_DIFF_STYLES = {DiffKind.EQUAL: "", DiffKind.DELETE: "red strike", DiffKind.INSERT: "green underline"}


def styled_diff(diff: Iterable[DiffOp]) -> Text:
    """A word diff for the terminal: deletions struck out in red, insertions underlined in green."""
    text = Text()
    for op in diff:
        text.append(make_inert(op.text), style=_DIFF_STYLES[op.kind])
    return text


def print_explanations(explanations: Iterable[GroupExplanation], console: Console, badge_width: int) -> None:
    """Print :func:`terminal_explanation` a run of comments at a time."""
    run: list[GroupExplanation] = []
    for explanation in explanations:
        run.append(explanation)
        if len(run) == PRINTED_AT_ONCE:
            console.print(terminal_explanation(run, badge_width))
            run = []
    if run:
        console.print(terminal_explanation(run, badge_width))


def terminal_explanation(explanations: Iterable[GroupExplanation], badge_width: int = 0) -> Table:
    """Each comment, then every occurrence: where, by which rule, and how its text differs."""
    table = Table.grid(padding=(0, 1, 1, 0))
    table.add_column(justify="right", no_wrap=True, min_width=badge_width)
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
        console = Console(file=stream, force_terminal=True, no_color=False, highlight=False)
    else:
        # Without colour a terminal still gets bold and strike-through (NO_COLOR allows them).
        console = Console(file=stream, force_terminal=stream.isatty(), no_color=True, highlight=False)
    console.width = min(max(console.width, NARROWEST), WIDEST)
    return console


def badge_width(groups: Iterable[Group]) -> int:
    """The width of the widest repeat badge, so that runs printed apart line up."""
    return max((len(_badge(group)) for group in groups), default=0)
