"""A quote in another language as the reporter wrote it, read for the English article.

- Guillemets are the article's quotation marks: "« on verra »" → "“On verra”".
- The reporter's own translation after it is printed with it, in brackets: "« on verra » (= we'll see)",
  "'sawasdee' — roughly 'hello'", "“sawasdee”, which means “no worries”" → "“On verra” (“We'll see”)". Only a
  translation the reporter gave: one marked as such ("=", "meaning", "roughly", "which means", "i.e.", "lit."),
  or, in brackets straight after a quote that is not English, a line that is; never one made up.
- A quote set off by dashes in the middle of what someone did ("Then Odile fixed it — « voilà, comme neuf » — and
  handed it back") is taken out of the sentence and given to its subject after it: "Then Odile fixed it and
  handed it back. “Voilà, comme neuf,” Odile said." The English half is never lost for the quote in it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .language import english_line

_GUILLEMETS = re.compile(r"«\s*([^«»]+?)\s*»")
# a quoted line, in the marks a report uses (single quotes only around words with no apostrophe at their edges),
# its groups named `prefix`1 … 5
_MARKS = (
    r"“(?P<{p}1>[^“”()]+)”",
    r"\"(?P<{p}2>[^\"()]+)\"",
    r"(?<![\w'])'(?P<{p}3>[^'\n()]+?)'(?!\w)",
    r"‘(?P<{p}4>[^‘’\n()]+)’",
    r"«\s*(?P<{p}5>[^«»()]+?)\s*»",
)


def _quoted(prefix: str) -> str:
    return "(?:" + "|".join(mark.format(p=prefix) for mark in _MARKS) + ")"


_MARKER = r"(?:=|i\.e\.|meaning|roughly|literally|lit\.|which means|that is|translation:|in english:?)"
# the translation in brackets: quoted, or the bare words up to the bracket that closes it
_IN_BRACKETS = rf"\(\s*(?P<marked>{_MARKER})?\s*(?:{_quoted('b')}|(?P<bare>[^()“”\"]+?))\s*\)"
# ... or after a dash or a comma, marked, quoted (a dash that closes it goes with it)
_AFTER_DASH = rf"\s*(?:—|–|-|,)\s*{_MARKER}\s*{_quoted('d')}(?P<closing>\s*[—–](?=\s))?"
_GLOSSED = re.compile(rf"{_quoted('q')}(?:\s*{_IN_BRACKETS}|{_AFTER_DASH})", re.IGNORECASE)
_HINT = re.compile(rf"[)]|{_MARKER}", re.IGNORECASE)  # (the cheap test first: most reports translate nothing)
# `_MARKER`'s words as `_HINT` finds them in ASCII text, lower case ("in english:?" is found by "in english")
_MARKER_WORDS = (
    "i.e.",
    "meaning",
    "roughly",
    "literally",
    "lit.",
    "which means",
    "that is",
    "translation:",
    "in english",
)


def _hinted(text: str) -> bool:
    """Whether `_HINT` finds something in `text`: for ASCII text (most reports) by substring searches of the text in
    lower case, each at memory speed, where the pattern tries each of its alternatives at every character (about
    eight times the time on B4's quoted posts); another text by the pattern (whose case-blind matching reads some
    letters beyond ASCII as ASCII ones: "K", the Kelvin sign, as "k")."""
    if not text.isascii():
        return _HINT.search(text) is not None
    if ")" in text or "=" in text:
        return True
    lowered = text.lower()
    return (  # (`_MARKER_WORDS`, written out: a generator's step per word cost more than the searches)
        "i.e." in lowered
        or "meaning" in lowered
        or "roughly" in lowered
        or "literally" in lowered
        or "lit." in lowered
        or "which means" in lowered
        or "that is" in lowered
        or "translation:" in lowered
        or "in english" in lowered
    )


def any_hinted(texts: Iterable[str]) -> bool:
    """Whether `_hinted` finds something in any of `texts`: the ASCII ones read at once, lowered together (no marker
    spans the separator), each other one by the pattern: a night whose quoted posts give no translation is a few
    substring searches, not a call and a lowering per post."""
    texts = list(texts)
    plain = [text for text in texts if text.isascii()]
    return _hinted("\x00".join(plain)) or any(_hinted(text) for text in texts if not text.isascii())


# a quote between two dashes, inside a sentence ("… fixed it — “voilà” — and handed it back")
_DASHED = re.compile(r"\s+[—–]\s+“(?P<said>[^“”]+)”\s+[—–]\s+(?=[a-z])")
_SUBJECT = re.compile(
    r"^(?:(?:Then|Later|Afterwards|Finally|Meanwhile|Earlier),? )?"
    r"(?P<who>(?:[A-Z][\w'’-]+ ){0,2}[A-Z][\w'’-]+|[Ss]he|[Hh]e|They) (?=[a-z])"
)
_CONNECTIVES = frozenset({"Then", "Later", "Afterwards", "Finally", "Meanwhile", "Earlier"})


def _group(m: re.Match[str], prefix: str) -> str | None:
    return next((g for k in range(1, 6) if (g := m.group(f"{prefix}{k}")) is not None), None)


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def glossed(text: str) -> str:
    """`text` with its guillemets the article's quotation marks and each quote the reporter translated printed with
    the translation in brackets after it; a quote between dashes mid-sentence given to the sentence's subject after
    it (see the module). Anything else as written."""
    if _hinted(text):
        text = _GLOSSED.sub(_glossed, text)
    if "«" in text:
        text = _GUILLEMETS.sub(lambda m: f"“{m.group(1)}”", text)
    if "—" in text or "–" in text:
        text = _DASHED_SENTENCE.sub(_taken_out, text)
    return text


def _glossed(m: re.Match[str]) -> str:
    said = _group(m, "q") or ""
    dashed = _group(m, "d")
    meaning = dashed or _group(m, "b") or m.group("bare")
    if not said or not meaning:
        return m.group(0)
    marked = m.group("marked") is not None or dashed is not None
    meaning = meaning.strip(" .,;:'\"“”‘’")
    foreign = m.group("q5") is not None or not english_line(said)  # (guillemets: the reporter's French marks)
    if not _translates(meaning, marked=marked, foreign=foreign):
        return m.group(0)  # "(laughing)", "(twice)": a note of how it was said, never its translation
    return f"“{_capital(said.strip())}” (“{_capital(meaning)}”)"  # (a dash closing the gloss goes with it)


def _translates(meaning: str, *, marked: bool, foreign: bool) -> bool:
    """Whether the words after a quote are its translation: marked as one, or English in brackets after a line
    that is not."""
    return bool(meaning) and (marked or (foreign and english_line(meaning)))


# a quote typed with its translation inside it ("on verra (= we'll see)", "pole pole — meaning slowly")
_SAID_GLOSSED = re.compile(
    rf"^(?P<said>[^()]+?)\s*(?:\(\s*(?P<marked>{_MARKER})?\s*(?P<inside>[^()]+?)\s*\)|\s[—–-]\s*{_MARKER}\s+(?P<after>.+))"
    r"[.!?]?$",
    re.IGNORECASE,
)


def translated(quote: str) -> tuple[str, str | None]:
    """A quote's words and the translation typed with them (`_translates`), else None: "on verra (= we'll see)" →
    ("on verra", "We'll see")."""
    m = _SAID_GLOSSED.match(quote) if "(" in quote or " " in quote else None
    if m is None:
        return quote, None
    said = m.group("said").strip(" ,;:'\"“”‘’")
    meaning = (m.group("inside") or m.group("after") or "").strip(" .,;:'\"“”‘’")
    foreign = not english_line(said)
    marked = m.group("marked") is not None or (m.group("after") is not None and foreign)  # ("well - that is it")
    if not said or not _translates(meaning, marked=marked, foreign=foreign):
        return quote, None
    return said, _capital(meaning)


# a sentence (up to its full stop) holding a quote between dashes
_DASHED_SENTENCE = re.compile(r"(?:^|(?<=[.!?] ))[^.!?“”]*[—–] “[^“”]+” [—–] [^.!?“”]*[.!?]")


def _taken_out(m: re.Match[str]) -> str:
    sentence = m.group(0)
    inner = _DASHED.search(sentence)
    who = _SUBJECT.match(sentence)
    if inner is None or who is None or who.group("who") in _CONNECTIVES:
        return sentence
    speaker = who.group("who")
    speaker = speaker.lower() if speaker in ("She", "He", "They") else speaker.split()[-1]
    said = _capital(inner.group("said").strip().rstrip(",;:"))
    told = sentence[: inner.start()] + " " + sentence[inner.end() :]
    if said[-1:] in "!?…。！？":  # (a CJK stop stays, with no comma after it)
        return f"{told} “{said}” {speaker} said."
    return f"{told} “{said.rstrip('.')},” {speaker} said."


# the reporter's translation of the post's quote given in its note, marked and quoted, with no quoted line before it:
# "His grandmother, when the name was read out, which means 'I have waited eighty years for this'."
_NOTE_GLOSS = re.compile(rf"\s*(?:[,—–-]\s*)?\b{_MARKER}\s*:?\s*{_quoted('n')}\s*(?=[.!?]?\s*$)", re.IGNORECASE)


def gloss_from_note(what: str, quote: str | None) -> tuple[str, None] | None:
    """A post whose quote is in another language and whose note gives the reporter's translation of it (marked and
    quoted, closing the note: "…, which means 'I have waited eighty years for this'."): the note carrying the quote
    with its translation after a colon ("His grandmother, when the name was read out: “Ég hef beðið …” (“I have
    waited eighty years for this”).") and no quote of its own, else None. Only a translation the reporter gave; a
    note whose quoted words translate a line of its own is `glossed`."""
    if not quote or not _hinted(what) or english_line(quote):  # (the cheap test first)
        return None
    m = _NOTE_GLOSS.search(what)
    if m is None or _GLOSSED.search(what) is not None:
        return None
    meaning = (_group(m, "n") or "").strip(" .,;:'\"“”‘’")
    note = what[: m.start()].rstrip(" ,;:—–-") + what[m.end() :].strip()
    if not meaning or not note.strip() or not english_line(meaning):
        return None
    # (the note now carries its quote: "His grandmother, when the name was read out: “Ég …” (“I have …”).")
    said = quote.strip().strip('"“”„«» ').rstrip(".")
    return f"{note.rstrip().rstrip('.:,')}: “{_capital(said)}” (“{_capital(meaning)}”).", None


# a word of another language glossed in brackets by the reporter after an English article or possessive ("locked in
# the rūsys (cellar)"; never "Sum kɛseɛ (total darkness)", a phrase of two words): its letters not all ASCII, the gloss
# one to three English words in lower case
_WORD_GLOSS = re.compile(
    r"\b(?:the|a|an|his|her|their|its|our) (?P<word>[^\W\d_]*[^\x00-\x7f\W\d_][^\W\d_]*) "
    r"\((?P<gloss>[a-z]+(?: [a-z]+){0,2})\)"
)


def word_glossed(text: str) -> str:
    """`text` with a foreign word the reporter glossed in brackets told by its gloss ("got locked in the rūsys
    (cellar)" → "got locked in the cellar"): the article is in English, and never "in the rūsys, cellar,"."""
    return _WORD_GLOSS.sub(_glossed_word, text) if "(" in text else text


def _glossed_word(m: re.Match[str]) -> str:
    """The article and the gloss, for a word in lower case (a name glossed, "the Kiemas (courtyard)", stays)."""
    if not m.group("word").islower():
        return m.group(0)
    return m.group(0)[: m.start("word") - m.start()] + m.group("gloss")
