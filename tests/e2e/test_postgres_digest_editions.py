"""A digest edition on PostgreSQL when its database restarts, its process dies during the crossposts, or another
process is posting it: the editor is answered with what happened and where (never "not saved" for what was
posted, never no answer), and the desk is told once that the edition is published in full."""

from __future__ import annotations

from pathlib import Path

from backstage_testing.fakediscord import FakeDiscord
from backstage_testing.fakediscord.models import GUILD_ANNOUNCEMENT
from backstage_testing.postgres import PostgresServer
from backstage_testing.pytest_plugin import Newsroom
from tests.e2e.test_postgres_processes import SHARDS, digest_nonces, nonce_is, process_for

IN_FULL = "is now published in full"


def told(fake: FakeDiscord, room: Newsroom) -> list[str]:
    return [m["content"] for m in fake.channel_messages(room.desk.id) if IN_FULL in m["content"]]


async def test_a_database_restart_while_a_digest_message_is_on_the_wire_is_posted_once_and_the_desk_told(
    fake: FakeDiscord, postgresql_server: PostgresServer, postgresql_url: str
) -> None:
    room = Newsroom(fake, postgresql_url)
    await room.start()
    try:
        await room.open_show()
        await room.long_night()  # a digest of two messages
        second = fake.hold(nonce_is("digest-1-1"))
        answer = await room.slash(room.editor, "digest publish", count=8, options={"channel": room.lobby})
        await fake.wait_for(lambda: second.reached or None, 30, "the second message on the wire")
        async with postgresql_server.down():
            second.release()  # Discord makes it; recording it meets the database gone
            final = (await answer.final(timeout=30)).get("content") or ""
        assert "not saved" not in final, final
        assert "being posted in <#" in final and f"{room.lobby.id}" in final, final
        assert "tells the desk when the edition is published in full" in final, final
        (notice,) = await fake.wait_for(lambda: told(fake, room) or None, 60, "the desk to be told")
        assert "Edition 1 of the digest" in notice and f"<#{room.lobby.id}>" in notice
        assert digest_nonces(fake, room.lobby.id) == ["digest-1-0", "digest-1-1"]
        assert [len([r for r in fake.requests if nonce_is(n)(r)]) for n in ("digest-1-0", "digest-1-1")] == [1, 1]
        assert len(told(fake, room)) == 1
    finally:
        await room.stop()


async def test_an_edition_resumed_after_a_kill_during_its_crossposts_tells_the_desk_once(
    tmp_path: Path, postgresql_url: str
) -> None:
    async with FakeDiscord(identify_limit=True, max_concurrency=SHARDS) as fake:
        room = Newsroom(fake, postgresql_url, shard=(0, SHARDS))
        news = room.guild.add_channel("vma-news", type=GUILD_ANNOUNCEMENT)
        own = process_for(fake, postgresql_url, tmp_path, 0)
        await own.start()
        try:
            await room.open_show()
            await room.long_night()
            crosspost = fake.hold(lambda r: r.method == "POST" and r.path.endswith("/crosspost"))
            await room.slash(room.editor, "digest publish", count=8, options={"channel": news})
            await fake.wait_for(lambda: crosspost.reached or None, 30, "the first crosspost on the wire")
            await own.kill()
            crosspost.release()
            await own.start()  # resumes the edition: its crossposts
            (notice,) = await fake.wait_for(lambda: told(fake, room) or None, 45, "the desk to be told")
            assert f"<#{news.id}>" in notice and "Crossposted to the servers that follow" in notice, notice
            assert digest_nonces(fake, news.id) == ["digest-1-0", "digest-1-1"]
            again = await room.slash(room.editor, "digest publish")
            said = (await again.final(timeout=30)).get("content") or ""
            assert "already published" in said and "Nothing more was posted" in said, said
            assert len(told(fake, room)) == 1
        finally:
            await own.kill()


async def test_a_publish_while_another_process_posts_the_edition_says_it_is_under_way_and_the_desk_is_told_once(
    tmp_path: Path, postgresql_url: str
) -> None:
    async with FakeDiscord(identify_limit=True, max_concurrency=SHARDS) as fake:
        room = Newsroom(fake, postgresql_url, shard=(0, SHARDS))
        own, other = (process_for(fake, postgresql_url, tmp_path, s) for s in range(SHARDS))
        await own.start()
        try:
            await room.open_show()
            await room.long_night()
            second = fake.hold(nonce_is("digest-1-1"))
            await room.slash(room.editor, "digest publish", count=8, options={"channel": room.lobby})
            await fake.wait_for(lambda: second.reached or None, 30, "the second message on the wire")
            await own.kill()
            await other.start()  # resumes edition 1 and holds it: its second message waits on the wire
            await fake.wait_for(lambda: second.reached >= 2 or None, 30, "the other process's send")
            await own.start()
            answer = await room.slash(room.editor, "digest publish", count=8, options={"channel": room.lobby})
            said = (await answer.final(timeout=30)).get("content") or ""
            assert "is being published right now" in said and "by another Backstage process" in said, said
            assert "1 of its 2 messages so far" in said and "The desk is told when it is complete" in said, said
            assert "already published" not in said, said
            second.release()
            (notice,) = await fake.wait_for(lambda: told(fake, room) or None, 60, "the desk to be told")
            assert f"<#{room.lobby.id}>" in notice
            assert digest_nonces(fake, room.lobby.id) == ["digest-1-0", "digest-1-1"]
            # both processes tell the desk (the driver, and the one that promised it), as one message: the nonce
            await fake.wait_for(
                lambda: len([r for r in fake.requests if nonce_is("digest-1-done")(r)]) >= 2 or None,
                60,
                "the promised notice too",
            )
            assert len(told(fake, room)) == 1
        finally:
            await own.kill()
            await other.kill()
