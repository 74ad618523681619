"""The words of the digest: an item's headline and body, the title and the intro.

A story is told once, as prose: the lead moment first (its cleanest report's text, then its distinct
quotes, each with who said it), then each follow-up in its own paragraph, opened with a light connective
("Later, …"). No credits, ids or counts in the body: the renderers add one credit line per item.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass

from bot.limits import DESCRIPTION_MAX, TITLE_MAX, clip
from bot.models import Show

from .headlines import write_headline
from .hygiene import is_junk, prose, with_full_stop, word_count
from .moments import Moment
from .night import NameBook, Report
from .stories import Story
from .textutil import fold, number_word, squash, wordset
from .verbs import looks_like_verb

QUOTES_PER_MOMENT = 3
THIN_WORDS = 4  # a text of fewer words ("Overheard") gives way to its quote
_LOWER_STARTERS = wordset(
    """
    the a an his her their its our this that these those someone somebody everyone everybody nobody crew
"""
)
_LABEL_MAX_WORDS = 3
# a report that opens "Priya Castellane running her monologue …": a name, then an -ing verb
_FRAGMENT = re.compile(r"^((?:[A-Z][\w.-]*(?<![’'][sS])\s+){1,4})([a-z]+ing)(?=[\s,.;:])")


@dataclass(frozen=True, slots=True)
class Written:
    """An item's words and the reports they tell."""

    headline: str
    body: str
    reports: list[Report]  # in time order


def speaker_of(r: Report, moment: Moment, book: NameBook) -> str | None:
    """Who said a report's quote: `quote_by` when given, else the moment's only person, else nobody."""
    given = squash(r.sighting.quote_by or "")
    if given:
        return book.display.get(fold(given), given)
    if len(moment.people) == 1:
        return book.display[moment.people[0]]
    return None


def quotes_of(moment: Moment, book: NameBook) -> list[tuple[str, str | None]]:
    """The moment's distinct quotes in time order, each with its speaker (a few at most)."""
    seen: set[str] = set()
    found: list[tuple[str, str | None]] = []
    for r in moment.reports:
        quote = prose(r.sighting.quote or "").strip('"“”„«» ')
        key = " ".join(fold(quote).split())
        if not quote or key in seen or is_junk(r.sighting.quote or ""):
            continue
        seen.add(key)
        found.append((quote, speaker_of(r, moment, book)))
    return found[:QUOTES_PER_MOMENT]


def _short_name(name: str) -> str:
    """ "Delacroix" for "Zoë Delacroix" once she has been named; bands, one-word names and names with a
    comma stay whole."""
    words = name.split()
    if len(words) == 2 and words[0].lower() != "the" and "," not in name and all(w[:1].isupper() for w in words):
        return words[1]
    return name


def attributed(quote: str, speaker: str | None, told: str) -> str:
    """`“It's a look now,” Zoë Delacroix said.` — or the quote alone when nobody is known to have said it.
    A speaker already named in `told` (the text before) is called by their surname."""
    if speaker is None:
        return f"“{quote}”"
    named = fold(speaker) in fold(told) or fold(_short_name(speaker)) in fold(told).split()
    name = _short_name(speaker) if named else speaker
    if quote[-1:] in "!?…":
        return f"“{quote}” {name} said."
    return f"“{quote.rstrip('.,;:')},” {name} said."


def finite(text: str) -> str:
    """A note-style fragment made a sentence: "Priya Castellane running her monologue" → "Priya Castellane
    was running her monologue" ("were" after "X and Y")."""
    m = _FRAGMENT.match(text)
    if not m or not looks_like_verb(m.group(2), after_name=True):
        return text
    subject = m.group(1)
    aux = "were " if " and " in f" {subject} " or " & " in subject else "was "
    return subject + aux + text[m.start(2) :]


