"""Reporter label lines made prose: an award announced as a label ("Best Director in a Drama: Ana Lutz.",
"BEST SCORE — Ana Lutz!") is told as the win ("Ana Lutz won Best Director in a Drama."), and a source lead-in
("Update from the Roxy, by text from Sam Reed: …", "Via Sam: …", "Per the floor manager: …") is told as who
said it ("Sam Reed texted from the Roxy: …") or dropped when it names no one, "Overheard … at the bar:" as
where it was heard, a person's name as a note's label as the subject of what follows ("VIP TENT, Khoza Snr.:
refuses a chair" → "In the VIP tent, Khoza Snr. refuses a chair"), and a place's label before a sentence as where
it happened ("Hallway by the press room: Lind sewed …" → "In the hallway by the press room, Lind sewed …"; never
"Hallway was by the press room:")."""

from __future__ import annotations

import re
from functools import lru_cache

from .hygiene import word_count
from .notespeak import doing
from .places import PLACE_WORDS, place_phrase
from .register import ACRONYMS
from .textutil import fold, wordset
from .verbs import is_past_verb, looks_like_verb, past_tense

_NAME_WORD = r"(?:[A-Z]\.|[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]*)"
_NAME = rf"{_NAME_WORD}(?:[ -]+(?:{_NAME_WORD}|de|da|van|von|der|le|la|du|di|&))*"
# the award: "Best …", "… of the Year", "Lifetime Achievement", "… Award"/"… Prize"
_AWARD = re.compile(
    # (a place's label before it is where the correspondent stood: "Ballroom: Artis Baru Terbaik goes to Will Ooi!")
    rf"^(?:[A-Z][\w' -]{{1,25}}:\s+(?=\S[^:]*\s(?i:goes\s+to)\s))?(?:(?i:win(?:ner|s)?|won)\b[:\s]+)?"
    rf"(?P<label>(?i:best|mejor|meilleure?|melhor|miglior[ea]?)\s[^:—–!?.]{{2,60}}?|"
    rf"[^:—–!?.]{{2,40}}\b(?i:of\s+the\s+year|achievement|award|prize|honou?r|terbaik))"
    rf"(?:\s*(?::|—|–|\s-)\s*|\s+(?i:goes\s+to)\s+)(?P<name>{_NAME})(?:\s*\((?P<work>[^)]{{1,60}})\))?"
    r"\s*(?:[.!]+|$|(?=,\s))\s*(?P<rest>.*)$",
    re.DOTALL,
)
_SMALL = wordset("a an and as at by for from in into of on or the to with")
# a source lead-in: who passed the report on, and from where
_SOURCE = re.compile(
    r"^(?P<label>(?:(?:update|word|news|report|message|text|note|intel)\b[^:]{0,50}|(?:via|per|from)\s[^:]{1,40}))"
    r":\s+(?=\S)",
    re.IGNORECASE,
)
_SOURCE_WORDS = wordset("update word news report message text note intel via per from by")
_BY_WHOM = re.compile(
    rf"(?i:^from|(?P<how>text(?:ed)?|message|call|phone|dm|word)\s+from|via|per|by(?:\s+(?:text|phone|message))?"
    rf"(?:\s+from)?)\s+(?P<who>{_NAME})(?=\s*(?:,|$))"
)
_FROM_PLACE = re.compile(
    r"\bfrom\s+(?P<place>(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*|the\s+[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*)?)"
)


def _title(label: str) -> str:
    """An award's name in title case, small words in lower case ("BEST DIRECTOR IN A DRAMA" → "Best Director
    in a Drama"); a label already in mixed case keeps its case."""
    if not (label.isupper() or label.islower()):
        return label
    words = label.lower().split()
    return " ".join(w if i and w in _SMALL else w[:1].upper() + w[1:] for i, w in enumerate(words))


def _person(name: str) -> str:
    return " ".join(w[:1] + w[1:].lower() if w.isupper() and len(w) > 1 else w for w in name.split())


