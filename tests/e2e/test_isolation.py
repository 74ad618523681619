"""R5: two servers, one bot. Nothing is read or written across servers.

Server A is the `newsroom` fixture. Server B ("Rival Newsroom") is added to the same fake Discord with its
own roles, channels and members, and is served by the same running bot and the same database. Amy is the
same Discord user in both servers (a correspondent in each), which is the case most likely to leak.
"""

from __future__ import annotations

import json
import re
from typing import Any

from backstage_testing.fakediscord import FakeChannel, FakeDiscord, FakeMember, InteractionResult
from backstage_testing.pytest_plugin import Newsroom, eventually, unpack


class Rival:
    """Server B as its newsroom sees it."""

    def __init__(self, room: Newsroom) -> None:
        self.fake: FakeDiscord = room.fake
        self.guild = room.fake.add_guild("Rival Newsroom")
        self.reporters = self.guild.add_role("Stringers")
        self.editors = self.guild.add_role("Night Desk")
        self.feed = self.guild.add_channel("rival-live")
        self.desk = self.guild.add_channel("rival-desk")
        self.admin = self.guild.add_member("Rita Admin", manage_guild=True)
        self.editor = self.guild.add_member("Nate Night", roles=[self.editors])
        self.rob = self.guild.add_member("Rob", roles=[self.reporters])
        self.fan = self.guild.add_member("Fay Fan")
        # the same Discord user as Amy in server A, a stringer here too
        self.amy = FakeMember(room.amy.id, "Amy", self.guild.id, [self.reporters])
        self.guild.members.append(self.amy)

    async def slash(
        self, member: FakeMember, command: str, /, *, channel: FakeChannel | None = None, **values: Any
    ) -> InteractionResult:
        return await self.fake.slash(self.guild, member, channel or self.desk, command, **values)

    async def autocomplete(self, member: FakeMember, command: str, focused: str, **values: Any) -> list[Any]:
        choices = await self.fake.autocomplete(self.guild, member, self.desk, command, focused=focused, **values)
        return [c["value"] for c in choices]

    async def open(self, **values: Any) -> None:
        saved = await self.slash(
            self.admin,
            "setup",
            reporter_role=self.reporters,
            editor_role=self.editors,
            feed_channel=self.feed,
            timezone="Europe/London",
        )
        assert "saved" in (saved.content or "")
        opened = await self.slash(self.editor, "show start", name="Rival Awards", venue="Rival Hall", **values)
        assert "is open" in (opened.content or ""), opened.content

    def feed_embeds(self) -> list[dict[str, Any]]:
        return [e for m in self.fake.channel_messages(self.feed.id) for e in m.get("embeds") or []]


def sid_of(result: InteractionResult) -> int:
    match = re.search(r"\*\*#(\d+)\*\*", result.content or "")
    assert match, result.content
    return int(match.group(1))


def footer_ids(embeds: list[dict[str, Any]]) -> set[int]:
    return {
        int(e["footer"]["text"].split(" ")[0][1:])
        for e in embeds
        if (e.get("footer") or {}).get("text", "#")[1:2].isdigit()
    }


async def ac(room: Newsroom, member: FakeMember, command: str, focused: str, **values: Any) -> list[Any]:
    choices = await room.fake.autocomplete(room.guild, member, room.desk, command, focused=focused, **values)
    return [c["value"] for c in choices]


