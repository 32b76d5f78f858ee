"""Site rules, as data: one :class:`~.types.Platform` per site, and the words they share.

The rules are grouped by the kind of site (:mod:`.social`, :mod:`.forums`,
:mod:`.code`, :mod:`.chats`); :mod:`.vocabulary` and :mod:`.common` hold what
every site writes (times, counts, deleted comments, cut-off markers).
"""

from .chats import DISCORD, SLACK
from .code import GITHUB
from .forums import CORAL, DISCOURSE, DISQUS, HACKER_NEWS, QUORA, STACK_OVERFLOW, SUBSTACK
from .social import FACEBOOK, INSTAGRAM, LINKEDIN, OLD_REDDIT, REDDIT, YOUTUBE, X
from .types import Platform

#: Every site, in the order detection breaks ties.
PLATFORMS: tuple[Platform, ...] = (
    YOUTUBE, REDDIT, OLD_REDDIT, HACKER_NEWS, SUBSTACK, DISQUS, FACEBOOK, X, INSTAGRAM, LINKEDIN, GITHUB,
    QUORA, STACK_OVERFLOW, DISCOURSE, CORAL, DISCORD, SLACK,
)  # fmt: skip
#: The ``--platform`` names.
NAMES: tuple[str, ...] = tuple(platform.name for platform in PLATFORMS)
BY_NAME: dict[str, Platform] = {platform.name: platform for platform in PLATFORMS}
