"""What each platform's copied comment section looks like, as data.

A copied section is the page's rendered text: every comment sits between lines
the page drew around it (avatar alt text, names, times, vote counts, "Reply",
"Share", "12 replies").  For each platform this module lists

* the *header* rules: a few consecutive lines that start a comment (the
  author and time lines), and how many lines just above them name the author;
* the *chrome* vocabulary: whole lines that are page controls, never text;
* the *stop* vocabulary: action rows that end a comment's text;
* the *fingerprints* that tell the platform apart from others.

Every pattern is matched against one whole line (or, for headers, against a
few whole lines joined by newlines), never searched for inside a comment, so
a comment saying "Reply to this if you agree" keeps its words.  The patterns
avoid nested quantifiers, so each match runs in time linear in the line.

The one engine that applies these tables lives in :mod:`comment_dedup.platforms`.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass

from .vocabulary import CLOCK, CLOSING, COUNT, MON, MONTH, PAGE_FOOTER, REPLIES, SYSTEM_MESSAGE


class Kind(enum.Enum):
    """What a header starts."""

    COMMENT = "comment"
    CONTINUATION = "continuation"
    """Another message by the previous author (chat apps group messages)."""
    AD = "ad"
    EVENT = "event"
    """A chat's system message ("X joined", "X added Y"): dropped and counted, never a comment."""


class Anchor(enum.Enum):
    """Where a comment's recognisable lines are: above its text, or below it."""

    HEAD = "head"
    TAIL = "tail"
    """The author is the first line of a run of text that ends at the header (Facebook)."""


@dataclass(frozen=True, slots=True)
class HeaderRule:
    """Consecutive lines that start a comment, matched against lines joined by newlines."""

    pattern: re.Pattern[str]
    """Named groups ``author`` and ``time`` fill in the comment's metadata; ``text``, when a header
    line also holds the start of the comment (chat logs), is the comment's first line."""
    height: int = 1
    """The most lines the pattern spans."""
    kind: Kind = Kind.COMMENT
    lead: int = 0
    """Lines just above the match that belong to the header; the first one is the author."""
    bounded: bool = False
    """The line above the header must be blank, chrome or the start, not comment text."""
    author: re.Pattern[str] | None = None
    """What the author line above the match must look like, when the lead alone is too loose."""
    gaps: bool = False
    """Blank lines may sit between the lead's lines and the match (some pages space them out)."""
    raw: bool = False
    """Match the first line as copied, invisible characters included (they can carry meaning)."""
    author_first: bool = True
    """In a tail-anchored copy, the run of lines above the header starts with its author."""
    whole: bool = False
    """The header's line is the whole comment (its ``text``): the lines up to the next header are the page's."""


@dataclass(frozen=True, slots=True)
class Platform:
    """One platform's anatomy; see the module docstring."""

    name: str
    """The ``--platform`` name and the layout name the reader reports."""
    label: str
    """How the user is told what was read: "read dump.txt as <label>"."""
    headers: tuple[HeaderRule, ...]
    fingerprints: re.Pattern[str]
    chrome: re.Pattern[str]
    stop: re.Pattern[str]
    head: re.Pattern[str]
    """Header leftovers between the header and the text ("Edited 5h ago", "Liked by ...")."""
    badges: re.Pattern[str]
    """Lines that may sit between the author line and the header ("OP", "Top fan")."""
    anchor: Anchor = Anchor.HEAD
    post_end: re.Pattern[str] = re.compile(r"(?!)")
    """Lines seen only after the page's own post ("View all 38 comments"): that block is no comment."""
    opening: re.Pattern[str] | None = None
    """The heading above the comments ("54 Comments"): it and every line before it are page text."""
    headless: bool = False
    """A copy may start (or go on) in the middle of a thread: text right above an action row with no
    header before it is a comment whose header was not copied."""
    bare_counts: bool = False
    """Counts sit after the action row ("Upvote 62 Downvote"), so a lone number before it is a comment."""
    closing: re.Pattern[str] = re.compile(r"(?!)")
    """A line after which the page has no more comments ("Related Answer", a chat's composer)."""
    events: re.Pattern[str] = re.compile(r"(?!)")
    """A comment whose whole text matches is the app talking ("x was added to the conversation")."""
    post_start: re.Pattern[str] = re.compile(r"(?!)")
    """A line that announces the page's own post ("x opened this issue on May 1"): the next block is that post."""
    indented_lists: bool = False
    """The page copies a list's items indented by four spaces: the indentation is the page's, not the text's."""
    previews: bool = False
    """A link in a message is followed by its preview card: the linked site's name, a title, a
    description, up to an "Image" line or the message's end.  The card is the page's, not text."""
    flairs: bool = False
    """The page shows a label under some names ("Zone 7b", "INTJ - 30s"), on the line after the header."""
    flair: re.Pattern[str] = re.compile(r"(?!)")
    """The labels of this paste: learned from it (:func:`comment_dedup.platforms.learn_flairs`)."""
    post_last: re.Pattern[str] = re.compile(r"(?!)")
    """A last line of text that only the page's own post ends with (the ZenHub extension puts the issue's
    title and its widget right below the description)."""
    unglue: re.Pattern[str] | None = None
    """Where a copy glued a header to the end of the line before it ("...as they come in.Ana Ruiz  [4:30 PM]"):
    searched in each line as copied, which is cut in two where it matches."""
    byline: re.Pattern[str] = re.compile(r"(?!)")
    """A header leftover that names who wrote the text (group ``author``): "[Forwarded from Ana]"."""

    @property
    def one_line(self) -> bool:
        """Every comment is one line of the site's own shape (see ``HeaderRule.whole``)."""
        return all(rule.whole for rule in self.headers)

    @property
    def height(self) -> int:
        """Lines looked at ahead to recognise a header."""
        return max(rule.height for rule in self.headers)


