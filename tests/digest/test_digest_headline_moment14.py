"""The headline says the moment, not the first clause of a report (issue 11, round 11): the act, never the way there
(an exit, an entrance, the microphone taken)."""

from __future__ import annotations

import pytest

from bot.digest.headline_check import problem
from bot.digest.headlines import write_headline

from .factory import Night, filler, item_with


@pytest.mark.parametrize(
    ("text", "headline"),
    [
        (  # slipping out of a door is the way there, not a fall; the pronoun after a place with no comma is hers
            "Nell Ambry slipped out the fire exit onto the quay. At the ferry stop she sang 'Salt Road' a cappella to"
            " the queue; the ferryman held the 11:40 until she finished.",
            "Nell Ambry Sings 'Salt Road' a Cappella to the Queue",
        ),
        (  # the microphone taken is how the dedication began
            "Nell Ambry took the microphone from the moderator and dedicated the award to her old teacher.",
            "Nell Ambry Dedicates the Award to Her Old Teacher",
        ),
        (  # an entrance, then the act
            "Nell Ambry walked in through the kitchen door. She handed the chef her statuette.",
            "Nell Ambry Hands the Chef Her Statuette",
        ),
        (  # a fall on the stairs is still a fall (the way there is slipping out, in or away)
            "Nell Ambry slipped on the stairs outside the press room.",
            "Nell Ambry Slips on the Stairs Outside the Press Room",
        ),
    ],
)
def test_the_act_heads_the_moment_not_the_way_there(text, headline):
    assert write_headline(text, names=["Nell Ambry"], lead="Nell Ambry") == headline


def test_the_act_the_moments_reports_share_heads_it_not_the_exit():
    night = Night()
    who = ["Nell Ambry"]
    first = night.spot(
        "Nell Ambry slipped out the fire exit onto the quay. At the ferry stop she sang 'Salt Road' a cappella to the"
        " queue; the ferryman held the 11:40 until she finished.",
        who=who,
        at="23:30",
        votes=6,
    )
    night.spot("Nell Ambry singing Salt Road to the ferry queue!!", who=who, by="Cy", at="23:32")
    night.spot("ferry held for Ambry's song, whole queue in tears", who=who, by="Di", at="23:34")
    filler(night, 6)

    headline = item_with(night.compile(), first).headline
    assert "Sings" in headline and "Fire Exit" not in headline


@pytest.mark.parametrize(
    ("text", "headline"),
    [
        (  # the mirror held is for the shave; the word kept is said
            "Bo Lind held the mirror while Kit Ames shaved off his beard, as promised.",
            "Kit Ames Shaves Off His Beard, as Promised",
        ),
        (  # the shave alone is short, and still the moment
            "Bo Lind held the mirror while Kit Ames shaved off his beard.",
            "Kit Ames Shaves Off His Beard",
        ),
        (  # the guitar carried down to the dock is how the song came about
            "Bo Lind carried Kit Ames's guitar down to the dock, and Kit Ames played 'Low Water' for the fishermen.",
            "Kit Ames Plays 'Low Water' for the Fishermen",
        ),
    ],
)
def test_the_helper_is_not_the_subject(text, headline):
    assert write_headline(text, names=["Bo Lind", "Kit Ames"], lead="Bo Lind") == headline


def test_the_one_whose_act_the_moment_is_heads_the_item_not_the_one_holding_the_mirror():
    night = Night()
    who = ["Bo Lind", "Kit Ames"]
    filler(night, 8)
    lead = night.spot(
        "Bo Lind held the mirror while Kit Ames shaved off his beard in the green room, as promised.",
        who=who,
        at="22:40",
        votes=8,
    )
    night.spot("Kit Ames beard GONE, Bo Lind holding the mirror", who=who, by="Cy", at="22:41", votes=3)

    item = item_with(night.compile(), lead)
    # (the body tells no promise here, so neither does the headline)
    assert item.headline == "Kit Ames Shaves Off His Beard in the Green Room" and "promised" not in item.body


@pytest.mark.parametrize(
    ("text", "names", "headline"),
    [
        (  # "came up yelling that …" does not fit: cut before the "and", never on "Comes Up"
            "Tam Rowe slid down the grand staircase on his backside and came up yelling that the envelope was fine.",
            ["Tam Rowe"],
            "Tam Rowe Slides Down the Grand Staircase on His Backside",
        ),
        (  # the bet paid, on whom it was drawn, over her laughing
            "Bet paid: Jo drew a goose tattoo on her forearm in eyeliner. Ada Finch cried laughing.",
            ["Ada Finch"],
            "Jo Draws a Goose Tattoo on Ada Finch's Forearm in Eyeliner",
        ),
    ],
)
def test_never_cut_before_the_payoff(text, names, headline):
    assert write_headline(text, names=names, lead=names[0]) == headline


