"""Words and shapes that pasted pages use on every site: times, counts, separators, headings.

The site rules (:mod:`.social`, :mod:`.forums`, :mod:`.code`, :mod:`.chats`) and
the layout inference (:mod:`..learned_page`) both build on these.  Every pattern is a piece of
a regular expression without nested quantifiers, matched against one cleaned
line (or a bounded part of one), so matching stays linear in the line; the
whole-line patterns are anchored at the start, so that even a search through
a long text tries them at one place only.
Times are matched ignoring case: some themes copy in capitals ("APRIL 20,
2017 AT 4:24 AM").
"""

from __future__ import annotations

import re

MON = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)"
MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
CLOCK = r"\d{1,2}[:.]\d{2}(?::\d{2})?(?: ?[AaPp]\.? ?[Mm]\.?)?"
COUNT = r"[+-]?\d{1,3}(?:[,.]\d{3})*(?:[.,]\d)?[KkMm]?"
REPLIES = r"\d[\d,.]{0,12}K? (?:more )?repl(?:y|ies)"

_UNITS = r"(?:second|sec|minute|min|hour|hr|day|week|wk|month|mo|year|yr)s?"
_SHORT_UNITS = r"(?:s|m|h|d|w|mo|y|yr|mins?|hrs?|wks?)"
#: "2 years ago", "a year ago", "8h ago", "9 hr. ago".
AGO = rf"(?:\d{{1,3}}|an?|one) ?(?:{_UNITS}|{_SHORT_UNITS})\.? ago"
#: The same in a few other languages pages are often copied in.
AGO_ELSEWHERE = (
    r"vor (?:\d{1,3}|einem|einer) (?:Sekunden?|Minuten?|Stunden?|Tag(?:en)?|Wochen?|Monat(?:en)?|Jahr(?:en)?)"
    r"|il y a \d{1,3} (?:secondes?|minutes?|heures?|jours?|semaines?|mois|ans?)"
    r"|hace \d{1,3} (?:segundos?|minutos?|horas?|días?|semanas?|mes(?:es)?|años?)"
    r"|há \d{1,3} (?:segundos?|minutos?|horas?|dias?|semanas?|mês|meses|anos?)"
    r"|\d{1,3} (?:secondi|minuti|ore|giorni|settimane|mesi|anni) fa"
)
#: "3h", "5 w", "1d", "12 mins": the short ages of social networks.
SHORT_AGE = rf"\d{{1,3}} ?{_SHORT_UNITS}"
_AT_CLOCK = rf"(?:,? (?:at|um|à) {CLOCK}|,? {CLOCK})?"
#: "Nov 2", "Nov 2, 2021", "Jan 5 '17 at 10:21", "April 20, 2017 at 4:24 AM", "24 March 2026", "10-8",
#: "05/01/2022 12:52", "2024-03-19", "on May 2, 2021", "Yesterday at 14:56", "Saturday".
DATE = (
    rf"(?:on )?(?:{MON}|{MONTH})\.? \d{{1,2}}(?:st|nd|rd|th)?(?:,? \d{{4}}| '\d{{2}})?{_AT_CLOCK}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\.? (?:{MON}|{MONTH})\.?(?:,? \d{{4}})?{_AT_CLOCK}"
    rf"|\d{{1,2}}[./-]\d{{1,2}}(?:[./-]\d{{2,4}})?{_AT_CLOCK}"
    rf"|\d{{4}}-\d{{2}}-\d{{2}}(?:[T ]{CLOCK})?"
    rf"|(?:Today|Yesterday|heute|gestern|{WEEKDAY})(?: (?:at|um) {CLOCK}(?: Uhr)?)?"
    r"|Just now|now"
)
#: Any one time expression a page writes beside a comment.
TIME = rf"(?:{AGO}|{AGO_ELSEWHERE}|{DATE}|{SHORT_AGE}|{CLOCK})"
_EDITED_BEFORE = r"(?:[•·] ?)?(?:Edited |Updated )?"
_EDITED_AFTER = r"(?: ?\((?:edited|Edited)\)| edited| ?[•·] ?Edited)?"


def time_line(time: str) -> str:
    """A pattern for a whole line that is only a time of the kind ``time``, with its decorations."""
    return rf"{_EDITED_BEFORE}(?P<time>{time}){_EDITED_AFTER}"