def whole(*alternatives: str, flags: int = 0) -> re.Pattern[str]:
    """A pattern that matches a whole (cleaned) line equal to one of ``alternatives``."""
    return re.compile("(?:" + "|".join(alternatives) + r")\Z", flags)


def header(source: str, *, height: int = 1, **options: object) -> HeaderRule:
    """A header rule; ``source`` is matched from the first line and must end at a line end."""
    return HeaderRule(re.compile(r"\A" + source + "$", re.MULTILINE), height, **options)  # type: ignore[arg-type]


NOTHING = re.compile(r"(?!)")

# --- vocabulary shared by several platforms ------------------------------------

# COUNT, MON, MONTH, CLOCK and REPLIES come from :mod:`comment_dedup.vocabulary`.
AGE = r"\d{1,3} (?:second|minute|hour|day|week|month|year)s? ago"

#: Lines that stand where a deleted, removed or hidden comment was.
DELETED = whole(
    r"\[deleted\]",
    r"\[removed\]",
    r"\[flagged\]",
    r"\[dead\]",
    r"This comment (?:was|has been) deleted\.?",
    r"This comment has been removed or does not exist\.",
    r"This message was deleted\.?",
    r"You deleted this message\.?",
    r"Comment (?:deleted|removed) by (?:user|moderator)",
    r"\[ ?Removed by (?:Reddit|moderator) ?\]",
)
#: What a chat export writes where a message was only a photo, a video or a file.
MEDIA = whole(r"<Media omitted>", r"(?:image|video|audio|GIF|sticker|document|Contact card) omitted")
#: A file attached to a chat message, as its name ("Screenshot 2026-04-02 at 9.14.07 PM.png").
ATTACHMENT = (r"[^\n/\\]{1,120}\.(?:png|jpe?g|gif|webp|heic|txt|pdf|zip|mp4|mov|log|csv|xlsx?|docx?|pptx?|sql|json"
              r"|py|js|ts|md)")
#: The footer of a message shared from another conversation: "From a private conversation | Apr 3rd".
SHARED_FROM = (rf"From (?:a private conversation|a direct message|a thread in #\S{{1,80}}|#\S{{1,80}}) \| "
               rf"{MON} \d{{1,2}}(?:st|nd|rd|th)?")
#: What chat apps draw around messages: attachments, cards added by bots, the thread pane's composer.
CHAT_CHROME = (ATTACHMENT, r"\d+ files", r"image\.png", r".{0,400}Added by (?:a bot|[\w .]{1,40})", r"Reply…",
               r"Also send to .{1,80}", r"\((?:edited|Edited)\)",
               SHARED_FROM, r"Thread")
