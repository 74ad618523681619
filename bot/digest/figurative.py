"""A headline that keeps the sense a report gave its clause: "broke a leg — figuratively — in the best performance
of the night" is never the injury "Breaks a Leg", but "Breaks a Leg, Figuratively" (issue 11 §4: a headline is
true). A clause the report marks as a figure of speech keeps the mark when the headline ends inside it."""

from __future__ import annotations

import re

from .cutting import bare

# the words a correspondent marks a figure of speech with, as an aside or an adverb
_MARK = re.compile(
    r"(?:^|[\s,(—–-])(figuratively|metaphorically|not literally|so to speak|in a manner of speaking)(?=$|[\s,)—–.!?-])",
    re.IGNORECASE,
)
_ENDS = re.compile(r"[.!?;]\s")


def figurative_kept(headline: str, text: str) -> str:
    """`headline` with the report's mark of a figure of speech after it ("…, Figuratively") when it ends on a word
    the marked clause says before its mark; as it is when the report marks nothing or the headline says the mark."""
    if not headline or not _MARK.search(text) or _MARK.search(headline):
        return headline
    words = headline.split()
    last = bare(words[-1]).lower() if words else ""
    for m in _MARK.finditer(text):
        start = max((e.end() for e in _ENDS.finditer(text, 0, m.start())), default=0)
        before = [bare(w).lower() for w in text[start : m.start()].split()]
        if last and last in before[-4:]:  # (the figure ends just before its mark: "broke a leg — figuratively")
            return f"{headline.rstrip(',;:')}, {m.group(1)}"
    return headline
