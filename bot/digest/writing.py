"""The words of the digest: an item's body (its headline: `item_headline`, from what the body tells of its lead
moment, `lead_told`), the title and the intro.

A story is told once, as prose, in English: the lead moment first (the moment the headline promises opens the item), its
setups briefly after its scene (never between two of its sentences), before its quotes, as what it began with ("It
began hours earlier, when …", `_began`, `_with_setup`: never pasted before it, never after its closing quote; one short
act of the lead person's folded in front of the lead sentence instead, "After winning …, Pratt …", and a setup that only
says where someone was never told: `setup_copy`; a pointer at a promise, "as he had
promised", "kept his word", "True to her word", goes from the lead moment's paragraph, and from every paragraph when the
item tells no promise: the promise is told once, after the lede, or never pointed at, `_without_promise_back`), then
each follow-up in time order in its own paragraph opened with a light connective ("Later, …", "Minutes later, …"; one
filed while the beat before it was going on, within three minutes of its last report, in that beat's paragraph with
none, `_during`: never "Later" for the same hug); an earlier moment outside the thread, which sets up nothing, last
("Earlier in the night, …"). A lead moment that is only a quote, said within 30 minutes of an event of its speaker the
story tells, is told in that event's paragraph, the event first (`said_at`: "… then bowed. “I landed on my feet,” Ashby
said afterwards."), and the headline is written from the event. A lead moment opening on a short sentence only its setup
explains ("The Tin Larks played it.") is told after its setups (`_leans_back`). Every
sentence printed from a report's copy reads as prose (`prose.reads_as_prose`; the others are not printed): a moment is
told by the first of its English reports (in the order they may speak for it, `_english`; the lead moment's, the one
holding its news first, `news.news_first`: the body opens with the headline's sentence) when it has such a sentence,
else by the best voted of the others that has one (`_speaking`), told first when a stronger report of the moment, pinned
or better voted, has none of its copy told (`_stands_in`; its quote is printed); when none has, by its quote with
its speaker ("Bettina Kroll said: “…”"); else it is not told (a follow-up not told is not credited; a lead moment not
told: the story is not built, `tells`; a pinned moment is told however it was written). A
moment is told in that report's words and, best-voted first, what its other reports add (`_told_reports`: a person, a
number, an object, what happened next; never the same event in other words, nor a note; more when the body would be
under 50 words: its cause, its payoff, `write`) while its copy and quotes stay within 110 words (90 when the story tells
more moments, 50 for a follow-up), in time order (a set-up before its punchline; in the lead moment the report that
speaks for it first when its first sentence stands alone, `_opens_alone`, and an earlier report only tells how things
stand, `_background`: that setup or background, "Her
son has been the sound engineer for twenty years", follows the act, never opens the item), made copy (`copyedit`: no
chat, no bookkeeping, the past tense, no clock time pointing back: "As he had promised at 20:10" is "… earlier in the
evening" when the item tells the promise, else left out; any other clock time in words, `clock.in_words`: "just
before ten"; `polish`: the desk's last pass) with its people named as the roster spells them (`naming`), then its
distinct quotes, each with who said it, after the text of the report it was said in (an answer to another speaker's line
after that line, whenever it was filed: `_answers_last`; a line that looks ahead whose note only frames it, filed a
minute or more before anyone reported the act, as said before it, never as a reaction: "Minutes earlier, Park said: “If
I trip tonight, cut to the ads.”", `_earlier_on`). A
moment whose note only frames its quote ("Overheard at the bar") is told as the quote with its speaker ("At the bar,
Mavis Okonkwo said: …", placed only by the report that carries the quote, its frame or its note's place, never by
another report's frame; not told when nobody is known to have said it); so is one reported only in another language when
its quote is in English. Reports in other languages are never printed: they corroborate and are credited; a line in
another language is quoted as written (the strongest one, when its report drew more votes than its speaker's English
lines in the moment); an item prints its three most voted distinct lines (`_item_quotes`). No credits, ids or counts in
the body: the renderers add one credit line per item, naming the reports the body tells (`_tells_some_of`: a
correspondent whose report the item leaves out is not credited), and every report of the lead moment the readers voted
for, about someone the body names (`credits.witnessed`: it corroborates; EDITORIAL.md credits everyone who reported
it). Told once (`_told_once`): a sentence
whose content words are mostly told already in the item (a bet's condition, "if the Harbour Rats win Best Group", tells
nothing yet), or whose quote is, is not printed again; an act a paragraph tells twice is told once, by its fuller
telling, where it was first told (`_fuller_once`: "Vale put his trumpet in Teo's hands." before the quote and "…
took out the trumpet he had played for forty years and put it in Teo's hands." after it); a beat that opens on a
retelling in other words, whoever wrote it (its people named already, its past verb and most of its content words told:
"Later, Lind gave statue to lighting guy Reyes." after "Lind gave Reyes her statue …"), is not told at all (what follows
in it leans on it), and the beat after it says how long after the last beat told it came; a beat left with nothing new
is not told nor credited. A body keeps within 160 words (`_fit`): the lead moment's paragraph in whole sentences, then
each follow-up while it fits whole."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from weakref import WeakKeyDictionary

from bot.limits import DESCRIPTION_MAX, clip
from bot.models import Show

from .bodycopy import plain_body, undated
from .clauses import sentences
from .clock import in_words, without_time_label
from .copyedit import (
    capitalise_sentences,
    clock_back_references,
    cut_at_pauses,
    narrate,
    outside_quotes,
    quote_text,
    subject_of,
    thin_place,
    tidy,
)
from .credits import witnessed
from .deskframe import mid_report, own_act, story_first, subject_named, without_desk_talk
from .frames import opens_on_scene, told_to
from .gates import story_text, telegraphic
from .glosses import glossed, translated
from .groups import called_groups
from .hygiene import is_junk, junk_share, prose, with_full_stop, word_count
from .item_headline import LeadTold, handles_of, headline
from .labels import caps_label
from .language import FUNCTION_WORDS, english_line
from .lede_keep import with_lead_named
from .lexicon import CONNECTIVE_HEAD, EVERYWHERE, NUMBER_WORDS, STOPWORDS
from .moments import Moment, frames_only, vote_tier
from .naming import Names
from .news import news_first
from .night import NameBook, Report, claim_words
from .noteplace import heard_at
from .openings import opened_on_names
from .orphans import costume_explained, hangs, orphaned, without_intro
from .overheard import overheard, said_by
from .places import PLACE_WORDS, place_phrase, within
from .polish import (
    introduced_once,
    polish,
    verbless,
    without_live_now,
    without_retelling,
    without_retold_quote,
)
from .pronouns import pronoun_of, with_pronouns
from .prose import has_finite_verb, printable, reads_as_prose
from .quoted import Hidden, keeping_all_quotes, keeping_quotes, line_given
from .relatives import apposed_relatives, has_relative
from .retellings import SAME_ACT_SECONDS
from .retold import retells_act
from .sentenced import in_sentences
from .setup_copy import folded, only_there
from .shorthand import past_clauses, unfolded
from .standalone import as_subject, kept_word
from .stories import Story
from .textutil import alnum_words, first_name, fold, number_word, short_name, squash, wordset
from .verbs import IRREGULAR, looks_like_verb
from .voice import active_voice
from .voices import heard_from, voice_of
from .withdrawn import without_withdrawn

QUOTES_PER_MOMENT = 3
QUOTES_PER_ITEM = 3
_LOWER_STARTERS = wordset(
    """
    the a an his her their its our this that these those someone somebody everyone everybody nobody crew
    at in on by near outside inside behind overheard
"""
)
_LABEL_MAX_WORDS = 3


@dataclass(frozen=True, slots=True)
class Written:
    """An item's words and the reports they tell."""

    headline: str
    body: str
    reports: list[Report]  # in time order


def speaker_of(r: Report, moment: Moment, book: NameBook) -> str | None:
    """Who said a report's quote: `quote_by` when given, else the moment's only person, else the one of its
    people the report says spoke (`_says_who_spoke`), else nobody (the body tells it as overheard)."""
    if r.speaker is not None:
        return book.display.get(r.speaker, squash(r.sighting.quote_by or ""))
    if len(moment.people) == 1 and not book.display[moment.people[0]].lower().startswith("the "):
        if _someone_else_acts(prose(r.sighting.what)):
            return None  # "The cloakroom attendant taped Bram's poem up": the attendant may have said it
        if _calls(r.sighting.quote or "", moment.people[0], book, anywhere=True):
            return None  # "A hobby is something you give up, Poldi.": said to Poldi, never by him
        return book.display[moment.people[0]]  # (a band, "The …", does not speak one line)
    return _says_who_spoke(prose(r.sighting.what), r.sighting.quote or "", moment.people, book)


# (each pattern is matched at a name form's places in the text, so none is compiled per name: a night names hundreds)
_SPEECH_AFTER = re.compile(
    r"(?:,[^,“”]{1,40},)? (?:told|tells|asked|asks|said|says|snapped|shouted|yelled|whispered|added)\b"
)
_SPEECH_BEFORE = re.compile(r"(?<=\bsaid |\bsays |\basks |\badds )|(?<=\basked |\badded )")  # (right before it)
_SENTENCE_START = re.compile(r"^|(?<=[.!?] )")
_NAME_STARTS = re.compile(r"(?<![\w'’-])")
_NAME_ENDS = re.compile(r"(?![\w'’-])")


def _says_who_spoke(text: str, quote: str, people: Sequence[str], book: NameBook) -> str | None:
    """The one of a moment's several people its report says spoke: a name before a verb of saying ("Lind told Reyes
    …", "Lind, to Reyes: …"), after "said" ("…, said Lind"), or the subject of a sentence that goes on to say it
    ("Vesper Lane stopped Otto in the corridor and told him …"); of two people, the one the quote does not call by
    name ("You made me cry, Otto."); None when it says no one so, or more than one (the quote is not pinned on the
    first name)."""
    folded = fold(text)
    found = []
    called = []
    for key in people:
        display = book.display.get(key, key)
        forms = _name_forms(key, book)
        if _calls(quote, key, book):
            called.append(display)  # "…, Idris.": said to them
        if any(_says_it(folded, form) for form in forms):
            found.append(display)
    if not found and len(people) == 2 and len(called) == 1:
        return next(book.display.get(k, k) for k in people if book.display.get(k, k) != called[0])
    return found[0] if len(found) == 1 else None


def _name_forms(key: str, book: NameBook) -> set[str]:
    """The folded forms a text may name a person by: the roster's names and aliases, the display name, the surname."""
    display = book.display.get(key, key)
    return {fold(f) for f in (*book.forms.get(key, ()), display, display.split()[-1]) if len(f) > 2}


def _calls(quote: str, key: str, book: NameBook, *, anywhere: bool = False) -> bool:
    """Whether a quote calls a person by name, first or last ("Idris, sit down.", "You never gave up, Poldi."): said
    to them, never by them. With `anywhere`, a name standing on its own between any of its stops ("You never gave up
    on it, Benno. Never."): enough to say it is not theirs, not to say who else said it (`_says_who_spoke`)."""
    spoken = [p.strip() for p in re.split(r"[,.!?;:]\s*", fold(quote).strip("\"“”'‘’ ")) if p.strip()]
    if not spoken:
        return False
    display = book.display.get(key, key)
    said = set(spoken) if anywhere else {spoken[0], spoken[-1]}
    return bool(said & (_name_forms(key, book) | {fold(display.split()[0])}))


_WENT_ON = re.compile(
    r"(?![\w'’-])([^.!?“]{0,80}?) and (?:then )?(?:told|asked|said|snapped|shouted|yelled|whispered)\b"
)
_PRONOUN_SUBJECT = re.compile(r"\b(?:he|she|they|who)\b")


