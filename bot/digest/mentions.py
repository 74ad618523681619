"""Where a story's people are mentioned in its copy, by any of their names (`Mentions`; `naming.Names` writes
them). Only the people of the story are looked for, and the one-word nicknames of the roster's other people
("Minnow" for Wilhelmina Castor, whom the report did not tag); an alias that is an everyday word ("May", "Echo",
"Sky") only where it is capitalised mid-sentence, as tagging does, or capitalised before a past tense ("Jewel
walked out" is someone); any other one-word alias in lower case is a word, not a name, where the report capitalises
names ("jab chand nikla": the moon), as tagging does. An alias right after a determiner ("the Horace monologue")
names a character or a thing (a persona mention, left as written), and so is one after "goes by", "known as",
"aka", "called" ("who goes by Pixel online"). A name written in two parts that are each a name of one person, a
misspelt given name before a family name ("Teodor Vance"), a nickname in quotes inside a name and an honorific
suffix are one mention of the whole name. A person named again is named by `Mentions.again` (the surname, a band
whole, the given name where two share a surname)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from bot.tagging import is_everyday_word, lower_case_word, names_nobody
from bot.text import glued_to_a_name

from .handles import Handle
from .headline_names import _generation_of
from .lexicon import DETERMINER_PATTERN, STOPWORDS
from .night import NameBook
from .textutil import (
    GENERATIONAL,
    PROFESSIONS,
    WORD,
    family_first_by_roster,
    first_name,
    fold,
    generational,
    honorific,
    name_parts,
    short_name,
    title_of,
)
from .verbs import PAST_OF, is_past_verb, looks_like_verb

_WORD = WORD  # (with its combining marks: a name ends where its last mark does, "Ọ̀kẹ́" never "Ọ̀kẹ́́")
_JOIN = re.compile(r"[\s.,'’-]{0,3}")  # what may stand between the words of one name
_SENTENCE_END = frozenset(".!?:")
# an everyday word followed by a past tense is someone doing something ("Jewel walked out", "Sky was late"),
# even where a sentence starts with it
_ACTS = re.compile(r" (?:was|were|had|[a-z]{2,}ed|" + "|".join(sorted(PAST_OF.values())) + r")\b")
# what introduces a name as a name ("who goes by Pixel online", "a mod called Pixel", "his mod, called Pixel"); a
# person who "called" someone ("Okafor called Priya onto the stage", "the host called Priya") summoned or phoned them
_NAMED_AS = re.compile(
    r"(?:\bgo(?:es)? by|\bwent by|\bknown as|\baka|\ba\.k\.a\.?|\bnicknamed|\bdubbed|"
    r"(?:\ban? [\w-]+ |, |\b(?:is|was|were|are|be|been|also) |\bso-)called)[\s:,\"“'‘]*$",
    re.I,
)


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


class Mentions:
    """The story's people, every name they go by, and their mentions in a text."""

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
        # lines in another language the copy left out, nothing in it giving their English (the editor's preview
        # lists them to translate: `DigestItem.untranslated`)
        self.untranslated: list[str] = []
        self.foreign_ok = False  # (an item with no line in English prints its line in another language, flagged)
        self.given: dict[str, str] = {}  # folded given name, by key (for a misspelt one: "Teodor" for Teodoro)
        self.family: dict[str, tuple[str, ...]] = {}  # folded words of the family name, by key ("L. Guidry")
        self.own_words: dict[str, frozenset[str]] = {}  # folded words of all a person's names ("tomas", "barry")
        for key in keys:
            if key in self.display or key not in book.display:
                continue
            canonical = book.display[key]
            self.display[key] = canonical
            for written in dict.fromkeys((canonical, *book.forms.get(key, ()))):
                tokens = tuple(_WORD.findall(fold(written)))
                self.own_words[key] = self.own_words.get(key, frozenset()) | {t.lower() for t in tokens}
                if tokens:
                    form = _Form(tokens, key, written, is_everyday_word(written))
                    self.index.setdefault(tokens[0], []).append(form)
        self.tagged = frozenset(self.display)  # the story's own people
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
        # the roster's names of several people ("Ayan, Dias & Mira"), as the copy writes them ("… Dias and Mira"): their
        # words are never read as one of the story's people's names ("Dias" is not the story's Dias Omarov)
        self.shadows: dict[str, list[tuple[str, ...]]] = {}
        for name, *_ in book.roster.values():
            if ("&" in name or ", " in name) and not generational(name.split(", ")[-1]):
                for spelt in dict.fromkeys((name, name.replace(" & ", " and "))):
                    tokens = tuple(_WORD.findall(fold(spelt)))
                    if len(tokens) > 1:
                        self.shadows.setdefault(tokens[0], []).append(tokens)
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
        self._keys = {fold(d): k for k, d in self.display.items()}  # a display name's person
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
            self.family[key] = tuple(_WORD.findall(fold(family)))
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
            # (a hyphenated one too: "Munkh-Orgil" alone is Munkh-Orgil Tsend, never "Munkh-" and his alias "Orgil")
            if len(keys) == 1 and (len(tokens) == 1 or "-" in folded) and not known:
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
            indexed = frozenset(t for forms in self.index.values() for f in forms for t in f.tokens)
            # (and the name the article prints, a handle that is an everyday word too: "Page stood at the host's
            # elbow" is her, never "The page stood …", round 45's breaker)
            shown = frozenset(w for d in self.display.values() for w in _WORD.findall(fold(d)))
            self._all_words = indexed | shown
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
            shadow = self._shadow_at(text, found, folded, i)
            if shadow:
                i += shadow
                continue
            match = self._match_at(text, found, folded, i)
            if match is not None and self._titled_other(text, found, folded, i, match):
                match = None  # "Dr Byrne's daughter" beside the roster's Orla Byrne, who is no doctor: someone else
            if match is None:
                i += 1
                continue
            if (
                (match.form.surname or match.form.tokens == self.family.get(match.form.key))
                and match.form.key in self.given
                and (held is None or held.end < found[i - 1].end())
            ):  # ("L. Guidry" where the roster gives "Guidry" as an alias: the family name still)
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
                match = self._nickname_before(text, match)
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

    def _titled_other(self, text: str, found: list[re.Match[str]], folded: list[str], i: int, match: _Mention) -> bool:
        """Whether a one-word name is written after a profession's title its person's name does not carry ("Dr
        Byrne" for the roster's Orla Byrne): another person of that name."""
        if i == 0 or len(match.form.tokens) != 1 or folded[i - 1] not in PROFESSIONS:
            return False
        if text[found[i - 1].end() : found[i].start()] not in (" ", ". "):
            return False
        written = fold(self.display.get(match.form.key, match.form.written)).split()
        return folded[i - 1] not in written

    def _shadow_at(self, text: str, found: list[re.Match[str]], folded: list[str], i: int) -> int:
        """How many words of a roster name of several people open at word `i` ("Ayan, Dias and Mira"), when it is none
        of the story's own forms (those are matched as its names); 0 when none does."""
        for tokens in self.shadows.get(folded[i], ()):
            n = len(tokens)
            if tuple(folded[i : i + n]) != tokens or any(f.tokens == tokens for f in self.index.get(tokens[0], ())):
                continue
            if all(_JOIN.fullmatch(text[found[j].end() : found[j + 1].start()]) for j in range(i, i + n - 1)):
                return n
        return 0

    def _nickname_before(self, text: str, match: _Mention) -> _Mention:
        """A family name after a given name the story does not know and a nickname in quotes that is one of the
        person's names (or hidden as a quote) is one mention of the whole name, as written ("Rodolfo 'Papo'
        Rentería" for the roster's Papo Rentería: never "Rodolfo “Papo” Papo Rentería")."""
        before = _GIVEN_NICKNAME_BEFORE.search(text, 0, match.start)
        if before is None or before.end() != match.start:
            return match
        inside = before.group("nick")
        if not (inside[:1] >= _HIDDEN or fold(inside) in self._name_words(match.form.key)):
            return match
        start = before.start("given")
        return _Mention(start, match.end, match.form, text[start : match.end], whole=True)

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
            # ("Seun Adeyemi-Cole" for Oluwaseun Adeyemi-Cole: the double name's second half is the name's too)
            if folded[i] not in words or not (gap in (" ", "-") or (gap == ", " and folded[i] in GENERATIONAL)):
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

    def _given_before(self, text: str, found: list[re.Match[str]], folded: list[str], i: int, key: str) -> bool:
        """Whether the word before the one at `i` is a capitalised word mid-sentence, right before it, that names
        nobody of the night: someone else's given name ("Ramón" of "Ramón Gómez"; never this person's own, however
        misspelt: "Teodor" for Teodoro Vance)."""
        before = found[i - 1]
        word = before.group(0)
        if self._titled or not word[:1].isupper() or word.isupper() or text[before.end() : found[i].start()] != " ":
            return False  # (in a headline every word is capitalised: "… Records Ishikawa's Voicemail")
        if folded[i - 1][:3] == self.given.get(key, "")[:3] or folded[i - 1] in self.own_words.get(key, frozenset()):
            return False
        if looks_like_verb(word.lower(), after_name=True) or _title_cased(text):
            return False  # ("Will Juggles Thaynara's Trophy": a reporter's headline, every word capitalised)
        opens = _opens_after(text[: before.start()])
        titled = honorific(word) or word.lower() in _RANK_WORDS  # ("Dr Gómez", "Officer Gómez": hers, titled)
        return folded[i - 1] not in self.index and not opens and not titled and word.lower() not in STOPWORDS

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
            if glued_to_a_name(text, start, end, self.index.__contains__):
                continue  # "onto Saint-Denis", "rue Sainte-Catherine": a piece of another name
            possessive = text[end : end + 2] in ("'s", "’s")  # "Sky's phone died": a name, even first
            if len(form.tokens) == 1 and _weather(surface, text, end):
                continue  # "Hail came down on the glass roof": the weather, whatever alias it is (breaker 64)
            if form.surname and not (surface.split()[-1][:1].isupper() and not surface.isupper()):
                continue
            if len(form.tokens) == 1 and i and self._given_before(text, found, folded, i, form.key):
                continue  # "her late husband, Ramón Gómez": his surname after his given name, no one the night names
            alias = form.written != self.display[form.key] or form.key in self.by_handle  # (a handle shown: "Boat")
            if (
                len(form.tokens) == 1
                and alias
                and not form.everyday
                and surface.islower()
                and lower_case_word(surface, text, any(name in text for name in self.capitalised))
                and (is_everyday_word(surface) or not _all_lower(text))  # ("sebek gave kriz his belt back": a note
            ):  # typed all in lower case, but where a sentence opens, names him so)
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
                or (surface.istitle() and _ACTS.match(text, end) is not None and not _weather(surface, text, end))
                or (
                    form.key in self.people
                    and _subject_of_sentence(text, start, end)
                    and not _weather(surface, text, end)
                )
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

    def again(self, key: str) -> str:
        """A person named again in the item: the family name ("Øvergaard", "Han" for Han Ji-woo, "de la Cruz"),
        or, when someone else of the story has that family name too, the given name ("Lía" beside Cachita Valdés:
        "Valdés" would be either, and the whole name each time reads as a roll call; both are called by their given
        names, one convention), the whole name when their given names are the same too (a father and son); a band or
        a one-word name whole."""
        canonical = self.display[key]
        short = self.surname(canonical)
        if short == canonical:
            return canonical
        sharing = [
            d
            for k, d in self.display.items()
            if k != key and self.surname(d) == short and not self._namesake_unmet(k, canonical, d)
        ]
        if not sharing:
            return short
        given = first_name(canonical, key in self.family_first)
        unique = given != canonical and all(first_name(d, fold(d) in self.family_first) != given for d in sharing)
        return given if unique and short_name(canonical, key in self.family_first) == short else canonical

    def _namesake_unmet(self, key: str, name: str, other: str) -> bool:
        """Whether `other` (of `key`) is the father or son of `name`, sharing his name (`_generation_of`: "Horace
        Delacroix, Jr." beside "…, Sr."), and neither of the story's people nor named in the item yet: the family name
        is nobody else's to the reader ("Delacroix closed the boy's fingers over it")."""
        return key not in self.tagged and key not in self.mentioned and _generation_of(name, other) is not None

    def surname(self, name: str) -> str:
        """A display name as the article names its person again: `short_name`, in the order the roster gives its
        person, unless the night calls them otherwise (`NameBook.again`: a child by the given name, "Sir
        Ambrose", "Dame Orr"); a titled name with no family name by the title the roster gives it ("Vivienne,
        Duchess of Deptford" → "the Duchess")."""
        key = fold(name)
        again = self.again_as.get(key)
        if again is None and title_of(name) is not None:  # ("Aunty June Sandon": June Sandon's, the title the roster
            again = self.again_as.get(self._keys.get(key, key))  # gives her before her name)
        return again or self.titles.get(key) or short_name(name, key in self.family_first)


