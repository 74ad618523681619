"""A correspondent's chat taken out of article copy (`_chat` and `_reporter_voice`, run by `copyedit.tidy`): no emoji
(one after a word and before a name or a pronoun is a full stop: "in her sequins 🔥 Nell holding …" → "in her
sequins. Nell holding …", `emoji_stops`) or chat markers ("lol", "kkkk", "!!", "(!)", "w/", a word said twice for
emphasis said once: "bald bald" → "bald", a slang or foreign tag closing a sentence cut: "…, wallah", "…, ja", "… no
cap"; a word for an old man or a mate only the reporter's crowd says is left to the name it stands before: "The
madala Orrin Vale was dancing" → "Orrin Vale was dancing"), no live-blog time ("a minute ago", "right now", "just
now", "currently", "as we speak", "at the moment" ending its clause: `without_live_time`), a lettered place's full
stop before a note in lower case read as a comma ("through Corridor C. about 90 seconds to spare" → "through
Corridor C, with about 90 seconds to spare"), no reporter's own voice ("ok …", "(not fishing line, sorry: …)", "I am
90% sure …", "saw me", "Holding this.", the correspondents looking on: `WE_WATCHED`)."""

from __future__ import annotations

import re

from .casing import (
    _ABBREVIATION,
    _GREEN_ROOM,
    _QUOTED,
    _SPACES,
    _SPEECH_MARK,
    _UNIT,
    _abbreviation,
    _caps,
    _unit,
    outside_quotes,
)
from .clauses import sentences
from .language import ENGLISH, FUNCTION_WORDS, FUNCTION_WORDS_ANY, other_language_words
from .lexicon import (
    ELDER_WORDS,
    MATE_WORDS,
    OWNER_PLACE_BEFORE,
)
from .places import PLACE_WORDS
from .quoted import SINGLE_QUOTED
from .textutil import fold, wordset
from .verbs import is_past_verb

_EMOJI = re.compile(
    "[\U0001f000-\U0001faff\u2600-\u27bf\u2300-\u23ff\u2b00-\u2bff\ufe0f\u200d\u20e3\U000e0020-\U000e007f]+"
)
CHAT = re.compile(
    r"(?<![\w'’])(?:lol+|lmao+|lmfao|rofl|omg+|omfg|wtf|smh|tbh|ngl|imo|imho|fyi|btw|brb|rn|irl|ikr|"
    r"ha(?:ha)+h?|he(?:he)+|xd|"
    r"j[aeiu](?:j[aeiu])+j?|k{3,}|w{3,}(?!\.)|(?:js){2,}j?|(?:rs){2,}|(?:ah){2,}a?)"  # laughing
    r"(?![\w'’])(?:[.!?]*(?=\s*$))?",
    # (a stop after it mid-text ends the sentence it closes: "pulled him in lol. door shut." keeps its stop)
    re.IGNORECASE,
)
_MARKS = re.compile(r"\((?:!+|\?+|!\?|\?!)\)")
# the correspondent signing off for a while, and why, closing a post: "… to Margate. brb battery" (break 67)
SIGNING_OFF = re.compile(r"(?:[.,;]?\s+|^)(?:brb|afk|gtg|g2g)\b(?:,?\s+[a-z]+){0,3}\s*[.!?]*\s*$", re.IGNORECASE)
# a bracketed note in square brackets, never a Markdown link's text ("[the clip](https://…)")
_SQUARE_NOTE = re.compile(r"\s*\[[^\[\]()]{1,160}\](?!\()")
# the reporter's hedge or aside closing a clause ("same size apparently", "like nothing happened, you'd never know")
# ("answered honestly", "took it seriously": a manner, not a hedge, unless a comma sets it off)
_HEDGE = re.compile(
    r"(?:[,;]?\s+(?:apparently|allegedly|supposedly|no joke|i swear|"
    r"you(?:'|’)d never know|you would never know|you could never tell)|[,;]\s+(?:honestly|seriously|literally))"
    r"(?=\s*(?:[.,;!?]|$))",
    re.IGNORECASE,
)
# "Grete's in May's platforms": "is", not a possessive (a name, then a place or a state); never after a preposition,
# where it is a place named for its owner ("climbed onto the counter at Dot's in one shoe")
_NAME_IS = re.compile(
    r"\b([A-Z][\w-]+)['’]s (?=(?:in|at|on|off|out|still|now|here|there|wearing|with|behind|under|inside|"
    r"outside|next to|barefoot|asleep|crying|dancing|gone|not)(?![\w-]))"  # (not "Lund's in-laws")
)
_PLACE_OWNER_BEFORE = re.compile(rf"\b(?i:{OWNER_PLACE_BEFORE})(?: [A-Z][\w'’-]*)* $")


