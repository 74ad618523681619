"""Setting or payoff: which part of a reported clause is the event a headline should tell.

A reporter often opens with the setting and ends with the event: "X came off after the monologue and
totally lost it", "X lost Best Actress and fifteen minutes later walked into the press room carrying a
cake", "X was taking questions when Y wandered in". The first verb there is a movement, a result the
cameras showed, or a scene in progress; the event is what comes after it. These rules find it, on words
alone (no night's vocabulary): plain verb lists and the shape of the clause.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import takewhile

from bot.text import NUMBER_VALUES

from .places import PLACE_WORDS
from .textutil import fold, wordset
from .verbs import IRREGULAR, REGULAR, base_form, looks_like_verb

# what people do when nothing happens: a clause with such a verb makes a flat headline
MUNDANE = wordset(
    "be arrive come go walk stand sit wait head leave pace wander pass step stretch pose sign look run rush kneel"
)
# a result: the cameras showed it; a backstage headline tells what came of it
RESULT_VERBS = wordset("win lose beat defeat score")
# what changes something: the news of a moment, which a headline tells over its scene
EVENT_VERBS = wordset(
    """
    give hand pass gift return lend toss throw kiss hug propose marry quit reveal confess announce admit fall trip
    slip tumble collapse faint break snap rip tear split smash spill drop crash burst storm punch slap shove grab
    steal swap trade dump wade dive jump leap carry sew stitch scream rescue
    drag lift end forgive apologise apologize dedicate invite offer press shave put catch
"""
)
# a reaction: what someone did because of an act ("cries", "beams", "has his hands over his face", "is speechless"),
# which loses to the act that caused it (`reaction`)
REACTIONS = wordset("cry sob weep beam grin blush gasp nod shrug")  # (not "tear": "tore open the envelope")
REACTION = 2.0  # what a reaction's clause or headline loses to the act that caused it
_REACTION_STATES = wordset("speechless stunned overwhelmed emotional tearful beaming")
_REACTION_PARTS = wordset("face eyes mouth")
# an approach: what sets a moment up (climbs onto, kneels in front of, gathers, asks for, opens the case, knocks on
# the door, enters), never its payoff
APPROACH = wordset("climb crouch gather approach lean crawl huddle corner open knock enter cross")
# the way into or out of a moment (`way_there`): an exit or entrance, slipping out of a room, taking the microphone
_EXITS = wordset("exit enter leave emerge")
_SLINKS = wordset("slip sneak duck creep tiptoe squeeze")
_DIRECTIONS = wordset("out in inside outside through past away back behind")
_SETTING_UP = wordset("set")  # "set up on a crate", "sets up shop": where the act was done from
_TAKING = wordset("take grab seize snatch borrow get accept hand pass give")
_PLATFORM = wordset("mic microphone mike stage podium lectern")
_POSITION = wordset("position positions place spot post station seat")  # "took up a position by the fountain"
_STATIONING = wordset("position station post plant")  # "positioned herself by the door"
# a supporting act, for someone whose own act is the moment ("held the mirror while Kit shaved"): never its headline
SUPPORTING = wordset("hold carry steady fetch film count cue")  # ("counted him in from three")
# a fall: what someone did about it is the news ("tripped on the riser steps, a stagehand caught her")
MISHAPS = wordset("fall trip slip tumble stumble")
# a thing broken or dropped put right: the repair is the turn ("the props team glued it back together")
REPAIRS = wordset("glue fix mend repair tape stitch sew patch weld solder reattach")
# acts that need their object to be news: "Hugs for About a Minute" (hugs whom?), "Leads About Thirty People" (in what?)
NEEDS_OBJECT = wordset(
    "hug kiss embrace thank lead hand give tell teach greet meet join hold bring carry crown toast feed introduce"
    " gather show serenade"
)
# the observer's verbs: the news is in their object ("films Sarr wading into the sea"), not the one who looks
PERCEIVING = wordset("film watch see spot look stare glance hear notice observe photograph record eye clock")
# a scene in progress, not what happened in it
SCENE_VERBS = wordset("eat drink sip snack chat talk sit stand wait stop linger hang lounge relax idle")
# words that may stand between "and" and the next verb of the same subject: a time or a manner
_BETWEEN_MAX = 4
_TIME_WORDS = wordset(
    """
    then later soon after afterwards immediately instantly promptly straight right moments minutes seconds hours
    a an few couple of half one two three five ten fifteen twenty thirty forty just still also
