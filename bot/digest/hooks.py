"""The hook, not the setup: among a moment's clauses, the one that tells what happened over the one that only sets
it up (after a movement any act, after a bare result one with a number or another person), a walk to do something
and a posture while doing something told as the act, a thing fetched and then acted with as the act
(`one_act`), a shout at someone as the order, a result told with what came
of it."""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import takewhile

from .clauses import Clause, Option, capitalised, lead_clause, mentioned
from .cutting import (
    CUT_BEFORE,
    DETERMINERS,
    MIN_LEN,
    OBJECTS,
    PLACE_PREPOSITIONS,
    PRONOUNS,
    SAYING_THAT,
    TARGET_LEN,
    WHEN,
    bare,
    cut,
)
from .headline_reading import tense
from .headline_shapes import shouted_order
from .lexicon import NUMBER_WORDS
from .pairs import PARTICLES, giving
from .payoff import MUNDANE, RESULT_VERBS, act_weight, had_done, news_weight, reaction, verb_base
from .places import PLACE_WORDS
from .presenting import plural_subject, presented
from .textutil import fold, wordset
from .verbs import base_form, looks_like_verb, third_person

_PAYOFF_MARGIN = 0.25


def payoffs_first(found: list[Option], by_word: dict[str, str]) -> list[Option]:
    """The options with a later clause of a report ranked over the same subject's earlier one when the earlier
    only sets the moment up and the later tells what happened: after a movement ("came down the corridor with
    a trolley"), any clause with a verb of its own ("pulled the cloth off"); after a bare result ("won Designer
    of the Year"), a clause with a number or another person in it ("brought her six seamstresses on stage") or an
    act that changes something ("dedicated it to her teacher": "it" is then the award won); after a result too
    short to stand alone, only such an act (else `extend` goes on with what came of it)."""
    if not found:
        return found
    found = [_with_thing_named(o, found) for o in found]
    top = min(found, key=lambda o: (-o.score, o.place))
    if not _flat(top):
        return found
    # "The Frontman Loses": too short alone, `extend` goes on with what came of it, unless an act follows
    short = len(cut(top.words, MIN_LEN, top.keep)) < MIN_LEN
    who, mover = fold(" ".join(top.clause.subject)), _any_base(top.clause.verb) in MUNDANE
    for i, later in sorted(enumerate(found), key=lambda p: (-p[1].score, p[1].place)):
        same = later.place[0] == top.place[0] and later.place[1:] > top.place[1:]
        if not same or fold(" ".join(later.clause.subject)) != who or _flat(later):
            continue
        done = had_done(later.clause.verb, later.clause.rest)  # ("had his head shaved": an act, not a state)
        if done is None and (verb_base(later.clause.verb) in ("be", "have") or later.clause.verb.lower() in _STATES):
            continue  # "She has 3 dogs", "She was 2 hours late": a state, not what happened
        act = act_weight(later.clause.verb, later.clause.rest) > 0  # an act that changes something ("dedicated it …")
        if short and not act:
            continue
        if _any_base(later.clause.verb) not in RESULT_VERBS and (mover or act or _specific(later, by_word)):
            return [*found[:i], replace(later, score=top.score + _PAYOFF_MARGIN), *found[i + 1 :]]
    return found


_STATES = wordset("is are was were has have had 's")
_CARRYING = wordset("with carrying holding clutching pushing wheeling")


def _with_thing_named(option: Option, found: list[Option]) -> Option:
    """The option with "it" after its verb named from the same subject's clause just before it in its report."""
    who = fold(" ".join(option.clause.subject))
    before = [
        o
        for o in found
        if o.place[0] == option.place[0] and o.place[1:] < option.place[1:] and fold(" ".join(o.clause.subject)) == who
    ]
    if not before:
        return option
    setup = max(before, key=lambda o: o.place).clause
    words = _it_named(option, setup.rest)
    if words is option.words:
        words = it_on_named(option.words, setup.rest)  # "signed a fan's cast, then drew a heart on it": on the cast
    if words is option.words and _any_base(setup.verb) == "win":
        words = _award_named(option, setup.rest)  # "won Best Score. Dedicated it to …": the award
    return option if words is option.words else replace(option, words=words)


