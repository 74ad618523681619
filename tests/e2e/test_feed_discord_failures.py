"""The feed against the failures Discord really returns (issue 9, items 4–7): a message a moderator deleted,
the 6,000-character rule on edits, one budget for sends and edits, long rate limits, nonces Discord forgets.
Each through the real discord.py client and the fake Discord."""

from __future__ import annotations

import asyncio
import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from backstage_testing.fakediscord import FakeDiscord, RecordedRequest
from backstage_testing.pytest_plugin import Newsroom, eventually, settings_for
from tests.faults.helpers import feed_ids, posted_id, read_rows, repeated, wait_feed_covers


def edits_of(fake: FakeDiscord, channel_id: int, message_id: int | str | None = None) -> list[RecordedRequest]:
    prefix = f"/channels/{channel_id}/messages/"
    return [
        r
        for r in fake.requests
        if r.method == "PATCH"
        and r.path.startswith(prefix)
        and (message_id is None or r.path.endswith(f"/{message_id}"))
    ]


def posts_to(fake: FakeDiscord, channel_id: int) -> list[RecordedRequest]:
    return [r for r in fake.requests if r.method == "POST" and r.path == f"/channels/{channel_id}/messages"]


async def spot(room: Newsroom, what: str, **values: Any) -> int:
    result = await room.slash(room.amy, "spot", what=what, **values)
    sighting_id = posted_id(result)
    assert sighting_id is not None, result.content
    return sighting_id


async def nothing_waiting(room: Newsroom) -> bool:
    waiting, failed = await room.services.outbox.backlog(room.guild.id)
    return waiting == 0 and failed == 0


# -- 4. a deleted feed message stays deleted ----------------------------------------------------------------


async def test_a_moderators_delete_is_final_at_once_and_holds_nothing_up(newsroom: Newsroom) -> None:
    room, fake = newsroom, newsroom.fake
    moderator = room.guild.add_member("Mo Moderator", administrator=True)
    await room.open_show()
    first = await spot(room, "Adele signs a fan's cast")
    await room.wait_feed(1)
    [message] = fake.channel_messages(room.feed.id)
    fake.delete_message(room.guild, moderator, message["id"])

    fixed = await room.slash(room.amy, "sighting edit", id=first, what="Adele signs a fan's cast, twice")
    assert "Corrected" in (fixed.content or "")
    refused = await fake.wait_for(
        lambda: [r for r in edits_of(fake, room.feed.id, message["id"]) if r.status == 404] or None,
        10,
        "the correction to meet the deleted message",
    )
    after = await spot(room, "Gaga arrives by the side door")
    await wait_feed_covers(fake, room.feed.id, {after}, timeout=5)  # the channel did not freeze
    await eventually(lambda: nothing_waiting(room), what="no retry of the deleted message left waiting")

    again = await room.slash(room.amy, "sighting edit", id=first, what="Adele signs two casts")
    assert "Corrected" in (again.content or "")
    later = await spot(room, "Gaga waves from the stairs")
    await wait_feed_covers(fake, room.feed.id, {later}, timeout=5)
    await eventually(lambda: nothing_waiting(room), what="the second correction to be settled")
    assert len(edits_of(fake, room.feed.id, message["id"])) == len(refused) == 1  # never asked again
    assert feed_ids(fake, room.feed.id) == [after, later]  # and never posted again either

    history = await room.ok(room.editor, "sighting history", id=first)
    assert "A moderator deleted its feed message" in (history.content or "")
    assert "two casts" in (history.content or "") and "twice" in (history.content or "")
    listing = await room.ok(room.amy, "sighting list")
    assert f"**#{first}**" in (listing.content or "") and "feed message deleted" in (listing.content or "")


# -- 5. edits never break the 6,000-character rule -------------------------------------------------------------


