"""A candidate headline's words put right for a reader who was not there (`headlines.write_headline`): a word that
points at what they were not told made "the" (`_pointing_dropped`), an elder named (`_elder_named`), a "his" or
"her" named as whose it is (`owner_named`) and a "her" or "him" as whom (`_done_to_the_one`, `_whom_named`), the
verb in the simple present (`simple_present`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from .clauses import capitalised, mentioned, name_words, sentences
from .cutting import CUT_BEFORE, DETERMINERS, PRONOUNS, bare
from .headline_reading import SUBORDINATORS, tense
from .headline_score import role_length
from .lexicon import ELDER_WORDS, KIN, ROLE_NOUNS, TURNED_UP
from .option_subjects import object_named
from .pairs import AROUND, PARTICLES
from .presenting import later_clauses_present
from .pronouns import kin_for
from .standalone import shared_same
from .textutil import fold, wordset
from .verbs import IRREGULAR, base_form, gets_stuck, prefixed_past, third_person

_POINTING = re.compile(r"\bthe same (?=[a-z])|(?<=[a-z] )(?:that|those) (?=[a-z])")


# what a report calls an old person of the moment, in English and the words other languages use ("the madala", "the
# gogo", "the nonna"): a reader may not know the word, and the roster knows the name
_ELDER = re.compile(rf"\bthe (?:old (?:man|woman|lady|gentleman)|{ELDER_WORDS})(?=['’]s\b|\b)", re.IGNORECASE)


def _elder_named(headline: str, names: Sequence[str]) -> str:
    """A headline naming one of the moment's two people, with "the old man" or a word of another language for an
    elder as the other ("Rain Puts His Own Wristband on the Madala's Wrist"), or a role's possessive ("Puts the Trophy
    in the Director's Hands", "Touches the Old Lyricist's Feet"), told with that person's name ("… on Mandla Sithole's
    Wrist", "… in P. Vasanthakumar's Hands"). As it is otherwise (a third person may be the one meant)."""
    if len(names) != 2:
        return headline
    found = _ELDER.search(headline) or _ROLE_OWNER.search(headline)
    if found is None:
        return headline
    unnamed = [n for n in names if fold(n) not in fold(headline)]
    if len(unnamed) != 1:
        return headline
    return headline[: found.start()] + unnamed[0] + headline[found.end() :]


# a role's possessive in a headline ("the director's hands", "the old lyricist's feet"): the moment's other person
_ROLE_OWNER = re.compile(
    rf"\bthe (?:(?:old|young|elderly|veteran) )?(?:{ROLE_NOUNS}|lyricist|composer|songwriter|poet|writer|singer|actor|"
    r"actress|doorman|attendant|usher|mentor)(?=['’]s\b)",
    re.IGNORECASE,
)


def _pointing_dropped(headline: str) -> str:
    """A headline without a word that points at what the reader was not told ("Falls Down the Same Stairs", "Sings
    That Song": the stairs of an earlier fall, the song of an earlier report) as "the": the headline says it, the body
    tells the rest. Never "that" after a noun or before a word that opens a clause ("Says That She …"); quotes as they
    are. "The same" after a subject of two people is theirs, not the reader's ("Sol Iturbide and Begoña Núñez End Up
    Under the Same Blanket": one blanket shared, never "the Blanket", round 46)."""
    if "that" not in headline and "same" not in headline and "those" not in headline:
        return headline

    def plain(m: re.Match[str]) -> str:
        if m.group(0).startswith("the same"):
            return m.group(0) if shared_same(headline, m.start()) else "the "
        before = headline[: m.start()].split()[-1]
        after = headline[m.end() :].split()[0] if headline[m.end() :].split() else ""
        verb = tense(before) == "present" or bare(before).lower() in _TO_WHOM | {"on", "in", "down", "up", "of"}
        opens = bare(after).lower() in {*PRONOUNS, *DETERMINERS} or base_form(bare(after).lower()) is not None
        return "the " if verb and not opens else m.group(0)

    parts = re.split(r"(“[^”]*”)", headline)  # (a quotation as it was said)
    return "".join(p if p.startswith("“") else _POINTING.sub(plain, p) for p in parts)


