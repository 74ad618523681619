"""`compile_digest`: sightings in, a `Digest` out. See `bot.digest.stories` for the algorithm."""

from __future__ import annotations

import gc
import logging
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import datetime
from functools import partial
from typing import TypeVar

from bot.models import AnySighting, Curation, RosterEntry, Show

from .bare_lines import bare_moment, leading
from .hygiene import is_junk
from .models import Digest, DigestItem, LeftOut, PhotoFile
from .moments import Moment
from .night import NameBook, Report
from .quiet_night import fills_count
from .stories import stories_of
from .story import Story
from .textutil import fold
from .unprinted import quotes_cut
from .writing import intro, tells, title, write

log = logging.getLogger(__name__)
T = TypeVar("T")

COUNT_MIN = 1
COUNT_MAX = 10


def compile_digest(
    show: Show,
    sightings: Iterable[AnySighting],
    curations: Sequence[Curation] = (),
    *,
    count: int = 5,
    now: datetime,
    roster: Sequence[RosterEntry] | None = None,
    photos: Mapping[int, PhotoFile] | None = None,
    timezone: str = "UTC",
) -> Digest:
    """Compile "Five things you didn't see" (or `count` things, 1–10) for `show` as of `now`.

    `sightings` may hold every sighting of the show in any status and any order; `curations` are the
    editor's pins and drops, in the order they were made; `roster` (optional) maps aliases to canonical
    names; `photos` (optional) are the sightings' photos by sighting id: an item shows its lead moment's first
    photo, else the first its other reports carry. The result depends only on these arguments: same input, same
    digest, byte for byte.
    """
    if not COUNT_MIN <= count <= COUNT_MAX:
        raise ValueError(f"count must be between {COUNT_MIN} and {COUNT_MAX}, not {count}")
    with _gc_paused():
        # (the night's reports, moments and stories are `_compile`'s locals: freed when it returns, before the
        # collector is back on, so its first collection scans the digest alone, not all that the grouping built)
        printed = [_as_printed(e) for e in roster] if roster is not None else None
        return _compile(show, sightings, curations, count, now, printed, photos or {}, timezone)


def _as_printed(entry: RosterEntry) -> RosterEntry:
    """A roster entry filed surname first ("Nkulu, Odette") with the name in reading order among its aliases ("Odette
    Nkulu") named so in the digest: "Nkulu, Odette, brought him on stage" is the list's order, never the copy's. The
    filed form stays an alias, so a `who` that names it still finds her (never "Tyler, The Creator": no alias turns
    it round)."""
    family, comma, given = entry.name.partition(", ")
    if not comma or " " in family or " " in given or ", " in given:
        return entry
    turned = f"{given} {family}"
    if not any(alias == turned for alias in entry.aliases):
        return entry
    aliases = (*(a for a in entry.aliases if a != turned), entry.name)
    return entry.model_copy(update={"name": turned, "aliases": aliases})


