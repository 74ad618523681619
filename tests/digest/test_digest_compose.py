"""What an item is made of: a short item takes the thread's closing beat; a beat from another thread never
joins; the connectives follow the real times."""

from __future__ import annotations

from .factory import Night, filler, item_with


def _toast_night() -> tuple[Night, dict[str, object]]:
    """Two old rivals toast each other at a bar (a short, strong moment); later the same two are seen in a
    booth (a small line, no votes: the thread's closing beat); the same evening, unrelated small moments."""
    night = Night()
    filler(night, 6, votes=4)
    seen = {
        "toast": night.spot(
            "Orla Penhaligon raised her glass to Dunstan Ferrow across the Copper Bar. They had not spoken in years.",
            who=["Orla Penhaligon", "Dunstan Ferrow"],
            where="Copper Bar",
            at="21:10",
            votes=90,
            quote="You still owe me a cab fare, Dunstan.",
            quote_by="Orla Penhaligon",
        ),
        "booth": night.spot(
            "Orla Penhaligon and Dunstan Ferrow in a corner booth, talking, phones face down",
            who=["Orla Penhaligon", "Dunstan Ferrow"],
            where="Copper Bar",
            at="21:55",
            by="Bea",
        ),
        "elsewhere": night.spot(
            "Orla Penhaligon arrived at the cloakroom",
            who=["Orla Penhaligon"],
            where="Cloakroom",
            at="22:05",
            by="Cy",
        ),
    }
    return night, seen


def test_a_short_item_ends_on_its_threads_closing_beat_even_a_small_one():
    night, seen = _toast_night()

    item = item_with(night.compile(), seen["toast"])

    assert seen["booth"].id in item.sighting_ids
    assert item.body.index("Copper Bar") < item.body.index("corner booth")  # told after the toast
    assert "\n\nLater, " in item.body
    assert "Bea" in item.credit


def test_a_closing_beat_about_only_one_of_the_people_elsewhere_does_not_join():
    night, seen = _toast_night()

    item = item_with(night.compile(), seen["toast"])

    assert seen["elsewhere"].id not in item.sighting_ids
    assert "cloakroom" not in item.body.lower()


def test_a_small_beat_long_after_the_moment_is_no_closing_beat():
    night, seen = _toast_night()
    late = night.spot(
        "Orla Penhaligon and Dunstan Ferrow sharing a taxi queue umbrella outside",
        who=["Orla Penhaligon", "Dunstan Ferrow"],
        where="Copper Bar",
        at="23:50",
        by="Cy",
    )

    item = item_with(night.compile(), seen["toast"])

    assert late.id not in item.sighting_ids