def _possessive(words: list[str], people: set[str]) -> tuple[int, str, str] | None:
    """The headline's first "his" or "her" before a noun after its named subject ("Billy Okafor Tapes the Shoe to
    Her Foot": 6), with the subject's name and the one other person of the moment told; None when the headline has
    no such word, does not open with a name of `people`, or the moment told has not exactly one other person."""
    role = role_length(words)  # ("The Waiter Teo Marsh Catches Her Trophy": Teo Marsh's subject)
    headline = " ".join(words[role:])
    opening = next((n for n in sorted(people, key=len, reverse=True) if headline.startswith(n)), None)
    if opening is None:
        return None
    headline = " ".join(words)
    named = {fold(w) for n in people - {opening} for w in n.split()}
    for k in range(role + len(opening.split()) + 1, len(words) - 1):
        following = bare(words[k + 1]).lower()
        if bare(words[k]).lower() in ("his", "her") and following not in {
            *PARTICLES,
            *AROUND,
            *CUT_BEFORE,
            *DETERMINERS,
            *KIN,
            "own",
            "way",
        }:
            if bare(words[k - 1]).lower() == "in" and following in _WORN:
                continue  # "Jumps Into the Canal in His Tuxedo": what one wears is one's own
            if any(_NAMED.sub("", fold(bare(w))) in named for w in words[k + 1 : k + 3]):
                continue  # "in His Oma Greta's Hands": his relative, named (in any language), whose hands they are
            if any(n in headline for n in people - {opening}) or any(
                bare(w).lower() in ("he", "she") for w in words[:k]
            ):
                return None  # someone else is named in it, or "the deal he made with his mum": the reader can tell
            others = people - {opening}
            return (k, opening, next(iter(others))) if len(others) == 1 else None
    return None


_NAMED = re.compile(r"['’]s$")
_WORN = wordset("tux tuxedo suit gown dress costume jacket coat heels boots shoes socks pyjamas robe wig kilt hat")


def _pronoun_gender(word: str) -> str:
    return "he" if bare(word).lower() == "his" else "she"


def owner_named(headline: str, people: set[str], gender: dict[str, str]) -> tuple[str, bool]:
    """The headline with a "his" or "her" that cannot be its subject's (the reports call the subject otherwise, or it
    is where the object was put) as the one other person's of the moment whom it fits ("Billy Okafor Tapes the Shoe
    to Her Foot" → "… to Colette Marais's Foot"), and whether it is left unsure: it may be either's and the reports
    do not say which ("Billy Hands Her Trophy Over", neither called "he" nor "she")."""
    words = headline.split()
    found = _possessive(words, people)
    if found is None:
        return headline, False
    k, subject, other = found
    if k + 1 < len(words) and bare(words[k + 1]).lower() in _OWN_STANCE:
        return headline, False  # "Is the First on Her Feet", "Falls to His Knees": the subject's own
    wanted = _pronoun_gender(words[k])
    # "Puts the Earring in Her Palm": a thing put into a hand is given, never one's own hand, whoever "she" is
    given = _put_on_someone(words, k) and bare(words[k + 1]).lower() in _RECEIVING
    if (gender.get(subject) == wanted and not given) or gender.get(other, wanted) != wanted:
        return headline, False
    if gender.get(subject) is None and not _put_on_someone(words, k):
        # "Ginette Lavaud Accepts Her Honorary Award": hers, read as any reader reads it, unless the reports call her
        # otherwise; unsure only when nobody's pronoun is known
        return headline, gender.get(other) is None
    named = [*other.split()[:-1], other.split()[-1] + "'s"]
    return " ".join([*words[:k], *named, *words[k + 1 :]]), False


