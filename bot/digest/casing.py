"""The small parts every copy-editing pass shares: ALL-CAPS words in normal case (`_caps`: short acronyms such as
"VIP" or "DJ" kept; a place word is no acronym: "at the BAR" → "at the bar"), sentences that start with a capital
(`capitalise_sentences`), an edit that never touches quoted speech (`outside_quotes`), a note's abbreviations and
units written out ("GRN RM" → "the green room", "min" → "minutes")."""

from __future__ import annotations

import re
from collections.abc import Callable

from .clauses import ends_sentence
from .language import FUNCTION_WORDS
from .lexicon import (
    NUMBER_WORDS,
)
from .places import PLACE_WORDS
from .register import ACRONYMS
from .textutil import STYLED_LOWER, pairs, wordset
from .verbs import (
    VERB_SHAPED,
)

_ABBREVIATIONS = pairs(
    "w/:with w/o:without b/c:because ppl:people incl:including incl.:including approx:about approx.:about "
    "secs:seconds mins:minutes hrs:hours til:until thx:thanks pls:please thru:through "
    # a contraction typed without its apostrophe (only those that are no other word: not "wont", "its", "were")
    "didnt:didn't dont:don't doesnt:doesn't cant:can't isnt:isn't wasnt:wasn't werent:weren't couldnt:couldn't "
    "wouldnt:wouldn't shouldnt:shouldn't hasnt:hasn't havent:haven't hadnt:hadn't aint:ain't thats:that's "
    "theres:there's whats:what's youre:you're theyre:they're "
    # text-speak a correspondent types on the run (break 67): "b4 his category", "abt who gets the last wrap"
    "b4:before abt:about bday:birthday convo:conversation tonite:tonight perf:performance tmrw:tomorrow "
    "tues:Tuesday weds:Wednesday thurs:Thursday"
)
_ABBREVIATION = re.compile(
    r"(?<![\w/])(" + "|".join(re.escape(a) for a in sorted(_ABBREVIATIONS, key=len, reverse=True)) + r")(?![\w/])",
    re.IGNORECASE,
)
_UNIT = re.compile(
    r"\b(\d+)\s*(min|sec|hr|ft)\b(?:\.(?=\s+(?-i:[a-z,])))?", re.IGNORECASE
)  # "12 min. Ines": a full stop
_UNITS = {"min": "minutes", "sec": "seconds", "hr": "hours", "ft": "feet"}
_CAPS_WORD = re.compile(r"\b[A-Z][A-Z'’]*[A-Z]\b|\bA\b")
# short words in capitals that are shouting, not acronyms
_COMMON_SHORT = wordset(
    """
    over off on out now yes no wow not all and the here gone done live back down fast huge wild loud mine hot
    this that what why how who when she he her him his its it is was are you we they one two big bad mad sad
    fun cool real true very just also like love hate cry lost won win wins best new old ever ago
    hard soft dead fast slow full flat high low late long kept went
    """
)
# a shouted interjection with a drawn-out letter ("OHHH", "NOOO", "YESSS"), never an acronym
_DRAWN_OUT = re.compile(r"([A-Z])\1\1")
_QUOTED = re.compile(r"(\"[^\"]*\"|“[^”]*”)")
_SINGLE_QUOTED = re.compile(r"(?<![\w])['‘](?=\S)[^'‘’\n]{1,200}?(?<=\S)['’](?![\w])")  # 'WELCOME TO LAHORE'
_SENTENCE_START = re.compile(r"(^|[.!?]\s+)([a-z])")
_COLON_SPEECH = re.compile(r"(:\s+“)([a-z])")
_STOP_OUTSIDE = re.compile(r"(:\s+“[^“”]*[^“”.!?…,])”\.")
_SPACES = re.compile(r"\s+")
_SPACE_BEFORE = re.compile(r"\s+([,.;:!?)])")
_SPEECH_MARK = re.compile(r"[“\":]|(?:^|\s)['‘]")  # speech or a sign in the sentence: left as written
_BE_WORDS = VERB_SHAPED


# the green room as a note types it ("back to GRN RM", "in the grn rm"): "the green room"
_GREEN_ROOM = re.compile(r"\b(?:(?P<det>the|a|his|her|their) )?gr(?:ee)?n\.? ?rm\b", re.IGNORECASE)
_AM_PM = re.compile(r"\b([ap])\.m\.\s+(?=[a-z])")
_ENGLISH = FUNCTION_WORDS["en"]


