"""A correspondent's fragment made article copy: prose, not chat.

`tidy` is the desk's first pass on any text the article prints (bodies and headlines alike): no chat, live-blog time
or reporter's own voice (`chat`), no reporter bookkeeping ("HOLD til the tribute:", "EMBARGO …:", "UPDATE:" or a slug
such as "re the cake:", at the start or after a full stop, a shouted "FOUND HER.", a "video" left over from a link,
"(more soon)" wherever it stands, "dedication below"), no note-speak (`notespeak`: "Sauvageot 1 knee." → "Sauvageot
went down on one knee.", "ring = gold ribbon" → "The ring was a gold ribbon", "she: oui." → "She said yes.", a name
typed alone dropped), no chat words for a person and someone named later named where they first appear (`someone`:
"a guy dressed as a knight caught it. the guy is Ken Abe" → "Ken Abe, a man dressed as a knight, caught it."),
ALL-CAPS words in normal case and sentences that start with a capital (`casing`), a participle after a name set off
by commas ("Dex Okafor, asked about the kid by the host": `passive`). `narration.narrate` is the second pass for
bodies (the past tense, a verbless note made a sentence). `cut_at_pauses` runs before both on a body's copy: a
reporter's ellipsis inside narration is never printed, the sentence is cut there ("Mara sat on the steps... nobody
noticed" → "Mara sat on the steps."). Quoted speech inside a report is never touched. `thin_place` recognises a note
that only frames a quote ("Overheard at the bar"); `clock_back_references`: a clause pointing back by the
reporter's clock ("As he had promised at 20:10") made relative or dropped. `shouting`: how much of a text is shouted."""

from __future__ import annotations

import re
from functools import lru_cache

from .casing import (
    _BE_WORDS,
    _CAPS_WORD,
    _COMMON_SHORT,
    _DRAWN_OUT,
    _SPACE_BEFORE,
    _SPACES,
    _SPEECH_MARK,
    capitalise_sentences,
    outside_quotes,
)
from .chat import _CHAT_OPENER, _EMOJI, _chat, _reporter_voice
from .clauses import sentences
from .corrections import corrected
from .enumerations import enumerated
from .labels import award_line, name_label, place_label, source_label, winner_of, winners_act
from .lexicon import (
    KIN,
    ORDINAL_WORDS,
    ROLE_NOUNS,
    ROLE_WORDS,
    STOPWORDS,
    thing_updated,
)
from .notespeak import note_speak
from .quoted import keeping_quotes
from .someone import named_where_first_seen
from .tenses import _REPORTER_VERB
from .textutil import alnum_words, fold, wordset
from .verbs import (
    IRREGULAR,
    looks_like_verb,
)

_BOOKKEEPING_HEAD = re.compile(
    r"(?:^|(?<=[.!?] ))\s*(?:(?:HOLD|EMBARGO(?:ED)?)\b[^:.!?]{0,60}[:.!-]|"
    r"(?:update|breaking|edit|fyi|psa|live|confirmed|new|desk)\s*[:.!—–-]|"  # ("… standby. Desk: she's fine")
    # ("Heads up desk:", break 70)
    r"(?:heads[- ]up|note|hey|ok|okay|attn|attention)(?:,?\s+(?:the\s+)?desk)?\s*[:!—–-]|"
    r"found(?: it)?\s*:|"  # ("Found: the fiddle was in the Kilfenora Céilí Band's van", break 68)
    # "Update on Noah's trophy: the stage manager …", a slug on someone's thing (never before a pronoun it names)
    r"(?:(?:update|more|latest)\s+)?on\s[^:.!?“”\"]{0,40}['’]s\s[^:.!?“”\"]{1,30}:"
    r"(?=\s+(?!(?:he|she|they|it|his|her|their|its)\b))|"
    r"(?:update|updates|more|latest|news)\s+on\s+(?:the|that|this)\s[^:.!?“”\"]{1,30}:|"  # "update on the cake:"
    r"(?:[A-Z][\w'’-]*\s+){0,2}[A-Za-z]{3,20}\s+update\s*:|"  # "Train update:", "Bertrand Osei update:" (breakers
    # 63 and 64 saw them printed)
    r"re(?=[\s:])[^:.!?“”\"]{0,40}:)\s*",  # "re the cake:", a correspondent's slug (a correction: `corrections`)
    re.IGNORECASE,
)
# the reporter's sighting of what someone was doing ("was spotted having been locked out on the roof", "was seen being
# fitted for a second suit"): what they were doing, never the spotting ("… Is Spotted Having Been Locked Out")
_SEEN_DOING = re.compile(r"\b(?P<be>was|were|is|are) (?:spotted|seen) (?P<doing>having been|being)\b")


