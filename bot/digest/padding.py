"""A headline without the log's clock and the house's codes: a time of day ("Keeps His Word at 22:20", "Calls Her
Grandma at 10 on the Dot", "At Twenty Past Ten, …") is when the reporter filed, never what happened, and a room's
code ("the B1 Make-Up Room", "in B2") is the building's jargon, never the reader's. Both go; what the clause says
stays ("Hank Tsai Keeps His Word in the Make-Up Room" is then judged by the gate and the scorer like any other)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .cutting import MIN_LEN, TARGET_LEN
from .headline_check import problem
from .headline_reading import tense
from .headline_score import actor
from .payoff import MUNDANE, news_weight, reaction, verb_base
from .places import PLACE_WORDS
from .textutil import fold, lower_first, wordset
from .titling import title_case
from .verbs import base_form, is_past_verb, third_person

_HOURS = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|midnight|noon)"
_NUMBER = r"(?:\d{1,2}|" + _HOURS + r")"
# a time of day: "22:20", "10.30 pm", "10 p.m.", "ten o'clock", "10 on the dot", "twenty past ten", "half past nine"
_TIME = (
    r"(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?\s?m\b\.?)?"
    r"|\d{1,2}\s*[ap]\.?\s?m\b\.?"
    r"|" + _NUMBER + r"\s+o['’]clock"
    r"|(?:half|quarter|five|ten|twenty|twenty-five)\s+(?:past|to)\s+" + _NUMBER + r"(?:\s*[ap]\.?\s?m\b\.?)?"
    r"|\d{1,2}(?=\s+on\s+the\s+dot)"
    r")(?:\s+on\s+the\s+dot|\s+sharp)?"
)
_AT_TIME = re.compile(
    r",?\s+(?:at|around|about|by|just\s+after|shortly\s+after|right\s+at|exactly\s+at)\s+"
    + _TIME
    + r"(?=[\s,;:.!?]|$)",
    re.IGNORECASE,
)
_OPENING_TIME = re.compile(r"^(?:at\s+)?" + _TIME + r",\s+", re.IGNORECASE)
# a room's code: a capital and a number standing alone ("B1", "L2"), in a place's name or as the place
_CODE_IN_NAME = re.compile(r"(?<=\b[Tt]he )[A-Z]\d{1,2} (?=[^\W\d_])")
_CODE_AS_PLACE = re.compile(r",?\s+(?:in|at|on|from|to|by|near)\s+(?:the\s+)?[A-Z]\d{1,2}(?=[\s,;:.!?]|$)(?!\s+[A-Z])")


# the night itself, in a headline read the next day ("Meet for the Second Time Tonight"): it says nothing; in lower
# case only (the clause as written: a title keeps its capital, "Sings 'Not Tonight, Lorraine'")
_TONIGHT = re.compile(r",?\s+(?:tonight|this evening)(?=[\s,;:.!?]|$)")


def _in_title(before: str) -> bool:
    """Whether a word after `before` is inside a title in single quotes ("Sings 'not tonight, lorraine'")."""
    return (before.count("'") - before.count("'s ")) % 2 == 1 or before.count("‘") > before.count("’")


def unpadded(headline: str) -> str:
    """The headline without a time of day, a room's code or "tonight" ("Hank Tsai Keeps His Word at 22:20 in the B1
    Make-Up Room" → "Hank Tsai Keeps His Word in the Make-Up Room"); as it is when it has none. A quotation is
    left as it was said."""
    if not headline or "“" in headline or '"' in headline:
        return headline
    text = _OPENING_TIME.sub("", headline)
    text = _AT_TIME.sub("", text)
    text = _CODE_IN_NAME.sub("", text)
    text = _CODE_AS_PLACE.sub("", text)
    text = _TONIGHT.sub(lambda m: m.group(0) if _in_title(m.string[: m.start()]) else "", text)
    text = re.sub(r"\s{2,}", " ", text).strip()
    if text != headline and text[:1].islower() and headline[:1].isupper():
        text = text[:1].upper() + text[1:]
    return text


# what the moment happened in, when that is no place but the circumstance that made it: the power gone, the weather,
# a break in the show, an alarm ("In the blackout, …", "During the fire alarm, …")
_CIRCUMSTANCES = wordset(
    "blackout blackouts outage dark darkness power-cut rain downpour storm thunderstorm hail heatwave break interval"
    " intermission alarm evacuation chaos confusion commotion"
)
_FRONTED_CIRCUMSTANCE = re.compile(
    r"^(?P<phrase>(?:in|during|amid|amidst) (?:the|a) (?:[a-z-]+ ){0,2}?(?P<noun>[a-z-]+)),\s", re.IGNORECASE
)


def circumstance(text: str) -> str | None:
    """The circumstance a report's first sentence opens with ("In the blackout, Jérémie handed …" → "in the
    blackout"), when it is one (`_CIRCUMSTANCES`: never a place, "In the kitchen, …"); None otherwise."""
    m = _FRONTED_CIRCUMSTANCE.match(text)
    if m is None or m.group("noun").lower() not in _CIRCUMSTANCES:
        return None
    phrase = m.group("phrase")
    return lower_first(phrase)