def _says_it(folded: str, form: str) -> bool:
    """Whether a (folded) text has a name form say something: the form before a verb of saying ("lind told …", "lind,
    to reyes, said"), after one ("…, said lind"), or opening a sentence that goes on to say it ("lind stopped otto in
    the corridor and told him …"; not when a pronoun takes over: "… and she told …")."""
    went_on: re.Match[str] | None = None
    at = folded.find(form)
    while at >= 0:  # (each place the form stands, as a search for each pattern would try them)
        end = at + len(form)
        if _NAME_STARTS.match(folded, at) and _SPEECH_AFTER.match(folded, end):
            return True
        if _SPEECH_BEFORE.match(folded, at) and _NAME_ENDS.match(folded, end):
            return True
        if went_on is None and _SENTENCE_START.match(folded, at):
            went_on = _WENT_ON.match(folded, end)  # (the first sentence it opens that says it: that one's words)
        at = folded.find(form, at + 1)
    return went_on is not None and not _PRONOUN_SUBJECT.search(went_on.group(1))


_SOMEONE_ELSE = re.compile(r"^(?:[Tt]he|[Aa]n?) (?:[a-z][\w-]* ){0,2}[a-z][\w-]*(?<!'s) (?=[a-z])")


def _someone_else_acts(text: str) -> bool:
    """Whether a report's text opens on someone the roster does not name doing something ("The cloakroom
    attendant had taped …", "A runner brought …"): a quote it carries, said by nobody named, is not given to
    the moment's person on a guess."""
    m = _SOMEONE_ELSE.match(text)
    if m is None:
        return False
    rest = text[m.end() :].split(" ", 1)[0]
    return looks_like_verb(rest, after_name=True)


def quotes_of(moment: Moment, book: NameBook) -> list[tuple[str, str | None]]:
    """The moment's distinct quotes in English, in time order, each with its speaker (a few at most, the
    strongest): an English quote in a report written in another language is printed; a line typed with its
    translation ("on verra (= we'll see)") is not English, and never a headline's."""
    return [(quote, speaker) for quote, speaker, _ in _quotes(moment, book) if translated(quote)[1] is None]


def _line_in_english(r: Report) -> bool:
    """Whether a report's line (`_quotes`: its quote, else its text when only a quotation) is in English."""
    return r.features().quote_english or (not r.sighting.quote and r.english)


def _quotes(moment: Moment, book: NameBook, *, foreign: bool = False) -> list[tuple[str, str | None, int]]:
    """`quotes_of`, each with the index of the report it came from: the strongest few (most votes), in time
    order. With `foreign`, as the body tells them: a line in another language too, quoted as written, the
    strongest one of a speaker who has no English line in the moment (beside their English line it may be its
    translation, told twice, and the English reader gets nothing from it: the editor is asked to translate the
    one printed, `DigestItem.to_translate`); a headline never uses one."""
    seen: set[str] = set()
    found: list[tuple[str, str | None, int]] = []
    strength: dict[int, int] = {}
    others: list[tuple[str, str | None, int]] = []
    for r in moment.reports:
        raw = line_given(r.sighting.what, r.sighting.quote)  # (a post that is only a quotation gives its line)
        if not raw or is_junk(raw):
            continue
        quote = quote_text(prose(raw)).strip('"“”„«» ')
        key = " ".join(alnum_words(fold(quote)))  # ("Size eleven. You'll manage." and "Size eleven, you'll manage!")
        if not quote:
            continue
        if key in seen:  # the same line again: told once, by the report that says who said it, if one does
            at = next((k for k, q in enumerate(found) if q[1] is None and _key(q[0]) == key), None)
            if at is not None and (said_by := speaker_of(r, moment, book)) is not None:
                strength[r.index] = max(r.sighting.votes, strength.pop(found[at][2]))
                found[at] = (quote, said_by, r.index)
            continue
        seen.add(key)
        strength[r.index] = r.sighting.votes
        if _line_in_english(r):
            found.append((quote, speaker_of(r, moment, book), r.index))
        elif foreign:
            others.append((quote, speaker_of(r, moment, book), r.index))
    # a line of words none of them English beside its speaker's English line ("Nami ngangigeza izitsha eHillbrow."
    # and "I washed dishes in Hillbrow"): the same words in a language the reader cannot read, never printed
    twice = [q for q in found if q[1] is not None and sum(1 for o in found if o[1] == q[1]) > 1]
    if twice:  # (asked only of a speaker with two lines: most moments have one a speaker)
        unread = {q[2] for q in twice if not english_line(q[0])}
        readable = {q[1] for q in twice if q[2] not in unread}
        found = [q for q in found if q[2] not in unread or q[1] not in readable]
    found = [q for q in found if q[1] is not None or not _heard_as_said(q[0], found)]
    heard = {speaker for _, speaker, _ in found}  # who has an English line
    other = max(
        (q for q in others if q[1] is not None and q[1] not in heard),
        key=lambda q: (strength[q[2]], -q[2]),
        default=None,
    )
    found.extend([other] if other else [])
    strongest = sorted(found, key=lambda q: (-strength[q[2]], q[2]))[:QUOTES_PER_MOMENT]
    return sorted(strongest, key=lambda q: q[2])


def _key(quote: str) -> str:
    return " ".join(alnum_words(fold(quote)))


SAME_LINE_WORDS = 2  # an overheard line sharing this many content words, and half of its own or the other's...


def _content_words(line: str) -> frozenset[str]:
    return frozenset(w for w in alnum_words(fold(line)) if w not in STOPWORDS and len(w) > 1)


def _heard_as_said(line: str, found: list[tuple[str, str | None, int]]) -> bool:
    """Whether an overheard line (nobody known to have said it) is another report's wording of a line the moment
    gives its speaker: "Half of it is yours, Kicki. Always was" overheard beside Strand's "You have done my face for
    forty years. Half of this is yours" (…is the same line, quoted once: by its speaker)."""
    words = _content_words(line)
    for other, speaker, _ in found:
        if speaker is None:
            continue
        shared = words & _content_words(other)
        if len(shared) >= SAME_LINE_WORDS and 2 * len(shared) >= min(len(words), len(_content_words(other))):
            return True
    return False


def attributed(quote: str, speaker: str | None, told: str, names: Names | None = None, heard: str = "") -> str:
    """`“It's a look now,” Zoë Delacroix said.` — or, when nobody is known to have said it, overheard (`heard`:
    where, "in the corridor"; `overheard.overheard`): `Overheard in the corridor: “…”`.
    A speaker already named in `told` (the text before) is called by their family name (in the order the
    roster gives it, when `names` knows the speaker), or in full when someone else there shares it.
    A quote typed with its translation is printed with it: `“On verra” (“We'll see”), Mori said.`"""
    said, meaning = translated(quote)
    if speaker is None:  # nobody is known to have said it: overheard, never pinned on the person just named
        return overheard(said if meaning is not None else quote, heard, meaning)
    if meaning is not None:
        line = attributed(said[:1].upper() + said[1:], speaker, told, names)
        head, rest = line[1:].split("”", 1)
        return f"“{head.rstrip(',')}” (“{meaning}”){',' if head.endswith(',') else ''}{rest}"
    surname = names.surname(speaker) if names else short_name(speaker)
    named = (
        fold(speaker) in fold(told) or re.search(rf"(?<!\w){re.escape(fold(surname))}(?!\w)", fold(told)) is not None
    )
    by_given = frozenset(names.again_as.values()) if names else frozenset()  # a child: "Haruto" is no "Ishikawa"
    shared = _surname_shared(speaker, surname, told, by_given)
    name = surname if named and not shared else speaker  # (Names.again's rule)
    if not named and names is not None and (legal := names.legal_of(speaker)):
        name = f"{speaker} ({legal})"  # "DJ Sky (Skylar Brennan-Ito) said", at the first mention
    verb = "added" if _just_said(name, told) else "said"
    return said_by(quote, name, verb)


def _just_said(name: str, told: str) -> bool:
    """Whether the sentence just before already has this speaker saying something ("Venn said a real ring
    was coming.", “…,” Venn said.): a second "Venn said" straight after it reads as a stutter."""
    said = sentences(told)
    if said and "“" in said[-1]:  # their line just before: “…,” Venn said. “…,” Venn added.
        return said[-1].endswith((f"” {name} said.", f"” {name} added."))
    return (
        bool(said)
        and f"{name} said" in said[-1]  # (the cheap test first: no pattern built for a text without it)
        and re.search(rf"\b{re.escape(name)} said\b", said[-1]) is not None
    )


def _surname_shared(speaker: str, surname: str, told: str, by_given: frozenset[str] = frozenset()) -> bool:
    """Whether the text before names someone else with the speaker's surname ("his mum Annika Lindqvist"
    before Annika's quote): "Lindqvist said" would be ambiguous. A possessive before the surname is not a given
    name ("K-pop's Han Ji-woo"); a name written family name first has its given name after it; someone the item
    names again by their given name (`by_given`: a child, "Haruto") leaves the surname to the other."""
    if surname == speaker:
        return False
    if surname not in told:  # (the cheap test first: no pattern built for a text without the surname)
        return False
    n = re.escape(surname)
    if speaker.startswith(surname + " "):  # "Han Ji-woo": "Han Min-seo" is someone else
        given = speaker[len(surname) + 1 :].split()[0]
        others = re.findall(rf"\b{n}\s+([^\W\d_][\w'’-]*)", told)
    else:
        given = first_name(speaker)
        others = [w for w in re.findall(rf"([^\W\d_][\w'’-]*)\s+{n}\b", told) if not w.endswith(("'s", "’s"))]
    return any(
        w not in given.split() and w[:1].isupper() and fold(w) not in STOPWORDS and w not in by_given for w in others
    )  # not "Then Lindqvist"; not "José" of "María José Hernández"


def _scene_only(place: str, speaker: str | None) -> str:
    """A frame's place without the note's own who-to-whom after it ("at the cloakroom, Marisol to her
    manager" → "at the cloakroom" when Marisol Quintero said it): the frame names the speaker itself."""
    head, sep, tail = place.partition(", ")
    if not sep or speaker is None:
        return place
    said_by = {w for w in fold(speaker).split() if len(w) >= 3}
    return head if said_by & set(fold(tail).split()) else place


def _framed(quote: str, speaker: str, place: str) -> str:
    """A quote told as its moment, with who said it: "At the bar, Mavis Okonkwo said: “…”" (a quote nobody is
    known to have said tells no moment)."""
    if _OPEN_END.search(quote):  # (the sentence it ends needs its stop: “… than with him.”)
        quote += "."
    earlier = place.lower().startswith(("minutes earlier", "earlier"))  # said before the act told above it
    said = f"{speaker} {'had said' if earlier else 'said'}: “{quote}”"
    return f"{place[:1].upper()}{place[1:]}, {said}" if place else said


# a quote's last character a Latin letter or a digit (a CJK one needs no Latin stop): a sentence left open
_OPEN_END = re.compile("[^\\W_\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7a3]$")


_LABEL_HEAD = re.compile(r"^([^:.!?\"“]{2,30}):\s+(?=[A-Za-z])")


_SCENE_MAX_WORDS = 5
_SCENE_STARTS = wordset("back after before during between end at in on from outside inside")


def _scene_head(head: str) -> bool:
    """Whether a note's label sets the scene ("Back from the break", "After the second ad break")."""
    return fold(head.split()[0]) in _SCENE_STARTS


