"""Who someone is, as any report of the night says it: "The Wrenfield's stage manager Barty Nkemelu came with
her", "Tamsin Okoro-Blythe, Delphine's understudy, signed …", "the stage manager Florence Edet", "her producer
Guillermo Ibarra" (whose: the report's one other person), "Ken Abe, a cosplayer working the lobby,". An item
introduces a person its readers have not met by that role at their first mention ("Barty Nkemelu, the Wrenfield's
stage manager, texted …").

And how the article names them again when it is not by the family name (`note_roles`, in `NameBook.again`): a
child (an age under 16 beside the name, "Pip Lasalle, 12,", "Ten-year-old Toby Lindqvist", "her son Toby") by the
given name, as the reports and their quotes call them; a titled name by its title and the part of the name the
night names them by again, most often ("Sir Ambrose", "Dame Orr"; else the family name alone, "Kettering"); a
name of three or more words by
the one word of it the roster lists alone ("Hernández" for María José Hernández López), or the two family names it
lists ("Rossi Cané" for Fabiana Rossi Cané); a name whose second part is a patronymic by the given name ("Mahlet
Girma", "Sunna Vigfúsdóttir": `patronymics`)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from functools import lru_cache, partial

from ..tagging import is_everyday_word
from .hygiene import prose
from .lexicon import NUMBER_WORDS, ROLE_NOUNS
from .night import NameBook, Report
from .patronymics import called_by, named_again
from .textutil import (
    ELIDED_SURNAME,
    SURNAMES_JOINED,
    family_first_by_roster,
    fold,
    honorific,
    name_parts,
    short_name,
    spelt_otherwise,
    title_of,
)

_POSSESSOR = r"(?:(?:[Tt]he\s+)?[A-Z][\w'’-]+['’]s|[Tt]he)"
_ROLE = rf"{_POSSESSOR}\s+(?:[a-z][\w-]*\s+){{0,2}}?(?:{ROLE_NOUNS})"
_REPORTS_READ = 60  # a person's reports read for a role, at most (a star's hundreds are not needed)
_AGAIN_READ = 20  # and for how they are named again (a child's age, a title's use: said in the first reports)


# "the Wrenfield's stage manager " + the name; "her producer " + the name (whose: the report's other person says)
_ROLE_BEFORE = re.compile(
    rf"(?<![\w'’])(?:({_ROLE})|(?:[Hh]er|[Hh]is|[Tt]heir)\s+((?:[a-z][\w-]*\s+){{0,2}}?(?:{ROLE_NOUNS})))\s+"
)
# the name + ", Delphine's understudy,"; the name + ", a cosplayer working the lobby,": a noun of a doer ("-er",
# "-ist", "-ant", "-ent", "-ian") or a role, with what they were doing there
_ROLE_AFTER = re.compile(
    rf",\s+({_ROLE}),|,\s+(an?\s+(?:[A-Z][a-z]+\s+)?(?:[a-z][\w-]*\s+){{0,2}}?"
    rf"(?:{ROLE_NOUNS}|[a-z]{{3,}}(?:er|or|ist|ian|ant|ent))"
    r"(?:\s+(?:[a-z]+ing|from|at|on|in|with|for|of)\b[^,.;:“”\"()]{0,30})?)"
    r"(?:\s+who\s[^,.;:“”\"()]{3,40})?[,.]"  # ("a Paris sales agent who flew in for the night,": the agent)
)


_ROLE_ENDS = tuple(ROLE_NOUNS.split("|"))
_NO_ROLE = frozenset({"winner", "loser", "number", "matter", "corner", "quarter", "order", "letter", "answer"})
_NO_ROLE |= {"other", "banner", "poster", "sticker", "dinner", "paper", "water", "wonder", "reminder", "moment"}


def role_in(text: str, name: str, owner: Callable[[], str | None] = lambda: None) -> str | None:
    """The role a text gives `name` ("the Wrenfield's stage manager", "a cosplayer working the lobby"), or None;
    `owner()`: the report's one other person, whose "her producer" it is ("Reyes-Okoro's producer"), asked only
    for such a role."""
    at = text.find(name)
    if at < 0:
        return None
    before = text[:at].rstrip()  # (a role before the name ends in one of its nouns and a space: else no scan)
    for m in _ROLE_BEFORE.finditer(text, max(0, at - 60), at + 1) if before.endswith(_ROLE_ENDS) else ():
        if m.end() != at:
            continue
        if m.group(1):
            return _told(m.group(1))
        if (whose := owner()) is not None:
            return f"{whose}'s {m.group(2)}"
    while at >= 0:
        after = _ROLE_AFTER.match(text, at + len(name))
        role = after and (after.group(1) or after.group(2))
        if role and not _NO_ROLE.intersection(role.split()):
            return _told(role)
        at = text.find(name, at + 1)
    return None


def _told(role: str) -> str:
    return "the" + role[3:] if role.startswith("The ") else role


def note_roles(book: NameBook, keys: Iterable[str], reports: list[Report], lists: dict[str, list[int]]) -> None:
    """Record in `book.roles` the role the night's English reports give each of these people (the first
    found, in time order), and in `book.again` how the article names them again when it is not by the family
    name (see the module)."""
    people = [k for k in keys if k in book.display]
    called = called_by(book.roster) if people else {}  # (once a night: whom each word calls alone on the roster)
    for key in people:
        name = book.display[key]
        read = lists.get(key, [])
        again = _again(book, key, name, [reports[i].sighting.what for i in read[:_AGAIN_READ]], called)
        if again:
            book.again[key] = again
        if key in book.roles:
            continue
        for i in read[:_REPORTS_READ]:
            r = reports[i]
            text = r.sighting.what
            bracketed = _bracketed_role(text, book.forms.get(key, (name,)))
            if bracketed is not None:  # "Page (stage mgr) sprinting …": the stage manager
                book.roles[key] = bracketed
                break
            if name not in text:  # (the cheap test first)
                continue
            role = role_in(prose(text), name, partial(_owner, book, key, r, text, people))
            if role and r.english:  # (whether it is English last: it works out the report's features)
                book.roles[key] = role
                break


# a note's role in brackets after a name: "Page (stage mgr)", "Lou (asst dir)"
_BRACKET_ROLE = re.compile(r" \((?P<role>[a-z][a-z. ]{1,24})\)")
_ABBREVIATED = {"mgr": "manager", "asst": "assistant", "dir": "director", "prod": "producer", "stg": "stage"}
_ABBREVIATED |= {"mngr": "manager", "fl": "floor"}


def _bracketed_role(text: str, forms: Iterable[str]) -> str | None:
    """The role a note gives in brackets after one of a person's names ("Page (stage mgr) sprinting …" → "the stage
    manager"), its abbreviations written out; None when it gives none, or one that is no role (`ROLE_NOUNS`)."""
    for form in forms:
        at = text.find(form + " (")
        m = _BRACKET_ROLE.match(text, at + len(form)) if at >= 0 else None
        if m is None:
            continue
        words = [_ABBREVIATED.get(w.rstrip("."), w.rstrip(".")) for w in m.group("role").split()]
        role = " ".join(words)
        if re.fullmatch(rf"(?:[a-z]+ )?(?:{ROLE_NOUNS})", role):
            return f"the {role}"
    return None