def _name_is(m: re.Match[str]) -> str:
    """ "Grete's in" → "Grete is in", unless a preposition comes before the name: a place named for its owner ("at
    Dot's in one shoe", "at Dai Hopkins's on Caroline Street")."""
    if _PLACE_OWNER_BEFORE.search(m.string, 0, m.start()) is not None:
        return m.group(0)
    return f"{m.group(1)} is "


_REPEATS = re.compile(r"([!?])\1+")
# a word said twice for emphasis ("He was bald bald.") is said once ("had had", "that that" are English)
_DOUBLED = re.compile(r"\b([a-z]{3,})((?: \1\b)+)(?!['’-])")
_DOUBLED_ENGLISH = wordset("had that")
# a word for an old man, a mate or a granny only the reporter's crowd says, before the name it stands for ("The madala
# Orrin Vale was dancing" → "Orrin Vale was dancing"): the name tells the reader who
_SLANG_EPITHET = re.compile(rf"\b[Tt]he (?:old )?(?:{ELDER_WORDS}|{MATE_WORDS})\s+(?=[A-Z][a-z])")
# a slang or foreign tag closing a sentence ("…laughing in the rain, wallah", "…, ja", "… no cap", "…, fr"): cut
_SLANG_TAG = re.compile(
    r"(?:,\s*|\s+)(?:no cap|fr fr|frfr|fr|na|khrap|krap|khrup|krub|kha|naka|oo+|paa|lah|leh|lor)(?=\s*(?:[.!?]|$))|"
    r",\s*(?:wallah|wallahi|walahi|ja|fr|bru|bra|fam|innit|lah|yaar|eish|hey|né|nè|ne|na|shame|sha|abeg|o|oi|chale)"
    r"(?=\s*(?:[.!?]|$))",
    re.IGNORECASE,
)
# a reporter's aside in another language after a sentence's last comma ("…, romba nalla ponnu."): never printed
_FOREIGN_TAIL = re.compile(r",\s*(?P<tail>[a-z]+(?:\s[a-z]+){1,4})(?=\s*(?:[.!?]|$))")


def _said_abroad(tail: str, segment: str) -> bool:
    """Whether a tail is an aside in another language after an English sentence: a function word of another language
    only in it (`language.other_language_words`: "romba"), none of English's, and none of another language's in the
    sentence before it ("still wearing la correa de Miss Wanda …, hasta los de seguridad" is mixed, and stays so)."""
    if other_language_words(tail) == 0 or any(w in FUNCTION_WORDS[ENGLISH] for w in tail.split()):
        return False
    before = segment[: segment.rfind(tail)].lower().split()
    return not any(w in FUNCTION_WORDS_ANY and w not in FUNCTION_WORDS[ENGLISH] for w in before)


