"""Only live sightings whose embargo has passed, and that no editor dropped, reach the digest."""

from __future__ import annotations

import random

from bot.digest.night import candidates
from bot.models import SightingStatus

from .factory import END, Night, all_ids, clock_time, every_item, filler, item_with


def _bodies(night: Night) -> str:
    return "\n".join(item.headline + "\n" + item.body for item in every_item(night.compile(count=10)))


def test_pulled_held_and_dropped_sightings_never_appear():
    night = Night()
    filler(night, 4)
    kept = night.spot("Priya Castellane juggled three bread rolls in the green room", who=["Priya Castellane"], votes=1)
    retracted = night.spot(
        "Lou Farrant fainted on the stairs (wrong: it was a stand-in)",
        who=["Lou Farrant"],
        status=SightingStatus.RETRACTED,
        votes=90,
    )
    pending = night.spot("Tamsin Achebe proposed to her drummer", who=["Tamsin Achebe"], status=SightingStatus.PENDING)
    rejected = night.spot("Otto Brandvold stole a trophy", who=["Otto Brandvold"], status=SightingStatus.REJECTED)
    embargoed = night.spot("Juniper Hale has won Best Kettle", who=["Juniper Hale"], at="23:50", hold=60, votes=50)
    dropped = night.spot("Marisol Vance yawned through the speech", who=["Marisol Vance"], votes=70)
    echo = night.spot("Marisol Vance yawned, I saw it too", who=["Marisol Vance"], by="Ben", corroborates=dropped)
    night.drop(dropped)

    ids = all_ids(night.compile(count=10))
    text = _bodies(night)

    assert kept.id in ids
    for gone in (retracted, pending, rejected, embargoed, dropped, echo):
        assert gone.id not in ids
    for words in ("stand-in", "drummer", "stole", "Best Kettle", "yawned"):
        assert words not in text


def test_an_embargo_lifts_at_its_time():
    night = Night()
    scoop = night.spot("Juniper Hale has won Best Kettle", who=["Juniper Hale"], at="22:00", hold=30, votes=1)

    assert scoop.id not in all_ids(night.compile(now=clock_time("22:29")))
    assert scoop.id in all_ids(night.compile(now=clock_time("22:30")))


def test_the_last_curation_of_a_sighting_wins():
    night = Night()
    filler(night, 3)
    moment = night.spot("Noor Sallow moonwalked past security", who=["Noor Sallow"], at="21:30")
    night.pin(moment, "Moonwalk at the barrier")
    night.drop(moment)
    assert moment.id not in all_ids(night.compile())

    night.pin(moment, "Moonwalk at the barrier, again")
    digest = night.compile()
    assert digest.items[0].headline == "Moonwalk at the barrier, again"


def test_a_pin_cannot_bring_back_a_pulled_sighting():
    night = Night()
    filler(night, 3)
    pulled = night.spot("Odile Pellham cried backstage", who=["Odile Pellham"], status=SightingStatus.RETRACTED)
    night.pin(pulled, "Tears in the wings")

    digest = night.compile()
    assert pulled.id not in all_ids(digest)
    assert all(item.headline != "Tears in the wings" for item in every_item(digest))
    assert not any(item.pinned for item in every_item(digest))


def test_sightings_of_another_show_are_ignored():
    night = Night()
    filler(night, 2)
    stray = night.spot("Wren Quill at a different ceremony", who=["Wren Quill"], show_id=8, votes=500)
    assert stray.id not in all_ids(night.compile())


def test_a_night_with_nothing_live_gives_an_empty_digest_that_still_names_the_show():
    night = Night()
    night.spot("Held for approval", who=["Lou Farrant"], status=SightingStatus.PENDING)

    digest = night.compile()

    assert digest.items == []
    assert digest.bonus is None
    assert "the Golden Kettle Awards" in digest.intro  # "The" inside the sentence is not capitalised
    assert "Harbourside Pavilion" in digest.intro


def test_an_aside_denying_a_retracted_rumour_is_cut_from_the_story_that_debunks_it():
    night = Night()
    filler(night, 4, votes=2)
    night.spot(
        "Nadia Brook walked out of the VIP lounge the second Lotte Wray walked in. The sitcom feud is real??",
        who=["Nadia Brook", "Lotte Wray"],
        by="Ruiz",
        at="19:50",
        votes=40,
        status=SightingStatus.RETRACTED,
    )
    duet = night.spot(
        "Nadia Brook and Lotte Wray at the lounge piano, arms linked, singing the sitcom theme to a crowd. "
        "So. No feud lol",
        who=["Nadia Brook", "Lotte Wray"],
        by="Ruiz",
        at="21:35",
        votes=30,
        quote="Six seasons married on screen. We're not divorcing tonight.",
        quote_by="Lotte Wray",
    )

    body = item_with(night.compile(), duet).body

    assert "feud" not in body.lower() and "So." not in body
    assert body.startswith("Nadia Brook and Lotte Wray were at the lounge piano, arms linked, singing the sitcom theme")


def test_a_double_post_its_author_retracted_cuts_nothing_from_the_report_it_repeats():
    night = Night()
    filler(night, 4, votes=2)
    live = night.spot(
        "Pia Lund tripped on the lobby stairs holding two trophies and caught both. Big laugh.",
        who=["Pia Lund"],
        by="Lucie",
        at="21:00",
        votes=50,
    )
    night.spot(
        "Pia Lund tripped on the lobby stairs holding two trophies and caught both. Big laugh.",
        who=["Pia Lund"],
        by="Lucie",
        at="21:01",
        status=SightingStatus.RETRACTED,
    )

    assert item_with(night.compile(), live).body.endswith("caught both, big laugh.")  # the aside is kept


def test_sightings_are_read_in_time_order_and_those_filed_at_the_same_time_in_the_order_they_were_posted():
    night = Night()
    late = night.spot("Wren Falk closed the stage door behind her", who=["Wren Falk"], at="22:00")
    first = night.spot("Otto Hale tied his shoelaces together", who=["Otto Hale"], at="21:00")
    second = night.spot("Noor Sallow counted the stairs", who=["Noor Sallow"], at="21:00")
    early = night.spot("Kit Moreau arrived with a parrot", who=["Kit Moreau"], at="20:30")

    for seed in range(5):
        sightings = list(night.sightings)
        random.Random(seed).shuffle(sightings)
        ordered = candidates(night.show, sightings, END)
        assert [s.id for s in ordered] == [early.id, first.id, second.id, late.id]
