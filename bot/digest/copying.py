"""Choosing and copying the reports a paragraph tells: what a moment's other reports add (`_adds`,
`_told_reports`), when a quote was said (`_later_on`, `_earlier_on`, `_elsewhere`), and a report's copy made body
copy (`_told`, `_told_text`). Split out of `writing`."""

from __future__ import annotations

import re
from collections.abc import Collection
from weakref import WeakKeyDictionary

from .acts import actor
from .added_copy import told_as_sentence
from .beats import _LEANING, _MINUTES_ON, _QUOTED_TEXT, _label, _placed
from .clauses import sentences
from .copyedit import thin_place
from .hygiene import prose, with_full_stop, word_count
from .language import FUNCTION_WORDS
from .lexicon import EVERYWHERE, NUMBER_WORDS, STOPWORDS
from .matching import frames_only
from .moments import Moment
from .naming import Names
from .narration import narrate, subject_of
from .night import NameBook, Report, claim_words
from .noteplace import heard_at
from .notewords import note_words
from .pair_notes import pairs_told
from .places import PLACE_WORDS, place_phrase, within
from .polish import polish, verbless
from .prose import reads_as_prose
from .quoted import keeping_quotes
from .relatives import apposed_relatives, has_relative
from .retold import act_told_again, retells_act, retells_from_the_side, retells_unnamed
from .speakers import QUOTES_PER_ITEM, _copy
from .telegraphic import telegraphic, time_spent
from .textutil import alnum_words, fold, squash
from .verbs import is_past_verb, looks_like_verb
from .voice import active_voice
from .withdrawn import without_withdrawn

DETAIL_NEW_WORDS = 4  # a sentence of another report with this many content words not told yet tells a detail...
DETAIL_MORE_WORDS = 6  # ...this many when it shares some with the told text, three times as many as it shares...
DETAIL_SHARE = 3
SCENE_NEW_WORDS = 3  # ...three, when the report's quote is printed (what it saw is the quote's scene)...
DETAIL_FACT_WORDS = 2  # ...or this many, one of them a person not named yet, a number, or how it ended
SHORT_WORDS = 50  # ...or, while the moment's telling is under this many words (EDITORIAL's shortest body)...
SHORT_NEW_WORDS = 3  # ...this many, more than it shares with it
_ENDING = re.compile(r"\b(?:all along|turn(?:s|ed) out|in the end|end(?:s|ed) up|eventually|after all)\b")
LEAD_DETAIL_WORDS = 110  # the lead moment's copy grows with its other reports' details up to this many words...
LEAD_BEATS_WORDS = 90  # ...up to this many when the story tells more moments (they need room in BODY_WORDS)...
DETAIL_REPORTS = 8  # the other reports of a moment whose details may be told: the most voted
BEAT_DETAIL_WORDS = 50  # ...a follow-up's, up to this many (the body keeps within BODY_WORDS: `_fit`)


def _has_subject(sentence: str, name_words: frozenset[str] = frozenset()) -> bool:
    """Whether a sentence opens on its subject, not on a verb or in lower case ("Came in the back dressed as
    crew …" leans on the note before it); a name is a subject, whatever it ends in ("Jonas Pell stood …")."""
    first = sentence.split(" ", 1)[0]
    if not first[:1].isupper():
        return False
    return fold(first.strip(",.;:!?")) in name_words or not looks_like_verb(first.lower(), after_name=True)


# ...and a word early in it that says it came after what another report told ("Ana Lutz then sprinted out …")
_AFTER_ANOTHER = frozenset({"then", "later", "afterwards", "finally", "again", "still", "also", "too"})


