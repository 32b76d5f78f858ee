"""A transient count of comments read, on a terminal's stderr, for long inputs (rich)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TaskID, TextColumn

from ..model import Entry


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
