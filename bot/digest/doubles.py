"""A correspondent's double paste told once: a report whose text says one sentence twice or more ("Nell carried
Ada across the car park. Nell carried Ada across the car park.") is copy with the sentence once; so is a text that
is one run of words pasted again with no stop between. Read by `speakers._copy` before any other pass."""

from __future__ import annotations

import re

from .clauses import sentences

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
MIN_WORDS = 4  # a sentence this long, said again word for word, is a paste (a short "Wow. Wow." is the speaker's)


def _key(sentence: str) -> tuple[str, ...]:
    return tuple(w.lower() for w in _WORD.findall(sentence))


def once(text: str) -> str:
    """`text` with a sentence said again word for word (MIN_WORDS words or more, quotes aside: a quote is
    the speaker's) left out, and a run of words pasted twice with no stop between told once."""
    words = text.split()
    for times in (4, 3, 2):  # "A B C A B C": the whole text pasted again (the longest repeat first)
        if len(words) >= times * MIN_WORDS and len(words) % times == 0:
            size = len(words) // times
            parts = [" ".join(words[k * size : (k + 1) * size]) for k in range(times)]
            if len({_key(p) for p in parts}) == 1:
                return parts[0]
    found = sentences(text)
    if len(found) < 2:
        return text
    seen: set[tuple[str, ...]] = set()
    kept: list[str] = []
    for sentence in found:
        key = _key(sentence)
        if len(key) >= MIN_WORDS and "“" not in sentence and '"' not in sentence and key in seen:
            continue
        seen.add(key)
        kept.append(sentence)
    return text if len(kept) == len(found) else " ".join(kept)
