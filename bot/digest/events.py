"""A moment's thing: the words two reports of one event use when they share nothing else.

A fall is reported by the one who watched her slip ("slipped on the spilled ice by the bar") and, two minutes
later, by the one who saw the catch ("grabbed her by the wrist before she hit the floor"); a blackout by a note
("power out in the main hall") and by what someone did in it ("kept playing in the dark, a phone torch over the
keys"). Their content words differ, yet each names the event's thing: a fall and what stopped it, the power and
the dark or the light that stood in for it. `same_event` says whether two reports name one such thing; the
clustering (`matching.same_moment`) asks it only of reports minutes apart that share a person or a place.
"""

from __future__ import annotations

from .lexicon import stem


def _stems(text: str) -> frozenset[str]:
    return frozenset(stem(w) for w in text.split())


# each family: the words of one kind of event, in the forms a report types them (stemmed as `night.Features` does)
FAMILIES: tuple[frozenset[str], ...] = (
    # a fall, and the hands or the floor that ended it
    _stems(
        "fall falls fell fallen falling trip tripped tripping slip slipped slipping stumble stumbled stumbling"
        " tumble tumbled tumbling topple toppled collapse collapsed faint fainted keel keeled catch caught"
        " catches catching grab grabbed steadied steady floor"
    ),
    # the power gone, the dark, and the light someone made in it
    _stems(
        "power blackout blackouts outage dark darkness pitch lights light torch torches flashlight candle candles"
        " fuse fuses generator unlit"
    ),
    # a proposal: the question, the knee it is asked on, the ring and the engagement
    _stems(
        "propose proposes proposed proposing proposal proposals engaged engagement fiance fiancee fiancé fiancée"
        " knee kneel kneeled knelt ring"
    ),
    # a shoe gone: the heel that snapped, the shoe lost on the stairs, the walk barefoot after it
    _stems("heel heels stiletto stilettos shoe shoes barefoot"),
    # someone carried: scooped up, lifted, picked up and taken somewhere in someone's arms
    _stems("carry carries carried carrying scoop scoops scooped scooping picked"),
)


def same_event_told(a: str, b: str) -> bool:
    """`same_event` of two texts' words (lower case, stemmed as the families are)."""
    return same_event(_stems(a.lower()), _stems(b.lower()))


def same_event(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two reports' content words (`Features.tokens`) both name the thing of one family of events."""
    return any(not a.isdisjoint(family) and not b.isdisjoint(family) for family in FAMILIES)
