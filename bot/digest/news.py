"""The news of a moment, found first: which sentence of which report tells what happened.

When the report written most cleanly (the first in `Moment.speaking` order) opens on a clause that only sets the
scene — a movement ("walked past his own dressing room to the equipment cases"), a scene in progress, someone
watching — every clean English report of the moment is split into its sentences and their clauses
(`options.clause_options`), and each clause is scored as news, whatever sentence it sits in: an act that changes
something (`payoff.news_weight`: hands, gives, falls, proposes over arrives, is, walks, eats, films; an approach,
climbs onto, gathers, asks for, sets it up), with an object that is more than a quantity or a place ("led about
thirty people" tells less than "led a blackout choir", `headline_score.object_missing`), its subject a
person of the moment (carried from the sentence's first clause: "Almir walked …, took out … and handed it to Kauê":
Almir) and another of them its object or recipient, its words salient — shared with the moment's other reports and
its quotes, and rare in the night (an inverse document frequency over up to 100 of the night's sightings, computed
once, `rarity`) — and from a report the room voted for. The report holding the best clause speaks for the moment
(`news_first`) when it clearly tells more news than the cleanest one and the cleanest does not tell it already: the
body opens with its sentence and the headline is written from it, so they agree. Otherwise the cleanest speaks, as
the body has always told it (a report that retells it would be told twice)."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Sequence
from itertools import chain

from .clauses import COPULA, Option, lead_clause, sentences
from .headline_score import object_missing
from .hygiene import junk_share
from .moments import Moment, vote_tier
from .night import NameBook, Report, claim_words
from .options import clause_options
from .payoff import MUNDANE, RESULT_VERBS, news_weight, verb_base, went_on_in

RARITY_SAMPLE = 100  # sightings read for how rare a word is in the night (evenly spread over it)
REPORTS_READ = 5  # a moment's reports read for its news (in their speaking order): a big moment repeats itself
_SENTENCE_PENALTY = 0.25  # a later sentence is as much news as the first: only a tie goes to the earlier one
_RARE_MAX = 2.0  # the most a clause's rare shared words add
_VOTES_MAX = 1.5
_DEBRIS_MAX = 0.25
_OBJECT_OPENERS = frozenset({"a", "an", "the", "his", "her", "their", "its", "my", "our", "this", "that"})
_NO_OBJECT = 2.0  # a clause whose object is only a quantity or a place is not news by itself (`object_missing`)
_GOES_ON = frozenset({"and", "then", "so"})
_MARGIN = 1.5  # how much more news another report must tell to speak instead of the cleanest


def rarity(book: NameBook) -> dict[str, float]:
    """How rare each content word (stemmed, `claim_words`) is in the night: log(N / sightings using it), over up to
    `RARITY_SAMPLE` of the night's candidates evenly spread over it, worked out once per night (a word every report
    uses tells nothing; a word none of them uses is as rare as can be)."""
    if book.rarity_ is None:
        step = max(1, len(book.reports) // RARITY_SAMPLE)  # every step-th sighting: a constant cost, the same each time
        read = book.reports[::step]
        counts = Counter(chain.from_iterable(claim_words(r.sighting.what) for r in read))
        total = max(len(read), 1)
        book.rarity_ = {w: math.log((total + 1) / (n + 1)) for w, n in counts.items()}
    return book.rarity_


def salient(moment: Moment) -> frozenset[str]:
    """The moment's words that more than one of its reports use, and its quotes' words."""
    counts = Counter(chain.from_iterable(r.features().tokens for r in moment.reports))
    quoted = frozenset().union(*(r.features().quote_tokens for r in moment.reports))
    return frozenset(t for t, n in counts.items() if n >= 2) | quoted


def clause_news(option: Option, rare: dict[str, float], night: int) -> float:
    """A clause's score as news: its own (`clause_options`: subject named, an act that changes something,
    people, salient words, it fits) without the penalty for a later sentence, plus how rare its salient words are."""
    _, sentence, _ = option.place
    score = option.score + (1.0 - _SENTENCE_PENALTY) * sentence  # (`clause_options` takes 1.0 a sentence)
    verb = len(option.clause.subject)
    if verb < len(option.words) and object_missing(option.words[verb], option.words[verb + 1 :]):
        score -= _NO_OBJECT  # "led about thirty people": in what?
    top = math.log(night + 1) or 1.0
    return score + min(sum(rare.get(w, top) for w in option.salient) / top, _RARE_MAX)


def news_of(
    moment: Moment, reports: Sequence[Report], copy: Callable[[Report], str], book: NameBook
) -> list[tuple[float, Report, Option | None]]:
    """Each report with the news score of its best clause (with how rare its words are in the night, and its
    votes), and that clause."""
    names = [book.display[k] for k in moment.people if k in book.display]
    lead = names[0] if names else None
    rareness = rarity(book)
    shared = salient(moment)
    out: list[tuple[float, Report, Option | None]] = []
    for r in reports[:REPORTS_READ]:
        if junk_share(r.sighting.what) > _DEBRIS_MAX:
            out.append((-math.inf, r, None))  # (mostly debris: never speaks for a moment it did not open)
            continue
        options = clause_options([copy(r)], names, lead, shared)
        scored = [(clause_news(o, rareness, len(book.reports)), o) for o in options]
        best, option = max(scored, key=lambda pair: pair[0], default=(-math.inf, None))
        votes = min(0.5 * vote_tier(r.sighting.votes), _VOTES_MAX)
        out.append((best + votes, r, option))
    return out


def _opens_on_scene(text: str) -> bool:
    """Whether a report opens on a clause that only sets the scene: a movement ("walked past his dressing room",
    not "was running a set off her phone"), a scene in progress or someone watching (`payoff.news_weight` below 0),
    a bare result the cameras showed ("won Best Actor"), or no clause at all (its first sentence's lead clause, read
    cheaply: most moments' cleanest report opens on its act, and then the others are not read)."""
    said = sentences(text)[:1]
    clause = lead_clause(said[0]) if said else None
    if clause is None:
        return True
    verb, rest = clause.verb, clause.rest
    if verb.lower() in COPULA and rest and rest[0].lower().endswith("ing"):  # "was running a set": running
        verb, rest = rest[0], rest[1:]
    following = rest[0] if rest else ""
    if verb_base(verb) in RESULT_VERBS and following[:1].isupper() and not _GOES_ON.intersection(map(str.lower, rest)):
        return True  # "won Best Supporting Actor": the award the cameras showed sets the scene (`payoff.is_setting`),
        # unless its sentence goes on to what came of it ("won Best Supporting Actor and thanked his landlady")
    moving = verb_base(verb) in MUNDANE and following.lower() not in _OBJECT_OPENERS  # ("runs a set" acts)
    if moving and went_on_in(verb, rest):
        return False  # "went on in Will Brouwer's team jersey": performed in it, the act (never a walk)
    return moving or news_weight(verb, following) < 0


def news_first(moment: Moment, reports: list[Report], copy: Callable[[Report], str], book: NameBook) -> list[Report]:
    """The moment's reports (in their speaking order) with the one holding the moment's news first when the
    cleanest one only sets the scene (a movement, a scene in progress, someone watching): its best clause clearly
    more news than the cleanest report's (`_MARGIN`), and not told by the cleanest one already (most
    of its content words are not in it: the cleanest one's own headline finds it, and the body does not tell it
    twice). A pinned moment keeps its order (the editor chose the report)."""
    if len(reports) < 2 or moment.pin is not None:
        return reports
    key = tuple(r.index for r in reports)
    chosen = book.news_.get(key)
    if chosen is None:  # (asked for twice a moment: by the body and by its headline)
        chosen = book.news_[key] = _news_index(moment, reports, copy, book)
    return reports if chosen == 0 else [reports[chosen], *(r for k, r in enumerate(reports) if k != chosen)]


def _news_index(moment: Moment, reports: list[Report], copy: Callable[[Report], str], book: NameBook) -> int:
    """Which of the moment's reports holds its news (`news_first`): 0 when the cleanest keeps the word."""
    if not _opens_on_scene(copy(reports[0])):
        return 0  # the cleanest report tells an act of its own: it speaks (the others are not read)
    scored = news_of(moment, reports[:REPORTS_READ], copy, book)
    best = max(range(len(scored)), key=lambda k: (scored[k][0], -k))
    if scored[best][0] == -math.inf or best == 0 or scored[best][0] < scored[0][0] + _MARGIN:
        return 0  # (the report written most cleanly keeps the word unless another clearly tells more news)
    option = scored[best][2]
    people = {w for k in moment.people for w in claim_words(book.display.get(k, k))}
    news = claim_words(" ".join(option.words) if option else "") - people
    if len(news & claim_words(copy(reports[0]))) * 2 >= len(news):
        return 0  # the cleanest report tells that news too
    return best
