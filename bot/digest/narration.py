"""`narrate`, the second pass for bodies (after `copyedit.tidy`): the story told in the past tense (`tenses`), a
verbless note made a sentence ("Ndidi back in the lift" → "Ndidi was back in the lift", "Two hundred people singing"
→ "… were singing", "~200 singing" → "About 200 people were singing", "Rosa up on table, phone torch, leading …" →
"Rosa was up on a table with a phone torch, leading …", "Mara and Kit both walking" → "… were both walking", "Teo
Vale (DJ) warming up …" → "… (DJ) was warming up …"; the note shapes of `note_sentences`; a note opening on an
adverb, "Together on stage …", is given no subject; any other note is left to the prose gate, which leaves it out),
a sentence that dropped its subject given one ("Paid her in twenties." → "Wendell paid her in twenties."), a
reporter's "Found X in …" told as "X was in …". `subject_of`: the named subject of a sentence. Quoted speech inside
a report is never touched."""

from __future__ import annotations

import re
from collections.abc import Callable

from .casing import _BE_WORDS, _ENGLISH, capitalise_sentences, outside_quotes
from .clauses import lead_clause, sentences
from .lexicon import (
    BODY_PARTS,
    KIN,
    NOT_A_SUBJECT,
    NUMBER_WORDS,
    OWNER_OF,
    PEOPLE,
    adjective,
)
from .note_sentences import _FELT, _PARTICIPLE_PHRASE, _WHEN_ALONE, _note_speak, _participle_phrase
from .notespeak import own_parts
from .places import PLACE_PHRASE_OPENING, PLACE_WORDS
from .tenses import (
    _ADVERBS,
    _DEGREE,
    _NOT_SUBJECT_START,
    _PAST,
    _PRESENCE,
    _QUANTIFIERS,
    _REPORTER_VERB,
    _STATES,
    _VERB_PHRASE_NEXT,
    _dropped_present,
    _state_or_ing,
    _to_past,
    _turned_out,
    named_present_clauses,
    pronoun_present,
)
from .textutil import STOPPED_SUFFIXES, fold, generational, lower_first, short_name, wordset
from .verbs import (
    IRREGULAR,
    fronted_subject,
    is_past_verb,
    looks_like_verb,
)

_FINITE_HINTS = wordset("says wants asks tells calls gets goes looks seems reads")
_FINITE_BE = wordset("was were had did could would")  # "Nobody in the room had heard …" has its verb
_SUBORDINATORS = wordset(
    "if that who which when while because where whether as asking anyone someone everyone nobody somebody everybody "
    "before after until till since unless"
)
_GENERAL = _ENGLISH - {"the", "a", "an", "his", "her", "their", "my", "our", "your"}


def _opens_with_verb(word: str) -> bool:
    w = word.lower().rstrip(",.;:!?")
    return is_past_verb(w) or w.endswith("heard")


_SUBJECT_PRONOUNS = wordset("he she they we i")


def _pronoun_clause(words: list[str]) -> bool:
    """Whether a subject pronoun and its verb in the past come before any clause boundary ("… stage he rang her"):
    the sentence has its subject and verb, and what opens it is a phrase before them."""
    for i, w in enumerate(words[:-1]):
        if w.lower() in _SUBJECT_PRONOUNS and is_past_verb(words[i + 1].lower().rstrip(",.;:!?")):
            return True
        if w[-1:] in ",;:.!?":
            return False
    return False


_SUFFIX_COMMAS = re.compile(rf",? ((?:{STOPPED_SUFFIXES})\.?),?(?= )")


def _named_clause_later(sentence: str, names: frozenset[str]) -> bool:
    """Whether a segment after a comma opens on a name of `names` (folded words) and its verb in the past ("…, in the
    wings, Horace Delacroix took …"): the sentence has its subject and verb after the phrases that open it."""
    suffixed = _SUFFIX_COMMAS.sub(r" \1", sentence)  # ("Horace Delacroix, Sr., took": one name, then its verb)
    for segment in suffixed.split(", ")[1:]:
        words = segment.split()
        k = 0
        while (
            k < len(words)
            and words[k][:1].isupper()
            and (fold(words[k]).rstrip(",.;:!?") in names or (k and generational(words[k])))
        ):
            k += 1  # ("Horace Delacroix, Sr. took")
        if 0 < k < len(words) and is_past_verb(words[k].lower().rstrip(",.;:!?")):
            return True
    return False


_MODALS = frozenset({"can", "could", "cannot", "can't", "couldn't", "will", "would", "should", "must", "might"})


_RUNS = wordset("year years night nights time times season seasons week weeks show shows")


def _finite_verb(word: str) -> bool:
    """Whether a word is a finite verb of the present or the past ("has", "is", "sings", "took")."""
    bare = word.rstrip(",.;:!?").lower()
    if bare in ("has", "have", "is", "are", "does", "do") or bare in _FINITE_HINTS or bare in _FINITE_BE:
        return True
    return is_past_verb(bare) or (bare.endswith("s") and looks_like_verb(bare, after_name=True))


