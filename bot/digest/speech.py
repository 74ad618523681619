"""An order in a quote, told as reported speech for a headline: "Sit down, son." → "to sit down", so the
headline reads "Bram Tells Theo to Sit Down" rather than a label with a pasted quote ("Bram Tells Theo:
“Sit Down, Son”"). Only orders: a statement in the first person ("I ordered it …") keeps its quotation
marks, since its "I" and "me" cannot be turned into the speaker without knowing how to refer to them.
Also whom a quote was said to (`addressee`: "Hattie Brool to Corin Vasse", "told Corin", "Corin, you …"), so
the headline reads "Hattie Brool Tells Corin Vasse …" rather than "Hattie Brool Says …".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .lexicon import NUMBER_WORDS, STOPWORDS
from .textutil import fold, wordset
from .verbs import IRREGULAR

# what follows a verb given as an order: a particle, an object, a manner ("sit down", "drink your water")
_AFTER_ORDER = wordset(
    """
    down up out off in on back away over around here there your yours the a an him her them it this that these
    those some like to with for everybody everyone somebody nobody yourself yourselves
"""
)
_BASE_VERBS = frozenset(IRREGULAR.values())
# the addressee's words, as a reporter tells them ("your water" → "their water")
_REPORTED = {"you": "them", "your": "their", "yours": "theirs", "yourself": "themselves", "yourselves": "themselves"}
_FIRST_PERSON = wordset("i me my mine myself we us our ours ourselves i'm i've i'll i'd we're we've")
_NEGATIONS = {"never": "never to", "don't": "not to", "don’t": "not to"}
_VOCATIVE_WORDS = 2  # "Baby, …", "…, son": a name or an endearment, one or two words


def _vocative(part: str) -> bool:
    words = part.split()
    return 0 < len(words) <= _VOCATIVE_WORDS and all(w.isalpha() for w in words)


def _order(clause: str, shift: bool = True) -> str | None:
    """ "never let a man hold your publishing" → "never to let a man hold their publishing"; None when the
    clause does not open with a verb given as an order."""
    words = clause.split()
    lead = ""
    if words and words[0].lower() in _NEGATIONS:
        lead, words = _NEGATIONS[words[0].lower()], words[1:]
    if len(words) < 2:
        return None
    verb, following = words[0], re.sub(r"[^\w'’]", "", words[1]).lower()
    bare = verb.lower()
    if not ((verb.isalpha() and verb[:1].islower()) or (verb[:1].isupper() and verb[1:].islower())):
        return None
    if bare in STOPWORDS or bare in NUMBER_WORDS or bare.endswith(("ed", "ing")) or re.search("[^s]s$", bare):
        return None
    if not (lead or bare in _BASE_VERBS or following in _AFTER_ORDER):
        return None
    if any(re.sub(r"[^\w'’]", "", w).lower() in _FIRST_PERSON for w in words):
        return None  # "tell them I'm coming": whose "I" is a headline's guess
    if not shift and any(re.sub(r"[^\w'’]", "", w).lower() in _REPORTED for w in words):
        return None  # "tells the bar … their publishing": whose "their" a place cannot say
    told = [_REPORTED.get(w.lower(), w) for w in [bare, *words[1:]]]
    return f"{lead or 'to'} {' '.join(told)}"


def reported_order(quote: str, room: int, *, to_person: bool = True) -> str | None:
    """The order a quote gives, as reported speech after "tells someone", within `room` characters: its
    first sentence without a name or endearment it is addressed to ("Baby, …", "…, son"), or else the last
    of a list of orders ("drink your water, pay your tithe, and never let a man hold your publishing" →
    "never to let a man hold their publishing"); None when the quote gives no order, asks a question, or
    no order fits. Told to a place or a crowd (`to_person` false), an order whose "you" or "your" the report
    would have to turn into "them" or "their" is None: "Tells the Bar Never to Let a Man Hold Their Publishing"
    reads as the bar's publishing."""
    text = " ".join(quote.split()).strip("\"“”'‘’ ")
    first = re.split(r"(?<=[.!?])\s+", text, maxsplit=1)[0]
    if first.endswith("?"):
        return None
    parts = [p.strip() for p in re.split(r",\s+", first.rstrip(".!"))]
    if len(parts) > 1 and _vocative(parts[0]) and _order(parts[0]) is None:
        parts = parts[1:]
    if len(parts) > 1 and _vocative(parts[-1]):
        parts = parts[:-1]
    whole = _order(", ".join(parts), to_person)
    if whole is None:
        return None
    last = _order(re.sub(r"^(?:and|or)\s+", "", parts[-1]), to_person) if len(parts) > 1 else None
    return next((o for o in (whole, last) if o is not None and len(o) <= room), None)


