"""The command line: options and wiring only; every decision is the library's.

- :mod:`.main`: the default command (``comment-dedup [OPTIONS] [FILE]...``) and the console script's ``run``;
- :mod:`.find`: ``comment-dedup find``;
- :mod:`.options`: option sets the commands share; :mod:`.group`: the command group;
- :mod:`.output`: what the default command prints; :mod:`.diagnostics`: what it says on stderr;
- :mod:`.shell`: exit statuses, colour, closed pipes.
"""

from .main import main, run

__all__ = ["main", "run"]
