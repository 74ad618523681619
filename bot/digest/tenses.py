"""The story told in the past tense (`_to_past`, run by `narration.narrate`): "is sitting" → "was sitting", "just
split" → "split", "Bram says" → "Bram said", "she's just handed" → "she had just handed"; a person's age or job, or a
state that still holds, stays present: "who is eleven", "who are suing each other"; a sentence that dropped its
subject and speaks in the present ("Walks up mid-set." → "Khoza walked up mid-set.", `_dropped_present`), its list's
verbs too, a word listed among things left a thing (`_listed_in_past`, `after_things`: "with posters, mugs and
signs"); what someone was about to do told as due ("she presents X in 12 minutes" → "she was due to present X …")."""

from __future__ import annotations

import re

from .lexicon import (
    NUMBER_WORDS,
    ROLE_NOUNS,
)
from .nouns import doubled, in_noun_phrase
from .textutil import fold, generational, pairs, wordset
from .verbs import (
    PAST_OF,
    base_form,
    is_past_verb,
    looks_like_verb,
    past_tense,
    sibilant_past,
)

# --- the story in the past tense ---------------------------------------------------------------------------

_REPORTER_VERB = re.compile(r"^(?:just\s+)?(?:found|spotted|saw|caught|seen|clocked)\s+(?=\S)", re.IGNORECASE)
_PAST = pairs(
    "is:was are:were has:had have:had hasn't:hadn't haven't:hadn't isn't:wasn't aren't:weren't won't:wouldn't "
    "can:could will:would can't:couldn't doesn't:didn't don't:didn't says:said asks:asked tells:told "
    "wants:wanted thinks:thought wins:won loses:lost intends:intended "
    "knows:knew keeps:kept refuses:refused insists:insisted swears:swore claims:claimed reckons:reckoned "
    "she's:she_was he's:he_was it's:it_was that's:that_was there's:there_was "
    "who's:who_was"
)
# a promise or a bet told as what it says ("promises us that if she wins she will sing"): the verb in the past, and
# never the correspondent's "us" (the noun, "two promises", is never followed by "that")
_PROMISES_THAT = re.compile(r"\b(promises|vows|bets|pledges)(?: us| me)? that\b")
_PROMISED = {"promises": "promised", "vows": "vowed", "bets": "bet", "pledges": "pledged"}
# a plural's condition ("if they lose to her tonight, he will buy …"): its verb in the past with the rest
_IF_PLURAL = re.compile(r"\b([Ii]f (?:they|we|you) )(win|lose)\b")
_DOES_NOT = re.compile(r"\b[Dd]oes not\b")  # "he does not own a radio": did not (a bare "does" may be a verb left
# in the present beside others: "stares …, then does the whole intro")
_PAST_WORD = re.compile(r"(?<![\w'’])(" + "|".join(re.escape(w) for w in _PAST) + r")(?![\w'’])", re.IGNORECASE)
_JUST = re.compile(r"(?<!\bhad )(?<!\bhas )(?<!\bhave )\bjust\s+(?=[a-z])")  # "had just sat down" keeps it
_PRESENCE = re.compile(r"^(\S+(?: \S+){0,3}) (?:is|was|are|were) (?:here|there|in the building|around)[.!]?$")
_VERB_PHRASE_NEXT = wordset(
    "his her their its the a an it them him me us off up out in on to down back over through into onto away around"
    " behind beside across along past"  # ("Changed behind a curtain held by 4 choir kids", round 49, Tallinn)
)
_ING = re.compile(r"\b[a-z]{2,}ing\b")
_TRAILING_NOW = re.compile(r"\s+(?:right\s+)?now(?=\s*[.!?]?\s*$)", re.IGNORECASE)
# what may follow a subject in a note that has no verb: "Ndidi back in the lift", "Soraya late to the press room"
_STATES = wordset(
    "still back asleep awake alone late here there now in at on with outside inside behind under near off by out up "
    "down into onto through across over flat barefoot soaked "
    "onstage offstage backstage upstairs downstairs "
    "very so too really quite completely totally"  # "Beam's table very quiet now": was very quiet
)
_DEGREE = wordset("very so too really quite completely totally")  # never a subject ("Too late for the speech")
_ADVERBS = wordset("already still just now finally also")
_QUANTIFIERS = wordset("whole entire every each half all both most some")


