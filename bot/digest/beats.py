"""How a body's beats follow one another: a report's label and place ("Great hall: …", `_label`, `_placed`), the
connective a follow-up opens with (`_connectives`, `_as_follow_up`), the order the moments are told in
(`_told_order`, `said_at`), a setup told as what the lead moment began with (`_began`, `_with_setup`), and a pointer
at a promise told once (`_without_promise_back`). Split out of `writing`."""

from __future__ import annotations

import re

from .bodycopy import undated
from .casing import capitalise_sentences, outside_quotes
from .clauses import sentences
from .clock import without_time_label
from .deskframe import mid_report, own_act, without_lean
from .flashback import DONE_TO, had_done_then, pluperfect, reporting_first
from .frames import opens_on_scene
from .hygiene import prose, word_count
from .labels import caps_label
from .language import FUNCTION_WORDS, english_line
from .lexicon import CONNECTIVE_HEAD, DID_IT, EVERYDAY, KIN, NUMBER_WORDS, OWNER_OF, ROLE_WORDS, STOPWORDS, UPDATE_ON
from .matching import clothes_filler
from .moments import IDENTIFIES, Moment, register_of
from .naming import Names
from .night import NameBook, claim_words
from .note_marks import note_marked
from .places import PLACE_PHRASE_OPENING, PLACE_WORDS, place_phrase
from .polish import without_live_now
from .prose import has_finite_verb, printable, reads_as_prose
from .quoted import Hidden, keeping_quotes
from .retellings import SAME_ACT_SECONDS
from .sentenced import ORDINAL_BARE
from .setup_copy import only_there, there_who
from .speakers import _EARLIER, _LABEL_MAX_WORDS, _LOWER_STARTERS, _copy, _english, _quotes, attributed
from .standalone import as_subject, carry, kept_connective, kept_word
from .story import Story
from .textutil import alnum_words, fold, lower_first, wordset
from .threads import _vowed, _vows, says_kept, tells_its_loss
from .verbs import looks_like_verb

_LABEL_HEAD = re.compile(r"^([^:.!?\"“]{2,30}):\s+(?=[^\W\d_])")  # (a letter of any script: "Best Actress: Šebek …")
# a label naming the category whose reading the note tells ("Best Actress: Šebek read the nominees …"): kept, as
# "For Best Actress, Šebek read …" (the category is the news's context; a win is `labels.award_line`'s)
_CATEGORY = re.compile(r"^Best(?: [A-Z][\w'’-]*){1,4}$")


_SCENE_MAX_WORDS = 5
_SCENE_STARTS = wordset("back after before during between end at in on from outside inside")


def _scene_head(head: str) -> bool:
    """Whether a note's label sets the scene ("Back from the break", "After the second ad break")."""
    return fold(head.split()[0]) in _SCENE_STARTS


_THE = re.compile(r"^[Tt]he ")  # (a label's article is no word of it: "The green room corridor: …", unfolded)
# a label that is a place phrase whole, its preposition and article written ("In the press room", "Back at the bar")
_PLACE_PHRASE_HEAD = re.compile(rf"^{PLACE_PHRASE_OPENING} (?:the|a|an) \w")


# a label of what happened and where ("Drama in the foyer", "Trouble at the bar", "Panic in the wings"): its place,
# never "Drama was in the foyer:" (breaker 63)
_WHAT_AT_PLACE = re.compile(r"^[A-Z][a-z]+ (?:in|at|on|by|outside|inside|behind|near) (?:the )?[a-z][\w'’ -]*$")


def _label(text: str) -> tuple[str, str]:
    """A note's label taken off ("Press room: Toby …" → "Toby …", "in the press room"; "End of show: Birch …"
    → "Birch …"; after the reporter's connective, "Later, Afterparty upstairs: Lapointe …" → "Later, Lapointe …",
    "at the afterparty upstairs"; a place and when, "Row 3, in the break: Pijpers …" → "In the break, in row 3,
    Pijpers …"): the text, and where the label says it happened ("" when it is not a place)."""
    connective = _LABEL_CONNECTIVE.match(text)
    opening = connective.group(0) if connective else ""
    text = without_time_label(
        undated(text[len(opening) :])
    )  # "eleven bells, near enough (22:56): …": no place, no news
    timed = _PLACE_TIME_LABEL.match(text)
    if timed is not None:  # "Row 3, in the break before the music award: Pijpers …": its scene, then its place
        place = timed.group("place")
        where = _label_place(place) or (f"in {place[:1].lower()}{place[1:]}" if _NUMBERED.fullmatch(place) else "")
        if where:
            when = timed.group("when")
            when = when if opening else f"{when[:1].upper()}{when[1:]}"  # ("Later, in the break, …")
            return f"{opening}{when}, {where}, {text[timed.end() :]}", ""  # (the place with its time, not at the
            # end of a sentence it may not fit: "… couldn't read it in row 3")
    m = _LABEL_HEAD.match(text)
    if (
        m is None
        or word_count(_THE.sub("", m.group(1)))
        > (_SCENE_MAX_WORDS if _scene_head(m.group(1)) or _WHAT_AT_PLACE.match(m.group(1)) else _LABEL_MAX_WORDS)
        or (looks_like_verb(m.group(1).split()[-1], after_name=True) and not _label_place(m.group(1)))
    ):
        return opening + text, ""
    head = m.group(1)
    rest = text[m.end() :]
    if _PLACE_PHRASE_HEAD.match(head) and rest[:1].isupper():  # "Back in the press room: Azzopardi and Grech …": a
        return opening + text, ""  # place phrase already, told first as the caption it is (`narration`), never "…
        # in the back in the press room" (round 45's breaker)
    where = _label_place(head)
    if _CATEGORY.match(head) and rest[:1].isupper():
        return f"{opening}For {head}, {rest}", ""
    if rest[:1].islower():  # "Side entrance: a man in a bear suit …": only a place labels a sentence in lower case
        return (opening + rest[:1].upper() + rest[1:], where) if where else (opening + text, "")
    return opening + rest, where


# a label of a place and when, before a sentence: "Row 3, in the break before the music award: Pijpers …"
_PLACE_TIME_LABEL = re.compile(
    r"^(?P<place>[A-Z][^,:“\"]{1,30}), (?P<when>(?:(?:just|right) )?(?:in|during|at|after|before) [^,:“\"]{3,60}):\s+"
    r"(?=[A-Z])"
)
_NUMBERED = re.compile(r"(?:Row|Table|Box|Seat|Gate|Door|Dock|Studio|Room|Level|Floor|Booth|Bay|Aisle) \d{1,3}[A-Z]?")
# a reporter's own connective before a label ("Later, Afterparty upstairs: …")
_LABEL_CONNECTIVE = re.compile(
    r"^(?:Later(?: on| that night)?|Then|Earlier|Afterwards|Meanwhile|(?:Minutes|Hours) later), "
)
_PLACE_ADVERBS = wordset("upstairs downstairs outside backstage offstage")
_LOCATIVE = wordset("on at in outside inside behind by near")  # a label that says where: "On the tram stop: …"
_NOT_PLACES = wordset("end meantime moment break interval start beginning middle time night day way")
_EVENTS = wordset("afterparty after-party party reception dinner rehearsal soundcheck ceremony")


def _label_place(head: str) -> str:
    """Where a note's label says it happened, as a phrase of the article ("Rooftop bar" → "at the rooftop bar",
    "Afterparty upstairs" → "at the afterparty upstairs"); "" when it names no place ("End of show")."""
    words = head.split()
    last = fold(words[-1])
    at = next((k for k in range(len(words) - 1, 0, -1) if fold(words[k]) in _LOCATIVE), None)
    if (
        last in PLACE_WORDS
        and at is not None
        and not any(fold(w) in _LOCATIVE | PLACE_WORDS or w[:1].isdigit() or fold(w) == "back" for w in words[:at])
    ):  # "Problem on stage": what, then
        return " ".join(words[at:]).lower()  # where, "on stage" (round 47 printed "on the problem on stage")
    if (
        last in ("backstage", "offstage")
        and len(words) > 1
        and not any(fold(w) in PLACE_WORDS | _EVENTS for w in words[:-1])
    ):
        return last  # "Emergency backstage": what, then where, never "in the emergency backstage" (breaker 63)
    if last in PLACE_WORDS:
        return place_phrase(head)
    if last in _EVENTS:
        return f"at the {head.lower()}"
    if last in _PLACE_ADVERBS and len(words) > 1:
        where = _label_place(" ".join(words[:-1]))
        return f"{where} {words[-1].lower()}" if where else ""
    if len(words) > 2 and fold(words[0]) in _LOCATIVE and fold(words[1]) == "the" and last not in _NOT_PLACES:
        return f"{'at' if fold(words[0]) == 'on' else words[0].lower()} the {' '.join(words[2:])}"
    return ""


# "was here with the trophy", "were there, …": the label's place is where "here" or "there" points
_HERE = re.compile(r"\b(?:was|were) (?P<here>here|there)(?= with\b| and\b| for\b|[,.;!?]|$)")
_PARTICIPLE_TAIL = re.compile(r", (?=[a-z]+ing\b|and |but |no )")  # (", no eye contact": how it was done)