async def two_nights(room: Newsroom) -> tuple[Rival, dict[str, int], dict[str, int]]:
    """Both servers configured, a show open in each, rosters and sightings in each."""
    rival = Rival(room)
    await room.open_show()
    await rival.open()
    await room.slash(room.editor, "roster add", name="Lady Gaga", aliases="Gaga, Mother Monster")
    await room.slash(room.editor, "roster add", name="Adele")
    await rival.slash(rival.editor, "roster add", name="Zendaya", aliases="Z")
    a = {
        "amy": sid_of(await room.slash(room.amy, "spot", what="Gaga lit a cigarette for Adele", where="VIP Vault")),
        "ben": sid_of(await room.slash(room.ben, "spot", what="A-ONLY marker: Adele hummed", where="Press room")),
        "held": sid_of(await room.slash(room.editor, "spot", what="A-ONLY embargoed winner", hold_minutes=30)),
    }
    a["dup"] = sid_of(await room.slash(room.ben, "spot", what="Gaga lit a cigarette for Adele!", who="Lady Gaga"))
    b = {
        "rob": sid_of(
            await rival.slash(rival.rob, "spot", what="Gaga lit a cigarette for Adele", who="Lady Gaga, Adele")
        ),
        "amy": sid_of(await rival.slash(rival.amy, "spot", what="B-ONLY marker: Zendaya arrived")),
        "held": sid_of(await rival.slash(rival.editor, "spot", what="B-ONLY embargoed winner", hold_minutes=30)),
    }
    return rival, a, b


async def test_shows_config_and_status_are_per_server(newsroom: Newsroom):
    room = newsroom
    rival, _, _ = await two_nights(room)
    # one open show in each server at the same time, each with its own configuration
    assert (await room.services.shows.current(room.guild.id)).name == "2031 Music Video Awards"
    assert (await room.services.shows.current(rival.guild.id)).name == "Rival Awards"
    setup_a = (await room.slash(room.admin, "setup")).content or ""
    setup_b = (await rival.slash(rival.admin, "setup")).content or ""
    assert (
        "America/New_York" in setup_a and f"<@&{room.editors.id}>" in setup_a and str(rival.editors.id) not in setup_a
    )
    assert "Europe/London" in setup_b and f"<@&{rival.editors.id}>" in setup_b and str(room.editors.id) not in setup_b
    # status counts only the server's own sightings
    status_a = await room.said(room.editor, "show status")
    status_b = (await (await rival.slash(rival.editor, "show status")).final())["content"]
    assert "Sightings: **4**" in status_a and "under embargo 1" in status_a and "Rob" not in status_a, status_a
    assert "Sightings: **3**" in status_b and "under embargo 1" in status_b and "Ben" not in status_b, status_b
    # most spotted: A's tagged names; B's untagged ones from its own `who` (B has no Gaga on its roster)
    assert "Most spotted: Adele (3), Lady Gaga (2)" in status_a, status_a
    assert "Most spotted: Adele (1), Lady Gaga (1), Zendaya (1)" in status_b, status_b
    # Amy is in both servers: each server counts only what she posted there
    assert "Amy (1)" in status_a and "Amy (1)" in status_b
    # her last location in A is not reused in B
    again = await rival.slash(rival.amy, "spot", what="B-ONLY second post, no location typed")
    assert "VIP Vault" not in (again.content or "") and "📍" not in (again.content or ""), again.content
    mine = await room.slash(room.amy, "spot", what="A second post in A")
    assert "📍 VIP Vault (your last location)" in (mine.content or "")
    # closing B's show leaves A's open
    assert "is closed" in ((await rival.slash(rival.editor, "show end")).content or "")
    assert "No show is open" in ((await rival.slash(rival.rob, "spot", what="too late")).content or "")
    assert "Posted" in ((await room.slash(room.ben, "spot", what="A is still open")).content or "")
    assert "(open)" in await room.said(room.editor, "show status")
    # and a new show in B does not clash with A's open one
    reopened = await rival.slash(rival.editor, "show start", name="Rival After-party")
    assert "is open" in (reopened.content or ""), reopened.content
    # members of one server have no power in the other: A's admin is not B's, B's admin is nobody in A
    outsider = room.guild.add_member("Rita Admin (in A)")
    refused = await room.slash(outsider, "show end")
    assert refused.ephemeral and "Only editors" in (refused.content or "")


