"""A correspondent's numbered list told as one sentence.

Chatty reporters number what someone did: "Mo Tarr in the 10 min after he won, in order: 1) called his mum, cried
2) signed a programme 3) walked out in his socks. he'd …". The numbers are the reporter's, never the article's: the
list is one subject's acts, told as one sentence ("In the 10 min after he won, Mo Tarr called his mum, cried, signed
a programme, and walked out in his socks."), so the body reads it as prose and the headline's list-of-acts rule
(`options`) sees every act with its subject, the last one being the point. Only markers a reader would take for a
list count: "1)" or "(1)", numbered from 1 in order, at least two of them; "in order" and the colon before the list
are the reporter's and go. What the list opens with decides its shape: a run of capitalised names, then a phrase
saying when ("in …", "after …", "during …"), is the subject, the phrase put before it (read first, it is never taken
for the subject's own clause); a run of names alone is the subject; anything else keeps its colon. Pure and cheap:
a text with no ")" is returned untouched.
"""

from __future__ import annotations

import re
from itertools import pairwise

# "1)" or "(1)" opening the text or after a space or a colon
_MARKER = re.compile(r"(?:(?<=^)|(?<=[\s:]))\(?(\d{1,2})\)\s+")
# the list's last act ends at its sentence's full stop (a new sentence follows) or the text's end
_LAST_END = re.compile(r"[.!?](?=\s|$)")
_IN_ORDER = re.compile(r"(?:,?\s*\bin\s+(?:this\s+)?order\b)?\s*[:,-]?\s*$", re.IGNORECASE)
_WHEN = re.compile(
    r"^(?P<name>(?:[A-ZÀ-ÖØ-Þ\u0100-\u024f][\w'’.-]*\s+){0,3}[A-ZÀ-ÖØ-Þ\u0100-\u024f][\w'’.-]*)\s+"
    r"(?P<when>(?:in|after|during|within|before|over|since|from)\s.+)$"
)
_NAMES = re.compile(r"^(?:[A-ZÀ-ÖØ-Þ\u0100-\u024f][\w'’.-]*\s*){1,4}$")


def enumerated(text: str) -> str:
    """`text` with a numbered list ("1) … 2) … 3) …") told as one sentence of its subject's acts; any other text
    as it is."""
    if ")" not in text:
        return text
    markers = _run(list(_MARKER.finditer(text)))
    if len(markers) < 2:
        return text
    acts = [text[m.end() : n.start()] for m, n in pairwise(markers)]
    tail = text[markers[-1].end() :]
    end = _LAST_END.search(tail)
    last, after = (tail[: end.start()], tail[end.end() :]) if end else (tail, "")
    acts = [_act(a) for a in (*acts, last)]
    if not all(acts):
        return text
    told = ", ".join(acts[:-1]) + (", and " if len(acts) > 2 else " and ") + acts[-1]
    head = _IN_ORDER.sub("", text[: markers[0].start()]).strip()
    sentence = f"{_subject(head)}{told}."
    return f"{sentence} {after.strip()}".strip() if after.strip() else sentence


def _run(markers: list[re.Match[str]]) -> list[re.Match[str]]:
    """The markers numbered 1, 2, 3 … in order from the first "1)" (a stray "(2)" elsewhere ends nothing)."""
    run: list[re.Match[str]] = []
    for m in markers:
        if int(m.group(1)) == len(run) + 1:
            run.append(m)
    return run


def _act(text: str) -> str:
    return text.strip().rstrip(",;").strip()


def _subject(head: str) -> str:
    """What the list's sentence opens with: "In the 10 min after he won, Mo Tarr " / "Mo Tarr " / "head: "."""
    if not head:
        return ""
    m = _WHEN.match(head)
    if m is not None:
        when = m.group("when").rstrip(",")
        return f"{when[:1].upper()}{when[1:]}, {m.group('name')} "
    if _NAMES.match(head):
        return f"{head} "
    return f"{head}: "
