"""Text hygiene: folding for matching, cleaning user input, keeping user text inert in Discord."""

from __future__ import annotations

import functools
import html
import re
import unicodedata
from collections.abc import Callable
from typing import NamedTuple

# Only complete entities are decoded ("&eacute;", "&#233;", "&#xE9;"), never "&notes" or "&para" in prose.
_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# "Beyonc#233;": a numeric entity that lost its ampersand, glued to a letter, for a letter beyond ASCII.
_BARE_ENTITY = re.compile(r"(?<=[^\W\d_])#(\d{3,7});")
_SURROGATES = re.compile("[\ud800-\udfff]")
# CJK ideographs, kana and Hangul syllables are written without spaces (Korean puts particles right after a
# name: "김연아가"): each one is its own token, so names match inside running text
_CJK = re.compile("([\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7a3])")
# letters that are not an accent on a base letter, so NFKD leaves them whole; folded as a reader would type them
# without the key ("Søren" → "soren", "Łódź" → "lodz", "Æsir" → "aesir"). ß and ẞ need no entry: casefold makes
# them "ss" ("Straße" = "Strasse").
_LETTERS = str.maketrans(
    {
        "ø": "o",
        "ł": "l",
        "đ": "d",
        "ð": "d",
        "æ": "ae",
        "œ": "oe",
        "þ": "th",
        "ı": "i",
        "ħ": "h",
        "ŧ": "t",
        "ŋ": "n",
        "ĸ": "k",
        "ƒ": "f",
    }
)
_SPACES = re.compile(r"\s+")
# invisible characters that hide text or reverse it: zero-width space, bidi controls, BOM, soft hyphen. The
# zero-width (non-)joiners stay: emoji sequences (👩‍🎤) and Persian words need them.
_INVISIBLE = re.compile("[\u00ad\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
_JOINERS = re.compile("[\u200c\u200d]")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'"})
_TOKEN = re.compile(r"'?\w+")


def repair_entities(text: str) -> str:
    """Decode complete HTML entities, and numeric ones that lost their '&' after a letter ("Beyonc#233;")."""

    def bare(m: re.Match[str]) -> str:
        code = int(m.group(1))
        return chr(code) if 0xA0 <= code < 0x110000 and not 0xD800 <= code <= 0xDFFF else m.group(0)

    text = _BARE_ENTITY.sub(bare, text)
    return _ENTITY.sub(lambda m: html.unescape(m.group(0)), text)


def clean(text: str | None) -> str:
    """User text as we store it: entities repaired, invisible and control characters removed,
    whitespace runs folded (newlines kept), trimmed."""
    if text is None:
        return ""
    text = _SURROGATES.sub("", repair_entities(text))
    text = _INVISIBLE.sub("", text)
    text = _CONTROL.sub("", text)
    text = unicodedata.normalize("NFC", text)
    if not _JOINERS.sub("", text).strip():
        return ""  # nothing visible: joiners alone are not text
    lines = [_SPACES.sub(" ", line).strip() for line in text.replace("\r\n", "\n").split("\n")]
    return "\n".join(line for line in lines if line).strip()


@functools.lru_cache(maxsize=8192)
def fold(text: str) -> str:
    """The matching key: entities repaired, accents dropped, case folded, quotes unified, spaces folded, and
    letters such as ø ł đ æ œ þ written out. "Beyoncé", "beyonce" and "BEYONC&#201;" all fold to "beyonce";
    "Søren" to "soren"."""
    if "&" in text or "#" in text:
        text = repair_entities(text)
    if not text.isascii():
        text = text.translate(_QUOTES)
    elif "`" in text:  # (`_QUOTES`' one ASCII character: `translate` looks up every character, `replace` one)
        text = text.replace("`", "'")
    if text.isascii():  # most text: no per-character pass
        return " ".join(text.casefold().split())  # spaces folded (split's whitespace is the same as `\s`)
    text = _JOINERS.sub("", text)
    text = unicodedata.normalize("NFKD", text)
    # accents off, then recomposed: NFKD splits a Hangul syllable into its letters, NFC puts it back together
    text = unicodedata.normalize("NFC", "".join(c for c in text if not unicodedata.combining(c)))
    return " ".join(text.casefold().translate(_LETTERS).split())


def tokens(text: str) -> list[str]:
    """Folded word tokens; a leading apostrophe is kept ("'Ye"), possessives split off ("Gaga's"), and each
    CJK character or Hangul syllable stands alone ("王菲在后台" → 王, 菲, 在, 后, 台)."""
    folded = fold(text)
    if not folded.isascii():
        folded = _CJK.sub(r" \1 ", folded)
    return _TOKEN.findall(folded)


# a word that denies the name right after it, in the languages correspondents write: "it was Anouk, not Tobias",
# "(no Inés, perdón)", "pas Mireille", "nicht Jan". A name written so is who a report is NOT about.
# number words and their values, cardinal and ordinal ("twelve", "twelfth", "twentieth", "twice", "a dozen"): a
# post-time duplicate's numbers (`bot.duplicates`) and a number a correspondent put right (`bot.digest.corrections`)
_UNITS = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_ORDINALS = [
    "zeroth",
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
NUMBER_VALUES: dict[str, int] = {
    **{w: n for n, w in enumerate(_UNITS)},
    **{w: n for n, w in enumerate(_ORDINALS)},
    **{w: 20 + 10 * n for n, w in enumerate(_TENS)},
    **{w.removesuffix("y") + "ieth": 20 + 10 * n for n, w in enumerate(_TENS)},
    "once": 1,
    "twice": 2,
    "thrice": 3,
    "dozen": 12,
    "hundred": 100,
    "thousand": 1000,
}
# (two words: a value said with its article, which a pattern over the number words may match whole)
NUMBER_VALUES |= {"a hundred": 100, "a dozen": 12, "a thousand": 1000}


NAME_DENIALS = frozenset({"not", "no", "non", "pas", "nicht", "kein", "keine", "niet", "geen", "nao", "nie"})


_DENIAL = re.compile(r"\b(?:" + "|".join(sorted(NAME_DENIALS | {"não"})) + r")\b", re.IGNORECASE)


def denied(keys: list[str], i: int, end: int) -> bool:
    """Whether the name at tokens `i`..`end` of `keys` (`tokens` of a text) is denied by the word before it (not
    a possessive: "not Sal's coat" denies the coat, not Sal)."""
    return i > 0 and keys[i - 1] in NAME_DENIALS and (end >= len(keys) or keys[end] != "'s")


def only_denied(text: str, names: tuple[str, ...]) -> bool:
    """Whether `text` names someone (by any of `names`) and every time right after a denial ("… not Bram")."""
    if not _DENIAL.search(text):
        return False
    keys = tokens(text)
    found = False
    for phrase in {tuple(tokens(n)) for n in names}:
        size = len(phrase)
        for i in range(len(keys) - size + 1):
            if size and tuple(keys[i : i + size]) == phrase:
                if not denied(keys, i, i + size):
                    return False
                found = True
    return found


class Word(NamedTuple):
    """A token of running text with what tagging needs to judge it: how it was written, and whether it opens
    a sentence (the start of the text or a line, after . ! ? …, or after an opening quote or bracket)."""

    key: str  # the folded token, as `tokens` gives it
    surface: str  # the word as written ("Will", "WILL", "will")
    opens: bool
    start: int = 0  # where the word is in the text (its whole chunk's span where the chunk's words cannot be placed)
    end: int = 0


_CHUNK = re.compile(r"\S+")
_SENTENCE_END = frozenset(".!?…。！？")
_OPENERS = frozenset("\"'“‘«([¿¡")
# "Mr. Will Smith": a full stop after these does not end the sentence
_ABBREVIATIONS = frozenset({"mr", "mrs", "ms", "dr", "st", "jr", "sr", "vs", "prof", "rev", "mt"})


def words(text: str) -> list[Word]:
    """The tokens of `text` (exactly `tokens(text)`: whitespace never falls inside a token, so the text is
    tokenised a whitespace-separated chunk at a time) with their written form and sentence position."""
    out: list[Word] = []
    opens = True
    end = 0
    for m in _CHUNK.finditer(text):
        chunk = m.group(0)
        if "\n" in text[end : m.start()]:
            opens = True
        end = m.end()
        keys = tokens(chunk)
        if not keys:  # punctuation on its own: "—", "?"
            opens = opens or any(c in _SENTENCE_END for c in chunk)
            continue
        first = next((i for i, c in enumerate(chunk) if c.isalnum()), 0)
        if first and chunk[first - 1] in _OPENERS:
            opens = True
        written = chunk.translate(_QUOTES)
        runs = _TOKEN.findall(_CJK.sub(r" \1 ", written) if not written.isascii() else written)
        placed = len(runs) == len(keys)
        surfaces = runs if placed else [chunk[first:]] * len(keys)
        spans = _spans(written, runs, m.start()) if placed else None
        out.extend(
            Word(key, surface, opens and i == 0, *(spans[i] if spans else (m.start() + first, m.end())))
            for i, (key, surface) in enumerate(zip(keys, surfaces, strict=True))
        )
        last = max((i for i, c in enumerate(chunk) if c.isalnum()), default=len(chunk) - 1)
        tail = chunk[last + 1 :]
        opens = any(c in _SENTENCE_END for c in tail) and not (tail.startswith(".") and keys[-1] in _ABBREVIATIONS)
    return out


def _spans(written: str, runs: list[str], offset: int) -> list[tuple[int, int]] | None:
    """Where each of a chunk's runs is in the text (`offset`: the chunk's start), in order; None where one cannot
    be found (the runs are the chunk's own characters, so only an unforeseen rewriting would lose one)."""
    out: list[tuple[int, int]] = []
    pos = 0
    for run in runs:
        at = written.find(run, pos)
        if at < 0:
            return None
        pos = at + len(run)
        out.append((offset + at, offset + pos))
    return out


HYPHENS = "-\u2010\u2011\u2013"  # (and the en dash a phone types for one: "Saint\u2013Denis")
_GLUED_BEFORE = re.compile(rf"(?<![\w'])([^\W\d_][\w']*)[{HYPHENS}]$")
_GLUED_AFTER = re.compile(rf"[{HYPHENS}]([^\W\d_][\w']*)")


def glued_to_a_name(text: str, start: int, end: int, known: Callable[[str], bool] = lambda word: False) -> bool:
    """Whether the words at `text[start:end]` are joined by a hyphen to a capitalised word before or after them
    that is no name `known` (a folded word): a piece of another name ("Saint-Denis", "rue Sainte-Catherine",
    "Jean-Denis"), not the person a roster's "Denis" or "Catherine" is. A lower-case piece leaves the name whole
    ("ex-Denis", "Tanaka-san"), and so does a known name: "the Gaga-Adele duet" is both of them (used by tagging and
    by the digest's naming)."""
    for glued in (_GLUED_BEFORE.search(text[max(0, start - 40) : start]), _GLUED_AFTER.match(text, end)):
        if glued is not None and glued.group(1)[0].isupper() and not known(fold(glued.group(1))):
            return True
    return False


_AT = re.compile("@(?!\u200b)")


# Discord's masked links, with an optional title: [label](https://… "title") (titles render as a tooltip)
_MASKED_LINK = re.compile(r"\[([^\]\n]*)\]\(\s*<?(https?://[^)\s>]+)>?(?:\s+(?:\"[^\"\n]*\"|'[^'\n]*'))?\s*\)")


def unmask_links(text: str) -> str:
    """'[click](https://evil.example)' → 'click (https://evil.example)': a reader of the public feed always
    sees where a link goes."""
    if "](" not in text:  # what every masked link has: most text is spared the search (a night has 100,000)
        return text
    return _MASKED_LINK.sub(lambda m: f"{m.group(1)} ({m.group(2)})" if m.group(1) else m.group(2), text)


def inert(text: str) -> str:
    """Make mention syntax harmless when displayed: a zero-width space after every '@' ("@everyone",
    "@here", "<@123>") keeps the look but cannot ping. Idempotent. (allowed_mentions is none on every message
    as well; this is the second lock.)"""
    text = unmask_links(text)
    return _AT.sub("@\u200b", text) if "@" in text else text


def plural(n: int, noun: str) -> str:
    """ "1 item", "3 items"."""
    return f"{n} {noun}{'' if n == 1 else 's'}"
