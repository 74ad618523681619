"""Where a headline's clause may be cut, and what it may lose when it runs long: a clause boundary (a preposition or
conjunction that opens an adjunct), never mid-word, never after a small word ("… With His", "… a Lesson in How"),
never inside a fixed phrase ("inside out") nor between a placing verb's object and where it was put ("Sets His
Trophy | on the Dashboard": the object's modifiers go instead, `shorter_placed`); over PREFERRED_LEN, how long it
lasted, a place in the middle or a closing place or time, when that is all it loses. Plain functions on a headline's
words (`bot.digest.headlines` writes the clause)."""

from __future__ import annotations

import re
from itertools import takewhile

from .lexicon import NUMBER_WORDS, TIME_UNITS
from .payoff import MUNDANE
from .textutil import wordset
from .verbs import IRREGULAR, base_form, looks_like_verb

MIN_LEN = 35
TARGET_LEN = 75
PREFERRED_LEN = 70  # a longer headline is cut to this when it only loses where or when
MAX_LEN = 90

# subject pronouns, and whether each is plural
PRONOUNS = {"he": False, "she": False, "it": False, "they": True, "we": True, "i": False}
# words before which a clause may be cut: they open an adjunct (time, place, manner) or a new clause
CUT_BEFORE = wordset(
    """
    in on at behind during while as after before with outside inside near under through across then but and who
    which that because until since despite without within still so where when for to by
"""
)
# a headline never ends on these
DANGLING = wordset(
    """
    a an the of to in on at by for from with and or but as his her their its our my your this that into onto
    over under about who which while when where whose than then is are was were has have had be been being very
    so just still before after during behind outside inside near until since without like toward towards
    through across around between because if whether he she they we i you next round how why what whom almost
    nearly roughly heard seen exactly precisely they're she's he's it's we're you're i'm that's there's they’re she’s
    he’s it’s we’re you’re i’m that’s there’s
"""
)
# (a perception's participle needs where it reached: "with a crack heard | at the back of the hall")
_CLAUSE_PUNCT = ',;:—–("“'
DETERMINERS = wordset("a an the his her their its one")
ARTICLES = wordset("a an the")
OBJECTS = wordset("him her them it me us you")
PLACE_PREPOSITIONS = wordset("in at on inside outside by near behind")


def bare(word: str) -> str:
    return word.strip(_CLAUSE_PUNCT + ".,!?;:”\"')")


# adverbs that lead into the time adjunct after them ("right after", "straight after", "shortly before"), and the
# words that open one: never a cut between them
_LEADING_INTO = wordset("right straight shortly soon immediately directly long well")
_TIME_WORDS = wordset("after before into until when as")

# verbs whose object takes a participle that completes it ("got the generator running", "kept them waiting")
_CAUSATIVE = wordset(
    "get gets got has had have keep keeps kept leave leaves left set sets send sends sent"
    " spend spends spent waste wastes wasted"  # ("Spends the Whole Ad Break | Arguing …": how he spent it, break 67)
)
# verbs of saying whose "that" opens what was said ("Announces From the Stage | That She Is Retiring")
SAYING_THAT = wordset(
    "announce announces announced reveal reveals revealed confirm confirms confirmed admit admits admitted "
    "insist insists insisted declare declares declared"
)


def cut(words: list[str], minimum: int, keep: int, target: int = TARGET_LEN, maximum: int = MAX_LEN) -> str:
    """The longest prefix of `words` (at least `keep` words) ending before a clause boundary, between
    `minimum` and `target` characters (`maximum` if none), not ending on a small word; over PREFERRED_LEN,
    without a place in the middle or a closing place or time when that is all it loses."""
    preferred = min(target, PREFERRED_LEN)
    if len(" ".join(words)) <= preferred:
        return " ".join(words)
    words = without_duration(words, keep) if len(" ".join(words)) > target else words
    if len(" ".join(words)) <= preferred:
        return " ".join(words)
    placed = shorter_placed(words, keep, preferred)
    placed = placed or (shorter_named(words, keep, target, target) if len(" ".join(words)) > target else None)
    if placed is not None:  # "Sets His Trophy on the Dashboard of His Father's Taxi", not "Sets His … Trophy"
        return " ".join(placed)
    named = shorter_named(words, keep, target, maximum) if len(" ".join(words)) > target else None
    cut = without_place(words, keep + 1, preferred) or (" ".join(named) if named else None)
    cut = cut or _cut_at_boundary(words, minimum, keep, target, maximum)
    if len(cut) > preferred:
        cut = without_adjunct(cut.split(), minimum, keep, preferred) or cut
    return without_bare_posture(_without_open_with(cut, words, keep), minimum)