_AWARD_LINKS = wordset("of for the in and")


_ON = wordset("on onto into in over under inside across")
_THING_WORDS = 5


def it_on_named(words: list[str], setup: list[str]) -> list[str]:
    """The payoff's words with "it" after a preposition ("draws a small heart on it") as the thing the same
    subject's setup clause ended on ("signed a fan's plaster cast" → "on a Fan's Plaster Cast"); the words as they
    are when the setup ends on no such thing."""
    at = next((k for k, w in enumerate(words) if bare(w).lower() == "it" and k > 0), None)
    if at is None or bare(words[at - 1]).lower() not in _ON:
        return words
    start = next((j for j, w in enumerate(setup) if w.lower() in DETERMINERS), None)  # its object, ending it
    thing = setup[start:] if start is not None else []
    if not thing or len(thing) > _THING_WORDS or any(bare(w).lower() in CUT_BEFORE for w in thing[1:]):
        return words
    return [
        *words[:at],
        *[bare(w) if k == len(thing) - 1 else w for k, w in enumerate(thing)],
        *words[at + 1 :],
    ]


def _award_named(payoff: Option, won: list[str]) -> list[str]:
    """The payoff's words with "it" after its verb as the named award the setup won ("won Best Score. She
    dedicated it to her teacher" → "Dedicates Best Score to Her Teacher"); the words as they are otherwise."""
    at = len(payoff.clause.subject) + 1
    if at >= len(payoff.words) or bare(payoff.words[at]).lower() != "it" or not won or not capitalised(won[0]):
        return payoff.words
    award = list(takewhile(lambda w: capitalised(w) or w in _AWARD_LINKS, won))
    while award and not capitalised(award[-1]):
        award.pop()
    return [*payoff.words[:at], *[bare(w) for w in award], *payoff.words[at + 1 :]]


def _it_named(payoff: Option, setup: list[str]) -> list[str]:
    """The payoff's words with "it" after its verb as the thing the setup brought ("walked in with a cake box.
    Opened it …" → "Opens the cake box …"); the words as they are when the setup names no such thing."""
    at = len(payoff.clause.subject) + 1
    if at >= len(payoff.words) or bare(payoff.words[at]).lower() != "it":
        return payoff.words
    k = next((j for j, w in enumerate(setup[:-1]) if w.lower() in _CARRYING), None)
    if k is None or setup[k + 1].lower() not in DETERMINERS:
        return payoff.words
    noun = list(takewhile(lambda w: bare(w).lower() not in CUT_BEFORE and w.islower(), setup[k + 2 :]))
    if not noun or noun[-1] != bare(noun[-1]):
        return payoff.words
    determiner = "the" if setup[k + 1].lower() in ("a", "an", "one") else setup[k + 1]
    return [*payoff.words[:at], determiner, *noun, *payoff.words[at + 1 :]]


def _any_base(verb: str) -> str:
    """A verb's base form, in the present as typed too ("wins" → "win", "comes" → "come")."""
    w = verb.lower()
    for base in (w[:-1], w[:-2]) if w.endswith("s") and len(w) > 3 else ():
        if base in MUNDANE or base in RESULT_VERBS:
            return base
    return verb_base(verb)


def _flat(option: Option) -> bool:
    """A clause that sets a moment up rather than tells it: a movement ("comes down the corridor"), or a bare
    result ("wins Designer of the Year") with no number and nobody else in it."""
    verb = _any_base(option.clause.verb)
    if verb in MUNDANE:
        return True
    rest = option.clause.rest
    named = not rest or capitalised(rest[0])  # "wins Designer of the Year", not "loses it in the wings"
    return verb in RESULT_VERBS and named and not {"then", "so"} & set(option.words) and len(option.people) < 2


def _specific(option: Option, by_word: dict[str, str]) -> bool:
    """Whether a clause holds a number ("six seamstresses", "31 minutes") or names someone besides its subject."""
    rest = option.words[len(option.clause.subject) + 1 :]
    number = any(bare(w).lower() in NUMBER_WORDS or bare(w)[:1].isdigit() for w in rest)
    return number or bool(mentioned(rest, by_word) - mentioned(option.clause.subject, by_word))


