"""An item's headline: the editor's pin headline, else the lead moment's reporter headline, else one written by
rule (`headlines.write_headline`) from what the body tells of the lead moment (`writing.lead_told`: the copy of
the reports it prints for it, the one holding the moment's news first, and its quote) and nothing else: a quote
the body does not print never heads it. A headline is never a bare name, one word (no verb) nor a person only placed
somewhere ("X Is Backstage", `headline_score.flat`): when that is all the rule finds, the last resort is a plain
clause written from the item's first told sentence ("At the bar, Nell Ashby said: “Yes”" → "Nell Ashby: “Yes”"),
never the name alone, nor a quotation left open or not in English (`headline_check.quote_problem`); when no clause
the body tells passes the gate (the backstory: "… Grandson Has Been the Sound Engineer"), a speaker's line it tells
("Teo Vale: “…”", named in full) is taken before a clause the gate refused. A written
headline whose act pays off the lead person's promise, vow or bet, told by an earlier moment of the item, says so
(`_word_kept`: "… Keeps His Word and Shaves Off His Beard on Stage", "… Pays Up and …"); a written ", as Promised"
stays only when the body tells it."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterator, Sequence
from dataclasses import dataclass

from bot.limits import TITLE_MAX, clip
from bot.tagging import is_everyday_word

from .after_passes import elder_of
from .clauses import sentences
from .copyedit import thin_place, tidy
from .cutting import MAX_LEN, TARGET_LEN
from .elders import ELDER
from .handles import Handle, in_headline, story_handles, unnamed
from .headline_check import owns_nothing, problem, quote_problem, too_short_only
from .headline_choice import past_the_way_there
from .headline_names import shortened
from .headline_score import echoes, flat
from .headlines import write_headline
from .hygiene import is_junk, prose
from .lexicon import LEFT_BEHIND, PROMISED_WHERE, UPDATE_ON
from .naming import Names
from .news_clause import answer_first, news_first, prose_first
from .night import NameBook, claim_words
from .option_pieces import AS_PROMISED
from .padding import circumstance, with_circumstance, word_said
from .payoff import SUPPORTING, verb_base
from .pronouns import pronoun_of
from .prose import has_finite_verb
from .quote_headlines import house_shaped, quote_headline
from .quoted import TITLE_QUOTED, Hidden, double_quoted
from .reporter_headline import repaired_whole, written_for
from .respect import without_respect
from .standalone import says_word_kept, without_kept_word
from .story import Story
from .textutil import alnum_words, fold, squash, typed_as_role
from .threads import began_with_theirs, says_kept
from .titling import title_case
from .trimmed import routed


@dataclass(frozen=True, slots=True)
class LeadTold:
    """What the body tells of a story's lead moment (`writing.lead_told`)."""

    texts: list[str]  # the copy of each report that tells it, the one that speaks for it first
    quote: str | None  # its quote (the first with a known speaker, else its first)
    speaker: str | None  # who said it
    thin: bool = False  # the told moment's note only frames its quote
    people: list[str] | None = None  # the told moment's people (the lead moment's, or the event its quote was said at)


def _salient(story: Story) -> frozenset[str]:
    """Words of the story that more than one of its reports use, and the words of its lead moment's
    quotes: what a headline should say."""
    counts: dict[str, int] = {}
    for m in story.moments:
        for r in m.reports:
            f = r.features()
            for token in f.tokens | f.quote_tokens:
                counts[token] = counts.get(token, 0) + 1
    quoted = frozenset().union(*(r.features().quote_tokens for r in story.moment.reports))
    return frozenset(t for t, n in counts.items() if n >= 2) | quoted


def _echo(story: Story, book: NameBook) -> dict[str, int]:
    """How many of the lead moment's reports use each content word, its quotes' words among them (`echoes`)."""
    return echoes(
        (r.features().tokens | r.features().quote_tokens for r in story.moment.reports),
        (book.display[k] for k in story.moment.people if k in book.display),
    )