def _label(text: str) -> tuple[str, str]:
    """A note's label taken off ("Press room: Toby …" → "Toby …", "in the press room"; "End of show: Birch …"
    → "Birch …"; after the reporter's connective, "Later, Afterparty upstairs: Lapointe …" → "Later, Lapointe …",
    "at the afterparty upstairs"): the text, and where the label says it happened ("" when it is not a place)."""
    connective = _LABEL_CONNECTIVE.match(text)
    opening = connective.group(0) if connective else ""
    text = without_time_label(
        undated(text[len(opening) :])
    )  # "eleven bells, near enough (22:56): …": no place, no news
    m = _LABEL_HEAD.match(text)
    if (
        m is None
        or word_count(m.group(1)) > (_SCENE_MAX_WORDS if _scene_head(m.group(1)) else _LABEL_MAX_WORDS)
        or (looks_like_verb(m.group(1).split()[-1], after_name=True) and not _label_place(m.group(1)))
    ):
        return opening + text, ""
    head = m.group(1)
    where = _label_place(head)
    rest = text[m.end() :]
    if rest[:1].islower():  # "Side entrance: a man in a bear suit …": only a place labels a sentence in lower case
        return (opening + rest[:1].upper() + rest[1:], where) if where else (opening + text, "")
    return opening + rest, where


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
_PARTICIPLE_TAIL = re.compile(r", (?=[a-z]+ing\b|and |but )")


def _placed(text: str, where: str) -> str:
    """`where` put in the first sentence: for the "here" or "there" it stands for ("Lapointe was there with the
    trophy" → "Lapointe was at the rooftop bar with the trophy"), before a participle or a second clause after the
    first ("Pratt was with Sen, sharing chips" → "Pratt was with Sen at the back bar, sharing chips"; "…, and half
    the room …"), else at its end ("… at the mic in the press room.")."""
    first = sentences(text)[0] if text else ""
    if not first or where.split()[-1] in first.lower():
        return text
    here = _HERE.search(first)
    tail = _PARTICIPLE_TAIL.search(first)
    if here:
        placed = first[: here.start("here")] + where + first[here.end("here") :]
    elif tail and has_finite_verb(first[: tail.start()]):  # (not inside an apposition: "Ada Moss, 81, waiting …")
        placed = f"{first[: tail.start()]} {where}{first[tail.start() :]}"
    else:
        body = first.rstrip(".!?")
        placed = f"{body} {where}{first[len(body) :]}"
    return text.replace(first, placed, 1)


_OWN_CONNECTIVE = re.compile(r"^(?:Later(?: on| that night)?|Then|Afterwards|After that|Meanwhile)[,:]\s+(?=\S)")


def _as_follow_up(text: str, connective: str, name_words: frozenset[str] = frozenset()) -> str:
    """A follow-up's text after its connective: a label ("Uno result:") dropped, a common first word in
    lower case ("Later, the Uno game …", "Earlier, seating at table 9 …"; not the "The" of a title: "Later,
    The Glass Cage won …", nor a name), no live "now" in the sentence the connective places ("Later, Lund
    was now in …" → "Later, Lund was in …")."""
    head, sep, tail = text.partition(": ")
    if sep and word_count(head) <= _LABEL_MAX_WORDS and tail[:1].islower():
        text = tail
    text = _OWN_CONNECTIVE.sub("", text, count=1) or text  # the reporter's own "Later," gives way to ours
    first, _, after = text.partition(" ")
    title = first == "The" and after[:1].isupper()  # "The Glass Cage won …": a title or a band keeps its "The"
    if (
        (first.lower() in _LOWER_STARTERS and not title)
        or _common_opening(first, after, name_words)
        or opens_on_scene(text)
    ):
        text = text[:1].lower() + text[1:]
    return connective + keeping_quotes(_without_placed_now, text)


_COMMON_OPENERS = STOPWORDS | FUNCTION_WORDS["en"] | frozenset(NUMBER_WORDS)
_BEFORE_NAMES = wordset("both all")  # an opener that may stand before the names it counts


def _common_opening(first: str, after: str, name_words: frozenset[str]) -> bool:
    """Whether a note's capitalised first word is an everyday word, capitalised only because it opened the
    note ("Seating war …", "Two publishers …", "Everyone …"): never a name of the item's people, "I", a word
    in capitals, or a word whose next word is capitalised too (a title or a name: "Velvet Rooks")."""
    word = first.strip(",.;:!?")
    if not word[:1].isupper() or not word[1:].islower() or word == "I" or fold(word) in name_words:
        return False
    if word.lower() in _BEFORE_NAMES:
        return True  # "Later that night, both Kalle Virtanens were by the fire": a quantifier before the names
    if after[:1].isupper():
        return False
    lowered = word.lower()
    return lowered in _COMMON_OPENERS or (lowered.endswith("ing") and len(lowered) > 5)


def _without_placed_now(text: str) -> str:
    opening, *rest = sentences(text) or [""]
    return " ".join([without_live_now(opening, placed=True), *rest])


def _told_order(story: Story) -> tuple[list[Moment], list[Moment]]:
    """The story's moments in the order the body tells them, and its setups. The lead moment first (the moment the
    headline promises opens the item, pinned or not), then its follow-ups in time order; last, an earlier moment
    of the same person that is not part of the thread (`Story.aside`: "Earlier in the night, …"), which sets up
    nothing. A setup (an earlier moment of the thread, a pinned moment's scene) is told after the lead moment in
    one sentence (`_began`), never pasted before it; a setup whose event the lead moment already tells
    (`_sets_scene`) is not told at all."""
    lead = story.moment.first
    event = said_at(story)
    beats = [m for m in story.moments[1:] if m is not event]
    earlier = [m for m in beats if m.first < lead and (m is story.scene or _sets_scene(m, story.moment))]
    later = [m for m in beats if m.first > lead]
    setups = sorted((m for m in earlier if not story.aside(m)), key=_first)
    asides = sorted((m for m in earlier if story.aside(m)), key=_first)
    if event is not None:  # a quote about an event of its speaker: the event first, the quote in its paragraph
        return [event, story.moment, *sorted(later, key=_first), *asides], setups
    if setups and _leans_back(story.moment):  # "The Tin Larks played it.": its setup says what "it" is, first
        return [*setups, story.moment, *sorted(later, key=_first), *asides], []
    return [story.moment, *sorted(later, key=_first), *asides], setups


_LEANING_MAX_WORDS = 6
_LEANING = wordset("it them")


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


def _sets_scene(setup: Moment, lead: Moment) -> bool:
    """Whether a setup is told before the lead moment: it has words of its own that the lead moment does not
    already tell, or, reported only in another language, a quote in English (the premise a payoff needs:
    "In the VIP lounge, Felix said: “Deal. I don't lose.”")."""
    if setup.thin:
        return setup.tellable
    return bool(_english(setup)) and not _retold(setup, lead)


def _first(m: Moment) -> int:
    return m.first


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
    event = claim_words(_PARENTHETICAL.sub("", opening)) - names  # not "(the film)"
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
    (`Story.aside`); any other beat says how long after the one before it came (`_next_beat`)."""
    out: dict[int, str] = {}
    lead = story.moment
    order, _ = _told_order(story)
    event = said_at(story)
    for k, m in enumerate(order[1:], start=1):
        before = order[k - 1]
        if m is lead and event is not None:
            continue  # the quote, told in its event's paragraph
        if _during(before, m):
            out[m.first] = ""  # the same act going on: no "Later", told in its paragraph (`_during`)
        elif before is lead and event is not None:
            out[m.first] = _after_lead(m.ts - max(lead.ts, event.ts))
        elif m.first < lead.first and before.first >= lead.first:
            out[m.first] = "Earlier in the night, "
        elif before is lead:
            out[m.first] = _after_lead(m.ts - before.ts)
        else:
            out[m.first] = _next_beat(m.ts - before.ts)
    return out


def _during(before: Moment, m: Moment) -> bool:
    """Whether a later beat was filed while the beat told before it was still going on: its first report within
    SAME_ACT_SECONDS of that beat's last (a hug still going, the room still singing). It is never "Later, …": it
    is told in that beat's paragraph, with no connective."""
    return m.first > before.first and m.ts - max(r.ts for r in before.reports) <= SAME_ACT_SECONDS


_BEGAN_SCENE = re.compile(
    r"^((?:[Ii]n|[Aa]t|[Oo]n|[Oo]utside|[Ii]nside|[Bb]ehind|[Bb]y|[Nn]ear|[Dd]uring|[Bb]etween|[Bb]efore|[Aa]fter"
    r"|[Bb]ackstage) [^,“:]{2,50}), (?=[^\W\d_])"
)


SETUP_WORDS = 35  # a setup told after the lead moment: its first sentence, and what follows within this many words
SETUP_QUOTE_WORDS = 20  # ... and its quote of up to this many words whatever the setup's length (a promise's words)


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


def _began(told: str, gap: float, name_words: frozenset[str], since: float | None = None, *, cause: bool = True) -> str:
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
    first = _EARLIER.sub("", _OWN_CONNECTIVE.sub("", said[0], count=1), count=1) or said[0]
    if mid_report(first):  # "when she had never seen him win anything, he said, …": the setup's own act, or nothing
        own = next((s for s in said[1:] if own_act(s, name_words)), None)
        if own is None:
            return ""
        first, said = own, [own]
    spoken = _QUOTED_TEXT.findall(first)
    if spoken and not all(english_line(q) for q in spoken) and word_count(_QUOTED_TEXT.sub("", first)) < 4:
        return ""  # ("when Nam said: “Bà ơi, cả Hà Nội …”": a line the English reader cannot read is no setup)
    words = word_count(first)
    more: list[str] = []
    for sentence in said[1:]:  # what follows while the setup stays short: its quote, the fact a payoff needs
        count = word_count(sentence)
        if words + count > SETUP_WORDS and not ("“" in sentence and count <= SETUP_QUOTE_WORDS):
            break  # (its quote is told all the same: “If I win, I'm going in the avanto. Dress and all.”)
        words += count
        more.append(sentence)
    if only_there(first) and not more:
        return ""  # "It began minutes earlier, when Crush was on the main stairs": a scene, no cause
    if not reads_as_prose(first, name_words) or caps_label(first) or _dangling_that(first):
        return ""  # "when CORR B1: Lo and Cheng pass each other, nod, cold.", "told us by the lifts that, win or lose."
    quote = "".join(f" {sentence}" for sentence in more)
    if since is not None:
        return _as_follow_up(first, _next_beat(since), name_words) + quote
    if not cause:  # another moment of other people did not "begin" this one
        return _as_follow_up(first, f"{_ago(gap)[:1].upper()}{_ago(gap)[1:]}, ", name_words) + quote
    scene = _BEGAN_SCENE.match(first)
    when = _ago(gap)
    if scene is not None:
        when = f"{when} {scene.group(1)[:1].lower()}{scene.group(1)[1:]}"
        first = first[scene.end() :]
    if first.startswith("“"):  # its words first: “Ask me at nine,” Kroll said.
        return f"It began {when}: {first}{quote}"
    return _as_follow_up(first, f"It began {when}, when ", name_words) + quote