def _placed(text: str, where: str) -> str:
    """`where` put in the first sentence: for the "here" or "there" it stands for ("Lapointe was there with the
    trophy" → "Lapointe was at the rooftop bar with the trophy"), before a participle or a second clause after the
    first ("Pratt was with Sen, sharing chips" → "Pratt was with Sen at the back bar, sharing chips"; "…, and half
    the room …"; "…, no eye contact"), else at its end ("… at the mic in the press room."); a departure left the
    place ("Marchand has left the hotel bar with Rain for another party", never "… for another party at the hotel
    bar")."""
    first = sentences(text)[0] if text else ""
    if not first or where.split()[-1] in first.lower():
        return text
    here = _HERE.search(first)
    tail = _PARTICIPLE_TAIL.search(first)
    left = _LEFT.search(first)
    clause = first[: left.start()].rsplit(",", 1)[-1].lower().split() if left else []
    if left and not _REMAINING.intersection(clause):  # "Hotel bar: Marchand has left with Rain for another party":
        # he left the bar, the party is elsewhere
        place = where.split(" ", 1)[1] if where.split(" ", 1)[0] in _LOCATIVE and " " in where else ""
        if not place.startswith(("the ", "a ")):
            return text
        placed = f"{first[: left.end()]} {place}{first[left.end() :]}"
    elif here:
        placed = first[: here.start("here")] + where + first[here.end("here") :]
    elif tail and has_finite_verb(first[: tail.start()]):  # (not inside an apposition: "Ada Moss, 81, waiting …")
        placed = f"{first[: tail.start()]} {where}{first[tail.start() :]}"
    else:
        body = first.rstrip(".!?")
        stop = first[len(body) :]
        came = _CAME_IN.search(body)
        if came and where.startswith("in "):  # "Vale in" → "Ruelas was in": came into the place, never "in in"
            placed = f"{body[: came.start()]}came into {where[3:]}{stop}"
        elif _REPORTED_TAIL.search(body) and not _FRONTED.match(body):  # at its end the place would be the
            # reported clause's ("… who told them the game got him through chemo in the kitchen"): said first
            placed = f"{where[:1].upper()}{where[1:]}, {lower_article(body)}{stop}"
        else:
            placed = f"{body} {where}{stop}"
    return text.replace(first, placed, 1)


_CAME_IN = re.compile(r"\b(?:was|were) in$")
# a sentence ending on what someone said or a relative clause: "… for a dishwasher who told them the game got him
# through chemo", "… said that they had never met"
_REPORTED_TAIL = re.compile(
    r"\b(?:who|whom|whose|which|(?:told|tells|telling) (?:them|him|her|us|me|everyone|the \w+)|said|says|saying)\b"
)
# a sentence that opens on its own scene or time ("After the show, …", "When Ada came in, …"): no place before it
_FRONTED = re.compile(
    r"^(?:After|Before|When|While|As|Once|Just|Then|Later|Earlier|Minutes|Hours|Moments|Meanwhile|In|At|On|By|"
    r"Outside|Inside|Behind|Back|With|Without|During|Still|Even|Only|Here|There)\b|^[^ ]+,|^[“\"‘']"
)


def lower_article(sentence: str) -> str:
    """A sentence's first word in lower case when it is an article or a role before a name ("The entire kitchen …",
    "Host Will Prosser told …" after a fronted place: "In the kitchen, the entire kitchen …", "In the green room, host
    Will Prosser …"), a name or anything else as it is."""
    first, sep, rest = sentence.partition(" ")
    role = first.lower() in _ROLE_WORDS and rest[:1].isupper()
    return f"{first.lower()}{sep}{rest}" if first in ("The", "A", "An") or role else sentence


# a role written before a name ("Host Will Prosser", "Producer Delphine Arsenault"): lower case inside a sentence
_ROLE_WORDS = ROLE_WORDS - wordset("mother mum mom father dad")


# a departure with nowhere left ("has left with Rain for another party"): a label's place is what was left
_LEFT = re.compile(r"\b(?:has |had |just )*left(?= with\b| for\b| to\b| early\b| together\b|[,.;!?]|$)")


# "only Pale Pilsen left", "nothing was left": what remained, no one leaving
_REMAINING = wordset("only nothing none no little few there was were is are")


# a reporter's label for a last or latest post, however long its place: "Last word from Riverbend", "Update from …"
_SIGN_OFF = re.compile(r"^(?:(?:Last|Final|Latest) (?:word|update|note|post)s?|Update|More|News) from\b", re.I)


_OWN_CONNECTIVE = re.compile(
    r"^(?:Later(?: on| that night)?|Then|Afterwards|After that|Meanwhile)(?:[,:]\s+(?=\S)|\s+(?=(?:the|The|his|His|her"
    r"|Her)\b))"
)  # ("Later the harp was tuned": never "Later that night, Later the harp …", breaker 63)


# a subject and the reporter's "then" after it ("Will then came back …"), which our connective says
_SUBJECT_THEN = re.compile(r"^([A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}) then (?=[a-z]+ed\b|[a-z]+\b)")
_OWN_EARLIER = re.compile(
    r"^(?:(?:Earlier|Minutes earlier|An hour earlier|Hours earlier)(?: in the night| that night)?, "
    r"|(?:(?:Just|Shortly|Right|Long|An hour|Half an hour|[A-Z][a-z]+ (?:minutes|hours)|[a-z]+ (?:minutes|hours))\s+)?"
    r"[Bb]efore\b[^,.;:“”]{0,40}, |(?:Backstage |Earlier )?[Bb]eforehand, "
    r"|(?:After|During) (?:the|his|her|their|its) [^,.;:“”]{2,30}, "
    r"|By (?:eleven|ten|twelve|nine|midnight|\d{1,2}\b)[^,]{0,12}, "
    r"|At (?:\d{1,2}(?:[:.]\d\d)?|(?:twenty|quarter|half|ten|five|a quarter|twenty-five) (?:to|past) \w+)\b"
    r"[^,.;:]{0,20},? )"
)  # (its own time: "Before the handshake, Farrow had paced …", "At twenty to nine Pellerin handed …", breaker 63)


def _as_follow_up(text: str, connective: str, name_words: frozenset[str] = frozenset()) -> str:
    """A follow-up's text after its connective: a label ("Uno result:") dropped, a common first word in
    lower case ("Later, the Uno game …", "Earlier, seating at table 9 …"; not the "The" of a title: "Later,
    The Glass Cage won …", nor a name), no live "now" in the sentence the connective places ("Later, Lund
    was now in …" → "Later, Lund was in …")."""
    head, sep, tail = text.partition(": ")
    if sep and (word_count(head) <= _LABEL_MAX_WORDS or _SIGN_OFF.match(head)) and tail[:1].islower():
        text = tail  # ("Uno result: …", "Last word from Riverbend: the rain's stopped …")
    if _OWN_EARLIER.match(text[:1].upper() + text[1:]) and not connective.lower().startswith(
        ("earlier", "minutes earlier", "hours")
    ):
        # "Earlier in the night, Tağıyev and Qasımova came face to face …": when it happened, in the reporter's
        # words, never "Later, Earlier in the night, …" (break57)
        return text[:1].upper() + text[1:]
    text = _OWN_CONNECTIVE.sub("", text, count=1) or text  # the reporter's own "Later," gives way to ours
    text = _SUBJECT_THEN.sub(r"\1 ", text, count=1)  # ... and their "Will then came back": "Later, Will came back"
    text = without_lean(text)  # ... and so does a "So" or "And" leaning on what they said before
    first, _, after = text.partition(" ")
    # "The Glass Cage won …": a title or a band keeps its "The"; never "the Lifetime Achievement award", an award's
    title = first == "The" and after[:1].isupper() and _AWARD_NAMED.match(after) is None
    if title and fold(re.sub(r"['’]s?$", "", after.split(" ", 1)[0].strip(",.;:!?"))) in name_words:
        title = False  # "when the Rampart Risers' tuba player dropped …": a band of the story, its article mid-sentence
    if (
        (first.lower() in _LOWER_STARTERS and not title)
        or _common_opening(first, after, name_words)
        or opens_on_scene(text)
        or (first.lower() in _ROLE_WORDS and after[:1].isupper())  # "when host Jänibek Ömirzaq told …"
        or (first.lower() in KIN and fold(first) not in name_words)  # "Later, father and son Šebek left …"
    ):
        text = lower_first(text)
    elif ORDINAL_BARE.match(text):  # "Later, the last car out at around ten to eleven was …", never "Later, Last car"
        text = "the " + lower_first(text)
    return connective + keeping_quotes(_without_placed_now, text)


_AWARD_NAMED = re.compile(
    r"(?:[A-Z][\w'’-]*\s+){1,5}(?:award|awards|prize|trophy|category|statuette|medal|gong|envelope|nomination)\b"
)
_COMMON_OPENERS = STOPWORDS | FUNCTION_WORDS["en"] | frozenset(NUMBER_WORDS)
_COMMON_OPENERS |= {"half", "most", "several", "many", "dozens", "hundreds"}  # "when half the afterparty had moved …"
_BEFORE_NAMES = wordset("both all")  # an opener that may stand before the names it counts
_ASKED = wordset("asked told pressed questioned")  # "… when asked what he would do if he won, Marchand …"
_OPENING_SUBORDINATORS = wordset("as when while once after before because although though until")
_SUBJECTS = wordset("he she they the his her their")
_FRONTED_WHERE = wordset("backstage upstairs downstairs outside inside offstage onstage afterwards")  # "Backstage, …"


