"""The clause that carries the act, made the text a headline is written from (`headlines.write_headline`), before
any clause of it is scored: what a reporter typed around the act never becomes the headline's words.

- A telegraphic note's fragments before the first one naming someone of the moment ("POWER OUT 21:05. GENNY DEAD
  30S. DARK. NELL ROWE AT THE PIANO, PLAYS …", or typed in lower case after a clock or a code: "Blackout BKSTG
  21:31. Grid down. Pitch dark. Abu Karim …") are dropped, and a name followed only by where they were and a comma
  ("NELL ROWE AT THE PIANO, PLAYS …") is the subject of the verb after it ("Nell Rowe plays … at the piano").
- A place a note typed between the person and the act, with no preposition, is left to the body ("Rafe Okon smoke
  terrace, teaching three valets …" → "Rafe Okon is teaching three valets …": never "Smokes Terrace"), and no article
  stands before a person's name ("The Hedda Maas walked …").
- Where a note put a person with no verb before their act goes: "Stagehand Rafik Mnatsakanyan (here since '79) down
  the trap with the old hand crank, turned it round by hand" → "Stagehand Rafik Mnatsakanyan turned it round by hand".
- A dash between a person and their verb goes ("Seconds after the result, Rhea Solt — hugs …" → "… Rhea Solt hugs …").
- A modal passive of perception is the act ("could be heard rehearsing the duet" → "were rehearsing the duet").
- A posture is not the act: "is crouched behind the van reading her speech to …" → "is reading her speech to …
  behind the van"; a posture "as" another person acts on them is that person's act ("Piet Laan has his cane in one
  hand and waves as an usher lifts him over the ramp" → "an usher lifts Piet Laan over the ramp")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .telegraphic import was_left
from .textutil import wordset
from .verbs import NOT_VERBS, is_past_verb, looks_like_verb

# a body's stance, never the act a report is about
_POSTURES = (
    "sitting|sat|seated|standing|stood|crouched|crouching|crouches|squatting|perched|lying|lay|sprawled|kneeling|"
    "knelt|leaning|slumped|hunched|huddled|curled up|hiding|hidden|tucked away|parked"
)
_BE = r"(?:is|was|are|were|'s|sits|sat|stands|stood)"
# "is crouched behind the catering van reading …": the posture, where (no verb, no clause break), then the act
_POSTURE_AT = re.compile(
    rf"\b(?P<be>{_BE})\s+(?:(?:{_POSTURES})\s+)?(?=(?:on|in|at|behind|under|beside|by|near|outside|inside|against|"
    r"across|atop|between)\b)"
)
_PLACE_WORDS = wordset("on in at behind under beside by near outside inside against across atop between of")
_DETERMINERS = wordset("the a an his her their its my our your this that one some")
# a posture or a wave while another acts on them: "has his cane in one hand and waves as an usher lifts him …"
_STANCE = re.compile(
    r"^(?P<who>.+?)\s+(?:has|had|holds|held|is holding|was holding|waves|waved|smiles|smiled|sits|sat|stands|stood|"
    r"is sitting|was sitting|is standing|was standing|clutches|clutched|grins|grinned)\b(?P<rest>[^.;!?]*?)"
    r"\s+(?:as|while)\s+(?P<other>(?:an?|the|his|her|their|two|three|four|some)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?)"
    r"\s+(?P<verb>[a-z]+s|[a-z]+ed)\s+(?P<whom>him|her|them)\b(?P<tail>[^.;!?]*)"
)
_MODAL_SEEN = re.compile(
    r"\b(?P<modal>could|can|might)\s+(?:(?:still|clearly|already)\s+)?be\s+(?:heard|seen|spotted|caught|found|"
    r"glimpsed|watched)\s+(?P<act>[a-z]+ing)\b"
)
# a desk word opening a note, where it was heard and a colon or a dash ("Overheard in the wings: …", "Spotted — …")
_DESK_OPENER = re.compile(
    r"^(?P<word>[A-Z][a-z]+)\b(?P<where>(?:\s+(?:in|at|on|by|near|outside|behind|backstage|from)\b[^:;.!?—–]{0,40})?)"
    r"\s*(?::|\s[—–])\s+(?=\S)"
)
# a short aside between dashes ("Lotte Hain — in tears — hands …"): the clause reads without it
_DASH_ASIDE = re.compile(
    r"(?<=[A-Z][a-z])(?P<end>[\w'’-]*)\s[—–]\s(?P<aside>[^—–.;:!?]{1,40}?)\s[—–]\s(?=[a-z]+s\b|[a-z]+ed\b)"
)
# asides between a name and its verb ("Tor Brink, shoes in one hand, waving, is carried …")
_ASIDES_BEFORE_BE = re.compile(
    r"(?P<name>[A-Z][\w'’-]+),\s(?P<asides>(?:[^,.;:!?]{1,30},\s){1,3})(?P<be>is|was|are|were|gets|got)\s"
)
_NAME_DASH = re.compile(r"(?P<name>[A-Z][\w'’-]+)(?:,\s[a-z][^,—–.;:!?]{1,40}?)?\s+[—–]\s+(?P<verb>[a-z]+s|[a-z]+ed)\b")
# a participle or an adverb set off by commas between a verb and what it needs ("eats, standing up, straight from
# the pot", "landed, somehow, on his feet"): the clause reads on without it
_VERB_ASIDE = re.compile(
    r"\b(?P<verb>[a-z]+(?:s|ed))\s*,\s(?:[a-z]+ing(?:\s(?:up|down|out|alone|still|there))?|[a-z]+ly|somehow|"
    r"again|still)\s*,\s(?=(?:on|in|into|onto|at|from|with|to|straight|right|off|over|under|a|an|the|his|her|their)\b)"
)
_FRAGMENT_END = re.compile(r"(?<=[.!?])\s+")


def _named(fragment: str, names: Sequence[str]) -> bool:
    folded = fragment.casefold()
    return any(part.casefold() in folded for n in names for part in n.split() if len(part) > 2)


def _shouting(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) > 12 and sum(c.isupper() for c in letters) > 0.8 * len(letters)


def _cased(fragment: str, names: Sequence[str]) -> str:
    """An ALL-CAPS fragment in sentence case, the names of the moment as the roster spells them."""
    out = fragment.lower()
    for n in names:
        out = re.sub(re.escape(n.lower()), n, out)
    for n in names:  # a surname or given name alone
        for part in n.split():
            if len(part) > 2:
                out = re.sub(rf"\b{re.escape(part.lower())}\b", part, out)
    return out[:1].upper() + out[1:]


# a note's first fragment in shorthand: a clock time or a code in capitals ("Blackout BKSTG 21:31")
_NOTE_MARK = re.compile(r"\b\d{1,2}[:.h]\d{2}\b|\b[A-Z]{2,}\d*\b(?![’'])")
_FRAGMENT_WORDS = 6
_NEWS_MARK = re.compile(r"→|->|\b(?:wins?|won|winner|award|best)\b", re.IGNORECASE)


def _from_the_named(text: str, names: Sequence[str]) -> str:
    """A note of several fragments from the first that names someone of the moment, the rest kept."""
    fragments = _FRAGMENT_END.split(text.strip())
    if len(fragments) < 3 or not names:
        return text
    first = next((k for k, f in enumerate(fragments) if _named(f, names)), None)
    if not first:  # (none named, or the first fragment already names them)
        return text
    if not any(looks_like_verb(w, after_name=True) for w in _cased(fragments[first], names).split()[1:]):
        return text  # ("BIG TREVOR, WATER CRATE": the person's fragment tells no act; the fragments before do)
    before = fragments[:first]
    if any(len(f.split()) > _FRAGMENT_WORDS or _NEWS_MARK.search(f) for f in before):
        return text  # (a sentence of prose, never a note's fragment; a result: "Best Film → 'The Last Ferry'")
    return " ".join(fragments[first:])


_PLACED_SUBJECT = re.compile(
    r"^(?P<name>(?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+)\s+(?P<where>(?:at|in|on|by|behind|beside|near)\s+[^,.;]{1,40}),"
    r"\s+(?P<verb>[a-z]+s|[a-z]+ing)\b"
)


def _placed_subject(text: str) -> str:
    """ "Nell Rowe at the upright piano, plays 'Low Tide' by ear." → "Nell Rowe plays 'Low Tide' by ear at the
    upright piano." (the place after the clause it was typed before)."""
    m = _PLACED_SUBJECT.match(text)
    if m is None:
        return text
    rest = text[m.end("verb") :]
    stop = re.search(r"[.;!?]|,\s", rest)
    clause, tail = (rest[: stop.start()], rest[stop.start() :]) if stop else (rest, "")
    where = m["where"].split()
    placed = f" {m['where']}" if len(where) > 2 and where[1].casefold() in _DETERMINERS else ""  # (never "in lift")
    verb = f"is {m['verb']}" if m["verb"].endswith("ing") else m["verb"]  # ("Ada Finch in the wings, rehearsing …")
    return f"{m['name']} {verb}{clause}{placed}{tail}"