_ONTO_SOMEONE = wordset("to on onto into around round over")
_OWN_STANCE = wordset("feet knees knee toes")  # on one's feet, knees: the subject's own, whoever else is named
_RECEIVING = wordset("palm palms hand hands lap")  # where a thing put is given to its owner
_PUTTING = wordset("put place press lay drop tuck slip thrust push")
_PUTTING_NOW = wordset("puts places presses lays drops tucks slips thrusts pushes")


def _done_to_the_one(headline: str, names: Sequence[str], gender: dict[str, str]) -> str:
    """A headline that names nobody of a one-person moment, someone its subject (no article), whose "his" or "her" is
    where its act went ("Jo Draws a
    Goose Tattoo on Her Forearm") with that person's name ("… on Ada Finch's Forearm"): whom it was done to is who the
    moment is about. As it is otherwise (their pronoun is known to be the other)."""
    words = headline.split()
    if len(names) != 1 or not words or bare(words[0]).lower() in DETERMINERS or mentioned(words, name_words(names)):
        return headline  # (someone does it: not "A Napkin Folds Over Her Arm")
    k = next((k for k in range(2, len(words) - 1) if bare(words[k]).lower() in ("his", "her")), None)
    if (
        k is None
        or not _put_on_someone(words, k)
        or gender.get(names[0], _pronoun_gender(words[k])) != _pronoun_gender(words[k])
    ):
        return headline
    owner = names[0].split()
    return " ".join([*words[:k], *owner[:-1], owner[-1] + "'s", *words[k + 1 :]])


def _put_on_someone(words: list[str], k: int) -> bool:
    """Whether the possessive at `k` is where the verb's object went ("Tapes the Shoe to Her Foot", "Pins the
    Medal on His Chest"): the one it was done for, not the one who did it. Never right after the verb, with no
    object before it ("Lands on Her Knees", "Falls Into His Arms": the subject's own, or told by the reports)."""
    into = bare(words[k - 1]).lower() == "in" and any(
        base_form(bare(w).lower()) in _PUTTING or bare(w).lower() in _PUTTING_NOW for w in words[max(0, k - 4) : k - 1]
    )
    if k < 3 or (bare(words[k - 1]).lower() not in _ONTO_SOMEONE and not into):
        return False  # ("Puts the Trophy in Her Arms": where it was put; never "Sings in Her Kitchen")
    if bare(words[k - 2]).lower() in DETERMINERS:
        return False
    if tense(words[k - 2]) != "present":
        return True
    return any(bare(w).lower() in DETERMINERS for w in words[max(0, k - 7) : k - 1])  # ("Presses His Worry Beads")


_LIVE = wordset("just now already finally")  # the live blog's adverbs between an auxiliary and its verb


def simple_present(headline: str) -> str:
    """A headline in the simple present, never the live blog's tense (outside a quotation): "Has Just Come Out" →
    "Comes Out", "Are Now Dancing" → "Dance", "Is Now on the Decks" → "Is on the Decks", "Just Walks In" → "Walks
    In", "Has Been Found" → "Is Found"."""
    words = headline.split()
    out: list[str] = []
    quoted = False
    i = 0
    while i < len(words):
        word, low = words[i], bare(words[i]).lower()
        if not quoted and low in ("has", "have") and _turned_up(words[i + 1 : i + 3]):  # "Has Been Found" → "Is Found"
            present = "is" if low == "has" else "are"
            out.append(present.capitalize() if word[:1].isupper() else present)
            i += 2
            continue
        if not quoted and low in ("has", "have", "is", "are") and word == bare(word):
            j = i + 1
            while j < len(words) - 1 and bare(words[j]).lower() in _LIVE and words[j] == bare(words[j]):
                j += 1
            main = not any(bare(w).lower() in _SUBORDINATE for w in words[:i])  # (the headline's own clause)
            verb = _present_of(low, bare(words[j]).lower(), live=j > i + 1, main=main) if j < len(words) else None
            if verb is not None:
                shown = verb.capitalize() if words[j][:1].isupper() else verb
                out.append(words[j].replace(bare(words[j]), shown, 1))
                i = j + 1
                continue
            if j > i + 1 and low in ("is", "are"):  # "Is Now on the Decks": the place, not the adverb
                out.append(word)
                i = j
                continue
        following = tense(words[i + 1]) if i + 1 < len(words) else None
        if not quoted and low == "just" and word == bare(word) and out and following == "present":
            i += 1  # "Ada Just Walks In"
            continue
        opens, closes = word.startswith(("“", '"')), word.rstrip(".,!?;:").endswith(("”", '"'))
        quoted = (quoted or opens) and not closes
        out.append(word)
        i += 1
    return _SO_COULD.sub(_so_can, later_clauses_present(" ".join(out)))  # "… When the Whole Queue Clapped" → "Claps"


