"""Issue 3: corrections, retractions, history, embargo, duplicates, search — through the real client."""

import pytest

from backstage_testing.pytest_plugin import Newsroom, eventually


@pytest.fixture
def newsroom(engine_newsroom: Newsroom) -> Newsroom:
    """Every test here that takes `newsroom` runs on both engines: a SQLite file, then a PostgreSQL database."""
    return engine_newsroom


async def posted(newsroom: Newsroom, member, **values) -> int:
    result = await newsroom.slash(member, "spot", **values)
    assert "Posted **#" in result.content, result.content
    return int(result.content.split("**#")[1].split("**")[0])


async def roster(newsroom: Newsroom) -> None:
    await newsroom.slash(newsroom.editor, "roster add", name="Lady Gaga", aliases="Gaga, Jo Calderone")
    await newsroom.slash(newsroom.editor, "roster add", name="Adele")


async def test_edit_updates_the_feed_in_place_and_keeps_history(newsroom: Newsroom):
    await newsroom.open_show()
    await roster(newsroom)
    sid = await posted(newsroom, newsroom.amy, what="Gaga hugged Adele", where="VIP Vault")
    await newsroom.wait_feed(1)
    result = await newsroom.slash(newsroom.amy, "sighting edit", id=sid, what="Gaga hugged Adele twice")
    assert result.ephemeral and f"Corrected **#{sid}**" in result.content
    await newsroom.fake.wait_for(
        lambda: "twice" in newsroom.feed_embeds()[0]["description"] or None, 10, "the edited feed message"
    )
    messages = newsroom.fake.channel_messages(newsroom.feed.id)
    assert len(messages) == 1 and messages[0]["edited_timestamp"]  # edited in place, not reposted
    embed = messages[0]["embeds"][0]
    assert "corrected" in embed["footer"]["text"]
    assert any(f["name"] == "Corrected" for f in embed["fields"])
    history = await newsroom.slash(newsroom.editor, "sighting history", id=sid)
    assert "Version 1" in history.content and "Gaga hugged Adele" in history.content and "twice" in history.content
    refused = await newsroom.slash(newsroom.amy, "sighting history", id=sid)
    assert refused.ephemeral and "Only editors" in refused.content


async def test_only_the_reporter_or_an_editor_may_edit_or_retract(newsroom: Newsroom):
    await newsroom.open_show()
    sid = await posted(newsroom, newsroom.amy, what="Adele sang in the corridor")
    for command, values in (("sighting edit", {"what": "hijacked"}), ("sighting retract", {})):
        refused = await newsroom.slash(newsroom.ben, command, id=sid, **values)
        assert refused.ephemeral and "posted by Amy" in refused.content
    ok = await newsroom.slash(newsroom.editor, "sighting edit", id=sid, quote="Hello from the other side")
    assert "Corrected" in ok.content


async def test_unknown_ids_and_other_servers_ids_read_as_unknown(newsroom: Newsroom):
    await newsroom.open_show()
    sid = await posted(newsroom, newsroom.amy, what="Something")
    missing = await newsroom.slash(newsroom.editor, "sighting edit", id=sid + 100, what="x")
    assert missing.ephemeral and f"no sighting #{sid + 100}" in missing.content and "/sighting list" in missing.content
    other = newsroom.fake.add_guild("Rival Newsroom")
    boss = other.add_member("Boss", manage_guild=True)
    room = other.add_channel("rival-desk")
    await newsroom.fake.slash(other, boss, room, "setup", feed_channel=room)
    foreign = await newsroom.fake.slash(other, boss, room, "sighting retract", id=sid)
    assert foreign.ephemeral and f"no sighting #{sid}" in foreign.content