_NOT_SUBJECT_START = wordset(
    "in on at to for from with by of after before during while when as if then and but or so just still also "
    "behind inside outside under near beside beyond across through into onto past around above below between among "
    "without within against despite upon unlike except toward towards since until till"  # "Without asking, he …"
)


_NOT_AFTER_MODAL = wordset("in on at of and or with from to for the a an by into onto under over off out up down")


# after these a verb is not finite and keeps its form ("would have", "to have", "didn't have", "can't have")
_GOVERNS = wordset(
    "would could should might must may will shall can to did didn't don't doesn't won't wouldn't couldn't "
    "shouldn't can't cannot mustn't whoever whichever"
)  # (a bet's terms keep their tense: "whoever loses Best Score carries the bag", never "whoever lost … carries")
_BETWEEN = wordset("not never ever still just also always only really even")  # "would never have", "to not have"


def _governed(text: str, start: int) -> bool:
    """Whether the word at `start` follows a modal, "to", "did" or "whoever" (an adverb or two between): "would
    have" keeps its "have" ("would had" is no English), whatever the tense of the story."""
    before = text[max(0, start - 40) : start].replace("’", "'").split()[-3:]  # (the words just before: cheap)
    while before and before[-1] in _BETWEEN:
        before.pop()
    return bool(before) and before[-1] in _GOVERNS  # (in lower case: "May is in …" names May)


def _past(m: re.Match[str], names: frozenset[str] = frozenset()) -> str:
    word = m.group(1)
    key = word.lower().replace("’", "'")
    if word[:1].isupper() and (key in names or _mid_sentence(m.string, m.start())):
        return word  # "host Will Okafor", "Will Okafor kept his word": a name, not a tense
    if _governed(m.string, m.start()):
        return word  # "she would have had two", "wanted to have", "didn't have": not a finite verb
    following = m.string[m.end() :].split(" ", 2)[1:2]
    before = m.string[: m.start()].split()[-1:]
    if (
        key in ("can", "will")
        and (
            (before and before[0].lower() in _DETERMINERS)  # "the can he handed her": a noun, not the modal
            or (key == "can" and in_noun_phrase(m.string, m.start()))  # "a soda can ring pull", "a fan's tin can"
            or m.string[m.end() : m.end() + 1] in ".,;:!?"
            or not following
            or not following[0][:1].isalpha()
            or following[0].lower() in _NOT_AFTER_MODAL
        )
    ):
        return word  # "an empty ginger ale can in the other": a noun, not the modal
    if key in ("who's", "is", "are") and _fact_of_a_person(m.string, m.start(), m.end(), key):
        return word if key != "who's" else word[:3] + " is"  # "Tomas, who is eleven,": a fact, still true
    # "she's lost count": she has (but "she's done for the night": she is); "she's just handed": has
    following = m.string[m.end() :].split(" ", 3)[1:]
    while len(following) > 1 and following[0] in _ADVERBS:
        following = following[1:]
    following = following[:1]
    has = key.endswith("'s") and following and not following[0].endswith("ing")
    has = has and (is_past_verb(following[0]) or following[0].lower().rstrip(",.;:!?") in _HAS_PARTICIPLES)
    if has and not _done_with(m.string[m.end() :]):
        key = key[:-2] + "'s_had"
    past = _PAST.get(key, key[:-6] + " had" if key.endswith("'s_had") else key).replace("_", " ")
    return past[:1].upper() + past[1:] if word[:1].isupper() else past


_AGES = "|".join(w for w in NUMBER_WORDS if not w.endswith(("st", "nd", "rd", "th", "ce")) and w != "zero")
_AGE_OR_JOB = re.compile(rf"\s+(?:\d+|(?:a|an)\s+(?:[\w-]+-year-old|(?:{ROLE_NOUNS}))\b|(?:{_AGES})\b)")


