"""Who said a moment's quotes and how a quote is framed in a body: its speaker (`speaker_of`, `quotes_of`), the
line told with who said it (`attributed`, `_framed`); a moment's English reports and a report's text as copy
(`_english`, `_copy`). Split out of `writing`."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from functools import lru_cache

from .addressed import framing_speaker, other_speaks
from .clauses import sentences
from .copyedit import cut_at_pauses, quote_text, thread_named, tidy, without_said_below
from .deskframe import without_cry
from .doubles import once
from .gates import story_text
from .glosses import glossed, translated, word_glossed
from .hygiene import is_junk, prose, spoken
from .language import english_line
from .lexicon import STOPWORDS
from .moments import Moment
from .naming import Names, introduced_as
from .night import NameBook, Report
from .overheard import overheard, said_by
from .questions import asks
from .quoted import line_given, one_line
from .shorthand import articled, past_clauses, unfolded
from .textutil import (
    alnum_words,
    first_name,
    fold,
    generational,
    honorific,
    short_name,
    squash,
    title_word,
    typed_as_role,
    wordset,
)
from .verbs import looks_like_verb

QUOTES_PER_MOMENT = 3
QUOTES_PER_ITEM = 3
_LOWER_STARTERS = wordset(
    """
    the a an his her their its our this that these those someone somebody everyone everybody nobody crew
    at in on by near outside inside behind overheard
"""
)
_LABEL_MAX_WORDS = 3


def speaker_of(r: Report, moment: Moment, book: NameBook) -> str | None:
    """Who said a report's quote: `quote_by` when given, else the moment's only person, else the one of its
    people the report says spoke (`_says_who_spoke`), else the one person the report itself tags when it opens on
    them, else nobody (the body tells it as overheard)."""
    if r.speaker is not None:
        return book.display.get(r.speaker, squash(r.sighting.quote_by or ""))
    if len(moment.people) == 1 and not book.display[moment.people[0]].lower().startswith("the "):
        return _only_one(r, moment.people[0], book)
    said = _says_who_spoke(prose(r.sighting.what), r.sighting.quote or "", moment.people, book)
    if said is None and len(r.names) == 1 and r.names[0] in moment.people:
        # a report about one of the moment's people, opening on them ("Juno Achterberg won Best Actress and thanked
        # 'the stairs' in her speech" and its line): theirs, as a moment of one person's would be
        key = r.names[0]
        opening = fold(prose(r.sighting.what))
        opens = any(opening.startswith(f + " ") for f in _name_forms(key, book))
        if opens and not book.display[key].lower().startswith("the "):
            return _only_one(r, key, book)
    return said


def _only_one(r: Report, key: str, book: NameBook) -> str | None:
    """The one person a report is about as the speaker of its line, unless its words give it to someone else."""
    text, quote = prose(r.sighting.what), r.sighting.quote or ""
    forms = _name_forms(key, book)
    if _asked_them(fold(text), quote, forms):
        return book.display[key]  # "The host asked Berg what he would do": the answer is his
    if framing_speaker(text, quote) is not None:
        return None  # "The security guard, dead serious, to the cake: “…”": the guard's line
    lead_in = _lead_in(text, quote)
    if lead_in is not None and not any(f in lead_in for f in forms):
        return None  # "Mama na ye ayei kozwa ye, kasi cour mobimba egangi « Tika ye! »": the note tells who shouted
        # it right before it, and it is not them (the courtyard)
    child = _CHILD_OF.search(text) if _MY_PARENT.search(quote) else None
    if child is not None:  # “My dad says thank you …” after "his 9-year-old daughter went up and accepted for him":
        whose = child.group("whose").lower() if child.group("whose") else child.group("owner")
        return f"{whose} {child.group('kin').lower()}"  # her line (break 67; "Priyanka Venkataraman's son", break 68)
    if _someone_else_acts(text) or _acts_on(text, forms) or addresses_someone(quote) or other_speaks(text, forms):
        return None  # "The cloakroom attendant taped Bram's poem up": the attendant may have said it
    if _calls(r.sighting.quote or "", key, book, anywhere=True):
        return None  # "A hobby is something you give up, Poldi.": said to Poldi, never by him
    if _talks_about(r.sighting.quote or "", key, book):
        return None  # "Bastien always does what he says.": said of Bastien, by someone else
    return book.display[key]  # (a band, "The …", does not speak one line)


# a line about the speaker's parent ("My dad says thank you"), and the child of the moment's person a note names
_MY_PARENT = re.compile(
    r"\bmy (?:dad|father|mum|mom|mother|papa|mama|grandad|granddad|grandpa|grandma|gran|nan)\b"
    r"|^(?:mum|mom|dad|mama|papa|mummy|daddy)\b(?=[,!?])|, (?:mum|mom|dad|mummy|daddy)[.!?]*$",  # (“Mum, that's not
    re.IGNORECASE,  # how it happened!”: said to her, by her son; break 68)
)
_CHILD_OF = re.compile(
    r"(?:\b(?P<whose>his|her)|(?P<owner>\b[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}['’]s)) "
    r"(?:(?:\d{1,2}|[a-z]+)-year-old |little |young |eldest |youngest )?"
    r"(?P<kin>daughter|son|granddaughter|grandson|kid|child|boy|girl)\b",
    re.I,
)


def _lead_in(text: str, quote: str) -> str | None:
    """The words right before a note's own copy of its quote in quotation marks, folded ("… kasi cour mobimba egangi"
    before "« Tika ye! »": who said it, in the note's words); None when the note does not carry its quote."""
    line = fold(quote).strip().rstrip(".!?")
    if not line:
        return None
    for mark in ("«", "“", '"'):
        folded = fold(text).replace(f"{mark} ", mark)  # ("« Tika ye! »": the mark and its line, as one)
        at = folded.find(f"{mark}{line}")
        if at >= 0:
            return " ".join(folded[:at].split()[-_LEAD_IN:])
    return None


