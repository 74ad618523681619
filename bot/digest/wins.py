"""What the lead person had won that night, said where the body first names them, when the item's own moments do not
tell it: "Tatev Hovsepyan, who had won the Female Vocal award minutes earlier, did not come to the press room alone."
The statuette she puts in her teacher's hands is that award; without it a reader meets "the statuette" and has to
guess (round 41: Tatev's Female Vocal, Mirza Hašimović's lifetime award, Alberto Sotolongo's Best Film Score were each
"never said"). A win is a report of the night, never retracted or dropped, that reads as a result with the winner
tagged and named in it (`_RESULTS`: "WIN Female Vocal: Tatev H. Third straight.", "Best Actress: Lejla K.", "Mirza
Hašimović received the lifetime achievement award.", "Best Song went to Nilo Sá"); the body tells it only when it
opens on the lead person's name and an act ("Tatev Hovsepyan did not come …", never over an appositive of its own)
and the win came before the lead moment; or else (a body opening on a loss hours before the win, another person's
win) in the trophy they hold, in a sentence naming them ("still holding the Best Debut trophy"); never when the body
tells a win already ("Minutes after winning …", "acceptance speech", the award's own words). The report it came from
is credited with the item."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from .clauses import sentences
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
_TOLD = re.compile(
    r"\b(?:won|wins|winning|winner|award|prize|acceptance|accepted|accepting|collected|went to|gone to|goes to)\b",
    re.I,
)
MINUTES_BEFORE = 30 * 60  # seconds: a win this soon before the moment was "minutes earlier"


@dataclass(frozen=True)
class Win:
    award: str  # as the body prints it: "Best Debut", "the Female Vocal award", "the lifetime achievement award"
    verb: str  # in the past perfect's participle: "won", "received"
    report: Report


def _award(award: str) -> str:
    award = award.strip()
    low = award.lower()
    if low.endswith((" award", " prize", " trophy")):  # ("the Best Song award", never "had received Best Song award")
        return award if low.startswith(("the ", "a ", "an ")) else f"the {award}"
    if low.startswith(("best ", "the best ")) or " of the year" in low:
        return award.removeprefix("the ").removeprefix("The ")
    return f"the {award} award"


def _winner(who: str, r: Report, book: NameBook) -> str | None:
    """The tagged person the result names ("Tatev H." is Tatev Hovsepyan): a word of their name first."""
    words = alnum_words(fold(who))
    return next((k for k in r.names if words and words[0] in book.alias_words.get(k, frozenset())), None)


def _may_be_a_result(what: str) -> bool:
    """A cheap first look (`str.__contains__`, no regex: a star is tagged in thousands of reports): only a text with
    one of these words in its opening (every result pattern reads the text's start) may be a result."""
    head = what[:_HEAD]
    return any(word in head for word in _RESULT_WORDS)


_HEAD = 90  # characters: a result says so within its opening ("Mirza Hašimović received the lifetime …")


_RESULT_WORDS: tuple[str, ...] = ("WIN", "Best ", "of the Year", " won ", " received ", " collected ", " picked up ")
_RESULT_WORDS += (" took home ", "accepted", "went to")


def _win_in(r: Report, key: str, book: NameBook) -> Win | None:
    """The win a report tells of the person `key`, or None (worked out once per report and person)."""
    if book.wins_ is None:
        book.wins_ = {}
    cached = book.wins_.get((r.index, key), False)
    if cached is not False:
        return cached
    win = None
    what = r.sighting.what
    if not r.dropped and _may_be_a_result(what):  # (in any register: the patterns are English words)
        for pattern in _RESULTS:
            m = pattern.match(what.strip().lstrip("*_ "))
            if m is None:
                continue
            if _winner(m["who"], r, book) == key:
                verb = _HAD[m["verb"]] if "verb" in m.groupdict() and m["verb"] else "won"
                win = Win(_award(m["award"]), verb, r)
            break
    book.wins_[(r.index, key)] = win
    return win


def _by_person(book: NameBook) -> dict[str, list[Report]]:
    """The night's reports by each person they tag, in time order (worked out once per night)."""
    if book.reports_by_person_ is None:
        index: dict[str, list[Report]] = {}
        for r in book.reports:
            for k in r.names:
                index.setdefault(k, []).append(r)
        book.reports_by_person_ = index
    return book.reports_by_person_


def win_before(book: NameBook, key: str | None, ts: float) -> Win | None:
    """A person's last win before `ts` (the last report the item tells), whether or not a moment of the item holds
    its report (the body may not tell it: `with_win` reads the body), among their WIN_LOOKBACK last reports before it
    (a star of a synthetic night is tagged in thousands: the scan is bounded, a real night's person has dozens)."""
    if key is None:
        return None
    reports = _by_person(book).get(key, [])
    end = bisect_right(reports, ts, key=lambda r: r.ts)
    for r in reversed(reports[max(0, end - WIN_LOOKBACK) : end]):
        win = _win_in(r, key, book)
        if win is not None:
            return win
    return None


WIN_LOOKBACK = 400  # reports of a person read back from the item's last for a win


# the award's thing, held or carried after the win ("ran to the cloakroom still holding the trophy")
_THE_THING = re.compile(r"\b(?:still )?(?:holding|clutching|carrying|with) the (?P<thing>trophy|statuette|award)\b")


def _the_trophy_named(paragraphs: list[str], named_as: tuple[str, ...], win: Win) -> list[str] | None:
    """The body's paragraphs with the first "holding the trophy" after the opening's sentence saying which one
    ("still holding the Best Debut trophy": Nare Simonyan's, round 41 Yerevan, whose body opens on her lost earring
    hours before the win), when its sentence names the winner before it (`named_as`: their names as the body prints
    them); None when no sentence holds one."""
    award = win.award.removeprefix("the ")
    award = award[: -len(" award")] if award.endswith(" award") else award
    for k, p in enumerate(paragraphs):
        m = _THE_THING.search(p)
        sentence = (sentences(p[: m.start()]) or [""])[-1] if m is not None else ""
        if m is not None and any(n and n in sentence for n in named_as):
            named = f"{m.group(0)[: m.start('thing') - m.start()].removesuffix('the ')}the {award} {m['thing']}"
            return [*paragraphs[:k], p[: m.start()] + named + p[m.end() :], *paragraphs[k + 1 :]]
    return None


def may_say_a_win(paragraphs: list[str], names: list[str]) -> bool:
    """Whether a body could take a win at all (`with_win`'s cheap tests first, so the night's results are read only
    for such a body): nothing in it tells a win, and it opens on one of its people (`names`, as printed) or holds a
    trophy."""
    at = next((k for k, p in enumerate(paragraphs) if p), None)
    if at is None or any(_TOLD.search(p) for p in paragraphs):
        return False
    return any(paragraphs[at].startswith(f"{n} ") for n in names) or any(_THE_THING.search(p) for p in paragraphs)


def with_win(
    paragraphs: list[str], display: str, again: str, win: Win, ts: float, *, lead: bool = True
) -> list[str] | None:
    """The body's paragraphs with the win said where the opening names the lead person (see the module), or else in
    the trophy a sentence has them holding (`_the_trophy_named`); None when it cannot be said, or the body tells a win
    already. `ts`: when the lead moment happened; `again`: the winner's name as the body writes it again; `lead`:
    whether they are the item's lead person (only theirs opens the body)."""
    at = next((k for k, p in enumerate(paragraphs) if p), None)
    if at is None or any(_TOLD.search(p) for p in paragraphs):
        return None  # ("Earlier that night, Best Song had gone to Sargsyan": told already, never twice)
    if any(w in fold(" ".join(paragraphs)).split() for w in alnum_words(fold(win.award)) if len(w) > 4):
        return None  # ("the lifetime achievement" told in any way)
    opening = paragraphs[at]
    opens = opening.startswith(f"{display} ") and re.match(r"[a-z]", opening[len(display) + 1 :]) is not None
    if not lead or not opens or win.report.ts > ts:  # (a win after the moment the body opens on: never "who had won")
        return _the_trophy_named(paragraphs, (display, again), win)
    when = "minutes earlier" if ts - win.report.ts <= MINUTES_BEFORE else "earlier that night"
    told = f"{display}, who had {win.verb} {win.award} {when}, {opening[len(display) + 1 :]}"
    return [*paragraphs[:at], told, *paragraphs[at + 1 :]]