async def _coalesced(room: Newsroom, texts: list[str]) -> list[int]:
    """Post these sightings at once, so the feed coalesces them into one message; their ids."""
    results = await asyncio.gather(*(room.slash(room.amy, "spot", what=t) for t in texts))
    ids = [posted_id(r) for r in results]
    assert all(i is not None for i in ids)
    await wait_feed_covers(room.fake, room.feed.id, set(ids), timeout=10)  # type: ignore[arg-type]
    return sorted(i for i in ids if i is not None)


async def test_a_retraction_in_a_full_coalesced_message_shows_in_place(fake: FakeDiscord, tmp_path: Path) -> None:
    room = Newsroom(fake, tmp_path / "full.db", BACKSTAGE_FEED_LINGER_MS=1500)
    await room.start()
    try:
        await room.open_show()
        ids = await _coalesced(room, [f"Moment {i}: " + "a long account of the night " * 35 for i in range(4)])
        [message] = fake.channel_messages(room.feed.id)
        assert len(message["embeds"]) == 4
        retracted = await room.slash(room.amy, "sighting retract", id=ids[1], reason="Wrong night. " * 22)
        assert "Retracted" in (retracted.content or "")
        await fake.wait_for(
            lambda: "Retracted" in fake.channel_messages(room.feed.id)[0]["embeds"][1]["description"] or None,
            10,
            "the retraction, struck through in place",
        )
        assert len(fake.channel_messages(room.feed.id)) == 1
    finally:
        await room.stop()
    fake.assert_clean()  # no edit passed 6,000 characters (Discord would have refused it with 50035)


async def test_a_correction_that_outgrows_its_message_moves_to_its_own_and_leaves_a_pointer(
    fake: FakeDiscord, tmp_path: Path
) -> None:
    room = Newsroom(fake, tmp_path / "grow.db", BACKSTAGE_FEED_LINGER_MS=1500)
    await room.start()
    try:
        await room.open_show()
        ids = await _coalesced(room, [f"Moment {i}: " + "backstage, a long account " * 38 for i in range(4)])
        [old] = fake.channel_messages(room.feed.id)
        grown = ids[2]
        fixed = await room.slash(
            room.editor,
            "sighting edit",
            id=grown,
            quote="Thank you all " * 70,
            headline="The longest night backstage",
            who=", ".join(f"A guest with a rather long stage name number {n}" for n in range(20)),
        )
        assert "Corrected" in (fixed.content or "")

        def moved() -> list[dict] | None:
            messages = fake.channel_messages(room.feed.id)
            pointer = messages[0]["embeds"][2]
            return messages if len(messages) == 2 and "moved" in pointer["footer"]["text"] else None

        messages = await fake.wait_for(moved, 10, "the grown sighting in its own message and a pointer")
        [own] = messages[1]["embeds"]
        assert own["footer"]["text"].startswith(f"#{grown}") and "The longest night" in own["title"]
        pointer = messages[0]["embeds"][2]
        assert f"#{grown}" in pointer["description"] and messages[1]["id"] in pointer["description"]
        assert [e["footer"]["text"].split()[0] for e in messages[0]["embeds"]] == [
            f"#{ids[0]}",
            f"#{ids[1]}",
            "moved",
            f"#{ids[3]}",
        ]
        assert messages[0]["id"] == old["id"]
        # later corrections of it go to its new message
        await room.slash(room.amy, "sighting edit", id=grown, what="Moment 2, told short")
        await fake.wait_for(
            lambda: "told short" in fake.channel_messages(room.feed.id)[1]["embeds"][0]["description"] or None,
            10,
            "the next correction, in the new message",
        )
    finally:
        await room.stop()
    fake.assert_clean()


# -- 6. pacing and priority ---------------------------------------------------------------------------


