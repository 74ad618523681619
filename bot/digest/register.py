"""How a correspondent's text reads: as prose, or as notes ("note-speak"). One measure, `note_speak`.

Correspondents type fast, and many write in notes: "GRN RM: Dahl + Ivo, ring on surdo mallet, floor mgr crying,
2 min to air". The article is prose; a moment reported in full sentences by someone else is told in their words
(`moments.speaking_order`), and the prose gate may leave a note's sentence out (`prose.reads_as_prose`).
`note_speak` scores a sentence, or a report's whole text, from 0 (prose) upwards: the marks of note-speak it
carries per word, where each of these is one mark (quoted speech is someone's words and is never marked):
- shorthand from a small list ("mgr", "w/", "b/c", "pls", "dbl", "lol", "rm", "ppl"), a year cut to two digits
  ("'09"), a unit cut short after a figure ("90 secs"; "2 min" is two marks, with the digit);
- a digit for a word: a figure from 1 to 9 before a word ("2 min to air", "3 bows"; "300 people", "11%", "table
  9 applauded" and "Act 2" are how prose writes them) or an ordinal in digits ("1st words", "2nd time");
- a clock time the reader never saw ("at 20:10", "9.45pm"; "9 p.m.", spaced and stopped, is prose's);
- a symbol for a word or a link: "+", "&", "=", "~", "/" between words, "@", "#", repeated "!!" or "??", an emoji;
- an arrow ("->", "=>", "→");
- a sentence opening in lower case ("door from the wings is OFF.", "for a halo.");
- a label: a few words before a colon opening the sentence ("Stairs (mosaic, B side):", "green rm B:"), and each
  word of it in capitals ("GRN RM:"), and any other word in capitals with no vowel ("SM", "GRN"; not a known
  acronym: "DJ", "TV", "BBC");
- the small words a sentence leaves out: English prose has about one function word ("the", "a", "of", "was",
  "she"…) in four of its common words (names aside); half a mark for each one short of that ("ring on surdo
  mallet, floor mgr crying").
Only English is measured: a sentence in another language (`language.language_of`) scores 0, whatever its figures
and abbreviations (a Portuguese or German sentence is not note-speak because its words are not English). Sentences
of a text are weighted by their words. Cheap (a few regular expressions), pure and deterministic.

`register` is the measure in bands of `STEP` (0 for prose, below 0.1; 1 for a note or two in it; …): reports in one
band are written equally well, and the report in the lowest band speaks for a moment (`moments.speaking_order`).
A threshold for printing a sentence is the prose gate's own (`prose.NOTES`). `shorthand_speak` is the measure
without the marks of figures, for a piece of a sentence (a comma segment) the gate scores on its own
(`prose.SEGMENT_NOTES`): "…, Glimmr+, …" is notes in any sentence, "…, 2 minutes to air" may be a figure prose typed.
"""

from __future__ import annotations

import html
import re
from functools import lru_cache

from .clauses import sentences
from .counts import NUMBERED
from .language import ENGLISH_LIKE, FUNCTION_WORDS, language_of
from .textutil import MARKS, STYLED_LOWER, wordset

STEP = 0.1  # marks per word: two texts this close in `note_speak` are written equally well (`register`)
FUNCTION_SHARE = 0.25  # English prose: about one function word in four
MISSING_WEIGHT = 0.5  # a mark for each two function words short of that
LABEL_WORDS = 5  # a label opening a sentence is at most this many words before its colon
MIN_WORDS = 4  # marks are counted per word over at least this many words ("Soaked." is no note-speak)