# "so <someone> could <verb>" after an act told in the present ("Holds Up His Phone So His Mother Could Hear", round
# 47): what it is for, in the present too
_SO_COULD = re.compile(
    r"\b([Ss]o (?:[Hh]is |[Hh]er |[Tt]heir |[Tt]he )?[\w'’-]+(?: [A-Z][\w'’-]+)? )([Cc])ould(n['’]t)?\b(?= [A-Za-z])"
)


def _so_can(m: re.Match[str]) -> str:
    return f"{m.group(1)}{m.group(2)}a{m.group(3) or 'n'}"  # ("So Ned Quayle Couldn't Find It" → "Can't", breaker 64)


def _turned_up(words: list[str]) -> bool:
    """Whether the words after a "has" are "been" and what was lost and is back ("been found", "been spotted")."""
    return len(words) == 2 and bare(words[0]).lower() == "been" and bare(words[1]).lower() in TURNED_UP


_SUBORDINATE = SUBORDINATORS | wordset("who that which")  # (a relative clause is not the headline's own either)


def _present_of(aux: str, verb: str, live: bool, main: bool = False) -> str | None:
    """The simple present of "has just come" or "is now dancing" for its subject (`live`: the live blog's adverb came
    between), or of "has mistaken" in the headline's own clause (`main`: no "because", "who", "when" before it); None
    for any other pair."""
    plural = aux in ("have", "are")
    if aux in ("has", "have") and (stuck := gets_stuck(verb, plural)) is not None:
        return stuck
    if not live and not (main and aux in ("has", "have") and verb not in _KEPT_PERFECT):
        return None  # "Because His Knees Are Knocking": no live blog's adverb, the tense the clause needs
    if aux in ("is", "are"):
        base = base_form(verb) if verb.endswith("ing") and verb != "being" else None
    elif verb == "been" or not verb.isalpha():
        base = None
    elif verb in IRREGULAR or prefixed_past(verb) is not None or (verb.endswith("ed") and len(verb) > 3):
        base = base_form(verb)
    else:  # "has just come": a base that is an irregular participle
        base = verb if verb in _PARTICIPLE_BASES else None
    if base is None:
        return None
    return base if plural else third_person(base)


_PARTICIPLE_BASES = wordset("come become overcome run")  # a participle written as its base
_KEPT_PERFECT = wordset("got gotten been had")  # "Has Got a Tattoo" owns one; "Has Been …" is no act


def _whom_named(headline: str, source: str, by_word: dict[str, str]) -> str:
    """A headline whose verb's object is still "her" or "him" ("Ines Baptiste Sews Her Into the Dress") with
    the one other person its report names ("Margo Olufemi's zip went. …"): the reader must know whom. The headline
    as it is when its report names nobody else, or more than one."""
    words = headline.split()
    at = next((i for i, w in enumerate(words[:8]) if bare(w).lower() in ("her", "him") and i >= 2), None)
    if at is None or any(w.endswith(("'s", "’s")) and capitalised(w) for w in words[: at - 1]):
        return headline  # ("Maureen Pike's Son Hands Her the Trophy": hers)
    others = mentioned(source.split(), by_word) - mentioned(words[: at - 1], by_word)
    told = _told_in(source, words[at + 1 : at + 4], next(iter(others)) if len(others) == 1 else "")
    if len(others) != 1 or kin_for(bare(words[at]), told.split()):
        return headline  # (nobody, or several; or someone unnamed, "his grandmother", whom it may be)
    infinitive = at >= 2 and bare(words[at - 2]).lower() == "to"  # ("… Tries to Hand Her the Statuette": a verb)
    if tense(words[at - 1]) != "present" and not infinitive:
        # "… Sits Down Next to Her and Starts Crying": whom, after a preposition, when no noun follows (not "her mum")
        following = bare(words[at + 1]).lower() if at + 1 < len(words) else ""
        whom = bare(words[at - 1]).lower() in _TO_WHOM and following in ("", "and", *CUT_BEFORE)
        return " ".join([*words[:at], *next(iter(others)).split(), *words[at + 1 :]]) if whom else headline
    named = object_named(words, at, next(iter(others)), manner=True)
    return " ".join(named) if named is not None else headline


