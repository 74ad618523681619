"""Domain models: plain pydantic objects shared by db/ (which returns them), the services and the digest.

Nothing here knows about Discord or SQL. Times are timezone-aware UTC datetimes. `SightingRow` is the one
exception to pydantic: a whole night read at once (tens of thousands of sightings, for the digest and its
exports) is read as plain rows, since validating every one would cost seconds and hundreds of megabytes.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Literal, NamedTuple, Protocol, TypeAlias

from pydantic import BaseModel, ConfigDict, Field

# The photo types Backstage keeps (bot.photos judges a file by its header) and the extension each is named with;
# one table for the feed's, the web's and the digest's file names.
IMAGE_EXTENSIONS = {"image/jpeg": "jpg", "image/png": "png", "image/gif": "gif", "image/webp": "webp"}


def image_extension(content_type: str) -> str:
    """The file extension of a kept photo's type ("bin" for a type Backstage never keeps)."""
    return IMAGE_EXTENSIONS.get(content_type, "bin")


class Model(BaseModel):
    model_config = ConfigDict(frozen=True)


class GuildConfig(Model):
    guild_id: int
    reporter_role_id: int | None = None
    editor_role_id: int | None = None
    feed_channel_id: int | None = None
    timezone: str = "UTC"
    web: bool = False  # `backstage serve` publishes this server's shows (/setup web:true)
    key_moments: bool = True  # the feed's pinned "Key moments so far" message (/setup key_moments)
    key_votes: int = 5  # distinct voters at which a live sighting is suggested to the desk as a key moment
    key_corroborations: int = 2  # corroborating reports at which it is suggested


class Show(Model):
    id: int
    guild_id: int
    name: str
    venue: str | None = None
    feed_channel_id: int
    desk_channel_id: int | None = None
    approval: bool = False
    opened_by: int
    opened_at: datetime
    closed_at: datetime | None = None
    web_token: str | None = None  # the show's unguessable address on the web: /s/<web_token>

    @property
    def is_open(self) -> bool:
        return self.closed_at is None


class RosterEntry(Model):
    id: int
    guild_id: int
    name: str
    aliases: tuple[str, ...] = ()


class SightingStatus(StrEnum):
    LIVE = "live"  # in the feed (or waiting in the outbox / for its embargo)
    PENDING = "pending"  # held for an editor's approval
    REJECTED = "rejected"  # an editor said no
    RETRACTED = "retracted"  # pulled after publication


class Reporter(Model):
    id: int
    name: str


class Report(Protocol):
    """What the corroboration rule reads of a report: a `Sighting`, or the web's row of one."""

    @property
    def status(self) -> SightingStatus: ...
    @property
    def publish_at(self) -> datetime | None: ...
    @property
    def credited(self) -> bool: ...


def in_feed(report: Report, now: datetime) -> bool:
    """Live (not pending, rejected or retracted) and out of embargo: the feed shows it now."""
    return report.status is SightingStatus.LIVE and (report.publish_at is None or report.publish_at <= now)


def credited(report: Report, original: Report | None, now: datetime, *, waiting: bool) -> bool:
    """The corroboration rule, one for the Discord feed and the web: is this corroboration an "also reported by"
    credit on its original's item rather than an item of its own? The publisher decides when the report's post
    is due and records a credit (`report.credited`; a credit of an original retracted later is cleared and the
    report posted on its own). While the report's post is still `waiting` for that decision (not yet claimed for
    an item of its own), it will be credited when its original is in the feed by then."""
    if report.credited:
        return True
    return waiting and original is not None and in_feed(original, now)


def credit_shown(report: Report, original: Report | None, now: datetime, *, waiting: bool) -> bool:
    """Is the credit of this corroboration shown on its original's item now? Only while the report itself is in
    the feed: a pending, retracted or embargoed report is never credited, and a retraction drops its credit."""
    return in_feed(report, now) and credited(report, original, now, waiting=waiting)


