"""R4: who may do what, every command and button against four people.

The expected matrix below is derived from README.md's commands table:
- `/setup` is for *Manage Server* (with or without options: the table lists one row, "Manage Server");
- "editor" commands are for the editor role; "Members with Manage Server always count as editors and
  correspondents", so the admin column equals the editor column;
- "correspondent" commands are for the correspondent role and for editors (an editor's own sightings skip
  the approval queue, so the desk posts too; the README implies, but does not spell out, that editors
  count as correspondents);
- `/sighting edit|retract` are for "its correspondent or an editor": one row on the caller's own sighting,
  one on a sighting by another correspondent (Ben). The fan's "own" sighting was posted while they still
  held the correspondent role, since removed;
- `/roster list` is for anyone; the approval desk's Approve / Reject buttons are for editors.

A refused call gets an ephemeral refusal naming who may do it; an allowed call never gets that refusal
(it may still fail for another reason, e.g. "already approved", which counts as allowed). Each column runs
on a fresh server and database, with its own bot, on the same fake Discord; the whole matrix is compared
in one assertion.
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from backstage_testing.fakediscord import Attachment, FakeDiscord, FakeMember, InteractionResult
from backstage_testing.pytest_plugin import Newsroom
from bot.client import INTERNAL_ERROR

MATRIX = """
row                              fan   correspondent   editor   admin
/setup (with options)             -          -            -        ✓
/setup (no options)               -          -            -        ✓
/show status                      -          -            ✓        ✓
/spot                             -          ✓            ✓        ✓
/sighting edit (own)              -          ✓            ✓        ✓
/sighting edit (another's)        -          -            ✓        ✓
/sighting retract (own)           -          ✓            ✓        ✓
/sighting retract (another's)     -          -            ✓        ✓
/sighting history                 -          -            ✓        ✓
/sighting release                 -          -            ✓        ✓
/sighting unlink                  -          -            ✓        ✓
/sighting list                    -          ✓            ✓        ✓
/roster add                       -          -            ✓        ✓
/roster remove                    -          -            ✓        ✓
/roster list                      ✓          ✓            ✓        ✓
/roster import                    -          -            ✓        ✓
/digest preview                   -          -            ✓        ✓
/digest publish                   -          -            ✓        ✓
/digest pin                       -          -            ✓        ✓
/digest drop                      -          -            ✓        ✓
/digest export                    -          -            ✓        ✓
Approve button                    -          -            ✓        ✓
Reject button                     -          -            ✓        ✓
/show end                         -          -            ✓        ✓
/show start                       -          -            ✓        ✓
"""
ROLES = ("fan", "correspondent", "editor", "admin")
ALLOWED, REFUSED = "✓", "-"

# "Only editors (<@&…>) can do that", "Only correspondents (<@&…>) can post sightings",
# "Only members with the **Manage Server** permission…", "#5 was posted by Ben. Only they or an editor…"
REFUSAL = re.compile(r"Only (editors|correspondents|members with the \*\*Manage Server\*\*|they or an editor)")


def parse_matrix(text: str) -> dict[str, dict[str, str]]:
    lines = [line for line in text.strip().splitlines()[1:] if line.strip()]
    table: dict[str, dict[str, str]] = {}
    for line in lines:
        match = re.fullmatch(r"(.+?)\s{2,}(\S)\s+(\S)\s+(\S)\s+(\S)\s*", line)
        assert match, f"bad matrix line {line!r}"
        table[match.group(1)] = dict(zip(ROLES, match.groups()[1:], strict=True))
    return table


def render(table: dict[str, dict[str, str]]) -> str:
    return "\n".join(f"{row:<32}" + "".join(f"{table[row][r]:^15}" for r in ROLES) for row in table)


@dataclass
class Targets:
    own_edit: int
    own_retract: int
    ben_edit: int
    ben_retract: int
    live: int
    pin: int
    drop: int
    held: int
    linked: int
    approve_card: dict[str, Any]
    reject_card: dict[str, Any]


def sid_of(text: str | None) -> int:
    match = re.search(r"\*\*#(\d+)\*\*", text or "")
    assert match, text
    return int(match.group(1))


async def post(room: Newsroom, member: FakeMember, **values: Any) -> int:
    result = await room.slash(member, "spot", **values)
    assert "Posted **#" in (result.content or ""), result.content
    return sid_of(result.content)


async def desk_card(room: Newsroom, sid: int) -> dict[str, Any]:
    return await room.fake.wait_for(
        lambda: next((m for m in room.fake.channel_messages(room.desk.id) if f"#{sid}" in str(m["embeds"])), None),
        10,
        f"the desk card of #{sid}",
    )


def button(message: dict[str, Any], label: str) -> str:
    return next(c for row in message["components"] for c in row["components"] if c["label"] == label)["custom_id"]


async def prepare(room: Newsroom, member: FakeMember) -> Targets:
    """A configured server with an open approval-mode show and a sighting for every row to act on.

    Targets that need not be pending are posted in an earlier show without approval, so that the desk
    channel gets few cards (Discord allows 5 messages per 5 s in a channel)."""
    await room.open_show(name="Warm-up show")
    for name, aliases in (("Lady Gaga", "Gaga"), ("Adele", "")):
        await room.slash(room.admin, "roster add", name=name, **({"aliases": aliases} if aliases else {}))
    ben = [await post(room, room.ben, what=f"Ben saw thing {i}") for i in range(2)]
    history = await post(room, room.editor, what="Desk note", where="Desk")
    held = await post(room, room.editor, what="Winner leaked early", hold_minutes=30)
    await post(room, room.editor, what="Gaga lit a cigarette for Adele during the break", who="Lady Gaga, Adele")
    duplicate = await room.slash(
        room.admin, "spot", what="Gaga lit a cigarette for Adele in the break!", who="Lady Gaga, Adele"
    )
    assert "Looks like" in (duplicate.content or ""), duplicate.content
    assert "is closed" in ((await room.slash(room.editor, "show end")).content or "")
    opened = await room.slash(room.editor, "show start", name="2031 Music Video Awards", approval=True)
    assert "is open" in (opened.content or ""), opened.content
    if member is room.fan:  # a former correspondent: the role is gone, their sightings stay
        room.fan.roles.append(room.reporters)
    own = [await post(room, member, what=f"{member.name} saw thing {i}") for i in range(2)]
    if member is room.fan:
        room.fan.roles.remove(room.reporters)
    pending = [await post(room, room.ben, what=f"Ben's pending thing {i}") for i in range(2)]
    curated = [await post(room, room.editor, what=f"Desk pick {i}") for i in range(2)]
    return Targets(
        own_edit=own[0],
        own_retract=own[1],
        ben_edit=ben[0],
        ben_retract=ben[1],
        live=history,
        pin=curated[0],
        drop=curated[1],
        held=held,
        linked=sid_of(duplicate.content),
        approve_card=await desk_card(room, pending[0]),
        reject_card=await desk_card(room, pending[1]),
    )


Call = Callable[[Newsroom, FakeMember, Targets], Awaitable[InteractionResult]]


def slash(command: str, **values: Any) -> Call:
    async def call(room: Newsroom, member: FakeMember, t: Targets) -> InteractionResult:
        resolved = {
            k: (getattr(t, v[1:]) if isinstance(v, str) and v.startswith("$") else v) for k, v in values.items()
        }
        return await room.slash(member, command, **resolved)

    return call


def click(label: str, card: str) -> Call:
    async def call(room: Newsroom, member: FakeMember, t: Targets) -> InteractionResult:
        message = getattr(t, card)
        return await room.fake.click(room.guild, member, message, button(message, label))

    return call


CALLS: dict[str, Call] = {
    "/setup (with options)": slash("setup", timezone="Europe/Paris"),
    "/setup (no options)": slash("setup"),
    "/show status": slash("show status"),
    "/spot": slash("spot", what="A permission check"),
    "/sighting edit (own)": slash("sighting edit", id="$own_edit", what="corrected text"),
    "/sighting edit (another's)": slash("sighting edit", id="$ben_edit", what="corrected text"),
    "/sighting retract (own)": slash("sighting retract", id="$own_retract", reason="pulled"),
    "/sighting retract (another's)": slash("sighting retract", id="$ben_retract", reason="pulled"),
    "/sighting history": slash("sighting history", id="$live"),
    "/sighting release": slash("sighting release", id="$held"),
    "/sighting unlink": slash("sighting unlink", id="$linked"),
    "/sighting list": slash("sighting list"),
    "/roster add": slash("roster add", name="Added Name"),
    "/roster remove": slash("roster remove", name="Adele"),
    "/roster list": slash("roster list"),
    "/roster import": slash("roster import", file=Attachment("roster.csv", b"Imported Name,Alias\n", "text/csv")),
    "/digest preview": slash("digest preview", count=3),
    "/digest publish": slash("digest publish", count=3),
    "/digest pin": slash("digest pin", id="$pin", headline="The desk's pick"),
    "/digest drop": slash("digest drop", id="$drop"),
    "/digest export": slash("digest export", format="json"),
    "Approve button": click("Approve", "approve_card"),
    "Reject button": click("Reject", "reject_card"),
    "/show end": slash("show end"),
    "/show start": slash("show start", name="The after-show", approval=True),
}


async def outcome(room: Newsroom, result: InteractionResult, problems: list[str], where: str) -> str:
    """✓ (allowed), - (refused with an ephemeral message naming who may), or ! (anything else)."""
    if result.type in (5, 6):
        message = await result.final()
        text, ephemeral = message.get("content") or "", bool(int(message.get("flags") or 0) & 64) or result.ephemeral
    elif result.type == 4:
        text, ephemeral = result.content or "", result.ephemeral
    elif result.type in (7, 9):  # the card was updated / the reason modal opened: allowed
        return ALLOWED
    else:
        problems.append(f"{where}: unexpected response type {result.type}")
        return "!"
    if INTERNAL_ERROR[:40] in text:
        problems.append(f"{where}: internal error")
        return "!"
    if not REFUSAL.search(text):
        return ALLOWED
    names = (f"<@&{room.editors.id}>", f"<@&{room.reporters.id}>", "**Manage Server**", "they or an editor")
    if not ephemeral or not any(n in text for n in names):
        problems.append(f"{where}: refusal not ephemeral or names nobody: {text!r}")
        return "!"
    return REFUSED


async def test_every_command_and_button_against_the_readme_matrix(fake: FakeDiscord, tmp_path: Path):
    expected = parse_matrix(MATRIX)
    assert set(expected) == set(CALLS), set(expected) ^ set(CALLS)
    actual: dict[str, dict[str, str]] = {row: {} for row in expected}
    problems: list[str] = []
    for role in ROLES:
        room = Newsroom(fake, tmp_path / f"{role}.db")
        await room.start()
        try:
            member = {"fan": room.fan, "correspondent": room.amy, "editor": room.editor, "admin": room.admin}[role]
            targets = await prepare(room, member)
            for row, call in CALLS.items():
                result = await call(room, member, targets)
                actual[row][role] = await outcome(room, result, problems, f"{row} as {role}")
        finally:
            await room.stop()
    assert actual == expected and not problems, (
        "permission matrix differs from the README's\nexpected:\n"
        + render(expected)
        + "\nactual:\n"
        + render(actual)
        + "\n"
        + "\n".join(problems)
    )
    fake.assert_clean()


async def test_refused_calls_change_nothing(newsroom: Newsroom):
    """A refusal is not a partial success: nothing is stored, posted or changed."""
    room = newsroom
    targets = await prepare(room, room.fan)
    before_feed = await room.wait_feed(6)  # the live sightings of both shows, and nothing else
    before = {
        sid: (await room.services.newsroom.get(room.guild.id, sid)).model_dump()
        for sid in (targets.ben_edit, targets.ben_retract, targets.held, targets.linked, targets.own_edit)
    }
    for row, call in CALLS.items():
        if row in ("/roster list",):
            continue
        await call(room, room.fan, targets)
    for row in ("/sighting edit (another's)", "/sighting retract (another's)"):
        await CALLS[row](room, room.amy, targets)
    after = {sid: (await room.services.newsroom.get(room.guild.id, sid)).model_dump() for sid in before}
    assert after == before
    cfg = await room.services.config.get(room.guild.id)
    assert cfg.timezone == "America/New_York"
    names = [e.name for e in await room.services.roster.entries(room.guild.id)]
    assert names == ["Adele", "Lady Gaga"]
    show = await room.services.shows.current(room.guild.id)
    assert show is not None and show.name == "2031 Music Video Awards" and show.approval
    assert room.feed_embeds() == before_feed
    assert not [u for u in room.fake.uploads if u.filename.endswith((".json", ".zip"))]


async def test_id_autocomplete_follows_who_may_act(newsroom: Newsroom):
    """README: "`id` options autocomplete: a correspondent sees their own sightings, an editor sees the whole
    show" (and someone without a role sees nothing)."""
    room = newsroom
    await room.open_show()
    amy = [await post(room, room.amy, what=f"Amy {i}") for i in range(2)]
    ben = [await post(room, room.ben, what=f"Ben {i}") for i in range(2)]
    desk = [await post(room, room.editor, what="Desk 0")]
    everything = sorted(amy + ben + desk)
    expected = {"fan": [], "correspondent": sorted(amy), "editor": everything, "admin": everything}
    members = {"fan": room.fan, "correspondent": room.amy, "editor": room.editor, "admin": room.admin}
    for command in ("sighting edit", "sighting retract", "sighting history", "digest pin", "digest drop"):
        for role, member in members.items():
            choices = await room.fake.autocomplete(room.guild, member, room.desk, command, focused="id", id="")
            assert sorted(c["value"] for c in choices) == expected[role], (command, role, choices)


async def test_only_the_caller_turns_the_pages_of_a_list_even_an_admin_cannot(newsroom: Newsroom):
    room = newsroom
    await room.open_show()
    for i in range(12):
        await post(room, room.amy, what=f"Moment number {i}")
    listing = await room.slash(room.amy, "sighting list")
    assert "Page 1 of 2" in (listing.content or "")
    original = listing.original or {}
    next_id = button(original, "Next")
    for member in (room.ben, room.editor, room.admin, room.fan):
        other = await room.fake.click(room.guild, member, original, next_id)
        assert other.ephemeral and "someone else" in (other.content or ""), member.name
    mine = await room.fake.click(room.guild, room.amy, original, next_id)
    assert mine.type == 7 and "Page 2 of 2" in (mine.content or "")


async def test_roles_are_read_at_every_call_and_administrator_counts_as_manage_server(newsroom: Newsroom):
    room = newsroom
    await room.open_show()
    assert not REFUSAL.search(await room.said(room.editor, "show status"))
    room.editor.roles.remove(room.editors)  # the desk role is taken away mid-show
    revoked = await room.slash(room.editor, "show status")
    assert revoked.ephemeral and f"Only editors (<@&{room.editors.id}>)" in (await revoked.final())["content"]
    spot = await room.slash(room.editor, "spot", what="Still here?")
    assert spot.ephemeral and "Only correspondents" in (spot.content or "")
    root = room.guild.add_member("Root", administrator=True)  # Administrator implies Manage Server
    for command, values in (("setup", {}), ("show status", {}), ("spot", {"what": "Root's note"})):
        said = await room.said(root, command, **values)
        assert not REFUSAL.search(said), (command, said)


async def test_setup_is_registered_for_manage_server_and_checked_at_run_time_too(newsroom: Newsroom):
    """Discord hides /setup from members without Manage Server by default, but servers can change that: the
    bot refuses anyway (the fan calls it as if the server had opened it to everyone)."""
    room = newsroom
    setup = next(c for c in room.fake.commands if c["name"] == "setup")
    assert int(setup["default_member_permissions"]) == 1 << 5  # MANAGE_GUILD
    result = await room.slash(room.fan, "setup", feed_channel=room.lobby)
    assert result.ephemeral and "Manage Server" in (result.content or "")
    assert (await room.services.config.get(room.guild.id)).feed_channel_id is None


async def test_every_command_and_menu_is_offered_in_servers_only(newsroom: Newsroom):
    """Each works on a server's show, roles and channels: registered with `contexts` [0] (GUILD), Discord never
    offers it in a DM or a group DM."""
    offered = {c["name"]: c.get("contexts") for c in newsroom.fake.commands}
    assert {"sighting", "Post as sighting", "Mark key moment"} <= offered.keys()
    assert {name: contexts for name, contexts in offered.items() if contexts != [0]} == {}
