"""The passes over an item's paragraphs once written (`writing._write`): told once (`_told_once`, `_fuller_once`),
no beat opening on a retelling (`_reconnected`), people named in full once then by pronoun (`_named_in_full`,
`_pronouned`, `_agreeing`), and which reports the body tells (`_tells_some_of`). Split out of `writing`."""

from __future__ import annotations

import re
from functools import partial

from .beats import _LEADING_CONNECTIVE, _QUOTED_TEXT, _after_lead, _as_follow_up, _next_beat, _spoken
from .clauses import sentences
from .copyedit import quote_text
from .copying import _numbers
from .elders import ELDER, aged
from .hygiene import prose
from .language import line_in_english
from .lexicon import LEFT_BEHIND, STOPWORDS, stem
from .moments import Moment
from .naming import Names, introduced_as
from .night import NameBook, Report, claim_words
from .orphans import hangs, orphaned, without_intro
from .paragraphs import _connective_kept
from .pronouns import pronoun_of, with_pronouns
from .quoted import Hidden
from .retelling import PROMISE_TOLD, introduced_once
from .speakers import _heard_as_said
from .story import Story
from .textutil import PROFESSION_PATTERN, fold, short_name
from .verbs import IRREGULAR, is_past_verb

TOLD_SHARE = 2 / 3  # a sentence whose content words are this much told already in the item...
TOLD_WORDS = 3  # ...at least this many of them told: told twice


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
            said = [
                " ".join(fold(q).split()).strip(" .,!?…")
                for q in _QUOTED_TEXT.findall(sentence)
                if not _work_title(q, sentence)
            ]
            if any(q and any(q in p or p in q for p in quotes) for q in said):
                continue  # the same quote again
            if hangs(sentence):
                continue  # "…, kind of:": a note that introduced what the body does not print
            sentence = without_intro(sentence) if ": " in sentence else sentence
            own = _QUOTED_TEXT.sub(" ", _LEADING_CONNECTIVE.sub("", sentence))
            words = claim_words(own) - names.words()
            again = len(words & told)
            # (never a promise, "He said that if his grandson won, he would ring it twice": the setup its payoff
            # kept, whatever words they share)
            promise = PROMISE_TOLD.search(own) is not None
            # (nor, told before it, the loss the lead moment brings back: "Bērziņš left the amber key on the taxi's
            # back seat" before the driver found "a key made of amber on the seat")
            promise = promise or (k < lead_at and LEFT_BEHIND.search(own) is not None)
            told_again = again >= TOLD_WORDS and again >= TOLD_SHARE * len(words) and k != lead_at
            if told_again and not _new_act(own, told) and not promise:
                continue  # told already
            people = set(re.findall(r"[^\W_]+", fold(own))) & names.words()
            if k != lead_at and not said and words - _SAYING and words <= told and people and people <= named:
                continue  # "Dhillon and Rane hugged.", after their hug: every word of it told, of people named
            retold = k != lead_at and at == 0 and not said and people and people <= named
            if retold and _retold_event(words, told, own):
                kept = []  # a beat that opens on what the item told, in other words: the rest leans on it
                break
            told |= claim_words(_CONDITION.sub(" ", own)) - names.words() if "f " in own else words
            named |= people
            quotes.extend(q for q in said if q)
            kept.append(sentence)
            acts.append(frozenset() if said else words)
        out[k] = _connective_kept(paragraph, " ".join(_fuller_once(kept, acts, names)), names)
    return out


TITLE_WORDS = 6  # a work's title in quotes, at most: "won Best Song for “Mwasi ya Bandal”"


def _work_title(quoted: str, sentence: str) -> bool:
    """Whether a quote of a sentence is a work's title, not someone's line: a few words, no sentence's end inside
    them, in a sentence that tells no one saying anything (`_spoken`). The same title told again ("won Best Song for
    “Mwasi ya Bandal”", then "Lokwa was asked about “Mwasi ya Bandal”, his hit built on a sample …") is no quote
    printed twice, and never takes the sentence that names it out of the body."""
    words = quoted.split()
    return 0 < len(words) <= TITLE_WORDS and not re.search(r"[.!?…,]", quoted) and not _spoken(sentence)


def _new_act(sentence: str, told: set[str]) -> bool:
    """Whether a sentence tells a thing done that the item has not told yet, in the passive ("Their category was read
    out with Faleafa still in the loading dock" after "Their category was in ten minutes" and the loading dock: the
    reading out is news). An act in the active voice is judged by its words ("Voss spotted hugging the stagehand"
    retells the hug)."""
    return any(is_past_verb(m.group(1)) and stem(m.group(1)) not in told for m in _PASSIVE.finditer(sentence))