def _told_in(source: str, after: list[str], other: str) -> str:
    """Where someone unnamed a headline's pronoun may stand for would be brought in: the sentence of `source` that
    tells the words after the pronoun ("how to fold the rice") when it names `other` before them ("… opened a tiffin
    her driver had brought. She offered it to Amélie Ravindran … and showed her how to fold the rice": the driver is
    another sentence's); else the whole source ("… her grandfather in Lima. She put him on speaker, and the host Omar
    Vance …": him may be the grandfather)."""
    wanted = " ".join(bare(w).lower() for w in after)
    if not wanted or not other:
        return source
    for sentence in sentences(source):
        plain = " ".join(bare(w).lower() for w in sentence.split())
        at = plain.find(wanted)
        if at >= 0:
            named = fold(plain).find(fold(other).split()[-1].lower())
            return sentence if 0 <= named < at else source
    return source


_TO_WHOM = frozenset({"to", "with", "at", "beside", "behind", "for", "onto", "into", "toward", "towards"})


_THING_DID = re.compile(r"\b[Tt]he ([a-z]+) (?:[a-z]+ed|was|had|shut|stuck|swung)\b")


def it_named(headline: str, sources: Sequence[str]) -> str:
    """A headline's "on it" or "at it" as the one thing its sentence gave a clause of its own just before ("the door
    locked behind him, and he spent his own category knocking on it in the rain" → "… Knocking on the Door in the
    Rain"): the reader of the headline has no sentence before it. As it is when the sentence names no such thing, or
    more than one."""
    m = re.search(r" (on|at|against|through) it\b", headline)
    if m is None:
        return headline
    before = headline[: m.end()].split()[-3:]  # "knocking on it"
    phrase = " ".join(before).lower()
    for source in sources:
        at = source.lower().find(phrase)
        if at < 0:
            continue
        start = max(source.rfind(". ", 0, at), 0)
        things = {t.group(1) for t in _THING_DID.finditer(source, start, at)}
        if len(things) == 1:
            return f"{headline[: m.end() - 2]}the {things.pop()}{headline[m.end() :]}"
        return headline
    return headline


# a thing that jammed ("the revolving stage jammed half-turn"), and a headline's act of setting "it" going again
_JAMMED = re.compile(
    r"\b[Tt]he (?P<thing>(?:[a-z][\w-]* ){0,2}?[a-z][\w-]*) (?:got )?(?P<how>jammed|stuck|stalled|seized|froze|"
    r"locked|wedged)\b"
)
_FREES_IT = re.compile(
    r" (?:turns|pushes|pulls|cranks|frees|unjams|unsticks|moves|shifts|spins|winds|lifts|rocks|forces|kicks|"
    r"drags|hauls|jacks|levers|prises|pries|raises|hoists|nudges|rolls|slides|winches|restarts|fixes) (it)\b"
)


