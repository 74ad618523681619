"""Post as sighting (issue 13 item 1): a correspondent turns a message of the server into a sighting.

The cog hands the message over as plain facts (`SourceMessage`). `open` refuses what cannot be posted and
prefills the form (`Prefill`): the message's text cut to `what`'s limit, the roster names found in it, and the
place the message opens with ("BACK CORRIDOR: …", `bot.placelabel`), else the correspondent's last `where`. `post`
posts the form through `SightingService.post`, so the sighting meets /spot's rules, limits and refusals (one rule
set: bot/drafts.py) and credits the message's author as its source when that is someone else.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.access import Caller
from bot.drafts import RULES, WHO_MAX_NAMES, SightingDraft
from bot.errors import InvalidInput
from bot.models import Reporter
from bot.placelabel import where_filed
from bot.services.roster import RosterService
from bot.services.shows import ShowService
from bot.services.sightings import PostResult, SightingService
from bot.text import clean, inert
from db.repositories.photos import NewPhoto
from db.repositories.shows import ShowRepository
from db.repositories.sightings import AlreadyPosted, SightingRepository

ELLIPSIS = "…"


def already_posted(found: AlreadyPosted) -> InvalidInput:
    return InvalidInput(
        f"This message is already sighting **#{found.sighting_id}** (posted by {inert(found.reporter_name)}), so it "
        f"is not posted twice. To change it, use `/sighting edit id:{found.sighting_id}`."
    )


NOTHING_TO_POST = (
    "This message has no text and no image, so there is nothing to post. Use `/spot` to write the sighting yourself."
)
SYSTEM_MESSAGE = (
    "This is a message Discord wrote (a pin, a member joining, …), not a report: there is nothing to post. Use the "
    "menu on the message it is about, or `/spot`."
)
OWN_MESSAGE = (
    "This is one of Backstage's own messages (the feed, the desk or a reply): it is posted already. To change a "
    "sighting, use `/sighting edit`."
)


@dataclass(frozen=True)
class SourceMessage:
    """A message of the server, as the service needs it (the cog reads it from Discord's payload)."""

    author: Reporter
    text: str  # its content, mentions written as names
    image_url: str | None  # its first image file
    url: str  # its jump link
    by_backstage: bool  # one of this bot's own messages (the feed, the desk, a reply)
    system: bool = False  # a message Discord wrote (a pin, a member joining), not someone


@dataclass(frozen=True)
class Prefill:
    """What the form opens with. `rest` is the message's text beyond `what`'s limit (None when it all fits)."""

    what: str
    rest: str | None
    who: str
    where: str | None
    what_limit: int
    show_id: int = 0  # the show open when the form opened: it is posted into that show or not at all
    show_name: str = ""
    where_remembered: bool = True  # `where` is the reporter's last location (else the place the message opens with)


class ShowChanged(InvalidInput):
    """The form was opened during a show that has ended since: nothing is posted (the cog gives the text back)."""


def cut(text: str, limit: int) -> tuple[str, str | None]:
    """`text` cut to `limit` characters at a word where it can be, marked with an ellipsis, and the rest."""
    if len(text) <= limit:
        return text, None
    room = limit - len(ELLIPSIS)
    space = text.rfind(" ", 0, room + 1)
    newline = text.rfind("\n", 0, room + 1)
    at = max(space, newline)
    if at < room // 2:  # one very long word: cut inside it
        at = room
    return text[:at].rstrip() + ELLIPSIS, text[at:].strip() or None


def names_for_who(names: list[str]) -> str:
    """The roster names found in the text, as `who` holds them: at most `WHO_MAX_NAMES`, within its limit."""
    limit = RULES["who"].limit
    kept: list[str] = []
    for name in names[:WHO_MAX_NAMES]:
        if len(", ".join([*kept, name])) > limit:
            break
        kept.append(name)
    return ", ".join(kept)


class PostAsService:
    def __init__(
        self,
        sightings: SightingService,
        repo: SightingRepository,
        shows: ShowService,
        show_repo: ShowRepository,
        roster: RosterService,
        *,
        max_text: int,
    ) -> None:
        self.sightings = sightings
        self.repo = repo
        self.shows = shows
        self.show_repo = show_repo
        self.roster = roster
        self.max_text = max_text

    async def open(self, caller: Caller, message: SourceMessage) -> Prefill:
        """Refuse (UserError) before the form opens, with /spot's checks first; else the form's values."""
        caller.require_reporter()
        show = await self.shows.require_open(caller.guild_id)
        if message.system:
            raise InvalidInput(SYSTEM_MESSAGE)
        if message.by_backstage:
            raise InvalidInput(OWN_MESSAGE)
        found = await self.repo.posted_from(show.id, message.url)
        if found is not None:
            raise already_posted(found)
        text = clean(message.text)
        if not text and message.image_url is None:
            raise InvalidInput(NOTHING_TO_POST)
        what, rest = cut(text, self.max_text)
        roster = await self.roster.matcher(caller.guild_id)
        where, remembered = await where_filed(self.show_repo, show.id, caller.actor.id, what)
        return Prefill(
            what=what,
            rest=rest,
            who=names_for_who(roster.find_in(text)),
            where=where,
            where_remembered=remembered,
            what_limit=self.max_text,
            show_id=show.id,
            show_name=show.name,
        )

    async def post(
        self,
        caller: Caller,
        draft: SightingDraft,
        message: SourceMessage,
        prefill: Prefill,
        *,
        photo: NewPhoto | None = None,
    ) -> PostResult:
        """The form as submitted: a sighting by the caller, crediting the message's author when someone else,
        with the message's image as its photo (`photo`: its bytes, read and checked by the cog, bot.photos)."""
        show = await self.shows.current(caller.guild_id)
        if show is None or show.id != prefill.show_id:
            now = f"**{inert(show.name)}** has started since" if show is not None else "no show is open now"
            raise ShowChanged(
                f"This form was opened during **{inert(prefill.show_name)}**, which has ended, and {now}: nothing "
                "was posted. If it belongs to the show that is open, run **Apps → Post as sighting** on the message "
                "again."
            )
        source = message.author if message.author.id != caller.actor.id else None
        try:
            return await self.sightings.post(
                caller,
                draft,
                photo=photo,
                photo_url=message.image_url,
                source=source,
                source_url=message.url,
                source_rest=prefill.rest,
            )
        except AlreadyPosted as found:  # posted meanwhile (another form, another correspondent)
            raise already_posted(found) from None
