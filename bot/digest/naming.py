"""People written as the roster spells them: "Sister Static" is Calliope Marsh, "Soren Overgaard" is Søren
Øvergaard; or by the handle the night calls them by (`handle_names.name_by_handles`: "Glitch", never her legal
name). Where they are mentioned: `mentions.Mentions`; how a headline writes a name: `headline_names`.

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
(Two people of the story who share a family name are named again by their given names, both of them: "Lindqvist"
would be either, the full name every time reads as a roll call, and "Toby" for one beside "Lindqvist" for the other
would be two conventions in one item.)
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial

from .casing import shown_as_written
from .cutting import TARGET_LEN
from .handles import introduced
from .headline_names import _RELATED, _SHARING, _generation_of, _without_generation, headline_name, shortened
from .lexicon import ARTICLES_ANY, OWNER_OF, OWNER_PLACE_BEFORE
from .mentions import _NEXT_WORD, _WORD, Mentions, _Mention
from .textutil import MARKS, STOPPED_SUFFIXES, first_name, fold, kept_title, short_name, typed_as_role, wordset
from .verbs import looks_like_verb

_SUBJECT_NEXT = re.compile(r" (?=[a-z])")  # a name followed by a lower-case word: the subject of a verb
_SMALL = frozenset({"of", "the", "a", "an", "and", "at", "in", "on", "for", "to", "with", "by"})


_AT_BEFORE = re.compile(rf"\b(?i:{OWNER_PLACE_BEFORE})\s+$")  # "At Nia's on Mostyn Street": her café
_ON_STREET = re.compile(r" (?:on|in|off) [A-Z]")  # "shut Luigi's on Deansgate": a place on a street
_AFTER_PLACE = re.compile(r"(?:[,.;:!?]| all\b| tonight\b)")  # "the door at Luigi's all night"
# the word after a first name's "'s" that makes it a place's name ("Dai's Plaice", "Dot's Diner", "Mo's Bar")
_TRADING_NAME = re.compile(
    r" (?:Plaice|Diner|Bar|Cafe|Café|Caf|Kitchen|Grill|Deli|Chippy|Place|Pub|Tavern|Inn|Lounge|Bakery|Pizza|Tacos|"
    r"Chicken|Fish|Dogs|Burgers|Noodles|Club|Barbers|Salon|Records)\b"
)


# a name's own article, in English or another language ("The Risers", "Die Zwetschken", "De La Soul"): never "the"
# before it
_ARTICLES_OF_NAMES = ARTICLES_ANY | {"de"}


# a role set between a person's name and their name again ("Sleet, the rapper Siniša Ledinski"): an apposition
_ROLE_BETWEEN = re.compile(r"^, (?:the|a|an|their|his|her) (?:[a-z][\w'’-]* ){1,4}$")


# a roster name that is a group's name and its home after a comma ("Klapa Bonaca, Vis"): one capitalised word, no
# suffix of a person's name ("Jr.", "fils") nor a name's own words ("Tyler, The Creator")
_HOMETOWN = re.compile(r"^[^,]+, (?!(?:Jr|Sr|Snr|Jnr|Fils|Père|Junior|Senior)\b)[A-Z][a-zà-ž]{2,}$")


_SINGLE_OPENED = re.compile(r"(?:^|[\s(“])'(?=\w|$)")
_SINGLE_CLOSED = re.compile(r"(?<=[\w.!?])'(?=[\s.,;:!?)”]|$)")


def _in_single_quotes(before: str) -> bool:
    """Whether text ending with `before` is inside a single-quoted span ("shouted 'VRAPČIĆI!' together": the name
    shouted, as shouted): an opening ' after a space with no closing one after it (an apostrophe is neither)."""
    opened = [m.end() for m in _SINGLE_OPENED.finditer(before)]
    return bool(opened) and _SINGLE_CLOSED.search(before, opened[-1]) is None


def _typed_out(surface: str, text: str, start: int) -> bool:
    """Whether a mention is a name as a sign or a screen shows it, in capitals after a word that shows it ("phones
    with HIRA typed across the screen", "a banner reading AMNA"): as written, never the name the item calls her by
    (a name shouted in a note, "ZOË actually did it", or an acronym the roster lists, "PLC's bassist", is named)."""
    letters = [c for c in surface if c.isalpha()]
    return (
        len(letters) >= 3 and all(c.isupper() for c in letters) and shown_as_written(text, start, start + len(surface))
    )


