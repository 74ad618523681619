"""The digest as data: what `compile_digest` returns and every renderer reads.

Plain frozen pydantic models, so a digest can be compared, serialised and cached as it is.
"""

from __future__ import annotations

import re
from datetime import datetime

from pydantic import BaseModel, ConfigDict

from bot.models import image_extension

from .language import english_line

_QUOTED = re.compile(r"“([^“”]+)”")


class PhotoFile(BaseModel):
    """A sighting's photo as the digest knows it: what names and describes the file, never its bytes (the caller
    reads those from wherever it keeps them, by `sighting_id`)."""

    model_config = ConfigDict(frozen=True)

    sighting_id: int
    filename: str  # as it was uploaded
    content_type: str
    size: int  # bytes
    sha256: str  # hex
    credit: str = ""  # who took it (the sighting's reporter, or the source it was posted from); set by the compiler

    @property
    def name(self) -> str:
        """The file's name wherever the digest carries it (a Discord attachment, a file in an export's .zip):
        "photo-12.jpg", from the sighting and the type, so it is the same in every edition and export."""
        return f"photo-{self.sighting_id}.{image_extension(self.content_type)}"

    @property
    def upload_name(self) -> str:
        """The file's name as a Discord message uploads it: "photo-12-<first 12 of its sha256>.jpg". It names
        the photo's content, so a message whose photo was replaced reads differently (the rule by which a
        preview or an edition is judged changed is the embeds: bot.digest.changes)."""
        return f"photo-{self.sighting_id}-{self.sha256[:12]}.{image_extension(self.content_type)}"


def _listed(names: list[str]) -> str:
    """ "Amy", "Amy and Ben", "Amy, Ben and Cho" """
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


class DigestItem(BaseModel):
    """One of the "things you didn't see": a story told from one or more sightings."""

    model_config = ConfigDict(frozen=True)

    rank: int  # 1-based; the bonus item has the rank after the last item
    headline: str  # at most 256 characters (a Discord embed title)
    body: str  # paragraphs separated by a blank line, at most 4,096 characters
    people: list[str]  # canonical names, the lead first, then in order of first mention
    lead: str | None  # the item's most important person (None when nobody was named)
    sighting_ids: list[int]  # the sightings the body is built from, in time order
    reporters: list[str]  # display names, distinct, in order of first sighting
    votes: int  # community votes summed over `sighting_ids`
    pinned: bool  # an editor pinned one of its sightings
    score: float  # the ranking score (pinned items come first whatever their score)
    locations: list[str]  # distinct `where`s, in time order
    more_sightings: int  # sightings naming the lead that this item does not tell (for the editor)
    photo: PhotoFile | None = None  # the lead moment's first photo (else the story's first), if it has one
    # the authors of the messages its sightings were posted from ("Post as sighting"), not reporters themselves
    sources: list[str] = []
    # lines its reports quote in another language, left out of the body (the bot cannot translate them): the editor's
    # preview lists them, to translate and add by hand
    untranslated: list[str] = []

    @property
    def credit(self) -> str:
        """The item's one credit line: "Reported by Amy, Ben and Cho" ("" when nobody is known)."""
        names = [n for n in self.reporters if n]
        if not names:
            return ""
        credit = f"Reported by {_listed(names)}"
        sources = [n for n in self.sources if n]
        return credit + (f"; first posted by {_listed(sources)}" if sources else "")

    @property
    def to_translate(self) -> list[str]:
        """The quotes the body prints that do not read as English (`language.english_line`, the rule by which a
        quote may head the article): the article is in English and the bot cannot translate, so the editor is told
        to translate or cut them before publishing."""
        quotes = (quote.rstrip(",") for quote in _QUOTED.findall(self.body))  # "“…,” she said": the line itself
        return [quote for quote in dict.fromkeys(quotes) if not english_line(quote)]

    @property
    def bookkeeping(self) -> str:
        """What the editor's preview adds to the credit: sighting ids, votes, the editor's pick, and the quotes
        to translate before publishing."""
        parts = ["Sightings " + " ".join(f"#{i}" for i in self.sighting_ids)]
        if self.votes:
            parts.append(f"{self.votes} {'vote' if self.votes == 1 else 'votes'}")
        if self.pinned:
            parts.append("Editor's pick")
        if to_translate := self.to_translate:
            parts.append("Translate before publishing: " + " ".join(f"“{q}”" for q in to_translate))
        if self.untranslated:
            parts.append(
                "Left out, not in English (translate to add): " + " ".join(f"“{q}”" for q in self.untranslated)
            )
        return " · ".join(parts)


