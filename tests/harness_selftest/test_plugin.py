"""The fixtures' own promises: `Newsroom.ok` fails when the bot refused the command."""

import pytest

from backstage_testing.pytest_plugin import Newsroom


async def test_ok_fails_with_the_sentence_when_the_command_is_refused(newsroom: Newsroom):
    await newsroom.open_show()
    with pytest.raises(AssertionError, match="Only correspondents"):
        await newsroom.ok(newsroom.fan, "spot", what="A fan tries to post")
    posted = await newsroom.ok(newsroom.amy, "spot", what="Amy posts")
    assert "Posted" in (posted.content or "")
