"""A report that corrects another, told as its news: "Correction to the earlier report: Ada won Best Score, not Best
Newcomer." is "Ada won Best Score." The preamble saying it corrects ("Correction:", "CORRECTION to my earlier post
-", "Small correction —", "Correcting my last one:") is the desk's business, and what the report retracts (", not
Best Newcomer", "(not Kemi)", "rather than …", a sentence "Not Best Newcomer.") is never said again: the article
tells what happened, not what a report got wrong. Quoted speech is never touched. Used on every text of copy
(`gates.story_text`, `copyedit.tidy`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from bot.text import NUMBER_VALUES

# a report correcting another opens by saying so ("Correction to the earlier report:", "CORRECTION to my earlier
# post -", "Small correction —", "Correcting my last one:"): what follows is the news, the preamble is the desk's
_CORRECTION = re.compile(
    r"^(?:update\s*[/&+]\s*)?(?:(?:sorry|oops|apologies)\s*[,—–-]?\s*)?"  # ("sorry, my mistake:")
    r"(?:(?:small|quick|minor|one|a|important|major)\s+)?"  # ("UPDATE/CORRECTION:")
    r"(?:correction|clarification|erratum|correcting|to correct|scratch that|my mistake|my bad"
    r"|ignore (?:my|our) (?:last|earlier|previous))\b"
    r"(?:\s+(?:to|on|re|of|for|about)\s+(?:my|our)\s+(?:last|earlier|previous)(?:\s+(?:one|post|report))?(?=,)"
    r"|\s+(?:to|on|re|of|for|about)\s+[^:—–.!?\x00]{1,50}?|\s+(?:my|our)\s+[\w-]+(?:\s+[\w-]+)?)?"
    r"\s*(?::|—|–|\s-|\.|!|,)\s*(?=\S)",  # ("correction to my last, it was his jacket")
    re.IGNORECASE,
)
# what a correction retracts, said again: ", not Best Newcomer", "(not Kemi)", "Best Score not Best Newcomer",
# "rather than …", "instead of …": never printed (the article tells what happened, not what was wrong)
_RETRACTED = re.compile(
    # (in a cleft, between commas: "it was Mara's shoe, not her award, that rolled …" → "it was Mara's shoe that …")
    r",\s*(?:not|NOT|rather than|instead of)\s+[^,.;:!?\x00—–“”\x22]{1,60}?,(?=\s+(?:that|who|which)\b)"
    r"|\s*\((?:not|NOT|rather than|instead of)\s[^()]{1,60}\)"
    r"|,?\s*(?:—|–)?\s*\b(?:and )?(?:not|NOT|rather than|instead of)\s+(?:the\s+|a\s+|an\s+)?(?=[A-Z\d])"
    r"[^,.;:!?\x00—–“”\x22]{1,60}?(?=\s*(?:[,.;:!?—–]|$))"
    r"|,\s*(?:and )?(?:not|NOT|rather than|instead of)\s+[^,.;:!?\x00—–“”\x22]{1,60}?(?=\s*(?:[.;:!?—–]|$))"
)
_CLEFT = re.compile(
    r"^(?:[Ii]t|[Tt]hat) was ((?:[A-Z][\w'’-]*\s+(?:from\s+(?:the\s+)?)?){0,3}[A-Z][\w'’-]*) (?:who|that) "
)  # "It was Ada Obi who won …"
# "that was Ada Obi leaving early …": Ada Obi was leaving early
_CLEFT_ING = re.compile(
    r"^(?:[Ii]t|[Tt]hat) was ((?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*(?:['’]s \w+)?) (?=[a-z]+ing\b|with\b|at\b|in\b)"
)  # "that was Ada Obi leaving early …", "that was Kostas's brother with Vega": Ada Obi was leaving, … was with
# a cleft whose focus was the retracted claim, left empty before the cleft that puts it right ("It was, it was …")
_EMPTIED_CLEFT = re.compile(r"^(?:[Ii]t|[Tt]hat) was,\s+(?=(?:[Ii]t|[Tt]hat) was\b)")
_NOT_SENTENCE = re.compile(
    r"(?:^|(?<=[.!?]\s))(?:and\s+)?(?i:not)\s+[^.!?\x00“”\x22]{1,60}[.!?]\s*"
)  # "Not Best Newcomer."


@lru_cache(maxsize=8192)
def is_correction(text: str) -> bool:
    """Whether a report opens by saying it corrects another ("correction to my last: …"): it stands in for the
    report it retracts and is never another moment's report (`matching.same_moment`): "that was Palesa leaving
    early, NOT Lesedi. Lesedi is still at the bar" is no report of Lesedi at the bar."""
    return _CORRECTION.match(text) is not None


# the words one of which `_CORRECTION`'s preamble holds, lowered ("correct" of "correction", "correcting", "to
# correct"): an ASCII text lowered holding none of them is no correction (a closed list: the pattern's own keywords)
_CORRECTION_WORDS = ("correct", "clarification", "erratum", "scratch that", "my mistake", "my bad", "ignore ")


