"""A correspondent's telegraphic note unfolded into sentences, only where the words it leaves out are certain.

A pinned or strongest report is often typed in shorthand ("GREAT HALL 21:31: lights out. pitch black. Kwesi B keeps
drumming, no mic. crowd sings Sika Dwa. 500+ lighters up."); the prose gate (`prose.printable`) would drop every
sentence of it, and the body would open on a weaker report's follow-up. Each sentence that reads as notes
(`register.note_speak`) is unfolded here, before the copy is narrated (`narration.narrate` puts it in the past):
- a label in capitals before its clock time ("GREAT HALL 21:31:") keeps its place, the time goes (`clock`);
- a figure with "+" is "more than" it ("1000+" → "more than 1,000");
- a given name and an initial ("Kwesi B") is the tagged person whose surname has that initial;
- a common noun opening a clause gets its article ("crowd sings …" → "the crowd sings …");
- a noun and a state with no verb gets the verb it can only mean ("lights out" → "the lights were out", "lighters up"
  → "lighters went up");
- ", no mic" after an act is how it was done ("kept drumming without a mic");
- "Name: beard shaved off …" (a name, a thing, its past participle) is "Name's beard was shaved off …";
- an arrow after a name and where they went ("Vale in -> Renata up & out") ends one sentence and opens the next.
A sentence in prose, or any word inside quotes, is left as typed. Nothing is guessed: a sentence none of these fit
stays as it was, for the gate to judge.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .casing import outside_quotes
from .clauses import STREET, sentences
from .labels import caps_place_at
from .language import FUNCTION_WORDS
from .places import PLACE_WORDS, kinds, place_phrase
from .register import note_speak
from .textutil import fold, number_word, wordset
from .verbs import PAST_OF, base_form, is_past_verb, looks_like_verb, past_tense, s_form_past

NOTES = 0.15  # a sentence marked this much per word is unfolded (`prose.NOTES`: the gate's own threshold)

_MORE_THAN = re.compile(r"(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d+)\+(?=\s|[,.;:!?]|$)")
_NO_THING = re.compile(r"(?<=[^\W\d_]), no (?P<thing>[a-z]+)(?=[,.;:!?]|$)")
_ONLY_NOES = re.compile(r"^[Nn]o [a-z]+(?:, no [a-z]+)+[.!]?$")  # "no look, no word.": a sentence of them, as it is
# two of them ("passed Krūmiņš, no look, no word"): one "without", never "no look without a word"
_NO_THINGS = re.compile(r"(?<=[^\W\d_]),? no (?P<one>[a-z]+), no (?P<other>[a-z]+)(?=[,.;:!?]|$)")
# a state a noun is left in, with the verb it can only mean
_STATES = {
    "out": "were out",
    "off": "were off",
    "gone": "were gone",
    "dead": "were dead",
    "over": "were over",
    "up": "went up",
    "everywhere": "were everywhere",
}
# a verb of going, with -s, before "off", "out" or "up": an act ("Walks off."), never a thing left in a state
_GOES = wordset("walks storms runs heads goes comes rushes marches stomps strides steps dashes sneaks slips limps bows")
_NOT_NOUNS = FUNCTION_WORDS["en"] | wordset(
    "more than very so too just still all both everyone everybody nobody neither either none each someone somebody "
    "nothing everything something anyone anybody"
)
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")


def unfolded(text: str, people: Sequence[str] = (), known: Sequence[str] = ()) -> str:
    """`text` with each of its sentences that reads as notes unfolded (see the module); `people`: the report's
    tagged names, in full ("Kwesi Boateng-Larbi"), for a given name and an initial."""
    if not text:
        return text
    label = caps_place_at(text)
    place = ""
    if label is not None:  # "GREAT HALL 21:31: …": its place, the clock time left out
        place = label.group("label")
        place = f"{place[:1]}{place[1:].lower()}"
        text = text[label.end() :]
    text = _lettered(text, people)  # ("K turned her back. W stood ~10 sec": whoever writes so, notes or not)
    notes = label is not None or note_speak(text) >= NOTES
    if notes and not _QUOTED.search(text):  # "Vale in -> Renata up & out in 10 sec": one beat, then the next
        text = _ARROW.sub(lambda m: f"{m.group('went')}. {m.group('next')}", text)
    if "->" in text or "→" in text:  # "Carmen Ruiz (judge) -> spilled red wine …": she spilled it (any note)
        text = _ARROW_ACT.sub(_acted, text)
    out = []
    for sentence in sentences(text):
        if notes or note_speak(sentence) >= NOTES or _headlinese(sentence, (*people, *known)):
            out.append(_sentence(sentence, people, (*people, *known)))
        else:
            out.append(_possessed(sentence, people) or sentence)
    told = outside_quotes(
        " ".join(out),
        lambda part: _SMALL_COUNT.sub(
            _counted, _LED_BY.sub(r" was \1", _PART_BARE.sub(r"\1 the \2", _SONG_BARE.sub(_a_song, part)))
        ),
    )  # ("plays Italian ballad": one song, "an Italian ballad"; "by elbow": "by the elbow", in a note or in prose)
    if not place:
        return told
    phrase = place_phrase(place) if fold(place.split()[-1]) in PLACE_WORDS else ""
    first = sentences(told)[0] if told else ""
    stated = _STATED.match(first)
    if not phrase or stated is None:  # the label for `beats._label` ("Great hall: …")
        return f"{place}: {told}"
    return told.replace(first, f"{stated.group(0)} {phrase}{first[stated.end() :]}", 1)  # "… out in the great hall."


# an arrow between a note's beats ("Vale in -> Renata up & out"): what happened next, its own sentence
# (only after a name and where they went: "A -> B: gold chain" is a thing given, "if they win → …" a promise)
_ARROW = re.compile(
    r"(?P<went>\b[A-Z][\w'’-]{1,20} (?:in|out|up|off|down|back|over|through))\s+(?:->|→|=>|⟶)\s+(?P<next>[A-Z])"
)


# an arrow between a name (and its role in brackets) and what they did: "Carmen Ruiz (judge) -> spilled red wine"
_ARROW_ACT = re.compile(
    r"(?P<who>\b[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2})(?: \((?P<role>[a-z][a-z .]{1,20})\))?\s+(?:->|→)\s+"
    r"(?P<verb>[a-z]+)\b"
)


def _acted(m: re.Match[str]) -> str:
    """ "Carmen Ruiz (judge) -> spilled" → "Carmen Ruiz, the judge, spilled", "Chema → gives" → "Chema gives"; any
    other arrow as it is."""
    verb = m.group("verb")
    present = verb.endswith("s") and not verb.endswith("ss") and looks_like_verb(verb, after_name=True)
    if not (verb.endswith("ed") or verb in PAST_OF.values() or verb in ("says", "said") or present):
        return m.group(0)  # ("gives" too: "Chema Quintana → gives Faro statue to his dad", told in the past after)
    role = m.group("role")
    who = f"{m.group('who')}, the {role}," if role and " " not in role.strip() else m.group("who")
    return f"{who} {verb}"


# a sentence this module stated ("The lights were out", "The power was gone"): its place goes after it
_STATED = re.compile(r"^The [a-z]+ (?:was|were|went) [a-z]+(?=[,.;!?]|$)")


def _sentence(sentence: str, people: Sequence[str], known: Sequence[str] = ()) -> str:
    """A note's sentence unfolded (see the module); `known`: every name its people go by, whose words open a clause
    as a person ("Dingo stares at it"), never as a noun given "the"."""
    if _QUOTED.search(sentence):
        return sentence  # (someone's words: never touched; the sentence around them is left to the gate)
    head, body = _split_label(sentence)
    original = body
    body = _MORE_THAN.sub(_more_than, body)
    body = _initials(body, people)
    body = _possessed(body, people) or body
    clauses = body.split(", ")
    opener = clauses[0].split(" ", 1)[0]
    if opener in ("He", "She", "They"):  # "He bows, limps on": "He bowed, limped on"
        first = _named_past(clauses[0], (opener,))
        if first != clauses[0]:
            clauses = [first, *(_predicate_past(c) for c in clauses[1:])]
    elif not _names_someone(opener, known or people):  # ("lind gave statue …": a name, no article)
        clauses[0] = _stated(clauses[0])
    else:  # "Dingo stares at it": "Dingo stared at it" (the body is told in the past), and the predicates that
        # follow it ("Mick Oldfield walks in, takes old harmonica from pocket, hands it to Dingo")
        first = _named_past(clauses[0], known or people, whole=len(clauses) == 1)
        if first != clauses[0]:
            clauses = [first, *(_predicate_past(c) for c in clauses[1:])]
    if clauses[0] != original.split(", ")[0]:  # (the note told as a sentence: what it left out after its verb too)
        clauses = [_DOOR_BARE.sub(r"\1 the \2 \3", clauses[0]), *(_went(c) for c in clauses[1:])]
    body = ", ".join(clauses)
    body = STREET.sub(r"\1 Street\2", body)  # ("… into Old Mint St.": a street ending the sentence, spelt out)
    if not _ONLY_NOES.match(body):  # ("no look, no word.": a sentence of them, as it is)
        body = _NO_THINGS.sub(lambda m: f" without {_a(m['one'])} {m['one']} or {_a(m['other'])} {m['other']}", body)
        body = _NO_THING.sub(lambda m: f" without {_a(m.group('thing'))} {m.group('thing')}", body)
    if body != original:  # (a sentence left as typed keeps its case: "gloves. trophy." is the gate's to join)
        body = body[:1].upper() + body[1:]
    went = _WENT_IN.match(body) if head else None
    label = head.rstrip(": ")
    if went is not None and not any(c.isdigit() for c in head) and not kinds(label):  # "LIMMAT: Schnee IN.": he went
        # into the Limmat (a place of its own name: never "went into the pontile", a jetty; a known kind of place is
        # where the note was filed, and "went in" says enough)
        label = label.title() if label.isupper() else label
        return f"{went.group('who')} went into the {label}{went.group('end')}"
    return head + body


# a door or a window blown, kicked or swung open in a note, with no article ("gust blew door open")
_DOOR_BARE = re.compile(
    r"\b(blew|kicked|pushed|pulled|flung|threw|swung|slammed|knocked|forced|propped|held) "
    r"(door|doors|window|windows|gate|gates|curtain|curtains) (open|shut|closed)\b"
)
# a part of the body or of a dress after a verb's preposition, with no article ("trips on hem", "catches her by
# elbow": round 46's Ljubljana printed "caught her by elbow"), given "the"
_PART_BARE = re.compile(
    r"\b((?:trips?|tripped|tripping|caught|catch(?:es)?|grabbed|grabs?|took|takes?|held|holds?|pulled|pulls?|led|leads?"
    r"|guided|guides?|steered|steers?|trod|treads?|stepped|steps?|snagged|snags?) (?:\w+ ){0,2}?(?:on|by|over))"
    r" (hem|elbow|arm|wrist|(?<!by )hand|shoulder|collar|sleeve|train|heel|strap|belt|waist|ankle|skirt|dress|scarf"
    r"|tie)\b"
)  # (never "by hand", a way of doing: "rigged it to be pulled by hand", round 47's Vilnius printed "by the hand")
# someone led somewhere by a part of them, in a note's passive with no "was" ("Dara Quill led off stage by the elbow":
# she was led, breaker 62 printed "Dara Quill Leads Off Stage …")
_LED_BY = re.compile(
    r"(?<=[^\W\d_]) ((?:led|guided|escorted|steered) (?:off|out|away|back|down|up)\b(?: \w+)? by the "
    r"(?:elbow|arm|hand|wrist|shoulder)\b)"
)
# a small count in digits before a plural noun ("She poured 2 glasses of teran.": the prose gate reads a digit count
# as notes and left the pour out, breaker 62), spelt out; never a unit nor a length of time ("3 mins", "ran 9 minutes
# 15 seconds": the figure is the news)
_SMALL_COUNT = re.compile(
    r"(?P<verb>\b[a-z]+) (?P<n>[2-9]) (?=(?!(?:min|sec|hr|km|pt|kg|minute|second|hour|day|week|month|year)s\b)"
    r"[a-z]{3,}s\b)"
)


def _counted(m: re.Match[str]) -> str:
    """A small count after a verb in the past spelt out ("poured 2 glasses" → "poured two glasses"); as it is after
    anything else ("Lift 2 doors", "slides last 5 steps": a label's number, a note's present)."""
    if not is_past_verb(m["verb"]):
        return m.group(0)
    return f"{m['verb']} {number_word(int(m['n'])).lower()} "


# things sent somewhere, after a clause that told what did it, with no verb ("…, winners' envelopes out into …")
_SENT = re.compile(
    r"^(?:the )?(?P<things>(?:[a-z]+['’] )?[a-z]+s) (?P<way>out|off|away|everywhere|flying)\b(?P<rest>.*)$"
)


# a song played or sung in a note, with no article ("Xlokk plays Italian ballad", "DJ plays slow song": round 44's
# Valletta printed "Xlokk played Italian ballad."): one song, "an Italian ballad"
_SONG_BARE = re.compile(
    r"\b(?P<verb>played|plays|sang|sings|hummed|hums|performed|performs|struck up|strikes up) "
    r"(?P<kind>(?:(?:[A-Z][a-z]+|[a-z]+) ){0,2}?)"
    r"(?P<song>ballad|song|tune|march|hymn|anthem|lullaby|aria|waltz|serenade|medley|number)\b(?!['’])"
)
_NOT_A_KIND = FUNCTION_WORDS["en"] | wordset("his her their its my our your the a an this that one another every")


def _a_song(m: re.Match[str]) -> str:
    kind = m.group("kind")
    if kind and kind.split()[0].lower() in _NOT_A_KIND:
        return m.group(0)  # ("played her ballad", "sang the anthem", "played his old waltz": its own determiner)
    return f"{m.group('verb')} {_a((kind or m.group('song')).lower())} {kind}{m.group('song')}"


def _went(clause: str) -> str:
    """ "winners' envelopes out into Old Mint St" → "and the winners' envelopes went out into Old Mint St": things a
    note's clause sends somewhere without a verb, after a clause told in the past; any other clause as typed."""
    m = _SENT.match(clause)
    if m is None or any(looks_like_verb(w, after_name=False) for w in m.group("things").split()):
        return clause
    return f"and the {m.group('things')} went {m.group('way')}{m.group('rest')}"