def _common_opening(first: str, after: str, name_words: frozenset[str]) -> bool:
    """Whether a note's capitalised first word is an everyday word, capitalised only because it opened the
    note ("Seating war …", "Two publishers …", "Everyone …"): never a name of the item's people, "I", a word
    in capitals, or a word whose next word is capitalised too (a title or a name: "Velvet Rooks")."""
    word = first.strip(",.;:!?")
    if not word[:1].isupper() or not word[1:].islower() or word == "I" or fold(word) in name_words:
        return False
    if word.lower() in _BEFORE_NAMES:
        return True  # "Later that night, both Kalle Virtanens were by the fire": a quantifier before the names
    if first.endswith(",") and word.lower() in _FRONTED_WHERE:
        return True  # "Later, backstage, Ionescu had a row …": never "Later, Backstage, Ionescu"
    following = fold(re.sub(r"['’]s?$", "", after.split(" ", 1)[0].strip(",.;:!?"))) if after else ""
    if word.lower() in _OPENING_SUBORDINATORS and (following in name_words or following in _SUBJECTS):
        return True  # "Not long after, as Kavčič walked to the gate, …": a clause's conjunction before its name
    if after[:1].isupper():
        return False
    lowered = word.lower()
    return lowered in _COMMON_OPENERS or (lowered.endswith("ing") and len(lowered) > 5) or lowered in _ASKED


def _without_placed_now(text: str) -> str:
    opening, *rest = sentences(text) or [""]
    return " ".join([without_live_now(opening, placed=True), *rest])


def _told_order(story: Story) -> tuple[list[Moment], list[Moment]]:
    """The story's moments in the order the body tells them, and its setups. The lead moment first (the moment the
    headline promises opens the item, pinned or not), then its follow-ups in time order; last, an earlier moment
    of the same person that is not part of the thread (`Story.aside`: "Earlier in the night, …"), which sets up
    nothing. A setup (an earlier moment of the thread, a pinned moment's scene) is told after the lead moment in
    one sentence (`_began`), never pasted before it; a setup whose event the lead moment already tells
    (`_sets_scene`) is not told at all; a loss the lead moment finds or brings back (`threads.tells_its_loss`) is told
    first, in its own paragraph ("Nare Simonyan lost an earring …", then the attendant who found it)."""
    lead = story.moment.first
    event = said_at(story)
    beats = [m for m in story.moments[1:] if m is not event]
    after = [m for m in beats if m.first > lead or _speaks_after(m, story)]
    earlier = [m for m in beats if m not in after and (m is story.scene or _sets_scene(m, story.moment))]
    later = after
    setups = sorted((m for m in earlier if not story.aside(m)), key=_first)
    asides = sorted((m for m in earlier if story.aside(m)), key=_first)
    if event is not None:  # a quote about an event of its speaker: the event first, the quote in its paragraph
        return [event, story.moment, *sorted(later, key=_first), *asides], setups
    lost = [m for m in setups if tells_its_loss(story.moment, m)]
    if lost:  # "Valdis left the amber key on the taxi's back seat": the loss first, then the driver who brings it back
        return [*lost, story.moment, *sorted(later, key=_first), *asides], [m for m in setups if m not in lost]
    leans = setups and (_leans_back(story.moment) or _note_after_scene(story.moment, setups))
    if leans and not _keeps_told_promise(story.moment, setups):
        # "The Tin Larks played it.": its setup says what "it" is, first (a note of how a scene ended: after it)
        return [*setups, story.moment, *sorted(later, key=_first), *asides], []
    return [story.moment, *sorted(later, key=_first), *asides], setups


_LEANING_MAX_WORDS = 6


SAID_AT_WITHIN = 30 * 60  # seconds: a quote-only lead moment and an event of its speaker this close are one beat


def said_at(story: Story) -> Moment | None:
    """The event a lead moment that is only a quote was said about: when no report of the lead moment tells an
    event in English (its note only frames its quote, or it is reported only in another language) and a setup or
    follow-up within 30 minutes is told in English and is about the quote's speaker, the nearest such one. The body
    tells that event first, with no connective, and the quote in its paragraph ("“…,” Ashby said afterwards."),
    and the headline is written from it; a pinned moment is told as the editor pinned it."""
    m = story.moment
    if m.pin is not None or (_english(m) and not m.thin):
        return None
    spoke = {r.speaker for r in m.reports if r.speaker is not None and r.sighting.quote}
    spoke = spoke or ({m.people[0]} if len(m.people) == 1 and any(r.sighting.quote for r in m.reports) else set())
    near = [
        f
        for f in story.follow_ups
        if abs(f.ts - m.ts) <= SAID_AT_WITHIN
        and not f.thin
        and spoke & set(f.people)
        and (english := _english(f))
        and not all(clothes_filler(r) for r in english)  # ("has changed into flats": no event a line was said at)
        and printable(_copy(english[0]), opening=True)
    ]
    return min(near, key=lambda f: (abs(f.ts - m.ts), f.first), default=None)


def _said_there(moment: Moment, event: Moment, book: NameBook, names: Names, told: str) -> str:
    """A quote-only lead moment told in the paragraph of the event it was said about (`said_at`): its quotes with
    their speakers ("“I landed on my feet,” Ashby said afterwards.": "afterwards" when the event came first)."""
    parts: list[str] = []
    for quote, speaker, _ in _quotes(moment, book, foreign=True):
        if speaker is None:
            continue
        said = attributed(quote, speaker, " ".join([told, *parts]), names)
        if not parts and event.ts < moment.ts:
            said = re.sub(r" (said|added)\.$", r" \1 afterwards.", said)
        parts.append(said)
        names.mention(speaker)
    return " ".join(parts)


def _leans_back(moment: Moment) -> bool:
    """Whether the lead moment's text opens on a short sentence whose object only a setup explains ("The Tin Larks
    played it."): then the setups are told before it, in time order, each in its own paragraph."""
    reports = _english(moment)
    said = sentences(_QUOTED_TEXT.sub(" ", _copy(reports[0]))) if reports else []
    words = said[0].split() if said else []
    return len(words) <= _LEANING_MAX_WORDS and any(w.strip(".,;:!?").lower() in _LEANING for w in words[1:])


NOTE_AFTER_SCENE = 45 * 60  # seconds: a setup in prose this close before a lead moment noted in shorthand is told first


def _note_after_scene(moment: Moment, setups: list[Moment]) -> bool:
    """Whether the lead moment is a correspondent's shorthand note of how a scene told in prose minutes before ended
    ("CORRIDOR: Raudsepp RESIGNS. Kid won." after "In the catering corridor Villem Raudsepp has accepted a challenge
    from one of the choir boys, a ten-year-old named Sander Mets …", six minutes on): the story is told in the order it
    happened, the scene first, never "Villem Raudsepp resigned in the corridor. The kid won." with the scene after it
    (round 49's Tallinn: "told backwards"). Not a pinned moment (the pin opens its item), and only when each setup is
    prose in English, of one of the lead's people, within NOTE_AFTER_SCENE."""
    if moment.pin is not None or not (lead := _english(moment)) or register_of(lead[0]) == 0:
        return False
    return all(
        0 < moment.ts - s.ts <= NOTE_AFTER_SCENE
        and (told := _english(s))
        and register_of(told[0]) == 0
        and set(s.people) & set(moment.people)
        for s in setups
    )


def _keeps_told_promise(moment: Moment, setups: list[Moment]) -> bool:
    """Whether the lead moment opens on a promise kept ("Karim Abou Zeid kept his word.", "He did it.") and a setup
    is that promise: the news first, the promise after it (`_began`), never the promise first."""
    reports = _english(moment)
    said = sentences(_QUOTED_TEXT.sub(" ", _copy(reports[0]))) if reports else []
    kept = bool(said) and (says_kept(said[0]) or DID_IT.match(said[0]) is not None)
    return kept and any(_vows(s) for s in setups)


def _sets_scene(setup: Moment, lead: Moment) -> bool:
    """Whether a setup is told before the lead moment: it has words of its own that the lead moment does not
    already tell, or, reported only in another language, a quote in English (the premise a payoff needs:
    "In the VIP lounge, Felix said: “Deal. I don't lose.”")."""
    if setup.thin:
        return setup.tellable
    return bool(_english(setup)) and not _retold(setup, lead)


def _first(m: Moment) -> int:
    return m.first


def _speaks_after(m: Moment, story: Story) -> bool:
    """Whether a moment that began before the lead moment is told by a report filed after the lead moment's own
    (round 47's Vilnius: the curtain's motor dying at 20:48, told by "The second half started only four minutes
    late …" at 21:02, after the pinned 20:56 report, printed "Minutes earlier, the second half had started …"): a
    later beat, never a setup (the pinned moment's own scene aside)."""
    return m.first < story.moment.first and m is not story.scene and m.speaker.index > story.moment.speaker.index