# a reveal of who did it ("update on the cake: IT WAS RAIN", "turns out it was Marco"), and what an earlier post said
# someone had done ("someone has eaten the ROOF")
_IT_WAS = re.compile(r"\b(?:it was|it's|turns out it was|turns out it's)\s+(?P<who>[^\W\d_][\w'’-]*)", re.IGNORECASE)
_SOMEONE_DID = re.compile(
    r"\b(?:someone|somebody)\s+(?:has\s+|had\s+)?(?P<verb>eaten|ate|taken|took|stolen|stole|drunk|drank|broken|broke|"
    r"nicked|pinched|hidden|hid)\s+(?P<thing>(?:the|a|an)\s+[^\W\d_][\w'’-]*)",
    re.IGNORECASE,
)
_DONE_NOW = {"eaten": "eats", "ate": "eats", "taken": "takes", "took": "takes", "stolen": "steals", "stole": "steals"}
_DONE_NOW |= {"drunk": "drinks", "drank": "drinks", "broken": "breaks", "broke": "breaks", "nicked": "nicks"}
_DONE_NOW |= {"pinched": "pinches", "hidden": "hides", "hid": "hides"}


def whodunit(story: Story, lead: str) -> str | None:
    """The headline of a reveal: the lead moment says it was its lead person ("IT WAS RAIN") and an earlier moment
    the story tells said someone had done something ("someone has eaten the ROOF", on "the cake" it updates) →
    "Rain Llewellyn eats the roof of the cake"; None otherwise."""
    said = _IT_WAS.search(story.moment.speaker.sighting.what)
    if said is None or said.group("who").casefold() not in lead.casefold().split():
        return None
    for m in story.moments:
        if m.first >= story.moment.first:
            continue
        what = m.speaker.sighting.what
        done = _SOMEONE_DID.search(what)
        if done is None:
            continue
        thing = done.group("thing").lower()
        of = UPDATE_ON.search(what)
        whole = f"{thing} of the {of.group(1).lower()}" if of is not None else thing
        return title_case(f"{lead} {_DONE_NOW[done.group('verb').lower()]} {whole}", [lead])
    return None


# a verb of saying, where, and a colon before what was said in lower case ("announced on stage: they're co-directing
# the sequel"): what was said is the headline's news, joined by "that" (break 68)
_SAID_COLON = re.compile(
    r"\b(?P<verb>announced|announces|revealed|reveals|confirmed|confirms|told us|tells us|admitted|admits)"
    r"(?P<where>(?: (?:on|at|in|from|to|during|after|before) [^:;.!?“”]{1,25})?): (?=[a-z])"
)


# a headline that tells a state, its subject then a copula ("Will Ooi's Mum Is So Calm With the Clippers")
_STATE = re.compile(r"^(?:[A-Z][\w'’.-]*\s){1,5}(?:Is|Are|Was|Were)\s(?!(?:Being|Named|Crowned|Found|Back|Born)\b)")


def _said_that(text: str) -> str:
    text = _SAID_COLON.sub(lambda m: f"{m['verb']}{m['where']} that ", text, count=1) if ": " in text else text
    if not any(pronoun in text for pronoun in _OWN_NEWS_HINTS):
        return text
    return _OWN_NEWS.sub(lambda m: f"{m['who'].strip()} {m['aux']} ", text, count=1)


# someone saying their own news to the press ("Darnell Price told me in the press line that he is leaving “Harbor
# Lights”", "Coach Helen Brody tells our reporter that she is leaving the national team"): the news is the headline's,
# never the saying ("… Says in the Press Line That He Is Leaving", "… Tells Our Reporter That She Is Leaving", break 69
# and break 70)
_OWN_NEWS = re.compile(
    r"^(?P<who>(?:[A-Z][\w'’.-]*\s){1,4}?)"
    r"(?:says|said|tells|told|confirms|confirmed|announces|announced|reveals|revealed|admits|admitted)"
    r"(?: to)?(?: (?:me|us|reporters|the press|(?:our|this) (?:reporter|correspondent)))?"
    r"(?: (?:on|at|in) (?:the )?[a-z][^,:;.!?“”]{0,25}?)?(?: that)? (?:he|she|they)"
    r" (?P<aux>is|was|are|were|will|would|has|had)\b (?!(?:not|never|no)\b)"
)
_OWN_NEWS_HINTS = (" he ", " she ", " they ")