class Names(Mentions):
    """Mentions of a story's people in its copy, written as the item names them."""

    def _rewrite(self, text: str, choose: Callable[[_Mention], str]) -> str:
        out: list[str] = []
        last = 0
        previous: _Mention | None = None
        for m in self._mentions(text):
            if m.start < last:
                continue  # inside a bracket left out: the name again in another spelling
            between = text[last : m.start]
            before = text[: m.start]
            if (
                before.count("“") > before.count("”")
                or _in_single_quotes(before)
                or _typed_out(m.surface, text, m.start)
            ):
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
            if _KNOWN_AS_BEFORE.search(before) and not m.persona:
                written = m.surface  # "whom everyone calls Kak Yati": the name the report introduces, as typed (never
                # "Suhaiyati binti Musa, whom everyone calls Suhaiyati", round 50's Kuala Lumpur)
            tail = _rest_typed(m.surface, written, text, m.end)
            if tail:
                last = m.end + tail  # "Cikgu Faridah binti Osman": never "Faridah binti Osman binti Osman"
            if (
                ", " in written
                and fold(m.surface) == fold(written.split(",", 1)[0])
                and _HOMETOWN.match(written.rstrip(","))
            ):
                written = m.surface  # "Klapa Bonaca, the a-cappella group from Vis, …": never "Klapa Bonaca, Vis, the
                # a-cappella group from Vis" (a roster name whose part before its comma is how the report calls it)
            if previous is not None and previous.form.key == m.form.key and _ROLE_BETWEEN.match(between):
                written = m.surface  # "Sleet, the rapper Siniša Ledinski, …": the name the role gives, never "Sleet,
                # the rapper Sleet"
            if m.persona and fold(m.surface) == fold(written):
                written = m.surface  # ("Her Brother Kuba Lhotský": as typed, never the roster's plain-letter alias)
            title = written.split(" ", 1)[0] + " "
            if " " in written and between.endswith(title) and kept_title(title[:-1]):
                between = between[: -len(title)]  # "Dame Orr" for "Orr" after "Dame ": never "Dame Dame Orr"
            marks = written[: len(written) - len(written.lstrip("@#"))]
            if marks and between.endswith(marks):
                between = between[: -len(marks)]  # "@here Jones" for "here Jones" after "@": never "@@here Jones"
            # "the Risers", an alias with its article, short for the name: "the Bywater Risers Brass Band" (never "the
            # Fadi Al-Mansouri's" for "the Sheikh's"); a band's own "The" mid-sentence: "and the Rampart Risers fell in"
            if (
                text[m.start : m.start + 4] == "the "
                and written.split()[0].lower() not in _ARTICLES_OF_NAMES
                and not {fold(w) for w in m.form.written.split()[1:]}.isdisjoint(fold(w) for w in written.split())
            ):
                written = f"the {written}"
            if written.startswith("The ") and _mid_sentence(before):
                written = "t" + written[1:]
            written, last = _suffix_stop(text, m, written) if not tail else (written, last)
            if self._titled and typed_as_role(written):  # a speaker typed as a
                # role ("security guard", "Ishida's grandmother"): in a headline's title case, "A Security Guard Tells
                # …", "Ishida's Grandmother Shouts Back" (breaks 67 and 68)
                written = " ".join(w[:1].upper() + w[1:] for w in written.split())
            if (
                text[last : last + 1] in ("'", "’")
                and text[last - 1 : last] == "s"  # (a plural's possessive as written, "Risers'"; never a closing quote)
                and not text[last + 1 : last + 2].isalpha()
                and written[-1:] != "s"
            ):
                written += "'s"  # "the Risers' tuba player" → "Bywater Risers Brass Band's", never "…Band' tuba"
                last += 1
            called = _CALLED_AFTER.match(text, last)
            if called is not None and fold(called.group("alias")) == fold(written):
                last = called.end()  # "Zul, whom everyone calls Zul, …": the item already calls him so (break 71)
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
        return headline_name(display, key in self.family_first, self.again_as.get(key))

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
            possessive = text[m.end : m.end + 2] in ("'s", "’s")
            if (
                possessive
                and len(m.form.tokens) == 1
                and (
                    _TRADING_NAME.match(text, m.end + 2) is not None
                    or _ON_STREET.match(text, m.end + 2) is not None
                    or (
                        _AT_BEFORE.search(text, 0, m.start) is not None
                        and _AFTER_PLACE.match(text, m.end + 2) is not None
                    )
                )
            ):
                return m.form.written  # "Dai's Plaice", "at Nia's on Mostyn Street": a place, as its sign spells it
            if key not in self.mentioned and not (possessive and key in self.legal):
                self.mentioned.add(key)
                rank = m.surface.split(" ", 1)[0]
                ranked = rank.lower().rstrip(".") in _RANKS and fold(m.surface).endswith(" " + fold(self.display[key]))
                display = self.display[key]
                return (
                    (f"{rank} " if ranked else "")  # "Officer Ray Duplessis" as the report wrote him, the first time:
                    # what he is (a policeman) is news the name alone never tells
                    + (introduced_as(display, self.legal[key], text[m.end :]) if key in self.legal else display)
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
            if self._the_alias(m) and not text[: m.start].rstrip().lower().endswith("the"):  # "Risers off stage …"
                return f"The {self.again(key)}"  # for "the Risers": the band whole, "the" lowered inside a sentence
            if (
                _opens_clause(text, m.start)
                or text[m.end : m.end + 2] in ("'s", "’s")
                or _after_preposition(text, m.start)
                or _before_verb(text, m.end)
                or _DOUBLE_OBJECT.match(text, m.end) is not None
                or _TOLD_WHAT.match(text, m.end) is not None
            ):
                return self.again(key)  # "Delphine broke her ankle", "Grete's boots", "from Ndidi", "In the wings
                # Annika was …": the surname
            return _spelt_as(m.form.written, self.display[key])  # a first name after a verb stays as written,
            # spelt right: it may be what was written or said ("piped Solenne into the gap"), and changing it would
            # change a fact

        return self._handles_introduced(self._rewrite(text, choose))

    def _the_alias(self, m: _Mention) -> bool:
        """Whether a mention is, without its article, an alias the roster writes with "the" ("Risers" for the
        Bywater Risers Brass Band, aliased "the Risers"), of a name that has no "the" of its own."""
        display = self.display[m.form.key]
        return not display.lower().startswith("the ") and any(
            f.key == m.form.key and f.written.lower().startswith("the ") and f.tokens[1:] == m.form.tokens
            for f in self.index.get("the", ())
        )

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
                    pronoun = OWNER_OF.get(self.pronouns.get(key, ""))
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
        if (
            role is None
            or not _SUBJECT_NEXT.match(text, m.end)
            or (key == self.lead and not role.startswith(("a ", "an ")))
        ):
            return ""
        if role.split()[-1].lower() in text[max(0, m.start - 40) : m.end + 40].lower():
            return ""
        head, _, rest = role.partition(" ")
        for form in self.index.get(fold(head[:-2]), ()) if head[-2:] in ("'s", "’s") else ():
            if len(form.tokens) == 1 and form.key in self.mentioned and form.key != key:
                owner = self.again(form.key)
                pronoun = OWNER_OF.get(self.pronouns.get(form.key, ""))
                sentence = _SENTENCE_START.split(text[: m.start])[-1]
                if re.search(rf"(?<![\w'’-]){re.escape(owner)}(?![\w'’-])", sentence):
                    # "Achebe-Ross handed Okoro-Blythe, her understudy, …" ("the understudy" with no pronoun known)
                    role = f"{pronoun or 'the'} {rest}"
                else:
                    role = f"{owner}{head[-2:]} {rest}"  # "Delphine's understudy" → "Achebe-Ross's"
                break
        return f", {_without_owner_told(role, text[m.end : m.end + _ROLE_LOOKAHEAD])},"

    def legal_of(self, name: str) -> str | None:
        """The roster name printed beside the handle `name` at its first mention in the item (and marks it as
        mentioned), or None."""
        for key, display in self.display.items():
            if display == name and key in self.legal and key not in self.mentioned:
                self.mentioned.add(key)
                return self.legal[key]
        return None

    def mention(self, name: str) -> str:
        """`name` (a display name: a speaker) as the next mention: in full the first time (it marks its person as
        named), then as `again` does, unless someone the item has named shares that family name: then by the given
        name ("Arceneaux said" would be the boy or his mother)."""
        for key, display in self.display.items():
            if display == name:
                if key in self.mentioned:
                    again = self.again(key)
                    family = self.family.get(key)
                    shared = any(
                        k != key and k in self.mentioned and family is not None and self.family.get(k) == family
                        for k in self.display
                    )
                    by_family = again == short_name(display, key in self.family_first)  # (never "Toby", a child's)
                    given = first_name(display, key in self.family_first)
                    namesake = any(  # (a father and son both Luc: "Luc said" would be either, the full name then)
                        k != key and k in self.mentioned and first_name(d, k in self.family_first) == given
                        for k, d in self.display.items()
                    )
                    if shared and namesake:
                        return display
                    return given if shared and again != display and by_family and given != display else again
                self.mentioned.add(key)
        return name


_BRACKETED = re.compile(r" ?[(（]([^()（）“”\"]{1,40})[)）]")  # a bracket right after a name
_OWN_SCRIPT = re.compile(rf"(?:[^\W\d_][{MARKS}]*|[ ·・‧])+")  # letters of any script (a name), no digit
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff]")