#: A line after which a chat message holds only its attachments.
ATTACHMENTS_START = whole(r"\d+ files", r"Download all", r"Attachment file type: .{1,40}")
#: A line a person drew between two pastes in their notes ("-------", "=====", "#").  No page draws
#: one as a comment's text, so it ends the comment above it.  A short rule ("---") does so only
#: between blank lines (see :func:`comment_dedup.platforms.mark_dividers`): commenters write
#: "---" themselves, as a YAML front matter in a bug report.
DIVIDER = whole(r"[-=*_~]{5,80}", r"#{1,6}")
SHORT_RULE = whole(r"[-=*_~]{3,4}")
#: A whole line that says the text above it was cut off by the page.
TRUNCATION = whole(
    r"Read more",
    r"Expand full comment",
    r"See more",
    r"Show more",
    r"Continue reading",
    r"(?:…|\.\.\.) ?(?:see |read |show )?more",
    flags=re.IGNORECASE,
)
#: The same marker at the end of the text's last line ("...the second step…see more").  It is
#: looked for in the last ``SUFFIX_WINDOW`` characters only, so a long line costs nothing.
TRUNCATION_SUFFIX = re.compile(r"(?:…|\.\.\.) ?(?:see |read |show )?more\Z", re.IGNORECASE)
SUFFIX_WINDOW = 24
#: An ellipsis the page leaves where it cut the text.
ELLIPSES = ("…", "...")


# --- the platforms -------------------------------------------------------------
# fmt: off
# (The tables are laid out by hand: one line per kind of line keeps each platform readable.)

YOUTUBE = Platform(
    "youtube",
    "a YouTube comment section",
    headers=(header(rf"(?P<author>@[\w.\-·]{{1,60}})(?:\n| )(?P<time>{AGE}(?: \(edited\))?)", height=2),),
    fingerprints=whole(rf"@[\w.\-·]{{1,60}}(?: {AGE}.*)?", rf"{AGE}(?: \(edited\))?", REPLIES, r"Add a comment…",
                       r"Show more replies", r"[\d,]+ Comments", r"Pinned by @.+"),
    chrome=whole(COUNT, r"Pinned by @.+", r"\$\d+(?:\.\d{2})?", r"Hide replies", r"Sort by", r"[\d,]+ Comments",
                 r"Add a (?:comment|reply)…", r"Show more replies", r"Reply", REPLIES, r"Show less"),
    stop=whole(r"Reply", REPLIES, r"Show less", r"Show more replies", r"Translate to English", r"Hide replies"),
    head=NOTHING,
    badges=NOTHING,
)

_REDDIT_AGE = r"\d{1,3} ?(?:s|sec|m|min|h|hr|d|w|mo|y|yr)\.? ago"
_REDDIT_ACTIONS = r"Upvote|Downvote|Vote|Reply|reply|Award|Share"
REDDIT = Platform(
    "reddit",
    "a Reddit comment section",
    headers=(
        header(rf"•(?:\n| )(?P<time>{_REDDIT_AGE})", height=2, lead=2, bounded=True),
        header(r"•(?:\n| )(?:Promoted|Ad)", height=2, kind=Kind.AD, lead=2, bounded=True),
    ),
    fingerprints=whole(_REDDIT_ACTIONS, r"Comments Section", r"Search Comments", r"u/\S+ avatar", r"•",
                       r"Profile Badge for the Achievement .+", r"Expand comment search", _REDDIT_AGE),
    chrome=whole(COUNT, r"u/\S+ avatar", r"Thumbnail image: .*", r"Comment Image", r"Go to comments", r"Sort by:",
                 r"Best|Top|New|Controversial|Old|Q&A", r"Search Comments", r"Expand comment search",
                 r"Comments Section", r"Join the conversation", r"Skip to main content", r"•",
                 r"Upvote \S+ Downvote \S+ Go to comments Share", r"Continue this thread", r"Learn More",
                 r"Promoted|Ad", _REDDIT_ACTIONS, r"More replies", REPLIES, r"track me"),
    stop=whole(_REDDIT_ACTIONS, REPLIES, r"More replies", r"Learn More", r"Continue this thread"),
    head=whole(r"•", rf"Edited {_REDDIT_AGE}", r"Edited"),
    post_end=whole(r"Go to comments", r"Upvote \S+ Downvote \S+ Go to comments Share", r"Join the conversation"),
    bare_counts=True,
    flairs=True,
    badges=whole(r"OP", r"Cake icon", r"Profile Badge for the Achievement .+", r"Top \d+% (?:Commenter|Poster)",
                 r"MOD|Mod"),
)