_KIND_TIMES = {"AGE": rf"{AGO}|{AGO_ELSEWHERE}|{SHORT_AGE}", "DATE": DATE, "TIME": CLOCK}
#: The kinds of time a page writes: how long ago, on what date, at what time of day.
TIME_KINDS = {kind: re.compile(time_line(time), re.IGNORECASE) for kind, time in _KIND_TIMES.items()}
#: A whole line that is only a time, as pages draw it on a line of its own.
TIME_LINE = re.compile(rf"\A{time_line(TIME)}", re.IGNORECASE)


#: A line that says what was done when: "Reviewed in India on 24 March 2026", "Answered 3 years ago ·
#: Author has 697 answers", "answered Aug 19 '12 at 23:38", "Posted on April 17, 2017".
DATED_LINE = re.compile(
    r"\A(?:Reviewed|Posted|Answered|Updated|Asked|Commented|Replied|Written|Published|Edited|Submitted)"
    rf"(?: in [^\n]{{1,40}}?)?(?: on)? (?P<time>{TIME})(?: [·•|] [^\n]{{0,200}})?",
    re.IGNORECASE,
)


def kind_line(kind: str) -> str:
    """A pattern for a whole line that is a time of ``kind``, alone (group ``time``) or saying what was
    done then (group ``when``)."""
    dated = DATED_LINE.pattern.removeprefix("\\A").replace(f"(?P<time>{TIME})", f"(?P<when>{_KIND_TIMES[kind]})")
    return rf"{time_line(_KIND_TIMES[kind])}|{dated}"


def time_kind(text: str) -> str | None:
    """``AGE``, ``DATE`` or ``TIME`` when the whole line is a time of that kind (or says what was
    done at that time, as ``DATED_LINE``), else None."""
    for kind, pattern in TIME_KINDS.items():
        if pattern.fullmatch(text):
            return kind
    dated = DATED_LINE.fullmatch(text) if len(text) <= 300 else None
    if dated:
        for kind, pattern in TIME_KINDS.items():
            if pattern.fullmatch(dated["time"]):
                return kind
    return None


#: Separators that pages put on lines of their own between a name and a time.
SEPARATOR = r"[•·|—–-]"
#: A name and a time on one line: "mtaysic • 16 days ago", "Zack — 12:58", "@handle 4 years ago".
#: The name is short and the two are joined by a separator; only an @handle may use a bare space.
NAME_TIME_LINE = re.compile(
    rf"\A(?P<author>(?P<at>@)[\w.\-·]{{1,60}}|[^\n•·|—–@][^\n•·|—–]{{0,59}}?)(?(at) |(?: ?[•·|—–] ?| - ))"
    rf"(?P<time>{TIME}){_EDITED_AFTER}",
    re.IGNORECASE,
)
#: A time glued to the controls after it: "90wReply", "3 w4 likesReply", "2h Like Reply".
GLUED_TIME_LINE = re.compile(
    rf"\A(?P<time>{SHORT_AGE}|{AGO})(?: ?{COUNT} likes?)? ?(?:Like ?)?(?:Reply|Antworten|Répondre|Responder)",
    re.IGNORECASE,
)

#: Lines that are counters or controls on every site: "12", "1.2K", "3 replies", "View 7 replies",
#: "Show more replies", "12 likes", "•".  Matched whole, ignoring case.
COMMON_CHROME = (
    COUNT,
    REPLIES,
    rf"{SEPARATOR}|›|−|\+|\u00b7",
    rf"View (?:all )?{REPLIES}|View (?:\d+ )?more(?: replies| comments)?|Hide repl(?:y|ies)",
    r"Show (?:more |all |previous |\d+ more )?(?:replies|comments)|Load (?:more|all) (?:comments|replies)",
    r"Show less|See less|Collapse|Expand|Hide",
    rf"{COUNT} (?:likes?|points?|reactions?|upvotes?|votes?|views?)",
    rf"(?:Like|Likes|Upvote|Vote|Votes|Reply|Replies)(?: \({COUNT}\))?",
    rf"{COUNT} more (?:comments|replies)(?:…|\.\.\.)?",
    r"Share|Report|Edited|Translate|See translation|Follow|Avatar|Helpful|Customer image",
    # Image alt text that copies as a line of its own.
    r".{1,60}['’]s (?:profile picture|avatar)",
    r"(?:One person|\d[\d,]* people) found this helpful",
)
#: Badges a page draws beside an author's name, on a line of their own.
BADGES = (r"[•·] ?(?:Creator|Author|Admin|Moderator|Top fan|Verified|Follow)",)
#: What is left of a header between it and the text: edit marks, a review's purchase details,
#: the question an answer was first written for.
HEADER_LEFTOVERS = (
    r"(?:[•·] ?)?(?:Edited|Updated)(?: .{1,40})?",
    r"\((?:edited|Edited)\)",
    r".{0,200}Verified Purchase",
    r"Originally Answered: .{1,300}",
)

