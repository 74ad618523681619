"""A headline's clause in the present tense with a named subject ("X is in the crew room playing spades" → "X plays
spades in the crew room"; "X has just handed …" → "X hands …"; a second verb after "and", a subordinate clause, the
whole headline in the present: `later_clauses_present`, a clause of the time of the act, "When the Whole Queue
Claps")."""

from __future__ import annotations

from .clauses import COPULA, RELATIVES, Clause, capitalised
from .cutting import DETERMINERS, PLACE_PREPOSITIONS, PRONOUNS, bare
from .headline_reading import SUBORDINATORS
from .lexicon import TURNED_UP, found_there
from .textutil import wordset
from .verbs import IRREGULAR, base_form, looks_like_verb, present, third_person


def plural_subject(subject: list[str]) -> bool:
    lowered = [w.lower() for w in subject]
    if not lowered:
        return False  # (no subject: "like actually crying" after a note's full stop)
    if "and" in lowered or "&" in lowered or "both" in lowered or ("\u201a" in " ".join(subject) and "&" in subject):
        return True
    if len(subject) == 1 and lowered[0] in PRONOUNS:
        return PRONOUNS[lowered[0]]
    of = next((k for k, w in enumerate(subject[1:], 1) if w in _OF and subject[k - 1][:1].isupper()), None)
    head = lowered[of - 1] if of is not None else lowered[-1]  # ("the Fusos de Poblenou": the Fusos)
    if len(subject) > 1 and lowered[0] in _PLURAL_ARTICLES and subject[0][:1].isupper():
        return True  # "Les Fous du Bayou Eat …", "Los Lobos Play …": a group named with a plural article
    if head in IRREGULAR_PLURALS and subject[-1].islower():
        return True  # "Dječji zbor Vrapčići's 38 children shout …"
    if head.endswith(("'s", "’s", "ss", "us", "is")):
        return False
    if len(subject) == 1 and head in _PEOPLE_PLURALS:
        return True  # "Bouncers blocked Priya Solano" opening a note: people, never a name ("Bouncers Blocks …")
    # ("The Risers", "De Derailleurs Walk Into …")
    return head.endswith("s") and (lowered[0] in _ARTICLES_OF_GROUPS or subject[(of or len(subject)) - 1].islower())


_PLURAL_ARTICLES = frozenset({"les", "los", "las", "els"})
# people of a venue's staff and crowd, in the plural (a note's subject, capitalised only because it opens it)
_PEOPLE_PLURALS = wordset(
    "bouncers guards stewards ushers waiters volunteers stagehands photographers paparazzi fans organisers organizers "
    "technicians runners dancers drummers bartenders cleaners firefighters paramedics"
)
IRREGULAR_PLURALS = frozenset({"children", "people", "men", "women", "folk"})
_OF = frozenset({"de", "del", "of", "di", "da", "du"})  # a group's name's head noun comes before it
_ARTICLES_OF_GROUPS = frozenset({"the", "die"})


UP = frozenset({"up", "down", "out", "back", "over"})  # a particle before a place: "was up on a bench"


