"""Every pattern the paste readers apply finishes in linear time on crafted worst cases.

The module-level patterns are checked in ``test_hostile.py``; these are the patterns that live
inside the site rules, the learned chat shapes and the learned page layouts, and the engine's
own line transforms (ungluing headers, link previews).
"""

from __future__ import annotations

import re
import time
from dataclasses import fields

import pytest

from comment_dedup import ReadReport
from comment_dedup.read.pastes.engine import split
from comment_dedup.read.pastes.learned_chat import SHAPES, _platform
from comment_dedup.read.pastes.learned_page import infer_page
from comment_dedup.read.pastes.rules import PLATFORMS
from comment_dedup.read.pastes.rules.types import HeaderRule, Platform
from conftest import REPO

SIZE = 200_000
WORST_CASES = {
    "spaces": " " * SIZE + "x",
    "words": "a " * (SIZE // 2),
    "capitals": "Ab " * (SIZE // 3),
    "dashes": " – x" * (SIZE // 4),
    "ages": "1 year ago " * (SIZE // 11),
    "clock brackets": "Ab Cd\u00a0\u00a0[1:00 PM]" * (SIZE // 18),
    "handles": "@x " * (SIZE // 3),
    "digits": "1," * (SIZE // 2),
    "dots": "·" * SIZE,
    "bullets": "• " * (SIZE // 2),
    "see more": "a 1 year ago " * (SIZE // 13) + "b see more",
    "glued review": "ana commented on Sep 24, 2025 " * (SIZE // 30),
    "tabs": "\t" * SIZE + "x",
}


def learned_page() -> Platform:
    """A learned page layout, as the reader builds one from a paste."""
    sample = (REPO / "tests" / "fixtures" / "layouts" / "youtube-watch-page.txt").read_text(encoding="utf-8")
    learned = infer_page(sample.split("\n"))
    assert learned is not None
    return learned.platform


def every_platform() -> list[Platform]:
    """The site rules, a learned chat platform per chat shape, and a learned page layout."""
    return [*PLATFORMS, *(_platform(shape) for shape in SHAPES), learned_page()]


def patterns_of(platform: Platform) -> list[re.Pattern[str]]:
    """Every compiled pattern a platform holds, its header rules' included."""
    found: list[re.Pattern[str]] = []
    for field in fields(platform):
        value = getattr(platform, field.name)
        if isinstance(value, re.Pattern) and field.name != "unglue":
            found.append(value)
        elif isinstance(value, tuple) and value and isinstance(value[0], HeaderRule):
            found += [rule.pattern for rule in value] + [rule.author for rule in value if rule.author is not None]
    return found


PLATFORM_IDS = [f"{platform.name}-{at}" for at, platform in enumerate(every_platform())]


def test_every_platform_holds_patterns() -> None:
    """The checks below cannot pass by finding nothing to check."""
    assert all(len(patterns_of(platform)) >= 5 for platform in every_platform())


@pytest.mark.parametrize("platform", every_platform(), ids=PLATFORM_IDS)
def test_platform_patterns_finish_on_worst_cases(platform: Platform) -> None:
    """Each pattern applied as the engine applies it: matched at a line's start (a header against a few
    lines joined), or, for the glued-header finder, searched along the whole line."""
    started = time.monotonic()
    for pattern in patterns_of(platform):
        for crafted in WORST_CASES.values():
            pattern.match(crafted)
            pattern.match(crafted[: SIZE // 10].replace(" ", "\n", 50))
    if platform.unglue is not None:
        for crafted in WORST_CASES.values():
            sum(1 for _ in platform.unglue.finditer(crafted))
    # Generous: a quadratic pattern takes minutes here, a linear one about a second.
    assert time.monotonic() - started < 60


@pytest.mark.parametrize("platform", every_platform(), ids=PLATFORM_IDS)
def test_reading_crafted_lines_takes_linear_time(platform: Platform) -> None:
    """The whole engine (ungluing, dividers, previews, flairs) on a dump of crafted lines."""
    lines = [line for crafted in WORST_CASES.values() for line in (crafted, "", "https://example.org/x", crafted)]
    started = time.monotonic()
    for _ in split(platform, enumerate(lines, start=1), ReadReport()):
        pass
    assert time.monotonic() - started < 60
