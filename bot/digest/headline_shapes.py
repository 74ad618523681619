"""The shapes a headline fails the gate (`headline_check`) in, each read from its words: a label before a
predicate, a second clause with no verb or a subject of its own, an elliptical "do", the live blog's tense, an end
cut inside a noun phrase, a giving verb left with only whom, a predicate left hanging, "it" for a thing never named,
a subordinate clause cut after its subject, a bare amount of time, a shouted order.
"""

from __future__ import annotations

from collections.abc import Sequence

from .cutting import DETERMINERS
from .groups import GROUP_HINTS
from .headline_clause import TIME_NOUNS, _clause_problem
from .headline_reading import (
    _ADVERBS,
    _IT_IDIOMS,
    _NOT_A_HEAD,
    _NOT_VERBS,
    _NOUN_AFTER,
    _PARTICLES,
    _PAST_AUX,
    _POSSESSIVES,
    _PREPOSITIONS,
    _QUOTE_TOKEN,
    _RELATIVES,
    _SUBJECT_WORDS,
    _TRANSITIVE,
    _VERB_BASES,
    SUBORDINATORS,
    _base_in,
    _Reading,
    bare,
    tense,
)
from .lexicon import NUMBER_WORDS, PEOPLE, adjective
from .textutil import wordset
from .verbs import base_form

# a shout at someone to do something is an order told ("Yells at Chat to Count Down" reads as a verb chain)
_CALLING = wordset(
    "yell yells yelled shout shouts shouted scream screams screamed holler hollers hollered shriek shrieks"
)
_CALLED_AT = wordset("at to")
_CHAIN_WORDS = 5  # "yells at the whole front row to …": the one called at, in up to four words


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


def pasted_after_colon(r: _Reading) -> bool:
    """Whether a colon is followed by words that are no clause of their own ("… Proposes to Sal Petrie: With the Ring
    Tucked Inside One of the Show's Award", "Bar Is Chaos: Durante El Corte"): a fragment pasted after a label or a
    clause. A quotation after the colon is the house shape (`Name: “…”`, "… Tells Ada: “…”")."""
    for i in range(len(r.words) - 1):
        if r.words[i].endswith(":") and r.words[i + 1] != _QUOTE_TOKEN:
            if r.lower(i + 1) in _PHRASE_OPENERS:
                return False  # "… Pulls the Sheet Off: The First Rejection Letter She Ever Got": what it was
            return _clause_problem(r, i + 1, len(r.words)) is not None
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
        person = head in PEOPLE or head in _ADDRESSED or (head.endswith("s") and head[:-1] in PEOPLE)
        return r.lower(v + 1) in _PHRASE_OPENERS and len(rest) <= _NOUN_WORDS + 1 and person
    return False


_NOUN_WORDS = 3  # "and the stage manager | tapes": a subject of up to three words after its article
_ADDRESSED = wordset("dj mc band crowd room bartender barman barmaid waiter")  # "… Tells the DJ": told what?


_NOBODY = wordset("neither nobody none everyone everybody nothing someone somebody")


def _second_subject(r: _Reading) -> bool:
    """Whether "and" after the main verb opens a clause with a subject of its own ("… Carries the Shards Up and the
    Room Goes Nuts", "… and Kemi Achebe-Ross's Understudy Warms Up"): two clauses of different subjects glued."""
    n = len(r.words)
    first = next((k for k in range(1, n) if tense(r.words[k]) == "present" and not r.name_like(k)), n)
    for k in range(2, n - 1):
        if r.lower(k) in ("and", "but") and r.lower(k + 1) in _NOBODY:
            return True  # "… Run Into Each Other and Neither Spoke": a subject of its own, no name of the moment
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


def orphan_it(words: Sequence[str]) -> bool:
    """Whether a headline says "it" or "them" for a thing it never names ("The Rooks Play It"), not for one
    it named before ("Takes Off Her Crown and Makes a Guard Wear It"); or "its" with no thing nor group before it."""
    lowered = [bare(w).lower() for w in words]
    for k, word in enumerate(lowered[1:], start=1):
        end = k - 1
        if lowered[k - 1] in _PREPOSITIONS:  # "Draws a Small Heart on It": not the heart; named before that verb
            end = max((j for j in range(2, k - 1) if tense(words[j]) == "present"), default=2)
        won = _won_before(words, end) and lowered[k - 1] not in _COLLECTING  # ("… Then Goes Up to Collect It": what
        # every winner does, never the news of the win)
        named_before = any(w in DETERMINERS | _POSSESSIVES | {"her"} for w in lowered[2:end]) or won
        if word in ("it", "them") and lowered[k - 1] not in _IT_IDIOMS and not named_before:
            return True
        owned = any(w.endswith(("'s", "’s")) for w in words[:k])  # ("Ilmari Koskinen's Statuette Loses Its …")
        if word == "its" and lowered[0] != "the" and not named_before and not owned and not _group_word(lowered[:k]):
            return True  # "Auntie Mercy Adomako Makes Yaw Twum-Barima Sing Its First Verse": whose verse?
    return False


