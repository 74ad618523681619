"""A body never opens on a pronoun nobody was named for: "He didn't know the words, so her choir kids taught him line
by line. Behind the dressing rooms, Yaw apologised to Mercy …" opens on the sentence that names them, the one whose
"he" and "her" have no antecedent told after it ("Behind the dressing rooms, Yaw apologised to Mercy … He didn't know
the words, …"). Only the opening paragraph's sentences are moved, each kept as written; a paragraph whose sentences
name nobody is left as it is."""

from __future__ import annotations

import re

from .clauses import sentences
from .lexicon import DID_IT, STOPWORDS
from .naming import Names
from .quoted import Hidden
from .textutil import fold

_QUOTE = re.compile(r"“[^”]*”|\"[^\"]*\"")
_PRONOUN_OPENING = re.compile(r"^(?:He|She|They|His|Her|Their|Him|Them)\b(?![-'’])")
# ... after a fronted phrase that names nobody ("After the speech, she sat …"): its pronoun named in place, the
# sentence never moved after the next (which may go on from it: "Tamsin Okoye then handed them …")
_FRONTED_PRONOUN = re.compile(r"^[A-Z][a-z]+(?: [a-z]+){0,4}, (?:he|she)\b(?![-'’])")


def opened_on_names(paragraphs: list[str], names: Names) -> list[str]:
    """A body's paragraphs with the first one opening on the sentence that names its people (`named_first`), else
    with the pronouns it opens on named (`pronouns_named`: "she", when one person of the story is "she")."""
    at = next((k for k, p in enumerate(paragraphs) if p), None)
    if at is None:
        return paragraphs
    by_pronoun: dict[str, list[str]] = {}
    for key, pronoun in names.pronouns.items():
        by_pronoun.setdefault(pronoun, []).append(names.display[key])
    only_one = {pronoun: who[0] for pronoun, who in by_pronoun.items() if len(who) == 1}
    if _FRONTED_PRONOUN.match(paragraphs[at]):
        return [
            *paragraphs[:at],
            pronouns_named(paragraphs[at], only_one, STOPWORDS, fronted=True),
            *paragraphs[at + 1 :],
        ]
    opening = pronouns_named(named_first(paragraphs[at], names.words()), only_one, STOPWORDS)
    return [*paragraphs[:at], opening, *paragraphs[at + 1 :]]


def named_first(paragraph: str, name_words: frozenset[str]) -> str:
    """`paragraph` with an opening sentence that leans on a pronoun moved after the first sentence naming someone
    (`name_words`: folded words of the story's people's names), and whatever sentences led to that one with it."""
    said = _sentences_of(paragraph)
    if len(said) < 2 or _PRONOUN_OPENING.match(said[0]) is None or _names(said[0], name_words):
        return paragraph
    naming = next((k for k, s in enumerate(said) if k and _names(s, name_words)), None)
    if naming is None or any(_PRONOUN_OPENING.match(s) is None for s in said[:naming]):
        return paragraph  # (a sentence between them names nobody nor leans on them: the order is the reporter's)
    if naming == 1 and DID_IT.match(said[0]) is not None:
        return " ".join(said[1:])  # "He did it.": what it points back at comes after the news now (`_began`), and
        # before a line too ("He did it. “Here goes,” Caspian Holt said, and sat …", breaker 61)
    if said[naming].startswith(("“", '"')) or _PRONOUN_OPENING.match(said[naming]):
        return paragraph
    moved = [said[naming], *said[:naming], *said[naming + 1 :]]
    return " ".join(moved)


def _sentences_of(paragraph: str) -> list[str]:
    """A paragraph's sentences, a quotation of several sentences one piece with its own ("…, when Saga Wästberg said:
    “These shoes are a war crime. I will do the final link barefoot.”": never a sentence moved into the quote)."""
    hidden = Hidden(single=False)
    return [hidden.show(s) for s in sentences(hidden.hide(paragraph))]


def _names(sentence: str, name_words: frozenset[str]) -> bool:
    """Whether a sentence names one of the people outside its quotes (a name in capitals, possessive or not)."""
    outside = _QUOTE.sub(" ", sentence)
    words = re.findall(r"[^\W\d_][\w'’-]*", outside)
    return any(w[:1].isupper() and fold(re.sub(r"['’]s$", "", w)) in name_words for w in words)


_POSSESSIVE_OF = {"he": "his", "she": "her"}


def pronouns_named(
    paragraph: str, people: dict[str, str], skip: frozenset[str] = frozenset(), fronted: bool = False
) -> str:
    """`paragraph` whose opening sentence leans on pronouns nobody was named for, each told by the name of the one
    person of the story it can stand for (`people`: "he" or "she" → that person's name, only when one person of the
    story has it): "He didn't know the tune, so her youth choir taught him …" → "Tomas Okafor-Reyes didn't know the
    tune, so Greta Lindqvist's youth choir taught him …". The first of each person's pronouns is named; another
    pronoun (nobody's, or "they") leaves the sentence as it was."""
    said = _sentences_of(paragraph)
    opening = _FRONTED_PRONOUN if fronted else _PRONOUN_OPENING  # (`fronted`: "After the speech, she …")
    if not said or opening.match(said[0]) is None or '"' in said[0] or "“" in said[0]:
        return paragraph
    first = said[0]
    named: set[str] = set()

    def name(m: re.Match[str]) -> str:
        word = m.group(0)
        low = word.lower()
        pronoun = next((p for p, own in _POSSESSIVE_OF.items() if low in (p, own, "him" if p == "he" else "")), None)
        if pronoun is None or pronoun in named or pronoun not in people:
            return word
        named.add(pronoun)
        who = people[pronoun]
        after = first[m.end() :].lstrip()
        nxt = re.match(r"[\w'’-]+", after)
        owns = low == "his" or (
            low == "her" and nxt is not None and nxt.group(0).islower() and nxt.group(0) not in skip
        )
        if low in ("him",) or (low == "her" and not owns):
            return who
        return f"{who}'s" if owns else who

    if any(w.lower() in ("they", "their", "them") for w in re.findall(r"[A-Za-z]+", first)):
        return paragraph
    if any(p not in people for p in _pronouns_in(first)):
        return paragraph
    said[0] = re.sub(r"\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Hh]im)\b(?![-'’])", name, first)
    return " ".join(said)


def _pronouns_in(sentence: str) -> set[str]:
    found = set()
    for w in re.findall(r"[A-Za-z]+", sentence):
        low = w.lower()
        if low in ("he", "his", "him"):
            found.add("he")
        elif low in ("she", "her"):
            found.add("she")
    return found
