"""`backstage run | sync | serve | rehearse | migrate | doctor`: the command line. Resources are made here and
passed in."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import os
import signal
import sqlite3
import sys
from collections.abc import Coroutine, Sequence
from pathlib import Path
from typing import Any, NoReturn

import aiohttp
import discord
import yarl
from dotenv import dotenv_values
from pydantic import ValidationError

from bot.settings import Settings, files_left_behind, instance_environment
from bot.sharding import ShardPlan, check_scope
from bot.web.server import CannotServe
from db.database import Database, DatabaseError, ServerUnreachable, check_path, hide_credentials, migrations
from db.lock import exclusive
from db.repositories.deployment import DeploymentRepository
from db.shard_claims import ShardClaims, shards_of
from db.shard_files import claimed
from db.sqlite_files import unreadable

log = logging.getLogger("backstage")

NO_TOKEN = (
    "DISCORD_TOKEN is not set. Create a bot in the Discord developer portal (Applications → your app → Bot → "
    "Reset Token), then put DISCORD_TOKEN=... in .env (see .env.example) or in the environment."
)
BAD_TOKEN = (
    "Discord rejected DISCORD_TOKEN (401 Unauthorized). It was mistyped, or reset in the developer portal: "
    "copy a fresh token from Applications → your app → Bot, update .env, and start again."
)


# EX_TEMPFAIL (sysexits.h): Discord (or the PostgreSQL server) could not be reached or failed at start; the
# systemd units in deploy/ start Backstage again on it, without end. Exit 2 is a mistake a person must fix: the
# units do not restart on it.
TEMPFAIL = 75
# seconds from SIGTERM to the process's end, whatever Discord or the database do: well within systemd's
# TimeoutStopSec=30 (deploy/). The bot closes its work and connections within STOP_WITHIN - CLOSE_DATABASE_WITHIN;
# the database (and a server's shard claims) is closed in what is left, at least CLOSE_DATABASE_WITHIN; a database
# that has not closed by then (another program holding a SQLite file's write lock, a server that stopped answering)
# is left, and the process ends without it (`_abandon`)
STOP_WITHIN = 10.0
CLOSE_DATABASE_WITHIN = 2.0
TRANSIENT = (aiohttp.ClientError, OSError, TimeoutError, discord.DiscordServerError, discord.GatewayNotFound)


def unexpected(exc: discord.HTTPException) -> str:
    """Discord answered a status it never should to the start's requests (a 404, a 400, ...): one sentence."""
    return (
        f"Discord answered {exc.status} {exc.response.reason} at {discord.http.Route.BASE} when Backstage started, "
        f"where it answers 200: something between this machine and Discord (a proxy, a firewall page) answers "
        f"instead; check the network connection, then start Backstage again."
    )


def unreachable(exc: BaseException) -> str:
    """Discord could not be reached, or answered with a server error, at start: one sentence."""
    if isinstance(exc, discord.DiscordServerError):
        return (
            f"Discord answered {exc.status} when Backstage logged in: Discord is having trouble "
            f"(https://discordstatus.com); start Backstage again in a few minutes."
        )
    reason = str(exc) or type(exc).__name__
    return (
        f"Cannot reach Discord at {discord.http.Route.BASE} ({reason}): check the network connection (and any "
        f"proxy or firewall), then start Backstage again."
    )


# Gateway close codes that end a session for good
# (https://discord.com/developers/docs/topics/opcodes-and-status-codes#gateway-gateway-close-event-codes)
CLOSED = {
    4010: "Discord refused the shard settings (4010 Invalid shard): BACKSTAGE_SHARD_IDS must name shards below "
    "BACKSTAGE_SHARD_COUNT, and a bot Discord moved to large-bot sharding must use a multiple of the count it was "
    "given; `backstage doctor` shows the count Discord recommends.",
    4011: "Discord requires more shards (4011 Sharding required: a shard may serve at most 2,500 servers): raise "
    "BACKSTAGE_SHARD_COUNT to the count Discord recommends (`backstage doctor` shows it), or leave it empty.",
}


