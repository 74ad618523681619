"""The one gate every sentence of a report's copy passes before the body prints it: does it read as prose?

A sentence reads as prose when
- it has a finite verb (outside its quotes: "was", "had", "couldn't", a past tense, "rewrote", "she's", a present after
  its subject: "Kroll says", "they sing", "Moss and Lutz dance") and a subject
  before it: it does not open on its verb ("Paid her in twenties."), nor on a participle with no subject after
  it ("Asked about the tour, said …"; "Running late for the cue.");
- its quotes and brackets balance;
- it opens on a capital, a figure or a quote, not in lower case, not in a bracket, not on a conjunction left
  dangling ("And …", "Which …", "So, …", "Because …" with no clause after it);
- it tells: its own words are no question (the reporter asking the desk or the reader: "Is that allowed?",
  "Who knew she could sing?"; a question inside quotes is someone's words) and are not typed in capitals (half
  of them, three at least: "REYES JUST FELL OFF THE STAGE");
- it does not read as notes: its note-speak (`register.note_speak`: shorthand, a digit for a word, "+" for
  "and", a label before a colon, the small words left out) is below `NOTES` ("1st words since '09", "Flimmer+,
  cancelled her show in Jan", "Stairs (mosaic, B side): Rocha trips on own train, slides last 5 steps, …" are not);
  nor does one of its comma segments, however long the sentence: a piece with no clause of its own carrying
  shorthand (`SEGMENT_NOTES` of `register.shorthand_speak`: "…, finds Lou Marsh, Glimmr+, axed her show in Feb, …"),
  or a lone noun for a clause ("He takes it, silence."; "He left, furious." is prose); nor do the clauses of a comma
  list with no conjunction switch tense between two quotes ("Vance walked in, finds Marsh, hands him her award";
  "She turned, smiled, and took the mic." is prose);
- it is not a note nor chatter: no verb, or none but a relative clause's ("Well.", "Not panicking, (panicking).",
  "Saltgrass cast passing a Sharpie around …", "Nadia to Rima, who had been filming …"), nothing but the
  reporter talking (`gates.chatter_only`);
- it is written in English: fewer than two of its lower-case words are function words of another language only,
  words with a letter English does not use ("lágrima"; not "café") or Romance gerunds ("gritando") ("… clapping en
  el Pasillo B", "… poocha khana khaya ki nahi", "… surprise face perfeita, lágrima e tudo" are mixed; a quote's
  words are someone's, never counted); it does not open on an auxiliary with no subject before it ("Were their
  assistants, who …");
- it carries no leftover of a repair: a connective before a verb with a capital ("Earlier, Asked …"), a "said"
  with no words said after it ("… said next question."), a frame with nothing after its colon ("She said:").

A sentence that is only quoted speech is someone's words: it passes. A sentence that fails is not printed, nor,
for a beat besides an item's lead moment, a report's copy whose first sentence fails (what follows leans on it):
`writing` then tells the moment by its next report, else by its quote with its speaker, else not at all: a moment
only ever typed as notes is told by its quote, or left out, rather than printed as notes or rewritten by guesswork
(a note repaired by rule reads as a note repaired: telling less, cleanly, is the rubric's choice).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .clauses import sentences
from .frames import unquoted_speech
from .gates import chatter_only
from .language import CODE_SWITCHED, ENGLISH, FUNCTION_WORDS, english_line, other_language_words
from .lexicon import CONNECTIVE_HEAD
from .overheard import OVERHEARD
from .quoted import TITLE_QUOTED, Hidden
from .register import note_speak, shorthand_speak
from .textutil import MARKS, STYLED_LOWER, fold, unpossessive, wordset
from .verbs import AMBIGUOUS, AUXILIARIES, IRREGULAR, PAST_OF, looks_like_verb

_QUOTED = re.compile(r"“[^“”]*”|\"[^\"]*\"|«[^«»]*»|„[^„“”]*[“”]")
_WORD = re.compile(rf"[^\W\d_][\w'’{MARKS}-]*")
_CONNECTIVE = re.compile(rf"^{CONNECTIVE_HEAD},\s+")
_AUXILIARIES = AUXILIARIES
_PASTS = frozenset(PAST_OF.values())
_CONTRACTED = re.compile(r"^(?:he|she|it|that|there|who|what|they|we|you|i)['’](?:s|re|ve|d|ll|m)$")
_DETERMINERS = wordset("the a an his her their its my our your this that these those every each no one some")
_SUBJECT_PRONOUNS = wordset("he she it who nobody everyone everybody someone somebody")
_ADVERBS = wordset(
    "still just never always finally also then now again even only later earlier meanwhile suddenly afterwards "
    "eventually instead soon once"
)
_PLURAL_PRONOUNS = wordset("they we you i")
_ING_VERBS = wordset("sing bring ring sting swing cling fling wring spring string")  # presents, not participles
# words that follow a subject without being its verb: a preposition, a conjunction, a determiner, an adverb of place
_NOT_VERBS = wordset(
    """
    and or but nor so yet the a an his her their its my our your this that these those in on at by to of for
    with from into onto over under behind near outside inside backstage onstage offstage upstairs downstairs
    together both all each too also not who which whose whom as than like about after before around through
    while when where there here again
    """
)
# a sentence scoring this much note-speak (`register.note_speak`) reads as notes: "1st words since '09" (0.43),
# "Flimmer+, cancelled her show in Jan" (0.33), "Stairs (mosaic, B side): Rocha trips on own train, slides last 5
# steps, lands on feet, bows, crew applauds." (0.16); in the scenarios no printed sentence of prose scores as much
# (the highest: "Birch went back out 4 seconds before the red light.", 0.1)
NOTES = 0.15
# a comma segment with no clause of its own (no subject before a finite verb) scoring this much note-speak reads as
# notes however long its sentence ("…, Glimmr+, …": 0.25; "…, axed her show in Feb, …": 0.2); a clause is scored
# with its sentence ("Sky's phone died at 21:04, the exact moment …")
SEGMENT_NOTES = 0.2
_SEGMENTS = re.compile(r",|(?<!\d):(?!\d)")  # (a label's colon ends a segment, a clock's does not)
_NOUN_ENDINGS = ("ence", "ance", "tion", "sion", "ness", "ment", "ity")  # "silence", "commotion"; not "furious"
_OBJECTS = wordset("him her them it me us you his their its my our your the a an this that she he they")
_LIST_JOINS = wordset("and or but nor then so yet while as when")
_MIXED = 2  # words of another language only (`language.other_language_words`) that make a sentence mixed
_DANGLING = wordset("and or nor which plus cos whereas")
_SPEECH = wordset("said says")
# what a "said" may have after it that is not a clause: a word said ("said yes", "the whole room said hi"), an
# object, a place, a time
_SAID_WHAT = wordset(
    """
    that a an the his her their its this it nothing something yes no so goodbye hello hi hiya hey bye sorry thanks
    thank cheers little
    much more what how why when where who whether if she he they i we you to in at on after before later again
    afterwards quietly simply only just as flatly of about with into from over through for by under ,
    """
)


_TITLE = re.compile(TITLE_QUOTED)


def _outside_quotes(sentence: str) -> str:
    return _QUOTED.sub(" “” ", sentence)


def _balanced(sentence: str) -> bool:
    return (
        (sentence.count("“") == sentence.count("”") or "„" in sentence)
        and sentence.count('"') % 2 == 0
        and sentence.count("«") == sentence.count("»")
        and sentence.count("(") == sentence.count(")")
        and sentence.count("[") == sentence.count("]")
    )


def _finite(words: list[str], k: int, names: frozenset[str]) -> bool:
    """Whether word `k` is a finite verb where it stands."""
    w = words[k].lower().replace("’", "'").rsplit("-", 1)[-1]  # "stage-dived", "crowd-surfs"
    before = words[k - 1].lower() if k else ""
    after = words[k + 1].lower() if k + 1 < len(words) else ""
    if fold(w) in names and words[k][:1].isupper():
        return False  # "Will", "Rose": a name
    if w in _AUXILIARIES or _CONTRACTED.match(w):
        return True
    w = _unprefixed(w)  # "rewrote", "overslept", "mistook": the irregular past after its prefix
    if w in _PASTS and w in IRREGULAR:
        if w in AMBIGUOUS and (before in _DETERMINERS or after.endswith("ing")):
            return False  # "the cut", "Saltgrass cast passing a Sharpie"
        return before not in _DETERMINERS
    if w.endswith("ed") and looks_like_verb(w, after_name=True):
        return before not in _DETERMINERS  # "a signed setlist"
    if not w.isalpha() or not words[k].islower() or w in _NOT_VERBS or k == 0:
        return False
    if w.endswith("ing") and w not in _ING_VERBS:
        return False  # "Immy and Marchetti handing out slices": a participle, never a present
    j = k - 1
    while j > 0 and (words[j].endswith("ly") or words[j] in _ADVERBS):
        j -= 1  # "Solberg quietly leaves"
    subject = words[j]
    if subject.endswith(("'s", "’s", "s'", "s’")) or subject.lower() in _DETERMINERS:
        return False  # "Quist's dancers", "The twins": a noun
    if w.endswith("s") and looks_like_verb(w, after_name=True):
        named = subject[:1].isupper() and (j > 0 or fold(subject) in names)  # (not "Ninety seconds")
        return subject.lower() in _SUBJECT_PRONOUNS or named  # "she laughs", "Kroll says"
    # the present of a plural subject: "they sing", "Moss and Lutz dance", "the twins share"
    joined = subject[:1].isupper() and "and" in (w.lower() for w in words[max(0, j - 2) : j])
    plural = subject.lower() in _PLURAL_PRONOUNS or joined
    # a band or a choir by its name, agreeing in the plural: "The Saltwater Choir open the show", "The Low Pines take"
    band = words[0] == "The" and all(x[:1].isupper() or x == "," for x in words[1 : j + 1])  # ("The Low Pines")
    plural = plural or (band and fold(subject) in names and looks_like_verb(w + "s", after_name=True))
    opens = j == 1 or (j >= 2 and words[j - 2] == ",")  # "The twins share …", opening its clause
    nouns = opens and subject.endswith("s") and subject.islower() and words[j - 1].lower() in _DETERMINERS
    return plural or nouns


def has_finite_verb(text: str, names: frozenset[str] = frozenset()) -> bool:
    """Whether `text` (a clause's words, outside quotes) has a finite verb (`_finite`): "Ada Moss, 81, waiting for
    her car" has none, "Pratt was with Sen" has one."""
    words = text.split()
    return any(_finite(words, k, names) for k in range(len(words)))


_PREFIXES = ("re", "over", "under", "out", "mis", "un", "fore", "with")
_ROOT_MIN = 3  # letters of the verb left after its prefix ("rewrote" → "wrote"; never "re" + "d")


def _unprefixed(word: str) -> str:
    """An irregular past behind a prefix as the past it is ("rewrote" → "wrote", "mistook" → "took"); else
    `word`."""
    for prefix in _PREFIXES:
        root = word[len(prefix) :]
        if word.startswith(prefix) and len(root) >= _ROOT_MIN and root in IRREGULAR and root in _PASTS:
            return root
    return word


def _verb_form(word: str) -> bool:
    """A participle or a past form opening a phrase ("Asked", "Running", "Paid")."""
    w = word.lower()
    return (w.endswith("ing") or w.endswith("ed") or w in IRREGULAR) and looks_like_verb(w, after_name=True)


_THING_SAYS = wordset("that which")  # "a sash that said …", "a banner which said …"


# a segment of notes: someone and a participle that is never a past tense, no "had" or "was" between ("Məlikov gone
# home", "Tahir gone"): a sentence would say "had gone"
_BARE_PARTICIPLE = re.compile(
    r"(?:^|[,;] )(?:[A-Z][\w'’-]+ ){1,2}(?:gone|done|seen|taken|given|broken|eaten|fallen|thrown|stolen|spoken|"
    r"driven|ridden|written|hidden|flown|shaken|frozen)\b"
)
_SAID_WHEN = re.compile(r"(?:(?:minutes|moments|hours|an hour|a minute) )?(?:later|earlier|afterwards)")


def _said_nothing(words: list[str], names: frozenset[str]) -> bool:
    """A "said" with words after it that are neither speech nor a clause ("said next question"); not what a thing
    that "said" reads ("a sash that said May Queen": its words, as a sign or a shirt has them)."""
    for k, w in enumerate(words):
        if w.lower() not in _SPEECH or k + 1 >= len(words) or (k and words[k - 1].lower() in _THING_SAYS):
            continue
        rest = words[k + 1 :]
        if rest[0] == "“”" or rest[0].lower() in _SAID_WHAT or fold(rest[0]) in names:
            continue
        if _SAID_WHEN.fullmatch(" ".join(rest).lower()):
            continue  # "“…,” Kurtović said minutes later.": when, never notes (`speakers._framed`)
        if not any(_finite(rest, j, names) for j in range(len(rest))):
            return True
    return False


def _noted_segment(outside: str, names: frozenset[str]) -> bool:
    """Whether a comma segment of a sentence (its words outside quotes) is notes: no clause of its own and
    `SEGMENT_NOTES` of shorthand (`register.shorthand_speak`, its opening capital granted: "…, Glimmr+, …"), or,
    after the first, a lone noun ("He takes it, silence."; not "He left, furious.")."""
    for i, segment in enumerate(_SEGMENTS.split(outside.replace("“”", " "))):
        segment = segment.strip()
        bare = segment.rstrip(".!;")
        if i and bare.isalpha() and bare.islower() and bare.endswith(_NOUN_ENDINGS):
            return True  # "He takes it, silence.": a lone noun for a clause
        if not segment or shorthand_speak(segment[:1].upper() + segment[1:], names) < SEGMENT_NOTES:
            continue
        words = [w.strip(".;:!?—–()") for w in segment.split()]
        words = [w for w in words if w]
        if not any(_finite(words, k, names) for k in range(1, len(words))):
            return True
    return False


def _tense(word: str, after: str) -> str | None:
    """The tense, "past" or "present", of a verb opening a comma segment ("walked", "took"; "finds Marsh", "hands
    him"; not "books everywhere", "headphones on": a plural), else None."""
    w = _unprefixed(word.lower().replace("’", "'"))
    if w in ("was", "were") or (w in _PASTS and w in IRREGULAR and w not in AMBIGUOUS):
        return "past"
    if w.endswith("ed") and looks_like_verb(w, after_name=True):
        return "past"
    if w.endswith("s") and not w.endswith("ss") and looks_like_verb(w, after_name=True):
        object_next = after.lower() in _OBJECTS or (after[:1].isupper() and after.lower() not in _OBJECTS)
        return "present" if object_next else None
    return None


def _switches_tense(outside: str, names: frozenset[str]) -> bool:
    """Whether a comma list of clauses with no conjunction switches tense, between two quotes or none: the verb of
    its first clause and the verbs opening the segments after it ("walked in, finds Marsh, hands him …"; not "He
    turned, smiled, and took the mic.")."""
    for stretch in outside.split("“”"):
        segments = [seg.split() for seg in stretch.split(",")]
        if len(segments) < 2 or not segments[0]:
            continue
        first = [w.strip(".;:!?—–") for w in segments[0]]
        verb = next((k for k in range(len(first)) if _finite(first, k, names)), None)
        tenses = {_tense(first[verb], "".join(first[verb + 1 : verb + 2]))} if verb is not None else set()
        for seg in segments[1:]:
            head = seg[0].strip(".;:!?—–") if seg else ""
            if head.islower() and head not in _LIST_JOINS:
                tenses.add(_tense(head, seg[1].strip(".;:!?—–") if len(seg) > 1 else ""))
        if {"past", "present"} <= tenses:
            return True
    return False


_SHOUTED_WORDS = 3  # words in capitals (two letters at least) that make a sentence shouted, half of its words


# words English spells with an accent (a loanword): never a sign of another language
_ENGLISH_ACCENTED = wordset("café cafés fiancé fiancée fiancés naïve résumé cliché clichés décor protégé entrée soirée")
_GERUND = re.compile(r"[a-z]{2,}(?:ando|endo|indo)")  # "gritando", "llorando", "sorrindo": a Romance gerund
_ENGLISH_GERUND_LIKE = wordset("commando commandos crescendo innuendo kendo")


def foreign_word(word: str) -> bool:
    """Whether one word looks like another language's (`_foreign_words`)."""
    return _foreign_words(word) > 0


def _foreign_words(outside: str) -> int:
    """How many words written in lower case look like another language's however common: a letter English does not
    use ("lágrima", "você"; not "café"), or a Portuguese or Spanish gerund ("gritando")."""
    words = (unpossessive(w) for w in _WORD.findall(outside))
    return sum(
        1
        for w in words
        if w.islower()
        and w not in _ENGLISH_ACCENTED
        and (not w.isascii() or (_GERUND.fullmatch(w) is not None and w not in _ENGLISH_GERUND_LIKE))
    )


def _shouted(outside: str) -> bool:
    """Whether a sentence's own words are typed in capitals: three of them at least, and half ("VIP" or "VANTA" in
    a sentence is a name)."""
    words = _WORD.findall(outside)
    caps = sum(1 for w in words if len(w) > 1 and w.isupper())
    return caps >= _SHOUTED_WORDS and caps * 2 >= len(words)


def mixed_language(text: str) -> bool:
    """Whether a sentence of English copy is partly in another language (`_MIXED` of its words)."""
    return other_language_words(text) + _foreign_words(text) >= _MIXED


def aside_abroad(text: str) -> bool:
    """Whether a short sentence is in another language: a word of another language, its first one too, and none of
    English's, in `_SHORT_ASIDE` words at most ("Romba nalla ponnu.": a reporter's aside in Tamil after what happened,
    round 50)."""
    words = _WORD.findall(text)
    if not words or len(words) > _SHORT_ASIDE or any(w.lower() in FUNCTION_WORDS[ENGLISH] for w in words):
        return False
    # (only chat that mixes English with another language, `language.CODE_SWITCHED`: a sentence in French or Spanish
    # is told or left out whole, as the report's other sentences are)
    mixed = [w.lower() for w in words if any(w.lower() in FUNCTION_WORDS[lang] for lang in FUNCTION_WORDS)]
    return bool(mixed) and all(any(w in FUNCTION_WORDS[lang] for lang in CODE_SWITCHED) for w in mixed)


_SHORT_ASIDE = 6


# a lower-case letter standing for a name before its verb ("N turns, walks back", typed fast and lower-cased)
_INITIAL_ACTS = re.compile(r"(?:^|[,;]\s+)[b-hj-np-z] [a-z]{3,}s\b")


@lru_cache(maxsize=4096)
def reads_as_prose(sentence: str, names: frozenset[str] = frozenset()) -> bool:
    """Whether a sentence of copy may be printed (see the module). `names`: folded words of the item's people's
    names."""
    sentence = sentence.strip()
    if not sentence or not _balanced(sentence):
        return False
    outside = _outside_quotes(sentence)
    if not _WORD.search(outside.replace("“”", "")):
        return sentence[:1] in '“"'  # only someone's words
    if OVERHEARD.fullmatch(outside.strip()):
        return True  # "Overheard in the corridor: “…”": a line nobody is known to have said (`overheard`)
    first = sentence[:1]
    if not (first.isupper() or first.isdigit() or first in '“"' or STYLED_LOWER.match(sentence)):
        return False  # lower case, a bracket, a dash (not a name styled so: "k.d. lang sang …")
    if outside.rstrip(' )”"').endswith("?"):
        return False  # the reporter asking ("Is that allowed?", "Who knew she could sing?"): the article tells
    if _shouted(outside):
        return False  # "REYES JUST FELL OFF THE STAGE": typed in capitals
    if _INITIAL_ACTS.search(outside):
        return False  # "…, 3 seconds, n turns, walked back": a name's initial for its subject, notes
    opening = _CONNECTIVE.sub("", outside, count=1)
    connective = opening != outside
    if ":" in opening and unquoted_speech(opening, names):
        return False  # "Vane to the press officer: Haddi keeps it …": a note's speech, no sentence of the body's
    words = [w.strip(".;:!?—–") for w in opening.replace(",", " , ").split()]  # (a comma is a word: a clause ends)
    words = [w for w in words if w]
    if not words or words[0] == ",":
        return False
    head = words[0]
    if mixed_language(_TITLE.sub(" ", outside)):  # (a title's words are its own: "won Best Film for 'Sve je za nju'")
        return False  # "… clapping en el Pasillo B", "… lágrima e tudo": part of it in another language
    if not connective and head.lower() in _AUXILIARIES and fold(head) not in names:  # (not "Will Okafor …")
        return False  # "Were their assistants, who …": its verb first, no subject
    if connective and head[:1].isupper() and fold(head) not in names and _verb_form(head):
        return False  # "Earlier, Asked about …": the leftover of a repair
    if head.lower() in _DANGLING or (head.lower() == "so" and opening.split()[0].endswith((",", "."))):
        return False
    if head.lower() == "because" and "," not in opening:
        return False
    verb = next((k for k in range(len(words)) if _finite(words, k, names)), None)
    if verb is None:
        return False  # a note: no verb
    if _only_relative(words, verb, names):
        return False  # "Nadia to Rima, who had been filming …": the only verb is the relative clause's
    like = next((k for k in range(verb) if words[k].lower() == "like"), None)
    if like is not None and "," not in words[like:verb]:
        return False  # "On stage 40 seconds later like nothing happened": the only verb is the comparison's
    j = verb - 1
    while j >= 0 and (words[j].lower().endswith("ly") or words[j].lower() in _ADVERBS):
        j -= 1  # "Still was on the steps": an adverb is no subject
    if j < 0 and verb > 0 and "," not in opening.split(words[verb], 1)[0]:
        return False
    if _CONTRACTED.match(head.lower().replace("’", "'")):
        verb = 1  # "She's …": its subject in its verb
    if verb == 0 or (_verb_form(head) and fold(head) not in names):
        if "," not in opening:
            if verb == 0:
                return False  # no subject before the verb ("Paid her in twenties.")
        else:  # a participle's phrase, then the clause it belongs to: "Asked about X, Kroll laughed"; several
            # in a row ("Having missed …, having been sent …, and having been told …, Hany was handed …") alike
            segments = opening.split(",")[1:]
            while len(segments) > 1 and _participle_phrase(segments[0]):
                segments = segments[1:]
            after = [w.strip(",.;:!?—–") for w in ",".join(segments).split()]
            after = [w for w in after if w]
            if not after or _verb_form(after[0]) or after[0] == "“”":
                return False  # "Asked about the tour, said next question."
            if not any(_finite(after, k, names) for k in range(1, len(after))):
                return False
    if _said_nothing(words, names) or outside.rstrip().endswith(":"):
        return False  # "… said next question", "She said:" with nothing after it
    if note_speak(sentence, names) >= NOTES or _noted_segment(outside, names):
        return False  # "Stairs (mosaic, B side): Rocha trips on own train, slides last 5 steps, …": notes
    if _BARE_PARTICIPLE.search(outside):
        return False  # "Piano lid shut, Məlikov gone home, Emil still in his coat": a participle with no "had", notes
    if _switches_tense(outside, names):
        return False  # "Vance walked in, finds Marsh, hands him her award": notes
    return not chatter_only(sentence)


_RELATIVES = wordset("who which whose whom")


def _only_relative(words: list[str], verb: int, names: frozenset[str]) -> bool:
    """Whether the first finite verb (`verb`) is a relative clause's (", who had been filming") and no clause of
    the sentence's own follows it: a note with no verb of its own ("Nadia to Rima, who had been filming …")."""
    rel = next((k for k in range(1, verb) if words[k - 1] == "," and words[k].lower() in _RELATIVES), None)
    if rel is None:
        return False
    end = next((k for k in range(verb, len(words)) if words[k] == ","), len(words))
    return not any(_finite(words, k, names) for k in range(end + 1, len(words)))


def _participle_phrase(segment: str) -> bool:
    """Whether a comma's segment is one more participle's phrase of a sentence that opened on one ("having then
    been sent …", "and having been told …")."""
    words = [w for w in segment.split() if w.lower() not in ("and", "or", "then")]
    return bool(words) and words[0].islower() and words[0].endswith("ing") and _verb_form(words[0])


@lru_cache(maxsize=4096)
def printable(text: str, names: frozenset[str] = frozenset(), *, opening: bool = False) -> str:
    """`text` with only the sentences that read as prose ("" when none does); a quote's words never split it. With
    `opening` (a report's copy), "" when its first sentence does not: the sentences after it lean on it ("Bakery
    van at the loading dock, one big flat box. Best Actress wasn't till 10.")."""
    hidden = Hidden(single=False)
    said = [_before_list(s, names) for s in sentences(hidden.hide(text))]
    if opening and said and not reads_as_prose(said[0], names):
        return ""
    kept = (
        s
        for k, s in enumerate(said)
        if reads_as_prose(s, names)
        and not (_untold_words(hidden.show(s)) and not _said_after(said[k + 1] if k + 1 < len(said) else ""))
    )
    return hidden.show(" ".join(kept))


LIST_HEAD_WORDS = 6  # words a sentence's prose before a colon needs to be told without the notes after it


def _before_list(sentence: str, names: frozenset[str]) -> str:
    """A sentence of prose up to a colon and notes after it ("… got everybody singing 'Sweet Sweet Kingston':
    artists, caterers, security, the cleaners, maybe forty people …") as its prose, ended there; else as it is."""
    head, colon, _ = sentence.rpartition(": ")
    if not colon or reads_as_prose(sentence, names) or len(head.split()) < LIST_HEAD_WORDS:
        return sentence
    return f"{head.rstrip(',;')}." if reads_as_prose(f"{head}.", names) else sentence


def _said_after(sentence: str) -> bool:
    """Whether a sentence only says who spoke the line before it ("Brûlé said.", after “C'est un manège!”)."""
    words = sentence.rstrip(".").split()
    return 0 < len(words) <= SAID_WORDS and any(w.lower() in _SAID_VERBS for w in words)


SAID_WORDS = 4  # "Océane Brûlé said.", "she added quietly": a line's speaker after it
_SAID_VERBS = wordset("said added shouted yelled cried replied whispered called laughed sang told asked")


def _untold_words(sentence: str) -> bool:
    """Whether a sentence is only someone's words in another language, with no translation and nobody said to
    speak them (“Me ara me soa”.): the reader is told neither what was said nor who said it."""
    outside = _outside_quotes(sentence)
    if _WORD.search(outside.replace("“”", "")) or "(" in outside:
        return False  # (someone's words said by someone, or with a translation in brackets: `glosses`)
    lines = [q.strip('“”"«»„') for q in _QUOTED.findall(sentence)]
    return bool(lines) and not any(english_line(q) and not _OTHER_LETTERS.search(q) for q in lines)


# letters only other languages' alphabets have (Twi's and Ewe's ɛ and ɔ, ŋ, ƒ, ɖ: the IPA block and its kin), which
# the function-word count of `language.english_line` never sees ("Ɛyɛ me dea" reads as English by its "me")
_OTHER_LETTERS = re.compile("[\u0250-\u02af\u0186\u0189\u018a\u0190\u0191\u0192\u014a\u014b\u01a9\u01b2]")
