"""A written headline over the house's length (`cutting.TARGET_LEN`, EDITORIAL's 75 characters) made shorter by the
words a desk strikes first, each only while it is still too long, the act and its people never touched (round 41:
"Levon Aghababyan Jr. Unhooks Both Ropes Around His Late Father's 1962 Estonia Grand", 83 characters; "… Finds the
Initials She Scratched Into the Dressing-Room Mirror Frame", 87):

- a year set before a noun as its modifier ("His Late Father's 1962 Estonia Grand" → "… Estonia Grand"; never a
  year after "in", "since", "of" or "from", which says when: "… Scratched in 1971");
- "both" before a plural ("Unhooks Both Ropes" → "Unhooks the Ropes");
- a compound modifier written with a hyphen before the noun it modifies ("the Dressing-Room Mirror Frame" → "the
  Mirror Frame");
- the way out of somewhere before where a movement went (`routed`: "Walks Straight Out of the Wings Into the
  Courtyard Fountain" → "Walks Into the Courtyard Fountain");
- the part of a song before the song ("Sings the Opening Line of Her Winning Bayatı-Şiraz" → "Sings Her Winning
  Bayatı-Şiraz", round 42).

A headline within the length is never touched; a trimmed one is returned even when still over (shorter is better)."""

from __future__ import annotations

import re

from .cutting import TARGET_LEN

_YEAR_MODIFIER = re.compile(r"(?<!\b[Ii]n)(?<!\b[Ss]ince)(?<!\b[Oo]f)(?<!\b[Ff]rom) (?:19|20)\d\d(?= [A-Za-z])")
_BOTH = re.compile(r"(?<= )[Bb]oth (?=[A-Z][a-z]+s\b)")
_HYPHEN_MODIFIER = re.compile(
    r"(?<= )(?P<article>[Tt]he|[Hh]is|[Hh]er|[Tt]heir) [A-Z][a-z]+-[A-Z][a-z]+ (?=[A-Z][a-z]+)"
)
# the way out of somewhere before where a movement went ("Walks Straight Out of the Wings Into the Courtyard
# Fountain"): where it went is the act
_ROUTE = re.compile(
    r"(?<= )(?:(?:[Ss]traight|[Rr]ight) )?(?:[Oo]ut of|[Oo]ff|[Ff]rom) (?:the|[Hh]is|[Hh]er|[Tt]heir) "
    r"(?:[A-Z][\w'’-]* ){1,2}(?=(?:[Ii]nto|[Oo]nto|[Tt]hrough) )"
)


# the part of a song sung, before the song ("Sings the Opening Line of Her Winning Bayatı-Şiraz" → "Sings Her Winning
# Bayatı-Şiraz"): the song is the act
_PART_OF_SONG = re.compile(
    r"(?:(?<=\bSings )|(?<=\bPlays )|(?<=\bHums ))(?:the|a) (?:(?:Opening|First|Last|Final|Second) )?"
    r"(?:Line|Lines|Verse|Chorus|Bars?) "
    r"[Oo]f (?=\S)"
)


_STEPS: tuple[tuple[re.Pattern[str], str], ...] = (
    (_YEAR_MODIFIER, ""),
    (_BOTH, "the "),
    (_HYPHEN_MODIFIER, r"\g<article> "),
    (_ROUTE, ""),
    (_PART_OF_SONG, ""),
)


def routed(headline: str) -> str:
    """A movement's headline without the way out of where it began, when it says where it went ("Walks Straight
    Out of the Wings Into the Courtyard Fountain" → "Walks Into the Courtyard Fountain")."""
    return _ROUTE.sub("", headline)


def trimmed(headline: str) -> str:
    """`headline` with the words above struck, one kind at a time, while it runs over TARGET_LEN (see the module)."""
    for pattern, replacement in _STEPS:
        if len(headline) <= TARGET_LEN:
            break
        if "“" in headline:
            break  # (a quote's words are the speaker's: never struck)
        headline = pattern.sub(replacement, headline)
    return headline
