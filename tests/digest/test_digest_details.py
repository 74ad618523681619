"""A moment's best details are told (issue 11, round 7): the report that speaks for a moment is told whole, then
what its other reports add, chosen best-voted first (a person, a number, an object, what happened next), while the
moment's copy and quotes stay within their words; a sentence that tells the same event in other words, or that was
typed as notes, is not told (invented nights)."""

from __future__ import annotations

import pytest

from bot.digest.beats import _began
from bot.digest.copying import _adds
from bot.digest.night import claim_words
from bot.digest.splices import unspliced

from .factory import Night, filler, item_with


def _cavaquinho(night: Night, votes: tuple[int, int, int]) -> tuple[object, object, object]:
    """One moment in three reports, each with a detail of its own."""
    filler(night, 4, votes=1)
    speaks = night.spot(
        "Almir Duarte handed his old cavaquinho to Kaue Ribeiro in the corridor behind the stage. The wardrobe "
        "crew stood in the doorway and applauded.",
        who=["Almir Duarte", "Kaue Ribeiro"],
        where="Corridor",
        by="Ana",
        at="21:04",
        votes=votes[0],
    )
    year = night.spot(
        "Almir Duarte handed Kaue Ribeiro the cavaquinho in the corridor. It was the 1968 one he recorded "
        "Praca Azul on.",
        who=["Almir Duarte", "Kaue Ribeiro"],
        where="Corridor",
        by="Caio",
        at="21:02",
        votes=votes[1],
    )
    busked = night.spot(
        "Almir Duarte gave Kaue Ribeiro his cavaquinho in the corridor. Ribeiro had busked his songs outside "
        "the theatre for three summers.",
        who=["Almir Duarte", "Kaue Ribeiro"],
        where="Corridor",
        by="Duda",
        at="21:03",
        votes=votes[2],
    )
    return speaks, year, busked


def test_what_each_other_report_adds_is_told_once_with_the_report_that_speaks_for_the_moment():
    night = Night()
    speaks, _, _ = _cavaquinho(night, (40, 163, 20))
    item = item_with(night.compile(), speaks)
    body = item.body
    assert all(detail in body for detail in ("1968", "applauded", "three summers")), body  # each report's detail
    assert sum(body.count(verb) for verb in ("handed", "gave")) == 1, body  # the handing-over, told once
    assert sorted(item.reporters) == ["Ana", "Caio", "Duda"]


def _lift(night: Night, speaks: str) -> object:
    """A moment whose top-voted report was typed as notes around one good sentence (so another speaks for it)."""
    filler(night, 4, votes=1)
    told = night.spot(
        speaks,
        who=["Nadia Farr"],
        where="Lift",
        by="Ana",
        at="21:00",
        votes=60,
        quote="I have climbed out of worse things than a lift, darling, I did two seasons of panto.",
    )
    night.spot(
        "lift stuck btwn floors 2+3 w/ Nadia Farr in it!! A firefighter from the station across the road came up "
        "the back stairs with a crowbar and levered the outer doors apart.",
        who=["Nadia Farr"],
        where="Lift",
        by="Ben",
        at="21:02",
        votes=150,
    )
    night.spot(
        "Nadia Farr was stuck in the lift. Her dresser passed her a sandwich through the gap.",
        who=["Nadia Farr"],
        where="Lift",
        by="Cy",
        at="21:03",
        votes=5,
    )
    return told


def test_the_top_voted_reports_detail_is_told_first():
    night = Night()
    told = _lift(night, "Nadia Farr climbed out of the jammed lift through the hatch in its ceiling in her ballgown.")
    body = item_with(night.compile(), told).body
    assert "A firefighter from the station across the road" in body, body
    assert "sandwich" in body, body  # (it fits: a weaker detail, told after)


def test_a_weaker_reports_detail_is_never_told_when_a_stronger_ones_did_not_fit():
    night = Night()
    told = _lift(
        night,
        "Nadia Farr missed her cue because the lift between the dressing rooms and the stage jammed between two "
        "floors. She climbed out through the hatch in the ceiling in her full ballgown while the stage manager held "
        "the hatch open and the whole crew counted her down from the corridor below. She walked on to the loudest "
        "applause of the night and sang the whole aria with plaster dust in her hair.",
    )
    body = item_with(night.compile(), told).body
    assert "firefighter" not in body, body  # (the moment's copy and its quote are full)
    assert "sandwich" not in body, body


def test_a_sentence_that_tells_the_event_again_in_other_words_adds_nothing():
    told = "Tyler Okonkwo tumbled off the edge of the stage right after the award and landed in Kanye West's arms."
    again = "West and Kid Cudi caught a winner who fell off the stage edge, landing in their arms."
    names = frozenset({"tyler", "okonkwo", "kanye", "west", "kid", "cudi"})
    assert not _adds(again, claim_words(told), told, names, quoted=False, someone_new=True)
    detail = "West and Kid Cudi carried him back up the steps to the mic like a trophy of their own."
    assert _adds(detail, claim_words(told), told, names, quoted=False, someone_new=True)