def _retold(setup: Moment, lead: Moment) -> bool:
    """Whether the lead moment's text already tells a setup's event: the same people, and two of the words
    of the setup's first sentence, half of them at least ("Solenne Marchetti won Best Actress" before
    "Imogen Achterberg lost Best Actress to Solenne Marchetti and …"), and no number the lead does not give; never
    a note that only frames its quote (its words are the quote's), nor one with a line in English the lead moment
    does not quote (the promise in its own words, “If we win tonight, I'm wearing that hat on stage.”, is told; the
    lead's paraphrase of it goes: `_without_promise_back`)."""
    if not set(setup.people) <= set(lead.people) or setup.votes > lead.votes:
        return False  # (a setup the readers voted for more than the lead moment is an event of its own)
    lines = {fold(r.sighting.quote or "") for r in lead.reports}
    if any(r.features().quote_english and fold(r.sighting.quote or "") not in lines for r in _english(setup)):
        return False
    setup_text, lead_text = _english(setup), _english(lead)
    if not setup_text or not lead_text:
        return False
    opening = sentences(_copy(setup_text[0]))[0]
    if opening.rstrip().endswith(":"):
        return False  # a note that frames its quote ("Varga between sets, to the floor manager:"): the quote is new
    if _VOWED.search(opening) and _PROMISE_BACK.search(_copy(lead_text[0])):
        return False  # "… just as he had promised on the carpet": the lead points at the promise, which is told
    names = claim_words(" ".join(lead.people))
    # not "(the film)", nor the thread it updates ("update on the cake: someone has eaten the ROOF": the roof is news)
    updated = " ".join(m.group(1) for r in setup.reports for m in UPDATE_ON.finditer(r.sighting.what))
    event = claim_words(_PARENTHETICAL.sub("", opening)) - names - claim_words(updated)
    told = claim_words(_copy(lead_text[0]))
    if any(w in NUMBER_WORDS or w[:1].isdigit() for w in event - told):
        return False  # "his third espresso" before "his fourth": another moment
    numbers = set(re.findall(r"\d+", sentences(_copy(setup_text[0]))[0]))
    if numbers - set(re.findall(r"\d+", _copy(lead_text[0]))):
        return False  # "won 7-5" before the payoff: a result the lead moment does not tell
    return len(event & told) >= max(2, len(event) / 2)


_MINUTES_ON = 15 * 60  # seconds: a beat less than this after the one before: "minutes later"
_AN_HOUR_ON = 50 * 60  # ...from this on: "an hour later"
_LATE_ON = 75 * 60  # ...from this on, neither minutes nor about an hour: "later that night", never "then"
_HOURS_ON = 120 * 60  # ...from this on: "hours later" (two hours at least: an hour and a half is not "hours")


# how long apart two beats came, true to the clock: from this many seconds on, told after / before the other
_CLOCK = (
    (_HOURS_ON, "Hours later", "hours earlier"),
    (_LATE_ON, "Later that night", "earlier that night"),
    (_AN_HOUR_ON, "An hour later", "an hour earlier"),
    (_MINUTES_ON, "Not long after", "earlier"),
    (0, "Minutes later", "minutes earlier"),
)


def _next_beat(gap: float) -> str:
    """How a beat told after another one (not the first after the lead) says how long after it came: never
    a formula ("Then, ", "After that, ") but the time it took, true to the clock ("Minutes later, ", "Not long
    after, ", "An hour later, " about an hour, "Later that night, " an hour and a half, "Hours later, " two
    hours or more)."""
    return next(later for least, later, _ in _CLOCK if gap >= least) + ", "


def _after_lead(gap: float) -> str:
    """The connective of the first beat told after the lead moment: "Later, ", "Later that night, " 75 minutes
    or more after it."""
    return "Later that night, " if gap >= _LATE_ON else "Later, "


def _connectives(story: Story) -> dict[int, str]:
    """None for the moment that opens the item; none for a beat filed while the one before it was going on
    (`_during`); "Later, " for the first beat after the lead moment ("Later that night, " 75 minutes or more after
    it); "Earlier in the night, " for the first aside told after the story
    (`Story.aside`); any other beat says how long after the one before it came (`_next_beat`); never "Later" twice
    (`_unrepeated`)."""
    out: dict[int, str] = {}
    lead = story.moment
    order, _ = _told_order(story)
    event = said_at(story)
    for k, m in enumerate(order[1:], start=1):
        before = order[k - 1]
        if m is lead and event is not None:
            continue  # the quote, told in its event's paragraph
        if _speaks_after(m, story):
            out[m.first] = ""  # begun before the lead moment, told by a report filed after it: no time word says
            # which ("Mansa's heel broke in the wings", a report of 21:07 told beside one of 21:10, Accra)
        elif _during(before, m):
            out[m.first] = ""  # the same act going on: no "Later", told in its paragraph (`_during`)
        elif _says_who(m):
            out[m.first] = ""  # "The little girl was Marta, …": who someone was, no time word ("Later, the girl was …")
        elif _recorded(m):
            out[m.first] = ""  # "Suárez filmed the whole dock thing on his phone": while it happened, never "Later"
        elif _LONG_BEFORE.search(prose(m.speaker.sighting.what)) is not None:
            out[m.first] = ""  # "… have not spoken since their 1996 co-production …": what held for years, never
            # "Minutes later, they had not spoken since …" (round 47's Vilnius)
        elif before is lead and event is not None:
            out[m.first] = _after_lead(m.ts - max(lead.ts, event.ts))
        elif m.first < lead.first and before.first >= lead.first:  # ("Minutes earlier" right after the lead only:
            # after a later beat it would read as minutes before that one)
            close = before is lead and lead.ts - m.ts < _MINUTES_ON
            out[m.first] = "Minutes earlier, " if close else "Earlier in the night, "
        elif before is lead:
            out[m.first] = _after_lead(m.ts - before.ts)
        else:
            out[m.first] = _next_beat(m.ts - before.ts)
    return _unrepeated(out, order)


def retimed(connective: str, m: Moment, before: Moment, lead: Moment) -> str:
    """A later beat's connective (`_connectives`) said from the beat told last before it, `before`, when the one the
    order put before it was left untold: never "Not long after, …" two hours after the story, measured from a report
    in another language the article could not tell (round 46's Ljubljana: the farewell at 23:27 after the 21:20
    lesson). A connective that says no time is as it is."""
    if m.first < lead.first or not connective.startswith(("Later", *(later for _, later, _ in _CLOCK))):
        return connective
    return _after_lead(m.ts - lead.ts) if before is lead else _next_beat(m.ts - before.ts)


def _unrepeated(out: dict[int, str], order: list[Moment]) -> dict[int, str]:
    """The connectives with a plain "Later, " said true to the clock (`_next_beat`: "Not long after, ") when a beat
    after it opens on "Later" too: never "Later, …" then "Later that night, …" (round 41, Havana)."""
    told = [(k, m) for k, m in enumerate(order) if out.get(m.first, "").startswith("Later")]
    if len(told) < 2 or out[told[0][1].first] != "Later, " or told[0][0] == 0:
        return out
    k, m = told[0]
    return {**out, m.first: _next_beat(m.ts - order[k - 1].ts)}


def _says_who(m: Moment) -> bool:
    """Whether a beat's report that speaks for it opens by saying who someone of the story was (`IDENTIFIES`)."""
    return IDENTIFIES.match(prose(m.speaker.sighting.what)) is not None


# a beat that says someone filmed or photographed the story's act ("filmed the whole dock thing on his phone", "got
# it all on video"): it was done while the act went on, whenever the report came (round 46, Montevideo)
_RECORDED = re.compile(
    r"\b(?:filmed|recorded|videoed|photographed|got)\b(?: [\w'’]+){0,3}? (?:whole|all|entire)\b[^.]{0,30}"
    r"\b(?:on (?:his|her|their|a) (?:phone|camera)|on video)",
    re.IGNORECASE,
)


# a beat that tells what had held for years before the night ("have not spoken since 1996", "has never worked with
# him in twenty years"): background, with no time of its own in the night
_LONG_BEFORE = re.compile(
    r"(?:^|(?<=[.:!?] ))(?:[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*(?: and [A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*)?|The two"
    r"|Both of them|[Ss]he|[Hh]e|[Tt]hey) "
    r"(?:(?:have|has|had)(?:n['’]t| not| never)|(?:have|has|had)(?: been)? [a-z]+|(?:was|were)(?: not| never)? [a-z]+)"
    r"\b[^.]{0,80}?\b(?:(?<!time )since (?=(?:19|20)\d\d|'\d\d|their|his|her|they|he|she|we|our)"
    r"|(?<!time )in (?:\w+ )?(?:years|decades)|for (?:\w+ )?(?:years|decades)|until (?:19|20)\d\d)\b"
)  # (its sentence's own verb: never "X and Y, who have not spoken since 2009, came face to face …", an event;
# and what held for years, "had been sober for ten years", "was married to him for eleven years", breaker 63)


def _recorded(m: Moment) -> bool:
    """Whether a beat's report that speaks for it tells someone filmed the act as it happened (`_RECORDED`)."""
    return _RECORDED.search(prose(m.speaker.sighting.what)) is not None


def _during(before: Moment, m: Moment) -> bool:
    """Whether a later beat was filed while the beat told before it was still going on: its first report within
    SAME_ACT_SECONDS of that beat's last (a hug still going, the room still singing). It is never "Later, …": it
    is told in that beat's paragraph, with no connective."""
    return m.first > before.first and m.ts - max(r.ts for r in before.reports) <= SAME_ACT_SECONDS


# a place opening the setup with no comma before its subject's name ("In the press room Will promised …")
_BEGAN_PLACE = re.compile(
    r"^((?:[Ii]n|[Aa]t|[Oo]n) the (?:[a-z][\w'’-]* ){0,2}(?P<place>[a-z][\w'’-]*)) (?=(?:[A-Z][\w'’-]* ){1,3}[a-z])"
)
_BEGAN_SCENE = re.compile(
    r"^((?:(?:[Uu]p|[Dd]own|[Oo]ver|[Bb]ack|[Oo]ut) )?(?:[Ii]n|[Aa]t|[Oo]n|[Oo]utside|[Ii]nside|[Bb]ehind|[Bb]y|[Nn]ear"
    r"|[Dd]uring|[Bb]etween|[Bb]efore|[Aa]fter|[Bb]ackstage) [^,“:]{2,50}), (?=[^\W\d_])"
)