_SPACED_TAG = re.compile(r"\s(?:na|kh|kr|oo|paa|lah|leh|lor)", re.IGNORECASE)  # (the cheap test before `_SLANG_TAG`'s)
_PLUS = re.compile(r"(?<=\w)\s+[+&]\s+(?=\w)")
# "wont" before a verb is "won't" ("wont let anyone touch it"; "as was her wont" stays)
# "its" typed for "it's" where no noun can follow it as a possessive ("if its not here by 10", "its a mess")
_ITS_IS = re.compile(r"\b([Ii])ts (?=(?:not|a|an|the|going|gonna|been|just|so|still|here|there|over|ok|okay|all)\b)")
_WONT = re.compile(
    r"\b([Ww])ont(?= (?:let|stop|go|be|come|say|tell|talk|give|take|leave|sit|stand|look|answer|move)\b)"
)
_BC = re.compile(r"(?<![\w/])bc(?= \w)")  # "bc they're rented" (lower case only: "BC" is a place or an era)
# the reporter's spoken voice in a note: an intensifier ("literally went off"), "like" or "maybe" before a number
# ("like 9 feet", "like a hundred", "maybe 300 people": about; never "like a baby", a likeness), "v" for "very" ("v
# quiet"; never "Kit v Ines", a name after it)
_INTENSIFIER = re.compile(r"(?<![\w'’,])\s*\bliterally\b(?=\s+[a-z])", re.IGNORECASE)
_LIKE_NUMBER = re.compile(
    r"(?<!\blooked)(?<!\blooks)(?<!\blook)(?<!\bfelt)(?<!\bfeels)(?<!\bfeel)(?<!\bseemed)(?<!\bsounded)"
    r"(?<!\bjust)(?<!\bis)(?<!\bwas)\s+(?:like|maybe)\s+(?=(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|"
    r"thirty|forty|fifty|hundreds|a (?:dozen|couple|few|hundred|thousand))\s))",
    re.IGNORECASE,
)
_V_FOR_VERY = re.compile(r"(?<![\w'’])[vV] (?=[a-z]{3,}\b)")
# the reporter's own voice, never the story's: a chat opener ("ok Dame Henrietta is in"), a correction or
# apology in brackets ("(not fishing line, sorry: …)"), a sentence in the first person singular ("I am 90%
# sure that was her.", "saw me, put a finger to her lips") or a note to the desk ("Holding this.")
_CHAT_OPENER = re.compile(
    r"^(?:ok(?:ay)?|yeah|yep|um+|uh+|oh|ah|so+ yeah|deadset|strewth|crikey|fair dinkum|"
    r"(?:asere|bro|bruh|guys|folks|mate|desk|hey desk|yo)(?=[,!])|(?:mira esto|mira|oye|check this out)(?=[:,!]))"
    r"\b[,.!:]*(?:\s+so\b,?)?\s+(?=\S)",
    re.IGNORECASE,
)  # "ok so Mo Tarr …", "Deadset, Rain's humped four road cases" (the Australian "truly"), "Asere, a man just came
# up …" (the reporter calling to the desk, or to whoever reads: the Cuban "mate")
# ... and the same call at a clause's end ("He's bad at it, asere, really bad.", "… his eyes, asere.")
_CHAT_VOCATIVE = re.compile(r",\s+(?:asere|bro|bruh|guys|folks|mate|desk)(?=[,.!?]|$)", re.IGNORECASE)
_NOTE_BRACKETS = re.compile(
    r"\s*\((?:not\b|sorry\b|correction\b|edit\b|i\b|i'm\b|my\b)[^()]*\)|\s*\([^()]*\bsorry\b[^()]*\)"
    r"|\s*\([^()]{1,40}[!?]\)"  # the reporter exclaiming in brackets ("with the catering staff (the hat lady!)")
    r"|\s*\([^()]*\b(?:lol+|lmao+|omg+|not a typo|no joke|i swear|ha(?:ha)+)\b[^()]*\)",  # ... laughing ("(the HOST,
    re.IGNORECASE,  # not a typo lol)")
)
# the reporter looking on, opening a sentence about someone ("I see Iris Moor at the bar", "Just saw Kim …")
_I_SEE = re.compile(
    r"^(?i:I (?:can |just |now )?(?:see|saw|spot|spotted|spy|spied)|I(?:'|’)m (?:watching|looking at)|"
    r"(?:just )?(?:saw|spied))\s+(?=[A-Z])"
)
_REQUEST = re.compile(r"(?<![\w'’])(?:pls|plz|please)(?![\w'’])", re.IGNORECASE)
_FIRST_PERSON = re.compile(r"(?<![\w'’])(?:I|I'm|I’m|I've|I’ve|I'd|I’d|I'll|I’ll|me|my|mine|myself)(?![\w'’])")
# the correspondents together ("we all sang", "beside us", "our table"; "told us" is a source, the desk's "us")
_WE = re.compile(
    r"(?<![\w'’])(?:[Ww]e|[Ww]e(?:'|’)(?:re|ve|d|ll)|[Oo]urs?|[Oo]urselves|(?<!told )(?<!tells )(?<!showed )us)"
    r"(?![\w'’])"
)
# the correspondents looking on: "…, while we all watched" (the article is not about them: left out, `polish`)
WE_WATCHED = re.compile(r",?\s+(?:while|as) we(?: all)? (?:watched|looked on|stared)(?=[.;,!?]|$)")
# the show's running order in the correspondent's "we" ("if we ran over" → "if the show ran over")
_WE_THE_SHOW = re.compile(
    r"(?<![\w'’])(?P<we>[Ww]e)(?P<be>(?:'|’)re| are| were)? (?P<verb>ran|run|running|went|go|going)"
    r"(?= (?:over|late|long|live|to air|off air|to (?:a )?break|to commercial)\b)"
)
_DESK_NOTE = re.compile(
    r"^(?:(?:holding|hold|embargo(?:ed)?|more soon|will update|updating|checking|confirming|unconfirmed)\b"
    r"(?:\s+\w+){0,3}|(?:sorry|thanks|thank you|cheers|apologies),?\s+(?:desk|all|everyone|guys|team)\b.{0,20}"
    r"|apologies|sorry|my bad|oops"
    # the reporter going somewhere ("ok back to the bar", "heading to the press room"): a line to the desk
    r"|(?:ok(?:ay)?,? )?(?:back to|heading (?:back )?to|off to|going (?:back )?to) (?:the )?[a-z]+(?: [a-z]+)?"
    r")[.!]*$",  # ("… NOT Kostas. Apologies.": the reporter's, to the desk)
    re.IGNORECASE,
)