def outside_quotes(text: str, edit: Callable[[str], str]) -> str:
    """`edit` applied to the parts of `text` that are not quoted speech."""
    if '"' not in text and "“" not in text:
        return edit(text)  # (no quotation mark: one part, and no scan)
    parts = _QUOTED.split(text)
    return "".join(part if i % 2 else edit(part) for i, part in enumerate(parts))


# a word shown on a screen or a sign, in capitals after what shows it ("phones with ODESSA spelled out", "a banner
# reading HIRA"): as written
_SHOWN_BEFORE = re.compile(r"\b(?:reading|reads|spelling|spelled|spelt|chanting|chanted)\s+$", re.IGNORECASE)
_SHOWN_AFTER = re.compile(r"\s+(?:typed|spelled|spelt|written|printed|lit up)\b")  # "phones with ODESSA typed …"


def shown_as_written(text: str, start: int, end: int) -> bool:
    """Whether the words at `start`..`end` are what a screen, a sign or a chant shows ("phones with HIRA typed across
    the screen", "a banner reading KASIMIR", "chanting SABRI"): printed as written, never re-cased nor renamed."""
    if _SHOWN_BEFORE.search(text, 0, start) is not None:
        return True
    return text[:start].rstrip().lower().endswith(" with") and _SHOWN_AFTER.match(text, end) is not None


_SIGN_AFTER = re.compile(r"\s+(?:sign|signs|banner|placard|poster|t-shirt|shirt)\b")


def _run_end(words: list[re.Match[str]], k: int, segment: str) -> int:
    """Where the run of capitals words that word `k` is in ends."""
    while k + 1 < len(words) and not segment[words[k].end() : words[k + 1].start()].strip(" -—–,"):
        k += 1
    return words[k].end()


def in_run_of(words: list[re.Match[str]], k: int, segment: str) -> bool:
    """Whether the capitals word `k` is one of a run of them (a shouted phrase, "HE DID IT")."""
    before = words[k - 1] if k else None
    after = words[k + 1] if k + 1 < len(words) else None
    return (before is not None and not segment[before.end() : words[k].start()].strip(" -—–,")) or (
        after is not None and not segment[words[k].end() : after.start()].strip(" -—–,")
    )


def _signs(segment: str) -> list[tuple[int, int]]:
    """Where a segment quotes a sign's words in single quotes, in capitals in a note that is not shouted ("a woman at
    the barrier holding up 'BIGOTE ETERNO'"): as written. None in a shouted note ("RUBEN OKAFOR IN LIFT, SINGS
    'SILVER RIVER' A CAPPELLA": all of it is shouting)."""
    spans = [q.span() for q in _SINGLE_QUOTED.finditer(segment) if " " in q.group(0)]
    starts, ends = [0, *(e for _, e in spans)], [*(s for s, _ in spans), len(segment)]
    outside = "".join(segment[a:b] for a, b in zip(starts, ends, strict=True))
    letters = [c for c in outside if c.isalpha()]
    return spans if letters and sum(c.isupper() for c in letters) * 4 < len(letters) else []


def _caps(segment: str) -> str:
    """ALL-CAPS runs and shouted words in lower case; a lone short capitalised word is an acronym ("VIP")."""
    words = list(_CAPS_WORD.finditer(segment))
    if not words:
        return segment
    out: list[str] = []
    last = 0
    named = _named_runs(segment, words)
    signs = _signs(segment) if "'" in segment or "‘" in segment else []
    for k, m in enumerate(words):
        word = m.group(0)
        in_run = in_run_of(words, k, segment)
        shown = not in_run and shown_as_written(segment, m.start(), m.end())
        on_a_sign = _SIGN_AFTER.match(segment, _run_end(words, k, segment)) is not None  # "the MARRY ME TOBIAS sign"
        if (any(a < m.start() < b for a, b in signs) or shown or on_a_sign) and not _DRAWN_OUT.search(word):
            continue  # "It reads 'HIRA BATOOL — MERI BETI'": a sign's words as it is written (left as they are)
        letters = sum(c.isalpha() for c in word)
        if k in named:
            word = word[0] + word[1:].lower()  # a name in capitals in title case, never lower case: "Saint-Denis"
        elif word == "A" and not in_run:
            pass  # "A yellow bus": an article, in its place
        elif word.lower() in ACRONYMS:
            pass  # "VIP TENT": the tent is shouted, the VIP is an acronym
        elif (
            in_run
            or letters >= 5
            or word.lower() in _COMMON_SHORT
            or word.lower() in _ENGLISH
            or word.lower() in NUMBER_WORDS  # "brought FOUR cooks up"
            or word.lower() in PLACE_WORDS  # "at the BAR": a place, not an acronym
            or _DRAWN_OUT.search(word)
            or (letters >= 3 and _STATE_BEFORE.search(segment, 0, m.start()))  # "she was FINE": a state, shouted
            or (letters >= 3 and _MODAL_BEFORE.search(segment, 0, m.start()))  # "you can HEAR them": a verb, shouted
        ):
            quoted = _DRAWN_OUT.search(word) and segment[m.start() - 1 : m.start()] in ("'", "‘")
            word = word[0] + word[1:].lower() if quoted else word.lower()  # 'OHHH' is quoted: ‘Ohhh’
        out.append(segment[last : m.start()] + word)
        last = m.end()
    out.append(segment[last:])
    return "".join(out)