SETUP_WORDS = 35  # a setup told after the lead moment: its first sentence, and what follows within this many words
SETUP_QUOTE_WORDS = 20  # ... and its quote of up to this many words whatever the setup's length (a promise's words)
SETUP_PROMISE_WORDS = 40  # ... or this many, after a sentence that ends announcing it ("… and made a promise."); and
# the promise itself in the reporter's words ("He said that if he won Best Song tonight, the trophy would go home with
# the fisherman, Eli Quaye, not with him."): the setup's crux, never cut for a sentence of context before it
# a setup's sentence ending on what its quote then says ("… in the first ad break and made a promise."): the promise
# is the setup, and a payoff that keeps it means nothing without it
_ANNOUNCED = re.compile(
    r"\b(?:made|makes|struck|strikes|had|has)\s+(?:a|one|his|her|their)\s+(?:promise|bet|vow|wager|deal|prediction)"
    r"[.!]?$"
)


def _ago(gap: float) -> str:
    """How long before the lead moment a setup came, true to the clock (`_CLOCK`): "minutes earlier" (under 15
    minutes), "earlier", "an hour earlier" (about an hour), "earlier that night" (an hour and a half), "hours
    earlier"."""
    return next(earlier for least, _, earlier in _CLOCK if gap >= least)


def _dangling_that(sentence: str) -> bool:
    """Whether a sentence ends on a "that" with no clause after it (its words were the quote cut away: "told a small
    group of us by the lifts that, win or lose.")."""
    _, that, tail = sentence.rpartition(" that")
    return bool(that) and tail[:1] in (",", " ") and not has_finite_verb(_QUOTED_TEXT.sub("", tail))


def _began(
    told: str,
    gap: float,
    name_words: frozenset[str],
    since: float | None = None,
    *,
    cause: bool = True,
    proper: frozenset[str] | None = None,
) -> str:
    """A setup told after the lead moment, briefly: its told text's first sentence as the cause ("It began hours
    earlier, when a yellow school bus pulled up behind the limos."), and the sentences after it while the setup
    stays within SETUP_WORDS words (its quote: “Ask me at nine,” Halloran said.; the fact a payoff's quote refers
    to: "Her seventh nomination, seventh loss."), the scene it opens on put with the time
    ("In the VIP lounge, Felix said: “…”" → "It began minutes earlier in the VIP lounge, when Felix said: “…”");
    a second setup, `since` seconds after the first, says how long after it came (`_next_beat`: "Hours later,
    Olsztyn walked out …"); a setup that is no `cause` (it names people, none of them the lead moment's) is told as
    what came before, never as what the lead moment began with ("Earlier that night, Will was juggling …"); "" when
    nothing of it is told."""
    hidden = Hidden(single=False)
    said = [hidden.show(x) for x in sentences(hidden.hide(_LEADING_CONNECTIVE.sub("", told)))]
    if not said:
        return ""
    said[0] = reporting_first(said[0])  # "If she wins …, Riana says." → "Riana says that if she wins …"
    if "“" not in said[0] and name_words.isdisjoint(w.lower() for w in alnum_words(fold(said[0]))):
        vow = next((k for k, s in enumerate(said) if "“" not in s and _vowed(fold(s))), 0)
        said = said[vow:]  # ("The taxi had moved 400m. Verhaeghe said if it was not here by ten she would go on in
        # …": the promise a setup makes is what it sets up, never a thing's news before it that names nobody)
    first = _EARLIER.sub("", _OWN_CONNECTIVE.sub("", said[0], count=1), count=1) or said[0]
    label = _LABEL_HEAD.match(first)
    if label is not None and len(label.group(1).split()) >= _LABEL_WORDS and not has_finite_verb(label.group(1)):
        first = first[label.end() :]  # "Red carpet by the ferry ramp: Ombra said that if …": where, never "when red
        # carpet by the ferry ramp: Ombra said"
    elif label is not None and _SHORTHAND_PLACE.search(label.group(1)):
        return ""  # "Marble stairs stage L: Arocha heel caught in hem …": a note's place in shorthand, its act too
    there = there_who(first) if len(said) > 1 else None
    acted = _PRONOUN_ACT.match(said[1]) if there is not None and there[:1].isupper() else None
    if there is not None and acted is not None:  # "In the wings, … Júlia was there. She took her mother's glasses
        first, said = there + said[1][acted.end(1) :], said[1:]  # off …": what she did there, named
    if mid_report(first):  # "when she had never seen him win anything, he said, …": the setup's own act, or nothing
        own = next((s for s in said[1:] if own_act(s, name_words)), None)
        if own is None:
            return ""
        first, said = own, [own]
    spoken = _QUOTED_TEXT.findall(first)
    if spoken and not all(english_line(q) for q in spoken) and word_count(_QUOTED_TEXT.sub("", first)) < 4:
        return ""  # ("when Nam said: “Bà ơi, cả Hà Nội …”": a line the English reader cannot read is no setup)
    first, rest = _line_where_said(first, said[1:])  # "On the carpet, Carrasco said: “I won't say his name …”"
    said = [first, *rest]
    words = word_count(first)
    more: list[str] = []
    # (its first sentence makes the promise, "told his crew that if it won he would …": a second one only if it fits)
    vowed = _IF_WOULD.search(first) is not None
    skipped = False
    for sentence in said[1:]:  # what follows while the setup stays short: its quote, the fact a payoff needs
        count = word_count(sentence)
        line_words = word_count(" ".join(_QUOTED_TEXT.findall(sentence)))  # (its words, not "…,” Okafor said.")
        most = SETUP_PROMISE_WORDS if _ANNOUNCED.search(first) else SETUP_QUOTE_WORDS
        promise = "“" not in sentence and count <= SETUP_PROMISE_WORDS and _vowed(fold(sentence)) and not vowed
        if words + count > SETUP_WORDS and not ("“" in sentence and line_words <= most) and not promise:
            skipped = True  # (its quote is told all the same: “If I win, I'm going in the avanto. Dress and all.”;
            # and the promise in the correspondent's words: "He said that if his grandson won, he would ring it twice.")
            continue
        if skipped and ("“" not in sentence or not _promised(sentence)):
            continue  # (after a sentence too long for it, only its line, and only a promise, which the payoff keeps:
            # "Asked about his son Emil, who is nominated …, he said he had already made up his mind." left out, “If
            # Emil wins, I will play him off …” told; never “Basses, you are not a tram.”, which takes the room of the
            # story's payoff)
        words += count
        more.append(sentence)
    first = _unsaid_before_line(first, more, name_words)
    if only_there(first) and not more:
        return ""  # "It began minutes earlier, when Crush was on the main stairs": a scene, no cause
    if not reads_as_prose(first, name_words) or caps_label(first) or _dangling_that(first):
        return ""  # "when CORR B1: Lo and Cheng pass each other, nod, cold.", "told us by the lifts that, win or lose."
    if any(_bare_noun_note(s, name_words) for s in [first, *more]):
        return ""  # "Moto-taxi was up the boulevard, water to the axle at the gate. Box strapped on the back.": a note
    if any(note_marked(s, name_words, proper) for s in [first, *more]):
        return ""  # "when the green room Corridor B: Benitez and Sandoval pass — …", "Grace and frederique nearly …"
    quote = "".join(f" {sentence}" for sentence in more)
    if _LONG_BEFORE.search(first) is not None:
        return (had_done_then(first) or first) + quote  # a setup that is background held for years ("… had not
        # spoken since their 1996 co-production …", "she had boycotted the awards for eight years"): no time of its
        # own in the night, never "Minutes later, …" nor "It began minutes earlier, when …" (breaker 63)
    if since is not None and gap < _MINUTES_ON <= since:  # a second setup minutes before the lead moment, long after
        # the first: "Minutes earlier, Aghababyan had won Best Score" (never "Later that night, …", which reads as
        # after the piano it set up)
        return _as_follow_up(had_done_then(first) or first, "Minutes earlier, ", name_words) + quote
    if since is not None:  # (still before the lead moment: in the past perfect, "Hours later, Alberto's acceptance
        # speech had been two sentences long", never read as after the Malecón scene told above it: round 42, Havana)
        return _as_follow_up(had_done_then(first) or first, _next_beat(since), name_words) + quote
    if not cause:  # another moment of other people did not "begin" this one
        return _as_follow_up(first, f"{_ago(gap)[:1].upper()}{_ago(gap)[1:]}, ", name_words) + quote
    scene = _BEGAN_SCENE.match(first)
    if scene is not None and has_finite_verb(scene.group(1)):
        scene = None  # ("At the first ad break Pijpers asked the floor manager, …": a clause, not its scene)
    scene = scene or (
        placed if (placed := _BEGAN_PLACE.match(first)) and placed.group("place") in PLACE_WORDS else None
    )
    when = _ago(gap)
    if scene is not None:
        when = f"{when} {scene.group(1)[:1].lower()}{scene.group(1)[1:]}"
        first = first[scene.end() :]
    if first.startswith("“"):  # its words first: “Ask me at nine,” Kroll said.
        return f"It began {when}: {first}{quote}"
    if _OPENS_ON_WHEN.match(first):  # "As Voinea climbed the steps, her strap …": never "when As Voinea climbed"
        return f"It began {when}: {lower_first(first)}{quote}"
    return _as_follow_up(first, f"It began {when}, when ", name_words) + quote