def gateway_closed(exc: discord.ConnectionClosed) -> str:
    return CLOSED.get(
        exc.code or 0,
        f"Discord closed the gateway connection for good (close code {exc.code}): start Backstage again; if it "
        f"happens again, run `backstage doctor`.",
    )


def unknown_settings() -> list[str]:
    """BACKSTAGE_* names in the environment or `.env` that are no setting (a misspelt one would otherwise be
    ignored without a word)."""
    known = {(field.alias or name).upper() for name, field in Settings.model_fields.items()}
    given = set(os.environ) | set(dotenv_values(".env"))  # the file Settings reads
    return sorted(n for n in given if n.upper().startswith("BACKSTAGE_") and n.upper() not in known)


def shown(value: object) -> str:
    """A setting's value as an error may print it: never a password in an address."""
    return repr(hide_credentials(value)) if isinstance(value, str) else repr(value)


def invalid_settings(exc: ValidationError) -> str:
    """One sentence per setting that cannot be used: which one, the value given, what is accepted."""
    return "\n".join(
        f"Invalid setting {'.'.join(str(part) for part in error['loc']).upper()}={shown(error.get('input'))}: "
        f"{error['msg'][:1].lower()}{error['msg'][1:]}; fix it in .env or the environment "
        "(README.md lists every setting)."
        for error in exc.errors()
    )


def point_at(settings: Settings) -> None:
    """Testing only: aim discord.py at a fake Discord (see DISCORD-NOTES.md)."""
    if settings.api_base:
        discord.http.Route.BASE = settings.api_base
    if settings.gateway_url:
        discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(settings.gateway_url)


async def run_bot(settings: Settings, *, sync_only: bool = False, serve: bool = False) -> int:
    token = settings.token()
    if not token:
        print(NO_TOKEN, file=sys.stderr)
        return 2
    point_at(settings)
    # one bot per database, for the life of the process (a sync only writes the commands' hash); with shards,
    # one database per shard range (bot/sharding.py), and one process per shard across a folder's SQLite files
    # (db/shard_files.py; on PostgreSQL, `_serve` claims them in the database)
    with contextlib.ExitStack() as held:
        if not sync_only:
            held.enter_context(exclusive(settings.database_path))
            held.enter_context(claimed(settings.database_path, shards_of(*settings.shards())))
        return await _serve(settings, token, sync_only=sync_only, serve=serve)


