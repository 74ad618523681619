"""Approval: pending sightings wait at the editors' desk with persistent Approve / Reject buttons."""

import asyncio

from backstage_testing.pytest_plugin import Newsroom


async def pending(newsroom: Newsroom, what: str) -> tuple[int, dict]:
    result = await newsroom.slash(newsroom.amy, "spot", what=what)
    assert "waiting for an editor's approval" in result.content
    sid = int(result.content.split("**#")[1].split("**")[0])
    card = await newsroom.fake.wait_for(
        lambda: next(
            (m for m in newsroom.fake.channel_messages(newsroom.desk.id) if f"#{sid}" in str(m["embeds"])), None
        ),
        10,
        "the desk card",
    )
    return sid, card


def button(message: dict, label: str) -> str:
    return next(c for row in message["components"] for c in row["components"] if c["label"] == label)["custom_id"]


async def test_approve_publishes_to_the_feed_and_closes_the_card(newsroom: Newsroom):
    await newsroom.open_show(approval=True)
    sid, card = await pending(newsroom, "Gaga is in the building")
    assert "Awaiting approval" in card["embeds"][0]["title"]
    assert newsroom.feed_embeds() == []
    clicked = await newsroom.fake.click(newsroom.guild, newsroom.editor, card, button(card, "Approve"))
    assert clicked.type == 7 and "approved by Eddie Editor" in clicked.embeds[0]["title"]
    assert clicked.components == []
    [embed] = await newsroom.wait_feed(1)
    assert embed["footer"]["text"] == f"#{sid}"


async def test_only_editors_can_decide(newsroom: Newsroom):
    await newsroom.open_show(approval=True)
    _, card = await pending(newsroom, "Pending thing")
    for label in ("Approve", "Reject"):
        result = await newsroom.fake.click(newsroom.guild, newsroom.ben, card, button(card, label))
        assert result.ephemeral and "Only editors" in result.content
    assert newsroom.feed_embeds() == []


async def test_reject_asks_a_reason_and_tells_the_correspondent(newsroom: Newsroom):
    await newsroom.open_show(approval=True)
    sid, card = await pending(newsroom, "Rumour about the afterparty")
    opened = await newsroom.fake.click(newsroom.guild, newsroom.editor, card, button(card, "Reject"))
    assert opened.type == 9
    field = opened.modal["components"][0]["components"][0]["custom_id"]
    done = await newsroom.fake.submit_modal(newsroom.guild, newsroom.editor, opened, {field: "Unconfirmed"})
    assert done.type == 7 and "rejected by Eddie Editor: Unconfirmed" in done.embeds[0]["title"]

    def dm_messages():
        dm = newsroom.fake.dm_channel(newsroom.amy.id)
        return newsroom.fake.channel_messages(dm.id) if dm else None

    messages = await newsroom.fake.wait_for(dm_messages, 10, "a DM to Amy")
    assert f"#{sid}" in messages[0]["content"] and "Unconfirmed" in messages[0]["content"]
    status = await newsroom.said(newsroom.editor, "show status")
    assert "awaiting approval 0" in status and newsroom.feed_embeds() == []


async def test_two_editors_pressing_at_once_make_one_decision(newsroom: Newsroom):
    await newsroom.open_show(approval=True)
    second_editor = newsroom.guild.add_member("Second Editor", roles=[newsroom.editors])
    _, card = await pending(newsroom, "Race me")
    approve = button(card, "Approve")
    a, b = await asyncio.gather(
        newsroom.fake.click(newsroom.guild, newsroom.editor, card, approve),
        newsroom.fake.click(newsroom.guild, second_editor, card, approve),
    )
    outcomes = sorted([a.type, b.type])
    assert outcomes == [4, 7]  # one card update, one "already approved" note
    loser = a if a.type == 4 else b
    assert loser.ephemeral and "already approved by" in loser.content
    await newsroom.wait_feed(1)
    assert len(newsroom.feed_embeds()) == 1


async def test_buttons_keep_working_after_a_restart(newsroom: Newsroom):
    await newsroom.open_show(approval=True)
    sid, card = await pending(newsroom, "Across a restart")
    await newsroom.restart()
    clicked = await newsroom.fake.click(newsroom.guild, newsroom.editor, card, button(card, "Approve"))
    assert clicked.type == 7
    assert (await newsroom.wait_feed(1))[0]["footer"]["text"] == f"#{sid}"


async def test_editors_posts_skip_the_queue_and_a_pending_sighting_cannot_be_pinned(newsroom: Newsroom):
    await newsroom.open_show(approval=True)
    result = await newsroom.slash(newsroom.editor, "spot", what="Desk's own note")
    assert "in a moment" in result.content
    await newsroom.wait_feed(1)
    sid, _card = await pending(newsroom, "Amy's unconfirmed tip")
    pin = await newsroom.slash(newsroom.editor, "digest pin", id=sid)
    assert pin.ephemeral and "waiting for approval" in pin.content and "Approve it at the desk first" in pin.content
    drop = await newsroom.slash(newsroom.editor, "digest drop", id=sid)
    assert drop.ephemeral and "waiting for approval" in drop.content


async def test_retracting_a_pending_sighting_says_it_never_reached_the_feed(newsroom: Newsroom):
    await newsroom.open_show(approval=True)
    sid, _ = await pending(newsroom, "Vesper Lane waved from the balcony")

    result = await newsroom.slash(newsroom.amy, "sighting retract", id=sid)

    assert result.content is not None and result.ephemeral
    assert "It never reached the feed (it was still pending approval), so there is nothing to strike through" in (
        result.content
    )
    assert "struck through in the feed" not in result.content and newsroom.feed_embeds() == []