def presented(clause: Clause, lead: str | None) -> list[str]:
    """The clause's words with a named subject and a present-tense verb ("… and phoned her mother" too).
    "X is in the crew room playing spades" becomes "X plays spades in the crew room"."""
    subject = clause.subject
    if len(subject) == 1 and subject[0].lower() in PRONOUNS and lead:
        subject = lead.split()
    plural = plural_subject(subject) or clause.verb.lower() in ("are", "were")
    plural = plural or (
        len(subject) == 1
        and bool(clause.rest)
        and clause.rest[0].lower() == "together"
        and (len(clause.rest) < 2 or clause.rest[1].lower() != "with")  # ("Drift played together with …": one)
    )
    # ("Bølgebryterne played together": a band's name, one word, whose act is done together)
    verb_word, rest = clause.verb, list(clause.rest)
    up = 1 if len(rest) > 1 and rest[0].lower() in UP and rest[1].lower() in PLACE_PREPOSITIONS else 0
    if verb_word.lower() in COPULA and rest and rest[up].lower() in PLACE_PREPOSITIONS:  # ("was up on a bench …")
        for j in range(1, min(len(rest), 7)):
            w = rest[j]
            if w.islower() and w.endswith("ing") and looks_like_verb(w, after_name=True):
                phrase = rest[j + 1 :]
                # "… Sings to the Fans Who Couldn't Get In": a place after a relative clause would read as its
                # part ("… Get in Outside at the Barrier"), so it goes
                relative = any(bare(x).lower() in RELATIVES for x in phrase)
                verb_word, rest = w, phrase if relative else [*phrase, *rest[up:j]]  # ("on a bench", not "up")
                break
    verb_word, rest = _simple_for_perfect(verb_word, rest)
    if verb_word.lower() in ("has", "have", "had") and len(rest) > 1 and rest[0] == "been" and rest[1] in TURNED_UP:
        verb_word, rest = ("were" if plural else "was"), rest[1:]  # "has been found" → "Is Found", the news now
    # a note's "Rain Llewellyn caught in the green room": what was done to her ("Is Caught in …"); never a thing's
    # ("Lysa Morn's train caught on a plinth": it catches)
    named = bool(subject) and subject[-1][:1].isupper() and not any(w.endswith(("'s", "’s")) for w in subject)
    if named and found_there(verb_word, rest):
        verb_word, rest = ("are" if plural else "is"), [verb_word, *rest]
    following = rest[0] if rest else None
    verb, folded = present(verb_word, plural, following)
    if _planned(verb_word, rest):  # "is going to announce a tour" → "Will Announce", never "Goes to Announce"
        past = verb_word.lower() in ("was", "were")  # ("was going to propose": a plan of the past, maybe not kept)
        verb, rest, folded = (verb_word, rest, False) if past else ("will", rest[2:], False)
    rest = rest[1:] if folded else rest
    rest = _simple_after_and(rest, plural)
    for k in range(1, len(rest)):  # "… and phoned her mother": the second verb in the present too
        adverb = k >= 2 and rest[k - 2].lower() == "and" and rest[k - 1].lower().endswith("ly")
        if adverb and rest[k].islower() and base_form(rest[k]) and looks_like_verb(rest[k], after_name=True):
            rest[k] = present(rest[k], plural)[0]  # "… and totally lost it": and totally loses it
        elif rest[k - 1].lower() == "and" and rest[k].islower() and looks_like_verb(rest[k], after_name=True):
            rest[k] = present(rest[k], plural)[0] if base_form(rest[k]) else rest[k]
        elif any(rest[j - 1].lower() == "and" and rest[j].lower() in DETERMINERS for j in range(max(1, k - 3), k - 1)):
            # "… and a photographer found it", "… and the whole house stood up": a second clause, in the present
            w = rest[k]
            if w.islower() and base_form(w) and (w in IRREGULAR or looks_like_verb(w, after_name=False)):
                rest[k] = present(w, False)[0]
    # "… Asks for a Chair Because Her Legs Were Shaking": the whole headline in the present
    rest = [_RELATIVE_PRESENT.get(w, w) for w in rest]
    for k in range(2, len(rest)):  # "… Until Theo Brannigan Let Her In", "… Before She Hit the Floor": in the present
        j = k - 1
        pronoun = rest[j].lower() in ("he", "she", "they")
        while j > 0 and capitalised(rest[j]) and not rest[j].endswith(("'s", "’s")):
            j -= 1
        j = k - 2 if pronoun else j
        if 1 < j < k - 1 and rest[j].islower() and rest[j - 1].lower() in DETERMINERS:
            j -= 2  # "… While His Granddaughter Ossie Sings": who they are, then the name
        w = rest[k]
        past = w.islower() and (w in IRREGULAR or (w.endswith("ed") and base_form(w) is not None))
        # ("… Laughs So Hard That She Spills …": what it led to, in the present too)
        result = rest[j].lower() == "that" and any(w.lower() in ("so", "such") for w in rest[max(0, j - 7) : j - 1])
        if j < k - 1 and j >= 0 and (rest[j].lower() in SUBORDINATORS or result) and past:
            rest[k] = present(w, rest[k - 1].lower() == "they")[0]
        elif k >= 3 and past and rest[k - 3].lower() in SUBORDINATORS and rest[k - 2].lower() in DETERMINERS:
            # "… When the Host Reads Out the Wrong Name": a noun subject of one thing, its verb in the present
            rest[k] = present(w, False)[0] if rest[k - 1].islower() and not rest[k - 1].endswith("s") else w
    return [*subject, verb, *rest]


def _planned(verb: str, rest: list[str]) -> bool:
    """Whether "is going to" + a verb tells a plan ("is going to announce a world tour"): a plan is told as one
    ("Will Announce"), never as a walk somewhere ("Goes to Announce"); "was going to the bar" is a walk."""
    if verb.lower() not in ("is", "are", "was", "were", "'s", "'re") or len(rest) < 3:
        return False
    after = rest[2]
    return (
        rest[0].lower() == "going"
        and rest[1].lower() == "to"
        and after.islower()
        and after.isalpha()
        and after not in DETERMINERS
        and base_form(after) is None  # a base form, never "to the bar", "to ringing"
        and looks_like_verb(third_person(after), after_name=True)
    )