class Sighting(Model):
    """One correspondent's report of one moment."""

    id: int
    guild_id: int
    show_id: int
    reporter: Reporter
    what: str
    people: tuple[str, ...] = ()  # canonical roster names, tagged
    other_names: tuple[str, ...] = ()  # names given in `who` that are not on the roster
    where: str | None = None
    quote: str | None = None
    quote_by: str | None = None  # who said the quote: a roster name when known, else as typed
    headline: str | None = None
    photo_url: str | None = None
    status: SightingStatus = SightingStatus.LIVE
    created_at: datetime
    publish_at: datetime | None = None  # embargo end; None = publish at once
    edited_at: datetime | None = None
    retracted_reason: str | None = None
    corroborates: int | None = None  # id of the original this one corroborates
    credited: bool = False  # a corroboration shown as "also reported by" on its original's feed item
    feed_message_deleted: bool = False  # a moderator deleted the feed message that showed it
    votes: int = 0
    key: bool = False  # an editor marked it as a key moment (/sighting key)
    source: Reporter | None = None  # posted from someone else's message ("Post as sighting"): its author
    source_url: str | None = None  # ... and that message's jump link (also when it is the correspondent's own)
    source_rest: str | None = None  # the message's text beyond what `what` could hold, kept for the editors
    where_remembered: bool = False  # `where` is the correspondent's last location (no `where` given): not where it was

    @property
    def names(self) -> tuple[str, ...]:
        return self.people + self.other_names

    def is_candidate(self, now: datetime) -> bool:
        """Live, not retracted, not pending, embargo passed: may enter a digest."""
        return in_feed(self, now)

    def takes_credits(self, now: datetime) -> bool:
        """Whether a report linked to this one as its corroboration is credited on this one's feed item ("also
        reported by") rather than posted as an item of its own: only while this one is in the feed."""
        return in_feed(self, now)


def is_candidate(status: SightingStatus, publish_at: datetime | None, now: datetime) -> bool:
    """The rule behind `Sighting.is_candidate` and `SightingRow.is_candidate`."""
    return status is SightingStatus.LIVE and (publish_at is None or publish_at <= now)


class SightingRow(NamedTuple):
    """A sighting as a whole night is read: the fields of `Sighting`, in its order, read-only, built from what
    the database holds (checked when it was written) without validating it again. A night of 100,000 reads in
    a fraction of the time and memory the models would take. The digest and its exports take either
    (`AnySighting`)."""

    id: int
    guild_id: int
    show_id: int
    reporter: Reporter
    what: str
    people: tuple[str, ...]
    other_names: tuple[str, ...]
    where: str | None
    quote: str | None
    quote_by: str | None
    headline: str | None
    photo_url: str | None
    status: SightingStatus
    created_at: datetime
    publish_at: datetime | None
    edited_at: datetime | None
    retracted_reason: str | None
    corroborates: int | None
    credited: bool
    feed_message_deleted: bool
    votes: int
    key: bool = False
    source: Reporter | None = None
    source_url: str | None = None
    source_rest: str | None = None
    where_remembered: bool = False

    @property
    def names(self) -> tuple[str, ...]:
        return self.people + self.other_names

    def is_candidate(self, now: datetime) -> bool:
        return is_candidate(self.status, self.publish_at, now)


AnySighting: TypeAlias = Sighting | SightingRow


class Revision(Model):
    sighting_id: int
    editor: Reporter
    edited_at: datetime
    what: str
    people: tuple[str, ...] = ()
    other_names: tuple[str, ...] = ()
    where: str | None = None
    quote: str | None = None
    quote_by: str | None = None
    headline: str | None = None
    # what this correction did to the photo; None when nothing (or, before it was recorded, not known)
    photo: Literal["added", "replaced", "removed"] | None = None


class Curation(Model):
    """An editor's pin (forced in, optional headline) or drop (forced out)."""

    sighting_id: int
    pinned: bool
    headline: str | None = None


class ChannelPause(Model):
    """A feed or desk channel that Discord refuses: everything for it is held until it works again."""

    channel_id: int
    since: datetime
    reason: str


class ShowStats(Model):
    sightings: int
    live: int
    pending: int
    held: int
    retracted: int
    reporters: int
    key_moments: int = 0  # marked by an editor, live (under embargo too)
    key_held: int = 0  # ... of which under embargo: listed once it ends
    top_people: list[tuple[str, int]] = Field(default_factory=list)
    top_reporters: list[tuple[str, int]] = Field(default_factory=list)
    feed_backlog: int = 0
    feed_failed: int = 0  # feed messages whose body Discord refused again and again, set aside
    feed_pauses: list[ChannelPause] = Field(default_factory=list)