def _compile(
    show: Show,
    sightings: Iterable[AnySighting],
    curations: Sequence[Curation],
    count: int,
    now: datetime,
    roster: Sequence[RosterEntry] | None,
    photos: Mapping[int, PhotoFile],
    timezone: str,
) -> Digest:
    untold: list[Moment] = []  # (the preview says which strong moment was left out as written, and why: `_left_out`)
    denied: list[tuple[AnySighting, AnySighting]] = []  # (a report denied in words, its denial: `_left_out`)
    unapplied: list[tuple[AnySighting, AnySighting | None]] = []  # (a correction not applied, its post: `_left_out`)
    beats: list[Moment] = []  # (a moment a published story held that its item does not tell: `_untold_beats`)
    cut: list[LeftOut] = []  # (a quote the body had no room for: the preview names it, `unprinted`)
    crashed: list[Moment] = []  # (a story whose item could not be written, an error: left out and named, `_guarded`)
    full: list[Moment] = []  # (a moment on a thread whose story had no room for it: `stories._threads_joined`)

    def guarded_tells(story: Story, book: NameBook) -> bool:
        return _guarded(show, story, crashed, partial(tells, story, book)) is True

    stories, book, candidates = stories_of(
        show,
        sightings,
        curations,
        now,
        roster,
        count,
        timezone,
        leading(guarded_tells),
        untold,
        denied,
        unapplied,
        full,
    )
    taken: set[str] = set()  # headlines already used, folded: two items never share one
    items: list[DigestItem] = []
    bonus: DigestItem | None = None
    for story in stories:  # (`tells` kept out every story it cannot tell; an empty body is the last guard)
        item = _guarded(show, story, crashed, partial(_item, story, book, len(items) + 1, taken, photos))
        if item is None:
            continue
        if not item.body and story.moment.pin is None:  # (an editor's pin is never left out)
            untold.append(story.moment)  # (nothing of it could be written: the preview says it was left out)
            continue
        beats.extend(_untold_beats(story, item))
        cut.extend(quotes_cut(item, (r for m in story.moments for r in m.reports)))
        if len(items) == count:
            bonus = item
            break
        items.append(item)
    return Digest(
        show_id=show.id,
        show_name=show.name,
        venue=show.venue,
        title=title(len(items)),
        intro=intro(show, len(items)),
        items=items,
        bonus=bonus,
        compiled_at=now,
        candidates=candidates,
        left_out=_left_out(
            untold,
            [*items, *([bonus] if bonus else [])],
            count,
            denied,
            beats,
            cut,
            crashed,
            partial(_reads, book),
            unapplied,
            full,
        ),
    )


def _guarded(show: Show, story: Story, crashed: list[Moment], work: Callable[[], T]) -> T | None:
    """`work` on one story (telling it, writing its item), or None when it fails: one item that cannot be written
    never fails the whole digest. The story is left out, its moment named to the editor (`_left_out`: "could not
    be written", with what to do) and the error logged with its traceback."""
    try:
        return work()
    except Exception:
        ids = sorted(r.sighting.id for r in story.moment.reports)
        log.exception("digest of show %s: the item of sightings %s could not be written; left out", show.id, ids)
        crashed.append(story.moment)
        return None


LEFT_OUT_MAX = 5  # the editor's preview names at most this many moments left out as written