_LEAD_IN = 6  # words before a note's quote that say who said it ("Fiston, into the mic:", "the courtyard shouted")


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
    """Whether a quote calls a person by name, first, after an opening greeting or last ("Idris, sit down.", "Thank you,
    Tom, for …", "You never gave up, Poldi."; by their given name past a title, "Julian" of "Mr. Julian Frost"): said
    to them, never by them. With `anywhere`, a name standing on its own between any of its stops ("You never gave up
    on it, Benno. Never."): enough to say it is not theirs, not to say who else said it (`_says_who_spoke`)."""
    spoken = [p.strip() for p in re.split(r"[,.!?;:]\s*", fold(quote).strip("\"“”'‘’ ")) if p.strip()]
    if not spoken:
        return False
    display = book.display.get(key, key)
    # (first, last, or after an opening greeting or thanks: "Thank you, Tom, for teaching me …")
    greeted = len(spoken) > 2 and spoken[0] in _GREETINGS
    said = set(spoken) if anywhere else {spoken[0], spoken[-1], *(spoken[1:2] if greeted else ())}
    return bool(said & (_name_forms(key, book) | {_given(display)}))


_GREETINGS = wordset(
    "thanks sorry hey oh well listen look congratulations cheers hello hi yes no okay ok please goodnight bravo wow"
) | {"thank you", "come on", "good night"}


def _given(display: str) -> str:
    """The folded given name of a display name, past a title the roster gives it ("Mr. Julian Frost": "julian")."""
    words = [w for w in display.split() if not honorific(w)] or display.split()
    return fold(words[0])


_SELF_NAMED = re.compile(
    r"\b(?:i'm|i am|i’m|my name is|my name's|call me|it's|it is|this is|je suis|je m'appelle|moi,? c'est|soy|me llamo"
    r"|ich bin|sono|eu sou|ako si|ako ay)\s+$"
)


def _talks_about(quote: str, key: str, book: NameBook) -> bool:
    """Whether a quote names the person inside a sentence, as someone spoken of ("Il va le faire. Bastien fait
    toujours ce qu'il dit"): a person does not speak of themselves by name, so the line is someone else's. A name
    after "I'm", "my name is", "je suis" … is theirs (they say who they are)."""
    folded = " ".join(fold(quote).replace("’", "'").split())
    display = book.display.get(key, key)
    for form in _name_forms(key, book) | {_given(display)}:
        if len(form) < 3:
            continue
        for m in re.finditer(rf"(?<![\w'-]){re.escape(form)}(?![\w-])", folded):
            if not _SELF_NAMED.search(folded[: m.start()]):
                return True
    return False


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
    attendant had taped …", "A runner brought …", "A fan shouted at …"): a quote it carries, said by nobody
    named, is not given to the moment's person on a guess."""
    m = _SOMEONE_ELSE.match(text)
    if m is None:
        return False
    words = text[: m.end() + 40].split()[1:5]  # the one to three words of who it is, then the verb
    return any(
        words[k].islower()
        and looks_like_verb(words[k], after_name=True)
        and not looks_like_verb(words[k - 1], after_name=True)
        for k in range(1, min(4, len(words)))
        if all(w.isalpha() and w.islower() for w in words[:k])
    )


