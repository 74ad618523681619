"""When is a new sighting another report of the same moment?"""

from datetime import UTC, datetime, timedelta

from bot.duplicates import find_original
from bot.models import Reporter, Sighting, SightingStatus

T0 = datetime(2031, 8, 31, 21, 0, tzinfo=UTC)
WINDOW = timedelta(minutes=20)


def sighting(id: int, what: str, people=(), minutes=0, status=SightingStatus.LIVE, corroborates=None) -> Sighting:
    return Sighting(
        id=id,
        guild_id=1,
        show_id=1,
        reporter=Reporter(id=id, name=f"R{id}"),
        what=what,
        people=tuple(people),
        created_at=T0 + timedelta(minutes=minutes),
        status=status,
        corroborates=corroborates,
    )


def test_same_names_and_near_identical_text_minutes_apart_is_a_duplicate():
    original = sighting(1, "Gaga lit a cigarette for Adele during the break", ["Lady Gaga", "Adele"])
    found = find_original(
        "Gaga lit a cigarette for Adele in the break!",
        ["Adele", "Lady Gaga"],
        [original],
        now=T0 + timedelta(minutes=3),
        window=WINDOW,
    )
    assert found == original


def test_different_people_or_different_moment_is_not():
    original = sighting(1, "Gaga hugged Adele", ["Lady Gaga", "Adele"])
    assert find_original("Gaga hugged Adele", ["Lady Gaga"], [original], now=T0, window=WINDOW) is None
    assert (
        find_original(
            "Gaga ignored Adele completely at the bar", ["Lady Gaga", "Adele"], [original], now=T0, window=WINDOW
        )
        is None
    )


def test_outside_the_window_or_retracted_is_not():
    old = sighting(1, "Gaga hugged Adele", ["Lady Gaga", "Adele"], minutes=-30)
    pulled = sighting(2, "Gaga hugged Adele", ["Lady Gaga", "Adele"], status=SightingStatus.RETRACTED)
    assert find_original("Gaga hugged Adele", ["Lady Gaga", "Adele"], [old, pulled], now=T0, window=WINDOW) is None


def test_nameless_sightings_are_never_linked_on_text_alone():
    first = sighting(1, "Moment 1: a winner walks past the press room")
    assert find_original("Moment 2: a winner walks past the press room", [], [first], now=T0, window=WINDOW) is None


def test_the_best_match_wins():
    a = sighting(1, "Adele sang Someone Like You in the corridor to the crew", ["Adele"])
    b = sighting(2, "Adele sang in the corridor", ["Adele"], minutes=1)
    assert (
        find_original("Adele sang in the corridor", ["Adele"], [a, b], now=T0 + timedelta(minutes=2), window=WINDOW)
        == b
    )
