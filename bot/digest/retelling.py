"""Told once within a body: a follow-up paragraph's later sentence that tells the lead moment again is left out
(`without_retelling`), a sentence that only says what the quote after it says is left out (`without_retold_quote`),
and someone the body introduced by their role ("the lift operator, Dennis") is called by name alone afterwards
(`introduced_once`)."""

from __future__ import annotations

import re
from itertools import pairwise

from .clauses import sentences
from .lexicon import STOPWORDS, stem
from .quoted import Hidden
from .textutil import fold


def _phrases(text: str, names: frozenset[str] = frozenset()) -> set[tuple[str, str]]:
    """Two content words in a row ("rock nominees"), stemmed: a phrase that names what a sentence tells (a
    name's words are not content: "Brennan-Ito" twice is the same person, not the same event)."""
    # (a name parts the words around it: "her brother Kuba, twelve," is no phrase "brother twelve")
    stems = [stem(w) if w not in names else "" for w in re.findall(r"[^\W_]+", fold(text))]
    return {(a, b) for a, b in pairwise(stems) if a and b and a not in STOPWORDS and b not in STOPWORDS}


# a promise in the correspondent's words ("He said that if his grandson won, he would ring it twice"): the setup its
# payoff keeps, never a retelling of it, whatever words they share
PROMISE_TOLD = re.compile(r"\b(?:said|says|promised|swore|vowed) (?:that )?if\b")


# a thing put back, returned: a new act, whatever words of the lead's it names
_PUT_BACK = re.compile(r"\b(?:put|slipped|tucked|placed|gave|handed)\b[^.;]{0,40}\bback\b|\breturned\b", re.I)


def without_retelling(paragraph: str, lead: str, names: frozenset[str]) -> str:
    """A follow-up paragraph without a later sentence that tells the lead moment again ("He went through the
    rock nominees so fast …" after "… read all five Best Rock nominees in 19 seconds"): one that repeats a
    phrase of two content words of the lead paragraph. The follow-up's first sentence (its own beat), quoted speech
    and a promise (`PROMISE_TOLD`) are always kept, and so is a thing put back where the lead took it from
    (`_PUT_BACK`). `names`: the folded words of the story's people."""
    told = _phrases(lead, names)
    kept: list[str] = []
    quoting = False  # inside a quote that runs over several sentences
    for k, sentence in enumerate(sentences(paragraph)):
        speech = quoting or "“" in sentence or "”" in sentence
        quoting = (quoting or "“" in sentence) and sentence.rfind("“") >= sentence.rfind("”")
        if k == 0 or speech or PROMISE_TOLD.search(sentence) or not _phrases(sentence, names) & told:
            kept.append(sentence)
        elif _PUT_BACK.search(sentence) and not _PUT_BACK.search(lead):
            kept.append(sentence)  # "Rentería put the mouthpiece straight back in his shirt pocket": its return, a new
            # act, though it names the pocket the lead took it out of (round 41, Havana: the payoff was left out)
    return " ".join(kept)


_RETOLD_SHARED = 3  # content words a sentence shares with the quote after it...
_RETOLD_SHARE = 0.5  # ...and at least this share of its own: it tells what the quote says


# a sentence reporting what someone said ("He told him the song was his to keep"), and the words a quote's person
# changes in it ("yours" → "his"): such a sentence holding every other content word of the quote after it retells it
_REPORTED_SPEECH = re.compile(
    r"\b(?:told|said|promised|swore|vowed|insisted|assured|says|tells|promises|swears|insists)\b"
)
_YOU = re.compile(r"\b(?:you|your|yours)\b", re.IGNORECASE)  # a line spoken to someone
_I = re.compile(r"\b(?:I|me|my|mine|we|us|our)\b|\bI['’]", re.IGNORECASE)  # … or of the speaker's own
_PERSON_STEMS = frozenset({"your", "you", "mine", "his", "her", "our", "their", "him", "them"})


def _content(text: str, names: frozenset[str]) -> set[str]:
    return {stem(w) for w in re.findall(r"[^\W_]+", fold(text)) if len(w) > 2 and w not in STOPWORDS and w not in names}


# a sentence with more than twice the quote's words, and more than a few, tells more than the quote ("…, and jumped
# into the Bosphorus in his tuxedo, exactly as he had promised on the red carpet": the act it promised, no retelling)
_RETOLD_FEW = 6
_RETOLD_MORE = 2


