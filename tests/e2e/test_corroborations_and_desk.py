"""Corroborations follow the state of both reports, and the approval desk follows its sightings (issue 9,
items 8 and 9), through the real discord.py client and the fake Discord."""

from __future__ import annotations

from typing import Any

import pytest

from backstage_testing.fakediscord import FakeMember
from backstage_testing.pytest_plugin import Newsroom, eventually
from tests.faults.helpers import feed_ids, posted_id, read_rows


@pytest.fixture
def newsroom(engine_newsroom: Newsroom) -> Newsroom:
    """Every test here that takes `newsroom` runs on both engines: a SQLite file, then a PostgreSQL database."""
    return engine_newsroom


ORIGINAL = "Gaga lit a cigarette for Adele during the break"
REREPORT = "Gaga lit a cigarette for Adele in the break!"


async def posted(room: Newsroom, member: FakeMember, what: str, **values: Any) -> tuple[int, str]:
    result = await room.slash(member, "spot", what=what, **values)
    sighting_id = posted_id(result)
    assert sighting_id is not None, result.content
    return sighting_id, result.content or ""


async def with_roster(room: Newsroom, **show: Any) -> None:
    await room.open_show(**show)
    await room.slash(room.editor, "roster add", name="Lady Gaga", aliases="Gaga")
    await room.slash(room.editor, "roster add", name="Adele")


def credits_shown(room: Newsroom) -> str:
    return str(room.feed_embeds())


async def wait_feed(room: Newsroom, ids: list[int], what: str) -> None:
    await room.fake.wait_for(lambda: feed_ids(room.fake, room.feed.id) == ids or None, 10, what)


async def nothing_waiting(room: Newsroom) -> bool:
    return (await room.services.outbox.backlog(room.guild.id)) == (0, 0)


def desk_card(room: Newsroom, sighting_id: int) -> dict[str, Any] | None:
    return next((m for m in room.fake.channel_messages(room.desk.id) if f"#{sighting_id}" in str(m["embeds"])), None)


def button(message: dict[str, Any], label: str) -> str:
    return next(c for row in message["components"] for c in row["components"] if c["label"] == label)["custom_id"]


# -- 8. corroborations ----------------------------------------------------------------------------------


async def test_a_retracted_corroboration_loses_its_credit(newsroom: Newsroom) -> None:
    room = newsroom
    await with_roster(room)
    original, _ = await posted(room, room.amy, ORIGINAL)
    await room.wait_feed(1)
    again, reply = await posted(room, room.ben, REREPORT)
    assert "also reported by" in reply
    await room.fake.wait_for(lambda: "Also reported by Ben" in credits_shown(room) or None, 10, "Ben's credit")
    await room.slash(room.ben, "sighting retract", id=again)
    await room.fake.wait_for(lambda: "Also reported by" not in credits_shown(room) or None, 10, "the credit gone")
    assert feed_ids(room.fake, room.feed.id) == [original]


async def test_when_the_original_is_retracted_the_report_credited_on_it_gets_its_own_item(newsroom: Newsroom) -> None:
    room = newsroom
    await with_roster(room)
    original, _ = await posted(room, room.amy, ORIGINAL)
    await room.wait_feed(1)
    again, _ = await posted(room, room.ben, REREPORT)
    await room.fake.wait_for(lambda: "Also reported by Ben" in credits_shown(room) or None, 10, "Ben's credit")
    await room.slash(room.amy, "sighting retract", id=original, reason="Not her")
    await wait_feed(room, [original, again], "Ben's report as an item of its own")
    first, second = room.feed_embeds()
    assert "Retracted" in first["description"] and "Also reported by" not in str(first)
    assert "in the break!" in second["description"]


async def test_a_report_of_an_embargoed_original_is_news_of_its_own(newsroom: Newsroom) -> None:
    room = newsroom
    await with_roster(room)
    original, _ = await posted(room, room.amy, ORIGINAL, hold_minutes=30)
    again, reply = await posted(room, room.ben, REREPORT)
    assert "is under embargo" in reply and "item of its own" in reply, reply
    await wait_feed(room, [again], "Ben's report at once, on its own")
    released = await room.slash(room.editor, "sighting release", id=original)
    assert "it goes to the feed now" in (released.content or ""), released.content
    await wait_feed(room, [again, original], "the original after its release")
    await eventually(lambda: nothing_waiting(room), what="the outbox to settle")
    assert "Also reported by" not in credits_shown(room)  # Ben is in the feed once: his own item


async def test_releasing_an_embargoed_report_credits_it_now_and_unlink_keeps_its_embargo(newsroom: Newsroom) -> None:
    room = newsroom
    await with_roster(room)
    cara = room.guild.add_member("Cara", roles=[room.reporters])
    original, _ = await posted(room, room.amy, ORIGINAL)
    await room.wait_feed(1)
    held, reply = await posted(room, room.ben, REREPORT, hold_minutes=30)
    assert "once your embargo ends" in reply, reply
    released = await room.slash(room.editor, "sighting release", id=held)
    assert f"credited on **#{original}**'s feed item" in (released.content or ""), released.content
    await room.fake.wait_for(lambda: "Also reported by Ben" in credits_shown(room) or None, 10, "Ben's credit")

    other, _ = await posted(room, cara, "Gaga lit a cigarette for Adele during the break, I saw it", hold_minutes=30)
    unlinked = await room.slash(room.editor, "sighting unlink", id=other)
    text = unlinked.content or ""
    assert f"no longer linked to #{original}" in text and "when its embargo ends" in text, text
    [(not_before,)] = read_rows(room.db_path, "SELECT not_before FROM outbox WHERE sighting_id = ?", (other,))
    [(publish_at,)] = read_rows(room.db_path, "SELECT publish_at FROM sightings WHERE id = ?", (other,))
    assert not_before == publish_at  # its own item waits for its own embargo
    assert other not in feed_ids(room.fake, room.feed.id) and "Cara" not in credits_shown(room)


