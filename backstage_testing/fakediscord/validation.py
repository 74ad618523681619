"""Discord's limits that the OpenAPI description does not encode, and the project's own rules.

Two kinds of findings:

* ``reject=True``: Discord itself refuses the request (400, code 50035 "Invalid Form Body"): message
  content over 2,000 characters, more than 10 embeds, an embed field over its limit, more than 6,000
  embed characters in one message, a command name that breaks ``^[-_'\\p{L}\\p{N}]{1,32}$`` or is not
  lowercase, descriptions outside 1-100, more than 25 options/choices/subcommands, autocomplete results
  outside 25 choices / 1-100 char names / 100 char values.
* ``reject=False``: accepted by Discord but against this project's rules: a message that carries content
  or embeds without ``allowed_mentions: {"parse": []}`` (and no ``users``/``roles``/``replied_user``).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from .ids import JSON

try:  # the exact pattern Discord documents, when the third-party ``regex`` module is present
    import regex as _regex

    _NAME_PATTERN: Callable[[str], bool] | None = _regex.compile(r"^[-_'\p{L}\p{N}]{1,32}$").fullmatch
except ImportError:  # pragma: no cover - depends on the environment
    _NAME_PATTERN = None

NAME_RULE = "name must match ^[-_'\\p{L}\\p{N}]{1,32}$ and be lowercase"
MAX_CONTENT = 2000
MAX_EMBEDS = 10
MAX_EMBED_TOTAL = 6000
EMBED_LIMITS = {"title": 256, "description": 4096, "footer.text": 2048, "author.name": 256}
MAX_FIELDS = 25
MAX_FIELD_NAME = 256
MAX_FIELD_VALUE = 1024
MAX_OPTIONS = 25
MAX_CHOICES = 25
MAX_COMMAND_TOTAL = 8000
MAX_COMMANDS = 100
# "15 global USER commands, 15 global MESSAGE commands", and as many per guild (application-commands,
# Registering a Command)
MAX_CONTEXT_MENUS = 15
CONTEXT_MENU_TYPES = {2: "USER", 3: "MESSAGE"}


@dataclass(frozen=True)
class Finding:
    text: str
    reject: bool


def valid_command_name(name: Any) -> bool:
    """Discord's ``^[-_'\\p{L}\\p{N}]{1,32}$`` for slash command and option names, and lowercase."""
    if not isinstance(name, str) or not 1 <= len(name) <= 32 or name != name.lower():
        return False
    if _NAME_PATTERN is not None:
        return _NAME_PATTERN(name) is not None
    return all(c in "-_'" or unicodedata.category(c)[0] in "LN" for c in name)


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _embed_text(value: Any) -> str:
    """An embed string as Discord measures it: "Leading and trailing whitespace characters are not included
    (they are trimmed automatically)" (discord-api-docs, resources/message, Embed Limits)."""
    return _text(value).strip()


def embed_characters(embed: JSON) -> int:
    """Characters Discord counts towards the 6,000 total: title, description, field names and values,
    footer text and author name (each trimmed). The limits apply to edits as to sends (Edit Message: "Up to
    10 rich embeds (up to 6000 characters)"); a violation is a 400 for the whole request."""
    total = len(_embed_text(embed.get("title"))) + len(_embed_text(embed.get("description")))
    for fld in embed.get("fields") or []:
        if isinstance(fld, dict):
            total += len(_embed_text(fld.get("name"))) + len(_embed_text(fld.get("value")))
    footer = embed.get("footer") or {}
    author = embed.get("author") or {}
    if isinstance(footer, dict):
        total += len(_embed_text(footer.get("text")))
    if isinstance(author, dict):
        total += len(_embed_text(author.get("name")))
    return total


def check_message(body: JSON, where: str, *, is_edit: bool = False) -> list[Finding]:
    """Limits of a message body (create or edit) plus the allowed_mentions rule."""
    found: list[Finding] = []
    content = body.get("content")
    if isinstance(content, str) and len(content) > MAX_CONTENT:
        found.append(Finding(f"{where}: content has {len(content)} characters (max {MAX_CONTENT})", True))
    embeds = body.get("embeds") or []
    if not isinstance(embeds, list):
        embeds = []
    if len(embeds) > MAX_EMBEDS:
        found.append(Finding(f"{where}: {len(embeds)} embeds in one message (max {MAX_EMBEDS})", True))
    total = 0
    for index, embed in enumerate(embeds):
        if not isinstance(embed, dict):
            continue
        found.extend(_check_embed(embed, f"{where}: embeds[{index}]"))
        total += embed_characters(embed)
    if total > MAX_EMBED_TOTAL:
        text = f"{where}: embeds total {total} characters in one message (max {MAX_EMBED_TOTAL})"
        found.append(Finding(text, True))
    has_body = (isinstance(content, str) and content != "") or bool(embeds)
    if has_body:
        problem = allowed_mentions_problem(body.get("allowed_mentions"))
        if problem:
            hint = ""
            if is_edit and "content" not in body:
                hint = (
                    " (discord.py merges Client.allowed_mentions into Message.edit only when content is"
                    " passed: pass allowed_mentions=AllowedMentions.none() to embed-only edits)"
                )
            found.append(Finding(f"{where}: {problem}{hint}", False))
    return found