async def test_retraction_strikes_through_and_twice_is_harmless(newsroom: Newsroom):
    await newsroom.open_show()
    sid = await posted(newsroom, newsroom.amy, what="Adele left early")
    await newsroom.wait_feed(1)
    result = await newsroom.slash(newsroom.amy, "sighting retract", id=sid, reason="It was her double")
    assert "Retracted" in result.content
    await newsroom.fake.wait_for(
        lambda: "Retracted" in newsroom.feed_embeds()[0]["description"] or None, 10, "the struck-through message"
    )
    embed = newsroom.feed_embeds()[0]
    assert "~~» Adele left early~~" in embed["description"] and "It was her double" in embed["description"]
    again = await newsroom.slash(newsroom.amy, "sighting retract", id=sid)
    assert "already retracted" in again.content
    edit = await newsroom.slash(newsroom.amy, "sighting edit", id=sid, what="new")
    assert edit.ephemeral and "was retracted" in edit.content
    assert len(newsroom.fake.channel_messages(newsroom.feed.id)) == 1


async def test_a_sighting_retracted_before_publication_never_reaches_the_feed(fake, tmp_path):
    room = Newsroom(fake, tmp_path / "r.db", BACKSTAGE_FEED_LINGER_MS=5000)
    await room.start()
    try:
        await room.open_show()
        sid = await posted(room, room.amy, what="Hold on")
        await room.slash(room.amy, "sighting retract", id=sid)
        keep = await posted(room, room.amy, what="This one stays")
        await room.restart()  # the publisher starts fresh and sees only what is due
        embeds = await room.wait_feed(1)
        assert [e["footer"]["text"] for e in embeds] == [f"#{keep}"]
    finally:
        await room.stop()
    fake.assert_clean()


async def test_embargo_holds_then_publishes_and_editors_can_release_early(newsroom: Newsroom):
    await newsroom.open_show()
    result = await newsroom.slash(newsroom.amy, "spot", what="Winner leaked", hold_minutes=30)
    assert "Embargoed" in result.content and ":R>" in result.content
    sid = int(result.content.split("**#")[1].split("**")[0])
    await posted(newsroom, newsroom.amy, what="Not held")
    embeds = await newsroom.wait_feed(1)
    assert [e["footer"]["text"] for e in embeds] == ["#2"]
    refused = await newsroom.slash(newsroom.amy, "sighting release", id=sid)
    assert "Only editors" in refused.content
    released = await newsroom.slash(newsroom.editor, "sighting release", id=sid)
    assert "Released" in released.content
    embeds = await newsroom.wait_feed(2)
    assert [e["footer"]["text"] for e in embeds] == ["#2", f"#{sid}"]
    again = await newsroom.slash(newsroom.editor, "sighting release", id=sid)
    assert "not under embargo" in again.content


async def test_an_embargo_survives_a_restart(newsroom: Newsroom):
    await newsroom.open_show()
    sid = await posted(newsroom, newsroom.amy, what="Held across a restart", hold_minutes=5)
    await newsroom.restart()
    assert newsroom.feed_embeds() == []
    await newsroom.slash(newsroom.editor, "sighting release", id=sid)
    assert (await newsroom.wait_feed(1))[0]["footer"]["text"] == f"#{sid}"


async def test_a_near_duplicate_is_linked_and_credited_not_posted_twice(newsroom: Newsroom):
    await newsroom.open_show()
    await roster(newsroom)
    first = await posted(newsroom, newsroom.amy, what="Gaga lit a cigarette for Adele during the break")
    await newsroom.wait_feed(1)
    result = await newsroom.slash(newsroom.ben, "spot", what="Gaga lit a cigarette for Adele in the break!")
    assert f"Looks like **#{first}** by Amy" in result.content
    await newsroom.fake.wait_for(
        lambda: "Also reported by Ben" in str(newsroom.feed_embeds()) or None, 10, "the corroboration credit"
    )
    assert len(newsroom.feed_embeds()) == 1
    second = int(result.content.split("**#")[1].split("**")[0])
    undo = await newsroom.slash(newsroom.editor, "sighting unlink", id=second)
    assert f"no longer linked to #{first}" in undo.content
    await newsroom.fake.wait_for(
        lambda: (len(newsroom.feed_embeds()) == 2 and "Also reported by" not in str(newsroom.feed_embeds()[0])) or None,
        10,
        "the original without the credit, and the second as its own item",
    )
    assert newsroom.feed_embeds()[1]["footer"]["text"] == f"#{second}"
    again = await newsroom.slash(newsroom.editor, "sighting unlink", id=second)
    assert "not linked" in again.content