def _has_main_verb(words: list[str], *, after_comma: bool = False) -> bool:
    """Whether the words after a subject (up to the first comma) hold its verb: a verb right after a noun
    ("in the press room says …"), not one in a relative clause ("the jacket she wore") nor after "with" ("by the lift
    with the award clutched to his chest": what he held, and how)."""
    for i, w in enumerate(words):
        bare = w.rstrip(",.;:!?").lower()
        if bare == "with":
            return False
        if bare in _SUBORDINATORS or (bare == "and" and _at(words, i + 1).lower() in ("his", "her", "their")):
            return False  # ("… warming up the bar and his granddad was in …": the verb of the clause after "and")
        if bare == "in" and _at(words, i + 1).lower() == "case":
            return False  # ("Organisers setting up a phone line in case she wins": the verb of the clause after it)
        verb = is_past_verb(bare) or bare in _PAST or bare in _FINITE_HINTS or bare in _FINITE_BE
        verb = verb or _NEGATED.match(bare.replace("’", "'")) is not None  # ("Rain on the terrace didn't stop him")
        if verb and i and _by_after(words, i):
            verb = False  # "choosing from six jerseys held up by the choir": the jerseys', a passive describing them
        if verb and i and words[i - 1].lower() not in _ENGLISH and words[i - 1].lower() not in _SUBORDINATORS:
            return True
        if bare in _MODALS and i + 1 < len(words) and (i or not after_comma):
            return True  # "Nobody inside can hear her": never "Nobody was inside can hear her"
        if w[-1:] in ",;:.!?":
            return False
    return False


_UP_OR_OUT = wordset("up out down off")


def _by_after(words: list[str], i: int) -> bool:
    """Whether the participle at `i` is followed by its agent's "by", straight or after a particle ("held up by the
    choir", "signed by the whole cast"): it describes the noun before it, no verb of the sentence's subject."""
    following = [w.rstrip(",.;:!?").lower() for w in words[i + 1 : i + 3]]
    return following[:1] == ["by"] or (following[:1] != [] and following[0] in _UP_OR_OUT and following[1:] == ["by"])


def _at(words: list[str], i: int) -> str:
    return words[i] if i < len(words) else ""


def _named_head(words: list[str]) -> int:
    """How many words open `words` as a named subject: capitalised names joined by "and", then, after a
    possessive, up to three lower-case words ("Soraya Bellweather's mom", "Bram Tolliver's old greyhound")."""
    band = len(words) > 1 and words[0] == "The" and words[1][:1].isupper()  # "The Lantern Boys teaching …"
    if words and words[0].lower() in _DEGREE:
        return 0
    if not words or (words[0].lower().rstrip(",.;:!?") in _ENGLISH and not band) or _opens_with_verb(words[0]):
        return 0
    n = 0
    while n < min(8, len(words)) and words[n][-1:] not in ",.;:!?":
        if words[n][:1].isupper() or (
            n and words[n] in ("and", "&") and n + 1 < len(words) and words[n + 1][:1].isupper()
        ):
            n += 1
        else:
            break
    if n and n < len(words) and words[n].startswith("(") and words[n - 1][-1:].isalpha():
        for k in range(n, min(n + 3, len(words) - 1)):  # "Teo Vale (DJ) warming up …": the bracket is the name's
            if words[k].endswith(")"):
                return k + 1
    if n and words[n - 1].endswith(("'s", "’s")):
        k = n
        while k < min(n + 3, len(words)) and words[k][:1].islower() and not _state_or_ing(words[k], _at(words, k + 1)):
            if words[k][-1:] in ",.;:!?" or looks_like_verb(words[k], after_name=True):
                return 0
            k += 1
        return k if k > n else 0
    return n


_PLURAL_NOUNS = wordset("people children men women police folk")  # plurals without an s


def _plural_head(head: list[str], names: frozenset[str]) -> bool:
    last = head[-1].lower()
    if "and" in head or "&" in head or (head[0] == "The" and len(head) > 1 and last.endswith("s")):
        return True  # "Juno and Rennick", "The Lantern Boys"
    first = head[0].lower().lstrip("~")
    if last in _PLURAL_NOUNS or (first != "one" and (first in _COUNTS or first.isdigit())):
        return True  # "Two hundred people were singing", "200 were singing": never "was"
    common = head[-1][:1].islower() or (len(head) == 1 and last not in names and fold(last) not in names)
    return common and last.endswith("s") and not last.endswith(("ss", "us", "is", "'s", "’s"))


def _finite(sentence: str, names: frozenset[str] = frozenset()) -> str:
    """A verbless note made a sentence (each of its parts between semicolons)."""
    return "; ".join(_finite_part(part, names) for part in sentence.split("; "))


def _with_aux(head: list[str], aux: str, rest: list[str]) -> str:
    """`head` + `aux` + `rest`, the auxiliary before an adverb that ends the head ("crew was already …")."""
    adverbs: list[str] = []
    while len(head) > 1 and head[-1].lower() in _ADVERBS:
        adverbs.insert(0, head.pop())
    return " ".join([*head, aux, *adverbs, *rest])


# a clause of a note's list after its first: a name, "not" or "still" or none, a participle ("Ivanka NOT crying")
_NAMED_DOING = re.compile(
    r"^(?P<who>[A-ZÀ-ÖØ-Þ][\w'’-]*(?: (?!NOT\b)[A-ZÀ-ÖØ-Þ][\w'’-]*){0,2}) (?P<not>(?:not|NOT|never|still) )?"
    r"(?P<doing>[a-z]{3,}ing)\b"
)