def _split_label(sentence: str) -> tuple[str, str]:
    """A place label left before its colon ("Great hall: lights out.") and the note after it."""
    m = re.match(r"^([A-Z][\w'’-]*(?: [\w'’-]+){0,3}): (?=\S)", sentence)
    if m is None or any(looks_like_verb(w, after_name=True) for w in m.group(1).split()[1:]):
        return "", sentence
    return m.group(0), sentence[m.end() :]


def _more_than(m: re.Match[str]) -> str:
    figure = m.group(1).replace(",", "")
    return f"more than {int(figure):,}"


def _initials(text: str, people: Sequence[str]) -> str:
    """ "Kwesi B" → "Kwesi Boateng-Larbi": a tagged person's given name and their surname's initial (one match)."""
    for name in people:
        words = name.split()
        if len(words) < 2:
            continue
        given, surname = words[0], words[-1]
        short = re.compile(rf"\b{re.escape(given)} {re.escape(surname[0])}\.?(?![\w'’-])")
        if short.search(text) and sum(p.split()[0] == given for p in people) == 1:
            text = short.sub(name, text)
    return text


# a capital letter alone, then a verb: a tagged person a telegraphic note calls by their initial ("Kairytė +
# Wróblewska face to face. K turned her back. W stood ~10 sec": round 47's Vilnius printed "K had turned her back")
# a capital letter alone (a full stop after it or not): a tagged person a telegraphic note calls by their initial
# ("Kairytė + Wróblewska face to face. K turned her back. W stood ~10 sec": round 47's Vilnius printed "K had turned
# her back"; "D. and S. arguing", "E kissed J on the cheek", breaker 63)
_LETTER = re.compile(r"(?<![\w'’.-])(?P<letter>[B-HJ-Z])(?:(?P<stop>\.)|(?P<own>['’]s))?(?![\w'’-])")
_JOINED = frozenset({"and", "+", "&"})
_LETTER_PLACED = frozenset({"to", "from", "with", "at", "for", "beside", "behind", "near", "towards", "toward", "past"})