async def test_a_retraction_goes_before_a_backlog_of_posts_and_a_credit_goes_after_them(
    fake: FakeDiscord, tmp_path: Path
) -> None:
    room = Newsroom(fake, tmp_path / "rush.db", BACKSTAGE_FEED_LINGER_MS=250)
    await room.start()
    try:
        await room.open_show()
        await room.slash(room.editor, "roster add", name="Adele")
        await room.slash(room.editor, "roster add", name="Lady Gaga")
        early = await spot(room, "Adele tunes a borrowed guitar in the corridor")
        await wait_feed_covers(fake, room.feed.id, {early}, timeout=10)
        other = await spot(room, "Lady Gaga signs the wall of the green room")  # a message of its own
        await wait_feed_covers(fake, room.feed.id, {other}, timeout=10)
        reporters = [room.guild.add_member(f"Reporter {i}", roles=[room.reporters]) for i in range(10)]
        rush = await asyncio.gather(
            *(room.slash(reporters[i % 10], "spot", what=f"Rush moment {i} near the press pit") for i in range(70))
        )
        rush_ids = {i for r in rush if (i := posted_id(r)) is not None}
        credit = await room.slash(room.ben, "spot", what="Lady Gaga signs the wall of the green room!")
        assert "also reported by" in (credit.content or ""), credit.content
        await room.slash(room.amy, "sighting retract", id=early, reason="It was a rehearsal")
        await wait_feed_covers(fake, room.feed.id, rush_ids, timeout=60)
        await eventually(lambda: nothing_waiting(room), timeout=30, what="the outbox to drain")
    finally:
        await room.stop()
    feed_posts = [r for r in posts_to(fake, room.feed.id) if r.status == 200]
    edits = edits_of(fake, room.feed.id)
    retraction = next(r for r in edits if "Retracted" in str(r.json))
    credited = next(r for r in edits if "Also reported by Ben" in str(r.json))
    assert retraction.time < feed_posts[-1].time, "the retraction waited behind the whole backlog"
    assert credited.time > feed_posts[-1].time, "a cosmetic credit took a slot from the posts"
    assert len(feed_posts) <= 10  # 72 sightings coalesced
    assert fake.count_429 == 0  # sends and edits paced together, within the one budget
    fake.assert_clean()


async def test_credits_waiting_behind_posts_are_one_edit_of_their_message(fake: FakeDiscord, tmp_path: Path) -> None:
    room = Newsroom(fake, tmp_path / "credits.db", BACKSTAGE_FEED_LINGER_MS=250)
    await room.start()
    try:
        await room.open_show()
        await room.slash(room.editor, "roster add", name="Adele")
        original = await spot(room, "Adele tunes a borrowed guitar in the corridor")
        await wait_feed_covers(fake, room.feed.id, {original}, timeout=10)
        [message] = fake.channel_messages(room.feed.id)
        rush = await asyncio.gather(*(room.slash(room.amy, "spot", what=f"Rush moment {i}") for i in range(40)))
        others = [room.guild.add_member(f"Witness {i}", roles=[room.reporters]) for i in range(3)]
        for member in others:
            result = await room.slash(member, "spot", what="Adele tunes a borrowed guitar in the corridor!")
            assert "also reported by" in (result.content or ""), result.content
        await wait_feed_covers(fake, room.feed.id, {i for r in rush if (i := posted_id(r)) is not None}, timeout=30)
        await eventually(lambda: nothing_waiting(room), timeout=30, what="the outbox to drain")
    finally:
        await room.stop()
    [edit] = edits_of(fake, room.feed.id, message["id"])
    assert "Also reported by Witness 0, Witness 1, Witness 2" in str(edit.json)
    fake.assert_clean()