def _seen_doing(m: re.Match[str]) -> str:
    if m.group("doing") == "having been":
        return "had been" if m.group("be") in ("was", "were") else "has been"
    return f"{m.group('be')} being"


_NAME_HAS_BEEN = re.compile(r"\b([A-Z][\w-]*(?: [A-Z][\w-]*){0,3})['’]s been\b")


# the reporter's "more soon" between sentences, not only at the end ("… in the lobby. More soon. The bar …")
_MORE_SOON = re.compile(
    r"(?:^|(?<=[.!?]))\s*\(?(?:more soon|more to come|stay tuned|watch this space)\)?[.!]*(?=\s|$)", re.IGNORECASE
)
# (a single word — "developing", "thread", "cont." — only set off by a stop, a comma or a bracket: "all she'd had
# was a thread" is the story's word, not the reporter's)
# the reporter's note on what they sent, a sentence of its own anywhere ("… collapsed. Photo attached, RIP. Oona
# was inside.": breaker 64)
_PHOTO_NOTE = re.compile(
    r"(?:^|(?<=[.!?] ))\s*(?:photo|pic|picture|video|clip)s? (?:attached|below|above|incoming|to follow)\b[^.!?]{0,12}"
    r"[.!?]+\s*",
    re.IGNORECASE,
)
_BOOKKEEPING_TAIL = re.compile(
    r"(?:[\s,;.]*\(?\b(?:more soon|more to come|more in a (?:sec|bit|minute)|\d/\d|pics? to follow|video to follow"
    r"|(?:photo|pic|picture|video) (?:attached|below|above)(?:,? (?:rip|lol|sadly))?)"
    r"|(?:\s*[,;.!?—–]\s*\(?|\s*\(|^\s*)\b(?:developing|thread|cont(?:inued)?))\b\)?[.!]*\s*$",
    re.IGNORECASE,
)
# a word left over from a link after the text's last stop or comma ("… 11% battery. video", "…, pics"), or
# after chat taken out ("on stage lol video"); never one the sentence names ("posed for a photo", "a paper clip")
_LEFTOVER_TAIL = re.compile(
    r"(?:(?P<stop>[.!?])\s*|\s*[,;:]\s*|\s{2,})\b(?:video|vid|pics?|photos?|clip|link|gif|source)\b[.!]*\s*$",
    re.IGNORECASE,
)
# "dedication below", "(pics above)": what the correspondent posted, not a place ("…, two rows above")
_SEE_BELOW = re.compile(
    r"(?:^|,)\s*(?:[\w'’-]+\s+)?(?:see|pics?|photos?|video|vid|clip|more|details|thread|link|dedication|speech|"
    r"quote|text|story|transcript|screenshot|audio)\s+(?:below|above)\s*(?=,|$|\.)",
    re.IGNORECASE,
)
# a sentence pointing at the post's quote field ("When he finished she told him the line below."): the quote is
# printed with who said it; the pointer would point at nothing in the article
_POINTS_AT_QUOTE = re.compile(
    r"(?:^|(?<=[.!?]\s))[^.!?\n]*\b(?:the|this|that|these)\s+(?:line|lines|quote|words)\s+(?:below|above)\b"
    r"[^.!?\n“”]*(?:[.!?]\s*|$)",
    re.IGNORECASE,
)
# the same pointer as the last clause of a sentence that tells an act first ("Zvonimir bowed to them from the waist,
# then said the line below into the microphone"): the act stays, the pointer goes
_THEN_SAID_QUOTE = re.compile(
    r",?\s+(?:and\s+|then\s+)+(?:said|told\s+\w+|read\s+out|read)\s+(?:(?:the|this|that|these)\s+"
    r"(?:line|lines|quote|words)\s+(?:below|above)\b|(?:in\s+[A-Z][a-z]+\s+)?what\s+(?:I|I've|I\s+have|is|we've)\s+"
    r"(?:\w+\s+)?(?:below|above)\b)[^.!?\n“”]*",
    re.IGNORECASE,
)  # (and "… and said in Azerbaijani what I have translated below": the quote is printed, translated, with its speaker)
_SHOUT_HEAD = re.compile(r"^\s*((?:[A-Z][A-Z'’]*\s*){1,3}[.!]+)\s*(?=\S)")
_SHOUT_WORDS = wordset(
    "found got her him them it us yes omg wow ok okay confirmed update breaking here hold yay whoa damn"
)
_STRAIGHT_QUOTES = re.compile(r'"([^"]+)"')
# words shown in capitals on a sign, a card, a board or a cake ("held up the whiteboard: YOU ARE HORACE", "a card
# that says SLOWER", "a cake iced CONGRATULATIONS"): quoted as shown, so that neither case nor tense is changed
_SHOWN = re.compile(
    r"(?P<lead>(?:\b(?:says|said|reads|read|reading|saying|iced|piped|wrote|written|spelled|spelt|printed|painted|"
    r"yelling|yelled|yells|shouting|shouted|shouts|screaming|screamed|chanting|chanted)|:)\s+)"
    r"(?P<caps>[A-Z][A-Z'’]+(?:[ ,]+[A-Z][A-Z'’]*)*)(?P<stop>[.!?]?)(?![\w'’])"
)
# "Tibby Crane, arrived at …": a name cut from its verb by a comma (an appositive would close with one)
# a sentence, cheaply (abbreviations aside; never after an initial: "passed L. Guidry, no eye contact")
_SENTENCE_HEAD = re.compile(r"(?:^|(?<=[.!?] )(?<!\b[A-Z]\. ))[^.!?]+[.!?]?")
_NAME_COMMA_VERB = re.compile(r"^((?:[A-Z][\w'’-]+ ){0,2}[A-Z][\w'’-]+), (?=([a-z]+) )")
_OPENERS = wordset("later earlier then still now outside inside backstage meanwhile finally suddenly again")
_APPOSITIVE_STARTS = wordset("the a an his her their its one our my")
# the appositive's close, the name's own verb after it ("Markéta Lhotská, nominated for Best Debut, came with …")
_CLOSING_VERB = re.compile(
    r", (?:was|were|had|is|has|[a-z]+ed|says|tells|adds|insists|admits|reckons|claims|swears|promises|laughs|shrugs|"
    + "|".join(sorted(IRREGULAR, key=len, reverse=True))
    + r")\b"
)  # (in the present too: "Kip Marlow, asked about his nomination, says if he wins …")