"""
)
_BACKGROUND = wordset("was were is are")
_CLAUSE_OPENERS = wordset("when while who whom which that because until where whose as if since though")
_SUBJECT_PRONOUNS = wordset("she he they")
_KNOWN_BASES = REGULAR | frozenset(IRREGULAR.values()) | MUNDANE | RESULT_VERBS


_HAVE = frozenset({"has", "had"})


def verb_base(verb: str) -> str:
    """A verb's base form as typed ("stepped" → "step", "lost" → "lose", "walks" → "walk", "has" → "have": a state
    the lists of states know, round 43's Baku "Lyudmila Sokolova Has the Right One" read as an act)."""
    w = verb.lower()
    if w in _HAVE:
        return "have"
    return base_form(w) or next(iter(sorted(_present_bases(w) & _KNOWN_BASES)), w)


def news_weight(verb: str, following: str = "") -> float:
    """How much a clause's verb tells the news of a moment: an act that changes something (gives, presses, shaves,
    falls, proposes) 1, an approach (climbs onto, gathers, asks for, opens, knocks, enters) -0.5, a scene in progress
    (eats, chats, stands) -1, the observer's looking (films, watches) -3, else 0. A copula before a verb in -ing is
    read as that verb ("was eating": eat)."""
    word = following if verb.lower() in _BACKGROUND and following.lower().endswith("ing") else verb
    w = word.lower()
    bases = {verb_base(w)}
    if w.endswith("s") and len(w) > 3:  # a present form, as a headline has it: "sees", "watches", "cries"
        bases |= {w[:-1], w[:-2], w[:-3] + "y"}
    if bases & PERCEIVING:
        return -3.0
    if bases & SCENE_VERBS:
        return -1.0
    if bases & APPROACH or ("ask" in bases and following.lower() == "for"):
        return -0.5  # "climbs onto a crate", "asks for his camera": how the moment began
    if bases & _SLINKS and following.lower() in _DIRECTIONS:
        return -0.5  # "slipped out the fire exit": a way out, not a fall
    if bases & _SETTING_UP and following.lower() == "up":
        return -0.5  # "has set up on an equipment case": a place taken, what was done from it is the news
    if following.lower() in _REFLEXIVE:
        return 0.0  # "catches himself on the rail": nothing changed hands
    return 1.0 if bases & EVENT_VERBS else 0.0


_REFLEXIVE = wordset("himself herself themselves themself myself")
_HAD_DONE_OWNERS = wordset("his her their its my our the a an")
_DONE_IRREGULAR = wordset("cut done shorn shaven dyed set")
_HAVE = wordset("have has had having")


def had_done(verb: str, rest: Sequence[str]) -> str | None:
    """The participle of a causative "have": "had his head shaved", "had her hair cut off", "has his beard dyed
    blue" (`shaved`, `cut`, `dyed`): what was done to them, the act of the clause; None for any other clause ("had
    a drink", "has three dogs")."""
    if verb.lower() not in _HAVE or len(rest) < 3 or rest[0].lower() not in _HAD_DONE_OWNERS:
        return None
    for word in rest[1:4]:
        w = word.lower().strip(",.;:!?")
        if w in _DONE_IRREGULAR or (w.endswith("ed") and len(w) > 4 and verb_base(w) != w):
            return w
    return None


_PERFORMED_IN = wordset("in as without wearing")  # after a performer's "went on"


def went_on_in(verb: str, rest: Sequence[str]) -> bool:
    """Whether a "went on" is a performer's, dressed or cast some way ("went on in a borrowed jersey", "went on as
    the understudy", "went on without her costume"): the performance, never a movement."""
    return verb_base(verb) == "go" and len(rest) > 2 and rest[0].lower() == "on" and rest[1].lower() in _PERFORMED_IN


_FEAT_VERBS = wordset("climb walk run carry cycle swim crawl")  # (measured: "walked all 64 steps", never "two floors")
_FEAT_MEASURES = wordset("steps stairs staircase flights floors storeys miles kilometres km metres laps")
_WHOLE = wordset("all whole entire every")


def a_feat(verb: str, rest: Sequence[str]) -> bool:
    """Whether a climb or a walk is a feat told by its measure ("climbed all sixty-four steps", "walked the whole
    staircase", "carried it up 200 stairs"): the act itself, never the way to the moment."""
    told = [w.lower().strip(",.;:!?") for w in rest[:8]]
    if verb_base(verb) not in _FEAT_VERBS or not _FEAT_MEASURES.intersection(told):
        return False
    measure = next(k for k, w in enumerate(told) if w in _FEAT_MEASURES)
    return any(w in _WHOLE or _many(w) for w in told[:measure])


