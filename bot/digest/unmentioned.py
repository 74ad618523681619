"""A sentence that still reads once a mention or a link is taken out of it (`hygiene.prose`).

A report names people the way chat does ("thanks to <@4417> for the tip", "posed with @mika and Ros Vale",
"clip at https://…"), and the article prints neither a mention nor a link. Taking out the mention alone leaves a
hole ("thanks to  for the tip", "with  and Ros Vale"); so what leaned on it goes too: an aside of its own between
commas or brackets ("…, thanks to <@4417> for the tip, and …" → "…, and …"), its place in a list ("with @mika and
Ros Vale" → "with Ros Vale"), the preposition that ended on it ("posed with @mika." → "posed."); a mention that is
a verb's or a preposition's object mid-clause is "someone" ("hugged <@12> and cried" → "hugged someone and cried").
"""

from __future__ import annotations

import re

HOLE = "\ue000"  # where a mention of a person was (a private-use character, never typed)
LINK = "\ue001"  # where a link was
_GONE = f"[{HOLE}{LINK}]"
_PREPOSITION = (
    r"(?:to|with|by|from|for|of|at|on|in|via|per|cc|thanks|thank you|h/t|ht|beside|behind|alongside|and|featuring|"
    r"ft\.?|feat\.?|here|see|link|pic|pics|photo|video|clip|source)"
)
# an aside between commas or brackets that leans on what was taken out ("…, thanks to ⟨⟩ for the tip,")
_ASIDE = re.compile(
    rf"(?:,\s*|\s*\()[^,()]{{0,40}}?\b{_PREPOSITION}:?\s*{_GONE}[^,()]{{0,30}}?(?=\s*[,)]|[.!?;:]|$)\)?"
)
# its place in a list of names: "⟨⟩ and Ros Vale", "Ros Vale and ⟨⟩", "⟨⟩, Ros Vale" (not "hugged ⟨⟩ and cried")
_LISTED_FIRST = re.compile(rf"{_GONE}\s*(?:,|and|&)\s+(?=[A-Z])")
_LISTED_LAST = re.compile(rf"(\b[A-Z][\w'’-]*),?\s+(?:and|&)\s+{_GONE}")
# the preposition that ended on it ("posed with ⟨⟩.", "video here: ⟨⟩")
_ENDED = re.compile(rf"\s+{_PREPOSITION}:?\s*{_GONE}(?=\s*(?:[.!?;)]|$))", re.IGNORECASE)
_OBJECT = re.compile(rf"(?<=[a-z]) +{HOLE}(?= +[a-z]| *[,;])")
_LEFT = re.compile(rf"\s*{_GONE}\s*")


def mended(text: str) -> str:
    """`text` with its holes (`HOLE`, `LINK`) taken out and what leaned on them with them (see the module)."""
    if HOLE not in text and LINK not in text:
        return text
    text = _LISTED_LAST.sub(r"\1", _LISTED_FIRST.sub("", text))
    text = _ASIDE.sub("", text)
    text = _ENDED.sub("", text)
    text = _OBJECT.sub(" someone", text)  # an object mid-clause
    return _LEFT.sub(" ", text)
