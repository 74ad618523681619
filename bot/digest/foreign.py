"""Words of another language in a headline's source: a clause that has one is never a headline's ("Sol Marinho Keeps
Their Word and Cantou Fado No Foyer"). A headline is title-cased, so which of its words are another language's is
read from the copy it was written from, where they are in lower case: a function word of another language only
(`language.other_language_words`: "y", "el", "nahi", two in a sentence), a letter English does not use or a Romance
gerund (`prose.foreign_word`: "você", "gritando"), or a Portuguese past ("cantou", "dançou", "subiu", "cantaram").
One such word is enough in a headline, which has ten words; a sentence of the body needs two (`prose`). A title in
quotes is never read: its words are the song's or the film's ("Sings 'Snijeg Pade Na Behar' Under …")."""

from __future__ import annotations

import re
from collections.abc import Iterable

from .clauses import sentences
from .language import LANGUAGE_WORD, other_language_words
from .prose import foreign_word
from .quoted import TITLE_QUOTED
from .textutil import fold, wordset

_PORTUGUESE_PAST = re.compile(r"[a-zç]{2,}(?:ou|iu|aram|eram|iram)")  # "cantou", "dançou", "subiu", "cantaram"
_ENGLISH_LIKE = wordset("you thou bayou caribou marabou bijou creme brulee rose jalapeno pinata deja facade naive")


_MIXED = 2  # function words of another language in one sentence that make it mixed ("ten", "en La Luna": one)


def _loanword(word: str) -> bool:
    """Whether a word's only letter English does not use is one "é" in an English shape ("canapés", "sautéed",
    "matinée", "purée"): an English loanword from French, never a Portuguese "também" or "até"."""
    odd = [c for c in word if not c.isascii()]
    return odd == ["é"] and len(word) >= _LOANWORD_LEN and not word.endswith(("ém", "éns", "é"))


_LOANWORD_LEN = 5


def _foreign(word: str, mixed: bool) -> bool:
    if not word[:1].islower() or fold(word) in _ENGLISH_LIKE:
        return False
    if not mixed and _loanword(word):
        return False  # "… Eats the Whole Tray of Canapés": one French letter in an English sentence
    if mixed and other_language_words(word) > 0:
        return True
    return foreign_word(word) or _PORTUGUESE_PAST.fullmatch(word) is not None


def foreign_words(texts: Iterable[str], names: Iterable[str] = ()) -> frozenset[str]:
    """The folded words of `texts` written in lower case that are another language's: a function word of another
    language only in a sentence that has two ("… clapping en el pasillo"; never "ten minutes", "the bar en La Luna"),
    any word with a letter English does not use, a Romance gerund or a Portuguese past; never a word of one of
    `names` (the "thô" of "Ông Bí-thô" is his name's)."""
    own = {fold(w) for n in names for w in LANGUAGE_WORD.findall(n)}
    found: set[str] = set()
    for t in texts:
        for s in sentences(t):
            mixed = other_language_words(s) >= _MIXED  # (the title's words count: "a verse o 'The Barnyards o …' an")
            found |= {fold(w) for w in LANGUAGE_WORD.findall(_TITLES.sub(" ", s)) if _foreign(w, mixed)}
    return frozenset(found - own)


def speaks_foreign(headline: str, foreign: frozenset[str]) -> bool:
    """Whether a headline says one of the `foreign` words (`foreign_words` of the copy it was written from) outside
    a title in quotes."""
    return bool(foreign) and any(fold(w) in foreign for w in LANGUAGE_WORD.findall(_TITLES.sub(" ", headline)))


# a title or a line in quotes ("sang 'Snijeg pade na behar' under a stagehand's umbrella"): its words are its own,
# never the clause's ("… Sings 'Snijeg Pade Na Behar' Under a Stagehand's Umbrella" is an English headline)
_TITLES = re.compile(rf"“[^“”]*”|\"[^\"]*\"|{TITLE_QUOTED}")
