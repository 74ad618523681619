"""The roster as a matcher: tags names found in text, resolves `who`, and autocompletes names.

Plain Python, no I/O. Built once per roster change and kept per guild by the roster service.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz, process

from bot.everyday import EVERYDAY_WORDS
from bot.limits import AUTOCOMPLETE_CHOICES, CHOICE_MAX
from bot.models import RosterEntry
from bot.text import HYPHENS, Word, clean, denied, fold, glued_to_a_name, repair_entities, tokens, words

SUGGEST_SCORE = 80.0
FUZZY_SCAN_MAX = 1500  # words an autocomplete keystroke may fuzzy-compare
# `who` separators: commas and semicolons, also as Chinese and Japanese type them. Kept by the split (odd
# indexes) so that a roster name containing one ("Tyler, The Creator") can be put back together.
_SEPARATOR = re.compile(r"([,;，、；])")
PAUSE_EVERY = 100  # roster entries indexed between two pauses of a build (about a millisecond of work)
TITLE_CASE_SHARE = 0.75  # of mid-sentence words capitalised: the text is in Title Case (or shouting)


@dataclass(frozen=True)
class WhoResolution:
    people: tuple[str, ...]  # canonical roster names
    unknown: tuple[str, ...]  # names not on the roster, as typed (cleaned)
    suggestions: dict[str, str] = field(default_factory=dict)  # unknown -> closest roster name


def is_everyday_word(label: str) -> bool:
    """Whether a name or alias is a single everyday English word ("Will", "May", "Echo", "Sky", "Prince"; the
    list is `bot.everyday`). Such a label tags running text only where it is capitalised mid-sentence."""
    return casing_of(label) == CAPITALISED


# how a one-word label must be written in running text to be a name (`Roster.find_in`, the digest's naming)
ANY_CASE = 0  # a name of several words, or a one-word roster name ("VANTA" written "vanta" is still the band)
NOT_LOWER = 1  # a one-word alias: not in lower case where the text capitalises names ("jab chand nikla": the moon)
CAPITALISED = 2  # an everyday word ("Will", "May"): only capitalised mid-sentence, in sentence-case text


def casing_of(label: str, alias: bool = True) -> int:
    """`ANY_CASE`, `NOT_LOWER` or `CAPITALISED`: how `label` (an alias, or a roster name) must be written in
    running text to be a name."""
    return _casing(tokens(label), alias)


def _casing(toks: list[str] | tuple[str, ...], alias: bool) -> int:
    if len(toks) != 1:
        return ANY_CASE
    return CAPITALISED if toks[0] in EVERYDAY_WORDS else NOT_LOWER if alias else ANY_CASE


def written_as_name(casing: int, ws: list[Word], i: int, named: bool = False) -> bool:
    """Whether the word `ws[i]`, matched by a label of `casing`, is written as a name in the text `ws`: a
    one-word alias in lower case is a word of the sentence ("chand" is the moon) where the text writes names with
    a capital (`named`: another name of the roster in it is capitalised, wherever it stands; or, in sentence case,
    a word capitalised mid-sentence); an everyday word only capitalised mid-sentence in sentence-case text. A text
    all in lower case (or in Title Case, or shouted) says nothing by its capitals: a one-word alias that is not an
    everyday word is a name there."""
    if casing == ANY_CASE:
        return True
    if casing == CAPITALISED:
        if _modal_before_a_past(ws, i):
            return True  # "Will forgot the winner's name": a modal never comes before a past tense (break 65)
        return _cased_like_prose(ws) and _capitalised_mid_sentence(ws[i]) and not _in_a_category(ws, i)
    return not (ws[i].surface.islower() and _capitalises_names(ws, named))


@lru_cache(maxsize=1024)
def lower_case_word(surface: str, text: str, named: bool = False) -> bool:
    """Whether a one-word alias written `surface` in `text` is a word of the sentence, not a name (`NOT_LOWER`,
    `written_as_name`; in a text in another language, always: `other_language`)."""
    return surface.islower() and (_capitalises_names(words(text), named) or other_language(text))


def other_language(text: str) -> bool:
    """Whether `text` is written in another language than English (`bot.digest.language`): a one-word alias written
    in lower case there is a word of that language, never a name, even where nothing is capitalised ("fuimos al mar":
    the sea, not Mar Vidal; "dong nguoi vao xem": crowded, not Đông), as an everyday English word is in English."""
    from bot.digest.language import ENGLISH_LIKE, language_of  # (bot.digest reads this module: imported late)

    return language_of(text) not in ENGLISH_LIKE


def _capitalises_names(ws: list[Word], named: bool) -> bool:
    """Whether a text writes names with a capital: another name in it is (`named`), or, in sentence case, a
    word other than "I" is capitalised mid-sentence."""
    return named or (_cased_like_prose(ws) and any(_capitalised_mid_sentence(w) and w.surface != "I" for w in ws))


def _pieces(who: str) -> list[str]:
    """`who` cut at its separators, entities repaired first (the ';' of "Beyonc&#233;" separates nothing):
    names at even indexes, the separators between them at odd ones."""
    return _SEPARATOR.split(repair_entities(who))


def _span_key(text: str) -> str:
    """The key of a name written across separators: "Tyler,The Creator" and "tyler , the creator" agree."""
    return ", ".join(fold(part) for part in _SEPARATOR.split(text)[::2])


def label_key(label: str) -> str:
    """What a roster label means, as `Roster.lookup` compares labels: two labels with one key mean one person (the
    rule `/roster add` and an import's go-live check in their writes)."""
    return _span_key(label) if _SEPARATOR.search(label) else fold(label)


_NOT_TITLE = frozenset({"i"})  # "Will I …": a capital that says nothing
# a title before a name is the name's ("Mr. Will", "Auntie Mercy", "DJ Sunday"), never a title's word
_TITLES = frozenset(
    """
    mr mrs ms miss mx dr sir dame lady lord madam auntie aunty aunt uncle nana papa mama king queen prince princess
    dj mc chef coach captain capt professor prof rev father sister brother osofo pastor
    """.split()  # noqa: SIM905 (a word list reads best as words)
)
_CATEGORY = frozenset({"best", "outstanding"})  # "Best Film", "Outstanding Mercy": an award's name, not a person
# a month or a day after one of these, or beside a number, is a date ("In May the hall flooded", "every Sunday")
_CALENDAR = frozenset(
    """
    january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday
    """.split()  # noqa: SIM905 (a word list reads best as words)
)
_BEFORE_A_DATE = frozenset(
    "in on every last next this that since until till by of early late mid from through each one some".split()  # noqa: SIM905
)


def _in_a_category(ws: list[Word], i: int) -> bool:
    before = ws[i - 1].surface if i > 0 else ""
    after = ws[i + 1].surface if i + 1 < len(ws) else ""
    return names_nobody(
        before,
        ws[i].surface,
        after,
        before_opens=i == 0 or ws[i - 1].opens,
        after_opens=i + 1 < len(ws) and ws[i + 1].opens,
    )


def names_nobody(before: str, word: str, after: str, *, before_opens: bool = True, after_opens: bool = False) -> bool:
    """Whether the everyday word `word`, between the words `before` and `after`, is a word of an award's name ("won
    Best Film", "Best Boat Design"), a date ("In May the hall flooded", "every Sunday morning", "May 3") or a word of
    a title or of another name, capitalised beside it ("Amazing Grace", "Sky News", "Good Will Hunting": `before`
    capitalised where it opens no sentence, `after` capitalised where it does not open one), never a person, however
    it is written (used by tagging and by the digest's naming)."""
    if (
        before[:1].isupper() and not before_opens and not before.isupper() and before.lower().rstrip(".") not in _TITLES
    ) or (after[:1].isupper() and not after_opens and not after.isupper() and after.lower() not in _NOT_TITLE):
        return True
    before = before.lower()
    if before in _CATEGORY:
        return True
    if fold(word) not in _CALENDAR:
        return False
    return before in _BEFORE_A_DATE or before.isdigit() or after[:1].isdigit()


_MODALS = frozenset({"will", "may", "might", "can", "must", "shall"})
# past tenses a sentence's subject takes that no modal ever comes before ("Will forgot", "May said"; never "need")
_PAST_AFTER_NAME = re.compile(
    r"^[a-z]{2,}ed$|^(?:said|told|forgot|went|came|took|gave|sang|ran|got|made|left|saw|"
    r"stood|sat|fell|threw|wore|won|lost|kept|held|found|brought|bought|caught|wrote|drove)$"
)


def _modal_before_a_past(ws: list[Word], i: int) -> bool:
    """Whether an everyday word that is a modal ("Will", "May"), capitalised, comes right before a verb in the past
    tense ("Will forgot the winner's name"): a name, wherever it stands (a modal takes the plain form)."""
    word = ws[i].surface
    if word.lower() not in _MODALS or not word[:1].isupper() or word.isupper() or i + 1 >= len(ws):
        return False
    after = ws[i + 1].surface
    return _PAST_AFTER_NAME.match(after) is not None and (not after.endswith("eed") or after in ("agreed", "freed"))


def _capitalised_mid_sentence(word: Word) -> bool:
    letters = [c for c in word.surface if c.isalpha()]
    shouted = len(letters) > 1 and all(c.isupper() for c in letters)
    return not word.opens and bool(letters) and letters[0].isupper() and not shouted


def _cased_like_prose(ws: list[Word]) -> bool:
    """In Title Case or ALL CAPS a capital says nothing about a name: most mid-sentence words have one."""
    mid = [
        w.surface
        for w in ws
        if not w.opens and w.surface[:1].isalpha() and w.surface[0].lower() != w.surface[0].upper()
    ]
    capitals = sum(1 for s in mid if s[0].isupper())
    return len(mid) < 3 or capitals < TITLE_CASE_SHARE * len(mid)


def _entry_key(entry: RosterEntry) -> str:
    return fold(entry.name)


def _completion_rows(key: str, canonical: str, label: str) -> list[tuple[str, str, str]]:
    """What a label (folded: `key`) adds to the completions: each word start to its end, with the name."""
    words_ = key.split(" ")
    return [(" ".join(words_[i:]), canonical, label) for i in range(len(words_))]


class Roster:
    """Names and aliases of one guild, indexed for tagging, lookup and prefix completion."""

    def __init__(self, entries: Iterable[RosterEntry] = (), *, pause: Callable[[], None] | None = None) -> None:
        """`pause`, when given, is called every `PAUSE_EVERY` entries: a build in a worker thread lets the event
        loop's thread have the interpreter there, rather than waiting out the switch interval at each of its
        turns (a roster of 20,000 names takes seconds to index)."""
        self.entries = sorted(entries, key=_entry_key)
        self._by_key: dict[str, str] = {}
        # first token -> [(token tuple, canonical, `casing_of` the label)] longest first, for scanning text
        self._phrases: dict[str, list[tuple[tuple[str, ...], str, int]]] = {}
        # sorted (folded label, canonical, label) for prefix completion on any word start
        self._completions: list[tuple[str, str, str]] = []
        # labels written with a separator ("Tyler, The Creator"), by span key, for `who`
        self._spans: dict[str, str] = {}
        for n, entry in enumerate(self.entries, 1):
            for label in (entry.name, *entry.aliases):
                self._add(label, entry.name)
            if pause is not None and n % PAUSE_EVERY == 0:
                pause()
        for phrases in self._phrases.values():
            phrases.sort(key=lambda p: (-len(p[0]), p[1]))
        self._completions.sort()
        self._completion_keys = [c[0] for c in self._completions]
        self._choices = sorted({c[0]: c[1] for c in self._completions}.items())
        self._choice_keys = [k for k, _ in self._choices]
        self._span_keys = sorted(self._spans)
        self._widest = max((len(_SEPARATOR.findall(k)) for k in self._spans), default=0)  # separators in a label

    def _add(self, label: str, canonical: str) -> None:
        key = fold(label)
        toks = tuple(tokens(label))
        if not key or not toks:
            return
        self._by_key.setdefault(key, canonical)
        if _SEPARATOR.search(label):
            self._spans.setdefault(_span_key(label), canonical)
        self._phrases.setdefault(toks[0], []).append((toks, canonical, _casing(toks, label != canonical)))
        self._completions.extend(_completion_rows(key, canonical, label))

    def change(self, keys: Iterable[str], entries: Iterable[RosterEntry]) -> bool:
        """Make the names of `keys` (folded names) what `entries` now give (none for a name removed), in place:
        what a build of the whole roster would give, in a few list inserts rather than by indexing every name
        again (an editor's change to a roster of 100,000 names; copying its lists would cost the event loop more
        than the change). False, the roster untouched, when only a whole build can say who a label means: a label
        of theirs (before or after) that another name also has, or written with a separator ("Tyler, The
        Creator")."""
        keys = set(keys)
        new = sorted(entries, key=_entry_key)
        if any(_entry_key(e) not in keys for e in new):
            return False
        at = {key: bisect.bisect_left(self.entries, key, key=_entry_key) for key in keys}
        places = sorted(i for k, i in at.items() if i < len(self) and _entry_key(self.entries[i]) == k)
        old = [self.entries[i] for i in places]
        changing = {e.name for e in (*old, *new)}
        labels: dict[str, str] = {}  # the new entries' labels: each means one of them
        for e in old:
            if any(_SEPARATOR.search(x) or self._held_elsewhere(fold(x), changing) for x in (e.name, *e.aliases)):
                return False
        for e in new:
            for label in (e.name, *e.aliases):
                key = fold(label)
                if _SEPARATOR.search(label) or self._held_elsewhere(key, changing):
                    return False
                if labels.setdefault(key, e.name) != e.name:
                    return False
        for i in reversed(places):
            del self.entries[i]
        for e in new:
            bisect.insort(self.entries, e, key=_entry_key)
        firsts: set[str] = set()
        suffixes: set[str] = set()
        for e in old:
            for label in (e.name, *e.aliases):
                key, words_ = fold(label), tokens(label)
                if not key or not words_:
                    continue
                self._by_key.pop(key, None)  # (no other name has it)
                firsts.add(words_[0])
                for row in _completion_rows(key, e.name, label):
                    i = bisect.bisect_left(self._completions, row)
                    if i < len(self._completions) and self._completions[i] == row:
                        del self._completions[i], self._completion_keys[i]
                        suffixes.add(row[0])
        added: list[tuple[tuple[str, ...], str, int]] = []
        for e in new:
            for label in (e.name, *e.aliases):
                key, toks = fold(label), tuple(tokens(label))
                if not key or not toks:
                    continue
                self._by_key.setdefault(key, e.name)
                added.append((toks, e.name, _casing(toks, label != e.name)))
                firsts.add(toks[0])
                for row in _completion_rows(key, e.name, label):
                    i = bisect.bisect_left(self._completions, row)
                    self._completions.insert(i, row)
                    self._completion_keys.insert(i, row[0])
                    suffixes.add(row[0])
        for first in firsts:
            phrases = [p for p in self._phrases.get(first, ()) if p[1] not in changing]
            phrases += [p for p in added if p[0][0] == first]
            phrases.sort(key=lambda p: (-len(p[0]), p[1]))
            if phrases:
                self._phrases[first] = phrases
            else:
                self._phrases.pop(first, None)
        for suffix in suffixes:  # a suffix's choice is its last completion's name (the build's dict keeps the last)
            end = bisect.bisect_right(self._completion_keys, suffix)
            there = end > 0 and self._completion_keys[end - 1] == suffix
            i = bisect.bisect_left(self._choice_keys, suffix)
            known = i < len(self._choice_keys) and self._choice_keys[i] == suffix
            if there and known:
                self._choices[i] = (suffix, self._completions[end - 1][1])
            elif there:
                self._choices.insert(i, (suffix, self._completions[end - 1][1]))
                self._choice_keys.insert(i, suffix)
            elif known:
                del self._choices[i], self._choice_keys[i]
        return True

    def _held_elsewhere(self, key: str, names: set[str]) -> bool:
        """Whether a name not in `names` has a label that folds to `key`."""
        i = bisect.bisect_left(self._completion_keys, key)
        while i < len(self._completions) and self._completion_keys[i] == key:
            _, canonical, label = self._completions[i]
            if canonical not in names and fold(label) == key:
                return True
            i += 1
        return False

    def __len__(self) -> int:
        return len(self.entries)

    def lookup(self, name: str) -> str | None:
        """The canonical name for a name or alias, ignoring case, accents and entities."""
        found = self._by_key.get(fold(name))
        if found is None and self._spans and _SEPARATOR.search(name):
            found = self._spans.get(_span_key(name))
        return found

    def names(self, who: str | None) -> list[tuple[str, str | None]]:
        """The names in `who`, each with its canonical roster name or None: split at commas and semicolons
        after entities are repaired, except where the parts together spell a roster name ("Tyler, The Creator",
        the longest wins). Empty parts are ignored, a name given twice counts once."""
        if not who:
            return []
        pieces = _pieces(who)
        parts = len(pieces) // 2 + 1
        out: list[tuple[str, str | None]] = []
        seen: set[str] = set()
        i = 0
        while i < parts:
            name, canonical, width = clean(pieces[2 * i]), None, 1
            for span in range(min(self._widest, parts - 1 - i), 0, -1):
                joined = "".join(pieces[2 * i : 2 * (i + span) + 1])
                canonical = self._spans.get(_span_key(joined))
                if canonical is not None:
                    name, width = clean(joined), span + 1
                    break
            if canonical is None and name:
                canonical = self._by_key.get(fold(name))
            i += width
            if name and fold(name) not in seen:
                seen.add(fold(name))
                out.append((name, canonical))
        return out

    def find_in(self, *texts: str | None) -> list[str]:
        """Canonical names mentioned in the texts, in order of first mention (longest match wins). A one-word
        label counts only where it is written as a name (`written_as_name`): an everyday word ("Will", "May")
        capitalised mid-sentence in text written in sentence case; any other alias not in lower case where the
        text capitalises names or is written in another language (`other_language`: "al mar" is the sea). A name
        denied by the word before it ("it was Anouk, not Tobias", "no Inés") is not a mention: the report is not
        about them."""
        found: list[str] = []
        for text in texts:
            if not text:
                continue
            keys = tokens(text)
            ws: list[Word] | None = None  # how each token is written: worked out when a one-word label needs it
            hits: list[tuple[str, int, bool]] = []  # (canonical, token index, a one-word alias in lower case)
            glued = any(c in text for c in HYPHENS)  # a word may be a piece of a hyphenated name
            i = 0
            while i < len(keys):
                step = 1
                for phrase, canonical, casing in self._phrases.get(keys[i], ()):
                    if tuple(keys[i : i + len(phrase)]) != phrase:
                        continue
                    lower = False
                    if casing != ANY_CASE:
                        if ws is None:
                            ws = words(text)  # the same tokens, one to one
                        if len(ws) != len(keys):
                            continue
                        lower = casing == NOT_LOWER and ws[i].surface.islower()  # judged once the text is read
                        if not lower and not written_as_name(casing, ws, i):
                            continue
                    if glued and ws is None:
                        ws = words(text)
                    if (
                        glued
                        and ws is not None
                        and len(ws) == len(keys)
                        and glued_to_a_name(text, ws[i].start, ws[i + len(phrase) - 1].end, self._phrases.__contains__)
                    ):
                        continue  # "onto Saint-Denis": a street, not Denis
                    if not denied(keys, i, i + len(phrase)):
                        hits.append((canonical, i, lower))
                    step = len(phrase)
                    break
                i += step
            if ws is not None and any(lower for *_, lower in hits):
                named = any(not lower and ws[k].surface[:1].isupper() for _, k, lower in hits)  # "Rohan backstage:"
                named = named or other_language(text)  # its words in lower case are that language's
                hits = [h for h in hits if not h[2] or written_as_name(NOT_LOWER, ws, h[1], named)]
            found.extend(c for c in dict.fromkeys(c for c, *_ in hits) if c not in found)
        return found

    def suggest(self, name: str) -> str | None:
        if not self._choices:
            return None
        best = process.extractOne(fold(name), self._choice_keys, scorer=fuzz.WRatio, score_cutoff=SUGGEST_SCORE)
        return None if best is None else self._choices[best[2]][1]

    def resolve(self, who: str | None) -> WhoResolution:
        people: list[str] = []
        unknown: list[str] = []
        suggestions: dict[str, str] = {}
        for name, canonical in self.names(who):
            if canonical is not None:
                if canonical not in people:
                    people.append(canonical)
                continue
            unknown.append(name)
            hint = self.suggest(name)
            if hint is not None:
                suggestions[name] = hint
        return WhoResolution(tuple(people), tuple(unknown), suggestions)

    def complete(self, prefix: str, limit: int = AUTOCOMPLETE_CHOICES) -> list[str]:
        """Canonical names whose name or alias has a word starting with `prefix`, best first."""
        key = fold(prefix)
        if not key:
            return [e.name for e in self.entries[:limit]]
        found: dict[str, None] = {}  # ordered set
        start = bisect.bisect_left(self._completion_keys, key)
        for label_key, canonical, _label in self._completions[start:]:
            if not label_key.startswith(key):
                break
            found[canonical] = None
            if len(found) >= limit * 2:
                break
        # whole-name prefix matches first, then word-start matches, alphabetical within each
        out = sorted(found, key=lambda c: (not fold(c).startswith(key), fold(c)))[:limit]
        if len(out) < limit and len(key) >= 3:
            # typo tolerance past the first letter: fuzzy-match only the words that start with that letter,
            # which keeps a keystroke cheap on a roster of thousands
            lo, hi, width = 0, 0, 0
            while width < len(key):  # the first letter; more letters where that alone is thousands of words
                width += 1
                lo = bisect.bisect_left(self._completion_keys, key[:width])
                hi = bisect.bisect_left(self._completion_keys, key[:width] + "\uffff")
                if hi - lo <= FUZZY_SCAN_MAX:
                    break
            labels = self._completions[lo : min(hi, lo + FUZZY_SCAN_MAX)]
            words_ = [label for label, _, _ in labels]
            seen = set(out)
            for _w, _score, idx in process.extract(key, words_, scorer=fuzz.ratio, limit=limit * 2, score_cutoff=70):
                canonical = labels[idx][1]
                if canonical not in seen:
                    seen.add(canonical)
                    out.append(canonical)
        return out[:limit]

    def complete_across(self, fragment: str, limit: int = AUTOCOMPLETE_CHOICES) -> list[str]:
        """Canonical names of labels written with a separator that start with `fragment` ("Tyler, The Cr")."""
        key = _span_key(fragment)
        found: dict[str, None] = {}
        for span_key in self._span_keys[bisect.bisect_left(self._span_keys, key) :]:
            if not span_key.startswith(key) or len(found) == limit:
                break
            found[self._spans[span_key]] = None
        return list(found)

    @property
    def widest(self) -> int:
        """The most separators inside one name or alias (0 when no label has a comma or semicolon)."""
        return self._widest


_NO_ROSTER = Roster()


def split_names(who: str | None) -> list[str]:
    """The names in `who` without a roster: split at commas and semicolons after entities are repaired; empty
    parts are ignored, duplicates dropped. (`Roster.names` also keeps roster names that contain a comma.)"""
    return [name for name, _ in _NO_ROSTER.names(who)]


def complete_who(roster: Roster, current: str) -> list[tuple[str, str]]:
    """Autocomplete for `who`: complete the name being typed, keep the names before it.
    Returns (label, value) pairs within Discord's 25 choices of at most 100 characters. Every value reads back
    through `Roster.names` as the names before plus the one offered: a roster name containing a comma is
    completed whole ("Tyler, The Cr" → "Tyler, The Creator") and never taken for two names."""
    pieces = _pieces(current)
    typed = len(pieces) // 2  # separators typed so far
    choices: list[tuple[str, str]] = []
    offered: set[str] = set()
    # the name being typed may itself contain separators: try the widest reading first
    for inside in range(min(roster.widest, typed), -1, -1):
        cut = len(pieces) - 1 - 2 * inside
        fragment = "".join(pieces[cut:])
        if inside and not clean(pieces[cut]):
            continue
        before = roster.names("".join(pieces[:cut]))
        taken = {fold(c or n) for n, c in before}
        prefix = "".join(f"{n}, " for n, _ in before)
        names = (
            roster.complete_across(fragment) if inside else roster.complete(fragment.strip(), AUTOCOMPLETE_CHOICES * 2)
        )
        for name in names:
            if fold(name) in taken or name in offered:
                continue
            value = prefix + name
            if len(value) > CHOICE_MAX:
                continue
            offered.add(name)
            choices.append((value, value))
            if len(choices) == AUTOCOMPLETE_CHOICES:
                return choices
    if not choices and current.strip() and len(current) <= CHOICE_MAX:
        choices.append((current.strip(), current.strip()))
    return choices