# an emoji between a word and a clause's opening word ends a sentence ("came up empty handed 😂 the earpiece was in
# his pocket": two sentences, not one run-on)
_EMOJI_STOP = re.compile(
    rf"(?<=[^\W\d_])\s*{_EMOJI.pattern}\s+(?=(?:the|she|he|they|it|we|i|turns out|apparently)\b)", re.IGNORECASE
)
# ... and so does one before a name ("flipping burgers in her sequins 🔥 Nell holding the train again")
_EMOJI_NAME_STOP = re.compile(rf"(?<=[^\W\d_])\s*{_EMOJI.pattern}\s+(?=[A-Z][a-z])")


# an emoji standing for what a sentence says of its subject ("Mansa's set was 🔥🔥 she did …"): without it the
# sentence says nothing ("Mansa's set was."), so the words before it go with it
_EMOJI_PREDICATE = re.compile(
    rf"(?:^|(?<=[.!?]\s))[^.!?\n]{{0,80}}?\b(?i:was|is|were|are|so|very|literally|pure|just)\s*(?:{_EMOJI.pattern}\s*)+"
    r"(?=(?i:the|she|he|they|it|we|i|turns out|apparently)\b|[A-Z][a-z]|$)",
)


def emoji_stops(text: str) -> str:
    """`text` with each emoji that ends a sentence written as a full stop (`_EMOJI_STOP`, `_EMOJI_NAME_STOP`), and
    a sentence whose emoji said what it says of its subject left out (`_EMOJI_PREDICATE`)."""
    if text.isascii():
        return text  # (an ASCII text has no emoji: no scan)
    cut = _EMOJI_PREDICATE.sub("", text)
    text = cut if cut.strip() else text
    return _EMOJI_NAME_STOP.sub(". ", _EMOJI_STOP.sub(". ", text))


# live-blog time: true while the reporter typed, meaningless in an article read after the show ("fell down the
# stairs a minute ago", "is singing right now", "as we speak"); "at the moment" only where it ends its clause ("at
# the moment she won" is a time)
_LIVE_TIME = re.compile(
    r"(?P<lead>^\s*|[.!?]\s+|,\s*)?(?<![\w'’])(?:right now|just now|currently|as we speak|as of (?:right )?now|"
    r"at (?:the|this) (?:very )?moment(?=\s*(?:[,.;!?]|$))|(?:a|an|one|two|three|four|five|ten|\d+|a few|"
    r"a couple of|some) (?:seconds?|secs?|minutes?|mins?|hours?|hrs?) ago)(?![\w'’])(?P<comma>\s*,(?=\s))?",
    re.IGNORECASE,
)