def headline(
    story: Story,
    book: NameBook,
    told: Callable[[], LeadTold],
    taken: Collection[str] = (),
    opening: Callable[[], str] = lambda: "",
) -> str:
    """The editor's pin headline; else the lead moment's reporter headline (its speaker's first, never
    one an earlier item carries, nor one that is mostly debris, nor one in another language); else one
    written by rule from what `told()` says the body tells (asked only then: it runs the body's copy desk)."""
    if story.moment.pin_headline:
        return clip(squash(story.moment.pin_headline), TITLE_MAX)
    m = story.moment
    names = Names(book, story.people)
    people = [book.display[k] for k in m.people]
    for r in sorted(m.reports, key=lambda r: r is not m.speaker):
        raw = r.sighting.headline or ""
        text = repaired_whole(fitted(squash(names.headline(tidy(prose(raw)))), people), raw, people)
        if (
            text
            and not is_junk(raw)
            and r.english
            and text.casefold() not in taken
            and written_for(r, m, people)
            and _reads_as_headline(text, people)
        ):
            return clip(text, TITLE_MAX)
    lead = book.display[story.lead] if story.lead is not None else None
    lead_told = told()
    told_reports = [r for moment in story.moments for r in moment.reports if r.english and r is not m.speaker]
    copies = [
        squash(tidy(prose(r.sighting.what)))
        for r in told_reports
        if 0 < r.index - m.speaker.index <= _NEAR and r.ts - m.speaker.ts <= _NEAR_SECONDS
    ]
    texts = [_said_that(t) for t in answer_first(prose_first(lead_told.texts, lead, copies))]
    quote, speaker = lead_told.quote, lead_told.speaker
    if quote and not _prints(opening(), quote):  # a quote headline only for a quote the body prints
        quote, speaker = None, None
    people = lead_told.people if lead_told.people is not None else people
    # (a speaker typed as a role, "her grandmother", is nobody a headline's "her" stands for: never "Brings Her
    # 91-Year-Old Grandmother Up With Her Grandmother", break 67)
    people = [p for p in people if not typed_as_role(p)] or people
    if lead is not None and typed_as_role(lead) and lead not in people:
        lead = next((p for p in people if lead.startswith(p)), lead)  # ("Noor Haddad's mother": Noor Haddad's story)
    handles = handles_of(story, book)
    if handles:  # a name nobody introduced is "someone", unless the reports say who they are (`handles`)
        texts = [unnamed(t, handles) for t in texts]
    thin = thin_place(texts[0]) if texts and lead_told.thin else ("" if lead_told.thin else None)
    main = _main_speaker(story, book, speaker)
    short = shortened(people)  # ("Ilse Varga-Lindqvist" for Prof. Dr. Ilse Marta …: the payoff fits, `headline_name`)
    if short:
        texts = [_named_short(t, short) for t in texts]
        people, lead, speaker, main = (
            [short.get(p, p) for p in people],
            *(short.get(n, n) if n else n for n in (lead, speaker, main)),
        )
    elder = ELDER.search(texts[0]) if texts else None
    aged = elder_of(elder, list(story.people), story, names) if elder is not None else None
    if elder is not None and aged is not None:  # "a 90 year old nonna was standing …": Nonna Pina, as the body names
        texts[0] = f"{texts[0][: elder.start()]}{aged}{texts[0][elder.end() :]}"
    pronoun = pronoun_of([r for m in story.moments for r in m.reports], story.lead) if story.lead else None
    written = write_headline(
        news_first(without_kept_word(texts[0]), people, lead, pronoun) if texts else "",
        names=people,
        lead=lead,
        quote=quote,
        speaker=speaker,
        others=texts[1:],
        salient=_salient(story),
        thin=thin,
        about=main,
        echo=_echo(story, book),
        context=texts[0] if texts else "",
    )
    revealed = whodunit(story, lead) if lead is not None else None
    if revealed is not None and problem(revealed, people) is None:
        written = revealed  # "update on the cake: IT WAS RAIN": who did what an earlier post said someone had done
    bare = _bare(written, people) or flat(written, people)
    if not bare and lead is not None and too_short_only(written, people):  # "Schnee Goes Into the Limmat": short,
        # and the act keeps his word ("Schnee Keeps His Word and Goes Into the Limmat"), never another report's act
        kept = _word_kept(story, book, written, lead, lead_told.texts)
        written = kept if problem(kept, people) is None else written
    elif not bare and lead is not None and texts and not written.startswith(lead + " "):
        # "Brassband Seelisberg Plays Funeral March", while the lead's own first act keeps the promise the story
        # began with: that is the news ("Noah Gerber Keeps His Word and Goes Into the Limmat")
        own = write_headline(next(iter(_whole_sentences(texts[0])), ""), names=people, lead=lead)
        kept = _word_kept(story, book, own, lead, lead_told.texts) if own.startswith(lead + " ") else own
        written = kept if kept != own and problem(kept, people) is None else written
        if written != kept and _STATE.match(written) and own.startswith(lead + " ") and problem(own, people) is None:
            written = own  # ("Will Ooi's Mum Is So Calm With the Clippers", another report's aside, never the head of
            # his item over his own act: "Will Ooi Keeps His Promise From the Carpet", round 50's Kuala Lumpur)
    if bare or problem(written, people) is not None:
        # a name, one word ("Overheard"), "X Is Backstage", or nothing that passes the gate: composed from what the
        # body tells (for a bare or an unreadable one, the body's opening sentences, then each sentence of the moment's
        # told copy; else only the latter), the first that makes a headline passing the gate; else, for a bare or an
        # unreadable one, the first that is a clause
        told_sentences = [s for t in texts for s in _whole_sentences(t)]
        unreadable = quote_problem(written) is not None or owns_nothing(written)  # (no headline at all, as it is)
        opening_sentences = _whole_sentences(opening())[:_BODY_SENTENCES] if bare or unreadable else []
        plains = [write_headline(s, names=people, lead=lead) for s in [*opening_sentences, *told_sentences]]
        clauses = [
            p
            for p in plains
            if not _bare(p, people) and not flat(p, people) and quote_problem(p) is None and not owns_nothing(p)
        ]
        passing = past_the_way_there([p for p in clauses if problem(p, people) is None], people)
        if not passing:  # the speaker and their line before a clause the gate refused ("… Has Been the Sound …")
            said = (_said(s, people) for s in told_sentences)
            passing = [h for h in said if h is not None and problem(h, people) is None]
        if passing or bare or unreadable:
            written = next(iter(passing), next(iter(clauses), written))
    if _bare(written, people):  # (every clause told was refused: "… Cantou Fado No Foyer") another report's
        written = next(_from_other_reports(story, people, lead, texts), written)
    written = _reporter_named(written)  # "… Walks Past Me" → "… Walks Past Our Correspondent"
    written = word_said(written, texts[0], people) if texts else written  # "… Keeps His Word as His Drummer …"
    # "… Keeps His Word and Shaves …" (a word kept that a sentence says, only of what the body tells of the moment)
    written = _word_kept(story, book, written, lead, lead_told.texts) if lead else written
    written = with_circumstance(written, circumstance(texts[0]) if texts else None)  # "… in the Blackout"
    written = _whose_lost(story, book, written, people)  # "… Finds Valdis Bērziņš's Trophy …"
    promised = _AS_PROMISED.search(written)
    if promised and promised.group(0).split()[-1].casefold() not in opening().casefold():
        written = written[: promised.start()]  # "…, as Promised" only when the body tells it
    written = names.headline(written, written=True)  # "… Sits at Caio Ferraz's Table": in full where it fits
    written = _everyday_handle_named(written, story, book)  # "Paulina Pagirytė and the Kiškis Puppeteers …"
    if handles:  # "Bozo Shaves Off Karim Abou Zeid's Beard" → "Karim Abou Zeid's Cousin Shaves Off His Beard"
        reports = [r for m in story.moments for r in m.reports]
        pronouns = {book.display[k]: p for k in story.people if (p := pronoun_of(reports, k))}
        written = in_headline(written, handles, pronouns, {book.display[k]: names.again(k) for k in story.people})
    called = [(names.display[k], names.again(k)) for k in dict.fromkeys(story.people) if k in names.display]
    written = without_respect(written, called)  # "Tunde Ade Pays …", never "Mr Tunde Ade Pays …" (`respect`)
    return clip(double_quoted(written or lead or "Backstage"), TITLE_MAX)  # (quotes as the body prints them)