def with_circumstance(headline: str, phrase: str | None) -> str:
    """The headline with the circumstance that made its moment at its end, when it does not say it and it fits
    (`TARGET_LEN`): "MC Rain Gets Everybody Singing “Sweet Sweet Kingston”" → "… in the Blackout"; the headline as it
    is otherwise (a quote headline, one that already says where or when it ends)."""
    if not phrase or not headline or headline.endswith(":") or "“" in headline[:3]:
        return headline
    noun = phrase.split()[-1]
    if noun.casefold() in headline.casefold() or _AT_END.search(headline):
        return headline
    told = title_case(phrase, ())
    told = told.split(" ", 1)[0].lower() + " " + told.split(" ", 1)[1] if told.split()[0].lower() in _SMALL else told
    longer = f"{headline} {told}"
    return longer if len(longer) <= TARGET_LEN else headline


_SMALL = wordset("in at on amid")  # (title case's short prepositions)
_AT_END = re.compile(r"\b(?:in|during|amid|at|on|after|before|while|as|when)\s+(?:the\s+|a\s+)?\S+$", re.IGNORECASE)


# a closing place: "at the Foot of the Stage-Left Stairs", "in the Make-Up Room", "From the Press Room"
_CLOSING_PLACE = re.compile(
    r"\s+(?:at|in|on|by|near|beside|behind|outside|inside|from)\s+the\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:of\s+the\s+(?:[\w'’-]+\s+){0,2}?)?(?P<place>[\w'’-]+)$",
    re.IGNORECASE,
)
_AND = " and "


def choice_for_place(best: str, candidates: Sequence[str], names: Sequence[str]) -> str:
    """The chosen headline with the closing place it pads its act on another person of the moment with given up for
    what its subject went on to do in the report, when another candidate tells that as a second predicate ("Will Wu
    Catches Summer Hsia at the Foot of the Stage-Left Stairs" and "Will Wu gets both arms round her and lets the
    trophy go" → "Will Wu Catches Summer Hsia and Lets the Trophy Go": the choice, not the room); the headline as it
    is when it ends on no place, its act is done to nobody of the moment ("Lou Brand Loses Her Shoe on the Red
    Carpet"), or no such act reads within `TARGET_LEN`."""
    m = _CLOSING_PLACE.search(best)
    if m is None or not _place_word(m.group("place")):
        return best
    head = best[: m.start()]
    subject, verb = actor(head, names)
    if not subject or len(head.split()) < len(subject.split()) + 2:
        return best  # (the act needs more than its verb: "Waits in the Wings")
    done_to = fold(head[len(subject) :])
    if not any(fold(n) in done_to for n in names if fold(n) not in fold(subject)):
        return best  # (only an act done to another of the moment is whole without where: "Catches Summer Hsia")
    for other in candidates:
        if not fold(other).startswith(fold(subject) + " ") or _AND not in other or fold(other).startswith(fold(head)):
            continue
        then = other.rsplit(_AND, 1)[1]
        first = then.split()[0] if then.split() else ""
        if tense(first) != "present" or news_weight(first) < 0 or first.lower() == verb.lower():
            continue
        if verb_base(first) in MUNDANE or reaction(first, then.split()[1:]):
            continue
        joined = f"{head}{_AND}{then}"
        titled = head.split()[len(subject.split())][:1].isupper()  # (as the headline was written)
        joined = title_case(joined, names) if titled else joined
        if MIN_LEN <= len(joined) <= TARGET_LEN and problem(joined, names) is None:
            return joined
    return best


