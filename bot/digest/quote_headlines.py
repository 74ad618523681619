"""Headlines told by a quote, the house shape `Name: “the quote”` (or a part of it that stands alone, shortened at a
word), `Name Tells Other …` when the reports say whom it was said to (an order as reported speech), and the
speaker's answer to whoever broke into the scene. Only a line in English heads an English digest (`english_line`:
never one in another language nor in pidgin); whether the moment is the line at all is the writer's call
(`headlines.write_headline`)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .clauses import Option, sentences
from .cutting import MAX_LEN, TARGET_LEN
from .headline_shapes import orphan_it
from .language import english_line
from .payoff import interrupted_by
from .presenting import plural_subject
from .speech import reported_order, without_vocative
from .textutil import fold

_PUNCHLINE = re.compile(r"(?:,\s+(?:and|but|so)\s+|;\s+|\s+[—–]\s+)")
_ABBREVIATED_END = re.compile(r"\b(?:[ap]\.m|[A-Z][a-z]?|Jr|Sr|Snr|Jnr|St|Mr|Mrs|Ms|Dr)\.$")


def _quote_part(quote: str, room: int) -> str | None:
    """The quote, or a part of it that stands alone, within `room` characters: its first sentences, its
    last clause after "and"/"but"/";" (where the punchline usually is), or its first clauses. Never a
    thought cut in the middle; None when no part fits."""
    quote = " ".join(quote.split()).strip("\"“”'‘’ ")
    if not quote:
        return None
    said = sentences(quote)
    options: list[str] = [quote]
    options += [" ".join(said[:k]) for k in range(len(said) - 1, 0, -1)]
    last = said[-1] if len(said) == 1 else quote
    parts = _PUNCHLINE.split(last)
    if len(parts) > 1 and len(parts[-1].split()) >= 4:
        options.append(parts[-1][:1].upper() + parts[-1][1:])
    clauses = re.split(r"(?<=[,;:])\s+", said[0])
    options += [
        " ".join(clauses[:k]) for k in range(len(clauses) - 1, 0, -1) if len(" ".join(clauses[:k]).split()) >= 3
    ]
    for option in options:
        option = option.rstrip(" ,;:—–-")
        if option.endswith(".") and not _ABBREVIATED_END.search(option):
            option = option[:-1]
        if len(option) <= room and len(option.split()) >= 2:
            return option
    return None


_LINE_WORDS = 2


def quote_headline(speaker: str, quote: str, place: str | None = None, to: str | None = None) -> str | None:
    """`Speaker Tells Other …` when the moment's reports say whom it was said to (`to`, see `addressee`), an order
    told to the room the note names as reported speech ("Odile Brand Tells the Bar Never to …"), else the house
    shape `Speaker: “the quote”`: the whole quote or a part of it that stands alone; None when none fits, the
    line is not in English or is one word."""
    if not english_line(quote) or len(re.findall(r"[^\W\d_]+", quote)) < _LINE_WORDS:
        return None  # (a one-word line, "Ok.", "Yes!", is no headline: `Noor Abernathy: “Ok.”` says nothing)
    if to is not None:
        told = _tells(speaker, to, quote)
        if told is not None:
            return told
    words = place.split() if place else []
    if len(words) == 3 and words[1] == "the":
        order = _ordered(f"{speaker} {_agreeing('tells', speaker)} the {words[2]}", quote, to_person=False)
        if order is not None:
            return order
    part = _quote_part(quote, TARGET_LEN - len(speaker) - 4) or _quote_part(quote, MAX_LEN - len(speaker) - 4)
    return f"{speaker}: “{part}”" if part is not None else None


_SAYS = re.compile(
    r"^(?:(?:in|at|on|by|near|outside|inside|behind|backstage|upstairs|downstairs|from|after|before|during)\b"
    r"[^,“\"]*,\s+)?(?P<who>[^“\"]+?) (?:says|say|said|adds|add|added)[:,]? (?=[“\"])",
    re.IGNORECASE,
)


def house_shaped(headline: str) -> str:
    """A clause that says a quotation ("Nell Ashby says “Yes”", "In the kitchen, Omar said: “…”") in the house shape,
    without the place that opened it: `Name: “…”`."""
    return _SAYS.sub(lambda m: f"{m.group('who')}: ", headline, count=1)


def quoting(headline: str) -> bool:
    """Whether a headline is told by a quotation (`Name: “…”`, `Name Tells Other: “…”`, a clause that says one)."""
    return "“" in headline or '"' in headline


def _agreeing(verb: str, speaker: str) -> str:
    """The verb as its speaker takes it: a group or "A & B" says in the plural ("Léo, Léa & Lia Say …")."""
    return verb.removesuffix("s") if plural_subject(speaker.split()) else verb


def _tells(speaker: str, addressee: str, quote: str) -> str | None:
    """`Speaker Tells Addressee to …` when the quote gives an order (reported speech, no quotation marks:
    "Bram Tells Theo to Sit Down"), else `Speaker Tells Addressee: “…”`; None when nothing fits."""
    head = f"{speaker} {_agreeing('tells', speaker)} {addressee}"
    quote = without_vocative(quote, addressee)
    order = _ordered(head, quote, to_person=not addressee.startswith("the "))
    if order is not None:
        return order
    part = _quote_part(quote, TARGET_LEN - len(head) - 4) or _quote_part(quote, MAX_LEN - len(head) - 4)
    return f"{head}: “{part}”" if part is not None else None


def _ordered(head: str, quote: str, *, to_person: bool) -> str | None:
    """`head` and the quote's order as reported speech ("… Tells Theo to Sit Down"); None when it gives none."""
    for room in (TARGET_LEN - len(head) - 1, MAX_LEN - len(head) - 1):
        order = reported_order(quote, room, to_person=to_person)
        if order is not None and not orphan_it(order.split()):
            return f"{head} {order}"
    return None


def answer_headline(best: Option, names: Sequence[str], quote: str | None, speaker: str | None) -> str | None:
    """When the clause is only a scene its speaker was in ("was taking questions when Theo Brannigan wandered
    in") and the speaker's quote answers the one who broke in: `Speaker Tells Other: “…”`."""
    if not quote or not speaker or fold(" ".join(best.clause.subject)) != fold(speaker) or not english_line(quote):
        return None
    by_first = {fold(n.split()[0]): n for n in names if n != speaker}
    other = interrupted_by(
        best.clause.verb, [fold(w) if fold(w) in by_first else w for w in best.clause.rest], by_first
    )
    if other is None:
        return None
    return _tells(speaker, other, quote)