def allowed_mentions_problem(value: Any) -> str | None:
    if value is None:
        return "message with content/embeds sent without allowed_mentions {'parse': []}"
    if not isinstance(value, dict):
        return f"allowed_mentions is not an object: {value!r}"
    if value.get("parse") != []:
        return f"allowed_mentions.parse must be [] (got {value.get('parse')!r})"
    for key in ("users", "roles"):
        if value.get(key):
            return f"allowed_mentions.{key} lists ids that would be pinged: {value.get(key)!r}"
    if value.get("replied_user"):
        return "allowed_mentions.replied_user is true: the reply pings its author"
    return None


def _check_embed(embed: JSON, where: str) -> list[Finding]:
    found: list[Finding] = []
    values = {
        "title": _embed_text(embed.get("title")),
        "description": _embed_text(embed.get("description")),
        "footer.text": _embed_text((embed.get("footer") or {}).get("text")),
        "author.name": _embed_text((embed.get("author") or {}).get("name")),
    }
    for key, limit in EMBED_LIMITS.items():
        if len(values[key]) > limit:
            found.append(Finding(f"{where}.{key} has {len(values[key])} characters (max {limit})", True))
    fields = embed.get("fields") or []
    if len(fields) > MAX_FIELDS:
        found.append(Finding(f"{where} has {len(fields)} fields (max {MAX_FIELDS})", True))
    for index, fld in enumerate(fields):
        if not isinstance(fld, dict):
            continue
        name, value = _embed_text(fld.get("name")), _embed_text(fld.get("value"))
        if not 1 <= len(name) <= MAX_FIELD_NAME:
            found.append(Finding(f"{where}.fields[{index}].name has {len(name)} characters (1-256)", True))
        if not 1 <= len(value) <= MAX_FIELD_VALUE:
            found.append(Finding(f"{where}.fields[{index}].value has {len(value)} characters (1-1024)", True))
    return found


def check_commands(commands: Any, where: str) -> list[Finding]:
    """A bulk overwrite (PUT) of application commands."""
    if not isinstance(commands, list):
        return [Finding(f"{where}: body is not a list of commands", True)]
    found: list[Finding] = []
    chat_inputs = [c for c in commands if isinstance(c, dict) and c.get("type", 1) == 1]
    if len(chat_inputs) > MAX_COMMANDS:
        found.append(Finding(f"{where}: {len(chat_inputs)} slash commands (max {MAX_COMMANDS})", True))
    for kind, label in CONTEXT_MENU_TYPES.items():
        menus = [c for c in commands if isinstance(c, dict) and c.get("type") == kind]
        if len(menus) > MAX_CONTEXT_MENUS:
            found.append(Finding(f"{where}: {len(menus)} {label} commands (max {MAX_CONTEXT_MENUS})", True))
    seen: set[tuple[Any, Any]] = set()
    for command in commands:
        if not isinstance(command, dict):
            found.append(Finding(f"{where}: command is not an object: {command!r}", True))
            continue
        key = (command.get("name"), command.get("type", 1))
        if key in seen:
            found.append(Finding(f"{where}: duplicate command name {command.get('name')!r}", True))
        seen.add(key)
        found.extend(check_command(command, where))
    return found


def check_command(command: JSON, where: str) -> list[Finding]:
    name = command.get("name")
    label = f"{where}: command {name!r}"
    found: list[Finding] = []
    if command.get("type", 1) != 1:
        return check_context_menu(command, label)
    if not valid_command_name(name):
        found.append(Finding(f"{label}: {NAME_RULE}", True))
    found.extend(_check_description(command.get("description"), label))
    found.extend(_check_options(command.get("options") or [], label, depth=0))
    total = _command_characters(command)
    if total > MAX_COMMAND_TOTAL:
        found.append(Finding(f"{label}: {total} characters in total (max {MAX_COMMAND_TOTAL})", True))
    return found


def check_context_menu(command: JSON, label: str) -> list[Finding]:
    """A USER (2) or MESSAGE (3) command, as application-commands.mdx describes them: a name of 1-32 characters
    that "may be mixed case and can include spaces" (Application Command Naming); "The `description` field is
    not allowed when creating user/message commands" (it reads back as an empty string); they "don't take any
    arguments" (no options)."""
    found: list[Finding] = []
    name = command.get("name")
    if command.get("type") not in CONTEXT_MENU_TYPES:
        found.append(Finding(f"{label}: command type {command.get('type')!r} is not 1, 2 or 3", True))
    if not isinstance(name, str) or not 1 <= len(name) <= 32:
        found.append(Finding(f"{label}: a context menu's name must have 1-32 characters", True))
    if command.get("description"):
        found.append(Finding(f"{label}: a context menu command cannot have a description", True))
    if command.get("options"):
        found.append(Finding(f"{label}: a context menu command takes no options", True))
    return found


