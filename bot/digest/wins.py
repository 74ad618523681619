"""What the lead person had won that night, said where the body first names them, when the item's own moments do not
tell it: "Tatev Hovsepyan, who had won the Female Vocal award minutes earlier, did not come to the press room alone."
The statuette she puts in her teacher's hands is that award; without it a reader meets "the statuette" and has to
guess (round 41: Tatev's Female Vocal, Mirza Hašimović's lifetime award, Alberto Sotolongo's Best Film Score were each
"never said"). A win is a report of the night, never retracted or dropped, that reads as a result with the winner
tagged and named in it (`_RESULTS`: "WIN Female Vocal: Tatev H. Third straight.", "Best Actress: Lejla K.", "Mirza
Hašimović received the lifetime achievement award.", "Best Song went to Nilo Sá"); the body tells it only when it
opens on the lead person's name and an act ("Tatev Hovsepyan did not come …", never over an appositive of its own),
the win came before the lead moment, and nothing in the body tells a win already ("Minutes after winning …",
"acceptance speech", the award's own words). The report it came from is credited with the item."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .night import NameBook, Report
from .textutil import alnum_words, fold

_AWARD = r"(?P<award>(?:the )?[A-Z][\w'’&-]*(?: [\w'’&-]+){0,6}?)"
_NAME = r"(?P<who>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3})"
_RESULTS = (
    # "WIN Female Vocal: Tatev H.", "WINNER — Best Debut: Nare S."
    re.compile(rf"^\W*WIN(?:NER)?\b\W{{0,3}}{_AWARD}\s*(?::|—|–|->|→)\s*{_NAME}"),
    # "Best Actress: Lejla Karahasanović", "Album of the Year — Ozoliņa"
    re.compile(r"^(?P<award>Best [A-Z][\w'’ -]{1,40}?|[A-Z][\w'’ -]{1,40}? of the Year)\s*(?::|—|–|->|→)\s*" + _NAME),
    # "Mirza Hašimović received the lifetime achievement award.", "Pip Lane won Best Female Artist"
    re.compile(
        rf"^{_NAME} (?P<verb>won|received|collected|picked up|took home|accepted) "
        r"(?P<award>Best [A-Z][\w'’ -]{1,40}?|(?:the )?[\w'’ -]{1,40}? of the Year|"
        r"(?:the |an? )?[\w'’ -]{3,40}? (?:award|prize|trophy))(?=[.,;:( ]|$)"
    ),
    # "Best Song went to Nilo Sá"
    re.compile(r"^(?P<award>Best [A-Z][\w'’ -]{1,40}?|[A-Z][\w'’ -]{1,40}? of the Year) went to " + _NAME),
)
_HAD = {"won": "won", "received": "received", "collected": "collected", "picked up": "picked up"}
_HAD |= {"took home": "taken home", "accepted": "accepted"}
# a body that tells a win already, in any words
_TOLD = re.compile(r"\b(?:won|wins|winning|winner|award|prize|acceptance|accepted|accepting|collected)\b", re.I)
MINUTES_BEFORE = 30 * 60  # seconds: a win this soon before the moment was "minutes earlier"


@dataclass(frozen=True)
class Win:
    award: str  # as the body prints it: "Best Debut", "the Female Vocal award", "the lifetime achievement award"
    verb: str  # in the past perfect's participle: "won", "received"
    report: Report


def _award(award: str) -> str:
    award = award.strip()
    if award.lower().startswith(("best ", "the best ")) or " of the year" in award.lower():
        return award.removeprefix("the ").removeprefix("The ")
    if award.lower().endswith((" award", " prize", " trophy")):
        return award if award.lower().startswith(("the ", "a ", "an ")) else f"the {award}"
    return f"the {award} award"


def _winner(who: str, r: Report, book: NameBook) -> str | None:
    """The tagged person the result names ("Tatev H." is Tatev Hovsepyan): a word of their name first."""
    words = alnum_words(fold(who))
    return next((k for k in r.names if words and words[0] in book.alias_words.get(k, frozenset())), None)


def night_wins(book: NameBook) -> dict[str, list[Win]]:
    """Each person's wins over the night, in time order (worked out once per night)."""
    if book.wins_ is not None:
        return book.wins_
    wins: dict[str, list[Win]] = {}
    for r in book.reports:
        what = r.sighting.what
        if r.dropped or not r.english:
            continue
        for pattern in _RESULTS:
            m = pattern.match(what.strip().lstrip("*_ "))
            if m is None:
                continue
            key = _winner(m["who"], r, book)
            if key is not None:
                verb = _HAD[m["verb"]] if "verb" in m.groupdict() and m["verb"] else "won"
                wins.setdefault(key, []).append(Win(_award(m["award"]), verb, r))
            break
    book.wins_ = wins
    return wins


def win_before(book: NameBook, key: str | None, ts: float, told: list[Report]) -> Win | None:
    """The lead person's last win before `ts`, when no report the item tells is it."""
    if key is None:
        return None
    own = {id(r) for r in told}
    earlier = [w for w in night_wins(book).get(key, []) if w.report.ts <= ts]
    if not earlier or any(id(w.report) in own for w in earlier):
        return None
    return earlier[-1]


def with_win(paragraphs: list[str], display: str, win: Win, ts: float) -> list[str] | None:
    """The body's paragraphs with the win said where the opening names the lead person (see the module); None when it
    cannot be said there, or the body tells a win already."""
    at = next((k for k, p in enumerate(paragraphs) if p), None)
    if at is None or any(_TOLD.search(p) for p in paragraphs):
        return None
    if any(w in fold(" ".join(paragraphs)).split() for w in alnum_words(fold(win.award)) if len(w) > 4):
        return None  # ("the lifetime achievement" told in any way)
    opening = paragraphs[at]
    if not opening.startswith(f"{display} ") or re.match(r"[a-z]", opening[len(display) + 1 :]) is None:
        return None
    when = "minutes earlier" if ts - win.report.ts <= MINUTES_BEFORE else "earlier that night"
    told = f"{display}, who had {win.verb} {win.award} {when}, {opening[len(display) + 1 :]}"
    return [*paragraphs[:at], told, *paragraphs[at + 1 :]]
