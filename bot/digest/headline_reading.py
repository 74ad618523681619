"""A headline's words as the gate (`headline_check`) reads them: a word's tense as a verb (`tense`), a
headline's words outside its quotations and which of them are names (`_Reading`), and the word classes the checks
share.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Literal

from .cutting import DETERMINERS, OBJECTS, PRONOUNS
from .textutil import fold, wordset
from .verbs import IRREGULAR, PAST_AUXILIARIES, base_form, prefixed_past

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
_NOT_A_NOUN = wordset("to with for from by at of on in into onto and or as than like beside behind about")
# "it" right after these verbs is an idiom ("Loses It", "Nails It"), not a thing the reader must know
_IT_IDIOMS = wordset(
    "lose loses lost nail nails nailed make makes made own owns owned fake fakes faked laugh laughs laughed"
    " shrug shrugs shrugged"
)
# a correspondent's chat and first person: never in a headline (outside a quote)
CHAT = wordset("lol lmao lmfao omg omfg haha hahaha rofl tbh ngl idk smh fr im ive ikr")
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
    if w in IRREGULAR or prefixed_past(w) is not None:
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
        self.name_at: dict[int, int] = {}  # first word of a known name -> its length in words
        known = sorted({tuple(bare(w) for w in fold(n).split()) for n in names if n.strip()}, key=len, reverse=True)
        folded = [bare(fold(w)).removesuffix("'s").removesuffix("'") for w in self.words]
        for i in range(len(folded)):
            for name in known:
                if tuple(folded[i : i + len(name)]) == name:
                    self.name_at[i] = len(name)
                    break
        # (a name's own small letters say nothing of the casing: "Dječji zbor Vrapčići's 38 Children Shout …")
        in_names = {k for i, size in self.name_at.items() for k in range(i, i + size)}
        self.title = _title_cased([w for k, w in enumerate(self.words) if k not in in_names] or self.words)

    def name_like(self, i: int) -> bool:
        """Whether word `i` may be part of a name: capitalised in a headline written in sentence case."""
        word = bare(self.words[i])
        return not self.title and (word[:1].isupper() or word[:1].isdigit())

    def lower(self, i: int) -> str:
        return bare(self.words[i]).lower()


def _base_in(verb: str, bases: frozenset[str]) -> bool:
    """Whether a verb as written ("comes", "carries", "went") is one of `bases`."""
    forms = {base_form(verb), verb, verb[:-1], verb[:-2], verb[:-3] + "y"}
    return bool(forms & bases)
