"""Bodies (issue 11, round 14, dbody17): a body reads as prose, not pasted notes. Shorthand fragments after a
clause ("…, both grin, big hug, whole room cheers") never printed; a label before a semicolon told as a clause, its
present tense in the past; no dateline ("Fire escape, 21:47: …"), no "anyway" or "It began …" pointing back at
nothing; a setup's run-on paraphrase of its quote told as the quote, when it was said; a joke said before the act
told as said minutes earlier; a full name never twice in one sentence; a stage name never cut to its last word."""

from __future__ import annotations

from bot.digest.bodycopy import _full_once, _opening, _promise_quoted, _unshorthand, plain_body, undated
from bot.digest.roles import stage_name
from bot.digest.speakers import _framed
from bot.digest.splices import unspliced
from bot.digest.textutil import name_parts

_NAMES = frozenset({"corin", "rigby", "velvet", "kites", "mabry", "holt"})


def test_fragments_after_a_clause_are_never_printed():
    told = _unshorthand("She wouldn't take it, both grin, big hug, whole room cheers.")
    assert told == "She wouldn't take it.", told
    assert _unshorthand("She got home, kids asleep, dog barks.") == "She got home, kids asleep."
    # a clause's own commas stay: an apposition, a participle, an age
    for kept in (
        "Ines Mabry, 74, waiting with the horns, caught her one-handed.",
        "She said yes, laughing, and they danced between the cones.",
        "He paid for the round, then left.",
        "She sang the hymn to them, no mic, no band.",  # (it describes: no act in shorthand)
        "Lavaud handed her speech, four pages, handwritten, to Page and told her to cut it.",
        "He would dance in the press room, on camera, at ten o'clock.",
        "Vlachos sat alone on the staircase behind the set, in tears.",
    ):
        assert _unshorthand(kept) == kept


def test_a_label_before_a_semicolon_is_told_as_a_clause_in_the_past():
    told = _unshorthand(
        "Later, Odile's encore; Fresco walked out for the last chorus and she hands him the mic, crowd roars."
    )
    assert told == "Later, during Odile's encore, Fresco walked out for the last chorus and she handed him the mic.", (
        told
    )


def test_a_dateline_goes_and_the_opening_points_back_at_nothing():
    assert undated("Fire escape, 21:47: Jonah Wexley proposed.") == "Jonah Wexley proposed."
    assert undated("Fire escape: Jonah Wexley proposed.") == "Fire escape: Jonah Wexley proposed."
    assert _opening("Jonah Wexley proposed to her anyway, one knee on the landing.") == (
        "Jonah Wexley proposed to her, one knee on the landing."
    )
    told = _opening(
        "It began an hour earlier by the side door, when Ines Mabry said: “These boots are torture.” She ran."
    )
    assert told == "By the side door, Ines Mabry said: “These boots are torture.” She ran.", told
    assert _opening("It began minutes earlier, when Holt won Best Score. He cried.") == "Holt won Best Score. He cried."


def test_only_the_body_opening_loses_its_pointer():
    paragraphs = ["Holt cried.", "It began an hour earlier by the side door, when Holt said he would."]
    assert plain_body(paragraphs, {}, _NAMES, {}) == paragraphs


_PROMISE = (
    "Corin Rigby, who promised on the carpet that his chest-length beard would go blue if Velvet Kites won Best Live"
    " Act, sat in the make-up room while the band's bassist dyed it. It began hours earlier, when Corin Rigby from"
    " Kites said if they win Best Live Act he was dyeing his beard blue tonight his beard was down to his chest,"
    " someone hold him to this. “If we win, the beard goes blue. Tonight,” Rigby said."
)


def test_a_setup_paraphrasing_its_quote_is_told_as_the_quote_when_it_was_said():
    told = _promise_quoted(_PROMISE, "", _NAMES)
    assert told.endswith("dyed it. Hours earlier, Rigby had said: “If we win, the beard goes blue. Tonight.”"), told
    assert "someone hold him" not in told


def test_a_setup_telling_what_nothing_else_does_stays():
    text = (
        "Holt sang with her grandfather. It began hours earlier, when Holt said her grandfather taught her every"
        " fishing song of the harbour in 1989. “He is here tonight,” Holt said."
    )
    assert _promise_quoted(text, "", _NAMES) == text


