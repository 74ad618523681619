"""The application services: what the cogs and the rehearsal call. No Discord objects in or out."""

from bot.services.container import Services

__all__ = ["Services"]
