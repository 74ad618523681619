"""Headlines written by rule from the lead moment's best report, when neither the editor nor that
moment's reporter wrote one.

The rule: the report's first sentence is reduced to its lead clause — a label ("Spotted:", "Uno
result:") and a leading adjunct ("Asked about the feud, …") are dropped, the subject is what comes before
the first verb, a pronoun subject becomes the person's name, the verb goes to the present tense — and the
clause is cut at a clause boundary (a preposition or conjunction that opens an adjunct) to 30–75
characters, 90 at most, never mid-word and never with "…". When the text is too thin for that (no verb,
a handful of words) and the moment has an attributed quote, the headline is `Name: "the quote"`,
shortened at a word. Latin-script headlines are in title case (the `titlecase` library, names kept as
the roster spells them); CJK ones keep their first clause.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import takewhile

from titlecase import titlecase

from .hygiene import word_count
from .textutil import wordset
from .verbs import looks_like_verb, present

MIN_LEN = 30
TARGET_LEN = 75
MAX_LEN = 90
CJK_MAX = 32
MAX_SUBJECT_WORDS = 8

_CJK = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]")
_CJK_CLAUSE = re.compile("[，。！？；：,;:!?]")
_ABBREVIATION = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|vs)|\b[A-Z])\.$")
_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"”’')\]]*\s+")
_LABEL = re.compile(
    r"^(?:(?:just\s+)?(?:spotted|seen|overheard|confirmed|update|breaking|heads up|fyi)\b[:!,-]*\s*"
    r"|[^\s:][^:]{0,28}:\s+(?=\S))",
    re.IGNORECASE,
)
_ADJUNCT_STARTERS = wordset(
    """
    after before during while when as asked moments minutes seconds just earlier later backstage tonight then
    meanwhile once still with in on at outside inside behind between having halfway right
"""
)
_PRONOUNS = {"he": False, "she": False, "it": False, "they": True, "we": True, "i": False}
# words before which a clause may be cut: they open an adjunct (time, place, manner) or a new clause
_CUT_BEFORE = wordset(
    """
    in on at behind during while as after before with outside inside near under through across then but and who
    which that because until since despite without still so where when for to by
"""
)
# a headline never ends on these
_DANGLING = wordset(
    """
    a an the of to in on at by for from with and or but as his her their its our my your this that into onto
    over under about who which while when where whose than then is are was were has have had be been being very
    so just still before after during behind outside inside near until since without like toward towards
    through across around between because if whether
