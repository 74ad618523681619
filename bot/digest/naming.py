"""People written as the roster spells them: "Sister Static" is Calliope Marsh, "Soren Overgaard" is Søren
Øvergaard; or by the handle the night calls them by (`name_by_handles`: "Glitch", never her legal name).

A headline names each person by their canonical name (the roster's, or that handle) as a headline writes it
(`headline_name`: "Ilse Varga-Lindqvist" for Prof. Dr. Ilse Marta Varga-Lindqvist, "Luc Perrin Jr."), everyone in
full while it stays within 75 characters ("Renée Falque Won't Sit at Caio Ferraz's Table"), else anyone after the
first by a short role the night gives them ("… to the Stage Manager"), else as a body names them again ("… to
Achterberg-Nkemelu"); one who shares the subject always in full ("Grete Strauß and Mayella Quintero-Roux Swap
Shoes"); a father and son together as "Luc Perrin and His Father". In a
body, a person's first mention in the item is the canonical name (a handle with the roster name once in brackets,
where the night writes both: "Mazi Flex (Ebuka Nnadi)"); a later one is the surname (a handle whole; a child's given
name, a title the night keeps, "Sir Ambrose": `roles.note_roles`) when it is the full name again ("Soren Overgaard")
or a nickname or stage name the reader never met ("Calli", "May"), or a first name as a subject, a possessive or
after a preposition ("Søren never looked" → "Øvergaard never looked"); a first name right after a verb stays as
written ("piped Solenne into the gap"): it may be what was written, and changing it would change a fact.
(Two people of the story who share a family name are named in full every time: "Lindqvist" would be either, and
"Toby" for one beside "Lindqvist" for the other two conventions in one item.)
Only the people of the story are looked for, and the one-word nicknames of the roster's other people ("Minnow"
for Wilhelmina Castor, whom the report did not tag); an alias that is an everyday word ("May", "Echo",
"Sky") only where it is capitalised mid-sentence, as tagging does, or capitalised before a past tense ("Jewel
walked out" is someone, and a reader who never met the nickname gets the surname); any other one-word alias in
lower case is a word, not a name, where the report capitalises names ("jab chand nikla": the moon), as tagging
does. An alias right after a determiner ("the Horace monologue") names a character or a thing and is left as
written, and so is one after "goes by", "known as", "aka", "called" ("who goes by Pixel online").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache, partial

from bot.tagging import is_everyday_word, lower_case_word, names_nobody

from .cutting import TARGET_LEN
from .handles import Handle, introduced
from .lexicon import DETERMINER_PATTERN
from .night import NameBook, Report
from .textutil import (
    GENERATIONAL,
    MARKS,
    WORD,
    family_first_by_roster,
    first_name,
    fold,
    generational,
    honorific,
    kept_title,
    name_parts,
    short_name,
)
from .verbs import PAST_OF, looks_like_verb

_WORD = WORD  # (with its combining marks: a name ends where its last mark does, "Ọ̀kẹ́" never "Ọ̀kẹ́́")
_JOIN = re.compile(r"[\s.,'’-]{0,3}")  # what may stand between the words of one name
_SENTENCE_END = frozenset(".!?:")
_SUBJECT_NEXT = re.compile(r" (?=[a-z])")  # a name followed by a lower-case word: the subject of a verb
# an everyday word followed by a past tense is someone doing something ("Jewel walked out", "Sky was late"),
# even where a sentence starts with it
_ACTS = re.compile(r" (?:was|were|had|[a-z]{2,}ed|" + "|".join(sorted(PAST_OF.values())) + r")\b")


HANDLE_SHARE = 0.5  # of the reports naming a person, those naming them by one alias: the name the article uses
HANDLE_MIN = 2  # reports by that alias at least (one line calling someone "Glitch" is not what the night calls her)
# and of the roster name, for the article to print it once beside the handle ("Mazi Flex (Ebuka Nnadi)")
HANDLE_READ = 50  # reports read per person (the first, in time order): how the night calls them, at any size
# what introduces a name as a name ("who goes by Pixel online", "a mod called Pixel", "his mod, called Pixel"); a
# person who "called" someone ("Okafor called Priya onto the stage", "the host called Priya") summoned or phoned them
_NAMED_AS = re.compile(
    r"(?:\bgo(?:es)? by|\bwent by|\bknown as|\baka|\ba\.k\.a\.?|\bnicknamed|\bdubbed|"
    r"(?:\ban? [\w-]+ |, |\b(?:is|was|were|are|be|been|also) |\bso-)called)[\s:,\"“'‘]*$",
    re.I,
)


def name_by_handles(
    book: NameBook, keys: Iterable[str], reports: Sequence[Report], lists: dict[str, list[int]]
) -> None:
    """A handle the night uses is the name the article uses: a person (of `keys`) whom the night's reports
    (their text, quote and headline; the first `HANDLE_READ` reports naming them, `lists` giving their indexes
    in time order) name by one alias (or a word of it) in at least `HANDLE_SHARE` of the reports naming them,
    `HANDLE_MIN` reports or more, is named by that alias in `book.display`, in headlines and bodies alike ("Mazi
    Flex", "Glitch"). Where the reports write the roster name too, in `HANDLE_MIN` reports or more, a body prints
    it once in brackets at the first mention (`book.legal`: "Mazi Flex (Ebuka Nnadi)"); a slip of one report never
    outs a masked streamer every correspondent calls "Glitch". An alias that shares a word with the roster name,
    shortens its given name ("Calli" for Calliope) or is not written in Latin letters is a nickname, not a handle;
    an alias naming a character ("the Horace monologue") is not counted (`_count_names`)."""
    for key in keys:
        forms = _handle_forms(book, key)
        if not forms:
            continue
        told = [
            [text for text in (s.what, s.quote, s.headline) if text]
            for s in (reports[i].sighting for i in lists.get(key, [])[:HANDLE_READ])
        ]
        # (the cheap test first: no report writes any of the aliases, in letters as they are; `fold` would read
        # every character of a text with one letter beyond ASCII)
        written_out = " ".join(text for texts in told for text in texts).casefold()
        if all(w.isascii() for _, w in forms) and not any(t[0] in written_out for t, w in forms if w):
            continue
        counted: Counter[str] = Counter()  # reports naming them by each name (one report calling her "Pearl"
        for texts in told:  # three times is one correspondent's habit, not the night's)
            theirs: Counter[str] = Counter()
            for text in texts:
                _count_names(text, forms, theirs)
            counted.update(theirs.keys())
        roster_name = counted.pop("", 0)
        if not counted:
            continue
        words = {written: set(tokens) for tokens, written in forms if written}
        # a shorter alias inside a longer one is the same handle ("Mazi" for Mazi Flex): counted for it
        merged = {a: sum(c for b, c in counted.items() if words[b] <= words[a]) for a in counted}
        alias, n = max(merged.items(), key=lambda kv: (kv[1], len(words[kv[0]]), kv[0]))
        if n >= HANDLE_MIN and n >= HANDLE_SHARE * (roster_name + sum(counted.values())):
            book.display[key] = " ".join(alias.split())
            if roster_name >= HANDLE_MIN:
                book.legal[key] = book.forms[key][0]


def _handle_forms(book: NameBook, key: str) -> tuple[tuple[tuple[str, ...], str], ...]:
    """(folded words, written) of every name of a person worth counting: the aliases that may be a handle, then
    the roster name ("" written) and its words of three letters or more alone."""
    canonical, *aliases = book.forms.get(key, ())
    if not aliases:
        return ()
    words = tuple(_WORD.findall(fold(canonical)))
    parts = name_parts(canonical)
    given = fold(parts[0]) if parts else words[0] if words else ""
    found: list[tuple[tuple[str, ...], str]] = []
    # "Jun Dela Cruz", "Andi Buenaventura": a given name the night writes with the family name is a nickname
    nicknames = {t[0] for t in (tuple(_WORD.findall(fold(a))) for a in aliases) if t and not set(t).isdisjoint(words)}
    for alias in aliases:
        tokens = tuple(_WORD.findall(fold(alias)))
        if not tokens or not set(tokens).isdisjoint(words) or not fold(alias).isascii():
            continue
        if alias[:1].islower() and tokens[0] in _ARTICLES:
            continue  # "la ministre", "the minister": a role the reports give her, never the name she goes by
        if len(tokens) == 1 and given and _same_given(tokens[0], given):
            continue  # "Calli" for Calliope Marsh: a nickname
        if tokens[0] in nicknames:
            continue  # "Jun", "Andi B": the given name of "Jun Dela Cruz", "Andi Buenaventura", not a handle
        found.append((tokens, alias))
    if not found:
        return ()
    found.sort(key=lambda f: -len(f[0]))
    found.append((words, ""))
    found.extend(((w,), "") for w in words if len(w) >= 3)
    return tuple(found)


_ARTICLES = frozenset(
    {"the", "a", "an", "la", "le", "les", "l", "el", "los", "las", "il", "lo", "o", "os", "der", "die"}
)


def _count_names(text: str, forms: tuple[tuple[tuple[str, ...], str], ...], counted: Counter[str]) -> None:
    """Count in `counted` each mention in `text` of one of `forms` (by its written alias; the roster name as "").
    A one-word alias in lower case where the text capitalises names is a word, an everyday one in lower case
    too (tagging's rule); an alias naming a character or a thing ("the Horace monologue", "you are Horace", "in
    full Uncle Horace kit") or itself ("who goes by Pixel") is not the person called so."""
    found = list(_WORD.finditer(text))
    folded = [fold(m.group(0)) for m in found]
    i = 0
    while i < len(found):
        for tokens, written in forms:
            n = len(tokens)
            if tuple(folded[i : i + n]) != tokens:
                continue
            surface = found[i].group(0)
            if (
                n == 1
                and written
                and ((is_everyday_word(written) and not surface[:1].isupper()) or lower_case_word(surface, text))
            ):
                continue
            start = found[i].start()
            if written and (
                _inside_noun_phrase(text, start) or _NAMED_AS.search(text[max(0, start - 20) : start]) is not None
            ):
                continue
            counted[written] += 1
            i += n - 1
            break
        i += 1


@dataclass(frozen=True, slots=True)
class _Form:
    tokens: tuple[str, ...]  # folded words
    key: str  # the person's key
    written: str  # this name as the roster writes it
    everyday: bool
    surname: bool = False  # the canonical name's last (or first) word alone (only as a capitalised word)


@dataclass(frozen=True, slots=True)
class _Mention:
    start: int
    end: int
    form: _Form
    surface: str
    persona: bool = False  # it names a character or a thing, not the person
    whole: bool = False  # a full name however spelt ("Teodor Vance", "Teo Vance" for Teodoro Vance)


class Names:
    """Mentions of a story's people in its copy."""

    def __init__(
        self,
        book: NameBook,
        keys: Iterable[str],
        lead: str | None = None,
        pronouns: dict[str, str] | None = None,
        whole: Iterable[str] = (),
    ) -> None:
        self.display: dict[str, str] = {}
        self.index: dict[str, list[_Form]] = {}
        self.given: dict[str, str] = {}  # folded given name, by key (for a misspelt one: "Teodor" for Teodoro)
        for key in keys:
            if key in self.display or key not in book.display:
                continue
            canonical = book.display[key]
            self.display[key] = canonical
            for written in dict.fromkeys((canonical, *book.forms.get(key, ()))):
                tokens = tuple(_WORD.findall(fold(written)))
                if tokens:
                    form = _Form(tokens, key, written, is_everyday_word(written))
                    self.index.setdefault(tokens[0], []).append(form)
        for key, (name, *aliases) in book.roster.items():  # "Minnow" for Wilhelmina Castor, not tagged
            if key in self.display:
                continue
            canonical_words = set(_WORD.findall(fold(name)))
            for written in aliases:
                tokens = tuple(_WORD.findall(fold(written)))
                if len(tokens) == 1 and tokens[0] not in canonical_words and not is_everyday_word(written):
                    self.display.setdefault(key, " ".join(name.split()))
                    self.index.setdefault(tokens[0], []).append(_Form(tokens, key, written, False))
        self.people = frozenset(self.display)  # the story's people (not the roster's others)
        # the names written with a capital: one of them in a text says it writes names so ("Rohan backstage: …")
        self.capitalised = tuple(
            dict.fromkeys(f.written for forms in self.index.values() for f in forms if f.written[:1].isupper())
        )
        self.titles: dict[str, str] = {}  # "the Duchess" for "Vivienne, Duchess of Deptford" (roster: "The Duchess")
        for key in (k for k in self.display if "," in self.display[k]):
            words = self.display[key].replace(",", " ").split()
            for alias in book.forms.get(key, ()):
                the, *title = alias.split()
                if the.lower() == "the" and len(title) == 1 and title[0] in words[1:]:
                    self.titles[key] = f"the {title[0]}"
                    break
        self.family_first = {k for k in self.display if family_first_by_roster(book.roster.get(k, ()))}
        self.again_as = {k: book.again[k] for k in self.display if k in book.again}  # "Pip", "Sir Ambrose"
        self.groups = frozenset(k for k in whole if k in self.display)  # a group: named whole, "they"
        self.again_as.update((k, self.display[k]) for k in self.groups)
        surnames: dict[str, list[str]] = {}
        firsts: dict[str, list[str]] = {}
        handles: dict[str, str] = {}
        for key, canonical in self.display.items():
            if book.by_handle(key):  # named by a handle ("Glitch"): her roster name's parts are hers too
                self.titles[fold(canonical)] = canonical  # and the handle, never cut, names her again
                handles[key] = canonical
                canonical = book.forms.get(key, (canonical,))[0]
            parts = name_parts(canonical, key in self.family_first)
            if parts is None:
                continue
            given, family = parts
            self.given[key] = fold(given)
            if len(family) >= 3:
                surnames.setdefault(fold(family), []).append(key)
            if " " not in given and len(given) >= 3 and not is_everyday_word(given):
                firsts.setdefault(fold(given), []).append(key)
        for folded, keys in surnames.items():  # "Birch" alone: Calloway Birch, when nobody else is a Birch
            tokens = tuple(_WORD.findall(folded))
            known = any(f.tokens == tokens for f in self.index.get(tokens[0], ())) if tokens else True
            if len(keys) == 1 and tokens and not known:
                written = self.surname(self.display[keys[0]])
                self.index.setdefault(tokens[0], []).append(_Form(tokens, keys[0], written, False, True))
        for folded, keys in firsts.items():  # "Ivy" alone: Ivy Marr, when nobody else of the story is an Ivy
            tokens = tuple(_WORD.findall(folded))
            known = any(f.tokens == tokens for f in self.index.get(tokens[0], ())) if tokens else True
            if len(keys) == 1 and len(tokens) == 1 and not known:
                written = handles.get(keys[0]) or first_name(self.display[keys[0]], keys[0] in self.family_first)
                self.index.setdefault(tokens[0], []).append(_Form(tokens, keys[0], written, False, True))
        for key, handle in handles.items():  # "Mazi" alone for Mazi Flex: the handle whole, never a part of it
            for word in _WORD.findall(handle):
                token = fold(word)
                if len(word) >= 3 and word[:1].isupper() and not is_everyday_word(word) and token not in self.index:
                    self.index[token] = [_Form((token,), key, handle, False, True)]
        self.by_handle = frozenset(handles)  # those the night names by a handle: it is one of their aliases
        for forms in self.index.values():
            forms.sort(key=lambda f: (-len(f.tokens), f.written))
        self.mentioned: set[str] = set()
        self._words: dict[str, frozenset[str]] = {}  # folded words of each person's canonical name, as asked
        self._titled = False  # a headline in Title Case is being named (`headline`)
        self._words_of_names: dict[str, frozenset[str]] = {}  # folded words of all their names (`_name_words`)
        self.roles = {k: book.roles[k] for k in self.display if k in book.roles}
        self.lead = lead
        self.legal = {k: book.legal[k] for k in self.display if k in book.legal}  # "Ebuka Nnadi" for Mazi Flex
        self.pronouns = pronouns or {}  # "she", "he" or "they", by key, for those whose pronoun the night gives
        self.handles: dict[str, Handle] = {}  # names nobody introduced ("Bozo"), set by the writer (`handles`)
        self._all_words: frozenset[str] | None = None  # (`words`, once)

    def words(self) -> frozenset[str]:
        """The folded words of every name of these people (worked out once: the names are all known once built, and
        the writer asks for them for every text it edits)."""
        if self._all_words is None:
            self._all_words = frozenset(t for forms in self.index.values() for f in forms for t in f.tokens)
        return self._all_words

    def _mentions(self, text: str) -> Iterator[_Mention]:
        """The mentions of the story's people in `text`, in order; a name written in two parts that are each a
        name of one person ("Teo Vance", "Ji-woo Han") or a misspelt given name before a family name ("Teodor
        Vance" for Teodoro Vance) is one mention of the whole name."""
        found = list(_WORD.finditer(text))
        folded = [fold(m.group(0)) for m in found]
        i = 0
        held: _Mention | None = None
        while i < len(found):
            match = self._match_at(text, found, folded, i)
            if match is None:
                i += 1
                continue
            if match.form.surname and match.form.key in self.given and (held is None or held.end < found[i - 1].end()):
                match = self._with_given_before(text, found, folded, i, match)
            elif (
                i
                and (held is None or held.end <= found[i - 1].start())
                and self._own_word_before(found, folded, i, match)
            ):
                # "Beam Pakorn": his everyday-word handle (matched alone only where it is a name) before his alias
                match = _Mention(
                    found[i - 1].start(), match.end, match.form, text[found[i - 1].start() : match.end], whole=True
                )
            i += len(match.form.tokens)
            if not match.persona:
                match, i = self._nicknamed(text, found, folded, i, match)
                match, i = self._rest_of_name(text, found, folded, i, match)
            if held is not None and held.form.key == match.form.key and text[held.end : match.start] == " ":
                held = _Mention(held.start, match.end, held.form, text[held.start : match.end], whole=True)
                continue
            if held is not None:
                yield held
            held = match
        if held is not None:
            yield held

    def _nicknamed(
        self, text: str, found: list[re.Match[str]], folded: list[str], i: int, match: _Mention
    ) -> tuple[_Mention, int]:
        """A nickname in quotes between a person's given and family name is one mention of the whole name ("Nuno
        'Nunex' Sardinha", "Natthapong “Ice” Chaiwiset": never "Nuno Sardinha “Nunex” Sardinha"), the nickname
        read or hidden as a quote (`quoted`). The word index after it, too."""
        nick = _NICKNAME.match(text, match.end)
        if nick is None:
            return match, i
        words = self._name_words(match.form.key)
        inside = nick.group(2)
        if not (inside[:1] >= _HIDDEN or fold(inside) in words):
            return match, i
        j = next((k for k in range(i, min(i + 3, len(found))) if found[k].start() == nick.end()), None)
        if j is None or folded[j] not in words or not found[j].group(0)[:1].isupper():
            return match, i
        return _Mention(match.start, found[j].end(), match.form, text[match.start : found[j].end()], whole=True), j + 1

    def _name_words(self, key: str) -> frozenset[str]:
        """The folded words of every name of `key` the story knows (the roster name, aliases, the legal name)."""
        cached = self._words_of_names.get(key)
        if cached is None:
            names = [self.display[key], self.legal.get(key, "")]
            names += [f.written for forms in self.index.values() for f in forms if f.key == key]
            cached = self._words_of_names[key] = frozenset(w for n in names for w in _WORD.findall(fold(n)))
        return cached

    def _own_word_before(self, found: list[re.Match[str]], folded: list[str], i: int, match: _Mention) -> bool:
        """Whether the word right before a mention is another one-word name of the same person, capitalised ("Beam
        Pakorn" for Pakorn Lertsiri, aliased "Beam" and "Pakorn"): one mention, never "Beam Beam"."""
        word = found[i - 1].group(0)
        if match.start - found[i - 1].end() != 1 or not word[:1].isupper() or match.persona:
            return False
        return any(f.key == match.form.key and f.tokens == (folded[i - 1],) for f in self.index.get(folded[i - 1], ()))

    def _rest_of_name(
        self, text: str, found: list[re.Match[str]], folded: list[str], i: int, match: _Mention
    ) -> tuple[_Mention, int]:
        """A mention with what follows it that is still the same name: more words of the person's name ("Majo
        Hernández" for María José Hernández López, whose alias is "Majo": one mention, never "María José
        Hernández López Hernández") and an honorific suffix ("Tanaka-san": the name as the roster writes it).
        The word index after it, too."""
        words = self._words.get(match.form.key)
        if words is None:
            words = frozenset(_WORD.findall(fold(self.display[match.form.key])))
            if match.form.key in self.by_handle:  # "Beam Pakorn" for Pakorn Lertsiri, named by his handle "Beam"
                words |= self._name_words(match.form.key)
            self._words[match.form.key] = words
        end, start = match.end, i
        while i < len(found) and found[i].group(0)[:1].isupper():
            gap = text[end : found[i].start()]
            # ("Jun Dela Cruz, Jr." for Reynaldo Dela Cruz, Jr.: the suffix is the name's, never "…, Jr., Jr.")
            if folded[i] not in words or not (gap == " " or (gap == ", " and folded[i] in GENERATIONAL)):
                break
            end = found[i].end()
            end += 1 if folded[i] in ("jr", "sr") and text[end : end + 1] == "." else 0
            i += 1
        suffix = _HONORIFIC_SUFFIX.match(text, end)
        if suffix:
            end = suffix.end()
            i += 1
        if end == match.end:
            return match, start
        return _Mention(match.start, end, match.form, text[match.start : end], whole=i > start), i

    def _match_at(self, text: str, found: list[re.Match[str]], folded: list[str], i: int) -> _Mention | None:
        for form in self.index.get(folded[i], ()):
            n = len(form.tokens)
            if tuple(folded[i : i + n]) != form.tokens:
                continue
            if any(not _JOIN.fullmatch(text[found[j].end() : found[j + 1].start()]) for j in range(i, i + n - 1)):
                continue
            start, end = found[i].start(), found[i + n - 1].end()
            lead_in = len(form.written) - len(form.written.lstrip("'’"))  # "'Dee": the apostrophe is the name's
            if lead_in and text[max(0, start - lead_in) : start] == form.written[:lead_in]:
                start -= lead_in
            surface = text[start:end]
            possessive = text[end : end + 2] in ("'s", "’s")  # "Sky's phone died": a name, even first
            if form.surname and not (surface.split()[-1][:1].isupper() and not surface.isupper()):
                continue
            alias = form.written != self.display[form.key] or form.key in self.by_handle  # (a handle shown: "Boat")
            if (
                len(form.tokens) == 1
                and alias
                and not form.everyday
                and surface.islower()
                and lower_case_word(surface, text, any(name in text for name in self.capitalised))
            ):
                continue  # "jab chand nikla": the moon, not Chand Malhotra, where the report capitalises names
            if form.everyday and self._titled and start > 0 and not possessive:
                continue  # "Grace Tolland Says Grace Before the Dinner": the grace she said
            if form.everyday and names_nobody(
                found[i - 1].group(0) if i else "",
                surface,
                found[i + n].group(0) if i + n < len(found) else "",
                before_opens=not i or _opens_after(text[: found[i - 1].start()]),
                after_opens=i + n < len(found) and _opens_after(text[: found[i + n].start()]),
            ):
                continue  # "In May the hall flooded", "won Best Film": a date, an award, nobody
            if form.everyday and not (
                _capitalised_mid_sentence(text, start, surface)
                or (possessive and surface.istitle())
                or (surface.istitle() and _ACTS.match(text, end) is not None)
                or (form.key in self.people and _subject_of_sentence(text, start, end))
            ):
                continue
            # "the Horace monologue": a character's name in a phrase, not the person (spelt as the roster does)
            # "who goes by Pixel online": the alias itself, never a name put in its place
            persona = form.written != self.display[form.key] and (
                _inside_noun_phrase(text, start, possessive)
                or _TITLE_BEFORE.search(text[max(0, start - 40) : start]) is not None
                or _NAMED_AS.search(text[max(0, start - 20) : start]) is not None
                or (text[max(0, start - 2) : start] in (", ", " (") and _NAMED_BY.match(text, end) is not None)
            )
            return _Mention(start, end, form, surface, persona)
        return None

    def _with_given_before(
        self, text: str, found: list[re.Match[str]], folded: list[str], i: int, match: _Mention
    ) -> _Mention:
        """A family name with a misspelt or shortened given name right before it ("Teodor Vance", "T. Vance"
        for Teodoro Vance; `_same_given`), or one of the person's one-word aliases ("Penny Strand"): the whole
        name, never "Teodor Teodoro Vance"."""
        if i == 0 or text[found[i - 1].end() : match.start] not in (" ", ". "):
            return match
        word, given = found[i - 1].group(0), self.given[match.form.key]
        if not ((word[:1].isupper() and not word.isupper()) or len(word) == 1):
            return match
        written = folded[i - 1]
        own_alias = any(f.key == match.form.key and f.tokens == (written,) for f in self.index.get(written, ()))
        if written == given or not (
            own_alias  # "Penny Strand" for Penelope Strand, aliased "Penny" (an everyday word: not matched alone)
            or _same_given(written, given)
            or (len(written) == 1 and given.startswith(written) and text[found[i - 1].end()] == ".")
        ):
            return match
        start = found[i - 1].start()
        return _Mention(start, match.end, match.form, text[start : match.end], whole=True)

    def _rewrite(self, text: str, choose: Callable[[_Mention], str]) -> str:
        out: list[str] = []
        last = 0
        previous: _Mention | None = None
        for m in self._mentions(text):
            if m.start < last:
                continue  # inside a bracket left out: the name again in another spelling
            between = text[last : m.start]
            before = text[: m.start]
            if before.count("“") > before.count("”"):
                out += [between, m.surface]  # quoted speech or a quoted sign ("“YOU ARE HORACE.”") is never touched
                last = m.end
                continue
            if (
                previous is not None
                and previous.form.key == m.form.key
                and between == ", "
                and text[m.end : m.end + 1] == ","
                and not m.persona
            ):
                last = m.end + 1  # "Han Ji-woo, Ji-woo, reached": one person is not their own apposition
                continue
            written = m.form.written if m.persona else choose(m)
            title = written.split(" ", 1)[0] + " "
            if " " in written and between.endswith(title) and kept_title(title[:-1]):
                between = between[: -len(title)]  # "Dame Orr" for "Orr" after "Dame ": never "Dame Dame Orr"
            marks = written[: len(written) - len(written.lstrip("@#"))]
            if marks and between.endswith(marks):
                between = between[: -len(marks)]  # "@here Jones" for "here Jones" after "@": never "@@here Jones"
            written, last = _suffix_stop(text, m, written)
            out += [between, written]
            previous = m
            spelt = _BRACKETED.match(text, m.end)
            if spelt and not m.persona and self._spelling_of(m.form.key, spelt.group(1)):
                last = spelt.end()  # "Ren Tanaka (田中蓮)", "Bísí Ọláńrewájú (Mama Bísí)": named once
        out.append(text[last:])
        return "".join(out)

    def _spelling_of(self, key: str, inside: str) -> bool:
        """Whether a bracket's words are another spelling of the name of `key` just printed before it: one of their
        names (an alias, the roster name, either part) or a name in a script without Latin letters ("田中蓮",
        "田中" after Ren Tanaka: how the report spelt them, not more news)."""
        words = tuple(_WORD.findall(fold(inside)))
        if not words:
            return False
        if _OWN_SCRIPT.fullmatch(inside.strip()) and not _LATIN.search(inside):
            return True
        return any(f.key == key and f.tokens == words for f in self.index.get(words[0], ()))

    def headline(self, text: str, *, written: bool = False) -> str:
        """The first mention of each person by their canonical name, a later one as `again` names them ("Ren
        Tanaka Waves …, Then Tanaka Bows", never "Ren Tanaka" twice). `written` (a headline as the digest writes
        it): each person by `headline_name` ("Ilse Varga-Lindqvist" for Prof. Dr. Ilse Marta Varga-Lindqvist,
        "Luc Perrin Jr." for "Luc Perrin, fils"), anyone after the first in full too while the headline stays
        within `TARGET_LEN` ("Ada Lind Gives Ines Reyes Her Best Director Statue"), else by a role the night gives
        them that is shorter ("… Hands the Culture Minister …"), else as `again` names them ("… Gives Reyes …");
        one sharing the subject always in full ("Grete Strauß and Mayella Quintero-Roux Swap Shoes"). A father
        and son both named are the first and his relation ("Luc Perrin and His Father Dance")."""
        if not written:
            return self._rewrite(text, self._naming(text, lambda key: self.display[key], None))
        self._titled = True  # (in Title Case an everyday word's capital says nothing: "Says Grace" is a grace)
        try:
            return self._written_headline(text)
        finally:
            self._titled = False

    def _written_headline(self, text: str) -> str:
        for name, short in shortened(self.display.values()).items():  # (the clause was cut with it: `shortened`)
            text = re.sub(rf"(?<![\w'’-]){re.escape(short)}(?![\w-])", name, text)
        pair = len({m.form.key for m in self._mentions(text)}) > 1
        for whole in (partial(self._in_headline, pair=True), self._in_headline) if pair else (self._in_headline,):
            full = self._rewrite(text, self._naming(text, whole, None))
            if len(full) <= TARGET_LEN:
                return full
        return self._rewrite(text, self._naming(text, self._in_headline, self._placed))

    def _naming(
        self, text: str, whole: Callable[[str], str], second: Callable[[str], str] | None
    ) -> Callable[[_Mention], str]:
        """How `headline` chooses each mention: the first of a person by `whole`, a later one by `again`; one
        after the first person, not sharing the subject, by `second` when given; a generational relation of the
        first person ("Luc Perrin, père" after "Luc Perrin, fils") by the relation ("His Father")."""
        named: list[_Mention] = []
        later = list(self._mentions(text))

        def choose(m: _Mention) -> str:
            key = m.form.key
            first = named[0] if named else None
            if any(n.form.key == key for n in named):
                return self.again(key)
            named.append(m)
            if first is not None and (relation := _generation_of(self.display[first.form.key], self.display[key])):
                return relation
            if first is None and any(
                _generation_of(self.display[key], self.display[k])
                for k in (*(n.form.key for n in later), *(self.people if _RELATED.search(text) else ()))
            ):
                return _without_generation(whole(key))  # "Luc Perrin and His Father …"
            if second is not None and first is not None and not _SHARING.fullmatch(text[first.end : m.start]):
                return second(key)
            return whole(key)

        return choose

    def _in_headline(self, key: str, pair: bool = False) -> str:
        """A person as a headline names them in full (`headline_name`); a handle as it is, unless the headline names
        someone else in full (`pair`) and the night writes the roster name too (`legal`): both people the same way,
        "Wanjiru Kamau Hugs Nekesa Wafula", never "Shiru Hugs Nekesa Wafula"."""
        display = self.display[key]
        if fold(display) != key:
            return self.legal.get(key, display) if pair else display
        return headline_name(display, key in self.family_first)

    def _placed(self, key: str) -> str:
        """A second person where their full name would make the headline too long: by the role the night gives
        them, a short one that is nobody's ("the Culture Minister", "the Stage-Door Man"), when it is shorter than
        the surname would be by a word or less; else as `again` names them."""
        again = self.again(key)
        role = self.roles.get(key, "")
        words = role.split()
        if words[:1] == ["the"] and 2 <= len(words) <= 4 and not any(w.endswith(("'s", "’s")) for w in words):
            return " ".join(["the", *(w if w in _SMALL else w[:1].upper() + w[1:] for w in words[1:])])
        return again

    def body(self, text: str) -> str:
        """A first mention (in this item) by the canonical name; a later one by `again` (the surname) when it
        is the full name again or a nickname or stage name the reader was never introduced to ("May's boots",
        "Sister Static"), which reads as chat or as a stranger, and when a first name is the subject of a
        sentence or clause, a possessive or after a preposition (one item never drifts between "Tamsin" and
        "Okoro-Blythe"); a first name right after a verb stays as written ("piped Solenne into the gap")."""

        def choose(m: _Mention) -> str:
            key = m.form.key
            if key not in self.mentioned:
                self.mentioned.add(key)
                legal = f" ({self.legal[key]})" if key in self.legal else ""  # "Mazi Flex (Ebuka Nnadi)", once
                return (
                    self.display[key]
                    + legal
                    + (self._introduced(key, text, m) or _closing_comma(self.display[key], text, m))
                )
            canonical = _WORD.findall(fold(self.display[key]))
            if (
                m.whole
                or (m.form.surname and m.form.written == self.display[key])  # "Mazi": the handle whole
                or set(m.form.tokens).isdisjoint(canonical)
                or (len(m.form.tokens) > 1 and m.form.tokens == tuple(canonical))
            ):
                return self.again(key)  # a nickname or stage name the reader never met, or the full name again
            if (
                _opens_clause(text, m.start)
                or text[m.end : m.end + 2] in ("'s", "’s")
                or _after_preposition(text, m.start)
                or _before_verb(text, m.end)
                or _DOUBLE_OBJECT.match(text, m.end) is not None
            ):
                return self.again(key)  # "Delphine broke her ankle", "Grete's boots", "from Ndidi", "In the wings
                # Annika was …": the surname
            return m.form.written  # a first name after a verb stays as written, spelt right: it may be what was
            # written or said ("piped Solenne into the gap"), and changing it would change a fact

        return self._handles_introduced(self._rewrite(text, choose))

    def _handles_introduced(self, text: str) -> str:
        """`text` with each handle of `handles` the item has not met yet introduced at its first mention outside
        quoted speech (`handles.introduced`: "his cousin Bozo", "Abou Zeid's cousin Bozo", "someone known as
        Bozo")."""
        for name, h in self.handles.items():
            if "handle:" + name in self.mentioned:
                continue
            for m in re.finditer(rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-])", text):
                before = text[: m.start()]
                if before.count("“") > before.count("”"):
                    continue
                self.mentioned.add("handle:" + name)
                sentence = _SENTENCE_START.split(before)[-1]
                owner = None
                key = next((k for k, d in self.display.items() if d == h.owner), None)
                if key is not None:
                    again = self.again(key)
                    pronoun = _POSSESSIVE.get(self.pronouns.get(key, ""))
                    if pronoun and (again in sentence or h.owner in sentence):
                        owner = pronoun
                    elif key in self.mentioned:
                        owner = f"{again}'s"
                    else:
                        self.mentioned.add(key)
                        owner = f"{h.owner}'s"
                intro = introduced(text, h, m.start(), owner)
                if intro and not sentence.strip(" “\"'‘"):
                    intro = intro[:1].upper() + intro[1:]
                text = text[: m.start()] + intro + text[m.start() :]
                break
        return text

    def _introduced(self, key: str, text: str, m: _Mention) -> str:
        """The role that introduces a person at their first mention (", the Wrenfield's stage manager,"), where
        the name is the subject of what follows and the text does not already say it; "" otherwise. A role whose
        owner the sentence has just named is theirs by pronoun ("Achebe-Ross handed Okoro-Blythe, her
        understudy, …", not ", Achebe-Ross's understudy,"), when the story gives the owner one; else it is "the
        understudy", as a role whose owner the sentence names next."""
        role = self.roles.get(key)
        if role is None or not _SUBJECT_NEXT.match(text, m.end) or key == self.lead:
            return ""
        if role.split()[-1].lower() in text[max(0, m.start - 40) : m.end + 40].lower():
            return ""
        head, _, rest = role.partition(" ")
        for form in self.index.get(fold(head[:-2]), ()) if head[-2:] in ("'s", "’s") else ():
            if len(form.tokens) == 1 and form.key in self.mentioned and form.key != key:
                owner = self.again(form.key)
                pronoun = _POSSESSIVE.get(self.pronouns.get(form.key, ""))
                sentence = _SENTENCE_START.split(text[: m.start])[-1]
                if re.search(rf"(?<![\w'’-]){re.escape(owner)}(?![\w'’-])", sentence):
                    # "Achebe-Ross handed Okoro-Blythe, her understudy, …" ("the understudy" with no pronoun known)
                    role = f"{pronoun or 'the'} {rest}"
                else:
                    role = f"{owner}{head[-2:]} {rest}"  # "Delphine's understudy" → "Achebe-Ross's"
                break
        return f", {_without_owner_told(role, text[m.end : m.end + _ROLE_LOOKAHEAD])},"

    def again(self, key: str) -> str:
        """A person named again in the item: the family name ("Øvergaard", "Han" for Han Ji-woo, "de la Cruz"),
        or the whole name when someone else of the story has that family name too ("Toby Lindqvist" beside
        Annika Lindqvist: "Lindqvist" would be either, and "Toby" beside "Lindqvist" two conventions in one
        item); a band or a one-word name whole."""
        canonical = self.display[key]
        short = self.surname(canonical)
        if short == canonical:
            return canonical
        shared = any(k != key and self.surname(d) == short for k, d in self.display.items())
        return canonical if shared else short

    def surname(self, name: str) -> str:
        """A display name as the article names its person again: `short_name`, in the order the roster gives its
        person, unless the night calls them otherwise (`NameBook.again`: a child by the given name, "Sir
        Ambrose", "Dame Orr"); a titled name with no family name by the title the roster gives it ("Vivienne,
        Duchess of Deptford" → "the Duchess")."""
        key = fold(name)
        return self.again_as.get(key) or self.titles.get(key) or short_name(name, key in self.family_first)

    def legal_of(self, name: str) -> str | None:
        """The roster name printed beside the handle `name` at its first mention in the item (and marks it as
        mentioned), or None."""
        for key, display in self.display.items():
            if display == name and key in self.legal and key not in self.mentioned:
                self.mentioned.add(key)
                return self.legal[key]
        return None

    def mention(self, name: str) -> str:
        """`name` (a display name) as the next mention: in full the first time (it marks its person as
        named), then as `again` does."""
        for key, display in self.display.items():
            if display == name:
                if key in self.mentioned:
                    return self.again(key)
                self.mentioned.add(key)
        return name


# a nickname in quotes between two names ("Nuno 'Nunex' Sardinha"), its word or its quote's stand-in (`quoted`)
_NICKNAME = re.compile(r" ([\"'‘“])([^\"'‘’“” ]{1,24})([\"'’”]) ")
_HIDDEN = "\U000f0000"


def _opens_after(before: str) -> bool:
    """Whether a word after `before` opens a sentence (the text's start, or after a stop, a colon or an opening
    quote or bracket)."""
    tail = before.rstrip()
    return not tail or tail[-1] in ".!?:;“\"‘'(["


# an alias closing a title owned by someone ("Manop's Mae Ban Tong": his show, not Tong the person)
_TITLE_BEFORE = re.compile(r"[\w’']+['’]s (?:[A-Z][\w-]* ){1,3}$")
_SMALL = frozenset({"of", "the", "a", "an", "and", "at", "in", "on", "for", "to", "with", "by"})
# a generational suffix as a headline writes it, folded ("Luc Perrin, fils" → "Luc Perrin Jr.")
_GENERATION_SHOWN = {"pere": "Sr.", "sr": "Sr.", "fils": "Jr.", "jr": "Jr.", "junior": "Jr."}
_ELDER = frozenset({"pere", "sr"})
_RELATED = re.compile(r"\bhis (?:father|son)\b", re.I)  # (already told so: "Walks Up to His Father")
_YOUNGER = frozenset({"fils", "jr", "junior"})


@lru_cache(maxsize=1024)
def headline_name(name: str, family_first: bool = False) -> str:
    """A person as a headline names them: without the titles before the name ("Prof. Dr."; a title the article
    names them again by stays: "Sir", "Dame", `kept_title`), and, for a name that had such a title or has four
    words or more, by its first given name and the family name ("Prof. Dr. Ilse Marta Varga-Lindqvist" → "Ilse
    Varga-Lindqvist", "Sir Anthony Baptiste Okafor-Reyes" → "Sir Anthony Okafor-Reyes"; two Spanish surnames by
    the first: "María José Hernández López" → "María José Hernández"), so the payoff fits; a generational suffix
    after a comma goes after the name, never a comma before the verb ("Luc Perrin, fils" → "Luc Perrin Jr.", "Luc
    Perrin, père" → "Luc Perrin Sr.", "Amos Dube, Jr." → "Amos Dube Jr."). A name with a title of a place
    ("Vivienne, Duchess of Deptford") or no family name stays as it is."""
    words = name.replace(",", " , ").split()
    suffix = ""
    if len(words) > 2 and generational(words[-1]):
        suffix = _GENERATION_SHOWN.get(fold(words[-1]).rstrip("."), words[-1])
        words = words[:-2] if words[-2] == "," else words[:-1]
    kept = words[0] if len(words) > 2 and kept_title(words[0]) else ""
    words = words[1:] if kept else words
    titled = bool(kept)
    while len(words) > 2 and honorific(words[0]):
        words, titled = words[1:], True
    if "," in words:
        return name
    core = " ".join(words)
    if titled or len(words) >= 4:
        parts = name_parts(core, family_first)
        if parts is None:
            return name
        given, family = parts
        if not core.endswith(family):  # two Spanish surnames: the given names and the first
            core = f"{given} {family}"
        else:
            core = f"{family} {given.split()[0]}" if family_first else f"{given.split()[0]} {family}"
    return " ".join(filter(None, (kept, core, suffix)))


def shortened(names: Iterable[str]) -> dict[str, str]:
    """The names of `names` a headline writes shorter (`headline_name`), by the name, without a generational suffix
    (whose comma the copy goes on with: "Luc Perrin, fils, ordered"): what the headline's clause is cut to fit with."""
    return {n: short for n in names if (short := headline_name(n)) != n and _generation(n) is None}


def _generation(name: str) -> tuple[str, str] | None:
    """A name's core and its generational suffix, folded ("Luc Perrin, père" → ("luc perrin", "pere"))."""
    words = name.replace(",", " , ").split()
    if len(words) < 3 or not generational(words[-1]):
        return None
    core = words[:-2] if words[-2] == "," else words[:-1]
    return fold(" ".join(core)), fold(words[-1]).rstrip(".")


def _generation_of(first: str, other: str) -> str | None:
    """The relation a headline names `other` by after `first`, when they are father and son sharing a name
    ("Luc Perrin, fils" and "Luc Perrin, père": "His Father"); None otherwise."""
    a, b = _generation(first), _generation(other)
    if a is None or b is None or a[0] != b[0]:
        return None
    if a[1] in _YOUNGER and b[1] in _ELDER:
        return "His Father"
    if a[1] in _ELDER and b[1] in _YOUNGER:
        return "His Son"
    return None


def _without_generation(name: str) -> str:
    """A headline's name without its generational suffix ("Luc Perrin Jr." → "Luc Perrin")."""
    head, _, last = name.rpartition(" ")
    return head if head and (last in _GENERATION_SHOWN.values() or generational(last)) else name


# what joins a second person to the first in one subject ("Dulce Amaral and K-Pop's Han Ji-woo Swap …")
_SHARING = re.compile(r" (?:and|&) (?:[A-Z][\w'’-]*['’]s )?")
# an honorific after a name ("Tanaka-san", "Ji-woo-ssi"): the name as the roster writes it stands without it
_HONORIFIC_SUFFIX = re.compile(r"-(?:san|sama|kun|chan|sensei|senpai|dono|ssi|nim)\b", re.I)
# a name in apposition followed by whom it is the name to ("Ren Tanaka, Ren to his friends, …"): a nickname
# introduced, left as written (not "hand Toby to the escort")
_NAMED_BY = re.compile(r" to (?:(?:his|her|their) [\w-]+|everyone|everybody|friends|fans)(?=[,)])")
_BRACKETED = re.compile(r" ?[(（]([^()（）“”\"]{1,40})[)）]")  # a bracket right after a name
_OWN_SCRIPT = re.compile(rf"(?:[^\W\d_][{MARKS}]*|[ ·・‧])+")  # letters of any script (a name), no digit
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff]")
_DETERMINERS = rf"{DETERMINER_PATTERN}|full"
_DETERMINER_BEFORE = re.compile(
    rf"(?:^|[^\w'’])(?:{_DETERMINERS}|is|are|was|were|be|as|played|plays|playing)\s+$",
    re.I,
)
_DETERMINER_ONLY_BEFORE = re.compile(rf"(?:^|[^\w'’])(?:{_DETERMINERS})\s+$", re.I)