def _place_word(word: str) -> bool:
    """Whether a word names a place of the house ("Stairs", "Room", "Wings"), in the plural too."""
    word = fold(word).lower()
    return word in PLACE_WORDS or (word.endswith("s") and word[:-1] in PLACE_WORDS)


_KEPT = re.compile(r"^(?P<who>.+?) Keeps (?P<whose>His|Her|Their) Word$", re.IGNORECASE)
_KEPT_THEN = re.compile(
    r"\bkept (?:his|her|their) (?:word|promise|vow)\b[^.;!?]*?, (?:where|as|when) (?P<clause>[^.;!?]+)", re.IGNORECASE
)
_VOWED_THING = re.compile(
    r"\b(?:vowed|promised|swore|said)\b[^.;!?]*?\bthat (?P<thing>(?:his|her|their) [\w'’-]+(?: [\w'’-]+)?) "
    r"(?:would|will) (?:go|come off|be gone|be shaved)\b",
    re.IGNORECASE,
)
_IT_OFF = re.compile(r"^(?P<verb>[a-z]+) it (?:all )?(?P<particle>off|out|up|down|away)\b")
_CLAUSE_END = re.compile(r"\s(?:with|using|for|in front of|while|as|before|after)\s.*$|,.*$")


def word_said(headline: str, text: str, names: Sequence[str]) -> str:
    """A headline that says only that its subject kept their word (its place and clock gone, `unpadded`), with what
    keeping it was, as the report tells it: "Hank Tsai Keeps His Word" and "… who vowed … that his waist-length hair
    would go …, kept his word …, where his drummer shaved it all off with clippers …" → "Hank Tsai Keeps His Word as
    His Drummer Shaves Off His Waist-Length Hair"; "it" is the thing the vow said would go. The headline as it is
    when the report tells no such act, or it does not fit (`TARGET_LEN`)."""
    kept = _KEPT.match(_CLOSING_PLACE.sub("", headline))
    then = _KEPT_THEN.search(text)
    if kept is None or then is None:
        return headline
    clause = _CLAUSE_END.sub("", then.group("clause")).strip()
    words = clause.split()
    verb_at = next((k for k, w in enumerate(words[:4]) if is_past_verb(w)), None)
    if verb_at is None or verb_at == 0:
        return headline
    rest = " ".join(words[verb_at:])
    thing = _VOWED_THING.search(text)
    off = _IT_OFF.match(rest)
    if " it " in f" {rest} ":
        if thing is None:
            return headline  # ("shaved it off": what "it" is, the report never says)
        rest = (
            f"{off.group('verb')} {off.group('particle')} {thing.group('thing')}{rest[off.end() :]}"
            if off
            else re.sub(r"\bit\b", thing.group("thing"), rest, count=1)
        )
    done = rest.split()
    base = base_form(done[0])
    if base is None:
        return headline
    subject = " ".join(words[:verb_at])
    act = " ".join([subject, third_person(base), *done[1:]])
    joined = f"{kept.group('who')} Keeps {kept.group('whose')} Word as {act}"
    joined = title_case(joined, names)
    return joined if len(joined) <= TARGET_LEN and problem(joined, names) is None else headline