def _lettered(text: str, people: Sequence[str]) -> str:
    """A tagged person's initial standing for them in a note given the surname it stands for: before a verb ("K
    turned"), beside another initial ("D. and S. arguing") or after a verb in the past ("kissed J on the cheek"),
    or owning something ("K's manager"), when only one of the people the note tags has a name whose first or last
    word opens on it (never after a capitalised word, "Row C", "Plan B")."""
    if not people or _LETTER.search(text) is None:
        return text
    by_letter: dict[str, set[str]] = {}
    for name in people:
        words = name.replace(",", " ").split()
        for word in {words[0], words[-1]}:
            by_letter.setdefault(unfolded_initial(word), set()).add(words[-1])

    def named(m: re.Match[str]) -> str:
        found = by_letter.get(m["letter"], set())
        before = m.string[: m.start()].split()[-1:] or [""]
        after = m.string[m.end() :].split()[:2]
        word = after[0].strip(",.;:!?") if after else ""
        if len(found) != 1 or (before[0][:1].isupper() and not before[0].endswith((".", ",", ":", ";", "!", "?"))):
            return m.group(0)  # ("Row C", "Plan B": a letter of a name of something)
        if after and after[0][:1].isupper() and after[0] not in ("+", "&"):
            return m.group(0)  # ("P. Vasanthakumar", "K Blue passed L. Guidry": the initial of a name written whole)
        if m["letter"] == "X" and word == "marks":
            return m.group(0)  # "X marks the spot": the saying, never Xanthe
        acts = bool(word) and word.islower() and (is_past_verb(word) or looks_like_verb(word, after_name=True))
        joined = bool(after) and after[0] in _JOINED and len(after) > 1 and _LETTER.fullmatch(after[1].rstrip(",.;:"))
        done_to = is_past_verb(before[0].lower()) and before[0].islower()
        paired = before[0] in _JOINED
        opens = not before[0] or before[0].endswith((".", ":", "!", "?"))
        placed = word in _LETTER_PLACED or (bool(after) and after[0] == ",")  # "D at Gate D, on the phone", "D, when
        # told, said nothing": a sentence opening on the initial, then where or an aside
        towards = before[0] in _LETTER_PLACED  # "apologised to D", "moved her chair away from B", "waved at O."
        if not (acts or joined or done_to or paired or m["own"] or (opens and placed) or towards):
            return m.group(0)
        if m["own"]:
            return f"{next(iter(found))}{m['own']}"  # "K's manager pulled her away": Vodnik's
        sentence_before = m.string[: m.start()].rsplit(". ", 1)[-1]
        if f" {next(iter(found))} " in f" {sentence_before}":
            return m.group(0)  # ("Brelland apologised to D": never to herself)
        ends = m["stop"] and (m.end() == len(m.string) or (m.string[m.end() :].lstrip()[:1].isupper() and not joined))
        return next(iter(found)) + ("." if ends else "")  # (its full stop the sentence's only where one ends there)

    return _LETTER.sub(named, text)


