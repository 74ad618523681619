"""English verbs for headlines: is this word a verb after a subject, and what is its present tense.

Deterministic spelling rules plus small closed lists (irregular verbs, words that look like verbs but
are not). When a form cannot be converted with confidence it is kept as the reporter wrote it: a past
tense headline is better than a misspelt present one.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .textutil import pairs, wordset

# irregular past tense (and past participle) -> base form
IRREGULAR = pairs(
    """
    ate:eat eaten:eat became:become began:begin begun:begin bent:bend bit:bite bitten:bite blew:blow blown:blow
    broke:break broken:break brought:bring built:build bought:buy caught:catch chose:choose chosen:choose
    came:come dealt:deal did:do done:do drew:draw drawn:draw drank:drink drunk:drink drove:drive driven:drive
    dug:dig fed:feed fell:fall fallen:fall felt:feel fought:fight found:find fled:flee flew:fly flown:fly
    forgot:forget forgotten:forget froze:freeze frozen:freeze gave:give given:give went:go gone:go got:get
    gotten:get grew:grow grown:grow hung:hang heard:hear hid:hide hidden:hide held:hold kept:keep knelt:kneel
    knew:know known:know laid:lay led:lead leapt:leap left:leave lent:lend lit:light lost:lose made:make
    meant:mean met:meet paid:pay ran:run rang:ring rode:ride ridden:ride rose:rise risen:rise said:say sang:sing
    sung:sing sank:sink sat:sit saw:see seen:see sold:sell sent:send shook:shake shaken:shake shone:shine
    shot:shoot showed:show shown:show slept:sleep slid:slide spoke:speak spoken:speak spent:spend spun:spin
    stood:stand stole:steal stolen:steal stuck:stick stung:sting strode:stride struck:strike swept:sweep
    swore:swear sworn:swear swam:swim swung:swing took:take taken:take taught:teach tore:tear torn:tear
    told:tell thought:think threw:throw thrown:throw understood:understand woke:wake woken:wake wore:wear
    worn:wear won:win wrote:write written:write wept:weep slung:sling snuck:sneak sped:speed spilt:spill
    bled:bleed read:read split:split burst:burst quit:quit let:let put:put hit:hit cut:cut set:set shut:shut cast:cast
    cost:cost wove:weave woven:weave crept:creep spat:spit flung:fling sought:seek sprang:spring sprung:spring
    strung:string wrung:wring forgave:forgive forgiven:forgive overslept:oversleep rewrote:rewrite
    rewritten:rewrite clung:cling mistook:mistake withdrew:withdraw undid:undo shrank:shrink
    shrunk:shrink stank:stink slunk:slink strove:strive trod:tread trodden:tread overtook:overtake
    overtaken:overtake overcame:overcome outran:outrun outdid:outdo upheld:uphold
    foresaw:foresee beheld:behold rebuilt:rebuild retold:retell resold:resell mislaid:mislay
    misled:mislead shed:shed
"""
)
IRREGULAR_BASES = frozenset(IRREGULAR.values())  # "sing", "lose": verbs whose past is not base + ed
# present tense that is not base + s
_THIRD = {"be": "is", "have": "has", "do": "does", "go": "goes"}
_AUX_PRESENT = {"was": "is", "were": "are", "is": "is", "are": "are", "am": "am"}
_HAVE = {"has", "have", "had"}
# modals and negated auxiliaries, as typed (straight apostrophe) -> present tense for a singular subject
_MODALS = pairs(
    """
    won't:won't wouldn't:won't will:will would:will can't:can't couldn't:can't can:can could:can must:must
    might:might should:should didn't:doesn't doesn't:doesn't don't:don't isn't:isn't wasn't:isn't aren't:aren't
    weren't:aren't hasn't:hasn't hadn't:hasn't
