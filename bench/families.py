"""Hard-negative families: different comments that look alike and must stay apart.

Each family is a few comments, each its own label, sharing most of their text:
short comments sharing most words ("Very nice article !" / "Nice article
Jordan!"), a claim and its negation, a template with another number or name,
and a reply that quotes another comment and adds its own words.
"""

from __future__ import annotations

import random
from collections.abc import Callable

SHORT_WORDS = "short_words"
NEGATION = "negation"
NUMBER = "number"
NAME = "name"
QUOTE_REPLY = "quote_reply"
KINDS = (SHORT_WORDS, NEGATION, NUMBER, NAME, QUOTE_REPLY)

NAMES = [
    "Jordan",
    "Maria",
    "Alex",
    "Sam",
    "Priya",
    "Chen",
    "Fatima",
    "Lucas",
    "Emma",
    "Noah",
    "Olivia",
    "Liam",
    "Sofia",
    "Mateo",
    "Aisha",
    "Yuki",
    "Omar",
    "Elena",
    "Kofi",
    "Ines",
    "Daniel",
    "Hana",
    "Marco",
    "Zoe",
    "Ravi",
    "Lena",
    "Tom",
    "Grace",
    "Ivan",
    "Nadia",
    "Pedro",
    "Chloe",
    "Amir",
    "Julia",
    "Kenji",
    "Sara",
    "Leo",
    "Mia",
    "Hugo",
    "Anna",
    "Felix",
    "Nora",
    "Ben",
    "Ada",
    "Max",
    "Rosa",
    "Theo",
    "Lila",
    "Jonas",
    "Vera",
]
ADJECTIVES = [
    "nice",
    "great",
    "amazing",
    "awesome",
    "good",
    "beautiful",
    "interesting",
    "cool",
    "lovely",
    "brilliant",
    "excellent",
    "fantastic",
    "solid",
    "wonderful",
    "superb",
    "fun",
    "insightful",
    "helpful",
    "epic",
    "sweet",
]
NOUNS = [
    "article",
    "video",
    "song",
    "post",
    "stream",
    "read",
    "take",
    "piece",
    "track",
    "performance",
    "explanation",
    "analysis",
    "thread",
    "review",
    "interview",
    "clip",
    "episode",
    "point",
    "summary",
    "vlog",
]

_SHORT_FORMS = (
    "Very {adj} {noun} !",
    "{Adj} {noun} {name}!",
    "{Adj} {adj} {noun}.",
    "Such a {adj} {noun}",
    "Really {adj} {noun}",
    "{Adj} {noun}, thanks {name}",
    "What a {adj} {noun}!",
    "{Adj} {noun} as always",
    "Another {adj} {noun} from {name}",
    "{Adj} {noun} today",
)
_NEGATED_CLAIMS = (
    ("I agree with {name}", "I don't agree with {name}"),
    ("I agree with {name}", "I do not agree with {name}"),
    ("{name} is right", "{name} is not right"),
    ("This is {adj}", "This is not {adj}"),
    ("I like this {noun}", "I don't like this {noun}"),
    ("I would watch this again", "I would never watch this again"),
    ("It was {adj}", "It wasn't {adj}"),
    ("{name} can sing", "{name} can't sing"),
    ("This {noun} is worth it", "This {noun} is not worth it"),
    ("I believe {name}", "I don't believe {name}"),
)
_NUMBER_FORMS = (
    "I paid ${n} for this",
    "{n} people disliked this {noun}",
    "Who is still watching in {year}?",
    "Day {n} of asking {name} for a shoutout",
    "{minute}:{second} best part",
    "I've listened to this {n} times",
    "Only {n} views?",
    "Got {n} likes on my {noun}",
)
_NAME_FORMS = (
    "Thanks {name},",
    "Happy birthday {name}!",
    "{name} you are the best",
    "Congrats {name}!",
    "Shoutout to {name}",
    "@{name}",
    "Go {name}!",
)
_QUOTE_FORMS = ('"{quote}" {own}', "> {quote} {own}", '@{name} "{quote}" {own}', "\u201c{quote}\u201d \u2014 {own}")


def _words(rng: random.Random) -> dict[str, str]:
    adjective = rng.choice(ADJECTIVES)
    return {"adj": adjective, "Adj": adjective.capitalize(), "noun": rng.choice(NOUNS), "name": rng.choice(NAMES)}


#: Words of shared text after a number or name template: enough to read as a comment,
#: short enough that the differing number or name is still a visible part of it.
TEMPLATE_TAIL_WORDS = 12


def _with_tail(claim: str, tail: str, rng: random.Random) -> str:
    if not tail:
        return claim
    if claim[-1] in ".,!?":
        return claim + " " + tail
    # The same separator for every member of a family: only the claim differs.
    return claim + (", ", ". ", " - ", " ")[len(tail) % 4] + tail


def _short(tail: str) -> str:
    return " ".join(tail.split()[:TEMPLATE_TAIL_WORDS])


def short_words(rng: random.Random, tail: str) -> list[str]:
    """Two or three short comments with the same adjective and noun in other words."""
    words = _words(rng)
    return [form.format(**words) for form in rng.sample(_SHORT_FORMS, rng.randint(2, 3))]


def negation(rng: random.Random, tail: str) -> list[str]:
    """A claim and its negation, with the same words after it."""
    words = _words(rng)
    claim, negated = (part.format(**words) for part in rng.choice(_NEGATED_CLAIMS))
    return [_with_tail(claim, tail, rng), _with_tail(negated, tail, rng)]


def _other_number(n: int, rng: random.Random) -> int:
    return rng.choice([m for m in (n + 1, n - 1, n + 5, n * 2, n + 10) if m != n and m > 0])


def number(rng: random.Random, tail: str) -> list[str]:
    """The same template with two or three different numbers."""
    form = rng.choice(_NUMBER_FORMS)
    words = _words(rng)
    n = rng.choice((rng.randint(2, 30), rng.randint(31, 2000)))
    year, minute, second = rng.randint(2014, 2025), rng.randint(0, 5), rng.randint(10, 59)
    values = [(n, year, second), (_other_number(n, rng), year + rng.choice((-1, 1)), (second + 7) % 60)]
    texts = []
    for value, when, sec in values:
        text = form.format(n=value, year=when, minute=minute, second=f"{sec:02d}", **words)
        texts.append(_with_tail(text, _short(tail), rng))
    return texts


def name(rng: random.Random, tail: str) -> list[str]:
    """The same template addressed to two or three different people."""
    form = rng.choice(_NAME_FORMS)
    people = rng.sample(NAMES, rng.randint(2, 3))
    return [_with_tail(form.format(name=person), _short(tail), rng) for person in people]


def quote_reply(rng: random.Random, quote: str, own: str) -> str:
    """A reply that quotes ``quote`` and adds ``own``."""
    return rng.choice(_QUOTE_FORMS).format(quote=quote, own=own, name=rng.choice(NAMES))


MAKERS: dict[str, Callable[[random.Random, str], list[str]]] = {
    SHORT_WORDS: short_words,
    NEGATION: negation,
    NUMBER: number,
    NAME: name,
}
