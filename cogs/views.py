"""The interaction building blocks every cog uses: one base view, a paginator, and the answer for buttons
that outlived their view.

Every `BaseView` button gets a custom_id `bs:v:<kind>:<token>:<n>`. While the view lives its token is in
`Backstage.live_view_tokens`; when it times out its buttons are disabled on the message (the interaction
token is still valid then: views time out before Discord's 15 minutes). A press that still arrives for a
view this process no longer has (after a restart, or in the moment of a timeout) reaches `ExpiredButton`,
which answers with a sentence saying what to run instead, never Discord's "This interaction failed"
(DISCORD-NOTES: component interactions after a restart).
"""

from __future__ import annotations

import logging
import re
import secrets
from collections.abc import Awaitable, Callable
from typing import Any, ClassVar

import discord

from bot.client import Backstage, first_answer, handle_error, reply, update
from bot.errors import UserError
from bot.in_flight import REFUSED
from bot.limits import CONTENT_MAX, clip
from cogs._common import Interaction

log = logging.getLogger(__name__)

VOLATILE = "bs:v:"
VOLATILE_FORM = "bs:f:"
TOKEN_LIFETIME = 15 * 60  # seconds an interaction token can edit its messages
RERUN = {
    "page": "These pages are closed (they last a few minutes after your last press, and not across a restart). "
    "Run the command again to browse.",
    "digest": "This preview is closed (it lasts a few minutes after your last press, and not across a restart). "
    "Run `/digest preview` again, then press Publish.",
}
RERUN_DEFAULT = (
    "These buttons are closed (they timed out, or come from before Backstage restarted or was upgraded). "
    "Run the command again."
)
FORM_CLOSED = "This form is closed (it was already sent, or Backstage restarted while it was open). {again}"
# how to open each form again, by its kind (the one rule: a form tells what opens it, as RERUN does for buttons)
FORM_AGAIN = {
    "reject": "Press **Reject** on the desk card again if it is still needed.",
    "postas": "Run **Apps → Post as sighting** on the message again if it is still needed.",
}
FORM_AGAIN_DEFAULT = "Open it again the way you opened it, if it is still needed."
# a form opens only as the first answer (Discord: a modal cannot follow a deferral)
FORM_LATE = (
    "Backstage was too slow to open the form this time (its database answered late), so nothing was done. "
    "Try again in a moment."
)

PageLoader = Callable[[int], Awaitable[str]]


class BaseView(discord.ui.View):
    """Only `owner_id` may press; errors go through the one error path; on timeout the buttons are disabled
    on the message. Subclasses set `kind` (what `ExpiredButton` tells a late presser to rerun)."""

    kind: ClassVar[str] = "view"
    not_yours: ClassVar[str] = "These buttons belong to someone else. Run the command yourself."

    def __init__(self, owner_id: int, *, timeout: float = 600) -> None:
        super().__init__(timeout=min(timeout, TOKEN_LIFETIME - 60))
        self.owner_id = owner_id
        self.token = secrets.token_hex(6)
        self.message: discord.InteractionMessage | discord.WebhookMessage | None = None
        self.latest: Interaction | None = None  # the owner's last press: its token outlives the first one's
        self._bot: Backstage | None = None
        for n, item in enumerate(self.children):
            if isinstance(item, discord.ui.Button | discord.ui.Select):
                item.custom_id = f"{VOLATILE}{self.kind}:{self.token}:{n}"

    async def send(self, interaction: Interaction, content: str | None = None, **kwargs: Any) -> None:
        """Post the view (ephemeral by default) and remember its message, to disable it on timeout."""
        self._bot = interaction.client
        self.timeout = min(self.timeout or TOKEN_LIFETIME, self._bot.services.settings.view_timeout_seconds)
        self._bot.live_view_tokens.add(self.token)
        self.message = await reply(interaction, content, view=self, **kwargs)

    def stop(self) -> None:
        if self._bot is not None:
            self._bot.live_view_tokens.discard(self.token)
        super().stop()

    def disable_all(self) -> None:
        for item in self.children:
            if isinstance(item, discord.ui.Button | discord.ui.Select):
                item.disabled = True

    async def on_timeout(self) -> None:
        if self._bot is not None:
            self._bot.live_view_tokens.discard(self.token)
        self.disable_all()
        try:
            # each press restarts the timeout, so the command's own token (15 minutes) may be dead by now;
            # the last press's token edits the same message (a component interaction's @original)
            if self.latest is not None:
                await self.latest.edit_original_response(view=self)
            elif self.message is not None:
                await self.message.edit(view=self)
        except discord.HTTPException as exc:  # the message was dismissed or deleted: nothing to disable
            log.info("could not disable the buttons of a timed-out view: %s", exc)

    async def interaction_check(self, interaction: Interaction) -> bool:  # type: ignore[override]
        if not interaction.client.in_flight.handling(interaction):  # in the press's own task: a stop waits for it
            await reply(interaction, REFUSED)
            return False
        if interaction.user.id != self.owner_id:
            await reply(interaction, self.not_yours)
            return False
        self.latest = interaction
        return True

    async def on_error(  # type: ignore[override]
        self, interaction: Interaction, error: Exception, item: discord.ui.Item[Any], /
    ) -> None:
        await handle_error(interaction, error)