# a nickname in quotes between two names ("Nuno 'Nunex' Sardinha"), its word or its quote's stand-in (`quoted`)
_NICKNAME = re.compile(r" ([\"'‘“])([^\"'‘’“” ]{1,24})([\"'’”]) ")
_HIDDEN = "\U000f0000"
# a given name and a nickname in quotes right before a family name ("Rodolfo 'Papo' |Rentería")
_GIVEN_NICKNAME_BEFORE = re.compile(r"(?<![\w'’])(?P<given>[A-Z][\w'’-]+) [\"'‘“](?P<nick>[^\"'‘’“” ]{1,24})[\"'’”] $")


def _title_cased(text: str) -> bool:
    """Whether most of a text's words open on a capital (a headline as typed: "Will Juggles Thaynara's Trophy")."""
    words = [w for w in text.split() if w[:1].isalpha()]
    return len(words) >= 3 and sum(w[:1].isupper() for w in words) * 3 >= len(words) * 2


_RANK_WORDS = frozenset({"officer", "sergeant", "detective", "captain", "lieutenant", "inspector", "coach", "judge"})


def _opens_after(before: str) -> bool:
    """Whether a word after `before` opens a sentence (the text's start, or after a stop, a colon or an opening
    quote or bracket)."""
    tail = before.rstrip()
    return not tail or tail[-1] in ".!?:;“\"‘'(["


