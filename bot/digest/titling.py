"""A headline written out: title case with names spelt as on the roster and the particles of other languages
inside a name or title as the reports write them ("Lancelot du Lac", "Révélation de l'Année"), a relative with the
subject's surname named by the relation, a subject given by surname alone written in full; CJK headlines keep their
first clause."""

from __future__ import annotations

import re
from collections.abc import Sequence

from titlecase import titlecase

from .counts import small_counts
from .cutting import bare
from .language import FUNCTION_WORDS
from .lexicon import KIN, STOPWORDS
from .payoff import MUNDANE
from .quoted import TITLE_QUOTED
from .textutil import ARTICLES_ANY, STOPPED_SUFFIXES, fold, generational, short_name
from .verbs import third_person

CJK_MAX = 32
_CJK_CLAUSE = re.compile("[，。！？；：,;:!?]")


def _family_named_once(text: str, names: Sequence[str]) -> str:
    """ "Toby Lindqvist Outs the Deal He Made With His Mum Annika Lindqvist" → "… With His Mum": a relative
    who shares the subject's surname is their relation, not a second full name."""
    for name in names:
        words = name.split()
        if len(words) < 2 or text.startswith(name):
            continue
        family = any(text.startswith(other) and other.split()[-1] == words[-1] for other in names if other != name)
        kin = rf"\b((?:his|her|their) (?:{'|'.join(sorted(KIN))})),? {re.escape(name)}\b"
        if family:
            text = re.sub(kin, r"\1", text, flags=re.IGNORECASE)
    return text


# "Walks In Carrying": after a movement, "in" before what was carried is an adverb, not a preposition
_PARTICLE_IN = re.compile(rf"\b({'|'.join(sorted(third_person(v).title() for v in MUNDANE))}) in (?=[A-Z][a-z]+ing\b)")


# "Sews Ada Back in With a Kit": "in" right before a preposition is an adverb ("Back In With"), capitalised
_IN_BEFORE_PREPOSITION = re.compile(r"\bin (?=(?:With|For|After|Before|During|To|From|Through)\b)")


# "Goes On in Will Brouwer's Jersey": "on" right before a preposition is an adverb (the verb's particle), capitalised;
# so before "and" ("Checks Her Envelope Before Walking On and Finds …": a preposition has its object; round 44's Baku)
_ON_BEFORE_PREPOSITION = re.compile(
    r"\bon (?=(?:in|as|at|to|for|by|and|or|With|From|Into|Through|After|Before|Without)\b)"
)


# a quotation, or a title in single quotes as a report typed it ('Sniegs uz tilta', ‘Sniegs uz tilta’; never the
# apostrophe of "Kim's" nor the one-letter "'n'" of rock 'n' roll)
_QUOTATION = re.compile(rf"(“[^”]*”|{TITLE_QUOTED})")
# a small word after a name's generational suffix, which `titlecase` takes for a new sentence after its stop ("Kisses
# Horace Delacroix Sr. On the Head"): in lower case, as mid-headline
_AFTER_SUFFIX = re.compile(
    rf"\b((?:{STOPPED_SUFFIXES})\. )(On|In|At|To|For|Of|With|By|From|Into|Onto|And|Or|The|A|An)\b"
)


def title_case(text: str, names: Sequence[str]) -> str:
    """Title case for the headline's own words, with names spelt as on the roster ("Tyler, The Creator", "DJ Pim");
    a quotation keeps the casing it was said in (`X: “Nobody leaves here sad, OK?”`), its first letter a capital. A
    speaker typed as a role in lower case ("security guard", "bodyguard") is no name: its words are title-cased."""
    names = [n for n in names if not n[:1].islower()]
    parts = _QUOTATION.split(_family_named_once(text, names))
    titled = "".join(
        _quoted(p, names)
        if k % 2
        else small_counts(_before_quotation(p, names, k == 0, k + 1 < len(parts)), title=True)
        for k, p in enumerate(parts)
    )
    return titled


def _quoted(quotation: str, names: Sequence[str]) -> str:
    """A quotation as it was said; a title in single quotes as typed when a small word of it in lower case is another
    language's ('Sniegs uz tilta': "uz"), else in title case ('Low Tide', whatever case a shouted note left it in)."""
    if quotation[:1] in "'‘" and not any(
        w.islower() and len(w) <= _SMALL_WORD and w not in ENGLISH_SMALL for w in quotation[1:-1].split()[1:]
    ):
        # (a word shouted in capitals stays so: 'PTIČICE!', which `titlecase` alone would read as a shouted line)
        return quotation if quotation.upper() == quotation else str(titlecase(quotation))
    return _quoted_as_said(quotation)


