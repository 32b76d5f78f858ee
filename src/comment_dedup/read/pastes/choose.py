"""Choose how to read a paste: a site's rule, a layout learned from the paste, or neither.

Site rules (:mod:`.rules`) know a site's words and quirks; the
learned layouts (:mod:`.learned_page`, :mod:`.learned_chat`)
know only the structure the paste repeats.  A site rule is a hint on top of
the learned layout: the site's rule reads the paste unless the learned layout
reads the sample's headers better (a redesign of the site, or another site
that looks alike), for then the structure the paste itself repeats is trusted.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from functools import partial

from ...model import OptionError
from ..types import ReadOptions, Splitter
from .detect import detect, learn_flairs, resembles, split_sample
from .engine import split
from .learned_chat import infer_chat
from .learned_page import infer_page
from .learned_shapes import header_lines
from .lines import clean
from .rules import BY_NAME, NAMES
from .rules.types import Platform

#: The layout names of pastes read without a site rule; the reader reports them with their shape.
LEARNED_PAGE = "learned page"
LEARNED_CHAT = "learned chat"
#: Joins the learned layout that read a paste with a site's words to the site's name: "learned page with youtube".
HINTED = " with "


def choose(sample: list[str], options: ReadOptions) -> tuple[str, Splitter] | None:
    """The paste reader for ``sample`` and a name for its layout, or None for plain text.

    ``options.platform`` forces a site; otherwise sites and learned layouts
    are tried only under ``--split auto``.
    """
    if options.platform is not None:
        platform = BY_NAME.get(options.platform)
        if platform is None:
            raise OptionError(f"unknown platform {options.platform!r}; choose from {', '.join(NAMES)}")
        return platform.name, partial(split, learn_flairs(platform, sample))
    if options.split != "auto":
        return None
    site = detect(sample)
    learned = _learn(sample)
    if site is not None:
        site = learn_flairs(site, sample)
    if learned is None:
        return (site.name, partial(split, site)) if site is not None else None
    kind, shape, platform = learned
    if site is None:
        alike = resembles(sample)
        if alike is None:
            return f"{kind}: {shape}", partial(split, platform)
        return f"{kind}{HINTED}{alike.name}: {shape}", partial(split, with_site_words(platform, alike))
    if site.one_line:
        # Its comments are lines of a shape of their own; what a learned layout sees is the page's posts.
        return site.name, partial(split, site)
    hinted = with_site_words(platform, site)
    if _reads_better(hinted, site, sample):
        return f"{kind}{HINTED}{site.name}: {shape}", partial(split, hinted)
    # The heading above the comments is the paste's own: it holds whatever rule reads the comments.
    return site.name, partial(split, dataclasses.replace(site, opening=platform.opening or site.opening))


def _learn(sample: Sequence[str]) -> tuple[str, str, Platform] | None:
    """(kind, shape, platform) of the layout the sample repeats, a chat log first."""
    chat = infer_chat(sample)
    if chat is not None:
        return LEARNED_CHAT, chat.shape, chat.platform
    page = infer_page(sample)
    if page is not None:
        return LEARNED_PAGE, page.shape, page.platform
    return None


def _reads_better(learned: Platform, site: Platform, sample: Sequence[str]) -> bool:
    """Whether the learned layout reads the sample better than the site's rule.

    Both are judged by the lines that look like headers whatever the layout
    (:func:`~.learned_page.header_lines`): a reading earns a point for
    each it reads as a header and loses one for each it leaves inside a
    comment's text.  A tie goes to the site's rule, which knows the site's words.
    """
    wanted = header_lines(sample)
    return _score(learned, sample, wanted) > _score(site, sample, wanted)


def _score(platform: Platform, sample: Sequence[str], wanted: list[int]) -> int:
    reading = split_sample(platform, sample)
    # Below the line that closes a page's comments (Quora's "Related Answer"), headers are the page's.
    closing = next((number for number, text in enumerate(sample, 1) if platform.closing.match(clean(text))), None)
    if closing is not None:
        wanted = [number for number in wanted if number < closing]
    headers = {number for span in reading.headers for number in span}
    inside = {
        number
        for block in reading.blocks
        for number in range(block.line, block.line + block.text.count("\n") + 1)
        if number not in headers
    }
    return sum(1 for number in wanted if number in headers) - sum(1 for number in wanted if number in inside)


def with_site_words(learned: Platform, site: Platform) -> Platform:
    """The learned layout, knowing also the words of the site the paste most looks like.

    The learned headers and heading decide where comments are; the site's
    chrome, action rows, system messages and the line that closes its
    comments apply too.  (Not
    the site's header leftovers: a site may call a line a leftover, as X does
    a handle, that the learned header counts as its author.)
    """
    return dataclasses.replace(
        learned,
        chrome=_either(learned.chrome, site.chrome),
        stop=_either(learned.stop, site.stop),
        events=_either(learned.events, site.events),
        post_start=_either(learned.post_start, site.post_start),
        closing=_either(learned.closing, site.closing),
    )


def _either(first: re.Pattern[str], second: re.Pattern[str]) -> re.Pattern[str]:
    """A pattern matching where either matches, each with its own flags (case and all)."""
    return re.compile(f"{_scoped(first)}|{_scoped(second)}")


def _scoped(pattern: re.Pattern[str]) -> str:
    flags = "i" if pattern.flags & re.IGNORECASE else "-i"
    return f"(?{flags}:{pattern.pattern})" if flags == "i" else f"(?:{pattern.pattern})"


def describe_table(layout: str, column: str, guessed: bool, header: bool) -> str:
    """What to call a table whose comment column was guessed or has no name, in "read FILE as ..."."""
    table = f"a {layout.upper()} table" + ("" if header else " without a header row")
    why = " (the column with the most text)" if guessed else ""
    return f"{table}: comments from {column if not header else repr(column)}{why}"


def describe(layout: str, comments: int) -> str | None:
    """What to call a layout in "read FILE as ...", or None for plain text and exports."""
    kind, _, shape = layout.partition(": ")
    kind, hinted, site = kind.partition(HINTED)
    if hinted and kind == LEARNED_PAGE:
        noun = "comment" if comments == 1 else "comments"
        return f'{BY_NAME[site].label} in a layout learned from the paste: {comments} {noun} under "{shape}" headers'
    if kind == LEARNED_PAGE:
        noun = "comment" if comments == 1 else "comments"
        return f'an unrecognised comment section: {comments} {noun} under "{shape}" headers'
    if kind == LEARNED_CHAT:
        noun = "message" if comments == 1 else "messages"
        return f'a chat log: {comments} {noun} in "{shape}" lines'
    platform = BY_NAME.get(layout)
    return platform.label if platform else None