def _each_named(sentence: str, names: frozenset[str]) -> str:
    """A note's list of people and what each was doing, its first clause given its auxiliary: each clause between
    it and the last on a name of its own given one too ("Bizjak was crying, Ivanka NOT crying, Ivanka asking where
    the wine is" → "…, Ivanka was not crying, …"; round 46's Ljubljana printed "Gorjup not crying"); the last is the
    sentence's tail (`sentenced`: "and Ivanka asked …")."""
    clauses = sentence.split(", ")
    for k in range(1, len(clauses) - 1):
        m = _NAMED_DOING.match(clauses[k])
        if m is None or not all(fold(w) in names for w in m["who"].split()) or not _state_or_ing(m["doing"], ""):
            continue
        negation = f"{m['not'].strip().lower()} " if m["not"] else ""
        clauses[k] = f"{m['who']} was {negation}{m['doing']}{clauses[k][m.end() :]}"
    return ", ".join(clauses)


def _apposed(words: list[str]) -> str | None:
    """ "Hollis Thorne, still in the sequined jacket, rolling up his sleeve": the verb after the apposition."""
    n, plural = 0, False  # (two people: "Dmitri Belov and Elvin Hacıyev, known as Wind, holding up …" were)
    while n < min(7 if plural else 4, len(words)) and (
        words[n][:1].isupper() or (n and words[n] == "and" and n + 1 < len(words) and words[n + 1][:1].isupper())
    ):
        plural = plural or words[n] == "and"
        n += 1
        if words[n - 1].endswith(","):
            break
    if not n or not words[n - 1].endswith(","):
        return None
    for k in range(n, min(n + 8, len(words) - 1)):
        finite = is_past_verb(words[k]) or words[k].lower() in _FINITE_BE
        if finite and not words[k - 1].endswith(",") and words[k - 1].lower() not in _MODIFIED:
            return None  # "Ada Quill, Bo and Cy left …, sharing one umbrella": a sentence already, its participle right
            # ("Later, Nell Ostrander was here with the trophy, pouring …" likewise)
        if words[k].endswith(","):
            verb = words[k + 1].lower().rstrip(",.;:!?")
            if verb.endswith("ing") and looks_like_verb(verb, after_name=True):
                if _verb_after_aside(words[k + 2 :]):
                    return None  # "Ada Moss, 81, waiting for her car, sang …": the participle is an aside
                return " ".join([*words[: k + 1], "were" if plural else "was", *words[k + 1 :]])
            return None
    return None


def _verb_after_aside(words: list[str]) -> bool:
    """Whether the words after an aside's participle close the aside with a comma and go on with a past tense
    ("for her car, sang the whole chorus"): the sentence's own verb."""
    end = next((i for i, w in enumerate(words) if w.endswith(",")), None)
    if end is None or end + 1 >= len(words):
        return False
    bare = words[end + 1].rstrip(",.;:!?").lower()
    return is_past_verb(bare) or bare in _PAST or bare in _FINITE_BE


_MODIFIED = wordset("the a an his her their its my our your this that in")  # "the sequined jacket": no verb
# a bare noun after "up on" that needs its article ("Rosa up on table" → "Rosa was up on a table")
_UP_ON_BARE = re.compile(r"\b(up on|onto|on top of) (table|chair|stool|crate|bench|box|ladder|piano|barrel|speaker)\b")
# a thing held, between commas, before what the holder was doing ("…, phone torch, leading …": "with a phone torch")
_HELD = re.compile(r", ([a-z]{3,} [a-z]{3,}), (?=([a-z]+ing)\b)")
_COUNTS = wordset("all both two three four five six seven eight nine ten dozen several")
_GROUP_PLACE = wordset("in at on inside outside behind by under together backstage onstage")


def _counted_group(words: list[str]) -> str | None:
    """ "All five Larkspur cast members in the bar until close: …" → "All five Larkspur cast members were in the
    bar …": a counted group (up to five words after "all", "both" or a number, ending in a plural noun in lower
    case) and then a place, with no verb before the colon or the end; None when the pattern is not that."""
    if not words or not (words[0].lower() in _COUNTS or words[0].isdigit()):
        return None
    for end in range(2, min(7, len(words))):
        noun = words[end - 1]
        if words[end].lower() not in _GROUP_PLACE:
            continue
        if not (noun.islower() and noun.endswith("s") and not noun.endswith(("ss", "us", "is"))):
            return None
        if any(w[-1:] in ",.;:!?" for w in words[:end]):
            return None
        tail = " ".join(words[end:]).split(":", 1)[0].split()
        verbs = (w.lower().strip(",.;!?") for w in tail)
        if any(
            is_past_verb(w) or w in _PAST or (w.endswith("ing") and looks_like_verb(w, after_name=True)) for w in verbs
        ):
            return None
        return " ".join([*words[:end], "were", *words[end:]])
    return None


def _named_state(words: list[str], end: int, names: frozenset[str]) -> bool:
    """Whether a note is a name and then one adjective that ends it ("Fenn speechless.", "Both Linds tearful."): a
    state with its verb left out (a feeling seen from outside, "stunned", is `_felt`'s "looked")."""
    state = words[end].rstrip(".!")
    if state != words[end].rstrip(".!?") or not state.isalpha() or not adjective(state) or state in _FELT:
        return False
    return any(fold(w) in names for w in words[:end]) or all(w[:1].isupper() for w in words[:end])


def _held(m: re.Match[str]) -> str:
    thing = m.group(1).split()
    if any(w in _STATES or w in _GENERAL or adjective(w) or w.endswith(("ing", "ed", "ly")) for w in thing):
        return m.group(0)
    return f" with a {m.group(1)}, "


