"""An item is one moment and its real follow-ups; items are ranked by the moment."""

from __future__ import annotations

import pytest

from bot.models import RosterEntry

from .factory import Night, all_ids, every_item, filler, item_with


def _star_night() -> tuple[Night, list]:
    """Marisol Vance in eight moments of very different strength, and a few small stories of others."""
    night = Night()
    filler(night, 8, votes=3)
    moments = [
        ("19:40", "Marisol Vance arrived at the gala in a borrowed tractor", 4, None),
        ("20:05", "Marisol Vance taught a security guard to waltz by the cloakroom", 0, None),
        ("20:30", "Marisol Vance ate the centrepiece grapes", 0, None),
        (
            "21:20",
            "Marisol Vance won Best Kettle and carried the trophy into the press room upside down",
            180,
            "Heavy!",
        ),
        ("21:45", "Marisol Vance let a runner hold the Best Kettle trophy for a photo in the press room", 40, None),
        ("22:10", "Marisol Vance napped in the green room wearing sunglasses", 2, None),
        ("22:35", "Marisol Vance left through the kitchen waving a ladle", 0, None),
    ]
    seen = [
        night.spot(what, who=["Marisol Vance"], by="Amy", at=at, votes=votes, quote=quote)
        for at, what, votes, quote in moments
    ]
    return night, seen


def test_an_item_opens_with_its_strongest_moment_not_its_earliest():
    night, seen = _star_night()

    item = item_with(night.compile(), seen[3])

    assert item.body.startswith("Marisol Vance won Best Kettle")
    assert item.headline.startswith("Marisol Vance") and "Carries the Trophy" in item.headline  # what came of the win


def test_a_follow_up_on_the_same_thread_joins_with_a_connective_and_filler_never_does():
    night, seen = _star_night()

    item = item_with(night.compile(), seen[3])

    assert seen[4].id in item.sighting_ids  # the trophy again, in the press room: the same thread, 40 votes of 180
    assert "\n\nLater, Vance let a runner hold" in item.body
    for small in (seen[1], seen[2], seen[6]):  # no votes, no quote, a short line
        assert small.id not in item.sighting_ids
        assert small.id not in {i for other in every_item(night.compile()) for i in other.sighting_ids}


def test_an_item_tells_at_most_three_moments_and_a_star_leads_one_item():
    night, _ = _star_night()
    for i, at in enumerate(("22:50", "23:00", "23:10")):
        night.spot(
            f"Marisol Vance signed trophy number {i + 2} for the Best Kettle runners",
            who=["Marisol Vance"],
            at=at,
            votes=25,
            by="Ben",
        )

    digest = night.compile()
    about_her = [item for item in every_item(digest) if item.lead == "Marisol Vance"]

    assert len(about_her) == 1
    assert len(about_her[0].body.split("\n\n")) <= 3
    assert about_her[0] is digest.items[0]


def test_a_pile_of_small_sightings_does_not_beat_one_great_moment():
    night = Night()
    for i in range(9):
        night.spot(
            f"Lou Farrant waved at photographer number {i + 1}",
            who=["Lou Farrant"],
            by=f"R{i}",
            votes=2,
            at=f"2{i % 3}:{10 + i:02d}",
        )
    great = night.spot(
        "Juniper Hale carried her drummer piggyback across the loading dock after he twisted his ankle",
        who=["Juniper Hale"],
        at="22:45",
        votes=60,
        quote="He'd do the same for me. Probably.",
    )

    digest = night.compile()

    assert great.id in digest.items[0].sighting_ids


def test_a_weak_unrelated_moment_of_the_lead_does_not_join():
    night = Night()
    filler(night, 4, votes=2)
    big = night.spot(
        "Priya Castellane went from ballgown to white tuxedo in 48 seconds behind a bedsheet",
        who=["Priya Castellane"],
        at="21:00",
        where="Side stage",
        votes=90,
    )
    unrelated = night.spot(
        "Priya Castellane asked the VIP bar for a glass of oat milk and a single olive",
        who=["Priya Castellane"],
        at="23:30",
        where="VIP lounge",
        votes=1,
        by="Ben",
    )

    digest = night.compile()

    assert unrelated.id not in item_with(digest, big).sighting_ids
    assert all(unrelated.id not in item.sighting_ids for item in every_item(digest))  # she already leads one


