"""How a setup reads in a body: the copy of an earlier moment the lead moment began with (`beats._began` tells it).

A setup is told before the scene it sets up, never spliced into it: an award its lead person won (or lost, or was
named for) in one short sentence is folded in front of the lead sentence ("It began minutes earlier, when Ossie Pratt
won Debut of the Year." and "Ossie Pratt, 19, beatboxed …" → "After winning Debut of the Year, Ossie Pratt, 19,
beatboxed …", `folded`; and a second one, minutes before: "Minutes after winning Best Score, …",
`folded_minutes_before`). A setup that only says where someone was ("Crush was on the main stairs.") is no cause of
anything and is never printed (`only_there`)."""

from __future__ import annotations

import re

from .places import PLACE_WORDS
from .textutil import alnum_words, fold

# a win (or a loss, a title) in a setup's words, who and what: "Wynn Brandeau won Best Newcomer", a title in quotes
_WHO = r"(?P<who>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,3})"
_WON = r"(?P<verb>won|lost|collected|accepted|picked up|took home|was named|was crowned|was voted)"
_WHAT = r"(?P<what>[^,;:.“”()]{3,60}(?:“[^“”]{1,40}”)?)"
# the printed setup of one short sentence: "It began minutes earlier, when Wynn Brandeau won Best Newcomer."
# (its "what" may hold a stop, "St. Kilda": the sentence ends the setup)
_ONE_ACT = re.compile(rf"^It began [^,“”:]{{3,60}}, when {_WHO} {_WON} {_WHAT.replace(':.', ':')}\.$")
_GERUND = {
    "won": "winning",
    "lost": "losing",
    "collected": "collecting",
    "accepted": "accepting",
    "picked up": "picking up",
    "took home": "taking home",
    "was named": "being named",
    "was crowned": "being crowned",
    "was voted": "being voted",
}
_AND_ACT = re.compile(r" and [a-z]")  # "won Best Score and kissed the conductor": two acts, not one phrase
_OPENING_NAME = re.compile(r"^[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,3}(?=[ ,])")


def folded(lead: str, setup: str) -> str | None:
    """The lead paragraph with its one setup folded in front of its first sentence, when the setup is one short act
    of the lead sentence's subject (`_ONE_ACT`: a win, a loss, a title): "After winning Debut of the Year, Ossie
    Pratt, 19, beatboxed …". None when it does not fold (another person, two acts, a quote, a lead sentence that
    opens on anything but its subject's name)."""
    m = _ONE_ACT.match(setup)
    if m is None or _AND_ACT.search(m.group("what")) or len(m.group("what").split()) > 8:
        return None
    opening = _OPENING_NAME.match(lead)
    if opening is None:
        return None
    who, named = m.group("who").split(), opening.group(0).split()
    if who[-1] != named[-1] and named != who[:1] and who != named[:1]:
        return None  # (another person's win: told as what it began with; "Ossie had won" is Ossie Pratt's, named by
        # the given name beside her grandfather Len Pratt)
    return f"After {_GERUND[m.group('verb')]} {m.group('what')}, {lead}"


# a second setup told minutes before the lead moment, a win of its lead person: "Minutes earlier, Aghababyan had won
# Best Score. He went up without jacket, speech 20 seconds."
_WON_MINUTES_BEFORE = re.compile(
    rf"^Minutes earlier, {_WHO} had "
    r"(?P<verb>won|lost|collected|accepted|picked up|taken home|been named|been crowned|been voted) "
    rf"{_WHAT}\."
)
# the one setup, told as what the lead moment began with: "It began minutes earlier, when Pašić won Best Newcomer for
# “Dječak s Vratnika”. Backstage he could not undo his bow tie …"
_BEGAN_WITH_WIN = re.compile(rf"^It began minutes earlier, when {_WHO} {_WON} {_WHAT}\.(?= [A-Z]|$)")
_BEGAN_WITH_AWARD = re.compile(
    r"^It began minutes earlier, when (?P<award>Best [^,;:.“”()]{2,40}?) went to "
    rf"{_WHO}(?: for (?P<title>“[^“”]{{1,40}}”))?\.(?= [A-Z]|$)"
)
_HAD_DONE = {
    "taken home": "took home",
    "been named": "was named",
    "been crowned": "was crowned",
    "been voted": "was voted",
}