def _opens_alone(copy: str, name_words: frozenset[str]) -> bool:
    """Whether the copy of the report that speaks for the lead moment can open the item before what its moment's
    earlier reports add (a setup, "Dora Finch has taken up a position by the ice fountain", or background, "Her son
    has been the sound engineer for twenty years"): its first sentence opens on someone it names ("Lina Ford walked
    off stage mid-song …"), no pronoun, "someone" nor connective leaning on a sentence before it ("Someone finally told
    Marco Bell in the break." comes after what he was told about, "Ana Lutz then sprinted out …" after her win). The
    act opens the item; an earlier report's detail follows it."""
    said = sentences(copy)
    words = [w.strip(",.;:!?").lower() for w in said[0].split()[:5]] if said else []
    if not words or words[0] in _LEANING or not _AFTER_ANOTHER.isdisjoint(words):
        return False
    return fold(words[0]) in name_words


def _adds(
    sentence: str,
    known: frozenset[str],
    told: str,
    name_words: frozenset[str],
    quoted: bool,
    someone_new: bool,
    short: bool = False,
) -> bool:
    """Whether a sentence of another report of the moment tells what the told text (`told`, its content words
    `known`) does not. Of its content words (names and function words left out) fewer are told than new (never
    the same event in other words), and the new ones are four with none told, or six and three times as many as
    told, or, when the report's quote is printed (where and to whom it was said), three and no fewer than those
    told; or two with a person not
    named yet (`someone_new`), a number not given ("Kauê Ribeiro, 19", "a 1968 cavaquinho") or how it ended ("…
    in the host's own pocket all along"); or, while the moment is told in fewer than SHORT_WORDS words (`short`),
    three and more new than told, or any when none is told (the cause or the payoff a thin telling lacks: "Her
    grandfather wept, took off his cap and put it on her head.", "The room cheered."; of a sentence retelling the
    moment before its "and", the clause after it: `_told_then`). It stands alone: it opens on its subject, carries
    no quote (quotes are told with their speaker) nor a label's colon, and reads as prose as it was typed
    (`reads_as_prose`; a report whose quote is printed may tell the quote's scene in a note with a verb: "Rhea Voss
    telling her driver at the stage door she is retiring")."""
    if "“" in sentence or ":" in sentence or not _has_subject(sentence, name_words):
        return False
    if verbless(sentence, name_words) if quoted else not reads_as_prose(sentence, name_words):
        return False
    own = claim_words(sentence) - name_words - FUNCTION_WORDS["en"]
    new = own - known
    shared = len(own & known)
    if quoted and len(new) >= SCENE_NEW_WORDS and shared <= len(new):
        return True  # (the quote's scene shares its things: "picked the glass star up" after "the star snapped off")
    if shared >= len(new):
        return False
    if len(new) >= (DETAIL_NEW_WORDS if not shared else DETAIL_MORE_WORDS) and shared * DETAIL_SHARE <= len(new):
        return True
    if short and (len(new) >= SHORT_NEW_WORDS or not shared):
        return True  # (a short telling takes a fact it lacks, however few its words: "She laughed it off.")
    fact = someone_new or _new_number(sentence, told) or _ENDING.search(fold(sentence))
    return bool(fact) and len(new) >= DETAIL_FACT_WORDS


# a clause of its own after "and" (its subject, then a verb in the past): "… and it smashed", "… and the room roared"
_AND_CLAUSE = re.compile(
    r",? and (?=(?:it|he|she|they|the [a-z]+|[A-Z][\w'’-]+) [a-z]+ed\b)"
    r"|,(?: and)? (?=(?:he|she|they|one|both) (?:[a-z]+ed|[a-z]+s|gave|said|told|took|made|got|ran|wept|fell)\b)"
)  # ("… and it smashed", a note's "…, he says yes", "…, one gave her a 3")