_OLD_REDDIT_ACTIONS = r"\s*permalink[a-z ]{0,80}"
OLD_REDDIT = Platform(
    "old-reddit",
    "an old Reddit comment section",
    headers=(
        # A moderator's name is glued to "Mod" before its "[M]" ("crumb-botMod[M]").
        header(r"\[[–+-]\] ?(?P<author>[\w-]{1,30}?|\[deleted\])(?:Mod(?=\[M\]))?(?:\[[SMA]\])*(?: [^\n]{0,80}?)?"
               r" (?:-?\d+ points?|\[?score hidden\]?) (?P<time>\d+ \w+ ago)\*?(?: [^\n]*)?"),
        # Some copies break the header after the name, tags and score on the next line or the one after.
        header(r"\[[–+-]\] ?(?P<author>[\w-]{1,30}|\[deleted\])\n\n?(?:\[[SMA]\])*(?: ?[^\n]{0,80}?)?"
               r"(?:-?\d+ points?|\[?score hidden\]?) (?P<time>\d+ \w+ ago)\*?(?: [^\n]*)?", height=3),
    ),
    headless=True,
    indented_lists=True,
    fingerprints=whole(_OLD_REDDIT_ACTIONS, r"\[[–+-]\].+ ago.*", r"load more comments.*", r"sorted by: .+",
                       r"continue this thread.*"),
    chrome=whole(r"load more comments.*", r"continue this thread.*", r"\d+ comments", r"all \d+ comments",
                 r"sorted by: .+", r"Want to add to the discussion\?.*", r"about|blog|advertising|careers|help",
                 r"Use of this site constitutes acceptance.*", _OLD_REDDIT_ACTIONS, r"\[[–+-]\]",
                 r"REDDIT and the ALIEN Logo are registered trademarks of reddit inc\."),
    stop=whole(_OLD_REDDIT_ACTIONS, r"load more comments.*", r"continue this thread.*"),
    head=NOTHING,
    badges=NOTHING,
)

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

_FB_AGE = (rf"\d{{1,2}}[mhdwy]|Just now|Yesterday|{MONTH} \d{{1,2}}(?: at {CLOCK})?|\d{{1,2}} {MONTH}(?: at {CLOCK})?"
           r"|\d{1,2} (?:mins?|hrs?)")
FACEBOOK = Platform(
    "facebook",
    "a Facebook comment section",
    headers=(
        header(rf"(?P<time>{_FB_AGE})\nLike\nReply", height=3),
        header(rf"Like\nReply\n(?P<time>{_FB_AGE})", height=3),
        header(rf"Like · Reply(?: · Share)? · (?P<time>{_FB_AGE})(?: · Edited)?"),
        # Groups in the current design: no "Like" line, "Send message" under "Reply".
        header(rf"(?P<time>{_FB_AGE})\nReply\nSend message", height=3),
        header(rf"(?P<time>{_FB_AGE})\nReply\nShare", height=3),
    ),
    fingerprints=whole(r"Most relevant", r"View (?:all )?\d+ repl(?:y|ies)", r"Write a (?:public )?comment…",
                       r"Send message", r"Anonymous participant \d+",
                       r"Top fan", r"Like · Reply.*", r"See translation", r"View more comments", r"All reactions:"),
    chrome=whole(COUNT, r"View (?:all )?\d+ (?:more )?repl(?:y|ies)", r".+ replied · \d+ Repl(?:y|ies)",
                 r"View (?:more|previous) comments", r"Most relevant|Newest|All comments|Top comments",
                 r"Write a (?:public )?comment…", r"See who reacted to this", r"\d+ comments?", r"\d+ shares?",
                 r"Most relevant is selected, so some comments may have been filtered out\.",
                 r"Like|Comment|Share|Reply|Hide", r"Log into Facebook", r"Forgot account\?", r"Create new account",
                 r"See translation", r"Edited", r"All reactions:", r"Send message"),
    stop=NOTHING,
    head=NOTHING,
    badges=whole(r"Top fan", r"Author", r"Admin", r"Moderator", r"(?:Top|Rising) contributor", r"New member",
                 r"·? ?Follow", r"Valued commenter", r"·"),
    anchor=Anchor.TAIL,
)

