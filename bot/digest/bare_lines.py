"""A bare line is no story: a note with no act that carries a quote of one or two words ("Noor." with “Ok”, "Overheard:"
with “Fine.”) is never an item's lead, however many votes it has; there is nothing to headline but the word itself
(`Noor Abernathy: “Ok.”`). Told inside the item of its moment (another report tells the act), it is kept. An editor's
pin or key mark still leads. The preview says why it was left out (`compiler._left_out`, "bare line")."""

from __future__ import annotations

from collections.abc import Callable

from .clauses import sentences
from .copyedit import thin_place
from .hygiene import prose
from .matching import frames_only
from .moments import Moment
from .night import NameBook, Report
from .polish import verbless
from .quoted import only_quoted
from .story import Story

BARE_QUOTE_WORDS = 2  # a quote of this many words or fewer is a word, not a line ("Ok", "Not now")


def _words(text: str) -> int:
    return sum(1 for w in text.split() if w.strip("“”\"'‘’.,!?;:…-—()"))


def bare(r: Report) -> bool:
    """Whether a report gives nothing but a word or two of speech: its quote (or its text, a quotation) one or two
    words, its note no act (it only frames the quote: a name, a place, "Overheard")."""
    s = r.sighting
    if s.quote:
        return _words(prose(s.quote)) <= BARE_QUOTE_WORDS and _frames_only(r)
    return only_quoted(s.what) and _words(prose(s.what)) <= BARE_QUOTE_WORDS


def _no_act(r: Report) -> bool:
    """A report with no quote whose note has no verb ("Noor, at the bar."): it tells no act either."""
    return not r.sighting.quote and not only_quoted(r.sighting.what) and _frames_only(r)


def _frames_only(r: Report) -> bool:
    """`matching.frames_only`, reading the report's people as names: "Gaga lit a cigarette for Adele" (tagged Lady
    Gaga) has its verb after a name ("lit" is a verb only there), so it is an act, never a bare frame."""
    if not frames_only(r):
        return False
    names = frozenset(w for key in r.names for w in key.split())
    note = prose(r.sighting.what)
    return thin_place(note) is not None or all(verbless(s, names) for s in sentences(note))


def bare_moment(m: Moment) -> bool:
    """Whether a moment is only a bare line (`bare`): no pin, no key mark, and every report in English either a bare
    line or a note with no act, one at least a bare line."""
    if m.pin is not None or m.key:
        return False
    told = m.english
    return any(bare(r) for r in told) and all(bare(r) or _no_act(r) for r in told)


def leading(tells: Callable[[Story, NameBook], bool]) -> Callable[[Story, NameBook], bool]:
    """`tells` (`writing.tells`), and never a story whose lead moment is a bare line: it leads no item."""

    def leads(story: Story, book: NameBook) -> bool:
        return not bare_moment(story.moment) and tells(story, book)

    return leads