_TWO_NAMED = re.compile(
    r"(?:^|\s)[A-Z][a-z][\w'’-]*(?:\s[A-Z][a-z][\w'’-]*)*(?:,\s[A-Z][a-z][\w'’-]*(?:\s[A-Z][a-z][\w'’-]*)*)*,?"
    r"\s(?:and|&)\s[A-Z][a-z][\w'’-]*(?:\s[A-Z][a-z][\w'’-]*)*\s*$"
)


def _plural_subject(before: str) -> bool:
    """Whether the words just before a verb are a plural subject: names joined by "and", "they", "both"."""
    return bool(_TWO_NAMED.search(before)) or bool(re.search(r"\b(?:they|both|the two)\s*$", before, re.I))


def _modal_told(text: str) -> str:
    """ "A and B could be heard rehearsing …" → "A and B were rehearsing …"."""

    def told(m: re.Match[str]) -> str:
        be = "were" if _plural_subject(text[: m.start()]) else "was"
        if m["modal"] == "can":
            be = "are" if be == "were" else "is"
        return f"{be} {m['act']}"

    return _MODAL_SEEN.sub(told, text)


def _posture_dropped(text: str, names: Sequence[str]) -> str:
    """ "is crouched behind the van reading her speech to …" → "is reading her speech to … behind the van"."""
    m = _POSTURE_AT.search(text)
    if m is None or (m.end() - m.start() == len(m["be"]) + 1 and m["be"] in ("is", "was", "are", "were", "'s")):
        return text  # (none, or "is in the lobby signing …": a place, no posture; the act is told already)
    start = max(text.rfind(". ", 0, m.start()), text.rfind("; ", 0, m.start())) + 1
    before = text[start : m.start()]
    for name in names:
        before = before.replace(name, "")
    others = [w for w in before.split() if w not in ("and", "&")]
    if (" and " in before and others) or ", " in before.strip(", "):
        return text  # a posture after another predicate ("bought a round … and stood behind the bar pouring it")
    words = text[m.end() :].split(" ")
    for k, word in enumerate(words[1:10], start=1):
        if re.search(r"[,.;:!?—–]$", words[k - 1]) or words[k - 1] in ("—", "–"):
            return text  # (a clause break before any act)
        if (
            re.fullmatch(r"[a-z][a-z-]*ing", word)
            and word not in NOT_VERBS  # ("stood on her chair … during the speech": no act)
            and words[k - 1].casefold() not in _DETERMINERS | _PLACE_WORDS
        ):
            where = " ".join(words[:k])
            if re.search(r"\bfor\b|\d", where):
                return text  # "stood at the loading bay for fifty minutes signing …": how long is the point
            rest = " ".join(words[k + 1 :])
            stop = re.search(r"[.;!?]|,\s|\s[—–]\s", rest)
            clause, tail = (rest[: stop.start()], rest[stop.start() :]) if stop else (rest, "")
            be = {"sits": "is", "stands": "is", "sat": "was", "stood": "was"}.get(m["be"], m["be"])
            if be in ("is", "was") and _plural_subject(text[: m.start()]):
                be = {"is": "are", "was": "were"}[be]
            clause = f" {clause}" if clause else ""
            placed = "" if re.match(r",\s+(?:who|which|whose|where)\b", tail) else f" {where}"  # (never before "who")
            return f"{text[: m.start()]}{be} {word}{clause}{placed}{tail}"
    return text