def _check_description(description: Any, label: str) -> list[Finding]:
    if not isinstance(description, str) or not 1 <= len(description) <= 100:
        length = len(description) if isinstance(description, str) else description
        return [Finding(f"{label}: description must have 1-100 characters (got {length!r})", True)]
    return []


def _check_options(options: list[Any], label: str, *, depth: int) -> list[Finding]:
    found: list[Finding] = []
    if len(options) > MAX_OPTIONS:
        kind = "subcommands/groups" if any(o.get("type") in (1, 2) for o in options) else "options"
        found.append(Finding(f"{label}: {len(options)} {kind} (max {MAX_OPTIONS})", True))
    types = [o.get("type") for o in options if isinstance(o, dict)]
    nested = [t for t in types if t in (1, 2)]
    if nested and len(nested) != len(types):
        found.append(Finding(f"{label}: subcommands cannot be mixed with plain options", True))
    seen_optional = False
    names: set[str] = set()
    for option in options:
        if not isinstance(option, dict):
            continue
        name = option.get("name")
        where = f"{label} option {name!r}"
        if not valid_command_name(name):
            found.append(Finding(f"{where}: {NAME_RULE}", True))
        if isinstance(name, str):
            if name in names:
                found.append(Finding(f"{where}: duplicate option name", True))
            names.add(name)
        found.extend(_check_description(option.get("description"), where))
        otype = option.get("type")
        if otype == 2 and depth > 0:
            found.append(Finding(f"{where}: groups can only be nested one level", True))
        if otype == 1 and depth > 1:
            found.append(Finding(f"{where}: subcommand nested too deep", True))
        if otype in (1, 2):
            found.extend(_check_options(option.get("options") or [], where, depth=depth + 1))
            continue
        if option.get("required"):
            if seen_optional:
                found.append(Finding(f"{where}: required options must come before optional ones", True))
        else:
            seen_optional = True
        found.extend(_check_choices(option, where))
        for key in ("min_length", "max_length"):
            value = option.get(key)
            if value is not None and not 0 <= value <= 6000:
                found.append(Finding(f"{where}: {key} must be within 0-6000", True))
    return found


def _check_choices(option: JSON, where: str) -> list[Finding]:
    choices = option.get("choices") or []
    found: list[Finding] = []
    if choices and option.get("autocomplete"):
        found.append(Finding(f"{where}: autocomplete cannot be combined with choices", True))
    if len(choices) > MAX_CHOICES:
        found.append(Finding(f"{where}: {len(choices)} choices (max {MAX_CHOICES})", True))
    found.extend(check_choice_list(choices, where))
    return found


def check_choice_list(choices: list[Any], where: str) -> list[Finding]:
    found: list[Finding] = []
    for index, choice in enumerate(choices):
        if not isinstance(choice, dict):
            found.append(Finding(f"{where}: choice {index} is not an object", True))
            continue
        name, value = choice.get("name"), choice.get("value")
        if not isinstance(name, str) or not 1 <= len(name) <= 100:
            found.append(Finding(f"{where}: choice {index} name must have 1-100 characters: {name!r}", True))
        if isinstance(value, str) and len(value) > 100:
            text = f"{where}: choice {index} value has {len(value)} characters (max 100)"
            found.append(Finding(text, True))
    return found


def check_modal(data: JSON, where: str) -> list[Finding]:
    """A modal (callback type 9): title 1-45 characters, a custom_id of 1-100, 1-5 top-level components."""
    found: list[Finding] = []
    title, custom_id = data.get("title"), data.get("custom_id")
    if not isinstance(title, str) or not 1 <= len(title) <= 45:
        found.append(Finding(f"{where}: modal title must have 1-45 characters: {title!r}", True))
    if not isinstance(custom_id, str) or not 1 <= len(custom_id) <= 100:
        found.append(Finding(f"{where}: modal custom_id must have 1-100 characters", True))
    components = data.get("components") or []
    if not 1 <= len(components) <= 5:
        found.append(Finding(f"{where}: a modal has 1-5 components (got {len(components)})", True))
    return found


def check_autocomplete_result(data: Any, where: str) -> list[Finding]:
    if not isinstance(data, dict) or not isinstance(data.get("choices"), list):
        return [Finding(f"{where}: autocomplete result without a choices list", True)]
    choices = data["choices"]
    found: list[Finding] = []
    if len(choices) > MAX_CHOICES:
        text = f"{where}: autocomplete returned {len(choices)} choices (max {MAX_CHOICES})"
        found.append(Finding(text, True))
    found.extend(check_choice_list(choices, f"{where}: autocomplete"))
    return found


def _command_characters(command: JSON) -> int:
    def count(obj: JSON) -> int:
        total = len(_text(obj.get("name"))) + len(_text(obj.get("description")))
        for choice in obj.get("choices") or []:
            if isinstance(choice, dict):
                total += len(_text(choice.get("name"))) + len(str(choice.get("value", "")))
        for option in obj.get("options") or []:
            if isinstance(option, dict):
                total += count(option)
        return total

    return count(command)