def _owner(book: NameBook, key: str, r: Report, text: str, people: list[str]) -> str | None:
    """Whose "her producer" a report means: its one other person (tagged, else one of `people` it names), by
    the name the article calls them by again."""
    others = [k for k in r.names if k != key and k in book.display]
    others = others or [k for k in people if k != key and book.display[k] in text]
    return short_name(book.display[others[0]]) if len(others) == 1 else None


# an age in words: "ten-year-old" (a cardinal only)
_AGE_WORDS = {w: int(n) for w, n in NUMBER_WORDS.items() if not w.endswith(("st", "nd", "rd", "th", "ce"))}
_AGE_WORDS |= {"one": 1, "thirteen": 13, "fourteen": 14, "fifteen": 15}
_AGE = rf"(\d{{1,3}}|{'|'.join(sorted(_AGE_WORDS, key=len, reverse=True))})"
_CHILD_WORD = r"(?:son|daughter|kid|boy|girl)"
# an age or a child's word right after a name: "Pip Lasalle, 12,", "Toby Lindqvist (10)", "Arnob (11, nominated for
# …)", ", aged 9", ", her son,"
_AGE_AFTER = re.compile(
    rf",? (?:\((\d{{1,3}})(?:\)|, )|(\d{{1,3}})(?=[,;.)]| years? old)|aged (\d{{1,3}})\b|an? {_AGE}-year-old\b"
    rf"|(?:his|her|their|the|a) ({_CHILD_WORD})\b)",
    re.I,
)
# before it: "ten-year-old Toby Lindqvist", "her son Toby", "the kid Pip"
_AGE_BEFORE = re.compile(rf"(?:\b{_AGE}-year-old|\b({_CHILD_WORD})) $", re.I)
CHILD_AGE = 16  # under it, a child
_BEFORE_ENDS = ("-year-old", "son", "daughter", "kid", "boy", "girl")
_BEFORE = (*_BEFORE_ENDS, *(w.capitalize() for w in _BEFORE_ENDS[1:]))