_FEAT_COUNT = 10  # a climb of this many steps or more is told by its count ("all sixty-four"), never "two floors"


def _many(word: str) -> bool:
    if word.isdigit():
        return int(word) >= _FEAT_COUNT
    value = NUMBER_VALUES.get(word.split("-")[0])
    return value is not None and value >= _FEAT_COUNT


def act_weight(verb: str, rest: Sequence[str]) -> float:
    """`news_weight` of a clause, a causative "have" weighed by what was done ("had his head shaved": shave)."""
    done = had_done(verb, rest)
    return news_weight(done) if done is not None else news_weight(verb, rest[0] if rest else "")


def reaction(verb: str, rest: Sequence[str]) -> bool:
    """Whether a clause only tells someone's reaction ("cries", "beams", "had his hands over his face", "was
    speechless", "was in tears"): the act that caused it is the news, when the moment tells one."""
    told = [w.lower().strip(",.;:!?") for w in rest[:6]]
    if verb_base(verb) in REACTIONS or (verb.lower().endswith("s") and verb.lower()[:-1] in REACTIONS):
        return True
    if verb.lower() in _BACKGROUND and told[:1] and (told[0] in _REACTION_STATES or told[:2] == ["in", "tears"]):
        return True
    return verb.lower() in ("have", "has", "had") and "hands" in told and bool(_REACTION_PARTS.intersection(told))


def is_setting(verb: str, rest: Sequence[str] = ()) -> bool:
    """Whether a clause with this verb (and the words after it) only sets the scene (a movement, an approach, the
    way there: `way_there`) or gives a result the cameras saw."""
    base = verb_base(verb)
    if base == "knock" and rest and rest[0].lower() not in _KNOCKED_AT:
        return False  # "knocked a mic stand onto her drummer": an accident, not "knocked on the door"
    return base in MUNDANE or base in RESULT_VERBS or base in APPROACH or way_there(verb, rest)


_KNOCKED_AT = wordset("on at twice once three again loudly softly politely")  # a knock at a door: an approach


_PLATFORM_WORDS = 4  # "took the microphone", "grabbed the radio mic", "took the mic from the host"


def way_there(verb: str, rest: Sequence[str]) -> bool:
    """Whether a clause only tells the way into or out of a moment: an exit or entrance ("exits", "enters the
    bar"), slipping out or in ("slipped out the fire exit", "ducked into the cloakroom"), a microphone or the stage
    taken or handed over ("took the microphone from the moderator", "handed the mic to her"), a place taken up to
    wait in ("took up a position by the ice fountain", "positioned herself by the door"), going back ("sprinted back
    for her next link"), reaching into or for something ("reached into his inside pocket"). It never heads a moment
    that has a later act (`headlines`); a movement ("walks in", "comes off stage") is `MUNDANE`."""
    base = verb_base(verb)
    told = [w.lower().strip(",.;:!?“”\"'") for w in rest[:_PLATFORM_WORDS]]
    if base in _EXITS or (base in _SLINKS and (base != "slip" or (told[0] if told else "") in _DIRECTIONS)):
        return True
    if _taking_position(base, told) or (base in _STATIONING and told[:1] in (["herself"], ["himself"], ["themselves"])):
        return True  # "took up a position by the ice fountain", "positioned herself by the door": waiting for it
    if base == "reach" and told[:1] in (["into"], ["for"]):
        return True  # "reached into his inside pocket": the way to what was in it
    if told[:1] == ["back"] and (base in MUNDANE or base in _HURRYING or verb.lower() in _HURRYING):
        return True  # "sprinted back for her next link": the way out, after what she did there
    return base in _TAKING and bool(_PLATFORM.intersection(told[:3]))


# going down on one knee: a proposal, the act itself, never a movement ("Goes Down on One Knee First")
ON_A_KNEE = re.compile(r"\bon (?:one|bended|a) knee\b", re.IGNORECASE)
_HURRYING = wordset("sprint sprints race races dash dashes hurry hurries jog jogs scurry scurries dart darts")


def _taking_position(base: str, told: Sequence[str]) -> bool:
    """ "Takes up a position", "took her place by the door", "took up position": taking a place to wait in, never
    a place won ("took first place": no "up" nor a possessive before it)."""
    if base != "take" or not told:
        return False
    after = told[1:] if told[0] == "up" else told if told[0] in ("her", "his", "their") else []
    after = after[1:] if after[:1] in (["a"], ["her"], ["his"], ["their"]) else after
    return bool(after) and after[0] in _POSITION


