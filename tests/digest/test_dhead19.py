"""A headline says the act, never a note pasted in (issue 11, round 16): a note's fragments before the person, a
posture before the act, a modal passive ("could be heard singing"), a dash between the person and the verb, a
clause cut before its object, and a reporter's headline written for a follow-up never head the item."""

from __future__ import annotations

from bot.digest.headline_check import problem
from bot.digest.headlines import write_headline
from bot.digest.news_clause import news_first


def _written(text: str, names: list[str]) -> str:
    return write_headline(news_first(text, names, names[0]), names=names, lead=names[0])


def test_a_shouted_note_heads_with_the_person_and_the_act_never_its_fragments():
    note = (
        "POWER OUT IN WINGS 21:05. GENERATOR DEAD 30S. DARK. NELL ROWE AT THE UPRIGHT PIANO, PLAYS 'LOW TIDE' BY"
        " EAR. WHOLE CREW JOINS IN."
    )
    headline = _written(note, ["Nell Rowe"])
    assert headline.startswith("Nell Rowe Plays 'Low Tide'")
    assert "21:05" not in headline and ". " not in headline and "Generator" not in headline


def test_a_posture_is_not_the_act():
    assert (
        _written(
            "Hana Doyle is crouched behind the catering van reading her acceptance speech out loud to the"
            " dishwashers, who applaud every line.",
            ["Hana Doyle"],
        )
        == "Hana Doyle Reads Her Acceptance Speech Out Loud to the Dishwashers"
    )
    assert (
        _written(
            "Tomas Fenn is sitting on the fire escape video-calling his father, holding up the medal he lost.",
            ["Tomas Fenn"],
        )
        == "Tomas Fenn Video-Calls His Father on the Fire Escape"
    )
    from bot.digest.act_clause import act_clause

    # a place with no posture, and a posture with no act after it, are left as they are
    assert act_clause("Ada Roe is in the lobby signing programmes.", ["Ada Roe"]) == (
        "Ada Roe is in the lobby signing programmes."
    )
    assert (
        act_clause("Ada Roe was sitting on the steps, alone.", ["Ada Roe"])
        == "Ada Roe was sitting on the steps, alone."
    )


def test_what_another_did_to_the_star_heads_over_the_stars_stance():
    assert (
        _written(
            "Piet Laan has his cane in one hand and waves as an usher lifts him over the flooded ramp and carries"
            " him to the door.",
            ["Piet Laan"],
        )
        == "An Usher Lifts Piet Laan Over the Flooded Ramp and Carries Him to the Door"
    )


def test_a_modal_passive_is_told_as_the_act():
    headline = _written(
        "Ines Varo and Kit Brandt could be heard rehearsing the duet from Paper Moon behind the locked door of the"
        " costume store.",
        ["Ines Varo", "Kit Brandt"],
    )
    assert headline.startswith("Ines Varo and Kit Brandt Rehearse the Duet")
    from bot.digest.act_clause import act_clause

    assert act_clause("Ada Roe could be heard laughing.", ["Ada Roe"]) == "Ada Roe was laughing."


def test_no_lead_in_and_dash_before_the_verb():
    headline = _written(
        "Seconds after the result, Rhea Solt — hugs the envelope to her chest and will not let the presenter take"
        " it back.",
        ["Rhea Solt"],
    )
    assert headline == "Rhea Solt Hugs the Envelope to Her Chest"


def test_a_clause_is_never_cut_before_the_object_of_a_negated_verb():
    headline = _written(
        "Wren Abbott tripped on the ramp and did not spill a drop of the champagne on her tray.", ["Wren Abbott"]
    )
    assert headline == "Wren Abbott Trips on the Ramp and Does Not Spill a Drop of the Champagne"
    assert problem(headline, ["Wren Abbott"]) is None


def test_an_english_loanword_keeps_its_clause():
    assert (
        _written("Dov Mirza ate the whole tray of canapés meant for the jury.", ["Dov Mirza"])
        == "Dov Mirza Eats the Whole Tray of Canapés Meant for the Jury"
    )


def test_a_desk_word_is_never_the_subject():
    assert (
        _written("Overheard in the wings: the stage manager telling Ada Finch she is on in two minutes.", ["Ada Finch"])
        == "Stage Manager Tells Ada Finch She Is On in Two Minutes"  # ("on": an adverb, on stage)
    )
    assert (
        _written("Overheard — Ada Finch in the wings, rehearsing her speech to a fire extinguisher.", ["Ada Finch"])
        == "Ada Finch Rehearses Her Speech to a Fire Extinguisher in the Wings"
    )


def test_asides_before_the_verb_are_left_out():
    assert (
        _written("Right after her speech, Lotte Hain — in tears — hands the trophy to her driver.", ["Lotte Hain"])
        == "Right After Her Speech, Lotte Hain Hands the Trophy to Her Driver"
    )
    assert (
        _written(
            "Tor Brink, shoes in one hand, waving, is carried through the flooded foyer by a security guard.",
            ["Tor Brink"],
        )
        == "Tor Brink Is Carried Through the Flooded Foyer by a Security Guard"
    )


def test_a_fall_never_ends_on_and_lands():
    headline = _written("Jon Eck slips on the stairs and lands, trophy still held over his head.", ["Jon Eck"])
    assert not headline.endswith("and Lands")


def test_an_aside_between_the_verb_and_what_it_needs_is_left_out():
    assert (
        _written("Dov Arkin eats, standing up, straight from the pot of jollof the caterers left out.", ["Dov Arkin"])
        == "Dov Arkin Eats Straight From the Pot of Jollof"
    )
    assert (
        _written(
            "Jorg Falk slipped on the wet stairs and landed, somehow, on his feet with the trophy intact.",
            ["Jorg Falk"],
        )
        == "Jorg Falk Slips on the Wet Stairs and Lands on His Feet"
    )
    assert (
        _written("Ada Finch, moments after her win — clutches the statue to her chest.", ["Ada Finch"])
        == "Ada Finch Clutches the Statue to Her Chest"
    )
