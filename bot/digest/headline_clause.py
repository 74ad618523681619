"""A headline's main clause, for the gate (`headline_check`): the subject that opens it, its main verb in the
present, and what follows the verb (no second verb in another tense, no clause glued on without a subject, no two
noun phrases run together, no flat movement, never only where someone was).
"""

from __future__ import annotations

from .cutting import ARTICLES, DETERMINERS, OBJECTS
from .headline_reading import (
    _ADVERBS,
    _BEFORE_A_VERB,
    _CAUSATIVES,
    _CLAUSE_LINKS,
    _COPULAS,
    _DOUBLE_OBJECT,
    _NOT_A_HEAD,
    _NOT_A_NOUN,
    _NOT_VERBS,
    _NOUN_AFTER,
    _PARTICLES,
    _PLACES,
    _PREPOSITIONS,
    _SUBJECT_WORDS,
    _TIME_ADJUNCT,
    _VERB_BASES,
    BAD_OPENERS,
    SUBORDINATORS,
    _base_in,
    _Reading,
    bare,
    tense,
)
from .lexicon import NUMBER_WORDS
from .payoff import MUNDANE
from .presenting import IRREGULAR_PLURALS
from .verbs import AMBIGUOUS, IRREGULAR_BASES, PAST_OF, REGULAR, base_form, looks_like_verb


def _subject_end(r: _Reading, start: int, end: int) -> int | None:
    """Where the subject that opens words `start`..`end` ends (the first word after it), None when none does."""
    i = start
    if r.lower(i) in BAD_OPENERS or r.lower(i) in SUBORDINATORS:
        return None
    if i not in r.name_at and tense(r.words[i]) in ("past", "participle") and base_form(r.lower(i)) is not None:
        return None  # "Announced He Leaves …": a verb with no subject
    if i not in r.name_at and r.lower(i) in _PREPOSITIONS:
        return None  # "With Lou Falk About Who Has …": a phrase, not a subject
    if i not in r.name_at and r.lower(i) in ARTICLES and i + 1 < end:
        i += 1  # "The Velvet Rooks' drum", "the whole house": the name or the noun after the article
    named = False
    while i < end:
        if i in r.name_at:
            i, named = i + r.name_at[i], True
        elif r.name_like(i):
            i, named = i + 1, True
        else:
            break
        if i + 1 < end and r.lower(i) in ("and", "&") and (i + 1 in r.name_at or r.name_like(i + 1)):
            i += 1  # "Ada Brook and Bo Kim": one subject
        elif i + 2 < end and r.lower(i) in ("and", "&") and r.lower(i + 1).endswith("'s") and i + 2 in r.name_at:
            i += 2  # "Ada Brook and K-Pop's Bo Kim"
        elif i + 2 < end and r.lower(i) in ("and", "&") and r.lower(i + 1) in DETERMINERS:
            # "Ada Brook and the Cleaners Have …": one subject, a name and a noun phrase
            return next(
                (j for j in range(i + 3, min(end, i + 2 + _SUBJECT_WORDS)) if _verb_of_two(r.words, j)),
                None,
            )
        elif r.words[i - 1].endswith((",", ";", ":")):
            return i if named else None
    possessed = i > start and bare(r.words[i - 1]).lower().endswith(("'s", "s'"))
    if named and i > start and all(bare(r.words[k])[:1].isdigit() for k in range(start, i)):
        # a number is a subject only before a plural noun ("3 sous-chefs carry …"); "9 sharp in …" is a time
        return i + 1 if i + 1 < end and r.lower(i).endswith("s") and not r.name_like(i) else None
    if named and not possessed:
        return i
    # a noun phrase ("the whole house", "Ada Brook's left heel"): up to the first word that is a verb by its form
    for j in range(i + 1, min(end, start + _SUBJECT_WORDS)):  # (the word after "the" or "'s" is a noun)
        if r.words[j - 1].endswith((",", ";", ":")):
            return None
        if tense(r.words[j]) in ("present", "past") and r.lower(j - 1) not in DETERMINERS:
            return j
        if (
            possessed
            and _plural_head(r.lower(j - 1))
            and tense(r.words[j]) == "base"
            and j + 1 < end
            and _a_verb(r.lower(j))
        ):
            return j  # "Ada Brook's Bandmates Carry Her …", "… Vrapčići's 38 Children Shout …": a plural's verb
    return None