# a generational suffix written with a stop ("Jr.", "Snr."), at the end of a mention (with its stop or without)
_SUFFIX_STOP = re.compile(r"(?<![\w'’])(?i:jr|sr|jnr|snr)\.?$")
_SENTENCE_NEXT = re.compile(r"\s+[“\"(]?[A-Z]|\s*$")  # what follows a sentence's last stop


def _suffix_stop(text: str, m: _Mention, written: str) -> tuple[str, int]:
    """A mention's words as printed, and where the text after it resumes: a suffix's stop goes with the suffix
    ("Amir Haddad Jr., grinning" named again is "Haddad, grinning", never "Haddad.,"; "Haddad Jr.'s bag" is
    "Haddad's bag"; never "Jr.."), except where it also ends the sentence ("… hugged Haddad Jr. Then" is "…
    hugged Haddad. Then")."""
    suffix = _SUFFIX_STOP.search(m.surface)
    if suffix is None:  # ("Babcia Halina." printed "Halina Korzec, Sr.": one stop, never "Sr..")
        return written, m.end + (written.endswith(".") and text[m.end : m.end + 1] == ".")
    stop = m.surface.endswith(".") or text[m.end : m.end + 1] == "."
    end = m.end + (not m.surface.endswith(".") and text[m.end : m.end + 1] == ".")
    if stop and not written.endswith(".") and _SENTENCE_NEXT.match(text, end):
        return written + ".", end
    return written, end