async def test_a_pending_corroboration_approved_appears_once(newsroom: Newsroom) -> None:
    room = newsroom
    await with_roster(room, approval=True)
    original, _ = await posted(room, room.amy, ORIGINAL)
    card = await room.fake.wait_for(lambda: desk_card(room, original), 10, "the original's card")
    await room.fake.click(room.guild, room.editor, card, button(card, "Approve"))
    await room.wait_feed(1)
    again, reply = await posted(room, room.ben, REREPORT)
    assert "waiting for an editor's approval" in reply
    assert "Also reported by" not in credits_shown(room)  # pending: not credited
    card = await room.fake.wait_for(lambda: desk_card(room, again), 10, "the re-report's card")
    await room.fake.click(room.guild, room.editor, card, button(card, "Approve"))
    await room.fake.wait_for(lambda: "Also reported by Ben" in credits_shown(room) or None, 10, "Ben's credit")
    await eventually(lambda: nothing_waiting(room), what="the outbox to settle")
    assert feed_ids(room.fake, room.feed.id) == [original]


async def test_an_editors_live_sighting_is_never_hidden_behind_a_pending_one(newsroom: Newsroom) -> None:
    room = newsroom
    await with_roster(room, approval=True)
    pending, _ = await posted(room, room.amy, ORIGINAL)
    mine, reply = await posted(room, room.editor, REREPORT)
    assert "is waiting for approval" in reply and "item of its own" in reply, reply
    await wait_feed(room, [mine], "the editor's sighting in the feed")
    card = await room.fake.wait_for(lambda: desk_card(room, pending), 10, "the pending card")
    await room.fake.click(room.guild, room.editor, card, button(card, "Approve"))
    await wait_feed(room, [mine, pending], "the approved original as its own item")
    await eventually(lambda: nothing_waiting(room), what="the outbox to settle")
    assert "Also reported by" not in credits_shown(room)


async def test_releasing_a_pending_sighting_says_it_still_needs_approval(newsroom: Newsroom) -> None:
    room = newsroom
    await room.open_show(approval=True)
    held, _ = await posted(room, room.amy, "The winner's name leaked", hold_minutes=30)
    released = await room.slash(room.editor, "sighting release", id=held)
    assert "as soon as an editor approves it" in (released.content or ""), released.content


# -- 9. the approval desk -----------------------------------------------------------------------------


async def test_editing_a_pending_sighting_updates_its_desk_card(newsroom: Newsroom) -> None:
    room = newsroom
    await room.open_show(approval=True)
    sid, _ = await posted(room, room.amy, "Adele in the lobby")
    await room.fake.wait_for(lambda: desk_card(room, sid), 10, "the card")
    await room.slash(room.amy, "sighting edit", id=sid, what="Adele in the VIP lobby, with Gaga")
    card = await room.fake.wait_for(
        lambda: (c := desk_card(room, sid)) and "VIP lobby" in c["embeds"][0]["description"] and c, 10, "the update"
    )
    assert "Awaiting approval" in card["embeds"][0]["title"]
    assert [button(card, "Approve"), button(card, "Reject")]  # still decidable
    cards = [m for m in room.fake.channel_messages(room.desk.id) if f"#{sid}" in str(m["embeds"])]
    assert len(cards) == 1  # edited in place


async def test_a_card_whose_sighting_was_retracted_loses_its_buttons_and_says_so(newsroom: Newsroom) -> None:
    room = newsroom
    await room.open_show(approval=True)
    sid, _ = await posted(room, room.amy, "A rumour about the after-party")
    await room.fake.wait_for(lambda: desk_card(room, sid), 10, "the card")
    await room.slash(room.amy, "sighting retract", id=sid, reason="Heard it wrong")
    card = await room.fake.wait_for(
        lambda: (c := desk_card(room, sid)) and not c["components"] and c, 10, "the card without buttons"
    )
    title = card["embeds"][0]["title"]
    assert "retracted before a decision" in title and "Heard it wrong" in title
    assert room.feed_embeds() == []


async def test_the_editor_is_told_when_a_rejection_dm_cannot_be_delivered(newsroom: Newsroom) -> None:
    room = newsroom
    room.amy.accepts_dms = False
    await room.open_show(approval=True)
    sid, _ = await posted(room, room.amy, "Something unconfirmed")
    card = await room.fake.wait_for(lambda: desk_card(room, sid), 10, "the card")
    opened = await room.fake.click(room.guild, room.editor, card, button(card, "Reject"))
    field = opened.modal["components"][0]["components"][0]["custom_id"]
    done = await room.fake.submit_modal(room.guild, room.editor, opened, {field: "Unconfirmed"})
    assert done.type == 7 and "rejected by Eddie Editor" in done.embeds[0]["title"]
    [note] = await done.wait_followups(1)
    assert note["flags"] & 64  # only the editor sees it
    assert "could not tell Amy" in note["content"] and f"#{sid}" in note["content"]