_WON = wordset("wins collects accepts")
_COLLECTING = wordset("collect collects accept accepts receive receives take takes pick")


def _won_before(words: Sequence[str], end: int) -> bool:
    """Whether an award won is named before a word ("Wins Best Young Actor, Then Announces It Herself"): "it" is it."""
    return any(
        bare(words[j]).lower() in _WON and words[j + 1][:1].isupper() for j in range(1, min(end, len(words) - 1))
    )


_GROUPS = frozenset(GROUP_HINTS) | {"crew", "team", "orchestra", "sisters", "brothers"}  # (whose "its" it may be)


def _group_word(words: Sequence[str]) -> bool:
    """Whether the words before an "its" name a group, whose "its" it may be ("Sisters", "Choir")."""
    return any(w in _GROUPS for w in words)


# a clause opened and left with only its subject: "… Until Theo Brannigan", "… the Stairs Where Baek Si-woo"
_TIME_CLAUSE = wordset("until till when while as because since once if unless whereas where who whom which whose that")


def _subject_left_hanging(r: _Reading) -> bool:
    """Whether a headline ends on a subordinate or relative clause's subject with no verb ("… Knocks on the Window
    Until Theo Brannigan", "… Slips on the Same Stairs Where Baek Si-woo"): a known name (or a name-like run in
    sentence case) right after "until", "when", "where", "who" …"""
    n = len(r.words)
    for i in range(1, n - 1):
        at = i + 1
        hanging = r.lower(i) in _TIME_CLAUSE | _BEFORE_AFTER and r.lower(at) in _HANGING_PRONOUNS
        if hanging and all(r.lower(k) in _ADVERBS for k in range(at + 1, n)):
            return True  # "… From the Wings Before He Even": the clause's verb cut off
        verb_last = tense(r.words[n - 1]) == "present" and _base_in(r.lower(n - 1), _TRANSITIVE | _REACHING)
        if hanging and verb_last and at < n - 1 and all(r.lower(k) in _ADVERBS for k in range(at + 1, n - 1)):
            return True  # "… Before He Even Reaches": the clause's object cut off
        if r.lower(i) not in _TIME_CLAUSE or r.lower(at).isdigit():
            continue  # ("… for the First Time Since 2011": a year, no clause's subject)
        if at in r.name_at and at + r.name_at[at] == n:
            return True
        if not r.title and all(r.name_like(k) for k in range(at, n)):
            return True
        if r.lower(i) in _ONLY_CLAUSES and _noun_phrase_only(r, at):
            return True  # "… Cries When the Whole Queue": its verb cut off (never "Until the Encore": a time)
    return False


_PHRASE_WORDS = 5
_ONLY_CLAUSES = wordset("when while whereas because")  # (never a preposition: "until", "as", "after" may be one)


def _noun_phrase_only(r: _Reading, at: int) -> bool:
    """Whether the words from `at` to the end are only a noun phrase of one thing with its article ("the Whole
    Queue", "Her Mother"): no word a verb by its form, nor a plural that a bare verb could follow ("the Lights Dim")."""
    rest = range(at + 1, len(r.words))
    if r.lower(at) not in _PHRASE_OPENERS or not 1 <= len(rest) <= _PHRASE_WORDS or at in r.name_at:
        return False
    return all(
        r.lower(k).endswith("'s")  # ("the Band's Bassist")
        or (
            tense(r.words[k]) == "base"
            and not r.lower(k).endswith("s")
            and r.lower(k) not in _NOT_VERBS | _PARTICLES | _ADVERBS | _VERB_BASES
        )
        for k in rest
    )


_BEFORE_AFTER = wordset("before after")
_REACHING = wordset("reach enter leave hit make get see meet")
_HANGING_PRONOUNS = wordset("he she they it i we you")


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

    def amount(w: str) -> bool:
        return w in _AMOUNT_WORDS or w[:1].isdigit()

    # ("Runs 7 Minutes 40 Seconds": one amount, its units inside it)
    while k > 0 and (amount(lowered[k]) or (lowered[k] in _TIME_UNITS and amount(lowered[k - 1]))):
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


def before_second_time(headline: str) -> str:
    """A headline in sentence case cut before a second time or a name glued to a time where an aside was set apart
    ("… Hug for a Long Time [Ten Years After the Band Split]", from "for a long time, both crying, ten years after …";
    "… for About 30 Seconds [Pía Landeros Holding …]"): `headline_clause`
    refuses it whole; the first time reads alone. As it is otherwise."""
    words = headline.split()
    for k in range(1, len(words)):
        if k + 1 < len(words) and bare(words[k + 1]).lower() in TIME_NOUNS:
            continue  # "… Runs 9 Minutes 15 Seconds": one time
        if (
            words[k - 1].islower()
            and bare(words[k - 1]) in TIME_NOUNS
            and (bare(words[k]).lower() in NUMBER_WORDS or words[k][:1].isdigit() or words[k][:1].isupper())
        ):
            return " ".join(words[:k])
    return headline