def unfolded_initial(word: str) -> str:
    """A name's word's first letter without its marks ("Žilinskas": "Z")."""
    return fold(word[:1]).upper()


_POSSESSED = re.compile(
    r"^(?P<name>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3}): (?P<thing>[a-z]+) (?P<done>[a-z]+ed|[a-z]+en)\b(?P<rest>.*)$"
)


def _possessed(text: str, people: Sequence[str]) -> str | None:
    """ "Kwesi: beard shaved off on stage" → "Kwesi's beard was shaved off on stage": a tagged person's note, a thing
    and its past participle (nothing else reads so)."""
    m = _POSSESSED.match(text)
    if m is None or not _names_someone(m.group("name"), people) or m.group("thing") in _NOT_NOUNS:
        return None
    if looks_like_verb(m.group("thing"), after_name=False):
        return None
    be = "were" if _plural(m.group("thing")) else "was"
    return f"{m.group('name')}'s {m.group('thing')} {be} {m.group('done')}{m.group('rest')}"


def _names_someone(name: str, people: Sequence[str]) -> bool:
    words = set(fold(name).strip(",.;:!?").split())
    return bool(words) and any(words <= set(fold(p).split()) for p in people)


def _named_past(clause: str, people: Sequence[str], whole: bool = False) -> str:
    """A clause opening on a person's name and a verb of the present with -s, that verb in the past ("Dingo stares at
    it ~10 sec" → "Dingo stared at it ~10 sec"); two names and the verb's plain form, the same ("Ferrante and Öztürk
    slow dance" → "… slow danced"); a name and a participle, the past too ("Pace sprinting after them" → "Pace was
    sprinting after them"); a note that is only a name and "IN" or "OUT" shouted (`whole`: "Schnee IN."), where they
    went ("Schnee went in"); any other clause as typed."""
    words = clause.split()
    at = 0
    while at < len(words) and (
        (words[at][:1].isupper() and _names_someone(words[at], people))
        or (at and words[at] in _AND and at + 1 < len(words) and _names_someone(words[at + 1], people))
    ):
        at += 1
    if whole and at and at == len(words) - 1 and (bare := words[at].rstrip(".!?")) in ("IN", "OUT"):
        return " ".join([*words[:at], _IN_OR_OUT[bare.lower()] + words[at][len(bare) :]])  # "Schnee IN.": went in
    if not at or at >= len(words) or not words[at].islower():
        return clause
    several = not _AND.isdisjoint(words[:at])
    if _TO_SOMEONE.search(clause):
        return clause  # ("Varga coming off stage after the encore, to her drummer": a frame for the line she said)
    if (doing := _doing(words[at], several)) is not None:  # "Pawlu Pace sprinting after them": "… was sprinting …"
        return " ".join([*words[:at], doing, *words[at + 1 :]])
    if several:  # "Ferrante and Öztürk slow dance": the verb's plain form, after a word of how or not
        verb = at + 1 if words[at] in _HOW and at + 1 < len(words) else at
        base = words[verb].rstrip(".!?;,")
        if [w.rstrip(".!?;,") for w in words[verb + 1 : verb + 3]] == ["to", base]:
            return clause  # ("A + B face to face": a noun said twice, never "faced to face")
        said = past_tense(base) if base.isalpha() and not base.endswith(("s", "ed")) else None
        said = said and said + words[verb][len(base) :]  # ("… slow dance." → "… slow danced.")
        return clause if not said else " ".join([*words[:verb], said, *words[verb + 1 :]])
    if not looks_like_verb(words[at], after_name=True):
        return clause
    said = s_form_past(words[at])
    return clause if said is None else " ".join([*words[:at], said, *words[at + 1 :]])


