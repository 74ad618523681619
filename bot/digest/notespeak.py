"""Note-speak read as prose: what a correspondent types instead of words, in a note's sentence ("Sauvageot 1 knee."
→ "Sauvageot went down on one knee."; "ring = gold ribbon off her trophy" → "The ring was a gold ribbon off her
trophy"; "she: oui." → "She said yes."; "Delacroix-Vey 1st to clap." → "Delacroix-Vey was the first to clap."), and
a name typed alone as a sentence ("Okafor-Brun.") never printed. Anything else is left as it is, for `copyedit`."""

from __future__ import annotations

import re

from .textutil import wordset

_NAME = r"[A-ZÀ-ÖØ-Þ][\w'’-]*(?: [A-ZÀ-ÖØ-Þ][\w'’-]*){0,3}"
# "Sauvageot 1 knee", "Sauvageot down on 1 knee", "Ken on one knee": down on one knee
_KNEE = re.compile(rf"^(?P<who>{_NAME}),? (?:(?:goes |went |gets |got )?down )?(?:on )?(?:1|one) knee\b", re.UNICODE)
# "ring = gold ribbon …": the one thing is the other
_EQUALS = re.compile(r"^(?P<a>[\w'’ -]{1,40}?)\s*=\s*(?P<b>[^=]{2,})$")
# "she: oui", "Lina: yes!!": the answer
_ANSWER = re.compile(rf"^(?P<who>she|he|they|{_NAME}):\s*(?P<said>[^:.!?]{{1,24}})[.!?]*$", re.IGNORECASE | re.UNICODE)
_YES = wordset("yes yeah yep oui si sí ja ndiyo evet tak da sim hai ne naam")
_NO = wordset("no nope non nein nie hayir")
# "Delacroix-Vey 1st to clap": the first to do it
_FIRST_TO = re.compile(rf"^(?P<who>{_NAME}) (?:1st|first) to (?P<rest>\w.*)$", re.UNICODE)
# "Nana A -> Mansa: gold chain, off his own neck", "In the tent, Ama → Kofi: her ring": the one gave the other it
_HANDED = re.compile(
    rf"^(?P<lead>(?:In|At|On|By|Outside|Inside|Behind|Backstage|Later)\b[^,:]{{0,40}}, |[A-Z][\w &'’-]{{1,30}}: )?"
    rf"(?P<a>{_NAME})\s*"
    rf"(?:->|→|=>|⇒)\s*(?P<b>{_NAME})\s*:\s*(?P<thing>[^:.!?]{{2,60}})(?P<end>[.!?]?)$",
    re.UNICODE,
)
_NAME_ONLY = re.compile(rf"^{_NAME}[.!]?$", re.UNICODE)
_ARTICLE_LESS = wordset("the a an his her their its my our your this that these those")


def note_speak(sentence: str) -> str:
    """One sentence of a note with its shorthand in words ("" for a name typed alone: it tells nothing)."""
    s = sentence.strip()
    if not s or "“" in s or '"' in s:
        return sentence
    if _NAME_ONLY.match(s) and len(s.split()) <= 3 and not s.isupper():
        return ""  # ("Okafor-Brun.": who it was for, typed alone; the sentence around it names her)
    m = _KNEE.match(s)
    if m is not None:
        return f"{m.group('who')} went down on one knee{s[m.end() :]}"
    m = _ANSWER.match(s)
    if m is not None and len(m.group("said").split()) <= 3:
        who = m.group("who")
        who = who[:1].upper() + who[1:] if who.lower() in ("she", "he", "they") else who
        said = m.group("said").strip().lower()
        if said in _YES:
            return f"{who} said yes."
        if said in _NO:
            return f"{who} said no."
        return sentence
    m = _HANDED.match(s)
    if m is not None:
        thing = m.group("thing").strip()
        thing = thing if thing.split()[0].lower() in _ARTICLE_LESS else f"{_article(thing)} {thing}"
        lead = m.group("lead") or ""
        return f"{lead}{m.group('a')} gave {m.group('b')} {thing}{m.group('end') or '.'}"
    m = _FIRST_TO.match(s)
    if m is not None:
        return f"{m.group('who')} was the first to {m.group('rest')}"
    m = _EQUALS.match(s)
    if m is not None:
        a, b = m.group("a").strip(), m.group("b").strip()
        if not a or not b or a[:1].isdigit() or b[:1].isdigit():
            return sentence  # ("2 + 2 = 4", "score = 3-1": a sum, not a thing)
        a = a if a.split()[0].lower() in _ARTICLE_LESS or a[:1].isupper() else f"the {a}"
        b = b if b.split()[0].lower() in _ARTICLE_LESS or b[:1].isupper() else f"a {b}"
        return f"{a[:1].upper()}{a[1:]} was {b}"
    return sentence


def _article(thing: str) -> str:
    return "an" if thing[:1].lower() in "aeiou" else "a"
