"""`backstage run | sync | rehearse`: the command line. Resources are made here and passed in."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import signal
import sys
from collections.abc import Sequence

import aiohttp
import discord
import yarl
from pydantic import ValidationError

from bot.settings import Settings
from bot.web.server import CannotServe
from db.database import Database, DatabaseError
from db.lock import exclusive

log = logging.getLogger("backstage")

NO_TOKEN = (
    "DISCORD_TOKEN is not set. Create a bot in the Discord developer portal (Applications → your app → Bot → "
    "Reset Token), then put DISCORD_TOKEN=... in .env (see .env.example) or in the environment."
)
BAD_TOKEN = (
    "Discord rejected DISCORD_TOKEN (401 Unauthorized). It was mistyped, or reset in the developer portal: "
    "copy a fresh token from Applications → your app → Bot, update .env, and start again."
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


def invalid_settings(exc: ValidationError) -> str:
    """One sentence per setting that cannot be used: which one, the value given, what is accepted."""
    return "\n".join(
        f"Invalid setting {'.'.join(str(part) for part in error['loc']).upper()}={error.get('input')!r}: "
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
    # one bot per database, for the life of the process (a sync only writes the commands' hash)
    with contextlib.nullcontext() if sync_only else exclusive(settings.database_path):
        return await _serve(settings, token, sync_only=sync_only, serve=serve)


async def _serve(settings: Settings, token: str, *, sync_only: bool, serve: bool) -> int:
    from bot.client import Backstage
    from bot.services import Services

    db = await Database.open(settings.database_path)
    stopped_by: list[str] = []
    closing: list[asyncio.Task[None]] = []
    loop = asyncio.get_running_loop()
    try:
        async with contextlib.AsyncExitStack() as stack:
            if serve and not sync_only:
                from bot.web.server import WebServer

                server = await stack.enter_async_context(WebServer(settings))
                settings = settings.model_copy(update={"web_port": server.port})  # what /show status prints
                log.info("the web pages of servers that turned the web on are at %s", server.base_url)
            bot = await stack.enter_async_context(
                Backstage(Services(db, settings), sync_guild_id=settings.sync_guild_id)
            )

            def stop(name: str) -> None:
                if not stopped_by:
                    stopped_by.append(name)
                    log.info("%s received: Backstage is stopping", name)
                    closing.append(loop.create_task(bot.close()))

            for sig in (signal.SIGTERM, signal.SIGINT):
                loop.add_signal_handler(sig, stop, sig.name)
            try:
                if sync_only:
                    await bot.login(token)
                    await bot.load_all()
                    await bot.sync_commands(force=True)
                    print("Slash commands synced.")
                    return 0
                await bot.start(token)
            except discord.LoginFailure:
                print(BAD_TOKEN, file=sys.stderr)
                return 2
            except discord.PrivilegedIntentsRequired:
                print(
                    "Discord refused an intent. Backstage needs no privileged intent: update Backstage.",
                    file=sys.stderr,
                )
                return 2
            except (aiohttp.ClientError, OSError, TimeoutError, discord.DiscordServerError) as exc:
                if stopped_by:
                    raise
                print(unreachable(exc), file=sys.stderr)
                return 2
    finally:
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.remove_signal_handler(sig)
        await db.close()
    if stopped_by:
        log.info(
            "Backstage stopped cleanly (%s): the database is closed; anything still to post resumes at the next start.",
            stopped_by[0],
        )
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


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="backstage", description="Live awards-night coverage on Discord.")
    sub = parser.add_subparsers(dest="command", required=True)
    run = sub.add_parser("run", help="run the bot (needs DISCORD_TOKEN)")
    run.add_argument("--serve", action="store_true", help="serve the web pages too (as `backstage serve` does)")
    sub.add_parser("sync", help="push the slash commands to Discord now, then exit")
    sub.add_parser(
        "serve", help="serve the shows of servers that turned the web on: live page, feeds, digest (read-only)"
    )
    rehearse = sub.add_parser("rehearse", help="replay an awards night offline: the feed, then the digest")
    rehearse.add_argument("script", nargs="?", help="a run-of-show YAML file (default: the sample night)")
    rehearse.add_argument(
        "--out",
        help="write the article (digest.md/.html/.json) and the editors' timeline (timeline.md/.html/.json) here",
    )
    rehearse.add_argument("--db", help="keep the night in this SQLite file instead of a temporary one")
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

    try:
        settings = Settings()
    except ValidationError as exc:
        print(invalid_settings(exc), file=sys.stderr)
        return 2
    logging.basicConfig(level=settings.log_level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        if args.command == "rehearse":
            from bot.rehearsal.runner import rehearse_main

            serve = settings if args.serve else None
            return asyncio.run(rehearse_main(args.script, out=args.out, db_path=args.db, serve=serve, speed=args.speed))
        if args.command == "serve":
            from bot.web.server import serve_main

            return asyncio.run(serve_main(settings))
        return asyncio.run(
            run_bot(settings, sync_only=args.command == "sync", serve=args.command == "run" and args.serve)
        )
    except (DatabaseError, CannotServe) as exc:
        print(str(exc), file=sys.stderr)
        return 2
    except KeyboardInterrupt:  # before the bot's own handler is in place (e.g. during `rehearse`)
        return 130
