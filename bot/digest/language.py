"""Which language a correspondent wrote in, cheaply and deterministically: is this report English?

The article is written in English. A report in another language can make a moment stronger (it corroborates
and is credited) but its words are never printed. The test is deliberately small: the script (CJK, Hangul,
Cyrillic, Greek, Arabic, Hebrew, Devanagari, Thai… are not English), then, for Latin script, how many of the
text's words are function words of English and of each of a few languages correspondents write in (Spanish,
Dutch, Polish, French, German, Portuguese, Italian, the Scandinavian languages), with letters and marks that
only those languages use (ł, ñ, ¿, ß…) as a tie-breaker. A text with no telling word at all ("POWER CUT.",
"Soaked.") counts as English: it is judged by what it says, not by what it lacks.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .textutil import fold, wordset

ENGLISH = "en"
UNKNOWN = "und"  # no telling word: read as English
OTHER_SCRIPT = "other"

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
# distinctive function words, lower case; a word several languages share counts for each of them
FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "en": wordset(
        """
        the a an and of to in is was were are with for on at her his their she he they it this that just from
        by who has had have be been not but so up out off into after before over all one still back says said
        because when what as about every than then only now my your our me i we you its there here got get did
        do does don't can't won't it's she's he's i'm they're what's while through again anyway very no i've i'd
        i'll you're we're let's that's there's isn't wasn't didn't doesn't couldn't wouldn't
        """
    ),
    "es": wordset(
        """
        el la los las un una unos unas y de del en con por para que se su sus al lo le les es está están son muy
        pero como más ya sin también esta este hay fue ella él ellos nos todo todos sí otra otro vez dijo dice
        cuando donde porque sobre entre hasta desde nada mientras aquí ahora después antes le mi tu
        """
    ),
    "nl": wordset(
        """
        de het een en van op met voor aan bij niet ook maar nog al zijn werd wie wat dat die deze dit er naar om
        te uit zij hij ze we je z'n heeft hebben geen wel net nu toch even echt ja alleen meteen komt staat gaat
        nog hele zich mee
        """
    ),
    "pl": wordset(
        """
        i w na z ze do się nie to jak że po o od jest są był była było dla za przez jej jego ich ale już tylko
        bardzo tak także też gdy kiedy które który która potem wszyscy wszystkich jeszcze
        """
    ),
    "fr": wordset(
        """
        le la les un une des du de et en est c'est dans pour pas que qui sur au aux avec ce cette il elle ils
        elles je tu nous vous mon ma mes son sa ses comme mais ou plus très tout
        """
    ),
    "de": wordset(
        """
        der die das und ist nicht ein eine mit auf für von zu im dem den des sich auch es sie er ich wir ihr
        aber noch nur wie war bei aus nach wird sind
        """
    ),
    "pt": wordset(
        """
        o os a as um uma e do da dos das em no na nos nas com por para que não se é ao mais mas muito ela ele
        """
    ),
    "it": wordset("il lo la gli le un una e di da in con su per che non è del della dei ma come anche più sono"),
    "nordic": wordset("og er jeg det en et at på med til som ikke den har de af för och är inte jag helt men var"),
}
_LANGUAGES_OF: dict[str, tuple[str, ...]] = {}
for _lang, _words in FUNCTION_WORDS.items():
    for _w in _words:
        _LANGUAGES_OF[_w] = (*_LANGUAGES_OF.get(_w, ()), _lang)
# letters and marks that English text does not use (names are left out before these are counted)
_MARKS = {
    "es": "ñ¿¡",
    "pl": "łąęśźżćń",
    "de": "ß",
    "nordic": "øæå",
    "fr": "œç",
    "pt": "ãõ",
}
_OTHER_SCRIPTS = re.compile(
    "[\u0370-\u03ff\u0400-\u04ff\u0590-\u05ff\u0600-\u06ff\u0900-\u097f\u0e00-\u0e7f"
    "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]"
)


@lru_cache(maxsize=8192)
def language_of(text: str, leave_out: frozenset[str] = frozenset()) -> str:
    """ "en", a language code, `OTHER_SCRIPT` (mostly letters English does not use), or `UNKNOWN` (nothing
    telling, read as English). `leave_out`: folded words not to count (the names of the people a report names)."""
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return UNKNOWN
    if not text.isascii() and len(_OTHER_SCRIPTS.findall(text)) * 2 >= len(letters):
        return OTHER_SCRIPT
    found = _WORD.findall(text.lower().replace("’", "'"))
    if leave_out:
        found = [w for w in found if (w if w.isascii() else fold(w)) not in leave_out]
    scores = dict.fromkeys(FUNCTION_WORDS, 0)
    for w in found:
        for lang in _LANGUAGES_OF.get(w, ()):
            scores[lang] += 1
    if not text.isascii():
        kept = "".join(found)
        for lang, marks in _MARKS.items():
            scores[lang] += sum(1 for c in kept if c in marks)
        if "¿" in text or "¡" in text:
            scores["es"] += 1
    english = scores.pop(ENGLISH)
    best, score = max(scores.items(), key=lambda kv: (kv[1], kv[0]))
    if score > english:
        return best
    return ENGLISH if english else UNKNOWN


def is_english(text: str, leave_out: frozenset[str] = frozenset()) -> bool:
    """Whether `text` may be printed in the English article (English, or nothing that says otherwise)."""
    return language_of(text, leave_out) in (ENGLISH, UNKNOWN)
