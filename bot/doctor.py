"""`backstage doctor`: what stands between this configuration and a working bot, as a checklist.

It never connects to the gateway (that would open a session beside a running bot) and never changes the database:
the token by logging in over REST (`GET /users/@me`, the application), the database by opening it and trying a
write transaction that changes nothing (a SQLite file or a PostgreSQL server), the shard settings against
`GET /gateway/bot` (the count Discord recommends, the session starts left) and the file's recorded shards
(bot/sharding.py), and the bot's permissions in every feed and desk channel of the servers this process serves,
computed from the server's roles and the channel's overwrites as Discord does (discord.py's `permissions_for`)
and judged by the one rule, bot/feed/permissions.py.
"""

from __future__ import annotations

import asyncio
import logging
import re
import sqlite3
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import discord

from bot.cli import BAD_TOKEN, NO_TOKEN, TRANSIENT, unexpected, unreachable
from bot.feed.discord_transport import fetched_facts
from bot.feed.permissions import ChannelFacts, Kind, Use, refusal
from bot.settings import Settings, create_first
from bot.sharding import ShardPlan, scope_problem
from db.database import LATEST_VERSION, Database, DatabaseError, check_path, foreign
from db.lock import check_lock_path, holder
from db.repositories.deployment import ConfiguredChannel, DeploymentRepository
from db.shard_claims import Shard, claims, shards_of, who
from db.shard_files import check_claim_path, claims_in, folder_of, in_folder
from db.sqlite_files import stray_wals, unreadable

USES = {"live": Use.FEED, "desk": Use.DESK, "default": Use.FEED}
LABELS = {"live": "the live feed", "desk": "the approval desk", "default": "the feed channel of /setup, for new shows"}


@dataclass(frozen=True)
class Finding:
    ok: bool  # a note is ok: worth knowing, nothing to fix
    text: str  # what was checked and, when not ok, what to do
    note: bool = False


async def doctor_main(settings: Settings, *, instance: str | None = None, left: str | None = None) -> int:
    """Prints the checklist; 0 when nothing needs fixing (notes included), 1 otherwise. `instance`: the
    `--instance` the settings were resolved for (bot/settings.py `instance_environment`); `left`: the sentence
    `run` and `migrate` refuse these files in (bot/settings.py `files_left_behind`), a fix here."""
    findings = await examine(settings, instance)
    unsure = which_file(settings, instance)
    if unsure is not None:
        findings.insert(0, unsure)
    if left is not None:  # (the database's own check may say the same sentence: once is enough)
        findings = [Finding(False, left), *(f for f in findings if f.text != left)]
    print("Backstage doctor")
    for finding in findings:
        print(f"[{'fix' if not finding.ok else 'note' if finding.note else 'ok'}] {finding.text}")
    problems = sum(not f.ok for f in findings)
    if problems:
        print(f"{problems} thing{'s' if problems != 1 else ''} to fix.")
        return 1
    print("Nothing to fix.")
    return 0


def which_file(settings: Settings, instance: str | None) -> Finding | None:
    """With SQLite, several shards and no shard ids nor instance, the checklist cannot know which process's file
    it should check (each `backstage@ID` instance has its own): a fix that says how to choose."""
    if instance is not None or isinstance(settings.database_path, str) or settings.shard_ids:
        return None
    if settings.shard_count is None or settings.shard_count < 2:
        return None
    last = settings.shard_count - 1
    return Finding(
        False,
        f"BACKSTAGE_SHARD_COUNT is {settings.shard_count} with SQLite and no shards chosen, so this checked "
        f"{settings.database_path}, which may be no process's file: check each instance with `backstage doctor "
        f"--instance ID` (e.g. --instance 0, as `backstage@0` runs), or, for one process serving every shard, set "
        f"BACKSTAGE_SHARD_IDS=0-{last} (README: Several processes).",
    )


async def examine(settings: Settings, instance: str | None = None) -> list[Finding]:
    location = settings.database_path
    if isinstance(location, str):  # a PostgreSQL server's address
        database, readable = await check_database_server(location)
    else:
        database, readable = await asyncio.to_thread(check_database_file, location, instance)
    findings = [database]
    if not isinstance(location, str):
        findings.extend(stray_notes(location, settings.shard_count))
    count, ids = settings.shards()
    plan = ShardPlan(count, ids)
    if readable or not isinstance(location, str):
        shared = settings.shard_count if instance is None and not settings.shard_ids else None
        running = await check_running(location, shards_of(count, ids), shared=shared)
        if running is not None:
            findings.append(running)
    channels: list[ConfiguredChannel] = []
    if readable:
        db = await Database.open(location, migrate=False)
        try:
            repo = DeploymentRepository(db)
            problem = await scope_problem(repo, plan, db.shown)
            findings.append(
                Finding(
                    problem is None, problem or f"The database fits the shards this process serves: {plan.describe()}."
                )
            )
            channels = [c for c in await repo.channels() if plan.serves(c.guild_id)]
        except sqlite3.DatabaseError as exc:  # opened, then could not be read (break19: a traceback)
            findings.append(Finding(False, unreadable(location, exc)))
        finally:
            await db.close()
    token = settings.token()
    if not token:
        return [Finding(False, NO_TOKEN), *findings]
    logging.getLogger("discord").setLevel(logging.ERROR)  # the checklist is the output, not discord.py's notes
    client = discord.Client(intents=discord.Intents.none())
    try:
        findings.insert(0, await check_login(client, token))
        if findings[0].ok:
            findings.append(await check_shards(client, plan))
            findings.extend(await check_channels(client, channels))
    finally:
        await client.close()
    return findings