SHORTHAND = wordset(
    """
    mgr mgmt w/ w/o b/c bc b4 pls plz dbl lol lmao omg ppl rm thx tbh tho thru til rn ngl imo fyi asap btw idk
    smth sth ur cuz coz nite tonite pic pics vid approx govt dept prob abt bday convo yr yrs
    """
)
_UNITS = wordset("min mins sec secs hr hrs")
ACRONYMS = wordset("dj djs tv mc mcs pr bbc cnn hbo mtv nyc vip vips ok cd dvd bff ceo cfo npr sxsw lgbt")
_FUNCTION = FUNCTION_WORDS["en"] | wordset(
    "in on at by for with from into onto of to up down out over under about after before as than a an the his her"
    " their its our my your this that these those he she they we it i you him them who which whose and or but"
    " across along around behind beside between toward towards past near without within against during until since"
    " like some any both each every someone somebody nobody everyone"
)
_QUOTED = re.compile(r"“[^“”]*”|\"[^\"]*\"|«[^«»]*»|„[^„“”]*[“”]")
_WORD = re.compile(rf"[^\W\d_][\w'’{MARKS}-]*")
_YEAR = re.compile(r"(?<![\w'’])['’]\d\d\b")
# a figure from 1 to 9 before a word ("2 min", "3 bows"; not "table 9", "Act 2", "#3", "9.45"), an ordinal in digits
_DIGIT = re.compile(r"(?<![\w.,:#/%$£€-])[1-9](?=\s+[^\W\d_])|\b\d+(?:st|nd|rd|th)\b", re.IGNORECASE)
_LAST_WORD = re.compile(rf"([^\W\d_][\w'’{MARKS}-]*)\s*$")
_FIGURES = re.compile(r"(?<![\w.,:#/%$£€-])\d+(?![\w:%/-]|[.,]\d)|\b\d+(?:st|nd|rd|th)\b", re.IGNORECASE)
_UNIT = re.compile(r"\b\d+\s*(?:" + "|".join(sorted(_UNITS)) + r")\b\.?", re.IGNORECASE)
# a time as prose writes it, its "a.m." or "p.m." spaced and stopped ("9 p.m.", "10.30 a.m."; not "9pm", "21:00")
_PROSE_CLOCK = re.compile(r"(?<![\w.,:])(?:1[0-2]|0?[1-9])(?:[:.][0-5]\d)? [ap]\.m\.", re.IGNORECASE)
_CLOCK = re.compile(r"\b(?:[01]?\d|2[0-3])[:.h][0-5]\d(?:\s*[ap]\.?m\b\.?)?|\b\d{1,2}\s*[ap]\.?m\b\.?", re.IGNORECASE)
# "+" anywhere ("Dahl + Ivo", "Flimmer+"); "&", "=", "~", "/" but between two letters ("R&B", "AT&T")
_SYMBOL = re.compile(
    r"\+|(?<![^\W\d_])[&=~]|[&=~](?![^\W\d_])|(?<=\s)/(?=\s)|[@#]\w|[!?]{2,}|[\U0001F300-\U0001FAFF☀-➿]"
)
# a month cut short after a figure or a preposition ("in Jan", "3 Feb"; "Jan Kowalski" is a name)
_MONTH = re.compile(
    r"(?:\b(?:in|since|on|by|from|until|till|til|last|next)\s+|\d\s*)(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?"
)
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_SYMBOLS = frozenset("+&=~/@#!?-<>")  # (a sentence with none of these, in ASCII, has no symbol nor arrow)
# the characters beyond ASCII a symbol or an arrow may be (a sentence with none, nor any of `_SYMBOLS`, has neither:
# one scan for a character, not the two patterns' tests around every character)
_PICTURES = re.compile("[\U0001f300-\U0001faff☀-➿→⇒←↑↓➡]")
_QUOTES = frozenset('“"«„')
_ANY_DIGIT = re.compile(r"\d")
_PUNCTUATION = ",.;:!?()[]…"
_ARROW = re.compile(r"->|=>|<-|[→⇒←↑↓➡]|(?<=\s)>(?=\s)")
_LABEL = re.compile(r"^([^:“\"]{1,40})(?<!\d):(?!\d)\s*\S")  # (not a clock's colon: "At 20:10 …")
_CAPS = re.compile(r"\b[A-Z]{2,}\b")
_VOWEL = re.compile(r"[AEIOUY]")


@lru_cache(maxsize=8192)
def note_speak(text: str, names: frozenset[str] = frozenset()) -> float:
    """How much `text` (a sentence or a report) reads as notes: marks of note-speak per word, 0 for prose (see the
    module). `names`: folded words of its people's names (a name in capitals is a name, not a label)."""
    marks = 0.0
    words = 0
    for sentence in sentences(text):
        sentence_marks, sentence_words = _sentence(sentence, names)
        marks += sentence_marks
        words += sentence_words
    return round(marks / max(words, MIN_WORDS), 3)


