"""The site rule for GitHub issues and pull requests (and review threads glued into code)."""

from __future__ import annotations

import re

from .common import AGE
from .types import NOTHING, Kind, Platform, header, whole
from .vocabulary import MON

# fmt: off
# (The tables are laid out by hand: one line per kind of line keeps each site readable.)

_GH_EVENT = (r"(?:@[\w-]+ )?[\w-]+ (?:(?:added|removed) the .{1,80} labels?|self-assigned this|(?:un)?assigned .+"
             r"|mentioned this (?:issue|pull request)|closed this(?: as [a-z ]{1,20})?(?: in #?\w+)?|reopened this"
             r"|changed the title .+|linked a pull request .+|added this to .+|locked .+|pinned this"
             # The ZenHub extension's board moves.
             r"|changed the pipeline from .+).*")
_GH_REACTED = (r"[\w-]{1,39}(?:, [\w-]{1,39})*,? (?:and \d+ (?:more|others?) |and [\w-]{1,39} )?"
               r"reacted with .{1,40} emoji")
_GH_REACTIONS = r"(?:[\U0001F44D\U0001F44E\U0001F604\U0001F389\U0001F615\u2764\U0001F680\U0001F440]\ufe0f? ?\d+ ?)+"
_GH_DATE = rf"on {MON} \d{{1,2}}(?:, \d{{4}})?|{AGE}|yesterday|last (?:week|month)"
#: The current design's reactions row: "👍 React with 👍 2 ana and bo".
_GH_REACT_WITH = r"(?:\S{1,4} ?)?React with .{1,120}"
_GH_LEFTOVER = r"·? ?edited by [\w-]{1,39}|Edits|More actions|Issue body actions"
_GH_ROLE = r"Owner|Member|Collaborator|Contributor|Author|First-time contributor|Maintainer"
#: The glued review header: "ana commented on Sep 24, 2025 anaon Sep 24, 2025".
_GH_GLUED_HEADER = (rf"(?P<login>[\w-]{{1,39}}) (?:commented|replied) on (?P<date>{MON} \d{{1,2}}, \d{{4}}) ?"
                    r"(?P=login)on (?P=date)")
_GH_ZENHUB = r".{1,300} hasno dependencies"
_GH_FOOTER = r"Sign up for free to join this conversation.*"
GITHUB = Platform(
    "github",
    "a GitHub issue thread",
    headers=(
        # The current design repeats the login and the date below ("ana commented on May 2, 2025" /
        # "ana" / "on May 2, 2025"), then the edit note, the badges and "More actions".
        header(rf"(?P<author>[\w-]{{1,39}}) commented (?P<time>{_GH_DATE})\n(?P=author)(?: bot)?\n"
               rf"(?:on )?{_GH_DATE}(?: – with GitHub Actions)?", height=3),
        header(rf"(?:@(?P<avatar>[\w-]{{1,39}})\n)?(?:(?P=avatar)\n)?(?:(?:{_GH_ROLE})\n){{0,4}}"
               rf"(?P<author>[\w-]{{1,39}}(?:\[bot\])?) commented (?P<time>on {MON} \d{{1,2}}(?:, \d{{4}})?|{AGE}"
               r"|yesterday|last (?:week|month))(?: [•·](?: edited(?: by [\w-]{1,39})?)?)?", height=7),
        header(_GH_GLUED_HEADER.replace("(?P<login>", "(?P<author>").replace("(?P=login)", "(?P=author)")
               .replace("(?P<date>", "(?P<time>").replace("(?P=date)", "(?P=time)")),
        # Its timeline events take lines of their own: "ana" / "added" / the label / "on May 2, 2025".
        header(r"[\w-]{1,39}\n(?:added|removed|and removed|mentioned this(?: on .{1,40})?|closed this.{0,80}"
               r"|reopened this.{0,40}|self-assigned this.{0,40}|assigned .{1,80}|linked a pull request.{0,80})",
               height=2, kind=Kind.EVENT),
    ),
    fingerprints=whole(rf"[\w-]{{1,39}} commented (?:on {MON} \d.*|.+ ago.*)", r"Quote reply", _GH_EVENT,
                       r"Owner|Member|Collaborator|Contributor", r"@[\w-]{1,39}"),
    chrome=whole(r"@[\w-]{1,39}", _GH_ROLE,
                 r"Closed|Open", r"\d+ hidden items", r"Load more…", r"Quote reply", r"Sorry, something went wrong\.",
                 _GH_REACTIONS, _GH_EVENT, _GH_FOOTER, r"Already have an account\?.*",
                 r"Assignees|Labels|Projects|Milestone|Development", r"\d+ participants?",
                 r"No (?:one assigned|branches or pull requests|milestone)", _GH_REACTED,
                 r"This was referenced .{1,40}", r"Merged|Draft", _GH_REACT_WITH, _GH_LEFTOVER),
    stop=whole(_GH_REACTIONS, _GH_EVENT, r"\d+ hidden items", r"Quote reply", _GH_FOOTER, r"Assignees", _GH_REACTED,
               r"This was referenced .{1,40}", _GH_REACT_WITH, r"React", r"Write a reply", r"Resolve comment"),
    head=whole(_GH_LEFTOVER, rf"(?:{_GH_ROLE})(?: ?(?:{_GH_ROLE}))*"),
    badges=NOTHING,
    # The issue's own description comes first, under the same header as a comment.
    post_start=whole(r"[\w-]{1,39} opened this (?:issue|pull request) .*"),
    # With the ZenHub extension the description ends with the title glued to its widget.
    post_last=whole(_GH_ZENHUB),
    # A review thread copied from a pull request's "Files changed" view is glued into the code line
    # it comments on, every part of it glued to the next.
    unglue=re.compile(rf"Collapse comment|Comment on lines? [LR]\d+(?:-[LR]?\d+)?|{_GH_GLUED_HEADER}|More actions"
                      r"|(?:\S{1,4})?React with \S{1,4}\d{1,6}|React(?=\S)|Write a reply|Resolve comment"),
)

# fmt: on