def _everyday_handle_named(written: str, story: Story, book: NameBook) -> str:
    """A headline naming someone by a handle that is an everyday word ("Page", "Will") with their roster name in its
    place where it fits (round 47's Vilnius headlined "Page and the Kiškis Puppeteers Set the Wolf Up …": a reader
    meets the headline before the body says who Page is)."""
    for key in story.people:
        handle, legal = book.display.get(key, ""), book.legal.get(key)
        if not legal or " " in handle or not is_everyday_word(handle):
            continue
        named = re.sub(rf"(?<![\w'’-]){re.escape(handle)}(?![\w-])", legal, written, count=1)
        if len(named) <= TARGET_LEN:
            written = named
    return written


def _whole_sentences(text: str) -> list[str]:
    """A text's sentences, a quote of several sentences kept whole inside its own (never "On Bra Vusi's braai stand,
    in front of everybody,” Yes, Lwazi said." read as a sentence: round 44's "Vusi Mabaso's Braai Stand Says")."""
    hidden = Hidden(single=False)
    return [hidden.show(s) for s in sentences(hidden.hide(text))]


def _whose_lost(story: Story, book: NameBook, written: str, people: list[str]) -> str:
    """A headline of a thing found or brought back that says whose it was when the story tells its loss first
    (`threads.began_with_theirs`): "Juris Dāboliņš Finds the Trophy, …" → "Juris Dāboliņš Finds Valdis Bērziņš's
    Trophy, …" (the reader has not met the driver; the trophy is the winner's), within the house's length and the
    gate; as it is otherwise."""
    for m in story.moments:
        if m.lead is None or not began_with_theirs(story.moment, m):
            continue
        lost = " ".join(r.sighting.what for r in m.english if LEFT_BEHIND.search(r.sighting.what)).casefold()
        thing = next(
            (
                t
                for t in re.finditer(r"\bthe ([A-Z][a-z]+)\b", written)
                if re.search(rf"\b{t.group(1).lower()}\b", lost)
            ),
            None,
        )
        owner = book.display.get(m.lead)
        if thing is None or owner is None or owner in written:
            return written
        whose = f"{written[: thing.start()]}{owner}'s {thing.group(1)}{written[thing.end() :]}"
        return whose if len(whose) <= TARGET_LEN and problem(whose, [*people, owner]) is None else written
    return written


