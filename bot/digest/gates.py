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
a text that is nothing but chatter (a goodbye) gives "" (`chatter_only`: it never leads, follows or heads an item); a
"he said:" left dangling before the quote goes. Quoted speech is never touched: it is someone's words.

`telegraphic` is for the notes a correspondent types in fragments after a sentence ("X was in the corridor.
bag. shoes. no phone."): the run becomes one sentence with the sentence before when the note allows ("X was
in the corridor with a bag and shoes but no phone."), else one clause joined by commas ("X was in the loading
bay, apron still on, clogs."), a subject and a place with no verb given one ("Tom Reyes and his mum at the bar"
→ "… were at the bar …"); a fragment with no content word ("so.", "yeah.", "23:40.") is dropped. A run with an
aside in it is a beat written that way ("zipped. Well. Sewn.", "Very calm. Not calm.") and is not joined (the
body's prose gate, `prose`, then leaves its fragments out). A note opening on a scene ("Stairwell C, quiet.
Harlan Yost caught …") makes it the place of the sentence after it ("In a quiet Stairwell C, Harlan Yost
caught …").
"""

from __future__ import annotations

import re
from functools import lru_cache

from .chat import CHAT, emoji_stops
from .clauses import sentences
from .copyedit import passive
from .corrections import corrected
from .language import FUNCTION_WORDS
from .lexicon import NOT_A_SUBJECT
from .places import PLACE_WORDS, place_phrase
from .polish import verbless
from .textutil import fold, wordset
from .verbs import IRREGULAR, VERB_SHAPED, looks_like_verb, past_tense

_FUNCTION = FUNCTION_WORDS["en"]
_HASHTAGS = re.compile(r"(?:\s+#[^\W\d_][\w-]*)+(?=\s*(?:[.!?](?:\s|$)|$))")  # "… on the stairs #blessed"
_SPACE_BEFORE = re.compile(r"\s+([,.])(?!\.)")
_QUOTED = re.compile(r"\"[^\"]*\"|“[^”]*”")
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
    r"|^(?:pls|please|plz) (?:check|confirm|verify|get|grab|find|chase|fix|double[- ]check)\b",
    re.IGNORECASE,
)
# a remark of the reporter's own, never the story's ("can't blame her", "what a guy", "thanks for having me")
_REMARK = (
    r"(?:can'?t|cannot|couldn'?t) blame (?:her|him|them)|fair enough|no wonder|good for (?:her|him|them)"
    r"|(?:love|loved) (?:that|this|it|her|him|them|to see it)|about time|bless (?:her|him|them)"
    r"|what an? (?:guy|legend|woman|man|queen|king|star|night|moment|time|scene|day|mood|icon)"
    r"|i kid you not|you (?:could ?n'?t|can'?t) make (?:it|this) up|so much (?:happening|going on)"
    r"|thanks?(?: you)?(?: (?:all|everyone|you all|y'?all|for having me|for reading|for everything))*"
    r"|(?:it'?s |it has |has )?been a (?:blast|ride|pleasure|long night|night)"
    r"|(?:my )?feet (?:destroyed|dead|gone|killing me|are killing me)"
    r"|(?:sorry|apologies) (?:for|about) (?:the |my )?(?:typos?|spelling|delay|spam|blurry [\w-]+|mess)"
    r"|(?:this is|that was|it'?s|it was) (?:wild|insane|crazy|mad|unreal|everything|so good|amazing)"
    r"|what an? (?:night|evening|show)(?: already| so far| tonight)?|(?:a |what a )?long (?:night|day|one)"
    r"|(?:i'?m |im )?still (?:here|going|standing|alive)"
    r"|(?:not )?(?:gonna|going to) lie|sorry|which,? thank you"
)
_SIGN_OFF_CLAUSE = re.compile(rf"^(?:{_SIGN_OFF}|{_REMARK})[\s.!?,:;]*$", re.IGNORECASE)
_SIGN_OFF_LEAD = re.compile(rf"^(?:{_SIGN_OFF})\s*[:—–-]\s*", re.IGNORECASE)  # "final one from me: …"
# a lead-in in the reporter's voice before what happened ("i swear i just saw X …", "not sure if this counts but")
_LEAD_IN = re.compile(
    r"^(?:(?:ok(?:ay)?|so(?! (?:did|does|do|was|were|is|are|had|has|have|could|would|will|can|should|might)\b)|"
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
    r"|(?:for (?:some )?context|context|background|recap|more on|following up(?: on)?|follow[- ]up(?: on)?)\b"
    r"[^:“\"\x00.!?]{0,50}:\s*"  # the desk's own line before the news: "For context on that corridor exchange: …"
    r"|(?:some |a bit of |a little )?(?:context|background) (?:for|on|to)\b[^:“\"\x00.!?]{0,60}[.:]\s*$"  # alone
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


def _sentence(sentence: str) -> str:
    """One sentence without its chatter ("" when it is nothing but chatter)."""
    chatless = " ".join(CHAT.sub("", sentence).split())
    if chatless and sentence.rstrip()[-1:] in ".!?" and chatless[-1:] not in ".!?…":
        chatless += sentence.rstrip()[-1]  # ("… pulled him in lol." still ends: "… pulled him in.")
    sentence = chatless
    if not sentence or _SIGN_OFF_CLAUSE.match(sentence):
        return ""  # "So much happening.": a remark, before "so" could be taken for a lead-in
    label = _NOTE_LABEL.match(sentence)  # "Bar: ok so Juno …": the label stays, the lead-in after it goes
    head, sentence = (label.group(0), sentence[label.end() :]) if label else ("", sentence)
    if head and _FOLLOW_UP_LABEL.match(head):
        head, sentence = "", sentence[:1].upper() + sentence[1:]
    if _OPINION.match(sentence):
        return ""  # "I think it was the best moment": the reporter's opinion, nothing that happened
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


@lru_cache(maxsize=4096)
def story_text(text: str) -> str:
    """`text` (article prose: no markup) without its reporter's chatter, sign-offs and emoticons (see the
    module); "" when it is nothing but that."""
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
    masked = corrected(" ".join(masked.split()))
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


# --- telegraphic notes -----------------------------------------------------------------------------------------

FRAGMENT_WORDS = 4  # a verbless sentence of at most this many words, after a sentence, is a note's fragment
_DETERMINERS = wordset("a an the his her their its one two three four five six some no both")
_NEGATIVE = wordset("no without")
_PREPOSITIONS = wordset(
    "in on at with by of from to into onto under over behind near off out up down still around through for"
)
_UNCOUNTED = wordset(
    "makeup hair money cash water coffee tea wine champagne prosecco glitter tape luggage food bread cream sugar "
    "confetti lipstick mascara blood sweat rain mud paint ink"
)
_TIME_WORDS = wordset("again twice once too also still yet already finally later now tonight time times")
_ASIDES = wordset("well anyway basically actually kinda sorta mostly almost nearly")
_DEGREES = wordset("very not so too really quite pretty super")  # "Very calm. Not calm.": how, never a thing
_VERB_SHAPED = VERB_SHAPED


def _fragment(sentence: str, names: frozenset[str]) -> str | None:
    """A sentence's kind as a note's fragment: "noun" (a bag, two eclairs), "no" (no phone), "detail" (any other
    verbless note: "apron still on"), "empty" (no content word: "so.", "yeah."), "aside" (the reporter's beat:
    "Well.", "Barely."); None when it is a sentence."""
    if "“" in sentence or '"' in sentence or "\x00" in sentence or "(" in sentence:
        return None
    words = [w.strip(",.;:!?").lower() for w in sentence.split()]
    words = [w for w in words if w]
    if not words or len(words) > FRAGMENT_WORDS:
        return None
    if not any(c.isalpha() for c in sentence):
        return "empty"  # "23:40.": the reporter's clock
    plain = [w for w in words if w not in names]
    if any(w in _VERB_SHAPED or w in IRREGULAR or w in _PRONOUNS or w.endswith(("n't", "’t")) for w in plain):
        return None
    if not _TIME_WORDS.isdisjoint(words) or any(w[:1].isdigit() for w in words):
        return "detail"  # "again.", "4th time.": how, not what they had
    if not _content(sentence) and all(w in _REACTION or w in _FUNCTION for w in words):
        return "empty"
    if any(w in _ASIDES or (w.endswith("ly") and len(w) > 4) for w in words) or words[0] in _DEGREES:
        return "aside"
    if any(
        looks_like_verb(w, after_name=False) or (w.endswith("ing") and looks_like_verb(w, after_name=True))
        for w in plain
    ):
        return None
    if any(fold(w) in names for w in words):
        return "detail"  # "Braga team": a name is no inventory
    if words[0] in _NEGATIVE and 1 < len(words) <= 3 and not any(w in _PREPOSITIONS for w in words[1:]):
        return "no"
    if len(words) <= 3 and not any(w in _PREPOSITIONS for w in words):
        return "noun"
    return "detail"


def _with_article(phrase: str) -> str:
    """ "bag" → "a bag", "eclairs" → "eclairs", "two eclairs" → "two eclairs", "tape" → "tape"."""
    words = phrase.split()
    if words[0] in _DETERMINERS or words[0][:1].isdigit():
        return phrase
    last = words[-1]
    if last in _UNCOUNTED or (last.endswith("s") and not last.endswith(("ss", "us", "is"))):
        return phrase
    return ("an " if words[0][:1] in "aeiou" else "a ") + phrase


def _listed(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _has_verb(sentence: str) -> bool:
    words = [w.strip(',.;:!?“”"').lower() for w in sentence.split()]
    return any(w in _VERB_SHAPED or w in IRREGULAR or (len(w) > 3 and w.endswith("ed")) for w in words)


def _joined(head: str, run: list[tuple[str, str]]) -> str:
    """The sentence before a run of fragments and the run, as one sentence."""
    body = head.rstrip()
    stop = body[-1] if body[-1:] in ".!?" else "."
    body = body.rstrip(".!?")
    body = body if _has_verb(body) else _SUBJECT_PLACE.sub(_be, body, count=1)
    kinds = {kind for kind, _ in run}
    things = [text for kind, text in run if kind == "noun"]
    missing = [text for kind, text in run if kind == "no"]
    if kinds <= {"noun", "no"} and _has_verb(body) and " with " not in body:
        phrase = " with " + _listed([_with_article(t) for t in things]) if things else ""
        if missing:
            phrase += (" but " if things else " with ") + _listed(missing)
        return body + phrase + stop
    return body + ", " + ", ".join(text for _, text in run) + stop


# a note's subject and where it was, with no verb ("Later, Tom Reyes and his mum at the bar")
_SUBJECT_PLACE = re.compile(
    r"^(?P<lead>(?:[A-Z][a-z]+(?: [a-z]+){0,2}, )?)"
    r"(?P<who>(?:[A-Z][\w'’-]+ ){0,3}[A-Z][\w'’-]+"
    r"(?: (?:and|&) (?:(?:his|her|their|the) [a-z]+|(?:[A-Z][\w'’-]+ ?)+))?)"
    r" (?P<where>(?:(?:fast|sound|wide|still|all) )?(?:in|at|on|by|near|outside|inside|behind|under|backstage|"
    r"onstage|offstage|upstairs|downstairs|asleep|awake|alone|barefoot)\b)"
)


def _be(m: re.Match[str]) -> str:
    who = m.group("who").rstrip()
    be = "were" if " and " in who or " & " in who else "was"
    return f"{m.group('lead')}{who} {be} {m.group('where')}"


_SUBJECT_PARTICIPLE = re.compile(
    r"^(?P<who>(?:[A-Z][\w'’-]+ ){0,3}[A-Z][\w'’-]+(?: (?:and|&) (?:[A-Z][\w'’-]+ ?)+)?) (?P<verb>[a-z]+)\b"
)


def _passive_note(sentence: str, names: frozenset[str]) -> str:
    """A note of what was done to someone, with no verb of its own ("Mina Cole told off by Dex Okafor for
    filming") made a sentence that keeps who did what to whom: "Mina Cole was told off by Dex Okafor …"."""
    m = _SUBJECT_PARTICIPLE.match(sentence)
    if m is None or fold(m.group("who").split()[0]) not in names:
        return sentence
    verb = m.group("verb")
    if not (verb in IRREGULAR or (verb.endswith("ed") and len(verb) > 3)):
        return sentence
    rest = [w.strip(",.;:!?") for w in sentence[m.end() :].split()]
    others = [w.lower() for w in rest if fold(w) not in names]
    if any(w in _VERB_SHAPED or w in IRREGULAR or (w.endswith("ed") and len(w) > 3) for w in others):
        return sentence  # a verb of its own after it ("… told off by Okafor, stormed out")
    by_person = any(w == "by" and k + 1 < len(rest) and fold(rest[k + 1]) in names for k, w in enumerate(rest))
    if not (by_person or passive([verb, *(w.lower() for w in rest)], asked=False)):
        return sentence
    be = "were" if " and " in m.group("who") or " & " in m.group("who") else "was"
    return f"{m.group('who')} {be} {sentence[len(m.group('who')) + 1 :]}"


def _given_be(sentence: str, names: frozenset[str]) -> str:
    """A note's first sentence that is a subject and where or how they were, with no verb, given one ("Sir Percival
    Oduya fast asleep in the armchair, snoring." → "… was fast asleep in the armchair, snoring.")."""
    m = _SUBJECT_PLACE.match(sentence)
    if m is None:
        return _passive_note(sentence, names)
    if m.group("who").lower() in NOT_A_SUBJECT:
        return sentence  # "Together on stage …": nobody to give "was" to
    if not verbless(sentence.split(", ", 1)[0], names):
        return sentence
    return _SUBJECT_PLACE.sub(_be, sentence, count=1)


def telegraphic(text: str, names: frozenset[str] = frozenset()) -> str:
    """A text with each run of verbless fragments after a sentence made one sentence with it (see the module).
    `names`: folded words of the people's names (a name in a fragment keeps its capital, and so does a title
    before one: "Dame Varga")."""
    said = _location_notes([_given_be(s, names) if k == 0 else s for k, s in enumerate(sentences(text))], names)
    if len(said) < 2:
        return " ".join(said)
    said = _scene_set(said)
    out: list[str] = []
    run: list[tuple[str, str]] = []
    empties = False

    def close() -> None:
        nonlocal run, empties
        if len(run) > 1:
            out[-1] = _joined(out[-1], run)
        elif run:  # one fragment ("same size."): left to the desk's pass (`polish`), as any short aside
            out.append(run[0][1][:1].upper() + run[0][1][1:] + ".")
        run, empties = [], False

    kinds = [_fragment(s, names) if k else None for k, s in enumerate(said)]
    for k, sentence in enumerate(said):
        kind = kinds[k]
        if kind is not None and out and not _beat(kinds, k):
            if kind == "empty":
                empties = True
                continue
            bare = sentence.rstrip(".!?;:, ")
            head = bare.split()
            keep = fold(head[0]) in names or (head[0].isupper() and len(head[0]) > 1) or _titled(head, names)
            run.append((kind, bare if keep else bare[:1].lower() + bare[1:]))
            continue
        close()
        out.append(sentence)
    close()
    return " ".join(out)


def _titled(words: list[str], names: frozenset[str]) -> bool:
    """Whether a fragment opens on a capitalised word before a name ("Dame Varga", "Uncle Horace"): a title, part
    of the name, which keeps its capital when the fragment is joined ("…, Dame Varga, two ushers.")."""
    return len(words) > 1 and words[0][:1].isupper() and fold(words[1].strip(".,;:!?'’")) in names


_SCENE = re.compile(r"^(?P<place>(?:[A-Z][\w'’-]*|[a-z][\w'’-]*)(?: [\w'’-]+){0,2}), (?P<how>[a-z]+)\.$")
_SCENE_ADJECTIVES = wordset(
    "quiet empty packed dark crowded silent busy freezing cold hot loud rammed heaving deserted calm noisy dim"
)
_SCENE_PLACES = wordset(
    "stairwell stairs corridor hallway room lounge bar lobby foyer dock bay wings kitchen terrace roof balcony "
    "tunnel cupboard toilets bathroom street car park alley garden courtyard green press backstage"
)


_ENGLISH_PLACE_HEADS = wordset("back front side main loading dressing green press")


_LOCATION_NOTE = re.compile(r"^(?P<place>[A-Za-z][\w'’-]*(?: [a-z][\w'’-]*){0,2}), (?P<how>[^,.!?;:“”\"]{1,40})[.!]?$")


def _location_notes(said: list[str], names: frozenset[str]) -> list[str]:
    """A note's location label written as a sentence ("Loading bay, very quiet.", "Cloakroom queue, nobody else
    around.") is no sentence a reader can follow: the place of the sentence after it when one follows ("At the
    cloakroom queue, Bram Kessler …"), else left out; a text that is nothing else is left as it is."""
    if len(said) < 2:
        return said
    out: list[str] = []
    k = 0
    while k < len(said):
        m = _LOCATION_NOTE.match(said[k])
        if m is None or fold(m.group("place").split()[-1]) not in PLACE_WORDS or not verbless(said[k], names):
            out.append(said[k])
        elif m.group("how") in _SCENE_ADJECTIVES and k == 0:
            out.append(said[k])  # "Stairwell C, quiet.": the scene of the next sentence (`_scene_set`)
        elif k + 1 < len(said) and said[k + 1][:1].isupper() and "“" not in said[k + 1]:
            place = place_phrase(m.group("place"))
            nxt = said[k + 1]
            first = nxt.split(" ", 1)[0]
            common = first in ("The", "A", "An", "His", "Her", "Their", "Its", "Someone", "Everyone", "Nobody")
            out.append(f"{place[:1].upper()}{place[1:]}, {nxt[:1].lower() + nxt[1:] if common else nxt}")
            k += 1
        k += 1
    return out


def _scene_set(said: list[str]) -> list[str]:
    """A text opening on a scene in a note ("Stairwell C, quiet. Harlan Yost caught …") told as the place of the
    sentence after it: "In a quiet Stairwell C, Harlan Yost caught …"."""
    m = _SCENE.match(said[0])
    if m is None or m.group("how") not in _SCENE_ADJECTIVES or len(said) < 2:
        return said
    place = m.group("place")
    if _SCENE_PLACES.isdisjoint(fold(place).split()) or "“" in said[1] or not said[1][:1].isupper():
        return said
    first = said[1].split(" ", 1)[0]
    named = first[1:].islower() and first not in ("The", "A", "An", "His", "Her", "Their", "Its")
    place = place[4:] if place.lower().startswith("the ") else place
    words = place.split()
    if all(w[:1].islower() for w in words[1:]) and fold(words[0]) in _SCENE_PLACES | _ENGLISH_PLACE_HEADS:
        place = place[:1].lower() + place[1:]  # "Press room": capitalised only because it opened the note
    how = m.group("how")
    opening = f"In {'an' if how[0] in 'aeiou' else 'a'} {how} {place}, "
    return [opening + (said[1] if named else said[1][:1].lower() + said[1][1:]), *said[2:]]


def _beat(kinds: list[str | None], k: int) -> bool:
    """Whether fragment `k` belongs to a run the reporter wrote as a beat ("zipped. Well. Sewn."): not joined
    (the body prints none of its fragments: `prose`)."""
    start = k
    while start > 0 and kinds[start - 1] is not None:
        start -= 1
    end = k
    while end + 1 < len(kinds) and kinds[end + 1] is not None:
        end += 1
    return "aside" in kinds[start : end + 1]