def it_jammed(headline: str, sources: Sequence[str]) -> str:
    """A headline's act of setting "it" going again with the one thing its report says jammed ("the revolving stage
    jammed half-turn … The motor was dead. Stagehand Rafik Mnatsakanyan … turned it round by hand" → "… Turns the
    Jammed Revolving Stage Round by Hand"), never the thing a sentence in between named (the dead motor); as it is
    when the report names no such thing, or two."""
    m = _FREES_IT.search(headline)
    if m is None:
        return headline
    for source in sources:
        things = {(t["how"], t["thing"]) for t in _JAMMED.finditer(source)}
        if len(things) == 1:
            how, thing = things.pop()
            return f"{headline[: m.start(1)]}the {_STATE.get(how, how)} {thing}{headline[m.end(1) :]}"
    return headline


_STATE = {"froze": "frozen"}  # (the state a thing was left in: "the jammed revolving stage", "the frozen lift")


# a sentence whose subject is a thing, and what became of it ("The Best Film envelope turned up in a pizza box")
_THING_SUBJECT = re.compile(
    r"^The (?P<thing>(?:[\w'-]+ ){0,3}?[a-z][\w-]*) (?=(?:turned|was|had|went|came|fell|arrived|appeared|showed|"
    r"surfaced|landed|ended)\b)"
)
# ... a thing of someone's opening the sentence, before its act ("Wim de Raadt's sword set off the metal detector")
_OWNED_THING_SUBJECT = re.compile(
    r"^(?P<owner>[A-Z][\w'’-]*(?: (?:de|van|von|da|di|del|la|le) )?(?: ?[A-Z][\w'’-]*){0,2})['’]s "
    r"(?P<thing>[a-z][\w-]*) (?=(?:set|went|came|fell|broke|snapped|[a-z]+ed)\b)"
)


def it_the_thing(headline: str, sources: Sequence[str]) -> str:
    """A headline whose verb's object is "it" with the thing the sentence before its clause's opened on ("The Best
    Film envelope turned up in an empty pizza box. Gaetano Capuozzo found it …" → "Gaetano Capuozzo Finds the Best
    Film Envelope"): the headline has no sentence before it. As it is when no such sentence comes just before."""
    words = headline.split()
    at = next((k for k, w in enumerate(words) if w == "it"), None)
    if at is None or at < 2 or words[at - 1][:1].isupper():
        return headline
    carried = words[at - 1] == "with"  # "… Rides From Limete Through Flooded Streets With [It] the Best Film Trophy"
    if not words[at - 1].endswith("s") and not carried:
        return headline
    verb = next((k for k, w in enumerate(words) if w[:1].islower()), at - 1)  # (the subject's words: capitalised)
    subject = " ".join(words[: verb if carried else at - 1])
    for source in sources:
        said = [s.strip() for s in re.split(r"(?<=[.!?])\s+", source) if s.strip()]
        for before, sentence in pairwise(said):
            m = _THING_SUBJECT.match(before)
            owned = _OWNED_THING_SUBJECT.match(before) if m is None else None
            if owned is not None and owned.group("owner") == subject:  # "Wim de Raadt's sword set off the metal
                m = owned  # detector. He surrendered it to a bouncer" → "… Surrenders the Sword …" (break 65)
                sentence = re.sub(r"^(?:He|She|They) ", f"{subject} ", sentence)
            opens = sentence.startswith(subject) or (carried and f", {subject}," in sentence)  # ("The driver, X, …")
            if m is not None and opens and " it " in f" {sentence} ":
                return " ".join([*words[:at], "the", *m.group("thing").split(), *words[at + 1 :]])
    return headline


# a thing carried in, and what became of it, in one sentence: "came down … with his lifetime award, put it on the
# counter … and told her to keep it" (the thing: "his lifetime award")
_CARRIED = re.compile(r"\bwith (?P<thing>(?:his|her|their) (?:[a-z][\w-]* ){0,2}[a-z][\w-]*)(?=,| and\b)")


