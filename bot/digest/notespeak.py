"""Note-speak read as prose: what a correspondent types instead of words, in a note's sentence ("Sauvageot 1 knee."
→ "Sauvageot went down on one knee."; "ring = gold ribbon off her trophy" → "The ring was a gold ribbon off her
trophy"; "she: oui." → "She said yes."; "Delacroix-Vey 1st to clap." → "Delacroix-Vey was the first to clap."), and
a name typed alone as a sentence ("Okafor-Brun.") never printed. Anything else is left as it is, for `copyedit`."""

from __future__ import annotations

import re

from .lexicon import LANGUAGE_NAMES, REACTION_NOUNS, adjective
from .presenting import IRREGULAR_PLURALS
from .textutil import wordset
from .verbs import is_past_verb, looks_like_verb

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
# "Rui Matos, in Portuguese, after his win.": the language the person spoke in, the note's verb left out
_IN_LANGUAGE = re.compile(rf"^(?P<who>{_NAME}),? in (?P<lang>{LANGUAGE_NAMES})(?P<rest>(?:[,;.!].*)?)$", re.UNICODE)
_VERB_AFTER = re.compile(r"^,? (?:[a-z]+ed|said|says|told|sang|spoke|thanked|gave)\b")  # (", said …": it has one)
_NAME_ONLY = re.compile(rf"^{_NAME}[.!]?$", re.UNICODE)
_ARTICLE_LESS = wordset("the a an his her their its my our your this that these those")


def note_speak(sentence: str) -> str:
    """One sentence of a note with its shorthand in words ("" for a name typed alone: it tells nothing)."""
    s = sentence.strip()
    if not s or "“" in s or '"' in s:
        return sentence
    if _NAME_ONLY.match(s) and len(s.split()) <= 3 and not s.isupper():
        return ""  # ("Okafor-Brun.": who it was for, typed alone; the sentence around it names her)
    head, _, tail = s.rpartition(", ")
    if head and _tacked_on(tail):  # "Statuette flew, full commentary voice." → "Statuette flew."
        s = sentence = head + (s[-1] if s[-1] in ".!" else "")
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
    m = _IN_LANGUAGE.match(s)
    if m is not None and not _VERB_AFTER.search(m.group("rest")):
        return f"{m.group('who')} spoke in {m.group('lang')}{m.group('rest')}"
    m = _FIRST_TO.match(s)
    if m is not None:
        return f"{m.group('who')} was the first to {m.group('rest')}"
    if s.isupper():  # a shouted note: a unit after a number keeps its own case ("~30S" → "~30s", "5KM" → "5km")
        s = sentence = _SHOUTED_UNIT.sub(lambda u: u.group(1) + u.group(2).lower(), s)
    head, comma, clause = s.rpartition(", ")
    m = _EQUALS.match(clause)
    if m is not None and (told := _brought(m.group("a").strip(), m.group("b").strip())):
        return f"{head}{comma}{told}"  # "…, LIGHTS BACK = STANDING OVATION" → "…, the lights came back to a …"
    m = _EQUALS.match(s)
    if m is not None:
        a, b = m.group("a").strip(), m.group("b").strip()
        if not a or not b or a[:1].isdigit() or b[:1].isdigit():
            return sentence  # ("2 + 2 = 4", "score = 3-1": a sum, not a thing)
        a = a if a.split()[0].lower() in _ARTICLE_LESS or a[:1].isupper() else f"the {a}"
        b = b if b.split()[0].lower() in _ARTICLE_LESS or b[:1].isupper() else f"a {b}"
        return f"{a[:1].upper()}{a[1:]} was {b}"
    seated = _SEATED.match(s)
    if seated is not None:  # "Jalal and Naqvi seated together." → "Jalal and Naqvi were seated together."
        who = seated.group("who")
        be = "were" if " and " in who or "&" in who or "+" in who else "was"
        return f"{seated.group('label') or ''}{who} {be} {s[seated.end('who') + 1 :]}"
    return sentence


# a note's passive with its verb left out: someone "seated" somewhere (one is seated; a note never means they seated
# someone): "Rukhsana Jalal and Farrukh Naqvi seated together"
_SEATED = re.compile(
    r"^(?P<label>[A-Z][A-Za-z]{0,10}(?: \d{1,3})?:\s+)?(?P<who>[A-Z][\w'’-]*(?: (?:[A-Z][\w'’-]*|and|&|\+))*) seated\b"
    r"(?! (?:her|him|them|the|a|an|his|their|[A-Z]))"
)


