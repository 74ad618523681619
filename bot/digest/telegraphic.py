"""`telegraphic` is for the notes a correspondent types in fragments after a sentence ("X was in the corridor.
bag. shoes. no phone."): the run becomes one sentence with the sentence before when the note allows ("X was
in the corridor with a bag and shoes but no phone."), else one clause joined by commas ("X was in the loading
bay, apron still on, clogs."), a subject and a place with no verb given one ("Tom Reyes and his mum at the bar"
→ "… were at the bar …"); a fragment with no content word ("so.", "yeah.", "23:40.") is dropped. A run with an
aside in it is a beat written that way ("zipped. Well. Sewn.", "Very calm. Not calm.") and is not joined (the
body's prose gate, `prose`, then leaves its fragments out). A note opening on a scene ("Stairwell C, quiet.
Harlan Yost caught …") makes it the place of the sentence after it ("In a quiet Stairwell C, Harlan Yost
caught …"). A note's "left" before the state someone was left in is "was left" ("the choir left facing the back
wall" → "the choir was left facing the back wall"), and how long an act took, typed as a fragment after it, a
sentence ("About 90 seconds." → "It took about 90 seconds."), and so is the show back on air ("Back on air on
time." → "The show was back on air on time.") and the time people spent at something ("10 min talking." → "They talked
for 10 minutes.", `time_spent`, read before the story's narration).
"""

from __future__ import annotations

import re

from .clauses import sentences
from .copyedit import passive
from .gates import _FUNCTION, _PRONOUNS, _REACTION, _content
from .lexicon import NOT_A_SUBJECT, NOTED, found_there
from .places import PLACE_WORDS, place_phrase
from .polish import verbless
from .textutil import fold, lower_first, unpossessive, wordset
from .verbs import IRREGULAR, VERB_SHAPED, looks_like_verb

FRAGMENT_WORDS = 4  # a verbless sentence of at most this many words, after a sentence, is a note's fragment
_DETERMINERS = wordset("a an the his her their its one two three four five six some no both")
_NEGATIVE = wordset("no without")
_PREPOSITIONS = wordset(
    "in on at with by of from to into onto under over behind near off out up down still around through for"
)
_UNCOUNTED = wordset(
    "makeup hair money cash water coffee tea wine champagne prosecco glitter tape luggage food bread cream sugar "
    "confetti lipstick mascara blood sweat rain mud paint ink"
)
_TIME_WORDS = wordset("again twice once too also still yet already finally later now tonight time times")
_ASIDES = wordset("well anyway basically actually kinda sorta mostly almost nearly")
_DEGREES = wordset("very not so too really quite pretty super")  # "Very calm. Not calm.": how, never a thing
_VERB_SHAPED = VERB_SHAPED


def _fragment(sentence: str, names: frozenset[str]) -> str | None:
    """A sentence's kind as a note's fragment: "noun" (a bag, two eclairs), "no" (no phone), "detail" (any other
    verbless note: "apron still on"), "empty" (no content word: "so.", "yeah."), "aside" (the reporter's beat:
    "Well.", "Barely."); None when it is a sentence."""
    if "“" in sentence or '"' in sentence or "\x00" in sentence or "(" in sentence:
        return None
    words = [w.strip(",.;:!?").lower() for w in sentence.split()]
    words = [w for w in words if w]
    if not words or len(words) > FRAGMENT_WORDS:
        return None
    if not any(c.isalpha() for c in sentence):
        return "empty"  # "23:40.": the reporter's clock
    plain = [w for w in words if w not in names]
    if any(w in _VERB_SHAPED or w in IRREGULAR or w in _PRONOUNS or w.endswith(("n't", "’t")) for w in plain):
        return None
    if not _TIME_WORDS.isdisjoint(words) or any(w[:1].isdigit() for w in words):
        return "detail"  # "again.", "4th time.": how, not what they had
    if not _content(sentence) and all(w in _REACTION or w in _FUNCTION for w in words):
        return "empty"
    if any(w in _ASIDES or (w.endswith("ly") and len(w) > 4) for w in words) or words[0] in _DEGREES:
        return "aside"
    if any(
        looks_like_verb(w, after_name=False) or (w.endswith("ing") and looks_like_verb(w, after_name=True))
        for w in plain
    ):
        return None
    if any(fold(w) in names for w in words):
        return "detail"  # "Braga team": a name is no inventory
    if words[0] in _NEGATIVE and 1 < len(words) <= 3 and not any(w in _PREPOSITIONS for w in words[1:]):
        return "no"
    if len(words) <= 3 and not any(w in _PREPOSITIONS for w in words):
        return "noun"
    return "detail"