# a state that still holds after the night ("the co-creators, who are suing each other": "were suing" would say
# the suit is over)
_LASTING = re.compile(
    r"\s+(?:still\s+|now\s+)?(?:suing|dating|divorcing|feuding|expecting|engaged|married|separated|divorced|related|"
    r"twins|siblings|cousins|neighbours|neighbors|in business|in a band|in a relationship)\b"
)


def _fact_of_a_person(text: str, start: int, end: int, key: str) -> bool:
    """ "who's eleven", "who is a stylist", "who are suing each other": a person's age or job, or a state that still
    holds, after "who", told in the present however the story is told (only "who's crying" is narration: "who was
    crying")."""
    if key == "is" and _AGE_AFTER.match(text, end) is not None and _NAME_BEFORE_IS.search(text, 0, start):
        return True  # "Jaylen is 15 and plays trumpet": his age, still true
    if key in ("is", "are") and not text[max(0, start - 5) : start].lower().endswith("who "):
        return False
    return _AGE_OR_JOB.match(text, end) is not None or _LASTING.match(text, end) is not None


_AGE_AFTER = re.compile(r" \d{1,3}(?: years old)?(?=[,.;]| and\b)")  # "is 15 and …", "is 82."
_NAME_BEFORE_IS = re.compile(r"(?:^|[.!?] )[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)? $")  # the sentence's subject, a name


# participles `is_past_verb` does not know as such ("he's had", "she's been", "he's come"): "'s" is "has" before them
_HAS_PARTICIPLES = wordset("had been come become run got gotten")
_DONE = re.compile(r"\s+(?:done|finished)(?!\s+(?:it|this|that|the|a|an|her|his|their|them|him|so|more|enough)\b)")


def _done_with(after: str) -> bool:
    """Whether "'s" + what follows is "is done" ("she's done for the night"), not "has done" ("she's done it
    again")."""
    return _DONE.match(after) is not None


def _mid_sentence(text: str, start: int) -> bool:
    before = text[:start].rstrip(" \"“'‘([")
    return bool(before) and before[-1] not in ".!?:"


def _state_or_ing(word: str, following: str = "") -> bool:
    w = word.rstrip(",.;:!?").lower()
    if w in _STATES or (w.endswith("ing") and len(w) > 4 and looks_like_verb(w, after_name=True)):
        return True
    # "opening a bottle", "setting up a phone line"
    return w.endswith("ing") and following.lower() in ("a", "an", "the", "his", "her", "their", "up", "out", "off")


_DETERMINERS = wordset("a an the his her their its my our your this that one whole every no some all")


# "she presents Best Score in about 40 minutes": true when it was written, wrong when read after the show
_DUE = re.compile(
    r"\b(?P<verb>[a-z]+s)\b(?=[^.!?;]{0,50}?\bin (?:about |around |roughly |maybe |under |another |just )?"
    r"(?:\d+|an?|half an|one|two|three|four|five|ten|fifteen|twenty|thirty|forty|fifty) ?"
    r"(?:minutes?|mins?|hours?|hrs?|seconds?)\b)"
)


def _dropped_present(sentence: str, names: frozenset[str]) -> str | None:
    """A note's sentence that dropped its subject and says what they do in the present ("Walks up mid-set, puts his
    guitar over Jr's shoulders.") in the past, its subject still to be given ("Walked up mid-set, puts …": the
    present after it is `_to_past`'s); None for any other sentence ("Walks were long", a name, a noun)."""
    then = sentence.startswith("Then ")  # "Then walks up mid-set and puts …": then he walked up
    first, _, rest = sentence.removeprefix("Then ").partition(" ")
    word = first.lower()
    if not rest or not (first[:1].isupper() or then) or not word.isalpha() or word in names or not word.endswith("s"):
        return None
    base = _base_of_third_person(word)
    past = past_tense(base) if looks_like_verb(word, after_name=True) else None
    if past is None or rest.split(" ", 1)[0].lower() in _NOT_AFTER_A_VERB:
        return None
    rest = _listed_in_past(rest)  # ("… and puts his guitar over …": and put)
    return f"Then {past} {rest}" if then else f"{past[:1].upper()}{past[1:]} {rest}"