# an alias closing a title owned by someone ("Manop's Mae Ban Tong": his show, not Tong the person)
_TITLE_BEFORE = re.compile(r"[\w’']+['’]s (?:[A-Z][\w-]* ){1,3}$")
# an honorific after a name ("Tanaka-san", "Ji-woo-ssi"): the name as the roster writes it stands without it
_HONORIFIC_SUFFIX = re.compile(r"-(?:san|sama|kun|chan|sensei|senpai|dono|ssi|nim)\b", re.I)
# a name in apposition followed by whom it is the name to ("Ren Tanaka, Ren to his friends, …"): a nickname
# introduced, left as written (not "hand Toby to the escort")
_NAMED_BY = re.compile(r" to (?:(?:his|her|their) [\w-]+|everyone|everybody|friends|fans)(?=[,)])")
_DETERMINERS = rf"{DETERMINER_PATTERN}|full"
_DETERMINER_BEFORE = re.compile(
    rf"(?:^|[^\w'’])(?:{_DETERMINERS}|is|are|was|were|be|as|played|plays|playing)\s+$",
    re.I,
)
_DETERMINER_ONLY_BEFORE = re.compile(rf"(?:^|[^\w'’])(?:{_DETERMINERS})\s+$", re.I)


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


# the weather doing what weather does ("Rain started on the terrace", "Storm hit the tent"): never "Rain", the person
# (breaker 63: "Lorraine Adeyemi Starts on the Terrace")
_WEATHER = frozenset({"rain", "snow", "storm", "wind", "hail", "frost", "fog", "mist", "sleet", "thunder", "sun"})
_WEATHER_ACTS = re.compile(
    r" (?:started|stopped|began|fell|poured|eased|came down|picked up|blew|hit|passed|let up|cleared|rolled in|set in"
    r"|was (?:falling|pouring|coming down|getting))\b"
)