# a generational suffix written with a stop ("Jr.", "Snr."), at the end of a mention (with its stop or without)
_SUFFIX_STOP = re.compile(rf"(?<![\w'’])(?i:{STOPPED_SUFFIXES})\.?$")
_SENTENCE_NEXT = re.compile(r"\s+[“\"(]?[A-Z]|\s*$")  # what follows a sentence's last stop
_INITIAL_END = re.compile(r"(?<=\w) [A-Z]$")  # a name typed with the family name's initial ("Will H")


# a rank or office written before a name ("Officer Ray Duplessis", "Councilwoman Odette Marchand"): kept at the first
# mention when the report writes it, where the roster name leaves it out
_RANKS = wordset(
    "officer sergeant sgt detective captain capt lieutenant lt deputy sheriff trooper constable inspector "
    "councilwoman councilman councillor councilor alderman mayor senator governor judge coach"
)


def _mid_sentence(before: str) -> bool:
    """Whether a name after `before` stands mid-sentence (not first in the text, a sentence, a quote or a bracket)."""
    kept = before.rstrip()
    return bool(kept) and kept[-1] not in ".!?:“\"‘'(—–"


def _spelt_as(written: str, display: str) -> str:
    """A name as a mention wrote it, each word that is a word of the name the item prints spelt as that name spells
    it: the roster's plain-letter alias "Knoflik" for the puppet Knoflík is "Knoflík" ("the first Knoflík film"),
    "Soren" for Søren Øvergaard "Søren"."""
    spelt = {fold(w): w for w in display.split()}
    return " ".join(spelt.get(fold(w), w) for w in written.split())