class LeftOut(BaseModel):
    """A moment strong enough for the digest that it could not tell as its reports are written (for the editor's
    preview, never the article): the sightings that report it, their votes, and why."""

    model_config = ConfigDict(frozen=True)

    sighting_ids: list[int]  # the most voted first: the one to edit
    votes: int
    reason: str  # "another language", "shorthand", "filler", "leads already", "denied", "untold beat", "bare line",
    # "chatter", "in an item", "quote not printed", "crashed", "correction", "thread full" (`LEFT_OUT_REASONS`; a
    # correction's sighting_ids are the correction, then the post it meant when known)

    @property
    def note(self) -> str:
        """One line for the editor: which sighting, how strong, why it is not told and what to do."""
        ids = " ".join(f"#{i}" for i in self.sighting_ids)
        votes = f"{self.votes} {'vote' if self.votes == 1 else 'votes'}"
        if self.reason == "correction":  # "#8 (0 votes): a correction of #7 that could not be applied: …"
            fix, *meant = self.sighting_ids
            of = f" of #{meant[0]}" if meant else ""
            post = f"#{meant[0]}" if meant else "the post it corrects"
            why = LEFT_OUT_REASONS["correction"].format(post=post, id=meant[0] if meant else "…", fix=fix)
            return f"#{fix} ({votes}): a correction{of} that could not be applied: {why}"
        return f"{ids} ({votes}): {LEFT_OUT_REASONS[self.reason]}"


LEFT_OUT_REASONS = {
    "another language": "reported only in another language, and the digest is written in English. To include it, "
    "add an English sentence with `/sighting edit id:… what:`.",
    "shorthand": "no sentence of it reads as prose (notes, shorthand). To include it, write it as a sentence with "
    "`/sighting edit id:… what:`.",
    "filler": "a short note with no votes, no quote and no second report, too slight to stand as a story of its own. "
    "To include it, pin it, or add what happened with `/sighting edit id:… what:`.",
    "leads already": "a moment of someone who already leads an item (each person leads one item at most), and no "
    "beat of that item's story. To include it, pin it, or add it to their item's story with `/sighting edit id:… "
    "what:`.",
    "denied": "a later report (the second) says it did not happen as told, and neither is in the digest. If "
    "something did happen, write it as a sentence with `/sighting edit id:… what:`.",
    "bare line": "only a word or two of speech with nothing happening around it, so it leads no item. "
    "To include it, write what happened as a sentence with `/sighting edit id:… what:`, or pin it.",
    "in an item": "about someone who is in an item already (each person leads one item), and not told in that "
    "item. To include it, pin it, or add what it adds to their item's story with `/sighting edit id:… what:`.",
    "chatter": "only its reporter talking (a mic check, someone being there, a note to the desk), with nothing "
    "happening in it, so it leads no item whatever its votes. If something happened, write it as a sentence with "
    "`/sighting edit id:… what:`.",
    "quote not printed": "its item tells it, but its quote is too long for the item (a body keeps within 160 words), "
    "so the quote is not printed. To print it, cut the quote to its best line with `/sighting edit id:… quote:`.",
    "crashed": "Backstage could not write its item (an error, logged with its details for the developers), so it "
    "was left out. To leave it out for good, `/digest drop id:…`; to try again, reword it with `/sighting edit id:… "
    "what:`.",
    "correction": "Backstage could not tell what in {post} it puts right, so {post} is still told as first "
    "posted wherever the digest tells it. Put {post} right with `/sighting edit id:{id} what:` (or retract it), then "
    "leave the correction out with `/digest drop id:{fix}`.",
    "untold beat": "its item's story held it, but the item's text does not tell it (nor credit its reporter). If it "
    "is a moment of its own, pin it; if it tells the item's moment, add what it adds with `/sighting edit id:… what:`.",
    "thread full": "it goes on the story of an item about the same people, and that item already tells its two "
    "follow-ups, so it is in no item. If it is a moment of its own, pin it.",
}


class Digest(BaseModel):
    """The "Five things you didn't see" of one show: its intro, its items, its bonus."""

    model_config = ConfigDict(frozen=True)

    show_id: int
    show_name: str
    venue: str | None
    title: str  # "Five things you didn't see" (the number follows the items actually found)
    intro: str  # one line naming the show and the venue
    items: list[DigestItem]
    bonus: DigestItem | None
    compiled_at: datetime  # the `now` the digest was compiled for
    candidates: int  # sightings that were eligible (live, embargo passed, not dropped)
    # moments that would have made it, left out as they are written (the editor's preview says so; never published)
    left_out: list[LeftOut] = []