def purpose(clause: Clause) -> Clause:
    """A movement made to do something as what was done ("walked over to the side of the stage to hand the trophy to
    her dishwasher" → "hand the trophy to her dishwasher"), and a posture somewhere while doing something as that
    act, whole ("stood on a bench leading the whole bar in Happy Birthday to barman Ike Osei" → "leads the whole bar
    in Happy Birthday to barman Ike Osei"): the walk and the posture only lead to the act. The clause as it is when
    its verb is no movement or no such act follows ("went to the bar", "sat in the corner chatting")."""
    if _any_base(clause.verb) not in MUNDANE:
        return clause
    rest = clause.rest
    doing = _doing_there(rest)
    if doing is not None:
        base = base_form(rest[doing]) or rest[doing]
        return Clause(clause.subject, base if plural_subject(clause.subject) else third_person(base), rest[doing + 1 :])
    for k in range(len(rest) - 2):
        act, what = rest[k + 1], rest[k + 2]
        if rest[k].lower() != "to" or not act.isalpha() or not act.islower() or act in _NOT_AN_ACT:
            continue
        if not any(bare(w).lower() in DETERMINERS for w in rest[:k]):
            return clause  # "walked out to present Best Sound": no place walked to, the walk-on is the moment
        if bare(what).lower() in DETERMINERS | OBJECTS or capitalised(what):
            return Clause(clause.subject, act if plural_subject(clause.subject) else third_person(act), rest[k + 2 :])
    return clause


_PLACE_LEN = 6  # "on the steps of the stage": where a posture was, before what was done there
# being there with something: no act
_NO_DOING = wordset("hold wear have keep carry clutch cradle wait sit stand lie kneel")
_PLACED = PLACE_PREPOSITIONS | wordset("up down back through across along around into onto over")


def _doing_there(rest: list[str]) -> int | None:
    """Where a posture's place ends in the participle of what its subject was doing there ("on a bench | leading the
    whole bar …"): an act, not a scene ("chatting"), a state ("holding") or a reaction ("crying"); None when the
    words after the posture are no place or no such participle follows it within a few words."""
    if not rest or rest[0].lower() not in _PLACED:
        return None
    for k in range(1, min(len(rest), _PLACE_LEN + 1)):
        word = bare(rest[k])
        if word.lower() in WHEN or word.lower() in ("and", "but", "who", "which", "that"):
            return None
        base = base_form(word) if word.islower() and word.endswith("ing") else None
        if base is None or not looks_like_verb(word, after_name=True):
            continue
        if bare(rest[k - 1]).lower() in DETERMINERS or bare(rest[k - 1]).lower() in PLACE_PREPOSITIONS:
            continue  # "by the loading dock", "at the waiting area": a noun's modifier, nobody doing it
        if verb_base(base) in MUNDANE | _NO_DOING or news_weight(base) < 0 or reaction(base, rest[k + 1 :]):
            return None
        return k
    return None


_NOT_AN_ACT = (
    DETERMINERS
    | OBJECTS
    | frozenset(PRONOUNS)
    | wordset("be his my your our their from of to for with into onto about toward towards without like than via")
)


def told_to(words: list[str], verb: int) -> list[str]:
    """A shout at someone to do something as the order it tells ("Yells at Chat to Count Down" → "Tells Chat to
    Count Down"): one verb, not a chain."""
    if shouted_order([bare(w).lower() for w in words[verb:]]) != 0:
        return words
    told = "tells" if words[verb].lower().endswith("s") else "tell"
    return [*words[:verb], told, *words[verb + 2 :]]


# a clause whose "subject" opens with these is a phrase of the sentence before ("…, from the publisher that …")
def what_it_followed(setting: list[str]) -> list[str]:
    """The "after …" phrase of a setting clause before its "and" ("came off | after the Horace monologue | and lost
    it"): what the event it leads to followed, when it names it (not "after the sketch"); [] when there is none or
    it leans on a pronoun."""
    words = list(takewhile(lambda w: w.lower() != "and", setting))
    at = next((i for i, w in enumerate(words) if w.lower() == "after"), None)
    phrase = words[at:] if at is not None else []
    if len(phrase) < 3 or phrase[-1].endswith(",") or any(bare(w).lower() in OBJECTS for w in phrase):
        return []
    return phrase if any(capitalised(w) for w in phrase[1:]) else []