"""
)
_CLAUSE_PUNCT = ',;:—–("“'


@dataclass(frozen=True, slots=True)
class Clause:
    subject: list[str]
    verb: str
    rest: list[str]  # up to the first clause boundary

    def words(self) -> list[str]:
        return [*self.subject, self.verb, *self.rest]


def is_cjk(text: str) -> bool:
    """Mostly CJK characters (no Latin title case, no word-based cuts)."""
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(1 for c in letters if _CJK.match(c)) * 2 >= len(letters)


def sentences(text: str) -> list[str]:
    """`text` split into sentences (not after "Mr." or an initial)."""
    out: list[str] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        piece = text[start : m.start()]
        if _ABBREVIATION.search(piece):
            continue
        out.append(text[start : m.end()].strip())
        start = m.end()
    if start < len(text):
        out.append(text[start:].strip())
    return [s for s in out if s]


def _strip_lead_in(sentence: str) -> str:
    """Drop a label ("Uno result: ", "Spotted ") and a leading adjunct ("Asked about X, ")."""
    label = _LABEL.match(sentence)
    if label and word_count(label.group(0)) <= 3 and word_count(sentence[label.end() :]) >= 3:
        sentence = sentence[label.end() :]
    words = sentence.split()
    if words and words[0].lower().strip(",") in _ADJUNCT_STARTERS:
        for i, w in enumerate(words[:14]):
            if w.endswith(",") and i + 1 < len(words) and (words[i + 1][:1].isupper()):
                return " ".join(words[i + 1 :])
    return sentence


def _bare(word: str) -> str:
    return word.strip(_CLAUSE_PUNCT + ".,!?;:”\"')")


def _capitalised(word: str) -> bool:
    w = word.lstrip("\"“'‘(")
    return w[:1].isupper() or w[:1].isdigit()


def _scan_verb(words: list[str]) -> int | None:
    """Position of the first verb after a subject, skipping possessed nouns ("Zoë's left heel") and
    relative clauses ("Inés, who lost …, knocking")."""
    limit = MAX_SUBJECT_WORDS + (6 if any(w.endswith(",") for w in words[:3]) else 0)
    named = _capitalised(words[0])
    skip_to_comma = False
    for v in range(1, min(len(words), limit + 1)):
        previous, candidate = words[v - 1], words[v]
        if previous.endswith((";", ":")):
            return None
        if skip_to_comma:
            skip_to_comma = not previous.endswith(",")
            if skip_to_comma:
                continue
        if previous.endswith(",") and candidate.lower() in ("who", "which", "whose", "now", "still", "then"):
            skip_to_comma = True
            continue
        if previous.endswith(("'s", "’s", "s'")) or _capitalised(candidate):
            continue
        after_name = _capitalised(previous) or previous.lower() in _PRONOUNS
        if looks_like_verb(candidate, after_name=after_name):
            return v
        if named and candidate.lower().endswith("ing") and looks_like_verb(candidate, after_name=True):
            return v  # "Priya, still in the wings, running …"
    return None


def lead_clause(sentence: str, lead: str | None = None) -> Clause | None:
    """Subject, verb and the words up to the first clause boundary, or None when no verb is found.

    A sentence that starts with its verb ("gave a speech …") takes `lead` as its subject."""
    words = _strip_lead_in(sentence).split()
    if not words:
        return None
    if lead and not _capitalised(words[0]) and looks_like_verb(words[0], after_name=True):
        words = [*lead.split(), *words]
    if len(words) < 2:
        return None
    v = _scan_verb(words)
    if v is None:
        # "Rafferty Quill in the wings before his set, doing vocal warm-ups": the name, then the -ing verb
        name = list(takewhile(_capitalised, words))
        for i in range(len(name) + 1, min(len(words), 16)):
            candidate = words[i]
            after_comma = name and words[i - 1].endswith(",") and candidate.lower().endswith("ing")
            if after_comma and looks_like_verb(candidate, after_name=True):
                words, v = [*name, *words[i:]], len(name)
                break
        if v is None:
            return None
    subject = words[:v]
    if any("," in w for w in subject):  # "Rafferty Quill, 78, accepted": drop the apposition
        head = " ".join(subject).split(",")[0].split()
        subject = head or subject
    subject[-1] = subject[-1].rstrip(",")
    candidate = words[v]
    verb = candidate.rstrip(".,;:!?")
    rest: list[str] = []
    if verb == candidate:
        for w in words[v + 1 :]:
            if w in ("—", "–", "-") or w.startswith(("(", "—", "–")):
                break
            if w.lower() == "and" and len(rest) >= 2:
                break
            if w[-1:] in ",;:":
                rest.append(w[:-1])
                break
            rest.append(w)
            if w[-1:] in ".!?" and not _ABBREVIATION.search(w):
                break
    if rest:
        rest[-1] = rest[-1].rstrip(".!?…")
    return Clause(subject, verb, [w for w in rest if w])


def _plural(subject: list[str]) -> bool:
    lowered = [w.lower() for w in subject]
    if "and" in lowered or "&" in lowered or "both" in lowered:
        return True
    if len(subject) == 1 and lowered[0] in _PRONOUNS:
        return _PRONOUNS[lowered[0]]
    head = lowered[-1]
    if head.endswith(("'s", "’s", "ss", "us", "is")):
        return False
    return head.endswith("s") and (lowered[0] == "the" or subject[-1].islower())


def _presented(clause: Clause, lead: str | None) -> list[str]:
    """The clause's words with a named subject and a present-tense verb."""
    subject = clause.subject
    if len(subject) == 1 and subject[0].lower() in _PRONOUNS and lead:
        subject = lead.split()
    following = clause.rest[0] if clause.rest else None
    verb, folded = present(clause.verb, _plural(subject), following)
    rest = clause.rest[1:] if folded else clause.rest
    return [*subject, verb, *rest]


def _cut(words: list[str], minimum: int, keep: int, target: int = TARGET_LEN, maximum: int = MAX_LEN) -> str:
    """The longest prefix of `words` (at least `keep` words) ending before a clause boundary, between
    `minimum` and `target` characters (`maximum` if none), not ending on a small word."""
    text = " ".join(words)
    if len(text) <= target:
        return text
    for limit in (target, maximum):
        for end in range(len(words) - 1, keep - 1, -1):
            word = _bare(words[end]).lower()
            if word not in _CUT_BEFORE and not (word.endswith("ing") and end > keep + 1 and words[end].islower()):
                continue
            cut = " ".join(words[:end]).rstrip(",;:")
            if minimum <= len(cut) <= limit and _bare(words[end - 1]).lower() not in _DANGLING:
                return cut
    # no clause boundary fits: the longest run of whole words within `maximum`, not ending on a small word
    prefix = words[:keep]
    for w in words[keep:]:
        if len(" ".join([*prefix, w])) > maximum:
            break
        prefix.append(w)
    while len(prefix) > keep and _bare(prefix[-1]).lower() in _DANGLING:
        prefix.pop()
    return " ".join(prefix).rstrip(",;:")


