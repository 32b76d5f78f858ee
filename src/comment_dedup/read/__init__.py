"""Reader: files or standard input in, a stream of comment entries out.

- :mod:`.entries`: the stream (``read_entries``), source by source;
- :mod:`.decode`: bytes to numbered lines; :mod:`.choose`: how to cut a source;
- :mod:`.plain`: one comment per line or per paragraph; :mod:`.zero_terminated`: ``-z`` records;
- :mod:`.exports`: JSON, JSON Lines, CSV and TSV exports;
- :mod:`.pastes`: copied comment sections and chat logs;
- :mod:`.types`: the records and options the readers share.
"""

from .entries import entries_from_texts, read_entries
from .types import STDIN_NAME, ReadOptions, ReadReport

__all__ = ["STDIN_NAME", "ReadOptions", "ReadReport", "entries_from_texts", "read_entries"]
