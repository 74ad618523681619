"""Settings from the environment or `.env`, validated by pydantic-settings. `.env.example` lists them all."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Annotated, Any

from pydantic import AfterValidator, BeforeValidator, Field, SecretStr, ValidationInfo, field_validator
from pydantic_core import PydanticCustomError
from pydantic_settings import BaseSettings, SettingsConfigDict

from db.database import is_server
from db.repositories.deployment import GUILD_TABLES
from db.sqlite_files import (
    has_wal,
    highest_sighting,
    holding_all,
    holds_servers,
    is_empty,
    orphaned_wal,
    sightings_of,
)

LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR")


_ADDRESS = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")


def _database(value: Any) -> Any:
    """A PostgreSQL server's address stays the text it is (`str`); anything else is a SQLite file (`Path`)."""
    if isinstance(value, str) and is_server(value):
        return value.strip()
    if isinstance(value, str) and _ADDRESS.match(value.strip()):
        raise PydanticCustomError(
            "database_path",
            "Input should be a SQLite file path such as /srv/backstage/data/backstage.db or a PostgreSQL address "
            "such as postgresql://backstage:password@db.example.com:5432/backstage",
        )
    return Path(value) if isinstance(value, str) else value


def _public_url(value: str | None) -> str | None:
    if value is None or not value.strip():
        return None
    value = value.strip()
    if not value.startswith(("http://", "https://")) or any(c.isspace() for c in value) or len(value) < 10:
        raise PydanticCustomError(
            "public_url", "Input should be the address readers use, starting with http:// or https://"
        )
    return value.rstrip("/")


def _log_level(value: str) -> str:
    if value.upper() not in LOG_LEVELS:
        raise PydanticCustomError("log_level", f"Input should be {', '.join(LOG_LEVELS[:-1])} or {LOG_LEVELS[-1]}")
    return value.upper()


# Discord gives a shard up to 2,500 servers (https://discord.com/developers/docs/events/gateway#sharding), so
# 10,000 shards serve 25 million; a count beyond that is a typo, and would only cost memory.
MAX_SHARDS = 10_000


class ShardBeyond(ValueError):
    """A shard id at or above the shard count."""


def _digits(text: str) -> bool:
    """Written in the digits 0-9 only (`2.0`, `٢` and `²` are not: `int()` would read some of them)."""
    return text.isascii() and text.isdigit()


def _shard_count_text(value: Any) -> Any:
    if isinstance(value, str) and value.strip() and not _digits(value.strip()):
        raise PydanticCustomError("shard_count", "Input should be a whole number written in the digits 0-9, like 2")
    return value


def _shard_count(value: int | None) -> int | None:
    if value is not None and value > MAX_SHARDS:
        raise PydanticCustomError(
            "shard_count",
            f"Input should be at most {MAX_SHARDS:,} (a shard serves up to 2,500 servers; `backstage doctor` shows "
            "the count Discord recommends, or leave it empty to use that count)",
        )
    return value


def parse_shard_ids(text: str, count: int = MAX_SHARDS) -> tuple[int, ...]:
    """`0-3`, `0,1` or `0-3,8`: the shard ids, ascending and each once; ShardBeyond if one is not below `count`,
    ValueError if it is none of those."""
    ids: list[int] = []
    for part in text.replace(" ", "").split(","):
        low, dash, high = part.partition("-")
        if not _digits(low) or (dash and not _digits(high)):
            raise ValueError(part)
        first, last = int(low), int(high) if dash else int(low)
        if last < first:
            raise ValueError(part)
        if last >= count:  # before the range is built: `0-99999999` costs nothing
            raise ShardBeyond(part)
        ids.extend(range(first, last + 1))
    if len(set(ids)) != len(ids):
        raise ValueError(text)
    return tuple(sorted(ids))