def _quote_headline(speaker: str, quote: str) -> str:
    """`Speaker: "the quote"`, the quote shortened to its first sentence or clause, at a word."""
    room = MAX_LEN - len(speaker) - 4
    quote = " ".join(quote.split()).strip("\"“”'‘’ ")
    said = sentences(quote) if quote else [quote]
    first = said[0]
    for more in said[1:]:
        if len(first) + 1 + len(more) > min(room, 60):
            break
        first += " " + more
    if len(first) >= 8:
        quote = first
    if len(quote) > room:
        words = quote.split()
        kept: list[str] = []
        for w in words:
            if len(" ".join([*kept, w])) > room:
                break
            kept.append(w)
            if w[-1:] in ",;:" and len(" ".join(kept)) >= room // 2:
                break
        while len(kept) > 1 and _bare(kept[-1]).lower() in _DANGLING:
            kept.pop()
        quote = " ".join(kept)
    quote = quote.rstrip(" ,;:.—–-")
    return f'{speaker}: "{quote}"'


def _title(text: str, names: Sequence[str]) -> str:
    """Title case, with names spelt as on the roster ("Tyler, The Creator", "DJ Pim")."""
    titled: str = titlecase(text)
    for name in sorted(names, key=len, reverse=True):
        if name:
            titled = re.sub(re.escape(name), name.replace("\\", r"\\"), titled, flags=re.IGNORECASE)
    return titled


def _cjk_headline(text: str) -> str:
    first = _CJK_CLAUSE.split(text, maxsplit=1)[0].strip()
    if len(first) < 4:
        first = text
    return first[:CJK_MAX].rstrip("，。、,. ")


def _after_boundary(sentence: str, clause: Clause) -> str:
    """What follows the lead clause in its sentence (after the comma or colon that ended it)."""
    said = " ".join(clause.rest[-2:]) if clause.rest else clause.verb
    at = sentence.find(said)
    if at < 0:
        return ""
    tail = sentence[at + len(said) :].lstrip()
    return tail[1:].strip() if tail[:1] in (":", ";", ",") else ""


def _extend(headline: str, clause: Clause, pieces: list[str], lead: str | None) -> str:
    """A short headline (under MIN_LEN) continued with the next clause: "she is leading a conga line"
    after a colon or in the next sentence becomes ", Leads a Conga Line"; other text after a colon is
    appended as it is."""
    tail = _after_boundary(pieces[0], clause)
    options = [tail] if tail else []
    if len(pieces) > 1:
        options.append(pieces[1])
    for option in options:
        following = lead_clause(option)
        if following and len(following.subject) == 1 and following.subject[0].lower() in _PRONOUNS:
            room = MAX_LEN - len(headline) - 2
            more = _presented(Clause(clause.subject, following.verb, following.rest), lead)[len(clause.subject) :]
            longer = headline + ", " + _cut(more, 0, 1, room, room)
        elif option is tail and ":" in pieces[0]:
            room = MAX_LEN - len(headline) - 2
            longer = headline + ": " + _cut(option.rstrip(".!?").split(), 0, 1, room, room)
        else:
            continue
        if len(longer) <= MAX_LEN:
            return longer
    return headline


def write_headline(
    text: str, *, names: Sequence[str], lead: str | None, quote: str | None = None, speaker: str | None = None
) -> str:
    """A headline for a moment told by `text` (article prose), about `names` (its people, the lead first)."""
    text = text.strip()
    if text and is_cjk(text):
        return _cjk_headline(text)
    pieces = sentences(text)
    clause = lead_clause(pieces[0], lead) if pieces else None
    thin = clause is None or word_count(text) < 4
    if thin and quote and speaker:
        return _title(_quote_headline(speaker, quote), names)
    if clause is None:
        if not text:
            return _title(_quote_headline(speaker or lead or "Overheard", quote), names) if quote else (lead or "")
        plain = text.rstrip(".!?").split()
        return _title(_cut(plain, MIN_LEN, min(len(plain), 2)), names)
    words = _presented(clause, lead)
    keep = len(words) - len(clause.rest) + (1 if clause.rest else 0)
    headline = _cut(words, MIN_LEN, min(keep, len(words)))
    if len(headline) < MIN_LEN:
        headline = _extend(headline, clause, pieces, lead)
    if len(headline) < MIN_LEN and quote and speaker and word_count(headline) < 5:
        return _title(_quote_headline(speaker, quote), names)
    return _title(headline, names)
