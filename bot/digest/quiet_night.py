"""A quiet night: when no moment could lead an item, a real event that had no votes (a full sentence with a verb,
about someone: "Nia smuggled a puppy into the green room in her handbag") is told rather than left out as filler,
so the digest is not "Zero things you didn't see". On a night with something better, such a moment still fills a
place the digest would leave empty (five asked, three told) when it is a full act told in some detail, five content
words ("Lizzo played flute for the cleaning crew in the empty upper tier", `fills_count`), never a bare "Harry Styles
arrived." nor "checked a reflection in a fire extinguisher": the count asked is kept whenever the night has the
moments (issue 11 §2), and the preview names the filler it left out when it is short (`compiler._left_out`). Filler
with nothing happening in it is what a night with anything better leaves out; on a night with nothing else it is the
news."""

from __future__ import annotations

import re

from .clauses import sentences
from .hygiene import prose
from .moments import Moment
from .payoff import news_weight
from .polish import verbless
from .verbs import is_past_verb


def happened(m: Moment) -> bool:
    """Whether the moment's speaking report, in English, tells something that happened: a sentence with a verb
    (`polish.verbless`) other than "to be" about someone named, not a note of who was where ("Nia Okoro at the
    bar."), of how things stood ("The bar queue is long.") nor of the room's background ("Ushers handing out
    programmes.")."""
    if not m.english or not m.people:  # (about nobody: the room's background, "Ushers handing out programmes.")
        return False
    text = prose(m.speaker.sighting.what)
    names = frozenset(w for k in m.people for w in k.split())
    # (a state is no event: "Bar queue is long.", "Red carpet was open." have no verb but "to be")
    return bool(text) and not all(verbless(_BE.sub(" ", s), names) for s in sentences(text))


_BE = re.compile(r"(?i)\b(?:is|are|was|were|be|been|being|am)\b|(?<=\w)'s\b")


def may_fill(m: Moment) -> bool:
    """Filler that may still lead an item on a night where nothing else can: not dropped nor junk, told in
    English, and an event (`happened`)."""
    return m.told_filler and not m.dropped and not m.junk and m.tellable and happened(m)


def filler_left(m: Moment) -> bool:
    """Filler with nothing happening in it, left out ("Nia Okoro at the bar."): the editor's preview names it when
    the digest tells nothing (`compiler._left_out`), so an empty digest is never left unexplained."""
    return m.told_filler and not m.dropped and not m.junk and m.tellable and not happened(m)


FILL_WORDS = 5  # content words (names aside) a filler's sentence needs to fill an empty place beside better moments
ACT_AND_AFTER_WORDS = 3  # ... or when it tells an act and what followed (`_act_and_after`; places' words aside)


def fills_count(m: Moment) -> bool:
    """Filler that may lead an item on a night with other items, when the digest is short of its count: an event
    (`may_fill`) told in a sentence of some substance, FILL_WORDS content words at least: an act and what it is
    about in some detail, not "Harry Styles arrived." nor "asked where the nearest kettle was"; or a sentence whose
    person does something that changes things (`_changes_things`: "Tyler, The Creator tripped on the stairs of the
    stage and laughed it off", a fall is news however few its words); or ACT_AND_AFTER_WORDS when it tells an act and
    what followed it (`_act_and_after`: "slipped on the riser steps and shrugged it off", the steps a place's word)."""
    if not may_fill(m) or _participle_note(m):
        return False
    words = len(m.speaker.features().tokens)
    return words >= FILL_WORDS or _changes_things(m) or (words >= ACT_AND_AFTER_WORDS and _act_and_after(m))


def _changes_things(m: Moment) -> bool:
    """Whether the speaking report's first sentence opens on its person and a verb of an act that changes something
    (`payoff.news_weight`: falls, drops, kisses, gives, proposes), not a chore ("checked a reflection", "signed a
    programme") nor a scene ("ate a cold slice of pizza")."""
    names = {w.strip(_EDGE) for k in m.people for w in k.split()}
    said = sentences(prose(m.speaker.sighting.what))
    words = [w.strip(_EDGE) for w in said[0].split()] if said else []
    k = 0
    while k < len(words) and words[k].casefold() in names:
        k += 1
    if k == 0 or k >= len(words) or not words[k].islower():
        return False
    return news_weight(words[k], words[k + 1] if k + 1 < len(words) else "") >= 1


_EDGE = ",.;:!?\"'“”‘’()"


def _act_and_after(m: Moment) -> bool:
    """Its text tells its person's act and what they did next, two verbs in the past joined by "and" ("Nell Vance
    slipped on the riser steps and shrugged it off"): a mishap and its end, in fewer content words than FILL_WORDS,
    is as full as a longer single act ("checked a reflection in a fire extinguisher" is one act, no next)."""
    names = {w.strip(_MARKS) for k in m.people for w in k.split()}
    words = [w.strip(_MARKS).casefold() for w in prose(m.speaker.sighting.what).split()]
    rest = [w for w in words if w and w not in names]
    if not rest or not is_past_verb(rest[0]):
        return False
    return any(w == "and" and k + 1 < len(rest) and is_past_verb(rest[k + 1]) for k, w in enumerate(rest[1:], 1))


_MARKS = ",.;:!?\"'“”‘’"


def _participle_note(m: Moment) -> bool:
    """Its text opens on its person and a participle, a note rather than a sentence ("Lotte Brink wearing a jacket
    made of old keyboards."): never printed as an item of its own beside better moments."""
    names = {w for k in m.people for w in k.split()}
    words = [w.strip(",.;:!?\"'“”‘’").casefold() for w in prose(m.speaker.sighting.what).split()]
    rest = [w for w in words if w and w not in names]
    return bool(rest) and len(rest[0]) > 4 and rest[0].endswith("ing")