def result_then(result: Clause, subject: list[str], event: Clause) -> list[str] | None:
    """A result and what came of it in one headline, when it fits: "lost Best Actress to Solenne and fifteen
    minutes later walked into the press room carrying a cake" → "Loses Best Actress, Then Walks In Carrying a
    Cake" (the award without whom it went to; a walk into a room before what was carried is "walks in")."""
    award = list(takewhile(lambda w: bare(w).lower() not in CUT_BEFORE, result.rest))
    head = presented(Clause(subject, result.verb, award), None)
    rest = event.rest
    if verb_base(event.verb) in MUNDANE and len(rest) > 2 and rest[0].lower() in ("into", "onto"):
        carrying = next((j for j in range(2, min(len(rest), 6)) if rest[j].islower() and rest[j].endswith("ing")), None)
        rest = [rest[0][:-2], *rest[carrying:]] if carrying is not None else rest
    tail = presented(Clause(subject, event.verb, rest), None)[len(subject) :]
    room = TARGET_LEN - len(" ".join(head)) - len(", then ")
    told = cut(tail, 0, min(len(tail), 2), room, room).split()
    after = bare(tail[len(told)]) if len(told) < len(tail) else ""
    cut_short = bool(after) and after.lower() not in CUT_BEFORE and not (after.islower() and after.endswith("ed"))
    if after and any(bare(w).lower() in NUMBER_WORDS or bare(w)[:1].isdigit() for w in tail):
        return None  # "… Then Brings Her Six Seamstresses Up": the event's own clause says more, whole
    if after.lower() == "that" and bare(tail[0]).lower() in SAYING_THAT:
        return None  # "… Then Announces From the Stage": what she announced is the story (break 67)
    if after.lower() == "to" and giving(bare(tail[0]).lower()):
        return None  # "… Then Hands the Trophy": to whom is the story, told by the event's own clause
    words = [*head[:-1], head[-1] + ",", "then", *told]
    return words if len(" ".join(words)) <= TARGET_LEN and len(told) > 2 and not cut_short else None


# chat that intensifies ("totally lost it", "practically vibrating"): a headline says what happened, plainly
def what_came_of_it(clause: Clause, piece: str) -> tuple[Clause, list[str]] | None:
    """For a bare result followed by what it cost or won ("Felix lost, so the sequin hat is his for the
    night"), that consequence's clause and its words in the present; None for any other clause."""
    if verb_base(clause.verb) not in RESULT_VERBS:
        return None
    last = clause.rest[-1] if clause.rest else clause.verb
    m = re.search(rf"\b{re.escape(last)},\s+so\s+(\S.*)$", piece)
    outcome = lead_clause(m.group(1)) if m else None
    if outcome is None or outcome.subject[0].lower() in PRONOUNS:
        return None
    return outcome, presented(outcome, None)


_HELD = frozenset({"the", "a", "an", "his", "her", "their", "its", "my", "our", "this", "that"})
_THERE = frozenset({"there", "here", "right", "back", "away"})
_HELD_WORDS = 6
_PUT = wordset("into onto")
_PLACING = wordset("puts places slips presses")


def _into_hands(words: list[str]) -> bool:
    """ "Puts them in Ilke Tan's hand", "slips it into her palm": placing a thing in someone's hand, a gift."""
    return (
        len(words) >= 4
        and bare(words[0]).lower() in _PLACING
        and bare(words[2]).lower() in ("in", "into")
        and any(bare(w).lower() in ("hand", "hands", "palm", "palms") for w in words[3:7])
    )


_CARRY_VERBS = wordset("carry bring take wheel drag lug haul")
_CARRIED_TO = wordset("into onto to across through up down out in inside around")