_HOW = wordset("slow slowly quietly still just finally both")
# a note's person and where they went, shouted, and nothing else ("LIMMAT: Schnee IN."): the act it means (never "Vale
# in -> Renata up & out", an arrival told by the arrow's rule)
_IN_OR_OUT = {"in": "went in", "out": "came out"}
_WENT_IN = re.compile(r"^(?P<who>.+?) went in(?P<end>[.!]?)$")  # (… into the place its label names)
_AND = frozenset({"and", "+", "&"})  # between two names of a note ("Ferrante + Öztürk")


# words in -ing that are things or name a room, never a participle after a name ("Ana Ruiz wedding photos", "Lise
# Varnum dressing room, signs …")
_ING_NOUNS = wordset(
    "wedding evening morning building ceiling earring earrings clothing sibling darling string thing king ring wing"
    " feeling meeting painting drawing recording setting ending opening reading booking dressing waiting changing"
    " living dining smoking parking landing seating boarding loading"
)


def _doing(word: str, several: bool = False) -> str | None:
    """A participle after a name (`several`: names), told in the past progressive ("was sprinting", "were chasing":
    "running late" is never "ran late"); None when the word is no participle."""
    base = base_form(word) if len(word) >= 5 and word.endswith("ing") and word not in _ING_NOUNS else None
    return f"{'were' if several else 'was'} {word}" if base else None


