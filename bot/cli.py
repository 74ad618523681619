"""`backstage run | sync | rehearse`: the command line. Resources are made here and passed in."""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
from collections.abc import Sequence

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
    try:
        bot = Backstage(Services(db, settings), sync_guild_id=settings.sync_guild_id)
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
    finally:
        await db.close()
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="backstage", description="Live awards-night coverage on Discord.")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("run", help="run the bot (needs DISCORD_TOKEN)")
    sub.add_parser("sync", help="push the slash commands to Discord now, then exit")
    rehearse = sub.add_parser("rehearse", help="replay an awards night offline: the feed, then the digest")
    rehearse.add_argument("script", nargs="?", help="a run-of-show YAML file (default: the sample night)")
    rehearse.add_argument("--out", help="write digest.md, digest.html, digest.json and timeline.json here")
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
    except KeyboardInterrupt:
        return 130
