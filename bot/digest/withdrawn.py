"""What the night's retracted and dropped reports claimed, by person, worked out for a person when the writer asks.

A retracted report's claim is an aside the article must not restate ("So. No feud." after a retracted feud rumour,
`writing._without_withdrawn`), unless its author retracted it as a double post (half its words in a live report of
theirs filed within ten minutes: it claimed nothing). Which retracted reports were double posts used to be worked out
for every one of them before the stories were built (about 300 at 10,000 sightings, each its author's live reports
about the same people read and their claims worked out); the writer asks only for the people of the moments it
tells, so `Withdrawn` works a report out the first time one of its people is asked for, once.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Iterator, Mapping, Sequence
from operator import attrgetter

from bot.models import AnySighting, SightingStatus

from .clauses import sentences
from .hygiene import word_count
from .lexicon import unsure_stem
from .moments import Moment
from .night import NameBook, Report, claim_words
from .textutil import alnum_words, fold

_DOUBLE_POST_SECONDS = 10 * 60


class Withdrawn(Mapping[str, list[str]]):
    """Person key (folded as tagged) → the texts of the retracted reports (not double posts) and dropped reports
    that name them, in the order the night gave them (retracted first, in input order, then dropped ones in time
    order; a text once for each time the report names the key). A key none names is absent. `get` works out only
    the asked key's reports (each report once); iterating works out every one."""

    def __init__(
        self,
        gone: list[AnySighting],
        dropped: list[AnySighting],
        reports: Sequence[Report],
        earlier: Mapping[str, list[str]] | None = None,
    ) -> None:
        self._items = [*gone, *dropped]
        self._retracted = len(gone)  # the first this many of `_items` may be double posts
        self._reports = reports
        self._earlier = dict(earlier or {})
        self._by_key: dict[str, list[int]] = {}  # key -> positions in `_items`, once per naming
        for p, s in enumerate(self._items):
            for name in (*s.people, *s.other_names):
                self._by_key.setdefault(fold(name), []).append(p)
        self._found: dict[str, list[str]] = {}
        self._kept: dict[int, bool] = {}  # position -> not a double post (retracted ones, once each)
        # (worked out on the first ask: the live reports of each retracted one's people and author, and what was read)
        self._theirs: dict[tuple[str, ...], dict[int, list[Report]]] | None = None
        self._claims: dict[int, frozenset[str]] = {}
        self._names: dict[tuple[str, ...], set[str]] = {}
        self._texts: dict[int, str] = {}

    def __getitem__(self, key: str) -> list[str]:
        found = self._found.get(key)
        if found is None:
            found = self._found[key] = [
                *self._earlier.get(key, ()),
                *(self._items[p].what for p in self._by_key.get(key, ()) if self._keeps(p)),
            ]
        if not found:
            raise KeyError(key)
        return found

    def __iter__(self) -> Iterator[str]:
        keys = dict.fromkeys([*self._earlier, *self._by_key])
        return iter([k for k in keys if k in self])

    def __len__(self) -> int:
        return sum(1 for _ in self)

    def __contains__(self, key: object) -> bool:
        if not isinstance(key, str):
            return False
        try:
            self[key]
        except KeyError:
            return False
        return True

    def names_any(self, key: str) -> bool:
        """Whether `key` is in it: the first of its reports that claimed something is enough (`_keeps`)."""
        found = self._found.get(key)
        if found is not None:
            return bool(found)
        return bool(self._earlier.get(key)) or any(self._keeps(p) for p in self._by_key.get(key, ()))

    def _keeps(self, p: int) -> bool:
        """Whether the report at `p` claimed something: dropped, or retracted and no double post."""
        if p >= self._retracted:
            return True
        kept = self._kept.get(p)
        if kept is None:
            s = self._items[p]
            theirs = self._their_reports()[s.people][s.reporter.id]
            kept = self._kept[p] = not _double_post(s, theirs, self._claims, self._names, self._texts)
        return kept

    def _their_reports(self) -> dict[tuple[str, ...], dict[int, list[Report]]]:
        """By people, then author, in time order: the live reports of each retracted report's people and author (only
        the pairs a retracted report has; no pair built per report)."""
        if self._theirs is None:
            theirs: dict[tuple[str, ...], dict[int, list[Report]]] = {}
            for s in self._items[: self._retracted]:
                theirs.setdefault(s.people, {})[s.reporter.id] = []
            for r in self._reports:
                by_author = theirs.get(r.sighting.people)
                if by_author is not None and (mine := by_author.get(r.reporter)) is not None:
                    mine.append(r)
            self._theirs = theirs
        return self._theirs


