"""The best report speaks (issue 11, round 10): the report the editor marked as the key moment tells its moment before
the room's favourite wording, as a pinned one does (`moments.speaking_order`): a flat passive with more votes never
opens the item over the report that says what happened."""

from __future__ import annotations

from .factory import Night, filler, item_with


def test_the_key_marked_report_opens_its_moment_over_a_flatter_one_with_more_votes():
    night = Night()
    filler(night, 6, votes=3)
    flat = night.spot(
        "Omar Haddad was seen at the kitchen sink in a borrowed apron.",
        who=["Omar Haddad"],
        where="Kitchen",
        at="22:00",
        by="Ben",
        votes=40,
    )
    night.spot(
        "Omar Haddad lost Best Chef for the fifth time tonight and went straight to the kitchen sink, where he washed "
        "dishes as a boy in 1978.",
        who=["Omar Haddad"],
        where="Kitchen",
        at="22:02",
        by="Ann",
        votes=6,
        key=True,
    )

    body = item_with(night.compile(), flat).body

    assert body.startswith("Omar Haddad lost Best Chef for the fifth time that night"), body  # (round 40: the
    # live blog's "tonight" in the article's past)