def _closing_comma(display: str, text: str, m: _Mention) -> str:
    """The comma that closes a name with a comma in it before its verb ("Vivienne, Duchess of Deptford, had it
    shut"); "" otherwise, and for a stage name whose comma is its own, its epithet opening on "The" ("Tyler, The
    Creator tripped", never "Tyler, The Creator, tripped": nothing in it is set off)."""
    following = _NEXT_WORD.match(text, m.end)
    verb = following is not None and looks_like_verb(following.group(1), after_name=True)
    epithet = display.rsplit(", ", 1)[-1].startswith(("The ", "the "))
    return "," if "," in display and verb and not epithet else ""


_POSSESSIVE = {"she": "her", "he": "his", "they": "their"}
_SENTENCE_START = re.compile(r"[.!?][”\"]?\s+")
_ROLE_LOOKAHEAD = 120  # characters after a name in which the sentence may name the role's owner again
_OWNER = re.compile(r"\b([A-Z][\w-]*)['’]s ")


def _without_owner_told(role: str, after: str) -> str:
    """A role without its owner when the sentence names the owner next ("Barty Nkemelu, the Wrenfield's stage
    manager, texted from the Wrenfield" → ", the stage manager,"): one "Wrenfield" is enough."""
    sentence = re.split(r"[.!?](?:\s|$)", after, maxsplit=1)[0]
    m = _OWNER.search(role)
    if m is None or not re.search(rf"\b{re.escape(m.group(1))}\b", sentence):
        return role
    rest = role[: m.start()] + role[m.end() :]
    return rest if rest.lower().startswith("the ") else f"the {rest}"