def _left_out(
    untold: Sequence[Moment],
    published: Sequence[DigestItem],
    count: int,
    denied: Sequence[tuple[AnySighting, AnySighting]] = (),
    beats: Sequence[Moment] = (),
    cut: Sequence[LeftOut] = (),
    crashed: Sequence[Moment] = (),
    reads: Callable[[Moment], bool] = lambda m: False,
    unapplied: Sequence[tuple[AnySighting, AnySighting | None]] = (),
    full: Sequence[Moment] = (),
) -> list[LeftOut]:
    """The moments the digest could not tell as written (`writing.tells`) that would have made it: as strong as its
    weakest item or the bonus (its votes, one at least), or any when it has fewer items than asked; the strongest
    first. Their reason: no report in English ("another language"), else no sentence that reads as prose
    ("shorthand"); and a report another denied in words (`denials`) with votes that strong, its denial told in no
    item ("denied": nothing true of it is left in the article); and a moment with votes that strong that a published
    item's story held but its text does not tell ("untold beat", `_untold_beats`): nothing real vanishes unsaid. A
    moment that is only a word or two of speech leads no item ("bare line", `bare_lines`); a full act nobody
    voted for whose people each lead an item already is named for that ("leads already", not "filler"); a printed
    item's quote it had no room for is named whatever its votes (`cut`, "quote not printed": `unprinted`). A
    moment whose item could not be written (an error, `_guarded`) is named first, whatever its votes ("crashed"); a
    correction that could not be applied (`unapplied`) and that no item tells is named next, whatever its votes, as
    a correction of the post it meant ("correction"): never "too slight", which would hide it from the editor."""
    short = len(published) < count  # (fewer items than asked: every moment left out, whatever its votes)
    floor = 0 if short else max(1, min(item.votes for item in published))
    found: list[LeftOut] = []
    told = {i for item in published for i in item.sighting_ids}
    leaders = {fold(item.lead) for item in published if item.lead}
    in_items = {fold(name) for item in published for name in item.people}
    failed = [_named(m, "crashed") for m in dict.fromkeys(crashed)]
    fixes = [  # (the correction first, then the post it meant: `LeftOut.note` says "a correction of #N")
        LeftOut(sighting_ids=[fix.id, *([post.id] if post else [])], votes=fix.votes, reason="correction")
        for fix, post in unapplied
        if fix.id not in told
    ]
    failed += fixes
    told |= {x.sighting_ids[0] for x in fixes}  # (never named again as "filler")
    for m in dict.fromkeys(untold):
        if m in crashed:
            continue
        if m.votes < floor or not told.isdisjoint(r.sighting.id for r in m.reports):
            continue
        if m.told_filler and published and not short:
            continue  # (filler is named only when the digest is short of its count: then it is why)
        reason = (
            ("shorthand" if is_junk(m.speaker.sighting.what) else "chatter")  # (debris, or its reporter talking)
            if m.junk
            else "another language"
            if m.told_abroad
            else "bare line"
            if bare_moment(m)
            else "filler"
            if m.told_filler
            else "shorthand"
        )
        if reason == "filler" and m.people and leaders.issuperset(m.people) and fills_count(m):
            reason = "leads already"  # (a full act, out because its person leads an item: never "too slight")
        elif reason == "shorthand" and reads(m):  # (it reads as prose: never "shorthand")
            if m.people and leaders.issuperset(m.people) and (m.votes or m.has_quote):
                reason = "leads already"  # (voted or quoted, out because its person leads an item: `second_items`)
            elif m.votes and m.people and in_items.issuperset(m.people):
                reason = "in an item"  # (voted, told in no item, its people in items already)
            else:
                continue  # (out for its rank, as any moment below the digest's)
        ids = [r.sighting.id for r in sorted(m.reports, key=lambda r: (-r.sighting.votes, r.sighting.id))]
        found.append(LeftOut(sighting_ids=ids, votes=m.votes, reason=reason))
    named = {i for x in found for i in x.sighting_ids}
    for m in dict.fromkeys(beats):
        if m.votes < max(floor, 1) or not told.isdisjoint(r.sighting.id for r in m.reports):
            continue
        ids = [r.sighting.id for r in sorted(m.reports, key=lambda r: (-r.sighting.votes, r.sighting.id))]
        if named.isdisjoint(ids):  # (once: a moment in no English is named for that)
            found.append(LeftOut(sighting_ids=ids, votes=m.votes, reason="untold beat"))
    for m in dict.fromkeys(full):  # (a voted moment on a thread whose story had no room: "thread full")
        left = _named(m, "thread full")
        if m.votes >= max(floor, 1) and told.isdisjoint(left.sighting_ids) and named.isdisjoint(left.sighting_ids):
            found.append(left)
    for claim, denial in denied:
        if claim.votes >= max(floor, 1) and denial.id not in told:
            found.append(LeftOut(sighting_ids=[claim.id, denial.id], votes=claim.votes, reason="denied"))
    found.extend(x for x in cut if named.isdisjoint(x.sighting_ids))
    found.sort(key=lambda x: (-x.votes, x.sighting_ids))
    return [*failed, *found][: max(LEFT_OUT_MAX, len(failed))]


def _reads(book: NameBook, m: Moment) -> bool:
    """Whether moment `m` could lead an item as it is written (`writing.tells`): a reason for leaving it out that
    blames its words ("shorthand") would be false."""
    try:
        return tells(Story(moment=m, lead=m.lead), book)
    except Exception:  # (a moment its item could not be written for: its words are the question)
        return False