# someone left where they were, after a comma: an absolute phrase, "with" them ("the airport closed since five, with
# Laima Vitola still there")
_STILL_THERE = re.compile(
    r"(?<=[\w)]), (?P<who>(?:[A-Z][\w'’-]+ ){1,3})still (?=(?:there|here|stuck|inside|outside|in|at|on)\b)"
)


# a photo note's caption: where, a colon, then who and what with no verb ("Back in the press room with what they
# saved: Dmitri Belov and Wind holding up the letters T, A and R", round 44's Baku: printed as it was, no sentence)
_CAPTIONED = re.compile(rf"^(?P<where>{PLACE_PHRASE_OPENING} [^:“”\"]{{3,60}}): (?P<who>[A-Z].*)$")


# people with their ages or roles beside them, then where they were, with no verb ("Tural (9, nominated for Best
# Young Actor) and Səbinə Əliyeva (41, his aunt) in the green room, playing backgammon"): the place after the people
_ASIDED = re.compile(
    r"^(?P<who>[A-Z][^.;:!?“”\"]*?[\w)])(?P<comma>,?) "
    r"(?P<place>(?:in|at|on|by|outside|inside|near|behind) (?:the|a|his|her|their)\b[^.;!?]*)(?P<end>[.!?]?)$"
)
_ASIDE_WORDS_OK = KIN | wordset("and his her their both manager")  # (an aside's words: "his aunt", "her son")


def _placed_with_asides(sentence: str, names: frozenset[str]) -> str | None:
    """ "Tural (9, nominated …) and Səbinə Əliyeva (41, his aunt) in the green room" → "… were in the green room": a
    note of people, each with an age or a role beside them, and where they were, given its verb (round 45's breaker:
    "Tural, 9, had nominated for Best Young Actor"); None for any other sentence."""
    if "(" not in sentence and not re.search(r", \d{1,3},", sentence):
        return None
    m = _ASIDED.match(sentence)
    if m is None:
        return None
    who = re.sub(r"\s*\([^()]*\)", "", m.group("who"))  # (the brackets' asides: who they are)
    who = re.sub(r", \d{1,3}(?:,|$)", ",", who).rstrip(", ")
    who = re.sub(r", both [^,]+$", "", who)  # (", both in matching gold bow ties": how they were, an aside)
    words = who.replace(",", " ").split()
    if not words or fold(words[0]) not in names:
        return None
    if any(w.islower() and w not in _ASIDE_WORDS_OK for w in words):
        return None  # (a verb, or words this rule cannot vouch for: as typed)
    plural = " and " in f" {who} " or " & " in who
    closed = m.group("comma") if ", both " in m.group("who") else ""  # (an aside closed by its comma)
    return f"{m.group('who')}{closed} {'were' if plural else 'was'} {m.group('place')}{m.group('end')}"


