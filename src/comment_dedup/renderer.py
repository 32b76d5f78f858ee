"""Renderer: print the unique thread in the chosen format.

``plain`` is one group per line like ``uniq -c`` (the count, then the text with
backslashes and line breaks escaped); ``json`` is one array and ``jsonl`` one
object per line; ``terminal`` is a rich view for people.  Machine formats keep
the commenter's exact text; the terminal view makes control characters and
bidi overrides visible instead of letting them act on the terminal.
"""

from __future__ import annotations

import csv
import enum
import json
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, TextIO

from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TaskID, TextColumn
from rich.table import Table
from rich.text import Text
from rich.tree import Tree

from .explain import DiffKind, DiffOp, GroupExplanation
from .model import Entry, Group, Member

#: Locations listed under a comment in the terminal view before "and N more".
MAX_LOCATIONS = 8


def _escaper(replacements: dict[str, str]) -> Callable[[str], str]:
    """A function that writes each character of ``replacements`` as its replacement.

    Most comments have none of those characters; str.translate would look
    every character of a non-ASCII text up in its table, while one search in
    C finds the rare text that needs it.
    """
    table = str.maketrans(replacements)
    needed = re.compile("[" + re.escape("".join(replacements)) + "]")

    def escape(text: str) -> str:
        return text.translate(table) if needed.search(text) else text

    return escape