_X_TIME = rf"\d{{1,2}}[smhd]|{MON} \d{{1,2}}(?:, \d{{4}})?"
_X_MORE = r"Show (?:more |additional )?replies|Show probable spam|Post your reply|Translate post|Discover more"
X = Platform(
    "x",
    "an X (Twitter) reply thread",
    headers=(
        # Handle, dot and time are distinctive enough: copies without counts put the next display name
        # right under the text, so the line above the name is not required to be blank.  The author is
        # the display name above the handle, as the page shows it (a verified badge leaves a blank line).
        header(rf"@\w{{1,15}}(?:\n·\n| · )(?P<time>{_X_TIME})", height=3, lead=1, gaps=True),
        # The post a thread was opened on shows its time below its text ("11:42 AM · Jan 30, 2020").
        header(r"@\w{1,15}\nReplying to", height=2, lead=1),
        header(r"@\w{1,15}\n(?:Ad|Promoted)", height=2, kind=Kind.AD, lead=1),
    ),
    fingerprints=whole(r"Replying to(?: @.+)?", r"Show probable spam", r"Post your reply", r"·", r"@\w{1,15}",
                       r"Show (?:more|additional) replies", r"Translate post"),
    chrome=whole(COUNT, _X_MORE, r"Sourced from across X", r"Relevant people", r"Who to follow", r"Trending",
                 r"Reply", r"Ad|Promoted", r"·", r"Quote", r"Show", r"Follow", r"Like|Repost|Bookmark",
                 rf"{CLOCK} · {MON} \d{{1,2}}, \d{{4}}.*", r"\d{1,2}:\d{2} / \d{1,2}:\d{2}"),
    # A quoted post and a video's player and attribution ("0:02 / 0:41", "From", the account) follow
    # the reply's own text.
    stop=whole(_X_MORE, r"Relevant people", r"Quote", r"\d{1,2}:\d{2} / \d{1,2}:\d{2}"),
    head=whole(r"Replying to(?: @.+)?", r"@\w{1,15}", r"and", r"and \d+ others?"),
    badges=NOTHING,
)

INSTAGRAM = Platform(
    "instagram",
    "an Instagram comment section",
    headers=(
        header(r"(?P<author>[a-z0-9._]{1,30})(?:\nVerified)?\n(?P<time>\d{1,3}[smhdwy])", height=3, bounded=True),
    ),
    fingerprints=whole(r"View replies \(\d+\)", r"\d[\d,]* likes?", r"Add a comment…", r"See translation",
                       r"View all \d+ comments", r"Hide replies", r"[\w.]{1,30}['’]s profile picture",
                       # The current design glues the age, the likes and "Reply": "89w1 likeReply".
                       r"\d{1,3}[smhdwy](?:\d[\d,]* likes?)?Reply"),
    chrome=whole(r"View all [\d,]+ comments", r"View replies \(\d+\)", r"\d[\d,]* likes?", r"Reply",
                 r"See translation", r"Hide replies",
                 r"View all [\d,]+ (?:comments|replies)", r"Follow", r"Liked by .+", r"Add a comment…",
                 r"Load more comments", r"Verified"),
    stop=whole(r"\d[\d,]* likes?", r"Reply", r"See translation", r"View replies \(\d+\)", r"Hide replies"),
    head=NOTHING,
    post_end=whole(r"View all [\d,]+ comments"),
    badges=NOTHING,
)