_NEAR = 12  # reports of the story filed this soon after the lead's (in the night's order) may head it for its notes
_NEAR_SECONDS = 15 * 60  # ... and within this many seconds of it (never a beat hours later: the after-party's call)
_CLAUSE_STOP = re.compile(r"\s*(?:[:;,]|\s[—–-])\s+")


def fitted(text: str, people: list[str]) -> str:
    """A reporter's headline as written when it fits a headline's length (`MAX_LEN`); a longer one up to its last
    clause boundary that leaves a headline passing the gate ("Mira Cole Falls Into the Orchestra Pit: …" and 80 more
    characters → "Mira Cole Falls Into the Orchestra Pit"); else nothing: the rule writes one."""
    if len(text) <= MAX_LEN:
        return text
    stops = [m.start() for m in _CLAUSE_STOP.finditer(text) if m.start() <= MAX_LEN]
    for end in reversed(stops):
        head = text[:end].rstrip()
        if problem(head, people) is None:
            return head
    return ""


def _from_other_reports(story: Story, people: list[str], lead: str | None, told: list[str]) -> Iterator[str]:
    """Headlines written from the lead moment's other reports in English, when no clause of the copy the body tells
    makes one ("Sol Marinho cantou fado no foyer" → "Sol Marinho Sings Fado in the Foyer", from another report)."""
    for r in story.moment.reports:
        text = squash(tidy(prose(r.sighting.what or "")))
        if not r.english or not text or text in told:
            continue
        h = write_headline(text, names=people, lead=lead)
        if not _bare(h, people) and not flat(h, people) and problem(h, people) is None:
            yield h


def _named_short(text: str, short: dict[str, str]) -> str:
    """`text` with each name of `short` written as a headline names it."""
    for name, headline_form in short.items():
        text = text.replace(name, headline_form)
    return text


_HANDLE_READ = 20  # a moment's reports read for its handles and who they are


def handles_of(story: Story, book: NameBook) -> dict[str, Handle]:
    """The names the story's reports call someone by that nobody introduced (`handles.story_handles`)."""
    reports = [r for m in story.moments for r in m.reports]
    key = tuple(r.index for r in reports)
    found = book.handles_.get(key)
    if found is None:  # (once a story: its body and its headline ask)
        read = [r for m in story.moments for r in m.reports[:_HANDLE_READ]]  # (a big moment repeats itself)
        texts = [t for r in read for t in (r.sighting.what, r.sighting.quote) if t]
        found = book.handles_[key] = story_handles(texts, book, story.people, story.lead)
    return found


_BODY_SENTENCES = 4
_PROMISE = re.compile(
    r"\b(?:if (?:i|we|he|she|they) (?:win|won|lose|lost)|i'll|i will|i'm going to|promised?|promising|vow(?:ed|s)?|"
    r"swore|sworn|bet)\b",
    re.IGNORECASE,
)
_BET = re.compile(r"\b(?:bet|wager)\b", re.IGNORECASE)
_PROMISED_WORDS = 2  # the act must say this many of the promise's content words ("shave", "beard")
_MID_SENTENCE_CAPITAL = re.compile(r"(?<=[a-z,;] )[A-Z][a-z]{2,}")


