"""B11 — `/digest export` of a 10,000-sighting night with 200 photos, against the same night without them.

The night is B10's (`synthetic_night`, loaded into a show with plain SQL by `bench.b10_child.load_night`), in a
database made by the bot's own migrations. A copy of that database is the baseline; the other gets 200 photos:
the first sighting of each item and of the bonus of the night's digest (so the article shows photos), the rest
spread evenly over the night. A photo is a JPEG-headed file of random bytes (random bytes do not compress,
as JPEG does not), 250 KB to 1 MB, about 125 MB in all.

Timed: `bot.worker.jobs.export_night`, the whole job the worker process runs for `/digest export` (read the
night and its photos on a read-only connection, compile, render, zip), called in the bench's own process
(`time.perf_counter`), article and timeline, Discord's default limit of 10 MiB per upload; and
`compile_night`, the job behind `/digest preview` and `/digest publish`. Each repeat runs the baseline and the
night with photos one after the other, so both see the same machine; the process's CPU time is noted beside
the wall-clock time (the machine is shared). Sizes: every upload the export makes.
"""

from __future__ import annotations

import asyncio
import random
import sqlite3
import statistics
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from bench.b10_bignight import write_night
from bench.b10_child import load_night
from bench.common import Row, row, scratch_dir, settle
from bot.access import Actor, Caller
from bot.models import GuildConfig, Show
from bot.services import Services
from bot.settings import Settings
from bot.worker.jobs import ExportRequest, compile_night, export_night
from db.database import Database
from db.repositories.photos import PhotoRepository

GUILD, FEED, DESK, EDITOR_ROLE = 1, 21, 22, 12
LIMIT = 10 * 1024 * 1024
FORMATS = ("json", "html", "markdown")
SEED = 11


@dataclass(frozen=True)
class Plan:
    sightings: int
    photos: int
    repeats: int


FULL = Plan(sightings=10_000, photos=200, repeats=5)
QUICK = Plan(sightings=10_000, photos=200, repeats=1)


def _mb(size: float) -> str:
    return f"{size / (1024 * 1024):.2f} MB"


async def _open_show(db_path: Path) -> Show:
    db = await Database.open(db_path)
    services = Services(db, Settings(_env_file=None))
    try:
        config = GuildConfig(
            guild_id=GUILD, reporter_role_id=11, editor_role_id=EDITOR_ROLE, feed_channel_id=FEED, timezone="UTC"
        )
        await services.config.save(config)
        desk = Caller(GUILD, config, Actor(id=2, name="Desk", role_ids=frozenset({EDITOR_ROLE})), datetime.now(UTC))
        return await services.shows.start(
            desk, name="B11 Awards", venue="Bench Hall", feed_channel_id=FEED, desk_channel_id=DESK, approval=False
        )
    finally:
        await services.close()
        await db.close()


def _photo(rng: random.Random) -> bytes:
    size = rng.randint(250_000, 1_000_000)
    return b"\xff\xd8\xff\xe0" + rng.randbytes(size - 4)


async def _add_photos(db_path: Path, show: Show, count: int, now: datetime) -> tuple[int, int, int]:
    """`count` photos: the digest's items first, then spread over the night. Returns (photos, bytes, shown)."""
    digest = compile_night(str(db_path), show, 5, now)
    leads = [i.sighting_ids[0] for i in (*digest.items, digest.bonus) if i is not None]
    with sqlite3.connect(db_path) as conn:
        ids = [r[0] for r in conn.execute("SELECT id FROM sightings WHERE show_id = ? ORDER BY id", (show.id,))]
    step = max(1, len(ids) // count)
    chosen = list(dict.fromkeys([*leads, *ids[::step]]))[:count]
    rng = random.Random(SEED)
    db = await Database.open(db_path)
    total = 0
    try:
        repo = PhotoRepository(db)
        for sid in chosen:
            data = _photo(rng)
            total += len(data)
            await repo.put(sid, f"IMG_{sid:05d}.jpg", "image/jpeg", data, now=now)
    finally:
        await db.close()
    return len(chosen), total, len(leads)


def _copy(source: Path, target: Path) -> None:
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)