def _acted_on(text: str, names: Sequence[str]) -> str:
    """A person's stance while another acts on them, as the other's act: "Piet Laan has his cane in one hand and
    waves as an usher lifts him over the ramp" → "An usher lifts Piet Laan over the ramp"."""
    m = _STANCE.match(text)
    if m is None or not any(m["who"].strip().endswith(n) or m["who"].strip() == n for n in names):
        return text
    if any(_named(m["other"], [n]) for n in names):
        return text
    person = next(n for n in names if m["who"].strip().endswith(n))
    other = m["other"][:1].upper() + m["other"][1:]
    return f"{other} {m['verb']} {person}{m['tail']}{text[m.end() :]}"


def _desk_word_dropped(text: str, names: Sequence[str]) -> str:
    """ "Overheard in the wings: the stage manager telling Ada Finch …" → "the stage manager telling Ada Finch …": a
    desk word (a participle: overheard, spotted, seen) is never a headline's subject."""
    m = _DESK_OPENER.match(text)
    if m is None or _named(m.group(0), names):
        return text
    word = m["word"].casefold()
    if not (word.endswith(("ed", "en")) or word in _HEARD_SEEN):
        return text  # ("Tonight: …", "Kitchen — …" are a note's place or time, read elsewhere)
    rest = text[m.end() :]
    return rest[:1].upper() + rest[1:]