def _weather(surface: str, text: str, end: int) -> bool:
    return surface.casefold() in _WEATHER and _WEATHER_ACTS.match(text, end) is not None


def _subject_of_sentence(text: str, start: int, end: int) -> bool:
    """Whether a name opens a sentence as the subject of a verb in the past ("Pearl walked out", "Sky fell"):
    an everyday-word alias of one of the story's people, used in the prose as their name."""
    before = text[:start].rstrip(" \"“'‘([")
    if before and before[-1] not in _SENTENCE_END:
        return False
    after = _NEXT_WORD.match(text, end) or _AFTER_ASIDE.match(text, end)  # ("Rain, carrying his trophy, missed …")
    if after is not None and after.group(1) == "and":  # "Page and the Kiškis puppeteers have set …": half of the
        # subject (round 47's Vilnius never named her in full)
        words = text[after.end() : after.end() + 80].split()[:_SUBJECT_WORDS]
        return any(
            k and w[:1].islower() and (w.rstrip(",.;:!?") in _PLURAL_VERBS or is_past_verb(w.rstrip(",.;:!?")))
            for k, w in enumerate(words)
        )
    return after is not None and looks_like_verb(after.group(1), after_name=False)


_SUBJECT_WORDS = 5  # words of the rest of a subject of two after "and", up to its verb ("the Kiškis puppeteers have")
_PLURAL_VERBS = frozenset({"have", "are", "were", "had"})


_NEXT_WORD = re.compile(r" ([a-z][\w'’]*)")
_AFTER_ASIDE = re.compile(r", [a-z]+ing\b[^,.;:!?“”]{0,80}, ([a-z][\w'’]*)")  # the verb after a participle's aside


_MID_CAPITAL = re.compile(r"(?<![.!?:\n])\s+[A-Z]")


def _all_lower(text: str) -> bool:
    """Whether a text is typed in lower case but where a sentence opens (no word capitalised mid-sentence): its
    writer gives names no capitals."""
    return _MID_CAPITAL.search(text) is None


def _capitalised_mid_sentence(text: str, start: int, surface: str) -> bool:
    before = text[:start].rstrip(" \"“'‘([")
    return surface[:1].isupper() and not surface.isupper() and bool(before) and before[-1] not in _SENTENCE_END