def test_a_joke_said_before_the_act_is_said_minutes_earlier():
    assert _framed("If I trip, catch me.", "Kell", "minutes earlier, in the wings") == (
        "Minutes earlier, in the wings, Kell had said: “If I trip, catch me.”"
    )
    assert _framed("Catch me.", "Kell", "in the wings") == "In the wings, Kell said: “Catch me.”"


def test_a_full_name_is_never_printed_twice_in_one_sentence():
    text = "Mabry Holt pulled off her sneakers. Chen walked out in Mabry Holt's sneakers while Mabry Holt watched."
    # named again by the short name the article uses
    assert _full_once(text, {"Mabry Holt": "Holt"}, {"Mabry Holt": "she"}) == (
        "Mabry Holt pulled off her sneakers. Chen walked out in Holt's sneakers while Holt watched."
    )
    # a band stays whole, and a father's name inside his son's is the son's
    band = "The Hollow Kites won. Later, The Hollow Kites played on."
    assert _full_once(band, {"Hollow Kites": "Kites"}, {"Hollow Kites": "they"}) == band
    son = "Ravi Kaul caught his son (Ravi Kaul, Jr.) under both arms."
    assert _full_once(son, {"Ravi Kaul": "Kaul", "Ravi Kaul, Jr.": "Kaul"}, {"Ravi Kaul": "he"}) == son
    # when two of the night share the short name, the full name stays, and a second in one sentence is her pronoun
    assert _full_once(text, {"Mabry Holt": "Mabry Holt"}, {"Mabry Holt": "she"}) == (
        "Mabry Holt pulled off her sneakers. Chen walked out in Mabry Holt's sneakers while she watched."
    )


def test_a_stage_name_is_named_whole():
    assert stage_name("Lanky Fresco", ["Lanky", "Desmond Okoye"])
    assert not stage_name("Vyletta Gordon", ["Vyletta", "Empress Vyletta"])  # her own name
    assert not stage_name("Lorraine Dacosta", ["Rain", "MC Rain"])  # what people call her
    assert not stage_name("Wilberforce Tulloch", ["Will", "Producer Will"])
    assert not stage_name("Yasmine Abdel-Fattah", ["Yasmine", "Yasmeen Abdelfattah"])  # a spelling
    assert not stage_name("Marisol Quintero", ["Marisol", "La Sirena"])


def test_an_absolute_phrase_is_no_splice():
    text = "Wexley proposed, one knee on the landing, his band having lost Best Group minutes earlier."
    assert unspliced(text) == text


def test_a_taiwanese_name_is_family_name_first():
    assert name_parts("Ông Bí-thô") == ("Bí-thô", "Ông")
    assert name_parts("Tsiam Bûn-hiông") == ("Bûn-hiông", "Tsiam")
    assert name_parts("Han Ji-woo") == ("Ji-woo", "Han")
    assert name_parts("Mary-Jane Watson") == ("Mary-Jane", "Watson")
    assert name_parts("Élodie Jean-Luc") == ("Élodie", "Jean-Luc")


def test_a_pointer_at_what_the_reporter_was_told_is_a_promise():
    told = _unshorthand(
        "Mabry Holt rang her father at ten from the press room, on speaker, exactly like she told Backstage at 8."
    )
    assert told == "Mabry Holt rang her father at ten from the press room, on speaker, as she had promised.", told


def test_the_line_after_a_setup_quote_is_said_back_in_the_moment():
    text = (
        "Holt walked straight to Mabry at the side of the stage. They had not spoken since their show was cancelled"
        " in 2019. It began hours earlier, when Holt told Backstage he hadn't spoken to Mabry since the show got axed"
        " in 2019 awkward. But then he said this. “If I win, she's the first name I say,” Holt said. “Six years late,"
        " but thank you,” Holt added."
    )
    told = _promise_quoted(text, "", _NAMES)
    assert told.endswith(
        "in 2019. Hours earlier, Holt had said: “If I win, she's the first name I say.” “Six years late, but thank"
        " you,” Holt said."
    ), told