def test_a_shared_moment_can_lead_for_the_person_it_is_about():
    night = Night()
    filler(night, 3, votes=2)
    star = night.spot("Marisol Vance won Best Kettle and cried", who=["Marisol Vance"], at="21:00", votes=300)
    shared = night.spot(
        "Otto Brandvold gave Marisol Vance his lucky sock to hold during the speech",
        who=["Otto Brandvold", "Marisol Vance"],
        at="22:30",
        votes=20,
        by="Ben",
    )

    digest = night.compile()

    assert item_with(digest, star) is not item_with(digest, shared)
    assert item_with(digest, shared).lead == "Otto Brandvold"


def test_votes_lift_a_story():
    night = Night()
    quiet = night.spot("Tamsin Achebe polished her shoes with a napkin", who=["Tamsin Achebe"], at="20:00", votes=1)
    loud = night.spot(
        "Lazlo Serrano polished his shoes with a napkin", who=["Lazlo Serrano"], at="21:00", votes=1, by="Ben"
    )

    assert night.compile().items[0].sighting_ids == [quiet.id]  # equal: the earlier first

    night.sightings[-1] = loud.model_copy(update={"votes": 40})
    digest = night.compile()
    assert digest.items[0].sighting_ids == [loud.id]


def test_editor_pins_come_first_in_pin_order_with_their_headlines():
    night = Night()
    filler(night, 6, votes=2)
    star = night.spot("Juniper Hale stage-dived into the string section", who=["Juniper Hale"], votes=300)
    small = night.spot("Caspian Thorne refilled the water jugs himself", who=["Caspian Thorne"], at="22:50")
    smaller = night.spot("Ines Achebe found a lost earring", who=["Ines Achebe"], at="22:55")
    night.pin(smaller)
    night.pin(small, "The guest who did the washing-up")

    digest = night.compile()

    assert digest.items[0].sighting_ids == [smaller.id]  # pinned first, though filler
    assert digest.items[1].headline == "The guest who did the washing-up"
    assert star.id in digest.items[2].sighting_ids


@pytest.mark.parametrize("count", [1, 10])
def test_count_items_then_the_next_best_story_as_the_bonus(count):
    night = Night()
    filler(night, 14, votes=2)
    night.sightings[-1] = night.sightings[-1].model_copy(update={"votes": 1})

    digest = night.compile(count=count)

    assert len(digest.items) == count
    assert [item.rank for item in digest.items] == list(range(1, count + 1))
    assert digest.bonus is not None and digest.bonus.rank == count + 1
    assert not set(digest.bonus.sighting_ids) & {i for item in digest.items for i in item.sighting_ids}
    assert digest.bonus.votes >= 1


def test_filler_alone_makes_no_item():
    night = Night()
    filler(night, 3)
    kept = filler(night, 2, start_hour=22, votes=4)

    digest = night.compile(count=5)

    assert len(digest.items) == 2 and digest.bonus is None
    assert {i for item in digest.items for i in item.sighting_ids} == {s.id for s in kept}
    assert digest.title == "Two things you didn't see"


@pytest.mark.parametrize("count", [0, 11, -1])
def test_count_outside_one_to_ten_is_refused(count):
    with pytest.raises(ValueError, match="between 1 and 10"):
        Night().compile(count=count)


def test_roster_aliases_make_one_person_of_several_spellings():
    night = Night()
    night.roster = [RosterEntry(id=1, guild_id=99, name="Juniper Hale", aliases=("Juni", "J. Hale"))]
    filler(night, 4, votes=1)
    a = night.spot("Juni signed a kettle for the cloakroom attendant", other_names=["Juni"], at="20:00", votes=30)
    b = night.spot("J. Hale signed a teapot for a runner", other_names=["J. Hale"], at="21:00", votes=9, by="Ben")

    digest = night.compile()

    assert item_with(digest, a).lead == "Juniper Hale"
    assert all(item.lead != "J. Hale" for item in every_item(digest))
    assert b.id not in {i for item in every_item(digest) if item is not item_with(digest, a) for i in item.sighting_ids}


