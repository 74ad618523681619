"""Small text helpers for the digest: name keys, mention-proofing, one-line text, number words."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from rapidfuzz import fuzz

from bot.text import fold, inert

from .chinese_names import chinese_order

__all__ = [
    "IN_WORD",
    "MARKS",
    "WORD",
    "alnum_words",
    "family_first_by_roster",
    "first_name",
    "fold",
    "inert",
    "kept_title",
    "name_parts",
    "number_word",
    "pairs",
    "short_name",
    "squash",
    "title_of",
    "wordset",
]

_SPACES = re.compile(r"\s+")
# combining marks (a class's contents): the acute of "ẹ́", the grave of "Ọ̀", which no precomposed letter carries; a
# regular expression's `\w` is no mark, so a word read with `\w` alone ends before one ("Ọ̀kẹ́" read as "Ọ", "kẹ")
MARKS = r"\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f\u3099\u309a"
WORD = re.compile(rf"[^\W_]+(?:[{MARKS}]+[^\W_]*)*")  # a word of letters and digits, with its marks
IN_WORD = rf"[\w'’{MARKS}]"  # a character inside a word: an apostrophe after one is no quotation mark ("Bíọ́'s")
_WORD = re.compile(r"[^\W_]+")
# every ASCII character that is not a letter or a digit, as a space: on ASCII text, splitting what this leaves
# gives `_WORD`'s words without the regular expression (a table for `bytes.translate`, which reads it directly:
# `str.translate` looks every character up in a dict)
_NOT_ALNUM = bytes(b if chr(b).isalnum() else 32 for b in range(128)) + bytes(range(128, 256))
_NUMBERS = ("Zero", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven")

# a name styled in lower case with dots in it ("k.d. lang", "will.i.am"): never capitalised, even opening a sentence
STYLED_LOWER = re.compile(r"[a-z]+(?:\.[a-z]+)+\.?(?![\w.])(?<!\ba\.m\.)(?<!\bp\.m\.)")


def squash(text: str) -> str:
    """One line: whitespace runs (newlines included) folded into single spaces, trimmed."""
    return _SPACES.sub(" ", text).strip()


def alnum_words(text: str) -> list[str]:
    """A text's words as runs of letters and digits (`[^\\W_]+`), split without the regular expression when
    the text is ASCII (most reports: the same words, in a fraction of the time), and without a split when the text is
    one word of letters and digits (`isalnum` reads a character as the pattern's class does)."""
    if text.isalnum():
        return [text]
    if not text.isascii():
        return _WORD.findall(text)
    return text.encode("ascii").translate(_NOT_ALNUM).decode("ascii").split()


def number_word(n: int) -> str:
    """ "Five" for 5 (the digest counts at most ten), digits beyond."""
    return _NUMBERS[n] if 0 <= n < len(_NUMBERS) else str(n)


_FIRST_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def lower_first(text: str) -> str:
    """`text` with its first letter in lower case (an everyday word capitalised only because it opened a note or a
    sentence, now inside one), unless its first word has a capital after its first letter: initials or a name styled
    so ("TK's manager", "MK", "VCV", "McKay", "O'Brien") keep their capitals, never "tK's"."""
    m = _FIRST_WORD.match(text)
    if m is not None and not m.group(0)[1:].islower() and len(m.group(0)) > 1:
        return text
    return text[:1].lower() + text[1:]


def wordset(text: str) -> frozenset[str]:
    """The whitespace-separated words of a word list written as one string."""
    return frozenset(text.split())


def pairs(text: str) -> dict[str, str]:
    """ "a:b c:d" as {"a": "b", "c": "d"}."""
    return dict(pair.split(":", 1) for pair in text.split())


def short_name(name: str, family_first: bool = False) -> str:
    """A person named again: their family name (`name_parts`; a Dutch particle capitalised, "Van Dam"), or the
    whole name when it has none (a band, a one-word name, "Tyler, The Creator"); a name with a title of a place is
    the title ("the Duchess" for "Vivienne, Duchess of Deptford")."""
    titled = _TITLED.match(name)
    if titled:
        return f"the {titled.group(1)}"
    given = patronymic_given(name)
    if given is not None:
        return called_given(given)  # "Kamal" for Kamal Ariffin bin Zainal
    parts = name_parts(name, family_first)
    if parts is None:
        return name
    family = parts[1]
    if family.split(" ", 1)[0] in _DUTCH_PARTICLES and " " in family:  # "Van Dommelen" for Gerrit van Dommelen:
        return family[:1].upper() + family[1:]  # alone, a Dutch family name's particle takes the capital
    return family


# the particles of Dutch family names, in lower case after a given name and capitalised when the family name stands
# alone ("Gerrit van Dommelen", then "Van Dommelen"; "Femke van der Berg", "Van der Berg"); "de" is shared with
# other languages that keep it small ("de la Cruz")
_DUTCH_PARTICLES = frozenset({"van", "ter", "ten", "'t", "’t"})


def first_name(name: str, family_first: bool = False) -> str:
    """A name's given name ("Ambrose" for "Sir Ambrose Kettering", "Ji-woo" for "Han Ji-woo"); its first word
    when it has no family name."""
    given = patronymic_given(name)
    if given is not None:
        return called_given(given)
    parts = name_parts(name, family_first)
    return parts[0] if parts else name.split()[0].rstrip(",")


# the word that joins a Malay or Malaysian Indian given name to the father's name ("Kamal Ariffin bin Zainal", "Nadia
# Qistina binti Hairul", "Ravi a/l Muthu", "Kavitha a/p Raman"): what comes after it is no family name
_PATRONYMIC_JOINS = frozenset({"bin", "binti", "bte", "bt", "a/l", "a/p", "s/o", "d/o"})
# a first given name that is named together with the one after it: "Muhammad Hafiz" is "Hafiz" again, "Nur Aina"
# stays "Nur Aina", "Abdul Rahman" is one name
_NAMED_BY_NEXT = frozenset({"muhammad", "mohd", "mohamad", "mohammad", "mohamed", "muhd", "md"})
_NAMED_WITH_NEXT = frozenset({"nur", "nurul", "siti", "abdul", "abd", "wan", "nik", "che", "tengku", "tunku", "raja"})
_NAMED_WITH_NEXT |= {"ahmad"}  # ("Ahmad Fauzi": never "Ahmad", as the Malaysian press names him)
# Malaysian titles before such a name, dropped when naming its bearer ("Dato' Sri Kamal Ariffin bin Zainal")
_MALAYSIAN_TITLES = frozenset({"dato'", "dato’", "datuk", "dato", "datin", "sri", "seri", "tan", "puan", "tun", "haji"})
_MALAYSIAN_TITLES |= {"hajah", "toh", "cikgu", "sheikh", "sheikha", "shaikh", "emir", "prince", "princess", "sultan"}


@lru_cache(maxsize=1024)
def patronymic_given(name: str) -> str | None:
    """The given names of a name joined to the father's name by "bin", "binti", "a/l" or "a/p" (see
    `_PATRONYMIC_JOINS`): "Kamal Ariffin" for "Kamal Ariffin bin Zainal" (a Malaysian title before it dropped); None
    for any other name. Malaysian papers name such a person again by the given name, never "bin Zainal"."""
    words = name.split()
    at = next((k for k, w in enumerate(words) if w.lower() in _PATRONYMIC_JOINS), None)
    if at is None or at == 0 or at == len(words) - 1 or not words[at + 1][:1].isupper():
        return None
    given = words[:at]
    while len(given) > 1 and given[0].lower() in _MALAYSIAN_TITLES:
        given = given[1:]
    if not all(w[:1].isupper() for w in given):
        return None
    return " ".join(given)


def title_word(word: str) -> bool:
    """Whether a word is a title before a name, of any kind the roster may give ("Sir", "Dr.", "Tan Sri", "Datuk")."""
    return honorific(word) or word.lower() in _MALAYSIAN_TITLES


def called_given(given: str) -> str:
    """How a Malay given name is said again (`patronymic_given`): its first word ("Nadia" for Nadia Qistina), the one
    after "Muhammad" ("Hafiz" for Muhammad Hafiz), the first two after "Nur", "Siti", "Abdul" ("Nur Aina")."""
    words = given.split()
    if len(words) > 1 and words[0].lower() in _NAMED_BY_NEXT:
        return words[1]
    if len(words) > 1 and words[0].lower() in _NAMED_WITH_NEXT:
        return " ".join(words[:2])
    return words[0]


# the word joining two surnames in Catalan ("Roig i Casals") and Spanish ("Ortega y Gasset"): the first is the one a
# person is named again by
SURNAMES_JOINED = frozenset({"i", "y"})
# a second surname with an elided particle ("d'Arenys", "d’Ors"): the surname before it is the one named again
ELIDED_SURNAME = re.compile(r"[dl]['’][A-ZÀ-ÖØ-Þ][\w-]+")


# the last word of a group's name that says what it is ("Nork Children's Choir"): never a family name
_GROUP_ENDS = wordset(
    "choir chorus orchestra band ensemble quartet quintet sextet trio duo troupe collective singers players dancers "
    "philharmonic"
)


@lru_cache(maxsize=4096)  # (an item asks for the same few names hundreds of times)
def name_parts(name: str, family_first: bool = False) -> tuple[str, str] | None:
    """A person's given and family names, or None for a name that has no family name (a band "The …", one
    word, words that are not all capitalised, "Tyler, The Creator").

    - A name opening on an article of any language, or ending on what a group is ("Nork Children's Choir", "Vila
      Brass Band"), is a group's and has none ("The Risers", "De Derailleurs"): never "Choir's conductor".
    - Western order: the family name is the last word ("Ana Ruiz" → "Ruiz", "Ana Lucía Ruiz" → "Ruiz"), with
      the particles before it ("Lena de la Cruz" → "de la Cruz", "Reynaldo Dela Cruz" → "Dela Cruz", "Síle Ní
      Bhriain" → "Ní Bhriain"); a leading
      title ("Sir", "Dame", "Dr", `title_of`) and a trailing generational suffix ("Jr.", ", Sr.", "III") are not
      part of either.
    - Two Spanish surnames: the first ("María José Hernández López" → "Hernández"), where the word before the last
      is a patronymic in -ez ("Hernández", "Pérez") or "García"; two joined by "i" or "y" ("Bartomeu Roig i Casals" →
      "Roig") or a second one with an elided particle ("Montserrat Vidal d'Arenys" → "Vidal"): the first.
    - Family name first: a two-word name whose second word is a romanised Korean or Taiwanese given name (a hyphen
      followed by a lower-case syllable: "Han Ji-woo" → "Han", "Ông Bí-thô" → "Ông"), a Chinese name in pinyin
      (`chinese_names.chinese_order`: "Tang Xiaolu" → "Tang"), or one the roster marks so
      (`family_first_by_roster`)."""
    words = name.replace(",", " , ").split()
    if len(words) > 2 and words[0].lower().rstrip(".") in _HONORIFICS:
        words = words[1:]
    while len(words) > 1 and generational(words[-1]):  # ("Khoza Snr.": no given name)
        words = words[:-1]
        if words[-1] == ",":
            words = words[:-1]
    if len(words) < 2 or "," in words or words[0].lower() in _GROUP_ARTICLES or words[-1].lower() in _GROUP_ENDS:
        return None  # ("The Risers", "De Derailleurs", "Les Fous du Bayou", "Nork Children's Choir": a group's, whole)
    if patronymic_given(name) is not None:
        return None  # "Nadia Qistina binti Hairul": a given name and her father's, no family name (`short_name`)
    if len(words) == 4 and _southern_chinese(words[1:]):
        return words[0], words[1]  # "Jason Yap Kah Wai": a Western given name, then Yap Kah Wai (KL, round 50)
    joined = next((k for k in range(2, len(words) - 1) if words[k] in SURNAMES_JOINED), None)
    if joined is not None and all(w[:1].isupper() for w in (*words[:joined], words[joined + 1])):
        return " ".join(words[: joined - 1]), words[joined - 1]  # "Bartomeu Roig i Casals": Roig, the first
    if len(words) > 2 and ELIDED_SURNAME.fullmatch(words[-1]) and words[-2][:1].isupper():
        return " ".join(words[:-2]), words[-2]  # "Montserrat Vidal d'Arenys": Vidal, the first of two surnames
    start = len(words) - 1
    while start > 1 and (words[start - 1] in _PARTICLES or words[start - 1] in _CAPITAL_PARTICLES):
        start -= 1  # ("Reynaldo Dela Cruz" → "Dela Cruz", "Karim Abou Zeid" → "Abou Zeid")
    if not all(w[:1].isupper() for w in (*words[:start], words[-1])):
        return None
    if family_first or (
        len(words) == 2
        and "-" not in words[0]
        and (_KOREAN_GIVEN.fullmatch(words[1]) or chinese_order(words[0], words[1]))
    ):
        return (" ".join(words[1:]), words[0]) if start == len(words) - 1 else None
    if len(words) == 3 and _southern_chinese(words):
        return " ".join(words[1:]), words[0]  # "Tan Boon Kiat": Tan (break 68: "Kiat said")
    if start == len(words) - 1 and len(words) > 2 and _SPANISH_FIRST_SURNAME.search(words[-2]):
        return " ".join(words[:-2]), words[-2]  # "Gabriel García Márquez": the first of two surnames
    return " ".join(words[:start]), " ".join(words[start:])


# the commonest family names of Singapore, Malaysia and Hong Kong as they are romanised there (Hokkien, Teochew,
# Cantonese), written before a given name of two short syllables: "Tan Boon Kiat", "Chan Tai Man"
_SOUTHERN = wordset(
    "tan lim ng goh ong teo koh chua yeo chan wong cheung leung lau chow kwok tay toh quek seah sim ang chia neo lai"
    " yap foo ooi khoo yeoh cheah liew loh chong lee"
)


def _southern_chinese(words: list[str]) -> bool:
    return fold(words[0]) in _SOUTHERN and all(
        w.isalpha() and w[:1].isupper() and w[1:].islower() and 2 <= len(w) <= 5 for w in words[1:]
    )


@lru_cache(maxsize=1024)
def family_first_by_roster(forms: tuple[str, ...]) -> bool:
    """Whether a roster entry (canonical name first, then its aliases) is written family name first: the roster
    lists the name's last word alone (the given name, "Qiaowen" for "Lin Qiaowen") and not its first, and also
    either the two words the other way round ("Qiaowen Lin") or a name in CJK script ("林巧文"; not a foreign name
    spelt out with a middle dot, "赫斯特·奎尔"). A surname alias alone proves nothing ("Quaye" for Henrietta
    Quaye), so the last word needs the second signal. (Without such a hint, "Mizushima Rei" reads as Western
    order: a Japanese name written family name first needs its roster entry to say so.) A roster name in CJK script
    or Hangul printed by its Latin alias of two words (`latin_name`: "Chen Jie" for 陈洁) is read in the roster
    name's own order, family name first. So is a Hungarian one opening on one of the country's commonest family
    names whose given name the roster lists alone ("Kovács Eszter", "Eszter")."""
    if not forms:
        return False
    latin = latin_name(forms)  # 陈洁 printed as "Chen Jie": romanised in the order the roster writes her name
    if latin is not None and not _TRANSLITERATED.search(forms[0]):
        return len(latin.split()) == 2
    words = forms[0].split()
    if len(words) != 2:
        return False
    aliases = {" ".join(a.split()) for a in forms[1:]}
    if words[1] in aliases and fold(words[0]) in _HUNGARIAN_FAMILY:
        return True  # ("Vörös Kinga", aliases "Kinga" and "Vörös": Hungarian, family name first all the same)
    return (
        words[1] in aliases
        and words[0] not in aliases
        and (
            f"{words[1]} {words[0]}" in aliases
            or any(_EAST_ASIAN.search(a) and not _TRANSLITERATED.search(a) for a in aliases)
        )
    )


# Hungary's commonest family names, never given names: a roster name opening on one, its last word listed alone, is
# written family name first ("Kovács Eszter", alias "Eszter": named again "Kovács", never "Eszter")
_HUNGARIAN_FAMILY = wordset(
    """
    kovacs szabo toth nagy horvath varga kiss molnar nemeth farkas balogh papp takacs juhasz lakatos meszaros olah
    racz fekete szilagyi torok feher balazs szucs kocsis fodor szalai sipos lukacs gulyas biro kiraly katona boros
    fazekas kelemen orosz somogyi fulop veres vincze hegedus deak illes vass szoke fabian voros lengyel bognar
    bodnar hajdu halasz szekely kozma gaspar pasztor bakos dudas hegyi virag barta kun
    """
)


_TITLED = re.compile(
    r"^[^,]+, ((?:Grand )?(?:Duke|Duchess|Earl|Countess|Count|Baron|Baroness|Marquess|Marchioness|Viscount|"
    r"Viscountess|Prince|Princess|King|Queen|Lord|Lady|Archduke|Archduchess)) of \S.*$"
)
# "Ji-woo", "Seo-yeon", "Bí-thô", "Bûn-hiông": a romanised Korean or Taiwanese given name, syllables in lower case
_KOREAN_GIVEN = re.compile(r"(?=[A-ZÀ-Þ])[^\W\d_][^\W\d_A-ZÀ-Þ]*-[^\W\d_A-ZÀ-Þ]+")
_EAST_ASIAN = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7a3]")
_TRANSLITERATED = re.compile("[·・‧]")  # the middle dot of a foreign name written in CJK script
# a generational suffix after a name, folded ("Jr.", "III"; French "père"/"fils", Portuguese "Filho"/"Neto",
# Spanish "hijo"): the name's, never its family name ("Gaston Lemaire, fils" → "Lemaire")
GENERATIONAL = frozenset(
    {"jr", "sr", "snr", "jnr", "ii", "iii", "iv", "pere", "fils", "filho", "neto", "hijo", "junior"}
    | {"st", "ml"}  # Czech and Slovak: "Ľudovít Baláž, st." (starší, the elder), "…, ml." (mladší, the younger)
)


