"""Follow-ups stitched right (issue 11, round 13): a post that is only a quote, tagged with a moment's people minutes
after it, is that moment's line, told in its paragraph; two reports of one person at one place sharing only a body
part are two moments, never one told as the other's start; a follow-up is told in the body's tense, and a note's
speech frame with its words unquoted is never printed as a sentence; a payoff headed "Keeps His Word" says so once
and its body tells the promise."""

from __future__ import annotations

from bot.digest.frames import unquoted_speech
from bot.digest.narration import narrate
from bot.digest.prose import reads_as_prose
from bot.digest.quoted import only_quoted
from bot.digest.verbs import sibilant_past
from bot.models import Sighting

from .factory import Night, every_item, filler, item_with

HUG = "Mara Loft and Pim Ardent hugged on the terrace after a night of not speaking."
LINE = "“It's too cold out here to stay angry.”"


def _night() -> Night:
    """A night of filler and three other stories, for the one a test writes."""
    night = Night()
    filler(night, 6, votes=2)
    _others(night)
    return night


def _others(night: Night) -> None:
    for j, (name, act) in enumerate(
        (
            ("Ada Fenn", "climbed onto the bar and led the chorus of her first single"),
            ("Tev Okafor", "gave his jacket to a shivering cloakroom attendant"),
            ("Rhea Pym", "taught the security guard her viral dance"),
        )
    ):
        night.spot(f"{name} {act}.", who=[name], at=f"2{j}:40", by="Dee", votes=30 - 5 * j)


def test_a_post_that_is_only_a_quote_tagged_with_the_hugs_two_people_is_the_hugs_line_in_its_paragraph():
    night = _night()
    hug = night.spot(HUG, who=["Mara Loft", "Pim Ardent"], where="Terrace", at="21:00", by="Ann", votes=40)
    line = night.spot(LINE, who=["Mara Loft", "Pim Ardent"], where="Terrace", at="21:02", by="Ben")

    digest = night.compile()

    item = item_with(digest, hug)
    assert line.id in item.sighting_ids
    assert "“It's too cold out here to stay angry" in item.body
    assert sum(line.id in i.sighting_ids for i in every_item(digest)) == 1


def test_a_quote_only_post_joins_a_moment_told_in_spanish_and_in_english_without_a_line():
    night = _night()
    spanish = night.spot(
        "Mara Loft y Pim Ardent se abrazaron en la terraza después de toda la noche sin hablarse.",
        who=["Mara Loft", "Pim Ardent"],
        where="Terraza",
        at="21:00",
        by="Gus",
        votes=80,
    )
    night.spot("Mara Loft and Pim Ardent hugged on the terrace.", who=["Mara Loft", "Pim Ardent"], at="21:01", by="Ivy")
    line = night.spot(LINE, who=["Mara Loft", "Pim Ardent"], where="Terrace", at="21:02", by="Hal")

    digest = night.compile()

    item = item_with(digest, spanish)
    assert line.id in item.sighting_ids
    assert "too cold out here" in item.body


def test_only_a_quotation_is_a_line_and_a_sentence_around_a_quote_is_not():
    assert only_quoted(LINE)
    assert only_quoted('"We were both wrong."')
    assert not only_quoted("She said “no” twice.")
    assert not only_quoted("“Cold.” — Mara")


LOST = "Tomas Reyn lost an arm-wrestle to Ines Calder on the lobby table, best of three, and gave up his bow tie."
BEAT = "Ines Calder beat Tomas Reyn at arm-wrestling on the lobby table, best of three, and took his bow tie."


def _arm_wrestle(night: Night, first: str, votes: int, wrestle: str = LOST) -> tuple[Sighting, Sighting]:
    sling = night.spot(
        "Tomas Reyn walked the red carpet with his arm in a sling.",
        who=["Tomas Reyn"],
        where="Lobby",
        at=first,
        by="Gus",
        votes=votes,
    )
    return sling, night.spot(wrestle, who=["Tomas Reyn", "Ines Calder"], where="Lobby", at="21:30", by="Ann", votes=90)


def test_an_arm_in_a_sling_on_the_carpet_two_minutes_before_is_no_report_of_the_arm_wrestle_in_the_lobby():
    night = _night()
    sling, wrestle = _arm_wrestle(night, "21:28", 30, BEAT)

    digest = night.compile()

    item = item_with(digest, wrestle)
    assert sling.id not in item.sighting_ids
    assert "sling" not in item.headline.lower()
    assert item.body.startswith("Ines Calder beat Tomas Reyn at arm-wrestling")


def test_an_arm_in_a_sling_minutes_before_is_never_what_the_arm_wrestle_began_with():
    night = _night()
    sling, wrestle = _arm_wrestle(night, "21:20", 20)

    digest = night.compile()

    item = item_with(digest, wrestle)
    assert sling.id not in item.sighting_ids
    assert "It began" not in item.body


def test_a_follow_up_note_in_the_present_is_told_in_the_past_crossed_out_and_handed():
    told = narrate(
        "Cass Vane crosses out her speech notes and hands them to a fan at the stage door.",
        "Cass Vane",
        frozenset({"cass", "vane"}),
    )
    assert told == "Cass Vane crossed out her speech notes and handed them to a fan at the stage door."


def test_only_a_sibilant_verb_is_put_in_the_past_without_the_verb_list():
    assert sibilant_past("cross") == "crossed"
    assert sibilant_past("stash") == "stashed"
    assert sibilant_past("visit") is None
    assert sibilant_past("bus") is None


def test_a_speech_frame_with_its_words_unquoted_is_never_printed_as_a_sentence():
    names = frozenset({"vane", "omar", "haddi"})
    assert not reads_as_prose("Later, Vane to the press officer: Omar Haddi kept it until the last car leaves.", names)
    assert unquoted_speech("Vane to the press officer: Haddi keeps it.", names)
    assert not unquoted_speech("Vane to the press officer: “Haddi keeps it.”", names)
    assert reads_as_prose("Vane told the press officer: “Haddi keeps it.”", names)


def test_a_payoff_whose_report_says_he_kept_his_word_is_headed_keeps_his_word_once_and_tells_the_promise():
    night = _night()
    promise = night.spot(
        "Joss Penhale at the bar, on Best Score:",
        who=["Joss Penhale"],
        where="Bar",
        at="19:10",
        by="Ben",
        quote="If I win, I'll sing for the drivers in the car park. All of them.",
        quote_by="Joss Penhale",
        votes=20,
    )
    night.spot("Joss Penhale won Best Score for The Long Field.", who=["Joss Penhale"], at="20:00", by="Cy", votes=10)
    payoff = night.spot(
        "Joss Penhale kept his word and sang for the drivers in the car park.",
        who=["Joss Penhale"],
        where="Car park",
        at="22:40",
        by="Cy",
        votes=120,
    )

    digest = night.compile()

    item = item_with(digest, payoff)
    assert item.headline.count("Keeps His Word") == 1, item.headline
    assert promise.id in item.sighting_ids
    assert "“If I win, I'll sing for the drivers" in item.body