_HANDING = wordset("hand pass")  # (never "give": a jacket given to a shivering usher is the gift)
_SHEDDING = wordset("take pull kick shrug peel strip")
_SETTING_DOWN = wordset("put set lay")
_GOING = wordset("cross walk go head wander stroll step")  # the way somewhere, then the act there
_TOWARDS = wordset("to into across over")
_HAND_OFF_WORDS = 6
_BORROWING = wordset("borrow grab")  # a thing taken up for the act after it ("borrowed a guitar … and sang")
# a thing taken up, any way, for what is done with it next ("took it out of his hands and tied it"; `hand_off` reads
# only the borrowing: "took the mic and …" tells no way there by itself)
TAKING_UP = _BORROWING | wordset("take snatch pull pick")
_RECEIVING = wordset("receive")  # (a thing handed to someone, `active`: "was handed the card" → "received the card")
_RECEIVED_WORDS = 10


_PAUSING = frozenset({"stop", "pause", "interrupt"})


def hand_off(verb: str, rest: Sequence[str]) -> bool:
    """Whether a predicate only frees the hands for the act after its "and" in one sentence: a thing handed to
    someone ("handed the trophy to her assistant and sang …"), a coat taken off ("took off his coat and dived in"),
    a thing put down ("put her bag down and …"), a thing borrowed ("borrowed a guitar from a busker and sang …"), a
    pause ("stopped mid-thank-you and proposed …"), a few steps somewhere ("crossed to the Malecón and stood with both
    hands flat on the sea wall"). The way there: the act with whom and where is the point."""
    base = verb_base(verb)
    if base in _PAUSING:  # "stopped mid-thank-you and proposed to her girlfriend": the pause makes room for the act
        return "and" in (w.lower() for w in rest[:_HAND_OFF_WORDS])
    if base in _GOING and rest[:1] and rest[0].lower() in _TOWARDS:  # "crossed to the Malecón and stood with both
        return "and" in (w.lower() for w in rest[:_HAND_OFF_WORDS])  # hands flat on the sea wall": the way there
    told = [w.lower().strip(",.;:!?“”\"'") for w in rest[:_HAND_OFF_WORDS]]
    if base in _HANDING:
        possessive = told[:1] == ["her"] and told[1:2] != ["to"]  # ("handed her stole to a stranger": hers)
        return "to" in told[1:] and (told[0] not in ("it", "them", "him", "her") or possessive)  # (a thing, to whom)
    if base in _RECEIVING:  # "was handed the English card … and read the winner as …": what they did with it
        return "and" in (w.lower() for w in rest[:_RECEIVED_WORDS])
    if base in _BORROWING:  # "borrowed a guitar from a busker and sang …": the instrument taken up for the act
        return "and" in (w.lower().strip(",") for w in rest[:_RECEIVED_WORDS])
    longer = [w.lower().strip(",.;:!?") for w in rest[: _RECEIVED_WORDS + 1]]
    if base in _SHEDDING and "out" in longer and "and" in longer[longer.index("out") :]:
        return True  # "took a roll of yellow electrical tape out of her handbag and taped the tram back on"
    if base in _SHEDDING:
        return "off" in told[:4]
    return base in _SETTING_DOWN and "down" in told[:4]


# what opens a clause of another subject after "and" ("… and his nan followed him …", "… and the room stood")
_ANOTHER_SUBJECT = wordset("his her their the a an its she he they everyone nobody someone")


def later_event(verb: str, rest: list[str]) -> tuple[list[str], str, list[str]] | None:
    """The second verb of the same subject after a setting one (after a result, any verb: what came of it):
    for "came off after the monologue and totally lost it in the wings", (["totally"], "lost", ["it", "in",
    "the", "wings"]) (the manner words before it, it, the words after it); None when there is no such event."""
    if not is_setting(verb, rest):
        return None
    for k, word in enumerate(rest):
        if word.lower() in _CLAUSE_OPENERS:
            return None  # "… when Tam pushed in and asked": that "and" is the other clause's
        if word.lower() != "and":
            continue
        if k + 1 < len(rest) and rest[k + 1].lower() in _ANOTHER_SUBJECT:
            return None  # "won Best Streamer and his nan followed him up … and took the mic": the acts after are hers
        between: list[str] = []
        for j in range(k + 1, min(len(rest), k + 2 + _BETWEEN_MAX)):
            candidate = rest[j]
            lowered = candidate.lower()
            causative = lowered in ("had", "has") and had_done(candidate, rest[j + 1 :]) is not None
            if (causative or _past_verb(candidate)) and not candidate[:1].isupper():  # ("… and had his head shaved")
                manner = [w for w in between if w.lower().endswith("ly")]
                if verb_base(candidate) in MUNDANE and verb_base(verb) in MUNDANE:
                    break  # one movement after another: nothing happens yet
                return manner, candidate, rest[j + 1 :]
            if lowered in _TIME_WORDS or lowered.endswith("ly") or lowered[:1].isdigit():
                between.append(candidate)
                continue
            break
    return None


