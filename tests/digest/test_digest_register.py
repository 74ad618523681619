"""How telegraphic a report reads (`register.note_speak`, in bands: `register.register`), on lines shaped like the
ones correspondents type (invented text throughout)."""

from __future__ import annotations

import html

import pytest

from bot.digest import register as R
from bot.digest.clauses import sentences
from bot.digest.register import STEP, note_speak, register
from bot.digest.synthetic import synthetic_night

NAMES = frozenset({"ivo", "dahl", "kessler", "ana", "mira", "sand"})


@pytest.mark.parametrize(
    "line",
    [
        "Ivo Dahl proposed to the floor manager with a ring tied to a drumstick, two minutes before the show went"
        " back on air.",
        "Kessler and Ana spoke for the first time since 2009, by the bar.",
        "DJ Sky played a set for 300 people on 11% battery.",  # figures as prose writes them, a known acronym
        "Tomasz Kowal caught a bread roll somebody lobbed across table 9. One hand. Table 9 applauded.",
        "Felix Ortega left early.",  # names are no words a note leaves small words out of
        "Jan Kowalski sang R&B for the crew.",  # "Jan" is a name here, "R&B" a word
        "Mira said “omg 2 min lol w/ the mgr” to the runner.",  # someone's words are never marked
        "Soaked.",
        "Oc&#233;ane Br&#251;l&#233; arrived in a black cape.",  # an entity is a letter, not a symbol
    ],
)
def test_prose_reads_as_prose(line: str):
    assert register(line, NAMES) == 0, note_speak(line, NAMES)


@pytest.mark.parametrize(
    "line",
    [
        "GRN RM: Dahl + Ivo, ring on surdo mallet, floor mgr crying, 2 min to air",  # label, caps, +, shorthand
        "Kessler + Ana, 1st words since '09, hug by the bar",
        "2nd time tonight lol",
        "Flimmer+, cancelled her show in Jan",
        "Stairs (mosaic, B side): Ana and Kessler.",  # a label
        "Ana -> press room w/ mgr b/c car late, pls hold",
        "dbl booked green rm, ppl everywhere",
        "She took 3 bows at 9.45pm.",  # a digit for a word, a clock time
    ],
)
def test_note_speak_reads_as_notes(line: str):
    assert register(line, NAMES) >= 1, note_speak(line, NAMES)


@pytest.mark.parametrize(
    "line",
    [
        "Ivo Dahl pediu a gerente de palco em casamento com um anel amarrado numa baqueta, 2 min antes do ar.",
        "Ivo Dahl hat der Aufnahmeleiterin 2 Min. vor der Sendung einen Heiratsantrag gemacht, mit einem Ring.",
        "Kessler y Ana, primeras palabras desde el '09, se abrazaron en el bar.",
        "Kessler et Ana se sont parlé pour la première fois depuis 2009, au bar w/ les amis.",
    ],
)
def test_a_sentence_in_another_language_is_not_note_speak(line: str):
    """Its words are not English: the measure does not judge it (the article never prints it anyway)."""
    assert note_speak(line, NAMES) == 0


def test_the_telegraphic_report_scores_above_the_prose_report_of_the_same_moment():
    notes = "GRN RM: Dahl + Ivo, ring on surdo mallet, floor mgr crying, 2 min to air"
    prose = (
        "Ivo Dahl proposed to the floor manager with a ring tied to a drumstick, two minutes before the show went"
        " back on air."
    )
    assert note_speak(notes, NAMES) > note_speak(prose, NAMES) + 3 * STEP


def test_one_shorthand_in_a_long_prose_report_weighs_by_its_words():
    """A report is scored over all its words: one "w/" in three full sentences is a slip, not notes."""
    report = (
        "Mira Sand walked the whole carpet w/ her grandmother on her arm. She stopped for every photographer who"
        " asked. Then she took her grandmother to the bar and ordered two glasses of sherry."
    )
    assert 0 < note_speak(report, NAMES) < STEP


def test_every_shorthand_counts():
    one = note_speak("Ana met the floor mgr in the corridor after the show.", NAMES)
    two = note_speak("Ana met the floor mgr and the stage mgr in the corridor after the show.", NAMES)
    assert two > one > 0  # (two marks in 14 words, one in 11)


def test_the_words_after_a_quote_are_not_a_sentence_typed_in_lower_case():
    assert note_speak("“Tell my grandson I'm busy,” she said.") == 0
    assert note_speak("door from the wings is OFF.") > 0


