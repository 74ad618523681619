"""Different people's acts are never one moment, and one person's acts sharing only the room are two: a room and a
time are not enough (`bot.digest.acts`). Whatever the digest leaves out that was a real moment, the editor's preview
says (`Digest.left_out`)."""

from __future__ import annotations

from bot.digest.matching import same_moment
from bot.digest.night import candidates, prepare

from .factory import END, Night, filler, item_with


def _three_fixes(night: Night):
    heel = night.spot(
        "Mira Dask glued the snapped heel back onto a backing singer's boot minutes before the curtain call.",
        who=["Mira Dask"],
        by="Amy",
        at="21:00",
        where="Dressing room B",
        votes=30,
    )
    seam = night.spot(
        "Tobi Renn stitched the split seam of the drummer's trousers with fishing line minutes before the "
        "curtain call.",
        who=["Tobi Renn"],
        by="Ben",
        at="21:05",
        where="Dressing room B",
        votes=45,
    )
    gown = night.spot(
        "Cal Ortho steamed the creases out of the presenter's gown over a kettle just before the curtain call.",
        who=["Cal Ortho"],
        by="Cho",
        at="21:11",
        where="Dressing room B",
        votes=22,
    )
    return heel, seam, gown


def test_three_peoples_acts_in_one_room_minutes_apart_are_three_items_each_credited():
    night = Night()
    filler(night, 6, votes=2)
    heel, seam, gown = _three_fixes(night)

    digest = night.compile()

    homes = [item_with(digest, s) for s in (heel, seam, gown)]
    assert len({id(h) for h in homes}) == 3, [h.body for h in homes]
    assert homes[0].reporters == ["Amy"] and homes[1].reporters == ["Ben"] and homes[2].reporters == ["Cho"]
    assert "glued the snapped heel" in homes[0].body and "Minutes earlier" not in homes[1].body


def test_two_signings_of_different_lengths_by_two_people_are_two_moments():
    night = Night()
    filler(night, 6, votes=2)
    long = night.spot(
        "Juno Vey stood at the loading bay for fifty minutes signing programmes in the drizzle for every last fan.",
        who=["Juno Vey"],
        by="Amy",
        at="22:00",
        where="Loading bay",
        votes=40,
    )
    short = night.spot(
        "Rex Alda stood at the loading bay for fifteen minutes signing programmes in the drizzle and gave away his "
        "scarf.",
        who=["Rex Alda"],
        by="Ben",
        at="22:05",
        where="Loading bay",
        quote="Keep it, it is colder out here than on stage",
        votes=38,
    )

    digest = night.compile()

    assert item_with(digest, long) is not item_with(digest, short)
    assert "fifty minutes" in item_with(digest, long).body and "fifteen minutes" in item_with(digest, short).body


def _reports(night: Night, *sightings):
    reports, _ = prepare(candidates(night.show, list(sightings), END), [], None)
    return reports


def test_one_persons_acts_that_share_only_the_rooms_words_are_two_moments():
    night = Night()
    cupcake, earrings = _reports(
        night,
        night.spot(
            "Pia Holm ate a blue cupcake in the blue lounge.",
            who=["Pia Holm"],
            by="Dev",
            at="19:20",
            where="Blue lounge",
            votes=5,
        ),
        night.spot(
            "Pia Holm swapped her earrings in the blue lounge.",
            who=["Pia Holm"],
            by="Eli",
            at="19:25",
            where="Blue lounge",
            votes=5,
        ),
    )

    assert not same_moment(cupcake, earrings)


def test_reports_of_two_people_sharing_a_surname_in_two_rooms_are_two_moments():
    night = Night()
    reports, _ = prepare(
        candidates(
            night.show,
            [
                night.spot(
                    "Ana Kerr restrung a harp for the orchestra in the pit during the interval.",
                    who=["Ana Kerr"],
                    by="Amy",
                    at="20:00",
                    where="Room one",
                ),
                night.spot(
                    "Leo Kerr fixed a harp for the orchestra in the pit during the interval.",
                    who=["Leo Kerr"],
                    by="Ben",
                    at="20:05",
                    where="Room two",
                ),
            ],
            END,
        ),
        [],
        None,
    )
    assert not same_moment(reports[0], reports[1])


def test_one_catch_told_from_the_stage_and_from_the_pit_is_one_moment_and_both_reporters_are_credited():
    night = Night()
    filler(night, 6, votes=2)
    stage = night.spot(
        "Suri Vale slipped during the encore and went off the lip of the stage; Dov Hart caught her.",
        who=["Suri Vale"],
        by="Amy",
        at="20:00",
        where="Main stage",
        votes=30,
    )
    pit = night.spot(
        "What a save by Dov Hart, who grabbed Vale in mid-air as she tumbled off the stage in the middle of the "
        "encore.",
        who=["Dov Hart"],
        by="Ben",
        at="20:07",
        where="Orchestra pit",
        votes=28,
    )

    digest = night.compile()

    assert item_with(digest, stage) is item_with(digest, pit)
    assert item_with(digest, stage).reporters == ["Amy", "Ben"]
