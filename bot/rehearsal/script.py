"""The run-of-show file: YAML (JSON is valid YAML). A bad script is refused whole, naming entry and field.

    show: {name: "…", venue: "…", timezone: "America/New_York", approval: false}
    roster:
      - {name: "Lady Gaga", aliases: ["Gaga", "Jo Calderone"]}
    timeline:                       # in order; 'at' is HH:MM in the show's timezone
      - {at: "20:05", by: "amy", spot: {what: "…", who: "…", where: "…", quote: "…", quote_by: "…", headline: "…"}}
      - {at: "20:06", by: "amy", spot: {what: "…", photo: "photos/cape.jpg"}}   # relative to the script
      - {at: "20:09", by: "ben", edit: {id: 1, what: "…"}}
      - {at: "20:12", by: "ben", retract: {id: 2, reason: "…"}}
      - {at: "20:15", react: {id: 1, emoji: "🔥", count: 12}}
      - {at: "20:16", approve: {id: 5}}                     # approval shows: an editor ('by' optional) decides
      - {at: "20:17", by: "desk", reject: {id: 6, reason: "…"}}
      - {at: "22:40", pin: {id: 3, headline: "…"}}
      - {at: "22:41", drop: {id: 4}}
      - {at: "22:42", key: {id: 1}}                         # a key moment, as /sighting key marks it
    digest: {count: 5}

Sighting ids are 1, 2, 3 … in the order of the `spot` entries. Times past midnight roll over to the next day.
An `edit` or `retract` by anyone but the sighting's correspondent plays as an editor's, as `/sighting edit` lets an
editor put right anyone's post: it is applied, and the sighting stays credited to its correspondent.
`spot.quote_by` is who said the quote (a roster name or alias). `spot.photo` is an image file, its path relative
to the script's folder: it must exist, be a JPEG, PNG, GIF or WebP by its first bytes, and be within the size
limit `/spot` applies; it reaches the sighting the way a photo attached to `/spot` does.

On a show with `approval: true` every spot is by a correspondent, so it waits at the desk (pending, not in the
feed nor the digest) until an `approve` entry publishes it or a `reject` entry (its reason goes to the
correspondent) turns it down. `approve` and `reject` play as an editor, the desk unless `by` names one, and only
target a sighting that is pending then: a script that approves a sighting of a show without approval, or one
already approved, rejected or retracted, is refused whole like any other bad entry.

`key` marks a key moment as `/sighting key` does (an editor: the desk unless `by` names one). A script with a `key`
entry plays its show with the feed's pinned "Key moments so far" message, as `/show start` makes it; one without
plays without it.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, ValidationInfo, field_validator, model_validator

from bot.drafts import CANNOT_EMPTY, NEEDS_TEXT, NOTHING_TO_CHANGE, SPEAKER_NEEDS_QUOTE, check_field, check_hold
from bot.errors import InvalidInput
from bot.photos import HEAD_BYTES, NotAnImage, image_type
from bot.settings import Settings


class ScriptError(Exception):
    """The script cannot be played; the message names the entry and the field."""


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ShowSpec(Strict):
    name: str = Field(min_length=1, max_length=100)
    venue: str | None = Field(default=None, max_length=100)
    timezone: str = "UTC"
    approval: bool = False
    date: dt.date = dt.date(2031, 8, 31)

    @field_validator("timezone")
    @classmethod
    def known_zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"unknown timezone {value!r} (use an IANA name such as America/New_York)") from None
        return value


class RosterSpec(Strict):
    name: str = Field(min_length=1, max_length=100)
    aliases: list[str] = Field(default_factory=list)


def _field_rule(name: str, value: Any, *, empty: str | None = None) -> Any:
    """One field of a spot or edit, checked by the rule `/spot` and `/sighting edit` apply, with the same
    sentence (and the default `what` limit), so a bad entry is refused, naming its field, before anything plays."""
    try:
        if name == "hold_minutes":
            return check_hold(value)
        checked = check_field(name, value)  # type: ignore[arg-type]
    except InvalidInput as exc:
        raise ValueError(exc.message) from None
    if value is not None and checked is None and empty is not None:
        raise ValueError(empty)
    return value


class Spot(Strict):
    what: str
    who: str | None = None
    where: str | None = None
    quote: str | None = None
    quote_by: str | None = None
    headline: str | None = None
    hold_minutes: int | None = None
    photo: Path | None = None  # resolved against the script's folder when the script is read

    @field_validator("photo", mode="before")
    @classmethod
    def readable_image(cls, value: Any, info: ValidationInfo) -> Path | None:
        if value is None:
            return None
        if not isinstance(value, str):
            raise ValueError(f"{value!r} is not a file name: {PHOTO_FORM}")
        if not value.strip():
            raise ValueError(f"it is empty: {PHOTO_FORM}, or leave `photo` out")
        if "://" in value:
            raise ValueError(f"{value} is a web address: save the photo beside the script and give {PHOTO_FORM[5:]}")
        base = (info.context or {}).get("base", Path.cwd())
        return check_photo(Path(base) / value, value)

    @field_validator("what", "who", "where", "quote", "quote_by", "headline", "hold_minutes")
    @classmethod
    def same_rules_as_spot(cls, value: Any, info: ValidationInfo) -> Any:
        return _field_rule(info.field_name or "", value, empty=NEEDS_TEXT if info.field_name == "what" else None)

    @model_validator(mode="after")
    def speaker_needs_quote(self) -> Spot:
        if self.quote_by and not self.quote:
            raise ValueError(SPEAKER_NEEDS_QUOTE)
        return self


class Edit(Strict):
    id: int = Field(ge=1)
    what: str | None = None
    who: str | None = None
    where: str | None = None
    quote: str | None = None
    quote_by: str | None = None
    headline: str | None = None

    @field_validator("what", "who", "where", "quote", "quote_by", "headline")
    @classmethod
    def same_rules_as_edit(cls, value: Any, info: ValidationInfo) -> Any:
        return _field_rule(info.field_name or "", value, empty=CANNOT_EMPTY if info.field_name == "what" else None)

    @model_validator(mode="after")
    def changes_something(self) -> Edit:
        if all(getattr(self, f) is None for f in ("what", "who", "where", "quote", "quote_by", "headline")):
            raise ValueError(NOTHING_TO_CHANGE)
        return self


class Retract(Strict):
    id: int = Field(ge=1)
    reason: str | None = None


class React(Strict):
    id: int = Field(ge=1)
    emoji: str = "🔥"
    count: int = Field(default=1, ge=1, le=100_000)


class Pin(Strict):
    id: int = Field(ge=1)
    headline: str | None = Field(default=None, max_length=256)


class Drop(Strict):
    id: int = Field(ge=1)


class Key(Strict):
    id: int = Field(ge=1)


class Approve(Strict):
    id: int = Field(ge=1)


class Reject(Strict):
    id: int = Field(ge=1)
    reason: str | None = None


ACTIONS = ("spot", "edit", "retract", "react", "pin", "drop", "key", "approve", "reject")
_HHMM = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")


class Entry(Strict):
    at: str
    by: str | None = Field(default=None, min_length=1, max_length=32)
    spot: Spot | None = None
    edit: Edit | None = None
    retract: Retract | None = None
    react: React | None = None
    pin: Pin | None = None
    drop: Drop | None = None
    key: Key | None = None
    approve: Approve | None = None
    reject: Reject | None = None

    @field_validator("at", mode="before")
    @classmethod
    def unquoted_time(cls, value: object) -> object:
        """YAML 1.1 reads an unquoted 20:05 as the number 1205 (base 60): take it back as "20:05"."""
        if isinstance(value, int) and not isinstance(value, bool) and 0 <= value < 24 * 60:
            return f"{value // 60:02d}:{value % 60:02d}"
        return value

    @field_validator("at")
    @classmethod
    def hhmm(cls, value: str) -> str:
        if not _HHMM.match(value):
            raise ValueError("must be HH:MM, e.g. 20:05")
        return value

    @model_validator(mode="after")
    def one_action(self) -> Entry:
        given = [a for a in ACTIONS if getattr(self, a) is not None]
        if len(given) != 1:
            raise ValueError(f"needs exactly one action of {', '.join(ACTIONS)} (found {len(given)})")
        if given[0] in ("spot", "edit", "retract") and not self.by:
            raise ValueError(f"'{given[0]}' needs 'by': the correspondent's handle")
        return self

    @property
    def action(self) -> str:
        return next(a for a in ACTIONS if getattr(self, a) is not None)

    @property
    def minutes(self) -> int:
        h, m = self.at.split(":")
        return int(h) * 60 + int(m)


class DigestSpec(Strict):
    count: int = Field(default=5, ge=1, le=10)


class Script(Strict):
    show: ShowSpec
    roster: list[RosterSpec] = Field(default_factory=list)
    timeline: list[Entry] = Field(min_length=1)
    digest: DigestSpec = Field(default_factory=DigestSpec)

    @property
    def marks_keys(self) -> bool:
        """Whether an entry marks a key moment (then the show has its "Key moments so far" message)."""
        return any(entry.key is not None for entry in self.timeline)

    @model_validator(mode="after")
    def ids_exist(self) -> Script:
        spots = 0
        settled: dict[int, str] = {}  # sighting id -> how it stopped being pending ("approved at timeline[4] …")
        for index, entry in enumerate(self.timeline):
            where = f"timeline[{index}] ({entry.at})"
            if entry.spot is not None:
                spots += 1
                continue
            target = getattr(entry, entry.action).id
            if target > spots:
                raise ValueError(
                    f"{where}: {entry.action}.id {target} does not exist yet "
                    f"(only {spots} sighting{'s' if spots != 1 else ''} by then)"
                )
            if entry.action in ("approve", "reject"):
                if not self.show.approval:
                    raise ValueError(
                        f"{where}: {entry.action}.id {target} is not pending: the show does not need approval "
                        "(set show.approval: true)"
                    )
                if target in settled:
                    raise ValueError(f"{where}: {entry.action}.id {target} is not pending: {settled[target]}")
            verb = {"approve": "approved", "reject": "rejected", "retract": "retracted"}.get(entry.action)
            if verb is not None:
                settled.setdefault(target, f"it was {verb} at {where}")
        return self


def _location(loc: tuple[Any, ...], data: Any) -> str:
    """'timeline[3] (20:15) › spot › what' from a pydantic error location."""
    parts: list[str] = []
    node = data
    for i, key in enumerate(loc):
        if isinstance(key, int):
            parts[-1] = f"{parts[-1]}[{key}]"
            if isinstance(node, list) and key < len(node) and isinstance(node[key], dict) and "at" in node[key]:
                parts[-1] += f" (at {node[key]['at']})"
        else:
            parts.append(str(key))
        node = node[key] if isinstance(node, dict | list) and _has(node, key) else None
        if i == 0 and not isinstance(data, dict):
            break
    return " › ".join(parts) or "the script"


def _has(node: Any, key: Any) -> bool:
    if isinstance(node, dict):
        return key in node
    return isinstance(key, int) and 0 <= key < len(node)


PHOTO_FORM = 'give the path of an image file relative to the script, in quotes (photo: "photos/cape.jpg")'
PHOTO_MAX_BYTES: int = Settings.model_fields["photo_max_bytes"].default  # BACKSTAGE_PHOTO_MAX_BYTES is checked at play


def check_photo(path: Path, given: str) -> Path:
    """A spot's photo file: one that exists, is an image by its first bytes and is within the size limit.
    Raises ValueError with the sentence to show (the entry is named by the caller)."""
    try:
        size = path.stat().st_size
        with path.open("rb") as f:
            head = f.read(HEAD_BYTES)
    except FileNotFoundError:
        raise ValueError(f"no file {given} beside the script ({path})") from None
    except IsADirectoryError:
        raise ValueError(f"{given} is a folder, not an image file") from None
    except OSError as exc:  # no permission
        raise ValueError(f"cannot read {given} ({exc.strerror or exc})") from None
    try:
        image_type(head, given)
    except NotAnImage as exc:
        raise ValueError(str(exc)) from None
    if size > PHOTO_MAX_BYTES:
        raise ValueError(f"{given} is {size:,} bytes, more than the {PHOTO_MAX_BYTES:,} a photo may have")
    return path


def parse(text: str, source: str = "script", base: Path | None = None) -> Script:
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise ScriptError(f"{source}: not valid YAML: {exc}") from None
    if not isinstance(data, dict):
        raise ScriptError(f"{source}: expected a mapping with show, roster, timeline and digest")
    try:
        return Script.model_validate(data, context={"base": base or Path.cwd()})
    except ValidationError as exc:
        lines = []
        for err in exc.errors()[:10]:
            where = _location(tuple(err["loc"]), data)
            message = _READABLE.get((tuple(err["loc"]), err["type"])) or err["msg"].removeprefix("Value error, ")
            lines.append(f"  {where}: {message}")
        more = f"\n  …and {exc.error_count() - 10} more" if exc.error_count() > 10 else ""
        raise ScriptError(f"{source}: the script has errors; nothing was played.\n" + "\n".join(lines) + more) from None


# what a validation error says in a sentence of its own, by where it is and its type (the rest say it well enough)
_READABLE: dict[tuple[tuple[int | str, ...], str], str] = {
    (("timeline",), "too_short"): "the night has no entries, so there is nothing to play. Add at least one "
    '(a sighting: - {at: "20:05", by: "amy", spot: {what: "…"}})',
}


def load(path: str | Path) -> Script:
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except OSError as exc:
        raise ScriptError(f"cannot read {p}: {exc.strerror}") from None
    return parse(text, str(p), p.resolve().parent)