def _as_follow_up(text: str, connective: str) -> str:
    """A follow-up's text after its connective: a label ("Uno result:") dropped, a common first word in
    lower case ("Later, the Uno game …")."""
    head, sep, tail = text.partition(": ")
    if sep and word_count(head) <= _LABEL_MAX_WORDS and tail[:1].islower():
        text = tail
    first = text.split(" ", 1)[0]
    if first.lower() in _LOWER_STARTERS:
        text = text[:1].lower() + text[1:]
    return connective + text


def _connectives(story: Story) -> dict[int, str]:
    """ "Earlier, " / "Then, " for follow-ups before the lead moment, "Later, " / "After that, " after."""
    out: dict[int, str] = {}
    lead = story.moment.first
    before = [m for m in story.moments[1:] if m.first < lead]
    after = [m for m in story.moments[1:] if m.first > lead]
    for k, m in enumerate(before):
        out[m.first] = "Earlier, " if k == 0 else "Then, "
    for k, m in enumerate(after):
        out[m.first] = "Later, " if k == 0 else "After that, "
    return out


def _paragraph(moment: Moment, book: NameBook, told: str, connective: str) -> str:
    text = prose(moment.speaker.sighting.what)
    quotes = quotes_of(moment, book)
    if word_count(text) < THIN_WORDS and quotes:
        text = ""
    text = with_full_stop(finite(text))
    if text and connective:
        text = _as_follow_up(text, connective)
    parts = [text] if text else []
    for quote, speaker in quotes:
        if fold(quote) in fold(text):
            continue  # the reporter already put it in the text
        parts.append(attributed(quote, speaker, " ".join([told, *parts])))
    return " ".join(parts)


def _fit(paragraphs: list[str], limit: int) -> str:
    """The paragraphs within `limit`: the lead moment is kept (cut if it must be), follow-ups that no
    longer fit are left out."""
    kept: list[str] = []
    for p in paragraphs:
        if len("\n\n".join([*kept, p])) <= limit:
            kept.append(p)
        elif not kept:
            kept.append(clip(p, limit))
    return "\n\n".join(kept)


def headline(story: Story, book: NameBook, taken: Collection[str] = ()) -> str:
    """The editor's pin headline; else the lead moment's reporter headline (its speaker's first, never
    one an earlier item carries, nor one that is mostly debris); else one written by rule."""
    if story.moment.pin_headline:
        return clip(squash(story.moment.pin_headline), TITLE_MAX)
    m = story.moment
    for r in sorted(m.reports, key=lambda r: r is not m.speaker):
        raw = r.sighting.headline or ""
        text = squash(prose(raw))
        if text and not is_junk(raw) and text.casefold() not in taken:
            return clip(text, TITLE_MAX)
    names = [book.display[k] for k in m.people]
    lead = book.display[story.lead] if story.lead is not None else None
    quotes = quotes_of(m, book)
    quote, speaker = next(((q, s) for q, s in quotes if s), (quotes[0][0], None) if quotes else (None, None))
    written = ""
    for r in sorted(m.reports, key=lambda r: r is not m.speaker):
        if is_junk(r.sighting.what) and r is not m.speaker:
            continue
        written = write_headline(prose(r.sighting.what), names=names, lead=lead, quote=quote, speaker=speaker)
        if written and written.casefold() not in taken:
            break
    return clip(written or lead or "Backstage", TITLE_MAX)


def write(story: Story, book: NameBook, limit: int = DESCRIPTION_MAX, taken: Collection[str] = ()) -> Written:
    """The story's headline and body (≤ `limit` characters) and the reports it tells."""
    connectives = _connectives(story)
    paragraphs: list[str] = []
    for m in story.moments:
        paragraphs.append(_paragraph(m, book, " ".join(paragraphs), connectives.get(m.first, "")))
    reports = sorted((r for m in story.moments for r in m.reports), key=lambda r: r.index)
    return Written(headline(story, book, taken), _fit([p for p in paragraphs if p], limit), reports)


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
