"""No orphans in a body: a sentence that leans on something the item never tells is rewritten or left out.

- A note that only introduces what comes next and ends on its colon with nothing after it ("Later that night, The
  Grand Stretch tattoo had happened, kind of:") is a pasted desk line, never printed (`hangs`), and before what it
  introduces it is left out (`without_intro`: "…, kind of: Cole showed everyone the ankle" → "Cole showed …"); the
  desk's own lead-in before the news ("For context on that corridor exchange: …") is the reporter's, taken off
  with the chatter (`gates`).
- A follow-up that opens on a definite thing the item has not told ("Later, the name was read out twice by the host,
  to laughter." — which name?) is left out (`orphaned`): "the" and a thing needs the thing told before it; a place,
  the room's people or the night itself ("the crowd", "the bar", "the show") needs nothing.
- A note's first word after our connective, once its introduction is gone, is lowered ("Later that night, The
  award …" → "Later that night, the award …"; never a title's: "The Glass Cage")."""

from __future__ import annotations

import re

from .lexicon import CONNECTIVE_HEAD, EVERYWHERE, ROLE_NOUNS, stem
from .places import PLACE_WORDS
from .textutil import wordset

# a note's own introduction of what follows, before its colon: "The Grand Stretch tattoo had happened, kind of: …"
_INTRO = re.compile(
    rf"^(?P<connective>(?:{CONNECTIVE_HEAD}), )?[^:“”]{{3,80}}?(?:,? (?:kind of|sort of|kinda|sorta|apparently"
    r"|basically|i guess|i think)|-ish|\bhappened|\bhappening)\s*:\s+(?=[A-Za-z])"
)


def without_intro(sentence: str) -> str:
    """A sentence without the note's introduction before its colon ("Later that night, The Grand Stretch tattoo had
    happened, kind of: Cole showed everyone the ankle." → "Later that night, Cole showed everyone the ankle.")."""
    m = _INTRO.match(sentence)
    if m is None:
        return sentence
    rest = sentence[m.end() :]
    if not m.group("connective"):
        return rest[:1].upper() + rest[1:]
    common = rest.startswith("The ") and rest[4:5].islower()  # "The award …" mid-sentence: "the award …"
    return m.group("connective") + (rest[:1].lower() if common else rest[:1]) + rest[1:]


def hangs(sentence: str) -> bool:
    """Whether a sentence ends on its colon with nothing after it and no quote in it: a note that introduced a
    line or a post the body does not print."""
    return sentence.rstrip().endswith(":") and "“" not in sentence


# "the" (or "that", "this") and a thing as a follow-up's subject: "the name was read out …", "the deal went …"
_DEFINITE_OPENING = re.compile(
    rf"^(?:{CONNECTIVE_HEAD}, )?(?:[Tt]he|[Tt]hat|[Tt]his) (?:[a-z][\w'’-]* ){{0,2}}?(?P<thing>[a-z]+)"
    r" (?=(?:was|were|had|got|went|came|did|is|are|finally|still|then|also)\b|[a-z]{3,}ed\b)"
)
# what needs nothing told before it: the room, its people, the night and what every night has
_THERE_ANYWAY = (
    PLACE_WORDS
    | EVERYWHERE
    | wordset(
        """
        room crowd audience host hosts band dj orchestra crew security staff photographers press cameras lights
        music venue hall ceremony evening party afterparty after-party queue bar line applause place whole rest
        house mic microphone organisers organizers producers director judges jury presenter presenters waiter
        waiters bouncer bouncers doorman usher ushers
        """
    )
    | wordset(ROLE_NOUNS.replace("|", " "))
)


def orphaned(paragraph: str, told_before: str) -> bool:
    """Whether a follow-up opens on a definite thing (`_DEFINITE_OPENING`: "Later, the name was read out …") that
    nothing told before it in the item names (`told_before`, the item's text before it), and that no room or night
    has anyway (`_THERE_ANYWAY`)."""
    m = _DEFINITE_OPENING.match(paragraph)
    if m is None:
        return False
    thing = m.group("thing").lower()
    if thing in _THERE_ANYWAY:
        return False
    return stem(thing) not in {stem(w) for w in re.findall(r"[a-z]+", told_before.lower())}