def _proper_words(texts: Sequence[str]) -> frozenset[str]:
    """The content words the texts capitalise mid-sentence (a river, a street, a venue: "going in the Limmat")."""
    return frozenset().union(*(claim_words(w) for t in texts for w in _MID_SENTENCE_CAPITAL.findall(t)))


_THEN = re.compile(r",? then ", re.IGNORECASE)
_AS_PROMISED = re.compile(",? " + AS_PROMISED + "$", re.IGNORECASE)


def _word_kept(story: Story, book: NameBook, written: str, lead: str, texts: Sequence[str] = ()) -> str:
    """The headline as the lead person keeping their word, when an earlier moment of the story is their promise, vow
    or bet (in their report or quote: "If I win, I'll shave my beard on stage") and the headline's act says at least
    two of its content words: "Rui Bastos Wins Best Director, Then Shaves Off His Beard on Stage" → "Rui Bastos Keeps
    His Word and Shaves Off His Beard on Stage", a bet "Pays Up and …" (the act after "then"; within the longest
    headline, else as it was).
    The promise is the story's own (`stories`: a setup joined to its payoff), never a guess across the night.
    Else, when a sentence of the lead moment's told copy (`texts`) says its act kept a promise ("Cachita sang the final
    lines standing, as she had told us on the red carpet she would"), that act is the headline's, as a word kept
    ("Cachita Valdés Keeps Her Word and Sings the Final Lines Standing", never "… Puts Both Hands on the Lid …")."""
    if not written.startswith(lead + " ") or story.lead is None or says_word_kept(written):
        return written  # (one "Keeps His Word": the act's own report said it, "… kept his word and sang …")
    paired = _paired_word_kept(story, book, written, lead)
    kept = paired if paired != written else _told_word_kept(story, book, written, lead, texts)
    return written if _WON_AS_KEPT.search(kept) else kept  # (winning is nobody's word kept: "… and Wins Lifetime …")


# a word kept that would be a win, or the words of a bet (a prize is no promise's act)
_WON_AS_KEPT = re.compile(r"(?:Keeps (?:His|Her|Their) Word|Keeps the Promise) and (?:Wins|Takes Home|Picks Up)")


def _kept_word(story: Story, book: NameBook, key: str, said: str = "") -> str:
    """How the lead keeping their word reads: "Keeps His Word", "Keeps Her Word", "Keeps Their Word" for a band,
    "Keeps the Promise" when the reports never say whose (nor `said`, the sentence telling the word kept: "as she had
    told us … she would")."""
    pronoun = pronoun_of([r for x in story.moments for r in x.reports], key) or _kept_pronoun(said)
    whose = {"he": "His", "she": "Her"}.get(pronoun or "") or ("Their" if book.members.get(key) else None)
    return f"Keeps {whose} Word" if whose is not None else "Keeps the Promise"


# a line that says what its speaker will do tonight ("Tonight I sing standing up"): a promise without the word
_FUTURE_LINE = re.compile(r"\b[Tt]onight (?:I|we)\b")
# an act done by the one who does it, on their own ("… Carries Trays Down the Queue Himself"): never support
_HIMSELF = re.compile(r"\b(?:himself|herself|themselves|his own|her own|their own)\b", re.IGNORECASE)
# a word kept, said with where it was given ("kept his carpet promise!")
_KEPT_PLACED = re.compile(rf"\bkept (?:his|her|their) {PROMISED_WHERE}(?:word|promise)\b", re.IGNORECASE)
# the clause saying a word was kept, with its commas ("Lena Ortiz, as she said she would, did …"), and whose word
# ("as she had told us on the red carpet she would")
_KEPT_CLAUSE = re.compile(
    r",? \bas (?P<who>he|she|they) (?:had )?(?:said|told)\b[^.,;!?]{0,50}?\b(?P=who) would\b,?|,? as promised\b,?"
)
# what is no act of a word kept: the word again ("Keeps the Promise She Made"), a state ("Is at the Counter")
_NO_ACT = re.compile(r"\b(?:Promise|Word|Vow|Promised)\b|^ (?:Is|Are|Was|Were|Has|Have) ", re.IGNORECASE)


def _kept_pronoun(said: str) -> str | None:
    kept = _KEPT_CLAUSE.search(said)
    return kept.group("who") if kept is not None and kept.group("who") in ("he", "she") else None


