"""`backstage run | sync | rehearse`: the command line. Resources are made here and passed in."""

from __future__ import annotations

import argparse
import asyncio
import logging
import signal
import sys
from collections.abc import Sequence

import aiohttp
import discord
import yarl
from pydantic import ValidationError

from bot.settings import Settings
from db.database import Database, DatabaseError

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


async def run_bot(settings: Settings, *, sync_only: bool = False) -> int:
    from bot.client import Backstage
    from bot.services import Services

    token = settings.token()
    if not token:
        print(NO_TOKEN, file=sys.stderr)
        return 2
    point_at(settings)
    db = await Database.open(settings.database_path)
    stopped_by: list[str] = []
    closing: list[asyncio.Task[None]] = []
    loop = asyncio.get_running_loop()
    try:
        bot = Backstage(Services(db, settings), sync_guild_id=settings.sync_guild_id)

        def stop(name: str) -> None:
            if not stopped_by:
                stopped_by.append(name)
                log.info("%s received: Backstage is stopping", name)
                closing.append(loop.create_task(bot.close()))

        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, stop, sig.name)
        async with bot:
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


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="backstage", description="Live awards-night coverage on Discord.")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("run", help="run the bot (needs DISCORD_TOKEN)")
    sub.add_parser("sync", help="push the slash commands to Discord now, then exit")
    rehearse = sub.add_parser("rehearse", help="replay an awards night offline: the feed, then the digest")
    rehearse.add_argument("script", nargs="?", help="a run-of-show YAML file (default: the sample night)")
    rehearse.add_argument(
        "--out",
        help="write the article (digest.md/.html/.json) and the editors' timeline (timeline.md/.html/.json) here",
    )
    rehearse.add_argument("--db", help="keep the night in this SQLite file instead of a temporary one")
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

            return asyncio.run(rehearse_main(args.script, out=args.out, db_path=args.db))
        return asyncio.run(run_bot(settings, sync_only=args.command == "sync"))
    except DatabaseError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    except KeyboardInterrupt:  # before the bot's own handler is in place (e.g. during `rehearse`)
        return 130
