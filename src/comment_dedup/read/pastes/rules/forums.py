"""Site rules for discussion pages: Hacker News, Substack, Disqus, Quora, Stack Overflow, Discourse, Coral."""

from __future__ import annotations

import re

from .common import AGE
from .types import NOTHING, Platform, header, whole
from .vocabulary import COUNT, MON, PAGE_FOOTER, REPLIES

# fmt: off
# (The tables are laid out by hand: one line per kind of line keeps each site readable.)

_HN_AGE = rf"\d{{1,3}} (?:minute|hour|day|month|year)s? ago|on {MON} \d{{1,2}}, \d{{4}}"
HACKER_NEWS = Platform(
    "hacker-news",
    "a Hacker News thread",
    headers=(
        header(rf"(?P<author>[\w-]{{1,30}}) (?P<time>{_HN_AGE})(?: \[(?:flagged|dead|deleted)\])*"
               r"(?: \|[ a-z|]{0,60}| )\[(?:–|-|\d+ more)\]"),
    ),
    fingerprints=whole(r"[\w-]{1,30} .{1,40} ago (?:\|[ a-z|]{0,60})?\[(?:–|-|\d+ more)\]", r"reply",
                       r"Guidelines \| FAQ.*", r"\d+ points by .+ \| \d+ comments"),
    chrome=whole(r"reply", r"\d+ points? by .+", r"Guidelines \| FAQ.*", r"Search:.*", r"add comment",
                 r"\[\d+ more\]", r"Hacker News.*new \| past.*"),
    stop=whole(r"reply", r"Guidelines \| FAQ.*", r"add comment"),
    head=NOTHING,
    badges=NOTHING,
)

_SUBSTACK_DATE = rf"{MON} \d{{1,2}}(?:, \d{{4}})?|\d{{1,2}} {MON} \d{{4}}|\d{{1,2}}[mhd]"
_SUBSTACK_ACTIONS = r"Like(?: \(\d+\))?|Reply|Share"
SUBSTACK = Platform(
    "substack",
    "a Substack comment section",
    headers=(header(rf"(?P<time>{_SUBSTACK_DATE})", lead=1, bounded=True),),
    fingerprints=whole(r"Expand full comment", r"Like \(\d+\)", r"Liked by .+", r".+['’]s avatar",
                       r"\d+ repl(?:y|ies) by .+", r"Discussion about this post", r"\d+ more comments\.\.\."),
    chrome=whole(r".+['’]s avatar", rf"{REPLIES}(?: by .+)?", r"\d+ more comments\.\.\.", r"Top|Latest|Discussions",
                 r"Top Latest Discussions", r"Ready for more\?", r"Subscribe", r"Discussion about this post",
                 r"Comments|Restacks", r"Write a comment(?:…|\.\.\.)", r"Load More", _SUBSTACK_ACTIONS),
    stop=whole(_SUBSTACK_ACTIONS, rf"{REPLIES}(?: by .+)?"),
    head=whole(r"Liked by .+", r"Edited"),
    post_end=whole(r"Discussion about this post"),
    badges=whole(r"Author", r"Writer"),
)