async def check_database_server(url: str) -> tuple[Finding, bool]:
    """Reachable with these credentials, a Backstage database at this Backstage's schema version, and writable
    (the lock a write takes on `meta`, in a transaction that changes nothing); whether it can be read further."""
    try:
        db = await Database.open(url, migrate=False)  # refuses another program's database, and a newer schema
    except DatabaseError as exc:
        return Finding(False, str(exc)), False
    try:
        version = await db.version()
        if version < LATEST_VERSION:
            state = "has no Backstage schema yet" if version == 0 else f"is at schema version {version}"
            return Finding(
                False,
                f"The database {db.shown} {state}, this Backstage's is {LATEST_VERSION}: run `backstage migrate` "
                f"(or start the bot, which migrates).",
            ), version > 0
        try:
            await db.write(lambda conn: conn.execute("LOCK TABLE meta IN ROW EXCLUSIVE MODE NOWAIT"))
        except Exception as exc:
            return Finding(
                False,
                f"The database {db.shown} cannot be written ({exc}): give the user in BACKSTAGE_DATABASE the "
                f"right to write Backstage's tables, or point it at the primary server rather than a replica.",
            ), True
        return Finding(
            True, f"The database {db.shown} answers, is writable and at schema version {version}, the latest."
        ), True
    finally:
        await db.close()


async def check_running(location: str | Path, mine: list[Shard], *, shared: int | None = None) -> Finding | None:
    """The `backstage run` processes on this PostgreSQL database, or on the SQLite files of this file's folder, and
    the shards each claims (db/shard_claims.py, db/shard_files.py); a fix when two of them serve the same servers,
    or when a `backstage run` with this configuration would refuse (a process serves some of its servers with
    other shards). A process claiming exactly this configuration's shards is a note: it is how a running deployment
    looks from its own host. `shared`: the shard count when no shards are chosen (the env file `backstage@ID` instances
    share, each choosing its shards with `--instance`): the processes are listed in a note saying to check an
    instance with `--instance`, not judged against every shard. With SQLite and nothing running in the folder,
    nothing is said (the database's line says whether a Backstage runs on it)."""
    if isinstance(location, str):
        import asyncpg

        conn = await asyncpg.connect(location)
        try:
            found = await claims(conn)
        finally:
            await conn.close()
        where = "on this database"
    else:
        folder = folder_of(location)
        try:  # the rule `backstage run` applies before it claims its shards
            for shard in mine:
                check_claim_path(folder, shard)
        except DatabaseError as exc:
            return Finding(False, str(exc))
        found = await asyncio.to_thread(claims_in, folder)
        where = in_folder(folder)
        if not found:
            return None
    by_process: dict[str, list[Shard]] = {}
    for claim in found:
        by_process.setdefault(who(claim), []).append(claim.shard)
    if not by_process:
        return Finding(True, f"No `backstage run` process runs {where} now.", note=True)
    listing = "; ".join(f"{name}: {', '.join(map(str, shards))}" for name, shards in sorted(by_process.items()))
    names = sorted(by_process)
    clashes = [
        f"{a} and {b}"
        for i, a in enumerate(names)
        for b in names[i + 1 :]
        if any(x.overlaps(y) for x in by_process[a] for y in by_process[b])
    ]
    if clashes:
        return Finding(
            False,
            f"Processes running {where}: {listing}. Some serve the same servers ({'; '.join(clashes)}), "
            "so each of their commands is answered and posted twice: stop one of them.",
        )
    if shared is not None and shared >= 2:
        return Finding(
            True,
            f"Processes running {where}: {listing}. These settings choose no shards (BACKSTAGE_SHARD_COUNT={shared}, "
            "no BACKSTAGE_SHARD_IDS), as the env file the instances share: check "
            "each instance with `backstage doctor --instance ID` (as `backstage@ID` runs).",
            note=True,
        )
    own = [name for name, shards in by_process.items() if sorted(shards) == sorted(mine)]
    others = [
        name
        for name, shards in by_process.items()
        if name not in own and any(s.overlaps(m) for s in shards for m in mine)
    ]
    if others:  # `backstage run` refuses a claim overlapping another process's (db/shard_claims.py)
        return Finding(
            False,
            f"Processes running {where}: {listing}. A `backstage run` with these settings "
            f"({', '.join(map(str, mine))}) would refuse to start while {', '.join(sorted(others))} "
            f"{'runs' if len(others) == 1 else 'run'}, since they serve some of the same servers: stop "
            f"{'it' if len(others) == 1 else 'them'} first, or check the shard settings of the process you meant.",
        )
    also = (
        f" This configuration's {', '.join(map(str, mine))} {'is' if len(mine) == 1 else 'are'} served by "
        f"{', '.join(own)} (a running deployment seen from its own settings)."
        if own
        else ""
    )
    return Finding(True, f"Processes running {where}: {listing}.{also}", note=True)