@dataclass
class Measured:
    seconds: list[float]
    cpu: list[float]
    uploads: list[tuple[str, int]]


def _export(db_path: Path, show: Show, fmt: str, now: datetime) -> tuple[float, float, list[tuple[str, int]]]:
    """Wall-clock and CPU seconds of one export, and its uploads (name, bytes)."""
    request = ExportRequest(show, fmt, "both", 5, now, "UTC", LIMIT, "b11-awards")
    settle()
    started, cpu = time.perf_counter(), time.process_time()
    _, packed = export_night(str(db_path), request)
    elapsed, used = time.perf_counter() - started, time.process_time() - cpu
    return elapsed, used, [(p.filename, len(p.data)) for p in packed.packages]


def _compile(db_path: Path, show: Show, now: datetime) -> float:
    settle()
    started = time.perf_counter()
    compile_night(str(db_path), show, 5, now)
    return time.perf_counter() - started


async def run(quick: bool) -> list[Row]:
    plan = QUICK if quick else FULL
    with scratch_dir("b11") as tmp:
        night, with_photos, without = tmp / "night.sqlite", tmp / "photos.db", tmp / "plain.db"
        await asyncio.to_thread(write_night, plan.sightings, SEED, night)
        show = await _open_show(with_photos)
        loaded = await asyncio.to_thread(load_night, with_photos, night, GUILD, show.id)
        now = datetime.now(UTC)
        _copy(with_photos, without)
        photos, photo_bytes, shown = await _add_photos(with_photos, show, plan.photos, now)
        runs: dict[tuple[str, bool], Measured] = {}
        compiles: dict[bool, list[float]] = {False: [], True: []}
        for _ in range(plan.repeats):
            for has_photos, path in ((False, without), (True, with_photos)):
                compiles[has_photos].append(_compile(path, show, now))
            for fmt in FORMATS:
                for has_photos, path in ((False, without), (True, with_photos)):
                    seconds, cpu, uploads = _export(path, show, fmt, now)
                    measured = runs.setdefault((fmt, has_photos), Measured([], [], uploads))
                    measured.seconds.append(seconds)
                    measured.cpu.append(cpu)
        db_size = with_photos.stat().st_size
    night_note = (
        f"{loaded:,} sightings, {photos} photos ({_mb(photo_bytes)}; the database {_mb(db_size)}), "
        f"{shown} of them shown by the article"
    )
    rows = [
        row(
            "B11",
            "compile (/digest preview, publish), with photos",
            compiles[True],
            "s",
            baseline=statistics.median(compiles[False]),
            note=f"{night_note}; baseline: the same night without photos",
        )
    ]
    for fmt in FORMATS:
        base, photo = runs[(fmt, False)], runs[(fmt, True)]
        files = ", ".join(f"{name} {_mb(size)}" for name, size in photo.uploads)
        plain = ", ".join(f"{name} {_mb(size)}" for name, size in base.uploads)
        rows.append(
            row(
                "B11",
                f"/digest export {fmt} (article and timeline), with photos: time",
                photo.seconds,
                "s",
                baseline=statistics.median(base.seconds),
                note=f"CPU {statistics.median(photo.cpu):.2f} s (without photos {statistics.median(base.cpu):.2f} s); "
                f"uploads: {files}; without photos: {plain}",
            )
        )
        rows.append(
            row(
                "B11",
                f"/digest export {fmt}: bytes uploaded, with photos",
                [float(sum(size for _, size in photo.uploads))],
                "bytes",
                baseline=float(sum(size for _, size in base.uploads)),
                target="every upload ≤ 10 MiB",
                met=all(size <= LIMIT for _, size in photo.uploads),
            )
        )
    return rows
