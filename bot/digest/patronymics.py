"""A name whose second part is a patronymic, not a family name: the press names its bearer again by the given name.

An Ethiopian or Eritrean name is a given name and the father's given name ("Mahlet Girma": "Mahlet said"; "Girma
said" reads as another person, a man, and on a night whose roster has a Girma, as him); an Icelandic one a given name
and the father's name with -dóttir or -son ("Sunna Vigfúsdóttir", "Hrafn Ingólfsson": "Sunna said", "Hrafn said").
No word list tells such a name, but the night does: its "family name" is what someone else on the roster is called
alone, their given name or a one-word alias (`called_by`); or it carries the Icelandic suffix (`_icelandic`, a
closed class: "-dóttir", and "-son" in a name with an Icelandic letter, never the Swedish "Andersson", the English
"Robinson"). Such a person is named again by their given name, or in full where someone else on the roster goes by
that given name too (`named_again`, read by `roles.note_roles` into `NameBook.again`)."""

from __future__ import annotations

import re
from collections.abc import Mapping

from .textutil import WORD, family_first_by_roster, fold, name_parts

# an Icelandic patronymic (or matronymic): "-dóttir" ("Vigfúsdóttir", typed "Vigfusdottir"), or "-son" where the name
# has a letter of Icelandic that Swedish and English names do not ("Ingólfsson", "Másson", "Jón Lindsson"; never
# "Björn Andersson", "Ana Robinson")
_DOTTIR = re.compile(r"d[oó]ttir$", re.I)
_ICELANDIC_LETTER = re.compile("[ðþæáíóúýÐÞÆÁÍÓÚÝ]")


def _icelandic(given: str, family: str) -> bool:
    """Whether `family` is an Icelandic patronymic (see `_DOTTIR`): a family name of "-dóttir", or of "-son" in a name
    with an Icelandic letter (in the family name itself, or in the given name before a "-sson")."""
    if _DOTTIR.search(family):
        return True
    if not family.endswith("son"):
        return False
    return bool(_ICELANDIC_LETTER.search(family) or (family.endswith("sson") and _ICELANDIC_LETTER.search(given)))


def called_by(roster: Mapping[str, tuple[str, ...]]) -> dict[str, frozenset[str]]:
    """Whom each folded word calls alone on the roster (`roster`: every person's names, canonical first, by key):
    the first word of each person's given name, and each one-word alias that is not their own family name."""
    called: dict[str, set[str]] = {}
    for key, (canonical, *aliases) in roster.items():
        parts = name_parts(" ".join(canonical.split()), family_first_by_roster(roster[key]))
        family = fold(parts[1]) if parts else ""
        # (the whole first word of the given name: "Han-gyeol" is never called "Han", the family name of Han Woo-jin)
        first = fold(parts[0]).split()[:1] if parts else []
        if first and WORD.fullmatch(first[0]):
            called.setdefault(first[0], set()).add(key)
        for alias in aliases:
            words = WORD.findall(fold(alias))
            if len(words) == 1 and words[0] != family:
                called.setdefault(words[0], set()).add(key)
    return {word: frozenset(keys) for word, keys in called.items()}


def named_again(key: str, name: str, given: str, family: str, called: Mapping[str, frozenset[str]]) -> str | None:
    """How `name` (of `key`, split into `given` and `family`) is named again when its family name is a patronymic
    (see the module): by the first word of `given`, or by `name` in full where someone else on the roster is called
    by that word too; None for a family name that is a family name."""
    words = WORD.findall(fold(family))
    if len(words) != 1:  # ("de la Cruz", "Okoro-Blythe": particles and double names are family names)
        return None
    if not (_icelandic(given, family) or called.get(words[0], frozenset()) - {key}):
        return None
    first = given.split()[0]  # ("Steinunn" for Steinunn Ýr Hauksdóttir: the name she is called by)
    word = WORD.findall(fold(first))
    return first if word and not called.get(word[0], frozenset()) - {key} else name