async def _serve(settings: Settings, token: str, *, sync_only: bool, serve: bool) -> int:
    from bot.client import Backstage
    from bot.services import Services

    db = await Database.open(settings.database_path)
    count, ids = settings.shards()
    plan = ShardPlan(count, ids)
    claims: ShardClaims | None = None
    try:
        if not sync_only:
            await check_scope(DeploymentRepository(db), plan, db.shown)
            if isinstance(settings.database_path, str):  # a PostgreSQL server's: no two processes on one shard
                claims = await ShardClaims.take(settings.database_path, shards_of(count, ids), db.shown)
    except BaseException:
        await db.close()
        raise
    stopped_by: list[str] = []
    deadline: list[float] = []  # a stop's: STOP_WITHIN s after its signal
    closing: list[asyncio.Task[None]] = []
    loop = asyncio.get_running_loop()

    def left() -> float | None:
        """What a stop has left of STOP_WITHIN (never less than a moment); None when nothing stops the bot."""
        return max(0.2, deadline[0] - loop.time()) if deadline else None

    try:
        async with contextlib.AsyncExitStack() as stack:
            if serve and not sync_only:
                from bot.web.server import WebServer

                server = await stack.enter_async_context(WebServer(settings))
                settings = settings.model_copy(update={"web_port": server.port})  # what /show status prints
                log.info("the web pages of servers that turned the web on are at %s", server.base_url)
            bot = await stack.enter_async_context(
                Backstage(
                    Services(db, settings), sync_guild_id=settings.sync_guild_id, shard_count=count, shard_ids=ids
                )
            )

            running: list[asyncio.Task[None]] = []

            async def stopping() -> None:
                """Close the bot (its own work, then discord.py's connections) within STOP_WITHIN s, then end what
                discord.py still does to connect: after an outage its reconnect loop sleeps a back-off of up to
                minutes, and a shard still being launched is retried without end once the client is closed, while
                systemd kills a unit that has not stopped TimeoutStopSec=30 s after SIGTERM."""
                try:  # (a close that has not finished is left, not cancelled: it may wait on a database that will
                    # not answer, and would not end when cancelled either)
                    if not await _within(bot.close(), STOP_WITHIN - CLOSE_DATABASE_WITHIN):
                        log.warning(
                            "closing the bot did not finish within %g s (Discord or the database not answering); "
                            "stopping anyway",
                            STOP_WITHIN - CLOSE_DATABASE_WITHIN,
                        )
                except Exception as exc:
                    log.warning("closing the Discord connection did not finish (%r); stopping anyway", exc)
                finally:
                    for task in running:
                        task.cancel()

            def stop(name: str) -> None:
                if not stopped_by:
                    stopped_by.append(name)
                    deadline.append(loop.time() + STOP_WITHIN)
                    log.info("%s received: Backstage is stopping", name)
                    closing.append(loop.create_task(stopping()))

            for sig in (signal.SIGTERM, signal.SIGINT):
                loop.add_signal_handler(sig, stop, sig.name)
            taken: list[str] = []
            if claims is not None:  # another process claimed our shards while our claim was lost: we stop

                def lost_claims(why: str) -> None:
                    taken.append(why)
                    stop("a lost shard claim")

                claims.on_taken = lost_claims
            try:
                if sync_only:
                    await bot.login(token)
                    await bot.load_all()
                    await bot.sync_commands(force=True)
                    print("Slash commands synced.")
                    return 0
                started = loop.create_task(bot.start(token))
                running.append(started)
                if stopped_by:  # stopped before it began
                    started.cancel()
                try:
                    await started
                except asyncio.CancelledError:
                    current = asyncio.current_task()
                    if not stopped_by or (current is not None and current.cancelling()):
                        raise  # cancelled from outside, not by our own stop
                if taken:
                    print(f"Backstage stopped: {taken[0]}", file=sys.stderr)
                    return 2
            except discord.LoginFailure:
                print(BAD_TOKEN, file=sys.stderr)
                return 2
            except discord.PrivilegedIntentsRequired:
                print(
                    "Discord refused an intent. Backstage needs no privileged intent: update Backstage.",
                    file=sys.stderr,
                )
                return 2
            except discord.ConnectionClosed as exc:
                print(gateway_closed(exc), file=sys.stderr)
                return 2
            except TRANSIENT as exc:
                if stopped_by:
                    raise
                print(unreachable(exc), file=sys.stderr)
                return TEMPFAIL
            except discord.HTTPException as exc:
                if stopped_by:
                    raise
                print(unexpected(exc), file=sys.stderr)
                return 2
    finally:
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.remove_signal_handler(sig)
        if closing:
            await asyncio.wait(closing, timeout=left())
        closed = await _within(db.close(), left())
        if claims is not None:
            closed = await _within(claims.close(), left()) and closed
        if not closed:
            _abandon(stopped_by[0] if stopped_by else "a stop")
    if stopped_by:
        log.info(
            "Backstage stopped cleanly (%s): the database is closed; anything still to post resumes at the next start.",
            stopped_by[0],
        )
    return 0


