"""One act told once inside its item (`retold.retells_unnamed`, `copying._new_in_tail`): a second correspondent's
report that tells the act again with someone not named for its subject ("A singer slipped off …") gives only what
it adds after "and" (the catch), never the fall a second time."""

from __future__ import annotations

from .factory import Night, filler, item_with


def _item_body(first: str, second: str, who: list[str]) -> str:
    night = Night()
    filler(night, 4, votes=1)
    lead = night.spot(first, who=["Delphine Okoro"], where="Main stage", at="21:00", votes=9, by="Amy")
    night.spot(second, who=who, where="Main stage", at="21:02", votes=5, by="Ben")
    return item_with(night.compile(), lead).body


def test_a_second_report_of_a_fall_told_by_someone_unnamed_gives_only_the_catch():
    body = _item_body(
        "Delphine Okoro tumbled off the edge of the stage during the encore",
        "A singer slid off the edge of the stage mid-encore and the drummer Teodor Vasquez grabbed her",
        ["Teodor Vasquez"],
    )
    assert body.startswith("Delphine Okoro tumbled off the edge of the stage during the encore."), body
    assert "A singer" not in body and "slid off" not in body, body  # the fall is told once
    assert "The drummer Teodor Vasquez grabbed her." in body, body
