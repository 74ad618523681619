"""Step 3 of the digest: the night's reports clustered into moments, across people and languages (`Clusters`,
union-find over the reports). See `bot.digest.stories`."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable
from functools import lru_cache

from .lexicon import PEOPLE
from .matching import (
    APART_VOTES,
    CLOSE_SECONDS,
    LINE_SAME_ROOM,
    MOMENTS_APART,
    SCENE_WORDS,
    _lead_key,
    _same_place,
    apart,
    best_partner,
    cross_language,
    heard_after,
    one_event,
    same_moment,
)
from .moments import register_of
from .night import STOPWORDS, Report
from .places import kinds
from .pronouns import HE_WORDS, SHE_WORDS
from .standins import role_opening, stands_in
from .textutil import fold

# a post opening on a person's pronoun, after a thread's slug or not ("He's jumped in after it", "Update on the river:
# he's out", "she cried and put it straight back on")
_PRONOUN_POST = re.compile(
    r"^\s*(?:(?:an? |another )?(?:update|more|latest) on (?:the |that |this )?(?P<thing>[a-z][a-z-]{2,30}):\s*)?"
    r"(?P<pronoun>he|she|his|her)\b(?!-)",
    re.IGNORECASE,
)
_PRONOUNS = {"she": SHE_WORDS, "he": HE_WORDS}  # (`pronouns`' own patterns)
# a correspondent's post going on with their own last one, naming nobody: "Still arguing. Now he's reading them …",
# "Update: still locked out.", "Fiddle update: gardaí called" (break 68)
_OWN_OBJECT = re.compile(r"\b(?:him|her)\b(?=[ ,.;:!?]|$)")
_THING_SLUG = re.compile(r"^\s*([A-Za-z]{3,20}) update\s*:")
_GOES_ON = re.compile(r"^\s*(?:still\b|update\s*[:,-]|(?:[a-z]+ )?update\s*:|and now\b|now\b)", re.IGNORECASE)


def _role_of(r: Report) -> str | None:
    """The role a post introduces the one person it tags by, right before their name ("Security guard Tomasz Wróbel",
    "the bouncer Ike Obi"), a word of `lexicon.PEOPLE`; None otherwise."""
    key = r.names[0]
    words = [w for w in key.split() if len(w) >= 3]
    text = r.sighting.what
    folded = fold(text)
    for w in words[:1]:
        at = folded.find(w)
        if at <= 0:
            continue
        before = folded[:at].split()
        role = before[-1] if before else ""
        if role in PEOPLE and role not in _NO_ROLE:
            return role
    return None


_NO_ROLE = frozenset({"people", "men", "women", "kids", "children", "fans", "guests", "family", "crowd", "room"})


# a post going on from the one before with "then", its verb's object "her" or "him": "He then stood up in the aisle
# and sang her the opening line …" (its "he" the one it tags), within THEN_APART of it
_THEN_TO = re.compile(
    r"^\s*(?:He|She|[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}) then\b[^.;:!?“”\"]*?\b[a-z]+ (?P<pronoun>him|her)"
    r"(?=[,.;:!?]|$| (?:the|a|an|before|as|to|up|off|out|back|down|in|into|onto|through|over|and|by|from|with)\b)"
)
THEN_APART = 3 * 60  # seconds
# posts a join reads before or after the one it places, at most (a big night files hundreds within minutes: the post
# a pronoun, a "Still …" or a role goes on with is among the last ones filed)
SCAN_POSTS = 60
# a post's "at him", "to her" with nobody it names for it: "Brielle Santos in the audience shouting back at him,
# everyone heard", a minute after his speech (break 67)
_AT_HIM = re.compile(
    r"\b(?:back at|at|to|towards|toward) (?P<pronoun>him|her)(?=[,.;:!?]|$| (?:and|as|while|from|across)\b)"
)
# a post opening on a name (one to three capitalised words) whose verb's object is "her" or "him" (never "her" before a
# noun, whose it may be: "fixed her dress"): "Ben Asante caught her before she hit the floor"
_OBJECT_POST = re.compile(
    r"^\s*(?:[A-Z][\w'’-]+ ){1,3}(?:[a-z]+ly )?(?:[a-z]+ed|caught|held|took|grabbed|led|brought|kept|got|gave|told|"
    r"helped|lifted|pulled|carried|hugged|kissed|stopped|followed|found) (?P<pronoun>him|her)"
    r"(?=[,.;:!?]|$| (?:before|as|to|up|off|out|back|down|in|into|onto|through|over|and|by|from|with|across|away|"
    r"around|aside|gently|firmly|just|all)\b)"
)


def _only_them(pronoun: str, before: Report) -> bool:
    """Whether a report naming one person leaves a later post's "he" or "she" (`pronoun`) only them to stand for: no
    pronoun of the other kind in it, nor one of this kind before their name ("The photographer who asked her to take
    one more step back, Bram Kovač, …": "she" is whoever "her" was). Quotes aside."""
    text = fold(_QUOTED.sub(" ", before.sighting.what))
    other = _PRONOUNS["he" if pronoun == "she" else "she"]
    if other.search(text):
        return False
    key = before.names[0]
    words = [w for w in (*key.split(), *before.vocabulary.aliases.get(key, ())) if len(w) >= 3]
    named = min((at for w in words if (at := text.find(w)) >= 0), default=-1)
    same = _PRONOUNS[pronoun].search(text)
    return named >= 0 and (same is None or same.start() > named)


_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")
WINDOW_SECONDS = 20 * 60  # two reports of one moment are at most this far apart...
SPAN_SECONDS = 30 * 60  # ...and a moment lasts at most this long (no chaining across the night)
NEIGHBOURS = 12  # reports compared on each side, per person and per place a report shares
FULL_NIGHT = 2_000  # up to this many candidates every report is compared with its neighbours; beyond,
BIG_NIGHT_NEIGHBOURS = 6  # a report is compared when a story is about to use it, with fewer neighbours, in
# the lists of its people only (its place too if it names nobody)
OWN_POSTS = 4  # a correspondent's note and their write-up of it: this close in the list of a person they both name


@lru_cache(maxsize=1024)
def _place_key(place: str) -> str:
    """The list a place's reports are compared in: its kinds of place, so "backstage corridor" and "backstage
    hallway" are one list (`places.kinds`); the place as written when it has no kind; "∅" for none."""
    if not place:
        return "∅"
    return "@" + ("+".join(sorted(kinds(place))) or place)


def _mentions(reports: list[Report], lists: dict[str, list[int]]) -> dict[int, tuple[str, ...]]:
    """The people each report names in its text by surname (four letters or more; a hyphenated one by all
    its parts) without tagging them ("running behind Ocampo-Fry" with only her stage manager tagged)."""
    by_word: dict[str, list[tuple[tuple[str, ...], str]]] = {}  # a surname's first part -> (parts, key)
    for key in lists:
        last = key.split()[-1] if key[:1] not in "@∅" else ""
        if len(last) >= 4 and last not in STOPWORDS:
            parts = tuple(p for p in last.split("-") if p)
            if parts:
                by_word.setdefault(parts[0], []).append((parts, key))
    out: dict[int, tuple[str, ...]] = {}
    for r in reports:
        words = r.features().words
        found = tuple(  # (in the surnames' order, not the set's: it would change with the process's hash seed)
            key
            for w in sorted(words & by_word.keys())
            for parts, key in by_word[w]
            if key not in r.names and all(p in words for p in parts[1:])
        )
        if found:
            out[r.index] = tuple(dict.fromkeys(found))
    return out


class Clusters:
    """Union-find over the night's reports (by time-order index).

    A report is compared with its NEIGHBOURS nearest reports (each side, within WINDOW) in the list of
    every person it names and of its place (nameless, placeless reports share one list); a group never
    spans more than SPAN, except through an explicit corroboration."""

    def __init__(self, reports: list[Report]) -> None:
        self.reports = reports
        self.big = len(reports) > FULL_NIGHT
        self.neighbours = BIG_NIGHT_NEIGHBOURS if self.big else NEIGHBOURS
        self.parent = [r.index for r in reports]  # (each its own root; a report's index is its place in the list)
        self.members: dict[int, list[int]] = {}  # root -> indexes, for groups of two or more
        self.bounds: dict[int, tuple[float, float]] = {}  # root -> (first, last) time, groups of 2+
        self.expanded: set[int] = set()
        self.events: list[tuple[int, int]] = []  # pairs `one_event` joins once the words have joined theirs
        self.partners: dict[int, int | None] = {}  # report not in English -> its English partner
        self.registers: dict[int, int] = {}  # report -> its register band, for `_write_ups`
        lists: defaultdict[str, list[int]] = defaultdict(list)
        place_keys: dict[str, str] = {}  # a folded place -> its list's key (a few places, thousands of reports)
        for r in reports:
            i = r.index
            for key in r.names:
                lists[key].append(i)
            place = place_keys.get(r.place)
            if place is None:
                place = place_keys[r.place] = _place_key(r.place)
            lists[place].append(i)
        self.lists = dict(lists)
        self.mentions = {} if self.big else _mentions(reports, self.lists)
        self.nameless_: dict[str, tuple[list[int], list[float]]] = {}  # place -> its nameless reports and their times
        self.uses_: dict[str, int] | None = None  # content word -> how many reports use it (`stands_in`, once)

    @property
    def uses(self) -> dict[str, int]:
        """How many of the night's reports use each content word, worked out once (asked only of a report that tells
        its person by a role, on a night that is not big)."""
        if self.uses_ is None:
            counts: defaultdict[str, int] = defaultdict(int)
            for r in self.reports:
                for w in r.features().tokens:
                    counts[w] += 1
            self.uses_ = dict(counts)
        return self.uses_

    def nameless_at(self, place: str, start: float, end: float) -> list[int]:
        """The reports filed at a place (of its kind, `_place_key`) that name nobody, from `start` to before `end`
        (seconds), in time order. Each place's are listed once, with their times (a big night asks for every story)."""
        if not place:
            return []
        found = self.nameless_.get(place)
        if found is None:
            reports = self.reports
            indexes = [i for i in self.lists.get(_place_key(place), ()) if not reports[i].names]
            found = self.nameless_[place] = (indexes, [reports[i].ts for i in indexes])
        indexes, times = found
        return indexes[bisect_left(times, start) : bisect_left(times, end)]

    def keys(self, r: Report) -> list[str]:
        """The lists `r` is compared in: its people's, and its place's (on a big night, only if it names
        nobody), and those of people its text names by surname without tagging them."""
        place = _place_key(r.place)
        if not r.names:
            return [place, *self.mentions.get(r.index, ())]
        return [*r.names, place, *self.mentions.get(r.index, ())] if not self.big else list(r.names)

    def find(self, i: int) -> int:
        parent = self.parent
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def group(self, i: int) -> list[int]:
        root = self.find(i)
        return self.members.get(root) or [root]

    def union(self, a: int, b: int, *, force: bool = False) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        reports = self.reports
        fa = self.bounds.get(ra) or (reports[ra].ts, reports[ra].ts)
        fb = self.bounds.get(rb) or (reports[rb].ts, reports[rb].ts)
        first, last = min(fa[0], fb[0]), max(fa[1], fb[1])
        if last - first > SPAN_SECONDS and not force:
            return False
        if not force and not self._reporters(ra).isdisjoint(self._reporters(rb)):
            return False  # two posts by one correspondent are two moments, even through a third report
        if not force and self._acts_apart(ra, rb):
            return False  # a separate act with weight of its own, about other people: a moment of its own
        root, child = (ra, rb) if ra < rb else (rb, ra)
        self.parent[child] = root
        merged = self.members.pop(root, [root])
        merged.extend(self.members.pop(child, [child]))
        merged.sort()
        self.members[root] = merged
        self.bounds.pop(child, None)
        self.bounds[root] = (first, last)
        return True

    def _reporters(self, root: int) -> set[int]:
        return {self.reports[i].reporter for i in self.members.get(root, [root])}

    def _acts_apart(self, ra: int, rb: int) -> bool:
        """Whether the groups of roots `ra` and `rb` together would hold a separate act (`apart`) beside their lead
        report (the one pinned, else the most voted, else the first): "Teo Vance and Bea Sol caught the trophy on the
        back stairs", 80 votes, minutes after Nana Ines blessed Rafa there, is its own moment, never a tail of the
        blessing told as "Later, …". The cheap tests first: most groups hold no report with a key or votes."""
        reports = self.reports
        group = [reports[i] for i in (*self.members.get(ra, [ra]), *self.members.get(rb, [rb]))]
        if not any(r.sighting.key or r.pin is not None or r.sighting.votes >= APART_VOTES for r in group):
            return False
        lead = min(group, key=_lead_key)
        return any(apart(r, lead) for r in group if r is not lead)

    def link(self, reports: Iterable[Report]) -> None:
        """Explicit corroborations join their original, whatever the wording or the time between."""
        index_of = {r.sighting.id: r.index for r in self.reports}
        for r in reports:
            original = index_of.get(r.sighting.corroborates) if r.sighting.corroborates is not None else None
            if original is not None:
                self.union(original, r.index, force=True)

    def join_replies(self) -> None:
        """A note that hands over to its quote ("Her reply, once the doors opened:") is the rest of the exchange its
        correspondent posted just before, at the same place about one of the same people: one moment, though
        one correspondent posted it twice."""
        reports = self.reports
        for r in reports:
            if not (r.sighting.quote and r.names and r.sighting.what.rstrip().endswith(":")):
                continue
            for j in range(r.index - 1, -1, -1):
                before = reports[j]
                if r.ts - before.ts > MOMENTS_APART:
                    break
                if before.reporter != r.reporter:
                    continue
                if (not r.place or r.place == before.place) and not set(r.names).isdisjoint(before.names):
                    self.union(j, r.index, force=True)
                break  # only the post right before it

    def join_pronoun_posts(self) -> None:
        """A post that names nobody and opens on "he", "she", "his" or "her" goes on with the moment its pronoun stands
        for, one moment, never an item of its own headed by a pronoun (break 66): under a thread's slug ("Update on the
        fountain: she's wrapped in a tablecloth"), the last report within WINDOW_SECONDS naming one person and the
        slug's thing ("fell straight into the courtyard fountain"); else ("He's jumped in after it. Full tux."), the
        last report filed from the same place within MOMENTS_APART, when it names one person and never the other
        pronoun ("asked her to step back": whom "she" stands for, unsure), or a post of the same kind it went on
        from; or, by the same correspondent from there within WINDOW_SECONDS, their own last post ("She's fine." 16
        minutes after their "One of Delilah Crowe's dancers fainted"). A post that names nobody and goes on with the
        correspondent's own thread ("Still arguing. …", "Update: still locked out", "The wardrobe lady is sewing him
        up …") goes on with their last post from there that names one person; "Fiddle update: …" with the last
        report naming one person and the fiddle (break 68). At most SCAN_POSTS posts back."""
        reports = self.reports
        for r in reports:
            m = _PRONOUN_POST.match(r.sighting.what) if not r.names else None
            goes_on = (
                (_GOES_ON.match(r.sighting.what) or _OWN_OBJECT.search(_QUOTED.sub(" ", r.sighting.what)))
                if (not r.names and m is None)
                else None
            )  # ("The wardrobe lady is sewing him up …": whom their own post before named)
            if m is None and goes_on is None:
                continue
            said = m.group("pronoun").lower() if m else ""
            pronoun = {"his": "he", "her": "she"}.get(said, said)
            slug = _THING_SLUG.match(r.sighting.what) if goes_on is not None else None  # ("Fiddle update: …")
            thing = (m.group("thing") or "").lower() if m else slug.group(1).lower() if slug else ""
            unsure = False
            for j in range(r.index - 1, max(-1, r.index - 1 - SCAN_POSTS), -1):
                before = reports[j]
                if r.ts - before.ts > WINDOW_SECONDS:
                    break
                own = before.reporter == r.reporter  # (a correspondent's own thread: "She's fine." 16 minutes after
                # their "One of Delilah Crowe's dancers fainted in the wings", "Still arguing." after their post)
                if r.ts - before.ts > MOMENTS_APART and not own and not thing:
                    continue
                text = before.sighting.what
                if thing:
                    if len(before.names) == 1 and re.search(rf"\b{re.escape(thing)}", text, re.IGNORECASE):
                        self.union(j, r.index, force=True)
                        break
                    continue
                if not r.place or not (before.place == r.place or _same_place(before, r)):
                    continue
                if (goes_on is not None or unsure) and not own:
                    continue  # (another correspondent's "Still …" goes on with their own post, never this one)
                if len(before.names) == 1 and (goes_on is not None or _only_them(pronoun, before)):
                    self.union(j, r.index, force=True)
                elif not before.names and (_PRONOUN_POST.match(text) or _GOES_ON.match(text)):
                    self.union(j, r.index, force=True)  # (the pronoun post before it, that went on with one)
                elif not own:
                    unsure = True  # (whom the last post from there leaves unsure: "She's in." after a post naming
                    # two; the correspondent's own thread from there may say, break 68)
                    continue
                break  # (the last post from there: whom the pronoun follows, or nobody sure)

    def join_role_posts(self) -> None:
        """Two posts by different correspondents within MOMENTS_APART, each tagging one person, the first introducing
        them by a role ("Security guard Tomasz Wróbel caught a singer mid-fall on the stage-left stairs") and the
        second calling someone untagged by that role ("Céline nearly went down the side stairs — a guard caught
        her"), sharing a word of what happened ("caught"): one moment told from each side (break 68)."""
        reports = self.reports
        for r in reports:
            if len(r.names) != 1:
                continue
            role = _role_of(r)  # (the cheap tests first: `Report.english` reads the whole text's language)
            if role is None or not r.english:
                continue
            for j in range(r.index + 1, min(len(reports), r.index + 1 + SCAN_POSTS)):
                other = reports[j]
                if other.ts - r.ts > MOMENTS_APART:
                    break
                if other.reporter == r.reporter or len(other.names) != 1 or other.names == r.names:
                    continue
                said = other.sighting.what
                if not re.search(rf"\b(?:a|the) {role}\b", said, re.IGNORECASE) or not other.english:
                    continue
                shared = (r.features().tokens & other.features().tokens) - {role}
                if shared:
                    self.union(r.index, j, force=True)

    def join_object_posts(self) -> None:
        """A post naming one person who does something to "her" or "him", someone its text does not name ("Ben Asante
        caught her before she hit the floor", a minute after "Margot Delacroix-Hale missed the top step … and went
        down hard"), goes on with the last report filed from the same place within MOMENTS_APART, when that report
        names one other person the pronoun can only stand for (`_only_them`): one moment, never the catch an item
        of its own with "her" for a headline (break 67)."""
        reports = self.reports
        for r in reports:
            if len(r.names) != 1 or not r.place:
                continue
            text = _QUOTED.sub(" ", r.sighting.what)
            m = _OBJECT_POST.match(text)
            then = _THEN_TO.match(text) if m is None else None  # ("He then stood up … and sang her …": whoever "her"
            # was, in the post before, wherever it was filed; "Brielle Santos in the audience shouting back at him")
            then = then or (_AT_HIM.search(text) if m is None else None)
            found = m or then
            if found is None:
                continue
            pronoun = "she" if found.group("pronoun").lower() == "her" else "he"
            for j in range(r.index - 1, max(-1, r.index - 1 - SCAN_POSTS), -1):
                before = reports[j]
                if r.ts - before.ts > (THEN_APART if then else MOMENTS_APART):
                    break
                if then is None and not (before.place == r.place or _same_place(before, r)):
                    continue
                if len(before.names) == 1 and before.names != r.names and _only_them(pronoun, before):
                    self.union(j, r.index, force=True)
                break  # (the last post from there: whom the pronoun stands for, or nobody sure)

    def _write_ups(self, i: int) -> list[int]:
        """Report `i`'s own note or write-up: a correspondent's prose account of the moment their own note told minutes
        before ("MAIN BAR, Orrin Vale: refuses stool. … hands his 1962 trumpet to grandson Teo." then "Teo Vale stopped
        his set at the main bar when his grandfather walked up …") is that moment written up, one moment though one
        correspondent posted it twice (its prose then speaks for it, `speaking_order`). Looked for among the reports
        `i` is compared with in its people's lists (OWN_POSTS each side) by the same correspondent, within
        CLOSE_SECONDS: the same place or none, the later one longer, prose, the earlier one a note (`register_of`), and
        the same content words (`same_moment`). Two prose posts of one correspondent stay two moments. Only when the
        report is compared (`expand`): on a big night, when a story is about to use it."""
        reports = self.reports
        r = reports[i]
        found: list[int] = []
        reporter, ts = r.reporter, r.ts
        for key in (*r.names, *self.mentions.get(i, ())):  # (its people's lists, not its place's: a note names them)
            indexes = self.lists[key]
            at = bisect_left(indexes, i)
            for j in (*indexes[max(0, at - OWN_POSTS) : at], *indexes[at + 1 : at + 1 + OWN_POSTS]):
                other = reports[j]
                if other.reporter != reporter or abs(other.ts - ts) > CLOSE_SECONDS or j in found:
                    continue
                note, account = (other, r) if j < i else (r, other)
                if len(account.sighting.what) <= len(note.sighting.what):
                    continue  # (a write-up is longer than its note: the cheap tests first)
                if note.place and account.place and note.place != account.place and not _same_place(note, account):
                    continue
                if self._register(note) == 0 or self._register(account) != 0 or not note.english or not account.english:
                    continue
                if same_moment(note, account):
                    found.append(j)
        return found

    def _own_lines(self, i: int) -> list[int]:
        """The lines report `i`'s correspondent noted after it from the room of the scene it tells (`heard_after`):
        looked for among the reports filed after it, within LINE_SAME_ROOM (a line names nobody: in no person's
        list, and its note, not its `where`, says the room)."""
        reports = self.reports
        r = reports[i]
        if not r.place or r.sighting.quote or len(r.sighting.what.split()) < SCENE_WORDS:
            return []  # (the cheap tests of `heard_after` first: most reports tell no scene at length)
        found: list[int] = []
        for j in range(i + 1, len(reports)):
            other = reports[j]
            if other.ts - r.ts > LINE_SAME_ROOM:
                break
            if other.reporter == r.reporter and heard_after(other, r):
                found.append(j)
        return found

    def _register(self, r: Report) -> int:
        """`register_of` a report, worked out once."""
        band = self.registers.get(r.index)
        if band is None:
            band = self.registers[r.index] = register_of(r)
        return band

    def _near(self, i: int) -> list[int]:
        """Reports compared with report `i`: its nearest neighbours in each of its lists, within WINDOW,
        by other correspondents."""
        reports = self.reports
        r = reports[i]
        reporter = r.reporter
        near = self.neighbours
        at_time = r.ts
        found: list[int] = []
        for key in self.keys(r):
            indexes = self.lists[key]
            at = bisect_left(indexes, i)
            for j in (*indexes[max(0, at - near) : at], *indexes[at + 1 : at + 1 + near]):
                other = reports[j]
                if abs(other.ts - at_time) <= WINDOW_SECONDS and other.reporter != reporter:
                    found.append(j)
        if not r.english or (not self.big and role_opening(r) is not None):  # its English partner may be tagged with
            # someone else and filed under another place name; a person told by a role may be named under another
            for j in range(max(0, i - near), min(len(reports), i + 1 + near)):
                other = reports[j]
                if j != i and abs(other.ts - at_time) <= CLOSE_SECONDS and other.reporter != reporter:
                    found.append(j)
        # each once (a report in two of the lists is compared once: comparing it again could change nothing)
        return list(dict.fromkeys(found))

    def partner(self, i: int) -> int | None:
        """For a report not in English: the one English report whose moment it tells, if any (the best fit
        by `cross_language`, then the earliest)."""
        if i in self.partners:
            return self.partners[i]
        reports = self.reports
        foreign = reports[i]
        fits: list[tuple[tuple[int, bool, float], int]] = []
        for j in self._near(i):
            if not reports[j].english:
                continue
            fit = cross_language(foreign, reports[j])
            if fit is not None:
                fits.append((fit, j))
        self.partners[i] = best_partner(fits)
        return self.partners[i]

    def expand(self, i: int) -> list[int]:
        """Compare report `i` with its neighbours; join those that tell the same moment. Returns them."""
        if i in self.expanded:
            return []
        self.expanded.add(i)
        reports = self.reports
        r = reports[i]
        r_english = r.english  # (features worked out once: `_near` needed them)
        joined: list[int] = []
        for j in (*self._write_ups(i), *self._own_lines(i)):
            if self.union(i, j, force=True):
                joined.append(j)
        for j in self._near(i):
            if self.find(i) == self.find(j):
                continue
            other = reports[j]
            if r_english != other.english:
                foreign, english = (i, j) if other.english else (j, i)
                same = self.partner(foreign) == english
            else:
                same = same_moment(r, other)
                if not same and (one_event(r, other) or (not self.big and stands_in(r, other, self.uses))):
                    self.events.append((i, j))  # (joined last: `cluster`)
            if same and self.union(i, j):
                joined.append(j)
        return joined

    def grow(self, i: int) -> None:
        """Expand `i`, then what joined it, and so on (at most 16 reports; 4 on a big night)."""
        budget = 4 if self.big else 16
        queue = [i]
        while queue and budget > 0:
            j = queue.pop()
            if j in self.expanded:
                continue
            budget -= 1
            queue.extend(self.expand(j))

    def cluster(self, centres: Iterable[int]) -> None:
        for i in centres:
            self.grow(i)
        self.join_events()

    def join_events(self) -> None:
        """Join the pairs of reports of one event in other words (`one_event`) found so far: last, once the words
        have joined theirs (on a big night, after each report a story is about to use has grown)."""
        events, self.events = self.events, []
        for i, j in events:
            self.union(i, j)
