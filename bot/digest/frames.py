"""A note that frames its quote, told as the sentence that carries it.

Correspondents file speech as a frame: who, when, to whom, then the words ("Varga between sets, to the floor
manager:" with the words in the quote; `Okafor to the sound guy before his set: "turn me down"` in the note).
The frame has no verb: printed on its own, then the quote, it is a fragment ("Varga between sets, to the floor
manager. “…,” he said."). `told_to` gives the frame its verb and the quote with it: "Between sets, Varga told
the floor manager: “…”". A frame it cannot read (a verb already there, no "to" someone, more than a short
scene) is left as it is: a plain correct line beats a clever broken one.
"""

from __future__ import annotations

import re

from .textutil import fold, wordset
from .verbs import looks_like_verb

# what opens a note's scene ("between sets", "after the tribute"): told first, as the sentence's opener
_SCENE_PREPOSITIONS = wordset(
    "before after during between at in on outside inside backstage by near from behind while mid post pre"
)
# who the words were said to: a determiner or a possessive, then a noun ("the floor manager", "her agent")
_ADDRESSEE_OPENERS = wordset("the a an his her their its my our your one two both")
_ADDRESSEE_WORDS = 5  # "the floor manager", "her drummer", "the woman at coat check": a short noun phrase
_NAME_WORDS = 4  # a speaker's name, at most ("Tunde Okonjo-Hart", "Lena de la Cruz")
_SCENE_WORDS = 8  # a scene longer than this is a sentence of its own, not a frame
_PARTICLES = wordset("de da di del della van von der den la le du dos das bin al")
_LEAD_INS = wordset("overheard heard spotted seen caught just")
_FRAME_QUOTE = re.compile(r"^(?P<frame>[^“”\"]+?)\s*:\s*(?P<quote>[“\"].+)$")


def told_to(sentence: str, quote: str | None = None, names: frozenset[str] = frozenset()) -> str | None:
    """A frame sentence with its quote as one sentence ("Between sets, Varga told the floor manager: “…”"), or
    None when `sentence` is not a verbless frame naming who the words were said to. The quote is the one the
    sentence carries after its colon, else `quote` (the report's quote, without quotation marks). `names`: the
    folded words of the story's names (a speaker typed in lower case, "cosmo between sets, to …", is one)."""
    carried = _FRAME_QUOTE.match(sentence)
    if carried is not None:
        frame, said = carried.group("frame"), carried.group("quote")
    elif quote:
        frame, said = sentence.rstrip(" .:;—-"), f"“{quote}”"
    else:
        return None
    parts = _parts(frame, names)
    if parts is None:
        return None
    scene, speaker, addressee, after = parts
    told = f"{speaker} told {addressee}{' ' + after if after else ''}: {said}"
    return f"{scene[:1].upper()}{scene[1:]}, {told}" if scene else told


_FRAME_WORDS = re.compile(r"^(?P<frame>[^“”\"]+?)\s*:\s*(?P<words>[^\s“”\"].*)$")


def unquoted_speech(sentence: str, names: frozenset[str] = frozenset()) -> bool:
    """Whether a sentence is a verbless speech frame with the words said after its colon, unquoted ("Vane to the press
    officer: Haddi keeps it until the last car leaves."): a note's reported speech, which no rule can tell as one
    sentence in the body's tense (`told_to` tells a frame with its quote)."""
    m = _FRAME_WORDS.match(sentence)
    return m is not None and _parts(m.group("frame"), names) is not None


def _parts(frame: str, names: frozenset[str]) -> tuple[str, str, str, str] | None:
    """A frame's scene (its opener, "" when none), speaker, addressee and what follows the addressee ("before his
    set"); None when it is not a verbless frame."""
    words = frame.replace(",", " , ").split()
    at = next((k for k in range(len(words) - 1, 0, -1) if words[k] == "to"), None)
    if at is None or at + 1 >= len(words):
        return None
    head = words[:at]
    while head and fold(head[0]) in _LEAD_INS:  # "Overheard by the bar, Grell to Abara"
        head = head[1:]
    while head and head[-1] == ",":
        head.pop()
    addressee, after = _addressee(words[at + 1 :])
    if not addressee or not head:
        return None
    if fold(head[0]) in _SCENE_PREPOSITIONS and "," in head:  # "Between sets, Varga to the floor manager"
        comma = head.index(",")
        scene, speaker = head[:comma], head[comma + 1 :]
        if not _is_name(speaker, names):
            return None
    else:
        n = _name_length(head, names)
        if n == 0:
            return None
        speaker, scene = head[:n], head[n:]
        if scene and scene[-1] == ",":
            scene = scene[:-1]
        if any(w == "," or w[:1].isupper() for w in scene):
            return None  # "Grell by the bar, Abara …": more than one scene
    if not scene and after and _participle(after[0]):  # "Varga, to her drummer, coming off stage"
        scene, after = after, []
    if len(scene) > _SCENE_WORDS or not _scene(scene):
        return None
    return _joined(scene), " ".join(speaker), _joined(addressee), _joined(after)


