"""Who may do what. Roles come from /setup; Manage Server always counts as editor and correspondent.

Discord's `default_member_permissions` only hides commands by default (servers can change it), so every
command checks here at run time too.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from bot.errors import NotAllowed
from bot.models import GuildConfig


@dataclass(frozen=True)
class Actor:
    """The person behind an interaction, as the services need them."""

    id: int
    name: str
    role_ids: frozenset[int] = frozenset()
    manages_server: bool = False


@dataclass(frozen=True)
class Caller:
    """Who asks, in which server (and its configuration), and when: built once per interaction by the cogs
    (or per entry by the rehearsal) and handed to every service call."""

    guild_id: int
    config: GuildConfig
    actor: Actor
    now: datetime

    def require_editor(self) -> None:
        require_editor(self.config, self.actor)

    def require_reporter(self) -> None:
        require_reporter(self.config, self.actor)

    @property
    def is_editor(self) -> bool:
        return is_editor(self.config, self.actor)


def is_editor(config: GuildConfig, actor: Actor) -> bool:
    return actor.manages_server or (config.editor_role_id is not None and config.editor_role_id in actor.role_ids)


def is_reporter(config: GuildConfig, actor: Actor) -> bool:
    if is_editor(config, actor):
        return True
    return config.reporter_role_id is not None and config.reporter_role_id in actor.role_ids


def require_admin(actor: Actor) -> None:
    if not actor.manages_server:
        raise NotAllowed("Only members with the **Manage Server** permission can change Backstage's setup.")


def require_editor(config: GuildConfig, actor: Actor) -> None:
    if is_editor(config, actor):
        return
    if config.editor_role_id is None:
        raise NotAllowed("This server has no editor role yet. A server admin can set one with `/setup editor_role:`.")
    raise NotAllowed(f"Only editors (<@&{config.editor_role_id}>) can do that. Ask someone on the desk.")


def require_reporter(config: GuildConfig, actor: Actor) -> None:
    if is_reporter(config, actor):
        return
    if config.reporter_role_id is None:
        raise NotAllowed(
            "This server has no correspondent role yet. A server admin can set one with `/setup reporter_role:`."
        )
    raise NotAllowed(
        f"Only correspondents (<@&{config.reporter_role_id}>) and editors can do that. Ask an editor for the role."
    )