#: A name is short: at most this many characters and words.
NAME_MAX_CHARS = 60
NAME_MAX_WORDS = 6
SENTENCE_END = re.compile(r"[.!?;,”\"…]\Z")
# Code, quotes and list items start with these; names do not.
MARKUP_START = re.compile(r"(?://|#|>|\*|-|=|\+|\||\\|<|\{|\}|\$)")


# What pages write after a name in its header: "Ana says:" (WordPress), "Ana • 2nd" and "Ana Author"
# (LinkedIn), "Ana Mod" (Disqus).  Each starts at a space that follows a non-space, so a search
# tries each position once.
_AUTHOR_DECORATION = re.compile(
    r"(?<!\s)(?:\s+(?:says|said|wrote)\s*:?|\s*[•·]\s*(?:1st|2nd|3rd\+?)|\s+(?:Author|Creator|Mod|Moderator|Admin|OP))\Z",
    re.IGNORECASE,
)


def tidy_author(name: str) -> str:
    """A header's name without what the page wrote beside it: badges, "says:", and the name of the
    comment it replies to, which old Disqus puts after two spaces ("Ana Mod  Bo Chen")."""
    name = name.split("  ", 1)[0].strip()
    while (decoration := _AUTHOR_DECORATION.search(name)) is not None and decoration.start():
        name = name[: decoration.start()]
    return name


def name_like(text: str) -> bool:
    """Whether a (cleaned, non-chrome) line could be somebody's name: short, not a sentence, not code."""
    if not text or len(text) > NAME_MAX_CHARS or len(text.split()) > NAME_MAX_WORDS:
        return False
    return not SENTENCE_END.search(text) and not MARKUP_START.match(text)


#: The heading a page puts above its comments: everything before it is the page, not comments.
SECTION_HEADING = re.compile(
    rf"\A(?:(?:{COUNT} )?(?:Comments?|Responses?|Answers?|Kommentare|Commentaires|Comentarios)"
    rf"(?: \({COUNT}\))?(?: (?:to|on) .{{1,200}})?|{COUNT} thoughts on .{{1,200}}|Comments Section"
    r"|Join the (?:discussion|conversation)…?|Add a (?:comment|reply)(?:…|\.\.\.)?"
    r"|Write a (?:public )?comment(?:…|\.\.\.)?)",
    re.IGNORECASE,
)
#: Where a chat app shows the very start of a conversation: what comes above is its sidebar and header.
CONVERSATION_START = re.compile(
    r"\A(?:This is the very beginning of (?:your direct message history with|the #?\S+ channel).*"
    r"|This is the (?:beginning|start) of (?:your direct message history with|the #\S+ channel).*"
    r"|Welcome to #\S+!?)",
    re.IGNORECASE,
)
#: A message that the app wrote, not a person: joins, leaves, people added (Slack adds a "." line after it).
SYSTEM_MESSAGE = re.compile(
    r"\A(?:.{0,300} )?(?:was|were|has been|have been) added to (?:the conversation|the channel|#\S+)"
    r"(?: by .{1,80})?\.?(?:\n\.)?\Z"
    r"|\A(?:.{0,80} )?(?:joined|left) (?:#\S+|the channel|the conversation|the group)\.?(?:\n\.)?\Z",
    re.IGNORECASE,
)
#: Lines of a page's footer: after them come no more words of the comment above.
PAGE_FOOTER = (r"Back to top", r"(?:Site generated|Powered|Proudly powered) by .{1,120}")
#: What a page draws after its comments or a chat after its messages: the composer and its hints.
# A composer's placeholder names the people of a direct message: "Message Ana Ruiz, Bo Chen".
_NAME = r"[A-Z][\w.'’-]{0,30}(?: [A-Z][\w.'’-]{0,30}){0,3}"
_NAMES = rf"{_NAME}(?:, {_NAME}){{0,20}}"
CLOSING = re.compile(
    rf"\A(?:Shift \+ (?:Return|Enter) to add a new line|Message (?:#\S+|@\S+|(?-i:{_NAMES}))|Type a message"
    r"|Write a (?:reply|message)(?:…|\.\.\.)?"
    r"|See all responses|Jump to (?:present|recent messages)|You(?:'|’)re viewing older messages"
    r"|Leave a (?:Reply|Comment)(?: to .{1,200})?|Enter your comment here\.\.\.)",
    re.IGNORECASE,
)