def it_carried(headline: str, sources: Sequence[str]) -> str:
    """A headline ending on "… to Keep It" (its "it" the last word) with the thing its sentence says its subject came
    with ("… to the cloakroom with his lifetime award, put it on the counter in front of Wendy Baas and told her to
    keep it" → "… Tells Wendy Baas to Keep His Lifetime Award"), when the sentence names one such thing, before the
    clause; as it is otherwise."""
    words = headline.split()
    if len(words) < 4 or words[-1].lower() != "it":
        return headline
    phrase = " ".join(words[-2:]).lower()  # "keep it"
    for source in sources:
        for sentence in re.split(r"(?<=[.!?])\s+", source):
            at = sentence.lower().find(phrase)
            if at < 0:
                continue
            things = list(_CARRIED.finditer(sentence, 0, at))
            if len(things) == 1:
                return " ".join([*words[:-1], *things[0].group("thing").split()])
            return headline
    return headline


# someone unnamed handing over a thing of their own ("an elderly herder in a grey deel in row 14 stood and passed his
# own morin khuur forward"): the thing, and whose (the giver's first words, before where they were)
_LENT = re.compile(
    r"\b(?P<giver>(?:a|an) (?:[a-z][\w-]* ){0,2}[a-z][\w-]*)(?: (?:in|from|at|on|with|near) [^,.;:!?]*?)?"
    r"(?: (?:stood|got up|leaned over|reached over|stepped up)(?: and)?)? "
    r"(?:passed|handed|lent|gave|offered|held out|threw) (?:his|her|their) own "
    r"(?P<thing>(?:[a-z][\w-]* ){0,2}?[a-z][\w-]*)"
    r"(?= forward| over| up| across| to\b|,|\.)"
)


def it_lent(headline: str, sources: Sequence[str]) -> str:
    """A headline ending on "… on It" or "… with It" with the thing a stranger had handed over of their own, as the
    sentence before says ("an elderly herder … passed his own morin khuur forward … She finished the piece on it" →
    "… Finishes the Piece on an Elderly Herder's Morin Khuur"): what "it" is, and whose; as it is otherwise."""
    words = headline.split()
    if len(words) < 4 or words[-1].lower() != "it" or words[-2].lower() not in ("on", "with"):
        return headline
    for source in sources:
        lent = list(_LENT.finditer(source))
        if len(lent) == 1:
            return " ".join([*words[:-1], f"{lent[0].group('giver')}'s", *lent[0].group("thing").split()])
    return headline


# someone unnamed taking a thing of theirs out and throwing it ("The old man in the front row with the trumpet case
# stood up, took a mouthpiece out of his shirt pocket and threw it down over the rail"): who (their first words,
# before where they were), and the thing
_THROWN = re.compile(
    r"\b(?:[Aa]|[Aa]n|[Tt]he) (?P<who>(?:[a-z][\w-]* ){0,2}(?:man|woman|boy|girl|fan|stranger|lady|gentleman|"
    r"guest|usher|waiter|waitress|porter|stagehand|trumpeter|musician|player))"
    r"(?: (?:in|from|at|on|with|near|by) [^,.;:!?]*?)?(?:,? (?:stood up|got up|leaned over|reached over)(?:,| and))? "
    r"(?:took|pulled|fished|grabbed) (?:a|an|his|her|their|his own|her own) (?P<thing>(?:[a-z][\w-]* )?[a-z][\w-]*) "
    r"(?:out of|from|off) [^,.;:!?]*? and (?:threw|tossed|lobbed|dropped|flung|passed|handed) it\b"
)
# a headline's act of taking "it" ("Osmany Ferrer Catches It One-Handed …")
_TAKES_IT = re.compile(r" (?:catches|grabs|takes|snatches|picks up|plays|uses) (it)\b", re.IGNORECASE)