def without_bare_posture(cut: str, minimum: int) -> str:
    """A cut that ends on "and" and a posture or a movement whose place was cut off ("… Leaves Her Box for the Second
    Half and Sits[ on the Gallery Steps …]": sits where?) ends before its "and", when that leaves `minimum`."""
    head, sep, last = cut.rpartition(" and ")
    if not sep or " " in last or len(head) < minimum:
        return cut
    word = last.lower()
    base = base_form(word) or (word[:-1] if word.endswith("s") else word)
    return head if base in MUNDANE else cut


def _without_open_with(cut: str, words: list[str], keep: int) -> str:
    """A cut that ends inside a "with X still …" ("… Is Read Out With Rainer Faleafa | Still in the Loading Dock":
    with him, says the cut, when he was not there) ends before its "with"."""
    told = cut.split()
    n = len(told)
    if n >= len(words) or told != words[:n] or bare(words[n]).lower() != "still":
        return cut
    at = max((k for k, w in enumerate(told) if w.lower() == "with"), default=-1)
    return " ".join(told[:at]) if at >= max(keep, 2) else cut


# a verb that puts its object somewhere needs where ("Sets His Trophy | on the Dashboard …"), and one that hands it
# over, to whom ("Hands the Neck | to a Girl in the Front Row"): never cut before it; nor writing, on what ("Write
# the Terms | on a Tissue": the surface is the news, round 44's Dhaka deal)
PLACING = wordset(
    "put puts set sets place places placed hang hangs hung lay lays laid tape tapes taped pin pins pinned"
    " write writes wrote scribble scribbles scribbled scrawl scrawls scrawled"
)
_HANDING = wordset("hand hands handed")  # (its recipient may come first: "Hands the Stage Manager a Cake" has it)
_WHERE = wordset(
    "on onto in into inside to at against across over under beside behind above around next up down back away aside"
    " out off through between round"
)
_PLACED_OBJECT = wordset("a an the his her their its my our this that it them him one")


def complement_cut(words: list[str], end: int) -> bool:
    """Whether the words up to `end` leave a placing verb with its object but not where it was put ("Tavi Rua Sets
    His Best Newcomer Trophy", "… and Hands the Neck"): put, set, place, hang, lay, tape, pin need their "on", "in",
    "onto" …, hand its "to" """
    lowered = [bare(w).lower() for w in words[:end]]
    for k in range(len(lowered) - 2, -1, -1):
        if lowered[k] in _HANDING and words[k].lower() == words[k] and lowered[k + 1] in _PLACED_OBJECT:
            return end < len(words) and bare(words[end]).lower() == "to"  # (never cut before to whom)
        if lowered[k] in PLACING and words[k].lower() == words[k] and lowered[k + 1] in _PLACED_OBJECT:
            return not any(w in _WHERE for w in lowered[k + 2 :]) and lowered[k + 1] not in _WHERE
    return False


def shorter_placed(words: list[str], keep: int, target: int) -> list[str] | None:
    """The words with a placed object's modifiers dropped ("sets his Best Newcomer trophy on the dashboard …" →
    "sets his trophy on the dashboard …") when that brings them within `target`; None otherwise."""
    lowered = [bare(w).lower() for w in words]
    for k in range(1, len(words) - 3):
        if lowered[k] not in PLACING or lowered[k + 1] not in ("a", "an", "the", "his", "her", "their", "its", "my"):
            continue
        at = next((j for j in range(k + 2, min(len(words), k + 7)) if lowered[j] in _WHERE), None)
        if at is not None and at - (k + 2) < 2 and not any(w.endswith(",") for w in words[k + 1 : at]):
            return _place_whole(words, at, target)  # "write the terms on a tissue[ from Selim Uddin's counter]"
        if at is None or at - (k + 2) < 2 or any(w.endswith(",") for w in words[k + 1 : at - 1]):
            return None
        shorter = [*words[: k + 2], words[at - 1], *words[at:]]
        return shorter if len(" ".join(shorter)) <= target else None
    return None


