"""Sentence gates: what of a correspondent's text is the story, and what is the correspondent talking.

A report is typed in the middle of a night, and the moment comes wrapped in its reporter's own voice: a lead-in ("i
swear i just saw …", "not sure if this counts but …", "can confirm …", "ok so …"), a reaction ("im shaking", "my feet
hurt", "honestly iconic", "what a night", "total chaos"), the first person of who told them ("I'm told", "our guy at
the bar says", "…, told me:" go; "X told me that …" and "X told me it was …" are "X said that …", "X said it was …",
"X told me about …" is "X told us about …"), the reporter's opinion of it (a sentence "I think it was the best
moment", "honestly this was …" goes whole, `_OPINION`), a sign-off ("that's me done", "final one from me:", "goodnight
everyone", "signing off", "back later", "more soon"), emoticons or kisses ("<3", "xx", ":)"), hashtags closing a
sentence ("#blessed") and a request to the desk ("someone get the quote", "can someone check this": the sentence it is
in goes whole, being the reporter's doubt or a gap: "She said something great, someone get the quote."). `story_text`
keeps the part of each sentence that tells the moment and leaves the chatter out; a sentence that is only chatter
goes; when nothing would be left of a text that says something, its plainest factual part stays (never an empty item);
a text that is nothing but chatter (a goodbye) gives "" (`chatter_only`: it never leads, follows or heads an item; nor
does a mic check or a bare presence, "OTTO BERG IS HERE OMG OMG", `no_news`); a
"he said:" left dangling before the quote goes. Quoted speech is never touched: it is someone's words.
(The notes a correspondent types in fragments: `telegraphic`.)
"""

from __future__ import annotations

import re
from functools import lru_cache

from .chat import CHAT, SIGNING_OFF, emoji_stops
from .clauses import sentences
from .corrections import corrected
from .language import FUNCTION_WORDS
from .lexicon import thing_updated
from .textutil import wordset
from .verbs import IRREGULAR, looks_like_verb, past_tense

