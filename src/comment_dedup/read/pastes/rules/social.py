"""Site rules for social networks: YouTube, Reddit, old Reddit, Facebook, X, Instagram, LinkedIn."""

from __future__ import annotations

from .common import AGE
from .types import NOTHING, Anchor, Kind, Platform, header, whole
from .vocabulary import CLOCK, COUNT, MON, MONTH, REPLIES

# fmt: off
# (The tables are laid out by hand: one line per kind of line keeps each site readable.)

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

# fmt: on