def _name_joined_to_verb(sentence: str) -> str:
    """ "Tibby Crane, arrived at …" → "Tibby Crane arrived at …"; "Eli Roth, asleep in the green room" (no
    verb anywhere) → "Eli Roth asleep in the green room", a note the narration makes a sentence."""
    m = _NAME_COMMA_VERB.match(sentence)
    if m is None or _CLOSING_VERB.search(sentence, m.end()) or _SPEECH_MARK.search(sentence):
        return sentence
    if _REPORTER_VERB.match(sentence):
        return sentence  # "Caught Dara Voss, asked about the kid": the reporter caught her and asked
    if any(fold(w) in STOPWORDS or fold(w) in _OPENERS or w.endswith("ly") for w in m.group(1).split()):
        return sentence  # "Very, very carefully", "Later, …": no name
    verb = m.group(2)
    if verb in _APPOSITIVE_STARTS:
        return sentence  # "Marcus Tejeda, the last of the five, …": an appositive
    past = verb in IRREGULAR or (verb.endswith("ed") and looks_like_verb(verb, after_name=True))
    rest = [w.strip(",.;:!?").lower() for w in sentence[m.end() :].split()]
    verbless = not any(looks_like_verb(w, after_name=False) or w in _BE_WORDS or w in IRREGULAR for w in rest)
    if past and passive(rest):  # "Dex Okafor, asked about the kid by the host": Okafor was asked, not asking
        be = "were" if " and " in m.group(1) else "was"
        return f"{m.group(1)} {be} {sentence[m.end() :]}"
    return f"{m.group(1)} {sentence[m.end() :]}" if past or verbless else sentence


# who does something to someone, after "by" ("by the host", "by two fans"): never a place ("by the side door")
AGENTS = wordset(
    " ".join(role.split(" of ")[0].split()[-1] for role in ROLE_NOUNS.split("|"))  # "stage manager": not a stage
    + " runner runners crowd fans fan staff crew security guard guards usher ushers waiter waiters dancers band "
    "photographers police organisers organizers judges judge people everyone someone stranger strangers chef "
    "steward stewards porter stagehand stagehands barman bartender doorman cleaner caterer technician"
)
_QUESTIONED = wordset("asked quizzed pressed grilled questioned told")
_QUESTION_WORDS = wordset("about on if whether why how what when who over")
_CLAUSE_END = frozenset(",;:.!?")