def _finite_part(sentence: str, names: frozenset[str]) -> str:
    """ "Ndidi back in the lift" → "Ndidi was back in the lift", "Whole family singing" → "Whole family was
    singing"; a caption after where it was taken, "In the press room: Belov holding up the R" → "In the press room,
    Belov was holding up the R"."""
    placed = _placed_with_asides(sentence, names)
    if placed is not None:
        return placed
    caption = _CAPTIONED.match(sentence)
    if caption is not None:  # (a sentence already after its place's colon too: "In the press room, Grech held up …")
        return f"{caption.group('where')}, {_finite_part(caption.group('who'), names)}"
    sentence = _UP_ON_BARE.sub(r"\1 a \2", sentence)
    sentence = _HELD.sub(_held, sentence)
    sentence = _STILL_THERE.sub(r", with \g<who>still ", sentence)  # "…, Laima Vitola still there with her kokle"
    words = sentence.split(" ")
    if len(words) > 2 and words[0] in ("About", "Around", "Some") and words[1].isdigit():
        verb = words[2].lower().rstrip(",.;:!?")
        if verb.endswith("ing") and looks_like_verb(verb, after_name=True):
            return " ".join([*words[:2], "people were", *words[2:]])  # "~200 singing": about 200 people were
    counted = _counted_group(words)
    if counted is not None:
        return counted
    opener = words[0].lower().rstrip(",.;:!?")
    if opener.endswith("ing") and looks_like_verb(opener, after_name=True):
        return sentence  # "Hiding in a cart": a sentence that dropped its subject (see `narrate`)
    if sentence.count(", ") >= 2 and all(_fragment(seg, names) for seg in sentence.split(", ")):
        return sentence  # "Shoes off, hair down, total chaos.": a list of notes, no subject to give a verb
    end = _named_head(words)
    if fold(words[0]) in PLACE_WORDS and any(w.endswith(":") for w in words[end:]):
        return sentence  # "Hallway by the press room:": a place's label, no subject ("Hallway was by …")
    if (
        end == 1
        and (
            words[0].lower() in _QUANTIFIERS
            or words[0].lower() in NOT_A_SUBJECT
            or words[0].lower() in _NOT_SUBJECT_START  # "Without asking, he bought …": never "Without was asking"
            or (words[0].lower() in BODY_PARTS and words[1:2] and words[1].lower() in _POSED)
        )
    ):
        end = 0  # "Whole back of the gown open", "Together on stage …", "Face in hands …": not a name
    if end == 1 and fold(words[0]).rstrip(",.;:!?") not in names and words[1:2] != ["and"]:
        # "Whole family singing", "Organisers setting up a phone line": not a name
        end = 0 if len(words) > 1 and not _state_or_ing(words[1], _at(words, 2)) else end
        end = 0 if _pronoun_clause(words[2:]) else end  # "Straight off stage he rang …": never "Straight was off"
        end = 0 if _named_clause_later(sentence, names) else end  # "Straight off the stage, in the wings, Horace
        # took …": the sentence's subject and verb come after its fronted phrases
        end = 0 if adjective(words[0]) else end  # "White lining, …": a noun phrase, no subject
    if (  # "Mara and Kit both walking …": "… were both walking …"
        0 < end < len(words) - 1
        and words[end] in ("both", "all")
        and _state_or_ing(words[end + 1], _at(words, end + 2))
        and not _has_main_verb(words[end + 2 :])
    ):
        return " ".join([*words[:end], "were", *words[end:]])
    following = _at(words, end + 1)
    if (
        0 < end < len(words)
        and _state_or_ing(words[end], following)
        and not _has_main_verb(words[end + 1 :], after_comma=words[end].endswith(","))
    ):
        if words[end].lower() == "dressing" or (words[end].lower().rstrip(",.") == "now" and end + 1 == len(words)):
            return sentence
        if words[end].lower() in _ADVERBS and _finite_verb(following):
            return sentence  # "Ines Harrowgate now has the quartet …": its verb after the adverb, never "was now has"
        head = words[:end]
        return _each_named(_with_aux(head, "were" if _plural_head(head, names) else "was", words[end:]), names)
    if 0 < end == len(words) - 1 and _named_state(words, end, names):  # "Fenn speechless." → "Fenn was speechless."
        return _with_aux(words[:end], "were" if _plural_head(words[:end], names) else "was", words[end:])
    apposed = _apposed(words)
    if apposed is not None:
        return apposed
    if (end > 1 or (end == 1 and words[0].lower().rstrip(",.;:!?'’s") in names)) or (
        words and _opens_with_verb(words[0])
    ):
        return sentence
    # "whole family singing in the seats": up to three lower-case words, then an -ing verb
    for end in range(1, min(4, len(words) - 1) + 1):
        head = words[:end]
        if any(w[-1:] in ",.;:!?" or "'" in w or "’" in w for w in head) or any(w[:1].isupper() for w in head[1:]):
            return sentence
        lowered = [w.lower() for w in head]
        if lowered[0] in _NOT_SUBJECT_START or lowered[0] in _GENERAL:
            return sentence
        if any(looks_like_verb(w, after_name=True) or w in _GENERAL for w in lowered):
            return sentence
        if adjective(lowered[-1]) or lowered[-1] in _MODIFIER_NEXT:
            continue  # a subject ends with its noun ("Gold lining showing …", "The seating planner": no "was")
        verb = words[end].rstrip(",.;:!?").lower()
        following = words[end + 1].lower() if end + 1 < len(words) else ""
        if (
            verb.endswith("ing")
            and len(verb) > 4
            and looks_like_verb(verb, after_name=True)
            and following not in ("room", "rooms")
        ):
            if _finite_after(words[end + 1 :]):
                return sentence  # "The seating planner was hiding …": the sentence has its verb
            if verb == "running" and lowered[-1] in _RUNS:
                return sentence  # "Third year running.": in a row, never "Third year was running"
            return _with_aux(list(head), "were" if _plural_head(head, names) else "was", words[end:])
    return sentence


# a note's body part with no article, where it was put, is the subject's posture, a detail of the sentence before
# ("Face in hands at the mic"), never a subject given a verb ("Face was in hands"; "Hair was flat …" is one)
_POSED = wordset("in into on over against between under")
# after these a word in -ing describes the noun that follows it ("the seating planner", "her acting coach")
_MODIFIER_NEXT = wordset("a an the his her their its my our your this that these those")


def _finite_after(words: list[str]) -> bool:
    """Whether a finite verb (a form of "be" or "have", or a verb in the past) follows, before any clause
    boundary: the note already has its verb ("… planner was hiding", "… area filled up")."""
    for w in words:
        bare = w.lower().rstrip(",.;:!?").replace("’", "'")
        if bare in _BE_WORDS or is_past_verb(bare) or _NEGATED.match(bare):
            return True  # ("Rain on the terrace didn't stop him": its verb, never "Rain was on the terrace didn't …")
        if w[-1:] in ",.;:!?" or bare in _SUBORDINATORS:
            return False
    return False


_NEGATED = re.compile(r"^(?:did|does|do|was|were|is|are|has|have|had|could|would|wo|ca|should)n't$")


def subject_of(sentence: str) -> str | None:
    """The named subject of a sentence ("Wendell lost." → "Wendell"), None when it is not a name."""
    clause = lead_clause(sentence)
    if clause is None or not clause.subject or not all(w[:1].isupper() for w in clause.subject):
        return None
    return " ".join(clause.subject).rstrip(",")


# a correspondent's interview: "Caught Dara Voss in the corridor, asked about the kid" — the reporter caught
# her and asked her; told without the reporter, she is the one asked ("In the corridor, Dara Voss was asked
# about the kid"), never the one asking
_REPORTER_ASKED = re.compile(
    r"^(?P<lead>[A-Z][a-z]+(?: [a-z]+){0,2}, )?(?i:just\s+)?(?i:caught|grabbed|found|cornered|stopped|collared)\s+"
    r"(?P<who>(?:[A-Z][\w'’-]+ ){0,2}[A-Z][\w'’-]+|her|him|them)(?P<where> [^,;:“”\"!?]{2,40}?)?,? (?:and )?"
    r"asked (?:(?:her|him|them) )?(?=[a-z])"
)
_ASKED_WHO = {"her": "she", "him": "he", "them": "they"}