_AFTER_THE_PLACE = wordset("from of at in by with near beside behind")


def _place_whole(words: list[str], at: int, target: int) -> list[str] | None:
    """The words up to the end of the place a placing verb names (its preposition at `at`, an article, and its
    noun), what follows it dropped, when the whole runs over `target` and the cut is within it ("… Write the Terms
    on a Tissue[ From Selim Uddin's Counter]"); None otherwise."""
    if len(" ".join(words)) <= target or at + 2 >= len(words):
        return None
    end = next((j for j in range(at + 2, len(words)) if bare(words[j]).lower() in _AFTER_THE_PLACE), None)
    if end is None or any(w.endswith((",", ";")) for w in words[at : end - 1]):
        return None
    shorter = words[:end]
    return shorter if MIN_LEN <= len(" ".join(shorter)) <= target else None


def shorter_named(words: list[str], keep: int, target: int, maximum: int = MAX_LEN) -> list[str] | None:
    """The words ending on a person named, without where that follows ("leads the whole café in Happy Birthday to
    the waiter Osei Mensah | on a bench"), else without who the person is too ("… to the retiring head barman Ike
    Osei" → "… to Ike Osei"), else by who they are without the name, when the name would not fit ("… to the
    stage-door man, Bartholomew Achterberg-Nkemelu" → "… to the stage-door man"), when that brings them within
    `target`: whom the act was for is never cut off for its length, the body tells who they are and where; a name
    right after "to" ending the clause is kept within `maximum` ("… Hands Her Award to Bartholomew
    Achterberg-Nkemelu"), for the headline's naming to name them by their role or surname. None otherwise."""
    for k in range(keep, len(words) - 1):
        if bare(words[k]).lower() not in ("to", "for") or words[k + 1].isupper():
            continue
        named = next((j for j in range(k + 1, min(len(words), k + 7)) if words[j][:1].isupper()), None)
        if named is None or any(w.endswith(",") for w in words[k + 1 : named - 1]):
            return None
        if any(w[:1] in "'‘\"“" for w in words[k + 1 : named + 1]):
            return None  # "… for 'Harbour Lights'": a title in quotes, never a name to shorten ("for Lights'")
        if words[named].isupper() or any(bare(w).lower() in _WHERE for w in words[k + 1 : named]):
            return None  # "… Tells Her to Sit Up Straight on Live TV": a clause and a place, never a person
        apposed = words[named - 1].endswith(",")  # "the stage-door man, Bartholomew …"
        end = named + len(list(takewhile(lambda w: w[:1].isupper() and not w.endswith(","), words[named:])))
        end += 1 if end < len(words) and words[end][:1].isupper() else 0  # ("… Achterberg-Nkemelu, outside")
        placed = end < len(words) and bare(words[end]).lower() in PLACE_PREPOSITIONS  # (", on the bar counter")
        # (the next predicate of the subject's list ends the clause: "… to Lorene Battles [,] put it in her hands")
        listed = end < len(words) and words[end].islower() and looks_like_verb(words[end], after_name=True)
        listed = listed and bare(words[end]).lower() not in PLACE_PREPOSITIONS
        if listed:
            words = words[:end]
        if end < len(words) and not (placed and len(words) - end <= _PLACE_WORDS):
            return None
        role = [*words[: named - 1], words[named - 1].rstrip(",")] if named - k > 2 else []
        named_only = [*words[: k + 1], *words[named:end]]
        for shorter in ([] if apposed else words[:end], named_only, role):  # (where goes first, then who, then
            # the name)
            if shorter and len(" ".join(shorter).rstrip(",")) <= target:
                return [*shorter[:-1], shorter[-1].rstrip(",")]
        if named == k + 1 and bare(words[k]).lower() == "to" and len(" ".join(named_only)) <= maximum:
            return named_only  # (the headline's naming names them shorter: `naming.Names.headline`)
        path = _path_before(words, keep, k)  # "carries her trophy straight through the wings to Lorene Battles"
        if path is not None and len(" ".join(straight := [*words[:path], *named_only[k:]])) <= maximum:
            return straight  # (the way it went is the body's: "… Carries Her Trophy to Lorene Battles")
        return None
    return None