_FUNCTION = FUNCTION_WORDS["en"]
_HASHTAGS = re.compile(r"(?:\s+#[^\W\d_][\w-]*)+(?=\s*(?:[.!?](?:\s|$)|$))")  # "… on the stairs #blessed"
_SPACE_BEFORE = re.compile(r"\s+([,.])(?!\.)")
# speech, and a sign's words in single quotes ("It reads 'AMNA MALIK — MY DAUGHTER, MY PRIDE'"): never chatter
_QUOTED = re.compile(r"\"[^\"]*\"|“[^”]*”|(?<![\w])'(?=\S)[^'\n]{1,200}?(?<=\S)'(?![\w])")
_HOLDER = re.compile(r"\x00(\d+)\x00")
_EMOTICON = re.compile(
    r"(?<![\w<])(?:<3+|</3|[:;=][-']?[()DPpOo3/\\|\]\[*]+|\^_?\^|[xX]{2,})(?![\w>])"
    r"|(?<=\s)[xX](?=\s*$|\s*[.!]\s*$)"  # a kiss closing the text ("back later x")
)
_EMOTICON_MARKS = "<:;=^xX"  # a character every match of `_EMOTICON` has (a text with none is not scanned)
_EMOJI = re.compile(
    "[\U0001f000-\U0001faff\u2600-\u27bf\u2300-\u23ff\u2b00-\u2bff\ufe0f\u200d\u20e3\U000e0020-\U000e007f]+"
)
_SIGN_OFF = (
    r"(?:that'?s|thats|that is) a wrap(?: (?:from|for) (?:me|the [\w-]+(?: [\w-]+)?|[\w-]+(?: [A-Z0-9]\b)?))?"
    r"|(?:that'?s|thats|that is) (?:me|it|all)"
    r"(?: (?:done|out|for (?:tonight|now|the night|today)|from me|tonight|now))*"
    r"|(?:final|last) (?:one|post|update|sighting|report|thing|note)(?: (?:from|for|by) (?:me|the [\w-]+(?: [\w-]+)?))?"
    r"(?: tonight| for tonight)?"
    r"|(?:signing|logging|clocking|heading) (?:off|out|home)(?: now| for (?:tonight|the night))?"
    r"|(?:good ?night|g'?night|nite|nighty? ?night|night) (?:all|everyone|everybody|folks|team|gang|y'?all|friends"
    r"|desk|fam|lovelies|chat)"
    r"|(?:good ?night|g'?night|nite|gn)(?: all| everyone)?"
    r"|back (?:later|soon|tomorrow|in a (?:bit|sec|min(?:ute)?))"
    r"|over and out|peace out|laters|ttyl|bye(?: (?:all|everyone|for now))?"
    r"|see (?:you|ya|y'?all)(?: all)? (?:later|tomorrow|soon|next (?:year|time))"
    r"|(?:i'?m|im|i am) (?:off|out|done|heading home|going home|clocking off)(?: now| for (?:tonight|the night))?"
    r"|(?:hi|hey|hello|evening) (?:all|everyone|everybody|folks|team|gang|y'?all)"
    r"|(?:will|i'?ll) (?:post|update|report) (?:what|more|when|as|if)\b.*"
    r"|more (?:soon|to come|later|in a (?:bit|sec|min(?:ute)?)|when i (?:have|get) it|to follow)"
)
# the reporter asking the desk for help ("someone get the quote", "desk can someone check", "pls confirm"): the
# sentence it is in is the reporter's doubt or a gap ("She said something great, someone get the quote.") and goes
_DESK_REQUEST = re.compile(
    r"^(?:(?:the )?desk[,:]?(?: pls| please)? )?(?:(?:can|could|would|will) )?"
    r"(?:some ?one|some ?body|any ?one|any ?body|the desk|desk)(?: pls| please)?"
    r" (?:get|grab|check|confirm|verify|find|chase|fix|double[- ]check|look (?:into|up)|follow up|help|sort|explain)\b"
    r"|^(?:pls|please|plz) (?:check|confirm|verify|get|grab|find|chase|fix|double[- ]check)\b"
    r"|^(?:just )?in case (?:any ?one|some ?one|any ?body|the desk|you) (?:needs?|wants?) (?:it|this|that|to know)\b",
    re.IGNORECASE,
)  # ("The presenter was Sir Alastair, in case anyone needs it.": who it was, for the desk's own notes)
# a remark of the reporter's own, never the story's ("can't blame her", "what a guy", "thanks for having me")
_REMARK = (
    r"(?:can'?t|cannot|couldn'?t) blame (?:her|him|them)|fair enough|no wonder|good for (?:her|him|them)"
    r"|(?:love|loved) (?:that|this|it|her|him|them|to see it)|about time|bless (?:her|him|them)"
    r"|what an? (?:guy|legend|woman|man|queen|king|star|night|moment|time|scene|day|mood|icon)"
    r"|i kid you not|you (?:could ?n'?t|can'?t) make (?:it|this) up|so much (?:happening|going on)"
    r"|thanks?(?: you)?(?: (?:all|everyone|you all|y'?all|for having me|for reading|for everything))*"
    r"|(?:it'?s |it has |has )?been a (?:blast|ride|pleasure|long night|night)"
    r"|(?:my )?feet (?:destroyed|dead|gone|killing me|are killing me)"
    r"|(?:i'?m )?(?:back in|back inside|still here|still out here|in at last)(?:,? (?:finally|at last|phew))?"
    r"|(?:sorry|apologies) (?:for|about) (?:the |my )?(?:typos?|spelling|delay|spam|blurry [\w-]+|mess)"
    r"|(?:this is|that was|it'?s|it was) (?:wild|insane|crazy|mad|unreal|everything|so good|amazing)"
    r"|what an? (?:night|evening|show)(?: already| so far| tonight)?|(?:a |what a )?long (?:night|day|one)"
    r"|(?:i'?m |im )?still (?:here|going|standing|alive)"
    r"|(?:not )?(?:gonna|going to) lie|sorry|which,? thank you"
)
_SIGN_OFF_CLAUSE = re.compile(rf"^(?:{_SIGN_OFF}|{_REMARK})[\s.!?,:;]*$", re.IGNORECASE)
_SIGN_OFF_LEAD = re.compile(rf"^(?:{_SIGN_OFF})\s*[:—–-]\s*", re.IGNORECASE)  # "final one from me: …"
# a lead-in in the reporter's voice before what happened ("i swear i just saw X …", "not sure if this counts but");
# "so" before an auxiliary in lower case is an answer's inversion ("So did two of the guards"), before a capital a
# name ("So Will was pacing": Will Osei, never the modal)
_LEAD_IN = re.compile(
    r"^(?:(?:ok(?:ay)?|so(?!(?-i: (?:did|does|do|was|were|is|are|had|has|have|could|would|will|can|should|might))\b)|"
    r"right|guys|you guys|omg+|oh my (?:god|gosh)|wow|whew|phew|honestly|literally|lol|ngl|"
    r"tbh|umm+|um,|yeah|anyway|update|quick one|breaking|basically|wait(?! (?:staff|list|for|until|till|to)\b)|"
    r"(?-i:omo|chai|ehen|haba|abeg|walahi|wallahi|eish|órale|orale|neta|güey|nossa|chale|jing jing)(?=[\s,!.:])|"
    # (not "Omo Sanni")
    r"(?:omo|chai|ehen|haba|abeg|walahi|wallahi|eish|órale|orale|neta|güey|nossa|chale|ei+|aiyo)(?=[,!.:])|"
    r"hold on|hang on|oh(?: no| wow| god)?|ah+|whoa|woah|ooh+|oof|yikes|lmao|ha(?:ha)+)\b[\s,!.:]*"
    r"|(?:the )?(?:best|funniest|sweetest|weirdest|wildest|cutest|strangest|loveliest) (?:bit|moment|thing|part)"
    r"(?: of (?:the|my) night| so far| tonight)?\s*[:—–-]\s*"
    r"|(?:i )?(?:can'?t|cannot) (?:stop thinking about|get over|believe)(?: that)?\b[\s,]*"
    r"|this (?:is|was) the one[.!:]+\s*"  # "ok this is the one. DQ walked …": the reporter's excitement
    r"|not sure (?:if|whether) (?:this|it|that) (?:counts|matters|is news|is anything)(?: or not)?"
    r"[\s,]*(?:but\b)?[\s,]*"
    r"|not sure (?:if|whether) (?:anyone|anybody|you) (?:saw|caught|needs?|wants?|cares?)(?: about)?"
    r" (?:this|that)[\s,]*(?:but\b)?[\s,]*"
    r"|(?:(?:i )?(?:don'?t|dont|do not) know (?:if|whether) (?:this|it) (?:counts|matters|is anything)"
    r"|(?:no idea|dunno) if (?:this|it) counts)[\s,]*(?:but\b)?[\s,]*"
    r"|(?:can|could) confirm(?: that)?\b[\s,:]*"
    r"|sorry if (?:this|it)(?:'s| is| was)? (?:a repeat|a dupe|already posted|old news|late)[\s,]*(?:but\b)?[\s,]*"
    r"|not (?:\d+ ?%|totally|entirely|completely|fully) sure(?: but\b)?[\s,]*"
    r"|(?:fairly|pretty|quite|almost) sure\b[\s,]*(?:(?:that|this|it) (?:was|is) (?=(?-i:[A-Z]))|that\b)?[\s,]*"
    r"|(?:heads up|note to|attn|attention)?[\s,]*(?:the )?desk\s*[,:—–-]\s*"
    r"|i (?:swear|promise)(?: to god)?(?: that)?\b[\s,]*"
    r"|(?:i'?m|im|i am) not (?:crying|joking|kidding|lying)(?: (?:but|and))?\b[\s,]*"
    r"|i (?:think|reckon|guess|believe)\b[\s,]*(?:(?:that|this|it) (?:was|is) (?=(?-i:[A-Z]))|that\b)?[\s,]*"
    r"|(?:(?:i['’]?m|im|i am|we['’]?re|we are) told|i hear|we hear|word is)(?: that)?\b[\s,:]*"
    r"|(?:our|my) (?:guy|girl|man|woman|source|spy|friend|contact|colleague|person|mate)"
    r"(?: (?:at|in|on|by) the [\w-]+)?"
    r" (?:says|said|reports|reckons|tells (?:me|us)|told (?:me|us))(?: that)?\b[\s,:]*"
    r"|(?:for (?:some )?context|(?:some |a bit of |a little )?(?:context|background)|recap|more on|following up"
    r"(?: on)?|follow[- ]up(?: on)?)\b"  # ("Some context for the courtyard moment: …", round 47's Vilnius)
    r"[^:“\"\x00.!?]{0,50}:\s*"  # the desk's own line before the news: "For context on that corridor exchange: …"
    r"|(?:some |a bit of |a little )?(?:context|background) (?:for|on|to)\b[^:“\"\x00.!?]{0,60}[.:]\s*$"  # alone
    r"|(?:(?:i['’]?m |im |i am )?(?:posting|writing|typing|reporting|texting)(?: this)? (?:from|in|on) "
    r"(?:the |my |a |an )?[\w'’ -]{1,30}?(?::\s*|\s+[—–-]\s+))"  # "posting from the loo: …": where the reporter is
    r"|(?:for the record|fyi|fwiw|no joke|no but (?:seriously|really)|you (?:will not|won'?t) believe (?:this|it))"
    r"\b[\s,:]*)",
    re.IGNORECASE,
)
# the reporter's opinion of what they saw ("I think it was the best moment", "honestly this was the night's best"),
# never a thing that happened ("I think it was Kit Ames who …" names someone: the lead-in goes, `_LEAD_IN`)
_OPINION = re.compile(
    r"^(?:i (?:think|reckon|guess|believe|swear|feel like)|honestly|imo|tbh|ngl)[\s,]*(?:that )?(?:it|this|that)"
    r"(?:['’]s| was| is| has been| must have been)(?! (?-i:[A-Z]))",
    re.IGNORECASE,
)
# the reporter looking on ("i just saw X hide under …"): what X did is the story
_LOOKING = re.compile(
    r"^(?:(?:i|we) (?:just |literally |actually )?(?:saw|watched|spotted|caught|clocked|noticed|see|spy)|"
    r"(?:just )?(?:saw|watched|spotted|clocked))\s+(?=[A-Z])",
    re.IGNORECASE,
)
_DANGLING_SPEECH = re.compile(
    r"^(?:he|she|they|(?:[A-Z][\w'’-]+ ){0,2}[A-Z][\w'’-]+) (?:said|says|asked|asks|replied|replies|added|adds|"
    r"told (?:her|him|them|me|us))\s*[:,—–-]$",  # ("Nobody asked." is a sentence: only speech it introduces)
    re.IGNORECASE,
)
_NOTE_LABEL = re.compile(r"^[A-Z][^:.!?\"“\x00]{1,29}:\s+(?=\S)")  # "Bar: ", "Side entrance: "
# a label that says the post follows up another ("More on Storm: ", "Update on the cake: "): the desk's, not a place
_FOLLOW_UP_LABEL = re.compile(
    r"^(?:more|update|follow[- ]?up|following up|context|background|recap)(?:\s+(?:on|to|re|about|for)\b[^:]*)?:\s+$",
    re.IGNORECASE,
)
_FOLLOW_UP_HEAD = re.compile(r"^[a-z][^:.!?\"“\x00]{1,29}:\s+(?=\S)")  # (`_FOLLOW_UP_LABEL` says whether it is one)
_POSTING_FROM = re.compile(
    r"(?:(?:i['’]?m |im |i am )?(?:posting|writing|typing|reporting|texting)(?: this)? (?:from|in|on) "
    r"(?:the |my |a |an )?[\w'’ -]{1,30}?(?::\s*|\s+[—–-]\s+))",
    re.IGNORECASE,
)
_NAME_RUN = re.compile(r"^(?:[A-Z][\w'’-]*\s+){1,3}")
# words of a reaction, never of a story ("honestly iconic", "what a night already", "so. yeah.")
_REACTION = wordset(
    """
    omg omfg lol lmao wow wowww yay ugh oof whew phew ok okay yeah yep so um umm anyway anyways honestly literally
    seriously ngl tbh iconic legend legendary icon unreal wild insane amazing incredible obsessed dead deceased
    screaming crying sobbing shaking wheezing speechless stop words scenes what a an the night already tonight
    ever best thing things seen all year my i im i'm i've ive me youre you're this is it so such good great much
    love loving just really very truly absolutely chefs kiss mood same vibes vibe
    tired knackered exhausted shattered freezing starving hungry
    total pure utter complete chaos carnage mayhem bedlam madness pandemonium
    omo chai ehen haba abeg walahi wallahi eish órale orale neta güey wey nossa
    """
)
# ...and those that make a clause of such words a reaction (not "crying", "didn't stop": they may tell the story)
_REACTION_MARKS = wordset(
    """
    omg omfg lol lmao wow wowww yay ugh oof whew phew yeah yep umm anyway anyways honestly literally seriously ngl tbh
    iconic legend legendary icon unreal obsessed deceased speechless scenes chefs vibes youre you're knackered
    exhausted shattered starving chaos carnage mayhem bedlam madness pandemonium
    omo chai ehen haba walahi wallahi eish órale orale neta güey nossa
    """
)
_PRONOUNS = wordset("i you he she it we they")
_FIRST_PERSON = re.compile(r"^(?:i|i['’]?m|i['’]?ve|i['’]?ll|i['’]?d|my|me|mine|myself)\b", re.IGNORECASE)
_MID_FIRST_PERSON = re.compile(r"(?<=\S) (?=(?:i|im|i['’]m|i['’]ve|ive)\b(?! (?-i:[A-Z])))", re.IGNORECASE)
# the correspondent telling who told them: "…, told me:" is nothing in the article; "X told me …" is "X told us"
_TOLD_US_CLAUSE = re.compile(r"^(?:(?:he|she|they) )?(?:told|tells|telling|said to|says to) (?:me|us)$", re.IGNORECASE)
_TOLD_US = re.compile(r"\b([A-Z][\w'’-]+|[Hh]e|[Ss]he|[Tt]hey) (told|tells) (?:me|us)\b")
_NOBODY = wordset("nobody noone someone somebody everyone everybody anyone anybody")
_JOINS = ("and", "but", "so", "or", "cos", "because", "which")
_TRAILING_JOIN = re.compile(rf"(?:\s+(?:{'|'.join(_JOINS)}))+\s*$", re.IGNORECASE)
_FILLER_LIKE = re.compile(
    r"\blike,? (?=(?:totally|literally|actually|really|so|just|completely|genuinely)\b)", re.IGNORECASE
)
_HEAD_WORDS = 3  # a tail is cut only where at least this many words come before it
_OPEN_SINGLE = re.compile(r"(?:^|\s)['‘]\w")
_CLOSE_SINGLE = re.compile(r"[\w.!?]['’](?=\s|$|[,;:.!?])")
_HEDGES = ("honestly", "literally", "ngl", "tbh", "omg", "lol", "seriously", "neta", "walahi", "wallahi", "abeg")
_HEDGE_TAIL = re.compile(rf"(?<=\S) (?=(?:{'|'.join(_HEDGES)})\b)", re.IGNORECASE)
_TAIL_STARTS = (" i", *(f" {hedge}" for hedge in _HEDGES))  # (where either pattern above can match, in ASCII)
_CLAUSE_SPLIT = re.compile(r"(,\s+|;\s+|\s+[—–]\s+|\s+-\s+)")
_CLAUSE_MARKS = ",;—–-"  # a character every separator of `_CLAUSE_SPLIT` has
_WORD = re.compile(r"[^\W\d_][\w'’]*")