def passive(words: list[str], asked: bool = True) -> bool:
    """Whether the words after a name's past participle make it passive: someone did it to them ("asked about
    the kid", "handed the mic by a runner"): a question word straight after a verb of asking, or "by" and a
    person later in its clause (`words` in lower case, the participle first; `asked`: the first test too, where
    a comma sets the name off: "Okafor asked about the kid" with no comma may be Okafor asking)."""
    if asked and len(words) > 1 and words[0] in _QUESTIONED and words[1] in _QUESTION_WORDS:
        return True
    after_by = [words[k + 1 : k + 4] for k, w in enumerate(words[1:8], 1) if w == "by"]
    return any(AGENTS & set(agent) for agent in after_by)


# a reporter's trailing dots between notes ("Eli Roth... asleep in the green room... again") and a hyphen
# typed for a dash ("the speech - she said")
_DOTS_BEFORE_LOWER = re.compile(r"(?<=\w)\s*(?:\.{2,}|…)\s+(?=[a-z])")
_DOTS_BEFORE_UPPER = re.compile(r"(?<=\w)\s*(?:\.{2,}|…)\s+(?=[A-Z])")
_DOTS_AT_END = re.compile(r"(?<=\w)\s*(?:\.{2,}|…)\s*$")
_TYPED_DASH = re.compile(r"(?<=\w) - (?=\w)")


_PAUSE = re.compile(r"(?<=[\w,)])\s*(?:\.{2,}|…)")
_NEXT_SENTENCE = re.compile(r"(?:[.!?]|\.{2,}|…)+(?=\s+[A-Z“\"])")


def cut_at_pauses(text: str) -> str:
    """A body's copy with no reporter's ellipsis inside its narration: the sentence is cut there ("Mara sat on the
    steps... nobody noticed" → "Mara sat on the steps."; "Samosas gone… chai also Priya…" → "Samosas gone.", a note
    the prose gate leaves out). Dots before a capital or at the end are a full stop (`tidy`); quoted speech keeps
    its dots."""
    if "…" not in text and ".." not in text:
        return text
    at = 0
    while (m := _PAUSE.search(text, at)) is not None:
        before = text[: m.start()]
        rest = text[m.end() :].lstrip()
        at = m.end()
        if (
            before.count("“") != before.count("”")
            or before.count('"') % 2
            or not rest
            or rest[0] in '“"'
            or rest[0].isupper()
        ):
            continue  # in a quote, or a full stop (the next sentence opens with a capital)
        end = _NEXT_SENTENCE.search(text, m.end())
        text = before.rstrip(" ,") + "." + (text[end.end() :] if end else "")
        at = len(before)
    return text


def _without_trailing_dots(part: str) -> str:
    """Narration's "..." as the pause it stands for: a comma before a lower-case word, a full stop before a
    capital or at the end; a spaced hyphen as a dash (quoted speech keeps its dots)."""
    part = _DOTS_BEFORE_LOWER.sub(", ", part)
    part = _DOTS_BEFORE_UPPER.sub(". ", part)
    part = _DOTS_AT_END.sub(".", part)
    return _TYPED_DASH.sub(" — ", part)


# an award typed in lower case after a win or a loss ("won best score" → "won Best Score"): up to three words
_AWARD_TYPED = re.compile(
    r"\b((?:won|wins|win|lost|loses|lose|presented|presents|presenting|accepted|accepts|collected|collects) )"
    r"best((?: (?!(?:and|but|then|tonight|again|after|before|with|at|on|by|while|when|as|so|to|from|in|for|of|"
    r"the|a|an|award|trophy)\b)[a-z][\w-]*){1,3})"
)


def _award_capitals(m: re.Match[str]) -> str:
    return m.group(1) + "Best" + " ".join(w.capitalize() for w in m.group(2).split(" "))


_AGAIN_NTH = re.compile(r"\bagain \((\d{1,2})(?:st|nd|rd|th)\)")


def _nth_time(m: re.Match[str]) -> str:
    """ "lost Best Drama again (4th)" → "lost Best Drama for the fourth time"."""
    return f"for the {ORDINAL_WORDS.get(m.group(1), m.group(0)[7:-1])} time"