_SMALL_WORD = 3  # letters of a particle, a preposition or an article ("uz", "de", "la", "na")
ENGLISH_SMALL = FUNCTION_WORDS["en"] | STOPWORDS


def _before_quotation(text: str, names: Sequence[str], first: bool, quoted_next: bool) -> str:
    """Title case for the words between quotations: a small word right before one is no end of the headline
    ("the First Line of “Sniegs uz tilta”", never "Line Of"), nor one after it a new start (`_after_quotation`)."""
    if not quoted_next or not text.strip() or not text[-1:].isspace():
        return _titled(text, names) if first else _after_quotation(text, names)
    return (_titled(text + "X", names) if first else _after_quotation(text + "X", names))[:-1]


def _after_quotation(text: str, names: Sequence[str]) -> str:
    """Title case for the words after a quotation, going on with its sentence: a small word there is no new start
    ("Sings “Happy Birthday” to the Cloakroom Attendant", never "To the")."""
    if not text.strip() or not text[:1].isspace():
        return _titled(text, names)
    return _titled("X" + text, names)[1:]


def _quoted_as_said(quotation: str) -> str:
    return quotation[:1] + quotation[1:2].upper() + quotation[2:]


# a note sung or played, after its pitch word: "her high A", "the top C" (a letter, never the article)
_NOTE = re.compile(r"\b(?:High|Low|Top|Bottom) a\b")


# a letter in a list of letters ("T, a and R"): the letter, never the article
_LETTERS = re.compile(r"(?<=\b[A-Z], )a(?= and [A-Z]\b|, [A-Z]\b)")


def _titled(text: str, names: Sequence[str]) -> str:
    if not text.strip():
        return text
    edge = text[: len(text) - len(text.lstrip())], text[len(text.rstrip()) :]
    titled: str = titlecase(text.strip())
    titled = edge[0] + titled + edge[1]
    titled = _AFTER_SUFFIX.sub(lambda m: m.group(1) + m.group(2).lower(), titled)  # ("… Sr. on the Head")
    titled = _PARTICLE_IN.sub(r"\1 In ", titled)
    titled = _IN_BEFORE_PREPOSITION.sub("In ", titled)
    titled = _ON_BEFORE_PREPOSITION.sub("On ", titled)
    titled = _OPENS_NAME.sub(lambda m: m.group(0).capitalize(), titled)  # "at the Bar En La Luna" (`as_written`)
    titled = _NOTE.sub(lambda m: m.group(0)[:-1] + "A", titled)  # "Her High A Is Flat", never "High a"
    titled = _LETTERS.sub(lambda m: m.group(0).upper(), titled)  # "the Letters T, A and R", never "T, a and R"
    for name in sorted(names, key=len, reverse=True):
        if name and name.isascii() and titled.isascii():
            titled = _spelt_ascii(titled, name)
        elif name:
            titled = re.sub(re.escape(name), name.replace("\\", r"\\"), titled, flags=re.IGNORECASE)
    return titled


def _spelt_ascii(text: str, name: str) -> str:
    """`re.sub(re.escape(name), name, text, flags=re.IGNORECASE)` for ASCII text and name, without building the
    pattern (one for each name, new to `re` on each night): on ASCII, IGNORECASE's equality is `lower`'s."""
    lowered, low = text.lower(), name.lower()
    at = lowered.find(low)
    if at < 0:
        return text
    parts: list[str] = []
    last = 0
    while at >= 0:
        parts += [text[last:at], name]
        last = at + len(name)
        at = lowered.find(low, last)
    parts.append(text[last:])
    return "".join(parts)


# the small words of other languages written in lower case inside a capitalised name or title ("Garota de Ipanema",
# "Lancelot du Lac", "Famke van der Berg", "Révélation de l'Année"); never an English word ("Reyes her Best")
_PARTICLE_WORDS = (  # ("Cojímar a las Cinco")
    "en|de|del|della|der|den|des|di|da|das|do|dos|du|la|las|los|le|les|van|von|y|e|el|al|bin|ibn|ter|ten|zu|af|av|a"
)
_CAPITAL = r"[A-ZÀ-ÖØ-Þ][\w'’-]*"
_LOWER_IN_TITLE = re.compile(
    rf"(?<![\w’-])(?<!\w')(?<!\w’){_CAPITAL}((?: (?:{_PARTICLE_WORDS}))*) (?:{_CAPITAL}|[ld]['’][A-ZÀ-ÖØ-Þ][\w-]*)"
    rf"(?![\w'’-])"
)