def _told_word_kept(story: Story, book: NameBook, written: str, lead: str, texts: Sequence[str]) -> str:
    """The act of the first told sentence saying it kept a promise, as the lead's word kept (`_word_kept`)."""
    key = story.lead
    found = next(
        ((t, k) for t in texts for k, s in enumerate(sentences(t)) if says_kept(s) or _KEPT_PLACED.search(s)), None
    )  # ("as she had told us … she would", "Toms Kļaviņš kept his carpet promise!")
    if found is None or key is None:
        return written
    text, at = found
    kept_sentence = sentences(text)[at]
    people = [book.display[k] for k in story.people if k in book.display]
    names = [lead, *(p for p in people if p != lead)]
    act = write_headline(_KEPT_CLAUSE.sub("", kept_sentence), names=names, lead=lead)  # (never "Says She Would")
    if says_word_kept(act) or _NO_ACT.search(act[len(lead) :]):  # "Kļaviņš kept his carpet promise. He was at the
        # bar …": the act the headline was written from, after it ("… Keeps His Word and Carries Trays Down …")
        act = written
    if not _promised_act(story, act, names):
        return written  # ("… Hands His Best Actor Statuette to …" when the promise was the jump into the Bosphorus)
    supporting = verb_base(act[len(lead) + 1 :].split(" ", 1)[0].lower()) in SUPPORTING  # ("… and Holds the Mirror",
    supporting = supporting and _HIMSELF.search(act) is None  # never "… Carries Trays Down the Queue Himself")
    if not act.startswith(lead + " ") or _NO_ACT.search(act[len(lead) :]) or flat(act, names) or supporting:
        return written  # (the sentence's act is someone else's: "the whole theatre stood with her"; a word kept again,
        # "Keeps the Promise She Made …"; a state, "Is at the Counter …")
    done = _THEN.split(act[len(lead) + 1 :])[-1]  # "Wins Best Pop Vocal, Then Does a Full Cartwheel": the cartwheel
    kept = f"{lead} {_kept_word(story, book, key, kept_sentence)} and {done[:1].upper()}{done[1:]}"
    return kept if len(kept) <= TARGET_LEN and problem(kept, [lead]) is None else written  # (the house's 75)


def _promised_act(story: Story, act: str, names: Sequence[str]) -> bool:
    """Whether a headline's act says a content word of a promise the story tells before its lead moment, or in its
    lead moment's quote (a report or quote that promises: "Tonight I sing standing up" and "… Sings the Final Lines
    Standing")."""
    earlier = [r for m in story.moments if m.first < story.moment.first for r in m.reports]
    texts = [t for r in earlier for t in (r.sighting.what, r.sighting.quote) if t]
    texts += [r.sighting.quote for r in story.moment.reports if r.sighting.quote]  # (never its own "as promised")
    promised = " ".join(t for t in texts if _PROMISE.search(t) or _FUTURE_LINE.search(t))
    people = {w for n in names for w in claim_words(n)}
    return bool((claim_words(act) - people) & claim_words(promised))


def _paired_word_kept(story: Story, book: NameBook, written: str, lead: str) -> str:
    """The headline's act as the lead's word kept, when an earlier moment of the story promised it (`_word_kept`)."""
    key = story.lead
    act = written[len(lead) + 1 :]
    if key is None or act.lower().startswith(("and ", "& ")):
        return written  # "Björn Sköld and Saga Wästberg Hug …": the two of them, never "Keeps the Promise and And …"
    act = _AS_PROMISED.sub("", _THEN.split(act)[-1])  # ("…, as Promised": the kept word says it)
    people = {w for k in story.people for w in claim_words(book.display.get(k, k))}
    said = claim_words(act) - people
    earlier = [m for m in story.follow_ups if m.first < story.moment.first and key in m.people]
    for m in earlier:
        texts = [t for r in m.reports for t in (r.sighting.what, r.sighting.quote) if t]
        if not any(_PROMISE.search(t) for t in texts):
            continue
        if not any(key in (r.speaker, *r.names[:1]) for r in m.reports):
            continue  # (a promise another made about the lead: "If Emil wins, I will play him off", his father's word,
            # never "Emil Məlikov Keeps the Promise …": round 42, Baku)
        shared = said & claim_words(" ".join(texts))
        if len(shared) + len(shared & _proper_words(texts)) < _PROMISED_WORDS:
            continue  # (a place the promise names counts twice: "I'm going in the Limmat" → "Goes Into the Limmat")
        # (whose word the reports never say: "Keeps the Promise", never "Nilavan Keeps Their Word"; a bet lost is paid)
        paid = "Pays Up" if any(_BET.search(t) for t in texts) else _kept_word(story, book, key)
        kept = f"{lead} {paid} and {act[:1].upper()}{act[1:]}"
        if len(kept) > TARGET_LEN:  # "… and Sings the Film's Title Song[, Is Flat by the Second Line]", "… and [Takes
            # the Microphone Back and] Sings …": the act the promise named, alone
            told = routed(act.split(", ", 1)[0])  # (and where it went, never the way: "… and Walks Into the Fountain")
            told = told.rsplit(" and ", 1)[-1] if len(claim_words(told.rsplit(" and ", 1)[-1]) & said) >= 1 else told
            kept = f"{lead} {paid} and {told[:1].upper()}{told[1:]}"
        # (within the house's 75, else the act alone: round 45's breaker, 82 characters of "Karmenu Vella Debono Keeps
        # His Word and Shaves the Left Side of His Beard on Stage")
        return kept if len(kept) <= TARGET_LEN and problem(kept, [lead]) is None else written
    return written