def _predicate_past(clause: str) -> str:
    """A predicate after a past one, opening on a verb of the present with -s, in the past ("hands it to Dingo" →
    "handed it to Dingo"); any other clause as typed."""
    verb, sep, rest = clause.partition(" ")
    said = s_form_past(verb) if verb.islower() and looks_like_verb(verb, after_name=True) else None
    return clause if said is None else f"{said}{sep}{rest}"


def _stated(clause: str) -> str:
    """A noun opening a clause and its state given the verb it can only mean ("lights out" → "The lights were
    out"), and one before its verb in the present given its article and the past ("crowd sings Sika Dwa" → "The
    crowd sang Sika Dwa"); any other clause as typed."""
    words = clause.rstrip(".!?").split()
    end = clause[len(clause.rstrip(".!?")) :]
    if not words:
        return clause
    lead = words[0]
    if not lead.isalpha() or fold(lead) in _NOT_NOUNS:
        return _state_only(words, end) or clause
    noun = lead.lower()
    shouted = _shouted(lead) and all(w.islower() for w in words[1:3])  # ("SIROCCO gust blows …": a word, loud)
    if (not lead[1:].islower() and not shouted) or looks_like_verb(noun, after_name=False):
        return clause  # ("GRN", "Stunned"): no noun of the room's
    if len(words) == 2 and fold(words[1]) in _STATES and noun not in _GOES:  # "lights out", "power gone" (never
        # "Walks off": someone's act, its subject left out)
        return f"The {noun} {_verb(noun, fold(words[1]))}{end}"
    if len(words) >= 3 and words[1] in _AUXILIARIES and words[2].islower():  # "taxi has moved 400m"
        return " ".join(["The", noun, _AUXILIARIES[words[1]], *words[2:]]) + end
    if (
        len(words) == 3
        and words[1] in _WHERE_AT
        and words[2].isalpha()
        and words[2].islower()
        and fold(words[2]) not in _NOT_NOUNS
        and not words[2].endswith(("ing", "s"))  # ("crew in tears", "room in stitches": a state, no place)
        and fold(words[2]) not in _STATES_IN
        and not looks_like_verb(words[2], after_name=False)
    ):  # "envelope in fridge": "The envelope was in the fridge"
        return f"The {noun} {'were' if _plural(noun) else 'was'} {words[1]} the {words[2]}{end}"
    if len(words) >= 2 and words[1].islower() and looks_like_verb(words[1], after_name=True):
        said = s_form_past(words[1])  # (the body is told in the past: "the crowd sang"; "beard shaved": no act of its)
        if said is None:
            return clause
        return " ".join([_article(noun, noun), noun, said, *words[2:]]) + end
    if (
        len(words) >= 4
        and words[1].isalpha()
        and words[1].islower()
        and fold(words[1]) not in _NOT_NOUNS
        and not looks_like_verb(words[1], after_name=False)
        and words[2].islower()
        and looks_like_verb(words[2], after_name=True)
        and (said := s_form_past(words[2])) is not None
    ):  # "sirocco gust blows door open": "The sirocco gust blew door open" (a noun naming its kind first)
        return " ".join([_article(noun, words[1]), noun, words[1], said, *words[3:]]) + end
    return clause