def _suffix_stop(text: str, m: _Mention, written: str) -> tuple[str, int]:
    """A mention's words as printed, and where the text after it resumes: a suffix's stop goes with the suffix
    ("Amir Haddad Jr., grinning" named again is "Haddad, grinning", never "Haddad.,"; "Haddad Jr.'s bag" is
    "Haddad's bag"; never "Jr.."), except where it also ends the sentence ("… hugged Haddad Jr. Then" is "…
    hugged Haddad. Then")."""
    suffix = _SUFFIX_STOP.search(m.surface)
    if suffix is None and _INITIAL_END.search(m.surface) and text[m.end : m.end + 1] == ".":
        # "Will H. + G. Mirzoyan" printed "Vilen Hakobyan + …": the initial's stop goes with it, never "Hakobyan. +"
        # (unless it also ends the sentence: "… clapped for Will H." → "… clapped for Vilen Hakobyan.")
        ends = _SENTENCE_NEXT.match(text, m.end + 1) is not None and not written.endswith(".")
        return written + ("." if ends else ""), m.end + 1
    if suffix is None:  # ("Babcia Halina." printed "Halina Korzec, Sr.": one stop, never "Sr..")
        return written, m.end + (written.endswith(".") and text[m.end : m.end + 1] == ".")
    stop = m.surface.endswith(".") or text[m.end : m.end + 1] == "."
    end = m.end + (not m.surface.endswith(".") and text[m.end : m.end + 1] == ".")
    if stop and not written.endswith(".") and _SENTENCE_NEXT.match(text, end):
        return written + ".", end
    return written, end


# a role by whose it is ("Hira's mother", "the bride's father"): the roster's name follows it in apposition
_KIN_ROLE = re.compile(
    r"['’]s (?:mother|father|mum|mom|dad|son|daughter|wife|husband|sister|brother|grandmother|grandfather|gran|"
    r"grandma|grandpa|aunt|uncle|partner|fiancée?|manager|driver)$"
)


_KNOWN_AS = re.compile(
    r"\b(?:known as|called|nicknamed|a\.k\.a\.|aka|performs as|performing as|goes by|raps as|sings as|"
    r"better known as)\b"
)  # ("Kaspar Härm, who performs as Frost, …": never "…, known as Frost, who performs as Frost", round 49's Tallinn)
_KNOWN_AS_WITHIN = 60  # characters after the mention in which the report introduces the name it goes by
# the name a report introduces right after a mention ("…, whom everyone calls Zul,", ", known as Cuca,")
_CALLED_AFTER = re.compile(
    r",\s*(?:(?:whom|who)\s+(?:everyone|everybody|they|people|friends|fans|we|the crew)\s+calls?|known as|nicknamed|"
    r"a\.k\.a\.|aka)\s+(?P<alias>[^,.;“”]{1,30})(?=[,.;])"
)
# right before a mention: the report introduces the name someone goes by ("whom everyone calls Kak Yati")
_KNOWN_AS_BEFORE = re.compile(
    r"\b(?:known as|nicknamed|a\.k\.a\.|aka|performs as|performing as|goes by|better known as|"
    r"(?:everyone|everybody|they|people|friends|fans|we|the crew) calls?) $"
)  # (never "called Priya onto the stage": she is named)


