"""Repositories: SQL in, pydantic models out. Nothing here imports discord."""

from db.repositories.config import ConfigRepository
from db.repositories.outbox import OutboxRepository
from db.repositories.roster import RosterRepository
from db.repositories.shows import ShowRepository
from db.repositories.sightings import SightingRepository

__all__ = [
    "ConfigRepository",
    "OutboxRepository",
    "RosterRepository",
    "ShowRepository",
    "SightingRepository",
]