def _reporter_asked(sentence: str) -> str:
    """ "Caught Dara Voss in the corridor, asked about the kid" → "In the corridor, Dara Voss was asked about the
    kid"; "Caught Dara Voss after, asked how …" → "Dara Voss was asked afterwards how …"."""
    m = _REPORTER_ASKED.match(sentence)
    if m is None:
        return sentence
    who = _ASKED_WHO.get(m.group("who"), m.group("who"))
    where = (m.group("where") or "").strip()
    when = _WHEN_ALONE.get(where.lower(), "")  # "after" alone: "… was asked afterwards how …"
    be = "were" if who == "they" else "was"
    scene = ", ".join(part for part in ((m.group("lead") or "").rstrip(", "), "" if when else where) if part)
    asked = f"{who} {be} asked {when} " if when else f"{who} {be} asked "
    told = f"{scene}, {asked}" if scene else asked
    return told[:1].upper() + told[1:] + sentence[m.end() :]


# a second clause with a named subject of its own after "and": "…, and Sarge Lumsden stopped the traffic"
_TWO_SUBJECTS = re.compile(r",? and (?:[A-Z][\w'’.-]+ ){1,3}(?:[a-z]+ed|stood|sat|held|kept|led|ran|took|got)\b")


# a condition, then who said it, then what they will do: "If Filip wins, he says, he will ring it twice"
_IF_SAID = re.compile(
    r"^If (?P<cond>[^,“”]{3,80}), (?P<who>he|she|they) (?P<said>said|says|told us|tells us), "
    r"(?P<then>(?P<doer>(?:he|she|they) |(?:[A-Z][\w'’-]+ ){1,3}?)(?P<will>will|would|is going to|was going to)\b)"
)
# the same speaker said twice: "Teodor Vukovic says that if The Low Pines win again, he says, he will learn the banjo"
_SAID_TWICE = re.compile(
    r"(\b(?:says|said|told us|tells us) that if [^,“”]{3,80}), (?:he|she|they) (?:says|said|told us|tells us), "
)


def said_first(sentence: str) -> str:
    """A promise with its speaker set inside it, told with the speaker first ("If Filip wins Best Electronic Album,
    he says, he will ring it twice" → "He says that if Filip wins Best Electronic Album, he will ring it twice"; "If
    the Low Pines win again, he says, Teodor Vukovic will learn the banjo" → "Teodor Vukovic says that if the Low
    Pines win again, he will learn the banjo"): the setup's own act, whole, never cut at its "he says"; and never
    said twice ("Teodor Vukovic says that if …, he says, he will …")."""
    if ", " not in sentence:
        return sentence
    sentence = _SAID_TWICE.sub(r"\1, ", sentence)
    m = _IF_SAID.match(sentence)
    if m is None:
        return sentence
    doer = m.group("doer").strip()
    who = doer if doer[:1].isupper() else m.group("who").capitalize()  # "Teodor Vukovic says", else "He says"
    said = f"{who} {m.group('said')} that if {m.group('cond')}"
    return f"{said}, {m.group('who')} {m.group('will')}{sentence[m.end() :]}"


# a note's "fine" after a fall, then what broke, with no article nor verb of its own ("She was fine, left heel
# snapped.", round 44's Dhaka: pasted as typed): "She was fine, but her left heel had snapped."
_MISHAP_AFTER_FINE = re.compile(
    r"^(?P<head>(?P<who>She|He|They) (?:was|were) (?:fine|okay|OK|ok|unhurt|all right)), "
    r"(?P<part>(?:left |right )?(?:heel|strap|zip|zipper|shoe|button|hem|seam|sleeve|buckle)) "
    r"(?P<verb>snapped|broke|split|tore|ripped|came off|gave way)(?P<end>[.!]?)$"
)
_BROKEN = {"broke": "broken", "tore": "torn", "came off": "come off", "gave way": "given way"}


def _mishap_told(m: re.Match[str]) -> str:
    verb = _BROKEN.get(m.group("verb"), m.group("verb"))
    return f"{m.group('head')}, but {OWNER_OF[m.group('who').lower()]} {m.group('part')} had {verb}{m.group('end')}"


