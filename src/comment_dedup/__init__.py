"""comment-dedup: print the unique thread of a comment dump, with repeat counts.

The pipeline is reader (:mod:`.read`) -> grouper and fuzzy hasher (:mod:`.match`)
-> renderer (:mod:`.show`), wired by the command line (:mod:`.cli`)::

    from comment_dedup import read_entries, group_entries

    groups = group_entries(read_entries(["dump.txt"]))
    for group in groups:
        print(group.count, group.text)
"""

from collections.abc import Iterable
from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("comment-dedup")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0+unknown"

from .match import DEFAULT_THRESHOLD, Grouper, Keep, Lookup, find_quote, group_entries, normalize
from .model import (
    CommentDedupError,
    Entry,
    Group,
    InputError,
    MatchRule,
    Member,
    OptionError,
)
from .read import ReadOptions, ReadReport, entries_from_texts, read_entries
from .show.select import select_groups


def dedupe(
    texts: Iterable[str],
    *,
    threshold: float = DEFAULT_THRESHOLD,
    exact: bool = False,
    keep: "Keep | str" = Keep.FIRST,
) -> list[Group]:
    """Group already-split comment texts into the unique thread, in first-seen order."""
    return group_entries(entries_from_texts(texts), threshold=threshold, exact=exact, keep=keep)


__all__ = [
    "DEFAULT_THRESHOLD",
    "CommentDedupError",
    "Entry",
    "Group",
    "Grouper",
    "InputError",
    "Keep",
    "Lookup",
    "MatchRule",
    "Member",
    "OptionError",
    "ReadOptions",
    "ReadReport",
    "__version__",
    "dedupe",
    "entries_from_texts",
    "find_quote",
    "group_entries",
    "normalize",
    "read_entries",
    "select_groups",
]