def _inside_noun_phrase(text: str, start: int, possessive: bool = False) -> bool:
    """A name right after a determiner ("the Horace moustache", "his Uncle Horace voice", "in full Sister
    Static"), a copula or "as" ("you are Horace", "dressed as Horace") names a thing, a character or a
    persona, not the person who plays it. A possessive after a copula names its owner ("the bit was
    Honey's idea")."""
    before = _DETERMINER_ONLY_BEFORE if possessive else _DETERMINER_BEFORE
    return before.search(text[max(0, start - 9) : start]) is not None


def _same_given(written: str, given: str) -> bool:
    """Whether a folded word is the folded given name shortened ("teo", "teodor" for "teodoro") or misspelt by
    a letter (two in a long name: "jon" for "john", "katharina" for "katherina"; not "mary" for "margo")."""
    if len(written) >= 3 and (given.startswith(written) or written.startswith(given)):
        return True
    if written[:1] != given[:1] or abs(len(written) - len(given)) > 2:
        return False
    previous = list(range(len(given) + 1))
    for k, a in enumerate(written, 1):
        row = [k]
        for j, b in enumerate(given, 1):
            row.append(min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a != b)))
        previous = row
    return previous[-1] <= (1 if max(len(written), len(given)) < 7 else 2)


def _subject_of_sentence(text: str, start: int, end: int) -> bool:
    """Whether a name opens a sentence as the subject of a verb in the past ("Pearl walked out", "Sky fell"):
    an everyday-word alias of one of the story's people, used in the prose as their name."""
    before = text[:start].rstrip(" \"“'‘([")
    after = _NEXT_WORD.match(text, end) or _AFTER_ASIDE.match(text, end)  # ("Rain, carrying his trophy, missed …")
    return (
        (not before or before[-1] in _SENTENCE_END)
        and after is not None
        and looks_like_verb(after.group(1), after_name=False)
    )


