"""A moment told as a paragraph (`_paragraph`): the report that speaks for it (`_speaking`, `_stands_in`), its
copy and its quotes with their speakers (`_printed`, `_with_frames`, `_answers_last`), kept within the body's words
(`_fit`, `_within_words`). Split out of `writing`."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Collection, Sequence

from bot.limits import clip

from .addressed import framing_speaker, someone_speaking
from .beats import _LEADING_CONNECTIVE, _PARENTHETICAL, BODY_WORDS, _as_follow_up
from .casing import capitalise_sentences
from .clauses import sentences
from .copyedit import thin_place, tidy
from .copying import (
    _ASKED,
    LEAD_DETAIL_WORDS,
    _earlier_on,
    _elsewhere,
    _heard_where,
    _later_on,
    _noted_place,
    _opens_alone,
    _report,
    _told,
    _told_reports,
)
from .corrections import opens_with_cleft
from .frames import told_to
from .hygiene import prose
from .language import english_line
from .lede_keep import with_lead_named
from .lexicon import ROLE_WORDS
from .matching import frames_only
from .moments import Moment, vote_tier
from .naming import Names
from .news import news_first
from .night import NameBook, Report
from .places import place_phrase
from .polish import verbless
from .prose import printable, reads_as_prose
from .quoted import Hidden
from .retelling import quote_in_place, without_retold_quote
from .said_twice import with_gist, without_gist
from .speakers import QUOTES_PER_ITEM, _copy, _english, _framed, _line_in_english, _quotes, _scene_only, attributed
from .story import Story
from .textutil import alnum_words, fold, wordset
from .threads import framed_lines
from .verbs import looks_like_verb
from .voices import heard_from, voice_of


def _acts_put_right(moment: Moment) -> bool:
    """Whether a correction tells an act of its own once what it retracts is left out (`corrections.corrected`:
    "CORRECTION to my last: it was KENJI's stream, not Rain's. producer Delphine Arsenault unclipped the phone … and
    dropped it in a champagne bucket." is "Producer Delphine Arsenault unclipped the phone …"), never a cleft saying
    whose it was ("It was a waiter who tripped"): the act is told as a beat; the cleft would tell a retraction."""
    told = [_copy(r) for r in _english(moment)]
    return bool(told) and all(t and not opens_with_cleft(t) for t in told)


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
    else its quote with its speaker; else "" (not told: also a follow-up whose every report corrects another,
    `Moment.correction`, which is never told as what happened next)."""
    if beat and moment.correction and moment.pin is None and not _acts_put_right(moment):
        return ""  # (a post correcting another is no later news: "Later, it was a waiter …" tells a retraction)
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
    if beat and text and _line_voted_alone(moment):
        text = ""  # "Later, Casadei said: “I lost to a twenty-three-year-old …”", never the unvoted aside it came with
        # ("Later, Casadei had changed into flats for the bastion.": round 44's Valletta review)
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
        framing = framing or (next(q for q in quotes if q[1]) if names.foreign_ok else None)
        if framing is None:  # (only lines in another language: none is printed untranslated, the preview lists them)
            for q in quotes:
                if q[1] and not english_line(q[0]):
                    _untranslated(names, q[0])
            return ""
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
    frames: dict[str, str] = {}  # a line whose report's text ends on the colon that opens it, by line
    written: set[str] = set()  # a line its report says its speaker wrote, not said
    for quote, speaker, origin in quotes:
        k = told_at.get(origin, _said_after_part(origin, telling, home))
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
        if origin in told_at and not scene and _report(moment, origin).sighting.what.rstrip().endswith(":"):
            frames[quote] = _report(moment, origin).sighting.what  # ("… she told the wings:", then its line)
        heard[quote] = "" if speaker else _heard_where(_report(moment, origin).sighting.what)
        note = _report(moment, origin).sighting.what
        wrote = _WROTE.search(note) if speaker else None
        if wrote is not None and not _SPOKE.search(note, wrote.start()):
            written.add(quote)  # ("He signed it then wrote something underneath." and its line: he wrote it)
        carrier = _report(moment, origin)  # (a note that only frames its line says whose voice it was)
        if speaker is None and frames_only(carrier) and (voice := voice_of(carrier.sighting.what)) is not None:
            voices[quote] = voice  # ("on the phone, back stairs": a voice on the phone, never the person called)
        elif speaker is None and (voice := framing_speaker(carrier.sighting.what, quote)) is not None:
            voices[quote] = voice  # ("The guard, dead serious, to the cake: “…”": the guard said it)
    texts, parts = parts, []
    for k, part in enumerate(texts or [""]):
        if part:
            parts.append(part)
        for quote, speaker, scene in placed.get(k, []):
            if fold(quote) in fold(" ".join(texts)):
                continue  # the reporter already put it in the text
            said_by = speaker or (_unnamed_speaker(parts[-1]) if parts else None)
            foreign = not english_line(quote) and not names.foreign_ok
            if foreign and (quote in voices or (scene and said_by)):  # (no English beside it to give its gist)
                _untranslated(names, quote)
            elif speaker is None and quote in voices:
                parts.append(heard_from(quote, voices[quote]))
            elif scene and said_by:
                parts.append(_framed(quote, names.mention(said_by) if speaker else said_by, scene))
            else:
                as_told = list(parts)  # (put back when the line is left out: nothing of the narration goes for it)
                inlined = (
                    quote_in_place(parts[-1], quote, names.words())
                    if parts and speaker and not scene and not foreign and _speaker_named(parts[-1], speaker)
                    else None
                )
                if inlined is not None:  # "… then said: “Ammu will put it …”", never the line told twice
                    parts[-1] = inlined
                    names.mention(speaker or "")
                    continue
                if parts:  # the narration does not tell what the quote says
                    rest = without_retold_quote(parts[-1], quote, names.words(), whole=len(parts) > 1)
                    parts = [*parts[:-1], rest] if rest else parts[:-1]  # ("Wind said he was keeping the R." before
                    # “I'm keeping the R,” a part of its own after another: gone, never the line told twice)
                gist = None  # (a line in another language: the reporter's English for it just before it, its gist)
                if parts and said_by and speaker and not scene and not english_line(quote):
                    parts[-1], gist = without_gist(parts[-1], said_by)
                    parts = [p for p in parts if p]
                if foreign and not gist:  # a line in another language, nothing giving its English: never printed
                    # as the English article's words (round 43's three reviews and round 44's: "must be translated")
                    parts = as_told
                    _untranslated(names, quote)
                    continue
                if speaker and not gist and quote in frames and parts and _ends_on_frame(parts[-1], frames[quote]):
                    parts[-1] = f"{parts[-1].rstrip('.')}: {_closed_line(quote)}"  # "… she told the wings: “…”"
                    names.mention(speaker)
                    continue
                line = attributed(quote, said_by, " ".join([told, *parts]), names, heard.get(quote, ""))
                if quote in written:
                    line = _SAID_END.sub(" wrote.", line)
                parts.append(with_gist(line, gist) if gist else line)
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
    r"(?! (?:(?:a|the|two|three|four|five|a few|some|several|all|his|her|their|our) )?(?:[a-z]+ )?questions?\b)"
)  # (never "answered two questions" in the press room: the questions, not another person's line)
_ABOUT_THEM = re.compile(r"^(?:he|she|they)(?:'s|’s|'d|’d|'ll|’ll)?\b", re.IGNORECASE)


