"""Play a run-of-show through the real services: a fresh database, a simulated clock, the feed printed
as it would appear, then the digest; optionally the exports written to a folder."""

from __future__ import annotations

import json
import sys
import tempfile
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from importlib import resources
from pathlib import Path
from zoneinfo import ZoneInfo

from rich.console import Console
from rich.markdown import Markdown
from rich.rule import Rule

from bot.access import Actor, Caller
from bot.digest import Digest, timeline_json, to_html, to_json, to_markdown
from bot.errors import UserError
from bot.feed.publisher import FeedPublisher
from bot.models import GuildConfig, Sighting
from bot.rehearsal.console import ConsoleTransport
from bot.rehearsal.script import Entry, Script, ScriptError, load, parse
from bot.services import Services
from bot.settings import Settings
from db.database import Database

GUILD = 1
REPORTER_ROLE = 11
EDITOR_ROLE = 12
FEED_CHANNEL = 21
DESK_CHANNEL = 22
DESK = Actor(id=2, name="Desk", role_ids=frozenset({EDITOR_ROLE}))


class Clock:
    def __init__(self, start: datetime) -> None:
        self.value = start

    def now(self) -> datetime:
        return self.value


def sample_script() -> Script:
    text = resources.files("bot.samples").joinpath("sample_night.yaml").read_text(encoding="utf-8")
    return parse(text, "sample night")


def handle_id(handle: str) -> int:
    """A stable user id per correspondent handle."""
    return 1_000_000 + int.from_bytes(handle.encode()[:6].ljust(6, b"\0"), "big") % 1_000_000_000


@dataclass
class Rehearsal:
    script: Script
    digest: Digest
    timeline: list[Sighting]
    ids: dict[int, int] = field(default_factory=dict)  # script id -> stored id
    refused: list[str] = field(default_factory=list)  # entries the services refused, with the reason
    feed_messages: int = 0


async def play(script: Script, db: Database, *, console: Console, quiet: bool = False) -> Rehearsal:
    settings = Settings(_env_file=None, BACKSTAGE_FEED_LINGER_MS=0)
    services = Services(db, settings)
    tz = ZoneInfo(script.show.timezone)
    day = datetime.combine(script.show.date, datetime.min.time(), tzinfo=tz)
    first = script.timeline[0].minutes
    clock = Clock(day + timedelta(minutes=first))
    transport = ConsoleTransport(console, tz, quiet=quiet)
    publisher = FeedPublisher(
        services.outbox, services.sighting_repo, transport, services.feed_wakeup, linger=0, budget=None, clock=clock.now
    )
    config = GuildConfig(
        guild_id=GUILD,
        reporter_role_id=REPORTER_ROLE,
        editor_role_id=EDITOR_ROLE,
        feed_channel_id=FEED_CHANNEL,
        timezone=script.show.timezone,
    )
    await services.config.save(config)
    if script.roster:
        await services.roster.store(GUILD, [(r.name, tuple(r.aliases)) for r in script.roster])

    def desk() -> Caller:
        return Caller(GUILD, config, DESK, clock.now())

    if await services.shows.current(GUILD) is not None:
        await services.shows.end(desk())
    show = await services.shows.start(
        desk(),
        name=script.show.name,
        venue=script.show.venue,
        feed_channel_id=FEED_CHANNEL,
        desk_channel_id=DESK_CHANNEL,
        approval=script.show.approval,
    )
    result_ids: dict[int, int] = {}
    refused: list[str] = []
    spots = 0
    previous = first
    offset = 0
    for index, entry in enumerate(script.timeline):
        if entry.minutes < previous:
            offset += 24 * 60  # past midnight
        previous = entry.minutes
        clock.value = day + timedelta(minutes=entry.minutes + offset)
        if entry.spot is not None:
            spots += 1
        try:
            await _apply(services, config, entry, spots, result_ids, clock.now())
        except UserError as exc:
            refused.append(f"timeline[{index}] ({entry.at}) {entry.action}: {exc.message}")
            if not quiet:
                console.print(f"[red]refused[/red] timeline[{index}] ({entry.at}) {entry.action}: {exc.message}")
        await publisher.flush()
    await services.shows.end(desk())
    digest = await services.digest.compile_show(show, count=script.digest.count, now=clock.now())
    timeline = await services.sighting_repo.for_show(show.id)
    return Rehearsal(script, digest, timeline, result_ids, refused, len(transport.messages))