_PATH = wordset("through across past along via")
_STRAIGHT = wordset("straight right")
_PATH_WORDS = 5  # "straight through the side wings"


def _path_before(words: list[str], keep: int, to: int) -> int | None:
    """Where a way taken ("straight through the wings", "across the lobby") starts just before the "to" at `to`, when
    it is all that stands between the thing and to whom (no comma in it); None otherwise."""
    for at in range(to - 1, max(keep, to - _PATH_WORDS) - 1, -1):
        if words[at].endswith(","):
            return None
        if bare(words[at]).lower() in _PATH:
            return at - 1 if at - 1 >= keep and bare(words[at - 1]).lower() in _STRAIGHT else at
    return None


_UNITS = TIME_UNITS
_MEASURING = wordset("in for after within about around nearly almost just only last lasts lasted took takes")


def amount_of_time(words: list[str], at: int) -> bool:
    """Whether an amount of time opens at `at` ("twenty minutes", "5 minutes") after a word that does not
    measure it (not "in", "for", "after" …: a cut there leaves "in", which a headline never ends on)."""
    w = bare(words[at]).lower()
    amount = w in NUMBER_WORDS or w[:1].isdigit() or w in ("twenty", "thirty", "forty", "fifty", "a", "an")
    # "7 minutes | 40 seconds" is one amount: a number is never cut short
    goes_on = at >= 2 and bare(words[at - 1]).lower() in _UNITS and _amount_word(words[at - 2])
    return amount and not goes_on and at + 1 < len(words) and bare(words[at + 1]).lower() in _UNITS


def _amount_word(word: str) -> bool:
    w = bare(word).lower()
    return w in NUMBER_WORDS or w[:1].isdigit() or w in ("twenty", "thirty", "forty", "fifty", "a", "an")


_MOMENTS = wordset("moments moment")
# verbs a "to" after which is their infinitive, never a place ("used to sing", "wants to dance")
_TO_VERB = wordset("used want wants wanted try tries tried going plan plans planned refuse refuses refused")
_QUESTION = wordset("what how why whether whatever")


# a walk, a way or a task only got through: what it was done with or how (its participle) is the news
_GOT_THROUGH = wordset("walk walks walked finish finishes finished complete completes completed cross crosses crossed")


def _on_the_way(words: list[str]) -> bool:
    """Whether the clause's verb (its first lower-case verb) only tells a walk or a task got through."""
    verb = next((bare(w) for w in words[1:] if w.islower() and looks_like_verb(bare(w), after_name=True)), "")
    return verb in _GOT_THROUGH


def _before_after(word: str) -> bool:
    return bare(word).lower() in ("before", "after", "later", "earlier", "into", "from")


def open_question(words: list[str]) -> bool:
    """Whether `words` end inside a clause opened by "what", "how" or "why" after the verb that has no verb of its
    own yet ("… Tells Eka What the Village Choirs of Kakheti"): the clause's verb was cut off. Only a verb that
    reads as one anywhere counts (a past, an irregular, a modal: "what the choirs sang")."""
    at = next((k for k in range(len(words) - 1, 0, -1) if bare(words[k]).lower() in _QUESTION), None)
    if at is None:
        return False
    return not any(looks_like_verb(bare(w).lower(), after_name=False) for w in words[at + 1 :])


def _names_either_side(words: list[str], end: int) -> bool:
    """Whether the "and" at `end` joins two names of a list ("Owen Tsai and Bex Adeyemi" after "Nadia Ferreira-Lum,"):
    a capitalised word before it, one after it, and a comma after a capitalised word before that."""
    before, after = words[end - 1], words[end + 1] if end + 1 < len(words) else ""
    listed = any(w.endswith(",") and w[:1].isupper() for w in words[max(0, end - 4) : end - 1])
    return before[:1].isupper() and after[:1].isupper() and listed


