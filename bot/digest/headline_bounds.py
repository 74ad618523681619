"""Where a headline candidate ends: one sentence, one subject (issue 11, point 4: "a subject–verb clause … cut at
a clause boundary").

- A full stop inside a candidate ends it: a note's fragments typed as sentences ("X asleep. Fully asleep, in the
  chair", "X here. Here, by the bar") are never one headline. The sentence that opens with someone of the moment
  and tells more than the name is kept, else the first sentence (an initial or a title's stop is no sentence's end:
  "Jr.", "St.", "Dr.").
- A scene's label that names nobody is never the headline, even when nothing else reads: the speaker's line, else
  nothing (the item writes one from its body).
- A second subject joined by "and" ("… hugs and both cried and wrecked their makeup", "… and they danced") starts a
  clause of its own with its own verb and tense: the candidate ends before it, and a lone verb left after a comma
  (", hugs": its subject "they" was the pair, not the lead) goes with it.
A quotation is left as it was said, and one of a single word is no headline (`Noor Abernathy: “Ok.”`)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .clauses import ends_sentence, mentioned, name_words
from .headline_check import problem
from .quote_headlines import quote_headline
from .verbs import base_form, is_past_verb

# a stop after a word of two or more lower-case letters, outside a quotation: the end of a sentence
_STOP = re.compile(r"(?<=[a-z0-9]{2})[.!?]+\s+(?=\S)")
_ABBREVIATIONS = ("jr", "sr", "st", "dr", "mr", "mrs", "ms", "no", "vs", "feat", "ft")
# a plural or another subject opening a coordinated clause: "and both cried", "and they hugged", "and the two …"
_NEW_SUBJECT = re.compile(
    r",?\s+and\s+(?:both(?:\s+of\s+them)?|they|the\s+two(?:\s+of\s+them)?|everyone|everybody|all\s+of\s+them|we|i)"
    r"\s+(?=[a-z])",
    re.IGNORECASE,
)
# a lone verb after a comma, ending the candidate (", hugs"): what is left of a clause whose subject was dropped
_LONE_VERB = re.compile(r",\s+[a-z][a-z'-]*s\s*$")


def one_sentence(headline: str, names: Sequence[str]) -> str:
    """`headline` cut to one sentence: the first that opens with someone of the moment and says more than the
    name, else the first; as it is when it has one sentence or quotes someone."""
    if "“" in headline or '"' in headline:
        return headline
    parts: list[str] = []
    last = 0
    for m in _STOP.finditer(headline):
        word = headline[: m.start()].split()[-1].lower() if headline[: m.start()].split() else ""
        if word in _ABBREVIATIONS or not ends_sentence(headline[: m.end()].rstrip(), headline[m.end() :]):
            continue  # ("… a Fan's Copy of Vol. 2": never cut to "… of Vol")
        parts.append(headline[last : m.start()])
        last = m.end()
    if not parts:
        return headline
    parts.append(headline[last:].rstrip(".!?"))
    for part in parts:
        opener = next((n for n in names if part.startswith(n)), None)
        if opener is not None and len(part.split()) > len(opener.split()):
            return part.strip()
    return parts[0].strip()


def one_subject(headline: str) -> str:
    """`headline` ended before a clause with a subject of its own joined by "and" ("Ana Hugs and Both Cried …" →
    "Ana Hugs"), and without a lone verb that clause left after a comma; as it is otherwise."""
    if "“" in headline or '"' in headline:
        return headline
    m = _NEW_SUBJECT.search(headline)
    if m is None:
        return headline
    out = headline[: m.start()].rstrip(" ,;")
    return _LONE_VERB.sub("", out) if _LONE_VERB.search(out) else out


_QUOTED = re.compile(r"“([^”]*)”|\"([^\"]*)\"")
_LINE_WORDS = 2


def one_word_line(headline: str) -> bool:
    """Whether a headline is told by a quotation of one word (`Noor Abernathy: “Ok.”`, `… Says “Yes”`): a line
    that says nothing a reader can take away."""
    m = _QUOTED.search(headline)
    if m is None:
        return False
    said = m.group(1) if m.group(1) is not None else m.group(2)
    return len(re.findall(r"[^\W\d_]+", said)) < _LINE_WORDS


def bounded(candidates: Sequence[str], names: Sequence[str]) -> list[str]:
    """The candidates (as the clauses give them) each cut to one sentence and one subject."""
    return [one_subject(one_sentence(h, names)) for h in candidates if h]


# a connective after which a predicate may be left in the past: "… and Then Looked …", "… but a Sound Tech Caught …"
_CONNECTIVE = re.compile(r"(?:,\s+|\s+)(?:and then|and|but|then)\s+")
_ARTICLED = frozenset({"a", "an", "the", "his", "her", "their"})
_SUBJECT_WORDS = 3  # "a sound tech": an articled subject of up to three words


def _past(word: str) -> bool:
    """A simple past that reads as nothing else ("looked", "caught"; never "split", "hit": a plural's present),
    typed in lower case (never a name: "Drew")."""
    if not word.islower():
        return False  # (a name: "Drew Whitby")
    return is_past_verb(word) and base_form(word.lower().rstrip(",.;:!?")) != word.lower().rstrip(",.;:!?")


def _past_next(words: list[str]) -> bool:
    if words and _past(words[0]):
        return True
    if not words or words[0] not in _ARTICLED:
        return False
    return any(_past(w) for w in words[2 : _SUBJECT_WORDS + 1] if w.islower())


def agreeing(headline: str) -> str:
    """`headline` (its verb put in the present) ended before a predicate left in the past after "and", "but" or
    "then" ("Dev Okafor Shaves Off His Moustache and Then Looked for a Long Time" → "… His Moustache"): one verb
    phrase that agrees. As it is when it quotes someone or its own verb is not in the present."""
    if "“" in headline or '"' in headline:
        return headline
    for m in _CONNECTIVE.finditer(headline):
        before = headline[: m.start()].split()
        if before and not is_past_verb(before[-1]) and _past_next(headline[m.end() :].split()[:4]):
            return headline[: m.start()].rstrip(" ,;")
    return headline


def worded(candidates: list[str], names: Sequence[str]) -> list[str]:
    """The candidates, each with its verb phrases agreeing (`agreeing`), without those told by a one-word line (`X:
    “Ok.”`) when another passes the gate."""
    candidates = list(dict.fromkeys(agreeing(h) for h in candidates))
    kept = [h for h in candidates if not one_word_line(h)]
    return kept if any(problem(h, names) is None for h in kept) else candidates


def label_refused(headline: str | None, names: Sequence[str], speaker: str | None, quote: str | None) -> str | None:
    """A last-resort headline that names nobody of the moment ("Green Room Is Chaos", a scene's label before a
    sentence in another language: "Backstage Is Buzzing: Pendant La Pause") refused: the speaker's line
    (`Name: “…”`) when there is one in English, else None (the item writes one from what its body tells)."""
    if headline is None or not names or mentioned(headline.split(), name_words(names)):
        return headline
    return quote_headline(speaker, quote) if speaker and quote else None