_TILDE = re.compile(r"(?<![\w~])~\s?(?=\d)")
_DOUBLED_COMMA = re.compile(r",(?:\s*,)+")  # "Tibby Crane,, arrived"
_SLASH_SEPARATOR = re.compile(r"\s+/{1,2}\s+(?=\w)")  # "at the press room // holding two trophies / both hers"
# (an ellipsis is no double stop, nor an abbreviation's full stop before a comma: "At 3 a.m., the bar …", "Ton
# Bakker, sr., whether")
_DOUBLE_PUNCT = re.compile(
    r"([,;:])\s*([.!?])|(?<![.…])(?<!\.[a-z])(?<!\b(?:Jr|Sr|St|Dr|Mr|Ms|vs|no|jr|sr|st|ml))(?<!\b(?:etc|Mrs|Snr|Jnr))"
    r"([.!?])\s*[.,;:](?!\.)"
)
_LEADING_PUNCT = re.compile(r"^[\s,;:.!?—–-]+")
# two sentences run together: a closing quote with no stop, or a word, then a new sentence's subject
# ("went “Ahhh” In the bar, …", "the lights went out She kept singing")
_RUN_ON = re.compile(
    r"(?:(?<=[^.!?,…]”)|(?<=[a-z]))\s+(?=(?:She|He|They|We|Then)\s+[a-z])|(?<=[^.!?,…]”)\s+(?=(?:In|At|On|The)\s)"
)


_QUOTED_SHOUT = re.compile(r"(?<=“)([A-Z][A-Z'’]*)(?=[.!?]*”)")


def _quoted_shout(m: re.Match[str]) -> str:
    """A quoted one-word shout with a drawn-out letter ("went “OHHH”") in normal case: “Ohhh”."""
    word = m.group(1)
    return word[0] + word[1:].lower() if _DRAWN_OUT.search(word) else word


def shouting(text: str) -> float:
    """The share (0–1) of a text's letters in words written in capitals (acronyms of four letters or fewer
    aside): how much of it is shouted."""
    letters = sum(1 for c in text if c.isalpha())
    if not letters:
        return 0.0
    shouted = sum(len(w) for w in _CAPS_WORD.findall(text) if len(w) > 4 or w.lower() in _COMMON_SHORT)
    return min(1.0, shouted / letters)


def _shown(m: re.Match[str]) -> str:
    """Capitals shown on a sign quoted: two words or more, or one of four letters or more after "says"; after a
    colon only when they end the sentence."""
    caps = m.group("caps").rstrip(" ,")
    colon = m.group("lead").strip() == ":"
    ends = bool(m.group("stop")) or not m.string[m.end() :].strip()
    if (len(caps.split()) < 2 and (len(caps) < 4 or colon)) or (colon and not ends):
        return m.group(0)  # an acronym ("VIP"), or shouting after a label ("Red carpet: OMG WOW she …")
    return f"{m.group('lead')}“{caps}{m.group('stop')}”"


def without_said_below(text: str) -> str:
    """`text` without a last clause that points at the post's quote ("…, and said in Azerbaijani what I have
    translated below"): read before the reporter's first person is taken out (`gates.story_text`), which would leave
    "said in Azerbaijani what"."""
    return _THEN_SAID_QUOTE.sub("", text) if "below" in text or "above" in text else text


@lru_cache(maxsize=4096)
def tidy(text: str) -> str:
    """`text` (already article prose: no markup, links or mentions) as copy: no emoji, chat or bookkeeping,
    normal case, sentences starting with a capital. Speech in double quotes keeps its words (`quoted`: no rule
    here sees them) and its capitals (a one-word shout drawn out, “OHHH”, aside: “Ohhh”); in single quotes it
    keeps its words (see `_first_person`) but not its shouting ('OHHH' → ‘Ohhh’, `_caps`)."""
    return capitalise_sentences(_QUOTED_SHOUT.sub(_quoted_shout, keeping_quotes(_tidied, text, single=False)))


