"""A headline stands alone: it never points at what the reader has not been told.

A candidate headline loses the words that point back at the reports (`alone`): a discourse word ("instead",
"again", "too", "also", "still", "anyway", "right there", "there", a "then" right after its subject or at its end)
and a correspondent's clock time ("at Ten Past Eight", "at 20:10", "a Minute Ago", "just now") when the clause
stands without them. It is refused (None) when it says "the same", or "the X" for a thing the headline does not
introduce itself and that its report introduced in an earlier sentence ("a guy dressed as a knight …. The guy
is …", "… her dress. … sews her into the dress") or that a relative clause defines by what was done before ("the
promise he made"):
the reader would meet "the Guy" or "the Promise" with no guy or promise before it (what every awards night has,
"the trophy", "the stage", needs no introduction). Read once per candidate, on the words alone."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .clauses import sentences
from .cutting import DANGLING, bare
from .language import FUNCTION_WORDS
from .lexicon import CONNECTIVE_HEAD, STOPWORDS
from .textutil import lower_first, wordset

_CLOCK = (
    r"\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\b\.?)?|\d{1,2}\s*[ap]\.?m\b\.?|\d{1,2}\s*o['’]clock|noon|midnight"
    r"|(?:a\s+)?(?:quarter|half|ten|five|twenty|twenty-five)\s+(?:past|to)\s+"
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})"
    r"|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+o['’]clock"
)
_NUMBER = r"(?:a|an|one|two|three|four|five|ten|twenty|thirty|a\s+few|few|several|\d+)"
# where the words that point back sit: a clock time with its preposition, a time "ago", "just now", a discourse word
# ("instead", never the preposition "instead of": "Plays Instead of Making a Speech")
_POINTING = re.compile(
    rf"\s*,?\s*\b(?:(?:at|around|by|until|till|since|from|about)\s+(?:{_CLOCK})"
    rf"|{_NUMBER}\s+(?:seconds?|minutes?|mins?|hours?)\s+ago|(?:a\s+)?moments?\s+ago|just\s+now|right\s+now"
    r"|right\s+there|right\s+then|instead(?!\s+of\b)|again|also|anyway|as\s+well(?=\s*$)|too(?=\s*[,.;:!?]?\s*$))\b",
    re.IGNORECASE,
)
_STILL = re.compile(
    r"(?<!\bstand)(?<!\bstands)(?<!\bsit)(?<!\bsits)(?<!\bstay)(?<!\bstays)(?<!\bkeep)(?<!\bkeeps)"
    r"(?<!\bhold)(?<!\bholds)\s+still\b(?!\s*$)",
    re.IGNORECASE,
)  # ("Stands Still" stays)
_THERE = re.compile(
    r"(?<!\bis)(?<!\bare)(?<!\bgets)(?<!\bget)(?<!\bover)\s+there\b(?!\s+(?:is|are|was|were)\b)", re.IGNORECASE
)  # "… Proposes There": where?
_SAME = re.compile(r"\bthe\s+same\b", re.IGNORECASE)
_DEFINITE = re.compile(r"\bthe\s+([^\W\d_]+(?:[-'’][^\W\d_]+)*)", re.IGNORECASE)
_INTRODUCING = r"(?:a|an|her|his|their|its|one|some)"
# what every awards night has: "the trophy", "the stage" need no introduction
_OF_THE_NIGHT = wordset(
    "trophy award statue statuette stage mic microphone envelope show ceremony podium carpet crowd audience room "
    "speech winner winners category night venue host wings bar press"
)
_QUOTATION = re.compile(r"“[^”]*”|\"[^\"]*\"")


def shared_same(headline: str, at: int) -> bool:
    """Whether the "the same" at `at` is its subject's, two people's, not the reader's: "Sol Iturbide and Begoña Núñez
    End Up Under the Same Blanket" (one blanket shared), never "Falls Down the Same Stairs" (the stairs of a fall the
    reader was not told, round 46)."""
    return " and " in headline[:at]


def alone(headline: str, sources: Sequence[str]) -> str | None:
    """The headline without the words that point at what the reader has not been told; None when it says "the
    same" or "the X" for a thing an earlier sentence of its report introduced (see the module's docstring)."""
    quoted = _QUOTATION.findall(headline)
    said = _QUOTATION.sub("\x00", headline)  # (a quotation is as it was said)
    if any(not shared_same(said, m.start()) for m in _SAME.finditer(said)):
        return None
    told = _STILL.sub("", _POINTING.sub("", said))
    told = _then_dropped(_THERE.sub("", told))
    told = " ".join(told.split()).rstrip(" ,;:")
    kept = told.split()
    while kept != said.split() and len(kept) > 1 and bare(kept[-1]).lower() in DANGLING and "\x00" not in kept[-1]:
        kept.pop()  # ("… Keeps the Promise He Made at | Ten Past Eight")
    told = " ".join(kept).rstrip(" ,;:")
    if len(told.split()) < 3 and not quoted:
        return None
    told = _renamed(told, sources)  # "… Tapes the Tram Back On" → "… Tapes the Trophy Back On"
    if _introduced_earlier(told, sources) or _defined_by_the_untold(told):
        return None
    for q in quoted:
        told = told.replace("\x00", q, 1)
    return told