_OBJECT_AFTER = wordset("at on to up down in into with over past away from after")


def _acts_on(text: str, forms: set[str]) -> bool:
    """Whether a report's text opens on someone else, in a word, doing something to the person ("Security stopped
    Nell Asher …", "Photographers chased Ivo Dahl …"): the person is the one acted on, not the one who spoke."""
    words = text.split()[:6]
    if len(words) < 3 or not words[0].isalpha() or not words[0][1:].islower():
        return False
    if fold(words[0]) in STOPWORDS or any(fold(words[0]) in form.split() for form in forms):
        return False  # ("She stopped …", "Asher stopped …")
    if not words[1].islower() or not looks_like_verb(words[1], after_name=True):
        return False
    rest = words[2:]
    while rest and fold(rest[0]) in _OBJECT_AFTER:
        rest = rest[1:]
    said = fold(" ".join(rest))
    return any(said.startswith(form + " ") or said == form or said.startswith(form + "'") for form in forms)


_ASKED = re.compile(r"\basked ([^.!?,;]{2,40}?) (?:what|whether|if|how|why|where|when|who|which|about)\b")


def _asked_them(folded: str, quote: str, forms: set[str]) -> bool:
    """Whether a report says someone asked the person something and its quote is no question ("The host asked Otto
    Berg what he would do with the money", “Buy my mum a house”): the quote is the person's answer."""
    if not quote or asks(quote):
        return False
    return any(m.group(1) in forms for m in _ASKED.finditer(folded))


# (at a stop: "Sorry madam, no entry", "Yes sir", never "Sir Elton"; not "darling", "love": a star's own word too)
_ADDRESS = wordset("madam madame ma'am sir")


def addresses_someone(quote: str) -> bool:
    """Whether a quote calls the one it is said to by a form of address ("Sorry madam, no wristband", "Not tonight,
    sir"): said to someone, so never given to the moment's person on a guess."""
    for part in re.split(r"[,.!?;:—–]\s*", fold(quote).strip("\"“”'‘’ ").replace("’", "'")):
        words = part.split()
        if words and words[-1] in _ADDRESS:
            return True
    return False


def quotes_of(moment: Moment, book: NameBook) -> list[tuple[str, str | None]]:
    """The moment's distinct quotes in English, in time order, each with its speaker (a few at most, the
    strongest): an English quote in a report written in another language is printed; a line typed with its
    translation ("on verra (= we'll see)") is not English, and never a headline's."""
    return [(quote, speaker) for quote, speaker, _ in _quotes(moment, book) if translated(quote)[1] is None]


def _line_in_english(r: Report) -> bool:
    """Whether a report's line (`_quotes`: its quote, else its text when only a quotation) is in English."""
    return r.features().quote_english or (not r.sighting.quote and r.english)


# a text that gives the line it quotes in English, saying the language it was said in ("She said it in Italian:
# 'This has been yours for forty years.'"): the line in Italian beside it would tell it twice
_SAID_IN = re.compile(
    r"\b(?:said|says|told|tells|whispered|whispers|shouted|shouts|added|adds)(?: (?:it|this|that|him|her|them))? "
    r"in [A-Z][a-z]+(?: [A-Z][a-z]+)?[:,]?\s*[‘'“\"]"
)


def _opened_by(key: str, seen: set[str]) -> str | None:
    """The line already seen that is one line with this one, told in part (`quoted.one_line`), if any."""
    return next((k for k in seen if one_line(k, key)), None)


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
        quote = quote_text(spoken(raw)).strip('"“”„«» ')
        key = " ".join(alnum_words(fold(quote)))  # ("Size eleven. You'll manage." and "Size eleven, you'll manage!")
        if not quote:
            continue
        if key not in seen and (opened := _opened_by(key, seen)) is not None:
            key = opened  # "Questo è tuo da quarant'anni, Assù. …" after "Questo è tuo da quarant'anni.": one line
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
        elif foreign and not _SAID_IN.search(r.sighting.what):  # (its text gives the line in English already)
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
    # each other speaker's strongest line in another language: the moment's distinct voices are all kept (a father's
    # "J'ai pas d'habit, moi." beside his daughter's "Papa, viens-t'en."), one line each
    # (and one line of nobody named, which the body prints only when the sentence before it says whose: `_readable`)
    # (a second voice only in Latin letters: a line in a script the reader cannot even sound out is one at most)
    # (and none beside a line in English: "“My grandmother wore it …,” Simonyan said. “Քառասունութ տարի է …,”
    # Sargsyan said." gives the English reader a line they cannot read after one they can)
    voiced: dict[str | None, tuple[str, str | None, int]] = {}
    for q in sorted(others, key=lambda q: (-strength[q[2]], q[2])):
        if (q[1] is None or q[1] not in heard) and (not (voiced or found) or _latin(q[0])):
            voiced.setdefault(q[1], q)
    found.extend(voiced.values())
    strongest = sorted(found, key=lambda q: (-strength[q[2]], q[2]))[:QUOTES_PER_MOMENT]
    return sorted(strongest, key=lambda q: q[2])