def _clauses(sentence: str) -> list[str]:
    """`_CLAUSE_SPLIT.split(sentence)`: its clauses and the separators between them (a sentence with none of the
    separators' marks is one clause, without a scan)."""
    return _CLAUSE_SPLIT.split(sentence) if any(c in sentence for c in _CLAUSE_MARKS) else [sentence]


@lru_cache(maxsize=4096)
def _content(text: str) -> tuple[str, ...]:
    """The words of `text` that say something: not function words, not a reaction."""
    return tuple(
        w for w in _WORD.findall(_HOLDER.sub(" quoted ", text).lower()) if w not in _FUNCTION and w not in _REACTION
    )


@lru_cache(maxsize=4096)
def _chatter_clause(clause: str) -> bool:
    """A clause in the reporter's own voice: a sign-off, a reaction, or the first person ("my feet hurt",
    "im a wreck", "send help")."""
    bare = clause.strip(" .!?,;:")
    if not bare:
        return True
    if "\x00" in bare:
        return False  # quoted speech: someone's words
    if _SIGN_OFF_CLAUSE.match(bare) or _FIRST_PERSON.match(bare) or _TOLD_US_CLAUSE.match(bare):
        return True
    return _reaction(bare) and not any(w[:1].isupper() for w in _WORD.findall(bare)[1:])


