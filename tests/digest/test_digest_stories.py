"""Grouping and ranking: what an editor expects the five items to be."""

from __future__ import annotations

import pytest

from bot.models import RosterEntry

from .factory import Night, all_ids, every_item, filler, item_with


def test_two_correspondents_reporting_one_exchange_make_one_item_credited_to_both():
    night = Night()
    filler(night, 6)
    amy = night.spot(
        "Dex Okafor and Juniper Hale swapped jackets outside dressing room 4 and refused to swap back",
        who=["Dex Okafor", "Juniper Hale"],
        by="Amy",
        at="21:03",
        quote="It fits better on me anyway",
    )
    ben = night.spot(
        "Juniper Hale and Dex Okafor swapped jackets outside dressing room 4, refusing to swap back",
        who=["Juniper Hale", "Dex Okafor"],
        by="Ben",
        at="21:06",
    )

    digest = night.compile()
    item = item_with(digest, amy)

    assert item is item_with(digest, ben)
    assert item.sighting_ids == [amy.id, ben.id]
    assert item.reporters == ["Amy", "Ben"]
    assert "reported by Amy, Ben" in item.body
    assert item.body.count("swapped jackets") == 1  # told once, not twice
    assert digest.items[0] is item  # the corroboration lifts it above single reports


def test_a_corroboration_joins_its_original_even_in_other_words_and_later():
    night = Night()
    filler(night, 4)
    original = night.spot("Otto Brandvold fell asleep on a flight case", who=["Otto Brandvold"], by="Cleo", at="20:10")
    confirm = night.spot(
        "Confirmed from the loading dock: snoring and all",
        who=["Otto Brandvold"],
        by="Dmitri",
        at="20:45",
        corroborates=original,
    )

    item = item_with(night.compile(), original)

    assert confirm.id in item.sighting_ids
    assert item.reporters == ["Cleo", "Dmitri"]
    assert "snoring and all" in item.body  # a different account of the moment is told too


def test_unrelated_moments_are_not_merged_even_minutes_apart():
    night = Night()
    a = night.spot("Wren Quill tripped over a cable", who=["Wren Quill"], by="Amy", at="21:00")
    b = night.spot("Noor Sallow sang the theme tune to a cloakroom queue", who=["Noor Sallow"], by="Ben", at="21:02")

    digest = night.compile()

    assert item_with(digest, a) is not item_with(digest, b)


def test_a_person_in_eight_sightings_is_one_item_not_several():
    night = Night()
    filler(night, 8)
    moments = [
        ("19:40", "Marisol Vance arrived in a borrowed tractor", "Amy"),
        ("20:05", "Marisol Vance taught a security guard to waltz", "Ben"),
        ("20:30", "Marisol Vance ate the centrepiece grapes, all of them", "Cleo"),
        ("20:55", "Marisol Vance signed a fan's kettle with a fountain pen", "Dmitri"),
        ("21:20", "Marisol Vance asked the orchestra for a drum roll before sitting down", "Esme"),
        ("21:45", "Marisol Vance handed Otto Brandvold her trophy to hold, then forgot it", "Amy"),
        ("22:10", "Marisol Vance napped in the green room wearing sunglasses", "Ben"),
        ("22:35", "Marisol Vance left through the kitchen waving a ladle", "Cleo"),
    ]
    seen = [night.spot(what, who=["Marisol Vance"], by=by, at=time, votes=3) for time, what, by in moments]

    digest = night.compile()
    about_her = [item for item in every_item(digest) if "Marisol Vance" in item.people]

    assert len(about_her) == 1
    item = about_her[0]
    assert item.lead == "Marisol Vance"
    assert item is digest.items[0]  # she dominated the night
    assert len(item.sighting_ids) == 5  # her five strongest moments are told...
    assert item.sighting_ids == sorted(item.sighting_ids)  # ...in time order
    assert "3 more sightings of Marisol Vance" in item.body  # ...and the rest counted
    assert set(item.sighting_ids) <= {s.id for s in seen}


def test_a_moment_shared_with_the_star_belongs_to_the_star_not_to_a_second_item():
    night = Night()
    filler(night, 5)
    for i, time in enumerate(["20:00", "20:40", "21:20"]):
        night.spot(f"Marisol Vance waved at the balcony, take {i}", who=["Marisol Vance"], at=time)
    shared = night.spot(
        "Marisol Vance handed Otto Brandvold her trophy to hold", who=["Otto Brandvold", "Marisol Vance"], at="22:00"
    )

    digest = night.compile()
    item = item_with(digest, shared)

    assert item.lead == "Marisol Vance"
    assert item.people[0] == "Marisol Vance" and "Otto Brandvold" in item.people
    assert not any(other.lead == "Otto Brandvold" for other in every_item(digest))