STOPPED_SUFFIXES = "Sr|Jr|Snr|Jnr"  # the generational suffixes English writes with a stop ("Jr.", "Snr.")


def generational(text: str) -> bool:
    """Whether `text` opens with a generational suffix ("Sr. and put …", "fils walked"): the end of a name."""
    word = text.split(" ", 1)[0].rstrip(",.;:!?")
    if word.endswith(("'s", "’s")):
        word = word[:-2].rstrip(".")  # ("Sr.'s mouthpiece": his)
    return fold(word) in GENERATIONAL


def post_nominal(word: str) -> bool:
    """Whether a word after a name's comma is an honour or a degree written in capitals ("OBE", "KC", "NSND",
    "NSƯT", "PhD") or with its stops ("M.Sn."), not part of the name (a generational suffix, "III", is the name's
    own: `generational`)."""
    letters = word.replace(".", "")
    if fold(letters) in GENERATIONAL:
        return False
    if word.count(".") >= 2 and 2 <= len(letters) <= 6 and letters.isalpha() and letters[:1].isupper():
        return True  # a degree abbreviated with its stops: "M.Sn.", "S.Kom.", "Ph.D.", "B.Sc."
    return letters in ("PhD", "DPhil") or (2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper())


def latin_name(forms: tuple[str, ...]) -> str | None:
    """The name an English article prints for a roster entry (canonical name first, then its aliases) written in
    CJK script or Hangul: its first alias in Latin letters ("Chen Jie" for 陈洁, "Kim Yuna" for 김연아), else None
    (a name in Latin letters is printed as the roster spells it; one with no Latin alias is what there is)."""
    if not forms or not _EAST_ASIAN.search(forms[0]) or any("a" <= c.casefold() <= "z" for c in forms[0]):
        return None
    for alias in forms[1:]:
        if not _EAST_ASIAN.search(alias) and any("a" <= c.casefold() <= "z" for c in alias):
            return " ".join(alias.split())
    return None