_HEARD_SEEN = wordset("heard overheard seen caught spied")


_ASIDES = 2


def _asides_dropped(text: str, names: Sequence[str]) -> str:
    """A short aside between dashes, and asides between a person and "is" or "was", left out: "Lotte Hain — in
    tears — hands …" → "Lotte Hain hands …", "Tor Brink, shoes in one hand, waving, is carried …" → "Tor Brink is
    carried …"."""
    out = _DASH_ASIDE.sub(lambda m: f"{m['end']} ", text)
    m = _ASIDES_BEFORE_BE.search(out)
    asides = [a for a in m["asides"].split(", ") if a.strip()] if m is not None else []
    if m is None or len(asides) < _ASIDES or len(asides[0].split()) < _ASIDES or any(a[:1].isupper() for a in asides):
        return out  # (one aside, or an age first: "Beba Lanusse, 84, was asked …" keeps it)
    if any(n.endswith(m["name"]) and n in out[: m.end("name")] for n in names):
        out = f"{out[: m.end('name')]} {m['be']} {out[m.end() :]}"
    return out


# a note's place typed between the person and the act, no preposition ("Rafe Okon smoke terrace, teaching …", "… press
# line - stops to …"): nouns, never the verb ("Smokes Terrace", "Dresses Room")
_NOTED_PLACE = re.compile(
    r"^(?P<name>(?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+)\s+(?P<place>(?:[a-z][a-z-]*\s+){0,2}[a-z][a-z-]*)"
    r"(?:,|\s+[-–—])\s+(?P<verb>[a-z]+(?:s|ing))\b"
)


def _noted_place(text: str, names: Sequence[str]) -> str:
    """ "Rafe Okon smoke terrace, teaching three valets card tricks" → "Rafe Okon is teaching three valets card tricks"
    (the place a note typed between a person of the moment and their act left to the body), when the place's last
    word is a noun by its form (not in -ing, -ed, -ly) and the act's verb is one."""
    m = _NOTED_PLACE.match(text)
    if m is None or m["name"] not in names:
        return text
    place = m["place"].split()
    finite = place[0].endswith(("s", "ed")) and not place[0].endswith("ss")  # ("Dov Arkin eats, standing up, …")
    if finite or place[-1].endswith(("ing", "ed", "ly")) or not looks_like_verb(m["verb"], after_name=True):
        return text
    verb = f"is {m['verb']}" if m["verb"].endswith("ing") else m["verb"]
    return f"{m['name']} {verb}{text[m.end('verb') :]}"