def _answers(quote: str, r: Report) -> bool:
    """Whether a quote answers another person's line: its report says so ("Marta Quinn answered from the back of the
    bar"), or it opens on the one it answers, "he" or "she" ("He's still late. Forty years late.", "She still owes
    me a quid for the mint.")."""
    return _ABOUT_THEM.match(quote) is not None or _ANSWERING.search(fold(r.sighting.what)) is not None


_POINTING = frozenset({"this", "that", "it", "these", "following"})
# the speaker's own act of saying that frames the line ("she told the wings:"), never a question put to them
_SAYING = frozenset({"told", "tells", "said", "says", "shouted", "whispered", "announced", "added", "yelled", "called"})
_FRAME_WORDS = 3  # the last words of a report's framing sentence that the told text must end on


def _ends_on_frame(told: str, frame: str) -> bool:
    """Whether the told text ends on the sentence its report typed before the colon that opens its line (“As she
    came off, she told the wings:” told as "… she told the wings."): the line is put straight after it."""
    last = alnum_words(fold(frame.rstrip().rstrip(":")))[-_FRAME_WORDS:]
    if last and last[-1] in _POINTING:
        return False  # "… but then he said this:": the reporter's pointer at the line, never printed before it
    if not _SAYING.intersection(alnum_words(fold(frame.rstrip().rstrip(":")))[-_FRAME_WORDS - 1 :]):
        return False  # "… asked why she left:": the question, and the line its answer, told with who answered
    return len(last) == _FRAME_WORDS and alnum_words(fold(told))[-_FRAME_WORDS:] == last


def _closed_line(quote: str) -> str:
    """A line in quotation marks, ending on its own stop (“Tell them it is vintage stagehand.”)."""
    line = quote.strip()
    return f"“{line}”" if line[-1:] in ".!?…" else f"“{line}.”"


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