def folded_minutes_before(lead: str, setup: str, others: frozenset[str] = frozenset()) -> str | None:
    """The lead paragraph opened on a win its lead person had minutes before it, told as a second setup ("Minutes
    earlier, Aghababyan had won Best Score. He went up without jacket, speech 20 seconds."): "Minutes after winning
    Best Score, Levon Aghababyan, Jr. came straight from the stage …" (round 41: told after the carpet promise, its
    "Minutes earlier" read as minutes before the carpet), or as the one setup with more copy after it ("It began
    minutes earlier, when Pašić won Best Newcomer for “Dječak s Vratnika”. Backstage he could not undo his bow tie
    …": told last, an afterthought). The rest of that setup's copy goes with it (how the winner went up: the lead
    moment is the news), unless it names another person of the story (`others`: folded words of their names, "In the
    wings her dad Hollis had been mouthing every word"): that setup is told as it was. None when it does not fold
    (`folded`'s rules), or when the one setup is one short sentence `folded` tells ("After winning …, …").
    """
    m = _WON_MINUTES_BEFORE.match(setup) or _BEGAN_WITH_WIN.match(setup)
    award = _BEGAN_WITH_AWARD.match(setup) if m is None else None
    if m is not None:
        who, verb, what, rest = m["who"], _HAD_DONE.get(m["verb"], m["verb"]), m["what"], setup[m.end() :]
    elif award is not None:  # "… when Best Actress went to Karahasanović for “Zima u Bistriku”": she won it
        title = f" for {award['title']}" if award["title"] else ""
        who, verb, what, rest = award["who"], "won", award["award"] + title, setup[award.end() :]
    else:
        return None
    if not rest.strip() and _ONE_ACT.match(setup):
        return None  # ("It began minutes earlier, when Ossie Pratt won Debut of the Year.": `folded`'s)
    if any(w in others for w in alnum_words(fold(rest))):
        return None  # (what the rest tells of another person of the story is never dropped with it)
    once = folded(lead, f"It began minutes earlier, when {who} {verb} {what}.")
    return f"Minutes after {once[len('After ') :]}" if once is not None else None


# where someone was, and nothing else: "Crush was on the main stairs.", "Dee and Ro were still at the bar."
_ONLY_THERE = re.compile(
    r"^(?:[A-Z][\w'’-]+(?: (?:[A-Z][\w'’-]+|and|&))*|[Hh]e|[Ss]he|[Tt]hey) (?:was|were) (?:still |already |just )?"
    r"(?:on|at|in|by|near|outside|inside|behind) the (?:[\w'’-]+ ){0,3}(?P<place>[a-z]+)\.?$"
)


def only_there(sentence: str) -> bool:
    """Whether a setup's sentence only says where someone was, a place and nothing else ("Crush was on the main
    stairs."; never "was on his third cortado", "was at the bar, eyeing the hat"), or that they were there ("…,
    Júlia Serra Vidal was there."): a scene that is no cause, never told as what a moment began with."""
    m = _ONLY_THERE.match(sentence.strip())
    if m is not None and m.group("place") in PLACE_WORDS:
        return True
    # "… before her mother had even reached the stage steps, Júlia Serra Vidal was there.": there, and no more
    return there_who(sentence) is not None


def there_who(sentence: str) -> str | None:
    """Who a sentence says was there, and no more ("…, Júlia Serra Vidal was there." → "Júlia Serra Vidal"), or
    None."""
    m = _WAS_THERE.match(sentence.strip().rsplit(", ", 1)[-1])
    return m.group("who") if m is not None else None


_WAS_THERE = re.compile(
    r"^(?P<who>[A-Z][\w'’-]+(?: (?:[A-Z][\w'’-]+|and|&))*|[Hh]e|[Ss]he|[Tt]hey) (?:was|were) (?:still |already |just )?"
    r"(?:there|here)\.?$"
)