def note_withdrawn(book: NameBook, sightings: Iterable[AnySighting], reports: Sequence[Report], show_id: int) -> None:
    """Record in `book` what the night's retracted reports and the editor's dropped ones claimed (`Withdrawn`: each
    worked out when one of its people is asked for). A report its author retracted as a double post (half its words
    in a live report of theirs filed within ten minutes) claimed nothing."""
    retracted = SightingStatus.RETRACTED  # (read once, not once per sighting)
    gone = [s for s in sightings if s.status is retracted and s.show_id == show_id]  # (the rarer test first)
    dropped = [r.sighting for r in reports if r.dropped]
    book.withdrawn = Withdrawn(gone, dropped, reports, book.withdrawn)


def _claim(s: AnySighting, names: dict[tuple[str, ...], set[str]]) -> frozenset[str]:
    """A report's content words without its people's names (`names`: the words of each list of names met so far,
    kept by the caller across many reports)."""
    tagged = (*s.people, *s.other_names)
    words = names.get(tagged)
    if words is None:
        words = names[tagged] = {w for name in tagged for w in alnum_words(fold(name))}
    return claim_words(s.what) - words


def _double_post(
    s: AnySighting,
    theirs: list[Report],
    claims: dict[int, frozenset[str]],
    names: dict[tuple[str, ...], set[str]],
    texts: dict[int, str],
) -> bool:
    """Whether a retracted report repeats one of `theirs` (its author's live reports about the same people,
    in time order) filed close by. `claims`, `names` and `texts` (folded, by report index) keep what was worked
    out, across calls."""
    ts = s.created_at.timestamp()
    start = bisect_left(theirs, ts - _DOUBLE_POST_SECONDS, key=attrgetter("ts"))
    claim: frozenset[str] | None = None
    sure: list[str] = []  # the claim's stems that only a text holding them can have (`unsure_stem`)
    for r in theirs[start:]:
        if r.ts > ts + _DOUBLE_POST_SECONDS:
            break
        if claim is None:
            claim = _claim(s, names)
            sure = [w for w in claim if not unsure_stem(w)]
        theirs_claim = claims.get(r.index)
        if theirs_claim is None:
            folded = texts.get(r.index)
            if folded is None:
                folded = texts[r.index] = fold(r.sighting.what)
            if 2 * (len(claim) - len(sure) + len([w for w in sure if w in folded])) < len(claim):
                continue  # its text cannot hold half of the claim: no need to work out its own
            theirs_claim = claims[r.index] = _claim(r.sighting, names)
        if 2 * len(claim & theirs_claim) >= len(claim):
            return True
    return False


_ASIDE_WORDS = 3


def without_withdrawn(text: str, moment: Moment, book: NameBook, name_words: frozenset[str]) -> str:
    """`text` without a short aside that restates or denies what a retracted or dropped report about the
    moment's people claimed ("So. No feud." after a retracted feud rumour): a sentence of at most three
    content words, all of them that report's, goes, and a bare "So." before it with it. (Its sentences joined again
    when one of the moment's people has such a report, whatever goes. The claims themselves are read only when a
    sentence is short enough to be such an aside: most texts have none, and their people's retracted reports are
    then never worked out, `Withdrawn`.)"""
    withdrawn = book.withdrawn
    people = moment.people
    if isinstance(withdrawn, Withdrawn):
        if not any(withdrawn.names_any(key) for key in people):
            return text
    elif not any(withdrawn.get(key) for key in people):
        return text
    pieces = sentences(text)
    words_of = [claim_words(sentence) - name_words for sentence in pieces]
    if not any(words and len(words) <= _ASIDE_WORDS for words in words_of):
        return " ".join(pieces) if pieces else text
    claims = [claim_words(t) for key in people for t in withdrawn.get(key, ())]
    kept: list[str] = []
    for sentence, words in zip(pieces, words_of, strict=True):
        if words and len(words) <= _ASIDE_WORDS and any(words <= c for c in claims):
            if kept and not claim_words(kept[-1]) - name_words and word_count(kept[-1]) <= 2:
                kept.pop()  # "So."
            continue
        kept.append(sentence)
    return " ".join(kept) if kept else text