_AUXILIARY = wordset("has have had is are was were be been being never not just already ever")


def _cut_at_boundary(words: list[str], minimum: int, keep: int, target: int, maximum: int) -> str:
    text = " ".join(words)
    if len(text) <= target:
        return text
    lowered = [bare(w).lower() for w in words]
    if len(text) <= maximum and "that" in lowered and not SAYING_THAT.isdisjoint(lowered[: lowered.index("that")]):
        return text  # "… Announce on Stage That They're Co-Directing the Sequel": what was said, whole (break 68)
    shorter = without_place(words, keep + 1, target)
    if shorter is not None:
        return shorter
    for limit in (target, maximum):
        for end in range(len(words) - 1, keep - 1, -1):
            word = bare(words[end]).lower()
            shaped = word.endswith(("ing", "ed")) or (word in IRREGULAR and word.endswith(("en", "wn", "rn")))
            # ("… With Eleven Safety Pins | Taken From the Front of Her Own Work Smock": an irregular one too)
            participle = shaped and end > keep + 1 and words[end].islower()
            participle = participle and base_form(word) is not None  # "the egyptian | wing" is no participle
            before = bare(words[end - 1]).lower()
            participle = participle and (word.endswith("ing") or before not in PRONOUNS)
            # "a ballad he has never | recorded", "was | singing": after an auxiliary or its adverb, the verb itself
            participle = participle and before not in _AUXILIARY
            # "the No. 1 | dressing room", "the | waiting list": after a number or an article, a modifier
            participle = participle and not (before[:1].isdigit() or before in DETERMINERS)
            # "with a hotel | sewing kit": inside a noun phrase its article opened, a modifier too
            modifier = word.endswith("ing") and end >= 2 and bare(words[end - 2]).lower() in DETERMINERS
            participle = participle and not modifier
            # "… With a Hairpin | Two Minutes Before the Finale": an amount of time opens an adjunct too
            timed = amount_of_time(words, end) and before not in _MEASURING
            # "… by the Sleeve | Seconds Before Her Cue": a bare unit of time opens its adjunct
            timed = timed or (word in _UNITS | _MOMENTS and end + 1 < len(words) and _before_after(words[end + 1]))
            timed = timed and not amount_of_time(words, end - 1)
            if (word not in CUT_BEFORE and not participle and not timed) or fixed_phrase(words, end):  # "iced with"
                continue
            if inside_quote(words[:end]):
                continue  # "… Dedicating a Song to 'The Man in Row One": never inside what someone called it
            if word == "and" and _names_either_side(words, end):
                continue  # "Finds Nadia Ferreira-Lum, Owen Tsai | and Bex Adeyemi": never inside a list of names
            if participle and word.endswith("ing") and _CAUSATIVE & {bare(w).lower() for w in words[:end]}:
                continue  # "gets the backup generator | running": the object's complement, never cut off
            if participle and len(text) <= maximum and _on_the_way(words[:end]):
                continue  # "Finishes the Red Carpet | Carrying Her Broken Shoe …": how is the news, not the walk
            measured = end >= 3 and bare(words[end - 3]).lower() in _MEASURING  # ("in 48 seconds | behind …")
            if end >= 2 and before in _UNITS and amount_of_time(words, end - 2) and not measured:
                continue  # "… Two Minutes | Before the Finale": the amount of time goes with what it is before
            if before in _UNITS | _MOMENTS and _before_after(word) and not measured:
                continue  # "… by the Sleeve Seconds | Before Her Cue": a bare unit goes with what it is before
            if complement_cut(words, end):
                continue  # "Sets His Trophy | on the Dashboard": where it was put is part of the act
            if _on_body(words, end):
                continue  # "… and Lands Flat | on His Back": how he landed, never cut off
            if word in _PARTICLES and end + 1 < len(words) and bare(words[end + 1]).lower() in PLACE_PREPOSITIONS:
                continue  # "… to Tuck His Shirt | in on Live TV": the particle is the verb's, the place follows
            if word == "to" and before in OBJECTS:
                continue  # "… Asks Him | to Sign": the verb needs what follows
            if before in _LEADING_INTO and word in _TIME_WORDS:
                continue  # "… on Speakerphone Right | After the Speech": the adverb is the adjunct's
            if word == "to" and before in _TO_VERB:
                continue  # "… What the Choirs Used | to Sing": the verb goes on in its infinitive
            if open_question(words[:end]):
                continue  # "Tells Eka What the Village Choirs of Kakheti | …": the "what" lost its verb
            if end - 1 >= keep and before.endswith(("ed", "ing")) and words[end - 1].islower():
                continue  # "a trifle decorated | with …": the participle needs what follows
            irregular = before in IRREGULAR and before.endswith(("en", "wn", "rn"))
            if end - 1 >= keep and irregular and end >= 2 and bare(words[end - 2]).lower() not in _AUXILIARY:
                continue  # "with a ring hidden | inside the envelope": its participle too (break 67)
            if word == "that" and not {bare(w).lower() for w in words[keep - 1 : end]}.isdisjoint(SAYING_THAT):
                continue  # "announced from the stage | that she is retiring": what was said is the news
            last = bare(words[end - 1])
            second = last.islower() and last.endswith("s") and looks_like_verb(last, after_name=True)
            if end - 2 >= keep and bare(words[end - 2]).lower() == "and" and second:
                continue  # "… for the Catering Team and Stands | behind the bar": the second verb needs what follows
            if word == "to" and end >= 2 and bare(words[end - 2]).lower() == "the" and len(text) <= maximum:
                continue  # "the key | to the dressing room": which key is in what follows
            cut = " ".join(words[:end]).rstrip(",;:")
            if minimum <= len(cut) <= limit and bare(words[end - 1]).lower() not in DANGLING:
                return cut
    # no clause boundary fits: the longest run of whole words within `maximum`, not ending on a small word
    prefix = words[:keep]
    for w in words[keep:]:
        if len(" ".join([*prefix, w])) > maximum:
            break
        prefix.append(w)
    while len(prefix) > keep and bare(prefix[-1]).lower() in DANGLING:
        prefix.pop()
    if len(prefix) < len(words) and bare(words[len(prefix)]).lower() == "of":  # "… together from the side | of the
        # turntable": the phrase whose "of" is cut off goes whole ("… Shout 'VRAPČIĆI!' Together")
        opened = max((k for k in range(keep, len(prefix)) if bare(prefix[k]).lower() in _PHRASE_OPENERS), default=None)
        prefix = prefix[:opened] if opened is not None else prefix
        while len(prefix) > keep and bare(prefix[-1]).lower() in DANGLING:
            prefix.pop()
    return " ".join(prefix).rstrip(",;:")


