"""Two of a note's shorthands that the prose gate (`prose.reads_as_prose`) would leave out, with what followed
leaning on them, written as the sentences they stand for (round 41: Yerevan's bar note "BAR: Will H. + G. Mirzoyan,
2nd time tonight. He poured apricot brandy, 2 glasses. She took it." lost its first two sentences, and the item
opened on "She took it"):

- A pair typed with "+" or "&" (or "and", as the names were written out) and no verb, then when or where: "Vilen
  Hakobyan + Gayane Mirzoyan, second time tonight at the bar." → "Vilen Hakobyan and Gayane Mirzoyan met at the bar
  for the second time tonight." (a second time together is a meeting again; a first, or none counted, "were
  together", as the note's "+" says; never what they did there, which the note does not say; a note's label before
  it kept: "Bar: …"). Only when every
  capitalised word of the pair is a word of a person of the item's (`names`): "Fish + Chips, at the bar." stays a
  note.
- A drink or a dish and its count after a comma: "He poured apricot brandy, 2 glasses." → "He poured two glasses
  of apricot brandy." (the count as a word up to twelve, the vessel's noun as typed).

Read by `copying._told_text` after a note's place was put to its first sentence (`beats._placed`)."""

from __future__ import annotations

import re

from .clauses import sentences
from .lexicon import NUMBER_WORDS, ORDINAL_WORDS
from .textutil import fold

_NAME = r"[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,2}"
# "A + B, second time tonight at the bar." (the sentence whole; its when after a comma, its where after a
# preposition, either or both)
_PAIR = re.compile(
    rf"^(?P<label>[A-Z][A-Za-z]*(?:\s[a-z]+)?:\s)?(?P<a>{_NAME})\s(?:\+|&|and)\s(?P<b>{_NAME})"
    r"(?P<when>,\s(?:the\s)?(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth)\stime(?:\stonight)?)?"
    r"(?P<where>\s(?:at|in|on|by|near|outside|behind)\s(?:the\s)?[a-z][\w'’ -]{1,30}?)?\.$"
)

_VESSELS = (
    "glasses|glass|shots|shot|cups|cup|bottles|bottle|pints|pint|plates|plate|bowls|bowl|slices|slice|mugs|mug|"
    "flutes|flute|cans|can|boxes|box|rounds|round"
)
_CARDINALS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"]
_DIGITS = {NUMBER_WORDS[w]: w for w in _CARDINALS}  # "2" → "two"
# "poured apricot brandy, 2 glasses." (a verb of serving or having, what, a comma, the count and its vessel)
_COUNTED = re.compile(
    r"\b(?P<verb>poured|ordered|bought|drank|downed|brought|carried|fetched|served|handed out|shared)\s"
    r"(?P<what>(?!(?:a|an|the|his|her|their|some)\s)[a-z][a-z'’ -]{2,30}?),\s"
    rf"(?P<n>\d{{1,2}}|{'|'.join(_CARDINALS)})\s"
    rf"(?P<vessel>{_VESSELS})(?=[.;!]|$)"
)


def _pair(sentence: str, names: frozenset[str]) -> str:
    m = _PAIR.match(sentence.strip())
    if m is None or not (m["when"] or m["where"]):
        return sentence
    named = f"{m['a']} {m['b']}".replace(".", " ").split()
    if not all(fold(w) in names for w in named if w[:1].isupper() and len(w) > 1):
        return sentence  # (someone, or something, the item's people are not)
    pair, where, when = f"{m['label'] or ''}{m['a']} and {m['b']}", m["where"] or "", m["when"] or ""
    if not when:
        return f"{pair} were together{where}."
    count = when.split()[-3] if when.endswith("tonight") else when.split()[-2]
    count = ORDINAL_WORDS.get(count[:-2], count) if count[:1].isdigit() else count  # ("2nd": second)
    tonight = " tonight" if when.endswith("tonight") else ""
    if count == "first":
        return f"{pair} were together{where} for the first time{tonight}."
    return f"{pair} met{where} for the {count} time{tonight}."


def _counted(m: re.Match[str]) -> str:
    n = _DIGITS.get(m["n"], m["n"])
    return f"{m['verb']} {n} {m['vessel']} of {m['what']}"


def pairs_told(text: str, names: frozenset[str]) -> str:
    """`text` with the note shorthands above written as sentences (see the module); as it is otherwise."""
    if "+" in text or "&" in text or " and " in text:
        said = sentences(text)
        told = [_pair(s, names) if ("+" in s or "&" in s or " and " in s) else s for s in said]
        if told != said:
            text = " ".join(told)
    return _COUNTED.sub(_counted, text) if "," in text else text
