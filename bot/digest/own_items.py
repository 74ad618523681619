"""A strong moment before a story's lead moment is an item of its own unless it truly sets it up (see
`bot.digest.stories`, step 5).

A moment the editors keyed or pinned, or with votes near the night's top (`Night.strong`), that happened before
another story's lead moment and is led by someone else (the band whose crew sang through the blackout, an hour
before its guitarist proposed) is never that story's setup or look back for sharing its people alone: it leads
its own item. It joins only when it sets the lead moment up: held for it or naming its time (`sets_up`), a promise,
a vow or a bet (`_vows`), the award result the lead moment answers, or a thing both tell in English (`subject` over
the reports the article prints: the words of a report in another language, "sa", "ng", are no thing in common; nor
what a performer carries all night, "a road case" and "a violin case", nor a body part)."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from .lexicon import BODILY
from .moments import Moment
from .scenes import things
from .threads import _CARRIED, _answers_award, _vows, sets_up


def stands_apart(lead: Moment, about: str | None, earlier: Moment, strong: bool, tz: ZoneInfo | None) -> bool:
    """Whether `earlier`, a strong moment (`strong`: `Night.strong`) before `lead` (whose story `about` leads), led
    by someone else, is an item of its own rather than a beat of `lead`'s story: it sets nothing of it up."""
    if not strong or earlier.first >= lead.first or earlier.lead is None or earlier.lead == about:
        return False
    if earlier.pin is not None and lead.pin is not None:
        return False  # (two pins: the editor's order decides, `stories`)
    return not (
        sets_up(lead, earlier, tz) or _vows(earlier) or _answers_award(lead, earlier) or _told_thing(lead, earlier)
    )


def _told_thing(lead: Moment, earlier: Moment) -> bool:
    """Whether the English reports of both moments name a thing in common (`scenes.things`), not a body part nor
    what a performer carries all night (`threads._CARRIED`)."""
    mine, theirs = _english_topic(lead), _english_topic(earlier)
    places = frozenset(r.place for r in (*lead.reports, *earlier.reports) if r.place)
    return bool(things(mine & theirs, places) - BODILY - _CARRIED)


def _english_topic(m: Moment) -> frozenset[str]:
    return frozenset().union(*(r.features().tokens for r in m.english))