_PHRASE_OPENERS = wordset("from in on at to into onto with by near behind under over across through")


_OPENING_MARK = re.compile(r"(?<![\w'’])['‘“\"](?=\w)")
_CLOSING_MARK = re.compile(r"(?<=[\w.,!?])['’”\"](?![\w'’])")


def inside_quote(words: list[str]) -> bool:
    """Whether these words end inside a quotation they opened ("… to 'The Man in Row One"): more opening marks
    than closing ones (an apostrophe inside a word, "Petrov's", is neither)."""
    text = " ".join(words)
    if not any(mark in text for mark in "'‘“\""):
        return False
    return len(_OPENING_MARK.findall(text)) > len(_CLOSING_MARK.findall(text))


_DURATION = re.compile(
    r"^for$|^(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|few|several|"
    r"\d+|whole|full|good|solid|straight|entire|about|nearly|almost)$|^(?:seconds?|minutes?|hours?|songs?)$",
    re.IGNORECASE,
)


def without_duration(words: list[str], keep: int) -> list[str]:
    """The words without how long it lasted in the middle of the clause ("Takes Press Questions | for Ten Whole
    Minutes | in a Paper Sheet Mask"): how long matters less than what the rest says. Only "for", an amount and a
    unit of time, followed by more of the clause; else the words as they are."""
    for i in range(keep, len(words) - 2):
        if words[i].lower() != "for":
            continue
        end = i + 1
        while end < len(words) and _DURATION.match(bare(words[end])) and words[end].lower() != "for":
            end += 1
        unit = bare(words[end - 1]).lower().rstrip("s") in ("second", "minute", "hour", "song")
        if unit and end - i >= 3 and end < len(words) and not words[end - 1].endswith(","):
            return [*words[:i], *words[end:]]
    return words