def _sentence_before(sentence: str, names: frozenset[str], *, figures: bool = True) -> tuple[float, int]:
    """`register._sentence` as it was: the shorthand and function words counted in lists."""
    if "&" in sentence:
        sentence = html.unescape(sentence)  # ("Oc&#233;ane" is a name, not a symbol)
    outside = R._QUOTED.sub(" ", sentence).strip() if R._QUOTES.intersection(sentence) else sentence.strip()
    words = R._WORD.findall(outside)
    digits = R._ANY_DIGIT.search(outside) is not None
    counted = len(R._FIGURES.findall(outside)) if digits else 0
    count = len(words) + counted
    if not count:
        return 0.0, 0
    typed = [w.strip(R._PUNCTUATION) for w in outside.lower().split()]
    shorthand = [w in R.SHORTHAND for w in typed]
    plain = " ".join(w for w, short in zip(outside.split(), shorthand, strict=True) if not short)  # ("w/": no Polish)
    if R.language_of(plain, names) not in R.ENGLISH_LIKE:
        return 0.0, count
    lowered = [w.lower() for w in words]
    marks = float(sum(shorthand))
    if digits and figures:  # (most sentences have no figure: their patterns are not run)
        marks += len(R._YEAR.findall(outside)) + len(R._UNIT.findall(outside)) + len(R._CLOCK.findall(outside))
        marks += sum(1 for m in R._DIGIT.finditer(outside) if not R._numbering(outside[: m.start()]))
    if any(month in outside for month in R._MONTHS):
        marks += len(R._MONTH.findall(outside))
    if not R._SYMBOLS.isdisjoint(outside) or (not outside.isascii() and R._PICTURES.search(outside)):
        marks += len(R._SYMBOL.findall(outside)) + len(R._ARROW.findall(outside))
    if sentence.lstrip()[:1].islower():  # (not the words after a quote: "“That's MY snare!” the usher said.")
        marks += 1  # typed without a capital: "door from the wings is OFF."
    label = R._LABEL.match(outside)
    in_label = R._CAPS.findall(label.group(1)) if label and len(label.group(1).split()) <= R.LABEL_WORDS else None
    if in_label is not None:
        marks += 1 + len(in_label)  # "Stairs (mosaic, B side):", "GRN RM:"
    for caps in R._CAPS.findall(outside):
        folded = caps.lower()
        if not (in_label and caps in in_label) and not R._VOWEL.search(caps) and folded not in R.ACRONYMS:
            marks += folded not in names  # "GRN", "SM": shorthand in capitals
    function = sum(1 for w in lowered if w in R._FUNCTION)
    common = sum(1 for w, f in zip(words, lowered, strict=True) if w[:1].islower() or f in R._FUNCTION)
    if common + counted >= R.MIN_WORDS:  # (a name is no word a note leaves small words out of: "Felix Ortega left.")
        marks += R.MISSING_WEIGHT * max(0.0, R.FUNCTION_SHARE * (common + counted) - function)
    return marks, count


_TYPED = [
    "GRN RM: Dahl + Ivo, ring on surdo mallet, floor mgr crying, 2 min to air",
    "w/ the mgr b/c ppl were late lol",
    "Mira w/o her shoes, pls send pics asap",
    "Kessler and Ana spoke for the first time since 2009, by the bar.",
    "lights out. Kwesi B keeps drumming, no mic",
    "At 20:10 SM called places -> nobody moved!!",
    "Oc&#233;ane Br&#251;l&#233; arrived in a black cape.",
    "Mira said “omg 2 min lol w/ the mgr” to the runner.",
    "in Jan she won 3rd place, thx to the DJ",
    "Stairs (mosaic, B side): Sand on the 1st step",
    "Ivo Dahl proposed to the floor manager with a ring tied to a drumstick.",
    "Ela ganhou o prêmio e chorou com a mãe no palco",
    "Soaked.",
    "",
]


def test_sentence_counts_as_before() -> None:
    """`_sentence` (a sentence's marks and words) says what it said before its shorthand and function words were
    counted without lists, with and without names and figures, over typed notes, prose, another language and the
    sentences of a synthetic night."""
    _, night = synthetic_night(300, 4)
    lines = _TYPED + [s for sighting in night for s in sentences(sighting.what)]
    for line in lines:
        for names in (frozenset(), NAMES):
            for figures in (True, False):
                assert R._sentence(line, names, figures=figures) == _sentence_before(line, names, figures=figures)
