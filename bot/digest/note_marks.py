"""Whether copy about to be told as a sentence still carries a note's marks, whatever its words: a label before a
colon with no verb ("the green room Corridor B: Benitez and Sandoval pass — …"), or a person's name typed in lower
case ("Grace and frederique nearly walked into each other"). Such copy is a correspondent's note, not prose: a setup
(`beats._began`) made of it is not told (the moment it leads to is, with its full report's words)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from bot.tagging import is_everyday_word

from .lexicon import STOPWORDS
from .prose import has_finite_verb
from .textutil import fold

_QUOTES = re.compile(r"“[^”]*”|\"[^\"]*\"")
_HEAD = re.compile(r"^([^:“”\"]{2,60}?):\s+\S")
_DASHED = re.compile(r"\s[—–-]\s")  # fragments chained by dashes: "pass — offers hand, walks past"
_HEAD_WORDS = 6  # a label is this many words at most
_NAME_MIN = 4  # a lower-case word shorter than this is never read as a name ("may", "ray")


def note_marked(text: str, name_words: frozenset[str], proper: frozenset[str] | None = None) -> bool:
    """Whether `text` (one sentence or a few) reads as a note: a head of a few words with no finite verb before a
    colon, then fragments chained by dashes ("the green room Corridor B: Benitez and Sandoval pass — Benitez offers
    hand, …"), or a name of `name_words` (folded) written in lower case outside quotes ("grace and frederique");
    with `proper`, only a word of the people's own names counts so (an alias, "the jasmine boy", is also a word:
    "the entire tray of jasmine necklaces")."""
    said = _QUOTES.sub(" ", text).strip()
    head = _HEAD.match(said)
    if head is not None:
        words = head.group(1).split()
        rest = said[head.end() - 1 :]
        if len(words) <= _HEAD_WORDS and not has_finite_verb(head.group(1), name_words) and _DASHED.search(rest):
            return True  # (a label and a full sentence is a report with its place: the label is dropped elsewhere)
    return any(
        w.isalpha()
        and w.islower()
        and len(w) >= _NAME_MIN
        and w not in STOPWORDS
        and fold(w) in (name_words if proper is None else proper)
        and not is_everyday_word(w.capitalize())  # ("in the actual rain": the weather, whatever Rain is called)
        for w in re.findall(r"[^\W\d_]+", said)
    )


def own_names(people: Iterable[str], display: Mapping[str, str]) -> frozenset[str]:
    """The folded words of the story's people's own names, as the roster writes them ("frederique", "belanger"), never
    their aliases nor anyone else's."""
    return frozenset(fold(w) for key in people if key in display for w in re.findall(r"[^\W\d_]+", display[key]))