def _with_article(phrase: str) -> str:
    """ "bag" → "a bag", "eclairs" → "eclairs", "two eclairs" → "two eclairs", "tape" → "tape", "TK's bag" → "TK's
    bag" (a possessive is its determiner)."""
    words = phrase.split()
    if words[0] in _DETERMINERS or words[0][:1].isdigit() or words[0].endswith(("'s", "’s", "s'", "s’")):
        return phrase
    last = words[-1]
    if last in _UNCOUNTED or (last.endswith("s") and not last.endswith(("ss", "us", "is"))):
        return phrase
    return ("an " if words[0][:1] in "aeiou" else "a ") + phrase


def _listed(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _has_verb(sentence: str, *, acted: bool = False) -> bool:
    """Whether a sentence has a verb; with `acted`, one that is no copula (an act that takes time, never "were at
    the loading dock": "~10 min." after it is no act's length)."""
    words = [w.strip(',.;:!?“”"').lower() for w in sentence.split()]
    words = [w for w in words if w not in _COPULAS] if acted else words
    return any(w in _VERB_SHAPED or w in IRREGULAR or (len(w) > 3 and w.endswith("ed")) for w in words)


_COPULAS = wordset("was were is are be been being had has have 's")


def _joined(head: str, run: list[tuple[str, str]]) -> str:
    """The sentence before a run of fragments and the run, as one sentence."""
    body = head.rstrip()
    stop = body[-1] if body[-1:] in ".!?" else "."
    body = body.rstrip(".!?")
    body = body if _has_verb(body) else _SUBJECT_PLACE.sub(_be, body, count=1)
    kinds = {kind for kind, _ in run}
    things = [text for kind, text in run if kind == "noun"]
    missing = [text for kind, text in run if kind == "no"]
    if kinds <= {"noun", "no"} and _has_verb(body) and " with " not in body:
        phrase = " with " + _listed([_with_article(t) for t in things]) if things else ""
        if missing:
            phrase += (" but " if things else " with ") + _listed(missing)
        return body + phrase + stop
    return body + ", " + ", ".join(text for _, text in run) + stop


# a note's subject and where it was, with no verb ("Later, Tom Reyes and his mum at the bar")
_SUBJECT_PLACE = re.compile(
    r"^(?P<lead>(?:[A-Z][a-z]+(?: [a-z]+){0,2}, )?)"
    r"(?P<who>(?:[A-Z][\w'’-]+ ){0,3}[A-Z][\w'’-]+"
    r"(?: (?:and|&) (?:(?:his|her|their|the) [a-z]+|(?:[A-Z][\w'’-]+ ?)+))?)"
    r" (?P<where>(?:(?:fast|sound|wide|still|all) )?(?:in|at|on|by|near|outside|inside|behind|under|backstage|"
    r"onstage|offstage|upstairs|downstairs|asleep|awake|alone|barefoot)\b)"
)


def _be(m: re.Match[str]) -> str:
    who = m.group("who").rstrip()
    be = "were" if " and " in who or " & " in who else "was"
    return f"{m.group('lead')}{who} {be} {m.group('where')}"


_SUBJECT_PARTICIPLE = re.compile(
    r"^(?P<who>(?:[A-Z][\w'’-]+ ){0,3}[A-Z][\w'’-]+(?: (?:and|&) (?:[A-Z][\w'’-]+ ?)+)?) (?P<verb>[a-z]+)\b"
)


# "Sky Adeyemi finally let in at artist gate": let in, with nobody let in after it, is what was done to her
# what "called" is followed by in a note when someone was called to the stage ("Vaarmann called during restart"),
# never a phone call: read here and by the headline's options (`options`)
CALLED_TO = ("up", "back", "during", "onto", "onstage", "to the stage", "on stage")
_LET_IN = re.compile(
    r"^(?P<who>(?:[A-Z][\w'’-]+ ){0,3}[A-Z][\w'’-]+) (?P<adverb>(?:finally|eventually|just|only) )?"
    r"(?P<verb>let|waved|ushered|turned|kicked|thrown|sent|locked|shut|called) "
    rf"(?P<part>in|through|out|away|{'|'.join(CALLED_TO)})\b"
    r"(?! (?:the|a|an|his|her|their|them|him|me|us|it)\b)"
)


def _passive_note(sentence: str, names: frozenset[str]) -> str:
    """A note of what was done to someone, with no verb of its own ("Mina Cole told off by Dex Okafor for
    filming", "Sky Adeyemi finally let in at artist gate", "Tom Hale locked out of his dressing room", "Vaarmann
    called during restart": called to the stage) made a
    sentence that keeps who did what to whom: "Mina Cole was told off by Dex Okafor …", "Sky Adeyemi was finally let
    in …"."""
    let = _LET_IN.match(sentence)
    if let is not None and fold(let.group("who").split()[0]) in names:
        return f"{let.group('who')} was {let.group('adverb') or ''}{sentence[let.start('verb') :]}"
    m = _SUBJECT_PARTICIPLE.match(sentence)
    if m is None or fold(m.group("who").split()[0]) not in names:
        return sentence
    verb = m.group("verb")
    if not (verb in IRREGULAR or (verb.endswith("ed") and len(verb) > 3)):
        return sentence
    rest = [w.strip(",.;:!?") for w in sentence[m.end() :].split()]
    others = [w.lower() for w in rest if fold(w) not in names]
    if any(w in _VERB_SHAPED or w in IRREGULAR or (w.endswith("ed") and len(w) > 3) for w in others):
        return sentence  # a verb of its own after it ("… told off by Okafor, stormed out")
    by_person = any(w == "by" and k + 1 < len(rest) and fold(rest[k + 1]) in names for k, w in enumerate(rest))
    # ("Rain Llewellyn caught in the green room with icing all down the sequins": a note's "was caught there")
    noted = found_there(verb, rest) and "'s" not in m.group("who")
    if not (by_person or noted or passive([verb, *(w.lower() for w in rest)], asked=False)):
        return sentence
    be = "were" if " and " in m.group("who") or " & " in m.group("who") else "was"
    return f"{m.group('who')} {be} {sentence[len(m.group('who')) + 1 :]}"


_PLACING_WORDS = wordset("at in on by inside outside behind near from up down over back out upstairs downstairs")


_KING = 5  # a word of this many letters or fewer ending "-ing" may be a title or a name ("King", "Ming"), no participle


def _given_be(sentence: str, names: frozenset[str]) -> str:
    """A note's first sentence that is a subject and where or how they were, with no verb, given one ("Sir Percival
    Oduya fast asleep in the armchair, snoring." → "… was fast asleep in the armchair, snoring.")."""
    m = _SUBJECT_PLACE.match(sentence)
    if m is None:
        return _passive_note(sentence, names)
    if m.group("who").lower() in NOT_A_SUBJECT:
        return sentence  # "Together on stage …": nobody to give "was" to
    if m.group("who").split()[0].lower() in _PLACING_WORDS:
        return sentence  # "At Nia's on Mostyn Street, Nia Roberts has opened up …": a place, then its sentence
    who = m.group("who").split()
    if len(who) == 1 and fold(who[0]) not in names and (who[0].lower().endswith("ing") or who[0].lower() in NOTED):
        return sentence  # "Waiting at the stage door …, a cluster of …": a participle's phrase (never "Kettering")
    if len(who) > 1 and fold(who[0]) not in names and len(who[0]) > _KING and who[0].lower().endswith("ing"):
        return sentence  # "Presenting Best Actress in a TV Drama, MC Junior read out …": the participle's object and
        # where, never "Presenting Best Actress was in …" (never "King Ato in the lobby")
    if not verbless(sentence.split(", ", 1)[0], names):
        return sentence
    return _SUBJECT_PLACE.sub(_be, sentence, count=1)


# a note's "left" for "was left" ("Nork kids' choir left facing the back wall": the choir never went anywhere), before
# a state the subject was left in, never one they went off in ("left holding the trophy" may be either: as typed)
_LEFT_IN = re.compile(
    r"(?<=[\w'’]) (?P<left>left) (?=(?:facing|stranded|stuck|speechless|dangling|hanging|red-faced)\b)"
)
_NOT_BEFORE_LEFT = wordset("who that which and or but he she they it we i you just then")


def was_left(text: str) -> str:
    """`text` with a note's "left facing …" as "was left facing …" (see the module); read by the headline too."""
    return _LEFT_IN.sub(_left_in, text) if " left " in text else text


def _left_in(m: re.Match[str]) -> str:
    before = m.string[: m.start()].split()[-1]
    if before.lower() in _NOT_BEFORE_LEFT or before.lower().endswith(("ly", "ed")):
        return m.group(0)  # ("who left facing …": whose the "left" is, the sentence says)
    plural = before.endswith("s") and not before.endswith(("ss", "'s", "’s", "us"))
    return f" {'were' if plural else 'was'} left "


# how long an act took, typed as a fragment after it ("… turned it round by hand. About 90 seconds."): told as a
# sentence ("It took about 90 seconds."), never a tail of fragments the act's sentence then loses
_DURATION = re.compile(
    r"^(?P<how>(?:about|around|roughly|nearly|almost|under|over|just over|just under|barely|maybe) )?"
    r"(?P<n>\d{1,3}|a few|two|three|four|five|ten|twenty|thirty|forty|ninety) "
    r"(?P<unit>seconds|minutes|secs|mins)\.$",
    re.IGNORECASE,
)
_UNITS = {"secs": "seconds", "mins": "minutes"}

# a time measured and nothing else, typed as a fragment after a sentence whose act it is not the length of (`_took`
# reads those): "Under about 10 seconds. Out about 25 seconds." after "Rigi brass playing funeral march", left out,
# never joined to the clause as if the band played for it (round 49, Zurich)
_MEASURE = re.compile(
    r"^(?:(?:under|over|out|in|for|after|within|about|around|roughly|nearly|almost|just|maybe|barely|~) )+"
    r"(?:\d{1,3}|a few|two|three|four|five|ten|twenty|thirty|forty|ninety) "
    r"(?:seconds?|secs?|s|minutes?|mins?)$",
    re.IGNORECASE,
)


# the broadcast's "back on air", typed with no subject ("Back on air on time.", "Back on air 40s later.")
_ON_AIR = re.compile(r"^(?:(?:the )?show )?back on air\b(?P<rest>[^.;:!?]*)\.$", re.IGNORECASE)


# how long people spent at something, typed as a fragment ("10 min talking.", "20 mins dancing, her shoes off."): a
# sentence of theirs ("They talked for 10 minutes."), never "She took it — 10 minutes talking, …" (round 41, Yerevan)
_SPENT = re.compile(
    r"^(?P<how>(?:about|around|nearly|almost|over|maybe) )?(?P<n>\d{1,3}|a few|two|three|four|five|ten|twenty) "
    r"(?:minutes|mins?)\.? (?P<doing>talking|chatting|laughing|dancing|hugging|crying)(?P<rest>[^.;:!?]*)\.$",
    re.IGNORECASE,
)
_DID = {"talking": "talked", "chatting": "chatted", "laughing": "laughed", "dancing": "danced"}
_DID |= {"hugging": "hugged", "crying": "cried"}


def _spent(sentence: str) -> str | None:
    """A note's "10 min talking" as the sentence it stands for ("They talked for 10 minutes."); None for any other."""
    m = _SPENT.match(sentence.strip())
    if m is None:
        return None
    how = (m["how"] or "").lower()
    return f"They {_DID[m['doing'].lower()]} for {how}{m['n'].lower()} minutes{m['rest']}."


def time_spent(text: str) -> str:
    """`text` with each "20 min talking." after its first sentence told as theirs ("They talked for 20 minutes."):
    read before the story's narration, which would make it "20 minutes were talking"."""
    said = sentences(text)
    if len(said) < 2 or not any(_SPENT.match(s.strip()) for s in said[1:]):
        return text
    return " ".join([said[0], *(_spent(s) or s for s in said[1:])])


def _took(sentence: str) -> str | None:
    """A note's fragment after an act told as the sentence it stands for: how long the act took, the show back on
    air; None for any other."""
    on_air = _ON_AIR.match(sentence.strip())
    if on_air is not None:
        return f"The show was back on air{on_air['rest']}."
    m = _DURATION.match(sentence.strip())
    if m is None:
        return None
    how = (m["how"] or "").lower()
    return f"It took {how}{m['n'].lower()} {_UNITS.get(m['unit'].lower(), m['unit'].lower())}."


def telegraphic(text: str, names: frozenset[str] = frozenset()) -> str:
    """A text with each run of verbless fragments after a sentence made one sentence with it (see the module).
    `names`: folded words of the people's names (a name in a fragment keeps its capital, and so does a title
    before one: "Dame Varga")."""
    text = was_left(text)
    said = [_given_be(s, names) if k == 0 else _passive_note(s, names) for k, s in enumerate(sentences(text))]
    said = _location_notes(said, names)
    for k in range(1, len(said)):
        on_air = _ON_AIR.match(said[k].strip())  # (after anything: the show is its subject)
        took = _took(said[k]) if on_air or _has_verb(said[k - 1], acted=True) else None
        said[k] = took or said[k]
    if len(said) < 2:
        return " ".join(said)
    said = _scene_set(said)
    out: list[str] = []
    run: list[tuple[str, str]] = []
    empties = False

    def close() -> None:
        nonlocal run, empties
        run = [(kind, text) for kind, text in run if _MEASURE.match(text) is None]
        if len(run) > 1:
            out[-1] = _joined(out[-1], run)
        elif run:  # one fragment ("same size."): left to the desk's pass (`polish`), as any short aside
            out.append(run[0][1][:1].upper() + run[0][1][1:] + ".")
        run, empties = [], False

    kinds = [_fragment(s, names) if k else None for k, s in enumerate(said)]
    for k, sentence in enumerate(said):
        kind = kinds[k]
        if kind is not None and out and not _beat(kinds, k):
            if kind == "empty":
                empties = True
                continue
            bare = sentence.rstrip(".!?;:, ")
            head = bare.split()
            owner = unpossessive(fold(head[0]))  # ("Pell's …": a name still)
            keep = owner in names or (head[0].isupper() and len(head[0]) > 1) or _titled(head, names)
            run.append((kind, bare if keep else lower_first(bare)))
            continue
        close()
        out.append(sentence)
    close()
    return " ".join(out)


def _titled(words: list[str], names: frozenset[str]) -> bool:
    """Whether a fragment opens on a capitalised word before a name ("Dame Varga", "Uncle Horace"): a title, part
    of the name, which keeps its capital when the fragment is joined ("…, Dame Varga, two ushers.")."""
    return len(words) > 1 and words[0][:1].isupper() and fold(words[1].strip(".,;:!?'’")) in names


_SCENE = re.compile(r"^(?P<place>(?:[A-Z][\w'’-]*|[a-z][\w'’-]*)(?: [\w'’-]+){0,2}), (?P<how>[a-z]+)\.$")
_SCENE_ADJECTIVES = wordset(
    "quiet empty packed dark crowded silent busy freezing cold hot loud rammed heaving deserted calm noisy dim"
)
_SCENE_PLACES = wordset(
    "stairwell stairs corridor hallway room lounge bar lobby foyer dock bay wings kitchen terrace roof balcony "
    "tunnel cupboard toilets bathroom street car park alley garden courtyard green press backstage"
)


_ENGLISH_PLACE_HEADS = wordset("back front side main loading dressing green press")


_LOCATION_NOTE = re.compile(r"^(?P<place>[A-Za-z][\w'’-]*(?: [a-z][\w'’-]*){0,2}), (?P<how>[^,.!?;:“”\"]{1,40})[.!]?$")


def _location_notes(said: list[str], names: frozenset[str]) -> list[str]:
    """A note's location label written as a sentence ("Loading bay, very quiet.", "Cloakroom queue, nobody else
    around.") is no sentence a reader can follow: the place of the sentence after it when one follows ("At the
    cloakroom queue, Bram Kessler …"), else left out; a text that is nothing else is left as it is."""
    if len(said) < 2:
        return said
    out: list[str] = []
    k = 0
    while k < len(said):
        m = _LOCATION_NOTE.match(said[k])
        if m is None or fold(m.group("place").split()[-1]) not in PLACE_WORDS or not verbless(said[k], names):
            out.append(said[k])
        elif m.group("how") in _SCENE_ADJECTIVES and k == 0:
            out.append(said[k])  # "Stairwell C, quiet.": the scene of the next sentence (`_scene_set`)
        elif k + 1 < len(said) and said[k + 1][:1].isupper() and "“" not in said[k + 1]:
            place = place_phrase(m.group("place"))
            nxt = said[k + 1]
            first = nxt.split(" ", 1)[0]
            common = first in ("The", "A", "An", "His", "Her", "Their", "Its", "Someone", "Everyone", "Nobody")
            out.append(f"{place[:1].upper()}{place[1:]}, {lower_first(nxt) if common else nxt}")
            k += 1
        k += 1
    return out


def _scene_set(said: list[str]) -> list[str]:
    """A text opening on a scene in a note ("Stairwell C, quiet. Harlan Yost caught …") told as the place of the
    sentence after it: "In a quiet Stairwell C, Harlan Yost caught …"."""
    m = _SCENE.match(said[0])
    if m is None or m.group("how") not in _SCENE_ADJECTIVES or len(said) < 2:
        return said
    place = m.group("place")
    if _SCENE_PLACES.isdisjoint(fold(place).split()) or "“" in said[1] or not said[1][:1].isupper():
        return said
    first = said[1].split(" ", 1)[0]
    named = first[1:].islower() and first not in ("The", "A", "An", "His", "Her", "Their", "Its")
    place = place[4:] if place.lower().startswith("the ") else place
    words = place.split()
    if all(w[:1].islower() for w in words[1:]) and fold(words[0]) in _SCENE_PLACES | _ENGLISH_PLACE_HEADS:
        place = lower_first(place)  # "Press room": capitalised only because it opened the note
    how = m.group("how")
    opening = f"In {'an' if how[0] in 'aeiou' else 'a'} {how} {place}, "
    return [opening + (said[1] if named else lower_first(said[1])), *said[2:]]


def _beat(kinds: list[str | None], k: int) -> bool:
    """Whether fragment `k` belongs to a run the reporter wrote as a beat ("zipped. Well. Sewn."): not joined
    (the body prints none of its fragments: `prose`)."""
    start = k
    while start > 0 and kinds[start - 1] is not None:
        start -= 1
    end = k
    while end + 1 < len(kinds) and kinds[end + 1] is not None:
        end += 1
    return "aside" in kinds[start : end + 1]