def _latin(line: str) -> bool:
    """Whether every letter of a line is a Latin one ("Moi? En pantoufles?"; not "साहब, मैं तो …")."""
    return all(c.isascii() or "LATIN" in unicodedata.name(c, "") for c in line if c.isalpha())


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
    shared = _surname_shared(speaker, surname, told)  # ("Arceneaux said" after "Theo Arceneaux": either of them;
    # a quote's speaker is never left to the reader to work out)
    namesake = names is not None and surname != speaker and _namesake_told(speaker, told, names.display.values())
    # (a father and son of one name, the other named before: "Bakker said" is either, and so is "Ton")
    if names is not None and surname != speaker and _family_of_the_story(speaker, surname, names):
        shared = True  # ("Batool said" where Hira Batool and her mother Nasreen Batool are both in the story)
    key = next((k for k, d in names.display.items() if d == speaker), None) if names is not None else None
    given = names.again(key) if names is not None and key is not None else speaker  # ("Lía said": Names.again's,
    # when it calls both by their given names; never "Tetsuo said" where it calls the boy "Haruto", him "Ishikawa")
    by_given = named and shared and not namesake and given == first_name(speaker) and given not in (speaker, surname)
    name = given if by_given else surname if named and not shared and not namesake else speaker
    if not named and names is not None and (legal := names.legal_of(speaker)):
        name = introduced_as(speaker, legal, " said")  # "DJ Sky (Skylar Brennan-Ito) said", "Hira's mother, Nasreen
        # Batool, said", at the first mention
    if name[:1].islower() and typed_as_role(name) and name.split()[0] not in _DETERMINERS:
        name = f"the {name}"  # (`quote_by: "security guard"`: “…,” the security guard said; break 67)
    verb = "added" if _just_said(name, told) else "said"
    return said_by(quote, name, verb)


# what a speaker typed as a role ("his mother", "a fan", "the host") may open on: never given "the"
_DETERMINERS = wordset(
    "the a an his her their its my our your one some another this that these those he she they it someone somebody"
    " everyone everybody nobody"
)


def _namesake_told(speaker: str, told: str, people: Iterable[str]) -> bool:
    """Whether the text before names the speaker's father or son of the same name ("Ton Bakker, jr." before "Ton
    Bakker, sr."'s line): the family name alone would be either of them."""
    folded = fold(told)
    core = _without_generation(speaker)
    own = fold(speaker.replace(",", ""))  # (the speaker, however a comma is typed: "Barry Kowalchuk Jr.")
    return any(
        fold(other.replace(",", "")) != own and _without_generation(other) == core and _named_alone(fold(other), folded)
        for other in people
    )


def _named_alone(name: str, folded: str) -> bool:
    """Whether a folded text names `name` as it is, never as the start of a longer name ("Barry Kowalchuk" in
    "Barry Kowalchuk Jr." is his son)."""
    for spelt in dict.fromkeys((name, name.replace(",", ""))):
        for m in re.finditer(rf"(?<!\w){re.escape(spelt)}(?!\w)", folded):
            after = folded[m.end() : m.end() + 6].lstrip(", ").split(" ", 1)[0].rstrip(".,;:")
            if not generational(after):
                return True
    return False


def _without_generation(name: str) -> str:
    """A name without its generational suffix, folded ("Kofi Mensah, Jr." and "Kofi Mensah": "kofi mensah")."""
    words = name.replace(",", " ").split()
    while len(words) > 1 and generational(words[-1]):
        words = words[:-1]
    return fold(" ".join(words))


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


