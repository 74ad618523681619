"""An edition that stopped after some of its messages were posted: the posted opening embed made to promise only
what readers can see. Its title counts the items posted ("Eight things you didn't see" → "Four things you didn't
see", `writing.title`), and so does the intro's last sentence ("Here are eight moments …" → "Here are four
moments …", `writing.intro`). The rest of the embed is left as it was posted."""

from __future__ import annotations

from typing import Any

from bot.limits import TITLE_MAX, clip

from .textutil import number_word
from .writing import title


def moments(count: int) -> str:
    """The intro's words for `count` items ("Here are eight moments", "Here is one moment")."""
    return "Here is one moment" if count == 1 else f"Here are {number_word(count).lower()} moments"


def posted_items(messages: list[list[dict[str, Any]]]) -> int:
    """How many items the posted messages show: every embed but the opening one (a bonus is in the last
    message, which an edition that stopped never posted)."""
    return max(0, sum(len(embeds) for embeds in messages) - 1)


def shortened(opening: dict[str, Any], promised: int, posted: int) -> dict[str, Any] | None:
    """The opening embed saying `posted` things instead of `promised`; None when it already does."""
    if posted >= promised or posted < 1:
        return None
    new = dict(opening)
    new["title"] = clip(title(posted), TITLE_MAX)
    description = str(opening.get("description") or "")
    if moments(promised) in description:
        new["description"] = description.replace(moments(promised), moments(posted))
    return new if new != opening else None