# a closing "for a long time", "for ages", "for a solid minute", "for about ten minutes": how long, never what happened
_PADDING = re.compile(
    r"\s+for\s+(?:(?:a|an|about|nearly|almost|over|well|at|least|one|two|three|four|five|ten|twenty|\d+|few|"
    r"several|long|good|solid|full|whole|straight|very|little|short)\s+){0,4}"
    r"(?:time|while|ages|seconds?|minutes?|hours?|songs?|age|eternity)\s*$",
    re.IGNORECASE,
)


def without_padding(headline: str) -> str:
    """A headline without how long its act lasted at its end ("Ada Roe Hugs Pip Lane | for a Long Time"): what a
    headline's length is worth once padding is left out."""
    return _PADDING.sub("", headline)


_FIXED_PHRASES = {("inside", "out"), ("upside", "down"), ("in", "half"), ("on", "fire"), ("to", "tears")}


def fixed_phrase(words: list[str], end: int) -> bool:
    """Whether `words[end]` opens a phrase that belongs to the word before it ("a jacket | inside out" is no
    place: "With His Velvet Jacket Inside Out", never "… Velvet Jacket")."""
    following = bare(words[end + 1]).lower() if end + 1 < len(words) else ""
    return (bare(words[end]).lower(), following) in _FIXED_PHRASES


# adjuncts that can go when a headline runs long: where and when, not with whom or what
_ADJUNCTS = wordset("in on at during after before while behind near outside inside")


def without_adjunct(words: list[str], minimum: int, keep: int, target: int) -> str | None:
    """The words within `target` without a closing adjunct of place or time ("… Sweeps the Gold Confetti | in
    Row F"); None when the clause ends otherwise ("… a Trifle Decorated With His Face") or in what someone
    wore ("… in a Paper Sheet Mask": "in a", not "in the", is no place)."""
    for end in range(len(words) - 1, keep, -1):
        word = bare(words[end]).lower()
        if fixed_phrase(words, end):
            continue
        following = bare(words[end + 1]).lower() if end + 1 < len(words) else ""
        if word == "in" and following in ("a", "an"):
            return None
        if not following and word in _PARTICLES:
            continue  # "… With Their Bike Lamps Switched On": a verb's particle, no place (its "on" has no object)
        if _on_body(words, end):
            return None  # "… Lands Flat | on His Back": how, not where; never cut to "Lands Flat"
        if word in _ADJUNCTS and bare(words[end - 1]).lower() not in DANGLING:
            if complement_cut(words, end):
                return None  # "Puts Her Own Sneakers | on Honey Chen's Feet": where it was put is the act's point
            last = bare(words[end - 1])
            second = last.islower() and last.endswith("s") and looks_like_verb(last, after_name=True)
            if end - 2 >= keep and bare(words[end - 2]).lower() == "and" and second:
                # "Wins Best Newcomer and Sits | on the Steps": the second verb needs where; the first act alone
                first = " ".join(words[: end - 2]).rstrip(",;:")
                return first if minimum <= len(first) <= target else None
            unit = bare(words[end - 1]).lower() in _UNITS | _MOMENTS and not amount_of_time(words, end - 2)
            # "… by the Sleeve Seconds | Before Her Cue": the bare unit goes with the time clause
            cut = " ".join(words[: end - 1 if unit else end]).rstrip(",;:")
            return cut if minimum <= len(cut) <= target else None
        if word in CUT_BEFORE:
            return None  # more than the closing adjunct would go
    return None


_PARTICLES = wordset("in on off up out down over back away")
# a body part someone landed or ended up on: how, not a place ("flat on his back", "on her knees", "onto his feet")
_ON_BODY = re.compile(r"(?:his|her|their|my|its) (?:back|backs|face|feet|knees|knee|side|bottom|bum|backside|head)$")


