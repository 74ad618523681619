"""A line in another language told once: the reporter's own English for it ("He said it would go on the mantel
beside his mother's picture.") right before the line it renders (“Va junto a la foto de mi madre,” Vell said.) is
the line's gist, printed with it as its meaning, never as a sentence of its own before it: “Va junto a la foto de
mi madre” (it would go on the mantel beside his mother's picture), Vell said. (An English line's retelling is left
out by `retelling.without_retold_quote`; a line in another language shares no words with its retelling, so the
sentence told is the one just before it, reporting the speaker's speech.) Read by `paragraphs._paragraph`."""

from __future__ import annotations

import re

from .clauses import sentences

_REPORTED = re.compile(
    r"^(?P<who>He|She|They|(?:[A-Z][\w'’-]+ ){0,3}[A-Z][\w'’-]+) (?:said|says|told (?:\w+ ){0,2}?(?=that\b)|"
    r"promised|insisted|explained|joked|added|vowed)(?: that)? (?P<gist>[a-z][^“”\"]*?)[.!]?$"
)
# reported speech has its own subject and a finite verb ("it would go on the mantel", "the trophy was her mother's"):
# "She said yes without taking her headset off, then sent …" is an act, no rendering of a line
_GIST = re.compile(
    r"^(?:it|he|she|they|we|i|you|there|this|that|the|his|her|their|its|[A-Z][\w'’-]+)\b[^,;:]*?"
    r"\b(?:would|was|were|had|could|will|is|are|meant|belonged|goes|went|wanted|needed|never|always)\b"
)
_NOT_GIST = re.compile(r"\b(?:something|nothing|a few words|a line|in (?:spanish|french|german|italian|arabic))\b")


def without_gist(text: str, speaker: str) -> tuple[str, str | None]:
    """`text` without its last sentence when that sentence reports `speaker`'s speech ("Vell said it would …", "He
    said it would …"), and that speech as a gist ("it would …"); `text` and None otherwise."""
    said = sentences(text)
    if not said:
        return text, None
    m = _REPORTED.match(said[-1])
    if m is None or _NOT_GIST.search(m.group("gist").lower()) or len(m.group("gist").split()) < 3:
        return text, None
    if _GIST.match(m.group("gist")) is None or ", then" in m.group("gist") or ", and" in m.group("gist"):
        return text, None  # (an act: "She said yes …, then sent everyone back")
    who = m.group("who")
    if who not in ("He", "She", "They") and who.split()[-1] != speaker.split()[-1]:
        return text, None  # (someone else's speech)
    return " ".join(said[:-1]), m.group("gist")


def with_gist(line: str, gist: str) -> str:
    """`“Q,” X said.` as `“Q” (gist), X said.`: the line with what it means."""
    head, close, rest = line.partition("” ")
    if not close or not head.startswith("“"):
        return line
    mark = head[-1] if head[-1:] in "?!" else ""
    return f"{head.rstrip(',?!')}{mark}” ({gist.rstrip('.')}), {rest}"
