"""Bodies (issue 11, round 15, dbody18): an item's body opens on its story and is told in sentences. No framing to the
desk ("A follow-up from the cloakroom: …") nor a line to the reader; the first sentence never opens on "Then", a clock's
"It was half nine and …", or a bare "She" the story can name; a telegraphic note told as a sentence (its fragments
after the clause left out, "Crole paying" → "and Crole paid", "Fiddle case was" → "the fiddle case was", a present
after the past in the past) or not printed; a setup "It began …, when" joins gives its own act, never a clause cut
from the middle of its report."""

from __future__ import annotations

from bot.digest.beats import _began
from bot.digest.deskframe import story_first, subject_named, unframed, without_desk_talk
from bot.digest.sentenced import in_sentences

_NAMES = frozenset({"mireille", "dufay", "bastian", "crole", "hollis", "pym", "ada", "fenwick", "rufus", "arden"})
_TEXTS = "Ada Fenwick found the fiddle case and the trophy behind the bar."


def _told(text: str) -> str:
    return in_sentences(text, _NAMES, lambda: _TEXTS)


def test_the_framing_to_the_desk_is_never_printed():
    assert unframed("A follow-up from the cloakroom: Dufay and Crole sang.") == "Dufay and Crole sang."
    assert unframed("Later, a follow-up from the cloakroom: Dufay sang.") == "Later, Dufay sang."
    assert unframed("More on Dufay: the two of them sang.") == "The two of them sang."
    assert unframed("Quick update — Pym kept singing.") == "Pym kept singing."
    assert unframed("As promised, Pym sang.") == "Pym sang."
    for kept in ("More than sixty people sang.", "Dufay had an update: she was engaged.", "Later, Dufay sang."):
        assert unframed(kept) == kept
    told = without_desk_talk("You will not believe this one. Dufay grabbed Crole. “Thank you,” Crole said.", _NAMES)
    assert told == "Dufay grabbed Crole. “Thank you,” Crole said.", told
    assert without_desk_talk("Dufay told Crole you could hear a pin drop.", _NAMES) == (
        "Dufay told Crole you could hear a pin drop."
    )


def test_the_body_opens_on_the_story_not_on_a_lean_back():
    assert (
        story_first("Then she grabbed Crole by the collar. They hugged.")
        == "She grabbed Crole by the collar. They hugged."
    )
    assert story_first("It was half nine and the power failed. Pym sang.") == "The power failed. Pym sang."
    assert story_first("It was raining. Pym sang.") == "It was raining. Pym sang."
    people = [("Mireille Dufay", "she"), ("Bastian Crole", None)]
    again = {"Mireille Dufay": "Dufay", "Bastian Crole": "Crole"}
    told = subject_named("She grabbed Bastian Crole by the collar. Mireille Dufay and Crole hugged.", people, again)
    assert told == "Mireille Dufay grabbed Bastian Crole by the collar. Dufay and Crole hugged.", told
    # someone else's act told last in a report: the one "he" of the story, never the item's "she"
    told = subject_named(
        "He told her to sit down and eat something.", [("Mireille Dufay", "she"), ("Bastian Crole", "he")], again
    )
    assert told == "Bastian Crole told her to sit down and eat something.", told
    # two who could be "she": as it is
    two = [("Mireille Dufay", "she"), ("Ada Fenwick", "she")]
    assert subject_named("She sang.", two, again) == "She sang."


def test_a_note_is_told_as_a_sentence_or_left_out():
    assert _told("Later, Dufay was at the kebab van ordering three wraps, Crole paying.") == (
        "Later, Dufay was at the kebab van ordering three wraps, and Crole paid."
    )
    assert _told("Pym kept the hall singing — grid down, genny slow about 40s, pitch dark.") == (
        "Pym kept the hall singing."
    )
    assert _told("Pym asked for no phones, about two hundred people, dead silent.") == "Pym asked for no phones."
    assert _told("Later, Fiddle case was on top of the fridge.") == "Later, the fiddle case was on top of the fridge."
    assert _told("Trophy was on top of the piano.") == "The trophy was on top of the piano."
    assert _told("Grandma was on the phone.") == "Grandma was on the phone."  # (a relative's name, no article)
    # a name the roster does not hold, printed after an article only in capitals: no article
    assert in_sentences("Hallorann had given it to Lodi.", _NAMES, lambda: "the Hallorann case") == (
        "Hallorann had given it to Lodi."
    )
    assert _told("Arden handed it to Fenwick. She offers him a drink. He didn't take it.") == (
        "Arden handed it to Fenwick. She offered him a drink. He didn't take it."
    )
    assert (
        _told("Arden handed it over. She swipes it back. He laughed.")
        == "Arden handed it over. She swiped it back. He laughed."
    )
    assert _told("Dufay left w/ Crole + Arden, handed it to Tomas V. (sound, eng.) first.") == (
        "Dufay left with Crole and Arden, and handed it to Tomas V. first."  # (round 40: the act glued on, joined)
    )
    # a person's act with no verb: not printed, its connective carried to the sentence after it
    assert _told("Later, Dufay and Crole photo, trophy between them. The trophy went home with Crole.") == (
        "Later, the trophy went home with Crole."
    )
    assert _told("Grid was down, genny slow about 40s, pitch dark.") == "Grid was down."
    for kept in (
        "Hanna sang. She was appealing.",  # (a pronoun is no bare noun)
        "Hanna sang for the crew — close to 50 of them now, all singing.",  # (an apposition, no shorthand)
        "Her seventh nomination, seventh loss.",
        "She got home, kids asleep.",
        "She sang the hymn to them, no mic, no band.",
        "Vlachos sat alone on the staircase behind the set, in tears.",
        "Lavaud handed her speech, four pages, handwritten, to Page and told her to cut it.",
        "He would dance in the press room, on camera, at ten o'clock.",
        "She said yes, laughing, and they danced between the cones.",
        "Pym sings every night. He always has.",
    ):
        assert _told(kept) == kept


def test_a_setup_gives_its_own_act_never_a_clause_from_the_middle_of_its_report():
    names = frozenset({"owen", "tregarth"})
    told = _began(
        "His grandfather has never once seen him win anything, he said, and he does not own a radio. "
        "Tregarth said he would phone his grandfather the moment he won.",
        5400,
        names,
    )
    assert (
        told == "It began earlier that night, when Tregarth said he would phone his grandfather the moment he won."
    ), told
    assert _began("She has never seen him win anything, he said, and she does not own a television.", 5400, names) == ""
    told = _began("Tregarth said he would phone his grandfather the moment he won.", 5400, names)
    assert told == "It began earlier that night, when Tregarth said he would phone his grandfather the moment he won."