def _family_of_the_story(speaker: str, surname: str, names: Names) -> bool:
    """Whether someone else of the story goes by the speaker's surname, by the name the article prints or the roster
    name it prints beside a role ("Hira's mother, Nasreen Batool"): "Batool said" would be either of them."""
    own = {speaker, *(legal for key, legal in names.legal.items() if names.display.get(key) == speaker)}
    others = [n for n in (*names.display.values(), *names.legal.values()) if n not in own]
    return any(n.endswith(f" {surname}") for n in others)


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
        w not in given.split()
        and w[:1].isupper()
        and fold(w) not in STOPWORDS
        and w not in by_given
        and not title_word(w)  # (not "Sri" of "Tan Sri Ahmad Fauzi bin Abdul Rahman")
        for w in others
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
    """A quote told as its moment, with who said it: "At the bar, Mavis Okonkwo said: “…”", “…,” Voss said minutes
    later. (a quote nobody is known to have said tells no moment)."""
    if _OPEN_END.search(quote):  # (the sentence it ends needs its stop: “… than with him.”, “Are we okay?”)
        quote += "?" if asks(quote) else "."
    if place in _ONLY_LATER:  # a time and no place: the line first, as the desk writes it (“…,” Voss said minutes
        # later.), never "Minutes later, Voss said: “…”", a formula a reader hears at each follow-up (round 41)
        line = quote[:-1] + "," if quote.endswith(".") and not quote.endswith("..") else quote
        return f"“{line}” {speaker} said {place}."
    earlier = place.lower().startswith(("minutes earlier", "earlier"))  # said before the act told above it
    said = f"{speaker} {'had said' if earlier else 'said'}: “{quote}”"
    return f"{place[:1].upper()}{place[1:]}, {said}" if place else said


_ONLY_LATER = frozenset({"minutes later", "later"})  # (`copying._later_on`)


# a quote's last character a Latin letter or a digit (a CJK one needs no Latin stop): a sentence left open
_OPEN_END = re.compile("[^\\W_\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7a3]$")


_EARLIER = re.compile(r"^Earlier(?: (?:tonight|today|this evening|on))?,? (?=\S)")  # the reporter's own "earlier"


def _english(moment: Moment) -> list[Report]:
    """The moment's reports the article may print, in the order they may speak for it (`Moment.speaking`): the
    first whose copy reads as prose tells it (`_speaking`)."""
    return [r for r in moment.speaking if r.english and not r.junk]


# the reporter pointing at what only they saw ("the envelope from earlier", "the coats from before"): the reader
# never saw it; the item tells the setup (`_told_order`) or the thing is simply "the envelope"
_BACK_REFERENCE = re.compile(r"(?<=\w) from (?:earlier|before)(?: tonight)?(?=[\s,.;:!?]|$)", re.IGNORECASE)
# the reporter's aside pointing back at what only they saw, in brackets: "(the lady with the 40-person queue earlier)"
_BACK_ASIDE = re.compile(r" \((?:the|that|same) [^()]{3,60}? (?:earlier|from before|I mentioned)\)")


def _copy(r: Report) -> str:
    """A report's text as copy (before names and tense): its reporter's chatter left out (`gates`), no pointer
    at what only the reporter saw ("from earlier"). Worked out once per text and people (an item's writer asks for
    the copy of each of its reports five times: the test that it tells, its news, its beats, its paragraphs)."""
    aliases = r.vocabulary.aliases  # (every name its people go by: "Dingo stares at it" is a person, never "The
    # dingo stared")
    return _copy_of(r.sighting.what, r.sighting.people, tuple(" ".join(sorted(aliases.get(k, ()))) for k in r.names))


@lru_cache(maxsize=4096)
def _copy_of(what: str, people: tuple[str, ...], known: tuple[str, ...] = ()) -> str:
    what = without_cry(prose(what))  # ("ok this is the best thing I've seen tonight: Hedy …": the news, never the cry)
    what = glossed(cut_at_pauses(once(thread_named(word_glossed(what)))))  # a quote in another language translated
    what = articled(past_clauses(unfolded(what, people, known)))  # a telegraphic note in sentences (`shorthand`)
    what = without_said_below(what)  # ("… and said in Azerbaijani what I have translated below")
    copy = tidy(story_text(what) or what)
    copy = _BACK_ASIDE.sub("", copy) if "(" in copy else copy  # ("Hasmik Sargsyan from the cloakroom went …")
    return _BACK_REFERENCE.sub("", copy) if " from " in copy else copy
