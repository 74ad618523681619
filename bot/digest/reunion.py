"""A reunion's headline: two people of the moment whom its report says had not spoken (sung, played) together for
years, and what the two then did together at last — "Đurđica Vrančić and Nevenka Bašić Sing Together for the First
Time Since 1999", "… Talk for the First Time in Eleven Years".

Three reviewers in a row (round 36: Zagreb, Lahore, Ulaanbaatar) marked down the clause the writer took from such a
report ("… Sing the First Verse", "… Reach for the Last Cup of the Night", "… Find Themselves Alone"): the years of
silence are the news, and the clause that tells them (`headline_check.backstory`: "… Haven't Spoken Since 1999") is
never a headline alone. The two are joined here: the span from the silence, the act from that sentence or a later one
whose subject is the two of them ("They talked for ten minutes", "Then the two of them sang …")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from .clauses import named_in_order
from .cutting import TARGET_LEN
from .textutil import fold, wordset

_YEAR = r"(?P<year>(?:19|20)\d\d)"
_SPAN = r"(?P<span>[\w-]+) years"
_NOT = r"(?:had not|hadn't|had never|have not|haven't|has not|hasn't|not)"
_TOGETHER = r"(?:spoken|talked|sung|played|performed|appeared|been on (?:a|the same) stage)"
# "had not spoken since their duo, Vrančić & Bašić, split in 1999", "had not spoken in eleven years", "split Tömör
# Shuvuu in 2021 and had not spoken since", "the first time they have spoken since Aangan Ki Dhoop wrapped in 2017"
_SILENCE = (
    re.compile(rf"\b{_NOT} {_TOGETHER}(?: (?:to each other|together|a word))? since\b[^.;!?]{{0,60}}?\b{_YEAR}\b"),
    re.compile(rf"\b{_NOT} {_TOGETHER}(?: (?:to each other|together|a word))? (?:in|for) {_SPAN}\b"),
    re.compile(rf"\bin {_YEAR} and {_NOT} {_TOGETHER}(?: (?:to each other|together))? since\b"),
    re.compile(rf"\bfirst time (?:they|the two)(?: have| had|'ve|'d)? {_TOGETHER} since\b[^.;!?]{{0,60}}?\b{_YEAR}\b"),
    re.compile(rf"\bfirst time (?:they|the two)(?: have| had|'ve|'d)? {_TOGETHER} in {_SPAN}\b"),
    # a correspondent's shorthand, a sentence of its own after what the two did: "10 minutes talking, her hand on his
    # arm. First time since '21." (round 46, Yerevan: headed "… Meet for the Second Time")
    re.compile(
        r"(?:^|(?<=[.;!?] ))(?:the )?first (?:time|words)(?: together)? since (?:[^.;!?\d']{0,30} in )?"
        r"['’](?P<yy>\d\d)\b",
        re.IGNORECASE,
    ),  # ("First words since the divorce in '21.", breaker 61)
)
_CENTURY_TURN = 40  # a year written "'41" or later is of the 1900s

# the two of them, as a later sentence's subject
_THE_TWO = r"(?:they|the two(?: of them)?|both(?: of them)?|the pair)"
# what the two did together at last, and how a headline says it (base form; "together" where the verb needs it)
_ACTS = {
    "talked": "Talk",
    "spoke": "Talk",
    "sang": "Sing Together",
    "played": "Play Together",
    "performed": "Perform Together",
    "danced": "Dance Together",
    "hugged": "Hug",
    "embraced": "Embrace",
    "shook hands": "Shake Hands",
    "talking": "Talk",  # (shorthand: "10 minutes talking, her hand on his arm")
    "singing": "Sing Together",
}
_TOWARDS = frozenset({"hugged", "embraced", "shook hands", "talked", "spoke"})  # done by one to the other, or both
_THEY_OPEN = re.compile(rf"^{_THE_TWO}\b", re.IGNORECASE)
_ACT = re.compile(rf"(?:^|\b(?:then|and|so),? ){_THE_TWO}\b(?P<rest>[^.;!?]*)", re.IGNORECASE)
_VERB = re.compile(r"\b(?P<verb>" + "|".join(_ACTS) + r")\b")
_NUMBER_WORDS = wordset("two three four five six seven eight nine ten eleven twelve")


def _silence(text: str) -> tuple[re.Match[str], str] | None:
    """The report's first words of the two's silence and how a headline ends on it ("Since 1999", "in Eleven
    Years"); None when it says none (or no span a headline can give: "in many years")."""
    told: list[tuple[re.Match[str], str]] = []
    for pattern in _SILENCE:
        found = pattern.search(text)
        if found is None:
            continue
        year, span = found.groupdict().get("year"), (found.groupdict().get("span") or "").lower()
        if found.groupdict().get("yy"):
            yy = found.group("yy")  # (a night of the 2030s: "'21" is 2021, "'98" 1998, breaker 61)
            year = f"{'19' if int(yy) > _CENTURY_TURN else '20'}{yy}"
        if year:
            told.append((found, f"Since {year}"))
        elif span[:1].isdigit() or span in _NUMBER_WORDS:
            told.append((found, f"in {span.capitalize()} Years"))
    return min(told, key=lambda t: t[0].start()) if told else None


def silence(text: str) -> str | None:
    """How long the report says the two had not spoken (or sung, played) together, as a headline ends on it: "Since
    1999", "in Eleven Years"; None when it does not say."""
    found = _silence(text)
    return found[1] if found is not None else None


def _the_two(text: str, names: Sequence[str]) -> tuple[str, str] | None:
    """The first two people of the moment the report names, in its order, by the roster's spelling."""
    seen = named_in_order(text, names)
    return (seen[0], seen[1]) if len(seen) >= 2 else None


# one of the two who spoke, first or to the other, the sentence's first clause ("Begoña spoke first;", never
# "Lisbet spoke to the cloakroom attendant", breaker 61)
_SPOKE = re.compile(
    r"(?P<who>[^\W\d_]+(?: [^\W\d_]+)?) (?P<rest>(?:spoke|talked)(?: (?P<how>first|up|to (?P<whom>(?:(?! and )"
    r"[^.;!?,])+)))?)(?=[.;!?,]| and |$)"
)


def _one_spoke(sentence: str, two: tuple[str, str]) -> str | None:
    """What a sentence opening with one of the two who then spoke says ("Begoña spoke first; within minutes they were
    laughing": the silence broken, by either of them), from its verb; None otherwise."""
    found = _SPOKE.match(sentence)
    if found is None:
        return None
    who = fold(found.group("who")).split()
    whom = fold(found.group("whom") or "").split()
    one = [n for n in two if any(w in fold(n).split() for w in who)]
    if len(one) != 1 or (whom and not any(w in fold(n).split() for n in two if n not in one for w in whom)):
        return None  # (to someone else: no reunion)
    return found.group("rest")


def reunion_headline(text: str, names: Sequence[str]) -> str | None:
    """The headline of a reunion the report tells (`silence`, then what the two did together: the predicate after
    the relative clause that told the silence, "… and Tomas Berg, who had not spoken in ten years, hugged …", else a
    sentence whose subject is the two of them, "they", "the two of them", "both"), in title case; None when the
    report tells none, or names fewer than two people of the moment."""
    said = _silence(text)
    two = _the_two(text, names) if said is not None else None
    if said is None or two is None:
        return None
    found, span = said
    relative = text[: found.start()].endswith(("who ", "who've ", "who'd "))
    tail = re.split(r"[.;!?]", text[found.end() :], maxsplit=1)[0] if relative else ""
    sentences = re.split(r"(?<=[.;!?])\s+", text)
    acts = [tail] + [act.group("rest") for s in sentences for act in _ACT.finditer(s)]
    acts += [rest for s in sentences if (rest := _one_spoke(s, two)) is not None]
    if found.groupdict().get("yy"):  # (what the two did: the shorthand sentence before "First time since '21.")
        acts += [s for s, after in pairwise(sentences) if after.startswith(found.group(0))]
    # (the act told first, the silence after it: "… walked past her own team to the side door, where Dejan Mrak was
    # standing, and hugged him for a long time. They had not spoken in two years.", round 46)
    before = [s for s, after in pairwise(sentences) if found.group(0) in after and _THEY_OPEN.match(after)]
    acts += [s for s in before if (v := _VERB.search(s)) is not None and v.group("verb") in _TOWARDS]
    for rest in acts:
        verb = _VERB.search(rest)
        if verb is not None:
            told = f"{two[0]} and {two[1]} {_ACTS[verb.group('verb')]} for the First Time {span}"
            # (within a headline's length, the pair named in full: "… Sing for the First Time Since 1999")
            return told.replace(" Together for", " for") if len(told) > TARGET_LEN else told
    return None
