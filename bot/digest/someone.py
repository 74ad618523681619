"""Chat's unnamed people told as an article tells them: someone a report names later is named where they first
appear, and "guy" is "man".

A reporter types what they saw as it happens: "a guy dressed as a knight caught it one-handed. the guy is Ken Abe".
An article names him where he acts ("Ken Abe, a man dressed as a knight, caught it one-handed.") and does not print
the sentence that only said who he was. The identity sentence is "the guy is Ken Abe", "the guy was Ken Abe",
"(it) turns out the guy was Ken Abe", "his name is Ken Abe" (the name capitalised, one to three words, nothing
after it but who they are: "the guy was Ken Abe, her drummer" → "Ken Abe, her drummer, in a bear suit,
proposed"); the person it names is the report's first indefinite one ("a guy", "some dude", "this guy", "a woman").
Where nobody is named, chat's words for a person are the article's ("a guy" → "a man", "some dude" → "a man", "the
guy" → "the man", "two guys" → "two men"). Quoted speech is never touched (`tidy` hides it before this runs).
"""

from __future__ import annotations

import re

from .quoted import SINGLE_QUOTED
from .textutil import wordset
from .verbs import IRREGULAR, looks_like_verb

# chat's words for a person and the article's
_PERSON = {
    "guy": "man",
    "dude": "man",
    "bloke": "man",
    "chap": "man",
    "fella": "man",
    "fellow": "man",
    "man": "man",
    "woman": "woman",
    "lady": "woman",
    "girl": "girl",
}
_CHAT_PLURAL = {"guys": "men", "dudes": "men", "blokes": "men", "fellas": "men"}
_NOUNS = "|".join(_PERSON)
_ANY_PERSON = re.compile(rf"\b(?:{_NOUNS}|{'|'.join(_CHAT_PLURAL)})\b", re.IGNORECASE)
_INDEFINITE = re.compile(rf"\b(?P<det>[Aa]|[Ss]ome|[Tt]his|[Oo]ne) (?P<noun>{_NOUNS})\b")
_NAME = r"[A-Z][\w'’-]+(?: (?:[A-Z][\w'’-]+|de|da|van|von|der|la|le))*"
_IDENTITY = re.compile(
    rf"^(?:(?:and|so|oh|also),? )?(?:(?:it )?turn(?:s|ed) out,? )?"
    rf"(?:(?:the|that|this) (?:{_NOUNS})(?:['’]s name)?|(?:his|her|their) name|it|he|she) "
    rf"(?:is|was|=|turn(?:s|ed) out to be|turned out to be) (?P<name>(?-i:{_NAME}))"
    rf"(?:, (?P<who>(?:his|her|their|the|a|an) [^,.;:!?“”]{{2,40}}))?[.!]*$",
    re.IGNORECASE,
)
_CHAT_DEFINITE = re.compile(r"\b(?P<det>[Tt]he|[Tt]hat) (?P<noun>guy|dude|bloke|fella)\b")
_CHAT_INDEFINITE = re.compile(r"\b(?P<det>[Aa]|[Ss]ome|[Tt]his) (?P<noun>guy|dude|bloke|fella)\b")
_CHAT_PLURALS = re.compile(r"(?<![Yy]ou )\b(" + "|".join(_CHAT_PLURAL) + r")\b")
# words that open a phrase describing the person ("dressed as a knight", "in a bear suit", "with a tray")
_MODIFIER_OPENERS = wordset("dressed wearing in with holding carrying from on at by who named called")
_MAX_MODIFIER = 8  # words


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+", text) if s]


def _verb(word: str) -> bool:
    w = word.lower().strip(",.;:!?")
    return w in IRREGULAR or (w.endswith("ed") and looks_like_verb(w, after_name=True)) or w in ("was", "were")


def _new_clause(before: str) -> str:
    """What comes before a person named as the subject of a clause after a comma: the comma made a full stop
    ("… fell down the stairs, a guy caught her" → "… fell down the stairs. Ken Abe caught her")."""
    return f"{before[:-2]}. " if before.endswith(", ") else before


def _named(sentence: str, m: re.Match[str], name: str, who: str | None = None) -> str:
    """The sentence with its indefinite person (`m`) named: "a guy dressed as a knight caught it" → "Ken Abe, a man
    dressed as a knight, caught it"; "a guy caught it" → "Ken Abe caught it"; `who`, who the identity sentence
    said they were, after the name ("Ken Abe, her drummer, in a bear suit, proposed")."""
    if who:
        name, person = f"{name}, {who},", ""
        return _named_as(sentence, m, name)
    person = _PERSON[m.group("noun").lower()]
    rest = sentence[m.end() :]
    words = rest.split(" ")[1:] if rest.startswith(" ") else []
    before = sentence[: m.start()]
    if not words or words[0].lower().strip(",") not in _MODIFIER_OPENERS:
        return f"{_new_clause(before) if words and _verb(words[0]) else before}{name}{rest}"
    # the phrase describing them runs to a comma or to the verb they did (never "dressed", its own opener)
    for k, w in enumerate(words[: _MAX_MODIFIER + 1]):
        if w.endswith((",", ".", ";", "!", "?")):
            phrase = " ".join(words[: k + 1]).rstrip(",.;!?")
            after = " ".join(words[k + 1 :])
            stop = w[-1] if w[-1] != "," else ","
            tail = f"{stop} {after}" if after else stop
            return f"{before}{name}, a {person} {phrase}{tail}"
        if k and _verb(w) and words[k - 1].lower() not in ("as", "was", "were", "who"):
            phrase = " ".join(words[:k])
            return f"{_new_clause(before)}{name}, a {person} {phrase}, {' '.join(words[k:])}"
    return f"{sentence[: m.start()]}{name}{rest}"