def _told_then(sentence: str, known: frozenset[str], name_words: frozenset[str], *, retold: bool = False) -> str | None:
    """The clause after "and" (or a note's comma) of a sentence whose words before it are all told already ("Ortiz
    dropped the award on the stairs and it smashed" beside "Ortiz dropped her award on the way down the stairs"),
    or that `retold` the told act in other words (`retold.retells_act`: "Lind proposes to bass player onstage
    mid-song, he says yes"): what it adds, as a sentence of its own ("It smashed.", "He says yes.", "One of them
    gave her a 3."); None when the sentence has no such clause or tells more before it."""
    m = _AND_CLAUSE.search(sentence)
    if m is None or "“" in sentence:
        return None
    if not retold and claim_words(sentence[: m.start()]) - name_words - known:
        return None  # (the head tells something too: the whole sentence is `_adds`' to judge)
    tail = re.sub(r"^(one|both) ", r"\1 of them ", sentence[m.end() :])  # ("…, one gave her a 3": one of them)
    return tail[:1].upper() + tail[1:]


def _new_in_tail(sentence: str, named: list[frozenset[str]]) -> str | None:
    """The clause after the last "and" of a sentence that retells the told act ("A presenter went over the lip of the
    stage and the bassist Juniper Hale caught him"), when it names someone not named yet and reads as a clause:
    what it adds, as a sentence of its own ("The bassist Juniper Hale caught him."); None otherwise."""
    if "“" in sentence or " and " not in sentence:
        return None
    tail = sentence.rstrip(".!? ").rsplit(" and ", 1)[1]
    if not any(_names(p, tail) for p in named):
        return None
    if not any(looks_like_verb(w, after_name=True) for w in tail.split()[1:]):
        return None
    return with_full_stop(tail[:1].upper() + tail[1:])


_NUMBER = re.compile(r"\b\d+(?:[.,:]\d+)?\b")


def _numbers(text: str) -> set[str]:
    """The numbers a text gives, in figures ("four" and "4" are one number)."""
    words = {NUMBER_WORDS.get(w, "") for w in text.split() if w.islower()} - {""}  # (not a title's "Ten")
    return set(_NUMBER.findall(text)) | words


def _new_number(sentence: str, told: str) -> bool:
    """Whether a sentence gives a number the told text does not ("in four minutes flat" beside a report
    without it): a concrete fact of the moment."""
    return bool(_numbers(sentence) - _numbers(told))


def _cause_told(sentence: str, moment: Moment, book: NameBook) -> bool:
    """Whether a note's sentence, as prose, opens on a person of the moment other than its lead and goes on with an
    act that is no "was" ("Sperandeo knocks full glass of red over Ferrante …", told in the past after)."""
    if moment.lead is None:
        return False
    others = [book.display[k] for k in moment.people if k != moment.lead and k in book.display]
    forms = [f for name in others for f in (name, name.split()[-1])]
    who = next((f for f in forms if sentence.startswith(f + " ")), None)
    if who is None:
        return False
    verb = sentence[len(who) :].split()[0].strip(",.;:") if sentence[len(who) :].split() else ""
    acted = is_past_verb(verb) or (verb.endswith("s") and looks_like_verb(verb, after_name=True))  # (a note's "knocks")
    return acted and verb not in ("was", "were", "had", "is", "are", "has")