_escape_plain = _escaper({"\\": "\\\\", "\n": "\\n", "\r": "\\r"})
_escape_tsv = _escaper({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"})


class Format(enum.Enum):
    """Output formats."""

    TERMINAL = "terminal"
    PLAIN = "plain"
    JSON = "json"
    JSONL = "jsonl"
    CSV = "csv"
    TSV = "tsv"


# --- plain ---------------------------------------------------------------------


def plain_line(group: Group) -> str:
    """``uniq -c``'s layout: the count right-aligned in 7 columns, a space, the text.

    When the input names who posted, ``[N authors]`` and a space come before
    the text, so the count stays the first field and the text follows a tag.
    """
    known = group.authors
    authors = f"[{known} author{'' if known == 1 else 's'}] " if known else ""
    return f"{group.count:>7} {authors}{escape_plain(group.text)}\n"


def plain_record(group: Group) -> str:
    """``uniq -cz``'s layout: as ``plain_line`` but ended by NUL, so the text is written as it is."""
    return f"{group.count:>7} {group.text}\0"


def escape_plain(text: str) -> str:
    """``text`` on one line: backslashes and line breaks escaped as in the plain format."""
    return _escape_plain(text)


# --- csv and tsv ---------------------------------------------------------------

#: Columns of the csv and tsv formats, in order.
TABLE_COLUMNS = ("count", "text", "authors", "first_index", "locations")


def table_row(group: Group) -> list[str]:
    """A group as csv/tsv cells; locations are ``source:line`` joined by ``;``."""
    locations = ";".join(f"{member.source}:{member.line}" for member in group.members)
    return [str(group.count), group.text, str(group.authors), str(group.first_index), locations]


def write_csv(groups: Iterable[Group], stream: TextIO) -> None:
    """RFC 4180 quoting by the csv module, but rows end with ``\\n`` as Unix tools expect."""
    writer = csv.writer(stream, lineterminator="\n")
    writer.writerow(TABLE_COLUMNS)
    writer.writerows(map(table_row, groups))


def tsv_lines(groups: Iterable[Group]) -> Iterator[str]:
    """A header line, then one line per group; tabs, line breaks and backslashes in cells escaped."""
    yield "\t".join(TABLE_COLUMNS) + "\n"
    for group in groups:
        yield "\t".join(_escape_tsv(cell) for cell in table_row(group)) + "\n"


# --- json ----------------------------------------------------------------------


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


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


GroupRecord = Callable[[Group], dict[str, Any]]


def json_chunks(groups: Iterable[Group], record: GroupRecord = group_record) -> Iterator[str]:
    """One JSON array, written a group at a time so that nothing big is built."""
    yield "["
    for number, group in enumerate(groups):
        yield ("," if number else "") + "\n" + _json(record(group))
    yield "\n]\n"


def jsonl_lines(groups: Iterable[Group], record: GroupRecord = group_record) -> Iterator[str]:
    """One JSON object per group per line."""
    for group in groups:
        yield _json(record(group)) + "\n"


def write_machine(
    groups: Iterable[Group],
    output_format: Format,
    stream: TextIO,
    *,
    record: GroupRecord = group_record,
    zero_terminated: bool = False,
) -> None:
    """Write groups to ``stream`` in a machine format (plain, json, jsonl, csv or tsv).

    ``record`` makes a group's JSON object; ``zero_terminated`` ends plain records with NUL.
    """
    if output_format is Format.CSV:
        write_csv(groups, stream)
        return
    if output_format is Format.JSON:
        chunks: Iterable[str] = json_chunks(groups, record)
    elif output_format is Format.JSONL:
        chunks = jsonl_lines(groups, record)
    elif output_format is Format.TSV:
        chunks = tsv_lines(groups)
    else:
        chunks = map(plain_record if zero_terminated else plain_line, groups)
    for chunk in chunks:
        stream.write(chunk)


# --- terminal ------------------------------------------------------------------

# Bidi overrides and isolates can make text read in a different order than it is stored.
_BIDI_CONTROLS = frozenset([*range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x200E, 0x200F, 0x061C])


def _visible_character(code: int) -> str:
    if code < 0x20:
        return chr(0x2400 + code)  # the Unicode "control picture" for the character
    if code == 0x7F:
        return "\u2421"
    return f"<U+{code:04X}>"


_VISIBLE = {
    code: _visible_character(code)
    for code in (*range(0x20), 0x7F, *range(0x80, 0xA0), *_BIDI_CONTROLS)
    if code not in (0x09, 0x0A)
}


def make_inert(text: str) -> str:
    """``text`` with every control character and bidi override replaced by a visible sign."""
    return text.translate(_VISIBLE)


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


def summary(groups: list[Group], entries: int) -> str:
    """One line: comments read, unique comments, and how many of them repeat."""
    repeated = sum(1 for group in groups if group.count > 1)
    noun = "comment" if entries == 1 else "comments"
    return f"{entries} {noun} read: {len(groups)} unique, {repeated} repeated"


def print_terminal(groups: list[Group], console: Console) -> None:
    """Print the rich view of ``groups`` on ``console``."""
    if groups:
        console.print(terminal_view(groups))


# --- explanations, consoles and progress ---------------------------------------

_DIFF_STYLES = {DiffKind.EQUAL: "", DiffKind.DELETE: "red strike", DiffKind.INSERT: "green underline"}


def rule_label(member: Member) -> str:
    """``fuzzy 93.5``: the rule that put a member in its group, with its score when it has one."""
    return member.rule.value if member.score is None else f"{member.rule.value} {member.score:.1f}"


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


class EntryProgress:
    """A transient count of comments read, on stderr, shown only for long inputs on a terminal.

    It appears after ``every`` comments and is updated every ``every`` comments,
    so short inputs never see it and long ones pay one update per thousand.
    It never redirects stdout: the thread must reach the pipe, not the terminal.
    """

    def __init__(self, console: Console, *, enabled: bool, every: int = 1000) -> None:
        # The console has the last word: TTY_INTERACTIVE=0 or a dumb terminal turns the display off.
        self.enabled = enabled and console.is_interactive
        self.every = every
        self._progress = Progress(
            SpinnerColumn(),
            TextColumn("reading: {task.completed} comments"),
            console=console,
            transient=True,
            redirect_stdout=False,
            redirect_stderr=False,
            disable=not enabled,
        )

    def track(self, entries: Iterable[Entry]) -> Iterable[Entry]:
        """``entries`` unchanged, counted on the display when it is enabled (else not even wrapped)."""
        return self._counted(entries) if self.enabled else entries

    def _counted(self, entries: Iterable[Entry]) -> Iterator[Entry]:
        task: TaskID | None = None
        try:
            for count, entry in enumerate(entries, start=1):
                if count % self.every == 0:
                    if task is None:
                        self._progress.start()
                        task = self._progress.add_task("reading", total=None, completed=count)
                    self._progress.update(task, completed=count)
                yield entry
        finally:
            self._progress.stop()