_PASSIVE = re.compile(r"\b(?:was|were|got) ([a-z]+)\b")


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
    r"\b[Ii]f (?:[\w'’-]+ ){1,5}?(?:win|wins|won|lose|loses|lost|gets?|got|beats?|takes?|took)\b"
    r"(?: (?:[A-Z][\w'’-]*|of|the|for|tonight)\b)*"
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


_PROFESSION_BEFORE = re.compile(rf"(?<![\w'’-])(?:{PROFESSION_PATTERN})\.? $")


_PLAIN_ELDERS = frozenset({"granny", "grandma", "grandpa", "grandad", "gran"})  # English: the age says it all


def elder_of(elder: re.Match[str], unnamed: list[str], story: Story, names: Names) -> str | None:
    """Whom a body's "a 90 year old nonna" is (`elders.aged`, over every report of the story and every way the night
    writes each unnamed person's name)."""
    age = elder.group("age")
    if age is None:
        return None
    texts = " ".join(r.sighting.what for m in story.moments for r in m.reports)
    written = {
        k: {names.display[k], *(f.written for forms in names.index.values() for f in forms if f.key == k)}
        for k in unnamed
    }
    key = aged(age, written, texts)
    return names.display[key] if key is not None else None


def _role_named(paragraphs: list[str], story: Story, names: Names) -> list[str]:
    """A person of the story the body never names, named where it first calls them what the crowd calls an old person
    with the age a report gives beside their name ("a 90 year old nonna was standing …" → "Giuseppina Bortolin, a 90
    year old nonna, was standing …", from "G. Bortolin (90)"), or by the role the night gives them
    ("The stage manager found it on a chair …" → "The stage manager, Margaret Pageau, found it …", from another
    report's "Page (stage mgr)"): the reader meets them by name. Never inside someone's words, nor a role's
    possessive ("the stage manager's clipboard")."""
    hidden = Hidden()
    text = hidden.hide("\n\n".join(paragraphs))
    elder = ELDER.search(text)
    before = text[: elder.start()] if elder is not None else ""  # (named only later: "Nonna Pina told us afterwards …")
    unnamed = [
        k for k in story.people if (d := names.display.get(k)) and d not in before and names.again(k) not in before
    ]
    who = elder_of(elder, unnamed, story, names) if elder is not None and unnamed else None
    if elder is not None and who is not None:  # "a 90 year old nonna was …" → "Giuseppina Bortolin, a 90 year old …"
        # (one the night calls "Nonna Pina" is "Nonna Pina, 90,": the word is in her name)
        word = elder.group("word").lower()
        plain = word in who.lower().split() or word in _PLAIN_ELDERS  # ("Rosa Marchetti, 88, in a sequinned …")
        said = f"{elder.group('age')}," if plain else f"{elder.group(0)},"
        after = text[elder.end() :]
        legal = next((names.legal[k] for k, d in names.display.items() if d == who and k in names.legal), None)
        if legal is not None:  # her first mention was later, with the roster's name: she is met here now
            for met in (introduced_as(who, legal, " x"), introduced_as(who, legal, ".")):  # (with its comma or not)
                after = after.replace(met, who, 1)
        text = f"{text[: elder.start()]}{who}, {said}{after}"
    for key in story.people:
        full, role = names.display.get(key), names.roles.get(key, "")
        if full is None or not role.startswith("the ") or full in text or names.again(key) in text:
            continue
        m = re.search(rf"(?<![\w'’-])([Tt]he {re.escape(role[4:])})(?![\w'’-])(?!['’]s)(?! \w+ing\b)", text)
        if m is None or text[m.end() : m.end() + 1] in (",", ")"):
            continue
        text = f"{text[: m.end()]}, {full},{text[m.end() :]}"
    return hidden.show(text).split("\n\n")


def _titled_other(text: str, at: int, full: str) -> bool:
    """Whether a short name at `at` follows a profession's title its person's full name does not carry ("Dr Byrne's
    daughter" beside the roster's Orla Byrne): someone else."""
    title = _PROFESSION_BEFORE.search(text, 0, at)
    return title is not None and title.group(0).split()[0].rstrip(".") not in full.replace(".", "").split()