async def test_sighting_ids_are_unknown_in_the_other_server(newsroom: Newsroom):
    room = newsroom
    rival, a, b = await two_nights(room)
    calls = (
        ("sighting edit", {"what": "hijacked"}),
        ("sighting retract", {"reason": "hijacked"}),
        ("sighting history", {}),
        ("sighting release", {}),
        ("sighting unlink", {}),
        ("digest pin", {"headline": "hijacked"}),
        ("digest drop", {}),
    )
    for command, values in calls:
        for sid in a.values():  # A's ids from B, by B's admin, and by Amy (who posted some of them in A)
            members = (rival.admin, rival.amy) if command in ("sighting edit", "sighting retract") else (rival.admin,)
            for member in members:
                result = await rival.slash(member, command, id=sid, **values)
                assert result.ephemeral and f"no sighting #{sid}" in (result.content or ""), (command, result.content)
        for sid in b.values():  # and B's from A
            result = await room.slash(room.admin, command, id=sid, **values)
            assert result.ephemeral and f"no sighting #{sid}" in (result.content or ""), (command, result.content)
    # nothing was changed by any of it
    for guild_id, ids in ((room.guild.id, a), (rival.guild.id, b)):
        for sid in ids.values():
            s = await room.services.newsroom.get(guild_id, sid)
            assert s.status.value == "live" and s.edited_at is None and "hijacked" not in s.what
    assert (await room.services.newsroom.get(room.guild.id, a["dup"])).corroborates == a["amy"]
    # id autocomplete: only the server's own sightings (the editor sees the show, Amy her own)
    assert sorted(await rival.autocomplete(rival.editor, "sighting edit", "id", id="")) == sorted(b.values())
    assert await rival.autocomplete(rival.amy, "sighting retract", "id", id="") == [b["amy"]]
    assert await ac(room, room.amy, "sighting retract", "id", id="") == [a["amy"]]
    for sid in a.values():
        assert await rival.autocomplete(rival.editor, "digest pin", "id", id=str(sid)) in ([], [sid])
        assert sid not in await rival.autocomplete(rival.editor, "digest pin", "id", id=str(sid))
    # /sighting list: only the server's sightings, whatever the search
    listing_b = (await rival.slash(rival.editor, "sighting list")).content or ""
    assert "3 sightings" in listing_b and "A-ONLY" not in listing_b and "Ben" not in listing_b, listing_b
    by_text = (await rival.slash(rival.amy, "sighting list", text="cigarette")).content or ""
    assert "1 sighting," in by_text and f"#{b['rob']}" in by_text and f"#{a['amy']}" not in by_text, by_text
    by_reporter = (await rival.slash(rival.editor, "sighting list", options={"reporter": rival.amy})).content or ""
    assert f"#{b['amy']}" in by_reporter and f"#{a['amy']}" not in by_reporter, by_reporter
    listing_a = (await room.slash(room.amy, "sighting list", text="ONLY")).content or ""
    assert "B-ONLY" not in listing_a and "A-ONLY" in listing_a
    # each feed carries only its own server's sightings
    await room.wait_feed(2)
    await room.fake.wait_for(lambda: len(rival.feed_embeds()) >= 2 or None, 10, "B's feed")
    assert footer_ids(room.feed_embeds()) == {a["amy"], a["ben"]}
    assert footer_ids(rival.feed_embeds()) == {b["rob"], b["amy"]}
    assert not any("B-ONLY" in str(e) for e in room.feed_embeds())
    assert not any("A-ONLY" in str(e) for e in rival.feed_embeds())


