"""A handle the night uses is the name the article uses (`name_by_handles`: "Glitch", never her legal name;
"Mazi Flex (Ebuka Nnadi)" where the night writes both). An alias that shares a word with the roster name, shortens
its given name, is its initials ("VCV" for Vikram Chaitanya Varma) or is not written in Latin letters is a nickname,
not a handle; an alias naming a character ("the
Horace monologue") or introduced as a name ("who goes by Pixel") is not counted; an alias a report introduces in
brackets after the roster name ("Naděžda Vlková ('Hope' to her players)") is a nickname beside the name."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence

from bot.tagging import is_everyday_word, lower_case_word

from .lexicon import ARTICLES_ANY, RESPECT
from .mentions import _NAMED_AS, _WORD, _inside_noun_phrase, _same_given
from .night import NameBook, Report
from .textutil import FORMAL_TITLES, fold, is_elder_title, name_parts, spelt_otherwise, wordset

HANDLE_SHARE = 0.5  # of the reports naming a person, those naming them by one alias: the name the article uses
HANDLE_MIN = 2  # reports by that alias at least (one line calling someone "Glitch" is not what the night calls her)
# and of the roster name, for the article to print it once beside the handle ("Mazi Flex (Ebuka Nnadi)")
HANDLE_READ = 50  # reports read per person (the first, in time order): how the night calls them, at any size


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
        if len(words[alias]) == 1:  # "Nino" alone: the name he goes by whole, "Nino Capuozzo" (`_goes_by`; never
            # "MC Daba" for the "Daba" the night writes)
            canonical = book.forms[key][0]
            own = tuple(_WORD.findall(fold(canonical)))
            parts = name_parts(canonical)
            given = fold(parts[0]) if parts else ""
            alias = next(
                (w for t, w in forms if w and words[alias] < set(t) and _goes_by(t, own, given)),
                alias,
            )
        if _bracketed_after(book.forms[key][0], words[alias], told):
            continue  # "Naděžda Vlková ('Hope' to her players)": a nickname the report introduces, not her name
        if n >= HANDLE_MIN and n >= HANDLE_SHARE * (roster_name + sum(counted.values())):
            book.display[key] = " ".join(alias.split())
            # (an everyday word, "Wind" on a night of gales, is introduced by the roster name however seldom the
            # reports write it: round 44's Baku, "Belov and Wind Hold Up the Letters" read as the weather)
            if (roster_name >= HANDLE_MIN or is_everyday_word(alias)) and not book.goes_by(key):
                book.legal[key] = book.forms[key][0]  # ("Will Harlan", never "(Wilson Harlan)" after)


def titles_unwritten(
    book: NameBook, keys: Iterable[str], reports: Sequence[Report], lists: dict[str, list[int]]
) -> None:
    """An elder's title the article puts before a person's name only because a roster alias has it ("Uncle Horace"
    for Horace Delacroix, Sr.) is dropped when no report naming them writes an alias with it (in its text or quote;
    the first `HANDLE_READ`): a tag's alias is how a correspondent found the name, not what the night calls him.
    "Aunty June Sandon", whom the reports call "Aunty June", and "Aunty Florence Edet" ("Aunty Flo") keep it."""
    for key in keys:
        display = book.display.get(key, "")
        title, _, plain = display.partition(" ")
        if not plain or not is_elder_title(title) or is_elder_title(book.forms[key][0].split()[0]):
            continue
        titled = [f for f in book.forms[key] if f.split()[0] == title]  # ("Uncle Horace", "Aunty Flo")
        written = re.compile(rf"\b(?:{'|'.join(re.escape(' '.join(f.split())) for f in titled)})\b", re.I)
        told = (reports[i].sighting for i in lists.get(key, [])[:HANDLE_READ])
        if not titled or not any(written.search(text) for s in told for text in (s.what, s.quote) if text):
            book.display[key] = plain  # (and the alias no report writes is no form of the name: never a handle)
            book.forms[key] = tuple(f for f in book.forms[key] if not is_elder_title(f.split()[0]))


def _bracketed_after(roster: str, alias: set[str], told: list[list[str]]) -> bool:
    """Whether a report writes the alias (a word of it) quoted in brackets right after the roster name, with whom it
    is the name to ("Naděžda Vlková ('Hope' to her players)"): the report introduces a nickname beside the name, and
    the article uses the name (never a stage name: "Cosmin Dobre (Frate)")."""
    after = re.compile(rf"{re.escape(roster)}\s*\(\s*['\"‘“]([^\W\d_]+)['\"’”]\s+to\s")
    return any(
        fold(m.group(1)) in alias for texts in told for text in texts if roster in text for m in after.finditer(text)
    )


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
    # "Nino Capuozzo" for Gaetano Capuozzo: another given name before the family name is the name he goes by
    goes_by = {a: t for a in aliases if _goes_by(t := tuple(_WORD.findall(fold(a))), words, given)}
    givens = {t[0] for t in goes_by.values()}
    # "Will H." for Vilen Hakobyan: a given name and the family name's initial is the name shortened, and so is its
    # given name alone ("Will"), never a handle the article prints for him
    shortened = {
        t[0]
        for t in (tuple(_WORD.findall(fold(a))) for a in aliases)
        if len(t) == 2 and words and t[1] == words[-1][:1]
    }
    for alias in aliases:
        tokens = tuple(_WORD.findall(fold(alias)))
        if alias in goes_by and fold(alias).isascii():
            found.append((tokens, alias))
            continue
        if tokens and tokens[0] in givens and len(tokens) == 1:
            found.append((tokens, alias))  # ("Nino" alone: the same name, counted for "Nino Capuozzo")
            continue
        if not tokens or not set(tokens).isdisjoint(words) or not fold(alias).isascii():
            continue
        spelt = alias.split()
        if spelt_otherwise(words, spelt) or (len(spelt) == 1 and any(spelt_otherwise((w,), spelt) for w in words)):
            continue  # "Rashad Guliyev", "Rashad" for Rəşad Quliyev: his name in other letters, never a handle
        if alias[:1].islower() and tokens[0] in ARTICLES_ANY:
            continue  # "la ministre", "the minister": a role the reports give her, never the name she goes by
        if len(tokens) == 1 and given and _same_given(tokens[0], given):
            continue  # "Calli" for Calliope Marsh: a nickname
        if _initials(alias, canonical):
            continue  # "VCV" for Vikram Chaitanya Varma: the name shortened, not a mask a reader never sees behind
        if tokens[0] in shortened:
            continue  # "Will H.", "Will": Vilen Hakobyan's name as a correspondent shortens it
        if tokens[0] in nicknames:
            continue  # "Jun", "Andi B": the given name of "Jun Dela Cruz", "Andi Buenaventura", not a handle
        if len(tokens) > 1 and not RESPECT.isdisjoint(tokens):
            continue  # "Vasanth sir", "Si Nejib", "tanti Viorica": how people address him, not a name he goes by
        found.append((tokens, alias))
    if not found:
        return ()
    found.sort(key=lambda f: -len(f[0]))
    found.append((words, ""))
    found.extend(((w,), "") for w in words if len(w) >= 3)
    return tuple(found)


def _goes_by(tokens: tuple[str, ...], words: tuple[str, ...], given: str) -> bool:
    """Whether an alias is the roster name with another given name ("Nino Capuozzo" for Gaetano Capuozzo; not
    "Gaetano C.", nor "Calli Marsh" for Calliope Marsh, the given name shortened): the name the night may call him."""
    return (
        len(tokens) == 2
        and len(words) >= 2
        and tokens[1] == words[-1]
        and tokens[0] not in words
        and len(tokens[0]) >= 3
        and bool(given)
        and not _same_given(tokens[0], given)
        and tokens[0] not in RESPECT | FORMAL_TITLES | _NOT_GIVEN | ARTICLES_ANY
    )


# words before a family name that are no given name: a rank, a calling, a kinship, a size ("Major Diagne", "Osofo
# Dankwa", "Madame Ghosn", "Big Tev")
_NOT_GIVEN = wordset(
    "major captain general colonel sergeant commander chief madame madam monsieur osofo pastor reverend father "
    "brother sister aunty auntie uncle mama papa big little young old lil dj mc coach professor doctor judge "
    "senator minister sheikh prince princess king queen don dona doña sarge nonna nana tito tita lolo lola kuya ate "
    "bra sis"
)


def _initials(alias: str, canonical: str) -> bool:
    """Whether `alias` is the initials of the roster name, in capitals, with stops or without: of every word ("VCV"
    for Vikram Chaitanya Varma, "A.R.R." for Allah Rakha Rahman) or of the first and the last ("MK" for Mahesh Babu
    Kumar)."""
    letters = alias.replace(".", "").replace(" ", "")
    words = [w for w in re.split(r"[\s-]+", canonical) if w[:1].isalpha()]
    if len(letters) < 2 or not letters.isalpha() or not letters.isupper() or len(words) < 2:
        return False
    firsts = [w[0].upper() for w in words]
    return letters in ("".join(firsts), firsts[0] + firsts[-1])


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