# a thing every awards night has, renamed by what it looks like: "their Best Rock Album trophy, a small bronze tram"
_RENAMING = re.compile(
    r"\b(?P<head>trophy|award|statue|statuette|envelope|microphone)(?:,| —) (?:a|an) (?:[\w-]+ ){0,3}?"
    r"(?P<noun>[a-z][\w-]*)\b(?= that| which| with|,|\.| —)"
)


def _renamed(headline: str, sources: Sequence[str]) -> str:
    """The headline's "the X" for a thing its report introduced as what a trophy, award … looks like ("their trophy, a
    small bronze tram" → "the tram") as that thing ("the Trophy"): the reader knows which; as it is otherwise."""
    renamed = {m.group("noun"): m.group("head") for source in sources for m in _RENAMING.finditer(source)}
    for noun, head in renamed.items():
        for m in reversed(list(re.finditer(rf"\b([Tt]he) ({re.escape(noun)})\b", headline, flags=re.IGNORECASE))):
            thing = head.title() if m.group(2)[:1].isupper() else head  # (as the headline is cased)
            headline = f"{headline[: m.start()]}{m.group(1)} {thing}{headline[m.end() :]}"
    return headline


def _then_dropped(text: str) -> str:
    """ "then" right after the subject's words or closing the headline goes ("Kit Then Asks", "… Leaves Then"); a
    "then" after a comma or "and" joins a second act of the headline ("Wins Best Host, Then Takes the Mic") and
    stays."""
    words = text.split()
    joins = [k == 0 or words[k - 1].endswith(",") or words[k - 1].lower() == "and" for k in range(len(words))]
    return " ".join(w for k, w in enumerate(words) if bare(w).lower() != "then" or joins[k])


_THE_ONE_THEY = re.compile(r"\bthe\s+([^\W\d_]+)\s+(?:he|she|they|we|i)\s+[^\W\d_]+", re.IGNORECASE)


# "Keeps His Word", "Keeps Her Promise", "Makes Good on His Bet": which word, the headline does not say
_KEPT_WORD = re.compile(
    r"\b(?:keeps?|kept|makes? good on|honou?rs?)\s+(?:his|her|their|its)\s+(?:word|promise|bet|vow|pledge)\b",
    re.IGNORECASE,
)


def says_word_kept(headline: str) -> bool:
    """Whether a headline already says its subject kept a word ("Keeps His Word", "Makes Good on Her Bet")."""
    return _KEPT_WORD.search(headline) is not None


def _defined_by_the_untold(headline: str) -> bool:
    """Whether the headline names a thing by what its subject did with it before ("Keeps the Promise He Made", "the
    Bet She Lost", "Keeps His Word"): which promise, the headline does not say."""
    if says_word_kept(headline):
        return True
    return any(m.group(1).lower() not in _OF_THE_NIGHT for m in _THE_ONE_THEY.finditer(headline))


def _introduced_earlier(headline: str, sources: Sequence[str]) -> bool:
    """Whether the headline says "the X" for a thing the first report that names it introduced in an earlier
    sentence ("a guy …", "her dress") than the first one saying "the X", and the headline introduces no X itself."""
    lowered = headline.lower()
    for m in _DEFINITE.finditer(headline):
        noun = m.group(1).lower()
        if noun in _OF_THE_NIGHT or (m.group(1)[:1].isupper() and not headline.istitle()):
            continue  # "the trophy" on an awards night, "the Oscars": the reader knows which
        if re.search(rf"\b{_INTRODUCING}\s+(?:\w+\s+)?{re.escape(noun)}\b", lowered):
            continue  # the headline introduces it itself
        for source in sources:
            said = [s.lower() for s in sentences(source)]
            definite = next((k for k, s in enumerate(said) if re.search(rf"\bthe\s+{re.escape(noun)}\b", s)), None)
            if definite is None:
                continue
            pattern = rf"\b{_INTRODUCING}\s+(?:[\w-]+\s+){{0,2}}{re.escape(noun)}\b"
            if any(re.search(pattern, s) for s in said[:definite]):
                return True
            break
    return False