_REACTION_WORDS = 6  # a reaction is short ("honestly iconic", "what a night already")


def _told_backstage(m: re.Match[str]) -> str:
    """ "Ottavia told me on the carpet that …" → "Ottavia said on the carpet that …" (what was said follows: "that",
    a colon); "Ottavia told me about the dress" → "Ottavia told us about the dress" (the desk's "us", as a newsroom
    writes: "told Backstage" read as a third party's name); "Nobody told me …" is what someone felt: kept."""
    if m.group(1).lower() in _NOBODY:
        return m.group(0)
    if _SAID_WHAT_FOLLOWS.match(m.string, m.end()) or _CLAUSE_FOLLOWS.match(m.string, m.end()):
        return f"{m.group(1)} {'says' if m.group(2) == 'tells' else 'said'}"
    return f"{m.group(1)} {m.group(2)} us"


_CLAUSE_FOLLOWS = re.compile(
    r" (?:it|he|she|they|there|this|that)(?:['’]s| was| were| is| had| would)\b"
)  # "told me it was"
_SAID_WHAT_FOLLOWS = re.compile(
    r"(?: (?:on|at|in|by|outside|inside|backstage|near)\b[^,.:;“\x00]{0,40}?)? ?(?:that\b|:)"
)


@lru_cache(maxsize=4096)
def _reaction(text: str) -> bool:
    """Whether a text is only a reaction: no content word, and a word of a reaction ("so. yeah.", "honestly
    iconic"; not "overheard")."""
    words = _WORD.findall(text.lower())
    if len(words) > _REACTION_WORDS or not _PRONOUNS.isdisjoint(words[:1]) or "said" in words:
        return False  # "She said yes": a sentence
    return not _content(text) and not _REACTION_MARKS.isdisjoint(words)