def it_thrown(headline: str, sources: Sequence[str], names: Sequence[str] = ()) -> str:
    """A headline catching or taking "it" with the thing someone unnamed had taken out and thrown, and whose, as the
    sentence before says ("The old man in the front row … took a mouthpiece out of his shirt pocket and threw it down
    over the rail. Osmany Ferrer caught it one-handed" → "Osmany Ferrer Catches an Old Man's Mouthpiece
    One-Handed …"), by their name when a report says who they were and they are of the moment ("The man in the
    balcony was Rodolfo 'Papo' Rentería" → "… Catches Papo Rentería's Mouthpiece …": the reader is told whose): the
    headline has no sentence before it. As it is when no report says so, or more than one thing."""
    m = _TAKES_IT.search(headline)
    if m is None:
        return headline
    for source in sources:
        thrown = list(_THROWN.finditer(source))
        if len(thrown) == 1:
            who, thing = thrown[0].group("who"), thrown[0].group("thing")
            named = _identified(who, sources, names)
            article = "an" if who[:1].lower() in "aeiou" else "a"
            whose = f"{named}'s" if named is not None else f"{article} {who}'s"
            return f"{headline[: m.start(1)]}{whose} {thing}{headline[m.end(1) :]}"
    return headline


# a report saying who someone unnamed was: "The man in the balcony was Rodolfo 'Papo' Rentería, 82, …"
_IDENTIFIED = re.compile(
    r"\b[Tt]he (?:(?:old|older|elderly|young) )?(?P<noun>man|woman|boy|girl|lady|gentleman|fan|stranger|guest)"
    r"(?: (?:in|from|at|on|with) [^,.;:!?]{1,40}?)? (?:is|was|turned out to be|turns out to be) "
    r"(?P<name>[A-Z][\w'’-]+(?: [\"'‘“][^\"'’”]{1,20}[\"'’”])?(?: [A-Z][\w'’-]+){1,2})"
)


def _identified(who: str, sources: Sequence[str], names: Sequence[str]) -> str | None:
    """The person of the moment a report says the unnamed `who` ("old man") was, as the item names them; None when
    no report says, or the one it names is nobody of the moment."""
    noun = who.split()[-1]
    for source in sources:
        for m in _IDENTIFIED.finditer(source):
            if m["noun"] != noun:
                continue
            surname = fold(m["name"].split()[-1])
            return next((n for n in names if fold(n.split()[-1]) == surname), None)
    return None


# someone the report never names, brought in by what they are: "a boy of about six", "an old man in a grey coat"
_UNNAMED = re.compile(
    r"\b(?P<who>(?:[Aa]|[Aa]n) (?:[a-z-]+ ){0,2}(?:boy|girl|child|kid|toddler|teenager|man|woman|fan|stranger|"
    r"stagehand|usher|waiter|waitress|guard|cleaner|busker|porter)(?: of (?:about |around )?[a-z-]+)?)\b"
)


def for_someone_unnamed(headline: str, sources: Sequence[str]) -> str:
    """A headline ending on "for him" or "for her" whose report brought in one unnamed person before ("a boy of about
    six … climbed the stage stairs … Fiston Kabeya stopped the band for him") with that person: "… Stops the Band for
    a Boy of About Six"; as it is otherwise (none, or more than one such person)."""
    words = headline.split()
    if len(words) < 4 or words[-2].lower() not in ("for", "to", "with") or words[-1].lower() not in ("him", "her"):
        return headline
    for source in sources:
        found = {m.group("who").lower() for m in _UNNAMED.finditer(source)}
        if len(found) == 1:
            return " ".join([*words[:-1], *next(iter(found)).split()])
    return headline


# an answer told by what it was done by ("Lord Makabu answers by lifting his trouser leg"): the act itself
_ANSWERED_BY = re.compile(r"\b(?:answers|replies|responds|retaliates|hits back) by (?P<act>[a-z]+ing)\b")


def by_doing(headline: str) -> str:
    """A headline's answer "by" an act as the act ("Lord Makabu Answers by Lifting His Trouser Leg to Show the Label"
    → "Lord Makabu Lifts His Trouser Leg to Show the Label"): the reader has met nobody it answers. As it is when the
    act is no verb."""
    m = _ANSWERED_BY.search(headline)
    base = base_form(m.group("act")) if m is not None else None
    if m is None or base is None:
        return headline
    return f"{headline[: m.start()]}{third_person(base)}{headline[m.end() :]}"
