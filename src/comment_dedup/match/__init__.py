"""Matching: group near-identical comments, in one pass, never comparing all pairs.

- :mod:`.normalize`: the matching form of a text (for matching only);
- :mod:`.fingerprint`: what matching knows of one distinct text;
- :mod:`.keys`: keys that bring a text and its copies together; :mod:`.index`: the candidate index;
- :mod:`.judge`: rapidfuzz and the precision guards (:mod:`.guards`) judge a candidate pair;
- :mod:`.grouper`: every entry into exactly one group, with :mod:`.storage` and :mod:`.members`;
- :mod:`.lookup`: is a quote in the dump (``find``);
- :mod:`.explain`, :mod:`.borderline`, :mod:`.stats`: why the thread came out as it did.
"""

from .grouper import DEFAULT_THRESHOLD, Grouper, Keep, group_entries
from .lookup import Lookup, find_quote
from .normalize import normalize

__all__ = ["DEFAULT_THRESHOLD", "Grouper", "Keep", "Lookup", "find_quote", "group_entries", "normalize"]