def _a_verb(word: str) -> bool:
    return word not in AMBIGUOUS and (word in REGULAR or word in IRREGULAR_BASES)


def _plural_head(word: str) -> bool:
    return word in IRREGULAR_PLURALS or (word.endswith("s") and not word.endswith(("ss", "'s")))


def _verb_of_two(words: list[str], j: int) -> bool:
    """Whether the word at `j`, after a subject of two ("Rosemary Atieno Were and the Ochonjo Gang"), is its verb: a
    present or past form, or the plural's base form right after the name ("… Gang Come Out")."""
    form = tense(words[j])
    if form in ("present", "past"):
        return True
    word = bare(words[j]).lower()
    return form == "base" and words[j - 1][:1].isupper() and (word in PAST_OF or looks_like_verb(word, after_name=True))


def _main_verb(r: _Reading, at: int, end: int) -> int | None:
    """The main verb's position: the first word after the subject that is not an adverb."""
    while at < end and (r.lower(at) in _ADVERBS or (r.lower(at).endswith("ly") and tense(r.words[at]) == "base")):
        at += 1
    return at if at < end else None


def _clause_problem(r: _Reading, start: int, end: int) -> str | None:
    """What is wrong with the main clause in words `start`..`end` (None when it reads as one)."""
    s = _subject_end(r, start, end)
    if s is None:
        return "no subject: it opens with a pronoun, a connective or no name"
    v = _main_verb(r, s, end)
    if v is None:
        return "no verb after the subject"
    verb = r.lower(v)
    form = tense(r.words[v])
    if form == "past":
        return f"the verb {verb!r} is not in the present tense"
    if form == "participle":
        return f"no finite verb ({verb!r} is a participle)"
    if form is None or (form == "base" and (r.name_like(v) or verb in _NOT_VERBS)):
        return "no verb after the subject"
    return _after_verb_problem(r, v, end)


TIME_NOUNS = frozenset({"time", "minute", "minutes", "hour", "hours", "seconds", "night", "moment"})
_SMALLER_UNITS = frozenset({"minute", "minutes", "second", "seconds", "sec", "secs", "min", "mins"})


def _after_verb_problem(r: _Reading, v: int, end: int) -> str | None:
    """A second verb of the subject in another tense, a clause glued on without a subject, or a flat clause."""
    copula = r.lower(v) in _COPULAS
    for k in range(v + 1, end):
        form = tense(r.words[k])
        if r.name_like(k) or form not in ("past", "present", "base"):
            continue
        following = r.lower(k + 1) if k + 1 < end else ""
        takes_object = following in DETERMINERS or following in OBJECTS or following in _PARTICLES or not following
        linked = r.lower(k - 1) in _CLAUSE_LINKS or r.words[k - 1].endswith(",")
        if form == "past" and linked and not copula and takes_object:
            return f"a second verb in another tense ({r.lower(k)!r})"
        if not linked and _glued(r, v, k, end):
            return f"a clause glued on without its own subject ({r.lower(k)!r})"
        if _run_on(r, v, k):
            return f"two noun phrases run together ({r.lower(k - 1)!r} {r.lower(k)!r})"
    for k in range(v + 2, end):  # "… Hug for a Long Time Ten Years", "… 30 Seconds Pía Landeros": an aside set apart
        compound = k + 1 < end and r.lower(k + 1) in _SMALLER_UNITS  # "9 Minutes 15 Seconds": one time
        if (
            r.lower(k - 1) in TIME_NOUNS
            and not compound
            and (
                r.lower(k) in NUMBER_WORDS or r.lower(k)[:1].isdigit() or (r.words[k - 1].islower() and r.name_like(k))
            )
        ):
            return f"two times run together ({r.lower(k - 1)!r} {r.lower(k)!r})"
    rest = [r.lower(k) for k in range(v + 1, end)]
    if _base_in(r.lower(v), MUNDANE - {"be"}):
        while rest and rest[0] in _PARTICLES:
            rest = rest[1:]
        if not rest or rest[0] in _TIME_ADJUNCT or rest in (["as", "promised"], ["as", "planned"]):
            return "a movement that tells nothing of the moment"  # (nor "Comes Out as Promised": what was promised?)
    if copula and rest and rest[0] in _PLACES and not any(tense(r.words[k]) != "base" for k in range(v + 1, end)):
        return "only where someone was"
    return None