@pytest.mark.parametrize(
    ("headline", "refused"),
    [
        ("Tam Rowe Slides Down the Grand Staircase on His Backside and Comes Up", True),
        ("Tam Rowe Slides Down the Grand Staircase and Takes", True),
        ("Tam Rowe Slides Down the Banister and Gets Out", True),
        ("Tam Rowe Walks Off Stage and Comes Back", False),  # (back where he was: nothing missing)
        ("Tam Rowe Loses Best Actor and Gives Up", False),
    ],
)
def test_a_headline_never_ends_on_a_verb_that_needs_more(headline, refused):
    assert (problem(headline, ["Tam Rowe"]) is not None) == refused


def test_a_short_act_over_a_short_reaction():
    text = "Ada Finch lost the bet. Jo drew a goose tattoo on the back of a napkin and Ada cried laughing."
    assert write_headline(text, names=["Ada Finch"], lead="Ada Finch") == "Ada Finch Loses the Bet"


@pytest.mark.parametrize(
    ("text", "names", "headline"),
    [
        (  # what has not happened since 2027 is the backstory, never tonight's news; "Tonight they" are both
            "Lea Moor and Pia Sand haven't recorded together since 2027. Tonight they passed in the corridor without"
            " a word.",
            ["Lea Moor", "Pia Sand"],
            "Lea Moor and Pia Sand Pass in the Corridor Without a Word",
        ),
        (  # a "while" clause's act is an act, in the present ("his granddaughter" is his)
            "Old Ossian Pratt beatboxed while his granddaughter Ossie sang the folk song.",
            ["Ossian Pratt", "Ossie Pratt"],
            "Ossian Pratt Beatboxes While His Granddaughter Ossie Sings the Folk Song",
        ),
    ],
)
def test_never_the_backstory_nor_a_label_where_an_act_exists(text, names, headline):
    assert write_headline(text, names=names, lead=names[0]) == headline


def test_a_headline_telling_what_has_not_happened_since_is_refused():
    assert problem("Lea Moor and Pia Sand Haven't Recorded Together Since 2027", ["Lea Moor", "Pia Sand"]) is not None
    assert problem("Lea Moor Hasn't Sung Since the Divorce, Sings Tonight", ["Lea Moor"]) is not None
    assert problem("Lea Moor Won't Sit at Pia Sand's Table", ["Lea Moor", "Pia Sand"]) is None  # (tonight's refusal)


def test_a_while_clause_with_someone_described_then_named_is_an_act_not_a_label():
    night = Night()
    who = ["Ossian Pratt Sr.", "Ossie Pratt"]
    filler(night, 8)
    lead = night.spot(
        "Old Ossian Pratt beatboxed while his granddaughter Ossie sang the folk song in the lobby.",
        who=who,
        at="22:40",
        votes=8,
        quote="I was rapping before you had a word for it",
        quote_by="Ossian Pratt Sr.",
    )
    night.spot("Ossian Pratt Sr beatboxing for Ossie!! the whole lobby clapping", who=who, by="Cy", at="22:41", votes=3)

    headline = item_with(night.compile(), lead).headline
    # (over 75 characters in full: the granddaughter by her given name, as the body calls her beside him: round 38)
    assert "Beatboxes While His Granddaughter Ossie Sings the Folk Song" in headline


def test_the_bet_paid_heads_it_in_one_tense():
    text = "Ada Finch paid off her bet: Jo Park drew a goose tattoo on her forearm in eyeliner. Ada cried laughing."
    assert (
        write_headline(text, names=["Ada Finch", "Jo Park"], lead="Ada Finch")
        == "Ada Finch Pays Off Her Bet: Jo Park Draws a Goose Tattoo on Her Forearm in Eyeliner"
    )  # (was "… Jo Park Drew …")


@pytest.mark.parametrize(
    ("text", "headline"),
    [
        (  # which stairs, which song: the headline never points at what it does not tell
            "Rhea Dunn fell down the same stairs in the lobby.",
            "Rhea Dunn Falls Down the Stairs in the Lobby",
        ),
        (
            "Rhea Dunn sang that song again at the bar, the one from the ferry.",
            "Rhea Dunn Sings the Song at the Bar",
        ),
        (  # "that" opening a relative clause stays
            "Rhea Dunn sang the lullaby that her mother wrote for the ferrymen.",
            "Rhea Dunn Sings the Lullaby That Her Mother Wrote for the Ferrymen",
        ),
    ],
)
def test_a_headline_never_points_at_what_the_item_does_not_tell(text, headline):
    assert write_headline(text, names=["Rhea Dunn"], lead="Rhea Dunn") == headline
