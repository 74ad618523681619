"""Issue 11, round 46: what the round-45 reviews of Montevideo, Yerevan and Baku found in the digest's headlines, each
as the reader meets it. Every name here is invented."""

from __future__ import annotations

from bot.digest.headlines import write_headline
from bot.models import RosterEntry, Sighting

from .factory import Night, filler, item_with


def test_a_reunion_told_in_shorthand_is_headed_by_the_years_of_silence_not_a_second_meeting() -> None:
    text = (
        "Bar: Oskar Lind and Maja Holm met for the second time tonight. He poured two glasses of cider. She took it. "
        "10 minutes talking, her hand on his arm. First time since '22."
    )
    headline = write_headline(text, names=["Maja Holm", "Oskar Lind"], lead="Maja Holm")
    assert headline == "Oskar Lind and Maja Holm Talk for the First Time Since 2022", headline


def test_a_reunion_broken_by_one_of_the_two_speaking_first_is_their_first_talk() -> None:
    text = (
        "Rita Sorel and Ines Vaz, who have not spoken since their duo split in 2027, ended up under the same umbrella "
        "by the door. Ines spoke first; within minutes they were laughing."
    )
    headline = write_headline(text, names=["Rita Sorel", "Ines Vaz"], lead="Rita Sorel")
    assert headline == "Rita Sorel and Ines Vaz Talk for the First Time Since 2027", headline


def test_two_people_under_the_same_umbrella_are_never_under_the_umbrella() -> None:
    text = "Rita Sorel and Ines Vaz ended up under the same umbrella by the door, and laughed about the rain."
    headline = write_headline(text, names=["Rita Sorel", "Ines Vaz"], lead="Rita Sorel")
    assert "the Umbrella" not in headline, headline


def test_people_shut_in_a_stuck_lift_are_the_headlines_subject_not_the_lift() -> None:
    text = (
        "The old service lift that runs from the kitchens to the ballroom stopped between floors at about 21:40 with "
        "the singer Lotte Brink, the presenter Ravi Menon and a porter inside. While an engineer worked on it, the "
        "three of them sang through the grille, first a hymn Ravi taught the others, then a shanty Lotte taught him."
    )
    names = ["Lotte Brink", "Ravi Menon"]
    headline = write_headline(text, names=names, lead="Lotte Brink")
    assert headline == "Lotte Brink and Ravi Menon Sing in a Stuck Service Lift", headline


def test_the_people_inside_a_stuck_lift_never_head_the_moment_of_the_one_outside_it_nor_does_it_stick() -> None:
    text = (
        "The goods lift has stuck between floors with the host, Pia Moll, and Ada Stern inside. Bruno Keel, on his way "
        "down the stairs, stopped at the lift door and sang to them through it."
    )
    headline = write_headline(text, names=["Bruno Keel", "Pia Moll", "Ada Stern"], lead="Bruno Keel")
    assert not headline.startswith("Pia Moll") and "Sticks" not in headline, headline


def test_how_someone_was_found_stays_in_the_headline_after_their_age() -> None:
    text = (
        "Timo Rask found Ville Aho, 19, sitting alone on the steps after losing Best Newcomer, and sat down beside "
        "him. They stayed there until the stage manager came looking for them."
    )
    headline = write_headline(text, names=["Timo Rask", "Ville Aho"], lead="Timo Rask")
    assert headline.startswith("Timo Rask Finds Ville Aho Sitting Alone"), headline


def _roster(night: Night, *people: tuple[str, tuple[str, ...]]) -> None:
    night.roster = [RosterEntry(id=k, guild_id=99, name=n, aliases=list(a)) for k, (n, a) in enumerate(people, 1)]


def _bar_meeting(night: Night) -> Sighting:
    _roster(night, ("Oskar Lind", ("Lind",)), ("Maja Holm", ("Holm",)))
    filler(night, 4, votes=2)
    night.spot(
        "Oskar Lind and Maja Holm came face to face in the smokers' courtyard. He said her name. She put out her "
        "cigarette and went back inside without answering.",
        who=["Oskar Lind", "Maja Holm"],
        at="20:40",
        votes=70,
        by="Olga",
        where="Smokers' courtyard",
    )
    return night.spot(
        "Oskar Lind and Maja Holm, who made “The Long Ferry” together and had not spoken since they split in 2022, met "
        "at the bar for the second time that night. He poured two glasses of cider. She took it. They talked for ten "
        "minutes, her hand on his arm.",
        who=["Oskar Lind", "Maja Holm"],
        at="23:14",
        votes=150,
        by="Helen",
        where="Foyer bar",
        quote="Ten years is long enough.",
        quote_by="Maja Holm",
    )


def test_a_second_meeting_told_before_the_first_never_counts_it_and_one_of_two_glasses_is_one() -> None:
    night = Night()
    bar = _bar_meeting(night)
    body = item_with(night.compile(), bar).body
    assert "smokers' courtyard" in body and "second time" not in body, body
    assert "She took one." in body, body


def test_someone_who_filmed_the_act_did_it_then_not_later() -> None:
    night = Night()
    _roster(night, ("Nico Berra", ("Berra",)), ("Teo Sala", ("Sala",)))
    filler(night, 4, votes=2)
    dock = night.spot(
        "Nico Berra walked his whole band down to the end of the jetty, took off his shoes and put both feet in the "
        "lake while a steward held him by the belt. The whole band was singing behind him.",
        who=["Nico Berra"],
        at="22:19",
        votes=300,
        by="Lu",
        where="end of the jetty",
    )
    night.spot(
        "Teo Sala, the band's drummer, filmed Berra's whole jetty walk on his phone and is already showing it "
        "around the bar.",
        who=["Teo Sala", "Nico Berra"],
        at="22:26",
        votes=70,
        by="Gonza",
        where="bar",
    )
    body = item_with(night.compile(), dock).body
    assert "filmed" in body and "Later, Sala" not in body and "Later, Teo Sala" not in body, body