# the honour after a name's comma that makes its holder "Dame" or "Sir" before it (a knighthood or a damehood)
_DAMEHOOD = {"DBE": "Dame", "DCMG": "Dame", "DCVO": "Dame", "KBE": "Sir", "KCMG": "Sir", "KCVO": "Sir", "KCB": "Sir"}


def titled(name: str, forms: tuple[str, ...] = ()) -> str:
    """A roster name as the article first names its person: with the "Dame" or "Sir" its honour after the comma
    gives ("Eirlys Bowen, DBE" → "Dame Eirlys Bowen") or one of its aliases puts before a word of it ("Dame Eirlys"),
    without its post-nominals (`without_post_nominals`); unchanged when it already opens on a title."""
    plain = without_post_nominals(name)
    words = plain.split()
    if not words or words[0].casefold() in FORMAL_TITLES or len(words) < 2:
        return plain
    honours = [w.replace(".", "") for w in name.split(", ")[1:]]
    title = next((_DAMEHOOD[h] for h in honours if h in _DAMEHOOD), None)
    for form in forms if title is None else ():
        first, *rest = form.split()
        if (first in ("Dame", "Sir") or first.lower() in _ELDERS) and rest and all(w in words for w in rest):
            title = first
            break
    return plain if title is None else f"{title} {plain}"