_ME = re.compile(r"(?<=[a-z] )(?:me|Me)(?=[.!?]?$|,| (?:[a-z]|[A-Z][a-z]*\b))")


_HEADLINE_WORDS = 3  # a reporter's headline of fewer words is no headline ("Read this", "OMG")


def _reads_as_headline(text: str, people: Sequence[str]) -> bool:
    """Whether a reporter's headline reads as one (break 69: "Read this" headed the night's top moment, and "Ivy
    Ruiz-Park: guitar pick dress" was printed title-cased): three words at least, and never a label with a noun
    phrase after its colon (a line quoted after a speaker's name stays: "Nuala Kenny: “Ye played it …”")."""
    if len(text.split()) < _HEADLINE_WORDS:
        return False
    label, colon, after = text.partition(": ")
    if not colon or "“" in after or '"' in after:
        return True
    names = frozenset(fold(w).lower() for p in people for w in alnum_words(p))
    return has_finite_verb(after.lower(), names) or has_finite_verb(label.lower(), names)


def _reporter_named(headline: str) -> str:
    """A headline that kept the correspondent's "me" (nothing else told the moment: "Vesper Lane Walks Past Me") with
    whom it means, outside any quotation ("… Walks Past Our Correspondent"); as it is otherwise."""
    parts = re.split(rf"(“[^”]*”|{TITLE_QUOTED})", headline)  # (a title in single quotes too:
    # 'Don't Stop Me Now' is a song, never "… Our Correspondent Now")
    return "".join(p if p[:1] in "“'‘" else _ME.sub("Our Correspondent", p) for p in parts)


def _said(sentence: str, people: Collection[str] = ()) -> str | None:
    """A told sentence that says a quotation as a quote headline, without the place that opened it ("In the kitchen,
    Omar said: “Fifty years ago …”" → "Omar: “Fifty years ago …”", shortened as `quote_headline` shortens); a speaker
    the body calls by their last name is named in full ("Vale: “…”" → "Teo Vale: “…”", of `people`)."""
    shaped = house_shaped(sentence)
    if shaped == sentence or ": “" not in shaped:
        return None
    speaker, said = shaped.split(": “", 1)
    speaker = next((p for p in people if p.endswith(" " + speaker)), speaker)
    return quote_headline(speaker, said.rstrip().rstrip('”"').strip())


_PRINTED_SHARE = 0.6


def _prints(body: str, quote: str) -> bool:
    """Whether the body prints the quote (most of its words, in whatever casing or punctuation)."""
    said = claim_words(quote)
    return not said or len(said & claim_words(body)) >= _PRINTED_SHARE * len(said)


def _bare(headline: str, people: list[str]) -> bool:
    """Whether a headline is no clause: empty, one word, or only the words of names ("Nell Ashby")."""
    words = [w.casefold() for w in re.findall(r"[^\W_]+(?:['’-][^\W_]+)*", headline)]
    named = {w.casefold() for p in people for w in re.findall(r"[^\W_]+(?:['’-][^\W_]+)*", p)}
    return len(words) <= 1 or set(words) <= named


def _main_speaker(story: Story, book: NameBook, speaker: str | None) -> str | None:
    """The lead moment's quoted speaker when the story is more about them than about its lead (more of its
    reports name them): the headline is theirs ("Henrietta Quaye: “…”", not her old assistant holding the
    trophy)."""
    if speaker is None or story.lead is None:
        return None
    key = next((k for k in story.moment.people if book.display[k] == speaker), None)
    if key is None or key == story.lead:
        return None
    reports = [r for m in story.moments for r in m.reports]
    about = sum(1 for r in reports if key in r.names)
    return speaker if about > sum(1 for r in reports if story.lead in r.names) else None