# a note's sentence opening on a person of the story (after a scene or a time set first, or not) and what they do,
# in the present: "In the wings, Kalle Virtanen, Sr. pulls his old mic out of his jacket, gives it to Jr." (a
# reporter's dash between the two is their pause, never printed: "Rhea Solt — hugs the envelope" → "… hugged …")
_NAMED_PRESENT = re.compile(
    r"^(?P<scene>(?:In|At|On|By|Outside|Inside|Behind|Backstage|Near|Seconds|Minutes|Moments|Just|Right|Straight"
    r"|Later|After|Before|When|During)\b[^,;:“”]{0,60}, )?"
    r"(?P<name>[A-ZÀ-ÖØ-Þ][\w'’.-]*(?:,? [A-ZÀ-ÖØ-Þ][\w'’.-]*){0,3})(?: [—–])? (?P<verb>has|[a-z]{3,}s)\b"
    r"(?P<rest>.*)$"
)


# how long something had gone on ("for two seasons", "since 2019", "all his life")
_GONE_ON = re.compile(
    r"\b(?:for (?:\w+ )?(?:years|seasons|months|weeks|decades|ages)|since|all (?:his|her|their) li(?:fe|ves))\b"
)


def _named_present(sentence: str, names: frozenset[str]) -> str:
    """A note's sentence telling what a person of the story does, in the present, told in the past, the verbs of its
    list too ("In the wings, Kalle Virtanen, Sr. pulls his old mic out of his jacket, gives it to Jr." → "… pulled …,
    gave it to Jr."); any other sentence as it is (a name the story does not know, a word that is no verb)."""
    m = _NAMED_PRESENT.match(sentence)
    if m is None or not names:
        return sentence
    words = [fold(w).strip(",.") for w in m.group("name").split()]
    if not all(w in names or generational(w) for w in words if w):
        return sentence
    verb = m.group("verb")
    base = _base_of_third_person(verb)
    past = past_tense(base) if looks_like_verb(verb, after_name=True) else None
    past = "had" if verb == "has" else past  # ("Piet Laan has his cane in one hand and waves …": had, and waved)
    following = m.group("rest").lstrip().split(" ", 1)[0].lower()
    if (
        verb == "has"
        and is_past_verb(following)
        and following not in ("been", "had")
        and not _GONE_ON.search(m["rest"])
    ):
        # "Vilim Horvat has kept his promise": the live blog's perfect is the article's simple past, "kept", never
        # "had kept" (round 46); one that lasted up to then keeps it ("has played … for two seasons")
        rest = m.group("rest").lstrip()[len(following) :]
        simple = past_tense(base_form(following) or following) or following  # ("has taken" → "took")
        return f"{m.group('scene') or ''}{m.group('name')} {simple}{_listed_in_past(rest)}"
    if past is None and following in _COMPLEMENT_STARTS:  # "Vane crosses out her notes": crossed, a verb's shape
        past = sibilant_past(base)
    if past is None or following in _NOT_AFTER_A_VERB:
        return sentence
    return f"{m.group('scene') or ''}{m.group('name')} {past}{_listed_in_past(m.group('rest'))}"


def named_present_clauses(sentence: str, names: frozenset[str]) -> str:
    """`_named_present` of each of a sentence's clauses between semicolons ("Bofenda opens his jacket …; Lord Makabu
    answers by lifting his trouser leg …" → "… opened …; Lord Makabu answered …")."""
    if "; " not in sentence and ": " not in sentence:
        return _named_present(sentence, names)
    parts = _CLAUSE_BREAK.split(sentence)  # (the breaks kept, at odd places)
    told: list[str] = []
    for k, part in enumerate(parts):
        if k % 2:
            told.append(part)
            continue
        said = _named_present(part, names)
        before = told[-2] if k else ""
        past = bool(before) and (before != parts[k - 2] or any(is_past_verb(w.strip(",.")) for w in before.split()))
        if k and said == part and past and part.split(" ", 1)[0] in _CLAUSE_PRONOUNS:  # "…, turned round only for
            # the last chorus; they finish it on one mic", "Quist paid up: she walks into the bar": a pronoun's clause
            # after one told in the past, in the past too
            said = pronoun_present(part[:1].upper() + part[1:])
            said = said[:1].lower() + said[1:]
        told.append(said)
    return "".join(told)