def without_post_nominals(name: str) -> str:
    """A roster name as the article prints it: without the honours and degrees after its commas ("Đào Thị Mai
    Lan, NSND" → "Đào Thị Mai Lan", "Dame Ilse Varga, DBE" → "Dame Ilse Varga"); a name of one word before its
    comma ("Tyler, The Creator") and every other name unchanged."""
    head, *rest = name.split(", ")
    while rest and post_nominal(rest[-1]) and len(head.split()) >= 2:
        rest.pop()
    return ", ".join([head, *rest])


# the articles of the languages a night's names come in ("the Risers", "la ministre", "Die Zwetschken", "Los Lobos")
ARTICLES_ANY = frozenset(
    {"the", "a", "an", "la", "le", "les", "l", "el", "els", "los", "las", "il", "lo", "o", "os", "der", "die", "das"}
    | {"het"}
)
# an article opening a name: a group's (a band, a choir, a troupe), which has no family name ("Het Gents Kinderkoor");
# Dutch's "de" too, never "a", "o", "lo" or "le", which also open names of people ("Le Pen", "Lo Wing")
_GROUP_ARTICLES = (ARTICLES_ANY - {"a", "an", "l", "o", "os", "lo", "le"}) | {"de"}
# lower-case words that belong to the family name after them: "de la Cruz", "van Dam"
_PARTICLES = frozenset({"de", "da", "das", "do", "dos", "di", "del", "della", "der", "den", "du", "la", "le"})
_PARTICLES |= {"van", "von", "ter", "ten", "'t", "’t", "ibn", "al", "el"}
# a speaker typed as someone's relative ("Ishida's grandmother", "Noor Haddad's mother")
_SOMEONES_ROLE = re.compile(r"^[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*['’]s [a-z][a-z-]*(?: [a-z][a-z-]*)?$")