@lru_cache(maxsize=4096)
def _without_tail(clause: str) -> str:
    """A clause without the reporter's reaction glued onto its end with no comma ("… as deconstructed i swear
    im shaking", "… stood up honestly best thing i've seen all year"): cut where the first person or a hedge
    starts a tail with no name in it that is only chatter."""
    lowered = clause.lower() if clause.isascii() else None
    if lowered is not None and not any(start in lowered for start in _TAIL_STARTS):
        return clause  # (the cheap test first: most clauses have no first person and no hedge to scan for)
    cuts = sorted(m.start() for pattern in (_MID_FIRST_PERSON, _HEDGE_TAIL) for m in pattern.finditer(clause))
    for at in cuts:
        tail = clause[at + 1 :]
        if "\x00" in tail or any(w[:1].isupper() for w in _WORD.findall(tail)[1:]):
            continue
        before = clause[:at]
        if len(_WORD.findall(before)) < _HEAD_WORDS or len(_OPEN_SINGLE.findall(before)) > len(
            _CLOSE_SINGLE.findall(before)
        ):
            continue  # (inside someone's words in single quotes: "something like 'last time I do this'")
        if _FIRST_PERSON.match(tail) or not _content(tail):
            end = clause.rstrip()[-1:] if clause.rstrip()[-1:] in ".!?" else ""
            return _without_join(clause[:at]).rstrip(" ,") + end
    return clause


def _without_join(text: str) -> str:
    """`text` without the joining words it ends on ("… and", "… so because"); an ASCII text whose last word is
    none of them is not scanned (the pattern tries every space)."""
    if text.isascii() and not text.rstrip().lower().endswith(_JOINS):
        return text
    return _TRAILING_JOIN.sub("", text)


_BUT = re.compile(r",?\s+but\s+", re.IGNORECASE)


def _after_but(clause: str) -> str:
    """What a clause in the reporter's voice says after "but" when that names someone ("my editor is going to
    kill me but Tom Reyes just swore on the live feed" → "Tom Reyes just swore on the live feed"); "" else."""
    parts = _BUT.split(clause, maxsplit=1)
    if len(parts) < 2 or "\x00" in parts[1]:
        return ""
    rest = parts[1]
    return rest if rest[:1].isupper() and not _chatter_clause(rest) else ""


def _looked_on(sentence: str) -> str:
    """ "i just saw Hamish Achterlonie hide under the trolley and run" → "Hamish Achterlonie hid under the
    trolley and ran": the reporter left out, the verbs after the name in the past ("X dancing" → "X was
    dancing"); a place after the name is left to the narration ("X at the bar")."""
    m = _LOOKING.match(sentence)
    if m is None:
        return sentence
    rest = sentence[m.end() :]
    name = _NAME_RUN.match(rest)
    if name is None:
        return rest
    head, tail = rest[: name.end()], rest[name.end() :]
    verb, sep, after = tail.partition(" ")
    bare = verb.lower().strip(",.;:!?")
    if bare.endswith("ing") and looks_like_verb(bare, after_name=True):
        return f"{head}was {tail}"
    past = _past_of(bare)
    if past is None:
        return rest
    after = _AND_VERB.sub(lambda v: f"{v.group(1)}{_past_of(v.group(2)) or v.group(2)}{v.group(3)}", after)
    return f"{head}{past}{verb[len(bare) :]}{sep}{after}"


_AND_VERB = re.compile(
    r"(\band )([a-z]+)( (?:in|on|into|onto|over|under|out|off|up|down|away|back|the|a|an|his|her|their|him|them|it)\b)"
)


def _past_of(word: str) -> str | None:
    """The past tense of a verb in its base form after a name ("trip" → "tripped"); None for a word that is not
    one (a function word, a form already inflected)."""
    if not word.isalpha() or word in _FUNCTION or word in IRREGULAR or word.endswith(("s", "ed", "ing")):
        return None
    return past_tense(word)


# the reporter's live status to the desk, someone at the scene now and nothing that happened: "the engineer's here
# now", "medics are there now" (in the article's past it would read "The engineer's here now.")
_HERE_NOW = re.compile(
    r"^(?:(?:the|a|an|his|her|their)\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,2}?(?:\s+(?:is|are)|['’]s|['’]re)\s+"
    r"(?:(?:finally|just|also)\s+)?(?:here|there)\s+now[\s.!?]*$",
    re.IGNORECASE,
)

