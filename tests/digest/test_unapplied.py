"""A correction the digest could not apply is named to the editor as a correction of the post it meant, whatever its
votes, never as "too slight" (`unapplied`, `compiler._left_out`; night: tests/scenarios/unapplied_correction_night.yaml;
break31 N11)."""

from __future__ import annotations

from bot.digest.models import LeftOut
from bot.models import SightingStatus

from .factory import Night, filler, item_with


def _named(digest, sighting):
    return [x for x in digest.left_out if sighting.id in x.sighting_ids]


def test_an_own_correction_that_cannot_be_placed_is_named_as_a_correction_of_the_post():
    night = Night()
    filler(night, 5, votes=3)
    post = night.spot(
        "Wren Calloway fainted into the front row during the string quartet's set",
        who=["Wren Calloway"],
        by="Jo",
        at="21:00",
        votes=50,
    )
    fix = night.spot("correction to my last: she only pretended, it was a bit for the cameras", by="Jo", at="21:06")

    digest = night.compile()

    assert "fainted" in item_with(digest, post).body  # (still told as first posted: the editor must know)
    [named] = _named(digest, fix)
    assert named.reason == "correction" and named.sighting_ids == [fix.id, post.id]
    assert named.note.startswith(f"#{fix.id} (0 votes): a correction of #{post.id} that could not be applied: ")
    assert "too slight" not in named.note


def test_a_number_put_right_too_late_is_named_and_a_true_not_sentence_is_not():
    night = Night()
    filler(night, 5, votes=3)
    post = night.spot(
        "Bo Lindqvist signed three programmes for the ushers with a borrowed lipstick",
        who=["Bo Lindqvist"],
        by="Ned",
        at="20:00",
        votes=30,
    )
    fix = night.spot("update on Bo: it was five programmes, not three", who=["Bo Lindqvist"], by="Ned", at="22:30")
    fact = night.spot(
        "Ada Marsh won four awards, not three as tipped, and rowed them home",
        who=["Ada Marsh"],
        by="Pia",
        at="21:00",
        votes=20,
    )

    digest = night.compile()

    assert [x.reason for x in _named(digest, fix)] == ["correction"]
    assert "correction" not in [x.reason for x in _named(digest, fact)]
    assert _named(digest, post) == _named(digest, fix)  # (named once, with the correction)


def test_a_correction_naming_no_post_says_so():
    note = LeftOut(sighting_ids=[9], votes=0, reason="correction").note
    assert note.startswith("#9 (0 votes): a correction that could not be applied: ")
    assert "the post it corrects" in note


def test_a_correction_after_its_reporter_retracted_the_wrong_post_is_never_named_against_an_earlier_one():
    """hyderabad_night (round 20): "ambulance" retracted, then "CORRECTION: no ambulance. He is fine, …" — the
    retraction put the post right; the preview named the correction "of #97", the reporter's unrelated chatter."""
    night = Night()
    filler(night, 6, votes=30)  # (five stronger stories: the correction is left out)
    chatter = night.spot("desk did you get the photo?? can someone check it uploaded", by="Mo", at="22:17")
    night.spot(
        "Ravi Sen taken to hospital in an ambulance after the fall",
        who=["Ravi Sen"],
        by="Mo",
        at="22:24",
        status=SightingStatus.RETRACTED,
    )
    fix = night.spot(
        "CORRECTION: no ambulance. Ravi Sen is fine, sitting in the green room with an ice pack on his wrist",
        who=["Ravi Sen"],
        by="Mo",
        at="22:30",
        votes=20,
    )

    digest = night.compile()

    assert _named(digest, fix) == [] and _named(digest, chatter) == []
