"""/setup and /show: what an admin and an editor see."""

from backstage_testing.pytest_plugin import Newsroom


async def test_setup_saves_and_shows_the_configuration(newsroom: Newsroom):
    await newsroom.configure()
    shown = await newsroom.slash(newsroom.admin, "setup")
    assert shown.ephemeral
    text = shown.content
    assert f"<@&{newsroom.reporters.id}>" in text and f"<@&{newsroom.editors.id}>" in text
    assert f"<#{newsroom.feed.id}>" in text and "America/New_York" in text


async def test_setup_is_refused_without_manage_server(newsroom: Newsroom):
    result = await newsroom.slash(newsroom.editor, "setup", timezone="Europe/Paris")
    assert result.ephemeral and "Manage Server" in result.content
    assert "Europe/Paris" not in (await newsroom.slash(newsroom.admin, "setup")).content


async def test_setup_rejects_an_unknown_timezone_with_a_suggestion(newsroom: Newsroom):
    result = await newsroom.slash(newsroom.admin, "setup", timezone="America/NewYork")
    assert result.ephemeral and "America/New_York" in result.content and "not a timezone" in result.content


async def test_timezone_autocompletes(newsroom: Newsroom):
    choices = await newsroom.fake.autocomplete(
        newsroom.guild, newsroom.admin, newsroom.desk, "setup", focused="timezone", timezone="new_y"
    )
    assert [c["value"] for c in choices] == ["America/New_York"]


async def test_show_start_status_end(newsroom: Newsroom):
    await newsroom.open_show()
    await newsroom.slash(newsroom.amy, "spot", what="Gaga arrived in a vintage car", who="Lady Gaga")
    result = await newsroom.slash(newsroom.editor, "show status")
    assert result.type == 5 and result.ephemeral  # deferred first: a long night's counts never miss the deadline
    status = (await result.final())["content"]
    assert "2031 Music Video Awards" in status and "(open)" in status
    assert "Sightings: **1**" in status and "Amy (1)" in status
    ended = await newsroom.slash(newsroom.editor, "show end")
    assert "is closed" in ended.content
    late = await newsroom.slash(newsroom.amy, "spot", what="One more thing")
    assert late.ephemeral and "No show is open" in late.content
    assert "(closed)" in await newsroom.said(newsroom.editor, "show status")


async def test_only_one_open_show_per_server(newsroom: Newsroom):
    await newsroom.open_show()
    again = await newsroom.slash(newsroom.editor, "show start", name="Another show")
    assert again.ephemeral and "still open" in again.content and "/show end" in again.content


async def test_show_start_needs_a_feed_channel(newsroom: Newsroom):
    await newsroom.slash(newsroom.admin, "setup", editor_role=newsroom.editors)
    result = await newsroom.slash(newsroom.editor, "show start", name="VMAs")
    assert result.ephemeral and "feed:#channel" in result.content
    result = await newsroom.slash(newsroom.editor, "show start", name="VMAs", feed=newsroom.lobby)
    assert f"<#{newsroom.lobby.id}>" in result.content


async def test_show_commands_are_for_editors_only(newsroom: Newsroom):
    await newsroom.configure()
    for command in ("show start", "show end", "show status"):
        values = {"name": "VMAs"} if command == "show start" else {}
        result = await newsroom.slash(newsroom.amy, command, **values)
        assert result.ephemeral and "Only editors" in (await result.final())["content"], command


async def test_status_without_any_show_says_how_to_start(newsroom: Newsroom):
    await newsroom.configure()
    result = await newsroom.slash(newsroom.editor, "show status")
    assert result.ephemeral and "/show start" in (await result.final())["content"]