def _told_reports(
    moment: Moment,
    reports: list[Report],
    book: NameBook,
    name_words: frozenset[str],
    words: int = LEAD_DETAIL_WORDS,
    others: int | None = None,
    printed: Collection[int] | None = None,
    *,
    lede: bool = False,
    short: bool = False,
    opens: bool = False,
) -> list[tuple[Report, str]]:
    """The reports whose text tells the moment, in time order (a set-up before its punchline, a quote after the
    event it answers), with the copy each tells: the one that speaks for it (`reports[0]`) whole, and what the
    others add, chosen best-voted first: each sentence that tells what is not told yet (`_adds`: a person, a
    number, an object, what happened next), while the told copy and the moment's quotes stay within `words` words
    (the first sentence that does not fit ends it: a weaker report's detail is never told when a stronger one's is
    not), from `others` reports at most (all when None; of the DETAIL_REPORTS most voted). `printed`: the reports
    whose quotes the item prints (all when None; only their scenes are told as a quote's). `lede`: the chosen report
    first whatever the time (the lead moment's news, `news.news_first`). `short`: the body would be under SHORT_WORDS
    words without more of what its reports hold (`_adds`)."""
    chosen = reports[0]
    told = [(chosen, _copy(chosen))]
    text = told[0][1]
    known = claim_words(text)
    strongest = sorted(reports[1:], key=lambda r: (-r.sighting.votes, r.index))[:DETAIL_REPORTS]
    lines = [r for r in (chosen, *strongest) if r.features().quote_english][:QUOTES_PER_ITEM]
    count = word_count(text) + sum(word_count(r.sighting.quote or "") for r in lines)
    people = [book.alias_words.get(k, frozenset()) for k in moment.people]
    # the moment's people the told text does not name yet (a group's members are named with it: `NameBook.members`;
    # whose quote the item prints is named with it: "“I've had worse entrances,” Marisol Ibáñez said")
    speakers = {r.speaker for r in lines if printed is None or r.index in printed}  # (named with their line)
    named = [
        p
        for k, p in zip(moment.people, people, strict=True)
        if not _names(p, text) and not _in_group(k, text, book) and k not in speakers
    ]
    doer = book.alias_words.get(actor(chosen) or "", frozenset())  # (who acts in the told report's first sentence)
    after: set[int] = set()  # (earlier reports whose retold act was left out: what they add follows the chosen's)
    for r in strongest:
        copy = _copy(r) if r.pin is None else narrate(_copy(r))  # (the editor's pinned note, told as a sentence)
        if r.pin is None and (labelled := _label(copy))[1]:  # a note under its place ("Foyer bar: Sperandeo knocks
            narrated = with_full_stop(_placed(narrate(labelled[0]), labelled[1]))  # …"), told as the lead's text is
            # only when it tells what someone else of the moment did to its lead (the cause), never the lead's own
            # state or a scene ("Gunni H. wet to the knees, asked for towel", "X and Y on sofa")
            copy = narrated if _cause_told(narrated, moment, book) else copy
        if thin_place(copy) is not None:
            continue
        kept: list[str] = []
        quoted = r.features().quote_english and (printed is None or r.index in printed)  # what it saw: the scene
        # (its first sentence is the told act in other words: only a fact it adds, or what happened next after "and";
        # not the scene of its own quote the item prints)
        again = not quoted and r.pin is None and retells_act(r, chosen)
        unnamed = not quoted and r.pin is None and not again and retells_unnamed(r, chosen)
        aside = not quoted and r.pin is None and not again and not unnamed and retells_from_the_side(r, chosen)
        skipped = False  # (whether the sentence before, of this report, was left out)
        opened = False  # (whether its first sentence is told)
        before = r.index < chosen.index and not lede  # (what it adds is told before the chosen report's text)
        for at, typed in enumerate(sentences(copy)):
            sentence = told_as_sentence(typed, text, name_words)  # (a note's head typed again: "Coat check, …")
            if before and skipped and not kept and _points_back(sentence or ""):
                break  # "Dingo stared at it … then HUG": "it", the harmonica, was in the sentence left out as told,
                # and the chosen report, told after it, tells the rest ("The whole room was clapping" never opens)
            skipped = True
            if sentence is None or (r.index < chosen.index and not kept and counts_down(sentence)):
                continue  # ("She's due on in about six minutes", posted before the wings' "twenty seconds to spare",
                # told alone after it: the countdown would run from it; after its own report's act, from that)
            thin = (short and count < SHORT_WORDS) or r.pin is not None  # (the editor's pin: what it adds is told)
            someone_new = any(_names(p, sentence) for p in named)
            # "A presenter went over the lip … and the bassist Hale caught him": only the catch
            if unnamed and at == 0 and (not someone_new or (sentence := _new_in_tail(sentence, named)) is None):
                continue
            # (a retelling's later sentence that tells the act once more: "Mari Ibanez lost a shoe on the stairs.
            # Ferreira picked her up like it was nothing")
            again_later = (again or aside) and at > 0 and act_told_again(sentence, text, doer)
            retold = (again or aside) and (at == 0 or again_later) and not (someone_new or _new_number(sentence, text))
            then = _told_then(sentence, known, name_words, retold=True) if again and at == 0 else None
            fresh = then is not None and not (claim_words(then) - name_words) & known  # (nothing of it told yet)
            if then is not None and fresh and _adds(then, known, text, name_words, quoted, someone_new, True):
                sentence = then  # (the told act in other words, then what it adds and nothing told: only that)
            elif retold or not _adds(sentence, known, text, name_words, quoted, someone_new, thin):
                tail = _told_then(sentence, known, name_words) if thin else None
                if tail is None or not _adds(tail, known, text, name_words, quoted, someone_new, thin):
                    continue
                sentence = tail  # "… dropped the award on the stairs and it smashed": "It smashed."
            if at == 0 and r is not chosen:
                sentence = _pronoun_named(sentence, r, text, book)
            count += word_count(sentence)
            if count > words:
                break
            skipped = False
            opened = opened or at == 0
            kept.append(sentence)
            known |= claim_words(sentence)
            text = f"{text} {sentence}"
            named = [p for p in named if not _names(p, sentence)]
        if kept:
            told.append((r, " ".join(kept)))
            if before and not opened and _CROWD_ANSWERS.match(kept[0]):
                after.add(r.index)  # (its opening, the act, was left out: the room's answer to it came after it)
        if count > words or len(told) - 1 == others:
            break
    if after:  # "Balcony: … his grandfather rang the tram bell, twice. The whole depot went quiet": the quiet after
        # the bell the chosen report tells, never before it
        return sorted(
            told,
            key=lambda p: (
                not (lede and p[0] is chosen),
                chosen.index if p[0].index in after else p[0].index,
                p[0].index in after,
            ),
        )
    if opens:  # an earlier report's background follows the act ("Her son has been the sound engineer …")
        at = chosen.index
        return sorted(
            told, key=lambda p: (at if p[0].index < at and _background(p[1]) else p[0].index, p[0] is not chosen)
        )
    return sorted(told, key=lambda pair: (not (lede and pair[0] is chosen), pair[0].index))