def typed_as_role(name: str) -> bool:
    """Whether a speaker's name as the night has it is a role typed in `quote_by`, nobody's name: in lower case
    ("security guard", "bodyguard", never a surname opening on its particle, "de Villiers") or someone's relative
    ("Ishida's grandmother"). A headline title-cases it and never makes it a person it names (`naming`,
    `item_headline`); a line's attribution gives it an article (`speakers`)."""
    words = name.split()
    if not words:
        return False
    if name[:1].islower():
        return not (words[0] in _PARTICLES and len(words) > 1)
    return _SOMEONES_ROLE.match(name) is not None


# particles written with a capital that belong to the family name after them (never a given name of their own)
_CAPITAL_PARTICLES = frozenset(
    {"Dela", "De", "Del", "Della", "Delos", "Van", "Von", "Da", "Di", "Dos", "Das", "Du", "Le", "La"}
    | {"Abou", "Abu", "Al", "El", "Bin", "Ibn", "Ben"}
    | {"Ní", "Nic", "Mac", "Mhic", "Ó", "Ua", "Uí", "Giolla", "Ap"}  # Irish and Welsh: "Ní Bhriain", "Mac Giolla Rua"
)
# titles a name keeps when named again ("Dame Orr", "Sir Ambrose": `title_of`), then the ones it drops ("Dr")
# the formal ones, written with a capital before a surname ("Dr Marsh", "Sir Ambrose": `FORMAL_TITLES`)
_KEPT_FORMAL = frozenset({"sir", "dame", "lord", "lady"})
# an elder's title of respect the roster gives as an alias ("Aunty June"): kept, as the night says it
_ELDERS = frozenset({"aunty", "auntie", "uncle"})
# the titles of what someone is, not who ("Dr Byrne" is a doctor, never the roster's Orla Byrne)
PROFESSIONS = frozenset({"dr", "prof", "professor"})
_DROPPED_FORMAL = PROFESSIONS | {"mr", "mrs", "ms", "miss"}
FORMAL_TITLES = _KEPT_FORMAL | _DROPPED_FORMAL
_KEPT_TITLES = _KEPT_FORMAL | {"pa", "mama", "sister", "doña"} | _ELDERS

