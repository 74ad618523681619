"""The lead moment's act kept when the prose gate would leave only its coda.

A correspondent who writes in two languages tells the act in a sentence the prose gate leaves out (part of it in
another language: `prose.mixed_language`): "Lo hizo. Bruno Pizarro se afeitó la barba outside dressing room 3, at 22:00
on the dot. Ana Leiva held the razor. Then he stared at the mirror for ages." kept only its last two sentences, so a
pinned moment's body was "Then he stared at the mirror for ages." (round 16's before review). When what the gate keeps
of the lead moment's text never names its lead person and the text does, the first sentence that names them is told
too, as it was typed, when it was left out for being partly in another language: the reader gets the act in the
reporter's words rather than only what came after it."""

from __future__ import annotations

import re

from .clauses import sentences
from .prose import mixed_language
from .textutil import fold

_QUOTED = re.compile(r"“[^“”]*”")
MIN_WORDS = 4  # a sentence this short naming the lead ("Bruno did it.") is no act worth restoring


def _names(sentence: str, lead: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(fold(lead))}(?!\w)", fold(sentence)) is not None


def with_lead_named(text: str, kept: str, lead: str | None) -> str:
    """`kept` (what the prose gate kept of `text`) with the first sentence of `text` naming `lead` put first, when
    `kept` names them nowhere; `kept` as it is otherwise (and when nothing was kept: the caller decides then)."""
    unquoted = _QUOTED.sub("“”", kept)
    if not lead or not kept or any(_names(s, lead) for s in sentences(unquoted) if "“”" not in s):
        return kept  # (a quote's "“…,” Pizarro said." tells who spoke, not what he did)
    for sentence in sentences(text):
        plain = sentence.strip()
        if not _names(plain, lead) or len(plain.split()) < MIN_WORDS or any(q in plain for q in '“”"'):
            continue  # (a quote's sentence, its "… said.": never the act)
        if not mixed_language(_QUOTED.sub("", plain)):
            return kept  # (left out for what it is, a note or a fragment, not for its language)
        if plain.rstrip(' ”"').endswith("?") or plain.upper() == plain or not plain[:1].isupper():
            return kept  # (a question, capitals, a fragment: the gate was right)
        return f"{plain} {kept}"
    return kept