def _named(m: Moment, reason: str) -> LeftOut:
    ids = [r.sighting.id for r in sorted(m.reports, key=lambda r: (-r.sighting.votes, r.sighting.id))]
    return LeftOut(sighting_ids=ids, votes=m.votes, reason=reason)


def _untold_beats(story: Story, item: DigestItem) -> list[Moment]:
    """The moments in English `story` holds (its lead moment, its follow-ups) of which its item tells no report nor
    credits any reporter: the writer left them out as repeats or as unfit copy, and with them their reporters' credit
    (`_left_out` names the strong ones)."""
    told, credited = set(item.sighting_ids), set(item.reporters)
    return [
        m
        for m in story.moments
        if m.english
        and told.isdisjoint(r.sighting.id for r in m.reports)
        and credited.isdisjoint(r.sighting.reporter.name.strip() for r in m.reports)
    ]


@contextmanager
def _gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while a big night is grouped and its items written.

    Grouping allocates tens of thousands of small objects that live until the end of the compilation
    and form no reference cycles; left on, the collector would scan the whole heap (the night's
    sightings included) several times for nothing, and switched back on before the items are written, its first
    collection would scan all that the grouping built. Reference counting still frees memory as usual, and the
    caller frees the night's objects before this ends (`_compile`'s locals): the collection that follows (its
    count of allocations is long past the threshold) then scans only what outlives the compile (at 10,000 sightings
    about 28,000 objects fewer: a few milliseconds).
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _photo(story: Story, reports: Sequence[Report], photos: Mapping[int, PhotoFile]) -> PhotoFile | None:
    """The photo an item shows: the first (in time order) of its lead moment's reports that has one, else the
    first of its other reports. Only reports the item tells, so the publisher's check of those sightings just
    before posting covers the photo too."""
    if not photos:
        return None
    shot = [r for r in reports if r.sighting.id in photos]
    lead = {r.sighting.id for r in story.moment.reports}
    pick = next((r for r in shot if r.sighting.id in lead), shot[0] if shot else None)
    if pick is None:
        return None
    # a photo posted from someone's message ("Post as sighting") is theirs, not the correspondent's who posted it
    taker = pick.sighting.source if pick.sighting.source is not None else pick.sighting.reporter
    return photos[pick.sighting.id].model_copy(update={"credit": taker.name.strip()})


def _item(story: Story, book: NameBook, rank: int, taken: set[str], photos: Mapping[int, PhotoFile]) -> DigestItem:
    written = write(story, book, taken=taken)
    taken.add(written.headline.casefold())
    people: list[str] = []
    if story.lead is not None:
        people.append(story.lead)
    for m in story.moments:
        people.extend(k for k in m.people if k not in people)
    reporters: list[str] = []
    sources: list[str] = []
    locations: list[str] = []
    for r in written.reports:
        name = r.sighting.reporter.name.strip()
        if name not in reporters:
            reporters.append(name)
        source = r.sighting.source.name.strip() if r.sighting.source is not None else ""
        if source and source not in sources:
            sources.append(source)
        place = (r.sighting.where or "").strip()
        if place and place not in locations:
            locations.append(place)
    about_lead = sum(1 for r in written.reports if story.lead in r.names) if story.lead is not None else 0
    return DigestItem(
        rank=rank,
        headline=written.headline,
        body=written.body,
        people=[book.display[k] for k in people],
        lead=book.display[story.lead] if story.lead is not None else None,
        sighting_ids=[r.sighting.id for r in written.reports],
        reporters=reporters,
        sources=[n for n in sources if n not in reporters],
        votes=sum(r.sighting.votes for r in written.reports),
        pinned=story.pin is not None,
        score=story.score,
        locations=locations,
        more_sightings=book.attention.get(story.lead, 0) - about_lead if story.lead is not None else 0,
        photo=_photo(story, written.reports, photos),
        untranslated=list(written.untranslated),
    )