def _past_verb(word: str) -> bool:
    """A verb as a reporter tells what happened next: in the past ("handed"), or in the present ("hands")."""
    w = word.lower()
    told = w in IRREGULAR or (w.endswith("ed") and len(w) > 3) or _present_verb(w)
    return told and looks_like_verb(w, after_name=True)


def _present_bases(w: str) -> set[str]:
    """The base forms a word in -s may be the third person present of ("kisses": kisse, kiss)."""
    if not w.endswith("s") or len(w) < 4:
        return set()
    return {w[:-1], w[:-2]} | ({w[:-3] + "y"} if w.endswith("ies") else set())


def _present_verb(w: str) -> bool:
    """Whether a word is a known verb in the third person present ("hands", "kisses", "cries")."""
    return bool(_present_bases(w) & _KNOWN_BASES)


def interrupted_by(verb: str, rest: list[str], people: dict[str, str]) -> str | None:
    """For a scene in progress interrupted by someone ("was taking questions … when Theo Brannigan wandered
    in", "taking questions … when …"), who interrupted it (a name of `people`: folded first word → name), else None."""
    progressive = verb.lower().endswith("ing") or (
        verb.lower() in _BACKGROUND and bool(rest) and rest[0].lower().endswith("ing")
    )
    if not progressive:
        return None
    for k, word in enumerate(rest):
        if word.lower() == "when" and k + 1 < len(rest):
            after = rest[k + 1]
            if after.lower() in _SUBJECT_PRONOUNS:
                return None
            return people.get(after.lower())
    return None


_AFTER_THING = wordset("in on at with for by to from and of")


def into_a_thing(rest: Sequence[str]) -> bool:
    """Whether a movement's words go into a thing that is no place ("walked into the fountain in his tuxedo", "Jumps
    Into the Canal"): the act itself, not the way somewhere (`way_there`)."""
    words = [w.strip(",.;:!?“”\"'").lower() for w in rest]
    for k, word in enumerate(words[:-1]):
        if word == "into":
            following = [w for w in words[k + 1 : k + 4] if w not in ("the", "a", "an", "his", "her", "their")]
            noun = list(takewhile(lambda w: w not in _AFTER_THING, following))  # ("the press room | with a cake")
            # (its head noun says: "the courtyard fountain" is a fountain, "the press room" a room)
            return bool(following) and fold((noun or following[:1])[-1]) not in PLACE_WORDS
    return False


# the words a route's next leg opens with, after a movement and a comma ("walked off the stage, down the aisle …")
_ROUTE = wordset("down up across through past into onto out along around over back to toward towards")
_ASIDE_RELATIVES = wordset("where who whose which")  # a nonrestrictive aside after a place or a person


def later_event_past_asides(verb: str, text: str) -> tuple[tuple[list[str], str, list[str]], list[str]] | None:
    """`later_event` read past the commas a clause's words stop at, when the verb is a setting one: the next legs of
    a route ("walked off the stage, down the aisle to row 14 and put her trophy in her mother's lap") and an aside
    about the place or a person reached ("walked straight to the stage door, where her teacher had waited since
    seven, and put the trophy in her hands"). `text` is the words after the verb to the sentence's end. The event and
    the words of the asides set aside (whose a "her" after them may be); None when no such leg or aside stands between
    the verb and an "and" with its next verb."""
    if not is_setting(verb, text.split()):
        return None
    segments = [s.strip() for s in text.rstrip(" .!?").split(",")]
    words = segments[0].split()
    aside: list[str] = []
    passed = False
    for segment in segments[1:]:
        opening = segment.split()[0].lower() if segment else ""
        if opening in _ROUTE:
            words += segment.split()
        elif opening in _ASIDE_RELATIVES:
            aside += segment.split()  # (set aside: nothing of the subject's own)
        elif aside and opening != "and":
            aside += segment.split()  # (the aside's own commas: "her teacher, Rysgul Temirbayeva, 79, had …")
        elif opening == "and" and passed:
            words += segment.split()
            break
        else:
            break  # (", as she had promised": the sentence goes on about something else)
        passed = True
    event = later_event(verb, words) if passed else None
    return (event, aside) if event is not None else None