_OPENING_PRONOUN = re.compile(r"^(?:He|She)(?= [a-z])")


def _pronoun_named(sentence: str, r: Report, told: str, book: NameBook) -> str:
    """A second report's sentence opening on "He" or "She" with the one person it tags, when the told text has not
    named them: "He then stood up in the aisle and sang her …" (tagged Ben Asante) after "Priya Raman won Best
    Actress …" → "Ben Asante then stood up …", never "he", who would be nobody (break 67)."""
    opening = _OPENING_PRONOUN.match(sentence)
    if len(r.names) != 1 or opening is None:
        return sentence
    key = r.names[0]
    if _names(book.alias_words.get(key, frozenset()), told) or key not in book.display:
        return sentence
    return book.display[key] + sentence[opening.end() :]


# "it" as what a verb or a preposition takes ("stared at it", "turned it over"), never a sentence's own "it" ("it was")
_IT_TAKEN = re.compile(r"\b(?!it\b)[a-z]+ it\b(?! (?:was|is|wasn't|isn't|had|has|seemed|looked)\b)")


# the room answering an act ("The whole depot went quiet, then the old staff started clapping"): after the act
_CROWD_ANSWERS = re.compile(
    r"^(?:The (?:whole |entire )?(?:room|hall|depot|crowd|audience|house|place|bar|balcony|gallery|corridor|tent|"
    r"theatre|theater|arena|venue|floor|crew|staff|stagehands)|Everyone|Everybody|The whole \w+) "
)


