"""Whether a report says someone other than the moment's person spoke, and who: "A fan in the front row screamed at
Mara Quinn …", "Hollis Thorne's mum shouted at him …", "Ivo Dahl's manager dragged him off …". A quote nobody is
credited with in such a report was said by that someone (or to the person), never by the person (`speakers`); the
body says who when the sentence names them ("the fan", "Thorne's mum": `someone_speaking`), else prints it
overheard."""

from __future__ import annotations

import re

from .lexicon import KIN, ROLE_WORDS
from .textutil import fold, wordset
from .verbs import looks_like_verb

SPEECH_VERBS = wordset(  # (not "snapped", "cried", "called", "ordered": a heel snaps, a star cries, orders a drink)
    "said told shouted yelled screamed begged pleaded whispered hissed barked warned heckled teased scolded hollered"
    " bellowed shrieked"
)
_OPENERS = wordset("a an the his her their")
_OBJECTS = wordset("him her them")
_PARTICLES = wordset("at to on with off up over")
_PREPOSITIONS = wordset("in on at by from near behind beside outside inside of with")
_FIRST_SENTENCE = re.compile(r"[.!?;:](?:\s|$)")
_MAX_WORDS = 12


def _first(text: str) -> list[str]:
    return _FIRST_SENTENCE.split(text.strip(), maxsplit=1)[0].replace("’", "'").split()


def _bare(word: str) -> str:
    return word.lower().strip(",")


def _speaks_at(words: list[str]) -> int | None:
    """Where a run of lower-case words (no name among them) reaches a verb of speech: "fan in the front row
    screamed", "dad stood up on the balcony and shouted"; None when a name or a pronoun subject comes first."""
    for k, typed in enumerate(words[:_MAX_WORDS]):
        word = typed.rstrip(",.;:!?")
        if not word.isalpha() or not word.islower():
            return None  # (a name: "The band played while Ivo Dahl told the crowd …")
        if word in SPEECH_VERBS:
            return k
        if word in ("he", "she", "they", "who"):
            return None
    return None


def other_speaks(text: str, forms: set[str]) -> bool:
    """Whether a report's first sentence has someone other than the person (its folded name `forms`) speak or act on
    them: a noun phrase of no name, the subject of a verb of speech ("A fan in the front row screamed at …", "His mum
    shouted …"), or someone of the person's ("Hollis Thorne's mum shouted at him", "Ivo Dahl's manager dragged him
    off the stage")."""
    words = _first(text)
    if len(words) < 3:
        return False
    if words[0].lower() in _OPENERS:
        at = _speaks_at(words[1:])
        return at is not None and at >= 1
    folded = fold(" ".join(words))
    for form in forms:
        if not folded.startswith(form + "'s "):
            continue
        rest = words[len(form.split()) :]
        if not rest or not rest[0].lower().endswith("'s"):
            rest = words[len(form.split()) - 1 :]  # (the form's last word carries the 's)
        rest = rest[1:]
        for k in (1, 2, 3):  # "mum", "little brother": then the verb
            if len(rest) <= k or not all(w.isalpha() and w.islower() for w in rest[:k]):
                break
            if not looks_like_verb(rest[k], after_name=True):
                continue
            if _speaks_at(rest[k:]) is not None:
                return True  # ("… dad stood up on the balcony and shouted")
            after = [_bare(w) for w in rest[k + 1 : k + 3]]
            return bool(after) and (
                after[0] in _OBJECTS
                or (after[0] in _PARTICLES and after[1:2] == ["him"])
                or (after[0] in _PARTICLES and len(after) > 1 and after[1] in _OBJECTS)
            )
    return False


def someone_speaking(words: list[str]) -> str | None:
    """Who a sentence (its words) opens on saying something, when the roster does not know them: "the fan" ("A fan
    in the front row screamed at …"), "Thorne's mum" ("Hollis Thorne's mum shouted at him …"); None otherwise."""
    if len(words) < 3:
        return None
    if words[0] in ("A", "An", "The"):
        at = _speaks_at(words[1:])
        if at is None or at < 1:
            return None
        nouns = words[1 : 1 + at]
        cut = next((k for k, w in enumerate(nouns) if k and w in _PREPOSITIONS), len(nouns))
        return "the " + " ".join(nouns[: min(cut, 2)]) if cut <= 2 else None
    at = next((k for k, w in enumerate(words[:3]) if w.replace("’", "'").endswith("'s")), None)
    if at is None or not all(w[:1].isupper() for w in words[: at + 1]):
        return None
    rest = words[at + 1 :]
    for k in (1, 2):
        if len(rest) <= k or not all(w.isalpha() and w.islower() for w in rest[:k]):
            break
        went_on = _speaks_at(rest[k:]) if looks_like_verb(rest[k], after_name=True) else None
        if rest[k].rstrip(",.;:!?") in SPEECH_VERBS or (went_on is not None and rest[k + went_on - 1] == "and"):
            return f"{words[at]} {' '.join(rest[:k])}"  # ("Berg's dad stood up on the balcony and shouted")
    return None


_FRAME_OPENERS = {"the": "the", "a": "the", "an": "the", "his": "his", "her": "her", "their": "their"}
_FRAME_NOUNS = 3  # who the frame names: "the guard", "the security guard", "the floor manager's assistant"


def framing_speaker(text: str, quote: str) -> str | None:
    """Who the sentence of a report's text carrying its quote says spoke, when that is someone the roster does not
    name: "The security guard, dead serious, to the cake: “…”" → "the security guard", "His producer, to the bar:
    “…”" → "his producer", "Ruaridh Bell's mum, on seeing him win:" (a note framing its quote field's line) →
    "Ruaridh Bell's mum"; None when the text does not quote the line nor ends on a colon framing it, or the sentence
    opens otherwise (a name, a pronoun: the person may have said it)."""
    line = quote.strip("\"“”'‘’ ")[:24]
    at = text.find(line) if len(line) >= 6 else -1
    if at < 0 and text.rstrip().endswith(":"):
        at = len(text.rstrip())  # (a note framing its quote field's line: "Ruaridh Bell's mum, on seeing him win:")
    if at <= 0:
        return None
    head = text[:at].rstrip("\"“„«' ")
    if not head.endswith(":") and not any(w.strip(",").lower() in SPEECH_VERBS for w in head.split()[-3:]):
        return None  # (the line is quoted by a frame: "…, to the cake:", "… said")
    start = max(head.rfind(". "), head.rfind("! "), head.rfind("? "))
    words = head[start + 1 :].split() if start >= 0 else head.split()
    owner = next((k for k, w in enumerate(words[:3]) if w.replace("’", "'").endswith("'s")), None)
    if owner is not None and all(w[:1].isupper() for w in words[: owner + 1]):
        opener, words = " ".join(words[: owner + 1]), words[owner:]  # "Ruaridh Bell's mum, …:": someone of his
    elif len(words) < 2 or words[0].lower() not in _FRAME_OPENERS or not words[0][:1].isupper():
        return None
    else:
        opener = _FRAME_OPENERS[words[0].lower()]
    nouns: list[str] = []
    for typed in words[1 : 1 + _FRAME_NOUNS]:
        word = typed.rstrip(",:")
        if not word.isalpha() or not word.islower() or looks_like_verb(word, after_name=True):
            break
        nouns.append(word)
        if typed != word:
            break  # (a comma or the colon ends who it is)
    if owner is not None and (not nouns or fold(nouns[-1]) not in KIN | ROLE_WORDS):
        return None  # ("Corrie's reply, when asked:": a thing of hers, never someone who speaks)
    return f"{opener} {' '.join(nouns)}" if nouns else None
