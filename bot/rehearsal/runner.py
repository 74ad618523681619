"""Play a run-of-show through the real services: a fresh database, a simulated clock, the feed printed
as it would appear, then the digest; optionally the exports written to a folder."""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from importlib import resources
from pathlib import Path
from zoneinfo import ZoneInfo

from rich.console import Console
from rich.markdown import Markdown
from rich.rule import Rule

from bot.access import Actor, Caller
from bot.digest import Digest, TimelineRow, to_markdown
from bot.digest.exports import EXTENSIONS, ExportFile, article_files, timeline_file
from bot.errors import UserError
from bot.feed.keys import KeySummaryWork
from bot.feed.publisher import NONCE_WINDOW, REQUEST_TIMEOUT, FeedPublisher
from bot.models import AnySighting, GuildConfig, Show
from bot.photos import read_photo
from bot.publishing.publisher import EditionPublisher
from bot.rehearsal.console import ConsoleTransport
from bot.rehearsal.script import Entry, Script, ScriptError, load, parse
from bot.services import Services
from bot.services.editions import Publication
from bot.settings import Settings
from db.database import Database, is_server

GUILD = 1
REPORTER_ROLE = 11
EDITOR_ROLE = 12
FEED_CHANNEL = 21
DESK_CHANNEL = 22
DESK = Actor(id=2, name="Desk", role_ids=frozenset({EDITOR_ROLE}))


class Clock:
    """The night's time: set entry by entry, as fast as the machine goes."""

    def __init__(self, start: datetime) -> None:
        self.value = start

    def now(self) -> datetime:
        return self.value

    async def advance(self, to: datetime, tick: Callable[[], Awaitable[object]]) -> None:
        self.value = to


class PacedClock(Clock):
    """The night's time running `speed` times faster than real time from `start` (`rehearse --serve`). While it
    waits for the next entry it calls `tick` about once a second, so embargoes end in the feed on time."""

    def __init__(self, start: datetime, speed: float) -> None:
        super().__init__(start)
        self.speed = speed
        self._started: float | None = None  # the clock stands still until `begin`

    def begin(self) -> None:
        self._started = time.monotonic()

    def now(self) -> datetime:
        if self._started is None:
            return self.value
        return self.value + timedelta(seconds=(time.monotonic() - self._started) * self.speed)

    async def advance(self, to: datetime, tick: Callable[[], Awaitable[object]]) -> None:
        while (wait := (to - self.now()).total_seconds() / self.speed) > 0:
            await asyncio.sleep(min(wait, 1.0))
            await tick()


def sample_script() -> Script:
    folder = resources.files("bot.samples")
    text = folder.joinpath("sample_night.yaml").read_text(encoding="utf-8")
    return parse(text, "sample night", Path(str(folder)))


def handle_id(handle: str) -> int:
    """A stable user id per correspondent handle."""
    return 1_000_000 + int.from_bytes(handle.encode()[:6].ljust(6, b"\0"), "big") % 1_000_000_000


OUT_OF_ORDER = 12 * 60  # minutes: an entry this much earlier than the one before, or less, is likely misplaced


@dataclass
class Rehearsal:
    script: Script
    digest: Digest
    timeline: list[AnySighting]
    rows: list[TimelineRow]  # the editors' record: every sighting with where it stands when the digest was compiled
    photos: dict[int, bytes] = field(default_factory=dict)  # the digest's photos, by sighting id
    ids: dict[int, int] = field(default_factory=dict)  # script id -> stored id
    refused: list[str] = field(default_factory=list)  # entries the services refused, with the reason
    feed_messages: int = 0
    rolled: list[str] = field(default_factory=list)  # entries played as the next day though only hours earlier


def night_start(script: Script) -> datetime:
    day = datetime.combine(script.show.date, datetime.min.time(), tzinfo=ZoneInfo(script.show.timezone))
    return day + timedelta(minutes=script.timeline[0].minutes)


async def play(
    script: Script,
    db: Database,
    *,
    console: Console,
    quiet: bool = False,
    clock: Clock | None = None,
    web: Callable[[Show], Awaitable[None]] | None = None,
) -> Rehearsal:
    """Play the night. `clock` (default: as fast as possible) sets its pace; with `web`, the server is on the web,
    `web(show)` is awaited once the show is open, before the first entry plays, and the digest is published at
    the end (the web shows it as an article)."""
    services = Services(db, Settings(_env_file=None, BACKSTAGE_FEED_LINGER_MS=0))
    try:
        return await _play(script, services, console=console, quiet=quiet, clock=clock, web=web)
    finally:
        await services.close()