def _points_back(sentence: str) -> bool:
    """Whether a sentence takes "it" for a thing told before it ("Dingo stared at it about 10 seconds"): told without
    the sentence before it, "it" would stand for nothing."""
    return _IT_TAKEN.search(sentence) is not None


# a countdown from the time of its post ("due on to present Best Indie in about six minutes", "presents in 8 min",
# "opens the show in five minutes"): true when it was posted, and only then
_COUNTDOWN = re.compile(
    r"\b(?:due|(?:is|[’']s|back|goes|going) on|opens?|starts?|begins?|presents?|will|lights up)\b[^.;“”]{0,60}?"
    r"\bin (?:about |around |roughly |under |~)?"
    r"(?:\d+|a few|a couple of|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty) min(?:ute)?s?\b",
    re.IGNORECASE,
)


def counts_down(sentence: str) -> bool:
    """Whether a sentence counts down from when it was posted ("She's due on to present Best Indie in about six
    minutes"): told as a detail of a later report, its clock would be the later report's."""
    return _COUNTDOWN.search(sentence) is not None


# a sentence telling how things stand, not what happened: the present, or the present perfect ("has taken up a position
# by the ice fountain", "has been the sound engineer for twenty years")
_STANDING = re.compile(r"\b(?:has|have|is|are)\b|[’']s (?:been|got|taken)\b")


def _background(copy: str) -> bool:
    """Whether a report's told copy opens on how things stand (`_STANDING`), no act: told after the act it is the
    background of."""
    said = sentences(_QUOTED_TEXT.sub(" ", copy))
    return bool(said) and _STANDING.search(said[0]) is not None


def _in_group(key: str, text: str, book: NameBook) -> bool:
    """Whether a text names a group the person `key` is a member of ("The duo Tin Whistle did their sketch …" names
    Jo Barr and Ned Lusk: `groups`)."""
    return any(key in people and _names(book.alias_words[g], text) for g, people in book.members.items())


def _names(aliases: frozenset[str], text: str) -> bool:
    """Whether a text names a person (a word of one of their names: `NameBook.alias_words`)."""
    return not aliases.isdisjoint(alnum_words(fold(text)))


_SAID_LATER = 5 * 60  # seconds: a quote posted this long after the report told was said at another time


def _later_on(gap: float) -> str:
    """How a quote said after the told text is framed: "minutes later" ("Minutes later, Voss said: “…”"), or
    "later" from 15 minutes on; "" when it came with it (a report a few minutes after another of one moment)."""
    if gap < _SAID_LATER:
        return ""
    return "minutes later" if gap < _MINUTES_ON else "later"


def _earlier_on(said: Report, moment: Moment) -> str:
    """How a quote said before the moment's act is framed: "minutes earlier" ("Minutes earlier, Juno Park said: “If I
    trip tonight, cut to the ads.”", after her fall), or "earlier" from 15 minutes on, when its note, in English, only
    frames an English line that looks ahead (a condition, the future: `_LOOKS_AHEAD`; "Juno Park, hosting, to the
    floor manager:") and was filed a minute or more before every other report of the moment: nobody had reported the
    act yet, so it was said before it, never a reaction to it. "" otherwise."""
    reports = moment.reports
    if len(reports) < 2 or reports[0] is not said or reports[1].ts - said.ts < _SAID_BEFORE:
        return ""
    if not said.english or not said.features().quote_english or not _LOOKS_AHEAD.search(said.sighting.quote or ""):
        return ""  # (a note in another language may tell the act in words no English test reads; a line that does not
        # look ahead, "Ninguém sai daqui triste, hein!" in the stuck lift, may have been said during the act)
    if not frames_only(said) and not _hands_over(said.sighting.what):
        return ""
    return "minutes earlier" if reports[1].ts - said.ts < _MINUTES_ON else "earlier"


