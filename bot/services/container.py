from __future__ import annotations

from functools import partial

from bot.drafts import SightingDraft
from bot.feed.health import ChannelHealth
from bot.feed.signal import Signal
from bot.services.config import ConfigService
from bot.services.digest import DigestService
from bot.services.editions import EditionService
from bot.services.keys import KeyService
from bot.services.newsroom import NewsroomService
from bot.services.post_as import PostAsService
from bot.services.roster import RosterService
from bot.services.shows import ShowService
from bot.services.sightings import SightingService
from bot.settings import Settings
from bot.unanswered import UnansweredCommands
from bot.worker import Worker
from db.coordination import Coordination
from db.database import Database
from db.repositories import (
    ConfigRepository,
    OutboxRepository,
    RosterRepository,
    ShowRepository,
    SightingRepository,
)
from db.repositories.curation import CurationRepository
from db.repositories.editions import EditionRepository
from db.repositories.feed_channels import FeedChannelRepository
from db.repositories.keys import KeyRepository
from db.repositories.newsroom import NewsroomRepository
from db.repositories.photos import PhotoRepository
from db.repositories.unanswered import UnansweredRepository


class Services:
    """Everything the cogs and the rehearsal use, built over one Database. Made in main(), passed in."""

    def __init__(self, db: Database, settings: Settings) -> None:
        self.db = db
        self.settings = settings
        self.feed_wakeup = Signal()
        self.coordination = Coordination(db.location)  # leases and wake-ups shared with other processes
        self.feed_health = ChannelHealth(FeedChannelRepository(db), on_resume=self.feed_wakeup.set)
        self.outbox = OutboxRepository(db)
        self.sighting_repo = SightingRepository(db)
        self.show_repo = ShowRepository(db)
        self.key_repo = KeyRepository(db)
        self.config = ConfigService(ConfigRepository(db))
        self.worker = Worker()  # the digest, its exports and roster imports, in processes of their own (bot.worker)
        self.roster = RosterService(RosterRepository(db), worker=self.worker, database=db.location)
        self.shows = ShowService(
            self.show_repo,
            self.sighting_repo,
            self.outbox,
            self.feed_health,
            self.key_repo,
            on_enqueued=self.feed_wakeup.set,
        )
        self.sightings = SightingService(
            self.sighting_repo,
            self.shows,
            self.show_repo,
            self.roster,
            self.feed_health,
            self.key_repo,
            duplicate_window_minutes=settings.duplicate_window_minutes,
            on_enqueued=self.feed_wakeup.set,
        )
        self.photos = PhotoRepository(db)
        self.post_as = PostAsService(
            self.sightings, self.sighting_repo, self.shows, self.show_repo, self.roster, max_text=settings.max_text
        )
        self.newsroom = NewsroomService(
            self.sighting_repo,
            NewsroomRepository(db),
            self.shows,
            self.roster,
            self.photos,
            on_enqueued=self.feed_wakeup.set,
        )
        self.keys = KeyService(self.key_repo, self.newsroom, on_enqueued=self.feed_wakeup.set)
        self.curation = CurationRepository(db)
        # a sighting's fields as typed, checked by the one rule set with this deployment's `what` limit
        self.draft = partial(SightingDraft.build, max_text=settings.max_text)
        self.digest = DigestService(
            self.sighting_repo,
            self.curation,
            self.shows,
            self.newsroom,
            self.roster,
            worker=self.worker,
            database=db.location,
            photos=self.photos,
        )
        self.edition_repo = EditionRepository(db)
        self.editions = EditionService(self.edition_repo, self.digest, self.show_repo)
        self.unanswered = UnansweredCommands(UnansweredRepository(db))  # "thinking…" never left by a kill

    async def close(self) -> None:
        """End what the services started (the worker's processes, the leases and the listening connection);
        the database is its owner's to close. Roster imports under way stop first and tell their editor."""
        await self.roster.stop()
        await self.worker.close()
        await self.coordination.close()