_CLAUSE_BREAK = re.compile(r"(; |: (?=[a-z]))")
_CLAUSE_PRONOUNS = wordset("he she they it")  # (never "the loser wears …": a bet's rule, as it was stated)


# a sentence opening on "it", "he" or "she" and a verb in the present ("It ends in a handshake and one Primus"), or
# on a thing or a group ("The gate staff wait with their arms folded", "The crowd roars its approval")
_PRONOUN_PRESENT = re.compile(r"^(?P<who>It|He|She|They) (?P<verb>[a-z]{3,})\b(?P<rest>.*)$")
_THING_PRESENT = (
    re.compile(r"^(?P<who>The [a-z]+) (?P<verb>[a-z]{2,})\b(?P<rest>.*)$"),
    re.compile(r"^(?P<who>The [a-z]+ [a-z]+) (?P<verb>[a-z]{2,})\b(?P<rest>.*)$"),
)


def pronoun_present(sentence: str) -> str:
    """A sentence of a note told in the present ("It ends in a handshake …", once the note's sentence before it has
    been told in the past) in the past: "It ended in a handshake …"; as it is when its word is no verb or a state
    that holds ("It is", "He has": `_to_past`'s words)."""
    for pattern in (_PRONOUN_PRESENT, *_THING_PRESENT):
        m = pattern.match(sentence)
        told = _present_told(m) if m is not None and m.group("verb") not in _STATE_VERBS else None
        if told is not None:
            return told
    return sentence


_STATE_VERBS = frozenset({"is", "has", "was", "does", "are", "were", "had"})
# words that are never the second word of a thing that acts ("The show must go on": a modal; "The band just goes on")
_NO_THINGS_WORD = wordset("must will can could would should may might shall do did does to not never also just still")


def _present_told(m: re.Match[str]) -> str | None:
    """`pronoun_present`'s sentence in the past, or None when its word is no verb in the present."""
    verb, thing = m.group("verb"), m.group("who").startswith("The") or m.group("who") == "They"  # (a plural's verb)
    if thing and any(w in _NO_THINGS_WORD or is_past_verb(w) for w in m.group("who").split()[1:]):
        return None  # ("The show must go on": a modal, never the thing's second word)
    base = verb if thing and not verb.endswith("s") else _base_of_third_person(verb) if verb.endswith("s") else ""
    shaped = looks_like_verb(verb, after_name=True) or (thing and looks_like_verb(f"{verb}s", after_name=True))
    past = past_tense(base) if base and shaped else None  # ("The gate staff wait": a plural's verb, "waits" in shape)
    following = m.group("rest").lstrip().split(" ", 1)[0].lower().strip(",.;:!?")
    if past is None or following in _NOT_AFTER_A_VERB:
        return None
    if thing and following not in _COMPLEMENT_STARTS:
        return None  # ("The gate staff wait with …": a verb's shape, its object or complement after it)
    return f"{m.group('who')} {past}{_listed_in_past(m.group('rest'))}"


_LISTED_PRESENT = re.compile(r"(?:(?<=, )|(?<=\band ))([a-z]{3,}s)\b")
# what an object or a complement opens with, after a verb ("hugs Bo", "puts his guitar", "walks out", "leaves with")
_COMPLEMENT_STARTS = wordset(
    """
    a an the his her their its my our your this that these those some one two three both all every each
    him them it me us you everyone everybody someone somebody
    in on at to into onto over under up down out off back away with from for by through around across past along
    behind beside inside outside towards toward round home again
    """
)