class Settings(BaseSettings):
    # an empty value (`BACKSTAGE_SYNC_GUILD=` as .env.example writes it) means "not set", the default
    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore", env_ignore_empty=True)

    discord_token: SecretStr | None = Field(
        default=None, description="The bot token from the Discord developer portal (Bot tab)."
    )
    database_path: Annotated[Path | str, BeforeValidator(_database)] = Field(
        default=Path("backstage.db"),
        alias="BACKSTAGE_DATABASE",
        description="The SQLite file (a path), or a PostgreSQL server's database (postgresql://user:password@host/db).",
    )
    log_level: Annotated[str, AfterValidator(_log_level)] = Field(
        default="INFO", alias="BACKSTAGE_LOG_LEVEL", description="DEBUG, INFO, WARNING or ERROR, in any case."
    )
    sync_guild_id: int | None = Field(
        default=None,
        alias="BACKSTAGE_SYNC_GUILD",
        description="Sync commands to this one server only (instant, for development) instead of globally.",
    )
    feed_linger_ms: int = Field(
        default=250,
        ge=0,
        le=5000,
        alias="BACKSTAGE_FEED_LINGER_MS",
        description="How long the feed waits for more sightings to coalesce into one message.",
    )
    feed_probe_seconds: float = Field(
        default=30,
        gt=0,
        le=60,
        alias="BACKSTAGE_FEED_PROBE_SECONDS",
        description="How often a paused feed or desk channel is looked at again (gateway events also trigger a look).",
    )
    max_text: int = Field(
        default=1000, ge=50, le=4000, alias="BACKSTAGE_MAX_TEXT", description="Longest `what` accepted."
    )
    photo_max_bytes: int = Field(
        default=8 * 1024 * 1024,
        ge=64 * 1024,
        le=10 * 1024 * 1024,
        alias="BACKSTAGE_PHOTO_MAX_BYTES",
        description="Largest photo accepted at /spot and /sighting edit, in bytes (at most 10 MiB: what the bot may "
        "upload to any server's feed).",
    )
    duplicate_window_minutes: int = Field(default=20, ge=1, le=240, alias="BACKSTAGE_DUPLICATE_WINDOW")
    view_timeout_seconds: float = Field(
        default=840,
        gt=0,
        le=840,
        alias="BACKSTAGE_VIEW_TIMEOUT",
        description="Longest time the buttons of a search or a digest preview stay usable (Discord's interaction "
        "tokens last 15 minutes; at the end the buttons are disabled).",
    )
    web_host: str = Field(
        default="127.0.0.1",
        alias="BACKSTAGE_WEB_HOST",
        description="Where `backstage serve` listens (0.0.0.0: every interface; behind a proxy keep 127.0.0.1).",
    )
    web_port: int = Field(
        default=8080, ge=0, le=65535, alias="BACKSTAGE_WEB_PORT", description="Its port (0: any free port)."
    )
    public_url: Annotated[str | None, AfterValidator(_public_url)] = Field(
        default=None,
        alias="BACKSTAGE_PUBLIC_URL",
        description="The address readers use (e.g. https://live.example.com); links, feeds and /show print it.",
    )
    shard_count: Annotated[int | None, BeforeValidator(_shard_count_text), AfterValidator(_shard_count)] = Field(
        default=None,
        ge=1,
        alias="BACKSTAGE_SHARD_COUNT",
        description="The total number of shards across every process (empty: the number Discord recommends, all "
        "served by this process).",
    )
    shard_ids: str | None = Field(
        default=None,
        alias="BACKSTAGE_SHARD_IDS",
        description="The shards this process serves, e.g. 0-3 or 0,1 (empty: all of them); needs "
        "BACKSTAGE_SHARD_COUNT.",
    )
    api_base: str | None = Field(
        default=None,
        alias="BACKSTAGE_DISCORD_API",
        description="Testing only: talk to a fake Discord at this REST base (e.g. http://127.0.0.1:8080/api/v10).",
    )
    gateway_url: str | None = Field(
        default=None, alias="BACKSTAGE_DISCORD_GATEWAY", description="Testing only: the fake's gateway URL."
    )

    @field_validator("shard_ids")
    @classmethod
    def _shard_ids(cls, value: str | None, info: ValidationInfo) -> str | None:
        if value is None or not value.strip():
            return None
        if "shard_count" not in info.data:
            return value  # BACKSTAGE_SHARD_COUNT is invalid itself and told as such
        count = info.data["shard_count"]
        if count is None:
            raise PydanticCustomError(
                "shard_ids", "Input needs BACKSTAGE_SHARD_COUNT too (the number of shards across every process)"
            )
        try:
            ids = parse_shard_ids(value, count)
        except ShardBeyond:
            highest = "0" if count == 1 else f"0 to {count - 1}"
            raise PydanticCustomError(
                "shard_ids", f"Input should name shards below BACKSTAGE_SHARD_COUNT={count}, that is {highest}"
            ) from None
        except ValueError:
            # `0/1`: systemd's %I turns a `-` in an instance name into `/` (deploy/backstage@.service)
            systemd = " (in a systemd instance name, write the range with systemd-escape)" if "/" in value else ""
            raise PydanticCustomError(
                "shard_ids",
                f"Input should be shard ids as a range like 0-3 or a list like 0,1, each id once{systemd}",
            ) from None
        return ",".join(map(str, ids))

    def shards(self) -> tuple[int | None, tuple[int, ...] | None]:
        """(shard count, shard ids) for discord.py's AutoShardedClient: (None, None) asks Discord for the count
        and serves every shard; ids are None when this process serves all `count` shards."""
        ids = parse_shard_ids(self.shard_ids) if self.shard_ids else None
        return self.shard_count, ids

    def token(self) -> str | None:
        return self.discord_token.get_secret_value() if self.discord_token else None