@lru_cache(maxsize=8192)
def shorthand_speak(text: str, names: frozenset[str] = frozenset()) -> float:
    """`note_speak` without the marks of figures (a digit for a word, a clock time, a year, a unit): the marks no
    prose carries, shorthand and symbols ("Glimmr+", "in Feb", "#6"), per word. A piece of a sentence (a comma
    segment, `prose.reads_as_prose`) scoring this much is typed as notes however long its sentence; a figure in it
    may be prose's ("…, two minutes to air" typed "2 minutes")."""
    marks = 0.0
    words = 0
    for sentence in sentences(text):
        sentence_marks, sentence_words = _sentence(sentence, names, figures=False)
        marks += sentence_marks
        words += sentence_words
    return round(marks / max(words, MIN_WORDS), 3)


def register(text: str, names: frozenset[str] = frozenset()) -> int:
    """`note_speak` in bands of `STEP`: 0 for prose, 1 for a text with a note or two in it, and so on."""
    return int(note_speak(text, names) / STEP)


def _numbering(before: str) -> bool:
    """Whether a figure after `before` numbers a thing ("table 9", "Studio 4"), as prose writes it."""
    m = _LAST_WORD.search(before)
    return m is not None and (m.group(1)[:1].isupper() or m.group(1).lower() in NUMBERED)


def _sentence(sentence: str, names: frozenset[str], *, figures: bool = True) -> tuple[float, int]:
    """A sentence's marks of note-speak and its words (0 marks in another language), quotes left out; with
    `figures` False, no marks for its figures (`shorthand_speak`)."""
    if "&" in sentence:
        sentence = html.unescape(sentence)  # ("Oc&#233;ane" is a name, not a symbol)
    outside = _QUOTED.sub(" ", sentence).strip() if _QUOTES.intersection(sentence) else sentence.strip()
    digits = _ANY_DIGIT.search(outside) is not None
    if digits and "m." in outside:  # "at 9 p.m.": a time as prose writes it, one word and no mark ("9pm" is notes)
        outside = _PROSE_CLOCK.sub("nine", outside)
        digits = _ANY_DIGIT.search(outside) is not None
    words = _WORD.findall(outside)
    counted = len(_FIGURES.findall(outside)) if digits else 0
    count = len(words) + counted
    if not count:
        return 0.0, 0
    typed = [w.strip(_PUNCTUATION) for w in outside.lower().split()]
    if SHORTHAND.isdisjoint(typed):  # (most sentences: no word to leave out, no mark to count)
        shorthands = 0
        plain = " ".join(outside.split())
    else:
        shorthand = [w in SHORTHAND for w in typed]
        shorthands = sum(shorthand)
        plain = " ".join(w for w, short in zip(outside.split(), shorthand, strict=True) if not short)  # ("w/")
    if language_of(plain, names) not in ENGLISH_LIKE:
        return 0.0, count
    marks = float(shorthands)
    if digits and figures:  # (most sentences have no figure: their patterns are not run)
        marks += len(_YEAR.findall(outside)) + len(_UNIT.findall(outside)) + len(_CLOCK.findall(outside))
        marks += sum(1 for m in _DIGIT.finditer(outside) if not _numbering(outside[: m.start()]))
    if any(month in outside for month in _MONTHS):
        marks += len(_MONTH.findall(outside))
    if not _SYMBOLS.isdisjoint(outside) or (not outside.isascii() and _PICTURES.search(outside)):
        marks += len(_SYMBOL.findall(outside)) + len(_ARROW.findall(outside))
    if sentence.lstrip()[:1].islower() and not STYLED_LOWER.match(sentence.lstrip()):  # (nor "k.d. lang sang")
        marks += 1  # typed without a capital: "door from the wings is OFF."
    label = _LABEL.match(outside)
    in_label = _CAPS.findall(label.group(1)) if label and len(label.group(1).split()) <= LABEL_WORDS else None
    if in_label is not None:
        marks += 1 + len(in_label)  # "Stairs (mosaic, B side):", "GRN RM:"
    for caps in _CAPS.findall(outside):
        folded = caps.lower()
        if not (in_label and caps in in_label) and not _VOWEL.search(caps) and folded not in ACRONYMS:
            marks += folded not in names  # "GRN", "SM": shorthand in capitals
    function = common = 0  # (function words; and the words a note may leave small words out of: the names aside)
    for w in words:
        if w.lower() in _FUNCTION:
            function += 1
            common += 1
        elif w[:1].islower():
            common += 1
    if common + counted >= MIN_WORDS:  # (a name is no word a note leaves small words out of: "Felix Ortega left.")
        marks += MISSING_WEIGHT * max(0.0, FUNCTION_SHARE * (common + counted) - function)
    return marks, count