_SAID_BEFORE = 60  # seconds: a quote-only report filed this long before the act's first report was said before it
# a line that looks ahead: a condition or the future ("If I trip tonight, cut to the ads.", "I'll be fine")
_LOOKS_AHEAD = re.compile(r"\b(?:if|will|won't|won’t|going to|gonna|about to)\b|[’']ll\b", re.IGNORECASE)
_DOING = re.compile(r", [a-z]+ing,")  # ", hosting,": what the speaker was doing, between commas


def _hands_over(note: str) -> bool:
    """Whether a note only hands over to its quote, with at most a word between commas for what the speaker was doing
    ("Juno Park, hosting, to the floor manager:"): it ends on a colon and tells no act."""
    note = prose(note).rstrip()
    return note.endswith(":") and verbless(_DOING.sub(",", note), frozenset())


def _report(moment: Moment, index: int) -> Report:
    return next(r for r in moment.reports if r.index == index)


def _elsewhere(said: Report, told: Report) -> str:
    """Where a quote was said ("on the stage"), when its report names another place than the report told
    ("" when they name the same place, or either names none, or the quote's report is in another language). A short
    note's own place ("Karim at the bar") says it over the report's `where`, which the bot may have remembered from
    the correspondent's last post."""
    here = fold(told.sighting.where or "")
    noted = _noted_place(said.sighting.what)
    if noted:
        return "" if not here or here in fold(noted) or within(noted, here) else noted
    there = fold(said.sighting.where or "")
    if not said.english:  # ("Gvozdene stepenice", "Ljubljanica" of a report in Serbian: a place in its language,
        return ""  # no word of it to tell an English reader, round 46)
    return place_phrase(said.sighting.where or "") if here and there and here != there else ""


# "Karim at the bar", "Hany in the car park", "Galvin at the bar, to the barman": where a short note says its quote was
# said
_NOTED_PLACE = re.compile(r"\b(?P<place>(?:at|in|on|by|outside|inside) the [a-z][a-z -]{1,30}?)(?:[.!]?$|, )")
_NOTE_WORDS = 8


def _heard_where(what: str) -> str:
    """Where a note says its line was heard ("Overheard in the corridor, a stagehand on a headset:" → "in the
    corridor"), "" when it does not say."""
    return _noted_place(what) or thin_place(what) or ""


def _noted_place(what: str) -> str:
    """The place a short note ends on ("in the car park"), "" when it names none or is no short note."""
    what = what.strip()
    if len(what.split()) > _NOTE_WORDS:
        return ""
    m = _NOTED_PLACE.search(what)
    if m:
        return m.group("place")
    heard = heard_at(what)  # a note that is only a place ("press room", "corridor, singalong")
    return place_phrase(heard) if heard else ""


# `_told` per item (its `Names`): (copy, moment, lead, who was named before) → the text, and who it named
_TOLD: WeakKeyDictionary[Names, dict[tuple[str, Moment, str | None, frozenset[str]], tuple[str, frozenset[str]]]]
_TOLD = WeakKeyDictionary()


def _told(copy: str, moment: Moment, book: NameBook, names: Names, lead: str | None) -> str:
    """`_told_text` of a report's copy, its quotes kept out of reach (`keeping_quotes`), worked out once per item
    for the same copy and the same people named before it: `_speaking`'s trial (`_printed`) and the paragraph
    that then tells the copy ask for the same text (the people it names are named again, as the first time)."""
    told = _TOLD.setdefault(names, {})
    key = (copy, moment, lead, frozenset(names.mentioned))
    found = told.get(key)
    if found is None:
        text = keeping_quotes(lambda text: _told_text(text, moment, book, names, lead), copy)
        found = told[key] = (text, frozenset(names.mentioned) - key[3])
    names.mentioned.update(found[1])
    return found[0]