# a note's scene with no verb of its own: someone doing something ("In the back row, a woman in a green chador
# holding up a handwritten sign"): the article-led noun phrase, then its participle
_DOING = re.compile(
    r"^(?P<scene>(?:In|At|On|By|Outside|Behind) [^,.]{2,40}(?:, [^,.]{2,20})?, )?"
    r"(?P<who>(?:A|An|The|a|an|the) (?P<head>[\w'-]+)(?: [\w'-]+){0,6}?) (?P<ing>[a-z]{3,}ing)\b"
    r"(?P<rest>[^.;!?]*[.!?]?)$"
)
_BEFORE_A_NOUN = wordset("the a an on of in at by to from with his her their its my our this that these those")
_FINITE = re.compile(r"\b(?:is|are|was|were|has|have|had|does|did|will|can|could|would)\b", re.IGNORECASE)
_NOT_DOING = wordset("wedding building evening morning ceiling ring king thing string spring during")


def doing(sentence: str) -> str:
    """ "… a woman in a green chador holding up a sign." → "… a woman in a green chador was holding up a sign.": a
    note's scene told with its verb; any other sentence as it is (a verb already in the noun phrase, a noun in -ing)."""
    m = _DOING.match(sentence.strip())
    if m is None or m.group("ing") in _NOT_DOING or not looks_like_verb(m.group("ing"), after_name=True):
        return sentence
    who = m.group("who").split()
    if any(looks_like_verb(w, after_name=True) and not w.endswith("ing") for w in who[2:]):
        return sentence  # ("a woman walks in holding …": the noun phrase has its verb)
    past = any(is_past_verb(w.strip(",;:")) for w in m.group("rest").split()[1:])  # ("… carrying the band stalled")
    if who[-1].lower() in _BEFORE_A_NOUN or _FINITE.search(sentence) or past:
        return sentence  # ("The boys on the neighbouring roof are …": an adjective in -ing, and a verb of its own)
    head = m.group("head").lower()
    be = "were" if (head.endswith("s") and not head.endswith("ss")) or head in IRREGULAR_PLURALS else "was"
    return f"{m.group('scene') or ''}{m.group('who')} {be} {m.group('ing')}{m.group('rest')}"


# a thing left in a state, as what it did ("lights back" → "came back"), before a reaction after "="
_CAME = {
    "back": "came back",
    "on": "came on",
    "out": "went out",
    "off": "went off",
    "up": "went up",
    "down": "went down",
}
_MASS = wordset("applause silence laughter cheering booing")  # a reaction without "a"
_SHOUTED_UNIT = re.compile(r"(?<![\w.])(\d+)(S|SECS?|MINS?|HRS?|KM|KG|CM|MM|FT|LBS)\b")


def _brought(a: str, b: str) -> str:
    """A note's "=" between a state and the reaction it drew, as a sentence's words ("LIGHTS BACK = STANDING
    OVATION" → "the LIGHTS came back to a STANDING OVATION"; "SPEECH = SILENCE" → "the SPEECH drew SILENCE"); ""
    when `b` is no reaction (`_EQUALS`' "was" tells the one thing as the other)."""
    words, reaction = a.split(), b.split()[:3]
    noun = next((w for w in reaction if w.lower() in REACTION_NOUNS or w.lower() in _MASS), None)
    if not words or noun is None or a[:1].isdigit():
        return ""
    article = (
        "" if noun.lower() in _MASS or noun.lower().endswith("s") or b.split()[0].lower() in _ARTICLE_LESS else "a "
    )
    if len(words) > 1 and words[-1].lower() in _CAME:
        subject = " ".join(words[:-1])
        subject = subject if subject.split()[0].lower() in _ARTICLE_LESS else f"the {subject}"
        return f"{subject} {_CAME[words[-1].lower()]} to {article}{b}"
    subject = a if words[0].lower() in _ARTICLE_LESS or (a[:1].isupper() and not a.isupper()) else f"the {a}"
    return f"{subject} drew {article}{b}"


def _article(thing: str) -> str:
    return "an" if thing[:1].lower() in "aeiou" else "a"