# a sentence that only points at a promise kept ("Çağan Demirkıran kept his word.", "He kept his word."): the act
# that kept it is the news, in the next sentence
_KEPT_ONLY = re.compile(r"^(?P<who>[^“”]{0,40}?) ?\bkept (?:his|her|their) (?:word|promise)[.!]?$")
_OPENING_PRONOUN = re.compile(r"(^|, )(?:he|she|they|He|She|They)\b(?=[^“]*$|[^“]*“[^”]*”)")


_HEAD = re.compile(rf"^{CONNECTIVE_HEAD}, ")
_OPENERS = (
    STOPWORDS | FUNCTION_WORDS["en"] | wordset("maybe perhaps almost nearly roughly about some most many several")
)
_TIMED = re.compile(  # "At 22:16, …", "Minutes after the show won, …": it says when itself
    r"^(?:At|By|Around|(?:Just|Right|Soon|Seconds|Minutes|Moments|Hours|Not long|Shortly) (?:before|after))"
    r" [^,]{1,60}, "
)


def kept_word(sentence: str) -> str | None:
    """Who a sentence that only says a promise was kept names ("" for "He kept his word."), or None for any
    other sentence; never with the connective that opened it ("Minutes later, Kostiuk kept his word.": Kostiuk;
    `kept_connective`)."""
    m = _KEPT_ONLY.match(sentence)
    if m is None:
        return None
    who = _HEAD.sub("", m.group("who").strip(), count=1)
    return who if who[:1].isupper() and who not in ("He", "She", "They") else ""


def kept_connective(sentence: str) -> str:
    """The connective opening a sentence that only says a promise was kept ("Minutes later, "), which the next
    sentence takes when that sentence goes (`carry`)."""
    head = _HEAD.match(sentence)
    return head.group(0) if head is not None and kept_word(sentence) is not None else ""


def carry(connective: str, sentence: str) -> str:
    """The next sentence opened by the connective of a "kept his word" sentence left out ("Minutes later, " + "He
    walked …" → "Minutes later, he walked …"); not when it says when itself ("At 22:16, still in his tuxedo, he
    walked …") or has a connective of its own."""
    if not connective or _HEAD.match(sentence) or _TIMED.match(sentence):
        return sentence
    first = sentence.split(" ", 1)[0].strip(",;:")
    low = first[1:].islower() and first.lower() in _OPENERS  # ("Still in his tuxedo, he …"; never a name)
    return connective + (lower_first(sentence) if low else sentence)


def as_subject(sentence: str, name: str) -> str:
    """The sentence after a left-out "X kept his word." with its first pronoun subject made X ("Minutes after the
    show won, he walked …" → "…, Çağan Demirkıran walked …")."""
    if not name:
        return sentence
    if _OPENING_PRONOUN.search(sentence) is None:  # "At one minute past ten he sat …": after a phrase of time
        return _FRONTED_PRONOUN.sub(lambda m: m.group(1) + name, sentence, count=1)
    return _OPENING_PRONOUN.sub(lambda m: m.group(1) + name, sentence, count=1)


# a pronoun subject after a phrase of time or place with no comma ("At one minute past ten he sat …")
_FRONTED_PRONOUN = re.compile(
    r"^((?:At|By|Around|Just|Shortly|Soon|On|In|After|Before|Minutes|Moments|Seconds)\b[^,“.]{0,40}? )"
    r"(?:he|she|they)\b(?= [a-z])"
)


def without_kept_word(text: str) -> str:
    """A report's text without its sentences that only point at a promise kept, their name given to the next
    sentence (a headline is written from the act, never from "Keeps His Word")."""
    out: list[str] = []
    named = connective = ""
    for sentence in sentences(text):
        who = kept_word(sentence)
        if who is not None:
            named, connective = named or who, connective or kept_connective(sentence)
            continue
        out.append(carry(connective, as_subject(sentence, named)))
        named = connective = ""
    return " ".join(out) if out else text