def corrections_among(texts: Sequence[str]) -> set[int]:
    """The positions of the texts that are corrections (`is_correction`): the night's ASCII texts lowered together and
    searched once for `_CORRECTION`'s keywords (no keyword spans the separator), post by post only on a night that
    holds one; a text beyond ASCII always by the pattern (whose case-blind matching reads some letters beyond ASCII
    as ASCII ones: "ſ" as "s")."""
    lowered = "\x00".join([text for text in texts if text.isascii()]).lower()
    if any(word in lowered for word in _CORRECTION_WORDS):
        return {k for k, text in enumerate(texts) if _may_be_correction(text) and is_correction(text)}
    return {k for k, text in enumerate(texts) if not text.isascii() and is_correction(text)}


def saying_not(texts: Sequence[str]) -> list[int]:
    """The positions of the texts holding "not", "NOT" or "Not" (`number_fix`'s cheap test: "it's EIGHT years, not
    twelve"), in order: worked out once a night for both passes that ask (`night._numbers_put_right`,
    `unapplied.not_applied`). (Three searches of the night's texts joined cost more: one "—" makes the joined text
    two bytes a character.)"""
    return [k for k, text in enumerate(texts) if "not" in text or "NOT" in text or "Not" in text]


def _may_be_correction(text: str) -> bool:
    if not text.isascii():
        return True
    lowered = text.lower()
    return any(word in lowered for word in _CORRECTION_WORDS)


def corrected(text: str) -> str:
    """A report correcting another told as its news: the preamble saying it corrects left out, and what it
    retracts never said again ("Correction to the earlier report: Ada won Best Score, not Best Newcomer." → "Ada won
    Best Score."; "Correction: it was Ada Obi who won, not Kemi Lawal." → "Ada Obi won."; "correction to my last:
    that was Ada Obi leaving early, NOT Kemi." → "Ada Obi was leaving early."). Any other text as it is."""
    m = _CORRECTION.match(text)
    if m is None:
        return text
    back = [n for n in (_unpossessive(n) for n in named_back(text)) if n]
    rest = _NOT_SENTENCE.sub("", _RETRACTED.sub("", text[m.end() :])).strip()
    rest = _EMPTIED_CLEFT.sub("", rest)  # "it was not Wren at the buffet, it was Pia who …": "it was Pia who …"
    rest = _news_only(rest, back) or rest
    rest = " ".join(_CLEFT_ING.sub(r"\1 was ", _CLEFT.sub(r"\1 ", t)) for t in re.split(r"(?<=[.!?])\s+", rest))
    return rest[:1].upper() + rest[1:] if rest else text


# a cleft left with nothing but whose it was once the retracted part is gone: "it was KENJI's stream."
_BARE_CLEFT = re.compile(r"^(?:[Ii]t|[Tt]hat) was (?:[A-Z][\w'’-]*\s+){0,3}[A-Za-z][\w'’-]*(?:\s+[a-z]+)?[.!]?$")


# a sentence that opens as a cleft, saying whose or what it was ("It was a waiter who tripped", "It's Ada's")
_CLEFT_OPENING = re.compile(r"^(?:It|That) (?:was|is)\b|^It['’]s\b")


def opens_with_cleft(text: str) -> bool:
    """Whether `text` opens as a cleft ("It was a waiter who tripped"): a correction's retraction, not an act."""
    return _CLEFT_OPENING.match(text) is not None


_DENIED_CLEFT = re.compile(r"^(?:[Ii]t|[Tt]hat) (?:wasn['’]t|was not|isn['’]t|is not) [A-Z]")


def _unpossessive(name: str) -> str:
    return re.sub(r"['’]s$", "", name.strip())


def _news_only(rest: str, back: Sequence[str]) -> str:
    """The sentences of a correction's text that tell news: never a cleft that only says whose it was ("it was
    KENJI's stream."), nor a sentence about someone it says was not so ("Rain was nowhere near it, she was in the
    wings" after "not Rain's"): what the article tells is what happened. "" when no sentence is left."""
    said = re.split(r"(?<=[.!?])\s+", rest)
    if len(said) < 2:
        return rest
    kept = [
        t
        for t in said
        if _BARE_CLEFT.match(t) is None
        and _DENIED_CLEFT.match(t) is None  # ("it wasn't Dessie McGurk, he was on stage presenting at the time.")
        and not any(re.match(rf"{re.escape(n)}(?:['’]s)? [a-z]", t) for n in back)
    ]
    return " ".join(kept)


# what a correction says was not so, by name: "…, not Pam Reyes", "(not Ivo)", "it was not Otto Berg", "rather than
# Kemi": one to four capitalised words after the "not"
_NAMED_BACK = re.compile(
    r"\b(?:not|NOT|Not|rather than|instead of|(?:it|that) (?:wasn['’]t|isn['’]t))\s+(?:the\s+|a\s+|an\s+)?"
    r"((?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*)"
)
# whose post a correction is about: "correction to Amy's post", "re Dee's report"
_WHOSE = re.compile(
    r"\b([A-Z]?[\w-]+)['’]s\s+(?:last\s+|earlier\s+)?(?:post|report|sighting|spot|one)\b", re.IGNORECASE
)
# what a correction that only takes back says beside it: "wrong person", "my mistake", an emptied "it was"
_ONLY_BACK = re.compile(
    r"\b(?:wrong (?:person|name|guy|one|table|show)|my (?:mistake|bad)|sorry|apologies|it was|that was)\b|[^\w\s]",
    re.IGNORECASE,
)