def _carried_then(first: str, then: str) -> bool:
    """Whether a thing carried somewhere is then acted with, an act that is news of its own ("carries his first
    trophy into the press room and kisses it"): the act heads it, whatever the carrying weighs."""
    return (
        verb_base(first) in _CARRY_VERBS
        and tense(first) == "present"
        and news_weight(then) > 0
        and verb_base(then) not in _CARRY_VERBS | MUNDANE
    )


# "goes on to present Best Television Series": what she did next is the act ("Presents Best Television Series")
_GOES_ON_TO = re.compile(r"^((?:\S+ ){1,4}?)(?:goes|go) on to ([a-z]+)\b")


_CARRYING_THEN = re.compile(
    r"^(?P<who>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}) (?:walks|comes|goes|runs|heads|steps|strides|marches|rushes|"
    r"hurries|arrives|returns|wanders|appears|emerges) [^,]*?\b(?:carrying|holding|clutching|with) "
    r"(?P<thing>(?:a|an|the|his|her|their|two|three|four|five|six|seven|eight|nine|ten|\d+)(?: [a-z][\w-]*){1,3})"
    r"(?: from [^,]+?)? and (?P<verb>hands|gives|passes|puts|sets|places|lays|offers|shares|throws|tosses|serves) "
    r"(?:them|it) (?P<rest>\S.*)$"
)


def one_act(headline: str) -> str:
    """A clause that fetches a thing and then acts with it told as the act ("Almir takes out his 1968 cavaquinho
    and hands it to Kauê" → "Almir hands his 1968 cavaquinho to Kauê", "takes off her own gold earrings and presses
    them into Zawadi's hand" → "presses her own gold earrings into Zawadi's hand"): "it" is the thing the first verb
    took, and the second verb is the news (`payoff.news_weight`) when the first is not. Told before a clause is cut
    (`fallbacks`), so a long one keeps its act."""
    headline = _GOES_ON_TO.sub(lambda m: f"{m.group(1)}{third_person(m.group(2))}", headline, count=1)
    handing = _CARRYING_THEN.match(headline)
    if handing is not None and news_weight(handing.group("verb")) >= 0:  # "walks out carrying six pizza boxes …
        # and hands them round to the paparazzi" → "hands six pizza boxes round to the paparazzi"
        headline = " ".join(handing.group("who", "verb", "thing", "rest"))
    words = headline.split()
    for k in range(2, len(words) - 2):
        if words[k].lower() != "and" or bare(words[k + 2]).lower() not in ("it", "them"):
            continue
        verb = next((v for v in range(1, k) if tense(words[v]) == "present"), None)
        handed = _into_hands(words[k + 1 :])  # "puts them in Tekin's hand": a gift, whatever "put" weighs
        if verb is None:
            return headline
        carried = _carried_then(words[verb], words[k + 1])  # "carries it into the press room and kisses it"
        carried = carried and any(bare(w).lower() in _CARRIED_TO for w in words[verb + 2 : k])  # (somewhere)
        if news_weight(words[k + 1]) <= max(news_weight(words[verb]), 0.0) and not handed and not carried:
            return headline
        thing = words[verb + 1 : k]
        if thing and bare(thing[0]).lower() in PARTICLES:
            thing = thing[1:]
        if carried:  # "his first trophy [into the press room]": the thing, not where it was carried
            thing = list(takewhile(lambda w: bare(w).lower() not in _CARRIED_TO, thing))
        if thing and (bare(thing[-1]).lower().endswith("ly") or bare(thing[-1]).lower() in PLACE_WORDS):
            return headline  # "skips the press room entirely and carries it down": "it" is no room (the trophy)
        # the thing a noun phrase ("his 1968 cavaquinho"), and the act going somewhere with it ("to Kauê")
        phrase = bool(thing) and bare(thing[0]).lower() in _HELD and len(thing) <= _HELD_WORDS
        phrase = phrase and not any(bare(w).lower() in CUT_BEFORE | PARTICLES | _THERE for w in thing)
        where = bare(words[k + 3]).lower() if k + 3 < len(words) else ""
        if not phrase or words[k + 2] != bare(words[k + 2]) or where not in CUT_BEFORE | PARTICLES | _PUT:
            return headline
        return " ".join([*words[:verb], words[k + 1], *thing, *words[k + 3 :]])
    return headline