def test_the_votes_of_every_moment_told_rank_a_story_above_a_corroborated_moment_with_fewer():
    night = Night()
    filler(night, 6, votes=2)
    stakes = night.spot(
        "Felix Amadi-Stone and Yuki Tanabe-Hart playing shuffleboard; the loser wears Yuki's sequin bucket hat",
        who=["Felix Amadi-Stone", "Yuki Tanabe-Hart"],
        by="June",
        at="20:20",
        where="VIP lounge",
        votes=40,
    )
    night.spot(
        "Yuki Tanabe-Hart won the shuffleboard 7-5; Felix Amadi-Stone has to wear the sequin bucket hat on stage",
        who=["Felix Amadi-Stone", "Yuki Tanabe-Hart"],
        by="June",
        at="21:36",
        where="VIP lounge",
        votes=95,
        quote="Put it on.",
        quote_by="Yuki Tanabe-Hart",
    )
    night.spot(
        "Felix Amadi-Stone presented Best Score in the sequin bucket hat and came back to a standing ovation",
        who=["Felix Amadi-Stone", "Yuki Tanabe-Hart"],
        by="June",
        at="22:27",
        where="VIP lounge",
        votes=160,
    )
    locked = night.spot(
        "Rosalind Quay got locked out on the fire escape in the rain until the host let her in",
        who=["Rosalind Quay"],
        by="Lou",
        at="22:46",
        votes=110,
        quote="I wanted fresh air. I got weather.",
    )
    night.spot(
        "Rosalind Quay locked out on the fire escape in the rain, soaked",
        who=["Rosalind Quay"],
        by="Tobi",
        at="22:48",
        votes=70,
    )

    digest = night.compile()
    hat = item_with(digest, stakes)

    assert len(hat.sighting_ids) == 3
    assert digest.items.index(hat) < digest.items.index(item_with(digest, locked))


def test_a_strong_thread_of_three_moments_is_not_lost_to_a_weaker_corroborated_one():
    night = Night()
    filler(night, 8, votes=3)
    swap = night.spot(
        "Grete Strauss and Mayella Quintero-Roux swapped shoes in the VIP lounge: platforms for old boots",
        who=["Grete Strauss", "Mayella Quintero-Roux"],
        by="Dami",
        at="22:01",
        votes=50,
        quote="They fit. We will see about the stairs.",
    )
    night.spot(
        "Grete Strauss presented Song of the Year in Mayella Quintero-Roux's silver platforms, standing ovation",
        who=["Grete Strauss", "Mayella Quintero-Roux"],
        by="Rafa",
        at="22:24",
        votes=30,
    )
    night.spot(
        "Mayella Quintero-Roux left in Grete Strauss's old boots and says she is keeping them",
        who=["Mayella Quintero-Roux", "Grete Strauss"],
        by="Ines",
        at="22:59",
        votes=20,
    )
    night.spot(
        "Oceane Brule got her cape caught in the revolving door and went round twice",
        who=["Oceane Brule"],
        by="Ines",
        at="20:42",
        votes=40,
    )
    night.spot(
        "Oceane Brule did a full lap in the revolving door with her cape stuck",
        who=["Oceane Brule"],
        by="Lou",
        at="20:45",
        votes=11,
    )

    digest = night.compile(count=1)

    assert swap.id in digest.items[0].sighting_ids
    assert len(digest.items[0].sighting_ids) == 3


def test_a_quote_only_line_of_a_star_who_already_leads_does_not_lead_a_second_item():
    night = Night()
    filler(night, 5, votes=2)
    night.spot(
        "Cecile Marchand lost a shoe on the stairs, kept going barefoot and got a huge cheer",
        who=["Cecile Marchand"],
        by="Bob",
        at="19:32",
        where="Side stage",
        votes=70,
    )
    night.spot(
        "Overheard",
        quote="If they play that song again I'm leaving through the window.",
        quote_by="Cecile Marchand",
        by="Cat",
        at="21:40",
        where="Green room",
        votes=40,
    )

    digest = night.compile()

    assert sum(1 for item in every_item(digest) if item.lead == "Cecile Marchand") == 1
    assert all(item.lead is not None for item in every_item(digest))