# a word before a person that makes them the one spoken to ("told Ada", "said to Ada", "cornered Ada")
_ADDRESSING = wordset(
    """
    to told tells telling asked asks asking at warned warns warning reminded reminds cornered corners teased teases
    teasing thanked thanks congratulated congratulates promised promises assured assures begged begs
"""
)
# "lost to Ada", "went to Ada", "next to Ada", "thanks to Ada": "to" that names no one spoken to
_NOT_SPOKEN_TO = wordset("lost lose loses losing went goes go going belongs belonged next thanks due close married up")
# "dedicated the win to Corin", "compared her to Corin": a verb a few words before "to" that gives it to someone
_GIVEN_TO = wordset("dedicated dedicates dedicating compared compares comparing")
_GIVEN_WINDOW = 4
# "marched up to Marcus": going up to a person is going to speak to them
_APPROACHED = wordset("marched walked went came strode stormed ran wandered sidled marches walks goes comes strides")
_TOKEN = re.compile(r"[^\W_]+")
# "chatting with Owen", "had a word with Owen": "with" after these names the one spoken to
_TALKING = wordset("chatting chatted chats talking talked talks arguing argued argues speaking spoke word words")


def addressee(texts: Sequence[str], quote: str, speaker: str, names: Sequence[str]) -> str | None:
    """The other person of the moment a quote was said to: the one a report names right after "told", "to",
    "asked", "at" … ("Hattie Brool to Corin Vasse by the lifts", "cornered Corin"), or the one the quote opens
    or ends by addressing ("Corin, you owe me …"); None when nobody is, or more than one person might be (a
    person the reports only mention is not the one spoken to)."""
    others = [n for n in names if fold(n) != fold(speaker) and n.split()]
    found: set[str] = set()
    spoken = [p.strip() for p in re.split(r"[,.!?]\s*", fold(quote).strip("\"“”'‘’ ")) if p.strip()]
    for name in others:
        parts = fold(name).split()
        forms = {" ".join(parts), parts[0], parts[-1]}
        if spoken and (spoken[0] in forms or spoken[-1] in forms):
            found.add(name)
        for text in texts:
            tokens = _TOKEN.findall(fold(text))
            for i, token in enumerate(tokens[:-1]):
                talking = token == "with" and i > 0 and tokens[i - 1] in _TALKING  # "chatting with Owen"
                approached = i > 1 and tokens[i - 1] == "up" and tokens[i - 2] in _APPROACHED  # "marched up to X"
                if not talking and (
                    token not in _ADDRESSING
                    or (token == "to" and i and tokens[i - 1] in _NOT_SPOKEN_TO and not approached)
                ):
                    continue
                if token == "to" and _GIVEN_TO & set(tokens[max(0, i - _GIVEN_WINDOW) : i]):
                    continue
                if tokens[i + 1 : i + 2] in (["the"], ["a"]) and tokens[i + 3 : i + 4] in ([parts[0]], [parts[-1]]):
                    i += 2  # "marched up to the critic Marcus Oyelaran": the one named after their role
                size = len(parts) if tokens[i + 1 : i + 1 + len(parts)] == parts else 1
                whose = tokens[i + 1 + size : i + 2 + size] == ["s"]  # "to Corin's table": a place
                if tokens[i + 1 : i + 1 + size] in (parts, [parts[0]], [parts[-1]]) and not whose:
                    found.add(name)
                    if tokens[i + 1 + size : i + 2 + size] == ["and"]:  # "told Corin and Ines": both
                        found.update(n for n in others if fold(n).split()[0] in tokens[i + 2 + size : i + 3 + size])
    return next(iter(found)) if len(found) == 1 else None


def without_vocative(quote: str, addressee: str) -> str:
    """The quote without the addressee's name it opens or ends with ("Jonah, you're on my train." → "You're on my
    train.") when the headline names them."""
    forms = {fold(addressee), *fold(addressee).split()}
    text = quote.strip()
    head, comma, tail = text.partition(", ")
    if comma and fold(head.strip("\"“'‘")) in forms and tail:
        return tail[:1].upper() + tail[1:]
    body, comma, last = text.rpartition(", ")
    if comma and fold(last.rstrip(".!?”\"'’")) in forms and body:
        return body + last[len(last.rstrip(".!?”\"'’")) :]
    return quote