async def test_rosters_tagging_and_duplicates_are_per_server(newsroom: Newsroom):
    room = newsroom
    rival, a, b = await two_nights(room)
    # the same text naming the same people: tagged and linked in A, neither in B
    s_a = await room.services.newsroom.get(room.guild.id, a["dup"])
    s_b = await room.services.newsroom.get(rival.guild.id, b["rob"])
    assert s_a.people == ("Lady Gaga", "Adele") and s_a.corroborates == a["amy"]
    assert s_b.people == () and s_b.other_names == ("Lady Gaga", "Adele") and s_b.corroborates is None
    zendaya = await room.slash(room.amy, "spot", what="Zendaya waved at the press", who="Z")
    assert "· tagged" not in (zendaya.content or "") and "“Z” is not on the roster" in (zendaya.content or "")
    # autocomplete of names never offers the other server's roster
    assert "Lady Gaga" not in await rival.autocomplete(rival.rob, "spot", "who", what="x", who="Ga")
    assert "Lady Gaga" not in await rival.autocomplete(rival.editor, "roster remove", "name", name="Ga")
    assert "Lady Gaga" not in await rival.autocomplete(rival.rob, "sighting list", "who", who="Lady")
    assert await rival.autocomplete(rival.editor, "roster remove", "name", name="") == ["Zendaya"]
    assert "Zendaya" not in await ac(room, room.amy, "spot", "who", what="x", who="Zen")
    # /roster list shows the server's own names
    listing_b = (await rival.slash(rival.fan, "roster list")).content or ""
    listing_a = (await room.slash(room.fan, "roster list")).content or ""
    assert "Zendaya" in listing_b and "Gaga" not in listing_b and "Adele" not in listing_b
    assert "Lady Gaga" in listing_a and "Zendaya" not in listing_a
    # removing or importing in B touches only B
    removed = await rival.slash(rival.editor, "roster remove", name="Lady Gaga")
    assert removed.ephemeral and "not on the roster" in (removed.content or "")
    from backstage_testing.fakediscord import Attachment

    imported = await rival.slash(
        rival.editor, "roster import", file=Attachment("r.csv", b"Adele,Rival Adele\nLady Gaga,Gaga\n", "text/csv")
    )
    assert "2 added" in (await imported.final())["content"]
    entries_a = {e.name: e.aliases for e in await room.services.roster.entries(room.guild.id)}
    assert entries_a == {"Adele": (), "Lady Gaga": ("Gaga", "Mother Monster")}
    # where autocomplete offers the server's own locations only
    assert await rival.autocomplete(rival.rob, "spot", "where", what="x", where="") == []
    assert "VIP Vault" in await ac(room, room.ben, "spot", "where", what="x", where="v")
    await rival.slash(rival.rob, "spot", what="In the rival green room", where="Green room")
    assert await rival.autocomplete(rival.amy, "spot", "where", what="x", where="") == ["Green room"]
    assert "Green room" not in await ac(room, room.amy, "spot", "where", what="x", where="")


