"""Causes found on the held-out Tamworth night (round 25's worst headline, both reviewers): a song sung by someone a
report calls "a 90 year old nonna" was headed by the one who played along ("… Plays Along on Guitar"), and the item
was built as his, with his own earlier moment told as its setup. Every name and sentence is invented."""

from __future__ import annotations

from bot.digest.headlines import write_headline
from bot.models import RosterEntry

from .factory import Night, filler, item_with


def _singing_night() -> tuple[Night, object]:
    night = Night()
    night.roster = [
        RosterEntry(id=1, guild_id=99, name="Domenica Ferraro", aliases=("Nonna Mimi",)),
        RosterEntry(id=2, guild_id=99, name="Hollis Vane", aliases=("Hoss Vane",)),
    ]
    filler(night, 4)
    night.spot(
        "Hoss Vane, 81, was given the lifetime award. Backstage he asked for a cup of tea and a chair.",
        who=["Hoss Vane"],
        by="Ben",
        at="20:10",
        votes=20,
    )
    told = night.spot(
        "the whole back bar has gone silent because a 92 year old nonna is standing on a stool singing in Italian "
        "and Hoss Vane is playing along on a borrowed mandolin. nobody is touching their drinks.",
        who=["Hoss Vane"],
        by="Amy",
        at="22:20",
        where="back bar",
        votes=90,
    )
    night.spot(
        "BACK BAR: D. Ferraro (92) sings a song from Calabria. Vane on mandolin. Whole room on the chorus.",
        who=["Domenica Ferraro"],
        by="Cal",
        at="22:26",
        where="back bar",
        votes=30,
    )
    return night, told


def test_a_song_by_someone_called_a_92_year_old_nonna_is_her_item_never_the_accompanist_s():
    night, told = _singing_night()
    item = item_with(night.compile(), told)
    assert item.lead == "Domenica Ferraro", (item.lead, item.headline)
    assert "Plays Along" not in item.headline, item.headline
    assert "Domenica Ferraro, a 92 year old nonna, was standing" in item.body, item.body
    assert "lifetime award" not in item.body, item.body  # (his own moment is no setup of her song)


def test_the_lead_s_own_act_too_short_to_head_the_item_still_keeps_the_accompanist_out():
    text = (
        "The back bar went silent because Nonna Mimi is singing in Italian and Hoss Vane is playing along on a "
        "borrowed mandolin."
    )
    headline = write_headline(text, names=["Nonna Mimi", "Hoss Vane"], lead="Nonna Mimi")
    assert "Plays Along" not in headline, headline
    assert "Nonna Mimi" in headline, headline


def test_his_case_after_a_lead_in_that_named_the_busker_names_him_in_the_headline():
    night = Night()
    filler(night, 4)
    told = night.spot(
        "Wren Callow walked out of the side door with her Best Newcomer trophy still in her hand, crossed the alley to "
        "the busker who had been playing by the fire escape all night, Tobias Finch, 15, from Gunnedah, and laid the "
        "trophy in his open banjo case. She stayed for one more song, then went back in without a word to the cameras.",
        who=["Wren Callow", "Tobias Finch"],
        by="Amy",
        at="21:40",
        votes=120,
    )
    item = item_with(night.compile(), told)
    assert "His" not in item.headline.split(), item.headline
    assert "Tobias Finch's" in item.headline, item.headline


# Causes found by the blind review of the held-out Chicago night (round 26, before).


def test_she_and_a_name_doing_something_together_never_heads_as_the_name_alone_with_a_plural_verb():
    text = "Inès Marceau says she and Bjørn Aas are making a record in Oslo in March. Aas nodded."
    headline = write_headline(text, names=["Inès Marceau", "Bjørn Aas"], lead="Inès Marceau")
    assert "Bjørn Aas Make" not in headline and "Bjørn Aas Are" not in headline, headline


def test_a_host_reading_a_speech_for_the_locked_out_winner_never_heads_his_lockout_even_cut_short():
    text = (
        "Bjørn Aas has been found. He had stepped onto the roof terrace off the east corridor for a cigarette, the "
        "door locked behind him, and he spent his own category knocking on it in the sleet. A porter let him in, "
        "soaked, as Corliss was reading his speech for him."
    )
    headline = write_headline(
        text,
        names=["Bjørn Aas", "Corliss Ray Dunmore"],
        lead="Bjørn Aas",
        others=["Bjørn Aas walked out onstage soaking wet to take the trophy off Corliss Ray Dunmore."],
        quote="In Bergen, doors open both ways.",
        speaker="Bjørn Aas",
    )
    assert headline.startswith("Bjørn Aas "), headline


def test_a_trophy_carried_a_long_way_to_someone_is_headed_with_to_whom_never_cut_on_straight():
    text = (
        "Marisol Peake carried her Record of the Year trophy straight through the wings to Ottoline Burrage, who had "
        "been nominated against her, put it in Burrage's hands and refused to take it back."
    )
    headline = write_headline(text, names=["Marisol Peake", "Ottoline Burrage"], lead="Marisol Peake")
    assert headline == "Marisol Peake Carries Her Record of the Year Trophy to Ottoline Burrage", headline


def test_a_place_named_for_its_owner_after_at_is_never_read_as_someone_being_somewhere():
    night = Night()
    filler(night, 4)
    told = night.spot(
        "Ottoline Burrage, who lost Best Gospel Vocal, climbed onto the counter at Mabel's in one shoe and read the "
        "speech she had written on a napkin. The cook handed her a ladle as a trophy, and the whole diner stood.",
        who=["Ottoline Burrage"],
        at="23:10",
        votes=90,
    )
    body = item_with(night.compile(), told).body
    assert "at Mabel's in one shoe" in body, body
    assert "Mabel is" not in body and "Mabel was" not in body, body