# the thread a slug names ("update on the costume:") and the conditional "it" that stands for it once the slug is
# gone ("… Fien says if its not here by 10 she will go on in …": the costume, never a dangling "it")
_THREAD_SLUG = re.compile(
    r"^\s*(?:(?:update|updates|more|latest|news)\s+on|re)\s+(the|that|this)\s([a-z][a-z -]{1,30}):", re.IGNORECASE
)
# a thread's slug naming someone of a person's ("Re Oona's gran:", "Update on Kit's mum:"), and the first "she", "he"
# or "they" opening a sentence of the post after it: that someone (the slug names whom the post is about)
_KIN_SLUG = re.compile(
    r"^\s*(?:(?:update|more|latest|news)\s+on|re)\s+(?P<whose>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?['’]s)\s+"
    r"(?P<who>[a-z]+):\s*",
    re.IGNORECASE,
)
_KIN_PRONOUN = re.compile(r"(?:^|(?<=[.!?] ))(?:She|He|They|she|he|they)\b")
_ANY_IT = re.compile(r"\b(?:it|its|it's|it’s)\b", re.IGNORECASE)
# a thing held, found or taken, as "it" ("had it down the front of his costume", "found it under a prawn")
_HELD_IT = re.compile(
    r"\b(?:had|has|found|took|got|kept|put|hid|stole|brought|carried|dropped|left|rigged|pinned|reloaded|hauled|hauling"
    r"|pulled|lifted|fixed|repaired|mended|taped|tied|sewed|sewn|stitched|glued|wheeled|pushed|dragged|lowered|raised"
    r"|moved|propped|cut|sliced|smashed|ate|signed|opened|lit|broke) (?P<it>it)\b(?!['’])"
)  # (and what was done to it: "update on the curtain: Abara rigged it with a chain hoist", breaker 63)
# the thread's thing shouted before "UPDATE:" ("EARRING UPDATE: found!!!"), the same slug
_THING_UPDATE = re.compile(r"^\s*()([A-Za-z]{3,20})\s+update\s*:", re.IGNORECASE)
# a sentence of the post that opens on "it" ("… between customers. it was caught in someone's fur collar")
# (only what befell a thing: found, caught, stuck …; "it was on 2%" under "update on the balcony:" is the phone's)
_OPENING_IT = re.compile(
    r"(?<=[.!?] )(?P<it>[Ii]t)(?= (?:was|is|had been) (?:found|caught|stuck|hidden|wedged|tangled|lying|buried)\b)"
)
# a person's slug and the post about them opening on their pronoun ("Bertrand Osei update: he found his trophy")
_NAME_UPDATE = re.compile(
    r"^\s*(?P<name>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){1,2})\s+update\s*:\s*(?P<pronoun>he|she|they|He|She|They)\b"
)
# a slug's post opening on "it" and what became of it ("it has fully collapsed", "it was found")
_IT_FIRST = re.compile(r"^\s*(?P<it>[Ii]t)(?= (?:has|had|is|just|finally|now)\b| was [a-z]+(?:ed|en)\b)")
# (never "it was Rain": who did it, `item_headline.whodunit`)
# a slug's post opening on a part of the thread's thing ("the motor is dead", "the lid was found"), then its verb
_PART_OF_IT = re.compile(r"^\s*(?P<the>[Tt]he) [a-z]{3,15} (?:is|was|has|had|got|are|were)\b")
_IF_IT = re.compile(r"\bif (it's|its|it’s|it is|it isn't|it isn’t|it was|it wasn't|it wasn’t)(?= )", re.IGNORECASE)