_NAME_BEFORE = re.compile(r"[A-Z][\w'’-]* $")  # a capitalised word right before: part of a full name


def _again(book: NameBook, key: str, name: str, texts: list[str], called: dict[str, frozenset[str]]) -> str | None:
    """How the article names this person again, when it is not by their family name (see the module)."""
    parts = name_parts(name, family_first_by_roster(book.roster.get(key, ())))
    if parts is None or book.by_handle(key):  # (a band, a one-word name, a handle: named whole)
        return None
    given, family = parts
    forms = [f for f in dict.fromkeys((name, *book.forms.get(key, ()))) if len(f) > 2]
    if _child(texts, forms):
        return given
    title = title_of(name)
    if title is not None:  # the night's own second reference: "Sir Ambrose", "Dame Orr", or "Kettering"
        t, g, f = (re.escape(w) for w in (title, given, family))
        counts = Counter(
            {
                f"{title} {given}": sum(len(re.findall(rf"\b{t} {g}\b(?! {f})", x)) for x in texts if given in x),
                f"{title} {family}": sum(x.count(f"{title} {family}") for x in texts),
                # (the family name alone: never after a capitalised word, another's given name, "Tahlia Sandon")
                "": sum(
                    1
                    for x in texts
                    if family in x
                    for m in re.finditer(rf"\b{f}\b", x)
                    if _NAME_BEFORE.search(x, 0, m.start()) is None
                ),
            }
        )
        form, n = max(counts.items(), key=lambda kv: (kv[1], kv[0] == ""))
        return form if n and form else None
    if stage_name(name, book.forms.get(key, ())[1:]):
        return name  # "Skelly Bwoy" beside "Jermaine Skeete": a stage name is named whole, never "Bwoy"
    words = name.split()
    if len(words) >= 3:  # the roster lists the one word it goes by: "Hernández" for María José Hernández López
        alone = [a for a in book.forms.get(key, ())[1:] if " " not in a.strip() and a.strip() in words[1:]]
        if alone and alone[0].strip() != family:
            return alone[0].strip()
        # or the two family names it goes by: "Rossi Cané" for Fabiana Rossi Cané
        tail = [a.strip() for a in book.forms.get(key, ())[1:] if name.endswith(f" {a.strip()}") and " " in a.strip()]
        if tail and tail[0] != family:
            return tail[0]
        # or a nickname and the surname it goes by ("Chema Quintana" for José María Quintana Oyarzun, "Sol Fuentes"
        # for Marisol Fuentes Ibarra): the first of its two surnames (never "Miss Wanda": a given name)
        folded = [fold(w) for w in words]
        nicknamed = [
            a.split()[1]
            for a in book.forms.get(key, ())[1:]
            if len(a.split()) == 2 and fold(a.split()[0]) not in folded and a.split()[1] in words[1:-1]
        ]  # (never "Ndeye Khady" for Ndèye Khady Mbaye: her given names, typed without the accent)
        if nicknamed and nicknamed[0] != family:
            return nicknamed[0]
        # or, on a night whose roster writes two surnames (`_two_surnames`), its given name and first surname beside
        # its given name alone, its last word never alone: "Mar Solé" and "Mar" for Mar Solé Quintana, "Solé" (never
        # "Wanda Faye" for Wanda Faye Mercer on a night with no such names: a double given name)
        aliases = {" ".join(a.split()) for a in book.forms.get(key, ())[1:]}
        head, given_alone = " ".join(words[:-1]), " ".join(words[:-2])
        listed = given_alone in aliases or len(words) >= 4  # ("María José Ortega" for María José Ortega Salcedo)
        first = head in aliases and listed and words[-1] not in aliases and words[-2] != family
        if first and _two_surnames(tuple(forms[0] for forms in book.roster.values() if forms)):
            return words[-2]
    return named_again(key, name, given, family, called)  # "Mahlet Girma", "Sunna Vigfúsdóttir": by the given name