# the reporter's live status or question to the desk, nothing that happened: "back now." (the lights, as she types),
# "desk did the lights go out for you guys too??" (a question to the desk: round 44's Dhaka printed its "back now")
_BACK_NOW = re.compile(
    r"^(?:(?:it|they|we|all|everything|lights?|power)(?:\s+(?:is|are)|['’]s|['’]re)?\s+)?back(?: on)? now[\s.!]*$",
    re.IGNORECASE,
)
_TO_THE_DESK = re.compile(r"^@?desk\b[^.!?“”\"]*\?", re.IGNORECASE)
_ASKS_THE_DESK = re.compile(
    r"^(?:@?desk\b|(?:[^“”\"?]*\b(?:you guys|you all|y['’]all|u guys|anyone else|any ?one else)\b))[^“”\"]*\?+\s*$",
    re.IGNORECASE,
)


def _sentence(sentence: str) -> str:
    """One sentence without its chatter ("" when it is nothing but chatter)."""
    chatless = " ".join(CHAT.sub("", sentence).split())
    if chatless and sentence.rstrip()[-1:] in ".!?" and chatless[-1:] not in ".!?…":
        chatless += sentence.rstrip()[-1]  # ("… pulled him in lol." still ends: "… pulled him in.")
    sentence = chatless
    if not sentence or _SIGN_OFF_CLAUSE.match(sentence):
        return ""  # "So much happening.": a remark, before "so" could be taken for a lead-in
    label = _NOTE_LABEL.match(sentence)  # "Bar: ok so Juno …": the label stays, the lead-in after it goes
    if label is None and (follow := _FOLLOW_UP_HEAD.match(sentence)) and _FOLLOW_UP_LABEL.match(follow.group(0)):
        label = follow  # "update on the cake: someone has eaten the ROOF": in lower case too, never "on the cake:"
    head, sentence = (label.group(0), sentence[label.end() :]) if label else ("", sentence)
    if head and (_FOLLOW_UP_LABEL.match(head) or _POSTING_FROM.fullmatch(head)):  # "Posting from the loo: …"
        head, sentence = "", sentence[:1].upper() + sentence[1:]
    if _OPINION.match(sentence):
        return ""  # "I think it was the best moment": the reporter's opinion, nothing that happened
    if _HERE_NOW.match(sentence) or _BACK_NOW.match(sentence) or _ASKS_THE_DESK.match(sentence):
        return ""  # "the engineer's here now", "back now.", "desk did the lights go out for you guys too??": the
        # reporter's live status or question to the desk, nothing that happened
    for _ in range(4):  # "ok so i swear i just saw …", "ok last one from me: …": lead-ins one after the other
        m = _SIGN_OFF_LEAD.match(sentence) or _LEAD_IN.match(sentence)
        if m is None or not m.group(0).strip():
            break
        sentence = sentence[m.end() :]
        if head:
            sentence = sentence[:1].upper() + sentence[1:]
    sentence = head + sentence if sentence else ""
    sentence = _FILLER_LIKE.sub("", _looked_on(sentence))
    parts = _clauses(sentence)
    clauses, seps = parts[::2], parts[1::2]
    if any(_DESK_REQUEST.match(clause.strip()) for clause in clauses):
        return ""
    kept: list[str] = []
    for k, clause in enumerate(clauses):
        if _chatter_clause(clause):
            clause = _after_but(clause)
            if not clause:
                continue
        told = _TOLD_US.sub(_told_backstage, clause) if " told " in clause or " tells " in clause else clause
        clause = _without_tail(told)
        if kept:
            kept.append(seps[k - 1])
        kept.append(clause)
    text = _without_join("".join(kept).strip(" ,;—–-")).rstrip(" ,;")
    if not text or _reaction(text):
        return ""
    if text[-1:] not in ".!?\x00" and sentence.rstrip()[-1:] in ".!?":
        text += sentence.rstrip()[-1]
    return text


# every word a gate starts from (a reaction, the first person, a sign-off, a lead-in, speech left dangling)
_MARKERS = wordset(
    """
    i im i'm i’m i've i’ve ive i'll i’ll i'd i’d my me mine myself
    omg omfg lol lmao wow yay ugh oof yeah yep um umm anyway anyways honestly literally seriously ngl tbh iconic
    legend legendary unreal obsessed dead deceased screaming crying sobbing shaking wheezing speechless scenes
    vibes mood youre you're night x xx xxx we we're us our hear word
    that's thats final last signing logging clocking heading goodnight g'night nite nighty peace laters ttyl bye
    hi hey hello evening
    ok okay right guys oh update quick breaking sure dunno confirm swear promise record fyi fwiw joke won't saw
    watched spotted caught clocked noticed see spy basically like
    thanks thank sorry apologies blame wonder bless kid funniest sweetest weirdest wildest cutest strangest
    loveliest can't cant cannot feet typos wild insane crazy mad gonna blast lie happening time guy legend good
    posting writing typing reporting texting
    tired knackered exhausted shattered freezing starving hungry
    gn whew phew long still desk attn sorry fairly pretty quite almost more someone somebody anyone anybody
    pls plz please correction clarification erratum correcting
    wait hold hang ah ahh whoa woah ooh oof yikes context background recap following follow
    omo chai ehen haba abeg walahi wallahi eish órale orale neta güey wey nossa
    """
)
_SYMBOLS = frozenset("<:;=^#")
_LAUGHS = ("jaja", "jeje", "kkkk", "www", "jsjs", "rsrs", "ahah")  # (`chat.CHAT` takes them out)