# what a street or a place is called by ("on SAINT-DENIS boulevard", "OXFORD STREET"): the words in capitals before it
# are its name (never "Adele SCREAMED": a word in capitals after a name is shouted, not a name)
_STREET = wordset(
    "street boulevard blvd avenue road square station bridge hotel arena stadium theatre theater gardens quay "
    "embankment terrace place lane drive metro"
)


def _named_runs(segment: str, words: list[re.Match[str]]) -> set[int]:
    """The indexes of `words` (capitals) that are parts of a name in capitals: a run of them joined by spaces or
    hyphens right before a street's word ("SAINT-DENIS boulevard"), or ending on one ("OXFORD STREET"). Any other
    word in capitals is left to `_caps`' rules."""
    found: set[int] = set()
    k = 0
    while k < len(words):
        end = k
        while end + 1 < len(words) and segment[words[end].end() : words[end + 1].start()] in (" ", "-", "‑", "‐"):
            end += 1
        run = range(k, end + 1)
        after = segment[words[end].end() :].lstrip(" ").split(" ", 1)[0].strip(",.;:!?").lower()
        last = words[end].group(0).lower()
        if (after in _STREET or (last in _STREET and end > k)) and not any(
            words[i].group(0).lower() in ACRONYMS or words[i].group(0).lower() in _ENGLISH for i in run
        ):
            found.update(run)
        k = end + 1
    return found


# a word in capitals after "was", "so", "very" … is a state shouted ("she was FINE", "so LOUD"), not an acronym
_STATE_BEFORE = re.compile(
    r"(?:\b(?:was|were|is|are|am|so|very|too|totally|absolutely|really|looked|looks|felt)|\b(?:she|he|it|that)['’]s)\s+$",
    re.IGNORECASE,
)


def _abbreviation(m: re.Match[str]) -> str:
    return _ABBREVIATIONS[m.group(1).lower()]


def _unit(m: re.Match[str]) -> str:
    return f"{m.group(1)} {_UNITS[m.group(2).lower()]}"


def capitalise_sentences(text: str) -> str:
    """Every sentence starts with a capital ("a.m." and "p.m." do not end one), and so does speech a colon
    introduces, with its full stop inside the quote ('Toby said: “next to my Lego”.' → 'Toby said: “Next to
    my Lego.”')."""
    text = _AM_PM.sub(lambda m: f"{m.group(1)}.m.\u2060 ", text)
    text = _SENTENCE_START.sub(_capital, text)
    text = _COLON_SPEECH.sub(lambda m: m.group(1) + m.group(2).upper(), text)
    text = _STOP_OUTSIDE.sub(r"\1.”", text)
    return text.replace(".m.\u2060 ", ".m. ")


def _capital(m: re.Match[str]) -> str:
    """A sentence's first letter in capitals; not after an abbreviation ("J. R. Okoye vs. the door")."""
    before = m.string[: m.start(2)].rstrip()
    if m.group(1) and (before.endswith(("..", "…")) or not ends_sentence(before, m.string[m.start(2) :])):
        return m.group(0)  # "Well... maybe": an ellipsis pauses, it does not end a sentence
    if STYLED_LOWER.match(m.string, m.start(2)):
        return m.group(0)  # "k.d. lang sang", "will.i.am played": a name styled in lower case stays so
    return m.group(1) + m.group(2).upper()


# a word in capitals after "can", "could", "did" … is a verb shouted ("you can HEAR them"), never an acronym
_MODAL_BEFORE = re.compile(
    r"\b(?:can|could|will|would|did|does|do|must|should|might|may|can['’]t|cannot|couldn['’]t|didn['’]t|don['’]t|"
    r"won['’]t)\s+$",
    re.IGNORECASE,
)
