"""Site rules for chat apps copied from their windows: Discord and Slack."""

from __future__ import annotations

from .common import CHAT_CHROME
from .types import NOTHING, Kind, Platform, header, whole
from .vocabulary import CLOCK, CLOSING, COUNT, MONTH, REPLIES, SYSTEM_MESSAGE

# fmt: off
# (The tables are laid out by hand: one line per kind of line keeps each site readable.)

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