def check_database_file(path: Path, instance: str | None = None) -> tuple[Finding, bool]:
    """Opens, version, writable (a write transaction, rolled back), and whether a bot runs on it now; and whether
    its servers and channels can be read (a Backstage database, not newer than this Backstage). `instance`: the
    `--instance` whose file `path` is."""
    finding, version = _database_file(path, instance)
    return finding, version is not None and version <= LATEST_VERSION


def _database_file(path: Path, instance: str | None) -> tuple[Finding, int | None]:
    try:  # the rules `backstage migrate` applies before it creates anything
        check_path(path)
        check_lock_path(path)
    except DatabaseError as exc:
        return Finding(False, str(exc)), None
    if not path.exists():
        elsewhere = " (or check BACKSTAGE_DATABASE if it should be elsewhere)" if instance is None else ""
        return Finding(False, f"The database {path} does not exist yet: {create_first(instance)}{elsewhere}."), None
    cannot = (
        f"Cannot use the database {path} (SQLite says: {{}}): check that it is Backstage's file and that it and "
        f"its folder can be written."
    )
    try:
        conn = sqlite3.connect(f"{path.absolute().as_uri()}?mode=rw", uri=True, timeout=5)
    except sqlite3.Error as exc:
        return Finding(False, cannot.format(exc)), None
    try:
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        conn.execute("BEGIN IMMEDIATE")  # the write lock, as a write would take it; nothing is changed
        conn.rollback()
    except sqlite3.DatabaseError as exc:
        return Finding(False, cannot.format(exc)), None
    finally:
        conn.close()
    if version == 0 and tables:
        return Finding(False, foreign(path, tables)), None
    if version > LATEST_VERSION:
        return Finding(
            False,
            f"The database {path} was written by a newer Backstage (schema version {version}; this one knows up "
            f"to {LATEST_VERSION}): upgrade Backstage.",
        ), version
    if version < LATEST_VERSION:
        return Finding(
            False,
            f"The database {path} is at schema version {version}, this Backstage's is {LATEST_VERSION}: run "
            f"`backstage migrate` (or start the bot, which migrates).",
        ), version or None
    held = holder(path)
    running = "" if held is None else f"; `backstage {held[1]}` (process {held[0]}) is using it now"
    return Finding(
        True, f"The database {path} opens, is writable and at schema version {version}, the latest{running}."
    ), version


def stray_notes(path: Path, count: int | None) -> list[Finding]:
    """A note per WAL in the folder whose file is missing and is another instance's (db/sqlite_files.py): this
    file opens without it, but that instance's last writes are in it."""
    return [
        Finding(
            True,
            f"{wal} in the folder holds the recent writes of {wal.name[: -len('-wal')]}, which is no longer there "
            f"(renamed or moved without its WAL after its process was killed); it is not this file's, so this one "
            f"opens without it, but that instance needs its file moved back beside it and opened once (README: "
            f"Growing the split).",
            note=True,
        )
        for wal in stray_wals(path, count)
    ]


async def check_login(client: discord.Client, token: str) -> Finding:
    try:
        await client.login(token)  # GET /users/@me
        app = await client.application_info()
    except discord.LoginFailure:
        return Finding(False, f"{BAD_TOKEN} (The shards and the channels are checked once it logs in.)")
    except TRANSIENT as exc:
        return Finding(False, unreachable(exc))
    except discord.HTTPException as exc:
        return Finding(False, unexpected(exc))
    return Finding(True, f"The token logs in as {client.user} (id {app.id}, application {app.name}).")