def _plain(text: str) -> bool:
    """Whether a text has nothing any gate looks for: no marker word, no emoticon or emoji."""
    if not _SYMBOLS.isdisjoint(text) or (not text.isascii() and _EMOJI.search(text)):
        return False
    lowered = text.lower()
    if any(laugh in lowered for laugh in _LAUGHS):
        return False  # (a laugh typed in another language: "jajaja", "kkkk", "www")
    if lowered.isascii():  # (most reports: `bytes.translate` reads its table directly, `str.translate` a dict)
        return _MARKERS.isdisjoint(lowered.encode("ascii").translate(_ASCII_PUNCTUATION).decode("ascii").split())
    return _MARKERS.isdisjoint(lowered.translate(_PUNCTUATION).split())


_PUNCTUATION = str.maketrans(dict.fromkeys(',.!?;()[]"“”‘…—–-/*', " "))
_ASCII_PUNCTUATION = bytes(ord(_PUNCTUATION.get(b, chr(b))) for b in range(128)) + bytes(range(128, 256))


# a report that is the correspondent checking a fact with the desk, whoever it names: "Desk: I am checking the exact
# wording of the quote with Mr Nistor and will confirm within ten minutes", "can someone check — is the cloakroom lady
# Hârțescu or Hârtescu? need it for later" (never copy: printed, it tells readers the quote may be wrong)
_CHECKING = re.compile(
    r"^(?:(?:@?desk|editors?|team)\s*[:,—–-]\s*)?(?:"
    r"(?:can|could|pls|please)(?: please)? (?:some(?:one|body)|any(?:one|body)|(?:the )?desk|you|u)(?: please)? "
    r"(?:check|confirm|verify|find out|look into|double[- ]check)"
    r"|(?:i am|i['’]m|im|i['’]ll|i will|still) "
    r"(?:checking|confirming|verifying|chasing|double[- ]checking|check|confirm)"
    r")\b",
    re.IGNORECASE,
)


_SIGNS_OFF = re.compile(r"\b(?:brb|afk|gtg|g2g)\b", re.IGNORECASE)


@lru_cache(maxsize=4096)
def story_text(text: str) -> str:
    """`text` (article prose: no markup) without its reporter's chatter, sign-offs and emoticons (see the
    module); "" when it is nothing but that (or the correspondent checking a fact with the desk, `_CHECKING`)."""
    if text and (_CHECKING.match(text) or _TO_THE_DESK.match(text)):
        return ""  # (a post that opens asking the desk is to the desk: "desk did the lights go out for you guys too??
        # whole corridor went dark lol. back now", round 44's Dhaka)
    if not text or _plain(text):
        return text  # (the cheap test first: most reports have no word a gate looks for)
    held: list[str] = []

    def hold(m: re.Match[str]) -> str:
        held.append(m.group(0))
        return f"\x00{len(held) - 1}\x00"

    masked = _QUOTED.sub(hold, text)
    masked = _EMOJI.sub(" ", emoji_stops(masked))
    masked = _EMOTICON.sub(" ", masked) if any(c in masked for c in _EMOTICON_MARKS) else masked
    masked = _HASHTAGS.sub("", masked) if "#" in masked else masked
    masked = thing_updated(corrected(" ".join(masked.split())))  # ("Update on the bucket: sold …": the bucket sold)
    masked = SIGNING_OFF.sub("", masked) if _SIGNS_OFF.search(masked) else masked  # ("… to Margate. brb battery")
    said = sentences(masked)
    kept = [s for s in (_sentence(s) for s in said) if s]
    if len(kept) > 1 and _DANGLING_SPEECH.match(kept[-1]):
        kept.pop()  # "he said:" with nothing after it: the quote is printed with its speaker
    if not kept:
        kept = [plain] if (plain := _plainest(said)) else []
    out = " ".join(" ".join(kept).split())  # (its only spaces single ones: a space before a stop is " ," or " .")
    out = _SPACE_BEFORE.sub(r"\1", out) if " ," in out or " ." in out else out
    out = _HOLDER.sub(lambda m: held[int(m.group(1))], out)
    return out[:1].upper() + out[1:] if out[:1].islower() and text[:1].isupper() else out


def _plainest(said: list[str]) -> str:
    """The plainest factual part of sentences that are all chatter: the clause that names someone (a capital
    after its first word) with the most content words, the reporter's words before the name left out ("im
    shaking omg Ottoline Braga" → "Ottoline Braga"); "" when no clause names anyone (a goodbye)."""
    best = ""
    for sentence in said:
        for clause in _clauses(sentence)[::2]:
            bare = clause.strip(" .!?,;:")
            if not bare or _SIGN_OFF_CLAUSE.match(bare):
                continue
            words = bare.split()
            named = next((k for k, w in enumerate(words) if k and w[:1].isupper() and w.lower() != "i"), None)
            if named is None:
                continue
            start = 0
            while start < named and (
                words[start].lower().strip(",.!?") in _REACTION or _FIRST_PERSON.match(words[start])
            ):
                start += 1
            part = " ".join(words[start:])
            if len(_content(part)) > len(_content(best)):
                best = part
    return best


def chatter_only(text: str) -> bool:
    """Whether a text is nothing but its reporter's chatter ("that's me done, goodnight all <3 xx")."""
    return bool(text.strip()) and not story_text(text)