_HONORIFICS = _KEPT_TITLES | _DROPPED_FORMAL
_SPANISH_FIRST_SURNAME = re.compile(r"^[A-ZÁÉÍÓÚÑ]\w*(?:ez|éz)$|^Garc[ií]a$")


PROFESSION_PATTERN = "|".join(sorted((t.capitalize() for t in PROFESSIONS), key=len, reverse=True))


def unpossessive(word: str) -> str:
    """A word without its possessive ending, in either apostrophe ("Quill's" -> "Quill")."""
    return word.removesuffix("'s").removesuffix("’s")


def is_elder_title(word: str) -> bool:
    """Whether a word is an elder's title of respect ("Aunty", "Uncle"), which a roster alias may give a name."""
    return word.lower() in _ELDERS


def kept_title(word: str) -> bool:
    """Whether a word is a title the article keeps with a name ("Dame", "Sir": `title_of`)."""
    return word.lower().rstrip(".") in _KEPT_TITLES


def honorific(word: str) -> bool:
    """Whether a word is a title before a name, kept or dropped ("Sir", "Dr.", "Prof.")."""
    return word.lower().rstrip(".") in _HONORIFICS


def title_of(name: str) -> str | None:
    """The title a name opens with that the article keeps when it names the person again ("Dame" for "Dame Edna
    Orr", "Sir", "Pa", "Mama", "Sister", "Doña", "Lord", "Lady"), when a given and a family name follow it; None
    otherwise ("Sister Static" is a stage name, "Dr" is dropped)."""
    words = name.split()
    if len(words) < 3 or not kept_title(words[0]):
        return None
    return words[0] if name_parts(name) is not None else None


SPELLING = 60  # (rapidfuzz's ratio, 0–100) a word this close to the name's word at its place is a spelling of it


def spelt_otherwise(words: Sequence[str], parts: Sequence[str]) -> bool:
    """Whether an alias (its words, `parts`) is a name (its folded words, `words`) in another alphabet's spelling,
    word for word ("Shahla Mammadova", "Sehla Memmedova" for Şəhla Məmmədova: round 44's Baku), never another name
    of theirs (a legal name beside a stage name, a handle)."""
    return len(parts) == len(words) and all(
        abs(len(w) - len(fold(p))) <= _SPELT_LONGER and fuzz.ratio(w, fold(p)) >= SPELLING
        for w, p in zip(words, parts, strict=True)
    )  # (never a short form: "Will" for Wilhelm is what people call him)


_SPELT_LONGER = 2  # letters a word spelt in other letters may gain or lose ("Şəhla" → "Shahla")