def test_a_held_setup_released_when_its_payoff_happens_joins_the_payoffs_item_told_after_it():
    night = Night()
    filler(night, 5, votes=3)
    sneak = night.spot(
        "Somebody in a ball cap wheeled a trolley through the loading dock. Pretty sure that was Dame Ottilie Varga.",
        who=["Ottilie Varga"],
        by="Okon",
        at="19:00",
        where="Loading dock",
        votes=20,
        hold=150,
    )
    payoff = night.spot(
        "Benedikt Rao in the press room holding the trophy, Ottilie Varga beside him telling the coffee story.",
        who=["Benedikt Rao", "Ottilie Varga"],
        by="Mara",
        at="21:35",
        where="Press room",
        quote="He brought me the wrong coffee every day for a year.",
        quote_by="Ottilie Varga",
        votes=60,
    )

    item = item_with(night.compile(), payoff)

    assert sneak.id in item.sighting_ids
    assert item.body.startswith("Benedikt Rao was in the press room")  # the payoff first, the setup after it
    # (was "It began hours earlier, when somebody …": the setup in the past perfect, `flashback`)
    assert "Hours earlier, somebody in a ball cap had wheeled a trolley" in item.body, item.body
    assert "Earlier" not in item.body


def test_an_unheld_earlier_moment_of_a_side_person_does_not_join_as_a_setup():
    night = Night()
    filler(night, 5, votes=3)
    earlier = night.spot(
        "Ottilie Varga signing autographs by the cloakroom.",
        who=["Ottilie Varga"],
        by="Okon",
        at="19:00",
        where="Cloakroom",
        votes=20,
    )
    payoff = night.spot(
        "Benedikt Rao in the press room holding the trophy, Ottilie Varga beside him telling the coffee story.",
        who=["Benedikt Rao", "Ottilie Varga"],
        by="Mara",
        at="21:35",
        where="Press room",
        quote="He brought me the wrong coffee every day for a year.",
        quote_by="Ottilie Varga",
        votes=60,
    )

    assert earlier.id not in item_with(night.compile(), payoff).sighting_ids


def test_the_most_voted_story_comes_right_after_the_pin_even_against_a_longer_corroborated_thread():
    night = Night()
    filler(night, 3, votes=2)
    pinned = night.spot("Arlo Venn rehearsing in the freight elevator", who=["Arlo Venn"], at="19:30", votes=5)
    night.pin(pinned, "Arlo Venn Rehearses in the Freight Elevator")
    night.spot(
        "Juno Park DJing in the dark lobby off her phone",
        who=["Juno Park"],
        by="Ines",
        at="20:00",
        where="Lobby",
        quote="No power, no problem.",
        votes=60,
    )
    night.spot(
        "Juno Park kept the dark lobby dancing off her phone",
        who=["Juno Park"],
        by="Lou",
        at="20:02",
        where="Lobby",
        votes=50,
    )
    night.spot(
        "Juno Park's phone died in the lobby just as the lights came back",
        who=["Juno Park"],
        by="Ines",
        at="20:20",
        where="Lobby",
        votes=30,
    )
    night.spot(
        "Juno Park dedicated her afterparty set in the lobby to the dark",
        who=["Juno Park"],
        by="Dami",
        at="22:00",
        where="Lobby",
        quote="This one's for the dark.",
        votes=30,
    )
    star = night.spot(
        "Sol Berg read all five nominees in nineteen seconds",
        who=["Sol Berg"],
        by="Rafa",
        at="21:45",
        quote="I am a hummingbird.",
        votes=190,
    )

    digest = night.compile()

    assert digest.items[0].sighting_ids == [pinned.id]
    assert star.id in digest.items[1].sighting_ids


