"""Which site a paste was copied from, which site's words it uses, and its flairs.

Detection reads the reader's sample as each site would and scores it: each
comment found (with its author) weighs more than each line typical of the site.
The best site must clearly beat the next one, else the paste is no site's.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from ..types import Block, ReadReport
from .cutter import DROPPED_DELETED
from .engine import read_lines
from .lines import Line, clean, prepare
from .rules import PLATFORMS
from .rules.types import Platform, whole
from .rules.vocabulary import COMMON_CHROME, TIME_LINE

#: A comment found in the sample is worth this many fingerprint lines.
COMMENT_WEIGHT = 3
#: Comments a sample must hold before a platform is considered at all.
MIN_COMMENTS = 2
#: The winner's score must be at least this many times the runner-up's.
MARGIN = 2.0
#: Lines of a site's words a paste must hold before its layout is learned with them as hints.
MIN_HINT_LINES = 5
_GENERIC = whole(*COMMON_CHROME, flags=re.IGNORECASE)
#: A flair is a label: this short at most, and not ending like a sentence or an introduction (":");
#: and it labels several comments.
FLAIR_MAX_CHARS = 40
FLAIR_REPEATS = 2
FLAIR_END = re.compile(r"[.!?;,:…)\]\"”]\Z")


def _comments_found(platform: Platform, lines: Sequence[Line]) -> int:
    """How many comments (kept or dropped as deleted) reading ``lines`` as ``platform`` finds.

    Only comments whose author was found count: a time on a line of its own ("0:07" in a video's
    transcript) makes a header for some sites, but their comments name who wrote them.
    """
    report = ReadReport()
    kept = sum(1 for block in read_lines(platform, iter(lines), report) if block.author is not None)
    return kept + report.dropped.get(DROPPED_DELETED, 0)


def score(platform: Platform, lines: Sequence[Line]) -> int:
    """How strongly numbered, cleaned ``lines`` look like a copy of ``platform``'s page; 0 without comments."""
    comments = _comments_found(platform, lines)
    if comments < MIN_COMMENTS:
        return 0
    fingerprints = sum(1 for _, _, text in lines if platform.fingerprints.match(text))
    return COMMENT_WEIGHT * comments + fingerprints


def detect(sample: Sequence[str]) -> Platform | None:
    """The platform ``sample`` was clearly copied from, or None."""
    lines = list(prepare(enumerate(sample, start=1)))
    scores = sorted(
        ((score(platform, lines if platform.unglue is None else list(prepare(enumerate(sample, 1), platform.unglue))),
          platform) for platform in PLATFORMS),
        key=lambda pair: -pair[0],
    )
    (best, winner), (second, _) = scores[0], scores[1]
    if best == 0 or best < MARGIN * second:
        return None
    return winner


def resembles(sample: Sequence[str]) -> Platform | None:
    """The platform whose words ``sample`` clearly uses, though its rule finds no comments there.

    A new design of a site keeps the site's words ("Reply", "'s profile picture", "Share ›") while
    its headers change: the layout is then learned from the paste, with this site's words as hints.
    """
    # Words every site uses ("Reply", "Report", a count) and times say nothing of which site it is.
    lines = [text for text in map(clean, sample) if text and not _GENERIC.match(text) and not TIME_LINE.fullmatch(text)]
    counts = sorted(
        ((sum(1 for text in lines if platform.fingerprints.match(text)), platform) for platform in PLATFORMS),
        key=lambda pair: -pair[0],
    )
    (best, winner), (second, _) = counts[0], counts[1]
    return winner if best >= MIN_HINT_LINES and best >= MARGIN * second else None


@dataclass(frozen=True, slots=True)
class SampleReading:
    """What reading a sample as one platform finds: its comments, and the lines of their headers."""

    blocks: list[Block]
    headers: list[range]


def split_sample(platform: Platform, sample: Sequence[str]) -> SampleReading:
    """Read a sample's lines as ``platform`` (to compare ways of reading it)."""
    lines = list(prepare(enumerate(sample, start=1), platform.unglue))
    headers: list[range] = []
    blocks = list(read_lines(platform, iter(lines), ReadReport(), headers))
    return SampleReading(blocks, headers)


# --- splitting -----------------------------------------------------------------

def learn_flairs(platform: Platform, sample: Sequence[str]) -> Platform:
    """``platform`` knowing the flairs of this paste: labels that start the text of several comments.

    A flair sits on the line after the header, right above the text.  So may a comment's own first
    line ("Update", "Same here"), but a flair repeats: the same label starts at least ``FLAIR_REPEATS``
    comments of the sample.  A label seen once stays text, so no one's words are lost.
    """
    if not platform.flairs:
        return platform
    starts: Counter[str] = Counter()
    for block in split_sample(platform, sample).blocks:
        first, newline, rest = block.text.partition("\n")
        label = clean(first)
        if newline and rest[:1].strip() and len(label) <= FLAIR_MAX_CHARS and not FLAIR_END.search(label):
            starts[label] += 1
    labels = sorted(re.escape(label) for label, count in starts.items() if count >= FLAIR_REPEATS)
    return dataclasses.replace(platform, flair=whole(*labels)) if labels else platform