_LIVE_WORDS = ("now", "ago", "moment", "speak", "currently")


def _live_time(m: re.Match[str]) -> str:
    lead = m.group("lead")
    if lead is None:  # mid-clause: the clause's own comma after it stays ("… a minute ago, a man …")
        return " " + (m.group("comma") or "").strip()
    if lead.strip() == ",":  # ", right now, she …": one comma of the two
        return "," if m.group("comma") else ""
    return lead  # opening its sentence: its comma goes with it ("Right now, she is singing")


def without_live_time(segment: str) -> str:
    """`segment` without the reporter's live-blog time words (`_LIVE_TIME`): "Lind fell down the stairs a minute
    ago" → "Lind fell down the stairs", "Right now, she is singing" → "she is singing"."""
    lowered = segment.lower()
    if not any(w in lowered for w in _LIVE_WORDS) or not _LIVE_TIME.search(segment):
        return segment  # (the cheap test first: most segments have none of these words)
    return _SPACES.sub(" ", _LIVE_TIME.sub(_live_time, segment)).replace(" ,", ",").replace(" .", ".")


# a place named by a letter, its full stop typed before a note in lower case ("through Corridor C. about 90 seconds
# to spare"): a place's letter, not an initial ("Theo B. and Felix"), so the note goes on the sentence
_LETTER_STOP = re.compile(r"\b([A-Za-z][a-z]+) ([A-Z])\. (?=[a-z])")
_LETTERED = PLACE_WORDS | wordset("row section level block hall studio box area zone wing tier room stairwell")
# time left over, told as what someone did it with ("…, about 90 seconds to spare" → "…, with about 90 …")
_TO_SPARE = re.compile(
    r"(?<=, )(?!with )((?:about |around |roughly |just |only |barely |maybe )?(?:\d+|an?|a few|one|two|three|four|"
    r"five|ten|thirty|ninety) (?:seconds?|minutes?) to spare\b)",
    re.IGNORECASE,
)


def _very(m: re.Match[str]) -> str:
    """ "v quiet" → "very quiet"; after a name "v" is versus ("Strand v balcony guy")."""
    before = m.string[: m.start()].split()
    if before and before[-1][:1].isupper() and before[-1].isalpha():
        return m.group(0)
    return "Very " if m.group(0)[0] == "V" else "very "


def _chat(segment: str) -> str:
    segment = without_live_time(emoji_stops(segment))
    if ". " in segment:
        segment = _LETTER_STOP.sub(
            lambda m: f"{m.group(1)} {m.group(2)}{',' if fold(m.group(1)) in _LETTERED else '.'} ", segment
        )
    if "to spare" in segment:
        segment = _TO_SPARE.sub(r"with \1", segment)
    segment = _EMOJI.sub(" ", segment)
    segment = SIGNING_OFF.sub("", segment)
    segment = CHAT.sub(" ", segment)
    segment = _MARKS.sub(" ", segment)
    segment = _HEDGE.sub("", segment)
    segment = _NAME_IS.sub(_name_is, segment)
    segment = _REPEATS.sub(r"\1", segment)
    segment = _SLANG_EPITHET.sub("", segment)
    segment = _DOUBLED.sub(lambda m: m.group(0) if m.group(1) in _DOUBLED_ENGLISH else m.group(1), segment)
    if "," in segment or " no cap" in segment or " fr" in segment or _SPACED_TAG.search(segment):
        segment = _SLANG_TAG.sub("", segment)
    if ", " in segment:  # "… handed out the roti herself, romba nalla ponnu." (Tamil: "a very good girl")
        segment = _FOREIGN_TAIL.sub(lambda m: "" if _said_abroad(m.group("tail"), m.string) else m.group(0), segment)
    segment = _PLUS.sub(" and ", segment)
    segment = _text_speak(segment)
    segment = _UNIT.sub(_unit, segment)
    segment = _ABBREVIATION.sub(_abbreviation, segment)
    if "bc " in segment:
        segment = _BC.sub("because", segment)
    lowered = segment.lower()  # (the cheap tests first: most segments have none of these words)
    if "rm" in lowered:
        segment = _GREEN_ROOM.sub(lambda m: f"{m.group('det') or 'the'} green room", segment)
    if "ont " in lowered:
        segment = _WONT.sub(r"\1on't", segment)
    if "its " in lowered:
        segment = _ITS_IS.sub(r"\1t's ", segment)
    if "literally" in lowered:
        segment = _INTENSIFIER.sub("", segment)
    if "like " in lowered or "maybe " in lowered:
        segment = _LIKE_NUMBER.sub(" about ", segment)
    if "v " in lowered:
        segment = _V_FOR_VERY.sub(_very, segment)
    return _caps(segment)