def narrate(
    text: str,
    subject: str | None = None,
    names: frozenset[str] = frozenset(),
    again: Callable[[str], str] = short_name,
) -> str:
    """Tidied copy told as a story after the fact (see the module). `subject`: who a sentence that
    dropped its subject is about when the sentence before names nobody (the moment's person); `names`:
    folded words of the people's names (never read as verbs); `again`: a person named again (the family name,
    in the order the roster gives it)."""
    text = " ".join(said_first(_reporter_asked(sentence)) for sentence in sentences(text))  # ("If Filip wins, he
    # says, he will ring it": "He says that if Filip wins, he will ring it", never split at its "he says")
    reporter = _REPORTER_VERB.match(text)
    if reporter and text[reporter.end() : reporter.end() + 1].isupper():
        text = text[reporter.end() :]
    out: list[str] = []
    previous: str | None = None
    someone_else = False  # the sentence before had a subject of its own who is nobody named
    said = [_note_speak(sentence, first=k == 0) for k, sentence in enumerate(sentences(text))]
    noted = _fragment_runs(said, names)
    presence = _PRESENCE.match(said[0]) if len(said) > 1 else None
    in_present = False  # a sentence of the note was told in the past from the present: its "It ends …" too
    for k, sentence in enumerate(said):
        if presence is not None and k == 0:  # "Jasper Lindqvist is here. Hiding in a laundry cart …"
            previous = presence.group(1)
            continue
        sentence = outside_quotes(sentence, _turned_out)
        sentence = _fronted_act(sentence, names)
        if "ed " in sentence:
            sentence = outside_quotes(
                sentence, lambda part: _PARTICIPLE_PHRASE.sub(lambda m: _participle_phrase(m, names), part)
            )
        said_now = _dropped_present(sentence, names) if k and (previous or subject) else None
        then = said_now is not None and said_now.startswith("Then ")
        if said_now is not None:  # "Signs 4 autographs. Walks up mid-set, puts …": the note's person did it
            sentence = said_now.removeprefix("Then ")
            sentence = sentence[:1].upper() + sentence[1:]
        elif '"' not in sentence and "“" not in sentence and not noted[k]:
            told_now = named_present_clauses(sentence, names)
            in_present = in_present or told_now != sentence
            sentence = _finite(told_now, names)
        first, *rest = sentence.split(" ")
        bare = first.lower().strip(",.")
        ing = bare.endswith("ing") and len(bare) > 4 and looks_like_verb(bare, after_name=True)
        follows = rest[0].lower().rstrip(",.;:!?") if rest else ""
        if ing and rest and rest[0][-1:] in ",.;:!?" and follows not in _CLAUSE_ADVERBS and not follows.endswith("ly"):
            ing = False  # "Standing ovation, part love, part relief.": a noun phrase, no verb of anyone's
        if ing and follows.endswith("ing") and len(follows) > 4 and looks_like_verb(follows, after_name=True):
            ing = False  # "Catering blaming the humidity": a noun, the subject of the participle after it (never
            # "Moose was catering blaming …", Auckland)
        own = fronted_subject(rest) if ing else None
        if own is not None:  # "Coming off stage left she skipped …": a fronted phrase, its subject after it
            rest[own - 1] = rest[own - 1].rstrip(",") + ","
            sentence = " ".join([first, *rest])
            ing = False
        regular = bare.endswith("ed") and bare not in IRREGULAR
        # "Thanked his mum", "Paid her", "Came off": a verb phrase; "Stunned silence all round": an adjective
        verb_phrase = not regular or follows in _VERB_PHRASE_NEXT
        # (a sentence that opens in lower case goes on from the one before it: "(the hat lady!) pulled …")
        dropped_subject = first[:1].isupper() and (
            (is_past_verb(first) and verb_phrase) or bare in ("says", "asks", "tells") or ing
        )
        who = previous or (None if someone_else else subject)
        moved_on = bare in _MOVED and len(rest) == 1 and rest[0].lower().strip(".!") in _PARTICLE_ALONE
        if k and dropped_subject and bare not in names and (len(rest) >= 2 or moved_on) and who:
            plural = " and " in who or who == "They" or (who.lower().startswith("the ") and who.endswith("s"))
            aux = "were" if plural else "was"
            verb = f"{aux} {bare}" if ing else lower_first(first)  # "Hiding in a cart": was hiding
            named_before = presence is not None and k == 1  # "Jasper Lindqvist is here. Hiding …": named in full
            pronoun = _their_pronoun(rest) if out and out[-1].startswith((who, again(who))) and not plural else None
            # "T-Baatar spotted emee at the ministry table. He stood up …, picked up his own chair": never the name
            # twice running, when the sentence's own "his" or "her" says which
            sentence = " ".join([pronoun or (who if named_before else again(who)), verb, *rest])
        if in_present and "“" not in sentence and '"' not in sentence:
            sentence = pronoun_present(sentence)  # "It ends in a handshake": the note's present, told in the past
        before = sentence
        sentence = outside_quotes(sentence, lambda part: _to_past(part, names))
        in_present = in_present or sentence != before
        named = subject_of(sentence)
        opener = sentence.split(" ", 1)[0]
        if opener in ("He", "She", "They"):
            # "Odile held up the sign. He tried the voice. Went back out": "He went back out", not the one named
            # before; the one the moment is about only when the text has named them ("Nico Venn proposed. She said
            # yes. Said a real ring is coming": Venn), never else ("He had bought her a pint. Put it down": not
            # "Hollis put it down", whoever "he" was)
            told = " ".join(out)
            named_here = subject is not None and any(w in told for w in subject.split() if w[:1].isupper())
            previous, someone_else = (subject if named_here else opener), False
        elif named and named.split()[0].lower() not in _NOT_NAMES and _TWO_SUBJECTS.search(sentence):
            # "Renzo walked at the horse's head and Sarge Lumsden stopped the traffic. Tied up at the rail …": neither;
            # the one the moment is about
            previous, someone_else = None, False
        elif named and named.split()[0].lower() not in _NOT_NAMES:
            previous, someone_else = named, False
        elif _people_did(sentence):
            # "The crew stopped working. Took the door off": whoever did the next thing, it is not the person
            # named before ("Nobody knew where it was. Found it …": not "Nobody found it")
            previous, someone_else = None, True
        if then and sentence.split(" ", 1)[0] in ("He", "She", "They"):
            sentence = sentence[:1].lower() + sentence[1:]  # "Then he walked up mid-set", never "Then He"
        sentence = _MISHAP_AFTER_FINE.sub(_mishap_told, sentence)  # "She was fine, left heel snapped."
        out.append(f"Then {sentence}" if then else sentence)
    return own_parts(capitalise_sentences(" ".join(out)))