def _told_text(copy: str, moment: Moment, book: NameBook, names: Names, lead: str | None) -> str:
    text, where = _label(copy)
    text = time_spent(text)  # ("20 min talking." → "They talked for 20 minutes.", before the narration reads it)
    text = without_withdrawn(narrate(names.body(text), lead, names.words(), names.surname), moment, book, names.words())
    text = active_voice(text, _objective(names) if " by " in text else None)  # (pronouns only asked for a passive)
    if has_relative(text):
        text = apposed_relatives(text, [names.display[k] for k in names.people])
    text = _asked_mid_text(polish(telegraphic(text, names.words()), names.words()), names)
    text = _colon_said(text, names) if ": “" in text else text
    text = note_words(_proper_places(text, moment))
    return pairs_told(with_full_stop(_placed(text, where) if where else text), names.words())


_OBJECTIVE = {"she": "her", "he": "him", "they": "them"}


def _objective(names: Names) -> dict[str, str]:
    """Each person's object pronoun the night gives, by the names the body calls them ("Tobi Lark", "Lark")."""
    found: dict[str, str] = {}
    for key, pronoun in names.pronouns.items():
        if key in names.display and pronoun in _OBJECTIVE:
            found[names.display[key]] = found[names.again(key)] = _OBJECTIVE[pronoun]
    return found


_COMMON_PLACE_WORDS = STOPWORDS | EVERYWHERE | PLACE_WORDS


def _proper_places(text: str, moment: Moment) -> str:
    """A place the moment's reports name as a proper name in `where` ("Roman Gallery") spelt so in the text
    where a reporter typed it in lower case ("in the roman gallery"); a place of everyday words ("Red Carpet",
    "Press Room") is not a name."""
    lowered = text.lower()
    for where in {squash(r.sighting.where or "") for r in moment.reports}:
        words = where.split()
        if len(words) < 2 or not all(w[:1].isupper() for w in words):
            continue
        if all(fold(w) in _COMMON_PLACE_WORDS for w in words):
            continue
        at = lowered.find(where.lower())
        end = at + len(where)
        while at >= 0:
            bounded = (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum())
            if bounded and text[at:end] != where:
                text = text[:at] + where + text[end:]
            at = lowered.find(where.lower(), end)
            end = at + len(where)
    return text


def _asked_mid_text(text: str, names: Names) -> str:
    """A reporter's "Asked what happens to the trophy: “…”" inside a text given its speaker, the named
    subject of the sentence before ("Asked what happens to the trophy, Toby said: “…”"); the text's last
    sentence is left to `_closing_quote`."""
    said = sentences(text)
    for k in range(1, len(said) - 1):
        m = _ASKED.match(said[k])
        speaker = subject_of(said[k - 1]) if m else None
        if m and speaker:
            said[k] = f"{m.group(1)}, {names.mention(speaker)} said: {m.group(2)}"
    return " ".join(said)


_ASKED = re.compile(r"^((?:When )?[Aa]sked [^:“]+):\s*(“.+)$")

# a note's line with its speaker before a colon and nothing else ("He: 'evening, KREE-sha'.", "Guidry: '…'")
_COLON_LINE = re.compile(r"^(?P<who>He|She|They|[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}): (?P<line>“[^“”]+”)[.!?]?$")


def _colon_said(text: str, names: Names) -> str:
    """A sentence that is only a speaker, a colon and their line, inside a text ("… no eye contact. He:
    “evening, KREE-sha”. She kept walking …"), told as said ("He said, “evening, KREE-sha”."): the gate keeps no
    note, and the line is what the moment turns on. The speaker is a pronoun or one of the story's people."""
    said = sentences(text)
    for k, sentence in enumerate(said):
        m = _COLON_LINE.match(sentence)
        if m is None:
            continue
        who = m.group("who")
        if who not in ("He", "She", "They") and not set(alnum_words(fold(who))) <= names.words():
            continue
        said[k] = f"{who} said, {m.group('line')}."  # (a comma: "He said:" would read as a note's label)
    return " ".join(said)