def _listed_in_past(rest: str) -> str:
    """The rest of a note's sentence that dropped its subject, the present verbs of its list in the past (", hugs Bo
    and leaves" → ", hugged Bo and left"). A listed word is put in the past only in a verb's shape: an object or a
    complement after it (a name, a figure, or a word `_COMPLEMENT_STARTS` holds: "hugs Bo", "puts his guitar", "walks
    out"), or nothing after it right after an act (the list's verb before it, put in the past; for the first, the
    note's own verb, unless what the list follows is a plural, a list of things: "Walks over and leaves" → "walked
    over and left", "Walks in with trays, cups and signs" → "walked in with trays, cups and signs", never "signed"),
    or an irregular verb that ends the sentence ("Grabs two drinks and leaves." → "… and left")."""
    out: list[str] = []
    last = 0
    acted: bool | None = None
    for m in _LISTED_PRESENT.finditer(rest):
        if acted is None:  # the note's own verb is the act before it, unless it ends on things ("with trays, cups")
            acted = not after_things(rest[: m.start()])
        word = m.group(1)
        following = rest[m.end() + 1 :].split(" ", 1)[0] if rest[m.end() : m.end() + 1] == " " else ""
        bare = following.strip(",.;:!?")
        shaped = bool(bare) and (bare[:1].isupper() or bare[:1].isdigit() or bare.lower() in _COMPLEMENT_STARTS)
        last_act = not rest[m.end() :].strip(" .!?") and _base_of_third_person(word) in PAST_OF  # ("… and leaves.")
        past = _listed_past(word) if shaped or acted or last_act else None
        acted = past is not None
        out.append(rest[last : m.start()] + (past or word))
        last = m.end()
    return "".join(out) + rest[last:]


def after_things(before: str) -> bool:
    """Whether the text before a listed word ends on things, a plural ("with posters, mugs and", "trays,"): the word
    listed after them is one more thing ("signs"), not an act, unless it has a verb's shape of its own (an object
    after it). Also `polish`'s rule for a list's last present verb."""
    last = before.replace(" and ", " ").rstrip(" ,").rsplit(" ", 1)[-1].lower()
    return len(last) > 3 and last.endswith("s") and not last.endswith(("ss", "us", "is"))


def _listed_past(word: str) -> str | None:
    """A listed verb in the present, in the past ("puts" → "put"); None for a word that is no verb this module knows."""
    return past_tense(_base_of_third_person(word)) if looks_like_verb(word, after_name=True) else None


_NOT_AFTER_A_VERB = wordset("were was are is have had of")


def _base_of_third_person(verb: str) -> str:
    if verb in ("has", "does", "goes"):
        return {"has": "have", "does": "do", "goes": "go"}[verb]
    if verb.endswith("ies") and len(verb) > 4:
        return verb[:-3] + "y"
    if verb.endswith(("ches", "shes", "sses", "xes", "zzes")):
        return verb[:-2]
    return verb[:-1]


def _due(m: re.Match[str]) -> str:
    verb = m.group("verb")
    before = m.string[: m.start()].rstrip().split(" ")
    if verb in ("is", "was", "has") or not before[-1] or not looks_like_verb(verb, after_name=True):
        return m.group(0)
    name = 1  # a subject's name runs back over its capitalised words ("Dara Voss presents")
    while name < min(3, len(before)) and before[-name - 1][:1].isupper() and before[-name - 1][-1:].isalpha():
        name += 1
    opens = len(before) == name or before[-name - 1][-1:] in ",.;:!?" or before[-name - 1].lower() == "and"
    if before[-1].lower() not in ("he", "she", "it") and not (before[-1][:1].isupper() and opens):
        return m.group(0)  # only right after a subject that opens its clause ("she presents", "Grete presents")
    return f"was due to {_base_of_third_person(verb)}"


# "Mira's just handed him": has, not a possessive, before an adverb and a past
_NAME_HAS = re.compile(r"\b([A-Z][\w-]+)['’]s (?=(?:just|already|finally|never) ([a-z]+)\b)")


def _name_has(m: re.Match[str]) -> str:
    return f"{m.group(1)} had " if is_past_verb(m.group(2)) else m.group(0)