def test_each_person_leads_at_most_one_item():
    night = Night()
    filler(night, 12)
    for i in range(6):
        night.spot(f"Priya Castellane moment number {i} in the corridor", who=["Priya Castellane"], at=f"{18 + i}:15")
        night.spot(
            f"Lou Farrant and Priya Castellane chatted, round {i}",
            who=["Lou Farrant", "Priya Castellane"],
            at=f"{18 + i}:40",
            votes=i,
        )

    digest = night.compile(count=10)
    leads = [item.lead for item in every_item(digest) if item.lead]

    assert len(leads) == len(set(leads))


def test_votes_lift_a_story():
    night = Night()
    quiet = night.spot("Tamsin Achebe polished her shoes with a napkin", who=["Tamsin Achebe"], at="20:00")
    loud = night.spot("Lazlo Serrano polished his shoes with a napkin", who=["Lazlo Serrano"], at="21:00")

    assert night.compile().items[0].sighting_ids == [quiet.id]  # equal: the earlier first

    night.sightings[-1] = loud.model_copy(update={"votes": 40})
    digest = night.compile()
    assert digest.items[0].sighting_ids == [loud.id]
    assert digest.items[0].votes == 40


def test_editor_pins_come_first_in_pin_order_with_their_headlines():
    night = Night()
    filler(night, 6)
    star = night.spot("Juniper Hale stage-dived into the string section", who=["Juniper Hale"], votes=300)
    small = night.spot("Caspian Thorne refilled the water jugs himself", who=["Caspian Thorne"], at="22:50")
    smaller = night.spot("Ines Achebe found a lost earring and returned it", who=["Ines Achebe"], at="22:55")
    night.pin(smaller)
    night.pin(small, "The guest who did the washing-up")

    digest = night.compile()

    assert digest.items[0].sighting_ids == [smaller.id]  # pinned first, though the weakest
    assert digest.items[0].pinned and digest.items[1].pinned
    assert digest.items[1].headline == "The guest who did the washing-up"
    assert small.id in digest.items[1].sighting_ids
    assert star.id in digest.items[2].sighting_ids  # then the best of the rest
    assert not digest.items[2].pinned


@pytest.mark.parametrize("count", [1, 10])
def test_count_items_then_a_bonus(count):
    night = Night()
    filler(night, 14)

    digest = night.compile(count=count)

    assert len(digest.items) == count
    assert [item.rank for item in digest.items] == list(range(1, count + 1))
    assert digest.bonus is not None and digest.bonus.rank == count + 1
    assert not set(digest.bonus.sighting_ids) & {i for item in digest.items for i in item.sighting_ids}


def test_fewer_stories_than_count():
    night = Night()
    filler(night, 3)

    digest = night.compile(count=5)

    assert len(digest.items) == 3
    assert digest.bonus is None
    assert digest.title == "Three things you didn't see"
    assert "three moments" in digest.intro


@pytest.mark.parametrize("count", [0, 11, -1])
def test_count_outside_one_to_ten_is_refused(count):
    with pytest.raises(ValueError, match="between 1 and 10"):
        Night().compile(count=count)


def test_roster_aliases_make_one_person_of_several_spellings():
    night = Night()
    night.roster = [RosterEntry(id=1, guild_id=99, name="Juniper Hale", aliases=("Juni", "J. Hale"))]
    filler(night, 4)
    a = night.spot("Juni signed a kettle", other_names=["Juni"], at="20:00")
    b = night.spot("J. Hale signed a teapot", other_names=["J. Hale"], at="21:00")
    c = night.spot("Juniper Hale signed a mug", who=["Juniper Hale"], at="22:00")
    d = night.spot("Beyoncé-style bow from Juniper Hale", who=["JUNIPER HALE"], at="22:30")

    digest = night.compile()
    item = item_with(digest, a)

    assert item.lead == "Juniper Hale"
    assert {a.id, b.id, c.id, d.id} <= set(item.sighting_ids)


def test_names_match_across_case_and_accents():
    night = Night()
    filler(night, 2)
    a = night.spot("Zoë Marchetti arrived by rowing boat", who=["Zoë Marchetti"], at="20:00")
    b = night.spot("Zoe Marchetti left by rowing boat", who=["zoe marchetti"], at="22:00")

    digest = night.compile()

    assert item_with(digest, a) is item_with(digest, b)
    assert item_with(digest, a).lead == "Zoë Marchetti"  # shown as first written


def test_nameless_moments_are_stories_of_their_own_and_duplicates_still_merge():
    night = Night()
    alarm = night.spot("The fire alarm chirped once and the whole press room froze", by="Amy", at="21:00")
    again = night.spot("The fire alarm chirped once and the whole press room froze!", by="Ben", at="21:04")
    ice = night.spot("The bar ran out of ice and a runner sprinted off with two buckets", by="Cleo", at="21:30")

    digest = night.compile()

    assert item_with(digest, alarm) is item_with(digest, again)
    assert item_with(digest, ice) is not item_with(digest, alarm)
    assert item_with(digest, alarm).lead is None
    assert all_ids(digest) == {alarm.id, again.id, ice.id}
