"""One act told once inside a moment: another correspondent's opening sentence that retells it in other words.

Reports of one moment (`moments`) are told from the one that speaks for it; the others give only what it lacks
(`copying._told_reports`). Their content words are no test of that when a second correspondent tells the same act
in other words: "Dara Quinn caught his boot on a monitor cable and fell flat on his back" and "Dara Quinn went down
hard on the stage mid-speech after tripping over a lead" share hardly a word, yet the second is the same fall. A
report's first sentence tells its moment (that is why it was clustered there); when its subject is the person whose
act the told report's first sentence tells, and it names the same thing (two things both name, or the thing of one
kind of event: a fall and a trip, `events.same_event`), it is that act again, never a second one ("Later, …" or a
repeat), and only a fact it adds (someone not named yet, a number not given) may be taken from it. The same person's
other act in the moment ("Cass Vane crosses out her speech notes and hands them to a fan" beside her trophy carried
out of the stage door) is hers to tell. The same act told from its other side (its subject the one it happened to,
or a thing, naming the one who acts: "Marisol Ibáñez's heel snapped … and Tomás Ferreira carried her") is it again
too (`retells_from_the_side`), and so is a later sentence of such a report whose subject is the one who acts and
that names the same kind of event (`act_told_again`).
"""

from __future__ import annotations

from .acts import actor
from .events import same_event, same_event_told
from .night import Report
from .scenes import things
from .textutil import fold
from .verbs import looks_like_verb

SAME_THINGS = 2  # two reports of one person's act naming this many things in common tell the same act


def retells_act(r: Report, chosen: Report) -> bool:
    """Whether report `r`'s first sentence tells the act report `chosen` (the one speaking for their moment) tells:
    another correspondent's, its subject the same person as `chosen`'s, naming the same thing ("Dara Quinn went down
    hard … after tripping over a lead" beside "Dara Quinn caught his boot … and fell flat"). Another person's act in
    the moment ("Her grandfather wept …") is not, nor the same person's other act."""
    if r is chosen or r.reporter == chosen.reporter:
        return False
    mine = actor(r)
    if mine is None or mine != actor(chosen):
        return False
    return _same_things(r, chosen)


def retells_from_the_side(r: Report, chosen: Report) -> bool:
    """Whether report `r`'s first sentence tells the act `chosen` tells from another side: another correspondent's,
    its subject someone else (or a thing), naming the one who acts in `chosen` and the same things ("Marisol Ibáñez's
    heel snapped … and Tomás Ferreira carried her up", "Mari Ibanez lost a shoe on the stairs. Ferreira picked her
    up" beside "Tomás Ferreira carried the presenter up the last six steps after her shoe broke"): nothing of it is
    told again but someone or a number it adds."""
    if r is chosen or r.reporter == chosen.reporter:
        return False
    doer = actor(chosen)
    return doer is not None and actor(r) != doer and doer in r.names and _same_things(r, chosen)


def _same_things(r: Report, chosen: Report) -> bool:
    """Whether two reports name the thing of one kind of event, or SAME_THINGS things in common."""
    ours, theirs = r.features().tokens, chosen.features().tokens
    if same_event(ours, theirs):
        return True
    places = frozenset(p for p in (r.place, chosen.place) if p)
    return len(things(ours, places) & things(theirs, places)) >= SAME_THINGS


def act_told_again(sentence: str, told: str, doer: frozenset[str]) -> bool:
    """Whether a later sentence of a report that retells the told act (`retells_act`, `retells_from_the_side`) is
    that act once more: its subject the one who acts in it (a word of `doer`'s names), naming the thing of the same
    kind of event (`events.same_event`: "Mari Ibanez lost a shoe on the stairs. Ferreira picked her up like it was
    nothing" beside "Tomás Ferreira carried the presenter up the last six steps"), never what came after it ("He
    laughed it off.", "The room cheered.")."""
    first = sentence.split(" ", 1)[0]
    return bool(doer) and fold(first).strip(",.").lower() in doer and same_event_told(sentence, told)


def retells_unnamed(r: Report, chosen: Report) -> bool:
    """Whether report `r`'s first sentence tells the act `chosen` tells of its named person, with someone not named
    for its subject ("A presenter went over the lip of the stage mid-tribute and the bassist Juniper Hale caught him"
    beside "Rafferty Quill fell off the front of the stage during the tribute"): another correspondent's, naming
    the same thing; only what it adds after "and" may be taken from it (`copying._new_in_tail`)."""
    if r is chosen or r.reporter == chosen.reporter or actor(chosen) is None:
        return False
    words = r.sighting.what.split()[:5]
    if not words or words[0] not in ("A", "An"):
        return False  # (not "The presenter": someone the night may know)
    if not any(
        words[k].islower() and looks_like_verb(words[k], after_name=True) and all(w.isalpha() for w in words[1:k])
        for k in range(2, min(5, len(words)))
    ):
        return False  # (who it is, in a word or three, then a verb: a clause)
    ours, theirs = r.features().tokens, chosen.features().tokens
    if same_event(ours, theirs):
        return True
    places = frozenset(p for p in (r.place, chosen.place) if p)
    return len(things(ours, places) & things(theirs, places)) >= SAME_THINGS
