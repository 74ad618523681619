"""A fake Discord (REST + gateway on 127.0.0.1) that the real, unmodified discord.py client talks to.

Typical use in a pytest-asyncio test::

    async with FakeDiscord() as fake:          # start() + install()
        guild = fake.add_guild("VMA Newsroom")
        channel = guild.add_channel("vma-live")
        amy = guild.add_member("amy")
        async with running(bot, fake):          # bot.start(fake.token) + wait until ready
            result = await fake.slash(guild, amy, channel, "spot", what="...")
        fake.assert_clean()

See ``tests/harness_selftest`` for every feature in use.
"""

from .interactions import InteractionResult
from .messages import Upload
from .models import Attachment, FakeChannel, FakeGuild, FakeMember, FakeRole
from .rest import RecordedRequest
from .runner import running
from .server import FakeDiscord
from .spec import default_spec_path

__all__ = [
    "Attachment",
    "FakeChannel",
    "FakeDiscord",
    "FakeGuild",
    "FakeMember",
    "FakeRole",
    "InteractionResult",
    "RecordedRequest",
    "Upload",
    "default_spec_path",
    "running",
]