def _rest_typed(surface: str, written: str, text: str, end: int) -> int:
    """How many characters after a mention (`surface`, ending at `end`) the report goes on with the rest of the name
    the item writes for it (`written`): "Cikgu Faridah" then " binti Osman" for Faridah binti Osman (the alias and the
    rest of the name as typed, never the full name and its rest again); 0 when it does not."""
    last = surface.split()[-1] if surface.split() else ""
    words = written.split()
    if last not in words[:-1]:
        return 0
    rest = " " + " ".join(words[words.index(last) + 1 :])
    return len(rest) if text.startswith(rest, end) and not text[end + len(rest) : end + len(rest) + 1].isalnum() else 0


def introduced_as(display: str, legal: str, following: str) -> str:
    """A handle or a role the night calls someone, with the roster's name beside it the first time (`following`: the
    text after the mention): a role in apposition, "Hira's mother, Nasreen Batool," (the closing comma before the
    sentence goes on); a one-word nickname after the name, "Shahzaib Durrani, known as Shazzy," (never "Shazzy
    (Shahzaib Durrani)": a reviewer reads a bracketed name as bookkeeping); a stage name of more words as
    "Mazi Flex (Ebuka Nnadi)"."""
    closing = "," if following[:1] == " " and following[1:2].isalnum() else ""
    if _KIN_ROLE.search(display):
        return f"{display}, {legal}{closing}"
    words = {fold(w) for w in legal.split()}
    if " " not in display and len(words) >= 2 and "," not in legal and fold(display) not in words:
        if _KNOWN_AS.search(following[:_KNOWN_AS_WITHIN]):
            return legal  # "Lorraine Szabo, the ASMR creator known as Rain, …": the report introduces the name itself
        return f"{legal}, known as {display}{closing}"
    return f"{display} ({legal})"


def _closing_comma(display: str, text: str, m: _Mention) -> str:
    """The comma that closes a name with a comma in it before its verb ("Vivienne, Duchess of Deptford, had it
    shut"); "" otherwise, and for a stage name whose comma is its own, its epithet opening on "The" ("Tyler, The
    Creator tripped", never "Tyler, The Creator, tripped": nothing in it is set off)."""
    following = _NEXT_WORD.match(text, m.end)
    verb = following is not None and looks_like_verb(following.group(1), after_name=True)
    epithet = display.rsplit(", ", 1)[-1].startswith(("The ", "the "))
    return "," if "," in display and verb and not epithet else ""


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


# a first name after a verb and before what was given them: the person ("bought Vesper a whisky sour", "handed
# Ivo the trophy"), named as the item names them, never "Thorne bought Vesper …" after "… Lane said"
_DOUBLE_OBJECT = re.compile(r" (?:a|an|the|his|her|their|its|another|one|some) ")
# a first name after a verb and before what was told or asked them: the person ("told Hollis she would sing",
# "asked Ivo to wait", "told Ivo about the seat"), never "Lane told Hollis …" after "Hollis Thorne bought …"
_TOLD_WHAT = re.compile(r" (?:she|he|they|that|to|about|how|what|why|whether) ")


def _before_verb(text: str, end: int) -> bool:
    """Whether a name is the subject of the verb right after it ("In the wings Annika was mouthing …")."""
    after = _NEXT_WORD.match(text, end)
    return after is not None and looks_like_verb(after.group(1), after_name=True)


_CLAUSE_START = re.compile(r"(?:^|[.!?:;,—–]|\b(?:and|but|while|as|when|so|then|because))\s*$")
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:from|with|for|to|by|of|at|behind|beside|beyond|after|before|than|like|without|toward|towards|past)\s+$", re.I
)


def _opens_clause(text: str, start: int) -> bool:
    """Whether a name at `start` opens a sentence or a clause (where it is the subject)."""
    return _CLAUSE_START.search(text[max(0, start - 12) : start]) is not None


def _after_preposition(text: str, start: int) -> bool:
    return _PREPOSITION_BEFORE.search(text[max(0, start - 12) : start]) is not None
