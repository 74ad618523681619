"""No orphans in a body: a sentence that leans on something the item never tells is rewritten or left out.

- A note that only introduces what comes next and ends on its colon with nothing after it ("Later that night, The
  Grand Stretch tattoo had happened, kind of:") is a pasted desk line, never printed (`hangs`), and before what it
  introduces it is left out (`without_intro`: "…, kind of: Cole showed everyone the ankle" → "Cole showed …"); the
  desk's own lead-in before the news ("For context on that corridor exchange: …") is the reporter's, taken off
  with the chatter (`gates`).
- A follow-up that opens on a definite thing the item has not told ("Later, the name was read out twice by the host,
  to laughter." — which name?) is left out (`orphaned`): "the" and a thing needs the thing told before it; a place,
  the room's people or the night itself ("the crowd", "the bar", "the show") needs nothing.
- A costume part someone is "in" that no sentence told ("flipping burgers in her feathers": what feathers?) is told
  as the garment another report of the item names ("in her feathered gown"), else cut with its phrase, unless the
  sentence cannot stand without it ("She was in her feathers.") (`costume_explained`).
- A note's first word after our connective, once its introduction is gone, is lowered ("Later that night, The
  award …" → "Later that night, the award …"; never a title's: "The Glass Cage")."""

from __future__ import annotations

import re
from collections.abc import Callable

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


# a part of a costume in someone's possession, never a thing everyone wears ("in her feathers", "in his sequins": what
# feathers?); "in his socks", "in her heels" need no telling
_COSTUME_PARTS = wordset("feathers sequins wings horns antlers rhinestones spikes tassels fringes ruffles plumes")
_OWNED_PART = re.compile(
    r"(?:,\s+|\s+)(?:still\s+)?in (?P<owner>his|her|their) (?P<part>" + "|".join(sorted(_COSTUME_PARTS)) + r")\b"
    r"(?=\s*[,.;!?]|\s+(?:and|again|as|while|with|at|on|by)\b|$)"
)
_PARTED = re.compile(r"\b(?P<made>[a-z]+(?:ed|ing)) (?P<garment>[a-z]{3,})\b")


def costume_explained(paragraph: str, reports: Callable[[], str]) -> str:
    """`paragraph` with each costume part someone is "in" told as the garment another report of the item names ("in
    her feathers" → "in her feathered gown", when a report says "a feathered gown"), else without the phrase ("…
    flipping burgers in her feathers." → "… flipping burgers."): a reader was never told of the feathers. `reports`:
    the item's reports' texts in lower case, asked for only when a paragraph has such a phrase. A phrase the sentence
    cannot stand without ("She was in her feathers.") stays unless it can be told."""
    if " in " not in paragraph or _OWNED_PART.search(paragraph) is None:
        return paragraph
    texts = reports()

    def told(m: re.Match[str]) -> str:
        root = m.group("part")[:-1].rstrip("e") if m.group("part").endswith("s") else m.group("part")
        for made in _PARTED.finditer(texts):
            if made.group("made").startswith(root[:5]) and made.group("garment") not in _COSTUME_PARTS:
                lead = m.group(0)[: m.group(0).index("in ")]
                return f"{lead}in {m.group('owner')} {made.group('made')} {made.group('garment')}"
        before = m.string[: m.start()].rsplit(None, 1)
        return m.group(0) if before and before[-1].lower() in _BEING else ""

    return _OWNED_PART.sub(told, paragraph)


_BEING = wordset("was were is are been being")