# text-speak typed on the run (break 67): a number for "for" before whose it is ("on her hip 4 her perf": a count is
# never followed by "her"), a year-old ("2 yr old"), times over ("standing ovation x2"), "standing O", seconds typed
# "10s" after how long ("made the stage under 10s")
_FOUR_FOR = re.compile(r"(?<=[a-z,] )4(?= (?:her|his|their|the|my|our|a|an|him|them|me|us)\b)")
_YEAR_OLD = re.compile(r"\b(\d{1,3}) ?yrs?[- ]old\b", re.IGNORECASE)
_YEARS = re.compile(r"(?<=(?:['’]s|s['’]|he|is|er|ir|ts|ur|my) )(\d{1,3}) ?yrs\b", re.IGNORECASE)  # (after whose
# years they are, "the award's 40 yrs", "his 40 yrs": a note's "7 yrs, still on" stays a note, left out)
_TIMES = re.compile(r"(?<=[a-z]) x([2-9])\b")
_STANDING_O = re.compile(r"\bstanding O\b(?![\w'’])")
_SECONDS = re.compile(r"\b(under|in|for|within|after|first|last|about|over) (\d{1,2})s\b")
_IN_GARMENT = re.compile(r"\bin (towel|robe|bathrobe|dressing gown|tux|tuxedo|onesie|apron|wetsuit|kilt|hoodie)\b")
_WAS_OVATION = re.compile(r"\b(?:was|were) (?:a )?standing ovation\b")
# (after a sentence of the act it answers only: a post that opens on it says nothing of whom it was for)
_OVATION_NOTE = re.compile(r"(?<=[.!?] )Standing ovations? ?(?P<times>x[2-5]|twice)?(?P<stop>[.!?]|$)")
_TIMES_WORDS = {"2": "twice", "3": "three times", "4": "four times", "5": "five times"}


def _ovations(m: re.Match[str]) -> str:
    times = m.group("times")
    if not times:
        return "There was a standing ovation" + (m.group("stop") or ".")
    count = {"x2": "two", "twice": "two", "x3": "three", "x4": "four", "x5": "five"}[times]
    return f"There were {count} standing ovations" + (m.group("stop") or ".")


def _text_speak(segment: str) -> str:
    """A segment's text-speak written out (see the patterns above): "4 her perf" → "for her perf", "2 yr old" →
    "2-year-old", "40 yrs" → "40 years", "standing ovation x2" → "standing ovation twice", "standing O" →
    "standing ovation", "under 10s" → "under 10 seconds"."""
    if "4 " in segment:
        segment = _FOUR_FOR.sub("for", segment)
    if "yr" in segment.lower():
        segment = _YEARS.sub(r"\1 years", _YEAR_OLD.sub(r"\1-year-old", segment))
    if " x" in segment:
        segment = _TIMES.sub(lambda m: " " + _TIMES_WORDS.get(m.group(1), f"{m.group(1)} times"), segment)
    if " in " in segment:  # "still in towel" → "still in a towel": a note's garment without its article
        segment = _IN_GARMENT.sub(r"in a \1", segment)
    if "standing O" in segment:
        segment = _STANDING_O.sub("standing ovation", segment)
    if "standing ovation" in segment:  # "She was standing ovation twice": she got one
        segment = _WAS_OVATION.sub("got a standing ovation", segment)
    if "Standing ovation" in segment:  # "Standing ovation x2.", a note of its own: a sentence
        segment = _OVATION_NOTE.sub(_ovations, segment)
    if "s" in segment:
        segment = _SECONDS.sub(r"\1 \2 seconds", segment)
    return segment


