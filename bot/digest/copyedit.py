"""A correspondent's fragment made article copy: prose, not chat.

`tidy` is the desk's first pass on any text the article prints (bodies and headlines alike): no emoji (one after a
word and before a name or a pronoun is a full stop: "in her sequins 🔥 Nell holding …" → "in her sequins. Nell holding
…", `emoji_stops`) or chat markers ("lol", "kkkk", "!!", "(!)", "w/", a word said twice for emphasis said once: "bald
bald" → "bald", a slang or foreign tag closing a sentence cut: "…, wallah", "…, ja", "… no cap"; a word for an old man
or a mate only the reporter's crowd says is left to the name it stands before: "The madala Orrin Vale was dancing" →
"Orrin Vale was dancing"), no reporter bookkeeping ("HOLD til the tribute:", "EMBARGO …:", "UPDATE:" or a slug such as
"re the cake:", at the start or after a full stop, a shouted "FOUND HER.", a "video" left over from a link, "(more
soon)" wherever it stands, "dedication below"), no live-blog time ("a minute ago", "right now", "just now",
"currently", "as we speak", "at the moment" ending its clause: `without_live_time`), a lettered place's full stop
before a note in lower case read as a comma ("through Corridor C. about 90 seconds to spare" → "through Corridor C,
with about 90 seconds to spare"), no reporter's own voice ("ok …", "(not fishing line, sorry: …)", "I am 90% sure …",
"saw me", "Holding this."), no note-speak (`notespeak`: "Sauvageot 1 knee." → "Sauvageot went down on one knee.",
"ring = gold ribbon" → "The ring was a gold ribbon", "she: oui." → "She said yes.", a name typed alone dropped), no chat
words for a person and someone named later named where they first appear
(`someone`: "a guy dressed as a knight caught it. the guy is Ken Abe" → "Ken Abe, a man dressed as a knight, caught
it."), ALL-CAPS words in normal case (short acronyms such as "VIP" or "DJ" kept; a place word is no acronym: "at the
BAR" → "at the bar"), "GRN RM" → "the green room", sentences that start with a capital. `narrate` is the second pass
for bodies: the story told in the past tense ("is sitting" → "was sitting", "just split" → "split", "Bram says" →
"Bram said", "she's just handed" → "she had just handed"; a person's age or job, or a state that still holds, stays
present: "who is eleven", "who are suing each other"), a verbless note made a sentence ("Ndidi back in the lift" →
"Ndidi was back in the lift", "Two hundred people singing" → "… were singing", "~200 singing" → "About 200 people were
singing", "Rosa up on table, phone torch, leading …" → "Rosa was up on a table with a phone torch, leading …", "Mara
and Kit both walking" → "… were both walking", "Kit, after, was rubbing his chin" → "Afterwards, Kit rubbed his chin",
"Ana and Lito duet, “Rain”" → "Ana and Lito sang “Rain” as a duet", "Security confused" → "Security looked confused",
"Teo Vale (DJ) warming up …" → "… (DJ) was warming up …", "… and his granddad in the front row" → "… and his granddad
was in …"; a bare noun a note left its article off given one: a person of the room or a place "the", a thing "a",
"told doorman off" → "told the doorman off", "refused stool" → "refused a stool", "in front row" → "in the front row",
`_bare_noun`; a note opening on an adverb, "Together on stage …", is given no subject; any other note is left to the
prose gate, which leaves it out), a sentence that dropped its subject given one ("Paid her in twenties." → "Wendell
paid her in twenties.", and in the present: "Walks up mid-set." → "Khoza walked up mid-set.", its list's verbs too, a
word listed among things left a thing: `_listed_in_past`, "with posters, mugs and signs"), a participle after a
name set off by commas ("when Bong Reyes nominated for Best New Artist, said …" → "when Bong Reyes, nominated for …,
said …"), a reporter's "Found X in …" told as "X was in …", and what someone was about to do told as due ("she
presents X in 12 minutes" → "she was due to present X …"). `cut_at_pauses` runs before both on a body's copy: a
reporter's ellipsis inside narration is never printed, the sentence is cut there ("Mara sat on the steps... nobody
noticed" → "Mara sat on the steps."). Quoted speech inside a report is never touched. `thin_place` recognises a note
that only frames a quote ("Overheard at the bar")."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from .clauses import ends_sentence, lead_clause, sentences
from .corrections import corrected
from .enumerations import enumerated
from .labels import award_line, name_label, place_label, source_label
from .language import FUNCTION_WORDS
from .lexicon import (
    BODY_PARTS,
    ELDER_WORDS,
    KIN_HE,
    KIN_SHE,
    MATE_WORDS,
    NOT_A_SUBJECT,
    NUMBER_WORDS,
    PEOPLE,
    ROLE_NOUNS,
    STOPWORDS,
    adjective,
)
from .notespeak import note_speak, own_parts
from .nouns import in_noun_phrase
from .places import PLACE_WORDS
from .quoted import SINGLE_QUOTED, keeping_quotes
from .register import ACRONYMS
from .someone import named_where_first_seen
from .textutil import STYLED_LOWER, alnum_words, fold, generational, pairs, short_name, wordset
from .verbs import (
    AUXILIARIES,
    IRREGULAR,
    PAST_OF,
    VERB_SHAPED,
    base_form,
    is_past_verb,
    looks_like_verb,
    past_tense,
    sibilant_past,
)

_EMOJI = re.compile(
    "[\U0001f000-\U0001faff\u2600-\u27bf\u2300-\u23ff\u2b00-\u2bff\ufe0f\u200d\u20e3\U000e0020-\U000e007f]+"
)
CHAT = re.compile(
    r"(?<![\w'’])(?:lol+|lmao+|lmfao|rofl|omg+|omfg|wtf|smh|tbh|ngl|imo|imho|fyi|brb|rn|irl|ikr|"
    r"ha(?:ha)+h?|he(?:he)+|xd|"
    r"j[aeiu](?:j[aeiu])+j?|k{3,}|w{3,}(?!\.)|(?:js){2,}j?|(?:rs){2,}|(?:ah){2,}a?)"  # laughing
    r"(?![\w'’])(?:[.!?]*(?=\s*$))?",
    # (a stop after it mid-text ends the sentence it closes: "pulled him in lol. door shut." keeps its stop)
    re.IGNORECASE,
)
_MARKS = re.compile(r"\((?:!+|\?+|!\?|\?!)\)")
# the reporter's hedge or aside closing a clause ("same size apparently", "like nothing happened, you'd never know")
# ("answered honestly", "took it seriously": a manner, not a hedge, unless a comma sets it off)
_HEDGE = re.compile(
    r"(?:[,;]?\s+(?:apparently|allegedly|supposedly|no joke|i swear|"
    r"you(?:'|’)d never know|you would never know|you could never tell)|[,;]\s+(?:honestly|seriously|literally))"
    r"(?=\s*(?:[.,;!?]|$))",
    re.IGNORECASE,
)
# "Grete's in May's platforms": "is", not a possessive (a name, then a place or a state)
_NAME_IS = re.compile(
    r"\b([A-Z][\w-]+)['’]s (?=(?:in|at|on|off|out|still|now|here|there|wearing|with|behind|under|inside|"
    r"outside|next to|barefoot|asleep|crying|dancing|gone|not)(?![\w-]))"  # (not "Lund's in-laws")
)
_REPEATS = re.compile(r"([!?])\1+")
# a word said twice for emphasis ("He was bald bald.") is said once ("had had", "that that" are English)
_DOUBLED = re.compile(r"\b([a-z]{3,})((?: \1\b)+)(?!['’-])")
_DOUBLED_ENGLISH = wordset("had that")
# a word for an old man, a mate or a granny only the reporter's crowd says, before the name it stands for ("The madala
# Orrin Vale was dancing" → "Orrin Vale was dancing"): the name tells the reader who
_SLANG_EPITHET = re.compile(rf"\b[Tt]he (?:old )?(?:{ELDER_WORDS}|{MATE_WORDS})\s+(?=[A-Z][a-z])")
# a slang or foreign tag closing a sentence ("…laughing in the rain, wallah", "…, ja", "… no cap", "…, fr"): cut
_SLANG_TAG = re.compile(
    r"(?:,\s*|\s+)(?:no cap|fr fr|frfr|fr|na|khrap|krap|khrup|krub|kha|naka|oo+|paa)(?=\s*(?:[.!?]|$))|"
    r",\s*(?:wallah|wallahi|walahi|ja|fr|bru|bra|fam|innit|lah|yaar|eish|hey|né|nè|ne|na|shame|sha|abeg|o|oi|chale)"
    r"(?=\s*(?:[.!?]|$))",
    re.IGNORECASE,
)
_SPACED_TAG = re.compile(r"\s(?:na|kh|kr|oo|paa)", re.IGNORECASE)  # (the cheap test before `_SLANG_TAG`'s)
_BOOKKEEPING_HEAD = re.compile(
    r"(?:^|(?<=[.!?] ))\s*(?:(?:HOLD|EMBARGO(?:ED)?)\b[^:.!?]{0,60}[:.!-]|"
    r"(?:update|breaking|edit|fyi|psa|live|confirmed|new)\s*[:.!—–-]|"
    r"re(?=[\s:])[^:.!?“”\"]{0,40}:)\s*",  # "re the cake:", a correspondent's slug (a correction: `corrections`)
    re.IGNORECASE,
)
# the reporter's "more soon" between sentences, not only at the end ("… in the lobby. More soon. The bar …")
_MORE_SOON = re.compile(
    r"(?:^|(?<=[.!?]))\s*\(?(?:more soon|more to come|stay tuned|watch this space)\)?[.!]*(?=\s|$)", re.IGNORECASE
)
# (a single word — "developing", "thread", "cont." — only set off by a stop, a comma or a bracket: "all she'd had
# was a thread" is the story's word, not the reporter's)
_BOOKKEEPING_TAIL = re.compile(
    r"(?:[\s,;.]*\(?\b(?:more soon|more to come|more in a (?:sec|bit|minute)|\d/\d|pics? to follow|video to follow)"
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
    r"(?:^|(?<=[.!?]\s))[^.!?\n]*\b(?:the|this|that|these)\s+(?:line|lines|quote|words)\s+(?:below|above)\s*"
    r"(?:[.!?]\s*|$)",
    re.IGNORECASE,
)
_PLUS = re.compile(r"(?<=\w)\s+[+&]\s+(?=\w)")
_ABBREVIATIONS = pairs(
    "w/:with w/o:without b/c:because ppl:people incl:including incl.:including approx:about approx.:about "
    "secs:seconds mins:minutes hrs:hours til:until thx:thanks pls:please thru:through "
    # a contraction typed without its apostrophe (only those that are no other word: not "wont", "its", "were")
    "didnt:didn't dont:don't doesnt:doesn't cant:can't isnt:isn't wasnt:wasn't werent:weren't couldnt:couldn't "
    "wouldnt:wouldn't shouldnt:shouldn't hasnt:hasn't havent:haven't hadnt:hadn't aint:ain't thats:that's "
    "theres:there's whats:what's youre:you're theyre:they're"
)
# "wont" before a verb is "won't" ("wont let anyone touch it"; "as was her wont" stays)
_WONT = re.compile(
    r"\b([Ww])ont(?= (?:let|stop|go|be|come|say|tell|talk|give|take|leave|sit|stand|look|answer|move)\b)"
)
_BC = re.compile(r"(?<![\w/])bc(?= \w)")  # "bc they're rented" (lower case only: "BC" is a place or an era)
_ABBREVIATION = re.compile(
    r"(?<![\w/])(" + "|".join(re.escape(a) for a in sorted(_ABBREVIATIONS, key=len, reverse=True)) + r")(?![\w/])",
    re.IGNORECASE,
)
_UNIT = re.compile(
    r"\b(\d+)\s*(min|sec|hr|ft)\b(?:\.(?=\s+(?-i:[a-z,])))?", re.IGNORECASE
)  # "12 min. Ines": a full stop
_UNITS = {"min": "minutes", "sec": "seconds", "hr": "hours", "ft": "feet"}
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
_CAPS_WORD = re.compile(r"\b[A-Z][A-Z'’]*[A-Z]\b|\bA\b")
_SHOUT_HEAD = re.compile(r"^\s*((?:[A-Z][A-Z'’]*\s*){1,3}[.!]+)\s*(?=\S)")
_SHOUT_WORDS = wordset(
    "found got her him them it us yes omg wow ok okay confirmed update breaking here hold yay whoa damn"
)
# short words in capitals that are shouting, not acronyms
_COMMON_SHORT = wordset(
    """
    over off on out now yes no wow not all and the here gone done live back down fast huge wild loud mine hot
    this that what why how who when she he her him his its it is was are you we they one two big bad mad sad
    fun cool real true very just also like love hate cry lost won win wins best new old ever ago
    hard soft dead fast slow full flat high low late long kept went
    """
)
# a shouted interjection with a drawn-out letter ("OHHH", "NOOO", "YESSS"), never an acronym
_DRAWN_OUT = re.compile(r"([A-Z])\1\1")
_STRAIGHT_QUOTES = re.compile(r'"([^"]+)"')
# words shown in capitals on a sign, a card, a board or a cake ("held up the whiteboard: YOU ARE HORACE", "a card
# that says SLOWER", "a cake iced CONGRATULATIONS"): quoted as shown, so that neither case nor tense is changed
_SHOWN = re.compile(
    r"(?P<lead>(?:\b(?:says|said|reads|read|reading|saying|iced|piped|wrote|written|spelled|spelt|printed|painted|"
    r"yelling|yelled|yells|shouting|shouted|shouts|screaming|screamed|chanting|chanted)|:)\s+)"
    r"(?P<caps>[A-Z][A-Z'’]+(?:[ ,]+[A-Z][A-Z'’]*)*)(?P<stop>[.!?]?)(?![\w'’])"
)
_QUOTED = re.compile(r"(\"[^\"]*\"|“[^”]*”)")
_SENTENCE_START = re.compile(r"(^|[.!?]\s+)([a-z])")
_COLON_SPEECH = re.compile(r"(:\s+“)([a-z])")
_STOP_OUTSIDE = re.compile(r"(:\s+“[^“”]*[^“”.!?…,])”\.")
_SPACES = re.compile(r"\s+")
_SPACE_BEFORE = re.compile(r"\s+([,.;:!?)])")
# "Tibby Crane, arrived at …": a name cut from its verb by a comma (an appositive would close with one)
_SENTENCE_HEAD = re.compile(r"(?:^|(?<=[.!?] ))[^.!?]+[.!?]?")  # a sentence, cheaply (abbreviations aside)
_NAME_COMMA_VERB = re.compile(r"^((?:[A-Z][\w'’-]+ ){0,2}[A-Z][\w'’-]+), (?=([a-z]+) )")
_SPEECH_MARK = re.compile(r"[“\":]|(?:^|\s)['‘]")  # speech or a sign in the sentence: left as written
_OPENERS = wordset("later earlier then still now outside inside backstage meanwhile finally suddenly again")
_APPOSITIVE_STARTS = wordset("the a an his her their its one our my")
_BE_WORDS = VERB_SHAPED
_CLOSING_VERB = re.compile(r", (?:was|were|had|[a-z]+ed)\b")


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
_ORDINAL_WORDS = {n: w for w, n in NUMBER_WORDS.items() if w.endswith(("st", "nd", "rd", "th"))}  # "4" → "fourth"


def _nth_time(m: re.Match[str]) -> str:
    """ "lost Best Drama again (4th)" → "lost Best Drama for the fourth time"."""
    return f"for the {_ORDINAL_WORDS.get(m.group(1), m.group(0)[7:-1])} time"


# the green room as a note types it ("back to GRN RM", "in the grn rm"): "the green room"
_GREEN_ROOM = re.compile(r"\b(?:(?P<det>the|a|his|her|their) )?gr(?:ee)?n\.? ?rm\b", re.IGNORECASE)
_TILDE = re.compile(r"(?<![\w~])~\s?(?=\d)")
_DOUBLED_COMMA = re.compile(r",(?:\s*,)+")  # "Tibby Crane,, arrived"
_SLASH_SEPARATOR = re.compile(r"\s+/{1,2}\s+(?=\w)")  # "at the press room // holding two trophies / both hers"
# (an ellipsis is no double stop, nor an abbreviation's full stop before a comma: "At 3 a.m., the bar …")
_DOUBLE_PUNCT = re.compile(
    r"([,;:])\s*([.!?])|(?<![.…])(?<!\.[a-z])(?<!\b(?:Jr|Sr|St|Dr|Mr|Ms|vs|no))(?<!\b(?:etc|Mrs|Snr|Jnr))"
    r"([.!?])\s*[.,;:](?!\.)"
)
_LEADING_PUNCT = re.compile(r"^[\s,;:.!?—–-]+")
# two sentences run together: a closing quote with no stop, or a word, then a new sentence's subject
# ("went “Ahhh” In the bar, …", "the lights went out She kept singing")
_RUN_ON = re.compile(
    r"(?:(?<=[^.!?,…]”)|(?<=[a-z]))\s+(?=(?:She|He|They|We|Then)\s+[a-z])|(?<=[^.!?,…]”)\s+(?=(?:In|At|On|The)\s)"
)
# the reporter's own voice, never the story's: a chat opener ("ok Dame Henrietta is in"), a correction or
# apology in brackets ("(not fishing line, sorry: …)"), a sentence in the first person singular ("I am 90%
# sure that was her.", "saw me, put a finger to her lips") or a note to the desk ("Holding this.")
_CHAT_OPENER = re.compile(
    r"^(?:ok(?:ay)?|yeah|yep|um+|uh+|oh|ah|so+ yeah)\b[,.!]*(?:\s+so\b,?)?\s+(?=\S)", re.IGNORECASE
)  # "ok so Mo Tarr …"
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
    r"|apologies|sorry|my bad|oops)[.!]*$",  # ("… NOT Kostas. Apologies.": the reporter's, to the desk)
    re.IGNORECASE,
)
_AM_PM = re.compile(r"\b([ap])\.m\.\s+(?=[a-z])")
_ENGLISH = FUNCTION_WORDS["en"]


def outside_quotes(text: str, edit: Callable[[str], str]) -> str:
    """`edit` applied to the parts of `text` that are not quoted speech."""
    if '"' not in text and "“" not in text:
        return edit(text)  # (no quotation mark: one part, and no scan)
    parts = _QUOTED.split(text)
    return "".join(part if i % 2 else edit(part) for i, part in enumerate(parts))


def _caps(segment: str) -> str:
    """ALL-CAPS runs and shouted words in lower case; a lone short capitalised word is an acronym ("VIP")."""
    words = list(_CAPS_WORD.finditer(segment))
    if not words:
        return segment
    out: list[str] = []
    last = 0
    for k, m in enumerate(words):
        word = m.group(0)
        before = words[k - 1] if k else None
        after = words[k + 1] if k + 1 < len(words) else None
        in_run = (before is not None and not segment[before.end() : m.start()].strip(" -—–,")) or (
            after is not None and not segment[m.end() : after.start()].strip(" -—–,")
        )
        letters = sum(c.isalpha() for c in word)
        if word == "A" and not in_run:
            pass  # "A yellow bus": an article, in its place
        elif word.lower() in ACRONYMS:
            pass  # "VIP TENT": the tent is shouted, the VIP is an acronym
        elif (
            in_run
            or letters >= 5
            or word.lower() in _COMMON_SHORT
            or word.lower() in _ENGLISH
            or word.lower() in NUMBER_WORDS  # "brought FOUR cooks up"
            or word.lower() in PLACE_WORDS  # "at the BAR": a place, not an acronym
            or _DRAWN_OUT.search(word)
            or (letters >= 3 and _STATE_BEFORE.search(segment, 0, m.start()))  # "she was FINE": a state, shouted
        ):
            quoted = _DRAWN_OUT.search(word) and segment[m.start() - 1 : m.start()] in ("'", "‘")
            word = word[0] + word[1:].lower() if quoted else word.lower()  # 'OHHH' is quoted: ‘Ohhh’
        out.append(segment[last : m.start()] + word)
        last = m.end()
    out.append(segment[last:])
    return "".join(out)


# a word in capitals after "was", "so", "very" … is a state shouted ("she was FINE", "so LOUD"), not an acronym
_STATE_BEFORE = re.compile(
    r"(?:\b(?:was|were|is|are|am|so|very|too|totally|absolutely|really|looked|looks|felt)|\b(?:she|he|it|that)['’]s)\s+$",
    re.IGNORECASE,
)


_QUOTED_SHOUT = re.compile(r"(?<=“)([A-Z][A-Z'’]*)(?=[.!?]*”)")


def _quoted_shout(m: re.Match[str]) -> str:
    """A quoted one-word shout with a drawn-out letter ("went “OHHH”") in normal case: “Ohhh”."""
    word = m.group(1)
    return word[0] + word[1:].lower() if _DRAWN_OUT.search(word) else word


def _abbreviation(m: re.Match[str]) -> str:
    return _ABBREVIATIONS[m.group(1).lower()]


def _unit(m: re.Match[str]) -> str:
    return f"{m.group(1)} {_UNITS[m.group(2).lower()]}"


def shouting(text: str) -> float:
    """The share (0–1) of a text's letters in words written in capitals (acronyms of four letters or fewer
    aside): how much of it is shouted."""
    letters = sum(1 for c in text if c.isalpha())
    if not letters:
        return 0.0
    shouted = sum(len(w) for w in _CAPS_WORD.findall(text) if len(w) > 4 or w.lower() in _COMMON_SHORT)
    return min(1.0, shouted / letters)


def capitalise_sentences(text: str) -> str:
    """Every sentence starts with a capital ("a.m." and "p.m." do not end one), and so does speech a colon
    introduces, with its full stop inside the quote ('Toby said: “next to my Lego”.' → 'Toby said: “Next to
    my Lego.”')."""
    text = _AM_PM.sub(lambda m: f"{m.group(1)}.m.\u2060 ", text)
    text = _SENTENCE_START.sub(_capital, text)
    text = _COLON_SPEECH.sub(lambda m: m.group(1) + m.group(2).upper(), text)
    text = _STOP_OUTSIDE.sub(r"\1.”", text)
    return text.replace(".m.\u2060 ", ".m. ")


def _capital(m: re.Match[str]) -> str:
    """A sentence's first letter in capitals; not after an abbreviation ("J. R. Okoye vs. the door")."""
    before = m.string[: m.start(2)].rstrip()
    if m.group(1) and (before.endswith(("..", "…")) or not ends_sentence(before, m.string[m.start(2) :])):
        return m.group(0)  # "Well... maybe": an ellipsis pauses, it does not end a sentence
    if STYLED_LOWER.match(m.string, m.start(2)):
        return m.group(0)  # "k.d. lang sang", "will.i.am played": a name styled in lower case stays so
    return m.group(1) + m.group(2).upper()


def _shown(m: re.Match[str]) -> str:
    """Capitals shown on a sign quoted: two words or more, or one of four letters or more after "says"; after a
    colon only when they end the sentence."""
    caps = m.group("caps").rstrip(" ,")
    colon = m.group("lead").strip() == ":"
    ends = bool(m.group("stop")) or not m.string[m.end() :].strip()
    if (len(caps.split()) < 2 and (len(caps) < 4 or colon)) or (colon and not ends):
        return m.group(0)  # an acronym ("VIP"), or shouting after a label ("Red carpet: OMG WOW she …")
    return f"{m.group('lead')}“{caps}{m.group('stop')}”"


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
    segment = CHAT.sub(" ", segment)
    segment = _MARKS.sub(" ", segment)
    segment = _HEDGE.sub("", segment)
    segment = _NAME_IS.sub(r"\1 is ", segment)
    segment = _REPEATS.sub(r"\1", segment)
    segment = _SLANG_EPITHET.sub("", segment)
    segment = _DOUBLED.sub(lambda m: m.group(0) if m.group(1) in _DOUBLED_ENGLISH else m.group(1), segment)
    if "," in segment or " no cap" in segment or " fr" in segment or _SPACED_TAG.search(segment):
        segment = _SLANG_TAG.sub("", segment)
    segment = _PLUS.sub(" and ", segment)
    segment = _UNIT.sub(_unit, segment)
    segment = _ABBREVIATION.sub(_abbreviation, segment)
    if "bc " in segment:
        segment = _BC.sub("because", segment)
    lowered = segment.lower()  # (the cheap tests first: most segments have none of these words)
    if "rm" in lowered:
        segment = _GREEN_ROOM.sub(lambda m: f"{m.group('det') or 'the'} green room", segment)
    if "ont " in lowered:
        segment = _WONT.sub(r"\1on't", segment)
    if "literally" in lowered:
        segment = _INTENSIFIER.sub("", segment)
    if "like " in lowered or "maybe " in lowered:
        segment = _LIKE_NUMBER.sub(" about ", segment)
    if "v " in lowered:
        segment = _V_FOR_VERY.sub(_very, segment)
    return _caps(segment)


def _reporter_voice(text: str) -> str:
    """`text` without the reporter's own voice (see `_CHAT_OPENER`; "I see Iris Moor at the bar" → "Iris Moor at
    the bar"); quoted speech is never touched, and a text that is nothing but the reporter's voice is kept as
    it is."""
    text = _CHAT_OPENER.sub("", text, count=1)
    if "(" in text:  # (every bracketed note opens with one: no scan without it)
        text = outside_quotes(text, lambda part: _NOTE_BRACKETS.sub("", part))
    if "e " in text:
        text = outside_quotes(text, lambda part: _WE_THE_SHOW.sub(_the_show, part))
    told = (_without_own_clause(_I_SEE.sub("", sentence, count=1)) for sentence in sentences(text))
    kept = [sentence for sentence in told if not _first_person(sentence) and not _DESK_NOTE.match(sentence)]
    return " ".join(kept) if kept else text


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


def _without_own_clause(sentence: str) -> str:
    """A sentence without a comma clause in the reporter's own voice or asking the desk for something
    ("Osei in the press room, I'm asking him about the trip, he laughs" → "Osei in the press room, he
    laughs"; "…, security please" left out), when the rest stands without it."""
    if _SPEECH_MARK.search(sentence) or ", " not in sentence:
        return sentence
    end = sentence[-1] if sentence[-1:] in ".!?" else ""
    parts = sentence.rstrip(".!?").split(", ")
    kept = [parts[0], *(p for p in parts[1:] if not _first_person(p) and not _REQUEST.search(p))]
    if len(kept) == len(parts) or _first_person(parts[0]) or _REQUEST.search(parts[0]):
        return sentence  # nothing to leave out, or the sentence itself is the reporter's
    return ", ".join(kept) + end


@lru_cache(maxsize=4096)
def tidy(text: str) -> str:
    """`text` (already article prose: no markup, links or mentions) as copy: no emoji, chat or bookkeeping,
    normal case, sentences starting with a capital. Speech in double quotes keeps its words (`quoted`: no rule
    here sees them) and its capitals (a one-word shout drawn out, “OHHH”, aside: “Ohhh”); in single quotes it
    keeps its words (see `_first_person`) but not its shouting ('OHHH' → ‘Ohhh’, `_caps`)."""
    return capitalise_sentences(_QUOTED_SHOUT.sub(_quoted_shout, keeping_quotes(_tidied, text, single=False)))


def _tidied(text: str) -> str:
    text = _BOOKKEEPING_HEAD.sub("", corrected(text))  # at the start or after a full stop ("… left. UPDATE: …")
    text = enumerated(_CHAT_OPENER.sub("", text, count=1)) if ")" in text else text
    text = " ".join(
        told
        for sentence in sentences(text)
        if (told := note_speak(place_label(award_line(name_label(source_label(sentence))))))
    )
    text = _STRAIGHT_QUOTES.sub(r"“\1”", text) if '"' in text else text
    text = outside_quotes(text, lambda part: _SHOWN.sub(_shown, part))
    text = _reporter_voice(text)
    shout = _SHOUT_HEAD.match(text)
    if shout and set(shout.group(1).lower().replace(".", " ").replace("!", " ").split()) & _SHOUT_WORDS:
        text = text[shout.end() :]
    text = outside_quotes(text, _chat)
    text = _SEE_BELOW.sub("", text)
    text = _POINTS_AT_QUOTE.sub("", text) if ("below" in text or "above" in text) else text
    text = _BOOKKEEPING_TAIL.sub("", _MORE_SOON.sub("", text))
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


# --- the story in the past tense ---------------------------------------------------------------------------

_REPORTER_VERB = re.compile(r"^(?:just\s+)?(?:found|spotted|saw|caught|seen|clocked)\s+(?=\S)", re.IGNORECASE)
_PAST = pairs(
    "is:was are:were has:had have:had hasn't:hadn't haven't:hadn't isn't:wasn't aren't:weren't won't:wouldn't "
    "can:could will:would can't:couldn't doesn't:didn't don't:didn't says:said asks:asked tells:told "
    "wants:wanted thinks:thought wins:won loses:lost "
    "knows:knew keeps:kept refuses:refused insists:insisted swears:swore claims:claimed reckons:reckoned "
    "she's:she_was he's:he_was it's:it_was that's:that_was there's:there_was "
    "who's:who_was"
)
_PAST_WORD = re.compile(r"(?<![\w'’])(" + "|".join(re.escape(w) for w in _PAST) + r")(?![\w'’])", re.IGNORECASE)
_JUST = re.compile(r"(?<!\bhad )(?<!\bhas )(?<!\bhave )\bjust\s+(?=[a-z])")  # "had just sat down" keeps it
_PRESENCE = re.compile(r"^(\S+(?: \S+){0,3}) (?:is|was|are|were) (?:here|there|in the building|around)[.!]?$")
_VERB_PHRASE_NEXT = wordset(
    "his her their its the a an it them him me us off up out in on to down back over through into onto away around"
)
_ING = re.compile(r"\b[a-z]{2,}ing\b")
_TRAILING_NOW = re.compile(r"\s+(?:right\s+)?now(?=\s*[.!?]?\s*$)", re.IGNORECASE)
# what may follow a subject in a note that has no verb: "Ndidi back in the lift", "Soraya late to the press room"
_STATES = wordset(
    "still back asleep awake alone late here there now in at on with outside inside behind under near off by out up "
    "down into onto through across over flat barefoot soaked "
    "onstage offstage backstage upstairs downstairs "
    "very so too really quite completely totally"  # "Beam's table very quiet now": was very quiet
)
_DEGREE = wordset("very so too really quite completely totally")  # never a subject ("Too late for the speech")
_ADVERBS = wordset("already still just now finally also")
_QUANTIFIERS = wordset("whole entire every each half all both most some")


_NOT_SUBJECT_START = wordset(
    "in on at to for from with by of after before during while when as if then and but or so just still also "
    "behind inside outside under near beside beyond across through into onto past around above below between among "
    "without within against despite upon unlike except toward towards since until till"  # "Without asking, he …"
)


_NOT_AFTER_MODAL = wordset("in on at of and or with from to for the a an by into onto under over off out up down")


# after these a verb is not finite and keeps its form ("would have", "to have", "didn't have", "can't have")
_GOVERNS = wordset(
    "would could should might must may will shall can to did didn't don't doesn't won't wouldn't couldn't "
    "shouldn't can't cannot mustn't whoever whichever"
)  # (a bet's terms keep their tense: "whoever loses Best Score carries the bag", never "whoever lost … carries")
_BETWEEN = wordset("not never ever still just also always only really even")  # "would never have", "to not have"


def _governed(text: str, start: int) -> bool:
    """Whether the word at `start` follows a modal, "to", "did" or "whoever" (an adverb or two between): "would
    have" keeps its "have" ("would had" is no English), whatever the tense of the story."""
    before = text[max(0, start - 40) : start].replace("’", "'").split()[-3:]  # (the words just before: cheap)
    while before and before[-1] in _BETWEEN:
        before.pop()
    return bool(before) and before[-1] in _GOVERNS  # (in lower case: "May is in …" names May)


def _past(m: re.Match[str], names: frozenset[str] = frozenset()) -> str:
    word = m.group(1)
    key = word.lower().replace("’", "'")
    if word[:1].isupper() and (key in names or _mid_sentence(m.string, m.start())):
        return word  # "host Will Okafor", "Will Okafor kept his word": a name, not a tense
    if _governed(m.string, m.start()):
        return word  # "she would have had two", "wanted to have", "didn't have": not a finite verb
    following = m.string[m.end() :].split(" ", 2)[1:2]
    before = m.string[: m.start()].split()[-1:]
    if (
        key in ("can", "will")
        and (
            (before and before[0].lower() in _DETERMINERS)  # "the can he handed her": a noun, not the modal
            or (key == "can" and in_noun_phrase(m.string, m.start()))  # "a soda can ring pull", "a fan's tin can"
            or m.string[m.end() : m.end() + 1] in ".,;:!?"
            or not following
            or not following[0][:1].isalpha()
            or following[0].lower() in _NOT_AFTER_MODAL
        )
    ):
        return word  # "an empty ginger ale can in the other": a noun, not the modal
    if key in ("who's", "is", "are") and _fact_of_a_person(m.string, m.start(), m.end(), key):
        return word if key != "who's" else word[:3] + " is"  # "Tomas, who is eleven,": a fact, still true
    # "she's lost count": she has (but "she's done for the night": she is); "she's just handed": has
    following = m.string[m.end() :].split(" ", 3)[1:]
    while len(following) > 1 and following[0] in _ADVERBS:
        following = following[1:]
    following = following[:1]
    has = key.endswith("'s") and following and not following[0].endswith("ing")
    has = has and (is_past_verb(following[0]) or following[0].lower().rstrip(",.;:!?") in _HAS_PARTICIPLES)
    if has and not _done_with(m.string[m.end() :]):
        key = key[:-2] + "'s_had"
    past = _PAST.get(key, key[:-6] + " had" if key.endswith("'s_had") else key).replace("_", " ")
    return past[:1].upper() + past[1:] if word[:1].isupper() else past


_AGES = "|".join(w for w in NUMBER_WORDS if not w.endswith(("st", "nd", "rd", "th", "ce")) and w != "zero")
_AGE_OR_JOB = re.compile(rf"\s+(?:\d+|(?:a|an)\s+(?:[\w-]+-year-old|(?:{ROLE_NOUNS}))\b|(?:{_AGES})\b)")


# a state that still holds after the night ("the co-creators, who are suing each other": "were suing" would say
# the suit is over)
_LASTING = re.compile(
    r"\s+(?:still\s+|now\s+)?(?:suing|dating|divorcing|feuding|expecting|engaged|married|separated|divorced|related|"
    r"twins|siblings|cousins|neighbours|neighbors|in business|in a band|in a relationship)\b"
)


def _fact_of_a_person(text: str, start: int, end: int, key: str) -> bool:
    """ "who's eleven", "who is a stylist", "who are suing each other": a person's age or job, or a state that still
    holds, after "who", told in the present however the story is told (only "who's crying" is narration: "who was
    crying")."""
    if key in ("is", "are") and not text[max(0, start - 5) : start].lower().endswith("who "):
        return False
    return _AGE_OR_JOB.match(text, end) is not None or _LASTING.match(text, end) is not None


# participles `is_past_verb` does not know as such ("he's had", "she's been", "he's come"): "'s" is "has" before them
_HAS_PARTICIPLES = wordset("had been come become run got gotten")
_DONE = re.compile(r"\s+(?:done|finished)(?!\s+(?:it|this|that|the|a|an|her|his|their|them|him|so|more|enough)\b)")


def _done_with(after: str) -> bool:
    """Whether "'s" + what follows is "is done" ("she's done for the night"), not "has done" ("she's done it
    again")."""
    return _DONE.match(after) is not None


def _mid_sentence(text: str, start: int) -> bool:
    before = text[:start].rstrip(" \"“'‘([")
    return bool(before) and before[-1] not in ".!?:"


def _state_or_ing(word: str, following: str = "") -> bool:
    w = word.rstrip(",.;:!?").lower()
    if w in _STATES or (w.endswith("ing") and len(w) > 4 and looks_like_verb(w, after_name=True)):
        return True
    return w.endswith("ing") and following.lower() in ("a", "an", "the", "his", "her", "their")  # "opening a bottle"


_FINITE_HINTS = wordset("says wants asks tells calls gets goes looks seems reads")
_FINITE_BE = wordset("was were had did could would")  # "Nobody in the room had heard …" has its verb
_SUBORDINATORS = wordset(
    "if that who which when while because where whether as asking anyone someone everyone nobody somebody everybody "
    "before after until till since"
)
_GENERAL = _ENGLISH - {"the", "a", "an", "his", "her", "their", "my", "our", "your"}


def _opens_with_verb(word: str) -> bool:
    w = word.lower().rstrip(",.;:!?")
    return is_past_verb(w) or w.endswith("heard")


_SUBJECT_PRONOUNS = wordset("he she they we i")


def _pronoun_clause(words: list[str]) -> bool:
    """Whether a subject pronoun and its verb in the past come before any clause boundary ("… stage he rang her"):
    the sentence has its subject and verb, and what opens it is a phrase before them."""
    for i, w in enumerate(words[:-1]):
        if w.lower() in _SUBJECT_PRONOUNS and is_past_verb(words[i + 1].lower().rstrip(",.;:!?")):
            return True
        if w[-1:] in ",;:.!?":
            return False
    return False


def _has_main_verb(words: list[str]) -> bool:
    """Whether the words after a subject (up to the first comma) hold its verb: a verb right after a noun
    ("in the press room says …"), not one in a relative clause ("the jacket she wore")."""
    for i, w in enumerate(words):
        bare = w.rstrip(",.;:!?").lower()
        if bare in _SUBORDINATORS or (bare == "and" and _at(words, i + 1).lower() in ("his", "her", "their")):
            return False  # ("… warming up the bar and his granddad was in …": the verb of the clause after "and")
        verb = is_past_verb(bare) or bare in _PAST or bare in _FINITE_HINTS or bare in _FINITE_BE
        if verb and i and words[i - 1].lower() not in _ENGLISH and words[i - 1].lower() not in _SUBORDINATORS:
            return True
        if w[-1:] in ",;:.!?":
            return False
    return False


def _at(words: list[str], i: int) -> str:
    return words[i] if i < len(words) else ""


def _named_head(words: list[str]) -> int:
    """How many words open `words` as a named subject: capitalised names joined by "and", then, after a
    possessive, up to three lower-case words ("Soraya Bellweather's mom", "Bram Tolliver's old greyhound")."""
    band = len(words) > 1 and words[0] == "The" and words[1][:1].isupper()  # "The Lantern Boys teaching …"
    if words and words[0].lower() in _DEGREE:
        return 0
    if not words or (words[0].lower().rstrip(",.;:!?") in _ENGLISH and not band) or _opens_with_verb(words[0]):
        return 0
    n = 0
    while n < min(8, len(words)) and words[n][-1:] not in ",.;:!?":
        if words[n][:1].isupper() or (
            n and words[n] in ("and", "&") and n + 1 < len(words) and words[n + 1][:1].isupper()
        ):
            n += 1
        else:
            break
    if n and n < len(words) and words[n].startswith("(") and words[n - 1][-1:].isalpha():
        for k in range(n, min(n + 3, len(words) - 1)):  # "Teo Vale (DJ) warming up …": the bracket is the name's
            if words[k].endswith(")"):
                return k + 1
    if n and words[n - 1].endswith(("'s", "’s")):
        k = n
        while k < min(n + 3, len(words)) and words[k][:1].islower() and not _state_or_ing(words[k], _at(words, k + 1)):
            if words[k][-1:] in ",.;:!?" or looks_like_verb(words[k], after_name=True):
                return 0
            k += 1
        return k if k > n else 0
    return n


_PLURAL_NOUNS = wordset("people children men women police folk")  # plurals without an s


def _plural_head(head: list[str], names: frozenset[str]) -> bool:
    last = head[-1].lower()
    if "and" in head or "&" in head or (head[0] == "The" and len(head) > 1 and last.endswith("s")):
        return True  # "Juno and Rennick", "The Lantern Boys"
    first = head[0].lower().lstrip("~")
    if last in _PLURAL_NOUNS or (first != "one" and (first in _COUNTS or first.isdigit())):
        return True  # "Two hundred people were singing", "200 were singing": never "was"
    common = head[-1][:1].islower() or (len(head) == 1 and last not in names)
    return common and last.endswith("s") and not last.endswith(("ss", "us", "is", "'s", "’s"))


def _finite(sentence: str, names: frozenset[str] = frozenset()) -> str:
    """A verbless note made a sentence (each of its parts between semicolons)."""
    return "; ".join(_finite_part(part, names) for part in sentence.split("; "))


def _with_aux(head: list[str], aux: str, rest: list[str]) -> str:
    """`head` + `aux` + `rest`, the auxiliary before an adverb that ends the head ("crew was already …")."""
    adverbs: list[str] = []
    while len(head) > 1 and head[-1].lower() in _ADVERBS:
        adverbs.insert(0, head.pop())
    return " ".join([*head, aux, *adverbs, *rest])


def _apposed(words: list[str]) -> str | None:
    """ "Hollis Thorne, still in the sequined jacket, rolling up his sleeve": the verb after the apposition."""
    n = 0
    while n < min(4, len(words)) and words[n][:1].isupper():
        n += 1
        if words[n - 1].endswith(","):
            break
    if not n or not words[n - 1].endswith(","):
        return None
    for k in range(n, min(n + 8, len(words) - 1)):
        finite = is_past_verb(words[k]) or words[k].lower() in _FINITE_BE
        if finite and not words[k - 1].endswith(",") and words[k - 1].lower() not in _MODIFIED:
            return None  # "Ada Quill, Bo and Cy left …, sharing one umbrella": a sentence already, its participle right
            # ("Later, Nell Ostrander was here with the trophy, pouring …" likewise)
        if words[k].endswith(","):
            verb = words[k + 1].lower().rstrip(",.;:!?")
            if verb.endswith("ing") and looks_like_verb(verb, after_name=True):
                if _verb_after_aside(words[k + 2 :]):
                    return None  # "Ada Moss, 81, waiting for her car, sang …": the participle is an aside
                return " ".join([*words[: k + 1], "was", *words[k + 1 :]])
            return None
    return None


def _verb_after_aside(words: list[str]) -> bool:
    """Whether the words after an aside's participle close the aside with a comma and go on with a past tense
    ("for her car, sang the whole chorus"): the sentence's own verb."""
    end = next((i for i, w in enumerate(words) if w.endswith(",")), None)
    if end is None or end + 1 >= len(words):
        return False
    bare = words[end + 1].rstrip(",.;:!?").lower()
    return is_past_verb(bare) or bare in _PAST or bare in _FINITE_BE


_MODIFIED = wordset("the a an his her their its my our your this that in")  # "the sequined jacket": no verb
# a bare noun after "up on" that needs its article ("Rosa up on table" → "Rosa was up on a table")
_UP_ON_BARE = re.compile(r"\b(up on|onto|on top of) (table|chair|stool|crate|bench|box|ladder|piano|barrel|speaker)\b")
# a thing held, between commas, before what the holder was doing ("…, phone torch, leading …": "with a phone torch")
_HELD = re.compile(r", ([a-z]{3,} [a-z]{3,}), (?=([a-z]+ing)\b)")
_COUNTS = wordset("all both two three four five six seven eight nine ten dozen several")
_GROUP_PLACE = wordset("in at on inside outside behind by under together backstage onstage")


def _counted_group(words: list[str]) -> str | None:
    """ "All five Larkspur cast members in the bar until close: …" → "All five Larkspur cast members were in the
    bar …": a counted group (up to five words after "all", "both" or a number, ending in a plural noun in lower
    case) and then a place, with no verb before the colon or the end; None when the pattern is not that."""
    if not words or not (words[0].lower() in _COUNTS or words[0].isdigit()):
        return None
    for end in range(2, min(7, len(words))):
        noun = words[end - 1]
        if words[end].lower() not in _GROUP_PLACE:
            continue
        if not (noun.islower() and noun.endswith("s") and not noun.endswith(("ss", "us", "is"))):
            return None
        if any(w[-1:] in ",.;:!?" for w in words[:end]):
            return None
        tail = " ".join(words[end:]).split(":", 1)[0].split()
        verbs = (w.lower().strip(",.;!?") for w in tail)
        if any(
            is_past_verb(w) or w in _PAST or (w.endswith("ing") and looks_like_verb(w, after_name=True)) for w in verbs
        ):
            return None
        return " ".join([*words[:end], "were", *words[end:]])
    return None


def _named_state(words: list[str], end: int, names: frozenset[str]) -> bool:
    """Whether a note is a name and then one adjective that ends it ("Fenn speechless.", "Both Linds tearful."): a
    state with its verb left out (a feeling seen from outside, "stunned", is `_felt`'s "looked")."""
    state = words[end].rstrip(".!")
    if state != words[end].rstrip(".!?") or not state.isalpha() or not adjective(state) or state in _FELT:
        return False
    return any(fold(w) in names for w in words[:end]) or all(w[:1].isupper() for w in words[:end])


def _held(m: re.Match[str]) -> str:
    thing = m.group(1).split()
    if any(w in _STATES or w in _GENERAL or adjective(w) or w.endswith(("ing", "ed", "ly")) for w in thing):
        return m.group(0)
    return f" with a {m.group(1)}, "


def _finite_part(sentence: str, names: frozenset[str]) -> str:
    """ "Ndidi back in the lift" → "Ndidi was back in the lift", "Whole family singing" → "Whole family was
    singing"."""
    sentence = _UP_ON_BARE.sub(r"\1 a \2", sentence)
    sentence = _HELD.sub(_held, sentence)
    words = sentence.split(" ")
    if len(words) > 2 and words[0] in ("About", "Around", "Some") and words[1].isdigit():
        verb = words[2].lower().rstrip(",.;:!?")
        if verb.endswith("ing") and looks_like_verb(verb, after_name=True):
            return " ".join([*words[:2], "people were", *words[2:]])  # "~200 singing": about 200 people were
    counted = _counted_group(words)
    if counted is not None:
        return counted
    opener = words[0].lower().rstrip(",.;:!?")
    if opener.endswith("ing") and looks_like_verb(opener, after_name=True):
        return sentence  # "Hiding in a cart": a sentence that dropped its subject (see `narrate`)
    if sentence.count(", ") >= 2 and all(_fragment(seg, names) for seg in sentence.split(", ")):
        return sentence  # "Shoes off, hair down, total chaos.": a list of notes, no subject to give a verb
    end = _named_head(words)
    if fold(words[0]) in PLACE_WORDS and any(w.endswith(":") for w in words[end:]):
        return sentence  # "Hallway by the press room:": a place's label, no subject ("Hallway was by …")
    if (
        end == 1
        and (
            words[0].lower() in _QUANTIFIERS
            or words[0].lower() in NOT_A_SUBJECT
            or words[0].lower() in _NOT_SUBJECT_START  # "Without asking, he bought …": never "Without was asking"
            or (words[0].lower() in BODY_PARTS and words[1:2] and words[1].lower() in _POSED)
        )
    ):
        end = 0  # "Whole back of the gown open", "Together on stage …", "Face in hands …": not a name
    if end == 1 and fold(words[0]).rstrip(",.;:!?") not in names and words[1:2] != ["and"]:
        end = 0 if len(words) > 1 and not _state_or_ing(words[1]) else end  # "Whole family singing": not a name
        end = 0 if _pronoun_clause(words[2:]) else end  # "Straight off stage he rang …": never "Straight was off"
        end = 0 if adjective(words[0]) else end  # "White lining, …": a noun phrase, no subject
    if (  # "Mara and Kit both walking …": "… were both walking …"
        0 < end < len(words) - 1
        and words[end] in ("both", "all")
        and _state_or_ing(words[end + 1], _at(words, end + 2))
        and not _has_main_verb(words[end + 2 :])
    ):
        return " ".join([*words[:end], "were", *words[end:]])
    following = _at(words, end + 1)
    if 0 < end < len(words) and _state_or_ing(words[end], following) and not _has_main_verb(words[end + 1 :]):
        if words[end].lower() == "dressing" or (words[end].lower().rstrip(",.") == "now" and end + 1 == len(words)):
            return sentence
        head = words[:end]
        return _with_aux(head, "were" if _plural_head(head, names) else "was", words[end:])
    if 0 < end == len(words) - 1 and _named_state(words, end, names):  # "Fenn speechless." → "Fenn was speechless."
        return _with_aux(words[:end], "were" if _plural_head(words[:end], names) else "was", words[end:])
    apposed = _apposed(words)
    if apposed is not None:
        return apposed
    if (end > 1 or (end == 1 and words[0].lower().rstrip(",.;:!?'’s") in names)) or (
        words and _opens_with_verb(words[0])
    ):
        return sentence
    # "whole family singing in the seats": up to three lower-case words, then an -ing verb
    for end in range(1, min(4, len(words) - 1) + 1):
        head = words[:end]
        if any(w[-1:] in ",.;:!?" or "'" in w or "’" in w for w in head) or any(w[:1].isupper() for w in head[1:]):
            return sentence
        lowered = [w.lower() for w in head]
        if lowered[0] in _NOT_SUBJECT_START or lowered[0] in _GENERAL:
            return sentence
        if any(looks_like_verb(w, after_name=True) or w in _GENERAL for w in lowered):
            return sentence
        if adjective(lowered[-1]) or lowered[-1] in _MODIFIER_NEXT:
            continue  # a subject ends with its noun ("Gold lining showing …", "The seating planner": no "was")
        verb = words[end].rstrip(",.;:!?").lower()
        following = words[end + 1].lower() if end + 1 < len(words) else ""
        if (
            verb.endswith("ing")
            and len(verb) > 4
            and looks_like_verb(verb, after_name=True)
            and following not in ("room", "rooms")
        ):
            if _finite_after(words[end + 1 :]):
                return sentence  # "The seating planner was hiding …": the sentence has its verb
            return _with_aux(list(head), "were" if _plural_head(head, names) else "was", words[end:])
    return sentence


# a note's body part with no article, where it was put, is the subject's posture, a detail of the sentence before
# ("Face in hands at the mic"), never a subject given a verb ("Face was in hands"; "Hair was flat …" is one)
_POSED = wordset("in into on over against between under")
# after these a word in -ing describes the noun that follows it ("the seating planner", "her acting coach")
_MODIFIER_NEXT = wordset("a an the his her their its my our your this that these those")


def _finite_after(words: list[str]) -> bool:
    """Whether a finite verb (a form of "be" or "have", or a verb in the past) follows, before any clause
    boundary: the note already has its verb ("… planner was hiding", "… area filled up")."""
    for w in words:
        bare = w.lower().rstrip(",.;:!?")
        if bare in _BE_WORDS or is_past_verb(bare):
            return True
        if w[-1:] in ",.;:!?" or bare in _SUBORDINATORS:
            return False
    return False


def subject_of(sentence: str) -> str | None:
    """The named subject of a sentence ("Wendell lost." → "Wendell"), None when it is not a name."""
    clause = lead_clause(sentence)
    if clause is None or not clause.subject or not all(w[:1].isupper() for w in clause.subject):
        return None
    return " ".join(clause.subject).rstrip(",")


# a correspondent's interview: "Caught Dara Voss in the corridor, asked about the kid" — the reporter caught
# her and asked her; told without the reporter, she is the one asked ("In the corridor, Dara Voss was asked
# about the kid"), never the one asking
_REPORTER_ASKED = re.compile(
    r"^(?P<lead>[A-Z][a-z]+(?: [a-z]+){0,2}, )?(?i:just\s+)?(?i:caught|grabbed|found|cornered|stopped|collared)\s+"
    r"(?P<who>(?:[A-Z][\w'’-]+ ){0,2}[A-Z][\w'’-]+|her|him|them)(?P<where> [^,;:“”\"!?]{2,40}?)?,? (?:and )?"
    r"asked (?:(?:her|him|them) )?(?=[a-z])"
)
_ASKED_WHO = {"her": "she", "him": "he", "them": "they"}
_WHEN_ALONE = {"after": "afterwards", "later": "later on", "before": "beforehand"}


def _reporter_asked(sentence: str) -> str:
    """ "Caught Dara Voss in the corridor, asked about the kid" → "In the corridor, Dara Voss was asked about the
    kid"; "Caught Dara Voss after, asked how …" → "Dara Voss was asked afterwards how …"."""
    m = _REPORTER_ASKED.match(sentence)
    if m is None:
        return sentence
    who = _ASKED_WHO.get(m.group("who"), m.group("who"))
    where = (m.group("where") or "").strip()
    when = _WHEN_ALONE.get(where.lower(), "")  # "after" alone: "… was asked afterwards how …"
    be = "were" if who == "they" else "was"
    scene = ", ".join(part for part in ((m.group("lead") or "").rstrip(", "), "" if when else where) if part)
    asked = f"{who} {be} asked {when} " if when else f"{who} {be} asked "
    told = f"{scene}, {asked}" if scene else asked
    return told[:1].upper() + told[1:] + sentence[m.end() :]


def narrate(
    text: str,
    subject: str | None = None,
    names: frozenset[str] = frozenset(),
    again: Callable[[str], str] = short_name,
) -> str:
    """Tidied copy told as a story after the fact (see the module). `subject`: who a sentence that
    dropped its subject is about when the sentence before names nobody (the moment's person); `names`:
    folded words of the people's names (never read as verbs); `again`: a person named again (the family name,
    in the order the roster gives it)."""
    text = " ".join(_reporter_asked(sentence) for sentence in sentences(text))
    reporter = _REPORTER_VERB.match(text)
    if reporter and text[reporter.end() : reporter.end() + 1].isupper():
        text = text[reporter.end() :]
    out: list[str] = []
    previous: str | None = None
    someone_else = False  # the sentence before had a subject of its own who is nobody named
    said = [_note_speak(sentence, first=k == 0) for k, sentence in enumerate(sentences(text))]
    noted = _fragment_runs(said, names)
    presence = _PRESENCE.match(said[0]) if len(said) > 1 else None
    for k, sentence in enumerate(said):
        if presence is not None and k == 0:  # "Jasper Lindqvist is here. Hiding in a laundry cart …"
            previous = presence.group(1)
            continue
        sentence = outside_quotes(sentence, _turned_out)
        if "ed " in sentence:
            sentence = outside_quotes(
                sentence, lambda part: _PARTICIPLE_PHRASE.sub(lambda m: _participle_phrase(m, names), part)
            )
        said_now = _dropped_present(sentence, names) if k and (previous or subject) else None
        then = said_now is not None and said_now.startswith("Then ")
        if said_now is not None:  # "Signs 4 autographs. Walks up mid-set, puts …": the note's person did it
            sentence = said_now.removeprefix("Then ")
            sentence = sentence[:1].upper() + sentence[1:]
        elif '"' not in sentence and "“" not in sentence and not noted[k]:
            sentence = _finite(_named_present(sentence, names), names)
        first, *rest = sentence.split(" ")
        bare = first.lower().strip(",.")
        ing = bare.endswith("ing") and len(bare) > 4 and looks_like_verb(bare, after_name=True)
        follows = rest[0].lower().rstrip(",.;:!?") if rest else ""
        if ing and rest and rest[0][-1:] in ",.;:!?" and follows not in _CLAUSE_ADVERBS and not follows.endswith("ly"):
            ing = False  # "Standing ovation, part love, part relief.": a noun phrase, no verb of anyone's
        regular = bare.endswith("ed") and bare not in IRREGULAR
        # "Thanked his mum", "Paid her", "Came off": a verb phrase; "Stunned silence all round": an adjective
        verb_phrase = not regular or follows in _VERB_PHRASE_NEXT
        # (a sentence that opens in lower case goes on from the one before it: "(the hat lady!) pulled …")
        dropped_subject = first[:1].isupper() and (
            (is_past_verb(first) and verb_phrase) or bare in ("says", "asks", "tells") or ing
        )
        who = previous or (None if someone_else else subject)
        if k and dropped_subject and bare not in names and len(rest) >= 2 and who:
            plural = " and " in who or who == "They" or (who.lower().startswith("the ") and who.endswith("s"))
            aux = "were" if plural else "was"
            verb = f"{aux} {bare}" if ing else first[:1].lower() + first[1:]  # "Hiding in a cart": was hiding
            named_before = presence is not None and k == 1  # "Jasper Lindqvist is here. Hiding …": named in full
            sentence = " ".join([who if named_before else again(who), verb, *rest])
        sentence = outside_quotes(sentence, lambda part: _to_past(part, names))
        named = subject_of(sentence)
        opener = sentence.split(" ", 1)[0]
        if opener in ("He", "She", "They"):
            # "Odile held up the sign. He tried the voice. Went back out": "He went back out", not the one named
            # before; the one the moment is about only when the text has named them ("Nico Venn proposed. She said
            # yes. Said a real ring is coming": Venn), never else ("He had bought her a pint. Put it down": not
            # "Hollis put it down", whoever "he" was)
            told = " ".join(out)
            named_here = subject is not None and any(w in told for w in subject.split() if w[:1].isupper())
            previous, someone_else = (subject if named_here else opener), False
        elif named and named.split()[0].lower() not in _NOT_NAMES:
            previous, someone_else = named, False
        elif _people_did(sentence):
            # "The crew stopped working. Took the door off": whoever did the next thing, it is not the person
            # named before ("Nobody knew where it was. Found it …": not "Nobody found it")
            previous, someone_else = None, True
        out.append(f"Then {sentence}" if then else sentence)
    return own_parts(capitalise_sentences(" ".join(out)))


FRAGMENT_WORDS = 4  # a note this short with no verb ("Total chaos.", "Shoes off.") is a fragment


def _fragment(sentence: str, names: frozenset[str]) -> bool:
    """A short note with no verb and no quote ("Total chaos.", "Hair down.")."""
    words = [w.strip(",.;:!?()") for w in sentence.split()]
    if not words or len(words) > FRAGMENT_WORDS or "“" in sentence or '"' in sentence or fold(words[0]) in names:
        return False  # ("Kowalczyk in the corridor.": a person and where they were, a note `_finite` makes a sentence)
    return not any(
        w.lower() in _BE_WORDS or looks_like_verb(w, after_name=False) for w in words if fold(w) not in names
    )


def _fragment_runs(said: list[str], names: frozenset[str]) -> list[bool]:
    """For each sentence, whether it is one of a run of two fragments or more ("Lind grabbed the mic. Total chaos.
    Shoes off. Hair down."): notes in a row, never given a verb one by one ("Shoes were off. Hair was down."), but
    left to `telegraphic` (one sentence with the one before) and the prose gate."""
    flags = [_fragment(s, names) for s in said]
    return [flags[k] and ((k > 0 and flags[k - 1]) or (k + 1 < len(flags) and flags[k + 1])) for k in range(len(said))]


_CLAUSE_ADVERBS = wordset("backstage onstage outside inside upstairs downstairs everywhere again alone away home there")


# a question is asked by its first word; a statement ending in "?" is the reporter's disbelief
# a capitalised word opening a sentence that names nobody ("Nobody knew", "Two ushers ran over")
_ANYONE = wordset("nobody everyone everybody someone somebody anyone anybody")
_NOT_NAMES = _ENGLISH | frozenset(NUMBER_WORDS) | _ANYONE | wordset("nothing everything all both several")
# people a sentence may have as its subject without naming them ("The crew stopped working.")
_PEOPLE = PEOPLE | _ANYONE


def _people_did(sentence: str) -> bool:
    """Whether a sentence opens on people it does not name ("The crew stopped working", "Two ushers ran
    over", "Nobody knew")."""
    words = sentence.split()[:4]
    if not words or words[0].lower() in _NOT_SUBJECT_START:
        return False
    for w in words:
        bare = w.lower().rstrip(",.;:!?")
        if bare in _PEOPLE or (bare.endswith("s") and bare[:-1] in _PEOPLE):
            return True
        if w[-1:] in ",.;:!?":
            return False
    return False


_QUESTION_OPENERS = AUXILIARIES | wordset("shall may who whom whose what which when where why how")
_DISBELIEF = re.compile(r"\s*(?:\?+!*|!+\?+[!?]*)$")
# a noun for a room or a crowd opening a note with no article ("Room went dead silent"): "The room went …"
_BARE_GROUP = re.compile(
    r"^(?:Whole\s+)?(?:room|crowd|audience|bar|house|lobby|hall|table|crew|band|place|floor|lounge|press room|"
    r"green room|kitchen|corridor|queue|line)(?=\s+(?P<verb>[a-z]+)\b)",
    re.IGNORECASE,
)
# ... and a thing of the stage the note opens on ("Statuette flew." → "The statuette flew.")
_BARE_THING = re.compile(
    r"^(?:trophy|statuette|award|envelope|mic|microphone|podium|lectern|curtain|screen|teleprompter|spotlight|"
    r"confetti|cake|mirror|chandelier)(?=\s+(?P<verb>[a-z]+)\b)",
    re.IGNORECASE,
)
_SUBJECTS = wordset("who which that he she they we it everyone everybody nobody someone somebody")
_THEN_VERB = re.compile(r"(?<=[a-z])(?<! and)(?<! but)(?<! or) then (?=(?P<verb>[a-z]+)\b)")  # not "and then"


# the note shapes a body tells as English (any other verbless note is left to the prose gate, which leaves it out):
# "Ana and Lito duet, “Rain”" → "Ana and Lito sang “Rain” as a duet"; a feeling with no "was" before it, "Security
# confused" → "Security looked confused" (a past tense would read as an act: "confused" whom?); "both walking" →
# "were both walking" (`_finite_part`); "walking carpet" → "walking the carpet"
_DUET = re.compile(
    r"^(?P<who>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)* and [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)*) duet(?: on)?,? (?P<song>“[^“”]+”)"
)
_FELT = wordset(
    "confused stunned shocked baffled bemused amused delighted thrilled horrified puzzled startled bewildered "
    "perplexed unimpressed unmoved flustered relieved overwhelmed starstruck mortified"
)
_FELT_NOTE = re.compile(r"^(?P<who>[A-Z][\w'’-]*(?: [\w'’-]+){0,3}?) (?P<felt>[a-z]+)(?=[,.;!?]|$| by\b| at\b)")
_BARE_CARPET = re.compile(r"\b(walk(?:ing|ed|s)?|on|down|along) ((?:red )?carpet)\b")


# a time word set off after a name, before what the person was doing ("Kit, after, was rubbing his chin")
_NAME_WHEN = re.compile(
    r"^(?P<name>(?:[A-Z][\w'’-]+ ){0,2}[A-Z][\w'’-]+), (?P<when>after|later|before),? (?:(?:was|were) )?"
    r"(?P<verb>[a-z]{3,}ing)\b"
)
# a name and a participle with its phrase before the name's verb ("when Bong Reyes nominated for Best New Artist,
# said …"): the participle set off by commas, never the name's act ("… nominated … and said")
_PARTICIPLE_PHRASE = re.compile(
    r"(?<=[A-Za-z]) (?P<part>nominated|shortlisted|honoured|honored|named|crowned|tipped|dressed|seated|booked) "
    r"(?P<phrase>(?:for|as|by|in|at) [^,;.:!?“”]{2,60}), (?=(?P<verb>[a-z]+)\b)"
)


def _name_when(m: re.Match[str]) -> str:
    """ "Kit, after, was rubbing his chin" → "Afterwards, Kit rubbed his chin"."""
    verb = m.group("verb")
    base = base_form(verb) if looks_like_verb(verb, after_name=True) else None
    past = past_tense(base) if base else None
    if past is None:
        return m.group(0)
    when = _WHEN_ALONE[m.group("when")]
    return f"{when[:1].upper()}{when[1:]}, {m.group('name')} {past}"


def _participle_phrase(m: re.Match[str], names: frozenset[str]) -> str:
    """ "Bong Reyes nominated for Best New Artist, said …" → "Bong Reyes, nominated for Best New Artist, said …"
    (after a name of the story's people, before a verb in the past)."""
    name = fold(m.string[: m.start()].rsplit(" ", 1)[-1])
    if name not in names or not is_past_verb(m.group("verb")):
        return m.group(0)
    return f", {m.group('part')} {m.group('phrase')}, "


def _felt(m: re.Match[str]) -> str:
    """ "Security confused" → "Security looked confused" (no verb in the subject: "Kit was confused" is told)."""
    who = m.group("who").split()
    if m.group("felt") not in _FELT or any(w.lower() in _BE_WORDS or is_past_verb(w.lower()) for w in who):
        return m.group(0)
    return f"{m.group('who')} looked {m.group('felt')}"


def _note_speak(sentence: str, first: bool) -> str:
    """A note's sentence as prose: the report's first sentence, a statement ending in "?" or "?!", told as a
    statement ("Pell was toasting Thistlewood?" → "… Thistlewood."); a room or a crowd with no article before a
    verb in the past given one ("Room went dead silent" → "The room went …"); two verbs joined by a bare
    "then" given a comma ("dead silent then roared" → "dead silent, then roared")."""
    opener = sentence.split(" ", 1)[0].lower().strip(",")
    if first and _DISBELIEF.search(sentence) and opener not in _QUESTION_OPENERS and not sentence.endswith("”"):
        sentence = _DISBELIEF.sub(".", sentence)
    bare = _BARE_GROUP.match(sentence) or _BARE_THING.match(sentence)
    if bare and is_past_verb(bare.group("verb")):
        sentence = "The " + sentence[0].lower() + sentence[1:]
    sentence = _NAME_WHEN.sub(_name_when, sentence)
    sentence = _DUET.sub(r"\g<who> sang \g<song> as a duet", sentence)
    sentence = _FELT_NOTE.sub(_felt, sentence)
    if "carpet" in sentence:
        sentence = _BARE_CARPET.sub(r"\1 the \2", sentence)
    sentence = _BARE_NOUN.sub(_bare_noun, sentence)
    if " and " in sentence:
        sentence = _AND_KIN_PLACED.sub(r"\1 was ", sentence)
    return _THEN_VERB.sub(_then_comma, sentence)


# a note's bare singular noun after a verb or where someone was, given its article ("refused stool" → "refused a
# stool", "told doorman off" → "told the doorman off", "in front row" → "in the front row"): a person of the room and
# a place are "the", a thing "a" (a known noun only, never before a noun or a figure: "at table 9", "the bar staff")
_ROOM_PEOPLE = wordset(
    "doorman bouncer barman barmaid bartender waiter waitress usher porter guard driver photographer cameraman "
    "stagehand runner host presenter dj mc manager security"
)
_BARE_THINGS = wordset(
    "stool chair seat table drink pint glass towel jacket coat umbrella cab taxi ride lift plate bottle ticket "
    "wristband cigarette hug selfie photo mic microphone blanket cushion"
)
_BARE_PLACES = wordset(
    "front back bar kitchen corridor lobby foyer cloakroom balcony terrace queue toilets loo wings dressing"
)
_NOUN_AFTER_PLACE = wordset("row room area")  # "front row", "back row", "dressing room"
_NOUN_AFTER_PLACE = wordset("row room area")  # "front row", "back row", "dressing room"
_BARE_NOUN = re.compile(
    r"(?<= )(?P<noun>" + "|".join(sorted(_ROOM_PEOPLE | _BARE_THINGS | _BARE_PLACES)) + r")"
    r"(?: (?P<second>row|room|area))?(?=[,.;!?]|$| (?P<after>[a-z]+))"
)
_PLACING = wordset("in at on by near behind beside from to into onto inside outside")
_NOT_PAST = wordset("need red bed seed feed shed speed")
_LAST = re.compile(r"(?:(?P<det>[\w'’-]+) )?(?<![\w'’-])(?P<word>[A-Za-z]+) $")
_DETERMINERS = wordset("a an the his her their its my our your this that one whole every no some all")


def _bare_noun(m: re.Match[str]) -> str:
    """`_BARE_NOUN`: "refused stool" → "refused a stool", "told doorman off" → "told the doorman off", "in front
    row" → "in the front row"; anything else as it is."""
    noun, second, after = m.group("noun"), m.group("second"), m.group("after") or ""
    last = _LAST.search(m.string, max(0, m.start() - 40), m.start())
    before = last.group("word") if last else ""
    det = (last.group("det") or "").lower() if last else ""
    if det in _DETERMINERS or det.endswith(("'s", "’s")):
        return m.group(0)  # "a tired doorman", "Mira's signed photo": an adjective in -ed, no verb
    if not before.islower() or after in _ROOM_PEOPLE or after in _BARE_THINGS or after in _NOUN_AFTER_PLACE:
        return m.group(0)  # "the bar staff": the noun is a modifier
    if before in _PLACING:
        repeated = re.match(rf" (?:by|to|after) {noun}\b", m.string[m.end() :].lower())
        if repeated or m.string[: m.start()].lower().endswith(f"{noun} {before} "):
            return m.group(0)  # "bar by bar", "from table to table": a noun repeated, no place
        if second or (noun in _BARE_PLACES and noun not in ("front", "back", "dressing")):
            return f"the {m.group(0)}"
        return m.group(0)
    if second or not ((before in _PAST_FORMS or before.endswith("ed")) and before not in _NOT_PAST):
        return m.group(0)
    if not looks_like_verb(before, after_name=True):
        return m.group(0)
    if noun in _ROOM_PEOPLE:
        return f"the {noun}"
    return f"a {noun}" if noun in _BARE_THINGS else m.group(0)


_PAST_FORMS = frozenset(IRREGULAR)


# a verbless clause after "and" of someone's kin or a person of the room and where they were ("… and his granddad
# in the front row"): "and his granddad was in the front row"
_AND_KIN_PLACED = re.compile(
    r"\b(and (?:his|her|their) (?:" + "|".join(sorted(KIN_SHE | KIN_HE)) + r")) "
    r"(?=(?:in|at|on|by|near|behind|beside)\b)"
)


def _then_comma(m: re.Match[str]) -> str:
    """ "dead silent then roared" → "dead silent, then roared"; not after the verb's subject ("Van der Berg
    then thanked", "she then left")."""
    before = m.string[: m.start()].rsplit(" ", 1)[-1]
    if not is_past_verb(m.group("verb")) or before[:1].isupper() or before in _SUBJECTS:
        return m.group(0)
    return ", then "


# "she presents Best Score in about 40 minutes": true when it was written, wrong when read after the show
_DUE = re.compile(
    r"\b(?P<verb>[a-z]+s)\b(?=[^.!?;]{0,50}?\bin (?:about |around |roughly |maybe |under |another |just )?"
    r"(?:\d+|an?|half an|one|two|three|four|five|ten|fifteen|twenty|thirty|forty|fifty) ?"
    r"(?:minutes?|mins?|hours?|hrs?|seconds?)\b)"
)


def _dropped_present(sentence: str, names: frozenset[str]) -> str | None:
    """A note's sentence that dropped its subject and says what they do in the present ("Walks up mid-set, puts his
    guitar over Jr's shoulders.") in the past, its subject still to be given ("Walked up mid-set, puts …": the
    present after it is `_to_past`'s); None for any other sentence ("Walks were long", a name, a noun)."""
    then = sentence.startswith("Then ")  # "Then walks up mid-set and puts …": then he walked up
    first, _, rest = sentence.removeprefix("Then ").partition(" ")
    word = first.lower()
    if not rest or not (first[:1].isupper() or then) or not word.isalpha() or word in names or not word.endswith("s"):
        return None
    base = _base_of_third_person(word)
    past = past_tense(base) if looks_like_verb(word, after_name=True) else None
    if past is None or rest.split(" ", 1)[0].lower() in _NOT_AFTER_A_VERB:
        return None
    rest = _listed_in_past(rest)  # ("… and puts his guitar over …": and put)
    return f"Then {past} {rest}" if then else f"{past[:1].upper()}{past[1:]} {rest}"


# a note's sentence opening on a person of the story (after a scene set first, or not) and what they do, in the
# present: "In the wings, Kalle Virtanen, Sr. pulls his old mic out of his jacket, gives it to Jr."
_NAMED_PRESENT = re.compile(
    r"^(?P<scene>(?:In|At|On|By|Outside|Inside|Behind|Backstage|Near)\b[^,;:“”]{0,60}, )?"
    r"(?P<name>[A-ZÀ-ÖØ-Þ][\w'’.-]*(?:,? [A-ZÀ-ÖØ-Þ][\w'’.-]*){0,3}) (?P<verb>[a-z]{3,}s)\b(?P<rest>.*)$"
)


def _named_present(sentence: str, names: frozenset[str]) -> str:
    """A note's sentence telling what a person of the story does, in the present, told in the past, the verbs of its
    list too ("In the wings, Kalle Virtanen, Sr. pulls his old mic out of his jacket, gives it to Jr." → "… pulled …,
    gave it to Jr."); any other sentence as it is (a name the story does not know, a word that is no verb)."""
    m = _NAMED_PRESENT.match(sentence)
    if m is None or not names:
        return sentence
    words = [fold(w).strip(",.") for w in m.group("name").split()]
    if not all(w in names or generational(w) for w in words if w):
        return sentence
    verb = m.group("verb")
    base = _base_of_third_person(verb)
    past = past_tense(base) if looks_like_verb(verb, after_name=True) else None
    following = m.group("rest").lstrip().split(" ", 1)[0].lower()
    if past is None and following in _COMPLEMENT_STARTS:  # "Vane crosses out her notes": crossed, a verb's shape
        past = sibilant_past(base)
    if past is None or following in _NOT_AFTER_A_VERB:
        return sentence
    return f"{m.group('scene') or ''}{m.group('name')} {past}{_listed_in_past(m.group('rest'))}"


_LISTED_PRESENT = re.compile(r"(?:(?<=, )|(?<=\band ))([a-z]{3,}s)\b")
# what an object or a complement opens with, after a verb ("hugs Bo", "puts his guitar", "walks out", "leaves with")
_COMPLEMENT_STARTS = wordset(
    """
    a an the his her their its my our your this that these those some one two three both all every each
    him them it me us you everyone everybody someone somebody
    in on at to into onto over under up down out off back away with from for by through around across past along
    behind beside inside outside towards toward round home again
    """
)


def _listed_in_past(rest: str) -> str:
    """The rest of a note's sentence that dropped its subject, the present verbs of its list in the past (", hugs Bo
    and leaves" → ", hugged Bo and left"). A listed word is put in the past only in a verb's shape: an object or a
    complement after it (a name, a figure, or a word `_COMPLEMENT_STARTS` holds: "hugs Bo", "puts his guitar", "walks
    out"), or nothing after it right after an act (the list's verb before it, put in the past; for the first, the
    note's own verb, unless what the list follows is a plural, a list of things: "Walks over and leaves" → "walked
    over and left", "Walks in with trays, cups and signs" → "walked in with trays, cups and signs", never "signed"),
    or an irregular verb that ends the sentence ("Grabs two drinks and leaves." → "… and left")."""
    out: list[str] = []
    last = 0
    acted: bool | None = None
    for m in _LISTED_PRESENT.finditer(rest):
        if acted is None:  # the note's own verb is the act before it, unless it ends on things ("with trays, cups")
            acted = not after_things(rest[: m.start()])
        word = m.group(1)
        following = rest[m.end() + 1 :].split(" ", 1)[0] if rest[m.end() : m.end() + 1] == " " else ""
        bare = following.strip(",.;:!?")
        shaped = bool(bare) and (bare[:1].isupper() or bare[:1].isdigit() or bare.lower() in _COMPLEMENT_STARTS)
        last_act = not rest[m.end() :].strip(" .!?") and _base_of_third_person(word) in PAST_OF  # ("… and leaves.")
        past = _listed_past(word) if shaped or acted or last_act else None
        acted = past is not None
        out.append(rest[last : m.start()] + (past or word))
        last = m.end()
    return "".join(out) + rest[last:]


def after_things(before: str) -> bool:
    """Whether the text before a listed word ends on things, a plural ("with posters, mugs and", "trays,"): the word
    listed after them is one more thing ("signs"), not an act, unless it has a verb's shape of its own (an object
    after it). Also `polish`'s rule for a list's last present verb."""
    last = before.replace(" and ", " ").rstrip(" ,").rsplit(" ", 1)[-1].lower()
    return len(last) > 3 and last.endswith("s") and not last.endswith(("ss", "us", "is"))


def _listed_past(word: str) -> str | None:
    """A listed verb in the present, in the past ("puts" → "put"); None for a word that is no verb this module knows."""
    return past_tense(_base_of_third_person(word)) if looks_like_verb(word, after_name=True) else None


_NOT_AFTER_A_VERB = wordset("were was are is have had of")


def _base_of_third_person(verb: str) -> str:
    if verb in ("has", "does", "goes"):
        return {"has": "have", "does": "do", "goes": "go"}[verb]
    if verb.endswith("ies") and len(verb) > 4:
        return verb[:-3] + "y"
    if verb.endswith(("ches", "shes", "sses", "xes", "zzes")):
        return verb[:-2]
    return verb[:-1]


def _due(m: re.Match[str]) -> str:
    verb = m.group("verb")
    before = m.string[: m.start()].rstrip().split(" ")
    if verb in ("is", "was", "has") or not before[-1] or not looks_like_verb(verb, after_name=True):
        return m.group(0)
    name = 1  # a subject's name runs back over its capitalised words ("Dara Voss presents")
    while name < min(3, len(before)) and before[-name - 1][:1].isupper() and before[-name - 1][-1:].isalpha():
        name += 1
    opens = len(before) == name or before[-name - 1][-1:] in ",.;:!?" or before[-name - 1].lower() == "and"
    if before[-1].lower() not in ("he", "she", "it") and not (before[-1][:1].isupper() and opens):
        return m.group(0)  # only right after a subject that opens its clause ("she presents", "Grete presents")
    return f"was due to {_base_of_third_person(verb)}"


# "Mira's just handed him": has, not a possessive, before an adverb and a past
_NAME_HAS = re.compile(r"\b([A-Z][\w-]+)['’]s (?=(?:just|already|finally|never) ([a-z]+)\b)")


def _name_has(m: re.Match[str]) -> str:
    return f"{m.group(1)} had " if is_past_verb(m.group(2)) else m.group(0)


def _to_past(segment: str, names: frozenset[str] = frozenset()) -> str:
    """`segment` in the past tense: only the verbs `_PAST` knows ("Mira's just handed" is "had just handed"), never
    a capitalised one that is a name (one of `names`, the folded words of the people's names, or any word
    capitalised mid-sentence)."""
    segment = _DUE.sub(_due, segment)
    segment = _NAME_HAS.sub(_name_has, segment)
    segment = _JUST.sub(_just, segment)
    segment = _PAST_WORD.sub(lambda m: _past(m, names), segment)
    if _ING.search(segment):
        segment = _TRAILING_NOW.sub("", segment)
    return segment


# a fixed phrase told in the past as a whole ("Turns out they were partners" → "It turned out they were
# partners"), never read as a subject and a state ("Turns were out")
_TURNS_OUT = re.compile(r"\b(?:(?P<it>[Ii]t) )?(?P<t>[Tt])urns out\b")


def _turned_out(part: str) -> str:
    return _TURNS_OUT.sub(lambda m: ("It" if (m.group("it") or m.group("t")).isupper() else "it") + " turned out", part)


_JUST_KEPT_AFTER = wordset("and but so or")  # "… and she just shook her head": "just" is "only", not "a moment ago"


def _just(m: re.Match[str]) -> str:
    """The live "just" before a past ("Dash Crane just did a costume change" → "did"); kept where it means
    "only", its clause going on after a conjunction ("… and she just shook her head")."""
    following = m.string[m.end() :].split(" ", 1)[0].rstrip(",.;:!?")
    before = m.string[: m.start()].split()[-2:]
    if before and (before[-1] in _JUST_KEPT_AFTER or (len(before) == 2 and before[0] in _JUST_KEPT_AFTER)):
        return m.group(0)
    if before and before[-1].endswith(("'s", "’s")) and is_past_verb(following):
        return m.group(0)  # "she's just handed him": "she had just handed him", the "just" of "had just"
    return "" if is_past_verb(following) or following.lower() in ("got", "had", "did") else m.group(0)


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