# a happening a note's clause opens on, not a thing of the room's ("sirocco gust blows door open", "bang backstage"):
# one the reader meets now, "A sirocco gust blew …" (round 44's Valletta: "The sirocco gust" pointed at nothing)
_HAPPENINGS = wordset("gust blast bang crash cheer scream shout roar flash spark squall surge burst scuffle rumble")


def _article(first: str, head: str) -> str:
    """The article a note's opening noun phrase takes ("The crowd", "A sirocco gust", "An almighty bang")."""
    if fold(head) not in _HAPPENINGS:
        return "The"
    return "An" if _a(first.lower()) == "an" else "A"


def _headlinese(sentence: str, people: Sequence[str]) -> bool:
    """Whether a sentence a note-speak count reads as prose is a note all the same: it opens on a shouted word ("SIROCCO
    gust blows door open, …"), or on a name and a participle with no verb before it ("Leli Farrugia sprinting after
    them.")."""
    words = sentence.split()
    if len(words) >= 3 and _shouted(words[0].rstrip(",")) and words[1].islower():
        return True
    if _TO_SOMEONE.search(sentence):
        return False  # ("Strand coming off stage, to her agent": a frame for her line, told by `frames`)
    at = 0
    while at < len(words) and words[at][:1].isupper() and _names_someone(words[at], people):
        at += 1
    return 0 < at < len(words) and _doing(words[at]) is not None


_VOWELS = frozenset("AEIOUY")
# a note's end saying to whom its quote was said ("…, to her drummer", "…, to the floor manager:")
_TO_SOMEONE = re.compile(r",\s+to\s+(?:her|his|their|the|a|an)\s+[\w'’ -]{2,40}[.:]?$")


def _shouted(word: str) -> bool:
    """Whether a word in capitals is a word shouted, not an acronym ("SIROCCO", never "BBC" nor "NASA"): five
    letters or more, two of them vowels."""
    return word.isupper() and len(word) >= 5 and sum(c in _VOWELS for c in word) >= 2


_AUXILIARIES = {"has": "had", "have": "had", "is": "was", "are": "were", "was": "was", "were": "were", "had": "had"}
_WHERE_AT = frozenset({"in", "on", "at", "under", "inside", "behind", "beside", "near"})
# what someone is "in" or "on" that is no place ("crew in shock", "star on fire", "band in charge")
_STATES_IN = wordset("shock charge love awe trouble pain place time fire form costume character silence disbelief")


def _state_only(words: list[str], end: str) -> str | None:
    """ "more than 500 lighters up" → "More than 500 lighters went up"."""
    if len(words) < 3 or fold(words[-1]) not in _STATES or " ".join(words[:2]).lower() != "more than":
        return None
    noun = words[-2].lower()
    if not noun.isalpha() or looks_like_verb(noun, after_name=False):
        return None
    state = _verb(noun, fold(words[-1]))
    return " ".join(["More", *words[1:-1], state]) + end