_LI_BADGE = r"(?:[•·] ?(?:1st|2nd|3rd\+)|Author|Premium|[•·] ?You)"
#: The replies button, as copied with its screen-reader text: "2 Replies 2 Replies on Ana Ruiz’s comment".
_LI_REPLIES = r"\d+ Repl(?:y|ies)(?: \d+ (?:Repl(?:y|ies)|Comments?) on .{1,80}['’]s comment)?"
_LI_AGE = r"\d{1,2}(?:m|h|d|w|mo|yr|y)(?: \([Ee]dited\))?"
LINKEDIN = Platform(
    "linkedin",
    "a LinkedIn comment section",
    headers=(
        header(rf"{_LI_BADGE}\n(?:[^\n]{{1,220}}\n){{0,2}}(?P<time>{_LI_AGE})", height=4, lead=2, bounded=True),
        # Some copies glue the badge to the name ("Ana Ruiz • 2nd", "Ana Ruiz Author") and put no blank
        # line between comments.
        header(rf"(?P<author>[^\n•·]{{1,60}}?) (?:[•·] ?(?:1st|2nd|3rd\+)|Author)\n(?:[^\n]{{1,220}}\n)?"
               rf"(?P<time>{_LI_AGE})", height=3),
    ),
    fingerprints=whole(r"[•·] ?(?:1st|2nd|3rd\+)", r"…see more", r"Load more comments", r"Most relevant",
                       r"Most recent", r"\d+ repl(?:y|ies)", r"Like", r"·"),
    chrome=whole(COUNT, r"·", REPLIES, r"\d[\d,]* reactions?", r"Load more comments", r"Most relevant|Most recent",
                 r"Add a comment…", r"See translation", r"Report this comment", r"Follow|Message|More|Show all",
                 r"see less", r"Like|Reply|Comment|Repost|Send", _LI_REPLIES),
    stop=whole(r"Like", r"Reply", r"Load more comments", _LI_REPLIES),
    head=whole(r"\((?:edited|Edited)\)"),
    post_end=whole(r"[\d,]+ comments", r"Repost", r"Send"),
    badges=whole(r"View .+['’]s? (?:graphic link|profile)"),
)

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
_DISCORD_TIME = rf"(?:Today|Yesterday) at {CLOCK}|\d{{1,2}}[./-]\d{{1,2}}[./-]\d{{2,4}}(?:,? {CLOCK})?|{CLOCK}"
DISCORD = Platform(
    "discord",
    "a Discord conversation",
    headers=(
        header(rf"(?P<author>[^\n—]{{1,80}}) — (?P<time>{_DISCORD_TIME})"),
        header(rf"— (?P<time>{_DISCORD_TIME})", lead=1),
        header(rf"\[(?P<time>{CLOCK})\]", kind=Kind.CONTINUATION),
    ),
    fingerprints=whole(rf".{{1,80}} — (?:{_DISCORD_TIME})", rf"\[{CLOCK}\]", rf"{MONTH} \d{{1,2}}, \d{{4}}"),
    chrome=whole(COUNT, r"Image", r"Expand", r"Collapse", r"NEW", *CHAT_CHROME, r"Attachment file type: .{1,40}",
                 r"\.\.\. \(\d+ lines? left\)",
                 r"\d+(?:\.\d+)? (?:bytes|KB|MB|kB)", rf"{MONTH} \d{{1,2}}, \d{{4}}", r"Click to see attachment"),
    # A forwarded message's text ends at the line that says where it was first posted.
    stop=whole(rf".{{1,80}}  •  (?:{_DISCORD_TIME})"),
    head=whole(r"Forwarded"),
    badges=NOTHING,
    previews=True,
)

_SLACK_STATUS = r"(?:(?:[\w ]{1,30})?:[\w+-]{1,40}:\s{1,4})?"
_SLACK_DAY = rf"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day, {MONTH} \d{{1,2}}(?:st|nd|rd|th)?"
SLACK = Platform(
    "slack",
    "a Slack conversation",
    headers=(
        # A reply that was also sent to the channel quotes the start of the message it answers, cut off.
        header(rf"{_SLACK_STATUS}(?P<time>\d{{1,2}}:\d{{2}}\s?[AP]M)\nreplied to a thread:\n[^\n]{{0,400}}…",
               height=3, lead=1),
        # A status before the time: an emoji, or a short text and an emoji ("New hire:wave:  8:37 AM").
        header(rf"{_SLACK_STATUS}(?P<time>\d{{1,2}}:\d{{2}}\s?[AP]M)", lead=1),
        header(r"(?P<time>\d{1,2}:\d{2})", kind=Kind.CONTINUATION),
    ),
    fingerprints=whole(r"View thread", r"Last reply .*View thread", r".* agoView thread", r"\d{1,2}:\d{2}\s?[AP]M",
                       r"(?::[\w+-]{1,40}:){1,8}", r"\d{1,2}:\d{2}", REPLIES),
    chrome=whole(COUNT, r"(?::[\w+-]{1,40}:){1,8}", REPLIES, r"Last reply .*View thread", r".* agoView thread",
                 r"View thread", r"View newer replies", r"Today|Yesterday", _SLACK_DAY, r"image\.png",
                 r"Image from iOS", r"\(\d+(?:\.\d+)? [kKM]B\)", r"Also sent to the channel", r"\(edited\)",
                 r"Shift \+ (?:Return|Enter) to add a new line", r"Download all", *CHAT_CHROME),
    stop=whole(r"Shift \+ (?:Return|Enter) to add a new line"),
    head=whole(r"replied to a thread:.*"),
    badges=whole(r"APP", r"Workflow"),
    events=SYSTEM_MESSAGE,
    previews=True,
    closing=CLOSING,
)

# fmt: on

#: Every platform, in the order detection breaks ties.
PLATFORMS: tuple[Platform, ...] = (
    YOUTUBE, REDDIT, OLD_REDDIT, HACKER_NEWS, SUBSTACK, DISQUS, FACEBOOK, X, INSTAGRAM, LINKEDIN, GITHUB,
    QUORA, STACK_OVERFLOW, DISCOURSE, CORAL, DISCORD, SLACK,
)  # fmt: skip