def _said_after_part(origin: int, telling: list[Report], home: int) -> int:
    """Where a quote of a report not told goes: after the last part told from a report filed before it (“Ya gané algo,
    maestro.” at 23:00 before the 23:03 "Rentería put the mouthpiece back in his pocket", never after it), else after
    the part of the report that speaks for the moment (`home`)."""
    before = [k for k, r in enumerate(telling) if r.index < origin]
    return before[-1] if before and len(telling) > 1 else home


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
            key = next((k for k in lines if same_line(k, key)), key)  # ("…, mate. It's yours": the line again)
            votes = _report(m, origin).sighting.votes
            if key not in lines or (-votes, origin) < (-lines[key][0], lines[key][1]):
                lines[key] = (votes, origin)
    return {origin for _, origin in sorted(lines.values(), key=lambda v: (-v[0], v[1]))[:QUOTES_PER_ITEM]}


_LINE_WORD = re.compile(r"[^\W_]+")
_AT_MOST_ADDED = 2  # words one report of a line adds to another's ("… than I sang that room, mate. It's yours.")
_TURNING = frozenset({"not", "never", "no", "nt", "t", "dont", "didnt", "wont", "cant", "isnt", "wasnt", "nobody"})
_LINE_WORDS = 5  # (a line this short may differ by a word and be another line: "Yes." / "Yes, mate.")


def same_line(a: str, b: str) -> bool:
    """Whether two quotes are one line as two correspondents typed it: the same words in the same order, one
    with a word or two more (a "mate", an "oh"), in a line of at least `_LINE_WORDS` words."""
    x, y = _LINE_WORD.findall(fold(a).lower()), _LINE_WORD.findall(fold(b).lower())
    short, long = (x, y) if len(x) <= len(y) else (y, x)
    if len(short) < _LINE_WORDS or len(long) - len(short) > _AT_MOST_ADDED:
        return False
    it = iter(long)
    if not all(w in it for w in short):  # (the shorter, in order, inside the longer)
        return False
    added = list(long)
    for w in short:
        added.remove(w)
    return not any(w in _TURNING or w[:1].isdigit() for w in added)  # ("I will not be back": another line)


def _speaker_named(text: str, speaker: str) -> bool:
    """Whether a text names the speaker of a line (a word of their name): the speech it reports may be theirs."""
    words = set(re.findall(r"[^\W_]+", fold(text)))
    return any(w in words for w in re.findall(r"[^\W_]+", fold(speaker)) if len(w) > 2)


def _line_voted_alone(moment: Moment) -> bool:
    """Whether a moment's votes are all its voted line's (`threads.framed_lines`) and its other reports have none:
    told by its line alone."""
    lines = framed_lines(moment)
    return (
        bool(lines)
        and all(r in lines or not r.sighting.votes for r in moment.reports)
        and len(lines) < len(moment.reports)
    )


def _untranslated(names: Names, quote: str) -> None:
    """A line in another language left out of the copy, listed for the editor's preview (`Mentions.untranslated`)."""
    if quote not in names.untranslated:
        names.untranslated.append(quote)


def _readable(
    quotes: list[tuple[str, str | None, int]], moment: Moment, text: str, names: Names
) -> list[tuple[str, str | None, int]]:
    """The quotes a paragraph tells, a line in another language after the English ones (a reply, not the words it
    answers: “Is there a tutorial mode?” before “Tu tiens ça comme une manette”, whichever was filed first; tried in
    round 36 in filing order, it put three replies before their questions), and only when its speaker is someone the
    text already names (the reader knows who they are)."""
    foreign = [q for q in quotes if not _line_in_english(_report(moment, q[2]))]
    if not foreign:
        return quotes
    words = set(re.findall(r"[^\W_]+", fold(text)))
    kept = [
        q
        for q in foreign
        if (
            set(re.findall(r"[^\W_]+", fold(names.surname(q[1])))) <= words
            if q[1] is not None
            else _unnamed_speaker(text) or framing_speaker(_report(moment, q[2]).sighting.what, q[0])
        )
    ]  # (a line of nobody named: kept when the sentence before it says whose, "His producer didn't hesitate.")
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


_APPOSITIVE = re.compile(r"^(The [a-z]+), [^,]{1,30},")  # "The usher, Deshawn, was watching": "The usher was …"


# a report saying its speaker wrote the line, with no word of speech after it ("He signed it then wrote something
# underneath.")
_WROTE = re.compile(
    r"\b(?:wrote|writes|scrawled|scribbled|inscribed|texted|tweeted)(?: (?:it|this))? (?:something|somethin|a (?:note|"
    r"message|line|dedication)|underneath|beneath|across|inside|on (?:it|the back|her|his|the))\b"
)
_SAID_END = re.compile(r" (?:said|added)\.$")
_SPOKE = re.compile(r"\b(?:said|says|told|tells|yelled|shouted|asked|replied|sang|whispered)\b")