def _verb(noun: str, state: str) -> str:
    said = _STATES[state]
    return said.replace("were", "was") if not _plural(noun) else said


def _plural(noun: str) -> bool:
    return noun.endswith("s") and not noun.endswith(("ss", "us", "is"))


def _a(thing: str) -> str:
    return "an" if thing[:1] in "aeiou" else "a"


# "He didn't know the words, so her choir kids teach him …": a clause after "so" in the present, its verb before an
# object pronoun (nothing else reads so), in a sentence told in the past
_SO_PRESENT = re.compile(
    r"(?P<head>, (?:so|and|until|while) (?:(?:her|his|their|the|its|our|my) )?(?:[a-z]+ ){0,2}?)"
    r"(?P<verb>[a-z]{3,}) (?=(?:him|her|them|us|me)\b)"
)
# "She was dancing flat-footed and nobody cares": everyone and nobody in the present after a clause in the past
_ANYONE_PRESENT = re.compile(
    r"(?P<head>\b(?:and|so|but|while) (?:nobody|no one|everyone|everybody|somebody|someone) )(?P<verb>[a-z]{3,}s)\b"
)
_PAST_MARK = re.compile(r"\b(?:was|were|had|did|didn't|couldn't|wasn't|weren't|[a-z]{3,}ed)\b")


_PASTS = frozenset(PAST_OF.values())


def _in_past(clause: str) -> bool:
    """Whether a clause is told in the past: a past auxiliary, a verb in -ed or an irregular past ("won")."""
    return _PAST_MARK.search(clause) is not None or any(w in _PASTS for w in re.findall(r"[a-z]+", clause))


def past_clauses(text: str) -> str:
    """Each sentence told in the past with a clause after it in the present ("…, so her choir kids teach him line
    by line") given the past ("taught him"): only a verb before an object pronoun, only after a past verb."""
    if ", " not in text and " and " not in text:
        return text
    out = []
    for sentence in sentences(text):
        m = _SO_PRESENT.search(sentence) or _ANYONE_PRESENT.search(sentence)
        if m is not None and not _QUOTED.search(sentence) and _in_past(sentence[: m.start()]):
            verb = m.group("verb")
            said = s_form_past(verb) if verb.endswith("s") else past_tense(verb)
            if said is None and verb.endswith("es") and verb[-3] not in "aeiosxz" and verb[:-2] not in PAST_OF:
                said = verb[:-1] + "d"  # ("cares" → "cared": a verb in -e the module does not list is regular)
            if said is not None and said != verb and not looks_like_verb(verb, after_name=False):
                sentence = sentence[: m.start("verb")] + said + sentence[m.end("verb") :]
        out.append(sentence)
    return " ".join(out)


# a sentence opening on a thing of the venue and its head noun with no article, before its verb ("Cloakroom queue is
# already 30+ people deep", "Bar queue has doubled"): up to three words, the first a kind of place (`places.kinds`)
_BARE_PLACE_SUBJECT = re.compile(
    r"(?:(?<=^)|(?<=[.!?] ))(?P<first>[A-Z][a-z]+)(?P<rest>(?: [a-z]+){1,2}) (?P<verb>is|are|was|were|has|have|had)\b"
)


_SIDES = wordset("left right centre center")  # ("Stage left is dark": a side of the stage, a place of its own)


def articled(text: str) -> str:
    """`text` with "The" before a sentence's subject that a note wrote without its article, a thing of the venue
    ("Cloakroom queue is already 30+ people deep" → "The cloakroom queue is already …"): told after a connective it
    would read "Minutes earlier, Cloakroom queue had …". Never a name ("Gwitter changeover is late": no place's word),
    nor words that are not nouns ("Bar is open": the place itself, no head noun after it)."""

    def one(m: re.Match[str]) -> str:
        rest = m.group("rest").split()
        if not kinds(m.group("first")) or any(
            fold(w) in _NOT_NOUNS or fold(w) in _SIDES or looks_like_verb(w, after_name=False) for w in rest
        ):
            return m.group(0)
        return f"The {m.group('first').lower()}{m.group('rest')} {m.group('verb')}"

    return _BARE_PLACE_SUBJECT.sub(one, text) if " " in text else text
