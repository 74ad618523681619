"""One rule set for the fields people type: a sighting's, and the few others (a show's name, a reason).

`/spot`, `/sighting edit` and the rehearsal runner all build a `SightingDraft`: every field is cleaned and
checked here, once, with one message per limit. A draft for a correction carries only the fields given
(`given`); a field given empty clears it (except `what`, which a correction cannot empty).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from bot.errors import InvalidInput
from bot.limits import TITLE_MAX
from bot.text import clean

FieldName = Literal[
    "what", "who", "where", "quote", "quote_by", "headline", "pin_headline", "reason", "show_name", "venue"
]


@dataclass(frozen=True)
class FieldRule:
    label: str
    limit: int
    one_line: bool


WHO_MAX_NAMES = 20
HOLD_MAX_MINUTES = 240
RULES: dict[FieldName, FieldRule] = {
    "what": FieldRule("what", 1000, one_line=False),  # BACKSTAGE_MAX_TEXT overrides it
    "who": FieldRule("who", 1000, one_line=True),
    "where": FieldRule("where", 100, one_line=True),
    "quote": FieldRule("quote", 1000, one_line=False),
    "quote_by": FieldRule("quote_by", 100, one_line=True),
    "headline": FieldRule("headline", 200, one_line=True),
    "pin_headline": FieldRule("headline", TITLE_MAX, one_line=True),  # an editor's, up to an embed title
    "reason": FieldRule("reason", 300, one_line=False),
    "show_name": FieldRule("name", 100, one_line=True),
    "venue": FieldRule("venue", 100, one_line=True),
}


def too_long(label: str, length: int, limit: int) -> InvalidInput:
    """The one sentence for every length limit, wherever it is checked."""
    return InvalidInput(f"`{label}` is {length} characters; the limit is {limit}. Shorten it and try again.")


def check_field(name: FieldName, value: str | None, *, limit: int | None = None) -> str | None:
    """Clean one field and apply its rule; an empty result is None."""
    rule = RULES[name]
    text = clean(value)
    if not text:
        return None
    if rule.one_line and "\n" in text:
        raise InvalidInput(f"Keep `{rule.label}` on one line.")
    cap = limit if limit is not None else rule.limit
    if len(text) > cap:
        raise too_long(rule.label, len(text), cap)
    return text


def check_names(count: int) -> None:
    if count > WHO_MAX_NAMES:
        raise InvalidInput(f"`who` names {count} people; tag at most {WHO_MAX_NAMES} per sighting.")


def check_hold(minutes: int | None) -> int | None:
    if minutes is not None and not 1 <= minutes <= HOLD_MAX_MINUTES:
        raise InvalidInput(f"`hold_minutes` must be between 1 and {HOLD_MAX_MINUTES}.")
    return minutes


@dataclass(frozen=True)
class SightingDraft:
    """A sighting's fields as a person typed them, cleaned and checked. `given` names the fields provided."""

    what: str | None = None
    who: str | None = None
    where: str | None = None
    quote: str | None = None
    quote_by: str | None = None
    headline: str | None = None
    hold_minutes: int | None = None
    given: frozenset[str] = frozenset()

    @classmethod
    def build(
        cls,
        *,
        max_text: int,
        what: str | None = None,
        who: str | None = None,
        where: str | None = None,
        quote: str | None = None,
        quote_by: str | None = None,
        headline: str | None = None,
        hold_minutes: int | None = None,
    ) -> SightingDraft:
        raw = {"what": what, "who": who, "where": where, "quote": quote, "quote_by": quote_by, "headline": headline}
        given = frozenset(k for k, v in raw.items() if v is not None)
        return cls(
            what=check_field("what", what, limit=max_text),
            who=check_field("who", who),
            where=check_field("where", where),
            quote=check_field("quote", quote),
            quote_by=check_field("quote_by", quote_by),
            headline=check_field("headline", headline),
            hold_minutes=check_hold(hold_minutes),
            given=given | ({"hold_minutes"} if hold_minutes is not None else frozenset()),
        )

    def for_new_post(self) -> SightingDraft:
        """A new sighting needs its text; a quote's speaker needs the quote."""
        if not self.what:
            raise InvalidInput(NEEDS_TEXT)
        if self.quote_by and not self.quote:
            raise InvalidInput(SPEAKER_NEEDS_QUOTE)
        return self

    def for_correction(self) -> SightingDraft:
        """A correction changes at least one field and cannot empty `what`."""
        if not self.given:
            raise InvalidInput(NOTHING_TO_CHANGE)
        if "what" in self.given and not self.what:
            raise InvalidInput(CANNOT_EMPTY)
        return self


NEEDS_TEXT = "A sighting needs some text in `what`: what did you see?"
CANNOT_EMPTY = "`what` cannot be empty. To pull the sighting, use `/sighting retract`."
NOTHING_TO_CHANGE = (
    "Say what to change: give at least one of `what`, `who`, `where`, `quote`, `quote_by`, `headline`, `photo`, "
    "`remove_photo`."
)
SPEAKER_NEEDS_QUOTE = "`quote_by` says who spoke the quote: add the words in `quote` too."