def _actor(handle: str, *, editor: bool = False) -> Actor:
    roles = {REPORTER_ROLE, EDITOR_ROLE} if editor else {REPORTER_ROLE}
    return Actor(id=handle_id(handle), name=handle.capitalize(), role_ids=frozenset(roles))


async def _apply(
    services: Services, config: GuildConfig, entry: Entry, spots: int, ids: dict[int, int], now: datetime
) -> None:
    desk = Caller(GUILD, config, DESK, now)
    if entry.spot is not None:
        s = entry.spot
        assert entry.by is not None
        draft = services.draft(
            what=s.what,
            who=s.who,
            where=s.where,
            quote=s.quote,
            quote_by=s.quote_by,
            headline=s.headline,
            hold_minutes=s.hold_minutes,
        )
        posted = await services.sightings.post(Caller(GUILD, config, _actor(entry.by), now), draft)
        ids[spots] = posted.sighting.id
        return
    target = getattr(entry, entry.action).id
    sighting_id = ids.get(target)
    if sighting_id is None:
        raise UserError(f"sighting {target} was never stored")
    if entry.edit is not None or entry.retract is not None:
        assert entry.by is not None
        current = await services.newsroom.get(GUILD, sighting_id)
        by = Caller(GUILD, config, _actor(entry.by, editor=current.reporter.id != handle_id(entry.by)), now)
        if entry.edit is not None:
            e = entry.edit
            draft = services.draft(
                what=e.what, who=e.who, where=e.where, quote=e.quote, quote_by=e.quote_by, headline=e.headline
            )
            await services.newsroom.edit(by, sighting_id, draft)
        elif entry.retract is not None:
            await services.newsroom.retract(by, sighting_id, entry.retract.reason)
    elif entry.react is not None:
        shown = await services.newsroom.get(GUILD, sighting_id)
        # a corroboration has no feed item of its own: readers react on the original's message
        where = await services.sighting_repo.feed_message_of(shown.corroborates or sighting_id)
        if where is None:
            raise UserError(f"sighting {target} is not in the feed (yet), so nobody can react to it")
        existing = (await services.newsroom.get(GUILD, sighting_id)).votes
        for i in range(entry.react.count):
            await services.sightings.react(GUILD, where[1], 5_000_000 + existing + i, entry.react.emoji, add=True)
    elif entry.pin is not None:
        await services.digest.pin(desk, sighting_id, entry.pin.headline)
    elif entry.drop is not None:
        await services.digest.drop(desk, sighting_id)
    elif entry.approve is not None or entry.reject is not None:
        editor = Caller(GUILD, config, _actor(entry.by, editor=True), now) if entry.by else desk
        reason = entry.reject.reason if entry.reject is not None else None
        _, won, decided_by = await services.newsroom.decide(
            editor, sighting_id, approve=entry.approve is not None, reason=reason
        )
        if not won:
            raise UserError(f"sighting {target} was already decided by {decided_by or 'another editor'}")


def write_outputs(result: Rehearsal, out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    tz = ZoneInfo(result.script.show.timezone)
    files = {
        "digest.md": to_markdown(result.digest, result.timeline, tz),
        "digest.html": to_html(result.digest, result.timeline, tz),
        "digest.json": to_json(result.digest),
        "timeline.json": timeline_json(result.timeline),
    }
    written = []
    for name, text in files.items():
        path = out / name
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written


async def rehearse_main(script_path: str | None, *, out: str | None, db_path: str | None) -> int:
    console = Console()
    try:
        script = load(script_path) if script_path else sample_script()
    except ScriptError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="backstage-rehearsal-") as tmp:
        db = await Database.open(db_path or Path(tmp) / "rehearsal.db")
        try:
            console.print(Rule(f"[bold]{script.show.name}[/bold] · the feed"))
            result = await play(script, db, console=console)
        finally:
            await db.close()
    console.print(Rule("[bold]The digest[/bold]"))
    console.print(Markdown(to_markdown(result.digest)))
    if out:
        for path in write_outputs(result, Path(out)):
            console.print(f"wrote {path}")
    summary = {"sightings": len(result.timeline), "feed_messages": result.feed_messages, "refused": len(result.refused)}
    console.print(f"[dim]{json.dumps(summary)} · compiled at {datetime.now(UTC):%H:%M:%S} UTC[/dim]")
    return 0