"""
)
_PLURAL_MODALS = {"doesn't": "don't", "isn't": "aren't", "hasn't": "haven't"}
# the auxiliaries of the past (`headline_check`, `splices`), and every auxiliary a verb phrase may open on (`prose`;
# `copyedit`: a question's first word)
PAST_AUXILIARIES = wordset("was were had did could would couldn't wouldn't didn't wasn't weren't hadn't")
AUXILIARIES = PAST_AUXILIARIES | wordset(
    "should might must can will is are has have do does am shouldn't can't won't isn't aren't hasn't haven't doesn't "
    "don't"
)
# the short verbs a clause without a past or irregular verb may still have (`copyedit`, `gates`)
VERB_SHAPED = wordset("is are was were am be been has have had do does did will would can could")
# irregular forms that are also everyday nouns or adjectives: verbs only right after a name or pronoun
AMBIGUOUS = wordset(
    """
    set cut hit put let cast cost split burst quit shot left lit spun bent saw rose found felt shed strung sprung spat
"""
)
# words ending like verbs that are not (or not after a name)
NOT_VERBS = wordset(
    """
    red bed shed bred wed seed need speed feed weed breed tweed embed sled hundred naked sacred wicked beloved
    kindred rugged ragged jagged wing king thing string spring sibling wedding pudding ceiling evening morning
    building clothing darling duckling earring earrings ending feeling lightning meaning nothing something
    anything everything offering painting rating setting viewing opening during minute minutes