# a note naming a work and the award it won ("STAGE: Soolane tuul, best film."): the work won it (round 50's Tallinn
# never said the film won)
_WORK_WON = re.compile(
    r"^(?:[A-Z]{2,}[A-Z ]{0,20}:\s+)?(?P<work>[A-Z][^,.:;!?“”]{1,40}), "
    r"(?P<label>(?i:best) [a-z][a-z ]{2,30}?)\.(?P<rest>\s.*)?$"
)


# what an award's category names last ("best film", "best original score"): never "best friend", "best dressed"
_CATEGORIES = wordset(
    "film picture movie actor actress director song album score documentary screenplay newcomer artist group band "
    "single video series drama comedy musical play performance debut soundtrack feature animation composer"
)


def award_line(sentence: str) -> str:
    """A label line announcing a win told as the win ("WIN Best Cuban Jazz Album: Osmany Ferrer." → "Osmany Ferrer
    won Best Cuban Jazz Album."; "STAGE: Soolane tuul, best film." → "Soolane tuul won Best Film."); any other sentence
    as it is."""
    won = _WORK_WON.match(sentence.strip())
    if won is not None and won.group("label").split()[-1].lower() in _CATEGORIES:
        return f"{won.group('work')} won {_title(won.group('label'))}.{won.group('rest') or ''}"
    m = _AWARD.match(sentence.strip())
    if not m or len(m.group("label").split()) > 9 or not _names_an_award(m.group("label")):
        return sentence
    label = _title(m.group("label").strip())
    work = f" for {m.group('work')}" if m.group("work") else ""
    name, rest = _person(m.group("name")), m.group("rest").strip()
    if rest.startswith(",") and _subject_of(rest.lstrip(", ")):  # "Best Playback Singer: Ustad Iqbal Taseer,
        # presenting without his glasses, read out …": the one who read it out, never its winner
        aside, _, after = rest.lstrip(", ").partition(", ")
        if aside.lower() in _BARE_PRESENTING:  # "Best Score: Farrukh Qadiri, presenting, read out …": who read it out
            return f"For {label}{work}, {name} {after}"
        return f"For {label}{work}, {name}{rest}"
    if rest.startswith(","):  # "Best Musical: The Glass Cage, Ana's show, and nobody came up"
        return _won_with_tail(name, f"{label}{work}", rest.lstrip(", "))
    told = f"{name} won {label}{work}."
    return f"{told} {rest}" if rest else told


_WON_TOLD = re.compile(r"^(?P<who>[A-Z][^,;:.]{1,60}?) won [A-Z]")
_PRESENT_ACT = re.compile(r"^(?P<verb>[A-Z][a-z]{2,}(?:es|s)) (?=[a-z]|[A-Z][a-z])")


def winner_of(told: str) -> str | None:
    """Who a win told by `award_line` names ("Osmany Ferrer won Best Cuban Jazz Album." → "Osmany Ferrer")."""
    m = _WON_TOLD.match(told)
    return m["who"] if m is not None else None


def winners_act(sentence: str, winner: str) -> str:
    """A note's act typed after a label line's win with no subject, in the present ("Sends for Papo from the lobby.",
    "Gives the mouthpiece back on stage."): the winner's ("Osmany Ferrer sends for Papo …"; the story's tense comes
    later, `narration`), never left out as a note with no subject (round 41, Havana: the payoff was lost); any other
    sentence as it is."""
    m = _PRESENT_ACT.match(sentence)
    if m is None:
        return sentence
    verb = m["verb"].lower()
    base = verb[:-2] if verb.endswith(("shes", "ches", "sses", "xes", "zes", "oes")) else verb[:-1]
    if not looks_like_verb(verb, after_name=True) or past_tense(base) is None:
        return sentence
    return f"{winner} {verb}{sentence[m.end('verb') :]}"


_APPOSITIVE_WORDS = 4
# a label saying where or when, not which award: "Wings after lifetime award: Virtanen Sr. pulls …"
_NOT_AN_AWARD = wordset("after before during following since until post pre")


def _names_an_award(label: str) -> bool:
    """Whether a label names an award, not a place or a time around one ("Wings after lifetime award" is the
    wings after the award: never "Virtanen Sr. won Wings after lifetime award")."""
    words = fold(label).split()
    return words[0] not in PLACE_WORDS and not _NOT_AN_AWARD.intersection(words)