def takes_back_only(text: str) -> bool:
    """Whether a correction says only what was not so ("ignore my last, wrong person, it was not Otto Berg"): no
    news of its own to tell once the post it takes back is left out."""
    m = _CORRECTION.match(text)
    if m is None:
        return False
    rest = _ONLY_BACK.sub(" ", _NOT_SENTENCE.sub("", _RETRACTED.sub("", text[m.end() :])))
    return not rest.split()


def named_back(text: str) -> tuple[str, ...]:
    """The names a correction says were not so ("Correction: it was Lulu Okafor who left through the kitchen, not
    Pam Reyes." → ("Pam Reyes",); "ignore my last, wrong person, it was not Otto Berg" → ("Otto Berg",)); () for
    any other report and for a correction that takes back no name ("Best Score, not Best Newcomer" names an award:
    the caller keeps only names of the people of the post it corrects)."""
    if not is_correction(text):
        return ()
    return tuple(m.group(1) for m in _NAMED_BACK.finditer(text))


def whose_post(text: str) -> str | None:
    """The correspondent whose post a correction says it corrects ("correction to Amy's post: …" → "Amy")."""
    m = _WHOSE.search(text[:80])
    return m.group(1) if m and m.group(1).lower() not in ("my", "our", "his", "her", "their") else None


_NUMBER = r"(?:\d+|" + "|".join(sorted(NUMBER_VALUES, key=len, reverse=True)) + r")"
# a detail put right in a correspondent's later post: "it's EIGHT years, not twelve", "two fifties, not a hundred",
# "8 (not 12) encores", "the second, not the first": what it was, with its unit, then what it was not
_NUMBER_FIX = re.compile(
    rf"(?<![\w'’-])(?P<a>{_NUMBER})(?P<unit>(?:\s+[a-z]+)?)\s*(?:,|—|–|\()?\s*(?:and\s+)?not\s+(?:the\s+)?(?P<b>{_NUMBER})(?![\w'’-])",
    re.IGNORECASE,
)


def number_fix(text: str) -> tuple[str, str, str] | None:
    """The number a post puts right, as (what it was, its unit, what it was not): "update on the driver: it's EIGHT
    years, not twelve" → ("EIGHT", " years", "twelve"). None when the post puts no number right."""
    if "not" not in text and "NOT" not in text and "Not" not in text:
        return None  # (the cheap test first: most posts put nothing right)
    lowered = text.lower()
    at = lowered.find("not ")
    while at >= 0 and not _after_not(lowered, at + 4):
        at = lowered.find("not ", at + 4)
    if at < 0:
        return None  # (no number after any "not": the search below would find nothing)
    m = _NUMBER_FIX.search(text)
    return (m.group("a"), m.group("unit"), m.group("b")) if m else None


def _after_not(lowered: str, at: int) -> bool:
    """Whether the word at `at` (after a "not ") is a number, or an article before one ("not a hundred", "not the
    first")."""
    word = lowered[at : at + 12].split(" ", 2)
    head = word[1] if word and word[0] in ("a", "an", "the") and len(word) > 1 else (word[0] if word else "")
    head = head.rstrip(",.;:!?)")
    return head.isdigit() or head in NUMBER_VALUES


def _value(number: str) -> int | None:
    word = " ".join(number.lower().split())
    return int(word) if word.isdigit() else NUMBER_VALUES.get(word)


def amended(earlier: str, fix: tuple[str, str, str]) -> str | None:
    """`earlier` (a post) with the number a later post of its correspondent put right said as put right ("has driven
    him to gigs for 12 years" and "it's EIGHT years, not twelve" → "… for eight years"; "slipped him a hundred" and
    "two fifties, not a hundred" → "slipped him two fifties"), outside quoted speech; None when `earlier` does not
    say the number the fix takes back."""
    right, unit, wrong = fix
    value = _value(wrong)
    if value is None:
        return None
    for m in re.finditer(rf"(?<![\w'’-]){_NUMBER}(?![\w'’-])", earlier, re.IGNORECASE):
        if _value(m.group(0)) != value:
            continue
        before = earlier[: m.start()]
        if before.count("“") > before.count("”") or before.count('"') % 2:
            continue  # (someone's words are never changed)
        said = right.lower() if not right.isdigit() else right
        if m.group(0).isdigit() and (n := _value(right)) is not None and n >= 10:
            said = str(n)  # a figure stays a figure: "for 14 years", not "for fourteen years"
        end = m.end()
        if unit and not earlier[end:].lower().startswith(unit.lower()):
            said += unit  # "a hundred" → "two fifties"
        return earlier[: m.start()] + said + earlier[end:]
    return None
