"""A group of commands where a first argument that names none runs the default command."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import click

# Stands for "no command named": argv cannot hold a NUL, so no file or option is ever mistaken for it.
_DEFAULT_COMMAND = "\0default"


class _DefaultCommandContext(click.Context):
    """The default command's context: its usage and hints read ``comment-dedup [OPTIONS]``."""

    @property
    def command_path(self) -> str:
        if self.info_name is None and self.parent is not None:
            return self.parent.command_path
        return super().command_path


class DefaultCommandGroup(click.Group):
    """Commands, where a first argument that names none (a file, an option, nothing) runs the default one.

    So ``comment-dedup dump.txt``, ``comment-dedup -d dump.txt``, ``comment-dedup --help`` and a bare
    ``comment-dedup`` in a pipe behave as a single command would, while ``comment-dedup find ...``
    runs ``find``.  A file named like a command is read as ``./find`` or ``comment-dedup -- find``.
    """

    default_command: click.Command | None = None

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if not args or args[0] not in self.commands:
            args = [_DEFAULT_COMMAND, *args]
        return super().parse_args(ctx, args)

    def resolve_command(
        self, ctx: click.Context, args: list[str]
    ) -> tuple[str | None, click.Command | None, list[str]]:
        if args and args[0] == _DEFAULT_COMMAND and self.default_command is not None:
            return None, self.default_command, args[1:]
        return super().resolve_command(ctx, args)

    def default(self, **settings: Any) -> Callable[[Callable[..., None]], click.Command]:
        """Decorator: the command run when the first argument names no command."""

        def register(function: Callable[..., None]) -> click.Command:
            command: click.Command = click.command(**settings)(function)
            command.context_class = _DefaultCommandContext
            self.default_command = command
            return command

        return register
