"""Small text helpers for the digest: name keys, mention-proofing, sentences and quotes."""

from __future__ import annotations

import re

from bot.text import fold, inert

__all__ = ["fold", "inert"]

_SPACES = re.compile(r"\s+")
BULLETS = " \t»›•·"  # feed bullets a reporter may have typed before the text
_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"”’')\]]*\s+(?=[\"“‘'(\[]?[A-Z0-9])")
_WORD = re.compile(r"\w+")
_CLAUSE_END = re.compile(r"[,;:]\s|\s[–—-]\s")
_OPEN_CLOSE = {'"': '"', "“": "”", "«": "»", "„": "“", "'": "'", "‘": "’"}
_NUMBERS = ("Zero", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven")


def squash(text: str) -> str:
    """One line: whitespace runs (newlines included) folded into single spaces, trimmed."""
    return _SPACES.sub(" ", text).strip()


def first_sentence(text: str, limit: int = 100) -> str:
    """The first sentence of `text` as a headline: no feed bullet, no final full stop; if long, cut after
    its first clause, else at a word."""
    text = squash(text).lstrip(BULLETS).strip()
    parts = _SENTENCE_END.split(text, maxsplit=1)
    sentence = parts[0] if parts and len(parts[0]) >= 12 else text
    if len(sentence) > limit:
        clause = _CLAUSE_END.search(sentence, 30, limit)
        if clause:
            sentence = sentence[: clause.start()]
    if len(sentence) > limit:
        cut = sentence[: limit - 1]
        space = cut.rfind(" ")
        sentence = (cut[:space] if space > limit // 2 else cut).rstrip(" ,;:-–—") + "…"
    sentence = sentence.rstrip()
    if sentence.endswith(".") and not sentence.endswith(".."):
        sentence = sentence[:-1].rstrip()
    return sentence[:1].upper() + sentence[1:]


def with_full_stop(text: str) -> str:
    """`text` ending like a sentence (a full stop added unless it already ends with punctuation)."""
    text = text.rstrip()
    if not text or text[-1] in ".!?…\"”’')":
        return text
    return text + "."


def quoted(quote: str) -> str:
    """The quote verbatim between quotation marks (kept as is when the reporter already quoted it)."""
    quote = quote.strip()
    if len(quote) >= 2 and _OPEN_CLOSE.get(quote[0]) == quote[-1]:
        return quote
    return f"“{quote}”"


def words(text: str) -> set[str]:
    """The folded words of `text`."""
    return set(_WORD.findall(fold(text)))


def names_in(text: str, names: list[str]) -> bool:
    """Whether `text` mentions one of `names` (a whole name, or one of its words of 3+ letters)."""
    found = words(text)
    for name in names:
        tokens = _WORD.findall(fold(name))
        if any(len(t) >= 3 and t in found for t in tokens):
            return True
    return False


def number_word(n: int) -> str:
    """ "Five" for 5 (the digest counts at most ten), digits beyond."""
    return _NUMBERS[n] if 0 <= n < len(_NUMBERS) else str(n)
