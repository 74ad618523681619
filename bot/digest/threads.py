"""Step 5 of the digest: which moments are one story's beats (`joins`: follow-ups, setups, look backs,
premises), and how a retelling merges into a told moment. See `bot.digest.stories`."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from zoneinfo import ZoneInfo

from .appointments import keeps_appointment
from .labels import other_categories
from .lexicon import BODILY, EVERYDAY, EVERYWHERE, KIN, LEFT_BEHIND, PEOPLE, UPDATE_ON, stem
from .lookbacks import looks_back
from .matching import calls_someone_else, stands_alone
from .moments import Moment, names_the_unnamed
from .night import STOPWORDS, Report
from .places import PLACE_WORDS
from .scenes import same_spot, things
from .scoring import (
    FOLLOW_UP_SHARE,
    FOLLOW_UP_VOTES,
    NEARLY_AS_STRONG,
    RANK_VOTES,
)
from .shortthings import short_things
from .textutil import alnum_words, fold, wordset
from .throwaways import throwaway
from .verbs import is_past_verb

MAX_FOLLOW_UPS = 2

MINUTES_APART = 15 * 60  # seconds: a moment this close to another of its person needs only a word in common
SAME_STRETCH = 60 * 60  # a nearly-as-strong moment of the lead person this soon after it: the same stretch of her night
# ("came back in with doughnuts and missed her own category" 45 minutes after she walked out before it)


def continues(lead: Moment, about: str | None, other: Moment) -> bool:
    """`other` is on the thread of `lead` (whose lead person is `about`): two of its people (the same pair again:
    "Rennick waited in the doorway till the hand was over" after the card game); or its lead person and its subject
    (`subject`: a thing both name, "the envelope", "the lullaby", not a word every part of a night uses, "trophy",
    "stage", nor where they were filed), or, minutes apart (MINUTES_APART), a word in common: the same scene going
    on. Sharing one person is not enough (the star is everywhere): "Will juggling Rocha's trophy by the stage door"
    is no beat of Rocha's proposal at the stage door. Its people are those of what the article tells of it
    (`_told_people`)."""
    people = _told_people(other, lead.people)
    if len(set(lead.people) & _told_people(other, lead.people, related=False)) >= 2:
        return True  # (never "HVLB" of "Lox from HVLB": his band is no second person of the moment)
    if about is None or about not in people:
        return False
    if subject(lead, other):
        return True
    return abs(other.ts - lead.ts) <= MINUTES_APART and word_in_common(lead, other)


def subject(a: Moment, b: Moment) -> frozenset[str]:
    """The things two moments both name (`scenes.things`: content words and their quotes', no everyday word of a
    night, no word of where they were filed nor of the venue, `Vocabulary.setting`; a word of three letters when both
    name it as a thing, `shortthings`: "a small wooden box", then "opened the box"): what makes them about the same
    thing."""
    places = frozenset(r.place for r in (*a.reports, *b.reports) if r.place)
    shared = a.told_topic & b.told_topic
    shared -= a.setting  # ("tram", "depot" in a tram depot: where, never what)
    return _no_names(things(shared, places) | short_things(shared, a, b), a, b)  # ("a small wooden box", then
    # "opened the box": `shortthings`)


def _no_names(found: frozenset[str], a: Moment, b: Moment) -> frozenset[str]:
    """The words two moments share, without a word of their people's names ("Grace is yelling for a Sharpie",
    untagged), unless both write it as a word ("I kept the page" and "the page she wrote", beside Hortense Page)."""
    if not found or not a.reports:
        return found
    named = found & a.reports[0].vocabulary.name_words(tuple(sorted({*a.people, *b.people})))
    return found - {w for w in named if not (_as_word(a, w) and _as_word(b, w))}


def _as_word(m: Moment, word: str) -> bool:
    """Whether a report of the moment writes `word` (folded) in lower case, as a word and not a name."""
    pattern = re.compile(rf"(?<![\w'’-]){re.escape(word)}s?(?![\w'’-])")
    return any(pattern.search(f"{r.sighting.what} {r.sighting.quote or ''}") for r in m.reports)


_NO_THING = EVERYDAY | BODILY


def word_in_common(a: Moment, b: Moment) -> bool:
    """Whether two moments use a word in common that is no body part nor everyday word (`lexicon.BODILY`, `EVERYDAY`:
    "his arm in a sling" and "an arm-wrestle" share a body part, not a scene)."""
    return not (a.told_topic & b.told_topic) <= _NO_THING


def _told_people(m: Moment, among: Iterable[str] = (), *, related: bool = True) -> set[str]:
    """The people of a moment's reports the article can print (in English), with (`related`) or without those a report
    names only as whose relation someone is ("KJ's old man": `_only_related`): a report in another language that
    joined it is credited, but the people only it names are not in what the item tells ("Earlier, the director
    was smoking on the fire escape" is no beat of the star's story because the French twin names the star).
    Every one of its people when none of its reports is in English. Those of `among` (the lead moment's people)
    that its English text names by surname without tagging count too (`_names_untagged`: "Lea Moor greeted Pia
    Sand in the corridor" tagged with Sand alone is about both of them)."""
    told = m.english
    people = {k for r in told for k in r.names if related or not _only_related(r, k)} if told else set(m.people)
    return people | _names_untagged(told, [k for k in among if k not in people]) if told else people


# a name written only to say whose relation someone is: "Des Brennan (KJ's old man)", "Tahlia's nan"
_RELATION = re.compile(
    r"[’']s (?:old (?:man|lady)|dad|mum|mom|father|mother|brother|sister|son|daughter|wife|husband|nan|nana|gran|"
    r"grandma|grandmother|grandfather|grandpa|uncle|aunt|aunty|auntie|cousin|manager|agent|publicist|stylist|"
    r"bodyguard|driver)\b",
    re.IGNORECASE,
)


# a name written only to say where someone is from: "Lox from HVLB", "Rain from Hi-Vis, Low Budget"
_FROM = re.compile(r"\b[A-Z][\w'’-]*\s+from\s+(?:the\s+)?$")
_BETWEEN_WORDS = re.compile(r"[\s,]*")


def _only_related(r: Report, key: str) -> bool:
    """Whether a report names this person only as whose relation someone else is ("Des Brennan (KJ's old man) rocked
    up with an esky" is about Des, not KJ), or only as where someone is from ("Lox from HVLB went arse over on the
    stairs" is about Lox, not his band): every word of their names it writes, but those someone else of it goes by
    too ("Brennan"), is followed by "'s old man", "'s dad" and the like, or is in a name right after "Lox from"."""
    text = r.sighting.what
    if len(r.names) < 2 or (_RELATION.search(text) is None and " from " not in text):
        return False
    aliases = r.vocabulary.aliases
    own = aliases.get(key, frozenset()) - frozenset().union(*(aliases.get(k, frozenset()) for k in r.names if k != key))
    found = [m for m in re.finditer(r"[\w-]+", text) if fold(m.group(0)) in own]
    starts = [
        m for k, m in enumerate(found) if not k or not _BETWEEN_WORDS.fullmatch(text, found[k - 1].end(), m.start())
    ]
    return bool(found) and (
        all(_RELATION.match(text, m.end()) is not None for m in found)
        or all(_FROM.search(text, 0, m.start()) is not None for m in starts)
    )


def _names_untagged(reports: list[Report], keys: list[str]) -> set[str]:
    """The people of `keys` whose surname (four letters or more, not a function word; a hyphenated one by all its
    parts) is a word of one of these reports' texts."""
    if not keys:
        return set()
    texts = [r.features().words for r in reports]
    return {
        k
        for k in keys
        if (parts := _surname(k))
        and any(
            all(p in words for p in parts) and _own_surname(r.sighting.what, k, parts)
            for r, words in zip(reports, texts, strict=True)
        )
    }


def _own_surname(text: str, key: str, parts: tuple[str, ...]) -> bool:
    """Whether a surname in `text` can be this person's: not only ever part of someone else's full name ("Ari
    Helgason" names Ari, never the guard Gunnar Helgason). A hyphenated surname is its own."""
    if len(parts) > 1:
        return True
    given = set(key.split()[:-1])
    return any(fold(before) in given or not before[:1].isupper() for before in _before_surname(text, parts[0]))


@lru_cache(maxsize=4096)
def _before_surname(text: str, surname: str) -> tuple[str, ...]:
    """The word (as typed, "" at the start or after a stop) before each time `surname` (folded) is written in
    `text`: a capitalised one that is no stop-word opens another full name."""
    out: list[str] = []
    before = ""
    for raw in text.split():
        word = raw.strip("()[]“”\"'’,;:!?.")
        if fold(word).removesuffix("'s") == surname:
            out.append(before)
        before = "" if raw[-1:] in ".!?:" or fold(word) in STOPWORDS else word
    return tuple(out)


@lru_cache(maxsize=4096)
def _surname(key: str) -> tuple[str, ...]:
    """The parts of a name key's surname that name it in a text ("ocampo-fry" as "ocampo" and "fry"); none when it
    is under four letters or a function word. Worked out once per key."""
    last = key.split()[-1] if key.strip() else ""
    if len(last) < 4 or last in STOPWORDS:
        return ()
    return tuple(p for p in last.split("-") if p)


def weighs(lead: Moment, other: Moment) -> bool:
    """Whether a follow-up carries weight of its own: readers' votes (a fifth of the lead moment's at least, and
    some), a quote in English by one of the lead moment's people, or by someone else in a report whose own words
    share a thing with the lead moment ("Grell stopped Abara on her way out with the trophy": a line merely
    overheard, "Dez to Juno, just the two of them:", is Dez's moment, not a beat of Juno's), or an editor's key
    mark. Trivia of the same person (a drink
    order after a standing ovation, a selfie after the moment) has none."""
    if other.key or other.votes >= max(1.0, FOLLOW_UP_VOTES * lead.votes):
        return True
    quoted = [r for r in other.english if r.features().quote_english and not throwaway(r, lead)]
    if any(r.speaker is None or r.speaker in lead.people for r in quoted):
        return True
    # a line someone else said: the story's when what its report tells shares a thing with the lead moment
    told = things(frozenset().union(*(r.features().tokens for r in quoted)), frozenset(r.place for r in quoted))
    return not told.isdisjoint(lead.topic)


def joins(lead: Moment, about: str | None, other: Moment, tz: ZoneInfo | None = None) -> bool:
    """Whether `other` is a beat of `lead`'s story (whose lead person is `about`). Before it, its setup (`setup`),
    with weight of its own (`weighs`) unless it was held for it or named its time; or a moment of its lead person
    with weight and nearly as strong (NEARLY_AS_STRONG of its score), told after the story as a look back, never as
    what it began with (`Story.aside`): a star leads one item. After it, a moment that continues it (`continues`:
    its people and its subject) and carries weight of its own (`weighs`) or is what it led to (`_led_to`); or a
    moment of its lead person with weight, nearly as strong and about the same thing (a thing in common) or within
    SAME_STRETCH after it ("came off stage vibrating" ten minutes after his read): her other big moment of the
    night, hours away and about something else, is not a beat of this one. An idle line (`Moment.idle`: short, few
    votes, no act: "Marta Quinn on her fourth coffee of the night") joins only about a thing of the story."""
    if stands_alone(lead, other):
        return False
    if other.thin and any(calls_someone_else(r, lead.people) for r in other.reports):
        return False  # ("Jure, you're getting these back signed.": said to the volunteer, never a beat of her hug)
    if other.idle and not subject(lead, other):
        return False  # (filler: a short line with few votes and no act, about nothing the story is about)
    if updates_another_thing(lead, other) or updates_another_thing(other, lead):
        return (
            False  # ("Update on the bucket: sold for RM3,200 to Kamal Ariffin": the auction's, never his singalong's)
        )
    # (its score before its lead person: `Moment.lead` reads the subject of its speaker's first sentence, worked out
    # only for the candidates nearly as strong as the lead moment, or those a test below needs it for)
    nearly = other.score >= NEARLY_AS_STRONG * lead.score and other.lead == about and weighs(lead, other)
    if other.first < lead.first:  # (`Story.aside`: one that is no setup is told after the story, as a look back)
        if setup(lead, about, other, tz) and (_answers_award(lead, other) or _vows(other)):
            return True  # (a promise or the result it answers: told whatever its votes, the payoff hangs on it)
        if pays_off_line(other, lead) and weighs(lead, other):
            return True  # (a line whose words the lead moment does: its setup)
        return (
            sets_up(lead, other, tz)
            or (
                (looks_back(lead, other, nearly) or _on_thread(lead, about, other))
                and weighs(lead, other)
                and not (_theirs(lead, other) and not setup(lead, about, other, tz))
            )
            or _same_people(lead, other)
            or _carried_on(lead, other)
            or _came_out_of(lead, other)
            or _counted_down(lead, other)
            or began_with_theirs(lead, other)
        )
    if pays_off_line(lead, other) and weighs(lead, other):
        return True  # "Whoever wins owes that horse a carrot", and the winner feeding it one: the line's payoff
    if _their_line_later(lead, about, other):
        return True  # "Later that night, Casadei said: “I lost to a twenty-three-year-old and …”"
    if _someone_elses(lead, about, other):
        return False  # (Hope's table dance, where the lead's star threw the first carnation: Hope's own story)
    if continues(lead, about, other):
        return weighs(lead, other) or _led_to(lead, other, tz)
    return nearly and (bool(subject(lead, other)) or other.ts - lead.ts <= SAME_STRETCH)


LINE_VOTES = 40  # a later line of the story's person voted this much is the item's closing line


def _their_line_later(lead: Moment, about: str | None, other: Moment) -> bool:
    """Whether a later moment is the story's person's own line in English, voted for (LINE_VOTES), told by a note
    that only frames it or by a filler line beside it ("overheard", "has changed into flats"): the item's closing
    line, never a moment of its own she would lead a second item with (round 43's Valletta: "I lost to a
    twenty-three-year-old and I have never been happier for anybody in my life", 55 votes, was told nowhere)."""
    if about is None or other.first <= lead.first or other.votes < LINE_VOTES or about not in other.people:
        return False
    lines = framed_lines(other)
    return any(r.speaker == about for r in lines) and all(r in lines or not r.sighting.votes for r in other.reports)


FRAME_WORDS = 6  # a note this short only frames its line ("overheard", "La Casadei, on the bastion")


def framed_lines(m: Moment) -> list[Report]:
    """A moment's reports that give a line in English their note only frames (FRAME_WORDS), when one is voted for
    (LINE_VOTES); [] otherwise."""
    lines = [r for r in m.reports if r.features().quote_english and len(r.sighting.what.split()) <= FRAME_WORDS]
    return lines if any(r.sighting.votes >= LINE_VOTES for r in lines) else []


PAID_OFF_LETTERS = 5  # a word of the lead's line, this long at least, that a later moment does: its payoff


def pays_off_line(lead: Moment, other: Moment) -> bool:
    """Whether a later moment does what a line of the lead moment said ("Whoever wins tonight owes that horse a
    carrot", then the winner came out with a carrot and fed it to the horse, the one who said it holding his trophy):
    its English text names a thing of the line (a word of `PAID_OFF_LETTERS` or more, never one every night uses nor
    one of where they were) and one of the lead moment's people."""
    if other.first <= lead.first or not lead.has_quote or not other.english:  # (the cheap tests first)
        return False
    said = frozenset().union(*(r.features().quote_tokens for r in lead.reports if r.features().quote_english))
    if not said:
        return False
    # (never a person's word: "my mother" in a thank-you and in a song's dedication is no thing done)
    said = frozenset(w for w in said if len(w) >= PAID_OFF_LETTERS) - EVERYWHERE - EVERYDAY - KIN - PEOPLE
    said -= lead.setting
    done = frozenset().union(*(r.features().tokens for r in other.english))
    return not said.isdisjoint(done) and not _told_people(other, lead.people).isdisjoint(lead.people)


def of_a_pair(m: Moment) -> bool:
    """Whether a moment is the story of two people or more: two of its people told in English, two correspondents or
    more and RANK_VOTES votes ("Rafe Ocampo crossed the room to Bex Hollis's table …", 88 and 41 votes)."""
    return m.reporters >= 2 and m.votes >= RANK_VOTES and len(_told_people(m)) >= 2


def _theirs(lead: Moment, other: Moment) -> bool:
    """Whether an earlier moment (when it is no `setup` of the lead moment: `joins` asks) is the story of a pair with
    someone the lead moment does not tell (`of_a_pair`), with votes of its own near the lead moment's
    (OWN_STORY_SHARE): their item, not a look back of this one (the stage manager who mistook a rapper for crew, 110
    votes, is no look back of her Sharpie on the host's arm, 80, though a bystander is named in both; it leads an
    item, `_Builder._of_a_pair`)."""
    return (
        other.votes >= max(1.0, OWN_STORY_SHARE * lead.votes)
        and of_a_pair(other)
        and not _told_people(other) <= set(lead.people)
    )


_STILL = re.compile(r"^(?:still|update|more|now|and now|meanwhile|finally)\b", re.IGNORECASE)
CARRIED_ON_WITHIN = 10 * 60  # seconds: a reporter's "Still locked out." this soon after their post goes on with it


def _carried_on(lead: Moment, other: Moment) -> bool:
    """Whether a report of the lead moment goes on with an earlier moment's, by the same correspondent, from the same
    place, minutes after it ("Loading dock: Rain … the door slammed behind her." then "Still locked out. She's due
    on …", a report of her dash to the stage): the earlier moment is how it began."""
    return any(
        r.reporter == o.reporter
        and 0 < r.ts - o.ts <= CARRIED_ON_WITHIN
        and r.place == o.place != ""
        and _STILL.match(r.sighting.what.lstrip()) is not None
        for r in lead.reports
        for o in other.reports
    )


def _came_out_of(lead: Moment, other: Moment) -> bool:
    """Whether an earlier moment of the lead moment's person says they were "still" somewhere (the place it was filed
    from, by a word of its own: "sauna" of "Sauna lounge"), within SAME_STRETCH, and the lead moment, filed from
    elsewhere, names that place ("his lifetime award is due in about twenty minutes and he is still in the sauna",
    then "SAUNA>STAGE: Vaarmann called during restart …"): the wait it ends is how it began (round 49, Tallinn)."""
    if other.lead is None or other.lead != lead.lead or not 0 < lead.ts - other.ts <= SAME_STRETCH:
        return False
    if not any("still" in alnum_words(fold(r.sighting.what)) for r in other.reports):
        return False
    own = {w for r in lead.reports for w in alnum_words(fold(r.place or ""))}
    there = {
        w
        for r in other.reports
        for w in alnum_words(fold(r.place or ""))
        if len(w) >= 4 and w not in PLACE_WORDS and w not in EVERYWHERE and w not in STOPWORDS and w not in own
    }
    return bool(there) and any(not there.isdisjoint(alnum_words(fold(r.sighting.what))) for r in lead.reports)


# a countdown to the lead person's time on stage ("curtain in 20 mins!!!", "due on in about six minutes")
_COUNTDOWN = re.compile(
    r"\b(?:curtain|curtains|due on|due|on|onstage|walk-?on|show|opening|opens?|starts?|begins?|presents?|presenting|"
    r"performs?|performing)\b[^.;:!?“”]{0,30}?"
    r"\bin (?:about |around |roughly |under |approx\.? |~)?(?P<n>\d{1,2}|five|six|seven|eight|nine|ten|fifteen|twenty|"
    r"thirty|forty|forty-five) ?min(?:ute)?s?\b",
    re.IGNORECASE,
)
_COUNT_WORDS = {
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "fifteen": 15,
    "twenty": 20,
    "forty": 40,
}
_COUNT_SLACK = 10 * 60  # seconds: a show runs late; what the countdown ran to is done within this much after it


def _counted_down(lead: Moment, other: Moment) -> bool:
    """Whether an earlier moment of the lead moment's person counts down to their time on stage ("TOM HALE LOCKED OUT
    OF HIS DRESSING ROOM, costume inside, curtain in 20 mins!!!") and the lead moment comes within that time and
    _COUNT_SLACK ("Tom Hale went on for the opening number in the usher's uniform he borrowed"): the fix it was in is
    how the lead moment began (break 67)."""
    if other.lead is None or other.lead not in lead.people or lead.ts <= other.ts:
        return False  # (the one counted down for, in the lead moment: "handed Ottilie Marsh her gown with nine minutes
        # to spare", after "she presents in forty minutes", break 68)
    for r in other.reports:
        m = _COUNTDOWN.search(r.sighting.what)
        if m is None:
            continue
        n = m.group("n").lower()
        minutes = int(n) if n.isdigit() else _COUNT_WORDS.get(n, 30)
        if lead.ts - r.ts <= minutes * 60 + _COUNT_SLACK:
            return True
    return False


OWN_STORY_SHARE = 0.5  # a later moment led by someone new with this share of the lead moment's votes is a story


def _someone_elses(lead: Moment, about: str | None, other: Moment) -> bool:
    """Whether a later moment is another person's story, not a beat of this one: led by someone the lead moment
    does not name, with votes of its own near the lead's (OWN_STORY_SHARE): "Hope Mavridou danced on a taverna
    table; Dragoumi threw the first carnation" is Hope's, though the star of the staircase is in it."""
    return (
        other.votes >= max(1.0, OWN_STORY_SHARE * lead.votes)  # (the votes first: `Moment.lead` reads a sentence)
        and other.lead is not None
        and other.lead != about
        and other.lead not in lead.people
        and not names_the_unnamed(lead, other)  # ("the little girl is Marta": who the lead moment's girl was)
    )


def setup(lead: Moment, about: str | None, other: Moment, tz: ZoneInfo | None = None) -> bool:
    """Whether an earlier moment is the setup of `lead` (told as what it began with when it joins, `joins`): held for it
    or naming its time (`sets_up`), or carried on by a report of it (`_carried_on`: "Still locked out."); or led by
    one of the lead moment's people and telling what the lead moment pays off: its lead person (or two of its
    people) and a thing both name (`subject`: "shaving off his dreadlocks" hours before "nine years of dreadlocks"
    on the car park floor), two of its people and a word both use ("trophy" and the doorman), or, minutes apart
    (MINUTES_APART), its lead person and a word in common, or two of its people in one place (the same scene going
    on); or the award result it answers
    (`_answers_award`: "Pip Lane won Best Female Artist" before Ada Roe's hug). Two people in common and nothing else
    ("Kit knelt to tie Lou's shoelace" hours before their duet), or only the star, set up nothing: never told as what
    the lead moment began with."""
    if other.first >= lead.first:
        return False
    if sets_up(lead, other, tz) or _carried_on(lead, other) or _came_out_of(lead, other) or _counted_down(lead, other):
        return True
    if pays_off_line(other, lead):
        return True  # "Whoever wins tonight owes that horse a carrot", before the winner fed it one
    if other.lead is None or other.lead not in lead.people:
        return False
    people = _told_people(other, lead.people, related=False)  # (never "KJ" of "Des Brennan (KJ's old man)")
    shared = len(set(lead.people) & people)
    if shared >= 2 and (
        _things_in_common(lead, other) or (not lead.told_topic.isdisjoint(other.told_topic) and _vows(other))
    ):
        return True  # (a guitar both name starts nothing: `_CARRIED`)
    if _vowed_there(lead, other):
        return True
    if shared >= 2 and lead.ts - other.ts <= MINUTES_APART and same_spot(lead, other):
        return True  # the same two people in the same place minutes apart: the one scene going on (a blitz game in the
        # corridor, then "CORRIDOR: Raudsepp RESIGNS. Kid won.", round 50)
    if (shared >= 2 or (about is not None and about in people)) and (
        _set_up_thing(lead, other) or (lead.ts - other.ts <= MINUTES_APART and word_in_common(lead, other))
    ):
        return True
    return began_with_theirs(lead, other) or _answers_award(lead, other)


def updates_another_thing(lead: Moment, other: Moment) -> bool:
    """Whether `other` is labelled an update on a thing ("Update on the bucket: sold for RM3,200 to Dato' Sri Kamal
    Ariffin …", `lexicon.UPDATE_ON`) that the lead moment never names: it continues that thing's thread, whoever it
    names (round 50's Kuala Lumpur printed the auction's end as "It began earlier, when Sold for RM3,200 to bin
    Zainal" in the singalong that came after it)."""
    english = other.english
    if not english or not all(UPDATE_ON.search(r.sighting.what) for r in english):
        return False  # (a moment told by a report of its own beside the update: "update on the busker: …" after the
        # Stockwhip laid in his guitar case, Tamworth, is that moment's own thread)
    updated = {
        stem(w)
        for r in english
        for m in UPDATE_ON.finditer(r.sighting.what)
        for w in re.findall(r"[a-z]+", fold(m.group(1)))
    }
    if any(r.names[:1] and r.names[0] in lead.people for r in english):
        return False  # ("update on the costume: … Fien says if it's not here by 10 …": hers, tagged first; the jersey
        # she went on in is its payoff)
    updated = {w for w in updated if len(w) >= 3 and w not in STOPWORDS}
    if not updated or updated <= EVERYDAY:
        return False  # ("update on the trophy": every winner's, which the lead may call "his Best Director Lumière")
    named = {
        stem(w)
        for r in lead.reports
        for w in re.findall(r"[a-z]+", fold(f"{r.sighting.what} {r.sighting.quote or ''}"))
    }
    return updated.isdisjoint(named)


def began_with_theirs(lead: Moment, other: Moment) -> bool:
    """Whether an earlier moment of another person of the lead moment tells a thing they lost or left behind, and the
    lead moment its finding or its return, naming a thing both do (`subject`): Valdis "left the amber key on the
    taxi's back seat", then the driver "found the trophy" and walks in with the amber key. The driver's story began
    with it: its setup, unless its votes make it a story of its own (as many as the lead moment's)."""
    if other.first >= lead.first or other.lead is None or other.lead == lead.lead or other.lead not in lead.people:
        return False
    if other.votes >= lead.votes:
        return False  # (the Fusos' human tower, 400 votes, is their own story, though they count Roig's steps after;
        # a loss voted less than its find is how the find began: "Síle Ní Bhriain's fiddle is missing", 33 votes,
        # before "Found: the fiddle was in the Kilfenora Céilí Band's van", 45, break 68)
    return tells_its_loss(lead, other)


def tells_its_loss(lead: Moment, other: Moment) -> bool:
    """Whether an earlier moment tells a thing someone lost or left behind (`lexicon.LEFT_BEHIND`) that the lead moment
    finds or brings back (`_BROUGHT_BACK`), a thing both name (`subject`): the loss is told first, whoever lost it
    (`beats._told_order`: "Nare Simonyan lost an earring …", then the cloakroom attendant who found it)."""
    if other.first >= lead.first:
        return False
    losses = [m for r in other.english for m in LEFT_BEHIND.finditer(r.sighting.what) if not _left_a_place(m)]
    found = bool(losses) and any(_BROUGHT_BACK.search(r.sighting.what) for r in lead.english)
    if not found:
        return _mends_its_break(lead, other)
    if subject(lead, other):
        return True
    # ("lost an earring", then "EARRING UPDATE: found!!!": the thing lost, named by the lead, its label too)
    things = {w for m in losses for w in alnum_words(fold(m.string[m.end() : m.end() + 40]))[:3] if len(w) > 3}
    told = {w for r in lead.english for w in alnum_words(fold(r.sighting.what))}
    return bool(things & told)


# a thing broken, and the same thing mended ("the trophy hit the edge of a step and snapped off its base", then "put
# Ganeshwaran's snapped trophy back together with black gaffer tape", round 50's Kuala Lumpur)
_BROKE = re.compile(r"\b(?:snapped|broke|cracked|smashed|shattered|split|ripped|tore)\b")
_MENDED = re.compile(
    r"\b(?:taped|glued|mended|repaired|stitched|sewed|fixed|(?:put|stuck|held) (?:\S+ ){1,4}?back together)\b"
)


def _mends_its_break(lead: Moment, other: Moment) -> bool:
    """Whether an earlier moment tells a thing broken (`_BROKE`) that the lead moment mends (`_MENDED`), a thing both
    name (`_things_in_common`): the break is told first, whoever broke it."""
    if not any(_BROKE.search(r.sighting.what) for r in other.english):
        return False
    if not any(_MENDED.search(r.sighting.what) for r in lead.english):
        return False
    return bool(_things_in_common(lead, other) - _NOT_MENDED_THINGS)


_NOT_MENDED_THINGS = frozenset({"snap", "break", "crack", "split", "tape", "glue"})


def _left_a_place(m: re.Match[str]) -> bool:
    """Whether a loss's match is someone leaving a place ("he left the hall two minutes later"), no thing left
    behind (round 44's Baku: the singer who left the hall was told first, as a lost earring is)."""
    after = alnum_words(fold(m.string[m.end() : m.end() + 30]))
    return m.group(0).startswith("left ") and bool(after) and after[0] in PLACE_WORDS


# a thing lost or left behind (`lexicon.LEFT_BEHIND`), and found again
_BROUGHT_BACK = re.compile(
    r"\b(?:found (?:the|it|his|her|their)|returned|brought (?:it |the \w+ )?back|came back with|walks? in with|"
    r"turned up with|drove back|(?:handed|gave) (?:it|the \w+) back|found\b(?! (?:out|a seat|his seat|her seat))|"
    r"put (?:it|the \w+) (?:back )?in (?:her|his|their) (?:palm|hand|hands))\b",
    re.IGNORECASE,
)


def _things_in_common(lead: Moment, other: Moment) -> frozenset[str]:
    """The things two moments both tell, but what a performer carries or does all night (`_CARRIED`, `_PERFORMED`), a
    light verb ("go": "went on" and "not letting go"), a span of the clock
    ("minute") and a word of the people's names (`_no_names`: "grace" of Grace Okonjo, an everyday word as a name)."""
    shared = (lead.told_topic & other.told_topic) - _CARRIED - _CLOCK_WORDS - _PERFORMED - _LIGHT_VERBS
    return _no_names(shared, lead, other)  # (never "go": "went on" and "not letting go")


_CLOCK_WORDS = frozenset(stem(w) for w in wordset("second minute hour moment"))
_LIGHT_VERBS = frozenset(stem(w) for w in wordset("go get come"))  # (no thing: "went on")


# what a performer carries or plays all night: an earlier sighting of it starts nothing ("arrived carrying his own
# guitar case" is no start of his playing on in the dark hours later) unless it was a promise
_CARRIED = frozenset(
    stem(w)
    for w in wordset(
        "guitar piano drum drums violin fiddle saxophone sax trumpet bass keyboard mic microphone phone bag case "
        "glass drink coat jacket shoes sunglasses"
    )
)


# what a performer does all night: a choir that sang Happy Birthday in the cloakroom queue started nothing of the song
# it sang for its award 85 minutes later
_PERFORMED = frozenset(
    stem(w) for w in wordset("sing sang sung singing harmony play played playing perform band hold held")
)  # (a band, a hold: every act of a bandleader's night has them, "his band" hours before "stopped the band")


def _set_up_thing(lead: Moment, other: Moment) -> bool:
    """Whether an earlier moment names a thing the lead moment pays off (`subject`): a body part, or what a performer
    carries or plays all night (`_CARRIED`), only when it is a promise ("she would shave her head on stage", then the
    shave); "his face painted gold" is no start of the pie in his face an hour later."""
    shared = subject(lead, other)
    return bool(shared) and (not shared <= BODILY | _CARRIED | _PERFORMED or _vows(other))


def _same_people(lead: Moment, other: Moment) -> bool:
    """Whether an earlier moment is about the lead moment's own people again, two of them at least and no one else
    (tagged or named by surname, `_told_people`), its lead person among them, with votes of its own (RANK_VOTES) or
    weight for the story
    (`weighs`): "Lea Moor greeted Pia Sand in the corridor; Sand turned to the mirror" (120 votes) hours before the
    two of them reunite on stage for their old duet (800). The story's thread, whatever the lead moment's votes:
    told in its item (`Story.aside`, unless it is its `setup`), never an item of its own."""
    if other.first >= lead.first or other.lead is None or other.lead not in lead.people:
        return False
    people = _told_people(other, lead.people, related=False)
    return (
        len(people) >= 2
        and people <= set(lead.people)
        and (lead.lead is None or lead.lead in people)  # (never two others the payoff names in passing: the duo's hug
        # before the rapper's shave, "Lerato took one and Pieter put his in his wallet", round 44)
        and (other.votes >= RANK_VOTES or weighs(lead, other))
        and people <= _told_people(lead, people, related=False)  # (never "KJ" of "KJ's old man Des did it", nor
        # someone only a report in another language names: an aside in the room of a line heard there)
    )


def _on_thread(lead: Moment, about: str | None, other: Moment) -> bool:
    """An earlier moment led by one of the lead moment's people on its thread (`continues`: two of its people, or its
    lead person and its subject): a beat of the story when it carries weight of its own (`weighs`), told as what the
    story began with only when it is its `setup`, else after it, as a look back (`Story.aside`). Never a moment of two
    others the lead moment names in passing, without the story's own person (the duo's hug over the trophy before
    the rapper's shave, where "Lerato took one and Pieter put his in his wallet": round 44, Johannesburg)."""
    if other.lead is None or other.lead not in lead.people:
        return False
    if about is not None and about not in other.people and other.lead != lead.lead:
        return False
    return continues(lead, about, other)


# a promise, a vow, a bet: "if the Harbour Rats win he is shaving off his dreadlocks", "swore she'd dance on the bar"
_VOW = re.compile(
    r"\b(?:if (?:[\w'-]+ ){1,4}?(?:win|wins|lose|loses|won|lost|get|gets|beat|beats|take|takes)|vow(?:s|ed)?"
    r"|promis(?:e|es|ed)"
    r"|swore|swears|bet(?:s|ting)?|pledged?|(?:he|she|they|i)(?:'ll| will| would|'d) (?:shave|wear|sing|dance|jump|eat"
    r"|dye|cut|give|buy|kiss|carry|go on (?:in|as|without|with)|perform (?:in|as|without|with))"
    # a time set for something to watch for: "said to watch the wings at ten o'clock", "Ten o'clock, you watch"
    r"|watch (?:the [\w-]+ )?(?:at|by) [\w:]+ o'clock|o'clock,? you watch)\b"
)


def _vowed_there(lead: Moment, vow: Moment) -> bool:
    """Whether an earlier promise, vow or bet (`_vows`) names the place the lead moment happened at as where it will
    be paid ("he'll shave his moustache on the food-truck stage", then the shave filed from the food trucks, in Dutch
    and in notes that share no word with it): the lead moment pays it off."""
    texts = [fold(r.sighting.what) for r in vow.english]
    places = [
        ws
        for p in {r.place for r in lead.reports if r.place}
        if (ws := [stem(w) for w in re.findall(r"[a-z]+", p) if w not in STOPWORDS])
        and all(any(w in t for t in texts) for w in ws)  # (the cheap test first: each stem somewhere in the text)
    ]
    if not places or not _vows(vow):
        return False
    words = {stem(w) for t in texts for w in re.findall(r"[a-z]+", t)}
    return any(all(w in words for w in ws) for ws in places)


# a report saying a promise was kept: "kept the promise he made in the green room", "Promise kept.", "as promised",
# "as she had told us on the red carpet she would", "as he said he would"
_KEPT_PROMISE = re.compile(
    r"\b(?:kept (?:the|his|her|their|a) (?:promise|word|vow|pledge)|promise kept"
    r"|as (?:(?:he|she|they) )?(?:had )?promised|true to (?:his|her|their) word|what (?:[\w'-]+ ){1,3}(?:had )?promised"
    r"|as (?:he|she|they) (?:had )?(?:said|told (?:us|me|everyone))(?: [^.,;!?]{1,40})? (?:he|she|they) would)\b"
)  # ("To confirm what Horace Delacroix promised at 8:10: …")


def keeps_promise(m: Moment) -> bool:
    """Whether a moment's English report says it kept a promise made before it: that promise is its setup."""
    return any(says_kept(r.sighting.what) for r in m.english)


def says_kept(text: str) -> bool:
    """Whether a text says a promise was kept ("Karim Abou Zeid kept his word.", "Promise kept.")."""
    return _KEPT_PROMISE.search(fold(text)) is not None


def _vows(m: Moment) -> bool:
    """Whether a moment's English report (its text or quote) makes a promise, a vow or a bet (`_VOW`): the setup
    a payoff hangs on, told with it whatever its own votes."""
    return any(_vowed(fold(f"{r.sighting.what} {r.sighting.quote or ''}")) for r in m.english)


# what every match of `_VOW` holds, one of these (a folded text with none of them is not scanned)
_VOW_WORDS = ("if ", "vow", "promis", "swore", "swears", "bet", "pledge", "'ll ", " will ", " would ", "'d ", "watch")


def _vowed(folded: str) -> bool:
    return any(w in folded for w in _VOW_WORDS) and _VOW.search(folded) is not None


AWARD_ANSWERED = 90 * 60  # seconds: a moment this soon after an award result of its people answers it
# an award result: a category named ("Best Female Artist", "Album of the Year") in a report that tells it won, was
# handed over or went to someone ("Pip Lane won Best Female Artist", "walked out for Best Director and handed it to
# Rao", "Best Lead in a Play: Ivy Marr.")
_AWARD_NAME = re.compile(r"\b(?:Best [A-Z]|[A-Z]\w+ of the Year|Lifetime Achievement|Outstanding [A-Z])")
_AWARD_GIVEN = re.compile(
    r"\b(?:won|wins|beat|beats|took home|takes home|picked up|picks up|scooped|present(?:ed|s)?|handed (?:it|her|him)"
    r"|gave (?:it|her|him)|accept(?:ed|s)|collect(?:ed|s)|went to)\b|^[^.:]{4,60}: [A-Z]"
)


def _answers_award(lead: Moment, other: Moment) -> bool:
    """Whether `other` is the award result `lead` answers: told in English minutes before it (AWARD_ANSWERED), about
    the lead moment's people only (the winner the loser hugs), its text a result (`_AWARD_NAME`, `_AWARD_GIVEN`)."""
    if lead.ts - other.ts > AWARD_ANSWERED:
        return False
    people = _told_people(other)
    return (
        bool(people)
        and people <= set(lead.people)
        and any(_AWARD_NAME.search(r.sighting.what) and _AWARD_GIVEN.search(r.sighting.what) for r in other.english)
    )


def _award_result(m: Moment) -> bool:
    """Whether a moment's English report tells an award result (`award_told`)."""
    return any(award_told(r.sighting.what) for r in m.english)


def award_told(text: str) -> bool:
    """Whether a report's text tells an award result (`_AWARD_NAME`, `_AWARD_GIVEN`)."""
    return _AWARD_NAME.search(text) is not None and _AWARD_GIVEN.search(text) is not None


def _won_as_vowed(vow: Moment, result: Moment) -> bool:
    """Whether `result`, after a promise, a vow or a bet (`_vows`), is the award result it hangs on: "if the Harbour
    Rats win Best Group he is shaving off his dreadlocks", then "The Harbour Rats won Best Group." (a person it tags
    named in the vow's text, `_names_untagged`, or a thing both name, `subject`), its winner (the subject of its lead
    clause) one of the vow's people or named in its text: "Mira Solis won Album of the Year" is another person's award
    after "if the Moth Choir beat him to Album of the Year". The payoff is told with it."""
    if result.first <= vow.first or not _vows(vow) or not _award_result(result):
        return False
    if any(other_categories(v.sighting.what, r.sighting.what) for v in vow.english for r in result.english):
        return False  # (the vow hangs on Best Film: Best Actor to the film it names is another result, round 44)
    winner = result.lead
    if winner is not None and winner not in vow.people and not _names_untagged(vow.english, [winner]):
        return (
            False  # another person's award ("Mira Solis won Album of the Year; Kuyper clapped"): not what it hangs on
        )
    return bool(_names_untagged(vow.english, list(result.people))) or bool(subject(vow, result))


def _led_to(lead: Moment, other: Moment, tz: ZoneInfo | None) -> bool:
    """Whether a later moment is what `lead` led to: the lead moment held for it or named its time (`sets_up`),
    the person its search was for found (`_finds`), or two of its people still on its subject (a word in common:
    "Vance did her whole set in Carvajal's boots" after Carvajal gave her the boots)."""
    if sets_up(other, lead, tz) or _finds(other, lead):
        return True
    return len(set(lead.people) & _told_people(other, lead.people)) >= 2 and not lead.told_topic.isdisjoint(
        other.told_topic
    )


def merged(told: Moment, other: Moment) -> Moment:
    """One moment of a moment told and its retelling (`retellings.retells`): every report of both, in time order
    (each credited when the body tells it, each quote kept, every vote counted)."""
    return Moment(sorted({r.index: r for r in (*told.reports, *other.reports)}.values(), key=lambda r: r.index))


SETUP_HOLD_MINUTES = 15  # a report held at least this long is waiting for something
SETUP_RELEASE_WINDOW = 20 * 60  # ...and that something is a moment within this many seconds of its release


def sets_up(lead: Moment, other: Moment, tz: ZoneInfo | None = None) -> bool:
    """`other` is the setup of `lead`: an earlier moment about one of the lead moment's people that its own
    reporter held back until about when `lead` happened ("she is not on the list: holding this"), or (with the
    show's timezone) that named the time `lead` happened at (`appointed`: "Ask me at nine."): a promise it pays off,
    so it is the first act of the same story."""
    if other.first >= lead.first or other.lead is None or other.lead not in lead.people:
        return False
    if tz is not None and appointed(lead, other, tz):
        return True
    for r in other.reports:
        s = r.sighting
        if s.publish_at is None or (s.publish_at - s.created_at).total_seconds() < SETUP_HOLD_MINUTES * 60:
            continue
        release = s.publish_at.timestamp()
        if any(abs(release - x.ts) <= SETUP_RELEASE_WINDOW for x in lead.reports):
            return True
    return False


def appointed(lead: Moment, other: Moment, tz: ZoneInfo) -> bool:
    """An earlier report of `other` (its text or quote) named the time that `lead` happened at, that night
    (`appointments.keeps_appointment`: "Ask me at nine." at 18:45, the reveal at 21:00)."""
    return any(
        keeps_appointment(f"{r.sighting.what} {r.sighting.quote or ''}", r.ts, lead.ts, tz) for r in other.reports
    )


_DEFINITE = re.compile(r"\b(?:the|that)\s+([a-z' ]+)")


_FOUND = re.compile(r"\b(?:found (?:her|him|them)|turned up|tracked (?:her|him|them) down)\b")
_SEARCH = re.compile(
    r"\b(?:(?:has|have) (?:anyone|anybody|you) seen|(?:anyone|anybody) (?:has |had )?seen|looking (?:for|everywhere)"
    r"|searching|(?:can't|cannot|couldn't) find|nobody (?:can|could) find|gone missing|where is)\b"
)


def _finds(later: Moment, earlier: Moment) -> bool:
    """Whether a moment finds someone ("FOUND HER.", "turned up in the boiler room") that an earlier one
    searched for ("asking if anyone has seen his aunt", "nobody could find him"): the search is its premise."""
    return any(_FOUND.search(fold(r.sighting.what)) for r in later.reports) and any(
        _SEARCH.search(fold(r.sighting.what)) for r in earlier.reports
    )


def _references(told: Moment, before: Iterable[Moment]) -> frozenset[str]:
    """The words a moment's text or quote refers back to that the story's other moments never give: the head of a
    definite phrase ("she meant the holiday") and a quote's words (“Nine nominations.”), stemmed; and, whatever
    they give, the thing a reporter's running thread updates ("update on the cake:", told before the cake is named
    by anyone after it)."""
    given = frozenset().union(*(m.topic for m in before))
    everyday = {stem(w) for w in EVERYWHERE}
    found: set[str] = set()
    updated: set[str] = set()
    for r in told.reports:
        found.update(
            w for w in r.features().quote_tokens if len(w) >= 5 and w not in everyday and w not in STOPWORDS
        )  # (never "until": a function word refers back to nothing; "nobody" hours apart neither, `_far_words`)
        for phrase in _DEFINITE.findall(fold(r.sighting.what)):
            word = _head(phrase.split())
            if len(word) >= 5 and word not in EVERYWHERE and word not in PLACE_WORDS:  # ("the whole corridor": where)
                found.add(stem(word))
        for phrase in UPDATE_ON.findall(fold(r.sighting.what)):  # "update on the cake:": whatever its length
            word = _head(phrase.split())
            if len(word) >= 3 and word not in PLACE_WORDS:
                updated.add(stem(word))
    return frozenset((found - given - _PERFORMED - told.setting) | updated)  # ("the harmony is clean": a choir's,
    # no reference; "the depot": the venue)


def _far_words(words: frozenset[str], told: Moment, earlier: Moment) -> frozenset[str]:
    """The words a told moment refers back to, as far as an earlier one hours before can give them: never "nobody"
    or "everyone" ("Nobody leaves until the pans are done" at 23:15 refers to no "Nobody ever sang" at 20:10); minutes
    apart they may ("Nobody touch those" after "Nobody inside can hear her")."""
    return words - _ANYONE if told.ts - earlier.ts > MINUTES_APART else words


_ANYONE = frozenset(
    stem(w) for w in wordset("nobody somebody someone anyone anybody everyone everybody nothing something everything")
)


def _head(words: list[str]) -> str:
    """The noun a definite phrase ends on: its last word before a function word or a verb in the past ("velvet
    jacket inside out" → "jacket", "holiday" → "holiday", "best film envelope turned up" → "envelope")."""
    head = ""
    for k, w in enumerate(words):
        if w in STOPWORDS or (k and head and is_past_verb(w)):
            break  # ("the best film envelope | turned up in …": the phrase ends where its verb begins)
        head = w
    return head


def _places(m: Moment) -> set[str]:
    """Where a moment's reports were filed (folded, none when not given)."""
    return {r.place for r in m.reports if r.place}


def _with_premise(lead: Moment, chosen: list[Moment], pool: Iterable[Moment]) -> list[Moment]:
    """The follow-ups, with the premise one of the story's moments presupposes when the story does not tell
    it: an earlier moment sharing a person that gives a word a told moment refers back to (`_references`:
    "she meant the holiday" after "If she wins, I'm going on holiday", a bet, a promise, a role). In a free
    place, else instead of the weakest follow-up that is weaker than the premise (the premise of a payoff
    before a lesser beat; the one that refers back to it too, if it is the weaker)."""
    floor = FOLLOW_UP_SHARE * lead.score
    told = [lead, *chosen]
    # about the lead moment's own lead person (not a side character it shares: the star is everywhere)
    candidates = [
        m
        for m in pool
        if m.score >= floor
        and m not in told
        and lead.lead is not None
        and (
            lead.lead in m.people
            or lead.lead in _told_people(m, (lead.lead,))
            or (not m.people and bool(_places(m) & {r.place for t in told for r in t.reports}))
        )
    ]
    if not candidates:
        return chosen
    refs = [(t, _references(t, (x for x in told if x is not t))) for t in told]
    for m in sorted(candidates, key=lambda m: m.priority[1:]):
        if not any(
            m.first < t.first and ((words and not _far_words(words, t, m).isdisjoint(m.topic)) or _finds(t, m))
            for t, words in refs
        ):
            continue
        if not m.tellable or updates_another_thing(lead, m):
            continue  # (an update on a thing the story never names is that thing's: never its premise)
        if len(chosen) < MAX_FOLLOW_UPS:
            return [*chosen, m]
        kept = keeps_promise(lead)  # (the promise the lead moment keeps stays: "kept the promise he made")
        weakest = min(
            (x for x in chosen if not (kept and x.first < lead.first and _vows(x))), key=lambda x: x.score, default=None
        )
        if weakest is None or weakest.score >= m.score:
            return chosen
        return [x if x is not weakest else m for x in chosen]
    return chosen
