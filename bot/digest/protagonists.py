"""Who heads a moment and what of theirs (issue 11, round 14): the person it is about, never a helper whose act is a
service done for them ("DJ Kwesi Changes the Song for Pastor Amankwa", "Barber Kenji Aoki Holds the Mirror":
`actor_with_role`, `done_for`, `another`, read by `headlines._not_the_helper`), a fall answered by someone the reports
do not name told with the catch (`caught_unnamed`: "A Busboy Catches Ines Balto as She Trips on the Terrace Steps"),
a short headline taken on to what its clause concerned (`taken_further`), and what someone did instead of a thing
they did not do (`what_instead`)."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence

from .cutting import MAX_LEN, MIN_LEN, TARGET_LEN
from .headline_check import problem
from .headline_reading import tense
from .headline_score import actor, flat
from .payoff import MISHAPS, verb_base
from .refusals import instead, list_tail, negated, sent_in_their_place
from .textutil import fold, unpossessive
from .turns import unnamed_answer
from .verbs import base_form

_ARTICLES = ("a", "an", "the")
_ROLE_WORDS = 3  # "the barman", "the young sommelier"


def actor_with_role(headline: str, names: Sequence[str]) -> tuple[str, str]:
    """`actor`, with a role word before the name ("Barber Kenji Aoki", "Stagehand Ivo Lenz") its subject's, and an
    unnamed role's ("The barman pours Kobina Asare a shot": "The barman", "pours")."""
    role, _, rest = headline.partition(" ")
    words = headline.split()
    if role.lower() in _ARTICLES:  # (before `actor`, which reads "The barman pours Kobina Asare" as one subject)
        at = next((k for k in range(2, _ROLE_WORDS + 1) if k < len(words) and tense(words[k]) == "present"), None)
        if at is not None and all(w.islower() for w in words[1:at]):
            return " ".join(words[:at]), words[at]
    who, verb = actor(headline, names)
    if who or not role.isalpha() or not role[:1].isupper() or not (named := actor(rest, names))[0]:
        return who, verb
    return f"{role} {named[0]}", named[1]


def done_for(headline: str, who: str, names: Sequence[str]) -> bool:
    """Whether a candidate's act, after its subject `who`, is done "for" another of `names` ("… Changes the Song for
    Kwabena Amankwa-Boateng"); never a thing given them ("Composer Teo Bali Offers Vee Adjei a Studio Day": the
    answer to her song is the payoff)."""
    rest = fold(headline[len(who) :])
    return any(n != who and f" for {fold(n)}" in rest for n in names)


def another(who: str, helper: str) -> bool:
    """Whether `who` (an acting subject, "Kit Ames", "Kit Ames's") is a person other than `helper` ("Barber Bo
    Lind")."""
    person = unpossessive(who)
    return not helper.endswith(person) and not person.endswith(helper)


_CAUGHT_PRONOUN = re.compile(r"\band (?:a|an|the) (?:[a-z-]+ ){1,3}?[a-z]+s (him|her)$")


def caught_unnamed(
    passing: list[str], candidates: list[str], names: Sequence[str], gender: Mapping[str, str]
) -> tuple[list[str], set[str]]:
    """A passing fall told with its answer by someone unnamed (`turns.unnamed_answer`), that passes the gate, and the
    falls it answers (which lose to it, as `_answered_mishaps`' do)."""
    acts = {h: actor(h, names) for h in passing}
    fallen = {who for who, verb in acts.values() if who in names and verb_base(verb) in MISHAPS}
    if len(fallen) != 1:
        return [], set()
    who = next(iter(fallen))
    falls = [h for h, (w, v) in acts.items() if w == who and verb_base(v) in MISHAPS]
    if gender.get(who) not in ("he", "she"):  # "… slips on the wet floor and a doorman catches her": a "she"
        glued = (_CAUGHT_PRONOUN.search(c) for c in candidates if c.startswith(who + " "))
        said = {m.group(1) for m in glued if m is not None}
        # "a roadie catches Lena Brandt before she hits the floor": the "she" of the answer's time clause
        after = (re.search(rf"{re.escape(who)} (?:before|as|when|while|just as) (he|she)\b", c) for c in candidates)
        said |= {"her" if m.group(1) == "she" else "him" for m in after if m is not None}
        gender = {**gender, who: "she" if said == {"her"} else "he"} if len(said) == 1 else gender
    told = [t for t in unnamed_answer(falls, candidates, who, gender, MAX_LEN) if problem(t, names) is None]
    return [t for t in told if t not in passing], (set(falls) if told else set())


def taken_further(best: str, passing: list[str]) -> str:
    """A headline under `cutting.MIN_LEN` told with what its clause goes on to say (its object, its manner, whom it
    concerned: "Ama Boateng Performs Her Whole Set" → "… Performs Her Whole Set in Her Grandmother's Sandals"), the
    longest passing candidate that goes on from it within `cutting.TARGET_LEN`; as it is when none does."""
    if len(best) >= MIN_LEN:
        return best
    further = [h for h in passing if h.casefold().startswith(best.casefold() + " ") and len(h) <= TARGET_LEN]
    return max(further, key=len) if further else best


def what_instead(best: str, text: str, names: Sequence[str], lead: str | None, write: Callable[[str], str]) -> str:
    """A headline telling what the lead did not do ("Wren Ito Does Not Go to the Press Room After Her Win") replaced
    by one of what they did instead, when the report goes on to say it (`refusals.instead`: "… she walked to the
    kitchen and knelt to hand the statuette to the cook who raised her" → "Wren Ito Hands the Statuette to the Cook
    Who Raised Her"), a headline that passes and says no "not" itself; as it is otherwise."""
    if lead is None or not negated(best, lead) or (then := instead(text, lead)) is None:
        return best
    # what the list of what they did builds to ("… Goes to the Loading Bay and Weeps", never "Shakes the Winner's
    # Hand"), the clause, or whom they sent and what for ("Sends His Mum [to Collect His Award]")
    for told in (sent_in_their_place(text, then), then, list_tail(then, lead)):
        done = write(told) if told else ""
        if done and told == then and not _tells_last(done, then):
            continue  # ("… Shakes the Winner's Hand" cut from "…, went to the loading bay and wept")
        if done and problem(done, names) is None and not flat(done, names) and not negated(done, lead):
            return done
    return best


def _tells_last(headline: str, clause: str) -> bool:
    """Whether a headline tells its clause's last predicate, when the clause is a list ("hugged the winner, walked out
    to the car park and sobbed": "… and Sobs"); True for a clause that is no list."""
    tail = list_tail(clause, "")
    if tail is None:
        return True
    last = clause.rstrip(".!? ").split()[-1].lower()
    stem = base_form(last) or last
    return stem[: max(3, len(stem) - 1)] in headline.lower()