"""
)
# "-ing" words that are never a verb's (a preposition, a noun): "was during the speech" is no "dures"
_NEVER_VERBS_ING = wordset(
    "during notwithstanding evening morning ceiling sibling duckling darling earring nothing something anything "
    "everything pudding lightning"
)
_VOWELS = set("aeiouy")
_KEEP_DOUBLE = set("lsfz")  # "called", "passed", "stuffed", "buzzed": the double letter is the verb's own
_NO_E_ENDINGS = ("er", "en", "on", "el", "om", "op", "et", "it", "ol", "ow", "ey", "an", "ip")
_E_EXCEPTIONS = {
    "creat",
    "invit",
    "unit",
    "reunit",
    "incit",
    "excit",
    "ignit",
    "recit",
    "writ",
    "quot",
    "amus",
    "phon",
    "ton",
    "zon",
}
_E_EXCEPTIONS |= {"refus", "confus", "accus", "excus", "abus", "infus", "diffus"}  # ("refused": refuse, break 71)
_E_EXCEPTIONS |= {"welcom", "tast", "past", "wast", "bast", "hast", "chast", "breath", "loath", "seeth", "sooth"}
_E_EXCEPTIONS |= {"teeth", "writh", "plung", "lung", "expung", "cring", "bing", "hing", "twing", "infring"}
# ("welcomed", "tasted", "breathed", "lunged", "cringed": the verb's own e; never "sing": "singing")
_AS_WRITTEN = {"murmur", "signal", "total", "equal", "rival", "pedal", "label", "model"}  # US "-ed": no e, no l
# verbs of more than one syllable whose own last letters are "ll" ("installed"): any other such stem doubled its l
# ("cancelled", "travelled", "labelled" in British spelling; "controlled", "patrolled" in both)
_LL_BASES = wordset(
    """
    install recall befall enthrall appall forestall stonewall unroll enroll fulfill instill distill misspell retell
    foretell resell outsell refill overfill snowball eyeball
    """
)
_IC_STEMS = wordset("panick mimick traffick frolick picnick")  # "-ic" verbs take a k before -ed and -ing
_SHORT_IE = {"t": "tie", "d": "die", "l": "lie", "v": "vie"}
_IRREGULAR_ING = {"being": "be", "dying": "die", "lying": "lie", "tying": "tie", "doing": "do", "going": "go"}


def _vowel_groups(word: str) -> int:
    groups, previous = 0, False
    for c in word:
        vowel = c in "aeiou"
        if vowel and not previous:
            groups += 1
        previous = vowel
    return groups


def _doubled_l(stem: str) -> bool:
    """Whether a stem ending in "ll" of more than one syllable doubled its verb's last l ("cancell", "travell",
    "controll"; "fuell", "diall": two vowels, two syllables), not a verb whose own last letters are "ll" ("install",
    `_LL_BASES`; "call", "squall", "quell": one syllable)."""
    if len(stem) < 4 or stem[-3] not in _VOWELS or stem in _LL_BASES:
        return False
    return _vowel_groups(stem) > 1 or (stem[-4] in "aeiou" and stem[-5:-3] != "qu" and stem[-4:-2] != "ea")


def _restore_e(stem: str) -> str | None:
    """The base form from a stem that lost '-ed' or '-ing' (None when unsure)."""
    if len(stem) < 2 or not any(c in _VOWELS for c in stem):
        return None
    last, before = stem[-1], stem[-2]
    if stem in _AS_WRITTEN or (len(stem) == 3 and stem[0] in _VOWELS and last == before):
        return stem  # "signaled" -> "signal"; "added" -> "add", "erred" -> "err"
    if stem in _E_EXCEPTIONS or stem.endswith(("rg", "dg", "chang", "rang", "eng", "oung")):
        return stem + "e"  # "charg", "urg", "dodg", "judg", "chang", "arrang", "challeng", "loung": the e is the verb's
    if stem in _IC_STEMS:
        return stem[:-1]  # "panick" -> "panic"
    if last == before == "l" and _doubled_l(stem):
        return stem[:-1]  # one l: British spelling doubles it ("cancelled"), and a stressed syllable ("controlled")
    if last == before and last not in _VOWELS:
        return stem if last in _KEEP_DOUBLE else stem[:-1]  # "stopp" -> "stop", "call" -> "call"
    if last in "vuz" or last == "c":
        return stem + "e"  # "wav", "argu", "gaz", "danc"
    if last == "l" and before in "bcdfgkptz":
        return stem + "e"  # "stapl", "juggl", "tickl"
    if last == "s":
        return stem if stem.endswith("us") and _vowel_groups(stem) > 1 else stem + "e"  # "rehears", "focus"
    if last in _VOWELS or last in "wxy":
        return stem
    if before in _VOWELS and (len(stem) < 3 or stem[-3] not in _VOWELS):
        # a single vowel before a single consonant: one syllable takes an e ("smil", "jok"); longer words
        # do unless their last syllable is unstressed ("open", "visit", "listen", "enter")
        if _vowel_groups(stem) > 1 and stem.endswith(_NO_E_ENDINGS):
            return stem
        return stem + "e"
    return stem  # consonant clusters and double vowels: "ask", "hand", "wait", "cheer"


_PREFIXES = ("out", "over", "under", "mis", "with", "re")


def prefixed_past(word: str) -> str | None:
    """The base of an irregular past with a prefix the tables do not list ("outdrank" → "outdrink", "rewrote" →
    "rewrite"); None otherwise (never a same-form verb's: "outfit", "upset"; never "un-": "unsung")."""
    for prefix in _PREFIXES:
        rest = word[len(prefix) :]
        if word.startswith(prefix) and len(rest) >= 3 and rest in IRREGULAR and IRREGULAR[rest] != rest:
            return prefix + IRREGULAR[rest]
    return None


def base_form(word: str) -> str | None:
    """The base form of a past tense, past participle or -ing form (lowercase), None when unsure; of a hyphenated
    verb, its last part's ("video-called" → "video-call", never "video-cal")."""
    w = word.lower()
    if "-" in w[1:-1]:
        head, _, last = w.rpartition("-")
        base = base_form(last)
        return f"{head}-{base}" if base else None
    if w in IRREGULAR:
        return IRREGULAR[w]
    prefixed = prefixed_past(w)
    if prefixed is not None:
        return prefixed
    if w in _IRREGULAR_ING:
        return _IRREGULAR_ING[w]
    if w.endswith("ied") and len(w) > 3:
        return _SHORT_IE.get(w[:-3]) or w[:-3] + "y"
    if w.endswith("eed"):
        return w[:-1] if w[:-1] in REGULAR else None  # "agreed" -> "agree"; "need", "freed": too few to tell apart
    if w.endswith("yed") and len(w) == 4:
        return w[:-1]  # "dyed" -> "dye", "eyed" -> "eye" (never "dies")
    if w.endswith("ed") and len(w) > 3:
        return w[:-1] if w[-3] == "e" else _restore_e(w[:-2])
    if w.endswith("ing") and len(w) > 4 and w not in _NEVER_VERBS_ING:
        stem = w[:-3]
        return stem if stem.endswith(("y", "ee", "oe")) else _restore_e(stem)
    return None


def third_person(base: str) -> str:
    """ "stops", "carries", "watches", "has"."""
    if base in _THIRD:
        return _THIRD[base]
    if base.endswith(("oo", "eo")):
        return base + "s"  # "boos", "tattoos", "shampoos", "video"s: never "booes"
    if base.endswith(("s", "sh", "ch", "x", "z", "o")):
        return base + "es"
    if base.endswith("y") and len(base) > 1 and base[-2] not in _VOWELS:
        return base[:-1] + "ies"
    return base + "s"


@lru_cache(maxsize=4096)  # (a clause's words are read again for each clause around them)
def looks_like_verb(word: str, *, after_name: bool) -> bool:
    """Whether `word` (as typed) can be the verb of a clause whose subject ends just before it."""
    w = word.lower().rstrip(",.;:!?").replace("’", "'")
    if w in _MODALS:
        return not word[:1].isupper()
    if after_name and w.count("-") == 1 and word.islower():  # "Sekar arm-wrestled Hartono", "high-fived the crew"
        first, last = w.split("-")
        # (and an irregular past: "re-strung the bass", never left in the past as "Re-Strung")
        past = last.endswith("ed") or IRREGULAR.get(last, last) != last
        return first.isalpha() and last.isalpha() and past and looks_like_verb(last, after_name=True)
    if not w.isalpha() or w in NOT_VERBS or (word[:1].isupper() and not after_name):
        return False
    if w in AMBIGUOUS:
        return after_name
    if w in IRREGULAR or w in _AUX_PRESENT or w in _HAVE or (after_name and prefixed_past(w) is not None):
        return True  # ("Hollis Thorne outdrank the horn section")
    if w.endswith("ed") and len(w) > 3:
        return True
    if not after_name:
        return False
    if w.endswith("ing") and len(w) > 4:
        return base_form(w) is not None
    return w.endswith("s") and not w.endswith(("ss", "us", "is", "'s")) and len(w) > 2 and word.islower()


def is_past_verb(word: str) -> bool:
    """Whether `word` (as typed, punctuation after it allowed) is a simple past: an irregular one or an "-ed" verb."""
    w = word.lower().rstrip(",.;:!?")
    return (w in IRREGULAR or (w.endswith("ed") and len(w) > 3)) and looks_like_verb(w, after_name=True)


# "-ing" words after "was" that tell a state, not an act in progress ("the accordion was missing": "Is Missing",
# never "Misses"; "being")
_STATE_ING = wordset("being missing amazing stunning charming outstanding willing interesting shocking boring")


_STUCK_WHERE = wordset("between in inside on at for behind under halfway again")  # "stuck between floors"


def gets_stuck(participle: str, plural: bool) -> str | None:
    """The present of "has stuck" ("the lift has stuck between floors"): it "gets stuck", never "sticks" (round 46);
    None for any other participle."""
    return ("get stuck" if plural else "gets stuck") if participle.lower() == "stuck" else None


def present(verb: str, plural: bool, following: str | None = None) -> tuple[str, bool]:
    """The present tense of `verb` (as typed) for a singular or plural subject, and whether the next word
    (`following`, when it is a participle after an auxiliary) is folded into it.

    "won" -> "wins"; "was" -> "is"; "is stapling" -> "staples" (True); "has started" -> "starts" (True); "has
    stuck" -> "gets stuck" (True).
    """
    w = verb.lower().replace("’", "'")
    if w in _MODALS:
        present_form = _MODALS[w]
        if present_form == "can" and following and following.lower() == "not":
            return "can't", True  # "could not stop laughing" → "Can't Stop Laughing", never "Can Not"
        return (_PLURAL_MODALS.get(present_form, present_form) if plural else present_form), False
    if w in _AUX_PRESENT:
        if following and following.lower().endswith("ing") and following.lower() not in _STATE_ING:
            base = base_form(following)
            if base:
                return (base if plural else third_person(base)), True
        return ("are" if plural else "is") if w in ("was", "were", "is", "are") else w, False
    if w in _HAVE:
        if following and (stuck := gets_stuck(following, plural)) is not None:
            return stuck, True
        if following and (following.lower().endswith("ed") or following.lower() in IRREGULAR):
            base = base_form(following)
            if base:
                return (base if plural else third_person(base)), True
        return ("have" if plural else "has"), False
    if w.endswith("s") and not w.endswith("ss") and w not in IRREGULAR:
        return w, False  # already present
    if w == "stuck" and (following is None or following.lower() in _STUCK_WHERE):  # (its "has" dropped before)
        return gets_stuck(w, plural) or w, False
    base = base_form(w)
    if base is None:
        return verb, False
    return (base if plural else third_person(base)), False


PAST_OF = {base: past for past, base in reversed(list(IRREGULAR.items()))}  # the first form listed: the past
# regular English verbs a report tells a night with, in their base form: a present tense is put in the past only
# for a verb known here or in IRREGULAR ("stairs" is a noun misspelt for "stares", "wapas" is Hindi: neither is
# "staired" or "wapaed"). Add verbs here (base form, lower case) as nights meet them.
REGULAR = wordset(
    """
    accept act add admire admit adore agree allow announce answer apologise apologize appear applaud approach argue
    arrange arrive ask attack attempt avoid bake ban bang bawl beam beg believe belt blame blink block blush boo
    bounce bow brace breathe brush bump burn call calm cancel carry celebrate change charge chase chat check cheer
    chew clap clasp clean clear climb cling close collapse collect comfort complain confess confirm consider
    continue cook cough count cover crash crawl cry curse dance dare decide decline defend delay deliver deny
    describe destroy die dive dodge doodle drag drift drop dry duck dump earn echo embrace end enjoy enter escape
    exit explain face fail faint fill film finish fix flash flip float follow force freeze frown gasp gather gaze
    giggle glance glare glow grab grin grip groan guess hand handle happen hate head help hiss hop hope hover hug
    hum hurry ignore imitate insist interrupt introduce invite join joke jump kick kiss kneel knock land last
    laugh launch lean lift like limp line list listen live load lock look love manage march marry mention miss
    mix mouth move mumble murmur nod note notice object offer open order pace pack panic pass pat pause perform
    phone pick pin place plan play plead point pose post pour practise practice pray prepare present press
    pretend promise protest pull pump punch push race rain raise reach react realise realize receive recite
    record recover refuse rehearse relax release remain remember remind repeat reply report rescue rest return
    reveal rip roar roll rub rush sail salute save scream search serve share shout shove shrug sigh sign signal
    sip skip slam slap slip slump smash smell smile smoke snap snatch sneeze sniff snore sob sneak spill spot spray
    squeal squeeze stack stage stare start stay step stir stop storm stroll struggle stumble stun suggest sulk
    surprise swap sway switch talk tap taste tease text thank tick tickle tip toast touch tour trade train trap
    travel trip try tug tune turn twirl twist type unpack urge use vanish visit vomit vote wait walk wander want
    warn wash watch wave weave welcome whisper whistle wink wipe wish wobble wonder work worry wrap yell yawn zip
    resign concede forfeit sprint shiver greet plunge wade
    """
)
_SHORT_CVC = re.compile(r"^[^aeiouy]*[aeiou][bdgklmnprt]$")
# verbs of `REGULAR` ending consonant-vowel-consonant whose last syllable is unstressed: "ed" with no double letter
# ("opened", "answered", "visited"); "admit" (admitted), "cancel", "signal", "travel" (British and American spell them
# apart) and "panic" (panicked) are left unguessed
_UNSTRESSED_LAST = wordset(
    """
    answer consider cover deliver enter exit gather happen hover listen murmur offer open order recover remember
    shiver visit vomit wander whisper wonder
    """
)


_SIBILANT_ENDS = ("ss", "sh", "ch", "x", "zz")


def sibilant_past(base: str) -> str | None:
    """The past of a base ending in a sibilant spelled "ss", "sh", "ch", "x" or "zz" ("cross" -> "crossed", "stash" ->
    "stashed"), a verb this module may not know: its spelling is certain (no double letter, no "e" to drop). Only
    for a word already read as a verb (a person's name before it, an object after it); None for any other."""
    w = base.lower()
    return w + "ed" if w.isalpha() and len(w) > 3 and w.endswith(_SIBILANT_ENDS) else None


def past_tense(base: str) -> str | None:
    """The past tense of a base form ("sing" -> "sang", "present" -> "presented", "carry" -> "carried"),
    None when the word is not a verb it knows (`REGULAR`, `IRREGULAR`) or the spelling is not certain (a long word
    ending consonant-vowel-consonant: "visit"?)."""
    w = base.lower()
    if w in PAST_OF:
        return PAST_OF[w]
    if w not in REGULAR:
        return None  # not a verb this module knows: kept as written rather than guessed ("staired", "wapaed")
    if w.endswith("e"):
        return w + "d"
    if w.endswith("y"):
        return w[:-1] + "ied" if len(w) > 1 and w[-2] not in _VOWELS else w + "ed"
    if _SHORT_CVC.match(w):
        return w + w[-1] + "ed"  # "stop" -> "stopped"
    if w in _UNSTRESSED_LAST:
        return w + "ed"  # "open" -> "opened"
    if len(w) > 2 and w[-1] not in _VOWELS and w[-2] in _VOWELS and w[-3] not in _VOWELS and w[-1] not in "wxy":
        return None  # "visit", "open", "offer": stress decides the double letter
    return w + "ed"


def s_form_base(verb: str) -> str:
    """The base of a present with -s ("carries" -> "carry", "watches" -> "watch", "sings" -> "sing"), spelled back
    by the rule `third_person` writes it with."""
    if verb.endswith("ies"):
        return verb[:-3] + "y"
    if verb.endswith(("shes", "ches", "xes", "sses", "zzes", "oes")):
        return verb[:-2]
    return verb[:-1]


def s_form_past(verb: str) -> str | None:
    """ "sings" -> "sang", "carries" -> "carried": a verb of the present with -s, in the past (None when the word is
    no such form or not a verb `past_tense` knows)."""
    if not verb.endswith("s") or verb.endswith("ss"):
        return None
    return past_tense(s_form_base(verb))


_SUBJECT_PRONOUNS = frozenset({"she", "he", "they", "we"})
_FRONTED_WORDS = 8  # the words a fronted phrase may run to before its clause's subject


def fronted_subject(words: list[str]) -> int | None:
    """Where the subject pronoun of the clause after a fronted phrase stands in `words` (the words after its
    first), with a verb in the past after it: "Coming [off stage left] she skipped …" → 3; None when none does
    within the first few words or a sentence ends first (a note with its subject dropped: "Hiding in a laundry
    cart with …")."""
    for k, word in enumerate(words[:_FRONTED_WORDS]):
        if k and word in _SUBJECT_PRONOUNS and k + 1 < len(words) and is_past_verb(words[k + 1].strip(",.;:!?")):
            return k
        if word[-1:] in ".;:!?":
            return None
    return None