class ExpiredButton(
    discord.ui.DynamicItem[discord.ui.Button[Any]],
    template=re.escape(VOLATILE) + r"(?P<kind>[a-z]+):(?P<token>[0-9a-f]+):\d+",
):
    """Any `BaseView` button whose view this process no longer has."""

    def __init__(self, kind: str, token: str) -> None:
        super().__init__(discord.ui.Button(label="closed", custom_id=f"{VOLATILE}{kind}:{token}:0"))
        self.kind = kind
        self.token = token

    @classmethod
    async def from_custom_id(  # type: ignore[override]
        cls, interaction: Interaction, item: discord.ui.Item[Any], match: re.Match[str]
    ) -> ExpiredButton:
        return cls(match["kind"], match["token"])

    async def callback(self, interaction: Interaction) -> None:  # type: ignore[override]
        if self.token in interaction.client.live_view_tokens:
            return  # the live view answers this press itself
        try:
            await reply(interaction, RERUN.get(self.kind, RERUN_DEFAULT))
        except discord.HTTPException as exc:
            log.info("could not answer a press on a closed view: %s", exc)


class Paginator(BaseView):
    """Previous / Next over pages loaded on demand."""

    kind = "page"
    not_yours = "These pages belong to someone else. Run the command yourself to browse."

    def __init__(self, load: PageLoader, count: int, owner_id: int) -> None:
        super().__init__(owner_id, timeout=600)
        self.load = load
        self.count = max(1, count)
        self.index = 0
        self._sync_buttons()

    @classmethod
    def of(cls, pages: list[str], owner_id: int) -> Paginator:
        async def load(i: int) -> str:
            return pages[i]

        return cls(load, len(pages), owner_id)

    async def content(self) -> str:
        footer = f"\n-# Page {self.index + 1} of {self.count}" if self.count > 1 else ""
        return clip(await self.load(self.index), CONTENT_MAX - len(footer)) + footer

    def _sync_buttons(self) -> None:
        self.previous.disabled = self.index == 0
        self.next.disabled = self.index >= self.count - 1

    @discord.ui.button(label="Previous", style=discord.ButtonStyle.secondary)
    async def previous(self, interaction: Interaction, _button: discord.ui.Button[Any]) -> None:
        self.index = max(0, self.index - 1)
        self._sync_buttons()
        await update(interaction, content=await self.content(), view=self)

    @discord.ui.button(label="Next", style=discord.ButtonStyle.secondary)
    async def next(self, interaction: Interaction, _button: discord.ui.Button[Any]) -> None:
        self.index = min(self.count - 1, self.index + 1)
        self._sync_buttons()
        await update(interaction, content=await self.content(), view=self)

    async def start(self, interaction: Interaction) -> None:
        """One page: a plain reply. More: the pages with their buttons."""
        if self.count > 1:
            await self.send(interaction, await self.content())
        else:
            await reply(interaction, await self.content())


class ForeignButton(discord.ui.DynamicItem[discord.ui.Button[Any]], template=r"(?!bs:).+"):
    """A button whose custom_id Backstage does not write any more (every current view is a `BaseView` with a
    `bs:` id): a message from before an upgrade. It gets the same sentence as a closed view."""

    def __init__(self, custom_id: str) -> None:
        super().__init__(discord.ui.Button(label="closed", custom_id=custom_id))

    @classmethod
    async def from_custom_id(  # type: ignore[override]
        cls, interaction: Interaction, item: discord.ui.Item[Any], match: re.Match[str]
    ) -> ForeignButton:
        return cls(match.string)

    async def callback(self, interaction: Interaction) -> None:  # type: ignore[override]
        try:
            await reply(interaction, RERUN_DEFAULT)
        except discord.HTTPException as exc:
            log.info("could not answer a press on an old button: %s", exc)