async def test_votes_and_digests_are_per_server(newsroom: Newsroom):
    room = newsroom
    rival, a, b = await two_nights(room)
    await room.wait_feed(2)
    await room.fake.wait_for(lambda: len(rival.feed_embeds()) >= 2 or None, 10, "B's feed")
    message_b = next(m for m in room.fake.channel_messages(rival.feed.id) if f"#{b['rob']}" in str(m["embeds"]))
    message_a = next(m for m in room.fake.channel_messages(room.feed.id) if f"#{a['amy']}" in str(m["embeds"]))
    for member in (rival.fan, rival.rob, rival.amy, rival.editor):
        await room.fake.react(rival.guild, member, rival.feed, message_b["id"], "🔥")
    await room.fake.react(room.guild, room.fan, room.feed, message_a["id"], "👏")

    async def votes(guild_id: int, sid: int) -> int:
        return (await room.services.newsroom.get(guild_id, sid)).votes

    async def settled() -> bool:
        return await votes(rival.guild.id, b["rob"]) == 4 and await votes(room.guild.id, a["amy"]) == 1

    await eventually(settled, what="4 votes in B, 1 in A")
    # (a coalesced feed message counts a reaction for each sighting it shows: hence "0 or 1", "0 or 4")
    assert all([await votes(room.guild.id, sid) in (0, 1) for sid in a.values()])
    assert all([await votes(rival.guild.id, sid) in (0, 4) for sid in b.values()])
    # A's pin and drop do not reach B's digest; B's pin does not reach A's
    await room.slash(room.editor, "digest pin", id=a["ben"], headline="A's own pick")
    await rival.slash(rival.editor, "digest pin", id=b["amy"], headline="B's own pick")
    exports: dict[str, dict[str, Any]] = {}
    for name, slash in (("a", room.slash), ("b", rival.slash)):
        editor = room.editor if name == "a" else rival.editor
        result = await slash(editor, "digest export", format="json")
        await result.final()
        files = unpack(room.fake.uploads[-1])
        timeline = json.loads(files["timeline.json"])["sightings"]
        exports[name] = {**json.loads(files["digest.json"]), "timeline": timeline}
    data_a, data_b = exports["a"], exports["b"]
    ids_a = {row["id"] for row in data_a["timeline"]}
    ids_b = {row["id"] for row in data_b["timeline"]}
    assert ids_a == set(a.values()) and ids_b == set(b.values())
    assert {i for item in data_a["items"] for i in item["sighting_ids"]} <= ids_a
    assert {i for item in data_b["items"] for i in item["sighting_ids"]} <= ids_b
    assert data_a["items"][0]["headline"] == "A's own pick" and data_b["items"][0]["headline"] == "B's own pick"
    assert data_a["show"]["name"] == "2031 Music Video Awards" and data_b["show"]["name"] == "Rival Awards"
    text_b = json.dumps(data_b, ensure_ascii=False)
    assert "A-ONLY" not in text_b and "A's own pick" not in text_b and "Ben" not in text_b
    assert "B-ONLY" not in json.dumps(data_a, ensure_ascii=False)
    votes_b = {row["id"]: row["votes"] for row in data_b["timeline"]}
    assert votes_b[b["rob"]] == 4
    assert {row["id"]: row["votes"] for row in data_a["timeline"]}[a["amy"]] == 1
    # the HTML and Markdown exports of B hold none of A's text either
    for fmt in ("html", "markdown"):
        result = await rival.slash(rival.editor, "digest export", format=fmt)
        await result.final()
        exported = " ".join(data.decode() for data in unpack(room.fake.uploads[-1]).values())
        assert "A-ONLY" not in exported and "A&#39;s own pick" not in exported and "VIP Vault" not in exported
    # publishing B's digest posts in B's feed only
    before_a = len(room.fake.channel_messages(room.feed.id))
    published = await rival.slash(rival.editor, "digest publish", count=3)
    reply = (await published.final())["content"]
    assert f"<#{rival.feed.id}>" in reply and f"/{rival.guild.id}/" in reply
    assert len(room.fake.channel_messages(room.feed.id)) == before_a


async def test_approval_desks_are_per_server(newsroom: Newsroom):
    room = newsroom
    rival = Rival(room)
    await room.open_show()
    await rival.open(approval=True)
    pending = await rival.slash(rival.amy, "spot", what="B-ONLY pending item")
    assert "waiting for an editor's approval" in (pending.content or "")
    sid = sid_of(pending)
    card = await room.fake.wait_for(
        lambda: next((m for m in room.fake.channel_messages(rival.desk.id) if f"#{sid}" in str(m["embeds"])), None),
        10,
        "B's desk card",
    )
    # the same person posting in A is not held: A's show has no approval
    live = await room.slash(room.amy, "spot", what="A goes straight to the feed")
    assert "in a moment" in (live.content or "")
    assert not any(f"#{sid}" in str(m["embeds"]) for m in room.fake.channel_messages(room.desk.id))
    # A's editors (not editors in B) cannot decide B's card; B's editor can
    stranger = rival.guild.add_member("Eddie Editor (in B)")
    refused = await room.fake.click(rival.guild, stranger, card, card["components"][0]["components"][0]["custom_id"])
    assert refused.ephemeral and "Only editors" in (refused.content or "")
    approved = await room.fake.click(
        rival.guild, rival.editor, card, card["components"][0]["components"][0]["custom_id"]
    )
    assert approved.type == 7
    await room.fake.wait_for(lambda: any(f"#{sid}" in str(e) for e in rival.feed_embeds()) or None, 10, "B's feed")
    assert not any("B-ONLY" in str(e) for e in room.feed_embeds())
    status_a = await room.said(room.editor, "show status")
    assert "awaiting approval 0" in status_a and "Sightings: **1**" in status_a