async def check_shards(client: discord.Client, plan: ShardPlan) -> Finding:
    """The configured count against the one Discord recommends, and the session starts left today."""
    try:
        recommended, _, limits = await client.http.get_bot_gateway()
    except discord.GatewayNotFound:
        return Finding(False, "Discord did not answer GET /gateway/bot: try again in a few minutes.")
    except TRANSIENT as exc:
        return Finding(False, unreachable(exc))
    starts = len(plan.ids) if plan.ids is not None else plan.count or recommended
    if limits["total"] < starts:  # waiting for the reset would not help
        return Finding(
            False,
            f"This process would start {starts} sessions (one per shard) and Discord allows {limits['total']} a "
            f"day: serve fewer shards in each process (BACKSTAGE_SHARD_IDS), or lower BACKSTAGE_SHARD_COUNT "
            f"towards the {recommended} Discord recommends.",
        )
    if limits["remaining"] < starts:
        hours = limits["reset_after"] / 3_600_000
        return Finding(
            False,
            f"Discord allows {limits['remaining']} more session starts today and this process needs "
            f"{starts}: wait {hours:.1f} h before starting it (the limit resets then).",
        )
    if plan.count is not None and plan.count < recommended:
        return Finding(
            False,
            f"Discord recommends {recommended} shards and BACKSTAGE_SHARD_COUNT is {plan.count}: set it to "
            f"{recommended} or more in every process (their BACKSTAGE_SHARD_IDS together covering 0 to "
            f"{recommended - 1} or more), or leave both empty with a single process.",
        )
    return Finding(
        True,
        f"Shards: this process serves {plan.describe()}; Discord recommends {recommended}, allows "
        f"{limits['remaining']} more session starts today and {limits['max_concurrency']} at a time.",
    )


async def check_channels(client: discord.Client, channels: Sequence[ConfiguredChannel]) -> list[Finding]:
    """The bot's permissions in each configured channel, server by server, by bot/feed/permissions.py's rule."""
    findings: list[Finding] = []
    by_guild: dict[int, list[ConfiguredChannel]] = {}
    for channel in channels:
        by_guild.setdefault(channel.guild_id, []).append(channel)
    assert client.user is not None
    for guild_id, wanted in by_guild.items():
        try:
            guild = await client.fetch_guild(guild_id, with_counts=False)
            me = await guild.fetch_member(client.user.id)
            present = {c.id: c for c in await guild.fetch_channels()}
        except (discord.Forbidden, discord.NotFound):
            findings.append(removed(guild_id, running=any(c.show_open for c in wanted)))
            continue
        except TRANSIENT as exc:  # Discord failing half-way: say so, and check no further
            findings.append(Finding(False, unreachable(exc)))
            break
        except discord.HTTPException as exc:
            findings.append(Finding(False, unexpected(exc)))
            break
        for channel in wanted:
            facts, name = await _facts(client, present, me, channel.channel_id)
            sentence = refusal(facts, USES[channel.use])
            where = f"{name} in {guild.name} ({LABELS[channel.use]})"
            if sentence is None:
                findings.append(Finding(True, f"{where}: Backstage can post there."))
            else:
                findings.append(Finding(False, f"{where}: {_plain(sentence, present, {channel.channel_id: name})}"))
    return findings


def removed(guild_id: int, *, running: bool) -> Finding:
    """A server that removed the bot: worth a note, unless a show is still running there."""
    if running:
        return Finding(
            False,
            f"Backstage is no longer in the server {guild_id} (it was removed) and a show is still running there: "
            f"invite it again so that the show's feed goes on (its sightings are kept).",
        )
    return Finding(
        True,
        f"Backstage is no longer in the server {guild_id} (it was removed); its setup stays in the database, "
        f"nothing to do unless you want it back there (then invite it again).",
        note=True,
    )


async def _facts(
    client: discord.Client, present: Mapping[int, discord.abc.GuildChannel], me: discord.Member, channel_id: int
) -> tuple[ChannelFacts, str]:
    """What the rule needs to know about the channel, and how to name it."""
    facts, channel = await fetched_facts(client, present, me, channel_id)
    if channel is None:
        return facts, f"#{channel_id} ({'deleted' if facts.kind is Kind.GONE else 'hidden from Backstage'})"
    if isinstance(channel, discord.Thread):
        return facts, f"thread {channel.name}"
    return facts, f"#{getattr(channel, 'name', channel_id)}"


_MENTION = re.compile(r"<#(\d+)>")


def _plain(sentence: str, present: Mapping[int, discord.abc.GuildChannel], named: Mapping[int, str]) -> str:
    """Discord's channel mentions and bold as a terminal shows them (`named`: channels not in `present`)."""

    def name(match: re.Match[str]) -> str:
        channel_id = int(match[1])
        if channel_id in present:
            return f"#{present[channel_id].name}"
        return named.get(channel_id, f"#{channel_id}")

    return _MENTION.sub(name, sentence).replace("**", "")