_FAMILY_AFTER = re.compile(r"\s+(?:party|brothers|sisters|family|clan|band|household|twins)\b", re.IGNORECASE)


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
        theirs = [  # someone else's name in full ("Uncle Horace Bell, Sr."), or as the item names them again
            # ("Vidal d'Arenys", Montserrat's): a word of it is never this person's ("Vidal", Júlia Serra Vidal's)
            m.span()
            for k, d in names.display.items()
            if k != key
            for form in {d, names.again(k)}
            if form != again and again in form and form in text
            for m in re.finditer(rf"(?<![\w'’-]){re.escape(form)}(?![\w-])", text)
        ]
        short = next(
            (
                m
                for m in re.finditer(rf"(?<![\w'’-]){re.escape(again)}(?![\w-])", text)
                if not any(a <= m.start() < b for a, b in fulls)
                and not any(a <= m.start() < b for a, b in theirs)  # ("Horace" of "Uncle Horace Bell, Sr.": his)
                and not any(text.endswith(d, 0, m.end()) for d in others)  # (in "Toby Lindqvist", not hers)
                and not _titled_other(text, m.start(), full)  # "Dr Byrne": a doctor, not the roster's Orla Byrne
                and not _after_given_name(text, m.start())  # "her late husband, Ramón Gómez": his, never hers
                and not _FAMILY_AFTER.match(text, m.end())  # "the Dildar party", "the Dildar brothers": all of them
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


_WORD_BEFORE = re.compile(r"(?<![\w'’-])([A-ZÀ-ÖØ-Þ][\w'’-]*) $")


def _after_given_name(text: str, at: int) -> bool:
    """Whether the word before `at` is a capitalised word mid-sentence, a given name of someone else ("… her late
    husband, Ramón Gómez"): the surname after it is that person's, no mention of anyone the item names."""
    start = max(0, at - 40)
    m = _WORD_BEFORE.search(text[start:at])
    if m is None:
        return False
    before = text[: start + m.start()].rstrip()
    return bool(before) and before[-1] not in '.!?:“"(' and m.group(1).lower() not in STOPWORDS


def _edited(paragraphs: list[str], story: Story, book: NameBook, names: Names) -> list[str]:
    """The desk's passes over a body's paragraphs: one number per name, a role introduced once."""
    paragraphs = _agreeing(paragraphs, [book.display[k] for k in story.people])
    return introduced_once(paragraphs)


# a note's verb of saying left with nothing after it, then its line told with a speaker ("… was asked about the feud,
# just said. “What feud? …,” Pryce said."): the line is what was said (break 67)
_SAID_NOTHING = re.compile(
    r"(?:^|(?<=[.!?] ))(?P<head>[^.!?“”]*? [^.!?“”]*? [^.!?“”]*?)(?P<comma>,)? "
    r"(?:just |then |simply |only )?(?P<verb>said|replied|answered)\. "
    r"(?:“(?P<line>[^“”]+?)[,.]?” (?:[A-Z][\w'’.-]*(?: [A-Z][\w'’-]*){0,3}|he|she|they) (?:said|added)\."
    r"|Overheard: “(?P<heard>[^“”]+?)”)"
)


def said_into(paragraph: str) -> str:
    """`paragraph` with a note's "… said." and the line after it one sentence: "… was asked about the Moths feud and
    said: “What feud? I love those guys. Next question.”", "Asked about the feud, Jonah Pryce said: “…”"."""
    if not any(f"{verb}. {after}" in paragraph for verb in ("said", "replied", "answered") for after in ("“", "Over")):
        return paragraph

    def joined(m: re.Match[str]) -> str:
        line = (m.group("line") or m.group("heard")).rstrip(".")
        stop = "" if line[-1:] in "!?…" else "."
        link = " and" if m.group("comma") else ""
        return f"{m.group('head')}{link} {m.group('verb')}: “{line}{stop}”"

    return _SAID_NOTHING.sub(joined, paragraph)


# a reporter's translation of a line in brackets after what it tells ("… asked for his glasses (“Somebody bring me my
# glasses”)"), and the line itself quoted after it in its own language, with its speaker ("“Que alguien me traiga mis
# gafas,” Lobo said.")
_TRANSLATED = re.compile(r" \(“(?P<english>[^“”()]{2,200})”(?P<aside>(?:[^()“”]|“[^“”()]{1,40}”){0,80})\)")
_LINE_SAID = re.compile(r"“(?P<line>[^“”]{2,300}?)(?P<stop>[,!?]?)” (?P<who>[^.“”]{1,40}?) (?P<verb>said|added)\.")


def translated_once(paragraph: str) -> str:
    """`paragraph` with a line in another language and the reporter's translation of it told once, the line first
    and its translation in brackets after it, with its speaker: "… asked for his glasses. “Que alguien me traiga mis
    gafas” (“Somebody bring me my glasses”), Lobo said.", never the translation in the sentence, then the line again
    as a quote (break 70: on eight nights of eighteen). Only when the paragraph has one such translation, and the
    first line quoted after it is in another language."""
    if " (“" not in paragraph:
        return paragraph
    found = list(_TRANSLATED.finditer(paragraph))
    if len(found) != 1:
        return paragraph
    t = found[0]
    said = _LINE_SAID.search(paragraph, t.end())
    if said is None or line_in_english(said.group("line")) or _shares_words(said.group("line"), t.group("english")):
        return paragraph  # (a line in English, or one that says the bracket's words: no translation of it)
    stop = said.group("stop") if said.group("stop") in ("!", "?") else ""
    translation = f"(“{t.group('english')}”{t.group('aside')})"
    told = f"“{said.group('line')}{stop}” {translation}, {said.group('who')} {said.group('verb')}."
    return paragraph[: t.start()] + paragraph[t.end() : said.start()] + told + paragraph[said.end() :]


def _shares_words(line: str, english: str) -> bool:
    """Whether a quoted line and a bracket's words share a word in lower case of three letters or more (folded): "Go
    home now" and "Go home" do; "Que alguien me traiga mis gafas" and "Somebody bring me my glasses" do not, nor
    "Diego, no llores" and "Diego, don't cry" (a name is the same in both)."""
    mine = {fold(w) for w in re.findall(r"\w+", line) if len(w) >= 3 and w.islower()}
    return not mine.isdisjoint(fold(w) for w in re.findall(r"\w+", english) if len(w) >= 3 and w.islower())


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
    if _ELSEWHERE.search(r.sighting.what):
        return False  # "can someone get back there, I'm stuck in the press pen": heard of it, never saw it
    own = claim_words(prose(r.sighting.what)) - claim_words(" ".join(r.names))
    return len(own & told) >= _CREDIT_SHARED


# a correspondent who says they are not where it happens, or asks someone else to go: they heard of it, a witness
# did not file it through them ("I'm stuck in the press pen", "can someone get back there", "wish I was there", "I
# MISSED the Rain thing … someone tell me everything")
_ELSEWHERE = re.compile(
    r"\bI['’]?m (?:stuck|not) (?:in|at|there|back there|near)\b|\bwish I was there\b"
    r"|\bI (?:totally |completely |just )?missed (?:it|the|that|this)\b|\bsome ?one (?:tell|fill) me\b"
    r"|\b(?:can|could) (?:some ?one|any ?one|some ?body) (?:get|go|run) (?:back |over |down |up )?(?:there|to)\b",
    re.IGNORECASE,
)


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


def _agreed(text: str, before: str | None, verb: str, m: re.Match[str]) -> str:
    """A name's "was" or "were" given the number it was first given, unless it is the end of the full name."""
    return m.group(0) if before and text.endswith(before, 0, m.start()) else f"{m.group(1)} {verb}"


def _agreeing(paragraphs: list[str], people: list[str]) -> list[str]:
    """A name's verb keeps the number it is first given in the item ("Echo were playing …", then "Echo
    were in the lounge", not "Echo was"): a band is one or many, once."""
    text = "\n\n".join(paragraphs)
    for person in people:
        for name in dict.fromkeys((person, short_name(person))):
            if f"{name} was" not in text and f"{name} were" not in text:
                continue  # (the cheap test first: no pattern built for a name the text gives no verb)
            # (the short name inside the full one is the full one's: "she and Søren Lindqvist were making …" is no
            # "Lindqvist were", whose "Lindqvist was on it" stays)
            before = person[: -len(name)] if name != person and person.endswith(name) else None
            found = (
                m
                for m in re.finditer(rf"(?<!and )(?<!& )\b{re.escape(name)} (was|were)\b", text)
                if before is None or not text.endswith(before, 0, m.start())
            )
            first = next(found, None)
            if first is None:
                continue
            other = "were" if first.group(1) == "was" else "was"
            text = re.sub(
                rf"(?<!and )(?<!& )\b({re.escape(name)}) {other}\b", partial(_agreed, text, before, first[1]), text
            )
    return text.split("\n\n")