async def _within(closing: Coroutine[Any, Any, None], timeout: float | None) -> bool:
    """Whether `closing` ended within `timeout` s (None: however long it takes). One that has not is left running,
    not cancelled: a close waiting for a database that does not answer may not even end when cancelled."""
    task = asyncio.ensure_future(closing)
    done, _ = await asyncio.wait({task}, timeout=timeout)
    if task in done:
        task.result()  # its error, if any, is the caller's
        return True
    return False


def _abandon(why: str) -> NoReturn:
    """The stop's time is up and the database has not closed: end the process now. Its threads may be waiting for
    the database (a SQLite lock another program holds, a server that stopped answering), and an interpreter's exit
    would wait for them. Every person whose command was still working was answered or told what to check before
    this (`bot.in_flight`); a transaction the database had not committed is rolled back by it; anything still to
    post resumes at the next start."""
    log.warning(
        "Backstage stopped (%s) without the database's last answer: it did not close within %g s of the signal "
        "(another program holding the SQLite file's write lock, or a database server not answering). Anything still "
        "to post resumes at the next start.",
        why,
        STOP_WITHIN,
    )
    logging.shutdown()
    os._exit(0)


async def migrate(location: Path | str) -> int:
    """`backstage migrate`: bring the database to this Backstage's schema and say what was done (one line). On a
    SQLite file the bot's lock is held meanwhile, so a running bot's database is never changed under it; on a
    server, migrating holds the server's migration lock (db/postgres.py)."""
    check_path(location)
    with exclusive(location, "migrate"):
        db = await Database.open(location, migrate=False)
        try:
            before, after = await db.migrate_from()
        finally:
            await db.close()
    names = ", ".join(f"V{v} {name}" for v, name, _ in migrations() if before < v <= after)
    if before == 0:
        print(f"Created the database {db.shown} at schema version {after} (applied {names}).")
    elif after == before:
        print(f"The database {db.shown} is up to date: schema version {after} (the latest this Backstage knows).")
    else:
        print(f"Migrated the database {db.shown} from schema version {before} to {after} (applied {names}).")
    return 0


def speed(text: str) -> float:
    """--speed: a positive number of show minutes per real minute."""
    try:
        value = float(text)
    except ValueError:
        value = 0.0
    if not 0 < value <= 100_000:
        raise argparse.ArgumentTypeError(f"{text!r} is not a speed: give a number above 0, e.g. 60 or 600")
    return value


def load_env_file(path: str) -> str | None:
    """`--env-file PATH`: its KEY=value lines into the environment (they win over it, as systemd's
    EnvironmentFile= would set them); the sentence refusing it when it cannot be read, else None."""
    try:
        with open(path, encoding="utf-8") as file:
            values = dotenv_values(stream=file)
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) else "not UTF-8 text"
        return (
            f"Cannot read the settings file {path} ({reason}): give --env-file the path of a KEY=value file this "
            f"user can read (e.g. /etc/backstage/backstage.env, README: Deploying)."
        )
    os.environ.update({key: value for key, value in values.items() if value is not None})
    return None