# "KJ's legged it straight out", "Rain's humped four road cases": has, not a possessive, before a regular past
# that takes what follows as its object; told in the simple past ("KJ legged it"), which is its past too
_NAME_HAS_DONE = re.compile(
    r"\b([A-Z][\w-]+)['’]s (?=([a-z]{3,}ed) (?:it|up|out|off|down|them|him|a|an|the|his|her|their|two|three"
    r"|four|five|six|\d+)\b)"
)


def name_has_done(text: str, has: str = "") -> str:
    """`text` with "KJ's legged it" read as "has": "KJ legged it" (the simple past, the body's), or with `has`
    ("has") "KJ has legged it" (a headline's, put in the present after)."""
    if "'s " not in text and "’s " not in text:
        return text

    def one(m: re.Match[str]) -> str:
        verb = m.group(2)
        done = is_past_verb(verb) and base_form(verb) not in (None, verb)
        return f"{m.group(1)} {has}{' ' if has else ''}" if done else m.group(0)

    return _NAME_HAS_DONE.sub(one, text)


# a clause of time inside the story, its verb left in the live note's present: "as an usher lifts him", "when TK and
# Tummala pass each other", "while she signs", "before she presents" (its subject: a pronoun, a name or names, or
# one thing or person with its determiner; never a possessive, "as the show's host", nor a plural noun, "after the
# awards show")
_AUX = "is|are|was|were|has|have|had|go|goes|come|comes|do|does|did|can|will|would|could|went|came"
_NAME = r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2}"
_TIMED_PRESENT = re.compile(
    r"\b(?:[Ww]hen|[Aa]s|[Ww]hile|[Uu]ntil|[Tt]ill|[Bb]efore|[Aa]fter|[Oo]nce|[Tt]hen|time) "
    rf"(?P<subject>he|she|it|they|we|(?:the|an?|his|her|their|its|my|our) [a-z][\w-]*|{_NAME}"
    rf"(?: (?:and|&) {_NAME})?) (?P<verb>[a-z]{{3,}})\b(?! (?:[a-z]+ed|{_AUX})\b)(?P<next> \S+)?"
)
_PLURAL_SUBJECTS = wordset("they we")


def _timed_past(m: re.Match[str], names: frozenset[str]) -> str:
    """A clause of time's present verb in the past (`_TIMED_PRESENT`): the third person's "-s" after one subject
    ("lifts" → "lifted"), the plain form after "they", "we" or two names ("pass" → "passed"); as it is when the word
    is no verb `verbs` knows, or a thing named after its subject ("as the house lights go down": "go" is the verb;
    after a noun, the verb is taken only before the end of its clause or what `_COMPLEMENT_STARTS` holds)."""
    subject, verb = m.group("subject"), m.group("verb")
    typed = (m.group("next") or "").strip().strip(",.;:!?")
    nxt = typed.lower()
    if fold(verb) in names or verb in _NOT_AFTER_A_VERB or (nxt and _verb_next(nxt)):
        return m.group(0)
    if doubled(m.string, m.end("verb"), verb):
        return m.group(0)  # "when they sat face to face": a noun twice, never a verb
    if " " in subject and subject[:1].islower() and nxt and nxt not in _COMPLEMENT_STARTS and typed.islower():
        return m.group(0)  # "as the stage lights dim": after a thing's noun, a verb only before its object or end
    plural = subject in _PLURAL_SUBJECTS or " and " in subject or " & " in subject
    if plural:
        past = None if verb.endswith("s") and not verb.endswith("ss") else past_tense(verb)
    elif verb.endswith("s") and looks_like_verb(verb, after_name=True):
        past = past_tense(_base_of_third_person(verb))
    else:
        past = None
    if past is None:
        return m.group(0)
    start, end = m.span("verb")
    return m.group(0)[: start - m.start()] + past + m.group(0)[end - m.start() :]


def timed_past(segment: str, names: frozenset[str] = frozenset()) -> str:
    """`segment` with each clause of time's present in the past (`_timed_past`); also `polish`'s, for a narrated
    clause's present the narration left ("90 seconds before she presents" → "before she presented")."""
    return _TIMED_PRESENT.sub(lambda m: _timed_past(m, names), segment)