def _on_body(words: list[str], end: int) -> bool:
    """Whether the words from `end` say what body part someone landed on ("… lands flat | on his back"), which a cut
    never leaves out; but "falls flat" is whole without it ("… and Falls Flat | on His Face")."""
    if bare(words[end]).lower() not in ("on", "onto", "against"):
        return False
    before = [bare(w).lower() for w in words[max(0, end - 2) : end]]
    if before[-1:] == ["flat"] and bare(words[end]).lower() in ("on", "onto", "against"):
        # "… With Both Hands Flat | on the Sea Wall": flat where, never cut off ("Falls Flat" is whole)
        return not (before[:1] and before[0] in ("falls", "fell", "fall", "falling"))
    if not _ON_BODY.match(" ".join(bare(w).lower() for w in words[end + 1 : end + 3])):
        return False
    return not (before[-1:] == ["flat"] and before[:1] and before[0] in ("falls", "fell", "fall", "falling"))


WHEN = wordset("before after while when until since as then")
_PLACE_WORDS = 4  # "in the loading bay": a preposition, an article and a noun of up to two words
# what may follow a place in the middle of a clause: a place's words end before it ("a loud argument | near the stairs
# | about who goes on first": never "an argument who goes on first")
_AFTER_PLACE = CUT_BEFORE | wordset("about over against")


def _later_verb(words: list[str], at: int) -> bool:
    """Whether `words[at]` is the verb of a later clause with a pronoun or "and" before it ("so she sat", "and
    sits"): what follows it (where she sat) is that clause's act, never a place to drop."""
    if at < 1 or not words[at].islower():
        return False
    before = bare(words[at - 1]).lower()
    return (before in PRONOUNS or before in ("and", "then")) and looks_like_verb(words[at], after_name=True)


_HELD_IN = frozenset({"hand", "hands", "arms", "lap", "palm", "palms", "care"})


def _in_someones(words: list[str]) -> bool:
    """Whether the words after "in the" say whose hands, arms or lap ("director's hands", "mother's lap"): a person
    holding it, not a place."""
    for k, w in enumerate(words):
        if bare(w).lower() in _AFTER_PLACE:
            return False  # (the place ended: "at the equipment cases | and hands it to …")
        if bare(w).lower() in _HELD_IN and (k == 0 or words[k - 1].endswith(("'s", "’s"))):
            return True
    return False


def _participle_after_noun(words: list[str], at: int) -> bool:
    """Whether word `at` is a past participle after a noun ("a beer crate | tied"): the noun's phrase goes on."""
    word = bare(words[at]).lower()
    return words[at].islower() and word.endswith("ed") and base_form(word) is not None and words[at - 1].islower()


def without_place(words: list[str], first: int, target: int) -> str | None:
    """The words within `target` once a place in the middle is dropped ("Echo Play the Song That Got Cut | in
    the Loading Bay | for the Kitchen Staff"): where it happened matters less than to whom. Only a place with
    an article, from word `first` on (never right after the verb: "Marches Into the Bar"), and followed by more
    of the clause."""
    for i in range(first, len(words) - 2):
        if words[i].lower() not in PLACE_PREPOSITIONS or words[i + 1].lower() not in ARTICLES:
            continue
        if _later_verb(words, i - 1):
            continue  # "… So She Sat | on the Stairs": where a later verb went is its act too
        if _in_someones(words[i + 2 : i + 2 + _PLACE_WORDS]):
            continue  # "put the trophy | in the director's hands": whose hands, never a place to cut
        if bare(words[i - 1]).lower() == "flat":
            continue  # "stands with both hands flat | on the sea wall": flat where, the act itself
        for j in range(i + 3, min(len(words), i + 2 + _PLACE_WORDS)):
            if any(w.endswith(",") for w in words[i : j - 1]):
                break  # "on the counter, offering repairs": a place ends at its comma
            if bare(words[j]).lower() in _AFTER_PLACE and not words[j - 1].endswith(","):
                if _participle_after_noun(words, j - 1):
                    break  # "with it in a beer crate tied | to his seat": the place goes on past its noun
                if bare(words[j]).lower() in WHEN:
                    break  # "… in a Sheet Mask | Before Anyone Asked": the time clause goes, not what comes before
                shorter = " ".join([*words[:i], *words[j:]])
                if len(shorter) <= target:
                    return shorter
                break
    return None
