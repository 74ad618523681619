"""A quiet exchange (two named people, a line one of them said, overheard, few votes) is a story an editor puts
in the five: voted filler with volume does not bury it, and an exchange that is a beat of a bigger story stays
in that story."""

from __future__ import annotations

from bot.models import RosterEntry

from .factory import Night, every_item, item_with

PEOPLE = ["Wren Abara", "Tobias Grell", "Ines Marchetti", "Paolo Duret", "Kit Osei", "Mara Lind", "Jules Fenn"]
# seven carpet moments with votes and nothing said, each with a small later sighting of the same person
CARPET = [
    ("Ines Marchetti posed on the carpet in a silver jumpsuit with a long train.", 60),
    ("Paolo Duret signed autographs at the barrier for twenty minutes.", 45),
    ("Kit Osei arrived with a huge entourage and a tiny dog in a bag.", 38),
    ("Mara Lind waved to the fans from the top of the steps.", 35),
    ("Jules Fenn wore a green velvet suit and gold boots on the carpet.", 30),
]
LATER = [
    "back inside at the bar with a glass of fizz.",
    "in the lobby on the phone.",
    "heading to the seats.",
    "talking to a producer by the stairs.",
    "checking her make-up in a compact.",
]
LINE = "You plated my dish the night you left my kitchen. I'd know that sauce anywhere."


def _carpet_night() -> Night:
    night = Night()
    night.roster = [RosterEntry(id=k + 1, guild_id=99, name=n, aliases=()) for k, n in enumerate(PEOPLE)]
    for k, (what, votes) in enumerate(CARPET):
        who = [" ".join(what.split()[:2])]
        night.spot(what, who=who, votes=votes, at=f"19:{10 + k * 3:02d}", by=f"Carpet{k}", where="Red carpet")
        night.spot(f"{who[0]} {LATER[k]}", who=who, votes=3, at=f"19:{40 + k * 2:02d}", by=f"Lobby{k}")
    return night


def test_a_quiet_exchange_with_a_strong_line_makes_the_five_over_voted_filler():
    night = _carpet_night()
    overheard = night.spot(
        "Overheard by the coat check, Tobias Grell to Wren Abara, very quietly:",
        who=["Tobias Grell", "Wren Abara"],
        quote=LINE,
        quote_by="Tobias Grell",
        votes=6,
        at="22:40",
        by="Zed",
        where="Coat check",
    )

    digest = night.compile()

    assert overheard.id in {sid for item in digest.items for sid in item.sighting_ids}
    item = item_with(digest, overheard)
    assert item.headline.startswith("Tobias Grell")


def test_a_short_exclamation_between_two_people_is_not_an_exchange():
    night = _carpet_night()
    gasp = night.spot(
        "Tobias Grell and Wren Abara by the coat check.",
        who=["Tobias Grell", "Wren Abara"],
        quote="Oh wow.",
        quote_by="Tobias Grell",
        votes=6,
        at="22:40",
        by="Zed",
    )

    digest = night.compile()

    assert gasp.id not in {sid for item in digest.items for sid in item.sighting_ids}


def test_an_exchange_that_continues_a_bigger_story_is_told_in_it_not_alone():
    night = _carpet_night()
    win = night.spot(
        "Wren Abara won Best Newcomer and carried the trophy straight back into the kitchen to finish service.",
        who=["Wren Abara"],
        votes=120,
        at="21:30",
        by="Pia",
    )
    later = night.spot(
        "By the coat check after service, Tobias Grell stopped Wren Abara on her way out with the trophy.",
        who=["Tobias Grell", "Wren Abara"],
        quote=LINE,
        quote_by="Tobias Grell",
        votes=2,
        at="22:40",
        by="Zed",
    )

    digest = night.compile()

    assert item_with(digest, later) is item_with(digest, win)
    assert sum(1 for item in every_item(digest) if later.id in item.sighting_ids) == 1


def test_a_zero_vote_quip_never_leads_over_the_nights_most_voted_quoted_moment():
    # the exchange's stand-in votes lift it over voted lines with nothing said, never over a moment with a quote
    # and real votes: the 44-vote quoted moment opens the digest, the quip (no votes) after it
    night = Night()
    night.roster = [RosterEntry(id=k + 1, guild_id=99, name=n, aliases=()) for k, n in enumerate(PEOPLE)]
    quip = night.spot(
        "Tobias Grell and Wren Abara brushed past each other in the lift lobby",
        who=["Tobias Grell", "Wren Abara"],
        quote="Lovely jacket, pity about the chorus",
        quote_by="Tobias Grell",
        at="20:00",
        by="Zed",
    )
    lift = night.spot(
        "Kit Osei lifted her old music teacher onto her shoulders in the aisle after her win",
        who=["Kit Osei"],
        quote="She taught me my first three chords",
        quote_by="Kit Osei",
        votes=44,
        at="20:12",
        by="Pia",
    )

    digest = night.compile(count=3)

    assert lift.id in digest.items[0].sighting_ids
    assert digest.items[0].headline.startswith("Kit Osei")
    assert quip.id in digest.items[1].sighting_ids