# a line that tells nothing happened (issue 11 §6: chatter never leads, follows or heads an item): a mic check
# ("test test is this thing on", "testing 1 2 3", "can anyone see this?"), or a presence and nothing else ("OTTO BERG
# IS HERE OMG OMG", "Vesper Lane here. right here, by the bar"): someone being at the show is no moment of it
_MIC_CHECK = re.compile(
    r"^(?:(?:test(?:ing)?|mic check|sound check|check(?: check)*|one,? two(?:,? three)?|1,? 2(?:,? 3)?)[\s,.!?]*)*"
    r"(?:(?:is|does|did) (?:this|it) (?:thing |mic |channel )?(?:on|work(?:ing)?|go(?:ing)? through)"
    r"|(?:can|does|do) (?:any ?one|any ?body|every ?one|you(?: guys| all)?|u|(?:the )?desk)"
    r" (?:hear|see|read|get) (?:me|this|us)"
    r")?[\s,.!?]*$",
    re.IGNORECASE,
)
# a note to the desk about the posting itself: "did my last post go through??", "see above", "wrong channel sorry,
# ignore", "ignore that", "double post, sorry", "posted twice"
_POSTING = re.compile(
    r"^(?:(?:sorry|oops|whoops|my bad|apologies)[\s,.!]*)?(?:"
    r"(?:did|has|have|is) (?:my|the|this|that) (?:last |previous |earlier )?(?:post|message|report|sighting|one)s? "
    r"(?:go(?:ne)? through|sen[dt]|post(?:ed)?|show(?:ing|n)?(?: up)?|work(?:ed)?)"
    r"|see (?:above|below|my last|previous|earlier)"
    r"|wrong (?:channel|chat|thread|room|show|server|group)"
    r"|ignore (?:that|this|me|the last one|my last(?: one| post)?)"
    r"|(?:double|duplicate|dupe) post(?:ed)?|posted (?:twice|that twice|it twice)|deleting|delete (?:that|this)"
    r")(?:[\s,.!?]*(?:sorry|oops|my bad|apologies|ignore(?: (?:that|this|it|me))?|pls|please|thanks))*[\s,.!?]*$",
    re.IGNORECASE,
)
_NAME_WORDS = r"(?-i:(?:[A-Z][\w'’.-]*\s+){1,4})"  # a name, as typed or shouted ("Otto Berg", "OTTO BERG")
_PRESENCE = re.compile(
    rf"^(?:{_NAME_WORDS}(?:(?:is|was|are|were)\s+|['’]s\s+)?)?(?:(?:right|just|also|still|now|finally|over)\s+)*"
    r"(?:here|there|in the (?:house|building))"
    r"(?:[\s,.!?]+(?:(?:right|just|over)\s+)?(?:here|there))*"
    r"(?:[\s,.!?]+(?:by|at|in|near|on|outside|inside|behind)\s+(?:the\s+)?[\w'’ -]{1,30}?)?[\s.!?]*$",
    re.IGNORECASE,
)

# the reporter's own situation, nothing of the show's: "posting from my phone", "wifi is terrible", "battery at 4%"
_SITUATION = re.compile(
    r"^(?:(?:i['’]?m |im |i am )?(?:posting|writing|typing|reporting|texting)(?: this| these)? (?:from|in|on|via) "
    r"(?:the |my |a |an )?[\w'’ -]{1,30}"
    r"|(?:the |my )?(?:wi-?fi|signal|reception|battery|connection|internet|data|4g|5g)(?: here| in here)?"
    r" (?:is |['’]s |keeps )?(?:so |really |very |absolutely )?"
    r"(?:terrible|awful|bad|rubbish|dead|dying|down|patchy|slow|dropping|cutting out|gone|useless|at \d+ ?%))"
    r"[\s,.!?]*$",
    re.IGNORECASE,
)
# a bare arrival, nothing happening: "Hollis Thorne has arrived", "X just walked in" ("arrived on a tractor" tells)
_ARRIVAL = re.compile(
    rf"^{_NAME_WORDS}(?:(?:has|have|had|just|finally|now)\s+)*"
    r"(?:arrived|arrives|walked in|walks in|turned up|showed up|rocked up|got here)"
    r"(?:\s+(?:at|to) the(?:\s+(?!(?:in|on|with|by|wearing|and|for|from)\b)[\w'’-]+){1,3})?[\s.!?]*$",
)
_NO_NEWS = (_MIC_CHECK, _PRESENCE, _POSTING, _SITUATION, _ARRIVAL)
_PIECES = re.compile(r"[.!?;:]+\s+|,\s+|\s+[—–-]\s+")


@lru_cache(maxsize=4096)
def no_news(text: str) -> bool:
    """Whether a text (article prose) tells that nothing happened: a mic check, someone's presence and nothing else,
    a note about the posting itself (`_MIC_CHECK`, `_PRESENCE`, `_POSTING`; the reporter's "omg", "lol" aside). It is
    chatter, whatever its votes."""
    plain = " ".join(CHAT.sub(" ", text).split())
    if not plain or len(plain) > 120:
        return False  # (a line with more in it than that says something)
    if any(p.match(plain) is not None for p in _NO_NEWS):
        return True
    pieces = [p for p in _PIECES.split(plain) if p.strip(" .!?,")]  # "Mic check. Vesper Lane is here."
    return len(pieces) > 1 and all(any(p.match(piece) for p in _NO_NEWS) for piece in pieces)
