"""A written headline over the house's length (`cutting.TARGET_LEN`, EDITORIAL's 75 characters) made shorter by the
words a desk strikes first, each only while it is still too long, the act and its people never touched (round 41:
"Levon Aghababyan Jr. Unhooks Both Ropes Around His Late Father's 1962 Estonia Grand", 83 characters; "… Finds the
Initials She Scratched Into the Dressing-Room Mirror Frame", 87):

- a year set before a noun as its modifier ("His Late Father's 1962 Estonia Grand" → "… Estonia Grand"; never a
  year after "in", "since", "of" or "from", which says when: "… Scratched in 1971");
- "both" before a plural ("Unhooks Both Ropes" → "Unhooks the Ropes");
- a compound modifier written with a hyphen before the noun it modifies ("the Dressing-Room Mirror Frame" → "the
  Mirror Frame").

A headline within the length is never touched; a trimmed one is returned even when still over (shorter is better)."""

from __future__ import annotations

import re

from .cutting import TARGET_LEN

_YEAR_MODIFIER = re.compile(r"(?<!\b[Ii]n)(?<!\b[Ss]ince)(?<!\b[Oo]f)(?<!\b[Ff]rom) (?:19|20)\d\d(?= [A-Za-z])")
_BOTH = re.compile(r"(?<= )[Bb]oth (?=[A-Z][a-z]+s\b)")
_HYPHEN_MODIFIER = re.compile(
    r"(?<= )(?P<article>[Tt]he|[Hh]is|[Hh]er|[Tt]heir) [A-Z][a-z]+-[A-Z][a-z]+ (?=[A-Z][a-z]+)"
)
_STEPS: tuple[tuple[re.Pattern[str], str], ...] = (
    (_YEAR_MODIFIER, ""),
    (_BOTH, "the "),
    (_HYPHEN_MODIFIER, r"\g<article> "),
)


def trimmed(headline: str) -> str:
    """`headline` with the words above struck, one kind at a time, while it runs over TARGET_LEN (see the module)."""
    for pattern, replacement in _STEPS:
        if len(headline) <= TARGET_LEN:
            break
        if "“" in headline:
            break  # (a quote's words are the speaker's: never struck)
        headline = pattern.sub(replacement, headline)
    return headline