def test_the_bonus_never_glues_two_unrelated_moments_of_one_person():
    night = Night()
    night.spot("Ada Ruiz sang the anthem on the roof", who=["Ada Ruiz"], at="19:10", votes=2000, by="R1", quote="Wow.")
    night.spot(
        "Bo Chen juggled three trophies in the lobby", who=["Bo Chen"], at="19:40", votes=2000, by="R2", quote="Easy."
    )
    night.spot(
        "Cy Park fell asleep in the cloakroom queue", who=["Cy Park"], at="21:10", votes=2000, by="R3", quote="Zzz."
    )
    press = night.spot(
        "Bram Tolliver taking questions in the press room when Theo Brannigan tried to ask one from the back",
        who=["Bram Tolliver"],
        where="Press room",
        at="22:33",
        quote="Sit down, son.",
        votes=85,
    )
    dog = night.spot(
        "Bram Tolliver's old greyhound asleep across the whole corridor, everyone stepping over him",
        who=["Bram Tolliver"],
        where="Backstage corridor",
        at="20:45",
        quote="He has right of way.",
        votes=70,
        by="June",
    )

    digest = night.compile(count=3)

    assert digest.bonus is not None and press.id in digest.bonus.sighting_ids
    assert dog.id not in digest.bonus.sighting_ids


def test_a_short_item_takes_no_unrelated_moment_of_its_person_earlier_or_later():
    # an item is one moment and its real follow-ups: a weaker sighting of the same person at another time and
    # place ("livestreaming from the toilet queue" after a rescue) is no beat of it, however short the item
    night = Night()
    filler(night, 4, votes=2)
    advice = night.spot(
        "Overheard at the bar",
        who=["Mavis Okonkwo"],
        quote="Baby, drink your water, pay your tithe, and never let a man hold your publishing.",
        at="22:48",
        votes=260,
    )
    hymn = night.spot(
        "Mavis Okonkwo humming a hymn in the corridor until the whole corridor went quiet and the crew stopped",
        who=["Mavis Okonkwo"],
        where="Backstage corridor",
        at="20:10",
        votes=45,
        by="Jonah",
    )
    stream = night.spot(
        "Mavis Okonkwo livestreaming from the toilet queue, telling her followers her feet hurt",
        who=["Mavis Okonkwo"],
        where="Toilets",
        quote="Say hi, chat!",
        at="23:20",
        votes=40,
        by="Kit",
    )

    item = item_with(night.compile(), advice)

    assert stream.id not in item.sighting_ids and "livestreaming" not in item.body and "Kit" not in item.credit
    assert hymn.id not in item.sighting_ids and "hymn" not in item.body and "Earlier" not in item.body


def test_a_follow_up_that_refers_back_to_a_promise_brings_the_promise_into_the_item():
    night = Night()
    filler(night, 6, votes=2)
    promise = night.spot(
        "Overheard at the terrace bar.",
        quote="If the kid beats me I'm off on a cruise and she can keep my dressing room.",
        quote_by="Greta Solvang",
        by="Ruth",
        at="19:20",
        where="Terrace bar",
        votes=110,
    )
    result = night.spot(
        "Best Lead in a Play: Ivy Marr. In the next seat Greta Solvang pulled a brochure out of her bag and waved it.",
        who=["Ivy Marr", "Greta Solvang"],
        by="Kwame",
        at="20:30",
        votes=140,
    )
    press = night.spot(
        "Ivy Marr in the press room, still shaking.",
        who=["Ivy Marr", "Greta Solvang"],
        quote="I honestly can't tell if she meant the cruise.",
        quote_by="Ivy Marr",
        by="Tomasz",
        at="20:40",
        votes=60,
    )
    keys = night.spot(
        "Greta Solvang handed Ivy Marr the key to her dressing room with a ribbon on it.",
        who=["Greta Solvang", "Ivy Marr"],
        quote="Eight shows a week, darling.",
        quote_by="Greta Solvang",
        by="Hamza",
        at="21:30",
        votes=150,
    )

    item = item_with(night.compile(), keys)

    assert promise.id in item.sighting_ids
    assert "off on a cruise" in item.body, "the premise the item's payoff hangs on is told"
    assert item.body.index("off on a cruise") < item.body.index("won Best Lead in a Play"), "the promise comes first"
    assert result.id in item.sighting_ids  # the result stays: the weaker beat that referred back makes way
    assert press.id not in item.sighting_ids


