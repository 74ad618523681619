"""Publishing never leaves a stale or half digest up unannounced, through the real client: a correction of what a
published item tells reaches the desk with the edition's links; one made while the edition is posted stops it
like a retraction; an edition that stops half posted has its posted title count what readers can see, and the desk
is told which edition stopped, what is up and what to do."""

from __future__ import annotations

import asyncio
import json
from typing import Any

from backstage_testing.pytest_plugin import Newsroom
from tests.e2e.test_digest import night
from tests.e2e.test_digest_publish import digest_messages, link, publish, text_of
from tests.faults.helpers import read_rows

SHOW = "**2031 Music Video Awards**"


def desk_since(room: Newsroom, before: int) -> list[str]:
    return [str(m.get("content")) for m in room.fake.channel_messages(room.desk.id)[before:]]


async def held_publish(room: Newsroom) -> tuple[Any, asyncio.Task[str], int]:
    """A publish of the long night (eight items, two messages) with its first message held on the wire; the
    first sighting the second message tells."""
    await room.open_show()
    await room.long_night()
    hold = room.fake.hold(lambda r: isinstance(r.json, dict) and r.json.get("nonce") == "digest-1-0")
    publishing = asyncio.create_task(publish(room, count=8))
    await room.fake.wait_for(lambda: hold.reached, 20, "the digest's first message on the wire")
    (second,) = read_rows(room.db_path, "SELECT sighting_ids FROM digest_messages WHERE position = 1")
    return hold, publishing, json.loads(second[0])[0]


async def test_a_correction_of_who_did_it_after_publishing_tells_the_desk_with_the_links(newsroom: Newsroom):
    await night(newsroom)
    await publish(newsroom)
    assert "Beyoncé signed" in text_of(digest_messages(newsroom))  # #4: Beyoncé signed a fan's cast (its own item)
    before = len(newsroom.fake.channel_messages(newsroom.desk.id))

    result = await newsroom.slash(
        newsroom.ben, "sighting edit", id=4, what="Adele signed a fan's cast backstage", who="Adele"
    )
    answer = str((await result.final())["content"])

    assert "Corrected **#4**" in answer, answer
    assert "The published digest (edition 1) still tells the previous version: the desk is being told" in answer
    (notice,) = await newsroom.fake.wait_for(
        lambda: [t for t in desk_since(newsroom, before) if "**#4** was corrected" in t] or None, 10, "the notice"
    )
    assert notice.startswith("**#4** was corrected (who, what), but the published digest"), notice
    assert link(newsroom, digest_messages(newsroom)[0]) in notice
    assert "`/digest publish again:true`" in notice and "`/digest unpublish edition:1`" in notice


async def test_a_correction_the_digest_does_not_tell_or_of_a_sighting_in_no_item_tells_nobody(newsroom: Newsroom):
    await night(newsroom)
    await publish(newsroom)
    before = len(newsroom.fake.channel_messages(newsroom.desk.id))

    same = await newsroom.slash(
        newsroom.amy, "sighting edit", id=1, what="Gaga lit a cigarette for Adele during the break"
    )
    outside = await newsroom.slash(newsroom.amy, "sighting edit", id=5, what="Catering restocked the sliders twice")

    assert "still tells" not in str((await same.final())["content"])  # the same words: nothing told changed
    assert "still tells" not in str((await outside.final())["content"])  # the sliders: in no item
    assert not [t for t in desk_since(newsroom, before) if "was corrected" in t]


async def test_a_sighting_corrected_while_the_digest_is_posted_stops_it_and_is_never_posted_stale(
    newsroom: Newsroom,
):
    hold, publishing, corrected = await held_publish(newsroom)
    old = read_rows(newsroom.db_path, "SELECT what FROM sightings WHERE id = ?", (corrected,))[0][0]
    edit = await newsroom.slash(
        newsroom.editor, "sighting edit", id=corrected, who="Lou Farrant", what="It was Lou Farrant who juggled."
    )
    assert "Corrected" in str((await edit.final())["content"])
    hold.release()

    reply = await publishing

    assert f"#{corrected} was corrected (who, what) after the digest was compiled, so it was not posted" in reply
    assert not reply.startswith("Published"), reply
    posted = digest_messages(newsroom)
    assert len(posted) == 1 and old[:40] not in text_of(posted)


async def test_an_edition_stopped_half_posted_counts_what_readers_see_and_the_desk_is_told(newsroom: Newsroom):
    hold, publishing, pulled = await held_publish(newsroom)
    before = len(newsroom.fake.channel_messages(newsroom.desk.id))
    await newsroom.slash(newsroom.editor, "sighting retract", id=pulled)
    hold.release()

    reply = await publishing

    (posted,) = digest_messages(newsroom)
    items = len(posted["embeds"]) - 1
    assert 1 <= items < 8
    word = ("One", "Two", "Three", "Four", "Five", "Six", "Seven")[items - 1]
    title = f"{word} {'thing' if items == 1 else 'things'} you didn't see"
    assert posted["embeds"][0]["title"] == title, posted["embeds"][0]
    assert "eight" not in posted["embeds"][0]["description"], posted["embeds"][0]["description"]
    assert f"readers see {items} of its 8 items under the title “{title}”" in reply, reply
    (notice,) = [t for t in desk_since(newsroom, before) if "stopped" in t]
    assert notice.startswith(f"Publishing edition 1 of the digest of {SHOW} stopped: #{pulled} was retracted")
    assert link(newsroom, posted) in notice and "`/digest unpublish` takes them down" in notice, notice


async def test_an_item_retracted_after_its_message_went_up_is_named_in_the_publishing_editors_answer(
    newsroom: Newsroom,
):
    await newsroom.open_show()
    await newsroom.long_night()
    hold = newsroom.fake.hold(lambda r: isinstance(r.json, dict) and r.json.get("nonce") == "digest-1-1")
    publishing = asyncio.create_task(publish(newsroom, count=8))
    await newsroom.fake.wait_for(lambda: hold.reached, 20, "the digest's second message on the wire")
    (first,) = read_rows(newsroom.db_path, "SELECT sighting_ids FROM digest_messages WHERE position = 0")
    pulled = json.loads(first[0])[0]
    before = len(newsroom.fake.channel_messages(newsroom.desk.id))
    retracted = await newsroom.said(newsroom.editor, "sighting retract", id=pulled)
    hold.release()

    reply = await publishing

    assert retracted.startswith(f"Retracted **#{pulled}**"), retracted
    assert reply.startswith("Published edition 1"), reply
    assert f"**#{pulled} was retracted while it was posted**, after it went up: the edition still tells it" in reply
    assert f"`/digest publish again:true` (it leaves #{pulled} out)" in reply, reply
    (notice,) = [t for t in desk_since(newsroom, before) if f"**#{pulled}** was retracted" in t]
    assert "still tells it" in notice, notice