def instance_environment(settings: Settings, instance: str) -> dict[str, str] | str:
    """`--instance ID` (the template unit's instance, README "Several processes"): the settings it sets over every
    other source, or the sentence refusing it. The instance is the shards this process serves
    (BACKSTAGE_SHARD_IDS=ID) and, with SQLite, names its file: `shards-ID.db` in BACKSTAGE_DATABASE's folder. A
    PostgreSQL database is shared by every instance and stays as it is. An empty BACKSTAGE_SHARD_IDS elsewhere
    (an env file's `BACKSTAGE_SHARD_IDS=`) cannot override it; another non-empty value is refused."""
    if settings.shard_ids and settings.shard_ids.strip() != instance.strip():
        return (
            f"BACKSTAGE_SHARD_IDS={settings.shard_ids} in the settings disagrees with --instance {instance}: the "
            f"instance is the shards this process serves, so remove BACKSTAGE_SHARD_IDS from the settings file "
            f"(README: Several processes)."
        )
    if not _in_order(instance):  # one spelling per instance: `01` and `1`, `1,0` and `0,1` would be two files
        same = _spelt(instance)
        dashed = instance.replace("/", "-")
        return (
            f"--instance {instance!r} is not a list of shard ids as the unit writes them: digits without leading "
            f"zeros, ascending, each shard once, a range `a-b` with a below b, lists with ',', no spaces (`0`, `0-3`, "
            f"`0,2`; README: Several processes)."
            + (f" `{same}` names the same shards." if same else "")
            + (
                # systemd's %I turns a `-` in an instance name into `/` (deploy/backstage@.service)
                f" In a systemd instance name a range's `-` reads as `/`: write the name with systemd-escape, "
                f'`systemctl enable --now "$(systemd-escape --template backstage@.service {dashed})"`.'
                if "/" in instance
                else ""
            )
        )
    updates = {"BACKSTAGE_SHARD_IDS": instance}
    if not isinstance(settings.database_path, str):  # a SQLite file: the instance's own, beside it
        updates["BACKSTAGE_DATABASE"] = str(settings.database_path.parent / f"shards-{instance}.db")
    return updates


def files_left_behind(settings: Settings, instance: str | None = None) -> str | None:
    """With SQLite, the sentence refusing this process's file because other files in its folder hold servers it
    would serve, or None. `settings`: as read, before `--instance INSTANCE` sets its own (`instance_environment`)."""
    if isinstance(settings.database_path, str):
        return None
    if instance is not None:
        return _instance_left_behind(settings.database_path, instance, settings.shard_count)
    return _one_left_behind(settings)