class BaseModal(discord.ui.Modal):
    """A form with the same guarantees as `BaseView`: errors through the one error path, and a form
    submitted after a restart (its modal gone) gets a sentence from `closed_form` instead of a failure."""

    kind: ClassVar[str] = "form"

    def __init__(self) -> None:
        self.token = secrets.token_hex(6)
        super().__init__(custom_id=f"{VOLATILE_FORM}{self.kind}:{self.token}")
        self._bot: Backstage | None = None

    async def open(self, interaction: Interaction) -> None:
        """Open the form: only as the interaction's first answer, so when the watch had to defer it (what opens
        the form waited on the database for 2 s), the person is asked to try again instead."""
        self._bot = interaction.client
        async with first_answer(interaction):
            if not interaction.response.is_done():
                self._bot.live_view_tokens.add(self.token)
                await interaction.response.send_modal(self)
                return
        raise UserError(FORM_LATE)

    def stop(self) -> None:
        if self._bot is not None:
            self._bot.live_view_tokens.discard(self.token)
        super().stop()

    async def on_timeout(self) -> None:
        self.stop()

    async def interaction_check(self, interaction: Interaction, /) -> bool:  # type: ignore[override]
        if interaction.client.in_flight.handling(interaction):  # in the submit's own task: a stop waits for it
            return True
        await reply(interaction, REFUSED)
        return False

    async def on_error(self, interaction: Interaction, error: Exception, /) -> None:  # type: ignore[override]
        await handle_error(interaction, error)


async def closed_form(interaction: discord.Interaction[Any]) -> None:
    """Listener: a form submitted for a modal this process no longer has (already sent, a restart, or a form
    from before an upgrade, whose custom_id is not ours)."""
    if interaction.type is not discord.InteractionType.modal_submit or not isinstance(interaction.data, dict):
        return
    custom_id = str(interaction.data.get("custom_id", ""))
    match = re.fullmatch(re.escape(VOLATILE_FORM) + r"(?P<kind>[a-z]+):(?P<token>[0-9a-f]+)", custom_id)
    client = interaction.client
    if not isinstance(client, Backstage) or (match is not None and match["token"] in client.live_view_tokens):
        return
    again = FORM_AGAIN.get(match["kind"] if match is not None else "", FORM_AGAIN_DEFAULT)
    try:
        await reply(interaction, form_closed(again, typed_values(interaction.data.get("components", []))))
    except discord.HTTPException as exc:
        log.info("could not answer a closed form: %s", exc)


def typed_values(components: Any) -> list[str]:
    """What was typed in a submitted form's text inputs (inside its labels or rows), in order."""
    found: list[str] = []
    for component in components if isinstance(components, list) else []:
        if not isinstance(component, dict):
            continue
        value = component.get("value")
        if isinstance(value, str) and value.strip():
            found.append(value.strip())
        found.extend(typed_values(component.get("components", [])))
        found.extend(typed_values([component["component"]] if "component" in component else []))
    return found


def _fenced(text: str) -> str:
    """Text that cannot close the code block it is shown in."""
    return text.replace("```", "`\u200b``")


def form_closed(again: str, typed: list[str]) -> str:
    """The closed form's sentence, with what was typed given back (so nothing is lost), each in a code block
    (shown as typed, never as a mention; the reply cannot ping anyway)."""
    return given_back(FORM_CLOSED.format(again=again), typed)


def given_back(text: str, typed: list[str]) -> str:
    """A sentence, then what was typed in a form that could not be used, in code blocks to copy."""
    if not typed:
        return text
    blocks = "\n".join(f"```\n{_fenced(v)}\n```" for v in typed)
    return clip(f"{text} What you typed, to copy:\n{blocks}", CONTENT_MAX)


def paginate(lines: list[str], *, header: str = "", per_page: int = 10, max_chars: int = 1800) -> list[str]:
    """Group lines into pages of at most `per_page` lines and `max_chars` characters."""
    pages: list[str] = []
    current: list[str] = []
    size = len(header)
    for line in lines:
        if current and (len(current) >= per_page or size + len(line) + 1 > max_chars):
            pages.append(header + "\n".join(current))
            current, size = [], len(header)
        current.append(line[: max_chars - len(header) - 1])
        size += len(line) + 1
    if current:
        pages.append(header + "\n".join(current))
    return pages


async def setup(bot: Backstage) -> None:
    """Loaded as an extension: from now on a press on a closed view gets its sentence."""
    bot.add_dynamic_items(ExpiredButton, ForeignButton)
    bot.add_listener(closed_form, "on_interaction")


async def teardown(bot: Backstage) -> None:
    bot.remove_dynamic_items(ExpiredButton, ForeignButton)
    bot.remove_listener(closed_form, "on_interaction")
