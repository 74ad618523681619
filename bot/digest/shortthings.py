"""A thing of three letters two moments both name ("a small wooden box" hours before "opened the box", "his cap"):
`scenes.things` keeps words of four letters or more (a short word is as often a name, "Pia", or a verb, "ran"), so a
word of three is a thing of the story only when both moments name it as one, after an article or a possessive (two
words between at most), and it is no everyday word, body part or place's word. Read by `threads.subject`."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from .lexicon import BODILY, DETERMINER_PATTERN, EVERYDAY
from .moments import Moment
from .places import PLACE_WORDS

_NOT_SHORT_THING = EVERYDAY | BODILY | PLACE_WORDS


def short_things(shared: Iterable[str], a: Moment, b: Moment) -> frozenset[str]:
    """The words of three letters of `shared` (words both moments use) that both name as a thing."""
    short = [w for w in shared if len(w) == 3 and w not in _NOT_SHORT_THING]
    if not short:  # (most pairs: no regular expression asked)
        return frozenset()
    return frozenset(w for w in short if _as_thing(w, a) and _as_thing(w, b))


@lru_cache(maxsize=4096)
def _thing_pattern(word: str) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{DETERMINER_PATTERN})\s+(?:[a-z'-]+\s+){{0,2}}{word}(?:es|s)?\b", re.IGNORECASE)


def _as_thing(word: str, m: Moment) -> bool:
    """Whether a moment's English text names `word` as a thing: after an article or a possessive, two words between
    at most ("a small wooden box", "his cap")."""
    pattern = _thing_pattern(word)
    return any(pattern.search(r.sighting.what) for r in m.english)