def _with_setup(lead: str, setups: list[str]) -> tuple[str, int]:
    """The lead moment's paragraph with its setups told after its scene: after the sentences before its first quote,
    never between two sentences of the scene ("… beatboxed while her grandfather sang. It began earlier, when …
    Several reporters stood to applaud." separated the applause from what it applauds), never after the closing
    quote ("… “Mama, it's got your name on it too,” Bell said. It began hours earlier, when …"): the cause before the
    payoff's lines. They are cut to the whole sentences that keep the paragraph within BODY_WORDS: the lead moment's
    own sentences are never cut for them. Also how many setups are told (their first sentence at least)."""
    hidden = Hidden(single=False)
    said = sentences(hidden.hide(lead))
    at = 1
    while at < len(said) and "“" not in hidden.show(said[at]):
        at += 1  # (never between two sentences of the scene: "… sang. Several reporters stood to applaud.")
    room = BODY_WORDS - len(lead.split())
    kept: list[str] = []
    told = 0
    for setup in setups:
        shown = Hidden(single=False)
        for k, sentence in enumerate(shown.show(x) for x in sentences(shown.hide(setup))):
            if len(" ".join([*kept, sentence]).split()) > room:
                break
            kept.append(sentence)
            told += k == 0
        else:
            continue
        break
    own = [hidden.show(x) for x in said]
    return _SAID_AGAIN.sub(r"\1\2 added.", " ".join([*own[:at], *kept, *own[at:]])), told


# a speaker's line right after their line the setup closed on: “Deal. Bring a bigger bag,” Ostend said. “Deal is a
# deal,” Ostend added.
_SAID_AGAIN = re.compile(r"(” ([A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?) said\. “[^“”]*” )\2 said\.")