def _instance_left_behind(single: Path, instance: str, count: int | None) -> str | None:
    """An instance's file `shards-ID.db` beside another instance's file holding servers of its shard ids: a new
    (empty) file would leave their data behind, and one that holds data is a stale copy of it or will be (`cp`
    rather than `mv`: the next /spot takes a number the feed already has); beside the file of one process
    serving every shard that holds servers, a new file would leave them behind too."""
    path = single.parent / f"shards-{instance}.db"
    orphaned = orphaned_wal(path, count) if _in_order(instance) else None  # shards shared by the split rule too
    if orphaned is not None:
        return orphaned
    earlier = [name for name in _files_of_shards(path.parent, instance) if name != path.name]
    if not is_empty(path):
        holding = [name for name in earlier if holds_servers(path.parent / name, GUILD_TABLES)]
        if not holding:
            return None
        return _stale_copy(path, instance, holding)
    state = "does not exist yet" if not path.exists() else "is empty"
    if earlier:
        held = [name for name in earlier if holds_servers(path.parent / name, GUILD_TABLES)]
        what = "; ".join(_covering(path.parent / name, instance, name in held) for name in earlier)
        return (
            f"{path.name} {state}, and in {path.parent} {what} (of this or an earlier split): "
            + ("a new file would leave their data behind and " if held else "")
            + f"two processes could answer one server. If this split keeps that file's "
            f"{'servers' if held else 'shards'}, stop its instance and rename the file to {path.name} "
            f"(README: Growing the split); if that instance still runs with these shards, this one must not "
            f"start."
        )
    if single != path and holds_servers(single, GUILD_TABLES):
        return (
            f"{path.name} {state}, and {single} (the file of one process serving every shard) already holds "
            f"servers, of every shard: a new file would leave their data behind. A file's servers cannot be "
            f"split between instances: keep serving them from one process on that file (without --instance "
            f"nor BACKSTAGE_SHARD_COUNT), or start the instances on new files in a folder of their own "
            f"(README: From one process to several)."
        )
    return None


def _stale_copy(path: Path, instance: str, holding: list[str]) -> str:
    """The sentence refusing `path`, which holds data, beside `holding`, files holding servers of its shards: one is
    a stale copy of the other. It names the file holding every sighting of the others, WAL included (a copy made
    after a kill lacks the WAL's), and says the one way that keeps them all; never to keep a file that lacks some."""
    files = [path, *(path.parent / name for name in holding)]
    found = {f: sightings_of(f) for f in files}  # each read once, its WAL included
    keep = holding_all(found)
    numbers = ", ".join(
        f"{f.name}{' with its -wal' if has_wal(f) else ''} {f'#{n}' if (n := highest_sighting(found[f])) else 'none'}"
        for f in files
    )
    said = (
        f"{path.name} in {path.parent} holds data, but {', '.join(holding)} beside it also "
        f"hold{'s' if len(holding) == 1 else ''} servers of shard ids {instance} (of this or an earlier split), so "
        f"one is a stale copy (`cp` rather than `mv`) and starting on one would go on without the other's writes (a "
        f"sighting posted again under a number the feed already has); the highest sighting numbers: {numbers}"
    )
    if keep is None:
        return (
            f"{said}, and each file holds sightings the other{'s' if len(files) > 2 else ''} lack"
            f"{'' if len(files) > 2 else 's'} (one number posted in both), which Backstage cannot merge: keep the file "
            f"whose servers' nights matter most and move the others (with any -wal and -shm) out of the folder, as a "
            f"backup (README: Growing the split)."
        )
    others = "the other holds" if len(files) == 2 else "the others hold"
    away = [f.name for f in files if f != keep]
    moving = f"stop the instances, move {', '.join(away)} (with any -wal and -shm) out of the folder"
    if keep == path:
        return (
            f"{said}; {path.name} holds every sighting {others}: {moving}, then run this again (README: Growing the "
            f"split)."
        )
    wal = (
        f" with its WAL (`mv {keep.name}-wal {path.name}-wal`, and its -shm likewise if there)" if has_wal(keep) else ""
    )
    return (
        f"{said}; {keep.name} holds every sighting {others}: {moving}, then `mv {keep.name} {path.name}`{wal} and run "
        f"this again (README: Growing the split)."
    )