# a note made a sentence that only says someone was somewhere about something ("Carrasco was on the carpet about
# having to present with Kiko later."), before the line they said there
_THERE_ABOUT = re.compile(
    r"^(?P<who>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}) (?:was|were) (?P<where>(?:on|at|in) the (?:[\w'’-]+ ){0,2}"
    r"[a-z]+) about\b[^“”]*$"
)
# a line and who said it: “I won't say his name. Not once tonight,” Carrasco said.
_LINE_THEN_SPEAKER = re.compile(r"^“(?P<line>[^“”]+?)[,.!?]?” (?P<who>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}) said\.$")


def _line_where_said(first: str, more: list[str]) -> tuple[str, list[str]]:
    """A setup whose first sentence only says where its person was, about what ("Carrasco was on the carpet about
    having to present with Kiko later."), and whose next sentence is that person's line, told as the line said there
    ("On the carpet, Carrasco said: “I won't say his name. Not once tonight. …”"): the line is what the payoff keeps or
    breaks, and the sentence before it would take its room. As it is otherwise."""
    there = _THERE_ABOUT.match(first)
    line = _LINE_THEN_SPEAKER.match(more[0]) if there is not None and more else None
    if there is None or line is None or line.group("who").split()[-1] != there.group("who").split()[-1]:
        return first, more
    where = there.group("where")
    said = line.group("line").rstrip(",")
    end = "" if said[-1:] in ".!?" else "."
    return f"{where[:1].upper()}{where[1:]}, {line.group('who')} said: “{said}{end}”", more[1:]


# a note's place in shorthand ("Marble stairs stage L", "Corr B", "Lvl -1"): a single capital or a digit for a word
_SHORTHAND_PLACE = re.compile(r"(?:^|\s)(?:[A-Z]|-?\d+)$")


# a setup's note place before its colon of this many words at least ("Red carpet by the ferry ramp: Ombra said …")
_LABEL_WORDS = 5  # (a short one, "Side entrance:", is where: told as its place)


_IF_WOULD = re.compile(r"\bif\b[^.;]{3,80}\b(?:would|will)\b")  # a condition and what someone would then do


# a sentence that opens on "she", "he" or "they" and a verb in the past ("She took her mother's glasses off …")
_PRONOUN_ACT = re.compile(r"^(She|He|They) (?=(?:[a-z]+ed|took|put|gave|held|ran|got|came|went|made|kept)\b)")


# an act and then what its subject said, in the correspondent's words ("patted his jacket pocket and said he had
# something in it for one of the kids")
_AND_SAID = re.compile(r",? and (?:said|told (?:us|him|her|them)) (?:that )?(?P<clause>[^.!?“”]+)[.!?]?$")


def _unsaid_before_line(first: str, more: list[str], name_words: frozenset[str]) -> str:
    """A setup's first sentence without the "and said …" the line after it says in the speaker's own words
    ("Delacroix patted his jacket pocket and said he had something in it for one of the kids." before “Got
    something in this pocket for one of those young boys …”: "Delacroix patted his jacket pocket."): told once.
    As it is otherwise."""
    said = _AND_SAID.search(first)
    spoken = " ".join(q for s in more for q in _QUOTED_TEXT.findall(s))
    if said is None or not spoken:
        return first
    told = claim_words(said.group("clause")) - name_words
    if not told or len(told & claim_words(spoken)) * 2 < len(told):
        return first
    return first[: said.start()].rstrip(",") + "."


# a sentence that opens on a clause of time ("As Voinea climbed the front steps, …", "While the band played, …")
_OPENS_ON_WHEN = re.compile(r"(?:Just as|As|When|While|Once|After|Before) (?=\S+ \S)")


_NOTE_NOUN_VERB = frozenset({"was", "were", *DONE_TO})


def _bare_noun_note(sentence: str, name_words: frozenset[str]) -> bool:
    """Whether a sentence opens as a note's thing with no article, then "was" or a participle of something done to
    it ("Moto-taxi was up the boulevard", "Box strapped on the back"): a correspondent's shorthand, never a setup's
    prose (it would read "Moto-taxi had been …")."""
    words = sentence.split()
    if len(words) < 3 or not words[0][:1].isupper() or words[1].lower() not in _NOTE_NOUN_VERB:
        return False
    if words[2].lower().strip(",.;:") not in _WHERE_WORDS:
        return False  # ("Speech was short.": prose, an adjective after it; a note places its thing)
    head = words[0].lower().strip(",.;:")
    return head not in _PRONOUN_HEADS and fold(head) not in name_words and not head.endswith(("'s", "’s"))


_WHERE_WORDS = frozenset({"up", "down", "on", "in", "at", "by", "near", "outside", "inside", "behind", "under", "over"})
_PRONOUN_HEADS = frozenset({"he", "she", "they", "it", "we", "i", "you", "this", "that", "everyone", "nobody"})


_RETOLD_WORDS = 8  # a lead's sentence this short whose every word the setup tells is told once, by the setup


def _with_setup(
    lead: str,
    setups: list[str],
    pointed: bool = False,
    *,
    on_stage: bool = False,
    setup_on_stage: bool = False,
    name_words: frozenset[str] = frozenset(),
) -> tuple[str, int]:
    """The lead moment's paragraph with its setups told after its scene, never between two sentences of the scene
    ("… beatboxed while her grandfather sang. It began earlier, when … Several reporters stood to applaud." separated
    the applause from what it applauds): after its lines too, said where it happened ("… “Marek, you are the real
    winner tonight,” Smog said. It began hours earlier, when …": a line after "It began minutes earlier, when Quist
    gave her tickets to two nurses" reads as said at the door, not on stage), unless a line needs the setup to be
    understood (it names what only the setup tells: “Two statuettes now. Stereo.” after "It began earlier, when Dev
    Rao taped her snapped statuette back together"; “A promise is a promise.” after the promise, `_KEPT_LINE`) and
    the setup tells no line of its own, or unless it does not say it came before (`_POINTS_BACK`: "Castellan heard
    him out and said no." after the lines would read as what came next). A scene that goes on after its line has the
    setup after all of it; a promise or a bet (`_promised`) the lead moment points at (`pointed`: "breaking his
    red-carpet vow", "as she had told us she would", outside its quotes) is told right after the lead's first sentence,
    the act that keeps or breaks it, unless that sentence only says it was kept ("Marco Diallo kept his word."): the
    pointer never comes before what it points at. When the lead's scene goes on after a setup told inside it, it
    says it picks up again (`_resumed`: "When his name was read, …", "Back on stage, …"; a line there "Back on stage,
    Brannagh said: “…”" when the setup was off the stage). They are cut
    to the whole sentences that keep the paragraph within BODY_WORDS: the lead moment's own sentences are never cut
    for them. Also how many setups are told (their first sentence at least)."""
    hidden = Hidden(single=False)
    said = sentences(hidden.hide(lead))
    at = 1
    while at < len(said) and not _A_LINE.search(hidden.show(said[at])):
        at += 1  # (never between two sentences of the scene: "… sang. Several reporters stood to applaud."; a word
        # shouted inside one, "all 38 children shouted “VRAPČIĆI!” together", is the scene's)
    room = BODY_WORDS - len(lead.split())
    kept: list[str] = []
    told = 0
    for setup in setups:
        shown = Hidden(single=False)
        back_then = False  # (the setup's sentences after its first, in the past perfect with it: `flashback`)
        for k, sentence in enumerate(shown.show(x) for x in sentences(shown.hide(setup))):
            if len(" ".join([*kept, sentence]).split()) > room:
                break
            if k == 0:
                back_then = pluperfect(sentence) is not None
            elif back_then:
                perfect = None if _spoken(sentence) else had_done_then(sentence)
                back_then = perfect is not None
                sentence = perfect or sentence  # "She turned her chair …" → "She had turned her chair …"
            kept.append(sentence)
            told += k == 0
        else:
            continue
        break
    own = [hidden.show(x) for x in said]
    told_back = claim_words(" ".join(kept))
    for k in range(len(own) - 1, 0, -1):  # "They had not spoken in two years." beside the setup's "…, who had not
        # spoken since he cut her final scene … two years ago, …": the fact once, where the setup tells why (round
        # 46's Ljubljana)
        retold = claim_words(own[k])
        if "“" not in own[k] and len(own[k].split()) <= _RETOLD_WORDS and len(retold) >= 3 and retold <= told_back:
            del own[k]
            at -= k < at
    recalled = _recalled_at(own, kept)
    if recalled is not None:  # the lead's own look back at the setup's scene: its line beside it, never last
        return _SAID_AGAIN.sub(r"\1\2 added.", " ".join(recalled)), 1
    back = bool(kept) and _POINTS_BACK.search(" ".join(kept[0].split()[:6])) is not None
    if any(_spoken(s) for s in kept) or (back and not _needs_setup(own[:at], own[at:], kept)):
        at = len(own)  # (the lead moment's lines where it happened, before the setup)
    elif any("“" not in s for s in own[at + 1 :]):
        at = len(own)  # (the scene goes on after its line, "Overheard: “Tika ye!” The little sapeur on stage was …":
        # the setup after all of it, never between two of its sentences)
    # (a promise in words: its place is before the payoff, round 41 Sarajevo and round 42 Baku's reviewers both, "the
    # bet's quote comes after the payoff"; after a lead's "He did it." its act comes first: "He did it. As Emil came
    # off stage …, his father was already at the piano. Earlier that night, …")
    did_it = bool(own) and DID_IT.match(own[0]) is not None
    began_said = any(_spoken(s) for s in kept) and len(own) > 1 + did_it and _KEPT_SAID.search(own[0]) is None
    if began_said and did_it and any(_promised(s) for s in kept):
        at = next((k for k in range(2, len(own)) if all(_bare_line(x) for x in own[k:])), len(own))  # (after the
        # whole act, before the lines that close it: never between the piano and the guards who started towards him,
        # round 45's Baku, nor before a line the act goes on in, “One for the road,” he told the doorman, and he
        # played …, breaker 61)
    elif len(own) > 1 and says_kept(own[0]) and not _SUBJECT_PRONOUN.search(own[1]) and any(_promised(s) for s in kept):
        at = 1  # "Topu kept his promise, or half of it. Hours earlier, Topu had told the press room: if … A barber
        # shaved … “The other half belongs to my wife,” Topu said.": the promise the opener names, then the act with
        # its own line (round 44's Dhaka: the promise told last; round 45's: his line cut off from his refusal)
    elif (pointed or began_said) and len(own) > 1 and any(_promised(s) for s in kept):
        at = 1  # a promise the lead moment keeps or breaks: told right after the act, before the rest of the scene
        # and its lines ("… and stood up. Hours earlier, on the red carpet, she had said: “Tonight I sing standing
        # up.” Her granddaughter …"), never after the payoff, where the item would end on its setup (a lead that opens
        # on "kept his word" has said so, and since round 45 the promise right after it, above); and a promise said in
        # words, "It began earlier that night on the red carpet, when Aghababyan said: “If I win, I play his piano.”",
        # even when the lead points at nothing: told last it reads as tacked on after the payoff (round 41, Yerevan)
    elif (lines := _lines_after_act(own)) and any(_promised(s) for s in kept):
        at = lines  # "… put both feet in the port. Hours earlier … he would jump into the port. “Prometí el agua. No
        # prometí cuánta,” Olmos said.": the promise before the payoff's line, never told last (round 45's
        # Montevideo); only before lines: the scene never resumed after it, where it reads as the promise's evening
    if kept and 0 < at < len(own) and not _spoken(own[at]):
        own[at] = _resumed(own[at], own[0], on_stage, name_words)
    elif (
        kept
        and 0 < at < len(own)
        and on_stage
        and not setup_on_stage  # (a setup on the stage too: no "back" to it)
        and (line := _LINE_THEN_SPEAKER.match(own[at])) is not None
    ):
        words = line.group("line").rstrip(",")  # “A promise is a promise,” Brannagh said. after the promise: on stage
        own[at] = f"Back on stage, {line.group('who')} said: “{words}{'' if words[-1:] in '.!?' else '.'}”"
    return _SAID_AGAIN.sub(r"\1\2 added.", " ".join([*own[:at], *kept, *own[at:]])), told