def thread_named(text: str) -> str:
    """A post under a thread's slug whose first "it" stands for the thread's thing, held ("update on the envelope:
    Juanca had it down his costume" → "… had the envelope …"), opening a sentence after the first with what befell it
    ("EARRING UPDATE: found!!! … it was caught in a fur collar" → "… The earring was caught …") or in a condition
    ("update on the costume: … if its not here by 10 …" → "… if the costume is not here by 10 …"): the thing named
    there, as the slug goes."""
    named = _NAME_UPDATE.match(text)
    if named is not None:  # "Bertrand Osei update: he found his trophy" → "Bertrand Osei found his trophy"
        return f"{named['name']}{text[named.end('pronoun') :]}"
    kin = _KIN_SLUG.match(text)
    if kin is not None and fold(kin["who"]) in KIN | ROLE_WORDS:
        rest = text[kin.end() :]
        pronoun = _KIN_PRONOUN.search(rest)  # "Re Oona's gran: FOUND. She was in the projection booth" → "FOUND.
        if pronoun is not None:  # Oona's gran was in the projection booth": the slug's person, never Oona
            return f"{rest[: pronoun.start()]}{kin['whose']} {kin['who']}{rest[pronoun.end() :]}"
    slug = _THREAD_SLUG.match(text) or _THING_UPDATE.match(text)
    if slug is None:
        return text
    thing = slug.group(2).strip().lower()
    rest = text[slug.end() :]
    if re.search(rf"\b{re.escape(thing)}\b", rest, re.IGNORECASE):
        return text  # (the post names the thing itself)
    part = _PART_OF_IT.match(rest)
    if part is not None and " " not in thing:  # "update on the curtain: the motor is dead" → "… the curtain's motor
        # is dead": the thread's thing, whose part it is (round 47's Vilnius printed "The motor was dead for the night")
        told = rest[part.end("the") :].lstrip()
        stop = told.find(". ")
        if stop > 0 and (it := _HELD_IT.search(told, stop)) is not None:  # "… Will has rigged it to be pulled by
            told = f"{told[: it.start('it')]}the {thing}{told[it.end('it') :]}"  # hand": the thread's thing, whose
            # part the first sentence told (never "rigged the curtain's motor", a dead motor pulled by hand)
        return f"{text[: slug.end()]} {part['the']} {thing}'s {told}"
    opening = _IT_FIRST.match(rest)
    if opening is not None:  # "update on the pav: it has fully collapsed" → "… the pav has fully collapsed"
        return f"{text[: slug.end()]} the {thing}{rest[opening.end('it') :]}"
    held = _HELD_IT.search(rest)
    first = _ANY_IT.search(rest)
    if held is not None and first is not None and first.start() == held.start("it"):  # "update on the envelope:
        return text[: slug.end()] + rest[: held.start("it")] + f"the {thing}" + rest[held.end("it") :]  # Juanca had
        # it down his costume" → "… had the envelope …"
    opens = _OPENING_IT.search(rest)
    if opens is not None and first is not None and first.start() == opens.start("it"):  # "EARRING UPDATE: found!!!
        # … between customers. it was caught in someone's fur collar" → "… The earring was caught …"
        return text[: slug.end()] + rest[: opens.start("it")] + f"The {thing}" + rest[opens.end("it") :]
    conditional = _IF_IT.search(rest)
    if conditional is None:
        return text
    if _ANY_IT.search(rest[: conditional.start()]):
        return text  # ("it is gone. if it's not back …": the first "it" is the one to read, and it is not a condition)
    said = {"it's": " is", "its": " is", "it’s": " is", "it is": " is", "it isn't": " isn't", "it isn’t": " isn’t"}
    said |= {"it was": " was", "it wasn't": " wasn't", "it wasn’t": " wasn’t"}
    return text[: slug.end()] + _IF_IT.sub(lambda m: f"if the {thing}{said[m.group(1).lower()]}", rest, count=1)


def _tidied(text: str) -> str:
    text = thing_updated(corrected(text))  # "Update on the bucket: sold …" → "The bucket sold …" (`lexicon`)
    text = _BOOKKEEPING_HEAD.sub("", text)  # at the start or after a full stop ("… left. UPDATE: …")
    text = enumerated(_CHAT_OPENER.sub("", text, count=1)) if ")" in text else text
    said: list[str] = []
    winner = None  # (who a label line's win named: the act typed after it with no subject is theirs, `winners_act`)
    for sentence in sentences(text):
        won = award_line(name_label(source_label(sentence)))
        if winner is not None and won == sentence:
            won = winners_act(won, winner)
        else:
            winner = winner_of(won) if won != sentence else None
        if told := note_speak(place_label(won)):
            said.append(told)
    text = " ".join(said)
    text = _STRAIGHT_QUOTES.sub(r"“\1”", text) if '"' in text else text
    text = outside_quotes(text, lambda part: _SHOWN.sub(_shown, part))
    if " seen " in text or " spotted " in text:  # "was spotted having been locked out": had been (break 69)
        text = outside_quotes(text, lambda part: _SEEN_DOING.sub(_seen_doing, part))
    if "s been" in text:  # "Rupert Ashdown-Vale's been in the cloakroom": he has been (never "'s been was", break 69)
        text = outside_quotes(text, lambda part: _NAME_HAS_BEEN.sub(r"\1 has been", part))
    text = _reporter_voice(text)
    shout = _SHOUT_HEAD.match(text)
    if shout and set(shout.group(1).lower().replace(".", " ").replace("!", " ").split()) & _SHOUT_WORDS:
        text = text[shout.end() :]
    text = outside_quotes(text, _chat)
    text = _SEE_BELOW.sub("", text)
    if "below" in text or "above" in text:
        text = _POINTS_AT_QUOTE.sub("", _THEN_SAID_QUOTE.sub("", text))
    text = _BOOKKEEPING_TAIL.sub("", _MORE_SOON.sub("", _PHOTO_NOTE.sub("", text)))
    text = _LEFTOVER_TAIL.sub(lambda m: m.group("stop") or "", text)
    text = _SPACES.sub(" ", text).strip()
    text = _SPACE_BEFORE.sub(r"\1", text)
    text = outside_quotes(text, _without_trailing_dots)
    text = outside_quotes(text, lambda part: _AWARD_TYPED.sub(_award_capitals, part))
    if "(" in text:
        text = outside_quotes(text, lambda part: _AGAIN_NTH.sub(_nth_time, part))  # "again (4th)": the 4th time
    if "~" in text:
        text = outside_quotes(text, lambda part: _TILDE.sub("about ", part))  # "~200" → "about 200"
    text = _DOUBLED_COMMA.sub(",", text)
    text = _SENTENCE_HEAD.sub(lambda m: _name_joined_to_verb(m.group(0)), text)
    if "/" in text:
        text = outside_quotes(text, lambda part: _SLASH_SEPARATOR.sub(", ", part))
    text = _DOUBLE_PUNCT.sub(lambda m: m.group(2) or m.group(3), text)
    text = _LEADING_PUNCT.sub("", text)
    return named_where_first_seen(_RUN_ON.sub(". ", text))