def _one_left_behind(settings: Settings) -> str | None:
    """Without --instance: a new (empty) BACKSTAGE_DATABASE whose servers the instances' files beside it
    (`shards-ID.db`) hold, as going back from several processes to one would."""
    path = settings.database_path
    if isinstance(path, str) or not is_empty(path):
        return None
    count, _ = settings.shards()
    mine = settings.shard_ids or (f"0-{count - 1}" if count else None)
    holding = [
        name
        for name in (_files_of_shards(path.parent, mine) if mine else _instance_files(path.parent))
        if holds_servers(path.parent / name, GUILD_TABLES)
    ]
    if not holding:
        return None
    state = "does not exist yet" if not path.exists() else "is empty"
    return (
        f"The database {path} {state}, and {', '.join(holding)} in {path.parent} already "
        f"hold{'s' if len(holding) == 1 else ''} servers this process would serve (instances' files, of this or an "
        f"earlier split): a new file would leave "
        f"their data behind. Instances' files cannot be merged into one: keep running the instances "
        f"(`backstage run --instance ID` for each), or give this process a new file in a folder of its own "
        f"(README: From one process to several)."
    )


def create_first(instance: str | None) -> str:
    """What makes a database that is not there yet: the one clause `backstage serve` and `backstage doctor` give
    for a missing file, naming the instance (`--instance ID`) when the command was given one."""
    if instance is None:
        return "run `backstage migrate` first, or start the bot (`backstage run`), which creates it"
    return (
        f"run `backstage migrate --instance {instance}` first, or start the bot with `backstage run --instance "
        f"{instance}`, which creates it"
    )


_INSTANCE = re.compile(r"(?:0|[1-9]\d*)(?:-(?:0|[1-9]\d*))?(?:,(?:0|[1-9]\d*)(?:-(?:0|[1-9]\d*))?)*")


def _in_order(instance: str) -> bool:
    """`instance` written as the unit writes shard ids: `_INSTANCE`'s digits, each part above the one before it
    and a range's ends ascending (`0-0`, `1,0`, `2-1`, `0-2,1` are not)."""
    if not _INSTANCE.fullmatch(instance):
        return False
    below = -1
    for part in instance.split(","):
        low, dash, high = part.partition("-")
        first, last = int(low), int(high) if dash else int(low)
        if first <= below or (dash and last <= first):
            return False
        below = last
    return True


def _spelt(instance: str) -> str | None:
    """The shards `instance` names, written as the unit writes them (runs of three or more as ranges), when it
    names any."""
    ids: set[int] = set()
    for part in instance.replace(" ", "").split(","):
        low, dash, high = part.partition("-")
        if not low.isdigit() or (dash and not high.isdigit()):
            return None
        ends = sorted((int(low), int(high) if dash else int(low)))
        if ends[1] >= MAX_SHARDS:
            return None
        ids.update(range(ends[0], ends[1] + 1))
    runs: list[list[int]] = []
    for shard in sorted(ids):
        if runs and shard == runs[-1][-1] + 1:
            runs[-1].append(shard)
        else:
            runs.append([shard])
    return ",".join(f"{r[0]}-{r[-1]}" if len(r) > 2 else ",".join(map(str, r)) for r in runs)


def _covering(file: Path, instance: str, holds: bool) -> str:
    """What an instance's file (`shards-ID.db`) has of `instance`'s shards: `shards-0.db is the file of shard 0`."""
    shared = sorted(set(parse_shard_ids(file.name[len("shards-") : -len(".db")])) & set(parse_shard_ids(instance)))
    shards = f"shard{'s' if len(shared) > 1 else ''} {','.join(map(str, shared))}"
    return (
        f"{file.name} already holds servers of {shards}"
        if holds
        else f"{file.name} is the file of {shards}, with no servers yet"
    )


def _files_of_shards(folder: Path, instance: str) -> list[str]:
    """The other instances' SQLite files in `folder` (`shards-ID.db`) whose shard ids meet `instance`'s."""
    try:
        mine = set(parse_shard_ids(instance))
    except ValueError:
        return []  # (refused later with the setting's own sentence)
    found = []
    for name in _instance_files(folder):
        try:
            theirs = set(parse_shard_ids(name[len("shards-") : -len(".db")]))
        except ValueError:
            continue
        if mine & theirs:
            found.append(name)
    return found


def _instance_files(folder: Path) -> list[str]:
    """The names of the instances' SQLite files in `folder` (`shards-ID.db`)."""
    return [other.name for other in sorted(folder.glob("shards-*.db"))]