def without_retold_quote(text: str, quote: str, names: frozenset[str], *, whole: bool = False) -> str:
    """A text without the one sentence (never its first) that best tells what the quote after it says
    ("She'd ordered it this morning for whoever beat her." before “I ordered it for whoever beat me.”; a sentence
    reporting speech that holds every content word of a short quote: "He told him the old song was his to keep."
    before “It's yours to keep now”): the narration does not repeat the quote. A line spoken to someone, of nobody's
    own, retells no fact told of them ("She had heard the ostrich story three times." before “Three times you have
    listened to that ostrich”: what the line answers). `names`: the folded words of the story's people. A sentence
    inside another line's quote is that line's, never narration ("The third year they gave me a sandwich." inside
    Novruzlu's longer line, before the same words posted alone: round 42, Baku). `whole`: the text follows another
    part of the paragraph, so its first sentence may go too when it only reports the line ("Wind said he was keeping
    the R." before “I'm keeping the R.”); "" when nothing is left."""
    hidden = Hidden(single=False)
    said = [hidden.show(s) for s in sentences(hidden.hide(text))]
    said_by_quote = _content(quote, names)
    addressed = _YOU.search(quote) is not None and _I.search(quote) is None  # (“Three times you have listened …”)
    best: tuple[int, int] | None = None  # (shared words, index)
    for k, sentence in enumerate(said[1:] if not whole else said, start=1 if not whole else 0):
        own = _content(sentence, names)
        shared = len(own & said_by_quote)
        if "“" in sentence:
            continue
        if k == 0 and not _REPORTED_SPEECH.search(sentence):
            continue  # (a part's first sentence goes only when it reports the line: never its act)
        if addressed and not _REPORTED_SPEECH.search(sentence):
            continue  # "She had heard the ostrich story three times tonight." before “Three times you have listened
            # to that ostrich tonight”: a fact of whom the line speaks to, which the line needs, never its retelling
        reported = said_by_quote - _PERSON_STEMS
        if (
            _REPORTED_SPEECH.search(sentence)
            and reported
            and reported <= own
            and len(own) <= max(_RETOLD_MORE * len(reported), _RETOLD_FEW)
        ):
            shared = max(shared, _RETOLD_SHARED)  # "He told him the old song was his to keep." before “… to keep”
        elif shared < _RETOLD_SHARED or shared < _RETOLD_SHARE * len(own):
            continue
        if best is None or shared > best[0]:
            best = (shared, k)
    return text if best is None else " ".join(s for k, s in enumerate(said) if k != best[1])


_INTRODUCED = re.compile(
    r"\bthe ((?:[a-z]+ ){0,2}[a-z]+), ([A-Z][a-z]+)\b|\b([A-Z][a-z]+),? the ((?:[a-z]+ ){0,2}[a-z]+)\b"
)


def introduced_once(paragraphs: list[str]) -> list[str]:
    """Someone the body introduced by their role ("the lift operator, Dennis") is called by name alone
    afterwards: "Dennis the lift operator had …" in a later paragraph → "Dennis had …"."""
    out: list[str] = []
    roles: dict[str, str] = {}  # name -> role, as first introduced
    for paragraph in paragraphs:
        text = paragraph
        for name, role in roles.items():
            text = re.sub(rf"\b{name},? the {re.escape(role)}\b,?|\bthe {re.escape(role)}, {name}\b", name, text)
        for m in _INTRODUCED.finditer(paragraph):
            name, role = (m.group(2), m.group(1)) if m.group(2) else (m.group(3), m.group(4))
            roles.setdefault(name, role)
        out.append(text)
    return out


# a sentence's reported speech at its end ("… for a long time, then said his mother would put it beside the
# television …."): the clause the line itself may stand in for
_SAID_THAT = re.compile(
    r"\b(?P<verb>said|replied|answered|explained|admitted|announced)(?: that)? (?P<what>[^“”\"]{12,}?)(?P<end>[.!?])$"
)
_MODALS = frozenset({"will", "would", "could", "should", "can", "might", "must", "shall"})
_IN_PLACE_SHARE = 0.5  # of the reported clause's content words, the line says at least this share...
_IN_PLACE_OF_LINE = 0.5  # ... and that many words are at least this share of the line's own


# a sentence that says how the line after it was said, and nothing else: "Kairytė said it first in Polish, then in
# English.", "She said it twice, in English."
_SAID_IT_IN = re.compile(r"\b(?:said|says|repeated|shouted|whispered) it\b[^.“”]{0,50}\bin [A-Z][a-z]+(?=\.$)")


def quote_in_place(text: str, quote: str, names: frozenset[str]) -> str | None:
    """A text whose sentence ending on the speech it reports takes the line itself in that speech's place: "He
    thought about it for a long time, then said his mother would put it beside the television and he would never be
    allowed to touch it again." with “Ammu will put it next to the TV and I will never be allowed to touch it again.”
    → "… then said: “Ammu will put it …”" (told twice otherwise, round 44's Dhaka). None when no sentence reports it
    (at least three of its content words, most of them the line's)."""
    hidden = Hidden(single=False)
    said = [hidden.show(s) for s in sentences(hidden.hide(text))]
    if said and "“" not in said[-1] and (it := _SAID_IT_IN.search(said[-1])) is not None:  # "Kairytė said it first
        closed = quote if quote[-1:] in ".!?…" else quote + "."  # in Polish, then in English.": the line it says,
        said[-1] = f"{said[-1][: it.end()]}: “{closed}”"  # never "“…,” Kairytė added." (round 47's Vilnius)
        return " ".join(said)
    line = _content(quote, names) - _PERSON_STEMS - _MODALS
    for k, sentence in enumerate(said):
        if "“" in sentence or '"' in sentence:
            continue
        m = _SAID_THAT.search(sentence)
        if m is None:
            continue
        what = _content(m.group("what"), names) - _PERSON_STEMS - _MODALS
        shared = len(what & line)
        if shared >= 3 and shared >= _IN_PLACE_SHARE * len(what) and shared >= _IN_PLACE_OF_LINE * len(line):
            closed = quote if quote[-1:] in ".!?…" else quote + "."
            said[k] = f"{sentence[: m.start()]}{m.group('verb')}: “{closed}”"
            return " ".join(said)
    return None
