"""The one rule for what Backstage needs in a channel (bot/feed/permissions.py) and the sentences it gives."""

from bot.feed.permissions import (
    ATTACH_FILES,
    EMBED_LINKS,
    READ_MESSAGE_HISTORY,
    SEND_MESSAGES,
    SEND_MESSAGES_IN_THREADS,
    VIEW_CHANNEL,
    ChannelFacts,
    Kind,
    Use,
    missing,
    refusal,
    trouble,
)

ALL = VIEW_CHANNEL | SEND_MESSAGES | EMBED_LINKS | ATTACH_FILES | READ_MESSAGE_HISTORY | SEND_MESSAGES_IN_THREADS


def test_a_channel_with_every_permission_is_accepted_for_every_use():
    for kind in (Kind.TEXT, Kind.THREAD):
        facts = ChannelFacts(1, kind, ALL)
        assert trouble(facts) is None
        assert all(refusal(facts, use) is None for use in Use)


def test_only_the_permissions_that_matter_are_named():
    assert missing(ChannelFacts(1, Kind.TEXT, 0)) == ["View Channel"]  # nothing else counts without it
    # without Send Messages, Embed Links and Attach Files are implicitly denied: they come back with it
    assert missing(ChannelFacts(1, Kind.TEXT, ALL & ~SEND_MESSAGES)) == ["Send Messages"]
    assert missing(ChannelFacts(1, Kind.TEXT, ALL & ~(EMBED_LINKS | READ_MESSAGE_HISTORY))) == [
        "Embed Links",
        "Read Message History",
    ]


def test_a_thread_needs_send_messages_in_threads_and_not_send_messages():
    assert missing(ChannelFacts(1, Kind.THREAD, ALL & ~SEND_MESSAGES)) == []
    assert missing(ChannelFacts(1, Kind.THREAD, ALL & ~SEND_MESSAGES_IN_THREADS)) == ["Send Messages in Threads"]


def test_an_announcement_channel_is_refused_for_the_live_feed_only():
    facts = ChannelFacts(7, Kind.ANNOUNCEMENT, ALL)
    sentence = refusal(facts, Use.FEED)
    assert sentence is not None and "announcement channel" in sentence and "<#7>" in sentence
    assert refusal(facts, Use.DIGEST) is None and refusal(facts, Use.DESK) is None


def test_each_refusal_is_one_sentence_naming_the_channel():
    cases = [
        ChannelFacts(7, Kind.TEXT, ALL & ~(SEND_MESSAGES | READ_MESSAGE_HISTORY)),
        ChannelFacts(7, Kind.GONE),
        ChannelFacts(7, Kind.OTHER, ALL),
        ChannelFacts(7, Kind.THREAD, ALL, locked=True),
        ChannelFacts(7, Kind.ANNOUNCEMENT, ALL),
    ]
    for facts in cases:
        sentence = refusal(facts, Use.FEED)
        assert sentence is not None and "<#7>" in sentence
        assert sentence.endswith(".") and ". " not in sentence, sentence
    assert "**Send Messages** and **Read Message History**" in (refusal(cases[0], Use.FEED) or "")