def _verb_next(word: str) -> bool:
    """Whether the word after a clause of time's verb is a verb itself ("as the stage lights dim": "lights" is a
    thing), in any shape `verbs` knows."""
    return looks_like_verb(word, after_name=True) or past_tense(word) is not None


def _to_past(segment: str, names: frozenset[str] = frozenset()) -> str:
    """`segment` in the past tense: only the verbs `_PAST` knows ("Mira's just handed" is "had just handed"), never
    a capitalised one that is a name (one of `names`, the folded words of the people's names, or any word
    capitalised mid-sentence)."""
    segment = _DUE.sub(_due, segment)
    segment = _PROMISES_THAT.sub(lambda m: _PROMISED[m.group(1).lower()] + " that", segment)  # "promises us that if …"
    segment = _IF_PLURAL.sub(lambda m: f"{m.group(1)}{'won' if m.group(2) == 'win' else 'lost'}", segment)
    segment = _DOES_NOT.sub(lambda m: "Did not" if m.group(0)[0] == "D" else "did not", segment)
    segment = _NAME_HAS.sub(_name_has, segment)
    segment = name_has_done(segment)
    segment = _JUST.sub(_just, segment)
    segment = _PAST_WORD.sub(lambda m: _past(m, names), segment)
    segment = _THEY_SAY.sub("said", segment)  # "The stage crew say every renovation since had painted …" never
    segment = timed_past(segment, names)
    segment = _HAD_NOW.sub(r"\1", segment)  # "Guidry has now given" → "had given", never "had now given"
    if _ING.search(segment):
        segment = _TRAILING_NOW.sub("", segment)
    return segment


# "say" of a plural or collective subject ("The stage crew say", "Ushers say"): its clause goes into the past with
# the rest (round 43's Yerevan: "The stage crew say every renovation since had painted around them"), never "say"
# after a modal, "to", a "do" or "let" ("would say", "to say", "didn't say": the verb's bare form)
_THEY_SAY = re.compile(
    r"(?<!\bwould )(?<!\bwill )(?<!\bcould )(?<!\bcan )(?<!\bshould )(?<!\bmight )(?<!\bmay )(?<!\bmust )"
    r"(?<!\bto )(?<!\bnot )(?<!\bdid )(?<!\bdo )(?<!\bdoes )(?<!\blet )(?<!n['’]t )(?<!['’]ll )(?<!['’]d )"
    r"(?<=[a-z] )say(?= (?:that |it |she |he |they |the |every |no |nobody |everyone "
    r"|[a-z]+ (?:has|have|had|is|are|was|were)\b))"
)


_HAD_NOW = re.compile(r"\b([Hh]ad) now\b(?= [a-z]+(?:ed|en|wn|ne|un|ng|ht|lt|ft)\b)")


# a fixed phrase told in the past as a whole ("Turns out they were partners" → "It turned out they were
# partners"), never read as a subject and a state ("Turns were out")
_TURNS_OUT = re.compile(r"\b(?:(?P<it>[Ii]t) )?(?P<t>[Tt])urns out\b")


def _turned_out(part: str) -> str:
    return _TURNS_OUT.sub(lambda m: ("It" if (m.group("it") or m.group("t")).isupper() else "it") + " turned out", part)


_JUST_KEPT_AFTER = wordset("and but so or")  # "… and she just shook her head": "just" is "only", not "a moment ago"


def _just(m: re.Match[str]) -> str:
    """The live "just" before a past ("Dash Crane just did a costume change" → "did"); kept where it means
    "only", its clause going on after a conjunction ("… and she just shook her head")."""
    following = m.string[m.end() :].split(" ", 1)[0].rstrip(",.;:!?")
    before = m.string[: m.start()].split()[-2:]
    if before and (before[-1] in _JUST_KEPT_AFTER or (len(before) == 2 and before[0] in _JUST_KEPT_AFTER)):
        return m.group(0)
    if before and before[-1].endswith(("'s", "’s")) and is_past_verb(following):
        return m.group(0)  # "she's just handed him": "she had just handed him", the "just" of "had just"
    return "" if is_past_verb(following) or following.lower() in ("got", "had", "did") else m.group(0)