_NEXT_WORD = re.compile(r" ([a-z][\w'’]*)")
_AFTER_ASIDE = re.compile(r", [a-z]+ing\b[^,.;:!?“”]{0,80}, ([a-z][\w'’]*)")  # the verb after a participle's aside


# a first name after a verb and before what was given them: the person ("bought Vesper a whisky sour", "handed
# Ivo the trophy"), named as the item names them, never "Thorne bought Vesper …" after "… Lane said"
_DOUBLE_OBJECT = re.compile(r" (?:a|an|the|his|her|their|its|another|one|some) ")


def _before_verb(text: str, end: int) -> bool:
    """Whether a name is the subject of the verb right after it ("In the wings Annika was mouthing …")."""
    after = _NEXT_WORD.match(text, end)
    return after is not None and looks_like_verb(after.group(1), after_name=True)


def _capitalised_mid_sentence(text: str, start: int, surface: str) -> bool:
    before = text[:start].rstrip(" \"“'‘([")
    return surface[:1].isupper() and not surface.isupper() and bool(before) and before[-1] not in _SENTENCE_END


_CLAUSE_START = re.compile(r"(?:^|[.!?:;,—–]|\b(?:and|but|while|as|when|so|then|because))\s*$")
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:from|with|for|to|by|of|at|behind|beside|beyond|after|before|than|like|without|toward|towards|past)\s+$", re.I
)


def _opens_clause(text: str, start: int) -> bool:
    """Whether a name at `start` opens a sentence or a clause (where it is the subject)."""
    return _CLAUSE_START.search(text[max(0, start - 12) : start]) is not None


def _after_preposition(text: str, start: int) -> bool:
    return _PREPOSITION_BEFORE.search(text[max(0, start - 12) : start]) is not None
