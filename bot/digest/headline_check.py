"""The headline grammar gate: whether a headline the product wrote reads as one sentence in the house style,
checked before it is used (never on an editor's or a reporter's own headline).

A headline passes when it names someone of the moment, has a subject (a name or a noun phrase, never a bare
pronoun nor a verb: "Announced He Leaves …"), one finite main verb in the simple present (never the live blog's
"Has Just Come Out", "Is Now", "Just Walks In"), no second verb of that
subject in another tense, no clause glued on without a subject of its own, no second one with a subject of its own
after "and" ("… and the Room Goes Nuts") nor without a verb of its own ("… and the Song She Writes With Cody Ray") nor
after a colon ("…: Lifted Her Visor"; the house quote shape `Name: “…”` is no label), no opening subordinate
clause that never reaches its main clause ("After the show clears Ada went down to the dock"), no flat movement
that tells nothing ("Ada Comes Off After the Award"), and no end that leaves it hanging: a second predicate that is
only a verb needing its object or a light verb and its particle ("… and Takes", "… and Comes Up"), a conjunction, a
preposition, an article, a possessive, an adjective inside its noun phrase ("… of Their Old"), a giving verb
(give, hand, tell, show …) with only whom it gave to ("Mira Gives the Festival Director"), a relative clause with no
main verb after it ("… and the First Thing She Did"); no "do" standing for a verb it never says ("So Did Two of
the Guards" → "Réka Does Two of the Guards", "Bo Kim Does Too"); a quotation closed and in English (`quote_problem`);
30–90 characters, never "…".

The rules read the words and their endings with the verb tables of `bot.digest.verbs` (no night's vocabulary).
They work on the headline as written (names capitalised, verbs in lower case) and on a title-cased one when the
names it may open with are given. `problem` says what is wrong (None when nothing is); the writer tries its next
candidate, then a plain safe form, when a candidate fails.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Literal

from .contact import pasted_clause
from .cutting import ARTICLES, DETERMINERS, MAX_LEN, OBJECTS, PRONOUNS, complement_cut
from .language import english_line
from .lexicon import KIN, PEOPLE, adjective
from .payoff import MUNDANE
from .quoted import double_quoted
from .textutil import fold, wordset
from .verbs import AMBIGUOUS, IRREGULAR, PAST_AUXILIARIES, base_form

MIN_CHARS = 30  # the gate's floor; the writer aims for `cutting.MIN_LEN` and over

Tense = Literal["present", "past", "participle", "base"]

_QUOTED = re.compile(r"[“\"][^”\"]*[”\"]?")
_QUOTE_TOKEN = "“…”"
_EDGE = ",;:—–(\"“'‘.!?”’)"
_PRESENT_AUX = wordset(
    "is are am has have does do can will must may might should shall can't won't doesn't don't isn't aren't "
    "hasn't haven't mustn't shouldn't"
)
_PAST_AUX = PAST_AUXILIARIES
_SAME_FORMS = frozenset(w for w, b in IRREGULAR.items() if w == b)  # "read", "cut", "put": either tense
_COPULAS = wordset("is are am was were")
SUBORDINATORS = wordset(
    "after before when whenever while as since because although though if once until unless whereas"
)
_PREPOSITIONS = wordset(
    """
    of to from with into onto at for about toward towards between among during without within upon via like
    against despite amid in on by near behind inside outside under over through across around past beside
"""
)
_CONJUNCTIONS = wordset("and or but nor so yet than that whether") | SUBORDINATORS
# a headline never opens with these: no subject (a pronoun with nothing to stand for, a connective, an adverb)
BAD_OPENERS = frozenset(PRONOUNS) | wordset(
    """
        him her them his their its my our your me us you this that these those there here who what which
        someone somebody everyone everybody nobody anyone then and but so later now meanwhile earlier just still
        finally already also really actually apparently even simply
