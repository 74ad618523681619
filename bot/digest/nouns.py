"""A word the past tense would change read as the noun it is: "proposed with a soda can ring pull" keeps its can
(`copyedit`'s past tense turns the modal "can" into "could", never the noun), and "face to face" its face (`polish`
puts a note's present verb in the past, never a noun said twice around a preposition)."""

from __future__ import annotations

import re

from .lexicon import ROLE_NOUNS
from .textutil import wordset

# words after which "can" is the modal: who can (a pronoun), or how ("still can", "only can", "so you can")
_CAN_SUBJECTS = wordset(
    "i you he she it we they who that which this these those there one everyone everybody someone somebody nobody "
    "anyone anybody nothing something all both still only just really also even never so barely hardly now"
)
# who can do something: a group, or a person by their role ("nobody from the company can collect")
_WHO_CAN = wordset(
    "company crew band team audience crowd room hall house staff cast orchestra choir family committee jury panel "
    "group duo trio quartet label club world nation country city " + ROLE_NOUNS.replace("|", " ")
)
_OPENS_NOUN_PHRASE = wordset("a an the his her their its my our your this that one whole every no some")


def in_noun_phrase(text: str, start: int) -> bool:
    """Whether the word at `start` ends a noun phrase opened by a determiner or a possessive within the three
    words before it, the word just before it a lower-case noun or adjective ("proposed with a soda can", "kicked an
    empty paint can", "a fan's tin can phone"): a can, not the modal; never after a group, a person by their role
    or a plural ("nobody from the company can collect", "the guests can hear"): who can."""
    before = text[max(0, start - 60) : start].replace("’", "'").split()[-4:]
    if not before or not before[-1].isalpha() or not before[-1].islower() or before[-1] in _CAN_SUBJECTS:
        return False
    if before[-1] in _WHO_CAN or (before[-1].endswith("s") and not before[-1].endswith("ss")):
        return False  # a group, a person or people: the modal ("the company can collect", "the guests can hear")
    return any(w.lower() in _OPENS_NOUN_PHRASE or w.endswith("'s") for w in before[:-1])


_AGAIN = re.compile(r" (?:to|by|in|on|for|after|upon) ([\w'’-]+)")


def doubled(text: str, end: int, word: str) -> bool:
    """Whether `word`, ending at `end`, is said again right after a preposition: "face to face", "side by side",
    "arm in arm", "back to back" (a noun twice: a manner, never a verb to put in the past)."""
    m = _AGAIN.match(text, end)
    return m is not None and m.group(1).lower() == word.lower()
