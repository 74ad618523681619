"""A correction the digest could not apply, named to the editor as one (break31 N11). A post that opens by saying it
corrects another (`corrections.is_correction`: "correction to my last: …", "sorry, my mistake: …") and that
`night._without_corrected` placed nowhere, or a number put right ("update on Nell: it was EIGHT encores, not six")
that `night._numbers_put_right` did not apply (its post older than the window), is left as a report of its own: with
no votes it is "too slight" to the preview, which hides that a printed item may say what its own reporter took back.
`not_applied` finds them, with the post each most likely meant, and the preview says "a correction of #N that could
not be applied" (`compiler._left_out`, reason "correction"), so the editor can put #N right by hand."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.models import AnySighting

from .corrections import amended, corrections_among, is_correction, number_fix, saying_not, whose_post
from .lexicon import STOPWORDS
from .named_back import about_the_same, topic_posts
from .textutil import alnum_words, fold

MEANT_WITHIN = 3 * 60 * 60  # seconds: the post a correction meant is looked for this far back


def not_applied(
    ordered: Sequence[AnySighting],
    kept: Sequence[AnySighting],
    retracted: Sequence[AnySighting] = (),
    nots: list[int] | None = None,
) -> list[tuple[AnySighting, AnySighting | None]]:
    """The corrections of `ordered` (the night's eligible sightings, in time order) that came out of the corrections'
    passes (`kept`) as they went in, each with the post it most likely meant (None when none can be told): the
    correspondent's own latest post before it (a number fix: the latest that says the number it takes back), else the
    latest of the correspondent it names ("correction to Amy's post"). A correction filed after its correspondent's
    own post was retracted ("ambulance" retracted, then "CORRECTION: no ambulance, he is fine") was put right by the
    retraction: it is a report of its own, never named against an earlier post (`retracted`: the night's retracted).
    `nots`: the positions of the posts saying "not" (`corrections.saying_not`), when the caller has them."""
    texts = [s.what for s in ordered]
    fixes = corrections_among(texts)
    # (the night's corrections and the posts that may put a number right: most nights, a few hundred of thousands)
    asked = sorted(fixes.union(saying_not(texts) if nots is None else nots))
    if not asked:
        return []
    survived = {id(s) for s in kept}
    still = {s.id for s in kept}
    found: list[tuple[AnySighting, AnySighting | None]] = []
    for k in asked:
        fix = ordered[k]
        if id(fix) not in survived:
            continue  # (placed: it stands for its post, or is gone)
        what = fix.what
        if k in fixes:
            own = _own_last(ordered, k)
            if _after_own_retraction(fix, own, retracted):
                continue
            topic = topic_posts(ordered, k)
            about = own is not None and (bool(set(fix.people) & set(own.people)) or about_the_same(what, own))
            if own is not None and not _MY_LAST.search(what) and not about:
                own = None  # ("Correction on the walkout: …" after her own post on a split seam: never that post)
            meant = ordered[min(topic)] if topic else own or _named_correspondents(ordered, k)
            if meant is None and any(s.id not in still for s in _before(ordered, k)):
                continue  # (a post before it was taken back: maybe by it, told as it was: never named wrongly)
            if meant is None or meant.id in still:  # (its post gone: it was applied, and tells nothing of its own)
                found.append((fix, meant))
        elif (number := number_fix(what)) is not None:  # (a post saying "not": the others are not asked)
            post = _said_the_number(ordered, k, number)
            if post is not None:  # (a true "won 3 awards, not 2 as tipped" puts no post right: never named)
                found.append((fix, post))
    return found


def _before(ordered: Sequence[AnySighting], k: int) -> list[AnySighting]:
    fix = ordered[k]
    out = []
    for j in range(k - 1, -1, -1):
        s = ordered[j]
        if (fix.created_at - s.created_at).total_seconds() > MEANT_WITHIN:
            break
        if not is_correction(s.what):
            out.append(s)
    return out


def _after_own_retraction(fix: AnySighting, live: AnySighting | None, retracted: Sequence[AnySighting]) -> bool:
    """Whether the correspondent of `fix` retracted a post of theirs after their latest live one (`live`) and before
    `fix`, within the window a correction looks back."""
    return any(
        s.reporter.id == fix.reporter.id
        and s.created_at < fix.created_at
        and (fix.created_at - s.created_at).total_seconds() <= MEANT_WITHIN
        and (live is None or s.created_at > live.created_at)
        for s in retracted
    )


_MY_LAST = re.compile(r"\bmy (?:last|previous|earlier|post|report)\b", re.IGNORECASE)  # ("correction to my last: …")


def _own_last(ordered: Sequence[AnySighting], k: int) -> AnySighting | None:
    return next((s for s in _before(ordered, k) if s.reporter.id == ordered[k].reporter.id), None)


def _named_correspondents(ordered: Sequence[AnySighting], k: int) -> AnySighting | None:
    whose = whose_post(ordered[k].what)
    if not whose:
        return None
    return next((s for s in _before(ordered, k) if fold(s.reporter.name).split()[:1] == [fold(whose)]), None)


def _said_the_number(ordered: Sequence[AnySighting], k: int, number: tuple[str, str, str]) -> AnySighting | None:
    """The correspondent's latest post before `ordered[k]` that says the number it takes back, about one of its people
    (by a word of their name in its text or its tags)."""
    fix = ordered[k]
    words = set(alnum_words(fold(fix.what))) | {w for n in fix.people for w in alnum_words(fold(n))}
    for s in _before(ordered, k):
        if s.reporter.id != fix.reporter.id:
            continue
        names = {w for n in s.people for w in alnum_words(fold(n)) if w not in STOPWORDS}
        if names & words and amended(s.what, number) is not None:
            return s
    return None