async def test_a_long_rate_limit_on_an_old_message_is_rescheduled_while_posts_go_on(tmp_path: Path) -> None:
    async with FakeDiscord(old_edit_limit=(1, 600.0)) as fake:
        room = Newsroom(fake, tmp_path / "old.db")
        await room.start()
        try:
            await room.open_show()
            first = await spot(room, "Adele's first look of the night")
            await room.wait_feed(1)
            fake.travel(3601)  # the message is more than an hour old now
            await room.slash(room.amy, "sighting edit", id=first, what="Adele's first look, in red")
            await fake.wait_for(lambda: len(edits_of(fake, room.feed.id)) == 1 or None, 10, "the first edit")
            await room.slash(room.amy, "sighting edit", id=first, what="Adele's first look, in crimson")
            await fake.wait_for(lambda: fake.count_30046 == 1 or None, 10, "the edit to meet 30046")
            after = await spot(room, "Gaga on the stairs")
            await wait_feed_covers(fake, room.feed.id, {after}, timeout=5)  # posts go on meanwhile
            rows = read_rows(
                room.db_path,
                "SELECT next_attempt, last_error FROM feed_batches WHERE kind = 'refresh' AND sent_at IS NULL",
            )
            [(next_attempt, error)] = rows
            wait = datetime.fromisoformat(next_attempt) - datetime.now(UTC)
            assert timedelta(minutes=9) < wait <= timedelta(minutes=10), wait  # rescheduled by Discord's retry_after
            assert "rate limited" in error
            assert fake.count_30046 == 1  # asked once, not hammered
        finally:
            await room.stop()
        fake.assert_clean()


# -- 7. exactly once beyond Discord's nonce window -----------------------------------------------------------


async def test_a_batch_resent_after_discord_forgot_its_nonce_adopts_its_message(newsroom: Newsroom) -> None:
    room, fake = newsroom, newsroom.fake
    await room.open_show()
    assert room.bot is not None
    room.bot.publisher.sender.nonce_window = timedelta(0)  # as if every retry came minutes later
    fake.lose_answers(1)  # Discord makes the message, the answer is lost
    lost = await spot(room, "Adele leaves through the kitchen")
    await fake.wait_for(lambda: any(r.status == 503 for r in posts_to(fake, room.feed.id)) or None, 10, "the loss")
    fake.travel(600)  # ten minutes later Discord no longer knows the nonce
    await eventually(lambda: nothing_waiting(room), timeout=15, what="the batch to be confirmed")
    assert feed_ids(fake, room.feed.id) == [lost]  # adopted from the history, not posted twice
    assert len(posts_to(fake, room.feed.id)) == 1
    assert any(r.method == "GET" and r.path == f"/channels/{room.feed.id}/messages" for r in fake.requests)
    after = await spot(room, "Gaga follows her")
    await wait_feed_covers(fake, room.feed.id, {after}, timeout=5)
    assert feed_ids(fake, room.feed.id) == [lost, after]


async def test_a_replaced_or_restored_database_never_reuses_a_nonce_discord_remembers(
    fake: FakeDiscord, tmp_path: Path
) -> None:
    first_db, backup = tmp_path / "night.db", tmp_path / "backup.db"
    room = Newsroom(fake, first_db)
    await room.start()
    try:
        await room.open_show()
        one = await spot(room, "Adele arrives")
        await room.wait_feed(1)
        await room.stop()
        shutil.copy(first_db, backup)  # a backup, taken between two posts
        await room.start()
        two = await spot(room, "Gaga arrives")
        await room.wait_feed(2)
    finally:
        await room.stop()
    assert (one, two) == (1, 2)

    room.db_path = tmp_path / "restored.db"
    room.settings = settings_for(room.db_path)
    shutil.copy(backup, room.db_path)
    await room.start()
    try:
        again = await spot(room, "Beyoncé arrives")  # the same sighting id and batch id as Gaga's
        assert again == two
        await room.wait_feed(3)
    finally:
        await room.stop()

    room.db_path = tmp_path / "fresh.db"  # a new database for the same server
    room.settings = settings_for(room.db_path)
    await room.start()
    try:
        await room.open_show(name="Another show")
        assert await spot(room, "Rihanna arrives") == 1  # batch 1 again
        await room.wait_feed(4)
    finally:
        await room.stop()
    texts = [e["description"] for m in fake.channel_messages(room.feed.id) for e in m["embeds"]]
    assert texts == ["» Adele arrives", "» Gaga arrives", "» Beyoncé arrives", "» Rihanna arrives"]
    nonces = [str(r.json["nonce"]) for r in posts_to(fake, room.feed.id)]
    assert repeated(nonces) == {} and all(len(n) <= 25 for n in nonces)
    fake.assert_clean()
