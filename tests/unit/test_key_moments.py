"""Key moments on a real database, both engines (the marks, the message's version the triggers keep, the night's rows
the digest's worker reads) and the message's text within Discord's limits."""

from __future__ import annotations

from datetime import timedelta

import pytest

from bot.feed.keys import summary_embed
from bot.limits import DESCRIPTION_MAX, TITLE_MAX
from db.database import Database
from db.repositories import SightingRepository
from db.repositories.keys import KeyLine, KeyRepository
from db.repositories.sightings import night_rows
from tests.unit.test_repositories import T0, new, open_show


@pytest.fixture
def db(database: Database) -> Database:
    return database


async def version(keys: KeyRepository, show_id: int) -> int:
    summary = await keys.get(show_id)
    assert summary is not None
    return summary.version


async def test_every_change_of_a_key_moment_asks_for_a_new_edit_and_nothing_else_does(db: Database):
    show_id = await open_show(db)
    sightings, keys = SightingRepository(db), KeyRepository(db)
    await keys.open_summary(show_id, 1, 100, T0)
    marked = await sightings.add(new(show_id, "Gaga waves"), feed_channel_id=100)
    other = await sightings.add(new(show_id, "Adele laughs"), feed_channel_id=100)
    start = await version(keys, show_id)

    assert await keys.mark(marked.id, 7, T0, key=True)
    assert not await keys.mark(marked.id, 7, T0, key=True)  # already one
    assert await version(keys, show_id) == start + 1
    await db.write(lambda conn: conn.execute("UPDATE sightings SET what = 'Adele cries' WHERE id = ?", (other.id,)))
    assert await version(keys, show_id) == start + 1  # not a key moment: the message need not change
    await db.write(lambda conn: conn.execute("UPDATE sightings SET status = 'retracted' WHERE id = ?", (marked.id,)))
    assert await version(keys, show_id) == start + 2
    assert await keys.lines(show_id, T0) == []  # a retracted moment is not listed


async def test_the_worker_reads_the_mark_with_the_night(db: Database):
    show_id = await open_show(db)
    sightings, keys = SightingRepository(db), KeyRepository(db)
    marked = await sightings.add(new(show_id, "Gaga waves"), feed_channel_id=100)
    await sightings.add(new(show_id, "Adele laughs"), feed_channel_id=100)
    await keys.mark(marked.id, 7, T0, key=True)
    rows = await db.read(lambda conn: list(night_rows(conn, show_id)))
    assert [(r.id, r.key) for r in rows] == [(marked.id, True), (marked.id + 1, False)]
    assert (await sightings.get(1, marked.id)).key


def line(n: int, text: str) -> KeyLine:
    return KeyLine(n, text, None, T0 + timedelta(minutes=n), 1, 100, 5000 + n)


def test_the_message_keeps_the_latest_moments_within_the_description_limit():
    lines = [line(n, f"Moment {n} " + "x" * 200) for n in range(1, 61)]
    embed = summary_embed(3, "The " + "Very Long " * 40 + "Awards", lines)
    description = embed["description"]
    assert len(description) <= DESCRIPTION_MAX and len(embed["title"]) <= TITLE_MAX
    first, *kept = description.split("\n")
    left = int(first.removeprefix("…and ").split(" ")[0])
    assert left + len(kept) == 60 and kept[-1].endswith("· #60") and kept[0].endswith(f"· #{left + 1}")
    assert "](https://discord.com/channels/1/100/5060)" in kept[-1] and "<t:" in kept[-1]


def test_a_moment_without_its_feed_message_is_listed_without_a_link_and_markup_cannot_break_the_line():
    gone = KeyLine(4, "Gaga [waves](https://evil.example) @everyone", None, T0, 1, None, None)
    embed = summary_embed(3, "VMAs", [gone])
    assert "](" not in embed["description"] and "@\u200beveryone" in embed["description"]
