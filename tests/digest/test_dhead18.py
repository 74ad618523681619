"""A headline carries the act, not the clock or the room (issue 11, round 15): the act that made the moment (a thing
taken from another, the circumstance it happened in), never a time of day or a room's code, never a closing place
where the report tells the choice, never a clause cut before its point, and what a kept word was."""

from __future__ import annotations

from bot.digest.cutting import cut
from bot.digest.headlines import write_headline
from bot.digest.news_clause import news_first, prose_first
from bot.digest.owners import owner_fronted


def _written(text: str, names: list[str], lead: str) -> str:
    return write_headline(news_first(text, names, lead), names=names, lead=lead)


def test_a_thing_taken_from_another_mid_act_heads_with_the_payoff():
    text = (
        "Pia Moreno was singing for the cleaners in the loading bay when Dot Ferreira, 81, still in her gown, walked"
        " over, took the guitar out of her hands and played the whole of Blue Harbour."
    )
    names = ["Pia Moreno", "Dot Ferreira"]
    assert (
        _written(text, names, "Pia Moreno")
        == "Dot Ferreira Takes Pia Moreno's Guitar and Plays the Whole of Blue Harbour"
    )


def test_the_circumstance_a_report_opens_with_is_kept_never_a_place():
    from bot.digest.padding import circumstance, with_circumstance

    assert circumstance("During the fire alarm, Carl Benn handed Nadia Oduya his torch.") == "during the fire alarm"
    assert circumstance("In the blackout, the band kept playing.") == "in the blackout"
    assert circumstance("In the kitchen, Carl Benn handed Nadia Oduya his torch.") is None
    headline = "Nadia Oduya Gets the Whole Queue Dancing the Conga"
    assert with_circumstance(headline, "during the fire alarm") == f"{headline} During the Fire Alarm"
    assert (
        with_circumstance("Ada Roe Sings “Blue Harbour”", "in the blackout")
        == "Ada Roe Sings “Blue Harbour” in the Blackout"
    )
    assert with_circumstance("Ada Roe Sings in the Dark", "in the dark") == "Ada Roe Sings in the Dark"


def test_no_clock_nor_room_code_in_a_headline():
    from bot.digest.padding import unpadded

    assert unpadded("Rosa Quint Reads Her Speech at 23:10 in the C2 Dressing Room") == (
        "Rosa Quint Reads Her Speech in the Dressing Room"
    )
    assert (
        unpadded("Rosa Quint Calls Her Mother at 9 on the Dot From the Foyer")
        == "Rosa Quint Calls Her Mother From the Foyer"
    )
    assert unpadded("At Half Past Nine, Rosa Quint Sings in B4") == "Rosa Quint Sings"
    assert unpadded("Rosa Quint Wins 3 Games to 1") == "Rosa Quint Wins 3 Games to 1"
    assert unpadded("Rosa Quint: “Meet Me at 10:30”") == "Rosa Quint: “Meet Me at 10:30”"
    text = "Rosa Quint read her acceptance speech to the cleaners at 23:10 in the C2 dressing room."
    assert (
        write_headline(text, names=["Rosa Quint"], lead="Rosa Quint")
        == "Rosa Quint Reads Her Acceptance Speech to the Cleaners"
    )


def test_a_thing_put_on_someone_is_never_cut_before_where_it_was_put():
    sentence = "Stagehand Milo Varga puts his own black boots on Juno Reyes's feet when her sandal broke"
    words = sentence.split()
    assert cut(words, 35, 4) == "Stagehand Milo Varga puts his own black boots on Juno Reyes's feet"
    text = (
        "Stagehand Milo Varga pulled off his own black boots and put them on Juno Reyes's feet when the strap of her"
        " sandal broke in the wings, a minute before Best Song was read."
    )
    headline = write_headline(text, names=["Juno Reyes", "Milo Varga"], lead="Juno Reyes")
    assert headline == "Milo Varga Puts His Own Black Boots on Juno Reyes's Feet"


def test_a_closing_place_gives_way_to_the_choice_the_report_tells():
    from bot.digest.padding import choice_for_place

    names = ["Lena Maas", "Tom Li"]
    others = ["Tom Li gets both arms round her and lets the trophy drop"]
    assert choice_for_place("Tom Li Catches Lena Maas at the Bottom of the Stage-Right Stairs", others, names) == (
        "Tom Li Catches Lena Maas and Lets the Trophy Drop"
    )
    assert choice_for_place("Tom Li Catches Lena Maas on Stage", others, names) == "Tom Li Catches Lena Maas on Stage"
    text = (
        "Tom Li caught Lena Maas at the bottom of the stage-right stairs when she slipped with her Best Song trophy."
        " He got both arms round her and let the trophy drop; it rolled under the piano."
    )
    assert write_headline(text, names=names, lead="Tom Li") == "Tom Li Catches Lena Maas and Lets the Trophy Drop"


def test_a_kept_word_says_what_the_word_was():
    from bot.digest.padding import word_said

    text = (
        "Ossie Trent, who swore on the carpet that his beard would go if Velvet Dock won Best Album, kept his word at"
        " 20:35 in the A3 green room, where his bassist shaved it off with a borrowed razor."
    )
    names = ["Ossie Trent", "Velvet Dock"]
    written = _written(text, names, "Ossie Trent")
    assert written == "Ossie Trent Keeps His Word in the Green Room"
    assert word_said(written, text, names) == "Ossie Trent Keeps His Word as His Bassist Shaves Off His Beard"
    assert word_said("Ossie Trent Keeps His Word", "Ossie Trent kept his word.", names) == "Ossie Trent Keeps His Word"


def test_a_pinned_note_gives_way_to_prose_that_opens_on_its_place():
    note = "GRN RM: TAMSIN ON 1 KNEE TO ODILE. HOLDS OUT CUP. SHE WON'T TAKE IT."
    prose = "In the green room, Tamsin Hale went down on one knee in front of Odile Marr and held out the cup."
    assert prose_first([note, prose], "Tamsin Hale") == [prose, note]


def test_a_thing_the_subject_won_minutes_earlier_is_theirs():
    assert owner_fronted("Tamsin Hale held out the cup she had won minutes earlier.", ["Tamsin Hale"]) == (
        "Tamsin Hale held out her cup."
    )


def test_going_back_for_the_next_cue_is_the_way_out_never_the_moment():
    from bot.digest.headline_choice import past_the_way_there
    from bot.digest.payoff import way_there

    assert way_there("sprints", ["back", "for", "her", "next", "link"])
    assert way_there("runs", ["back", "to", "the", "wings"])
    assert not way_there("brings", ["back", "the", "trophy"])
    heads = ["Mira Holt Sprints Back for Her Next Link", "Mira Holt Does Selfies With the Fans for Four Minutes"]
    assert past_the_way_there(heads, ["Mira Holt"]) == heads[1:]


def test_a_closing_place_stays_when_the_act_is_done_to_nobody_of_the_moment():
    from bot.digest.padding import choice_for_place

    others = ["Lou Brand walks on with branches and petals in her hair"]
    assert choice_for_place("Lou Brand Loses Her Shoe on the Red Carpet", others, ["Lou Brand"]) == (
        "Lou Brand Loses Her Shoe on the Red Carpet"
    )