# a body part typed bare after what someone did with it ("He held out hand", "raised fist", "shook head"): never after
# a word that governs it already ("her hand", "a hand", "by hand", "hand in hand") nor in a phrase of its own
# ("shook hands with", "held hands", "changed hands")
_BARE_PART = re.compile(
    # (never an "-ed" word that a possessive, an article, a preposition or an adverb makes an adjective: "his
    # surprised face", "with tired eyes", "a very excited face")
    r"(?<!\bhis )(?<!\bher )(?<!\btheir )(?<!\bits )(?<!\bmy )(?<!\bour )(?<!\byour )(?<!\ba )(?<!\ban )"
    r"(?<!\bthe )(?<!\bthis )(?<!\bthat )(?<!\bwith )(?<!\bof )(?<!\bvery )(?<!\bso )(?<!\btoo )(?<!\bmost )"
    r"(?<!\bmore )(?<!\bby )"
    r"\b(?P<verb>[a-z]+ed|held|shook|put|threw|stuck|hung|bent|thrust|spread|stretched|laid|lifted|kept)"
    r"(?P<particle> (?:out|up|down|over|back|forward|high|aloft))? "
    r"(?P<part>hand|hands|arm|arms|head|fist|fists|palm|palms|foot|feet|leg|legs|knee|knees|eyes|face|finger|thumb)"
    r"\b(?! (?:to|in|over) hand\b)"
)
# a note opening on a bare body part that did something ("Hand dropped.", "Knees buckled at the mic.")
_PART_DID = re.compile(r"^(?:Hands?|Arms?|Head|Fists?|Knees?|Legs?|Feet|Foot|Voice|Face|Jaw|Eyes) [a-z]+ed\b(?!,)")
_PART_OPENS = re.compile(_PART_DID.pattern.replace("^", r"(?:^|(?<=[.!?] ))", 1))
_PHRASED = frozenset({("shook", "hands"), ("held", "hands"), ("joined", "hands"), ("changed", "hands")})
_PRONOUN_OWN = {"he": "his", "she": "her", "they": "their"}
_HE = re.compile(r"\b(?:he|him|his|himself)\b", re.IGNORECASE)
_SHE = re.compile(r"\b(?:she|her|hers|herself)\b", re.IGNORECASE)
_OUTSIDE = re.compile(r"“[^”]*”|\"[^\"]*\"")


def own_parts(text: str) -> str:
    """A note's bare body part after a verb given its owner's possessive ("He held out hand" → "He held out his
    hand"): the sentence's subject when it is a pronoun, else the one person the text's pronouns speak of ("Vale
    raised fist. He …" → "raised his fist"); left as written when the text does not say whose it is."""
    if _BARE_PART.search(text) is None and _PART_OPENS.search(text) is None:
        return text
    plain = _OUTSIDE.sub(" ", text)
    he, she = _HE.search(plain) is not None, _SHE.search(plain) is not None
    owner = "his" if he and not she else "her" if she and not he else None
    return " ".join(_owned(sentence, owner) for sentence in re.split(r"(?<=[.!?])\s+(?=[A-Z“])", text))


def _owned(sentence: str, owner: str | None) -> str:
    first = sentence.split(" ", 1)[0].lower()
    own = _PRONOUN_OWN.get(first, owner)
    if own is None or "“" in sentence:
        return sentence
    if _PART_DID.match(sentence) is not None:  # "Hand dropped." → "His hand dropped."
        return f"{own.capitalize()} {first}{sentence[len(first) :]}"

    def give(m: re.Match[str]) -> str:
        if (m.group("verb"), m.group("part")) in _PHRASED and not m.group("particle"):
            return m.group(0)
        return f"{m.group('verb')}{m.group('particle') or ''} {own} {m.group('part')}"

    return _BARE_PART.sub(give, sentence)


_NOT_PHRASE = wordset("and or but the a an his her their its to of in on at by for with from as than so")


def _tacked_on(segment: str) -> bool:
    """Whether a sentence's last comma segment is a bare noun phrase of two or three words opening on an adjective
    ("…, full commentary voice.", "…, big grin."): the reporter's note of how it looked, no clause, cut from the
    sentence ("…, arms wide", "…, eyes closed", "…, furious" are prose, and so is the room's reaction, "…, big
    laugh.")."""
    words = segment.strip().rstrip(".!").split()
    if not 2 <= len(words) <= 3 or not all(w.isalpha() and w.islower() for w in words):
        return False
    last = words[-1]
    if adjective(last) or last.endswith(("ing", "ed", "ly")) or last in REACTION_NOUNS or _NOT_PHRASE & set(words):
        return False
    return adjective(words[0]) and not any(looks_like_verb(w, after_name=True) for w in words[1:])