def _addressee(words: list[str]) -> tuple[list[str], list[str]]:
    """Who the words were said to ("the floor manager", "Abara") and what follows ("before his set"); nothing when
    the words after "to" are not a short noun phrase (a verb: "to go on", a place: "to the stage door and")."""
    if not words or words[0] == ",":
        return [], []
    first = words[0]
    if fold(first) not in _ADDRESSEE_OPENERS and not first[:1].isupper():
        return [], []
    end = next((k for k, w in enumerate(words) if k and (fold(w) in _SCENE_PREPOSITIONS or w == ",")), len(words))
    addressee, after = words[:end], [w for w in words[end:] if w != ","]
    if len(addressee) > _ADDRESSEE_WORDS or len(after) > _SCENE_WORDS:
        return [], []
    if _has_verb(addressee[1:]) or _has_verb(after):
        return [], []  # "to the crew who cheered": a clause, not a frame
    if after and fold(after[0]) not in _SCENE_PREPOSITIONS and not _participle(after[0]):
        return [], []
    return addressee, after


def _name_length(words: list[str], names: frozenset[str] = frozenset()) -> int:
    """How many of the first words are a name (capitalised words or words of the story's `names`, lower-case
    particles between them)."""
    n = 0
    while n < len(words) and n < _NAME_WORDS:
        w = words[n]
        capital = (w[:1].isupper() or fold(w) in names) and fold(w) not in _SCENE_PREPOSITIONS
        particle = fold(w) in _PARTICLES and n > 0 and any(x[:1].isupper() for x in words[n + 1 : n + 3])
        if not (capital or particle):
            break
        n += 1
    while n and fold(words[n - 1]) in _PARTICLES:
        n -= 1
    return n


def _is_name(words: list[str], names: frozenset[str]) -> bool:
    return bool(words) and _name_length(words, names) == len(words)


def _participle(word: str) -> bool:
    w = fold(word)
    return w.endswith("ing") and len(w) > 4


def _scene(words: list[str]) -> bool:
    """Whether the words between the speaker and "to" set a scene the sentence can open with: nothing, a
    preposition's phrase ("between sets") or a participle's ("coming off stage after the tribute"), with no
    other verb in it."""
    if not words:
        return True
    if fold(words[0]) not in _SCENE_PREPOSITIONS and not _participle(words[0]):
        return False
    return not _has_verb(words[1:])


_RELATIVES = wordset("who whom whose which that")


def _has_verb(words: list[str]) -> bool:
    """Whether words hold a verb or a relative clause; a word after a determiner or a possessive is a noun ("his
    set", "the cut")."""
    for k, w in enumerate(words):
        if fold(w) in _RELATIVES:
            return True
        noun = k and fold(words[k - 1]) in _ADDRESSEE_OPENERS
        if not noun and looks_like_verb(w, after_name=False):
            return True
    return False


def _joined(words: list[str]) -> str:
    return " ".join(words).replace(" ,", ",")


_TOLD_OPENING = re.compile(r"^([A-Z][\w'’-]*)\b[^,:“]*, [^,:“]+ told ")


def opens_on_scene(text: str) -> bool:
    """Whether a text opens on a frame's scene (`told_to`: "Between sets, Varga told …", "Coming off stage, Strand
    told …"): after a connective it reads in lower case ("Earlier, between sets, Varga told …")."""
    m = _TOLD_OPENING.match(text)
    if m is None:
        return False
    return fold(m.group(1)) in _SCENE_PREPOSITIONS or _participle(m.group(1))