"""
)
# a headline never ends on these ("… With Her Trophy And", "… Hands the", "… That Is Not")
_POSSESSIVES = wordset("his their its my our your")
_DANGLING_END = (
    ARTICLES
    | _CONJUNCTIONS
    | (_PREPOSITIONS - wordset("in on by over through across around past"))
    | (_POSSESSIVES | frozenset(PRONOUNS) - {"it"})
    | wordset("not very is are was were be been being has have had")  # "… Accordion That Is Not"
    | wordset("next")  # "… Sits Down Next": cut from "next to her"
    | wordset("how why what whom")  # "… a Lesson in How": cut from "in how to hold a bow"
)
# words that are never a clause's verb ("Ada Brook in the press room": a note with no verb)
_NOT_VERBS = _PREPOSITIONS | _CONJUNCTIONS | DETERMINERS | OBJECTS | frozenset(PRONOUNS) | wordset("&")
# between a subject and its verb ("Ada Brook finally wins")
_ADVERBS = wordset("just still finally already also then now really actually apparently even simply quietly")
_PARTICLES = wordset("up down out off in on over back away around through along")
_PLACES = wordset("in at by on near outside inside behind")
_VERB_BASES = frozenset(IRREGULAR.values())  # "read", "take": a verb by its form alone
# verbs with two objects ("hands the waiter a tip", "buys the crew a round")
_DOUBLE_OBJECT = wordset("hand give pass lend offer toss throw buy make show send bring teach tell owe pour cook bake")
_CAUSATIVES = wordset("make let have help see watch hear")  # a verb after their object is bare: "Lets a Fan Hold It"
_TIME_ADJUNCT = wordset("after before during following at")
_CLAUSE_LINKS = wordset("and then but")
# verbs that never end a clause without their object ("… and Ada Brook Pulls", "… and Bo Kim Hands")
_TRANSITIVE = wordset(
    "pull take hand give grab hold bring put tell borrow lend carry wear use fix sew lift hug thank need want offer "
    "send buy find grab pour pass throw toss"
)
_BEFORE_A_VERB = _CLAUSE_LINKS | _PRESENT_AUX | _PAST_AUX | wordset("to or not never")
_NOT_A_HEAD = _NOT_VERBS | _PARTICLES | _ADVERBS
_NOUN_AFTER = (_PREPOSITIONS | DETERMINERS) - _PARTICLES  # a word in -s after these is a plural noun
_RELATIVES = wordset("that who which whom whose where")
_NOT_A_NOUN = _RELATIVES | _NOT_VERBS
# "it" right after these verbs is an idiom ("Loses It", "Nails It"), not a thing the reader must know
_IT_IDIOMS = wordset(
    "lose loses lost nail nails nailed make makes made own owns owned fake fakes faked laugh laughs laughed"
    " shrug shrugs shrugged"
)
# a correspondent's chat and first person: never in a headline (outside a quote)
CHAT = wordset("lol lmao lmfao omg omfg haha hahaha rofl tbh ngl idk smh fr im ive ikr")
_FIRST_PERSON = wordset("i me my mine we us our ours myself")
# a shout at someone to do something is an order told ("Yells at Chat to Count Down" reads as a verb chain)
_CALLING = wordset(
    "yell yells yelled shout shouts shouted scream screams screamed holler hollers hollered shriek shrieks"
)
_CALLED_AT = wordset("at to")
_CHAIN_WORDS = 5  # "yells at the whole front row to …": the one called at, in up to four words
_PRONOUN_CONTRACTION = re.compile(r"^(?:i|you|he|she|it|we|they|there)['’](?:d|ll|ve|re|m|s)$", re.IGNORECASE)
_SUBJECT_WORDS = 8


def bare(word: str) -> str:
    return word.strip(_EDGE).replace("’", "'")


@lru_cache(maxsize=4096)  # (a headline's words are asked again for each candidate: a few dozen words)
def tense(word: str) -> Tense | None:
    """What a word is as a verb: a present form ("wins", "is", "won't"), a past one ("went", "opened",
    "didn't"), a participle in -ing, a base form (or any other word: "arrive", "stage"); None for a word that
    cannot be a verb (a number, a name's possessive)."""
    w = bare(word).lower()
    if not w or not w.replace("'", "").replace("-", "").isalpha() or w.endswith("'s"):
        return None
    if w in _PRESENT_AUX:
        return "present"
    if w in _PAST_AUX:
        return "past"
    if w in _SAME_FORMS:
        return "base"
    if w in IRREGULAR:
        return "past"
    if w.endswith("ing") and len(w) > 4 and base_form(w):
        return "participle"
    if w.endswith("ed") and len(w) > 3 and base_form(w):
        return "past"
    if w.endswith("s") and not w.endswith(("ss", "us", "is", "'")) and len(w) > 2:
        return "present"
    return "base"


def _title_cased(words: Sequence[str]) -> bool:
    long = [w for w in words if len(bare(w)) > 3 and bare(w)[:1].isalpha()]
    return bool(long) and all(bare(w)[:1].isupper() for w in long)


class _Reading:
    """A headline's words outside any quotation (a quote is one word, `“…”`), and which of them are names."""

    def __init__(self, headline: str, names: Sequence[str]) -> None:
        self.ends_on_quote = bool(re.search(r"[”\"]\W*$", headline.strip()))
        self.words = _QUOTED.sub(f" {_QUOTE_TOKEN} ", headline).split()
        self.title = _title_cased(self.words)
        self.name_at: dict[int, int] = {}  # first word of a known name -> its length in words
        known = sorted({tuple(bare(w) for w in fold(n).split()) for n in names if n.strip()}, key=len, reverse=True)
        folded = [bare(fold(w)).removesuffix("'s").removesuffix("'") for w in self.words]
        for i in range(len(folded)):
            for name in known:
                if tuple(folded[i : i + len(name)]) == name:
                    self.name_at[i] = len(name)
                    break

    def name_like(self, i: int) -> bool:
        """Whether word `i` may be part of a name: capitalised in a headline written in sentence case."""
        word = bare(self.words[i])
        return not self.title and (word[:1].isupper() or word[:1].isdigit())

    def lower(self, i: int) -> str:
        return bare(self.words[i]).lower()


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
    return None


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
    rest = [r.lower(k) for k in range(v + 1, end)]
    if _base_in(r.lower(v), MUNDANE - {"be"}):
        while rest and rest[0] in _PARTICLES:
            rest = rest[1:]
        if not rest or rest[0] in _TIME_ADJUNCT:
            return "a movement that tells nothing of the moment"
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


def _run_on(r: _Reading, v: int, k: int) -> bool:
    """Whether word `k` is an article right after a noun, with nothing between ("… Through the Live Speedrun a
    Kid"): a second clause cut off, unless a verb before it gives someone something ("Hands the Waiter a Tip", "Tries
    to Hand Vera Holm the Statuette")."""
    if r.lower(k) not in ARTICLES or k - 1 <= v or r.name_like(k - 1):
        return False
    if any(_base_in(r.lower(j), _DOUBLE_OBJECT) for j in range(v, k - 1)):
        return False  # ("Tries to Hand Vera Holm the Statuette": the verb after "to" gives too)
    before = r.lower(k - 1)
    form = tense(r.words[k - 1])
    plural_noun = form == "present" and r.lower(k - 2) in _NOUN_AFTER  # "for Trainers | the Moment"
    if (form != "base" and not plural_noun) or r.words[k - 1].endswith((",", ";", ":")):
        return False  # (a word in -s may be the verb: "… and Sweeps the Confetti")
    if r.lower(k - 2) in _BEFORE_A_VERB:
        return False  # "… and Sweep the Confetti", "Won't Sign a Thing": a verb, not a noun
    return before not in _NOT_A_HEAD and not before.endswith("ly")


def _house_quote(r: _Reading) -> bool:
    """Whether a headline is a name, a colon and a quotation ("Mags Okafor: “He has survived four shipwrecks”")."""
    n = len(r.words)
    return n >= 3 and r.words[-1] == _QUOTE_TOKEN and r.words[-2].endswith(":") and r.name_at.get(0) == n - 1


_SAID_WORDS = 3  # a quotation of fewer words may be a name's nickname


def quote_problem(headline: str) -> str | None:
    """What is wrong with a headline's quotation (None when it has none, or a sound one): one opened and never
    closed ("Omar Haddad: “Fifty Years Ago I Washed These"), one closed and never opened ("Papá' and Are Not
    Allowed …"), or one not in English (`language.english_line`)."""
    if headline.count("“") > headline.count("”") or headline.count('"') % 2:
        return "a quotation opened and never closed"
    if _BROKEN_OPENING.match(headline.strip()):
        return "it opens inside a quotation"  # "Papá' and Are Not Allowed …" (from “no, papá” and was not …)
    quoted = [q.strip('“”"') for q in _QUOTED.findall(headline)]
    quoted = [q for q in quoted if len(q.split()) >= _SAID_WORDS]  # (not a nickname: 'José “Zé” Silva')
    if quoted and not english_line(" ".join(quoted)):
        return "a quotation in another language than English"
    return None


def _label(r: _Reading) -> bool:
    """Whether a colon is followed by a verb with no subject ("… Has Ever Seen: Lifted Her Visor for One Person"):
    a label pasted before a predicate, not a sentence."""
    for i in range(len(r.words) - 1):
        j = i + 1
        if not r.words[i].endswith(":") or j in r.name_at or r.words[j] == _QUOTE_TOKEN:
            continue
        if tense(r.words[j]) in ("past", "present") and base_form(r.lower(j)) is not None:
            return r.lower(j) not in _NOT_VERBS
    return False


def _verbless_second_clause(r: _Reading) -> bool:
    """Whether "and" opens a noun phrase whose only verb is a relative clause's ("… Comes Off Stage and the Song She
    Writes With Cody Ray", "Ines Wins Best Director and the First Thing She Did"): the clause was cut before its own
    verb (a past one only when no verb follows it: "… and the First Thing She Did Is Call Her Gran" has one)."""
    n = len(r.words)
    for k in range(1, n - 3):
        if r.lower(k) != "and" or r.lower(k + 1) not in DETERMINERS:
            continue
        finite = (j for j in range(k + 2, n) if tense(r.words[j]) in ("present", "past") and not r.name_like(j))
        verb = next(finite, None)
        if verb is None or r.lower(verb - 1) not in ("she", "he", "they", "i", "we", "you"):
            continue
        if tense(r.words[verb]) == "present" or not any(
            tense(r.words[j]) in ("present", "past") for j in range(verb + 1, n) if not r.name_like(j)
        ):
            return True
    return False


_DO = wordset("do does did")
_FOR_A_VERB = wordset("so neither nor")  # "So Did Two of the Guards", "Nor Does Ada"
_ECHOES = wordset("too so likewise either same")  # "Ada Did Too", "Bo Kim Does the Same"
_PARTS = wordset("two three four five six some all most both none one half several many few")


def _elliptical_do(r: _Reading) -> bool:
    """Whether a "do" stands for a verb said before and not in the headline ("So did two of the guards" → "Réka Does
    Two of the Guards", "Bo Kim Did Too", "… and the First Thing She Did"): never an act."""
    n = len(r.words)
    for i in range(1, n):
        if r.lower(i) not in _DO or r.name_like(i):
            continue
        rest = [r.lower(k) for k in range(i + 1, min(n, i + 4))]
        if r.lower(i - 1) in _FOR_A_VERB or (rest and rest[0] in _ECHOES) or rest[:2] == ["the", "same"]:
            return True
        if not rest:  # "… Before the Judges Do": a clause's own "do" compares, and the headline said the verb
            return not any(r.lower(k) in SUBORDINATORS | {"than"} for k in range(max(0, i - _SUBJECT_WORDS), i))
        if (rest[0] in _PARTS or rest[0].isdigit()) and "of" in rest[1:3]:
            return True  # "Does Two of the Guards": people, not a thing done
        if i + 1 in r.name_at:
            return True  # "Réka Does Bence Tóth"
    return False


_LIVE_AUX = wordset("has have is are")


def _live_tense(r: _Reading) -> bool:
    """Whether a headline is in the live blog's tense outside its quotation: "just" before a verb or after an
    auxiliary ("Just Walks In", "Has Just Come Out"), "now" after one ("Is Now on the Decks"), a present perfect
    with an adverb of the moment ("Has Finally Won")."""
    n = len(r.words)
    for i in range(n - 1):
        word, before = r.lower(i), r.lower(i - 1) if i else ""
        following = tense(r.words[i + 1])
        if word == "just" and (before in _LIVE_AUX or following in ("present", "past", "participle")):
            return True
        if word == "now" and before in _LIVE_AUX:
            return True
        if word in ("has", "have") and not r.name_like(i + 1):
            j = i + 1
            while j < n - 1 and r.lower(j) in _ADVERBS:
                j += 1
            participle = tense(r.words[j]) == "past" and base_form(r.lower(j)) is not None
            if j > i + 1 and participle and r.lower(j) not in _PAST_AUX:
                return True
    return False


# what opens a noun phrase an adjective at the end was cut inside ("… of Their Old | Ferry-Captain Sketch")
_PHRASE_OPENERS = DETERMINERS | _POSSESSIVES | wordset("this that these those every each some my our your")
_ORDINALS = wordset("first second third fourth fifth final")
_MEDALS = wordset("gold silver bronze")  # "Wins the Gold": a noun


def _noun_phrase_cut(r: _Reading) -> bool:
    """Whether the headline ends on an adjective (or an ordinal) after the word that opened its noun phrase ("… Ten
    Minutes of Their Old", "Takes Home Her First"): the cut fell before the noun."""
    n = len(r.words)
    last = r.lower(n - 1)
    if n < 3 or n - 1 in r.name_at or last in _MEDALS or not (adjective(last) or last in _ORDINALS):
        return False
    before = r.lower(n - 2)
    if (before, last) in (("each", "other"), ("one", "another")):
        return False  # "… Run Into Each Other": a reciprocal is a whole object
    return before in _PHRASE_OPENERS or before.isdigit() or adjective(before)


# verbs that give someone something: never left with only the one it was given to ("Mira Gives the Festival Director")
_GIVING = wordset("give hand tell teach offer show bring pass send lend buy")
_RECIPIENTS = wordset("him her them me us")


def _first_object_only(r: _Reading) -> bool:
    """Whether the headline ends on the first object of a verb that gives ("… Gives Pia Holm", "… Hands Him", "…
    Tells the Crew"): whom it was given to, never what."""
    n = len(r.words)
    for v in range(n - 2, 0, -1):
        if r.name_like(v) or v in r.name_at or tense(r.words[v]) != "present" or not _base_in(r.lower(v), _GIVING):
            continue
        rest = range(v + 1, n)
        if len(rest) == 1 and r.lower(v + 1) in _RECIPIENTS:
            return True
        if v + 1 in r.name_at and v + 1 + r.name_at[v + 1] == n:
            return True
        head = r.lower(n - 1)
        person = head in PEOPLE or (head.endswith("s") and head[:-1] in PEOPLE)
        return r.lower(v + 1) in _PHRASE_OPENERS and len(rest) <= _NOUN_WORDS + 1 and person
    return False


_NOUN_WORDS = 3  # "and the stage manager | tapes": a subject of up to three words after its article


def _second_subject(r: _Reading) -> bool:
    """Whether "and" after the main verb opens a clause with a subject of its own ("… Carries the Shards Up and the
    Room Goes Nuts", "… and Kemi Achebe-Ross's Understudy Warms Up"): two clauses of different subjects glued."""
    n = len(r.words)
    first = next((k for k in range(1, n) if tense(r.words[k]) == "present" and not r.name_like(k)), n)
    for k in range(first + 1, n - 2):
        if r.lower(k) not in ("and", "&"):
            continue
        j = k + 1
        if j in r.name_at:
            j += r.name_at[j]
            if not r.words[j - 1].endswith(("'s", "’s")):
                return j < n and tense(r.words[j]) == "present" and r.lower(j) not in _NOT_A_HEAD
        elif r.lower(j) in DETERMINERS and r.lower(j) != "one":
            j += 1
        else:
            continue
        for m in range(j + 1, min(n, j + 2 + _NOUN_WORDS)):
            if r.words[m - 1].endswith((",", ";", ":")) or r.lower(m) in _NOT_A_HEAD:
                break
            if tense(r.words[m]) == "present" and r.lower(m - 1) not in _NOUN_AFTER and m < j + 1 + _NOUN_WORDS:
                return True
            if tense(r.words[m]) == "past" and (m == n - 1 or r.lower(m + 1) in _PREPOSITIONS):
                return True  # "… Slips and His Glass Rising Star Award Shattered on the Step": in the past, too
    return False


def _second_clause_cut(r: _Reading) -> bool:
    """Whether the headline ends on the verb of a second clause right after its subject's name ("… Catches on a
    Corner and Ada Brook Pulls"): the cut took the clause's object, so its verb hangs."""
    n = len(r.words)
    if n < 4 or tense(r.words[-1]) != "present" or not _base_in(r.lower(n - 1), _TRANSITIVE):
        return False
    k = n - 2
    while k > 0 and not any(j <= k < j + length for j, length in r.name_at.items()) and r.name_like(k):
        k -= 1  # back over a name written in capitals
    starts = [j for j, length in r.name_at.items() if j + length == n - 1]
    name_start = starts[0] if starts else (k + 1 if k < n - 2 else None)
    return name_start is not None and name_start > 0 and r.lower(name_start - 1) in ("and", "&")


# verbs that say little without what follows them: after "and", never the end ("… and Comes Up", "… and Gets Out")
_LIGHT = wordset("come go get end wind land")
_LIGHT_PARTICLES = wordset("up out over down off")


def before_hanging_predicate(headline: str) -> str:
    """A headline that ends on a predicate left without what it needs (`_hanging_predicate`) cut before its "and"
    ("… Slides Down the Grand Staircase on His Backside and Comes Up" → "… on His Backside"); as it is otherwise."""
    r = _Reading(headline, ())
    if r.ends_on_quote or not _hanging_predicate(r):
        return headline
    at = max(headline.rfind(" and "), headline.rfind(" then "), headline.rfind(" And "), headline.rfind(" Then "))
    return headline[:at].rstrip(",") if at > 0 else headline


def _hanging_predicate(r: _Reading) -> bool:
    """Whether the headline ends on a predicate the cut left without what it needs: a second predicate after "and" or
    "then" that is only a verb that takes an object ("… and Takes", "… and Puts"), or a light verb with a particle
    ("… on His Backside and Comes Up", cut from "came up yelling that …")."""
    n = len(r.words)
    if n < 4:
        return False
    last, before = r.lower(n - 1), r.lower(n - 2)
    if tense(r.words[-1]) == "present" and before in ("and", "then"):
        return _base_in(last, _TRANSITIVE | _LIGHT)
    return (
        last in _LIGHT_PARTICLES
        and tense(r.words[-2]) == "present"
        and _base_in(before, _LIGHT)
        and r.lower(n - 3) in ("and", "then")
    )


def _base_in(verb: str, bases: frozenset[str]) -> bool:
    """Whether a verb as written ("comes", "carries", "went") is one of `bases`."""
    forms = {base_form(verb), verb, verb[:-1], verb[:-2], verb[:-3] + "y"}
    return bool(forms & bases)


def orphan_it(words: Sequence[str]) -> bool:
    """Whether a headline says "it" or "them" for a thing it never names ("The Rooks Play It"), not for one
    it named before ("Takes Off Her Crown and Makes a Guard Wear It")."""
    lowered = [bare(w).lower() for w in words]
    for k, word in enumerate(lowered[1:], start=1):
        end = k - 1
        if lowered[k - 1] in _PREPOSITIONS:  # "Draws a Small Heart on It": not the heart; named before that verb
            end = max((j for j in range(2, k - 1) if tense(words[j]) == "present"), default=2)
        named_before = any(w in DETERMINERS | _POSSESSIVES | {"her"} for w in lowered[2:end])
        if word in ("it", "them") and lowered[k - 1] not in _IT_IDIOMS and not named_before:
            return True
    return False


def sentence_problem(headline: str, names: Sequence[str] = ()) -> str | None:
    """What keeps a headline from reading as one sentence about someone named, whatever its length (None when
    nothing does): the checks of `problem` but the length."""
    r = _Reading(headline, names)
    words = r.words
    if not words:
        return "empty"
    said = quote_problem(headline)
    if said is not None:
        return said
    if _house_quote(r):
        return None  # `Name: “the quote”`: the house shape of a line that is the moment
    if any(_PRONOUN_CONTRACTION.match(bare(w)) for w in words):
        return "a pronoun contraction"
    if orphan_it(words):
        return "'it' or 'them' for a thing it never names"
    lowered = [bare(w).lower() for w in words]
    if any(w in CHAT for w in lowered):
        return "a correspondent's chat"
    if any(w in _FIRST_PERSON for w in lowered):
        return "the correspondent's first person"
    if _elliptical_do(r):
        return "an elliptical 'do' that stands for a verb the headline never says (“Does Two of the Guards”)"
    if _live_tense(r):
        return "the live blog's tense (“Has Just Come Out”, “Is Now”): a headline is in the simple present"
    if shouted_order(lowered) is not None:
        return "a verb chain (a shout at someone to do something: tells them to)"
    if _subject_left_hanging(r):
        return "a subordinate clause cut after its subject"
    if not r.ends_on_quote and _bare_duration_end(lowered):
        return "it ends on an amount of time cut from what it was before or after"
    last = r.lower(len(words) - 1)
    if not r.ends_on_quote and (
        last in _DANGLING_END or last.endswith("'s") or (last == "his" and r.lower(len(words) - 2) not in _COPULAS)
    ):
        return f"it ends on {last!r}"
    if not r.ends_on_quote and _noun_phrase_cut(r):
        return f"it ends inside a noun phrase, on {last!r}"
    if not r.ends_on_quote and _first_object_only(r):
        return "a verb that gives something, left with only whom (“Gives the Festival Director”)"
    if not r.ends_on_quote and complement_cut([w.lower() for w in words], len(words)):
        return "a placing verb without where it put its object (“Sets His Trophy”)"
    if _label(r):
        return "a label and a clause with no subject of its own (“…: Lifted Her Visor …”)"
    if _verbless_second_clause(r):
        return "a second clause with no verb of its own (“… and the Song She Writes”)"
    if not r.ends_on_quote and _second_clause_cut(r):
        return f"a second clause cut after its verb ({last!r})"
    if not r.ends_on_quote and _hanging_predicate(r):
        return f"a predicate cut before what it needs ({last!r}: “… and Comes Up”, “… and Takes”)"
    if _second_subject(r):
        return "two clauses of different subjects glued (“… and the Room Goes Nuts”)"
    end = len(words)
    found = _clause_problem(r, 0, end)
    if found is None:
        return None
    if r.lower(0) in BAD_OPENERS:
        return found  # "Later, Jo sings", "Then he outs the deal": no subject of its own
    comma = next((i for i, w in enumerate(words[:12]) if w.endswith(",")), None)
    if r.lower(0) in SUBORDINATORS and comma is None:
        return "a subordinate clause that never reaches its main clause"
    if comma is not None and 0 not in r.name_at:
        # "After her ninth loss, Ada Brook wins …", "Sewn into her gown, Ada makes her cue": an opening adjunct
        after = _clause_problem(r, comma + 1, end)
        if after is None:
            return None
    return found


# a clause opened and left with only its subject: "… Until Theo Brannigan", "… the Stairs Where Baek Si-woo"
_TIME_CLAUSE = wordset("until till when while as because since once if unless whereas where who whom which whose that")


def _subject_left_hanging(r: _Reading) -> bool:
    """Whether a headline ends on a subordinate or relative clause's subject with no verb ("… Knocks on the Window
    Until Theo Brannigan", "… Slips on the Same Stairs Where Baek Si-woo"): a known name (or a name-like run in
    sentence case) right after "until", "when", "where", "who" …"""
    n = len(r.words)
    for i in range(1, n - 1):
        if r.lower(i) not in _TIME_CLAUSE:
            continue
        at = i + 1
        if at in r.name_at and at + r.name_at[at] == n:
            return True
        if not r.title and all(r.name_like(k) for k in range(at, n)):
            return True
    return False


_TIME_UNITS = wordset("second seconds minute minutes hour hours min mins")
# what makes an amount of time at the end a phrase of its own ("in Four Minutes", "for an Hour", "Minutes Later")
_DURATION_HEADS = wordset(
    "in for within under over after about around nearly almost just only take takes took last lasts lasted "
    "run runs ran spend spends spent wait waits waited"
)
_AMOUNT_WORDS = wordset(
    "a an one two three four five six seven eight nine ten twenty thirty forty fifty few several whole full"
)


_ROUGHLY = wordset("about around nearly almost just only")


def _bare_duration_end(lowered: Sequence[str]) -> bool:
    """Whether a headline ends on an amount of time with nothing to say what it measures ("… on the Demo Pass Like
    5 Minutes", "… Through the Kitchen Door Twenty Minutes"): the "before …" it was cut from is gone."""
    if len(lowered) < 3 or lowered[-1] not in _TIME_UNITS:
        return False
    k = len(lowered) - 2
    while k > 0 and (lowered[k] in _AMOUNT_WORDS or lowered[k][:1].isdigit()):
        k -= 1
    if k > 0 and lowered[k] in _ROUGHLY:  # "for About 5 Minutes" measures; "on the Pass About 5 Minutes" was cut
        k -= 1
    return k < len(lowered) - 2 and lowered[k] not in _DURATION_HEADS


def shouted_order(lowered: Sequence[str]) -> int | None:
    """Where a headline's words (bare, in lower case) shout at someone to do something ("yells at chat to count
    down"): the shouting verb's position, None when they do not."""
    for i, w in enumerate(lowered[:-3]):
        if w in _CALLING and lowered[i + 1] in _CALLED_AT:
            after = lowered[i + 2 : i + 3 + _CHAIN_WORDS]  # the one called at, "to", the verb
            to = next((k for k in range(1, min(_CHAIN_WORDS, len(after) - 1)) if after[k] == "to"), None)
            if to is not None and not _RELATIVES & set(after[:to]):  # "at the usher who went to get …"
                return i
    return None


_PRONOUN_SUBJECTS = frozenset(PRONOUNS) | wordset("this that these those you")


def pronoun_subject(headline: str) -> bool:
    """Whether a headline opens with a pronoun ("She Laughs It Off", "This Is Why") or has one as the subject
    after its opening adjunct ("After the Win, She …"): whom it means, the reader was never told."""
    r = _Reading(headline, ())
    if not r.words:
        return False
    comma = next((i for i, w in enumerate(r.words[:12]) if w.endswith(",")), None)
    return r.lower(0) in _PRONOUN_SUBJECTS or (
        comma is not None and comma + 1 < len(r.words) and r.lower(comma + 1) in _PRONOUN_SUBJECTS
    )


def sound(headline: str, names: Sequence[str] = ()) -> bool:
    """Whether a headline reads as one sentence about someone named (`sentence_problem` finds nothing)."""
    return sentence_problem(headline, names) is None


_ENDS_ON_WHOM = re.compile(r"\b(?:Him|Them|him|them)[.!?]?$")
_WHOM = re.compile(r"\b(?:Him|Them|him|them)\b")
_RELATIVE_BEFORE = 4  # words between a determiner and a name that ends the headline


def _relative_cut(text: str, names: Sequence[str]) -> bool:
    """Whether a headline ends on a name right after a noun phrase, nothing between them ("… Misses the Bottom Step
    Gaspard Lemoine-Tissot", cut from "the same bottom step Gaspard missed earlier"): a relative clause's subject,
    its verb cut off."""
    for name in names:
        if not text.endswith(" " + name):
            continue
        before = text[: -len(name)].split()
        if before and (bare(before[-1]).lower() in _WHO_SOMEONE_IS or _AGENT.search(bare(before[-1]).lower())):
            continue  # "… With the Waiter Pip Lane", "… to Her Grandson Teo", "… the Dishwasher Ama Pell": who they
            # are, then the name
        for k in range(2, min(_RELATIVE_BEFORE, len(before)) + 1):
            word = before[-k].lower()
            if word in ("the", "a", "an", "his", "her", "their", "its"):
                between = [w.lower() for w in before[-k + 1 :]]
                return not any(w in _NOT_A_NOUN for w in between)
    return False


_WHO_SOMEONE_IS = PEOPLE | KIN
_AGENT = re.compile(r"\w{3,}(?:washer|keeper|maker|ist|ician|tender)$")  # one's trade: "dishwasher", "pianist"
_NOT_A_NOUN = wordset("to with for from by at of on in into onto and or as than like beside behind about")
# a time long before the night: the clause is what happened then, told in the present as if it were tonight's news
# a face, a head or cheeks taken or held, the cut before "in both hands": grotesque without it
_TAKEN_PART = re.compile(r"\b(?:takes|grabs|holds|cups|seizes)\b[^;:]*\b(?:face|head|cheeks)$", re.IGNORECASE)
_BACKSTORY = re.compile(
    r"\b(?:years?|decades?|months?)\s+(?:ago|earlier|before)\b|\bback in (?:the )?(?:19|20)\d\ds?\b|"
    r"\bas an? (?:boy|girl|child|kid|teenager|teen|student)\b|"
    r"\bsince (?:19|20)\d\d\b|\b(?:have|has|had)(?:n't|n’t| not| never)\b|"  # what has not happened since 2027
    r"\b(?:has|have) been\b|"  # "… Son Has Been the Technical Operator", "… Ring Has Been Hidden All Night": before
    # a habit of years, not the night: "Américo Pinto Drives Dário Quental to Gigs for Eight Years"
    r"\bfor (?:\d+|a|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|many|"
    r"several|a few|[a-z]+-[a-z]+) (?:years|decades|months)\b",
    re.IGNORECASE,
)


def backstory(headline: str) -> bool:
    """Whether a headline tells a time long before the night, or what has not happened since (`_BACKSTORY`; a quote
    may look back: “Fifty years ago I …”)."""
    return bool(_BACKSTORY.search(_QUOTED.sub(" ", headline)))


# "his", "their", "its" (never "her": "Carries Her to the Car") before a preposition: a possessive owning nothing
_OWNS_NOTHING = re.compile(r"\b(?:His|Their|Its)\s+(?i:in|on|at|into|onto|to|from|with|under|over)\b")
_BROKEN_OPENING = re.compile(r"^[^\s“\"‘']*[^\s“\"‘'s][”\"’'](?=\s|$)")  # a word closing a quote (not "Boys'")


def owns_nothing(headline: str) -> bool:
    """Whether a headline's "his", "their" or "its" owns nothing ("Puts His in His Wallet"): unreadable as it is."""
    return _OWNS_NOTHING.search(headline) is not None


def problem(headline: str, names: Sequence[str] = ()) -> str | None:
    """What is wrong with a headline the product wrote (None when nothing is): `sentence_problem`, someone of the
    moment named, never the backstory (`backstory`: "… Twenty Years Ago", "Haven't Recorded Together Since 2027"),
    30–90 characters, never "…" (`names`: the moment's people, as the roster spells them). Worked out once per
    headline and names (the writer asks again of each candidate: whether it passes, whether it is only short)."""
    return _problem(headline, tuple(names))


@lru_cache(maxsize=4096)
def _problem(headline: str, names: tuple[str, ...]) -> str | None:
    text = headline.strip()
    if "…" in text or "..." in text:
        return "it is cut off with an ellipsis"
    if _BROKEN_OPENING.match(text):
        return "it opens inside a quotation"
    if owns_nothing(text):
        return "a possessive owns nothing"  # "Pieter de Villiers Puts His in His Wallet" (his what?)
    if len(text) > MAX_LEN:
        return f"longer than {MAX_LEN} characters"
    found = sentence_problem(double_quoted(text), names)  # ('Salt Road': a title in single quotes, as printed)
    if found is not None:
        return found
    if names and not _Reading(text, names).name_at:
        return "it names nobody of the moment"  # "Full Tux Holds Up Clear of Water", "The Usher Watches …"
    if _ENDS_ON_WHOM.search(text):
        return "it ends on a pronoun for someone it never named"  # "… Orders Two Gin-Tonics Without Asking Him"
    if _WHOM.search(text) and len(_Reading(text, names).name_at) == 1:
        return "a pronoun for someone it never named"  # "Ratih Purnama Will Not Let Anyone Move Him" (the cat)
    if pasted_clause(text, names) is not None:
        return "a clause with its own subject pasted on after the object"  # "… the Bottom Step Lio Castel Missed"
    if names and _relative_cut(text, names):
        return "it is cut inside a relative clause"  # "… Misses the Bottom Step Gaspard Lemoine-Tissot" (missed)
    reciprocal = _RECIPROCAL.search(text)
    if reciprocal and not _MORE_THAN_ONE.search(text[: reciprocal.start()]):
        return "'each other' after one person"  # "Maite Ovalle Runs Into Each Other" (the "and" cut off)
    if _TAKEN_PART.search(text):
        return "a face or a head taken, cut before how"  # "Kofi Mensah Takes Kofi Mensah Jr.'s Face" (in both hands)
    if backstory(text):
        return "it tells the backstory, not the night"  # "Hoa Teaches Diệp at Drama School Twenty Years Ago", "Haven't
        # Recorded Together Since 2027"
    if len(text) < MIN_CHARS:
        return f"shorter than {MIN_CHARS} characters"
    return None


# a reciprocal needs more than one subject: "X and Y", "X & Y", "Both …", "The Two …"
_RECIPROCAL = re.compile(r"\b(?:each other|one another)\b", re.IGNORECASE)
_MORE_THAN_ONE = re.compile(r"\b(?:and|both|two|three|four)\b|&", re.IGNORECASE)


def too_short_only(headline: str, names: Sequence[str] = ()) -> bool:
    """Whether a headline's only problem is that it is short: a plain sentence, kept when nothing longer reads."""
    return problem(headline, names) == f"shorter than {MIN_CHARS} characters"