def _named_as(sentence: str, m: re.Match[str], name: str) -> str:
    """`_named` when the name carries who they were ("Ken Abe, her drummer,"): the phrase describing them follows
    it ("Ken Abe, her drummer, in a bear suit, proposed"), or the verb does ("Ken Abe, her drummer, caught it")."""
    before, rest = sentence[: m.start()], sentence[m.end() :]
    words = rest.split(" ")[1:] if rest.startswith(" ") else []
    for k, w in enumerate(words[: _MAX_MODIFIER + 1]):
        if _verb(w) and (not k or words[k - 1].lower() not in ("as", "was", "were", "who")):
            phrase = " ".join(words[:k])
            told = f"{name} {phrase}," if phrase else name
            return f"{_new_clause(before)}{told} {' '.join(words[k:])}"
    ends = not rest.strip() or rest[:1] in ".!?;,"  # (named as an object: "hugged Ken Abe, her drummer, at the bar")
    return f"{before}{name.rstrip(',') if ends else name}{rest}"


# "… caught it one-handed — it was Ken Abe.": the identity told after a dash is a sentence of its own
_IDENTITY_AFTER_DASH = re.compile(r"\s*[—–]\s*(?:and\s+)?(?=(?:it|he|she|that) (?:is|was) [A-Z])")
# "a guy named Ken Abe caught it": the name is who acted
_NAMED = re.compile(rf"\b(?:[Aa]n?|[Ss]ome|[Tt]his) (?:[a-z]+ )?(?:{_NOUNS}),? (?:named|called) (?P<name>{_NAME})")


def named_where_first_seen(text: str) -> str:
    """`text` (a report's copy, its quotes hidden) with someone it names later named where they first appear, and
    the sentence that only named them left out (see the module; also "… — it was Ken Abe", "a guy named Ken Abe");
    else chat's words for a person made the article's."""
    if _ANY_PERSON.search(text) is None:
        return text  # (the cheap test first: most reports name nobody this way)
    text = _NAMED.sub(lambda m: m.group("name"), text)
    said = _sentences(_IDENTITY_AFTER_DASH.sub(". ", text))
    for k, sentence in enumerate(said):
        identity = _IDENTITY.match(sentence)
        if identity is None or not k:
            continue
        name = identity.group("name")
        for j in range(k):
            m = _INDEFINITE.search(said[j])
            if m and name not in said[j] and not _quoted_at(said[j], m.start()):
                said[j] = _named(said[j], m, name, identity.group("who"))
                if not said[j][:1].isupper():
                    said[j] = said[j][:1].upper() + said[j][1:]
                del said[k]
                return _plain(" ".join(said))
        break
    return _plain(text)


def _quoted_at(sentence: str, at: int) -> bool:
    """Whether `at` lies inside speech in single quotes (double quotes are hidden before this runs)."""
    return any(m.start() < at < m.end() for m in SINGLE_QUOTED.finditer(sentence))


def _plain(text: str) -> str:
    """Chat's words for a person as the article's ("a guy" → "a man", "the dude" → "the man", "two guys" → "two
    men"), never inside speech in single quotes ('this guy is a legend')."""
    parts = SINGLE_QUOTED.split(text) if "'" in text or "‘" in text else [text]
    if len(parts) > 1:  # (split keeps the pattern's three groups: the quote's marks and words)
        step = 1 + SINGLE_QUOTED.groups
        return "".join(_plain(p) if not k % step else p for k, p in enumerate(parts) if p is not None)
    text = _CHAT_INDEFINITE.sub(lambda m: f"{'Aa'[m.group('det')[0].islower()]} {_PERSON[m.group('noun')]}", text)
    text = _CHAT_DEFINITE.sub(lambda m: f"{m.group('det')} {_PERSON[m.group('noun')]}", text)
    return _CHAT_PLURALS.sub(_plural, text)


# what may stand before chat's "guys" for it to be "men": a determiner, a number, a quantifier
_COUNTS = wordset(
    "the these those some two three four five six seven eight nine ten several few many both all other our their "
    "his her my your a couple of"
)


def _plural(m: re.Match[str]) -> str:
    """`_CHAT_PLURALS`: "two guys" → "two men", "the guys" → "the men"; but after a word that says which guys ("the
    trap guys", "the sound guys", "the merch guys": a crew or a scene by its trade) the words are the reporter's
    name for them, kept."""
    before = m.string[: m.start()].split()[-1:]
    if before and before[0].isalpha() and before[0].islower() and before[0] not in _COUNTS:
        return m.group(1)
    return _CHAT_PLURAL[m.group(1)]
