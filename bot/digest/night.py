"""Steps 1–2 of the digest: which sightings count, who they are about, and what each one says.

See `bot.digest.stories` for the whole algorithm.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from operator import attrgetter
from typing import Any

from bot.models import AnySighting, Curation, RosterEntry, Show, SightingRow, SightingStatus
from bot.text import only_denied

from .copyedit import shouting
from .corrections import amended, is_correction, number_fix, saying_not, takes_back_only
from .denials import without_denied
from .gates import chatter_only, no_news
from .glosses import any_hinted, gloss_from_note
from .groups import join_groups
from .hygiene import is_junk, junk_share, prose, word_count
from .language import (
    ENGLISH,
    ENGLISH_LIKE,
    FUNCTION_WORDS_ANY,
    is_english,
    language_of,
    language_of_words,
    language_words,
    narration,
)
from .lexicon import NUMBER_WORDS, STOPWORDS, stem
from .named_back import about_the_same, named_back_posts, names_of, topic_posts
from .noteplace import heard_at
from .places import other_place
from .remembered import unplaced
from .scoring import KEYED, UNPINNED, solo_score
from .stands_for import amended_by, place_amended, place_put_right, put_right, standing_for
from .textutil import alnum_words, fold, latin_name, titled, wordset
from .unapplied import not_applied

_DIGIT = re.compile(r"\d")
_CJK_RUN = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]+")


@dataclass(slots=True)
class Features:
    """What a report says, for telling moments apart: content words (folded, roughly stemmed, without
    names, function words or the venue), the numbers and ordinals it gives with the words they
    count, and whether it (and its quote) is written in English."""

    tokens: frozenset[str]
    words: frozenset[str]  # every folded word, names included
    counts: frozenset[tuple[str, str]]  # (number, a word next to it): ("3", "espresso") for "third espresso"
    english: bool  # the text may be printed in the English article
    quote_english: bool  # the quote may be (False when there is none)
    quote: str  # folded quote ("" when none or too short to mean anything)
    quote_tokens: frozenset[str]  # the quote's content words (a story's thread, not a moment's identity)

    @property
    def numbers(self) -> frozenset[str]:
        return frozenset(n for n, _ in self.counts)


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """Words a report's content leaves out beyond its people's keys: every name each person goes by
    (canonical key -> folded words of the roster name and its aliases: "Sister Static" is a name)."""

    aliases: dict[str, frozenset[str]] = field(default_factory=dict)
    # the venue's words, stemmed ("old tram depot"): the setting of every moment, never a thing two moments share
    setting: frozenset[str] = frozenset()
    # each list of names' words, worked out once: a night has a few hundred lists for thousands of reports (a key's
    # aliases are known from the first report naming it on, so an entry never goes stale)
    known: dict[tuple[str, ...], tuple[frozenset[str], frozenset[str]]] = field(default_factory=dict, compare=False)

    def name_words(self, names: tuple[str, ...]) -> frozenset[str]:
        return self.words_of(names)[0]

    def words_of(self, names: tuple[str, ...]) -> tuple[frozenset[str], frozenset[str]]:
        """The words of `names` (`name_words`), and the same with "'s" after each too (what a report's language
        test leaves out)."""
        found = self.known.get(names)
        if found is None:
            words = _name_words(names, self)
            found = self.known[names] = (words, frozenset(w for n in words for w in (n, n + "'s")))
        return found


@dataclass(slots=True)
class Report:
    """One candidate sighting, prepared for grouping."""

    index: int  # position in (created_at, id) order: comparing indexes compares times
    sighting: AnySighting
    names: tuple[str, ...]  # folded name keys, distinct, in tagging order (people, other names, the quote's speaker)
    place: str  # folded `where`, "" when not given
    solo: tuple[int, float, int]  # priority as a moment on its own: (pin position or KEYED, -score, index)
    ts: float  # when it was posted, in seconds
    vocabulary: Vocabulary
    reporter: int  # the correspondent's id (`sighting.reporter.id`, read once: the passes over the night compare it)
    pin: int | None = None  # position of the editor's pin among the curations
    pin_headline: str | None = None
    dropped: bool = False  # the editor dropped it: its whole moment stays out (unless another report is pinned)
    speaker: str | None = None  # the name key of who said its quote (`quote_by` as the roster knows it)
    near: str = ""  # `where` remembered from the last post (folded, as `place`): never shared (`remembered`)
    features_: Features | None = None
    cleanliness_: tuple[bool, bool, int, int, bool, int, bool, int] | None = None
    junk_: bool | None = None
    correction_: bool | None = None
    register_: int | None = None  # (`moments.register_of`, worked out once)

    @property
    def score(self) -> float:
        return -self.solo[1]

    @property
    def english(self) -> bool:
        return self.features().english

    def features(self) -> Features:
        if self.features_ is None:
            self.features_ = describe(self.sighting, self.names, self.vocabulary)
        return self.features_

    @property
    def junk(self) -> bool:
        """Nothing of it may be printed as story: mostly debris (`is_junk`), or nothing but its reporter's
        chatter ("that's me done, goodnight all <3"), or, with no quote, a line that tells nothing happened (a mic
        check, a presence: "OTTO BERG IS HERE OMG OMG", `gates.no_news`)."""
        if self.junk_ is None:
            what = self.sighting.what
            text = prose(what)
            self.junk_ = is_junk(what) or chatter_only(text) or (not self.sighting.quote and no_news(text))
        return self.junk_

    @property
    def correction(self) -> bool:
        """It opens by saying it corrects another report (`corrections.is_correction`: "correction to my last: …"), and
        so stands alone (`matching.stands_alone`). Worked out once per report."""
        if self.correction_ is None:
            self.correction_ = is_correction(self.sighting.what)
        return self.correction_

    def cleanliness(self) -> tuple[bool, bool, int, int, bool, int, bool, int]:
        """Which report speaks for a moment (smallest first): not junk, in English, little debris, little
        shouting, more than a few words, most votes, a quote, earliest."""
        if self.cleanliness_ is None:
            what = self.sighting.what
            self.cleanliness_ = (
                self.junk,
                not self.english,
                round(junk_share(what) * 10),
                round(shouting(prose(what)) * 4),
                word_count(prose(what)) < 4,
                -self.sighting.votes,
                not self.sighting.quote,
                self.index,
            )
        return self.cleanliness_


def _name_words(names: tuple[str, ...], vocabulary: Vocabulary) -> frozenset[str]:
    found = {w for key in names for w in alnum_words(key)}
    for key in names:
        found.update(vocabulary.aliases.get(key, ()))
    return frozenset(found)


def _number(word: str) -> str | None:
    if word.isdigit():
        return word.lstrip("0") or "0"
    return NUMBER_WORDS.get(word)


def _counts(words: list[str]) -> set[tuple[str, str]]:
    """Each number or ordinal with the words on either side of it that are not function words ("third
    espresso" -> ("3", "espresso")); a number with no such word is counted against "" ."""
    out: set[tuple[str, str]] = set()
    for i, w in enumerate(words):
        if not w.isdigit() and w not in NUMBER_WORDS:  # (`_number`'s test, without a call per word)
            continue
        n = _number(w)
        if n is None:
            continue
        keys = [
            stem(x)
            for x in (words[i - 1] if i else "", words[i + 1] if i + 1 < len(words) else "")
            if x and x not in STOPWORDS and _number(x) is None
        ]
        out.update((n, k) for k in keys or [""])
    return out


def describe(s: AnySighting, names: tuple[str, ...], vocabulary: Vocabulary | None = None) -> Features:
    """The features of one sighting (`names`: its folded name keys, whose words are left out)."""
    vocabulary = vocabulary or Vocabulary()
    text = prose(s.what)
    folded = fold(text)
    # CJK runs give their pairs of characters as content words, and stand apart from the Latin words around
    # them (the names a Japanese report writes in Latin letters: "…でRosalind Achterbergと…")
    runs = _CJK_RUN.findall(folded) if not folded.isascii() else []
    ordered = alnum_words(_CJK_RUN.sub(" ", folded) if runs else folded)
    grams: list[str] = []
    for run in runs:
        grams.extend(run[i : i + 2] for i in range(max(1, len(run) - 1)))
    if grams and s.where:  # ("舞台袖で…": where it was filed, written into its text, is no thing it tells of)
        where = fold(s.where)
        grams = [g for g in grams if g not in where]
    name_words, leave_out = vocabulary.words_of(names)
    words = set(ordered)
    kept = words.difference(STOPWORDS, name_words)
    # (on ASCII text, ten substring searches cost less than the pattern's scan)
    digits = any(d in folded for d in "0123456789") if folded.isascii() else _DIGIT.search(folded) is not None
    numbered = digits or not NUMBER_WORDS.keys().isdisjoint(words)
    words.update(runs)  # (a name written in CJK is a word of the text)
    counts = _counts([w for w in ordered if w not in name_words]) if numbered else set()
    tokens = {stem(w) for w in kept.difference(NUMBER_WORDS) if len(w) > 1 and not w.isdigit()}
    tokens.update(grams)
    quote = " ".join(alnum_words(fold(s.quote))) if s.quote else ""
    said = {stem(w) for w in quote.split() if len(w) > 1 and w not in STOPWORDS and _number(w) is None}
    # ASCII words with neither a digit nor an apostrophe are the language test's words as they are
    plain = not digits and "'" not in folded and folded.isascii()
    language = tuple(ordered) if plain else language_words(folded)
    english = language_of_words(language, text, leave_out) in ENGLISH_LIKE
    if not english and (told := narration(text)) is not None:  # (its narration, not the words it quotes, says)
        english = language_of_words(language_words(fold(told)), told, leave_out) in ENGLISH_LIKE
    line = prose(s.quote or "")
    # a line whose words say no language, in a report written in another one, is that language's ("Tri sekunde,
    # nikoli dve." in a Slovenian report: round 46's Ljubljana review read it printed as a second English remark)
    quote_english = bool(s.quote) and (
        is_english(line, leave_out) if english else language_of(line, leave_out) == ENGLISH
    )
    if not english:  # ("de" in a Romanian report and a French one: a word of their grammar, never a thing in common)
        tokens.difference_update(FUNCTION_WORDS_ANY)
    return Features(
        frozenset(tokens),
        frozenset(words),
        frozenset(counts),
        english,
        quote_english,
        quote if len(quote) >= 12 else "",
        frozenset(said - name_words),
    )


@dataclass(slots=True)
class NameBook:
    """Display names and attention (sightings naming each person) over the night, by folded key."""

    display: dict[str, str] = field(default_factory=dict)
    attention: dict[str, int] = field(default_factory=dict)
    forms: dict[str, tuple[str, ...]] = field(default_factory=dict)  # every name a person goes by, canonical first
    alias_words: dict[str, frozenset[str]] = field(default_factory=dict)  # folded words of those names
    # what retracted or dropped reports claimed, by person key: the text of each (`withdrawn.Withdrawn`, worked out
    # for a person when asked)
    withdrawn: Mapping[str, list[str]] = field(default_factory=dict)
    roles: dict[str, str] = field(default_factory=dict)  # who someone is, by person key (`roles.note_roles`)
    # how the article names someone again when not by the family name ("Pip", a child; "Sir Ambrose"), by key
    again: dict[str, str] = field(default_factory=dict)
    legal: dict[str, str] = field(default_factory=dict)  # the roster name beside a handle (`handle_names`)
    members: dict[str, frozenset[str]] = field(default_factory=dict)  # a group's members, by key (`groups`)
    roster: dict[str, tuple[str, ...]] = field(default_factory=dict)  # every roster person's names, canonical first
    reports: list[Report] = field(default_factory=list)  # the night's candidates, for `news.rarity`
    rarity_: dict[str, float] | None = None  # how rare each content word is in the night (`news.rarity`, once)
    wins_: dict[tuple[int, str], Any] | None = None  # the win a report tells of a person (`wins._win_in`, once each)
    reports_by_person_: dict[str, list[Report]] | None = None  # the reports tagging each person (`wins._by_person`)

    def by_handle(self, key: str) -> bool:
        """Whether the article names this person by a handle rather than by their roster name (printed without
        its honours, with the "Dame" they give: `textutil.titled`)."""
        display = self.display.get(key)
        if display is None:  # (a roster person no report of the night tags)
            return False
        forms = self.forms.get(key, (display,))
        if self.goes_by(key):
            return False  # "Nino Capuozzo" for Gaetano Capuozzo: his name with the given name he goes by
        return display != titled(" ".join(forms[0].split()), forms)

    def goes_by(self, key: str) -> bool:
        """Whether the article names this person by their family name with the given name the night calls them by
        ("Nino Capuozzo" for Gaetano Capuozzo, `handle_names`): no handle, named again by the family name."""
        display = self.display.get(key)
        if display is None:
            return False
        shown, roster = display.split(), self.forms.get(key, (display,))[0].split()
        return len(shown) == 2 and len(roster) >= 2 and shown[-1] == roster[-1] and shown != roster

    news_: dict[tuple[int, ...], int] = field(default_factory=dict)  # `news.news_first`'s choice, by report indexes
    # `handles.story_handles`, by a story's report indexes, and the roster's folded name words it reads (once each)
    handles_: dict[tuple[int, ...], dict[str, Any]] = field(default_factory=dict)
    roster_words_: frozenset[str] | None = None


@lru_cache(maxsize=4096)
def claim_words(text: str) -> frozenset[str]:
    """The content words of a text, folded and stemmed (function words left out)."""
    return frozenset(stem(w) for w in alnum_words(fold(text)) if len(w) > 2 and w not in STOPWORDS)


def effective_curations(curations: Sequence[Curation]) -> dict[int, tuple[int, Curation]]:
    """The last curation of each sighting, with its position in the list (the pin order)."""
    last: dict[int, tuple[int, Curation]] = {}
    for position, curation in enumerate(curations):
        last[curation.sighting_id] = (position, curation)
    return last


def _latest(sightings: Iterable[AnySighting], show_id: int) -> list[AnySighting]:
    """The show's sightings, one per id, in id order: if an id repeats, its latest edit."""
    mine = [s for s in sightings if s.show_id == show_id]
    by_id = {s.id: s for s in mine}
    if len(by_id) != len(mine):  # the same sighting twice (say, before and after an edit)
        for s in mine:
            known = by_id[s.id]
            if known is not s and _version(s) > _version(known):
                by_id[s.id] = s
    return [by_id[i] for i in sorted(by_id)]  # (by the keys: no sighting's id is read again)


def _version(s: AnySighting) -> tuple[datetime, str]:
    return (s.edited_at or s.created_at, repr([getattr(s, name) for name in SightingRow._fields]))


def candidates(
    show: Show,
    sightings: Iterable[AnySighting],
    now: datetime,
    denied: list[tuple[AnySighting, AnySighting]] | None = None,
    unapplied: list[tuple[AnySighting, AnySighting | None]] | None = None,
) -> list[AnySighting]:
    """Step 1: eligible sightings (live, embargo passed) in (created_at, id) order, without a report another denies
    in words (`denials.without_denied`: `denied` gets each, with its denial; `unapplied` each correction that could
    not be applied, with the post it meant). The editor's drops are still here: a drop keeps the whole moment of the
    dropped report out, so it must be clustered first."""
    live, latest = SightingStatus.LIVE, _latest(sightings, show.id)
    eligible = [s for s in latest if s.status is live and (s.publish_at is None or s.publish_at <= now)]
    eligible.sort(key=attrgetter("created_at"))  # in id order already: a stable sort by time is (created_at, id)
    ordered = _glosses_moved(_wheres_cleaned(eligible))
    nots = saying_not([s.what for s in ordered])  # (the posts that may put a number right: read once for both passes)
    kept = _without_corrected(_numbers_put_right(ordered, nots))
    if unapplied is not None:
        retracted = [s for s in latest if s.status is SightingStatus.RETRACTED]
        unapplied.extend(not_applied(ordered, kept, retracted, nots))
    return without_denied(kept, denied)


def _glosses_moved(ordered: list[AnySighting]) -> list[AnySighting]:
    """The sightings whose quote is in another language and whose note gives the reporter's translation of it with
    the translation typed with the quote (`glosses.gloss_from_note`): the line is told with its meaning, "“Ég hef
    beðið …” (“I have waited eighty years for this”)", never a note ending on "which means 'I have waited …'"."""
    if not any_hinted([s.what for s in ordered if s.quote]):  # (`gloss_from_note`'s cheap test, for the night)
        return ordered
    out: list[AnySighting] = []
    for s in ordered:
        moved = gloss_from_note(s.what, s.quote) if s.quote else None
        if moved is not None:
            what, quote = moved
            s = (
                s._replace(what=what, quote=quote)
                if isinstance(s, tuple)
                else s.model_copy(update=dict(what=what, quote=quote))
            )
        out.append(s)
    return out


_WHERE_DEBRIS = re.compile("[@＠﹫<>\\[\\]*_~`|#]|http|www\\.")


def _wheres_cleaned(ordered: list[AnySighting]) -> list[AnySighting]:
    """The sightings with a `where` holding a mention, markup, a link or HTML ("@everyone lounge") given it as
    prose ("lounge"; `hygiene.prose`), or none when nothing is left: a place is cleaned, never a reason to drop
    what happened there."""
    # (most nights: one look at each place a night names, not one per sighting: a night names a few dozen)
    if not any(_WHERE_DEBRIS.search(where) for where in {s.where for s in ordered} if where):
        return ordered
    out: list[AnySighting] = []
    for s in ordered:
        if s.where and _WHERE_DEBRIS.search(s.where):
            where = prose(s.where) or None
            s = s._replace(where=where) if isinstance(s, tuple) else s.model_copy(update={"where": where})
        out.append(s)
    return out


CORRECTS_WITHIN = 30 * 60  # seconds: a correspondent's "correction to my last" is about their post this recent
NUMBER_FIXED_WITHIN = 2 * 60 * 60  # ...and a number they put right about the same person, their post this recent


def _numbers_put_right(ordered: list[AnySighting], nots: list[int]) -> list[AnySighting]:
    """The sightings with a number their own correspondent put right in a later post said as put right, in the post
    that told it ("Américo has driven him to gigs for 12 years", then "update on the driver: it's EIGHT years, not
    twelve" → "… for eight years", `corrections.amended`), and that later post gone: it said nothing else worth
    telling, and the article tells what happened, never what a report got wrong. The post put right is their last
    before the fix within CORRECTS_WITHIN about one of the same people or from the same place. `nots`: the positions
    of the posts saying "not" (`corrections.saying_not`), the others put nothing right."""
    fixes = [(k, fix) for k in nots if (fix := number_fix(ordered[k].what)) is not None]
    if not fixes:
        return ordered
    out: dict[int, AnySighting | None] = {}
    for k, fix in fixes:
        post = ordered[k]
        for j in range(k - 1, -1, -1):
            if j in out and out[j] is None:
                continue  # (a fix already gone: never put right, nor brought back)
            s = out.get(j) or ordered[j]
            ago = (post.created_at - s.created_at).total_seconds()
            if ago > NUMBER_FIXED_WITHIN:
                break
            if s.reporter.id != post.reporter.id:
                continue
            shared = {fold(n) for n in s.people} & {fold(n) for n in post.people}
            if ago > CORRECTS_WITHIN and not shared:
                continue  # (an hour on, only a post about the same person: "Update on Aino: it was 27 seconds, not 23")
            if shared or (s.where and post.where and fold(s.where) == fold(post.where)) or about_the_same(post.what, s):
                text = amended(s.what, fix)
                if text is not None:
                    out[j] = s._replace(what=text) if isinstance(s, tuple) else s.model_copy(update={"what": text})
                    out[k] = None
            break  # (their last post before it, whatever it was about)
    if not out:
        return ordered
    return [t for j, s in enumerate(ordered) if (t := out.get(j, s)) is not None]


def _may_correct(opening: str) -> bool:
    """Whether a lowered opening holds a word a correction opens with (`_without_corrected`'s cheap test)."""
    return (
        "orrect" in opening
        or "larif" in opening
        or "rratum" in opening
        or "cratch" in opening
        or "gnore" in opening
        or "istake" in opening
        or "my bad" in opening
    )


def _without_corrected(ordered: list[AnySighting]) -> list[AnySighting]:
    """The sightings without those their own correspondent corrected in a later post ("correction to my last: that
    was Palesa leaving, NOT Lesedi", `corrections.is_correction`): the post corrected, their latest before it within
    CORRECTS_WITHIN about one of the same people or from the same place, claimed what its author took back, like a
    retracted one; the correction tells the news, and stands for the post (`stands_for`): a detail it swaps is put
    right in the post, the rest of its story kept ("Ada won Best Score, not Best Newcomer" and "Ada won Best Newcomer
    and sat on the steps crying" → "Ada won Best Score and sat on the steps crying"), else the correction carries the
    post's votes (and its quote). Cheap: nights without a correction are returned as they are."""
    # the cheap test before `is_correction`'s: the words a correction opens with, in either case ("UPDATE/CORRECTION:",
    # "Important correction:": in its first 24 characters), first in every post's opening at once (one string lowered
    # for the night, not one a post; no word spans the separator), then post by post on a night that has one
    if not _may_correct("\x00".join([s.what[:24] for s in ordered]).lower()):
        return ordered
    fixes = [k for k, s in enumerate(ordered) if _may_correct(s.what[:24].lower()) and is_correction(s.what)]
    if not fixes:
        return ordered
    gone: set[int] = set()
    told: dict[int, AnySighting] = {}  # (a post put right, or a correction standing for its post: `stands_for`)
    for k in fixes:
        fix, placed = ordered[k], False
        for j in range(k - 1, -1, -1):
            s = ordered[j]
            if (fix.created_at - s.created_at).total_seconds() > CORRECTS_WITHIN:
                break
            if s.reporter.id != fix.reporter.id or is_correction(s.what):
                continue
            placed_at = place_amended(told.get(j, s), fix.what) if j not in gone else None
            if j not in gone and (
                set(s.people) & set(fix.people)
                or (s.where and s.where == fix.where and not fix.where_remembered)  # (a place the correction
                # was filed at because its correspondent was last there says nothing of what it corrects)
                or names_of(fix.what, s)
                or placed_at is not None
            ):
                post = told.get(j, s)
                text = amended_by(post.what, fix.what)
                if placed_at is not None:  # a place put right ("in the car park, not the lobby"): text and `where`
                    told[k] = place_put_right(post, placed_at[0], placed_at[1], fix)
                elif text is not None:  # the detail swapped in the post: the story keeps its point
                    told[k] = put_right(post, text, fix)
                else:  # the correction tells the news, with the votes and quote readers gave the post
                    told[k] = standing_for(fix, post)
                told.pop(j, None)
                gone.add(j)
                placed = True
            break  # (their last post before it, whatever it was about: "my last")
        if not placed:  # a colleague's post, or an older one, placed by the name it says was not so
            found = named_back_posts(ordered, k) or topic_posts(ordered, k)
            gone |= found
            placed = bool(found)
            for j in found:  # (the corrected story told in its place: the correction with the post's votes)
                told[k] = standing_for(told.get(k, ordered[k]), told.pop(j, ordered[j]), quote=False)
        if placed and takes_back_only(fix.what):
            gone.add(k)  # ("ignore my last, wrong person, it was not Otto Berg": nothing of its own to tell)
            told.pop(k, None)
    return [told.get(j, s) for j, s in enumerate(ordered) if j not in gone]


def _roster_names(roster: Sequence[RosterEntry] | None) -> tuple[dict[str, str], dict[str, tuple[str, ...]]]:
    """Folded alias -> canonical name, and canonical key -> every name it goes by (canonical first)."""
    table: dict[str, str] = {}
    forms: dict[str, tuple[str, ...]] = {}
    for entry in sorted(roster or (), key=lambda e: (e.id, e.name)):
        key = fold(entry.name)
        if key in forms:
            continue
        forms[key] = (entry.name, *entry.aliases)
        for alias in forms[key]:
            table.setdefault(fold(alias), entry.name)
    return table, forms


# an article a language sets before a famous person's surname ("La Casadei", "Il Maestro Rossi", "El Flaco"): no word
# of their name
_BEFORE_A_SURNAME = frozenset({"la", "il", "lo", "el", "le", "der", "die"})


def _speaker_named(s: AnySighting, aliases: dict[str, str], forms: dict[str, tuple[str, ...]]) -> str:
    """Who `quote_by` names: a roster name or alias as given; else the one person the sighting is about (else the
    one person of the roster) whose names hold every word typed ("Penelope" for Penelope Strand, aliased "Penny";
    "La Casadei" for Ornella Casadei: an article before a surname is no word of it); else the words as typed."""
    typed = s.quote_by or ""
    if fold(typed) in aliases:
        return typed
    typed_words = alnum_words(fold(typed))
    if len(typed_words) > 1 and typed_words[0] in _BEFORE_A_SURNAME and typed.split()[-1][:1].isupper():
        typed_words = typed_words[1:]  # "La Casadei": the diva's article before her surname (round 43's Valletta)
    words = set(typed_words)
    if not words:
        return typed
    for pool in ([aliases.get(fold(p), p) for p in s.people], [names[0] for names in forms.values()]):
        named = {
            name
            for name in pool
            if any(words <= set(alnum_words(fold(form))) for form in forms.get(fold(name), (name,)))
        }
        if len(named) == 1:
            return named.pop()
    return typed


# the words that make a `who` typed all in lower case a description of someone, never a name: an article, a
# preposition, a person's plain noun ("señor del balcón", "the old man", "guy from the band", "la señora de rojo")
_DESCRIBING = wordset(
    """
    the a an of from in at with on by del de la el los las du des le les der die das
    man woman guy girl boy lady gentleman señor señora senor senora monsieur madame old young
    """
)


def described(name: str) -> bool:
    """Whether a `who` entry is a description of someone rather than a name: typed all in lower case, two words or
    more, one of them an article, a preposition or a plain noun for a person (`_DESCRIBING`)."""
    words = name.split()
    return len(words) > 1 and not any(c.isupper() for c in name) and any(fold(w) in _DESCRIBING for w in words)


def prepare(
    ordered: list[AnySighting],
    curations: Sequence[Curation],
    roster: Sequence[RosterEntry] | None = None,
    venue: str | None = None,
) -> tuple[list[Report], NameBook]:
    """Step 2: name keys, places, attention, solo scores and the editor's pins and drops for candidates
    already in time order (`venue`: the show's, whose words are the setting of every moment)."""
    aliases, forms = _roster_names(roster)
    book = NameBook(roster=forms)
    display = book.display
    tagged: dict[object, tuple[str, ...]] = {}  # people (and other names) as given -> name keys
    places: dict[str, str] = {}
    reports: list[Report] = book.reports
    append = reports.append
    mentions: list[str] = []
    mention = mentions.extend
    setting = frozenset(stem(w) for w in alnum_words(fold(venue)) if len(w) > 2) if venue else frozenset()
    vocabulary = Vocabulary(aliases=book.alias_words, setting=setting)
    # a night's solo scores are a few hundred values, each worked out once: by what `solo_score` reads of a sighting
    scores: dict[tuple[int, bool, bool], float] = {}
    for index, s in enumerate(ordered):
        speaker = (_speaker_named(s, aliases, forms),) if s.quote_by and s.quote else ()
        raw = (s.people, s.other_names, speaker) if s.other_names or speaker else s.people
        keys = tagged.get(raw)
        if keys is None:
            found: list[str] = []
            for name in s.people + s.other_names + speaker:  # who said its quote is someone it is about
                if fold(name) not in aliases and described(name):
                    continue  # "señor del balcón", "the old man": a description typed in `who`, nobody's name
                canonical = aliases.get(fold(name), name)
                key = fold(canonical)
                if key and key not in found:
                    found.append(key)
                    if key not in display:
                        # (no ", OBE"; "Dame" for ", DBE" or an alias "Dame Eirlys")
                        display[key] = titled(" ".join(canonical.split()), forms.get(key, ()))
                        book.forms[key] = forms.get(key, (display[key],))
                        # (the article is in English: 陈洁 is printed by her Latin alias, "Chen Jie")
                        display[key] = latin_name(book.forms[key]) or display[key]
                        book.alias_words[key] = frozenset(w for f in book.forms[key] for w in alnum_words(fold(f)))
            keys = tagged[raw] = tuple(found)
        if len(keys) > 1 and s.edited_at is not None:  # a correction's note denying a tag ("… (not Bram, sorry)"):
            # not whom it is about (stored before tagging read denials; corrections are few, so this is cheap)
            spoke = fold(aliases.get(fold(speaker[0]), speaker[0])) if speaker else None
            kept = tuple(k for k in keys if k == spoke or not only_denied(s.what, book.forms[k]))
            keys = kept or keys
        mention(keys)
        near = ""
        where = s.where or ""
        if s.where_remembered and s.where:  # (not its own place: never printed, never "the same place", `remembered`)
            near, s = fold(s.where), unplaced(s)
        place = places.get(where)
        if place is None:
            place = places[where] = fold(where) if where else ""
        if (
            s.quote
            and (heard := heard_at(s.what)) is not None
            and (s.where_remembered or other_place(heard, where or heard))
        ):
            place = fold(heard)  # where its note says the line was heard, not the `where` it contradicts (`noteplace`)
        scored = (s.votes, not s.quote, not s.headline)
        score = scores.get(scored)
        if score is None:
            score = scores[scored] = -solo_score(s)
        solo = (KEYED if s.key else UNPINNED, score, index)
        report = Report(index, s, keys, place, solo, s.created_at.timestamp(), vocabulary, s.reporter.id)
        if speaker:
            report.speaker = fold(aliases.get(fold(speaker[0]), speaker[0]))
        report.near = near
        append(report)
    book.attention.update(Counter(mentions))
    join_groups(reports, book)  # (a report naming two of a group's members is about it too)
    curated = effective_curations(curations)
    if curated:
        for r in reports:
            found_curation = curated.get(r.sighting.id)
            if found_curation is None:
                continue
            position, curation = found_curation
            if curation.pinned:
                r.pin, r.pin_headline = position, curation.headline
                r.solo = (position, *r.solo[1:])
            else:
                r.dropped = True
    return reports, book