async def _play(
    script: Script,
    services: Services,
    *,
    console: Console,
    quiet: bool,
    clock: Clock | None,
    web: Callable[[Show], Awaitable[None]] | None,
) -> Rehearsal:
    tz = ZoneInfo(script.show.timezone)
    day = datetime.combine(script.show.date, datetime.min.time(), tzinfo=tz)
    first = script.timeline[0].minutes
    clock = clock or Clock(night_start(script))
    transport = ConsoleTransport(console, tz, quiet=quiet)
    keys = KeySummaryWork(
        services.key_repo,
        transport,
        transport,
        services.feed_health,
        clock.now,
        nonce_window=NONCE_WINDOW,
        request_timeout=REQUEST_TIMEOUT,
    )
    publisher = FeedPublisher(
        services.outbox,
        services.sighting_repo,
        transport,
        services.feed_wakeup,
        services.feed_health,
        linger=0,
        budget=None,
        clock=clock.now,
        keys=keys,
    )
    config = GuildConfig(
        guild_id=GUILD,
        reporter_role_id=REPORTER_ROLE,
        editor_role_id=EDITOR_ROLE,
        feed_channel_id=FEED_CHANNEL,
        timezone=script.show.timezone,
        web=web is not None,
        key_moments=script.marks_keys,  # the "Key moments so far" message, for a script that marks some
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
    await services.keys.opened(desk(), show)  # as /show start does
    if web is not None:
        await web(show)
    result_ids: dict[int, int] = {}
    refused: list[str] = []
    spots = 0
    previous = first
    offset = 0
    rolled: list[str] = []
    for index, entry in enumerate(script.timeline):
        if entry.minutes < previous:
            offset += 24 * 60  # past midnight
            if previous - entry.minutes <= OUT_OF_ORDER:  # ("22:15" then "20:20": listed out of order, most likely)
                said = (
                    f"timeline[{index}] ({entry.at}) comes after an entry at {previous // 60:02d}:{previous % 60:02d}: "
                    "played as the next day (a night past midnight); if it is out of order, move it up the timeline"
                )
                rolled.append(said)
                if not quiet:
                    console.print(f"[yellow]warning[/yellow] {said}")
        previous = entry.minutes
        await clock.advance(day + timedelta(minutes=entry.minutes + offset), publisher.flush)
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
    await publisher.flush()  # the key moments message's final list
    if web is not None:
        await publish_digest(services, desk(), script.digest.count, ConsoleTransport(console, tz, quiet=True), clock)
    digest = await services.digest.compile_show(show, count=script.digest.count, now=clock.now())
    rows = await services.digest.timeline(digest, clock.now(), tz)
    timeline = [row.sighting for row in rows]
    photos = await services.digest.photo_bytes(digest)
    return Rehearsal(script, digest, timeline, rows, photos, result_ids, refused, len(transport.messages), rolled)


async def publish_digest(
    services: Services, desk: Caller, count: int, transport: ConsoleTransport, clock: Clock
) -> None:
    """Publish the night's digest as `/digest publish` does: an edition, posted once (to the console), which the
    web shows as an article. An empty night publishes nothing."""
    try:
        publication = await services.editions.publish(desk, count=count, channel_id=FEED_CHANNEL, crosspost=False)
    except UserError:
        return
    assert isinstance(publication, Publication)  # no preview to compare with: never Changed
    publisher = EditionPublisher(
        services.edition_repo,
        transport,
        services.digest.unpublishable,
        photos=services.digest.photo,
        clock=clock.now,
        corrected=services.digest.corrected,
    )
    await publisher.run(publication.edition.id)


class ScriptPhoto:
    """A script's photo file as `/spot` receives an attachment (bot.photos.Readable): the same checks, the same
    reading, the same storing."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.filename = path.name
        self.size = path.stat().st_size
        self.content_type: str | None = None  # nothing declared: the file's first bytes decide

    async def read(self) -> bytes:
        return await asyncio.to_thread(self.path.read_bytes)


def _actor(handle: str, *, editor: bool = False) -> Actor:
    roles = {REPORTER_ROLE, EDITOR_ROLE} if editor else {REPORTER_ROLE}
    return Actor(id=handle_id(handle), name=handle.capitalize(), role_ids=frozenset(roles))


async def _apply(
    services: Services, config: GuildConfig, entry: Entry, spots: int, ids: dict[int, int], now: datetime
) -> None:
    desk = Caller(GUILD, config, DESK, now)
    editor = Caller(GUILD, config, _actor(entry.by, editor=True), now) if entry.by else desk
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
        photo = await read_photo(ScriptPhoto(s.photo), services.settings.photo_max_bytes) if s.photo else None
        posted = await services.sightings.post(Caller(GUILD, config, _actor(entry.by), now), draft, photo=photo)
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
    elif entry.key is not None:
        await services.keys.mark(editor, sighting_id)
    elif entry.approve is not None or entry.reject is not None:
        reason = entry.reject.reason if entry.reject is not None else None
        _, won, decided_by = await services.newsroom.decide(
            editor, sighting_id, approve=entry.approve is not None, reason=reason
        )
        if not won:
            raise UserError(f"sighting {target} was already decided by {decided_by or 'another editor'}")


def export_files(result: Rehearsal) -> list[ExportFile]:
    """The article and the editors' timeline in every format, as `/digest export` makes them."""
    tz = ZoneInfo(result.script.show.timezone)
    articles = {f.name: f for fmt in EXTENSIONS for f in article_files(result.digest, fmt, tz, result.photos)}
    return [*articles.values(), *(timeline_file(result.rows, result.digest, fmt, tz) for fmt in EXTENSIONS)]


def write_outputs(result: Rehearsal, out: Path) -> list[ExportFile]:
    """Writes the six files into `out` (made ready by `writable_folder`), the digest's photos beside them in
    photos/; returns them."""
    files = export_files(result)
    for f in files:
        (out / f.name).parent.mkdir(exist_ok=True)
        (out / f.name).write_bytes(f.data)
    return files


def writable_folder(out: str) -> Path:
    """The `--out` folder, created if missing; a path that cannot be one is refused in one sentence."""
    path = Path(out)
    if path.exists() and not path.is_dir():
        raise OutputError(
            f"Cannot write to --out {out}: it is a file, not a folder. Give a folder (it is created if missing)."
        )
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(
            f"Cannot create the --out folder {out} ({exc.strerror or exc}). Give a folder you can write to."
        ) from exc
    if not os.access(path, os.W_OK | os.X_OK):
        raise OutputError(f"Cannot write to the --out folder {out}: permission denied. Give a folder you can write to.")
    return path


class OutputError(Exception):
    """`--out` cannot be written to; the message says why and what to do."""


async def rehearse_main(
    script_path: str | None,
    *,
    out: str | None,
    db_path: str | None,
    serve: Settings | None = None,
    speed: float = 60.0,
) -> int:
    """`backstage rehearse`. With `serve` (the settings of `backstage serve`), the night plays in real time, `speed`
    times faster, while its live page updates; the pages stay up after the digest until Ctrl-C."""
    console = Console()
    try:
        script = load(script_path) if script_path else sample_script()
        folder = writable_folder(out) if out else None
    except (ScriptError, OutputError) as exc:
        print(str(exc), file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="backstage-rehearsal-") as tmp:
        location: Path | str = Path(tmp) / "rehearsal.db"
        if db_path:
            location = db_path if is_server(db_path) else Path(db_path)
        db = await Database.open(location)
        async with contextlib.AsyncExitStack() as stack:
            stack.push_async_callback(db.close)
            console.print(Rule(f"[bold]{script.show.name}[/bold] · the feed"))
            if serve is None:
                result = await play(script, db, console=console)
            else:
                from bot.rehearsal.watch import Watch

                watch = await stack.enter_async_context(Watch(serve, location, script, speed, console))
                result = await play(script, db, console=console, clock=watch.clock, web=watch.opened)
                watch.published()
            report(result, console, folder)
            if serve is not None:
                from bot.web.server import until_stopped

                console.print("The pages stay up until Ctrl-C.")
                await until_stopped()
    return 0


def report(result: Rehearsal, console: Console, folder: Path | None) -> None:
    console.print(Rule("[bold]The digest[/bold]"))
    console.print(Markdown(to_markdown(result.digest)))
    for left in result.digest.left_out:  # (what the editor's preview says was left out as written)
        console.print(f"Left out as written: {left.note}", highlight=False, markup=False)
    if folder is not None:
        written = write_outputs(result, folder)
        for what in dict.fromkeys(f.what for f in written):
            paths = ", ".join(str(folder / f.name) for f in written if f.what == what)
            console.print(f"wrote {paths}: {what}", highlight=False)
    summary = {"sightings": len(result.timeline), "feed_messages": result.feed_messages, "refused": len(result.refused)}
    if result.rolled:  # (entries played a day later, each named in a warning as it played)
        summary["next_day"] = len(result.rolled)
    console.print(f"[dim]{json.dumps(summary)} · compiled at {datetime.now(UTC):%H:%M:%S} UTC[/dim]")