# a pointer at a promise ("As he had promised, …", "…, as promised.", "as she said she would", "True to his word, …"):
# the promise is told after the lede or not at all, never before the pointer; the pointer would tell it twice, or point
# at what the reader never saw
_PROMISE_BACK = re.compile(
    r"(?P<lead>^|, )(?:(?:[Jj]ust )?[Aa]s (?:promised|(?:[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?|he|she|they|we) (?:had )?"
    r"(?:promised|vowed|sworn|swore|said (?:he|she|they|we) would|bet|warned))"
    r"|[Tt]rue to (?:his|her|their) (?:word|promise))"
    r"(?: (?:earlier(?: in the evening| that night| tonight)?|hours earlier|minutes earlier))?"
    r"(?: (?:on|at|in) the (?:red )?(?:carpet|arrivals|door|bar|interview|press room))?"
    r"(?P<tail>,\s*|(?=[.;!?]))"
)
# a setup that is a promise in the reporter's words ("promised on the carpet that if he wins, he will …")
_VOWED = re.compile(r"\b(?:promis(?:ed|es)|vow(?:ed|s)|swore|swears|bet|pledged)\b")
# "Rook Talib kept his word: he sat …" / "… kept her promise and walked …": the act itself, without the pointer
_KEPT_WORD = re.compile(
    r"\bkept (?:his|her|their) (?:word|promise)(?:\s*[:,—–-]\s*(?:he|she|they) |,? and (?:then )?)(?=[a-z])"
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
    for k, sentence in enumerate(sentences(hidden.hide(text))):
        shown = hidden.show(sentence)
        own = _QUOTED_TEXT.sub(" ", shown)
        kept_by = kept_word(shown)
        if kept_by is not None or (k and (_SAID_BY_CLOCK if told else _NAMED_PROMISE).search(own)):
            named = named or kept_by or ""
            continue
        if named:
            shown, named = as_subject(shown, named), ""
        kept.append(shown)
    return capitalise_sentences(outside_quotes(" ".join(kept) if kept else text, edit))


def _without_trailing_pointer(text: str) -> str:
    """A text without a pointer at a promise that closes a sentence after a comma ("… with his new trophy, just as he
    had promised on the carpet." → "… with his new trophy."): the clause a headline must never be written from. One
    opening or inside a sentence ("As promised, …", "Ortiz, as she said she would, did …") is left as it is."""
    if "romised" not in text and " would" not in text and " vow" not in text and " swor" not in text:
        return text
    return _PROMISE_BACK.sub(lambda m: "" if m.group("lead") and not m.group("tail") else m.group(0), text)


_EARLIER = re.compile(r"^Earlier(?: (?:tonight|today|this evening|on))?,? (?=\S)")  # the reporter's own "earlier"


def _english(moment: Moment) -> list[Report]:
    """The moment's reports the article may print, in the order they may speak for it (`Moment.speaking`): the
    first whose copy reads as prose tells it (`_speaking`)."""
    return [r for r in moment.speaking if r.english and not r.junk]


# the reporter pointing at what only they saw ("the envelope from earlier", "the coats from before"): the reader
# never saw it; the item tells the setup (`_told_order`) or the thing is simply "the envelope"
_BACK_REFERENCE = re.compile(r"(?<=\w) from (?:earlier|before)(?: tonight)?(?=[\s,.;:!?]|$)", re.IGNORECASE)


def _copy(r: Report) -> str:
    """A report's text as copy (before names and tense): its reporter's chatter left out (`gates`), no pointer
    at what only the reporter saw ("from earlier")."""
    what = glossed(cut_at_pauses(prose(r.sighting.what)))  # a quote in another language with its translation
    what = past_clauses(unfolded(what, r.sighting.people))  # a telegraphic note in sentences (`shorthand`)
    copy = tidy(story_text(what) or what)
    return _BACK_REFERENCE.sub("", copy) if " from " in copy else copy


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


# a first word that leans on the sentence before it ("She then …", "Then …"), though a name may spell it ("Will", "May")
_LEANING = frozenset({"he", "she", "they", "it", "his", "her", "their", "its", "then", "this", "that", "there", "also"})
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
_AND_CLAUSE = re.compile(r",? and (?=(?:it|he|she|they|the [a-z]+|[A-Z][\w'’-]+) [a-z]+ed\b)")


def _told_then(sentence: str, known: frozenset[str], name_words: frozenset[str]) -> str | None:
    """The clause after "and" of a sentence whose words before it are all told already ("Ortiz dropped the award
    on the stairs and it smashed" beside "Ortiz dropped her award on the way down the stairs"): what it adds, as a
    sentence of its own ("It smashed."); None when the sentence has no such clause or tells more before it."""
    m = _AND_CLAUSE.search(sentence)
    if m is None or "“" in sentence:
        return None
    if claim_words(sentence[: m.start()]) - name_words - known:
        return None  # (the head tells something too: the whole sentence is `_adds`' to judge)
    tail = sentence[m.end() :]
    return tail[:1].upper() + tail[1:]


_NUMBER = re.compile(r"\b\d+(?:[.,:]\d+)?\b")


def _numbers(text: str) -> set[str]:
    """The numbers a text gives, in figures ("four" and "4" are one number)."""
    words = {NUMBER_WORDS.get(w, "") for w in text.split() if w.islower()} - {""}  # (not a title's "Ten")
    return set(_NUMBER.findall(text)) | words


def _new_number(sentence: str, told: str) -> bool:
    """Whether a sentence gives a number the told text does not ("in four minutes flat" beside a report
    without it): a concrete fact of the moment."""
    return bool(_numbers(sentence) - _numbers(told))


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
    # the moment's people the told text does not name yet (a group's members are named with it: `NameBook.members`)
    named = [
        p for k, p in zip(moment.people, people, strict=True) if not _names(p, text) and not _in_group(k, text, book)
    ]
    for r in strongest:
        copy = _copy(r) if r.pin is None else narrate(_copy(r))  # (the editor's pinned note, told as a sentence)
        if thin_place(copy) is not None:
            continue
        kept = []
        quoted = r.features().quote_english and (printed is None or r.index in printed)  # what it saw: the scene
        # (its first sentence is the told act in other words: only a fact it adds, or what happened next after "and";
        # not the scene of its own quote the item prints)
        again = not quoted and r.pin is None and retells_act(r, chosen)
        for at, sentence in enumerate(sentences(copy)):
            thin = (short and count < SHORT_WORDS) or r.pin is not None  # (the editor's pin: what it adds is told)
            someone_new = any(_names(p, sentence) for p in named)
            retold = again and at == 0 and not (someone_new or _new_number(sentence, text))
            if retold or not _adds(sentence, known, text, name_words, quoted, someone_new, thin):
                tail = _told_then(sentence, known, name_words) if thin else None
                if tail is None or not _adds(tail, known, text, name_words, quoted, someone_new, thin):
                    continue
                sentence = tail  # "… dropped the award on the stairs and it smashed": "It smashed."
            count += word_count(sentence)
            if count > words:
                break
            kept.append(sentence)
            known |= claim_words(sentence)
            text = f"{text} {sentence}"
            named = [p for p in named if not _names(p, sentence)]
        if kept:
            told.append((r, " ".join(kept)))
        if count > words or len(told) - 1 == others:
            break
    if opens:  # an earlier report's background follows the act ("Her son has been the sound engineer …")
        at = chosen.index
        return sorted(
            told, key=lambda p: (at if p[0].index < at and _background(p[1]) else p[0].index, p[0] is not chosen)
        )
    return sorted(told, key=lambda pair: (not (lede and pair[0] is chosen), pair[0].index))


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
    ("" when they name the same place, or either names none). A short note's own place ("Karim at the bar")
    says it over the report's `where`, which the bot may have remembered from the correspondent's last post."""
    here = fold(told.sighting.where or "")
    noted = _noted_place(said.sighting.what)
    if noted:
        return "" if not here or here in fold(noted) or within(noted, here) else noted
    there = fold(said.sighting.where or "")
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
    text = without_withdrawn(narrate(names.body(text), lead, names.words(), names.surname), moment, book, names.words())
    text = active_voice(text, _objective(names) if " by " in text else None)  # (pronouns only asked for a passive)
    if has_relative(text):
        text = apposed_relatives(text, [names.display[k] for k in names.people])
    text = _asked_mid_text(polish(telegraphic(text, names.words()), names.words()), names)
    text = _proper_places(text, moment)
    return with_full_stop(_placed(text, where) if where else text)


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


def _paragraph(
    moment: Moment,
    book: NameBook,
    names: Names,
    lead: str | None,
    told: str,
    connective: str,
    *,
    beat: bool = False,
    words: int = LEAD_DETAIL_WORDS,
    quoted: Collection[int] | None = None,
    short: bool = False,
) -> str:
    """A moment told (after `connective`): its report's copy, every sentence of it prose (`prose`), in the first
    report (in the moment's order, `_english`) that has such a sentence, with what its other reports add within
    `words` words (`_told_reports`), and the quotes of the reports in `quoted` (all when None: `_item_quotes`);
    else its quote with its speaker; else "" (not told)."""
    reports = _english(moment)
    quotes = _quotes(moment, book, foreign=True)
    cleanest = reports[:1]
    if not beat:  # the lead moment: the report holding its news speaks for it (`news`), so the lede is the news
        reports = _news_ordered(
            moment, reports, book, lambda r: _speaking(moment, [r], book, names, lead, quotes) is not None
        )
    lede = reports[:1] != cleanest  # (its text first, whatever the time)
    opens = False  # (its text before an earlier report's background: `_background`)
    parts: list[str] = []
    answer = ""
    text = _copy(reports[0]) if reports and (not moment.thin or moment.pin is not None) else ""
    if not reports and moment.pin is not None:  # the editor pinned a report in another language: told as is
        text = tidy(prose(moment.speaker.sighting.what))
    place = thin_place(text) if text else (thin_place(_copy(reports[0])) if reports else "")
    if (
        place is None
        and quotes
        and all(verbless(s, names.words()) and not reads_as_prose(s, names.words()) for s in sentences(text))
        and (not reports or _with_frames(text, reports[0], quotes, book, names.words()) == text)
    ):  # "Imani's answer, after a long pause:": a note that only frames its quote (and names nobody it was said
        place = ""  # to, which `_with_frames` would tell as a sentence), told as the quote
    if text and place is None and reports:  # the first report with a sentence that reads as prose speaks
        speaking = _speaking(moment, reports, book, names, lead, quotes, beat=beat)
        reports = [speaking, *(r for r in reports if r is not speaking)] if speaking else []
        text = text if speaking else ""
        opens = not lede and not beat and bool(reports) and _opens_alone(_copy(reports[0]), names.words())
    telling = [reports[0]] if reports else []
    if text and place is None:
        told_copy = (
            _told_reports(
                moment, reports, book, names.words(), words, printed=quoted, lede=lede, short=short, opens=opens
            )
            if reports
            else [(moment.speaker, text)]
        )
        if reports and not lede and _stands_in(reports[0], reports, {id(r) for r, _ in told_copy}):
            told_copy.sort(key=lambda pair: pair[0] is not reports[0])  # (it tells the stronger report's act first)
        told_copy = [(r, _with_frames(copy, r, quotes, book, names.words())) for r, copy in told_copy]
        telling = [r for r, _ in told_copy] if reports else []
        told_texts = [_told(c, moment, book, names, lead) for _, c in told_copy]
        answer = _closing_quote(told_texts)  # ("Asked why 4: “…”" is told with who answered, after the quotes)
        parts.extend(
            _gated(t, moment, names, opening=beat, lead=None if beat or k else lead) if reports else t
            for k, t in enumerate(told_texts)
        )  # (a pin: as is)
    elif any(q[1] for q in quotes):  # a note that only frames its quote, or no sentence of prose: its quote says it
        framing = next((q for q in quotes if q[1] and _line_in_english(_report(moment, q[2]))), None)
        framing = framing or next(q for q in quotes if q[1])
        quote, speaker, origin = framing
        carrier = _report(moment, origin)  # (its place is the report's that carries it, never another report's)
        if carrier is not (reports[0] if reports else moment.speaker):
            place = thin_place(_copy(carrier)) if carrier.english else None
        where = place or _noted_place(carrier.sighting.what) or place_phrase(carrier.sighting.where or "")
        parts.append(_framed(quote, names.mention(speaker or ""), _scene_only(where, speaker)))
        quotes = [q for q in quotes if q is not framing]
    else:
        return ""  # nothing to tell in prose, no quote with its speaker: not told
    # each quote after the text of the report it came from; a quote of a report not told, after the first
    told_at = {r.index: k for k, r in enumerate(telling)}
    home = told_at.get(reports[0].index, 0) if reports else 0
    placed: dict[int, list[tuple[str, str | None, str]]] = {}
    quotes = _readable(quotes, moment, " ".join([told, *parts]), names)
    quotes = _answers_last([q for q in quotes if quoted is None or q[2] in quoted], moment)
    answered: dict[str | None, int] = {}  # the part each speaker's last line is told after
    heard: dict[str, str] = {}  # where a line nobody is known to have said was heard, by line ("in the corridor")
    voices: dict[str, str] = {}  # a line nobody is credited with, by the voice its note describes (`voices`)
    for quote, speaker, origin in quotes:
        k = told_at.get(origin, home)
        if _answers(quote, _report(moment, origin)):  # after the line it answers, wherever its report is told
            k = max([k, *(at for who, at in answered.items() if who != speaker)])
        answered[speaker] = k
        # a quote of a report not told, said somewhere else than the text told: framed by its own place
        scene = "" if origin in told_at or not telling else _elsewhere(_report(moment, origin), telling[k])
        if origin not in told_at and telling:  # said minutes before or after the text told: says so
            said = _report(moment, origin)
            before = _earlier_on(said, moment)  # (before the act, wherever: "Minutes earlier, in the wings, …")
            scene = (
                f"{before}, {scene}" if before and scene else (before or scene or _later_on(said.ts - telling[k].ts))
            )
        placed.setdefault(k, []).append((quote, speaker, scene))
        heard[quote] = "" if speaker else _heard_where(_report(moment, origin).sighting.what)
        carrier = _report(moment, origin)  # (a note that only frames its line says whose voice it was)
        if speaker is None and frames_only(carrier) and (voice := voice_of(carrier.sighting.what)) is not None:
            voices[quote] = voice  # ("on the phone, back stairs": a voice on the phone, never the person called)
    texts, parts = parts, []
    for k, part in enumerate(texts or [""]):
        if part:
            parts.append(part)
        for quote, speaker, scene in placed.get(k, []):
            if fold(quote) in fold(" ".join(texts)):
                continue  # the reporter already put it in the text
            said_by = speaker or (_unnamed_speaker(parts[-1]) if parts else None)
            if speaker is None and quote in voices:
                parts.append(heard_from(quote, voices[quote]))
            elif scene and said_by:
                parts.append(_framed(quote, names.mention(said_by) if speaker else said_by, scene))
            else:
                if parts:  # the narration does not tell what the quote says
                    parts[-1] = without_retold_quote(parts[-1], quote, names.words()) or parts[-1]
                parts.append(attributed(quote, said_by, " ".join([told, *parts]), names, heard.get(quote, "")))
            if speaker:
                names.mention(speaker)
    if answer:  # "Asked why 4: “It's later now.”" answers what was said before it
        speaker = next((sp for _, sp, _ in reversed(quotes) if sp), None)
        parts.append(printable(_answered(answer, names.mention(speaker) if speaker else None), names.words()))
        parts = [p for p in parts if p]
    paragraph = " ".join(parts)
    if paragraph and connective:
        paragraph = _as_follow_up(paragraph, connective, names.words())
    return capitalise_sentences(paragraph)


_ANSWERING = re.compile(
    r"\b(?:answer(?:ed|s)?|repl(?:ied|ies|y)|retort(?:ed|s)?|(?:shot|fired|called|hit) back|respond(?:ed|s)?"
    r"|heckl(?:ed|es)|counter(?:ed|s))\b"
)
_ABOUT_THEM = re.compile(r"^(?:he|she|they)(?:'s|’s|'d|’d|'ll|’ll)?\b", re.IGNORECASE)


def _answers(quote: str, r: Report) -> bool:
    """Whether a quote answers another person's line: its report says so ("Marta Quinn answered from the back of the
    bar"), or it opens on the one it answers, "he" or "she" ("He's still late. Forty years late.", "She still owes
    me a quid for the mint.")."""
    return _ABOUT_THEM.match(quote) is not None or _ANSWERING.search(fold(r.sighting.what)) is not None


def _answers_last(quotes: list[tuple[str, str | None, int]], moment: Moment) -> list[tuple[str, str | None, int]]:
    """A moment's quotes with each answer (`_answers`) after the lines of the other speakers it answers: a reply
    filed a minute before the line it answers is still printed after it ("“I have never been late for anything in
    my life,” Pell said. “He's still late. Forty years late,” Quinn said."). Lines of one speaker, or none that
    answers another, keep their time order."""
    if len({speaker for _, speaker, _ in quotes}) < 2:
        return quotes
    answers = [q for q in quotes if _answers(q[0], _report(moment, q[2]))]
    if not answers or len(answers) == len(quotes):
        return quotes
    return [q for q in quotes if q not in answers] + answers


def _news_ordered(
    moment: Moment, reports: list[Report], book: NameBook, speaks: Callable[[Report], bool]
) -> list[Report]:
    """The lead moment's reports with the one holding its news first (`news.news_first`) when that one `speaks`
    for the moment (`_speaking`); else as they were: a report that cannot open the body is not moved up to be told
    as a second beat, retelling the first."""
    ordered = news_first(moment, reports, _copy, book)
    return reports if ordered[:1] != reports[:1] and not speaks(ordered[0]) else ordered


def _speaking(
    moment: Moment,
    reports: list[Report],
    book: NameBook,
    names: Names,
    lead: str | None,
    quotes: list[tuple[str, str | None, int]],
    *,
    beat: bool = False,
) -> Report | None:
    """The report whose copy tells the moment: the first (in the moment's order) when it has a sentence that reads
    as prose (for a `beat` besides the lead moment, its first sentence: what follows leans on it); else, of the
    others that have one, the best voted (by `vote_tier`, then in the moment's order: the pinned 225-vote note that
    cannot be printed is told by the 30-vote report of the same act, never by the 14-vote "the lights came back");
    a pinned moment's first whatever its copy (the editor chose it); None when none can."""

    def prints(r: Report) -> bool:
        return thin_place(_copy(r)) is None and bool(_printed(r, moment, book, names, lead, quotes, beat))

    if reports and prints(reports[0]):
        return reports[0]
    others = sorted(enumerate(reports[1:]), key=lambda pair: (-vote_tier(pair[1].sighting.votes), pair[0]))
    speaking = next((r for _, r in others if prints(r)), None)
    return speaking or (reports[0] if moment.pin is not None and reports else None)


def _stands_in(speaking: Report, reports: list[Report], told: Collection[int]) -> bool:
    """Whether the report that speaks for a moment stands in for a stronger one of `reports` (pinned, or in a
    higher `vote_tier`) none of whose copy is told (`told`: the ids of the reports told): then it is told first,
    whatever the time ("Rosa Medina climbed on a table … and led the room in Rain Song" before "The lights came
    back after six minutes", for the pinned telegraphic note of her act)."""
    if speaking.pin is not None:
        return False
    tier = vote_tier(speaking.sighting.votes)
    return any(
        id(r) not in told and (r.pin is not None or vote_tier(r.sighting.votes) > tier)
        for r in reports
        if r is not speaking
    )


def _gated(text: str, moment: Moment, names: Names, *, opening: bool = False, lead: str | None = None) -> str:
    """`text` with only its sentences that read as prose, its connective kept ("Later, 31 minutes. The queue …"
    → "Later, the queue …"); a pinned moment's text as it is when none does; the lead moment's sentence naming
    its `lead` when what is kept names them nowhere (`lede_keep`)."""
    kept = with_lead_named(text, printable(text, names.words(), opening=opening), lead)
    return _connective_kept(text, kept, names) or (text if moment.pin is not None else "")


def _connective_kept(paragraph: str, kept: str, names: Names) -> str:
    """`kept` (what is left of a paragraph) opened with the paragraph's connective when its opening sentence went."""
    opening = _LEADING_CONNECTIVE.match(paragraph)
    if opening is None or not kept or kept.startswith(opening.group(0)):
        return kept
    return _as_follow_up(_LEADING_CONNECTIVE.sub("", kept), opening.group(0), names.words())


def _printed(
    r: Report,
    moment: Moment,
    book: NameBook,
    names: Names,
    lead: str | None,
    quotes: list[tuple[str, str | None, int]],
    beat: bool = False,
) -> str:
    """A report's copy as the body would print it, only its sentences that read as prose ("" when none does)."""
    copy = _with_frames(_copy(r), r, quotes, book, names.words())
    mentioned = set(names.mentioned)  # (a trial: nobody counts as named by it)
    text = _told(copy, moment, book, names, lead)
    names.mentioned = mentioned
    return printable(text, names.words(), opening=beat)


def _item_quotes(story: Story, book: NameBook) -> set[int]:
    """The reports whose quotes an item prints besides the one that tells a moment by its quote: the distinct lines
    of its moments, the most voted first, QUOTES_PER_ITEM at most (each told after the text it answers)."""
    lines: dict[str, tuple[int, int]] = {}
    for m in story.moments:
        for quote, _, origin in _quotes(m, book, foreign=True):
            key = " ".join(fold(quote).split())
            votes = _report(m, origin).sighting.votes
            if key not in lines or (-votes, origin) < (-lines[key][0], lines[key][1]):
                lines[key] = (votes, origin)
    return {origin for _, origin in sorted(lines.values(), key=lambda v: (-v[0], v[1]))[:QUOTES_PER_ITEM]}


def _readable(
    quotes: list[tuple[str, str | None, int]], moment: Moment, text: str, names: Names
) -> list[tuple[str, str | None, int]]:
    """The quotes a paragraph tells, a line in another language after the English ones (a reply, not the words it
    answers), and only when its speaker is someone the text already names (the reader knows who they are)."""
    foreign = [q for q in quotes if not _line_in_english(_report(moment, q[2]))]
    if not foreign:
        return quotes
    words = set(re.findall(r"[^\W_]+", fold(text)))
    kept = [q for q in foreign if q[1] is not None and set(re.findall(r"[^\W_]+", fold(names.surname(q[1])))) <= words]
    return [q for q in quotes if q not in foreign] + kept


def _with_frames(
    copy: str, r: Report, quotes: list[tuple[str, str | None, int]], book: NameBook, name_words: frozenset[str]
) -> str:
    """A report's copy with each note that frames its quote ("Varga between sets, to the floor manager:", the words
    after its colon or in the report's quote) told as the sentence carrying it (`frames.told_to`): "Between sets,
    Varga told the floor manager: “…”". The report's own quote goes with its last sentence when its speaker is the
    frame's."""
    said = sentences(copy)
    if not said:
        return copy
    own = next(((q, sp) for q, sp, origin in quotes if origin == r.index), None)
    for k, sentence in enumerate(said):
        last = k == len(said) - 1
        if ":" not in sentence and not (last and own):
            continue  # (the cheap test first: a frame names its addressee before its words)
        framed = (
            told_to(sentence, None, name_words) if ":" in sentence and ("“" in sentence or '"' in sentence) else None
        )
        if framed is None and last and own is not None:
            framed = told_to(sentence, own[0], name_words)
            if framed is not None and own[1] is not None and not _names_speaker(framed, own[1], book):
                framed = None  # "Strand to Kroll:" with Kroll's words: not a frame this rule can read
        if framed is not None:
            said[k] = framed
    return " ".join(said)


def _names_speaker(framed: str, speaker: str, book: NameBook) -> bool:
    """Whether the subject of a frame told as a sentence ("Between sets, Varga told …") is one of the speaker's
    names."""
    subject = set(fold(framed.split(" told ", 1)[0]).replace(",", " ").split())
    forms = book.forms.get(fold(speaker), (speaker,))
    return any(subject & set(fold(form).split()) for form in forms)


_PARENTHETICAL = re.compile(r"\s*\([^()]*\)")
_APPOSITIVE = re.compile(r"^(The [a-z]+), [^,]{1,30},")  # "The usher, Deshawn, was watching": "The usher was …"


def _unnamed_speaker(text: str) -> str | None:
    """Who a quote nobody is credited with was said by, when the sentence just before it is about one
    person the roster does not know: "she" ("She was up forty dollars." → “…,” she said), "the usher"
    ("The usher was watching from the wings …", "The usher, Deshawn, was …"); None otherwise."""
    said = sentences(text)
    words = _APPOSITIVE.sub(r"\1", _PARENTHETICAL.sub("", said[-1])).split() if said else []
    if len(words) < 3:
        return None
    if words[0] in ("She", "He"):
        return words[0].lower()
    if words[0] == "The" and words[1].isalpha() and words[1].islower() and words[2] in ("was", "had"):
        return f"the {words[1]}"
    if (
        len(words) > 3
        and words[0] == "The"
        and words[1:3] == [w.lower() for w in words[1:3]]
        and words[3] in ("was", "had")
    ):
        return f"the {words[1]} {words[2]}"  # "The cloakroom attendant had taped …"
    return None


def _closing_quote(parts: list[str]) -> str:
    """The text's last sentence taken off `parts` when it holds a quote of its own after a question ("Asked
    why 4: “It's later now.”"): the moment's other quotes were said before it."""
    if len(parts) != 1:
        return ""
    said = sentences(parts[0])
    last = said[-1] if len(said) > 1 else ""
    if "“" not in last or not fold(last).startswith(("asked", "when asked")):
        return ""
    parts[0] = parts[0][: parts[0].rindex(last)].rstrip()
    return last


_ASKED = re.compile(r"^((?:When )?[Aa]sked [^:“]+):\s*(“.+)$")


def _answered(answer: str, speaker: str | None) -> str:
    """ "Asked why 4: “It's later now.”" with who answered: "Asked why 4, Wiśniewska answered: “It's later now.”"."""
    m = _ASKED.match(answer)
    if m is None or speaker is None:
        return answer
    return f"{m.group(1)}, {speaker} answered: {m.group(2)}"


BODY_WORDS = 160  # EDITORIAL: bodies are 50–160 words


def _fit(paragraphs: list[str], lead: int, limit: int, words: int = BODY_WORDS) -> str:
    """The paragraphs within `limit` characters and `words` words (as an editor counts them: between spaces), in
    their order: the lead moment's (`lead`) is kept (its whole sentences within the words, the first at least;
    cut at `limit` if it must be), then the others in order while they fit whole."""
    first = _within_words(paragraphs[lead], words)
    if len(first) > limit:
        return clip(first, limit)
    kept = {lead}
    fitted = {lead: first}
    for i, paragraph in enumerate(paragraphs):
        trial = {**fitted, i: paragraph}
        text = "\n\n".join(trial[k] for k in sorted(trial) if trial[k])
        if i not in kept and len(text) <= limit and len(text.split()) <= words:
            kept.add(i)
            fitted = trial
    return "\n\n".join(fitted[k] for k in sorted(fitted) if fitted[k])


def _within_words(paragraph: str, words: int) -> str:
    """A paragraph's whole sentences while they stay within `words` words (the first whatever its length)."""
    if len(paragraph.split()) <= words:
        return paragraph
    hidden = Hidden(single=False)
    kept: list[str] = []
    for sentence in sentences(hidden.hide(paragraph)):
        if kept and len(hidden.show(" ".join([*kept, sentence])).split()) > words:
            break
        kept.append(sentence)
    return hidden.show(" ".join(kept))


def lead_told(story: Story, book: NameBook) -> LeadTold:
    """What the body tells of the story's lead moment, the only words its headline is written from
    (`item_headline`): the copy of the reports that tell it (the one that speaks for it first, a frame told as the
    sentence carrying its quote, people named as a headline names them) and its quote with its speaker."""
    m = said_at(story) or story.moment  # (a quote said at an event of its speaker: the event is headlined)
    names = Names(book, story.people)
    lead = book.display[story.lead] if story.lead is not None else None
    quotes = quotes_of(m, book)
    quote, speaker = next(((q, s) for q, s in quotes if s), (quotes[0][0], None) if quotes else (None, None))
    reports = [r for r in _english(m) if r is m.speaker or junk_share(r.sighting.what) <= 0.25]
    surname = names.surname(lead) if lead is not None else None
    cleanest = reports[:1]
    if m is story.moment:  # as the body orders them (`_paragraph`: the lead moment's report holding its news first)
        foreign = _quotes(m, book, foreign=True)
        reports = _news_ordered(
            m, reports, book, lambda r: _speaking(m, [r], book, names, surname, foreign) is not None
        )
    lede = reports[:1] != cleanest
    if reports and not m.thin:  # the report the body tells the moment in (none: its quote tells it)
        speaking = _speaking(m, reports, book, names, surname, _quotes(m, book, foreign=True))
        reports = [speaking, *(r for r in reports if r is not speaking)] if speaking else []
    # only what the body tells: the reports that tell the moment, the beat the strongest other one adds
    told = _told_reports(m, reports, book, names.words(), others=1, lede=lede) if reports else []
    quoted = _quotes(m, book) if told else []
    # the body's words: a frame told as the sentence carrying its quote ("X told the floor manager: …")
    told = sorted(told, key=lambda pair: pair[0] is not reports[0])  # the report that speaks for it first
    # (never a pointer at a promise closing a sentence: "…, just as he had promised on the carpet" is no "Promises")
    texts = [
        _without_trailing_pointer(names.headline(_with_frames(copy, r, quoted, book, names.words())))
        for r, copy in told
    ]
    if not texts and m.pin is not None:
        texts = [tidy(prose(m.speaker.sighting.what))]
    return LeadTold(texts, quote, speaker, m.thin, [book.display[k] for k in m.people])


def tells(story: Story, book: NameBook) -> bool:
    """Whether the story's lead moment can be told: in a sentence of its copy that reads as prose, or by its quote
    with its speaker (`_paragraph`). A pinned moment is always told (the editor chose it)."""
    if story.moment.pin is not None:
        return True
    reports = _english(story.moment)
    if reports and not story.moment.thin and printable(_copy(reports[0]), opening=True):
        return True  # (the cheap test first: its first report's copy has a sentence of prose as it was typed)
    names = Names(book, story.people, story.lead)
    lead = names.surname(book.display[story.lead]) if story.lead is not None else None
    return bool(_paragraph(story.moment, book, names, lead, "", ""))


def write(story: Story, book: NameBook, limit: int = DESCRIPTION_MAX, taken: Collection[str] = ()) -> Written:
    """The story's headline and body (≤ `limit` characters) and the reports it tells: a body under SHORT_WORDS words
    is written again taking in more of what its moments' reports hold (`_adds`: its cause, its payoff)."""
    written = _write(story, book, limit, taken)
    if word_count(written.body) >= SHORT_WORDS or all(len(m.reports) == 1 for m in story.moments):
        return written  # (long enough, or no other report of a moment it tells to take more from)
    fuller = _write(story, book, limit, taken, short=True)
    return fuller if word_count(fuller.body) > word_count(written.body) else written


def _write(story: Story, book: NameBook, limit: int, taken: Collection[str], *, short: bool = False) -> Written:
    connectives = _connectives(story)
    reports = [r for m in story.moments for r in m.reports]
    whole = called_groups(reports, book.display)  # ("the duo Lintang Timur": never "Timur", nor "he")
    pronouns = {k: p for k in dict.fromkeys(story.people) if k not in whole and (p := pronoun_of(reports, k))}
    names = Names(book, story.people, story.lead, pronouns, whole)  # (the lead person needs no introduction)
    names.handles = handles_of(story, book)  # (someone nobody introduced: introduced at their first mention)
    lead = names.surname(book.display[story.lead]) if story.lead is not None else None
    paragraphs: list[str] = []
    told_moments: list[Moment] = []
    order, setups = _told_order(story)
    event = said_at(story)
    quoted = _item_quotes(story, book)
    for m in order:
        told = " ".join(paragraphs)
        if m is story.moment and event is not None:
            paragraph = _said_there(m, event, book, names, told)
        else:
            beat = m is not story.moment
            alone = len(order) + len(setups) == 1
            words = BEAT_DETAIL_WORDS if beat else (LEAD_DETAIL_WORDS if alone else LEAD_BEATS_WORDS)
            connective = connectives.get(m.first, "")
            paragraph = _paragraph(
                m, book, names, lead, told, connective, beat=beat, words=words, quoted=quoted, short=short
            )
        if m.first < story.moment.first and only_there(_LEADING_CONNECTIVE.sub("", paragraph)):
            paragraph = ""  # "Earlier in the night, Crush was on the main stairs.": a scene, nothing happened
        if paragraph or m is story.moment:
            paragraphs.append(paragraph)
            told_moments.append(m)
        if m is story.moment:  # its setups, each in one sentence after it (`_began`), joined to its paragraph below
            for s in setups:
                told = " ".join(paragraphs)
                room = SETUP_WORDS + (SETUP_QUOTE_WORDS if any(r.features().quote_english for r in s.reports) else 0)
                said = _paragraph(s, book, names, lead, told, "", beat=True, words=room, quoted=quoted)
                before = next((t for t in reversed(told_moments) if t in setups), None)
                since = None if before is None else s.ts - before.ts
                cause = not s.people or not set(s.people).isdisjoint(m.people)  # (a mishap of nobody's: its scene)
                setup = _began(said, m.ts - s.ts, names.words(), since, cause=cause)
                if setup:
                    paragraphs.append(setup)
                    told_moments.append(s)
    # (after its setups when it leans back on them: `_leans_back`; its event's, when it is a quote said at it)
    lead_at = told_moments.index(event if event in told_moments else story.moment)
    first = story.moment.first
    paragraphs = [  # a later beat never retells the lead (a setup told after a pin tells its own scene)
        without_retelling(p, paragraphs[lead_at], names.words()) if k > lead_at and m.first > first else p
        for k, (m, p) in enumerate(zip(told_moments, paragraphs, strict=True))
    ]
    told_before = [
        any(t.first < m.first and p for t, p in zip(told_moments, paragraphs, strict=True)) for m in told_moments
    ]
    paragraphs = [clock_back_references(p, told) for p, told in zip(paragraphs, told_before, strict=True)]
    paragraphs = keeping_all_quotes(lambda ps: _edited(ps, story, book, names), paragraphs)
    paragraphs = _pronouned(paragraphs, story, book, names)
    paragraphs = [
        _gated(p, m, names, lead=lead if m is story.moment else None) if m.english else p
        for m, p in zip(told_moments, paragraphs, strict=True)
    ]
    paragraphs = _without_orphans(_told_once(paragraphs, lead_at, names), told_moments, story)
    texts = lambda: " ".join(r.sighting.what for m in told_moments for r in m.reports).lower()  # noqa: E731
    paragraphs = [without_desk_talk(costume_explained(p, texts), names.words()) for p in paragraphs]  # `deskframe`
    as_written = lambda: " ".join(r.sighting.what for m in told_moments for r in m.reports)  # noqa: E731
    paragraphs = [in_sentences(p, names.words(), as_written) for p in paragraphs]  # `sentenced`
    paragraphs = _opening_bare(_named_in_full(_reconnected(paragraphs, told_moments, story, names), story, names))
    # the lead moment's paragraph ends with its setup; two setups are a paragraph of their own after it (a
    # flashback of two beats appended to the lead reads as one long block in reverse order)
    joined = [p for m, p in zip(told_moments, paragraphs, strict=True) if m not in setups]
    beats = [m for m in told_moments if m not in setups]
    if event in told_moments:  # the quote in its event's paragraph (`said_at`)
        at = beats.index(story.moment)
        joined[lead_at] = " ".join(p for p in (joined[lead_at], joined.pop(at)) if p)
        beats.pop(at)
    began = [(m, p) for m, p in zip(told_moments, paragraphs, strict=True) if p and m in setups]
    fold = folded(joined[lead_at], began[0][1]) if len(began) == 1 else None
    if fold is not None:  # one short act of the lead person's, before the scene: "After winning …, Pratt …"
        joined[lead_at] = _without_promise_back(fold)
        joined = _named_in_full(joined, story, names)
    elif began:  # the cause after the lead moment's scene, before its quotes; a promise told once
        joined[lead_at], count = _with_setup(_without_promise_back(joined[lead_at]), [p for _, p in began])
        joined = _named_in_full(joined, story, names)  # (someone the setup names before the lead introduces them)
        began = began[:count]
    else:  # no promise told: no pointer at one
        joined = [_without_promise_back(p, told=False) for p in joined]
    joined, lead_at = _joined_during([in_words(p) for p in joined], beats, lead_at)  # (after the clock's pointers)
    opening = next((k for k, p in enumerate(joined) if p), None)
    if opening is not None:  # never on "Then she …", "It was half nine and …"
        joined[opening] = story_first(joined[opening])
    joined = opened_on_names(joined, names)  # never on "He …" before the sentence naming him (`openings`)
    if opening is not None:  # "She grabbed Bastian Crole …": the one person she can be (`deskframe`)
        people = [(names.display[k], names.pronouns.get(k)) for k in dict.fromkeys(story.people) if k in names.display]
        again_of = {names.display[k]: names.again(k) for k in dict.fromkeys(story.people) if k in names.display}
        joined[opening] = subject_named(joined[opening], people, again_of)
    again = {names.display[k]: names.again(k) for k in dict.fromkeys(story.people) if k in names.display}
    said_as = {names.display[k]: p for k, p in names.pronouns.items() if k in names.display}
    joined = plain_body(
        joined, again, names.words(), said_as
    )  # no shorthand, dateline or pointer at nothing (`bodycopy`)
    body = _fit(joined, lead_at, limit)
    if not body and story.moment.pin is not None:  # the editor pinned it: its words as written, made inert
        body = clip(with_full_stop(tidy(prose(story.moment.speaker.sighting.what))), limit) if limit else ""
    # the reports of the moments the body tells (a moment left untold is neither listed nor credited)
    kept = {
        id(m)
        for m, p in zip(told_moments, paragraphs, strict=True)
        if m is story.moment or (p and p in body) or any(m is s for s, _ in began)
    }
    body_words = claim_words(body)
    reports = sorted(
        (
            r
            for m in story.moments
            if id(m) in kept
            for r in m.reports
            if _tells_some_of(r, m, body_words, body, book) or (m is story.moment and witnessed(r, body_words, book))
        ),
        key=lambda r: r.index,
    )
    written = headline(story, book, lambda: lead_told(story, book), taken, lambda: body)
    return Written(written, body, reports)


def _joined_during(paragraphs: list[str], moments: list[Moment], lead_at: int) -> tuple[list[str], int]:
    """Each beat filed while the one told before it was going on (`_during`) told in that beat's paragraph, and
    where the lead moment's paragraph is then."""
    out: list[str] = []
    at = lead_at
    last: Moment | None = None
    for k, (m, p) in enumerate(zip(moments, paragraphs, strict=True)):
        if p and out and last is not None and _during(last, m):
            out[-1] = f"{out[-1]} {p}"
            at -= k < lead_at
        else:
            out.append(p)
        if p:
            last = m
    return out, at


TOLD_SHARE = 2 / 3  # a sentence whose content words are this much told already in the item...
TOLD_WORDS = 3  # ...at least this many of them told: told twice
_QUOTED_TEXT = re.compile(r"“([^“”]*)”")
_LEADING_CONNECTIVE = re.compile(rf"^({CONNECTIVE_HEAD}), ")


def _told_once(paragraphs: list[str], lead_at: int, names: Names) -> list[str]:
    """Each paragraph without what the item already tells, the lead moment's first (the headline's moment): a
    sentence whose content words (folded, stemmed, names and function words out: `claim_words`) are two thirds
    or more told already, three of them at least (`without_retelling` has already taken out a later beat's
    sentence that names the lead moment's event in its own phrase; a bet's condition, "if the Harbour Rats win Best
    Group", tells nothing yet: `_CONDITION`); a sentence with a quote printed already (the
    same words, or one quote inside the other, folded). A paragraph left with nothing new is dropped whole (its
    moment is not credited)."""
    told: set[str] = set()
    named: set[str] = set()  # the folded words of the names told so far
    quotes: list[str] = []
    out = [""] * len(paragraphs)
    for k in [lead_at, *(k for k in range(len(paragraphs)) if k != lead_at)]:
        paragraph = paragraphs[k]
        kept: list[str] = []
        acts: list[frozenset[str]] = []  # the content words of each sentence kept (none for a quote's)
        hidden = Hidden(single=False)  # (a quote's words never split a sentence)
        for at, sentence in enumerate(hidden.show(s) for s in sentences(hidden.hide(paragraph))):
            said = [" ".join(fold(q).split()).strip(" .,!?…") for q in _QUOTED_TEXT.findall(sentence)]
            if any(q and any(q in p or p in q for p in quotes) for q in said):
                continue  # the same quote again
            if hangs(sentence):
                continue  # "…, kind of:": a note that introduced what the body does not print
            sentence = without_intro(sentence) if ": " in sentence else sentence
            own = _QUOTED_TEXT.sub(" ", _LEADING_CONNECTIVE.sub("", sentence))
            words = claim_words(own) - names.words()
            again = len(words & told)
            if again >= TOLD_WORDS and again >= TOLD_SHARE * len(words) and k != lead_at:
                continue  # told already
            people = set(re.findall(r"[^\W_]+", fold(own))) & names.words()
            retold = k != lead_at and at == 0 and not said and people and people <= named
            if retold and _retold_event(words, told, own):
                kept = []  # a beat that opens on what the item told, in other words: the rest leans on it
                break
            told |= claim_words(_CONDITION.sub(" ", own)) - names.words() if "if " in own else words
            named |= people
            quotes.extend(q for q in said if q)
            kept.append(sentence)
            acts.append(frozenset() if said else words)
        out[k] = _connective_kept(paragraph, " ".join(_fuller_once(kept, acts, names)), names)
    return out


FULLER_MISSING = 4  # a sentence whose content words are all in a later fuller one, but one in this many: told there
_PRONOUN_OPENING = re.compile(r"^(?:He|She|They|It|His|Her|Their|Its|Then|And|But)\b")
_SUBJECT_PRONOUN = re.compile(r"^(?:He|She|They) (?=[a-z])")
_NAMED_OPENING = re.compile(r"^(?:[A-Z][\w'’-]+ )+(?=[a-z])")


def _moved(full: str, short: str, names: Names) -> str | None:
    """The fuller sentence told in the shorter one's place: as it is, or, opening on "He", "She" or "They", with the
    name the shorter one opens on ("He walked to the decks …" for "Vale put his trumpet …": "Vale walked to the
    decks …"); None when it leans on its neighbours otherwise ("Then …", "His …", or a pronoun with no name to put)."""
    if not _PRONOUN_OPENING.match(full):
        return full
    pronoun, name = _SUBJECT_PRONOUN.match(full), _NAMED_OPENING.match(short)
    if not pronoun or not name:
        return None
    return _in_full(name.group(0).strip(), short, names) + " " + full[pronoun.end() :]


def _in_full(name: str, sentence: str, names: Names) -> str:
    """A one-word name the story's people share ("Vale" for Orrin Vale and Teo Vale) as the one of them the sentence
    does not name in full ("Vale put his trumpet in Teo Vale's hands": Orrin Vale); any other name as it is."""
    if " " in name:
        return name
    sharing = [d for d in (names.display[k] for k in sorted(names.people)) if d.split()[-1] == name]
    left = [d for d in sharing if d not in sentence]
    return left[0] if len(sharing) > 1 and len(left) == 1 else name


def _fuller_once(kept: list[str], acts: list[frozenset[str]], names: Names) -> list[str]:
    """A paragraph's sentences with each act told once, by its fuller telling: a sentence (no quote) whose content
    words, three at least, are all (but one in FULLER_MISSING) in a later sentence of the paragraph that tells more
    ("Vale put his trumpet in Teo's hands." … “It's yours now,” … "Vale walked to the decks, took out the trumpet he
    had played for forty years and put it in Teo's hands.") is that later sentence, told where the first was (its
    "He" the name the first opens on, in full when two people share it: `_in_full`); one that opens on any other
    pronoun or a connective leans on its neighbours and is not moved (both stay). The content words of each sentence
    (`acts`) are read once, by `_told_once`."""
    if len(kept) < 2:
        return kept
    out = list(kept)
    gone: set[int] = set()
    for i, short in enumerate(acts):
        if len(short) < TOLD_WORDS or i in gone:
            continue
        for j in range(i + 1, len(acts)):
            full = acts[j]
            if j in gone or len(full) <= len(short) or len(short - full) > len(short) // FULLER_MISSING:
                continue
            moved = _moved(out[j], out[i], names)
            if moved is None:
                break  # (it leans on the sentences before it: both stay)
            out[i] = moved
            gone.add(j)
            break
    return [sentence for k, sentence in enumerate(out) if k not in gone]


# the condition of a bet or a promise ("if the Harbour Rats win Best Group"): it tells nothing that happened, and the
# result told after it ("The Harbour Rats won Best Group.") is news, never told already
_CONDITION = re.compile(
    r"\bif (?:[\w'’-]+ ){1,5}?(?:win|wins|won|lose|loses|lost|gets?|got)\b(?: (?:[A-Z][\w'’-]*|of|the|for|tonight)\b)*"
)
RETOLD_NEW_WORDS = 2  # a beat's opening sentence with its people told and at most this many new words: retold
_SAYING = claim_words("said says told tells asked asks added adds got gets went goes came comes")  # (no event)


def _retold_event(words: frozenset[str], told: set[str], sentence: str) -> bool:
    """Whether a beat's opening sentence, about people the item has named, tells again what it has told (its
    event in other words, however typed: "Later, Lind gave statue to lighting guy Reyes." after "Lind gave Reyes
    her statue in the car park"): at least two of its content words told, at most RETOLD_NEW_WORDS new ones and
    no more new than told, no number of its own, and its verbs in the past right after their subject ("gave")
    all told (a verb of saying or going tells no event: "… and said she was keeping them" is news). A sentence
    with a quote is not judged here (`_told_once`): its words are new."""
    words = words - _SAYING
    again = len(words & told)
    new = len(words) - again
    if again < 2 or new > min(RETOLD_NEW_WORDS, again) or _numbers(sentence):
        return False
    verbs = claim_words(" ".join(_EVENT_VERB.findall(sentence))) - _SAYING
    return bool(verbs) and verbs <= told  # what happened is told: "gave" again, never "cut her out of the gown"


# a verb in the past right after its subject (a name, a pronoun): what the sentence says happened ("Lind gave …";
# not "the flossed gown", nor "was": a state)
_EVENT_VERB = re.compile(
    r"(?:\b[A-Z][\w'’-]+|\b[Hh]e|\b[Ss]he|\b[Tt]hey) (?:also |then |just |finally )?"
    r"(" + "|".join(sorted(IRREGULAR)) + r"|[a-z]{3,}ed)\b"
)


def _without_orphans(paragraphs: list[str], moments: list[Moment], story: Story) -> list[str]:
    """Each follow-up without a beat that opens on a definite thing nothing told before it names
    (`orphans.orphaned`: "Later, the name was read out twice by the host, to laughter." — which name?)."""
    out = list(paragraphs)
    for k, m in enumerate(moments):
        if m.first > story.moment.first and out[k] and orphaned(out[k], " ".join(out[:k])):
            out[k] = ""
    return out


def _reconnected(paragraphs: list[str], moments: list[Moment], story: Story, names: Names) -> list[str]:
    """Each follow-up whose beat before it was left out (told already: `_told_once`) with the connective that says
    how long after the last beat told it came ("Later that night, " after the lead moment, not the "Not long
    after, " it had after the beat that went)."""
    out = list(paragraphs)
    last: Moment | None = None
    dropped = False
    for k, (m, p) in enumerate(zip(moments, paragraphs, strict=True)):
        if m.first < story.moment.first:
            continue  # (a setup or an aside keeps its own words)
        if not p:
            dropped = dropped or last is not None
            continue
        opening = _LEADING_CONNECTIVE.match(p)
        if dropped and last is not None and opening is not None:
            gap = m.ts - last.ts
            connective = _after_lead(gap) if last is story.moment else _next_beat(gap)
            out[k] = _as_follow_up(p[opening.end() :], connective, names.words())
        last, dropped = m, False
    return out


def _opening_bare(paragraphs: list[str]) -> list[str]:
    """The body's first paragraph without a connective (the beat it followed was not told: "Not long after, …"
    with nothing before it)."""
    first = next((k for k, p in enumerate(paragraphs) if p), None)
    if first is None or _LEADING_CONNECTIVE.match(paragraphs[first]) is None:
        return paragraphs
    rest = _LEADING_CONNECTIVE.sub("", paragraphs[first], count=1)
    return [*paragraphs[:first], rest[:1].upper() + rest[1:], *paragraphs[first + 1 :]]


def _named_in_full(paragraphs: list[str], story: Story, names: Names) -> list[str]:
    """A person whose first mention (in full) went with a sentence left out (`prose`, `_told_once`), or comes after
    a shorter one (a setup told before the sentence that introduced them), named in full where the item first
    names them ("Kroll then left …" → "Bettina Kroll then left …") and by the shorter name after; a shorter name
    inside someone else's full name is theirs ("Lindqvist" of "Toby Lindqvist" is no mention of Annika Lindqvist)."""
    hidden = Hidden()  # (never inside someone's words)
    text = hidden.hide("\n\n".join(paragraphs))
    for key in story.people:
        full = names.display.get(key)
        if full is None:
            continue
        again = names.again(key)
        if again == full or again not in text:
            continue
        others = [d for k, d in names.display.items() if k != key and d.endswith(f" {again}")]
        fulls = (
            [m.span() for m in re.finditer(rf"(?<![\w'’-]){re.escape(full)}(?![\w-])", text)] if full in text else []
        )
        short = next(
            (
                m
                for m in re.finditer(rf"(?<![\w'’-]){re.escape(again)}(?![\w-])", text)
                if not any(a <= m.start() < b for a, b in fulls)
                and not any(text.endswith(d, 0, m.end()) for d in others)  # (in "Toby Lindqvist", not hers)
            ),
            None,
        )
        if short is None or (fulls and fulls[0][0] < short.start()):
            continue
        if fulls:  # named short before they are named in full (a setup told before the sentence naming them)
            a, b = fulls[0]
            text = text[:a] + again + text[b:]
        text = text[: short.start()] + full + text[short.end() :]
    return hidden.show(text).split("\n\n")


def _edited(paragraphs: list[str], story: Story, book: NameBook, names: Names) -> list[str]:
    """The desk's passes over a body's paragraphs: one number per name, a role introduced once."""
    paragraphs = _agreeing(paragraphs, [book.display[k] for k in story.people])
    return introduced_once(paragraphs)


_CREDIT_SHARED = 2  # content words an English report shares with the body, at least, to be credited


def _tells_some_of(r: Report, moment: Moment, told: frozenset[str], body: str, book: NameBook) -> bool:
    """Whether a report of a moment told is credited: the moment's speaker, a report in another language about
    someone the body names, by their name or the handle the article uses (it corroborates what its English twin
    says), an explicit corroboration ("also reported by"), one whose quote is printed (or, overheard, printed in its
    speaker's words: `_heard_as_said`), or one that shares two content
    words with the body. An English report the body leaves out is not credited, whenever it was filed ("Achterlonie
    under trolley. tablecloth. two eclairs.", "did the carpet promise and the whole line clapped"), nor one merged
    into the moment for a beat the body does not tell ("she handed out slices"; in another language, about someone
    the body never names: "Hélène confirme : …")."""
    if r is moment.speaker or len(moment.reports) == 1 or r.sighting.corroborates is not None:
        return True  # (an explicit "also reported by" is a report of the moment told, whatever its words)
    if not r.english:
        about = r.names[0] if r.names else None
        return about is None or bool((claim_words(about) | claim_words(book.display.get(about, ""))) & told)
    quote = quote_text(prose(r.sighting.quote or "")).strip('"“”„«» ').rstrip(".!?…")  # "…," Brook said.
    if quote and fold(quote)[:40] in fold(body):
        return True
    if quote and r.speaker is None and _heard_as_said(quote, [(body, "", -1)]):
        return True  # an overheard line the body quotes in its speaker's words (`_quotes`): the same line reported
    own = claim_words(prose(r.sighting.what)) - claim_words(" ".join(r.names))
    return len(own & told) >= _CREDIT_SHARED


def _pronouned(paragraphs: list[str], story: Story, book: NameBook, names: Names) -> list[str]:
    """Each paragraph with a person named in two sentences in a row given their pronoun the second time."""
    reports = [r for m in story.moments for r in m.reports]
    pronouns: dict[str, str] = {}
    others: list[str] = []
    for key in dict.fromkeys(story.people):
        display = book.display.get(key)
        if display is None:
            continue
        again = names.again(key)
        others += [display, again]
        if _group(display) or key in names.groups:
            pronouns[again] = "they"  # "The Velvet Rooks' drum got left in the van. They borrowed one …"
        elif " " in display and not display.startswith("The ") and (pronoun := pronoun_of(reports, key)):
            pronouns[again] = pronoun
    if not pronouns:
        return paragraphs
    return [with_pronouns(p, pronouns, others) for p in paragraphs]


def _group(display: str) -> bool:
    """A name that is a group of people ("The Velvet Rooks"): "The" and a plural."""
    words = display.split()
    return len(words) > 1 and words[0] == "The" and words[-1].endswith("s") and not words[-1].endswith("ss")


def _agreeing(paragraphs: list[str], people: list[str]) -> list[str]:
    """A name's verb keeps the number it is first given in the item ("Echo were playing …", then "Echo
    were in the lounge", not "Echo was"): a band is one or many, once."""
    text = "\n\n".join(paragraphs)
    for person in people:
        for name in dict.fromkeys((person, short_name(person))):
            if f"{name} was" not in text and f"{name} were" not in text:
                continue  # (the cheap test first: no pattern built for a name the text gives no verb)
            first = re.search(rf"(?<!and )(?<!& )\b{re.escape(name)} (was|were)\b", text)
            if first is None:
                continue
            other = "were" if first.group(1) == "was" else "was"
            text = re.sub(rf"(?<!and )(?<!& )\b({re.escape(name)}) {other}\b", rf"\1 {first.group(1)}", text)
    return text.split("\n\n")


def title(count: int) -> str:
    """The digest's title, counting the items found: "Five things you didn't see", "One thing …"."""
    return f"{number_word(count)} {'thing' if count == 1 else 'things'} you didn't see"


def _mid_sentence(name: str) -> str:
    """A name as it reads inside a sentence: a leading "The" in lower case ("caught the 12th Brightwater
    Music Awards at the Calder Street Armory")."""
    return "the" + name[3:] if name.startswith("The ") else name


# the head of an event's name that takes "the" ("the Neon Lantern Game Awards 2031", "the Met Gala"), before a year
# or an edition number; a one-word plural is an award show's short name too ("the Oscars", "the Grammys")
_EVENT_HEAD = re.compile(
    r"(?:\b(?:Awards?|Prizes?|Festival|Gala|Ceremony|Ball|Cup|Bowl|Contest|Expo|Convention|Summit|Fair|Games|"
    r"Championships?|Concert|Premiere|Honou?rs|Show|Showcase|Jubilee|Olympics|Globes)|^[A-Z][A-Za-z]+s)"
    r"(?:\s+(?:\d{4}|[IVX]+|\d+(?:st|nd|rd|th)?|'\d\d))?$"
)


def _show_name(name: str) -> str:
    """A show's name as it reads inside a sentence, with the article an event's name takes ("caught the Neon
    Lantern Game Awards 2031", "the 12th Brightwater Music Awards"), none for a name that is not an event's
    ("caught Glastonbury 2031")."""
    if name.startswith("The "):
        return _mid_sentence(name)
    return f"the {name}" if _EVENT_HEAD.search(name) else name


def intro(show: Show, count: int) -> str:
    """The line before the items: names the show (`_show_name`) and the venue."""
    name = _show_name(squash(show.name))
    venue = _mid_sentence(squash(show.venue or ""))
    where = f"{name} at {venue}" if venue else name
    if count == 0:
        return f"No backstage moments from {where} have made it into the digest yet."
    moments = "one moment" if count == 1 else f"{number_word(count).lower()} moments"
    return (
        f"The cameras caught {where}; our correspondents caught the rest. "
        f"Here {'is' if count == 1 else 'are'} {moments} you didn't see."
    )