def _their_pronoun(rest: list[str]) -> str | None:
    """ "He" when a sentence that dropped its subject says "his" and never "her" ("… picked up his own chair"), "She"
    the other way round; None when it says neither or both (whose is unsure)."""
    words = [w.lower() for w in rest]
    owner = {
        w
        for k, w in enumerate(words[:-1])
        if w in ("his", "her") and words[k + 1].strip(",.;:!?") not in _NOT_OWNED  # ("next to her.", "gave her the")
    }
    if owner == {"his"}:
        return "He"
    if owner == {"her"} and "his" not in words:
        return "She"
    return None


_NOT_OWNED = frozenset({"the", "a", "an", "to", "and", "in", "on", "at", "up", "back", "out", "off", "that", "this"})


# a way of going typed alone with its particle after the note's person's act ("Walked on.", "Went back.")
_PARTICLE_ALONE = wordset("on off out in back away up down")


# a note that opens on its subject's first act with the subject left out, then names them after a comma: "Came
# through the stage door drenched, Uncle Bayo set a cake tin …" (a way of coming or going: never a passive)
_MOVED = wordset(
    "came went walked arrived ran rushed stepped climbed strolled wandered burst marched stormed swept raced hurried"
    " dashed sprinted crept headed limped staggered slipped sneaked snuck"
)
_FRONTED_ACT = re.compile(
    r"^(?P<verb>[A-Z][a-z]+)(?P<rest> [^,“”\"]+), (?P<who>(?:[A-Z][\w'’.-]*\s){0,3}[A-Z][\w'’.-]*)"
    r" (?P<then>[a-z][\w'’-]*)(?P<tail>.*)$"
)


def _fronted_act(sentence: str, names: frozenset[str]) -> str:
    """ "Came through the stage door drenched, Uncle Bayo set a cake tin …" → "Uncle Bayo came through the stage
    door drenched and set a cake tin …": a first act whose subject the note names only after it, told with its
    subject (never "when Came through …"); the sentence as it is otherwise."""
    m = _FRONTED_ACT.match(sentence)
    if m is None or m.group("verb").lower() not in _MOVED:
        return sentence  # ("Asked about the bet, Whitlow laughed", "Dressed in gold, …": passive, never her act)
    if not is_past_verb(m.group("then")) or not any(fold(w) in names for w in m.group("who").split()):
        return sentence
    verb, rest, who, then, tail = m.group("verb", "rest", "who", "then", "tail")
    joined = ", " if " and " in tail else " and "  # ("came …, set a cake tin … and told …": one "and")
    return f"{who} {verb.lower()}{rest}{joined}{then}{tail}"


FRAGMENT_WORDS = 4  # a note this short with no verb ("Total chaos.", "Shoes off.") is a fragment


def _fragment(sentence: str, names: frozenset[str]) -> bool:
    """A short note with no verb and no quote ("Total chaos.", "Hair down.")."""
    words = [w.strip(",.;:!?()") for w in sentence.split()]
    if not words or len(words) > FRAGMENT_WORDS or "“" in sentence or '"' in sentence or fold(words[0]) in names:
        return False  # ("Kowalczyk in the corridor.": a person and where they were, a note `_finite` makes a sentence)
    return not any(
        w.lower() in _BE_WORDS or looks_like_verb(w, after_name=False) for w in words if fold(w) not in names
    )


def _fragment_runs(said: list[str], names: frozenset[str]) -> list[bool]:
    """For each sentence, whether it is one of a run of two fragments or more ("Lind grabbed the mic. Total chaos.
    Shoes off. Hair down."): notes in a row, never given a verb one by one ("Shoes were off. Hair was down."), but
    left to `telegraphic` (one sentence with the one before) and the prose gate."""
    flags = [_fragment(s, names) for s in said]
    return [flags[k] and ((k > 0 and flags[k - 1]) or (k + 1 < len(flags) and flags[k + 1])) for k in range(len(said))]


_CLAUSE_ADVERBS = wordset("backstage onstage outside inside upstairs downstairs everywhere again alone away home there")


# a question is asked by its first word; a statement ending in "?" is the reporter's disbelief
# a capitalised word opening a sentence that names nobody ("Nobody knew", "Two ushers ran over")
_ANYONE = wordset("nobody everyone everybody someone somebody anyone anybody")
_NOT_NAMES = _ENGLISH | frozenset(NUMBER_WORDS) | _ANYONE | wordset("nothing everything all both several")
# people a sentence may have as its subject without naming them ("The crew stopped working.")
_PEOPLE = PEOPLE | _ANYONE


def _people_did(sentence: str) -> bool:
    """Whether a sentence, or a clause of it after a comma, opens on people it does not name ("The crew stopped
    working", "Two ushers ran over", "Nobody knew", "The envelope went missing, the stage manager found it …")."""
    return any(_opens_on_people(clause) for clause in sentence.split(", "))


def _opens_on_people(clause: str) -> bool:
    words = clause.split()[:4]
    if not words or words[0].lower() in _NOT_SUBJECT_START:
        return False
    for w in words:
        bare = w.lower().rstrip(",.;:!?")
        if bare in _PEOPLE or (bare.endswith("s") and bare[:-1] in _PEOPLE):
            return True
        if w[-1:] in ",.;:!?":
            return False
    return False