def _subject_of(tail: str) -> bool:
    """Whether the name a label line gives is the subject of the verb after its aside ("Ustad Iqbal Taseer,
    presenting without his glasses, read out …"): the aside's comma is followed by a verb in the past (a win the
    line never claims is never told)."""
    aside, sep, after = tail.partition(", ")
    first = after.split(" ", 1)[0].lower() if sep else ""
    return word_count(aside) <= _ASIDE_WORDS and is_past_verb(first)


_ASIDE_WORDS = 8
_BARE_PRESENTING = frozenset({"presenting", "presenting it", "the presenter", "presenter"})


def _won_with_tail(name: str, award: str, tail: str) -> str:
    """A win whose label line goes on after a comma: a short appositive stays with the name ("The Glass Cage,
    Ana's show, won Best Musical, and nobody …"); any other tail follows the win ("Pip Lasalle won Best
    Young Performer, hair flat on one side."); a relative clause stays with the name too ("Ana Lutz, who
    cried, won Best Score.")."""
    if tail.split(" ", 1)[0].lower() in ("who", "whose", "which"):  # "Ana Lutz, who cried, won Best Score."
        return f"{name}, {tail.rstrip('.!')}, won {award}{tail[len(tail.rstrip('.!')) :] or '.'}"
    appositive, sep, after = tail.partition(", ")
    if sep and word_count(appositive) <= _APPOSITIVE_WORDS and after.split(" ", 1)[0].lower() in ("and", "but"):
        return f"{name}, {appositive}, won {award}, {after}"
    return f"{name} won {award}, {tail}"


# "Overheard a bet at the bar: Kim said …": what the reporter heard, and where, as a label
_HEARD = re.compile(
    r"^(?i:overheard|heard|spotted|seen|caught)\b[^:.!?,]{0,30}?\s(?P<place>(?i:at|in|on|by|outside|inside)\s[^:.!?,]{2,40}):"
    r"\s+(?=[A-Z])"
)


# a reporter's preamble to the desk: "To put the blackout on record:", "For the record:", "To be clear:"
_ON_RECORD = re.compile(
    r"^(?:to put (?:this|that|it|the [\w' -]{1,30}) on (?:the )?record|for the record|to be clear|for clarity)"
    r"\s*:\s+(?=\S)",
    re.IGNORECASE,
)


def source_label(text: str) -> str:
    """A source lead-in told as prose: "Update from the Roxy, by text from Sam Reed: Jo cried." → "Sam Reed
    texted from the Roxy: Jo cried."; a lead-in that names no one is dropped ("Update from the Roxy: Jo
    cried." → "Jo cried."); what was overheard where, told as where ("Overheard a bet at the bar: Kim
    said …" → "At the bar, Kim said …")."""
    recorded = _ON_RECORD.match(text)
    if recorded:  # "To put the blackout on record: the lights failed …" → "The lights failed …"
        rest = text[recorded.end() :]
        return rest[:1].upper() + rest[1:]
    heard = _HEARD.match(text)
    if heard:  # "Overheard a bet at the bar: Kim said …" → "At the bar, Kim said …"
        place = heard.group("place")
        return f"{place[:1].upper()}{place[1:]}, {text[heard.end() :]}"
    m = _SOURCE.match(text)
    if not m:
        return text
    label, rest = m.group("label"), text[m.end() :]
    if not set(label.lower().replace(",", " ").split()) & _SOURCE_WORDS:
        return text
    by = _BY_WHOM.search(label)
    if by is None:
        return rest[:1].upper() + rest[1:]
    place = _FROM_PLACE.search(label[: by.start()])
    verb = "texted" if "text" in label.lower() else "reported"
    where = f" from {place.group('place')}" if place else ""
    return f"{by.group('who')} {verb}{where}: {rest}"


