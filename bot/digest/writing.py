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
each follow-up while it fits whole.

This module writes the item (`write`, `_write`); its parts: `speakers` (who said a quote, how it is framed),
`beats` (labels, connectives, order, setups, promises), `copying` (the reports a paragraph tells and their copy),
`paragraphs` (a moment's paragraph, its quotes, `_fit`), `after_passes` (told once, named in full once)."""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass, replace

from bot.limits import DESCRIPTION_MAX, clip
from bot.models import Show

from .acted_on import acted_on_named
from .after_passes import (
    _edited,
    _named_in_full,
    _opening_bare,
    _pronouned,
    _reconnected,
    _role_named,
    _tells_some_of,
    _told_once,
    _without_orphans,
    said_into,
    translated_once,
)
from .beats import (
    _LEADING_CONNECTIVE,
    SAID_AGAIN_LATER,
    SETUP_QUOTE_WORDS,
    SETUP_WORDS,
    _began,
    _connectives,
    _during,
    _said_there,
    _told_order,
    _with_setup,
    _without_promise_back,
    _without_trailing_pointer,
    points_at_promise,
    retimed,
    said_at,
)
from .bodycopy import plain_body
from .clauses import sentences
from .clock import in_words
from .copyedit import clock_back_references, tidy
from .copying import BEAT_DETAIL_WORDS, LEAD_BEATS_WORDS, LEAD_DETAIL_WORDS, SHORT_WORDS, _told_reports
from .credits import witnessed
from .deskframe import story_first, subject_named, unframed, without_desk_talk
from .first_mention import identified_first
from .flashback import in_flashback, named_back_then, reported_if
from .groups import called_groups, with_the
from .hygiene import junk_share, prose, with_full_stop, word_count
from .item_headline import LeadTold, handles_of, headline
from .lookbacks import uncounted
from .moments import Moment
from .naming import Names
from .night import NameBook, Report, claim_words
from .note_marks import own_names
from .notewords import note_words
from .openings import opened_on_names
from .orphans import costume_explained
from .pair_notes import pairs_told
from .paragraphs import _fit, _gated, _item_quotes, _news_ordered, _paragraph, _speaking, _with_frames
from .places import kinds
from .pronouns import pronoun_of
from .prose import printable
from .quoted import keeping_all_quotes
from .respect import without_respect
from .retelling import without_retelling
from .sentenced import in_sentences
from .setup_copy import folded, folded_minutes_before, only_there
from .speakers import _copy, _english, _quotes, quotes_of
from .story import Story
from .textutil import alnum_words, fold, number_word, squash
from .wins import may_say_a_win, win_before, with_win


@dataclass(frozen=True, slots=True)
class Written:
    """An item's words and the reports they tell."""

    headline: str
    body: str
    reports: list[Report]  # in time order
    untranslated: tuple[str, ...] = ()  # lines in another language left out of the body (`Mentions.untranslated`)


# the possessive of nobody named yet, before a noun: "his beard", "her hair"
_WHOSE = {
    "he": re.compile(r"\bhis (?=[a-z])"),
    "she": re.compile(
        r"\bher (?=(?:[a-z]+ )?(?:hair|beard|moustache|head|face|dress|gown|shoe|shoes|heel|heels|jacket|coat|hat"
        r"|trophy|award|phone|bag|glasses|wig|hand|arm|leg|foot))"
    ),
}


def whose_named(paragraph: str, lead: str, pronoun: str | None, names: Names) -> str:
    """A paragraph whose first sentence has a possessive of someone it never named ("A barber shaved the left side of
    his beard."), the lead's by the pronoun the reports use of them: named ("… of Ezequiel Quispe-Moro's beard");
    as it is when the sentence names anyone, or the pronoun is not known."""
    said = sentences(paragraph)
    pattern = _WHOSE.get(pronoun or "")
    words = {fold(w) for w in re.findall(r"[^\W\d_][\w'’-]*", said[0]) if w[:1].isupper()} if said else set()
    if not said or pattern is None or words & names.words() or len(pattern.findall(said[0])) != 1:
        return paragraph
    if re.search(r"\b(?:he|she|they|him|them)\b", said[0], re.IGNORECASE):
        return paragraph  # ("… she walked to the monitor desk and gave her trophy …": hers, whoever she is)
    said[0] = pattern.sub(f"{lead}'s ", said[0], count=1)
    return " ".join(said)


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
        _without_trailing_pointer(
            names.headline(
                pairs_told(note_words(_with_frames(unframed(copy), r, quoted, book, names.words())), names.words())
            )
        )
        for r, copy in told  # (never the reporter's frame to the desk: "To confirm what Horace promised: …")
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


# someone's line in a body: a quotation that ends on its own stop or a comma before its speaker ("“…,” Ferrés said"),
# never a title ("their old song, “Almendro”, with …")
_A_LINE = re.compile(r"“[^“”]*[,.!?…]”")


def write(story: Story, book: NameBook, limit: int = DESCRIPTION_MAX, taken: Collection[str] = ()) -> Written:
    """The story's headline and body (≤ `limit` characters) and the reports it tells: a body under SHORT_WORDS words
    is written again taking in more of what its moments' reports hold (`_adds`: its cause, its payoff)."""
    written = _write(story, book, limit, taken)
    foreign = bool(written.untranslated) and _A_LINE.search(written.body) is None  # (a title in quotes is no line:
    # “Almendro”, round 45's Montevideo, its one line left out)
    if foreign:  # no line of its own in English: its best line in another language is printed after all, the preview
        # asking the editor to translate it (`DigestItem.to_translate`; round 44's Baku review: the night's best
        # line left out, "Nənə, eşidirsən? Bu sənindir."; with a line in English beside it, it is only listed)
        written = _write(story, book, limit, taken, foreign=True)
    if word_count(written.body) >= SHORT_WORDS or all(len(m.reports) == 1 for m in story.moments):
        return _all_untranslated(written)  # (long enough, or no other report of a moment it tells to take more from)
    fuller = _write(story, book, limit, taken, short=True, foreign=foreign)
    return _all_untranslated(fuller if word_count(fuller.body) > word_count(written.body) else written)


def _all_untranslated(written: Written) -> Written:
    """The item with every line in another language its reports quote and its body does not print listed for the
    editor (`Written.untranslated`), whichever rule left it out (beside the speaker's English line, a speaker the
    text never names …)."""
    body = fold(written.body)
    lines = [
        q
        for r in written.reports
        if (q := (r.sighting.quote or "").strip()) and not r.features().quote_english and fold(q)[:20] not in body
    ]
    listed = list(dict.fromkeys([*written.untranslated, *lines]))
    return written if listed == list(written.untranslated) else replace(written, untranslated=tuple(listed))


def _write(
    story: Story, book: NameBook, limit: int, taken: Collection[str], *, short: bool = False, foreign: bool = False
) -> Written:
    connectives = _connectives(story)
    reports = [r for m in story.moments for r in m.reports]
    whole = called_groups(reports, book.display)  # ("the duo Lintang Timur": never "Timur", nor "he")
    pronouns = {k: p for k in dict.fromkeys(story.people) if k not in whole and (p := pronoun_of(reports, k))}
    names = Names(book, story.people, story.lead, pronouns, whole)  # (the lead person needs no introduction)
    names.foreign_ok = foreign
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
            # (the beat before it untold: its time from the last beat told, never from a setup, which came before)
            last = next((t for t in reversed(told_moments) if t not in setups), None)
            if beat and last is not None and order.index(m) > 0 and order[order.index(m) - 1] is not last:
                connective = retimed(connective, m, last, story.moment)
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
                setup = _began(
                    said, m.ts - s.ts, names.words(), since, cause=cause, proper=own_names(story.people, book.display)
                )
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
    paragraphs = _role_named(paragraphs, story, names)  # "The stage manager, Margaret Pageau, found it …"
    # the lead moment's paragraph ends with its setup; two setups are a paragraph of their own after it (a
    # flashback of two beats appended to the lead reads as one long block in reverse order)
    joined = [p for m, p in zip(told_moments, paragraphs, strict=True) if m not in setups]
    beats = [m for m in told_moments if m not in setups]
    if event in told_moments:  # the quote in its event's paragraph (`said_at`)
        at = beats.index(story.moment)
        joined[lead_at] = " ".join(p for p in (joined[lead_at], joined.pop(at)) if p)
        beats.pop(at)
    # (a setup whose telling went as a retelling of the lead, its line left alone, is no setup: "“Jam sepuluh.
    # Catat.”" after the song it promised)
    began = [(m, p) for m, p in zip(told_moments, paragraphs, strict=True) if p and m in setups and p[0] != "“"]
    # (a beat filed while the lead moment went on is its scene: joined to it before its setup is told after it, never
    # after the setup: "Overheard: “Tika ye!” Earlier that night, … The little sapeur on stage was wearing …")
    joined, lead_at, weights, spans = _joined_during(joined, beats, lead_at)
    folded_in: list[Moment] = []  # (a setup told inside the lead's first sentence: its reports are told, credited)
    lead_key = story.lead
    others = frozenset(
        w for k in story.people if k != lead_key and k in names.display for w in alnum_words(fold(names.display[k]))
    )
    if began and (won := folded_minutes_before(joined[lead_at], began[-1][1], others)) is not None:
        joined[lead_at], folded_in, began = won, [began[-1][0]], began[:-1]  # "Minutes after winning Best Score, …"
    one_act = folded(joined[lead_at], began[0][1]) if len(began) == 1 else None
    if one_act is not None:  # one short act of the lead person's, before the scene: "After winning …, Pratt …"
        joined[lead_at] = _without_promise_back(one_act)
        joined = _named_in_full(joined, story, names)
    elif began:  # the cause after the lead moment's scene, before its quotes; a promise told once
        pointed = points_at_promise(joined[lead_at])  # (before its pointer goes: "breaking his vow", "as promised")
        on_stage = _on_stage(story.moment)  # ("Back on stage, …" after a setup told inside the lead's paragraph)
        joined[lead_at], count = _with_setup(
            _without_promise_back(joined[lead_at]),
            [p for _, p in began],
            pointed,
            on_stage=on_stage,
            setup_on_stage=any(_on_stage(m) for m, _ in began),
            name_words=names.words(),
        )
        joined = _named_in_full(joined, story, names)  # (someone the setup names before the lead introduces them)
        began = began[:count]
    else:  # no promise told: no pointer at one
        joined = [_without_promise_back(p, told=False) for p in joined]
    joined = [in_words(p) for p in joined]  # (after the clock's pointers)
    opening = next((k for k, p in enumerate(joined) if p), None)
    if opening is not None:  # never on "Then she …", "It was half nine and …"
        joined[opening] = story_first(joined[opening])
    joined = opened_on_names(joined, names)  # never on "He …" before the sentence naming him (`openings`)
    if opening is not None and lead_key in names.display:  # "A barber shaved the left side of his beard." as the
        # opening: whose, the lead's ("… of Ezequiel Quispe-Moro's beard"), never a "his" of nobody (breaker 59)
        joined[opening] = whose_named(joined[opening], names.display[lead_key], names.pronouns.get(lead_key), names)
    if opening is not None:  # "She grabbed Bastian Crole …": the one person she can be (`deskframe`)
        people = [(names.display[k], names.pronouns.get(k)) for k in dict.fromkeys(story.people) if k in names.display]
        again_of = {names.display[k]: names.again(k) for k in dict.fromkeys(story.people) if k in names.display}
        joined[opening] = subject_named(joined[opening], people, again_of)
    again = {names.display[k]: names.again(k) for k in dict.fromkeys(story.people) if k in names.display}
    said_as = {names.display[k]: p for k, p in names.pronouns.items() if k in names.display}
    joined = plain_body(
        joined, again, names.words(), said_as
    )  # no shorthand, dateline or pointer at nothing (`bodycopy`)
    called = [(names.display[k], names.again(k)) for k in dict.fromkeys(story.people) if k in names.display]
    joined = [without_respect(p, called) for p in joined]  # "Tunde Ade", never "Mr Tunde Ade" (`respect`)
    joined = [with_the(p, [name for name, _ in called]) for p in joined]  # "The Nork Children's Choir was …"
    joined = [said_into(p) for p in joined]  # "… asked about the feud and said: “What feud? …”" (`after_passes`)
    joined = [translated_once(p) for p in joined]  # "“Que alguien …” (“Somebody bring me …”), Lobo said."
    joined = [SAID_AGAIN_LATER.sub(r"\1\2 added\3.", p) for p in joined]  # "…,” Avetisyan added minutes later."
    joined = [in_flashback(p) for p in joined]  # "Hours earlier, Shazzy had told …" (`flashback`)
    joined = [reported_if(p) for p in joined]  # "… told the press room: if Nodir Opare beat …, he would shave …"
    people = [(names.display[k], names.pronouns.get(k)) for k in dict.fromkeys(story.people) if k in names.display]
    joined = [named_back_then(p, people) for p in joined]  # "Earlier, Stjepan Vuković had said …", never "he" of two
    if lead_key in names.display:  # "… did not stop him. Aghababyan played …", never "He played" (`acted_on`)
        pronouns_of = {
            names.display[k]: names.pronouns.get(k) for k in story.people if k in names.display and k != lead_key
        }
        lead_is = (names.display[lead_key], names.again(lead_key), names.pronouns.get(lead_key))
        joined = [acted_on_named(p, *lead_is, pronouns_of) for p in joined]
    joined = identified_first(joined, [(names.display[k], names.again(k)) for k in story.people if k in names.display])
    said_won, win = None, None
    last_told = max(r.ts for m in told_moments for r in m.reports)
    shown_names = [names.display[k] for k in story.people if k in names.display]
    for key in dict.fromkeys([lead_key, *story.people] if may_say_a_win(joined, shown_names) else []):  # (the lead's
        # win, else the trophy another holds; the night's results read only for a body that could say one)
        win = win_before(book, key, last_told)
        if win is not None and key is not None and key in names.display:
            shown = (names.display[key], names.again(key))
            said_won = with_win(joined, *shown, win, story.moment.ts, lead=key == lead_key)
        if said_won is not None:
            break
    joined = said_won or joined  # "Tatev Hovsepyan, who had won the Female Vocal award minutes earlier, …" (`wins`)
    looked_back = any(
        story.aside(m) and p and not set(m.people).isdisjoint(story.moment.people)
        for m, p in zip(told_moments, paragraphs, strict=True)
        if m.first < first
    )
    joined[lead_at] = uncounted(joined[lead_at], looked_back)  # (the first meeting told after it: no "second time")

    def reconnected(k: int, before: int) -> str:
        """Paragraph `k` told right after paragraph `before` (one between them left out): its connective said from
        the last moment `before` tells (`retimed`)."""
        m, text = spans[k][0], joined[k]
        said = connectives.get(m.first, "")
        if not said or not text.startswith(said):
            return text
        told_last = story.moment if before == lead_at else spans[before][1]
        return retimed(said, m, told_last, story.moment) + text[len(said) :]

    body = _fit(joined, lead_at, limit, weights=weights, reconnected=reconnected if len(spans) == len(joined) else None)
    if not body and story.moment.pin is not None:  # the editor pinned it: its words as written, made inert
        body = clip(with_full_stop(tidy(prose(story.moment.speaker.sighting.what))), limit) if limit else ""
    # the reports of the moments the body tells (a moment left untold is neither listed nor credited)
    kept = {
        id(m)
        for m, p in zip(told_moments, paragraphs, strict=True)
        if m is story.moment or (p and _in_body(p, body)) or any(m is s for s in [*(s for s, _ in began), *folded_in])
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
    if said_won is not None and win is not None and win.award in body and all(r is not win.report for r in reports):
        reports = sorted([*reports, win.report], key=lambda r: r.index)  # (its correspondent told the win)
    written = headline(story, book, lambda: lead_told(story, book), taken, lambda: body)
    untranslated = tuple(q for q in names.untranslated if q not in body)
    return Written(written, body, reports, untranslated)


def _in_body(paragraph: str, body: str) -> bool:
    """Whether the body tells a paragraph: whole, or a sentence of it of some words (a later pass may have trimmed
    the paragraph: "Risers was off stage via house aisle …" is told, and credited, without the note after it)."""
    if paragraph in body:
        return True
    timed = in_words(paragraph)  # (its clock times as the body writes them: "22:02" is "just after ten")
    if any(len(s.split()) >= _TOLD_WORDS and s in body for s in sentences(timed)):
        return True
    # (a sentence a later pass said more of: "Zaur Novruzlu, who lost Pop Album to Qasımova, applauded …", `wins`,
    # `first_mention`: its words, nearly all, in the body's sentence that tells it)
    told = [set(alnum_words(fold(s))) for s in sentences(body)]
    return any(
        len(words := set(alnum_words(fold(s)))) >= _TOLD_WORDS
        and any(len(words - t) <= len(words) * _TOLD_MISSING for t in told)
        for s in sentences(timed)
    )


_TOLD_MISSING = 0.15  # ...or with all but this share of its words in one of the body's sentences


_TOLD_WORDS = 5  # a sentence of a paragraph found in the body with this many words: the paragraph is told


def _joined_during(
    paragraphs: list[str], moments: list[Moment], lead_at: int
) -> tuple[list[str], int, list[float], list[tuple[Moment, Moment]]]:
    """Each beat filed while the one told before it was going on (`_during`) told in that beat's paragraph, where
    the lead moment's paragraph is then, each paragraph's weight (the best score of the moments it tells), and the
    first and last moment each paragraph tells."""
    out: list[str] = []
    weights: list[float] = []
    spans: list[tuple[Moment, Moment]] = []
    at = lead_at
    last: Moment | None = None
    for k, (m, p) in enumerate(zip(moments, paragraphs, strict=True)):
        if p and out and last is not None and _during(last, m):
            out[-1] = f"{out[-1]} {p}"
            weights[-1] = max(weights[-1], m.score)
            spans[-1] = (spans[-1][0], m)
            at -= k <= lead_at  # (the lead itself told in the beat before it: that paragraph is the lead's now)
        else:
            out.append(p)
            weights.append(m.score)
            spans.append((m, m))
        if p:
            last = m
    return out, at, weights, spans


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


def _on_stage(moment: Moment) -> bool:
    """Whether a moment was reported on the stage (its first report's place names it, in any language)."""
    return "stage" in kinds(moment.reports[0].sighting.where or "")