# a lead's opening that tells a win ("Dadou Lokwa won Best Song for …", "Best Folk Album went to …")
_WIN_TOLD = re.compile(
    r"\b(?:won|wins|went to|goes to)\b.*?\b(?:Best|[Oo]f the [Yy]ear|[Aa]ward|[Pp]rize|[Tt]rophy)\b"
    r"|\b(?:Best [A-Z]|[Oo]f the [Yy]ear)\b.*?\b(?:went|goes) to\b"
)
_RESUMING_PRONOUN = re.compile(r"^(He|She|They) (?=[a-z])")


# a setup that is one line said, as `_began` tells it: "It began earlier that night, when Lalić said: “…”"
_BEGAN_SAYING = re.compile(r"^It began [^,“”]{3,60}, when (?P<who>[A-Z][^,:“”]{1,40}) said: “(?P<line>[^“”]+)”$")
# a sentence of the lead's that looks back ("On the carpet two hours earlier they had walked past each other …")
_LOOKS_BACK = re.compile(r"\b(?:hours|an hour|two hours|minutes) earlier\b|\bearlier (?:that night|tonight|on)\b")


_THIS_TIME = re.compile(r"; (?=(?:this time|now|tonight)\b)")


def _recalled_at(own: list[str], kept: list[str]) -> list[str] | None:
    """Where a setup that is one line said goes when the lead moment's own text already looks back at its scene (a
    sentence after its first with "two hours earlier"): right after that sentence, in the past perfect ("On the carpet
    two hours earlier they had walked past each other without a word; … “No, no photos together,” Lalić had said."),
    never tacked on after the payoff as "It began earlier that night, when Lalić said: …", which retells the snub
    the lead told (round 41, Sarajevo); a look back that turns to now ("…; this time they stood talking …") has the
    line before its turn. The lead's sentences with the line among them, or None."""
    if len(kept) != 1 or (said := _BEGAN_SAYING.match(kept[0])) is None:
        return None
    back = next((k for k, s in enumerate(own) if k and "“" not in s and _LOOKS_BACK.search(s)), None)
    if back is None:
        return None
    line = said["line"]
    line = f"{line[:-1]}," if line.endswith(".") else line
    quoted = f"“{line}” {said['who']} had said."
    turn = _THIS_TIME.search(own[back])
    if turn is not None:  # "…without a word; this time they stood talking …": the line before the turn back to now
        then, now = own[back][: turn.start()], own[back][turn.end() :]
        return [*own[:back], f"{then}. {quoted} {now[:1].upper()}{now[1:]}", *own[back + 1 :]]
    return [*own[: back + 1], quoted, *own[back + 1 :]]


# a sentence whose subject is a pronoun ("Minutes after leaving the stage, he found Amadi …"): after a setup naming
# others, whose "he" it is the reader cannot tell, so it is never told after one
_SUBJECT_PRONOUN = re.compile(r"(?:^|, )(?:[Hh]e|[Ss]he|[Tt]hey) [a-z]")


def _lines_after_act(own: list[str]) -> int:
    """Where a lead paragraph's lines begin when it tells its act first and then only lines ("… put both feet in the
    port. The whole band was singing behind him. “Prometí el agua …,” Olmos said."); 0 otherwise."""
    at = next((k for k, s in enumerate(own) if _spoken(s)), 0)
    return at if at and all(_spoken(s) for s in own[at:]) else 0


def _resumed(sentence: str, opening: str, on_stage: bool, name_words: frozenset[str]) -> str:
    """The lead moment's scene picked up again after a flashback told inside its paragraph, saying so: never "Hours
    earlier, … had promised …. He did not go to the microphone." (a reader takes it for the promise's evening going
    on) but "When his name was read, he did not go to the microphone." after a win, "Back on stage, her
    granddaughter kept playing …" after a setup told off the stage; as it is otherwise."""
    pronoun = _RESUMING_PRONOUN.match(sentence)
    if pronoun is not None and _WIN_TOLD.search(opening) is not None:
        said = pronoun.group(1)
        return f"When {OWNER_OF[said.lower()]} name was read, {said.lower()} {sentence[pronoun.end() :]}"
    if on_stage:
        return _as_follow_up(sentence, "Back on stage, ", name_words)
    return sentence


# a sentence that is someone's line: it opens on the quote, or the quote is said by someone after it
_A_LINE = re.compile(r"^[“\"]|[,.!?…]” (?:[^“”.]{0,40} )?(?:said|says|added|asked|replied|told|shouted|joked)\b")
# a line introduced by its saying ("when Dunmore said: “Deal. I don't lose.”", "told the bar, “…”")
_SAID_BEFORE = re.compile(r"\b(?:said|says|added|asked|replied|told \w+|shouted|joked|whispered)[:,] “")


# a line that promises ("I won't say his name", "Tonight I sing standing up", "If I win, …"): the speaker's own
# future, said before the act
_PROMISING_LINE = re.compile(
    r"“[^”]*\b(?:I(?:'|’)ll|I will|I won(?:'|’)t|I(?:'|’)m going to|I am going to|I promise|I swear|[Tt]onight I|"
    r"[Ii]f I win)\b"
)


# a lead moment's words that point at a promise it keeps or breaks ("breaking his red-carpet vow", "as he had promised
# on the carpet", "as she had told us on the red carpet she would"), read outside its quotes
POINTS_AT_PROMISE = re.compile(
    r"\b(?:vow|vowed|promise|promised|pledge|pledged|(?:his|her|their) word)\b"
    r"|\bas (?:he|she|they) had (?:told|said)\b",
    re.IGNORECASE,
)


def points_at_promise(text: str) -> bool:
    """Whether a lead paragraph points at a promise outside its quotes (`POINTS_AT_PROMISE`), past its first sentence
    when that one says the promise was kept ("Bastien Ouellet kept his word. At 22:02 he walked out …": the act
    first, then the promise, as the lead tells it)."""
    said = sentences(text)
    if said and (says_kept(said[0]) or DID_IT.match(said[0]) is not None):
        return False
    return POINTS_AT_PROMISE.search(_QUOTED_TEXT.sub(" ", text)) is not None


def _promised(sentence: str) -> bool:
    """Whether a setup's sentence makes a promise, in the reporter's words or the speaker's (`_VOWED`, `_vowed`,
    `_PROMISING_LINE`)."""
    return (
        _VOWED.search(sentence) is not None
        or _PROMISING_LINE.search(sentence) is not None
        or _vowed(fold(_QUOTED_TEXT.sub(" ", sentence)))
    )