# "en" before a capitalised word, which `titlecase` keeps in lower case ("en route"), opens a name in another
# language: title case for the whole name ("at the bar en La Luna" → "… En La Luna"); `as_written` keeps one the
# reports wrote between two capitalised words ("Café en Seine")
_OPENS_NAME = re.compile(rf"(?<=[\w,] )en(?= {_CAPITAL})")


# a name or a title that opens on a small word the reports capitalised inside a sentence ("… of the In Memoriam
# reel", "sang With Or Without You"): title case would lower it ("the in Memoriam")
_CAPITALISED_RUN = re.compile(r"(?<=[a-z,] )(?:In|On|At|Of|For|To|By|With|From|Into|Over|Under)(?: [A-Z][\w'’-]+)+")


def as_written(headline: str, sources: Sequence[str]) -> str:
    """The headline with each run of particles its reports wrote in lower case between two capitalised words, or
    an elided article before a capitalised one, kept so ("… Singing Garota de Ipanema", "Wins Révélation de
    l'Année", "Toasts Lancelot du Lac"), where the headline has the same words in title case: the reports' spelling
    of a name or a title wins over title case."""
    for source in sources:
        for m in _CAPITALISED_RUN.finditer(source):  # "the In Memoriam reel": a title's small word, as written
            phrase = m.group(0)
            headline = re.sub(rf"(?<![\w'’-]){re.escape(phrase)}(?![\w'’-])", phrase, headline, flags=re.IGNORECASE)
        for m in _LOWER_IN_TITLE.finditer(source):
            phrase = m.group(0)
            if not m.group(1) and not re.search(r" [ld]['’]", phrase):
                continue  # two capitalised words: nothing in lower case
            # (after an opening quote too: "for 'Cojímar a las Cinco'", never a word's apostrophe: "Kim's")
            at = rf"(?<![\w’-])(?<!\w')(?<!\w’){re.escape(phrase)}(?![\w'’-])"
            headline = re.sub(at, phrase, headline, flags=re.IGNORECASE)
    return headline


def cjk_headline(text: str) -> str:
    first = _CJK_CLAUSE.split(text, maxsplit=1)[0].strip()
    if len(first) < 4:
        first = text
    return first[:CJK_MAX].rstrip("，。、,. ")


def in_full(headline: str, names: Sequence[str]) -> str:
    """A headline that opens with a person's surname or given name alone ("Talavera's controller dies …", "Almir
    hands …", "Hernández fixes …" for María José Hernández López) opens with their whole name, as the roster
    spells it: a headline introduces its subject."""
    if any(fold(headline).startswith(fold(n)) for n in names if len(n.split()) > 1):
        return headline  # it opens with a whole name already ("Gaston Lemaire, fils …", never "Gaston Lemaire, père …")
    for name in names:  # "the Fusos de Poblenou build …" → "Els Fusos de Poblenou build …": a group as it is named
        article, _, core = name.partition(" ")
        if core and article.lower() in ARTICLES_ANY and fold(headline).startswith(fold(f"the {core} ")):
            return name + headline[len(core) + 4 :]
    for name in names:  # "Da Silva teaches …" → "Florencia Da Silva teaches …": a family name of two words
        family = short_name(name)
        opens = fold(headline).startswith((fold(family) + " ", fold(family) + "'s ", fold(family) + "’s "))
        if " " in family and family != name and opens:
            return name + headline[len(family) :]
    first, _, rest = headline.partition(" ")
    word = bare(first)
    surname = re.sub(r"['’]s$", "", word)
    whole = [n for n in names if len(n.split()) > 1 and fold(surname) in (fold(n.split()[-1]), fold(short_name(n)))]
    if not whole and fold(surname).lower() not in STOPWORDS:  # a given name alone ("Almir hands …", not "The …"),
        # unless the name goes on after it
        whole = [n for n in names if len(n.split()) > 1 and fold(n.split()[0]) == fold(surname)]
    if len(whole) != 1 or not surname or (generational(rest) and not first.endswith(("'s", "’s"))):
        return headline  # "Castellan Sr. weeps …" beside "Roy Castellan Jr.": never "Roy Castellan Jr. Sr. Weeps"
    return " ".join(filter(None, [whole[0] + first[len(surname) :], rest]))