# a note's label in capitals before a colon, a clock time after it or not: "CORR B1: …", "GRN RM: …", "GREAT HALL
# 21:31: …" (`caps_label`)
# the Latin capitals past ASCII ("FAÇADE:", "ŠATNA:", "ÇIXIŞ:"): a label typed in the night's language is one too
_CAPITALS = "".join(chr(c) for c in range(0xC0, 0x250) if chr(c).isupper() and chr(c).lower() != chr(c))
CAPS_LABEL = re.compile(
    rf"^(?P<label>[A-Z0-9{_CAPITALS}][A-Z0-9{_CAPITALS} /&'’-]*?)\s*,?\s*(?P<clock>\(?\d{{1,2}}[:.h]\d{{2}}\)?)?\s*:"
    r"(?P<space>\s*)"
)
CAPS_LABEL_CHARS = 21  # a label (before its colon) longer than this is a shouted sentence, not a label
_CAPS_PLACE = re.compile(r"[A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+){0,3}")  # a place's words in capitals (no digit)


def caps_label(text: str) -> re.Match[str] | None:
    """A note's label in capitals before a colon and a space ("CORR B1: …", "GRN RM: …"), or None."""
    m = CAPS_LABEL.match(text)
    if m is None or not m.group("space") or m.group("clock") is not None:
        return None
    return m if 2 <= len(m.group(0).rstrip().removesuffix(":")) <= CAPS_LABEL_CHARS else None


def caps_place_at(text: str) -> re.Match[str] | None:
    """A note's label naming a place in capitals and a clock time ("GREAT HALL 21:31: …"; group "label" is the
    place), or None."""
    m = CAPS_LABEL.match(text)
    return m if m is not None and m.group("clock") and _CAPS_PLACE.fullmatch(m.group("label")) else None


# a person's name as a note's label, a place before it or not: "VIP TENT, Khoza Snr.: refuses a chair. Signs …"
_NAME_LABEL = re.compile(
    rf"^(?:(?P<place>[A-Za-z][\w'’ -]{{1,30}}),\s+)?(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}}\.?)\s*:\s+"
    r"(?P<verb>[a-z][a-z'’-]+)\b"
)


def name_label(sentence: str) -> str:
    """A note whose label is the person it is about, then what they did ("Khoza Snr.: refuses a chair upgrade."),
    told with them as the subject ("Khoza Snr. refuses a chair upgrade."), a place before the name as the scene
    ("VIP TENT, Khoza Snr.: refuses …" → "In the VIP tent, Khoza Snr. refuses …"); the note's later sentences
    with no subject of their own are theirs (`narration.narrate`). Any other sentence as it is."""
    m = _NAME_LABEL.match(sentence)
    if m is None or not looks_like_verb(m.group("verb"), after_name=True) or fold(m.group("name")) in PLACE_WORDS:
        return sentence
    place = m.group("place")
    told = f"{m.group('name')} {sentence[m.start('verb') :]}"
    if place is None:
        return told
    head = place.split()[-1]
    if fold(head) not in PLACE_WORDS:
        return sentence  # ("Update from Sam, Kim Ray: …": the source's, `source_label`)
    place = " ".join(w if w.isupper() and fold(w) in ACRONYMS else w.lower() for w in place.split())  # ("VIP TENT")
    return f"{place_phrase(place.lower()).split(' ', 1)[0].capitalize() or 'In'} the {place}, {told}"


# a place and where it is, as a note's label before a sentence: "Hallway by the press room: Lind sewed …"
_PLACE_LABEL = re.compile(
    r"^(?P<head>[A-Z][a-z]+|[A-Z]{3,})(?P<where> (?:by|near|outside|inside|behind|beside|under|opposite|off|next to|"
    r"past|at|on|in|after|before|during) [^:.!?;,“”\"]{2,50}):\s+(?=[A-Za-z])"
)


_ROW_LABEL = re.compile(
    r"^(?P<row>(?i:back|front|middle|top|second|third|last|rear) (?i:row|rows|balcony|stalls|tier))"
    r"(?P<where>(?:, (?:far |right |centre |center )?(?:left|right|centre|center|end|aisle))?):\s+(?=[A-Za-z])"
)


