"""Issue 12: a big night in one server holds up nobody in another. While server A's digest of a long night is
being compiled or exported (in the worker's process), a `/spot` in server B is answered, and A still gets
its digest or its file. The night is written straight into the database; its size makes the work take
long enough that, done on the event loop, it would answer B only after A."""

from __future__ import annotations

import json

from backstage_testing.pytest_plugin import Newsroom, unpack

NIGHT = 30_000


async def two_servers(newsroom: Newsroom) -> Newsroom:
    await newsroom.open_show()
    await newsroom.big_night(NIGHT)
    other = newsroom.another_server("Rival Newsroom")
    await other.open_show(name="Rival Awards")
    return other


async def test_a_spot_in_another_server_is_answered_while_a_big_export_is_made(newsroom: Newsroom):
    other = await two_servers(newsroom)

    export = await newsroom.slash(newsroom.editor, "digest export", format="json", contents="timeline")
    spot = await other.slash(other.amy, "spot", what="The rival host tripped on the stairs", channel=other.lobby)

    assert "Posted" in (spot.content or "")
    assert not export.followups, "server B waited for server A's export"
    reply = await export.final(timeout=120)
    assert reply["attachments"], reply["content"]
    (timeline,) = unpack(newsroom.fake.uploads[-1]).values()
    assert len(json.loads(timeline)["sightings"]) == NIGHT


async def test_a_spot_in_another_server_is_answered_while_a_big_preview_is_compiled(newsroom: Newsroom):
    other = await two_servers(newsroom)

    preview = await newsroom.slash(newsroom.editor, "digest preview")
    spot = await other.slash(other.amy, "spot", what="The rival host lost a shoe", channel=other.lobby)

    assert "Posted" in (spot.content or "")
    assert not preview.followups and not preview.edits, "server B waited for server A's preview"
    message = await preview.final(timeout=120)
    assert "5 items" in message["content"] and f"from {NIGHT} eligible sightings" in message["content"]
