"""One scorer for every headline the digest may write of a moment: its clause, a plain or shorter clause, the
speaker and the quote, a clause composed from the moment's facts are candidates alike; the best one that passes
the gate (`headline_check.problem`) is the headline (`headlines.write_headline`).

A headline scores as news: its verb an act that changes something (`payoff.news_weight`: "hands", "presses … into",
"shaves", "falls" over "walks", "is", an approach such as "climbs onto", "opens", "knocks on"; never the observer's
"films"; an approach answered by another person of the moment's act after its "until"/"when"/"while" scores as that
act: "Knocks on the Window Until Theo Brannigan Lets Her In"), its subject a person of the moment, who they are
before the name or not ("The Waiter Teo Marsh Catches …"; or a thing that did something to one: "A Stagehand
Catches Dana Voss") and another of them named, never a reaction
to the act (`payoff.reaction`: "cries", "Has His Hands Over His Face", "Is Speechless"), another of them named
in full or by the family name the body calls them by again, its words the moment's own, each counted by how many of
its other reports and quotes repeat it (`echoes`, once a moment: "pearls" told by four over "stairs" told by two;
its people's names count for nothing), 35–75 characters; an object that is only a quantity, or only a place or a
time for an act that needs its object ("Hugs for About a Minute"), costs it the lead. A quote headline (`Name:
“…”`) scores as news only when the moment is the line itself (its note only frames the quote). A headline that only
says someone is somewhere ("Ishaan Qureshi Is Backstage") or is only a name is never news (`flat`)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from itertools import chain, takewhile

from .cutting import MIN_LEN, TARGET_LEN, bare
from .headline_reading import tense
from .lexicon import KIN, NUMBER_WORDS, POSTURES, REQUESTS, STOPWORDS, YEARS_APART, stem
from .payoff import (
    MUNDANE,
    NEEDS_OBJECT,
    ON_A_KNEE,
    REACTION,
    RESULT_VERBS,
    a_feat,
    into_a_thing,
    news_weight,
    reaction,
    verb_base,
    went_on_in,
)
from .textutil import fold, unpossessive

_QUOTED = re.compile(r"[“\"][^”\"]*[”\"]")
_WORD = re.compile(r"[^\W_]+")
_COPULA = frozenset({"is", "are", "was", "were", "be"})
_OPENING_WORDS = 10
_OPENERS = frozenset({"after", "before", "despite", "when", "moments", "minutes", "right", "just"})
_SUBORDINATORS = frozenset({"when", "as", "while", "until", "till", "because", "after", "before"})
_RANK_STEP = 0.4  # candidates come best first from the clause scorer: a later one must tell more to win


def _subject_length(words: list[str], names: Sequence[str]) -> int:
    """How many words open the headline as a person of the moment (0 when it opens otherwise)."""
    opening = _opening(words)
    if opening:  # "After Her Ninth Loss, Vera Gold …": the clause after it
        return opening + _subject_length(words[opening:], names)
    folded = [bare(fold(w)).lower().removesuffix("'s") for w in words]
    role = role_length(words)
    if role:  # "The Waiter Teo Marsh …": who they are, then the name
        named = _subject_length(words[role:], names)
        return role + named if named else 0
    for name in sorted(names, key=lambda n: -len(n.split())):
        parts = [bare(fold(w)).lower() for w in name.split()]
        if parts and folded[: len(parts)] == parts:
            owned = words[len(parts) - 1].endswith(("'s", "’s")) and len(words) > len(parts)
            if owned and bare(words[len(parts)]).lower() in KIN:
                return len(parts) + 1  # ("… Toor's Mother Feeds …": their relation acts)
            return len(parts)
    # a person named by one of their names ("Almir …"): that word
    return 1 if folded and any(folded[0] in [bare(fold(w)).lower() for w in n.split()] for n in names) else 0


def someone_taken(rest: Sequence[str], names: Sequence[str]) -> bool:
    """Whether the words after a verb of movement open on a person of the moment, never their thing ("Walks Patience
    Ilunga to the Stage Stairs", "Leads Ada Roe Out"; not "Walks Ada Roe's Dog"): someone taken somewhere, an act
    done to them."""
    words = list(rest)
    for name in names:
        at = _subject_length(words, [name])
        if at and not words[at - 1].endswith(("'s", "’s")):
            return True
    return False


def _named(name: str, words: list[str]) -> bool:
    """Whether the words name a person: in full, or by the family name the body calls them by again ("… Hands Lund
    Her Pearls")."""
    told = fold(" ".join(words)).lower()
    if fold(name).lower() in told:
        return True
    last = name.split()[-1] if len(name.split()) > 1 else ""
    return len(last) > 2 and any(unpossessive(bare(w)) == last for w in words)


def role_length(words: list[str]) -> int:
    """How many words open the headline as "the" and a role in lower case before a capitalised name ("the waiter |
    Teo Marsh"): 0 when it does not open so."""
    if len(words) < 3 or bare(words[0]).lower() != "the":
        return 0
    k = 1
    while k < min(len(words), _ROLE_WORDS + 1) and words[k].isalpha() and words[k].islower():
        k += 1
    return k if 1 < k < len(words) and words[k][:1].isupper() else 0


_ROLE_WORDS = 3


def actor(headline: str, names: Sequence[str]) -> tuple[str, str]:
    """Who acts in a headline (its opening words that name a person of the moment, "" when none) and its verb."""
    words = _QUOTED.sub(" ", headline).split()
    at = _subject_length(words, names)
    return (" ".join(words[:at]), _verb_after(words, at)) if at else ("", "")


_PRONOUN_WORDS = frozenset({"he", "she", "they", "it", "we", "i", "you"})


def _thing(words: list[str], names: Sequence[str]) -> int:
    """How many words open the headline as a noun phrase with its article, up to its verb in the present, when what
    it did was to a person of the moment named right after that verb ("A Stagehand | Catches Dana Voss", "The Hatch |
    Slams Shut Behind Lena Ross"); 0 otherwise (not "The Song She Writes With …", not "… Like Owen Achterberg's")."""
    if not words or bare(words[0]).lower() not in ("a", "an", "the"):
        return 0
    verb = next((k for k in range(2, min(len(words), 8)) if tense(bare(words[k]).lower()) == "present"), 0)
    if not verb or any(bare(w).lower() in _PRONOUN_WORDS for w in words[1:verb]):
        return 0
    for k in range(verb + 1, min(len(words), verb + 4)):
        named = _subject_length(words[k:], names)
        if named:
            return verb if not words[k + named - 1].endswith(("'s", "’s")) else 0
    return 0


def _opening(words: list[str]) -> int:
    """How many words an opening adjunct takes ("After Her Ninth Loss," → 4), 0 when there is none."""
    if not words or bare(words[0]).lower() not in _OPENERS:
        return 0
    return next((k + 1 for k, w in enumerate(words[:_OPENING_WORDS]) if w.endswith(",")), 0)


def _came_of_it(words: list[str]) -> float:
    """The news weight of the verb a result goes on with after a comma, "then" or "so" (0 when none), plus a half:
    what came of a result, with the result, says more than either alone."""
    for k, w in enumerate(words[:-1]):
        opener = w.endswith(",") or bare(w).lower() in ("then", "so")
        following = bare(words[k + 1]).lower()
        if opener and following not in ("then", "so") and tense(following) == "present":
            return max(news_weight(following), 0.0) + 0.5
    return 0.0


def _award_named(words: list[str]) -> bool:
    """Whether the words after a result's verb name what was won or lost, capitalised ("Best Actor", "the Novel
    Prize"), or nothing follows: a bare result, as `hooks` reads one."""
    if words and bare(words[0]).lower() in ("the", "a", "an"):
        words = words[1:]
    return not words or words[0][:1].isupper() or words[0][:1].isdigit()


def _kin_taken(words: list[str]) -> bool:
    """Whether a result's object is the winner's own family ("Her Own Daughter", "His Brother"): a result no camera
    made news of, the moment itself."""
    told = [bare(w).lower() for w in words[:3]]
    if told[:1] not in (["her"], ["his"], ["their"]):
        return False
    told = told[2:] if told[1:2] == ["own"] else told[1:]
    return bool(told) and told[0] in KIN


_TELEVISED = -0.5  # a bare result weighs as an approach does: how the moment began, not what happened
_AND = frozenset({"and", "&"})


def _goes_on(words: list[str]) -> bool:
    """Whether a result's headline goes on to a second predicate after "and" ("Wins Best Design and Dances on the
    Piano Lid") or to a consequence: it tells what came of the win, with the win."""
    return any(
        (bare(w).lower() in _AND and tense(bare(words[k + 1]).lower()) == "present") or bare(w).lower() in _SO
        for k, w in enumerate(words[:-1])
    )  # (or a consequence after "so" or "then", whoever its subject: "Loses, So the Sequin Bucket Hat Is His")


_SO = frozenset({"so", "then"})
_INTO = frozenset({"into"})
_INTO_WORDS = 4  # ("Walks Straight Into Søren Halvorsen's Glass": into whom, or whose thing)


def _into_someone(words: list[str], names: Sequence[str]) -> bool:
    """Whether a movement's words go into a person of the moment or a thing of theirs ("Walks Straight Into Søren
    Halvorsen's Glass of Red Wine", "Backs Into Ivo Marr"): a collision, no way in."""
    at = next((k for k, w in enumerate(words[:2]) if bare(w).lower() in _INTO), None)
    if at is None:
        return False
    return any(_named(n, words[at + 1 : at + 1 + _INTO_WORDS]) for n in names)


def _answered(words: list[str], names: Sequence[str]) -> float | None:
    """The news weight of what another person of the moment does in the clause after the headline's subordinator
    ("Knocks on the Window | Until Theo Brannigan Lets Her In", "Sits on a Crate | While Jace Shaves Off His
    Locks"): an approach answered by someone's act tells that act, done for the one who approached (at least 1, as an
    act on another of the moment); an answer that changes nothing alone ("Lets Her In") a half more, told with the
    approach that makes it news (as a result with what came of it, `_came_of_it`); None when no such clause
    follows, or when it is another approach ("… When Kofi Mensah Sits Down Next to Her")."""
    for k, w in enumerate(words[:-2]):
        if bare(w).lower() not in _SUBORDINATORS:
            continue
        named = _subject_length(words[k + 1 :], names)
        at = _verb_at(words, k + 1 + named)
        verb = bare(words[at]).lower() if named and at < len(words) - 1 else ""  # (never "… When Tam Okoro Pushes")
        if not verb or tense(verb) != "present":
            continue
        weight = news_weight(verb)
        if weight < 0 or verb_base(verb) in MUNDANE:
            return None  # "… When Kofi Mensah Sits Down Next to Her": another approach, nothing answered yet
        return max(weight, 1.0) + (0.5 if weight == 0 else 0.0)
    return None


def _verb_after(words: list[str], at: int) -> str:
    while at < len(words) and bare(words[at]).lower() in _ADVERBS:
        at += 1
    return bare(words[at]).lower() if at < len(words) else ""


_ADVERBS = frozenset({"also", "then", "finally", "still", "just"})
_OBSERVED = -3.0  # `payoff.news_weight` of the observer's looking
_NO_OBJECT = 2.5
_PARTICLES = frozenset({"up", "down", "out", "off", "back", "over", "away", "around"})
_PLACE_OR_TIME = frozenset(
    {"in", "at", "by", "for", "during", "on", "inside", "outside", "behind", "near", "under", "after", "before"}
)
_ROUGHLY = frozenset({"about", "around", "nearly", "almost", "roughly", "some", "over", "maybe"})
_COUNTED = frozenset({"people", "guests", "fans", "times", "minutes", "seconds", "hours", "songs", "strangers"})


_TENS = frozenset({"twenty", "thirty", "forty", "fifty", "sixty", "hundred", "hundreds", "dozen", "dozens"})


def _amount(word: str) -> bool:
    return word[:1].isdigit() or word in NUMBER_WORDS or word in _TENS or word.split("-")[0] in _TENS


def _verb_at(words: list[str], at: int) -> int:
    while at < len(words) and bare(words[at]).lower() in _ADVERBS:
        at += 1
    return at


def object_missing(verb: str, rest: list[str]) -> bool:
    """Whether the words after a verb are only a quantity ("About Thirty People") or, for an act that needs its
    object (`payoff.NEEDS_OBJECT`: hugs, leads, thanks), only a place or a time ("for About a Minute", "in the
    Wings"): the clause is not news by itself."""
    told = [bare(w).lower() for w in rest]
    while told and told[0] in _PARTICLES:
        told = told[1:]
    if not told:
        return verb_base(verb) in NEEDS_OBJECT or verb[:-1] in NEEDS_OBJECT
    counted = len(told) > 1 and _amount(told[0]) and told[1] in _COUNTED
    if told[0] in _ROUGHLY and len(told) > 1 and _amount(told[1]):
        return True
    if counted and len(told) == 2:
        return True
    needs = verb_base(verb) in NEEDS_OBJECT or verb.lower()[:-1] in NEEDS_OBJECT or verb.lower()[:-2] in NEEDS_OBJECT
    return needs and told[0] in _PLACE_OR_TIME


def flat(headline: str, names: Sequence[str]) -> bool:
    """Whether a headline tells nothing happening: only a name, or a person being somewhere with a copula and no
    more than a place ("Ishaan Qureshi Is Backstage", "X Is Here Tonight"), or a question put to them ("Is Asked
    …"). Worked out once per headline and names."""
    return _flat(headline, tuple(names))


@lru_cache(maxsize=4096)
def _flat(headline: str, names: tuple[str, ...]) -> bool:
    words = _QUOTED.sub("", headline).split()
    at = _subject_length(words, names)
    if at == 0:
        return False
    rest = [bare(w).lower() for w in words[at:]]
    if not rest:
        return not (words[-1].endswith(":") and _QUOTED.search(headline))  # (`Name: “the quote”` says something)
    if rest[0] in _HAVING and len(rest) > 3 and rest[-2] == "to":
        return True  # "Has Half a House and Nine Minutes to Fill": a predicament, what was done with it is the news
    if rest[0] in _COPULA and len(rest) > 1 and rest[1] in _DONE_TO_THEM and "and" not in rest:
        return True  # "Is Asked What He Will Spend the Prize Money On": a question put to them, not what they did
    if rest[0] in _TELLING and (len(rest) == 1 or rest[1] == "to") and not _QUOTED.search(headline):
        # "Explains to Pika Rozman": what was explained cut off, nothing told (round 46's Ljubljana)
        return all(w[:1].isupper() for w in words[at + 2 :]) if len(rest) > 1 else True
    return rest[0] in _COPULA and len(rest) <= 3 and not _QUOTED.search(headline)


# a verb of telling that says nothing without what was told ("Explains", "Explains to X")
_TELLING = frozenset({"explains", "explain", "tells", "says", "insists", "insist", "announces", "reveals"})

_HAVING = frozenset({"has", "have"})
# a passive of what others did to the subject ("Is Asked …", "Was Told …", "Is Handed …"): round 44's Dhaka bonus
_DONE_TO_THEM = frozenset({"asked", "told", "given", "shown", "handed", "called", "invited", "offered", "sent"})
_PASSIVE = 1.0


_ECHO = 0.5  # what each of the moment's other reports repeating one of a headline's words adds
_ECHO_EACH = 3  # the most repeats one word counts for
_ECHO_MAX = 3.0


def echoes(texts: Iterable[frozenset[str]], people: Iterable[str]) -> dict[str, int]:
    """How many of a moment's reports use each content word (`texts`: each report's stems, its quote's among them),
    the words of its people's names left out (every report has them): what the moment says, counted once a moment
    (`headline_score`'s `echo`)."""
    counts = Counter(chain.from_iterable(texts))
    for name in people:
        for word in _WORD.findall(fold(name).lower()):
            counts.pop(stem(word), None)
    return dict(counts)


def headline_score(
    headline: str,
    names: Sequence[str],
    salient: frozenset[str],
    *,
    rank: int = 0,
    line: bool = False,
    speaker: str | None = None,
    echo: Mapping[str, int] | None = None,
) -> float:
    """How much a headline tells the moment's news (higher is better); `rank` is its place among the candidates
    (the clause scorer's order), `line` whether the moment is its quote (its note only frames it), `echo` how many of
    the moment's reports use each word (`echoes`: its words count by how many other reports repeat them; without
    it, by whether they are `salient`)."""
    words = _QUOTED.sub(" ", headline).split()
    at = _subject_length(words, names)
    thing = 0 if at or rank else _thing(words, names)  # (the writer's own clause: what was done to the one who fell)
    verb = _verb_after(words, at or thing) if at or thing else ""
    score = 0.0
    if at:
        score += 1.5
    start = _opening(words)  # "When Mara Quist's heel snaps, | Jonah Pell catches her": whom the act was for
    main = list(takewhile(lambda w: bare(w).lower() not in _SUBORDINATORS, words[at:]))  # not "… When Tam Pushes"
    others = sum(1 for n in names if _named(n, [*words[:start], *main]))
    if verb_base(verb) in RESULT_VERBS or verb_base(verb) in _CALLING:
        others = 0  # "loses to X", "announces X" did nothing to X
    after = _verb_at(words, at or thing) + 1 if at or thing else len(words)
    weight = news_weight(verb, bare(words[after]) if after < len(words) else "") if verb else -0.5
    if verb_base(verb) in RESULT_VERBS:  # "Loses, Carries Her Bag All Night": the result, and what came of it
        came = _came_of_it(words[at:])
        # a bare result ("Wins Best Traditional Song") is the award the cameras showed: the setting of the moment,
        # never its news over an act of it ("Phones His Grandfather From the Wings"), unless the headline goes on
        named = _award_named(words[after : after + 2])  # ("Loses It": an idiom, never the award)
        weight = max(weight, came) if came or not named or _goes_on(words[after:]) else _TELEVISED
        if _kin_taken(words[after:]):  # "Beats Her Own Daughter": the news, done to another of the moment
            weight, others = max(weight, 1.0), max(others, 1)
    if (
        verb
        and verb_base(verb) in MUNDANE
        and not _into_someone(words[after:], names)
        and not went_on_in(verb, words[after:])
        and not someone_taken(words[after:], names)
        and not into_a_thing(list(takewhile(lambda w: not bare(w).lower().endswith("ing"), words[after:])))
    ):  # (never "Walks Patience Ilunga to the Stage Stairs": someone taken somewhere, done to her; nor "Walks Into the
        # Courtyard Fountain": into a thing, the act itself)
        weight = min(weight, -0.5)  # "walks", "steps", "arrives": a movement, not the news
    if verb and ON_A_KNEE.search(" ".join(words[after : after + 5])):
        weight = max(weight, 1.0)  # "Goes Down on One Knee First": a proposal, never a movement
    if verb and YEARS_APART.search(" ".join(words[after:])):
        weight = max(weight, 2.0)  # "Play Together for the First Time Since 2011": unseen for years
    if _kept_somewhere([bare(w).lower() for w in words[at : at + 10]]):
        weight, others = min(weight, -0.5), 0  # "Have the Ring Hidden in a Tin": a thing kept, not an act
    if verb and verb_base(verb) in _CALLING:
        weight = min(weight, -0.5)  # "Announces the Harbour Lights": the host's job, what the named did is the news
    if verb and reads_out(verb, words[after:]):
        weight = min(weight, -0.5)  # "Reads the Winner for the First Time on Stage": a presenter's job (Baku)
    if verb and any(bare(w).lower() == "wrong" for w in words[after : after + 3]):
        weight = max(weight, 1.0)  # "Reads the Wrong Winner": the slip is the news, whatever the verb
    if verb and a_feat(verb, [bare(w) for w in words[after:]]):
        weight = max(weight, 1.0)  # "Climbs All Sixty-Four Steps": the feat, never the way up
    if verb and verb_base(verb) in _SEEKING and any(_named(n, words[after : after + 4]) for n in names):
        weight, others = min(weight, -0.5), 0  # "Finds Nadia Ferreira-Lum, Owen Tsai …": the way to them, not the act
    if (
        verb
        and speaker
        and verb_base(verb) in REQUESTS
        and _named(speaker, words[after : after + 4])
        and not fold(" ".join(words[:at])).startswith(fold(speaker))
        and any(
            bare(w).lower() == "to" and k + 1 < len(words) and bare(words[k + 1]).lower() in _SPEAKING
            for k, w in enumerate(words[after : after + 6], start=after)
        )
    ):
        weight, others = min(weight, -0.5), 0  # "Asks Máret Ánne Hætta to Repeat Her Speech": the question, when the
        # moment's line is her answer
    if verb and verb_base(verb) in REQUESTS and _little_asked(words[after : after + 6]):
        weight, others = min(weight, -0.5), 0  # "Asks Trésor Lukusa [to Stay Beside Her]": a posture asked of him, or
        # nothing said of what: not what he did
    answered = (
        _answered(words[after:], [n for n in names if fold(n) not in fold(" ".join(words[:at]))])
        if _OBSERVED < weight < 0  # (never the observer's: "Lena Vos Watches as Omar Idris Trips …" is his news)
        else None
    )
    if answered is not None:  # "Knocks on the Window Until Theo Brannigan Lets Her In": the approach, answered
        weight, others = answered, max(others, 1)
    if others and verb not in _COPULA and weight >= 0:  # an act on or for another of the moment is news
        weight = max(weight, 1.0)
    score += 2.0 * max(weight, -1.0)
    if verb in _COPULA:
        score -= 1.5
        if after < len(words) and bare(words[after]).lower() in _DONE_TO_THEM:
            score -= _PASSIVE  # "Is Asked What He Will Do With His Trophy": a question put to him, not his act
    score += min(2.0 * others, 2.5)  # whom it was done to, or for
    stems = {stem(w) for w in _WORD.findall(fold(" ".join(words))) if w not in STOPWORDS}
    if echo is None:
        score += min(0.5 * len(stems & salient), 1.0)
    else:  # the moment's own words: each other report (or quote) that repeats one of them ("pearls" told thrice)
        score += min(_ECHO * sum(min(echo.get(s, 0) - 1, _ECHO_EACH) for s in stems if echo.get(s, 0) > 1), _ECHO_MAX)
    length = len(headline)
    long = 0.0 if start else 0.5  # (the context that makes it news, "After Her Ninth Loss,", is added only if it fits)
    score -= 0.0 if MIN_LEN <= length <= TARGET_LEN else 1.0 if length < MIN_LEN else long
    house = at > 0 and words[at - 1].endswith(":") and at == len(words)  # `Name: “the quote”`
    if house:
        score += 1.0  # (no verb to weigh: a line is neither an act nor a scene)
    spoken = (house or verb in ("says", "say", "tells", "tell")) and (
        speaker is None or fold(headline).startswith(fold(speaker))
    )
    if spoken:  # the speaker's line (an order told as reported speech too)
        score += 2.0 if line else -2.0  # the quote heads the moment only when the moment is the line
    together = at > 0 and any(bare(w).lower() in ("and", "&") for w in words[:at])  # "X and Y Hug": each other
    if verb and not spoken and not together and object_missing(verb, words[after:]):
        score -= _NO_OBJECT  # "Hugs for About a Minute", "Leads About Thirty People": whom, in what?
    kin = at >= 2 and bare(words[at - 1]).lower() in KIN and words[at - 2].endswith(("'s", "’s"))
    if verb and reaction(verb, [bare(w) for w in words[after:]]) and not kin:
        score -= REACTION  # "Osei Has His Hands Over His Face": the act that caused it is the news (a relative's
        # tears are their own moment: "Cosmo Varga's Mum Cries in Row C")
    if verb_base(verb) in _REPORTING and after < len(words) and bare(words[after]).lower() == "that":
        score -= _REPORTED  # "Confirms That Kenji Marsh-Whitford's Phone Had Been Streaming": the clause is the news
    if flat(headline, names):
        score -= 5.0
    return score - _RANK_STEP * rank


def _little_asked(words: Sequence[str]) -> bool:
    """Whether the words after a request ask only a posture of its object ("Trésor Lukusa to Stay Beside Her"), or
    say nothing of what it asks ("Asks Trésor Lukusa")."""
    lowered = [bare(w).lower() for w in words]
    asked = next((lowered[k + 1] for k, w in enumerate(lowered[:-1]) if w in ("to", "for")), None)
    return asked is None or asked in POSTURES


def _kept_somewhere(words: list[str]) -> bool:
    """Whether a headline's predicate is "have" and a thing kept somewhere ("… Have the Ring Hidden in a Tin"): a
    participle right before a place's preposition or closing the headline, within four words of it."""
    at = next((k for k, w in enumerate(words) if w in _HAVING), None)
    if at is None or at + 1 >= len(words) or words[at + 1] not in ("the", "a", "an"):
        return False  # ("Has His Head Shaved in Front of the Press": done to his own, the act)
    return any(
        w.endswith(("en", "ed")) and len(w) > 4 and (k + 1 == len(words) or words[k + 1] in ("in", "on", "at", "under"))
        for k, w in enumerate(words[at + 2 : at + 6], start=at + 2)
    )


_CALLING = frozenset({"announce", "introduce", "name"})  # saying who: nothing done to them
_READ_OUT = frozenset({"winner", "winners", "name", "names", "nominees", "nominations", "result", "results", "card"})


def reads_out(verb: str, rest: Sequence[str]) -> bool:
    """Whether a clause reads a result out ("Reads the Winner", "Reads Out the Names"): a presenter's job, never the
    news of the moment."""
    if verb_base(verb.lower()) != "read":
        return False
    words = [bare(w).lower() for w in rest[:4]]
    return any(w in _READ_OUT for w in words[:3]) and (words[:1] in (["the"], ["out"]))


# what someone is asked to say: "Asks Máret Ánne Hætta to Repeat Her Speech" (never "to Marry Him", "to Sign")
_SPEAKING = frozenset({"repeat", "translate", "say", "explain", "speak", "read", "give"})
_SEEKING = frozenset(
    {"find", "track", "seek", "look", "meet"}
)  # finding (meeting) a person of the moment is getting to them
_REPORTING = frozenset({"confirm", "reveal", "admit", "announce", "explain", "insist", "claim"})
_REPORTED = 5.0  # (as much as a flat headline: the frame of the news is no news)