# a line's sentence is only the line with this many words around it at most ("…,” he told the doorman.")
_LINE_TAG_WORDS = 6


def _bare_line(sentence: str) -> bool:
    """Whether a sentence is only someone's line and who said it, no act of its own around it (`_spoken`)."""
    return _spoken(sentence) and word_count(_QUOTED_TEXT.sub(" ", sentence)) <= _LINE_TAG_WORDS


def _spoken(sentence: str) -> bool:
    """Whether a setup's sentence tells someone's line (`_A_LINE`, `_SAID_BEFORE`), not a title or a sign in quotes
    ("if “Kaghaz Ki Kashti” won", "It read “HIRA BATOOL — MERI BETI”")."""
    return _A_LINE.search(sentence) is not None or _SAID_BEFORE.search(sentence) is not None


# a setup's opening that says it came before ("It began hours earlier, when …", "Minutes earlier, …"): one without it
# ("Castellan heard him out, kept his card and said no.") told after the lead's lines would read as what came next
_POINTS_BACK = re.compile(r"\b(?:began|earlier|before)\b", re.I)


def _needs_setup(scene: list[str], lines: list[str], setup: list[str]) -> bool:
    """Whether the lead moment's quoted lines name something only its setup tells, not its scene ("Stereo" of
    “Two statuettes now.” after the statuette was taped back together): the line needs the setup before it."""
    # a thing's word, not one every night uses ("got", "won", "year"); "promised" and "promise" one root
    roots = lambda text: {w.removesuffix("e") for w in claim_words(text) if len(w) >= 4 and w not in EVERYDAY}  # noqa: E731
    said = " ".join(q for line in lines for q in _QUOTED_TEXT.findall(line))
    if setup and _KEPT_LINE.search(said):
        return True  # “A promise is a promise.”, “A deal is a deal.”: the promise first
    return bool(roots(said) & roots(" ".join(setup)) - roots(" ".join(scene)))


# a line about keeping one's word, which the promise it kept explains
_KEPT_LINE = re.compile(
    r"\b(?:an? (?:promise|deal|bet|vow)|my word|(?:I|we) promised|told you (?:so|I would)|said I would)\b", re.I
)


# a speaker's line right after their line the setup closed on: “Deal. Bring a bigger bag,” Ostend said. “Deal is a
# deal,” Ostend added.
_SAID_TWICE = r"(” ([A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?) said\. “[^“”]*” )\2 said"  # a line, then its speaker's next
_SAID_AGAIN = re.compile(rf"{_SAID_TWICE}\.")
# ... said later: "added" too ("“…,” Avetisyan said. “Keep your wrists up,” Avetisyan added minutes later.", round 42)
SAID_AGAIN_LATER = re.compile(rf"{_SAID_TWICE}( minutes later| later| afterwards)\.")


# a pointer at a promise ("As he had promised, …", "…, as promised.", "as she said she would", "True to his word, …"):
# the promise is told after the lede or not at all, never before the pointer; the pointer would tell it twice, or point
# at what the reader never saw
_PROMISE_BACK = re.compile(
    r"(?P<lead>^|, )(?:(?:[Jj]ust )?[Aa]s (?:promised|(?:[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?|he|she|they|we) (?:had )?"
    r"(?:promised|vowed|sworn|swore|said (?:he|she|they|we) would|bet|warned))"
    r"|[Tt]rue to (?:his|her|their) (?:word|promise))"
    r"(?: (?:earlier(?: in the evening| that night| tonight)?|hours earlier|minutes earlier))?"
    r"(?: (?:at|around) (?:\d{1,2}(?:[:.]\d{2})?(?: ?[ap]\.?m\.?)?|(?:(?:ten|five|twenty|twenty-five|quarter|half)"
    r" (?:past|to) )?(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)))?"  # "at ten past eight"
    r"(?: (?:on|at|in) the (?:red )?(?:carpet|arrivals|door|bar|interview|press room))?"
    r"(?P<tail>,\s*|(?=[.;!?]))"
)
# a lead sentence that says a word was kept ("Marco Diallo kept his word.", "… kept the promise he made …")
_KEPT_SAID = re.compile(r"\bkept (?:his|her|their|the) (?:word|promise)\b")
# a setup that is a promise in the reporter's words ("promised on the carpet that if he wins, he will …")
_VOWED = re.compile(r"\b(?:promis(?:ed|es)|vow(?:ed|s)|swore|swears|bet|pledged)\b")
# "Rook Talib kept his word: he sat …" / "… kept her promise and walked …": the act itself, without the pointer
_KEPT_WORD = re.compile(
    r"\b(?:(?:has|had|have) )?kept (?:his|her|their) (?:word|promise)"
    r"(?:\s*[:,—–-]\s*(?:he|she|they) |,? and (?:then )?)(?=[a-z])"  # (its auxiliary too: "won Best Actor and has
    # kept his promise: he sang …", breaker 62)
)
# the lead's paraphrase of the promise its setup tells in its own words, by the reporter's clock: "She said at 7.40
# she'd wear the hat if they won, and she did."
_SAID_BY_CLOCK = re.compile(
    r"\b(?:had )?(?:said|promised|vowed|swore|sworn|bet|told [a-z]+)(?: [a-z]+)? (?:at|around|by) \d{1,2}"
    r"(?:[:.h]\d{2})?(?: ?[ap]\.?m\.?)?\b"
)
_POINTER_WORDS = (" promise", " had ", " word", "romised", " would", " vow", " bet", " swor", " said ", " told ")
_NAMED_PROMISE = re.compile(r"\bthe (?:[a-z]+ )?(?:promise|pledge|vow)\b")  # "did the carpet promise"


def _without_promise_back(text: str, *, told: bool = True) -> str:
    """A paragraph without its pointer at a promise (`_PROMISE_BACK`: "At eleven, as he had promised, Halloran opened
    it." → "At eleven, Halloran opened it."; "… earlier in the evening" too, as `copyedit.clock_back_references`
    makes a clock time; "Rook Talib kept his word: he sat …" → "Rook Talib sat …"): when the item tells the promise
    (`told`), it tells it after the lede, once; when it does not, the reader never saw it. A sentence that is only the
    pointer ("He kept his word.") goes, and so does one after the first that names the promise when it is not `told`
    ("Ortiz did the carpet promise and the whole line clapped."), or paraphrases it by the clock when it is ("She said
    at 7.40 she'd wear the hat if they won, and she did.": the setup says it in its own words)."""
    if not any(w in text for w in _POINTER_WORDS):
        return text  # (the cheap test first)

    def edit(part: str) -> str:
        def clause(m: re.Match[str]) -> str:
            if m.group("lead") and m.group("tail"):  # "At eleven, as he had promised, Halloran …"
                return " " if m.string[m.end() : m.end() + 1].islower() else ", "  # ("Ortiz, as …, did": "Ortiz did")
            return ""  # "As he had promised, Halloran …" / "…, as promised."

        return _KEPT_WORD.sub("", _PROMISE_BACK.sub(clause, part))

    hidden = Hidden(single=False)
    kept = []
    named = ""  # who a sentence left out named ("Çağan Demirkıran kept his word."): the next one's "he" is them
    connective = ""  # ... and the connective it opened on ("Minutes later, "), the next one's
    pointer = ""  # ... and that sentence, the first: told after all when the next one would not name them
    for k, sentence in enumerate(sentences(hidden.hide(text))):
        shown = hidden.show(sentence)
        own = _QUOTED_TEXT.sub(" ", shown)
        kept_by = kept_word(shown)
        if kept_by is not None or (k and (_SAID_BY_CLOCK if told else _NAMED_PROMISE).search(own)):
            named = named or kept_by or ""
            connective = connective or kept_connective(shown)
            pointer = shown if k == 0 and kept_by and told else pointer
            continue
        if named or connective:
            subject = as_subject(shown, named)
            if pointer and subject == shown and not connective:  # "Mamadou Diagne kept his word. In the green room
                kept.append(pointer)  # Rakk took the clippers to …his head": the promise is told after it
            else:
                shown = carry(connective, subject)
            named, connective, pointer = "", "", ""
        kept.append(shown)
    return capitalise_sentences(outside_quotes(" ".join(kept) if kept else text, edit))


def _without_trailing_pointer(text: str) -> str:
    """A text without a pointer at a promise that closes a sentence after a comma ("… with his new trophy, just as he
    had promised on the carpet." → "… with his new trophy."): the clause a headline must never be written from. One
    opening or inside a sentence ("As promised, …", "Ortiz, as she said she would, did …") is left as it is."""
    if "romised" not in text and " would" not in text and " vow" not in text and " swor" not in text:
        return text
    return _PROMISE_BACK.sub(lambda m: "" if m.group("lead") and not m.group("tail") else m.group(0), text)


# a first word that leans on the sentence before it ("She then …", "Then …"), though a name may spell it ("Will", "May")
_LEANING = frozenset({"he", "she", "they", "it", "his", "her", "their", "its", "then", "this", "that", "there", "also"})


_PARENTHETICAL = re.compile(r"\s*\([^()]*\)")


BODY_WORDS = 160  # EDITORIAL: bodies are 50–160 words
_QUOTED_TEXT = re.compile(r"“([^“”]*)”")
_LEADING_CONNECTIVE = re.compile(rf"^({CONNECTIVE_HEAD}), ")