def _glued(r: _Reading, v: int, k: int, end: int) -> bool:
    """Whether word `k` is a verb right after the main verb's object, with an object of its own ("opens the
    envelope read out Bo Kim"): a second clause with no subject. Not a noun that looks like a verb ("a bank
    shot off the rail"), nor a verb after the object of "make", "let", "see" ("makes a guard wear it")."""
    word = r.lower(k)
    form = tense(r.words[k])
    verb = form == "past" or word in _VERB_BASES or (form == "present" and word[:-1] in _VERB_BASES)
    if not verb or word in AMBIGUOUS or r.name_like(k - 1) or r.lower(k - 1) in _NOT_A_NOUN:
        return False
    after_object = k - 2 > v and r.lower(k - 2) in DETERMINERS and tense(r.words[k - 1]) == "base"
    if not after_object or _base_in(r.lower(k - 3), _CAUSATIVES) or r.lower(k - 3) in SUBORDINATORS:
        return False  # "makes a guard wear it", "… when the host reads out": the noun is the verb's subject
    following = r.lower(k + 1) if k + 1 < end else ""
    return following in DETERMINERS | OBJECTS | _PARTICLES or (k + 1 < end and r.name_like(k + 1))


_CAUSATIVE = frozenset({"let", "make", "help", "watch", "see", "hear", "have", "bid"})


def _run_on(r: _Reading, v: int, k: int) -> bool:
    """Whether word `k` is an article right after a noun, with nothing between ("… Through the Live Speedrun a
    Kid"): a second clause cut off, unless a verb before it gives someone something ("Hands the Waiter a Tip", "Tries
    to Hand Vera Holm the Statuette")."""
    if r.lower(k) not in ARTICLES or k - 1 <= v or r.name_like(k - 1):
        return False
    if any(_base_in(r.lower(j), _DOUBLE_OBJECT) for j in range(v, k - 1)):
        return False  # ("Tries to Hand Vera Holm the Statuette": the verb after "to" gives too)
    if r.name_like(k - 2) and any(_base_in(r.lower(j), _CAUSATIVE) for j in range(v, k - 2)):
        return False  # ("Lets Søren Halbæk Stretch the Dough": the base verb after the one let)
    before = r.lower(k - 1)
    form = tense(r.words[k - 1])
    plural_noun = form == "present" and r.lower(k - 2) in _NOUN_AFTER  # "for Trainers | the Moment"
    if (form != "base" and not plural_noun) or r.words[k - 1].endswith((",", ";", ":")):
        return False  # (a word in -s may be the verb: "… and Sweeps the Confetti")
    if r.lower(k - 2) in _BEFORE_A_VERB:
        return False  # "… and Sweep the Confetti", "Won't Sign a Thing": a verb, not a noun
    return before not in _NOT_A_HEAD and before not in _PREDETERMINERS and not before.endswith("ly")


# a word before an article that makes one noun phrase with it ("With Half a Face", "Twice a Night", "Such a Mess")
_PREDETERMINERS = frozenset({"half", "twice", "such", "quite", "many", "what", "rather", "all", "both"})
