"""The digest's small word lists: words that say nothing about which moment a report tells, number words, the
words for people (relatives, roles, epithets, crowds), and a rough stemmer. Shared by clustering (`night`), headline
writing (`headlines`) and the body's copy: each list is written here once and imported where a rule reads it (the
verbs' own lists, auxiliaries included, are `verbs`')."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from bot.text import NUMBER_VALUES

from .textutil import ARTICLES_ANY as _ARTICLES_ANY
from .textutil import wordset
from .verbs import IRREGULAR

# words that say nothing about which moment a report is about (function words, and the venue itself)
STOPWORDS = wordset(
    """
    a an the and or but of to in on at by for from with without into onto over under about after before during
    while as than then so if is are was were be been being am has have had do does did not no nor he she it they
    we i you him her them us me his hers its their our my your this that these those there here who whom whose
    which what when where why how all any both each few more most other some such only own same too very just
    still also even again once up down out off away back now tonight night evening show stage backstage room
    corridor lounge carpet red vip side press dressing rooms wings hall area spotted seen saw watched
    overheard apparently really quite like yet though although because since until unless upon whether
    one's s t re ve ll d m
"""
)
# words every part of a night uses: a moment that shares one of them with another is not therefore about the
# same thing (`stories`: what a beat refers back to; `scenes`: what a scene and its answer share)
EVERYWHERE = wordset(
    "night show stage house floor press break interval room lounge corridor wings crowd audience camera "
    "cameras category award trophy winner speech party carpet table seat seats stairs street minute minutes"
)
# a person's body parts ("face", "arm"): a note's posture ("Face in hands at the mic", `copyedit`), and words any
# report of a person may use: two reports sharing only one say nothing of being one moment (`moments`: "his arm in a
# sling" is no report of the arm-wrestle in the same lobby)
BODY_PARTS = wordset("face head hands hand eyes arms arm mouth fists fist knees feet hair shoulders")
# the words that join a beat to the one before it in a body (writing.py writes them; the desk's passes and
# the pronoun rule read past them)
CONNECTIVES = (
    "Later that night",
    "Earlier in the night",
    "Later",
    "Earlier",
    "Then",
    "After that",
    "Hours later",
    "Minutes later",
    "Minutes earlier",
    "Not long after",
    "An hour later",
)
CONNECTIVE_HEAD = "(?:" + "|".join(CONNECTIVES) + ")"

# relatives, by the pronoun that stands for them ("his grandmother": "her"; `pronouns.kin_for`, `relatives`), and
# every relation (`KIN`: "his father" is the subject's own, `titling`, `headlines`)
KIN_SHE = wordset(
    "mother mum mom mam mama grandmother grandma granny gran nan nana wife sister daughter aunt auntie niece "
    "girlfriend fiancee fiancée bride widow"
)
KIN_HE = wordset(
    "father dad daddy papa grandfather grandpa granddad grandad husband brother son uncle nephew boyfriend fiance "
    "fiancé groom widower"
)
# whose a subject pronoun's thing is ("she" → "her"): "When her name was read", "but her left heel had snapped"
OWNER_OF = {"she": "her", "he": "his", "they": "their"}
KIN = KIN_SHE | KIN_HE | wordset("cousin partner parents kids children family")

# words of respect said with a name ("Aunty Bisi", "Vasanth sir", "Si Nejib", "Kamala akka", "nea Bebe"): an alias
# with one is a form of address, never a handle (`handle_names`); the gendered ones say the pronoun of the person they
# stand beside (`pronouns`); most stand before the name, a few after it, some either side
RESPECT_SHE = wordset("aunty auntie madam mrs ms didi akka tanti doamna lalla hajja abla hanim")
RESPECT_HE = wordset("uncle mr bhai appa domnul sidi bey efendi sir")
RESPECT_AFTER = wordset("sir ji garu saab sahib didi akka anna amma bhai bey efendi")
RESPECT_ONLY_AFTER = wordset("sir ji garu saab sahib")
RESPECT = (
    RESPECT_SHE | RESPECT_HE | RESPECT_AFTER | wordset("anna amma nea maestrul maestro dr miss mister si hajj sama")
)

# people a report names by their role ("Delphine's understudy", "the stage manager"): `roles`, `copyedit`
ROLE_NOUNS = (
    "stage manager|floor manager|manager|dresser|understudy|assistant|agent|publicist|stylist|chaperone|driver|"
    "director|producer|choreographer|conductor|designer|host|presenter|bodyguard|minder|coach|teacher|"
    "mother|mum|mom|father|dad|grandmother|grandma|grandfather|grandpa|wife|husband|girlfriend|boyfriend|"
    "fiancée|fiancee|fiancé|partner|sister|brother|daughter|son|co-star|costar|head of wardrobe|keeper"
)
ROLE_WORDS = frozenset(w for w in ROLE_NOUNS.split("|") if " " not in w)  # the roles of one word ("host", "dresser")
# what a reporter's crowd calls an old person, in the languages of the nights ("the madala", "the gogo", "the nonna",
# "the granny"): a reader may not know the word, and the roster knows the name (`copyedit`: before the name;
# `headlines`: the name)
ELDER_WORDS = (
    "madala|mdala|mkhulu|gogo|toppie|ballie|oupa|ouma|oom|tannie|abuela|abuelo|nonna|nonno|mamie|papi|babushka|oma|"
    "opa|yiayia|papou|lolo|lola|dada|nana ji|dadi|bapu|granny|grandma|grandpa|grandad|gran"
)
# ... and a mate (`copyedit`: before the name it stands for)
MATE_WORDS = "boet|oke|bra|bru|madoda|oga|tito|tita"
# what a report calls a person it has just named ("handed the young actor his own award": `options`)
EPITHETS = wordset("actor actress singer winner star nominee newcomer comedian rapper host presenter lad man woman kid")
# people a sentence may name by what they are, one or many ("The crew stopped working", "… Tells the Crew"): the
# roles, the epithets, and the night's crowds and staff (`headline_check`, `copyedit`)
PEOPLE = (
    frozenset(ROLE_NOUNS.split("|"))
    | EPITHETS
    | wordset(
        """
        crew security staff band audience crowd room cast orchestra choir team guests guest fans fan people usher
        bartender barman barmaid waiter waitress guard bouncer porter doorman photographer reporter journalist
        runner stagehand chef judge judges organiser organizer drummer men women boy girl kids children child
        family neighbour stranger
        """
    )
)

# words that describe a noun and never end a subject or a noun phrase ("White lining, …", "… of Their Old")
ADJECTIVES = wordset(
    "white black red blue green gold golden silver pink purple grey gray yellow orange brown beige cream ivory "
    "navy teal scarlet crimson big small tiny huge little old new young long short tall full empty same other "
    "last next sheer bright dark pale loose tight wet dry"
)

# the languages a quote is said in, as a report names them ("in Portuguese": `notespeak`)
LANGUAGE_NAMES = (
    "English|French|Spanish|Portuguese|Italian|German|Dutch|Polish|Turkish|Arabic|Hebrew|Greek|Russian|Ukrainian|"
    "Swedish|Norwegian|Danish|Finnish|Icelandic|Welsh|Irish|Gaelic|Afrikaans|isiZulu|Zulu|Xhosa|Swahili|Yoruba|Igbo|"
    "Hausa|Amharic|Hindi|Urdu|Punjabi|Bengali|Tamil|Tagalog|Filipino|Vietnamese|Thai|Indonesian|Malay|Japanese|"
    "Korean|Mandarin|Cantonese|Chinese|Catalan|Basque|Romanian|Hungarian|Czech|Serbian|Croatian|Creole|Patois"
)

# what a room did, as a note types it after a clause ("…, big laugh.", "…, huge cheer."): the reaction, a fact
REACTION_NOUNS = wordset("laugh laughs cheer cheers applause gasp gasps silence tears roar ovation screams whoops boos")


def adjective(word: str) -> bool:
    """Whether a word (as typed) is an adjective: one of `ADJECTIVES` or a long one in -ful, -ous, -ive, -less, -ish."""
    w = word.lower().rstrip(",.;:!?")
    return w in ADJECTIVES or (len(w) > 5 and w.endswith(("ful", "ous", "ive", "less", "ish")))


# the words before a noun that make it a thing (a determiner: "the", "his", "this"), as a pattern's alternatives
DETERMINER_PATTERN = "a|an|the|his|her|their|its|my|your|our|this|that"
_NOT_COUNTS = frozenset({"one", "zeroth", "once", "thrice", "dozen"})  # (`NUMBER_WORDS`)

# words that open a note capitalised but never name its subject ("Together on stage for the first time …": never
# "Together was on stage")
NOT_A_SUBJECT = wordset("together afterwards after later earlier again finally tonight meanwhile still")

# units of time ("thirty seconds", "ten minutes"): how long, never what a moment is about
TIME_UNITS = wordset("second seconds minute minutes hour hours")
# a count of up to twelve as a word, and its value as digits ("second": "2"), read from `bot.text.NUMBER_VALUES` (the
# one list of number words): not "one", as often a pronoun ("one of the dancers") as a count
NUMBER_WORDS = {
    word: str(n) for word, n in NUMBER_VALUES.items() if n <= 12 and " " not in word and word not in _NOT_COUNTS
}
# an ordinal's word by its digits ("4" → "fourth")
ORDINAL_WORDS = {n: w for w, n in NUMBER_WORDS.items() if w.endswith(("st", "nd", "rd", "th"))}
# the words no one is: a negation ("Neither sat down for an hour"), never a person's name nor a headline's subject
NOBODY = wordset("neither nobody none noone")


_IRREGULAR_STEMS = frozenset(IRREGULAR.values())


def unsure_stem(stemmed: str) -> bool:
    """Whether a word with this `stem` may not start with it: an "-ied" word ("tried": "try") or an irregular one
    ("wore": "wear"). Every other stem is the start of its word ("danc" of "dancing"), so a text without it
    as a substring has no word with that stem (keep this in step with `stem`)."""
    return stemmed.endswith("y") or stemmed in _IRREGULAR_STEMS


@lru_cache(maxsize=16384)
def stem(word: str) -> str:
    if word in IRREGULAR:
        return IRREGULAR[word]
    if word in _CLIPPED:
        return _CLIPPED[word]
    if len(word) > 5 and word.endswith("ing"):
        return _undoubled(word[:-3])
    if len(word) > 4 and word.endswith("ed"):
        return _undoubled(word[:-2]) if not word.endswith("ied") else word[:-3] + "y"
    if len(word) > 4 and word.endswith(("xes", "ches", "shes", "sses", "zzes")):
        return word[:-2]  # "boxes", "benches", "dresses": the plural of a word ending in a hiss
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


# a word and its clipped form, as the clipped one (inside the whole word: `unsure_stem`): two reports of one moment
# say "mic stand" and "microphone stand"
_CLIPPED = {"microphone": "mic", "microphones": "mic", "mics": "mic"}
_DOUBLED_KEPT = frozenset("lsfz")  # "called", "passed", "stuffed", "buzzed": the word's own double


def _undoubled(root: str) -> str:
    """A stem whose last consonant was doubled before "-ed"/"-ing" ("hugg" of "hugged", "clapp" of "clapping"), as
    the word is written ("hug", "clap"), so "hugged" and "a hug" are one word."""
    if len(root) >= 4 and root[-1] == root[-2] and root[-1] not in _DOUBLED_KEPT and root[-1] not in "aeiou":
        return root[:-1]
    return root


# the stems of words every part of a night uses and of words any report uses: sharing one says nothing of what
# two reports are about (`scenes.things`, `stories`, `moments`)
EVERYDAY = frozenset(
    stem(w)
    for w in EVERYWHERE
    | wordset(
        "awards hour hours people everyone everybody someone nobody anybody anyone nothing something everything "
        "guest guests time just still right back front side "
        "best actor actress supporting leading album song record film series nominee nominees nominated present "
        "presenting presented presenter host win wins won winning lose lost loses category categories "
        "look looks looking went going come came make made take took said says saying told tell tonight moment "
        "first last next other thing things whole good great really little big long loud "
        # (a moment's frame, never its subject: "Album of the Year", "74-year-old", "shook hands", "walked off")
        "year years old hand hands walk walks walked walking"
    )
)
# the stems of a person's body parts: a thing of a promise ("shave her head"), else a word any report of a person may
# use (`moments`, `stories`: "his arm in a sling" is no start of the arm-wrestle)
BODILY = frozenset(stem(w) for w in BODY_PARTS)

# a note's verb of being seen somewhere, and what follows it when it tells where they were found ("Rain Llewellyn
# caught in the green room": she was caught there; `telegraphic._passive_note`, `presenting.presented`)
NOTED = frozenset({"overheard", "spotted", "seen", "heard", "caught", "snapped", "sighted"})
_FOUND_THERE = frozenset({"spotted", "seen", "caught", "sighted"})  # (never "snapped in two": a break, not a photo)
_NOTED_WHERE = frozenset({"in", "at", "on", "behind", "outside", "inside", "near", "red-handed", "leaving", "sneaking"})

# the prepositions before a name's "'s" that make it a place named for its owner ("at Dot's in one shoe", "At Nia's on
# Mostyn Street": `chat`, never "Dot is in"; `naming`, the sign as written, never "Nia Roberts's")
OWNER_PLACE_BEFORE = "at|to|in|by|from|into|near|onto|outside|inside"


# what was lost and is back, told in the live blog's perfect passive ("has been found"): the news, in the present
# ("Is Found"; `headline_words.simple_present`, `presenting.presented`)
TURNED_UP = wordset("found spotted located rescued recovered returned caught")


def found_there(verb: str, after: Sequence[str]) -> bool:
    """Whether a note's verb and the words after it say where someone was found ("caught in the green room",
    "spotted outside"): what was done to them, never their own act."""
    return verb.lower() in _FOUND_THERE and bool(after) and after[0].lower() in _NOTED_WHERE


# a reporter's running thread, "update on the cake:", "more on the dress:": it names what an earlier post gave (the
# thing, group 1), not what happened (`threads._references`, `beats._retold`)
# an update on a thing, what was done to it told with no subject after it ("Update on the bucket: sold for RM3,200 to
# Kamal Ariffin"): the thing is the subject (round 50's Kuala Lumpur printed no sale at all)
_UPDATED_THING = re.compile(
    r"^(?:update|updates|more|latest|news)\s+on\s+(?:the|that|this)\s(?P<thing>[a-z][a-z -]{1,30}?):\s+"
    r"(?=(?P<verb>[a-z]+)\b)",
    re.IGNORECASE,
)
_DONE_TO_THING = wordset("sold found returned fixed taped mended delivered bought auctioned smashed broken stolen")


def thing_updated(text: str) -> str:
    """`text` with an update's slug on a thing made its subject when its news opens on what was done to it ("Update
    on the bucket: sold for RM3,200 …" → "The bucket sold for RM3,200 …"); as it is otherwise (the slug is the desk's,
    taken out with the others)."""
    if text[:1] not in "UuMmLlNn":
        return text
    return _UPDATED_THING.sub(
        lambda m: f"The {m.group('thing')} " if m.group("verb").lower() in _DONE_TO_THING else m.group(0), text, count=1
    )


UPDATE_ON = re.compile(
    r"\b(?:update|updates|more|news) on (?:the|that|this) ([^\W\d_][\w' -]{0,30}?)(?::|\.|,|$)", re.IGNORECASE
)

# the articles of the languages a night's names come in ("the Risers", "la ministre", "Die Zwetschken", "Los Lobos"):
# `textutil.ARTICLES_ANY`, where the names are read (`textutil` is below this module)
ARTICLES_ANY = _ARTICLES_ANY

# what the night had not seen for years: "… together for the first time since 2011" (a headline's news, `options`,
# `headline_score`)
# a payoff's opening that says the promise was kept without naming it ("He did it.", "Horace did it!", "She actually
# did it!", "He did it (sort of).", round 45's Montevideo): the act told next is the news
DID_IT = re.compile(
    r"^(?:He|She|They|[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?) (?:did|has done|actually did) it(?: \([a-z ]{2,20}\))?[.!]+$"
)
FIRST_TIME = re.compile(r"\bfor the first time (?:in|since)\b|\bfirst time in (?:\w+ )?(?:years|decades)\b", re.I)
# … and the whole of its span of years, never cut short: "for the first time since 2011", "… in twenty years" (never
# since half past eight nor since the band split: an hour's wait, a clause of its own)
YEARS_APART = re.compile(
    r"\bfor the first time (?:since (?:19|20)\d\d|in (?:[\w-]+ )?(?:years|decades))\b", re.IGNORECASE
)
# what someone is asked to do by another (base forms): "asked Máret Ánne Hætta to repeat …" (`options`,
# `headline_score`)
REQUESTS = frozenset({"ask", "beg", "invite", "urge", "challenge", "dare"})
# where a promise was made, said before "promise" or "word" ("kept his carpet promise", "her red-carpet word")
PROMISED_WHERE = r"(?:(?:red-)?carpet |stage |radio |on-air )?"
# a posture, nothing done (base forms): "Stands by the Piano While …", "Asks Him to Stay Beside Her"
POSTURES = frozenset(
    {"stand", "sit", "wait", "lie", "kneel", "lean", "watch", "look", "listen", "stay", "linger", "hover"}
)


# a thing lost or left behind ("left the amber key on the taxi's back seat", "without the trophy"): the setup of the
# moment that finds it or brings it back (`threads.began_with_theirs`), never told already by it (`after_passes`)
LEFT_BEHIND = re.compile(
    r"\b(?:left (?:the|his|her|their|it)|lost (?:the|his|her|their|an?|one of)|dropped (?:an?|his|her|their|one of)|"
    r"forgot|mislaid|without the|missing)\b"
)