def main(argv: Sequence[str] | None = None) -> int:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--env-file",
        default=argparse.SUPPRESS,
        metavar="PATH",
        help="read the settings from this KEY=value file too (as the systemd unit's EnvironmentFile does)",
    )
    parser = argparse.ArgumentParser(
        prog="backstage", description="Live awards-night coverage on Discord.", parents=[common]
    )
    sub = parser.add_subparsers(dest="command", required=True)
    instance = argparse.ArgumentParser(add_help=False)
    instance.add_argument(
        "--instance",
        metavar="ID",
        help="the shards this process serves (e.g. 0, 0-1 or 0-1,4), over BACKSTAGE_SHARD_IDS, and with SQLite its "
        "own file shards-ID.db beside BACKSTAGE_DATABASE (as the backstage@ID systemd unit runs it)",
    )
    run = sub.add_parser("run", help="run the bot (needs DISCORD_TOKEN)", parents=[common, instance])
    run.add_argument("--serve", action="store_true", help="serve the web pages too (as `backstage serve` does)")
    sub.add_parser("sync", help="push the slash commands to Discord now, then exit", parents=[common, instance])
    sub.add_parser(
        "serve",
        help="serve the shows of servers that turned the web on: live page, feeds, digest (read-only)",
        parents=[common, instance],
    )
    sub.add_parser(
        "migrate",
        help="create or upgrade the database (BACKSTAGE_DATABASE) and say its schema version",
        parents=[common, instance],
    )
    sub.add_parser(
        "doctor",
        help="check the token, the database, the shard settings and the bot's permissions in every feed",
        parents=[common, instance],
    )
    rehearse = sub.add_parser(
        "rehearse", help="replay an awards night offline: the feed, then the digest", parents=[common]
    )
    rehearse.add_argument("script", nargs="?", help="a run-of-show YAML file (default: the sample night)")
    rehearse.add_argument(
        "--out",
        help="write the article (digest.md/.html/.json) and the editors' timeline (timeline.md/.html/.json) here",
    )
    rehearse.add_argument(
        "--db",
        help="keep the night in this database (a SQLite file, or a postgresql:// address) instead of a temporary file",
    )
    rehearse.add_argument(
        "--serve", action="store_true", help="play the night in real time while its live page updates in a browser"
    )
    rehearse.add_argument(
        "--speed",
        type=speed,
        default=60.0,
        help="with --serve: minutes of the night per real minute (default 60: an hour of the show in a minute)",
    )
    args = parser.parse_args(argv)
    if "env_file" in args:
        refused = load_env_file(args.env_file)
        if refused is not None:
            print(refused, file=sys.stderr)
            return 2

    try:
        settings = Settings()
        shards = getattr(args, "instance", None)
        left = files_left_behind(settings, shards) if args.command != "rehearse" else None
        if shards is not None:
            updates = instance_environment(settings, shards)
            if isinstance(updates, str):
                print(updates, file=sys.stderr)
                return 2
            os.environ.update(updates)  # over the environment and every settings file
            settings = Settings()
        if left is not None and args.command != "doctor":  # (doctor says it as a [fix] among its checks)
            print(left, file=sys.stderr)
            return 2
    except ValidationError as exc:
        print(invalid_settings(exc), file=sys.stderr)
        return 2
    logging.basicConfig(level=settings.log_level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    for name in unknown_settings():
        log.warning("%s is not a Backstage setting and is ignored (a typo? README.md lists every setting)", name)
    try:
        if args.command == "rehearse":
            from bot.rehearsal.runner import rehearse_main

            serve = settings if args.serve else None
            return asyncio.run(rehearse_main(args.script, out=args.out, db_path=args.db, serve=serve, speed=args.speed))
        if args.command == "migrate":
            return asyncio.run(migrate(settings.database_path))
        if args.command == "doctor":
            from bot.doctor import doctor_main

            point_at(settings)
            return asyncio.run(doctor_main(settings, instance=shards, left=left))
        if args.command == "serve":
            from bot.web.server import serve_main

            return asyncio.run(serve_main(settings, instance=getattr(args, "instance", None)))
        return asyncio.run(
            run_bot(settings, sync_only=args.command == "sync", serve=args.command == "run" and args.serve)
        )
    except ServerUnreachable as exc:  # the database server down or unreachable for now: worth starting again
        print(str(exc), file=sys.stderr)
        return TEMPFAIL
    except (DatabaseError, CannotServe) as exc:
        print(str(exc), file=sys.stderr)
        return 2
    except sqlite3.DatabaseError as exc:  # a file that opened and then could not be read: damaged, or a WAL not its own
        print(unreadable(settings.database_path, exc), file=sys.stderr)
        return 2
    except KeyboardInterrupt:  # before the bot's own handler is in place (e.g. during `rehearse`)
        return 130
