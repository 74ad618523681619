"""The roster as a matcher: tags names found in text, resolves `who`, and autocompletes names.

Plain Python, no I/O. Built once per roster change and kept per guild by the roster service.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from bot.limits import AUTOCOMPLETE_CHOICES, CHOICE_MAX
from bot.models import RosterEntry
from bot.text import clean, fold, tokens

SUGGEST_SCORE = 80.0
FUZZY_SCAN_MAX = 1500  # words an autocomplete keystroke may fuzzy-compare


@dataclass(frozen=True)
class WhoResolution:
    people: tuple[str, ...]  # canonical roster names
    unknown: tuple[str, ...]  # names not on the roster, as typed (cleaned)
    suggestions: dict[str, str] = field(default_factory=dict)  # unknown -> closest roster name


def split_names(who: str | None) -> list[str]:
    """`who` is comma-separated (semicolons too); empty parts are ignored, duplicates dropped."""
    if not who:
        return []
    seen: set[str] = set()
    out: list[str] = []
    for part in who.replace(";", ",").split(","):
        name = clean(part)
        if name and fold(name) not in seen:
            seen.add(fold(name))
            out.append(name)
    return out


class Roster:
    """Names and aliases of one guild, indexed for tagging, lookup and prefix completion."""

    def __init__(self, entries: Iterable[RosterEntry] = ()) -> None:
        self.entries = sorted(entries, key=lambda e: fold(e.name))
        self._by_key: dict[str, str] = {}
        # first token -> [(token tuple, canonical)] longest first, for scanning text
        self._phrases: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        # sorted (folded label, canonical, label) for prefix completion on any word start
        self._completions: list[tuple[str, str, str]] = []
        for entry in self.entries:
            for label in (entry.name, *entry.aliases):
                self._add(label, entry.name)
        for phrases in self._phrases.values():
            phrases.sort(key=lambda p: (-len(p[0]), p[1]))
        self._completions.sort()
        self._completion_keys = [c[0] for c in self._completions]
        self._choices = sorted({c[0]: c[1] for c in self._completions}.items())
        self._choice_keys = [k for k, _ in self._choices]

    def _add(self, label: str, canonical: str) -> None:
        key = fold(label)
        toks = tuple(tokens(label))
        if not key or not toks:
            return
        self._by_key.setdefault(key, canonical)
        self._phrases.setdefault(toks[0], []).append((toks, canonical))
        words = key.split(" ")
        for i in range(len(words)):
            self._completions.append((" ".join(words[i:]), canonical, label))

    def __len__(self) -> int:
        return len(self.entries)

    def lookup(self, name: str) -> str | None:
        """The canonical name for a name or alias, ignoring case, accents and entities."""
        return self._by_key.get(fold(name))

    def find_in(self, *texts: str | None) -> list[str]:
        """Canonical names mentioned in the texts, in order of first mention (longest match wins)."""
        found: list[str] = []
        for text in texts:
            if not text:
                continue
            toks = tokens(text)
            i = 0
            while i < len(toks):
                step = 1
                for phrase, canonical in self._phrases.get(toks[i], ()):
                    if tuple(toks[i : i + len(phrase)]) == phrase:
                        if canonical not in found:
                            found.append(canonical)
                        step = len(phrase)
                        break
                i += step
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
        for name in split_names(who):
            canonical = self.lookup(name)
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
            words = [label for label, _, _ in labels]
            seen = set(out)
            for _w, _score, idx in process.extract(key, words, scorer=fuzz.ratio, limit=limit * 2, score_cutoff=70):
                canonical = labels[idx][1]
                if canonical not in seen:
                    seen.add(canonical)
                    out.append(canonical)
        return out[:limit]


def complete_who(roster: Roster, current: str) -> list[tuple[str, str]]:
    """Autocomplete for `who`: complete the name after the last comma, keep what came before.
    Returns (label, value) pairs within Discord's 25 choices of at most 100 characters."""
    head, _, last = current.rpartition(",")
    done = [n.strip() for n in head.split(",") if n.strip()] if head else []
    taken = {fold(n) for n in done}
    prefix = ", ".join(done) + (", " if done else "")
    choices: list[tuple[str, str]] = []
    for name in roster.complete(last.strip(), limit=AUTOCOMPLETE_CHOICES * 2):
        if fold(name) in taken:
            continue
        value = prefix + name
        if len(value) > CHOICE_MAX:
            continue
        choices.append((value, value))
        if len(choices) == AUTOCOMPLETE_CHOICES:
            break
    if not choices and current.strip() and len(current) <= CHOICE_MAX:
        choices.append((current.strip(), current.strip()))
    return choices