# a place's label and the part of the show it happened in ("STAGE, ad break: revolving stage jammed …")
_PLACE_WHEN_LABEL = re.compile(
    r"^(?P<head>[A-Za-z][a-z]+|[A-Z]{3,}), (?P<when>(?:the )?(?:[A-Za-z]+ ){0,2}(?:(?:ad|commercial) break(?: \d)?|"
    r"interval|intermission|half-time|anthem|finale|rehearsal|soundcheck|encore|[Mm]emoriam(?: reel)?|last orders))"
    r"\s*:\s+(?P<rest>[A-Za-z][\w'’-]*)\b"
)
_ORDINAL = {"1": "first", "2": "second", "3": "third", "4": "fourth"}
_NOT_BARE = wordset(
    "a an the this that these those his her their its my our your some one two three no every all nobody everyone "
    "everybody someone somebody he she they it we i you"
)


def _place_when(sentence: str) -> str | None:
    """ "STAGE, ad break: revolving stage jammed half-turn, …" → "During the ad break, the revolving stage jammed
    half-turn, …" (the place says what every moment on it says; the part of the show is when; a note's bare noun
    takes its article), or None."""
    m = _PLACE_WHEN_LABEL.match(sentence)
    if m is None or fold(m.group("head")) not in PLACE_WORDS:
        return None
    when = m.group("when").removeprefix("the ").removeprefix("The ")
    when = when if "Memoriam" in when else when.lower()  # ("the In Memoriam reel": its name as written)
    numbered = re.match(r"(.*) (\d)$", when)
    if numbered is not None and numbered.group(2) in _ORDINAL:  # "ad break 2" → "the second ad break"
        when = f"{_ORDINAL[numbered.group(2)]} {numbered.group(1)}"
    rest = sentence[m.start("rest") :]
    word = m.group("rest")
    bare = word.islower() and word not in _NOT_BARE and not is_past_verb(word)
    scene = "At last orders" if when == "last orders" else f"During the {when}"
    return f"{scene}, {'the ' if bare else ''}{rest}"


def place_label(sentence: str) -> str:
    """A sentence opened by a place's label told with the place as its scene ("Hallway by the press room: Lind
    sewed …" → "In the hallway by the press room, Lind sewed …"), or with the part of the show it happened in
    (`_place_when`: "During the ad break, the revolving stage jammed …"); any other sentence as it is (a label that is
    not a place is `writing`'s to take off)."""
    when = _place_when(sentence)
    if when is not None:
        return when
    row = _ROW_LABEL.match(sentence)
    if row is not None:  # "Back row, far left: a woman …" → "At the far-left end of the back row, a woman …"
        side = row.group("where").removeprefix(", ").lower().replace(" ", "-")  # (never "left" read as a verb)
        scene = f"At the {side} end of the {row.group('row').lower()}" if side else f"In the {row.group('row').lower()}"
        return f"{scene}, {doing(sentence[row.end() :])}"  # (one phrase: "At the far-left end of the back row, …";
        # the note's scene with its verb: "… a woman in a green chador was holding up a sign")
    m = _PLACE_LABEL.match(sentence)
    if m is None or fold(m.group("head")) not in PLACE_WORDS:
        return sentence
    preposition = place_phrase(m.group("head")).split(" ", 1)[0] or "in"
    scene = f"{preposition} the {m.group('head').lower()}{m.group('where')}"
    return f"{scene[:1].upper()}{scene[1:]}, {sentence[m.end() :]}"


# an award's category as a report names it: "Best" and its capitalised words ("Best Actor", "Best Actress in a
# Leading Role" read as "Best Actress"), "… of the Year", "Lifetime Achievement"
_CATEGORY = re.compile(r"\b(?:B(?:est|EST)(?: [A-Z][\w'’-]*)+|(?:[A-Z][\w'’-]* )+of the Year|Lifetime Achievement)")


@lru_cache(maxsize=8192)
def categories(text: str) -> frozenset[str]:
    """The award categories a report's text names, folded ("Best Actor went to …" → {"best actor"}); the bare word
    "Best" alone is none."""
    found = (fold(m.group(0)).rstrip() for m in _CATEGORY.finditer(text))
    return frozenset(c for c in found if c != "best")


def other_categories(a: str, b: str) -> bool:
    """Whether two texts both name award categories and none in common (a category one names inside the other's,
    "Best Actress" in "Best Actress in a Drama", is the same)."""
    mine, theirs = categories(a), categories(b)
    if not mine or not theirs:
        return False
    return not any(x == y or y.startswith(x + " ") or x.startswith(y + " ") for x in mine for y in theirs)
