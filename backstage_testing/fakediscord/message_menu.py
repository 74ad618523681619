"""Message commands (Apps → a command on a message), as Discord sends them.

https://discord.com/developers/docs/interactions/application-commands#message-commands: a command of type 3
(MESSAGE) is invoked on a message; the interaction is an APPLICATION_COMMAND (type 2) whose ``data`` holds
``id, name, type: 3, target_id`` (the message's id) and ``resolved.messages[target_id]``, the message object
(interactions/receiving-and-responding#interaction-object-application-command-data-structure,
#interaction-object-resolved-data-structure). Message commands take no options.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .ids import JSON
from .messages import public

if TYPE_CHECKING:
    from .interactions import CommandRegistry

MESSAGE_COMMAND = 3


def find_message_command(registry: CommandRegistry, guild_id: int, name: str) -> JSON:
    """The synced message command called ``name`` (this guild's first, then global)."""
    for scope in (guild_id, None):
        for command in registry.scopes.get(scope, []):
            if command["name"] == name and command.get("type") == MESSAGE_COMMAND:
                return command
    known = sorted(
        c["name"] for scope in (guild_id, None) for c in registry.scopes.get(scope, []) if c.get("type") == 3
    )
    raise AssertionError(f"no message command {name!r} is registered (message commands: {', '.join(known) or 'none'})")


def message_command_data(command: JSON, message: JSON, guild_id: int) -> JSON:
    """``data`` of the interaction: the command, the target message's id, and the message itself, resolved."""
    resolved = public(message)
    resolved["guild_id"] = str(guild_id)
    data: JSON = {
        "id": command["id"],
        "name": command["name"],
        "type": MESSAGE_COMMAND,
        "target_id": message["id"],
        "resolved": {"messages": {message["id"]: resolved}},
    }
    if command.get("guild_id"):
        data["guild_id"] = command["guild_id"]
    return data