def test_a_detail_typed_as_notes_is_not_told():
    told = "Imogen Achterberg walked into the press room carrying a sheet cake."
    notes = "Immy and Marchetti handing out cake slices on napkins, plastic forks, Immy doing the cutting"
    names = frozenset({"imogen", "achterberg", "immy", "solenne", "marchetti"})
    assert not _adds(notes, claim_words(told), told, names, quoted=False, someone_new=True)


def test_a_noun_and_its_clause_after_a_comma_are_no_splice():
    text = "Almir took out his 1968 cavaquinho, the one he recorded Praca Azul on, and handed it to Kaue."
    assert unspliced(text) == text
    assert unspliced("Instead he knelt down and gave him the duster, dropped the voice.") == (
        "Instead he knelt down and gave him the duster and dropped the voice."
    )


def test_a_run_of_predicates_ends_on_and_even_after_a_past_alone():
    assert unspliced("Nina Vell won, ran to the wings, hugged her mum, cried, went back out for the encore.") == (
        "Nina Vell won, ran to the wings, hugged her mum, cried and went back out for the encore."
    )
    stunned = "Nina Vell stood there, stunned, held the trophy up."
    assert "stunned and" not in unspliced(stunned)  # a feeling is no predicate


def test_an_item_prints_its_three_most_voted_quotes_each_after_its_own_text():
    night = Night()
    filler(night, 4, votes=1)
    lead = night.spot(
        "Petra Lind dropped her trophy on the press room steps and the glass star snapped off.",
        who=["Petra Lind"],
        where="Press room",
        by="Ana",
        at="21:00",
        votes=50,
        quote="Well, now it matches my knees.",
    )
    night.spot(
        "Petra Lind picked the glass star up off the press room steps and put it in her clutch.",
        who=["Petra Lind"],
        where="Press room",
        by="Ben",
        at="21:01",
        votes=10,
        quote="Nobody touch the pieces, they're mine.",
    )
    night.spot(
        "Petra Lind glued the glass star back onto her trophy at the bar with a nail technician's glue.",
        who=["Petra Lind"],
        where="Bar",
        by="Cy",
        at="21:40",
        votes=30,
        quote="Good as new, if you squint.",
    )
    night.spot(
        "Petra Lind held the glued trophy up at the bar for everyone to see.",
        who=["Petra Lind"],
        where="Bar",
        by="Dee",
        at="21:41",
        votes=5,
        quote="Ladies and gentlemen, the star returns.",
    )
    body = item_with(night.compile(), lead).body
    assert "glued" in body, body  # (the follow-up is told)
    said = [line for line in ("matches my knees", "they're mine", "Good as new", "the star returns") if line in body]
    assert said == ["matches my knees", "they're mine", "Good as new"], body  # the least voted one goes
    assert "for everyone to see" not in body, body  # (the scene of a line not printed is no detail)
    assert body.index("snapped off") < body.index("matches my knees") < body.index("glued"), body


def _hug(night: Night, votes: int) -> object:
    """A moment told in English with its speaker's English line, and reported in Portuguese with another line."""
    filler(night, 4, votes=1)
    night.spot(
        "O Kaue não largou o cavaquinho, ficou abraçado com o case no corredor.",
        who=["Kaue Ribeiro"],
        where="Corridor",
        by="Bia",
        at="21:06",
        votes=votes,
        quote="Vou dormir abraçado com ele.",
        quote_by="Kaue Ribeiro",
    )
    return night.spot(
        "Kaue Ribeiro was hugging the case in the corridor and would not let go of it.",
        who=["Kaue Ribeiro"],
        where="Corridor",
        by="Cy",
        at="21:07",
        votes=10,
        quote="I'm never putting it down.",
        quote_by="Kaue Ribeiro",
    )


@pytest.mark.parametrize("votes", [3, 40])
def test_a_line_in_another_language_is_never_printed_beside_its_speakers_english_one_however_voted(votes):
    night = Night()
    told = _hug(night, votes=votes)  # (it may be a translation of the English line: told twice)
    item = item_with(night.compile(), told)
    assert "“I'm never putting it down,” Ribeiro said." in item.body, item.body
    assert "Vou dormir" not in item.body and item.to_translate == []
    assert item.reporters == ["Bia", "Cy"]  # the Portuguese report still corroborates and is credited


def test_a_setup_of_other_people_is_told_as_what_came_before_never_as_what_the_moment_began_with():
    setup = "Will Osei was juggling Rocha's trophy at the bar."
    names = frozenset({"will", "osei", "rocha"})
    assert (
        _began(setup, 80 * 60, names)
        == "It began earlier that night, when Will Osei was juggling Rocha's trophy at the bar."
    )
    assert _began(setup, 80 * 60, names, cause=False) == (
        "Earlier that night, Will Osei was juggling Rocha's trophy at the bar."
    )