def quote_text(quote: str) -> str:
    """A quote as printed: the speaker's words and capitals, without emoji."""
    return _SPACES.sub(" ", _EMOJI.sub(" ", quote)).strip()


# --- notes that only frame a quote ---------------------------------------------------------------------------

_THIN = re.compile(
    r"^(?:just\s+)?(?:overheard|overhead|heard|spotted|seen|caught|quote(?:d| of the night)?)\b[\s:,-]*"
    r"(?P<place>(?:at|in|on|by|near|outside|inside|from|behind|backstage)\b[^.!?:]{0,40})?[\s.!:]*$",
    re.IGNORECASE,
)
THIN_WORDS = 4  # a note of fewer words than this, with a quote, is told by its quote


@lru_cache(maxsize=4096)
def thin_place(text: str) -> str | None:
    """For a note that only frames a quote, where it was heard ("at the bar", "" when it does not say);
    None when the note tells something of its own."""
    m = _THIN.match(text.strip())
    if m:
        return _place_and_time((m.group("place") or "").strip())
    if len(alnum_words(text)) < THIN_WORDS:
        return ""
    return None


_TIME_PREPOSITIONS = wordset("after before during at around by until till in on")
_SPANS = wordset("break interval intermission show ceremony set speech dinner rehearsal performance toast")


def _place_and_time(place: str) -> str:
    """A place with the time a note gives after a comma, as prose: "at the Circle Bar, first ad break" → "at
    the Circle Bar during the first ad break", "at the bar, after the show" → "at the bar after the show";
    any other note after the comma is left out ("at the bar, 9ish" → "at the bar")."""
    where, comma, when = place.partition(",")
    when = when.strip().rstrip(".")
    words = when.lower().split()
    if not comma or not words:
        return place
    if words[0] in _TIME_PREPOSITIONS:
        return f"{where} {when}"
    if words[-1] in _SPANS and not any(c.isdigit() for c in when):
        return f"{where} during {'' if words[0] in ('the', 'a') else 'the '}{when}"
    return where


# a back-reference by the clock: "As he had promised at 20:10, …", "…, just as she had said around 9:45pm"
_CLOCK_BACK = re.compile(
    r"(?P<lead>^|, )(?P<clause>(?:[Jj]ust )?[Aa]s (?:(?:[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?|he|she|they|we) )?had"
    r"(?: [a-z]+){1,3}?) (?:at|around|by) \d{1,2}(?:[:.h]\d{2})?(?: ?[ap]\.?m\.?)?(?P<tail>,\s*|(?=[.;!?]))"
)


def clock_back_references(text: str, told: bool) -> str:
    """A clause that points back to an earlier moment by the reporter's clock ("As he had promised at 20:10, …")
    made relative when the item tells that earlier moment (`told`: "As he had promised earlier in the evening, …"),
    else dropped with its clause (the reader never saw the promise): a clock time is the reporter's note, not
    prose."""
    if " had " not in text:
        return text  # (the cheap test first)

    def edit(part: str) -> str:
        def clause(m: re.Match[str]) -> str:
            if told:
                return f"{m.group('lead')}{m.group('clause')} earlier in the evening{m.group('tail')}"
            return " " if m.group("lead") and m.group("tail") else ""  # (", as … at 20:10, in the …" → " in the …")

        return _CLOCK_BACK.sub(clause, part)

    return capitalise_sentences(outside_quotes(text, edit))