_DISQUS_AGE = rf"{AGE}|an? (?:minute|hour|day|week|month|year) ago"
#: The controls under a comment, glued together: "•Reply•Share ›", "•Edit•Reply•Share ›".
_DISQUS_FOOTER = r"(?:• ?(?:Edit|Reply|Share ›|Flag)){2,4}"
_DISQUS_VOTES = r"\d+ Press the down arrow key to see users who liked this.*"
DISQUS = Platform(
    "disqus",
    "a Disqus comment section",
    # The age follows a bullet, or ends in "edited": a bare "2 years ago" is YouTube's.
    headers=(
        header(rf"(?=•|[^\n]* edited$)(?:• ?)?(?P<time>{AGE})(?: edited)?", lead=1, bounded=True),
        # Older copies put the name (and the name replied to, after two spaces) before the bullet.
        header(rf"(?P<author>[^\n•]{{1,150}}?) • (?P<time>{_DISQUS_AGE})(?: edited)?"),
        # A capture of the current embed holds a whole comment on one line: the avatar's letter, the
        # name, "Mod" and the name replied to, the age, the text and "see more" (always there).
        # (The look-ahead first makes sure of the ending, so that no split of the name is tried in vain.)
        header(rf"(?=[^\n]* see more$)(?:(?P<initial>[A-Z]) (?=(?i:(?P=initial))))?(?P<author>[^\n]{{1,60}}?)"
               rf"(?: Mod(?: [^\n]{{1,60}}?)?)? (?P<time>{_DISQUS_AGE}) (?P<text>[^\n]+?) see more", whole=True),
    ),
    fingerprints=whole(r"Join the discussion…", r"Share ›", rf"• ?{AGE}(?: edited)?", r"Sort by (?:Best|Newest|Oldest)",
                       r"This comment was deleted\.", r"Load more comments", r"\d+ Comments", _DISQUS_FOOTER,
                       _DISQUS_VOTES, r"http://disq\.us/p/\w+", r"Disqus is a discussion network"),
    chrome=whole(COUNT, r"\d+ Comments", r"Login", r"Sort by (?:Best|Newest|Oldest)", r"Best|Newest|Oldest",
                 r"Join the discussion…", r"Load more comments", r"Show more replies(?: Show more replies)?",
                 r"Recommend", r"Favorite", r"Reply|Share ›|Share", r"−|\+", r"Log in with", r"or sign up with Disqus",
                 r"Name", r"Avatar", _DISQUS_FOOTER, _DISQUS_VOTES, r"http://disq\.us/p/\w+", *PAGE_FOOTER),
    stop=whole(r"Reply", r"Share ›", r"Share", r"Show more replies", r"Load more comments", _DISQUS_FOOTER,
               *PAGE_FOOTER),
    head=NOTHING,
    badges=whole(r"Mod", r"Guest", r"Moderator"),
)

_QUORA_VIEWS = r"[\d.,]+K? views?(?: Answer requested by)?"
QUORA = Platform(
    "quora",
    "a Quora question page",
    # The author and an optional credential line (", Retired from ...", a badge) sit above "Answered 3 years ago".
    headers=(header(rf"(?:Answered|Updated) (?P<time>{AGE}|{MON} \d{{1,2}}(?:, \d{{4}})?)(?: · [^\n]{{0,200}})?",
                    lead=1),),
    fingerprints=whole(r"(?:Answered|Updated) .{1,40} · Author has .*", r"Originally Answered: .*", r"View upvotes",
                       r"Related Answer", r"Continue Reading", r"\d+ Answers?", r"Upgrade to Quora\+ .*"),
    chrome=whole(_QUORA_VIEWS, r"View upvotes", r"Answer requested by", r"\d+ Answers?", r"Best|All related",
                 r"Upgrade to Quora\+ .*", r"Start free trial|Learn more|Browse ad.free", r"Continue Reading",
                 r"Access millions more answer ?s like this", r"Support the writers you like to hear from"),
    stop=whole(_QUORA_VIEWS, r"View upvotes", r"Answer requested by"),
    head=whole(r"Originally Answered: .*"),
    badges=whole(r",.{1,200}"),
    # Answers to other questions follow this question's answers; they are no replies here.
    closing=whole(r"Related Answer|Related questions|More answers below"),
)

_SO_DATE = rf"{MON} \d{{1,2}}(?: '\d{{2}}|, \d{{4}})? at \d{{1,2}}:\d{{2}}"
STACK_OVERFLOW = Platform(
    "stack-overflow",
    "a Stack Overflow question page",
    # A comment is one line: its text, a dash, the commenter and the date.  The question and the
    # answers are the page's posts.
    # (The look-ahead first makes sure of the ending, so that a line full of dashes costs one pass.)
    headers=(header(rf"(?=[^\n]{{1,900}} at \d{{1,2}}:\d{{2}}$)(?P<text>[^\n]{{1,800}}?) – (?P<author>[^–\n]{{1,60}}?)"
                    rf" (?P<time>{_SO_DATE})", whole=True),),
    fingerprints=whole(r"share ?improve this (?:question|answer)", r"add a comment", r"active oldest votes",
                       r"\d+ Answers?", r"Run code snippet ?Expand snippet", r"show \d+ more comments?",
                       r"(?:asked|answered|edited) .{1,40} at \d{1,2}:\d{2}", r"Ask Question"),
    chrome=NOTHING,
    stop=NOTHING,
    head=NOTHING,
    badges=NOTHING,
)