def _article_dropped(text: str, names: Sequence[str]) -> str:
    """ "The Rafe Okon falls …" → "Rafe Okon falls …": no article before a person's name (one that opens on "The",
    "The Velvet Rooks", keeps it)."""
    for name in names:
        if text.startswith(("The " + name, "the " + name)) and not name.startswith(("The ", "the ")):
            return text[4:]
    return text


# a person of the moment (a role word may come first, an aside in brackets after), where they were with no verb
# ("down the trap with the old hand crank"), a comma and their act: "Stagehand Rafik Mnatsakanyan (here since '79)
# down the trap with the old hand crank, turned it round by hand."
_WHERE_THEN_ACT = re.compile(
    r"(?:^|(?<=[.!?]\s))(?P<who>(?:[A-Z][a-z]+\s)?(?:[A-Z][\w'’-]+\s){0,2}[A-Z][\w'’-]+)(?:\s\([^()]{1,40}\))?"
    r"\s(?P<where>(?:down|up|under|underneath|in|inside|at|on|by|behind|beside|near|outside|below|above)\s"
    r"[^,.;:!?()]{3,60}),\s(?P<verb>[a-z]+)(?=\s)"
)


def _where_then_act(text: str, names: Sequence[str]) -> str:
    """ "Stagehand Rafik Mnatsakanyan (here since '79) down the trap with the old hand crank, turned it round by
    hand." → "Stagehand Rafik Mnatsakanyan turned it round by hand.": a note's where, typed with no verb between a
    person of the moment and their act, left to the body; never when the words before the comma have a verb of
    their own ("Ada Finch in the wings sang, …")."""

    def act(m: re.Match[str]) -> str:
        who, where = m["who"], m["where"].split()
        if not any(who == n or who.endswith(f" {n}") for n in names):
            return m.group(0)
        # (a finite verb: "wound it up", wind; never a participle, "on the carpet in a gold dress, posing for ages",
        # which `_placed_subject` reads)
        verb = not m["verb"].endswith("ing") and (
            looks_like_verb(m["verb"], after_name=True) or is_past_verb(m["verb"])
        )
        if any(looks_like_verb(w, after_name=False) for w in where) or not verb:
            return m.group(0)
        return f"{who} {m['verb']}"

    return _WHERE_THEN_ACT.sub(act, text)


def act_clause(text: str, names: Sequence[str]) -> str:
    """`text` (a report's copy a headline is written from) with the act its clause carries made its first clause."""
    if not text or not names:
        return text
    out = text
    if _shouting(out):  # a note typed in capitals: its fragments before the person, the person's place
        cased = " ".join(_cased(f, names) for f in _FRAGMENT_END.split(out.strip()))
        told = _placed_subject(_from_the_named(cased, names))
        out = told if told != cased else out  # (in its capitals when nothing was left out: "VIP", "DJ")
    elif _NOTE_MARK.search(out.split(". ")[0]):  # "Blackout BKSTG 21:31. Grid down, genny slow. Pitch dark. Abu …"
        out = _from_the_named(out, names)
    out = _desk_word_dropped(out, names)
    if out != text and not _shouting(text):  # "Overheard — Ada Finch in the wings, rehearsing …"
        out = _placed_subject(out)
    out = _asides_dropped(_noted_place(_article_dropped(out, names), names), names)
    out = _VERB_ASIDE.sub(lambda m: f"{m['verb']} ", out)
    out = _NAME_DASH.sub(lambda m: f"{m['name']} {m['verb']}", out)
    out = _modal_told(out)
    out = _acted_on(out, names)
    out = was_left(_posture_dropped(out, names))  # ("the choir left facing the wall": was left, never "Leaves")
    return _where_then_act(out, names) if "," in out else out