# whom "his", "her" or "their" may open a sentence on as the speaker of the quote after it ("His producer didn't
# hesitate."): a role or a relation, never a thing
_PERSON_NOUNS = ROLE_WORDS | frozenset(
    {"friend", "mate", "bandmate", "nan", "gran", "nana", "grandson", "granddaughter", "kid", "kids", "uncle", "aunt"}
)


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
    if (  # "His producer didn't hesitate."
        words[0] in ("His", "Her", "Their")
        and words[1].isalpha()
        and words[1].islower()
        and words[1] in _PERSON_NOUNS  # (never "Their category was in ten minutes.")
        and looks_like_verb(words[2].rstrip(",.;:!?"), after_name=True)
    ):
        return f"{words[0].lower()} {words[1]}"
    if words[0] == "The" and words[1].isalpha() and words[1].islower() and words[2] in ("was", "had"):
        others = {
            w[1]
            for s in said[:-1]
            if s.startswith("The ") and len(w := s.split()) > 2 and w[1].isalpha() and w[1].islower()
        }  # (someone the text calls by what they do, not a band: "The Rooks played it.")
        if others - {words[1]}:  # "The guard refused entry. The aide was on the phone.": whose line? never guessed
            return None
        return f"the {words[1]}"
    if (
        len(words) > 3
        and words[0] == "The"
        and words[1:3] == [w.lower() for w in words[1:3]]
        and words[3] in ("was", "had")
    ):
        return f"the {words[1]} {words[2]}"  # "The cloakroom attendant had taped …"
    return _shouted_by(words) or someone_speaking(words)


_SPEECH_VERBS = wordset(
    "said told shouted yelled screamed called begged pleaded whispered snapped hissed barked warned ordered"
)


def _shouted_by(words: list[str]) -> str | None:
    """Who a sentence opens on saying something, when the roster does not know them: "the fan" ("A fan shouted at
    Ivo Dahl …"), "the stage manager" ("The stage manager begged Dahl to wrap up …"); None otherwise."""
    if words[0] not in ("A", "An", "The"):
        return None
    for k in (2, 3):
        nouns = words[1:k]
        if len(words) > k and words[k] in _SPEECH_VERBS and all(w.isalpha() and w.islower() for w in nouns):
            return "the " + " ".join(nouns)
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


def _answered(answer: str, speaker: str | None) -> str:
    """ "Asked why 4: “It's later now.”" with who answered: "Asked why 4, Wiśniewska answered: “It's later now.”"."""
    m = _ASKED.match(answer)
    if m is None or speaker is None:
        return answer
    return f"{m.group(1)}, {speaker} answered: {m.group(2)}"


def _fit(
    paragraphs: list[str],
    lead: int,
    limit: int,
    words: int = BODY_WORDS,
    weights: Sequence[float] = (),
    reconnected: Callable[[int, int], str] | None = None,
) -> str:
    """The paragraphs within `limit` characters and `words` words (as an editor counts them: between spaces), in
    their order: the lead moment's (`lead`) is kept (its whole sentences within the words, the first at least;
    cut at `limit` if it must be), then the others while they fit whole, the heaviest first (`weights`, one per
    paragraph: the moment the readers voted for most keeps its place over a weaker one told before it, round 41's
    choir singing to the stagehand), in their order when they weigh alike; one told after a paragraph left out is
    `reconnected` to the one told before it (its clock: never "Not long after" two hours after the story)."""
    first = _within_words(paragraphs[lead], words)
    if len(first) > limit:
        return clip(first, limit)
    kept = {lead}
    fitted = {lead: first}
    heavy = len(weights) == len(paragraphs)
    for i in sorted(range(len(paragraphs)), key=lambda k: (-weights[k] if heavy else 0.0, k)):
        paragraph = paragraphs[i]
        trial = {**fitted, i: paragraph}
        text = "\n\n".join(trial[k] for k in sorted(trial) if trial[k])
        if i not in kept and len(text) <= limit and len(text.split()) <= words:
            kept.add(i)
            fitted = trial
    told = [k for k in sorted(fitted) if fitted[k]]
    if reconnected is not None:  # a paragraph after one left out says its time from the one told before it
        fitted |= {k: reconnected(k, j) for j, k in itertools.pairwise(told) if k > lead and j != k - 1}
    return "\n\n".join(fitted[k] for k in told)


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
