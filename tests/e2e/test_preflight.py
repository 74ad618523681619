"""Before a channel is accepted for the feed, the desk or the digest, the bot checks its own permissions there
and refuses, in one ephemeral sentence, naming what is missing and where."""

from __future__ import annotations

from backstage_testing.fakediscord.permissions import (
    ATTACH_FILES,
    EMBED_LINKS,
    READ_MESSAGE_HISTORY,
    SEND_MESSAGES,
    SEND_MESSAGES_IN_THREADS,
    VIEW_CHANNEL,
)
from backstage_testing.pytest_plugin import Newsroom


def one_sentence(text: str | None) -> str:
    assert text is not None
    assert text.count(". ") == 0 and text.endswith("."), text
    return text


async def test_setup_refuses_a_feed_channel_missing_permissions_and_names_them(newsroom: Newsroom):
    await newsroom.configure()
    bare = newsroom.guild.add_channel("bare", deny_bot=EMBED_LINKS | ATTACH_FILES | READ_MESSAGE_HISTORY)
    result = await newsroom.slash(newsroom.admin, "setup", feed_channel=bare)
    text = one_sentence(result.content)
    assert result.ephemeral and f"<#{bare.id}>" in text
    assert "**Embed Links**, **Attach Files** and **Read Message History**" in text
    shown = await newsroom.slash(newsroom.admin, "setup")
    assert f"Default feed: <#{newsroom.feed.id}>" in (shown.content or "")  # nothing was saved


async def test_a_channel_the_bot_cannot_see_is_refused_for_view_channel_alone(newsroom: Newsroom):
    hidden = newsroom.guild.add_channel("hidden", deny_bot=VIEW_CHANNEL)
    result = await newsroom.slash(newsroom.admin, "setup", feed_channel=hidden)
    text = one_sentence(result.content)
    assert "I am missing **View Channel** there" in text and "Send Messages" not in text


async def test_show_start_refuses_an_announcement_channel_as_the_live_feed(newsroom: Newsroom):
    await newsroom.configure()
    news = newsroom.guild.add_channel("announcements", type=5)
    result = await newsroom.slash(newsroom.editor, "show start", name="VMAs", feed=news)
    text = one_sentence(result.content)
    assert result.ephemeral and "announcement channel" in text and "edits" in text and f"<#{news.id}>" in text
    assert "no show yet" in await newsroom.said(newsroom.editor, "show status")
    # the digest may go there: announcement channels only limit the live feed's edits
    await newsroom.open_show()
    await newsroom.slash(newsroom.amy, "spot", what="Gaga lit a cigarette for Adele", quote="You only live once")
    published = await newsroom.ok(newsroom.editor, "digest publish", options={"channel": news})
    assert "Published" in ((await published.final())["content"] or "")


async def test_show_start_checks_the_default_feed_and_with_approval_the_desk(newsroom: Newsroom):
    guild = newsroom.guild
    await newsroom.configure()
    guild.deny_bot(newsroom.feed, SEND_MESSAGES)
    refused = await newsroom.slash(newsroom.editor, "show start", name="VMAs")
    assert f"I can't post the live feed in <#{newsroom.feed.id}>" in one_sentence(refused.content)
    assert "**Send Messages**" in refused.content
    guild.deny_bot(newsroom.feed, 0)
    guild.deny_bot(newsroom.desk, EMBED_LINKS)
    refused = await newsroom.slash(newsroom.editor, "show start", name="VMAs", approval=True)
    text = one_sentence(refused.content)
    assert f"I can't post the approval desk in <#{newsroom.desk.id}>" in text and "**Embed Links**" in text
    opened = await newsroom.slash(newsroom.editor, "show start", name="VMAs")  # no approval: no desk cards
    assert "is open" in (opened.content or "")


async def test_a_thread_needs_send_messages_in_threads_and_a_locked_one_is_refused(newsroom: Newsroom):
    guild = newsroom.guild
    await newsroom.configure()
    mute = guild.add_channel("no-threads", deny_bot=SEND_MESSAGES_IN_THREADS)
    thread = guild.add_thread(mute, "live")
    refused = await newsroom.slash(newsroom.editor, "show start", name="VMAs", feed=thread)
    assert "**Send Messages in Threads**" in one_sentence(refused.content) and f"<#{thread.id}>" in refused.content
    locked = guild.add_thread(newsroom.feed, "locked", locked=True)
    refused = await newsroom.slash(newsroom.editor, "show start", name="VMAs", feed=locked)
    assert "the thread is locked" in one_sentence(refused.content)
    # a thread in a channel where the bot may not send, but may talk in threads, is fine
    quiet = guild.add_channel("read-only", deny_bot=SEND_MESSAGES)
    good = guild.add_thread(quiet, "live, in a thread")
    opened = await newsroom.slash(newsroom.editor, "show start", name="VMAs", feed=good)
    assert f"Sightings stream to <#{good.id}>" in (opened.content or "")
    await newsroom.slash(newsroom.amy, "spot", what="Posted in the thread")
    await newsroom.wait_feed(1, channel=good)


async def test_digest_publish_refuses_a_channel_without_permission_and_posts_nothing(newsroom: Newsroom):
    await newsroom.open_show()
    await newsroom.slash(newsroom.amy, "spot", what="Gaga lit a cigarette for Adele", quote="You only live once")
    closed = newsroom.guild.add_channel("closed", deny_bot=SEND_MESSAGES)
    result = await newsroom.slash(newsroom.editor, "digest publish", options={"channel": closed})
    message = await result.final()
    assert (
        f"I can't post the digest in <#{closed.id}>" in message["content"] and "**Send Messages**" in message["content"]
    )
    assert newsroom.fake.channel_messages(closed.id) == []


async def test_show_feed_refuses_what_the_live_feed_cannot_use(newsroom: Newsroom):
    await newsroom.open_show()
    closed = newsroom.guild.add_channel("closed", deny_bot=EMBED_LINKS)
    result = await newsroom.slash(newsroom.editor, "show feed", options={"channel": closed})
    assert "**Embed Links**" in one_sentence(result.content) and result.ephemeral
    refused = await newsroom.slash(newsroom.amy, "show feed", options={"channel": newsroom.lobby})
    assert "Only editors" in (refused.content or "")
    assert f"feed <#{newsroom.feed.id}>" in await newsroom.said(newsroom.editor, "show status")


async def test_the_permissions_discord_sends_with_the_interaction_win_over_a_stale_cache(newsroom: Newsroom):
    guild = newsroom.guild
    await newsroom.configure()
    stale = guild.add_channel("stale")
    guild.deny_bot(stale, EMBED_LINKS, announce=False)  # the bot's gateway cache still says it may
    refused = await newsroom.slash(newsroom.admin, "setup", feed_channel=stale)  # resolved.app_permissions
    assert "**Embed Links**" in one_sentence(refused.content)
    guild.deny_bot(newsroom.desk, SEND_MESSAGES, announce=False)
    refused = await newsroom.slash(newsroom.editor, "show start", name="VMAs", approval=True)  # app_permissions
    assert f"the approval desk in <#{newsroom.desk.id}>" in one_sentence(refused.content)