_PERFECT = frozenset({"has", "have", "had", "'s"})
_PERFECT_ADVERBS = frozenset({"just", "already", "finally", "now", "only", "actually"})


def _simple_for_perfect(verb: str, rest: list[str]) -> tuple[str, list[str]]:
    """ "has just handed her statue to …" → ("handed", ["her", "statue", "to", …]): a headline tells the act in the
    simple present ("Hands"), never "Has Just Handed". The verb and words as they are when the verb is no perfect
    ("has a broken heel")."""
    if verb.lower() not in _PERFECT:
        return verb, rest
    k = 0
    while k < len(rest) and rest[k].lower() in _PERFECT_ADVERBS:
        k += 1
    if k >= len(rest):
        return verb, rest
    w = rest[k]
    participle = w.islower() and (w in IRREGULAR or (w.endswith("ed") and len(w) > 4)) and base_form(w) is not None
    if not participle or w in ("been", "got", "had") or not looks_like_verb(w, after_name=True):
        return verb, rest
    return w, rest[k + 1 :]


def _simple_after_and(rest: list[str], plural: bool) -> list[str]:
    """ "… a Broom and Is Sweeping the Confetti" → "… a Broom and Sweeps the Confetti": a second verb in the
    progressive after "and" in the simple present, the tense of the first."""
    out: list[str] = []
    k = 0
    while k < len(rest):
        w = rest[k]
        after = rest[k + 1] if k + 1 < len(rest) else ""
        if out and out[-1].lower() == "and" and w.lower() in COPULA and after.islower():
            verb, folded = present(w, plural, after)
            if folded:
                out.append(verb)
                k += 2
                continue
        out.append(w)
        k += 1
    return out


_RELATIVE_PRESENT = {"was": "is", "were": "are", "wasn't": "isn't", "weren't": "aren't"}


# the clauses whose verb is told in the headline's present: a time or a cause, at the moment of the act ("When the
# Whole Queue Clapped" → "Claps", "Until the Lights Came Up" → "Come Up"), never "since" or "if" (another time)
_AT_THE_TIME = frozenset({"when", "while", "as", "until", "till", "before", "after", "because", "once", "whenever"})
_AT_THE_TIME |= {"so"}  # (and what it led to: "… Can't Find Her Seat So She Sat" → "So She Sits")
_PLURAL_PRONOUNS = frozenset({"they", "we", "you", "i"})
_CLAUSE_SUBJECT_WORDS = 7
_KEPT_PASTS = frozenset({"had", "did", "could", "would", "should", "might", "been", "used", "said"})


def _past_verb(word: str) -> bool:
    w = word.lower()
    if not word.islower() or w in _KEPT_PASTS or w.endswith("ing"):
        return False
    return (w in IRREGULAR and IRREGULAR[w] != w) or (w.endswith("ed") and base_form(w) is not None)


def later_clauses_present(headline: str) -> str:
    """A headline's subordinate clause of the time of its act in the present like its main verb ("… Cries in the
    Foyer When the Whole Queue Clapped for Her" → "Claps for Her", "… Until the Lights Came Up" → "Come Up"); never a
    relative clause, which may tell an earlier time ("the Driver Who Raised Her", "the Song That Got Cut"), nor a
    quotation. The words as they are where no such clause has a verb in the past."""
    words = headline.split()
    quoted = False
    for i, word in enumerate(words):
        opens, closes = word.startswith(("“", '"')), word.rstrip(".,!?;:").endswith(("”", '"'))
        quoted = (quoted or opens) and not closes
        low = bare(word).lower()
        if quoted or opens or word.endswith((",", ";", ":")) or i == 0:
            continue
        if low not in _AT_THE_TIME:
            continue
        for j in range(i + 2, min(len(words), i + 2 + _CLAUSE_SUBJECT_WORDS)):
            w = bare(words[j])
            prior = bare(words[j - 1])
            if words[j - 1].endswith((",", ";", ":")) or words[j - 1][:1] in ("“", '"'):
                break
            if _past_verb(w) and prior.lower() not in DETERMINERS and prior.lower() not in ("his", "her", "their"):
                subject = [bare(x) for x in words[i + 1 : j]]
                if subject[0].lower() in DETERMINERS | _PLURAL_PRONOUNS | {"he", "she", "it"} or capitalised(
                    subject[0]
                ):
                    plural = subject[-1].lower() in _PLURAL_PRONOUNS or plural_subject(subject)
                    words[j] = words[j].replace(w, present(w, plural)[0], 1)
                break
            if not (w.islower() or capitalised(w)) or prior.lower() in SUBORDINATORS:
                break
    return " ".join(words)