def test_a_side_beat_whose_french_twin_names_the_lead_does_not_push_the_premise_out_of_the_item():
    night = Night()
    filler(night, 6, votes=2)
    fire_escape = night.spot(
        "Pia Lund and Oskar Veil sharing a cigarette on the roof terrace, comparing their worst dress rehearsals.",
        who=["Pia Lund", "Oskar Veil"],
        quote="Mine had a live parrot. The parrot got the reviews.",
        quote_by="Oskar Veil",
        by="Ruth",
        at="19:10",
        where="Roof terrace",
        votes=50,
    )
    wings = night.spot(
        "Pia Lund, la metteuse en scène de Greta Solvang, traverse la coulisse, très calme.",
        who=["Pia Lund", "Greta Solvang"],
        quote="Je ne regarde jamais les remises de prix. Je fume.",
        quote_by="Pia Lund",
        by="Elodie",
        at="19:13",
        where="Coulisses côté cour",
        votes=20,
    )
    promise = night.spot(
        "Overheard at the terrace bar.",
        quote="If the kid beats me I'm off on a cruise and she can keep my dressing room.",
        quote_by="Greta Solvang",
        by="Ruth",
        at="19:20",
        where="Terrace bar",
        votes=110,
    )
    result = night.spot(
        "Best Lead in a Play: Ivy Marr. In the next seat Greta Solvang pulled a brochure out of her bag and waved it.",
        who=["Ivy Marr", "Greta Solvang"],
        by="Kwame",
        at="20:30",
        votes=140,
    )
    night.spot(
        "Ivy Marr in the press room, still shaking.",
        who=["Ivy Marr", "Greta Solvang"],
        quote="I honestly can't tell if she meant the cruise.",
        quote_by="Ivy Marr",
        by="Tomasz",
        at="20:40",
        votes=60,
    )
    keys = night.spot(
        "Greta Solvang handed Ivy Marr the key to her dressing room, with a luggage tag on it that says OSLO.",
        who=["Greta Solvang", "Ivy Marr", "Pia Lund"],
        quote="Eight shows a week, darling.",
        quote_by="Greta Solvang",
        by="Hamza",
        at="21:30",
        votes=150,
    )
    digest = night.compile()
    item = item_with(digest, keys)

    assert item_with(digest, wings) is item_with(digest, fire_escape), "the French report tells the terrace moment"
    assert promise.id in item.sighting_ids, "the stakes the payoff hangs on are told in the item"
    assert "off on a cruise" in item.body
    assert result.id in item.sighting_ids
    assert fire_escape.id not in item.sighting_ids and "parrot" not in item.body, "the cigarette is no beat of it"


def test_a_quote_that_refers_back_to_an_earlier_beat_brings_that_beat_into_the_item():
    night = Night()
    filler(night, 6, votes=2)
    loss = night.spot(
        "Best Tenor: Ilya Brandt. The camera caught Dame Orla Finch first on her feet clapping. Her seventh "
        "nomination, seventh loss.",
        who=["Ilya Brandt", "Orla Finch"],
        by="Kwame",
        at="20:40",
        votes=70,
    )
    broom = night.spot(
        "House lights up and Orla Finch had borrowed a mop and was helping the cleaners in row C.",
        who=["Orla Finch"],
        quote="Seven nominations. I am taking something home.",
        quote_by="Orla Finch",
        by="Ruth",
        at="22:20",
        votes=400,
    )

    item = item_with(night.compile(), broom)

    assert loss.id in item.sighting_ids
    assert "seventh nomination, seventh loss" in item.body


