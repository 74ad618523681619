"""Corrections and retractions after the digest is published, through the real client: the desk is alarmed only
when the item the digest would print now reads differently from the published one (what readers see, not which
fields changed), and the correspondent is answered in time even when the desk channel is slow."""

from __future__ import annotations

import asyncio

from backstage_testing.pytest_plugin import Newsroom
from tests.e2e.test_digest_publish import digest_messages, publish, text_of

STALE = "still tells"


async def cloakroom_night(room: Newsroom) -> None:
    """Two sightings, two items, with places the digest does not print: Odile's scarf (quoted, no `quote_by`) in
    the cloakroom, Piet's mints in the orchestra pit."""
    await room.open_show()
    for name in ("Odile Marchetti", "Piet Saarinen", "Vera Lindqvist"):
        await room.slash(room.editor, "roster add", name=name)
    posts = [
        (
            room.amy,
            "Odile Marchetti tied her scarf around Vera Lindqvist's wrist for luck",
            "Bring it back",
            "Cloakroom",
        ),
        (room.ben, "Piet Saarinen handed out mints to the whole string section", None, "Orchestra pit"),
    ]
    for member, what, quote, where in posts:
        await room.slash(member, "spot", what=what, where=where, **({"quote": quote} if quote else {}))
    await room.wait_feed(2)


def desk(room: Newsroom) -> list[str]:
    return [str(m.get("content")) for m in room.fake.channel_messages(room.desk.id)]


async def test_a_correction_readers_cannot_see_in_the_published_item_alarms_nobody(newsroom: Newsroom):
    await cloakroom_night(newsroom)
    await publish(newsroom, count=2)
    published = text_of(digest_messages(newsroom))
    assert "Odile Marchetti" in published and "Piet Saarinen" in published, published
    assert "cloakroom" not in published.lower() and "orchestra pit" not in published.lower(), published
    before = len(desk(newsroom))

    moved = await newsroom.said(newsroom.amy, "sighting edit", id=1, where="Rooftop bar")
    stop = await newsroom.said(
        newsroom.editor,
        "sighting edit",
        id=2,
        what="Piet Saarinen handed out mints to the whole string section.",
    )

    assert moved.startswith("Corrected **#1**") and STALE not in moved, moved
    assert stop.startswith("Corrected **#2**") and STALE not in stop, stop
    assert not [t for t in desk(newsroom)[before:] if "was corrected" in t], desk(newsroom)[before:]


async def test_a_correction_of_who_said_the_quote_still_alarms_the_desk(newsroom: Newsroom):
    await cloakroom_night(newsroom)
    await publish(newsroom, count=2)
    before = len(desk(newsroom))

    said = await newsroom.said(newsroom.amy, "sighting edit", id=1, quote_by="Vera Lindqvist")

    assert "The published digest (edition 1) still tells the previous version: the desk is being told" in said, said
    (notice,) = await newsroom.fake.wait_for(
        lambda: [t for t in desk(newsroom)[before:] if "was corrected" in t] or None, 10, "the desk's notice"
    )
    assert notice.startswith("**#1** was corrected (quote by), but the published digest"), notice


async def test_a_correction_is_answered_in_time_while_the_desk_channel_is_slow(newsroom: Newsroom):
    await cloakroom_night(newsroom)
    await publish(newsroom, count=2)
    desk_id = str(newsroom.desk.id)
    slow = newsroom.fake.hold(lambda r: r.method == "POST" and r.path.endswith(f"/channels/{desk_id}/messages"))
    try:
        edit = await newsroom.slash(newsroom.amy, "sighting edit", id=1, quote="Bring it back by midnight")
        # the correspondent's answer comes while the desk's notice is still held on the wire (break30 B10: it
        # came after the desk's 8 s)
        answer = str((await edit.final(timeout=3.0))["content"])
        desk_then = [t for t in desk(newsroom) if "was corrected" in t]
    finally:
        slow.release()

    assert answer.startswith("Corrected **#1**"), answer
    assert "the desk is being told" in answer, answer
    assert not desk_then, desk_then  # answered before the desk had its notice
    await newsroom.fake.wait_for(
        lambda: [t for t in desk(newsroom) if "was corrected (quote)" in t] or None, 10, "the desk's notice"
    )
    newsroom.fake.assert_clean()


async def test_a_retraction_is_answered_in_time_while_the_desk_channel_is_slow(newsroom: Newsroom):
    await cloakroom_night(newsroom)
    await publish(newsroom, count=2)
    desk_id = str(newsroom.desk.id)
    slow = newsroom.fake.hold(lambda r: r.method == "POST" and r.path.endswith(f"/channels/{desk_id}/messages"))
    try:
        pulled = await newsroom.slash(newsroom.amy, "sighting retract", id=1)
        answer = str((await pulled.final(timeout=3.0))["content"])
    finally:
        slow.release()

    assert answer.startswith("Retracted **#1**"), answer
    assert "the desk is being told" in answer, answer
    await newsroom.fake.wait_for(
        lambda: [t for t in desk(newsroom) if "was retracted" in t] or None, 10, "the desk's notice"
    )
    newsroom.fake.assert_clean()


async def test_a_desk_that_refuses_the_notice_is_said_in_a_second_answer(newsroom: Newsroom):
    from backstage_testing.fakediscord.permissions import SEND_MESSAGES

    await cloakroom_night(newsroom)
    await publish(newsroom, count=2)
    newsroom.guild.deny_bot(newsroom.desk, SEND_MESSAGES)
    newsroom.editor.accepts_dms = False

    pulled = await newsroom.slash(newsroom.amy, "sighting retract", id=1)
    first = str((await pulled.final(timeout=3.0))["content"])
    later = await pulled.wait_followups(2 if pulled.type == 5 else 1, timeout=10)

    assert first.startswith("Retracted **#1**") and "the desk is being told" in first, first
    second = str(later[-1]["content"])
    assert second.startswith("Nobody could be told that the published digest (edition 1) still tells it"), second
    assert "`/digest publish again:true`" in second, second


async def test_a_correction_posted_as_a_new_report_after_publishing_tells_the_desk(newsroom: Newsroom):
    """break30 B8: a correspondent puts their published report right with a new `/spot`, not `/sighting edit`."""
    await cloakroom_night(newsroom)
    await publish(newsroom, count=2)
    before = len(desk(newsroom))

    unrelated = await newsroom.slash(newsroom.amy, "spot", what="Vera Lindqvist tuned a borrowed cello in the lift")
    fixed = await newsroom.slash(
        newsroom.ben,
        "spot",
        what="Correction to my last: Piet Saarinen handed out mints to the brass section, not the strings.",
    )
    assert str((await fixed.final())["content"]).startswith("Posted **#4**")
    (second,) = (await fixed.wait_followups(2 if fixed.type == 5 else 1, timeout=10))[-1:]
    notices = await newsroom.fake.wait_for(
        lambda: [t for t in desk(newsroom)[before:] if "is a correction of" in t] or None, 10, "the desk's notice"
    )
    await asyncio.sleep(1)  # (time for an alarm the unrelated report must not raise)

    assert str(second["content"]) == (
        "**#4** reads as a correction of #2. The published digest (edition 1) still tells #2 as it was first "
        "reported: the desk is being told, so an editor can post a corrected edition."
    ), second
    assert not unrelated.followups, unrelated.followups
    (notice,) = notices
    assert notice.startswith("**#4** is a correction of #2, which the published digest"), notice
    assert "`/digest publish again:true`" in notice, notice
    assert len([t for t in desk(newsroom)[before:] if "is a correction of" in t]) == 1
