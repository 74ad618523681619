"""The words of the digest: headlines, bodies and the intro, written from stories within Discord's limits."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from bot.limits import DESCRIPTION_MAX, TITLE_MAX, clip
from bot.models import Show, Sighting

from .moments import Moment, same_text
from .night import NameBook, Report
from .stories import Story
from .textutil import BULLETS, first_sentence, names_in, number_word, quoted, squash, with_full_stop

TEXTS_PER_MOMENT = 3  # distinct wordings of one moment told (the others only credited)
QUOTES_PER_MOMENT = 4  # distinct quotes of one moment told
CREDIT_MAX = 300  # characters of "— reported by …" on one paragraph
MIN_TEXT = 80  # when a paragraph must be cut, its own text keeps at least this much before quotes are cut


@dataclass(frozen=True, slots=True)
class Written:
    """An item's words and the sightings they actually use."""

    headline: str
    body: str
    reports: list[Report]  # in time order
    more_sightings: int


def strongest(moment: Moment) -> Sighting:
    """The sighting that speaks for a moment: most votes, then a quote, then a headline, then earliest."""
    best = min(
        moment.reports,
        key=lambda r: (-r.sighting.votes, not r.sighting.quote, not r.sighting.headline, r.index),
    )
    return best.sighting


def headline(story: Story, book: NameBook, taken: Collection[str] = ()) -> str:
    """The editor's pin headline, else a reporter's (the strongest moment's first, and not one an earlier
    item already carries: `taken`, folded), else one built from the names and the strongest sighting."""
    if story.pin_headline:
        return clip(squash(story.pin_headline), TITLE_MAX)
    for moment in story.used:  # by priority: the strongest moment's reporter headline first
        for r in moment.reports:
            text = squash(r.sighting.headline or "")
            if text and text.casefold() not in taken:
                return clip(text, TITLE_MAX)
    top = story.used[0]
    sentence = first_sentence(strongest(top).what)
    names = [book.display[k] for k in top.names]
    lead = book.display[story.lead] if story.lead is not None else None
    if lead is None:
        built = sentence
    elif len(story.used) > 1:
        built = f"All eyes on {lead}: {sentence}"
    elif names_in(sentence, names):
        built = sentence
    else:
        built = f"{lead}: {sentence}"
    return clip(built, TITLE_MAX)


def _paragraph_parts(moment: Moment) -> tuple[str, list[str], str]:
    """A moment as (text, quotes, credit): distinct texts and quotes in time order (a few of each),
    all its reporters and places."""
    texts: list[str] = []
    told: list[Report] = []
    quotes: list[str] = []
    quote_keys: list[str] = []
    reporters: list[str] = []
    places: list[str] = []
    for r in moment.reports:
        s = r.sighting
        if len(texts) < TEXTS_PER_MOMENT:
            what = squash(s.what).lstrip(BULLETS).strip()
            if what and not any(same_text(r, shown) for shown in told):
                texts.append(with_full_stop(what))
                told.append(r)
        if s.quote and s.quote.strip() and len(quotes) < QUOTES_PER_MOMENT:
            qkey = squash(s.quote).casefold()
            if qkey not in quote_keys:
                quote_keys.append(qkey)
                quotes.append(quoted(s.quote))
        name = squash(s.reporter.name)
        if name not in reporters:
            reporters.append(name)
        place = squash(s.where or "")
        if place and place not in places:
            places.append(place)
    credit = "— reported by " + ", ".join(reporters)
    if places:
        credit += f" ({', '.join(places)})"
    return " ".join(texts), quotes, clip(credit, CREDIT_MAX)


def _fit(text: str, quotes: list[str], credit: str, budget: int) -> str:
    """One paragraph within `budget`: the text is cut first, quotes only if nothing else will do."""
    whole = " ".join(p for p in (text, *quotes, credit) if p)
    if len(whole) <= budget:
        return whole
    fixed = len(" ".join((*quotes, credit))) + 1
    if budget - fixed >= MIN_TEXT or not quotes:
        return " ".join(p for p in (clip(text, max(budget - fixed - 1, 1)), *quotes, credit) if p)[:budget]
    cut_text = clip(text, MIN_TEXT) if text else ""
    room = budget - len(cut_text) - len(credit) - 2 - len(quotes)
    share = max(room // len(quotes) - 2, 1)
    cut_quotes = [q if len(q) <= share + 2 else q[0] + clip(q[1:-1], share) + q[-1] for q in quotes]
    return " ".join(p for p in (cut_text, *cut_quotes, credit) if p)[:budget]


def body(story: Story, book: NameBook, limit: int = DESCRIPTION_MAX, taken: Collection[str] = ()) -> Written:
    """Paragraphs of the story's moments in time order, each with its quotes and credits, ≤ `limit`.

    Moments are admitted by priority (pinned, strongest) while they fit whole; the first one is cut to
    fit if it must. A closing line counts the sightings of the story that are not told.
    """
    total = story.total
    parts = {id(m): _paragraph_parts(m) for m in story.used}
    reserve = 120 if story.lead is not None else 0
    chosen: list[tuple[Moment, str]] = []
    used_chars = 0
    for moment in story.used:
        text, quotes, credit = parts[id(moment)]
        paragraph = " ".join(p for p in (text, *quotes, credit) if p)
        sep = 2 if chosen else 0
        if used_chars + sep + len(paragraph) + reserve <= limit:
            chosen.append((moment, paragraph))
            used_chars += sep + len(paragraph)
        elif not chosen:
            paragraph = _fit(text, quotes, credit, limit - reserve)
            chosen.append((moment, paragraph))
            used_chars += len(paragraph)
    chosen.sort(key=lambda mp: mp[0].first)
    reports = sorted((r for m, _ in chosen for r in m.reports), key=lambda r: r.index)
    more = total - len(reports)
    paragraphs = [p for _, p in chosen]
    if more and story.lead is not None:
        noun = "sighting" if more == 1 else "sightings"
        paragraphs.append(f"Our correspondents logged {more} more {noun} of {book.display[story.lead]} tonight.")
    return Written(
        headline=headline(story, book, taken),
        body=clip("\n\n".join(paragraphs), limit),
        reports=reports,
        more_sightings=more,
    )


def title(count: int) -> str:
    """The digest's title, counting the items found: "Five things you didn't see", "One thing …"."""
    return f"{number_word(count)} {'thing' if count == 1 else 'things'} you didn't see"


def intro(show: Show, count: int) -> str:
    """The line before the items: names the show and the venue."""
    name = squash(show.name)
    venue = squash(show.venue or "")
    where = f"{name} at {venue}" if venue else name
    if count == 0:
        return f"No backstage moments from {where} have made it into the digest yet."
    moments = "one moment" if count == 1 else f"{number_word(count).lower()} moments"
    return (
        f"The cameras caught {where}; our correspondents caught the rest. "
        f"Here {'is' if count == 1 else 'are'} {moments} you didn't see."
    )