def test_a_story_whose_payoff_carries_the_quote_ranks_above_one_with_fewer_votes():
    """Two strong moments of one thread (the second with the line everyone repeats) outrank a smaller story whose
    lead happens to hold the quote: the quote and corroboration of any moment a story tells count, not only its
    lead's."""
    night = Night()
    filler(night, 6, votes=2)
    night.spot(
        "Mira Tollan sang the anthem from the lighting rig", who=["Mira Tollan"], by="Ivo", at="19:30", votes=400
    )
    inside_out = night.spot(
        "Otto Brandvold presented Best Lighting with his velvet jacket inside out, the white lining on show",
        who=["Otto Brandvold"],
        by="Amy",
        at="20:10",
        votes=150,
    )
    night.spot(
        "Otto Brandvold on stage in a velvet jacket inside out, lining showing",
        who=["Otto Brandvold"],
        by="Ben",
        at="20:11",
        votes=5,
    )
    night.spot(
        "Otto Brandvold took the velvet jacket off on air in the next break and turned it the right way out",
        who=["Otto Brandvold"],
        by="Cal",
        at="20:40",
        votes=140,
        quote="Nobody tells me anything.",
        quote_by="Otto Brandvold",
    )
    key = night.spot(
        "Nell Quist handed Ada Rhee the key to the best dressing room, with a luggage tag on it",
        who=["Nell Quist", "Ada Rhee"],
        by="Dee",
        at="21:00",
        votes=125,
        quote="It's yours now.",
        quote_by="Nell Quist",
    )
    night.spot(
        "Nell Quist gave Ada Rhee the key to the best dressing room",
        who=["Nell Quist", "Ada Rhee"],
        by="Eve",
        at="21:02",
        votes=5,
    )
    night.spot(
        "Ada Rhee hung Nell Quist's luggage-tagged key on the dressing room mirror",
        who=["Nell Quist", "Ada Rhee"],
        by="Fay",
        at="21:40",
        votes=100,
    )

    digest = night.compile()

    assert len(item_with(digest, inside_out).sighting_ids) == 3
    assert digest.items.index(item_with(digest, inside_out)) < digest.items.index(item_with(digest, key))


def test_a_moment_that_finds_someone_brings_in_the_search_for_them_minutes_before():
    night = Night()
    filler(night, 6, votes=2)
    search = night.spot(
        "Dorian Vell going door to door in the corridor asking if anyone has seen his aunt. Very calm. Not calm.",
        who=["Dorian Vell"],
        where="Backstage corridor",
        by="Lou",
        at="21:58",
        votes=30,
    )
    found = night.spot(
        "FOUND HER. Dorian Vell's aunt is in the boiler room playing poker with Otis Crane and two riggers.",
        who=["Dorian Vell", "Otis Crane"],
        where="Boiler room",
        by="Devika",
        at="22:06",
        votes=95,
        quote="Tell my nephew I'm winning.",
    )

    item = item_with(night.compile(), found)

    assert search.id in item.sighting_ids
    began = item.body.index("Minutes earlier, Vell had been going door to door")  # (was "It began minutes earlier")
    assert item.body.index("boiler room") < began


def test_a_stars_duet_left_out_of_a_short_digest_is_named_in_the_preview():
    """A night of one star (five of her moments, 150 to 55 votes, hours apart) and two others: her duet with
    Cy Marlow (70 votes, one correspondent) is out because she leads an item, and Cy leads his own; the digest is
    short of its count, so the preview names the duet ("leads already"), never dropping it unsaid."""
    night = Night()
    star = ["Juno Vale"]
    night.spot(
        "Juno Vale arrived on a borrowed fire engine.",
        who=star,
        by="Amy",
        at="19:00",
        votes=80,
        quote="It was this or the tram.",
        quote_by="Juno Vale",
    )
    night.spot(
        "Juno Vale taught the cloakroom staff the dance from her new video.", who=star, by="Ben", at="19:40", votes=60
    )
    lead = night.spot(
        "Juno Vale won Best Album and handed the trophy straight to her grandfather in the front row.",
        who=star,
        by="Cat",
        at="20:30",
        votes=150,
        quote="Grandad, this is yours.",
        quote_by="Juno Vale",
    )
    night.spot(
        "Juno Vale fell asleep in the green room with her boots still on.", who=star, by="Dee", at="21:10", votes=55
    )
    duet = night.spot(
        "Juno Vale and Cy Marlow sang a duet of an old sea shanty in the car park.",
        who=["Juno Vale", "Cy Marlow"],
        by="Fay",
        at="22:40",
        votes=70,
    )
    night.spot(
        "Cy Marlow lost a shoe on stage and finished his speech in one sock.",
        who=["Cy Marlow"],
        by="Amy",
        at="20:10",
        votes=20,
    )
    night.spot("Pell Ash fixed the broken lift with a coat hanger.", who=["Pell Ash"], by="Ben", at="21:30", votes=15)

    digest = night.compile()

    assert lead.id in digest.items[0].sighting_ids
    assert duet.id not in all_ids(digest)
    assert any(duet.id in x.sighting_ids and x.reason == "leads already" for x in digest.left_out), digest.left_out
