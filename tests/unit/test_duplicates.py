"""When is a new sighting another report of the same moment?"""

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.duplicates import find_original, numbers
from bot.models import Reporter, Sighting, SightingStatus
from db.database import Database
from db.repositories import ShowRepository, SightingRepository
from db.repositories.sightings import Dedupe, NewSighting

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


def linked(new_text: str, old_text: str, people=("Bruno Mars",)) -> bool:
    original = sighting(1, old_text, people)
    return find_original(new_text, people, [original], now=T0 + timedelta(minutes=2), window=WINDOW) is not None


def test_two_correspondents_telling_the_same_exchange_in_near_identical_words_link():
    assert linked(
        "Bruno Mars told the bartender he wants one more espresso",
        "Bruno Mars told the bartender he wants one more espresso!",
    )
    assert linked(
        "Bruno Mars and Adele hugged by the bar", "Adele and Bruno Mars hugged at the bar", ("Adele", "Bruno Mars")
    )
    assert linked("Bruno Mars drinks his 3rd espresso backstage", "Bruno Mars drinks his third espresso backstage")


def test_a_text_inside_a_longer_one_is_not_the_same_moment():
    assert not linked("Bruno Mars ordered a drink", "Bruno Mars ordered a second drink")
    assert not linked("Bruno Mars ordered a second drink", "Bruno Mars ordered a drink")
    assert not linked(
        "Bruno Mars sang in the corridor", "Bruno Mars sang Uptown Funk in the corridor to the whole crew"
    )


def test_different_numbers_or_ordinals_are_different_moments():
    assert not linked("Bruno Mars is on his fourth espresso backstage", "Bruno Mars is on his third espresso backstage")
    assert not linked("Bruno Mars signed three autographs by the door", "Bruno Mars signed two autographs by the door")
    assert not linked("Bruno Mars signed 3 autographs by the door", "Bruno Mars signed 4 autographs by the door")
    assert not linked("Bruno Mars and the 2nd dancer left", "Bruno Mars and the 3rd dancer left")


def test_saying_it_did_not_happen_is_not_another_report_of_it():
    assert not linked("Bruno Mars will not sing tonight", "Bruno Mars will sing tonight")
    assert not linked("Bruno Mars didn't sing tonight", "Bruno Mars did sing tonight")


def test_numbers_are_read_in_digits_and_words():
    assert numbers("his third espresso") == (3,)
    assert numbers("the 3rd time, twice") == (2, 3)
    assert numbers("twenty-one songs") == (21,)
    assert numbers("a drink with Bruno") == ()


# -- the same correspondent, through the repository on a real SQLite file ---------------------------------------

AMY, BEN, CAT = 11, 12, 13
TEXT = "Gaga lit a cigarette for Adele during the break"


@pytest.fixture
async def repo(tmp_path: Path):
    db = await Database.open(tmp_path / "backstage.db")
    show = await ShowRepository(db).create(
        guild_id=1,
        name="VMAs",
        venue=None,
        feed_channel_id=100,
        desk_channel_id=101,
        approval=False,
        opened_by=7,
        opened_at=T0,
    )
    yield SightingRepository(db), show.id
    await db.close()


async def post(repo, reporter: int, what: str, minutes: int) -> Sighting:
    sightings, show_id = repo
    now = T0 + timedelta(minutes=minutes)
    people = ("Adele", "Lady Gaga")

    def pick(candidates):
        return find_original(what, people, candidates, now=now, window=WINDOW)

    new = NewSighting(
        guild_id=1,
        show_id=show_id,
        reporter=Reporter(id=reporter, name=f"R{reporter}"),
        what=what,
        people=people,
        other_names=(),
        where=None,
        quote=None,
        headline=None,
        photo_url=None,
        status=SightingStatus.LIVE,
        created_at=now,
        publish_at=None,
    )
    return await sightings.add(new, feed_channel_id=100, dedupe=Dedupe(since=now - WINDOW, pick=pick))


async def test_two_posts_by_the_same_correspondent_are_never_linked(repo):
    first = await post(repo, AMY, TEXT, 0)
    again = await post(repo, AMY, TEXT + "!", 1)
    assert again.corroborates is None
    other = await post(repo, BEN, TEXT, 2)
    assert other.corroborates == first.id


async def test_nor_through_another_correspondents_report_of_the_same_moment(repo):
    first = await post(repo, AMY, TEXT, 0)
    assert (await post(repo, BEN, TEXT + ".", 1)).corroborates == first.id
    # Amy told this moment first: her next post is another moment, even worded like Ben's report of hers
    assert (await post(repo, AMY, TEXT + ".", 2)).corroborates is None


async def test_a_second_report_of_a_moment_already_corroborated_by_the_same_correspondent_is_not_linked(repo):
    first = await post(repo, AMY, TEXT, 0)
    assert (await post(repo, BEN, TEXT + ".", 1)).corroborates == first.id
    assert (await post(repo, BEN, TEXT + "!", 2)).corroborates is None
