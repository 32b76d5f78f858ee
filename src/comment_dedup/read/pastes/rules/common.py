"""Lines that mean the same on every site: deleted comments, cut-off markers, chat attachments, dividers."""

from __future__ import annotations

import re

from .types import whole
from .vocabulary import MON

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
#: between blank lines (see :func:`comment_dedup.read.pastes.lines.mark_dividers`): commenters write
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