async def test_list_filters_pages_and_only_the_caller_turns_pages(newsroom: Newsroom):
    await newsroom.open_show()
    await roster(newsroom)
    for i in range(12):
        await posted(
            newsroom,
            newsroom.amy if i % 2 else newsroom.ben,
            what=f"Adele moment number {i}",
            where="VIP Vault" if i < 6 else "Press room",
        )
    result = await newsroom.slash(newsroom.amy, "sighting list", who="adele")
    assert result.ephemeral and "12 sightings, newest first" in result.content and "Page 1 of 2" in result.content
    assert result.content.index("number 11") < result.content.index("number 10")
    nxt = next(c for row in result.components for c in row["components"] if c["label"] == "Next")["custom_id"]
    stranger = await newsroom.fake.click(newsroom.guild, newsroom.ben, result.original, nxt)
    assert stranger.ephemeral and "someone else" in stranger.content
    page2 = await newsroom.fake.click(newsroom.guild, newsroom.amy, result.original, nxt)
    assert "Page 2 of 2" in page2.content and "number 0" in page2.content
    mine = await newsroom.slash(newsroom.amy, "sighting list", reporter=newsroom.amy, where="vault")
    assert "3 sightings" in mine.content
    none = await newsroom.slash(newsroom.amy, "sighting list", text="nothing like this")
    assert "No sightings" in none.content


async def test_list_after_the_show_ended_searches_the_last_show(newsroom: Newsroom):
    await newsroom.open_show()
    await posted(newsroom, newsroom.amy, what="Last call at the bar")
    await newsroom.slash(newsroom.editor, "show end")
    result = await newsroom.slash(newsroom.amy, "sighting list")
    assert "Last call" in result.content


async def test_id_autocomplete_shows_own_sightings_to_reporters_and_all_to_editors(newsroom: Newsroom):
    await newsroom.open_show()
    await posted(newsroom, newsroom.amy, what="Amy saw this")
    await posted(newsroom, newsroom.ben, what="Ben saw that")
    fake, g, desk = newsroom.fake, newsroom.guild, newsroom.desk
    amy = await fake.autocomplete(g, newsroom.amy, desk, "sighting edit", focused="id", id="")
    assert [c["name"] for c in amy] == ["#1 · Amy saw this"]
    editor = await fake.autocomplete(g, newsroom.editor, desk, "sighting edit", focused="id", id="")
    assert [c["value"] for c in editor] == [2, 1]
    fan = await fake.autocomplete(g, newsroom.fan, desk, "sighting retract", focused="id", id="")
    assert fan == []


async def test_where_is_remembered_per_show(newsroom: Newsroom):
    await newsroom.open_show()
    await posted(newsroom, newsroom.amy, what="First", where="VIP Vault")
    await newsroom.slash(newsroom.editor, "show end")
    await newsroom.slash(newsroom.editor, "show start", name="After-party")
    result = await newsroom.slash(newsroom.amy, "spot", what="New show, no location")
    assert "📍" not in result.content


async def test_votes_on_a_retracted_sighting_no_longer_count(newsroom: Newsroom):
    await newsroom.open_show()
    sid = await posted(newsroom, newsroom.amy, what="Adele took a bow")
    await newsroom.wait_feed(1)
    message = newsroom.fake.channel_messages(newsroom.feed.id)[0]
    await newsroom.fake.react(newsroom.guild, newsroom.fan, newsroom.feed, message["id"], "🔥")

    async def voted():
        return (await newsroom.services.newsroom.get(newsroom.guild.id, sid)).votes == 1

    await eventually(voted, what="the vote")
    await newsroom.slash(newsroom.amy, "sighting retract", id=sid)
    digest = await newsroom.services.digest.compile_show(
        await newsroom.services.shows.latest(newsroom.guild.id),
        count=5,
        now=(await newsroom.services.newsroom.get(newsroom.guild.id, sid)).created_at.replace(year=2099),
    )
    assert digest.items == []