def _reporter_voice(text: str) -> str:
    """`text` without the reporter's own voice (see `_CHAT_OPENER`; "I see Iris Moor at the bar" → "Iris Moor at
    the bar"); quoted speech is never touched, and a text that is nothing but the reporter's voice is kept as
    it is."""
    text = _CHAT_OPENER.sub("", _CHAT_OPENER.sub("", text, count=1), count=1)  # ("Asere, mira esto: …": two calls)
    if ", " in text:
        text = outside_quotes(text, lambda part: _CHAT_VOCATIVE.sub("", part))
    if "(" in text:  # (every bracketed note opens with one: no scan without it)
        text = outside_quotes(text, lambda part: _NOTE_BRACKETS.sub("", part))
    if "[" in text:  # "[ed: check spelling of his manager's name]": a note to the desk, never a link's text
        text = outside_quotes(text, lambda part: _SQUARE_NOTE.sub("", part))
    if "e " in text:
        text = outside_quotes(text, lambda part: _WE_THE_SHOW.sub(_the_show, part))
    if "our " in text:  # "stopped at our spot on the carpet" → "stopped on the carpet": where the crew stood
        text = outside_quotes(text, lambda part: _AT_OUR_SPOT.sub("", part))
    if " me " in text:  # "Carrasco … told me they have agreed …" → "… said they have agreed …": her news, kept
        text = outside_quotes(text, lambda part: _TOLD_ME.sub(lambda m: "said" + (m.group(1) or ""), part))
    if (
        " us" in text
    ):  # "Will Ooi made us a promise: …" → "Will Ooi made a promise: …" (his, never the reporter's voice)
        text = outside_quotes(text, lambda part: _PROMISED_US.sub(lambda m: m.group("verb"), part))
    told = (_without_own_clause(_I_SEE.sub("", sentence, count=1)) for sentence in sentences(text))
    kept = [sentence for sentence in told if not _first_person(sentence) and not _DESK_NOTE.match(sentence)]
    return " ".join(kept) if kept else text


# someone promising the correspondents something ("made us a promise", "promised us"): the promise is the news, the
# "us" goes (round 50's Kuala Lumpur left out "On the carpet, Will Ooi made us a promise: …" as the reporter's voice)
_PROMISED_US = re.compile(r"\b(?P<verb>(?:made|makes|gave|gives)(?= us a promise)|promised|promises) us\b")


# the correspondents' own patch, said on the way to where it happened ("at our spot on the carpet", "by our pen")
_AT_OUR_SPOT = re.compile(
    r" (?:at|by|to|past|near) our (?:spot|position|pen|post|mark|stand|corner)(?= (?:on|in|at|by)\b)"
)


# someone telling the correspondent a clause ("told me they have agreed", "tells me that she …"): what they said
# (never "had told me": what they had said before, a pointer back at a setup the item tells in its own words)
_TOLD_ME = re.compile(r"(?<!\bhad )\b(?:told|tells) me( that)?(?= (?:she|he|they|it|the|his|her|their|[A-Z][a-z]+)\b)")


def _first_person(text: str) -> bool:
    """Whether the correspondent speaks in `text` ("I", "me", "we", "our", "us"), outside quoted speech and what
    other passes take out without the sentence ("while we all watched", "told us")."""
    said = SINGLE_QUOTED.sub("", _QUOTED.sub("", text)).replace("I.", "")
    if _FIRST_PERSON.search(said) is not None:
        return True
    return _WE.search(WE_WATCHED.sub("", said)) is not None


def _the_show(m: re.Match[str]) -> str:
    """ "if we ran over" → "if the show ran over", "we were running late" → "the show was running late"."""
    show = "The show" if m.group("we") == "We" else "the show"
    verb = m.group("verb")
    if m.group("be"):
        return f"{show} was {verb}"
    return f"{show} {dict(run='ran', go='went').get(verb, verb)}"