@lru_cache(maxsize=64)
def _two_surnames(names: tuple[str, ...]) -> bool:
    """Whether a night's roster writes people with two surnames, as Spain and Catalonia do: a name whose surnames are
    joined by "i" or "y" ("Bartomeu Roig i Casals") or whose second has an elided particle ("Montserrat Vidal
    d'Arenys")."""
    for name in names:
        words = name.split()
        if len(words) >= 4 and any(w in SURNAMES_JOINED for w in words[2:-1]):
            return True
        if len(words) >= 3 and ELIDED_SURNAME.fullmatch(words[-1]) and words[-2][:1].isupper():
            return True
    return False


def stage_name(name: str, aliases: Iterable[str]) -> bool:
    """Whether a roster name of two words or more is a stage name, whose last word is no family name: the roster
    gives its first word alone as what people call them ("Skelly" for Skelly Bwoy), never its last, and a legal name
    beside it, two capitalised Latin words or more sharing none with it and holding no everyday word or title
    ("Jermaine Skeete"; "Producer Will", "MC Rain" are what people call someone, not who they are)."""
    words = [fold(w) for w in name.replace(",", " ").split()]
    if len(words) < 2:
        return False
    alone = {fold(a.strip()) for a in aliases if " " not in a.strip()}
    if words[0] not in alone or words[-1] in alone:
        return False
    for alias in aliases:
        parts = alias.split()
        if (
            len(parts) >= 2
            and fold(alias).isascii()
            and all(p[:1].isupper() and p[1:2].islower() and p.replace("-", "").isalpha() for p in parts)
            and all(len(p) >= 3 for p in parts)
            and not {w[:4] for w in words} & {fold(p)[:4] for p in parts}  # ("Yasmeen Abdelfattah": a spelling)
            and not spelt_otherwise(words, parts)
            and not any(is_everyday_word(p) or honorific(p) for p in parts)
        ):
            return True
    return False


def _child(texts: list[str], forms: list[str]) -> bool:
    """Whether the reports say this person is a child: an age under `CHILD_AGE`, or "son", "daughter", "kid",
    "boy", "girl", right beside one of their names (`forms`), and no grown-up age."""
    joined = "\n".join(texts)
    forms = [  # (the cheap test first, over all the texts at once: a comma or bracket after a name, a word before it)
        f for f in forms if f"{f}, " in joined or f"{f} (" in joined or any(f"{w} {f}" in joined for w in _BEFORE)
    ]
    child = grown = False
    for text in texts if forms else ():
        for form in forms:
            at = text.find(form)
            while at >= 0:
                end = at + len(form)
                # (the cheap tests first: a comma or a bracket after the name, "-year-old" or a word before it)
                after = _AGE_AFTER.match(text, end) if text[end : end + 2] in (", ", " (") else None
                last = text[max(0, at - 20) : at].rstrip(" ").rsplit(" ", 1)[-1].lower()
                before = _AGE_BEFORE.search(text, max(0, at - 20), at) if last.endswith(_BEFORE_ENDS) else None
                for m in (after, before):
                    if m is None or (m.re is _AGE_BEFORE and m.end() != at):
                        continue
                    number = next((g for g in m.groups()[:-1] if g), None)
                    if number is None:
                        child = True
                    else:
                        age = int(number) if number.isdigit() else _AGE_WORDS[number.lower()]
                        grown |= age >= CHILD_AGE
                        child |= age < CHILD_AGE
                at = text.find(form, end)
    return child and not grown
