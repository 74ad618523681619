"""The turn of a moment in its headline, naming who did it (issue 11, round 13): the one who answered someone's fall
heads it without an article before their role ("Doorman Omar Ruiz Catches Pia Lund's Trophy", never "The Doorman
Omar Ruiz Catches Her Trophy", whose "her" reads as his), and a role given its name in apposition is one phrase with
it ("to the night porter, Ned Quill" → "to the night porter Ned Quill": the name is never cut off at the comma)."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import lru_cache
from itertools import takewhile

from .cutting import CUT_BEFORE, bare
from .headline_score import role_length
from .pairs import PARTICLES
from .payoff import REPAIRS
from .pronouns import owned_thing
from .textutil import wordset
from .verbs import IRREGULAR, base_form

_OWN = {"his": "he", "her": "she"}
_EDGE = ",;:—–(\"“'‘.!?”’)"


def _bare(word: str) -> str:
    return word.strip(_EDGE)


@lru_cache(maxsize=64)
def _apposed(names: tuple[str, ...]) -> re.Pattern[str] | None:
    spelt = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True) if " " in n)
    if not spelt:
        return None
    # "the night porter, Ned Quill." (a role of one to three lower-case words, then the name closing the sentence)
    return re.compile(rf"\b((?:the|a|an|their|his|her) (?:[a-z][\w-]* ){{0,2}}[a-z][\w-]*), ({spelt})(?=[.;!?]|$)")


def apposition_closed(sentence: str, names: Sequence[str]) -> str:
    """The sentence with a role named in apposition at its end told as one phrase ("gave her trophy to the night
    porter, Ned Quill." → "… to the night porter Ned Quill."): a cut at the comma would lose whom it was for."""
    if not any(f", {n}" in sentence for n in names if " " in n):  # (the cheap test first: no pattern built for a
        return sentence  # sentence without ", " before a full name, which the pattern needs)
    pattern = _apposed(tuple(names))
    return pattern.sub(r"\1 \2", sentence) if pattern is not None else sentence


def role_unarticled(headline: str, names: Sequence[str]) -> str:
    """A headline opening with "the" and a role before the name of someone of the moment, told as headlines do
    without the article ("the doorman Omar Ruiz catches …" → "Doorman Omar Ruiz catches …"); as it is otherwise."""
    words = headline.split()
    role = role_length(words)
    if not role or not any(" ".join(words[role:]).startswith(n + " ") for n in names):
        return headline
    return " ".join([words[1][:1].upper() + words[1][1:], *words[2:]])


def fallen_ones(headline: str, fell: str, subject: str, gender: Mapping[str, str]) -> str:
    """An answer to someone's fall (`headlines._answered_mishaps`) whose "his" or "her" after its verb is the fallen
    one's ("The Doorman Omar Ruiz Catches Her Trophy", Pia Lund the "she" who fell) told with their name ("… Catches
    Pia Lund's Trophy"): the reader takes "her" for the subject's. As it is when the subject may be that "he" or
    "she", or the fallen one is told as the other."""
    words = headline.split()
    start = len(subject.split()) + 1  # (the word after the verb; `subject` with its role: "the doorman Omar Ruiz")
    k = next((k for k in range(start, min(start + 2, len(words) - 1)) if bare(words[k]).lower() in _OWN), None)
    if k is None:
        return headline
    pronoun = _OWN[bare(words[k]).lower()]
    subject = " ".join(subject.split()[role_length(words) :])
    if gender.get(fell, pronoun) != pronoun or gender.get(subject, "") == pronoun:
        return headline
    if fell not in gender and subject not in gender:
        return headline  # (nobody's pronoun known: whose it is, the reports do not say)
    owner = fell.split()
    return " ".join([*words[:k], *owner[:-1], owner[-1] + "'s", *words[k + 1 :]])


def it_from_before(words: list[str], at: int, previous: str, owner: str | None) -> list[str]:
    """The clause's words with its object "it" (at `at`) as the thing the sentence before set moving or named as
    its subject's, owned by that subject ("Jon Hale knocked his trophy off the bar and it snapped. Later the crew
    glued it back together" → "the crew glues Jon Hale's trophy back together"): the repair names what it mended.
    As they are when the sentence before had no named subject or no such thing, or the word is no "it"."""
    if owner is None or at >= len(words) or words[at].lower() != "it" or not previous:
        return words
    owned = owned_thing(previous)
    if owned is None or owned[1].endswith("s"):
        return words
    thing = list(takewhile(lambda w: w not in CUT_BEFORE | PARTICLES, owned[1].split()))  # ("trophy | off the bar")
    named = [*owner.split()[:-1], owner.split()[-1] + "'s"]
    return [*words[:at], *named, *thing, *words[at + 1 :]]


# a contest's result closing the sentence: "… to an arm-wrestle by the bar and beat him."
_RESULT = re.compile(
    r"\s+and (?:then |easily |narrowly )?(?P<verb>won|lost|beat|defeated)(?: (?:him|her|them|it))?(?=[.!?]|$)"
)
_RESULT_TOLD = {"won": "wins", "beat": "wins", "defeated": "wins", "lost": "loses", "beats": "wins", "defeats": "wins"}
_RESULTS = frozenset(_RESULT_TOLD) | frozenset(_RESULT_TOLD.values()) | {"beats", "defeats"}
_ADJUNCT = re.compile(r"\s+(?:by|at|on|in|near|behind|outside|inside)\s+(?:the|a|an|his|her|their)\s+[^,]*$")


def with_result(headline: str, text: str, limit: int) -> str | None:
    """A candidate that tells a challenge whose result closes its sentence, the result cut off ("… Challenges His Old
    Teacher Otto Lark to an Arm-Wrestle by the Bar", the sentence going on "and beat him"), told with it ("… to an
    Arm-Wrestle and Wins"; where it happened dropped when the result does not fit in `limit` otherwise): the
    payoff. None when the candidate is not so cut or already tells a result."""
    words = headline.split()
    if len(words) < 4 or _RESULTS & {bare(w).lower() for w in words}:
        return None
    flat = " ".join(text.split())
    for m in _RESULT.finditer(flat):
        start = flat.rfind(". ", 0, m.start()) + 1
        tail = " ".join(words[-2:]).lower()
        at = flat.lower().find(tail, start, m.start())
        if at < 0 or "," in flat[at : m.start()] or " and " in flat[at : m.start()]:
            continue
        told = f"{headline} and {_RESULT_TOLD[m.group('verb')]}"
        if len(told) > limit:
            shorter = _ADJUNCT.sub("", headline)
            told = f"{shorter} and {_RESULT_TOLD[m.group('verb')]}" if shorter != headline else told
        return told if len(told) <= limit else None
    return None


_RESULT_END = re.compile(r"\s+and (?P<verb>won|beat|beats|defeated|defeats|lost)(?: (?P<whom>[^,;:]+?))?$")


def result_told(headline: str, names: Sequence[str]) -> str:
    """A challenge whose result ends the headline told as the result, in the present ("… Challenges Otto Lark to an
    Arm-Wrestle and Beat Him" → "… and Wins"): whom it was won over is the one challenged, never named twice. As it is
    when the one beaten is someone the headline has not named."""
    m = _RESULT_END.search(headline)
    if m is None:
        return headline
    whom = m.group("whom") or ""
    before = headline[: m.start()]
    if whom and whom.lower() not in ("him", "her", "them") and not any(n in before for n in names if n == whom):
        return headline
    return f"{before} and {_RESULT_TOLD.get(m.group('verb'), 'wins')}"


def mends(headline: str, names: Sequence[str]) -> bool:
    """Whether a headline tells someone of the moment's thing put right (`payoff.REPAIRS`: "The Props Team Glues Ada
    Finch's Statuette Back"): the turn of a breakage, over the breakage told alone."""
    words = headline.split()
    for k, word in enumerate(words[1:-1], start=1):
        if word.lower().endswith("s") and {word.lower()[:-1], word.lower()[:-2]} & REPAIRS:  # "glues", "patches"
            after = " ".join(words[k + 1 :])
            return any(after.startswith(n + "'s ") or after.startswith(n + "’s ") for n in names)
    return False


def moved_thing(words: list[str], at: int, before: str) -> list[str]:
    """The clause's words with its object "it" (at `at`) as the thing the words before it told moving on its own
    ("… slipped on the wet ramp, the statuette flew and the waiter Bo Leck caught it" → "… caught the statuette"; "a
    pug walked across the stage … and the host picked it up" → "… picks a pug up"): what was caught. As they are when
    those words tell no "the" (or "a") thing with a verb in the past after it, nor one the clause's own subject
    names."""
    if at >= len(words) or words[at].lower() != "it":
        return words
    written = before.split()
    told = [_bare(w) for w in written]
    own = {_bare(w).lower() for w in words[:at]}
    found = [
        k
        for k in range(len(told) - 2)
        if told[k].lower() in ("the", "a", "an")
        and told[k + 1].isalpha()
        and told[k + 1].islower()
        and written[k + 1] == told[k + 1]  # ("stopped at the bar, took off the ring": no thing that took)
        and _past_verb(told[k + 2])
        and told[k + 1].lower() not in own  # ("… and the host picked it up": the clause's own subject, no thing)
    ]
    if not found:
        return words
    k = found[-1]
    return [*words[:at], told[k].lower(), told[k + 1], *words[at + 1 :]]  # ("A pug walked …": "picks a pug up")


def _past_verb(word: str) -> bool:
    w = word.lower()
    return w in IRREGULAR or (w.endswith("ed") and len(w) > 3 and base_form(w) is not None)


_ARTICLED = wordset("a an the")
_ROLE_WORDS = 3  # "a busboy", "the young sommelier"


def unnamed_answer(
    falls: Sequence[str], answers: Sequence[str], fallen: str, gender: Mapping[str, str], limit: int
) -> list[str]:
    """A fall told with its answer by someone the reports do not name ("Ines Balto Trips on the Terrace Steps" and "a
    busboy catches Ines Balto" → "a busboy catches Ines Balto as she trips on the terrace steps"; "a stagehand
    catches her trophy" → "a stagehand catches Ines Balto's trophy as she trips …"): the catch is the turn, told with
    the fall (never glued with "and": two subjects). `falls` tell `fallen`'s fall (the shortest that says where is
    used); `answers` are candidates opening with an articled role ("a busboy", "the sommelier") whose act is on
    `fallen` or their thing, by name or by "him", "her", "his". Within `limit` characters; none when neither the
    reports nor the answer give `fallen` a "he" or "she"."""
    placed = sorted((f for f in falls if len(f.split()) > len(fallen.split()) + 1), key=len)
    if not placed:
        return []
    told = []
    for h in answers:
        words = h.split()
        verb = next((k for k in range(1, _ROLE_WORDS + 1) if k < len(words) and _present(words[k])), None)
        if verb is None or words[0].lower() not in _ARTICLED or not all(w.islower() for w in words[:verb]):
            continue
        rest = " ".join(words[verb + 1 :])
        on = re.match(rf"(?:(?P<particle>\w+) )?(?:(?P<name>{re.escape(fallen)})|(?P<pronoun>him|her|his))\b", rest)
        if on is None or (on.group("particle") or "") in ("him", "her", "his"):
            continue  # (the act is on the one who fell: "catches Ines Balto", "pulls her up", "catches her trophy")
        said = {"him": "he", "his": "he", "her": "she"}.get(on.group("pronoun") or "", "")
        pronoun = gender.get(fallen) if gender.get(fallen) in ("he", "she") else said
        if not pronoun or (said and said != pronoun):
            continue
        after = rest[on.end() :].split()[:1]
        owned = on.group("pronoun") == "his" or (
            on.group("pronoun") == "her" and bool(after) and after[0] not in _AFTER_HER
        )
        if owned and gender.get(fallen) != said:
            continue  # ("catches his trophy": whose, when the reports do not say the one who fell is a "he"?)
        whom = f"{fallen}'s" if owned else fallen  # "catches her trophy" → "… Mia Holt's trophy"; "catches her"
        answer = " ".join([*words[: verb + 1], rest[: on.start(on.lastgroup or 0)], whom, rest[on.end() :]])
        told += [" ".join(f"{answer} as {pronoun} {placed[0][len(fallen) + 1 :]}".split())]
    return [t for t in told if len(t) <= limit]


_AFTER_HER = wordset("before as when up by and just mid-fall in on at")


def _present(word: str) -> bool:
    return word.islower() and word.endswith("s") and base_form(word) != word