# the one who told the reporter, last ("…, her manager told me"): the source of what the sentence says, which stays
# ("…, her manager said": a plan or a claim is never told as fact); not "she told me" (the moment's person herself)
_SOURCE_TOLD = re.compile(
    r"^((?:his|her|their|the|a|an) (?:[a-z][\w'’-]* ){0,2}[a-z][\w'’-]*) (?:told|tells) (?:me|us)$"
)


# the correspondents as the audience of an act ("sang for the thirty of us sitting there in coats", "waved to us"):
# the act is the news, the audience the reporter's own
_FOR_US = re.compile(
    r" (?:for|to|at) (?:(?:the|all|some|a few|both) (?:\w+ )?of )?us\b(?: (?:sitting|standing|waiting|watching)\b"
    r"[^,.;:!?“”]*)?(?=[,.;:!?]|$)"
)


# what the act was, after the comma the audience left behind it ("sang, a whole aria" once "to us" went)
_COMMA_BEFORE_OBJECT = re.compile(
    r"\b(sang|played|read|recited|performed|danced|did|gave|told),\s+(?=(?:a|an|all|every|both|one|two|three|four|"
    r"five|six|seven|eight|nine|ten|the whole|her whole|his whole|their whole)\b)"
)


def _predicate(part: str) -> bool:
    """Whether a comma part is the sentence's own predicate, its verb first ("…, due on stage in forty minutes,
    walked into the press room and sang for the thirty of us"): never left out for the "us" in it, the sentence would
    lose its verb."""
    first = part.split(" ", 1)[0]
    return first.islower() and is_past_verb(first)


def _without_own_tail(sentence: str) -> str:
    """A sentence without its last "and …" act when only that act is the reporter's ("…, pushed the trophy gently
    back to him and said a few words that his daughter repeated to us afterwards." → "…, pushed the trophy gently
    back to him."): the acts before it are the news, never left out with it. As it is otherwise."""
    end = sentence[-1] if sentence[-1:] in ".!?" else ""
    head, joint, tail = sentence.rstrip(".!?").rpartition(" and ")
    if not joint or not _first_person(_FOR_US.sub("", tail)) or _first_person(head):
        return sentence  # ("… and sang for the thirty of us": the act, the audience left out by `_FOR_US`)
    if not is_past_verb(tail.split(" ", 1)[0]):
        return sentence
    if len(head.split()) < _OWN_TAIL_HEAD:
        return sentence
    return head.rstrip(",") + (end or ".")


_OWN_TAIL_HEAD = 5  # words before the reporter's "and …" at least, for the sentence to stand without it


def _without_own_clause(sentence: str) -> str:
    """A sentence without a comma clause in the reporter's own voice or asking the desk for something
    ("Osei in the press room, I'm asking him about the trip, he laughs" → "Osei in the press room, he
    laughs"; "…, security please" left out), when the rest stands without it."""
    if _SPEECH_MARK.search(sentence):
        return sentence
    sentence = _without_own_tail(sentence)
    said_to_us = _FOR_US.search(sentence) is not None
    sentence = _FOR_US.sub("", sentence)  # "… and sang for the thirty of us sitting there in coats." → "… and sang."
    if said_to_us:  # "sang to us, all ten verses" → "sang all ten verses"
        sentence = _COMMA_BEFORE_OBJECT.sub(r"\1 ", sentence)
    if ", " not in sentence:
        return sentence
    end = sentence[-1] if sentence[-1:] in ".!?" else ""
    parts = sentence.rstrip(".!?").split(", ")
    parts = [parts[0], *(_SOURCE_TOLD.sub(r"\1 said", p) for p in parts[1:])]  # (who told it: the source, kept)
    kept = [
        parts[0],
        *(p for p in parts[1:] if (not _first_person(p) and not _REQUEST.search(p)) or _predicate(p)),
    ]
    if _first_person(parts[0]) or _REQUEST.search(parts[0]):
        return sentence  # the sentence itself is the reporter's
    if len(kept) == len(parts):
        return ", ".join(parts) + end  # nothing to leave out (but a source told as one: "…, her manager said")
    return ", ".join(kept) + end