_DISCOURSE_DATE = rf"{MON} (?:\d{{4}}|'\d{{2}}|\d{{1,2}}(?:, \d{{4}})?)|\d{{1,2}}[mhd]"
_DISCOURSE_USER = r"[\w.-]{1,40}"
#: What a Discourse topic shows between and after its posts: time gaps, the closing notice, the sign-up
#: nudge and the related topics.
_DISCOURSE_END = (r"\d+ (?:days?|months?|years?) later", r"Closed on .{1,40}", r"This topic was automatically closed.*",
                  r"Hello! Looks like you(?:'|’)re enjoying the discussion.*", r"Related topics")
_DISCOURSE_SORTABLE = r"Topic list, column headers with buttons are sortable\."
DISCOURSE = Platform(
    "discourse",
    "a Discourse forum topic",
    headers=(
        # A user title ("render_dev") may sit below the name, after a blank line.
        header(rf"(?P<author>{_DISCOURSE_USER})\n\n{_DISCOURSE_USER}\n(?P<time>{_DISCOURSE_DATE})", height=4),
        header(rf"(?P<author>{_DISCOURSE_USER})\n(?P<time>{_DISCOURSE_DATE})", height=2),
    ),
    fingerprints=whole(r"Related topics", _DISCOURSE_SORTABLE, r"views", r"links?", *_DISCOURSE_END,
                       r"Topic\tReplies\tViews\tActivity"),
    chrome=whole(COUNT, r"views", r"links?", r"Log In", r"Sign Up", r"Maybe later", r"no thanks", *_DISCOURSE_END,
                 r"Tired of scrolling through the same posts\?.*", _DISCOURSE_SORTABLE,
                 r"Topic\tReplies\tViews\tActivity", r"[\d.,]+k?\t[\d.,]+k?\t.{1,20}"),
    stop=whole(*_DISCOURSE_END),
    head=NOTHING,
    badges=NOTHING,
    # The topic's first post is followed by its statistics: "1.0k" / "views" / "3" / "links".
    post_end=whole(r"views"),
)

_CORAL_ACTIONS = r"Reply|Respect(?: \d+)?|Share|Report|Reported"
CORAL = Platform(
    "coral",
    "a Coral comment section (news sites)",
    # A bare "3 hours ago" under a username; YouTube's handles start with "@", so they are not Coral's.
    headers=(header(rf"(?P<time>{AGE})", lead=1, bounded=True, author=re.compile(r"[^@\s]\S{0,40}\Z")),),
    fingerprints=whole(r"Respect(?: \d+)?", r"In reply to .+", r"Read More of this Conversation.*", r"Featured",
                       r"Show More Replies", r"\d+ people viewing this discussion", r"Load All Comments", r"Report"),
    chrome=whole(_CORAL_ACTIONS, r"Show All", r"Show More Replies", r"Load More", r"Load All Comments",
                 r"View \d+ New Comments?", r"Read More of this Conversation.*", r"Show More of This Conversation",
                 r"Show (?:GIF|video|Tweet|image)", r"Comments|All Comments|Featured", r"Sort by",
                 r"Newest|Oldest|Most replies|Most reactions", r"Sign in|Register|Post a comment",
                 r"Join the conversation", r"\d+ people viewing this discussion"),
    stop=whole(_CORAL_ACTIONS, r"Show More Replies", r"Read More of this Conversation.*"),
    head=whole(r"Edited", r"Featured", r"(?:In reply to|Replying to) .+"),
    badges=whole(r"Staff", r"Moderator", r"Expert", r"Admin"),
)

# "Today at 8:43 AM", "03/25/2023 1:39 AM", "20/04/2025 17.03"; older copies give the date alone, the 2025
# design the time alone ("metamodern — 11:11").

# fmt: on
