"""A headline's clause read from a report's sentence: the sentences of a text (`sentences`: a stop after a title,
an initial or "No." before a number ends none), and a sentence's lead clause (`lead_clause`: subject, verb and the
words up to the first clause boundary; a label, an interjection and a leading adjunct dropped). A sentence is read
with what only describes someone set aside (`set_aside`: a bracket, ", the winner,", ", 19,", ", led by Ansel Moor,",
", still holding the cup,", ", who had lost,"; "the winner, Ilse Varga," is Ilse Varga); a headline's clause reads a
passive whose agent is named as the agent's act (`active`: "was handed to Lia by Ola" → Ola, "handed", "the trophy
to Lia"), the body keeping the sentence's own subject. `Option` is one such clause of a moment's reports as a
headline could tell it."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import takewhile

from .cutting import ARTICLES, CUT_BEFORE, DETERMINERS, OBJECTS, PRONOUNS, bare
from .headline_reading import SUBORDINATORS
from .hygiene import word_count
from .lexicon import NUMBER_WORDS, STOPWORDS
from .textutil import alnum_words, fold, wordset
from .verbs import IRREGULAR, base_form, looks_like_verb

MAX_SUBJECT_WORDS = 8
_CJK = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]")
# a full stop that never ends a sentence: a title or "vs.", an initial ("J. R."), "approx.", "e.g."
_ABBREVIATION = re.compile(
    r"(?:\b(?i:Mr|Mrs|Ms|Dr|St|Jr|Sr|Snr|Jnr|ml|Mt|Prof|Rev|Capt|Lt|Sgt|Gen|Col|vs|approx|e\.g|i\.e)|(?<![\w'’.])[A-Z])\.$"
)
# a full stop that ends a sentence only when a capital follows: a dotted initialism, "a.m."/"p.m." ("at 7 p.m. and
# she cried"), "k.d. lang", "a.k.a. the Duke", "the U.S. team"
_SOFT_ABBREVIATION = re.compile(r"(?<![\w.])(?:[a-z]\.){2,}$", re.IGNORECASE)
# "No. 1", "Nos. 3 and 4", "Vol. 2", "pp. 12", "Ch. 4": a numbered form, when a number follows
_NUMBERED = re.compile(r"\b(?:No|Nos|Vol|Ch|Pt|Fig|Op|pp?|Rm|Ste|Apt|NO)\.$")
_ROMAN = re.compile(r"[IVXLC]+\b")  # "Vol. II"
# how many characters each of the three patterns above matches at most ("approx."), and one: searched from there (a
# search from a position still reads the characters before it, for `\b` and the look-behind)
_ABBREVIATED = 8
# "St." after a name's word is its street, and may end the sentence ("… out into Old Mint St. Pawlu Pace ran …");
# "St." before one is a saint ("On St. Andrew's Bastion", "Near St. Paul": after a sentence's first word, or a word
# of every sentence)
STREET = re.compile(r"\b([A-Z][\w'’-]+) St(\.?)$")
_STREET_CHARS = 40  # (a street's word and "St.": searched in the last characters only)
_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"”’')\]]*\s+")
_LABEL = re.compile(
    r"^(?:(?:update|updates|more|news) on (?:the|that|this) [^:.!?]{1,30}:\s+"  # "update on the cake:", a slug
    r"|(?:just\s+)?(?:spotted|seen|overheard|confirmed|update|breaking|heads up|fyi)\b[:!,-]*\s*"
    r"|[^\s:][^:]{0,28}:\s+(?=\S))",
    re.IGNORECASE,
)
_ADJUNCT_STARTERS = wordset(
    """
    after before during while when as asked moments minutes seconds just earlier later backstage tonight then
    meanwhile once still with in on at outside inside behind between having halfway right
"""
)
COPULA = wordset("is are was were")
# after these a word in -ing is a noun's modifier ("his sewing kit", "the waiting list"), never the verb
_NOUN_MARKERS = wordset("a an the his their its my our your")
_AFTER_A_VERB = CUT_BEFORE | DETERMINERS | OBJECTS  # "caught her crying | in …", "saw her eating | a …"
RELATIVES = wordset("who whom whose which that where")
_ANYONE = wordset("nobody everyone everybody someone somebody noone")  # subjects of a clause of their own
SUBJECT_ADVERBS = wordset("just still finally already also then now really actually apparently even simply")


_ASIDE = re.compile(r"^[a-z]+ly,$")  # ", cheerfully," after a verb


@dataclass(frozen=True, slots=True)
class Clause:
    subject: list[str]
    verb: str
    rest: list[str]  # up to the first clause boundary

    def words(self) -> list[str]:
        return [*self.subject, self.verb, *self.rest]


def is_cjk(text: str) -> bool:
    """Mostly CJK characters (no Latin title case, no word-based cuts)."""
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(1 for c in letters if _CJK.match(c)) * 2 >= len(letters)


def ends_sentence(before: str, after: str) -> bool:
    """Whether the full stop (or ! ?) that ends `before` ends a sentence, `after` being what follows it: not
    after a title, an initial or "approx." ("Dr. Reed", "J. R. Okoye"), nor "No." before a number ("the No. 1
    dressing room"), nor "a.m."/"p.m." before a word in lower case."""
    if not before.endswith("."):
        return True
    tail = max(0, len(before) - _ABBREVIATED)  # (each pattern ends the text: only its last characters are searched)
    if _ABBREVIATION.search(before, tail):
        street = STREET.search(before, max(0, len(before) - _STREET_CHARS))
        opened = before[: street.start()].rstrip() if street is not None else ""
        return street is not None and opened[-1:] not in ("", *'.!?:;“"(') and street[1].lower() not in STOPWORDS
    following = after.lstrip("\"“'‘(")
    if _NUMBERED.search(before, tail) and (following[:1].isdigit() or _ROMAN.match(following)):
        return False
    return not (_SOFT_ABBREVIATION.search(before, tail) and following[:1].islower())


def sentences(text: str) -> list[str]:
    """`text` split into sentences (see `ends_sentence`); a stop inside a quote or a bracket that the sentence
    goes on after in lower case ends nothing ("“Go!” she said", "Agnes (the hat lady!) pulled a needle")."""
    return list(_sentences(text))


@lru_cache(maxsize=8192)
def _sentences(text: str) -> tuple[str, ...]:
    """`sentences`, worked out once per text (a report's text is split by many readers)."""
    out: list[str] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        if not ends_sentence(text[start : m.start()], text[m.end() :]):
            continue
        if text[m.start() - 2 : m.start()] in ("..", ".…") or text[m.start() - 1 : m.start()] == "…":
            said = text[start : m.start()]
            if said.count("“") > said.count("”"):
                continue  # “I... I... I didn't write anything down.”: speech trailing off, one line
        if m.group(0).strip() and text[m.end() : m.end() + 1].islower():
            continue
        out.append(text[start : m.end()].strip())
        start = m.end()
    if start < len(text):
        out.append(text[start:].strip())
    return tuple(s for s in out if s)


# a correspondent's interjection opening a note ("ok so …", "omg", "wait,"): never a headline's subject
_INTERJECTIONS = wordset("ok okay so um umm omg wait lol right anyway btw honestly guys yes yeah oh hey")


# the correspondent's own verb of finding someone, opening a note with no subject ("Found Ndidi in the lift …")
_FINDING = wordset("found caught spotted saw spied")


def _strip_lead_in(sentence: str) -> str:
    """Drop a correspondent's interjection ("ok so "), a label ("Uno result: ", "Spotted ") and a leading
    adjunct ("Asked about X, ")."""
    words = sentence.split()
    opening = list(takewhile(lambda w: bare(w).lower() in _INTERJECTIONS, words))
    if opening and len(words) > len(opening) + 1 and capitalised(words[len(opening)]):
        sentence = " ".join(words[len(opening) :])  # "ok so Mara Quist's heel …": the sentence starts at the name
    words = sentence.split()
    if len(words) > 2 and words[0].lower() in _FINDING and capitalised(words[1]):
        sentence = " ".join(words[1:])  # "Found Ndidi in the freight elevator …": the correspondent found her
    label = _LABEL.match(sentence)
    if label and word_count(label.group(0)) <= 3 and word_count(sentence[label.end() :]) >= 3:
        sentence = sentence[label.end() :]
    words = sentence.split()
    if len(words) > 2 and words[0].lower() in _JUST and words[1].lower() in SUBORDINATORS:
        words = words[1:]  # "Just before the encore Mika Sorensen and the ushers …": the adjunct opens at "before"
    if words and words[0].lower().strip(",") in _ADJUNCT_STARTERS:
        timed = words[0].lower() in SUBORDINATORS  # "As Emil came off stage, his father played him out …"
        for i, w in enumerate(words[:14]):
            if w.endswith(",") and i + 1 < len(words) and (words[i + 1][:1].isupper()):
                return " ".join(words[i + 1 :])
            if w.endswith(",") and timed and i + 2 < len(words) and words[i + 1] in _CLAUSE_OPENERS:
                return " ".join(words[i + 1 :])  # (the main clause, its subject a possessive's or a pronoun)
        if words[0].lower() in SUBORDINATORS and not any(w.endswith(",") for w in words[:14]):
            # "After the broadcast cleared Ayo Mensah went down …", "When Rook's pad died a kid …": no comma says
            # where the clause ends; the clause that opens at its first name has a subject and a verb of its own
            named = next((i for i in range(1, min(len(words), 14)) if words[i][:1].isupper()), None)
            if named is not None:
                return " ".join(words[named:])
    return sentence


# the first word of a main clause after a clause of time, in lower case: "…, his father played", "…, she cried"
_CLAUSE_OPENERS = frozenset({"his", "her", "their", "she", "he", "they"})
_JUST = frozenset({"just", "right", "shortly", "soon", "long", "straight", "moments", "minutes", "seconds"})


def capitalised(word: str) -> bool:
    w = word.lstrip("\"“'‘(")
    return w[:1].isupper() or w[:1].isdigit()


def _scan_verb(words: list[str]) -> int | None:
    """Position of the first verb after a subject, skipping possessed nouns ("Zoë's left heel") and
    relative clauses ("Inés, who lost …, knocking")."""
    limit = MAX_SUBJECT_WORDS + (6 if any(w.endswith(",") for w in words[:3]) else 0)
    named = capitalised(words[0])
    skip_to_comma = False
    for v in range(1, min(len(words), limit + 1)):
        previous, candidate = words[v - 1], words[v]
        if previous.endswith((";", ":")):
            return None
        if skip_to_comma:
            skip_to_comma = not previous.endswith(",")
            if skip_to_comma:
                continue
        if previous.endswith(",") and candidate.lower() in ("who", "which", "whose", "now", "still", "then"):
            skip_to_comma = True
            continue
        if previous.endswith(("'s", "’s", "s'")) or capitalised(candidate) or previous.lower() in _NOUN_MARKERS:
            continue  # "Zoë's left heel", "the revolving door": a noun phrase, not a verb
        if candidate.islower() and candidate.endswith("s") and _counted(words[max(0, v - 3) : v]):
            continue  # "All five Dormer Street stars in …": the counted noun, not "stars" the verb
        following = words[v + 1].lower() if v + 1 < len(words) else ""
        modifier = candidate.lower().endswith("ing") and following.isalpha() and following not in _AFTER_A_VERB
        if previous.lower() == "her" and modifier:
            continue  # "her sewing kit" (whose kit), not "caught her crying in the wings"
        after_name = capitalised(previous) or previous.lower() in PRONOUNS
        if not after_name and v >= 2 and previous.lower() in SUBJECT_ADVERBS:  # "Will Lam just put …": the adverb
            after_name = capitalised(words[v - 2]) or words[v - 2].lower() in PRONOUNS  # stands between name and verb
        if looks_like_verb(candidate, after_name=after_name):
            return v
        if named and candidate.lower().endswith("ing") and looks_like_verb(candidate, after_name=True):
            return v  # "Priya, still in the wings, running …"
    return None


def _counted(before: list[str]) -> bool:
    """Whether these words (the few before a word in -s) open a count of it ("five", "all 5", "two Velvet"), with
    no comma between: "Kiel, 78, wins" is an apposition, and "wins" its verb."""
    for k, w in enumerate(before):
        count = bare(w).lower() in NUMBER_WORDS or (w[:1].isdigit() and w.isalnum())
        if count and not any(x.endswith(",") for x in before[k:]):
            return True
    return False


def name_run(words: list[str]) -> list[str]:
    """The names a sentence opens with: "Beatrix Holloway and Marisol Ferreira" (two people joined by "and"
    or "&" are one subject)."""
    name = list(takewhile(capitalised, words))
    while name and len(words) > len(name) + 1 and words[len(name)] in ("and", "&"):
        more = list(takewhile(capitalised, words[len(name) + 1 :]))
        if not more:
            break
        name = [*name, words[len(name)], *more]
    return name


_QUESTIONED = wordset("asked told given shown offered questioned quizzed pressed")


def _dropped_subject(first: str, second: str, lead: str) -> bool:
    """Whether a sentence opens with a past-tense verb in capitals and no subject ("Pulled the cloth off: …"), a
    note's next sentence about the one it is about: a word in -ed (or an irregular past) that is no word of the
    lead's name, before a word in lower case."""
    w = first.lower()
    past = (w.endswith("ed") and len(w) > 4 and base_form(w) is not None) or (w in IRREGULAR and IRREGULAR[w] != w)
    passive = w in _ADJUNCT_STARTERS or w in _QUESTIONED  # "Asked what happens to the trophy: …" (he was asked)
    return past and not passive and first[1:].islower() and second[:1].islower() and w not in fold(lead).split()


def lead_clause(sentence: str, lead: str | None = None) -> Clause | None:
    """Subject, verb and the words up to the first clause boundary, or None when no verb is found.

    A sentence that starts with its verb ("gave a speech …") takes `lead` as its subject."""
    words = _strip_lead_in(set_aside(INCLUDED.sub("", sentence))).split()
    if not words:
        return None
    if lead and not capitalised(words[0]) and looks_like_verb(words[0], after_name=True):
        words = [*lead.split(), *words]
    elif lead and len(words) > 1 and _dropped_subject(words[0], words[1], lead):
        words = [*lead.split(), words[0].lower(), *words[1:]]  # "Pulled the cloth off": the lead did
    if len(words) < 2:
        return None
    v = _scan_verb(words)
    if v is None:
        # "Rafferty Quill in the wings before his set, doing vocal warm-ups": the name, then the -ing verb
        name = name_run(words)
        for i in range(len(name) + 1, min(len(words), 16)):
            candidate = words[i]
            after_comma = name and words[i - 1].endswith(",") and candidate.lower().endswith("ing")
            if after_comma and looks_like_verb(candidate, after_name=True):
                words, v = [*name, *words[i:]], len(name)
                break
        if v is None:
            return None
    subject = words[:v]
    if len(subject) >= 2 and subject[-1].lower() in ("and", "or", "but") and subject[-2].endswith(","):
        return None  # "…, both knees, and held the envelope": the verb is the sentence's subject's, not "both knees"
    if any("," in w for w in subject) and not _subject_list(subject):  # "Rafferty Quill, 78, accepted": drop the
        # apposition (never a list of names: "Mina Cho, Ravi Bhatnagar and Elena Sokolova won")
        parts = [p.split() for p in " ".join(subject).split(",") if p.strip()]
        if len(parts) > 1 and _is_name(parts[-1]) and any(w.islower() for w in parts[0][1:]):
            subject = parts[-1]  # "Mossie white as a sheet, Fionn crying laughing": Fionn cried, not Mossie
        else:
            subject = parts[0] if parts else subject
    subject[-1] = subject[-1].rstrip(",")
    while len(subject) > 1 and subject[-1].lower() in SUBJECT_ADVERBS:  # "Inés Carvajal just pulled"
        subject = subject[:-1]
    candidate = words[v]
    verb = candidate.rstrip(".,;:!?")
    aside = v + 1 < len(words) and candidate.endswith(",") and _ASIDE.match(words[v + 1]) is not None
    if aside:  # "argued, cheerfully, with Lou about …": the adverb between commas is an aside
        candidate, words = verb, [*words[: v + 1], *words[v + 2 :]]
    rest: list[str] = []
    if verb == candidate:
        following = words[v + 1 :]
        skip = 0
        for k, w in enumerate(following):
            if skip:
                skip -= 1
                continue
            if w in ("—", "–", "-") or w.startswith(("(", "—", "–")):
                break
            after = following[k + 1] if k + 1 < len(following) else ""
            if w.lower() == "and" and (capitalised(after) or after.lower() in PRONOUNS or after.lower() in _ANYONE):
                break  # "… and Jasper Lindqvist climbed out", "… and nobody in the room noticed": a clause of its own
            listed = _names_listed(following[k:]) if w[-1:] == "," and capitalised(w) else 0
            if listed:  # "found Nadia Ferreira-Lum, Owen Tsai and Bex Adeyemi in corridor B": the list is one object
                rest.extend(following[k : k + listed])
                skip = listed - 1
                continue
            if w[-1:] == "," and (aside_words := _aside_after_subject([*rest, w[:-1]], following[k + 1 :])) is not None:
                skip = aside_words or 0
                rest.append(w[:-1])
                continue  # "until Theo, mid-rehearsal of his bit, let her in": the aside goes, the verb stays
            if w[-1:] in ",;:":
                rest.append(w[:-1])
                cut = _first_of_list(rest, following[k + 1 :]) if w[-1:] == "," else None
                rest = rest[:cut] if cut is not None else rest
                break
            rest.append(w)
            if w[-1:] in ".!?" and ends_sentence(w, after):
                break
    if rest:
        rest[-1] = rest[-1].rstrip(".!?…")
    return Clause(subject, verb, [w for w in rest if w])


_ASIDE_WORDS = 8
# someone counted in a crowd, set apart by commas: "the whole courtyard, Mina Aziz included, ended up singing" (the
# courtyard's act, never "Mina Aziz Includes")
INCLUDED = re.compile(r"(?:^|,\s+)(?:[A-Z][\w'’-]*\s+){1,4}(?:included|among them|too),(?=\s)")
# (a topic list: its first topic is not what it was about; "with Wendell Pruitt, …" is whom)
_LIST_PREPOSITIONS = wordset("about")
_LIST_TAIL_WORDS = 8  # the words a list's other items may run to after the comma ("wet socks and dead batteries.")


def _first_of_list(rest: list[str], after: list[str]) -> int | None:
    """Where to cut a clause that a comma cut inside a list of topics after its last "about" (`_LIST_PREPOSITIONS`:
    "freestyled for four minutes about trams | , wet socks and dead batteries."): before it, so "about trams" never
    stands for the list; None when what follows the comma is no list ending the sentence (a clause, a verb, a name)
    or the clause would keep no more than its verb."""
    tail = after[: _LIST_TAIL_WORDS + 1]
    end = next((k for k, w in enumerate(tail) if w[-1:] in ".!?;"), None)
    if end is None or (end + 1 == len(after) and len(after) > _LIST_TAIL_WORDS):
        return None
    items = [bare(w).lower() for w in tail[: end + 1]]
    if "and" not in items[1:-1] and "or" not in items[1:-1]:
        return None
    if any(w[:1].isupper() or w in PRONOUNS or (base_form(w) is not None and w.endswith("ed")) for w in items):
        return None  # "…, took the mic, and freestyled …": a list of predicates; "…, Ana and Bo": people
    at = max((k for k, w in enumerate(rest) if w.lower() in _LIST_PREPOSITIONS), default=None)
    return at if at is not None and at >= 2 else None


_LIST_WORDS = 12  # the words a list of names may run to


def _subject_list(subject: list[str]) -> bool:
    """Whether a subject is a list of names, all its words ("Mina Cho, Ravi Bhatnagar and Elena Sokolova")."""
    at = next((k for k, w in enumerate(subject) if w.endswith(",")), None)
    return (
        at is not None
        and _names_listed(subject[at:]) == len(subject) - at
        and all(capitalised(w) for w in subject[:at])
    )


def _names_listed(words: list[str]) -> int:
    """How many of `words` (the first a capitalised word with its comma) make a list of names ("Nadia Ferreira-Lum,
    Owen Tsai and Bex Adeyemi"): capitalised words, a comma between names, "and" before the last; 0 when they do
    not ("Tsai, who …", "Tsai, and then …")."""
    k, names = 0, 1
    while k < min(len(words), _LIST_WORDS):
        w = words[k]
        if w.lower() == "and":
            if k + 1 >= len(words) or not capitalised(words[k + 1]) or words[k - 1].endswith(","):
                return 0
            k += 1
            while k < len(words) and capitalised(words[k]) and not words[k - 1].endswith((",", ".")):
                k += 1  # (the last name's words)
                if words[k - 1][-1:] in ",.;:!?":
                    break
            return k if names >= 2 else 0
        if not capitalised(w):
            return 0
        if w.endswith(","):
            names += 1
        k += 1
    return 0


def _aside_after_subject(told: list[str], following: list[str]) -> int | None:
    """When `told` ends on a subordinate clause's named subject ("… until Theo Brannigan") and `following` opens
    with an aside between commas before that subject's verb ("mid-rehearsal of his bit, let her in"), the
    number of words of the aside; None otherwise."""
    name = list(takewhile(capitalised, reversed(told)))
    at = len(told) - len(name) - 1
    if not name or at < 1 or told[at].lower() not in SUBORDINATORS:
        return None
    end = next((j for j, w in enumerate(following[:_ASIDE_WORDS]) if w.endswith(",")), None)
    if end is None or end + 1 >= len(following):
        return None
    verb = following[end + 1]
    return end + 1 if verb.islower() and looks_like_verb(verb, after_name=True) else None


def name_words(names: Sequence[str]) -> dict[str, str]:
    """Folded words of 3+ letters of each name -> the name."""
    out: dict[str, str] = {}
    for name in names:
        for w in alnum_words(fold(name)):
            if len(w) >= 3 and w not in STOPWORDS:
                out.setdefault(w, name)
    return out


def named_in_order(text: str, names: Sequence[str]) -> list[str]:
    """The people of `names` a text names (by a word of their name), each once, in the order it first names them."""
    by_word = name_words(names)
    seen: list[str] = []
    for word in alnum_words(fold(text)):
        name = by_word.get(word)
        if name is not None and name not in seen:
            seen.append(name)
    return seen


def mentioned(words: Sequence[str], by_word: dict[str, str]) -> set[str]:
    findall = alnum_words
    return {by_word[w] for word in words for w in findall(fold(word)) if w in by_word}


@dataclass(frozen=True, slots=True)
class Option:
    """One clause of the moment's reports, as a headline could tell it."""

    words: list[str]  # subject, present-tense verb, the rest of the clause
    keep: int  # words a cut must keep (the subject, the verb and one more)
    clause: Clause
    score: float
    place: tuple[int, int, int]  # (report, sentence, clause) it comes from
    people: frozenset[str]  # the names (folded words) it mentions
    salient: frozenset[str]  # its words that other reports of the moment (or its quotes) also use
    first_piece: str  # the sentence it is the first clause of ("" when it is a later clause)
    ends_list: bool = False  # the last of a list of its subject's predicates ("…, kicked off his shoes and jumped …")


# ---- reading a sentence's own clause: what stands between commas is set aside, a passive with its agent is active
_PARENTHESIS = re.compile(r"\s*\([^()]*\)")
_ASIDE_OPENERS = wordset("still now already visibly clearly both all")
# participles that open a phrase describing who was there ("dressed as a knight", "flanked by two guards")
_DESCRIBING = wordset("dressed wrapped covered draped soaked clad armed flanked surrounded followed led joined backed")
_DESCRIBING |= wordset("divorced married engaged separated estranged widowed retired")  # ", divorced last spring,"
_OWNERS = wordset("a an the his her their my our your its")
_FINDING = wordset("found spotted caught discovered")  # "found X, 19, sitting alone": how X was found
_APPOSITIVE_WORDS = 5
# a description of what someone was and became ("her co-star turned rival from 'Kopi O Untuk Dua'", "the model turned
# director"): its "turned" is no verb of the sentence
_TURNED = re.compile(r"^(?:her|his|their|the|a|an)(?: [a-z-]+){1,3} turned [a-z-]+(?: (?:from|of|in|on|at) .{1,40})?$")
_NON_RESTRICTIVE = wordset("who whom whose which")


def _is_name(words: list[str]) -> bool:
    return 0 < len(words) <= 4 and all(capitalised(w) and not w[:1].isdigit() for w in words)


_PASSIVE_LINKS = wordset("by for as")  # after a participle: the phrase describes, "nominated for", "known as"


def _aside(segment: str, before: str) -> bool:
    """Whether a phrase between two commas (`segment`, after `before`) is set aside from its sentence's clause: an
    age (", 19,"), a participial phrase (", led by Ansel Moor,", ", still holding the cup,"), a relative clause
    (", who had lost the final,"), or a description of the name before it (", the winner,", ", the director who
    told us she cannot dance,")."""
    words = segment.split()
    if not words:
        return False
    if len(words) == 1 and words[0].isdigit():
        return True
    lowered = [bare(w).lower() for w in words]
    if lowered[0] in _NON_RESTRICTIVE:
        return True
    k = 1 if lowered[0] in _ASIDE_OPENERS and len(words) > 1 else 0
    first = words[k]
    if first.islower() and first.endswith("ing") and base_form(first) and looks_like_verb(first, after_name=True):
        # (never what someone was found doing: "found Murad Əsgərli, 19, sitting alone on the steps" is where he was
        # found, the finding's own object, round 46)
        return not any(bare(w).lower() in _FINDING for w in before.split()[-_APPOSITIVE_WORDS:])
    participle = first.islower() and (first.endswith("ed") or first in IRREGULAR) and base_form(first) is not None
    # ", led by Ansel Moor,", ", nominated for Best Debut and Best Screenplay,": a passive participle and its phrase
    if participle and (lowered[k] in _DESCRIBING or (len(words) > k + 1 and lowered[k + 1] in _PASSIVE_LINKS)):
        return True
    last = before.split()[-1:] if before else []
    if lowered[k] == "asked" and last and capitalised(last[0]) and len(words) > k + 1:
        return True  # "Hetty Lowe, asked what she thought, said …": the question put to her, never her act
    if last and capitalised(last[0]) and _TURNED.match(segment):
        return True  # "Farah Diyana, her co-star turned rival from “Kopi O Untuk Dua”, stopped": who she is, aside
    who = next((j for j, w in enumerate(lowered[:5]) if w in ("who", "whose")), None)
    if who and last and capitalised(last[0]) and lowered[0] in _OWNERS and all(w.islower() for w in words[1:who]):
        return True  # "Hope Mavridou, the director who told us she cannot dance, climbed …": who she is, aside
    # "…, a man dressed as a knight, …": the description's own participle phrase goes with it
    head = list(takewhile(lambda w: bare(w).lower() not in _DESCRIBING, words))
    return (
        bool(last)
        and capitalised(last[0])
        and lowered[0] in _OWNERS
        and len(head) <= _APPOSITIVE_WORDS
        and len(words) - len(head) <= _APPOSITIVE_WORDS
        and not any(looks_like_verb(w, after_name=False) for w in head[1:])
        and all(w.islower() or w[:1].isdigit() for w in head[1:])
    )


def _described_name(before: str, segment: str) -> str | None:
    """ "walked up to the winner" then "Ilse Varga": `before` with its closing description ("the winner") replaced
    by the name it describes; "" when the description is someone's ("her dishwasher": it says who he is to her, and
    stays); None when `before` does not end on a description or `segment` is no name."""
    names = segment.split()
    if not _is_name(names):
        return None
    words = before.split()
    for k in range(len(words) - 1, max(len(words) - _APPOSITIVE_WORDS, 0) - 1, -1):
        if words[k].lower() in _OWNERS:
            described = words[k + 1 :]
            if not described or not all(w.islower() for w in described):
                return None
            return " ".join([*words[:k], *names]) if words[k].lower() in ARTICLES else ""
        if not words[k].islower():
            return None
    return None


def _verb_outside(before: str, after: list[str]) -> bool:
    """Whether the words around a phrase set aside hold a verb ("The choir, led by …, kept singing"), so that it
    is not a note's only verb ("Dame Ivy Roe still in the props cupboard, eating a sandwich, door ajar")."""
    following = ", ".join(after).split()
    if following and not following[0].endswith("ing") and looks_like_verb(following[0], after_name=True):
        return True  # (an -ing word is a note's own verb: "…, crying, apologising for missing her wedding")
    return any(looks_like_verb(w, after_name=False) for w in [*before.split()[1:], *following])


_COMMENT = re.compile(
    r",\s+(?:it\s+(?:turned\s+out|turns\s+out|seems|seemed|emerged|appears|appeared)|apparently|reportedly|"
    r"allegedly|of\s+course|we(?:'re|\s+are|\s+were)\s+told|I'm\s+told|I\s+hear|we\s+hear|"
    r"true\s+to\s+(?:his|her|their)\s+word|as\s+(?:he|she|they)\s+(?:had\s+)?promised),(?=\s)",
    re.IGNORECASE,
)


@lru_cache(maxsize=4096)
def set_aside(sentence: str) -> str:
    """The sentence as its clauses are read: a bracket, and a phrase between commas that only describes someone
    (`_aside`: ", the winner,", ", 19,", ", led by Ansel Moor,", ", still holding the cup,", ", who had lost,"; a
    relative clause closing the sentence too) set aside, and a description followed by the name it describes read
    as that name ("walked up to the winner, Ilse Varga, and handed" → "walked up to Ilse Varga, and handed"): "The
    choir, led by Ansel Moor, kept singing" is read "The choir kept singing", never "The choir leads by Ansel Moor".
    A phrase that holds the sentence's only verb stays ("Dame Ivy Roe in the props cupboard, eating a sandwich").
    The teller's comment between commas goes (", it turned out,", ", apparently,", ", we're told,"; ", true to his
    word,": the promise is the thread's, `threads`, never a clause of the act).
    An opening place or absolute phrase before its comma goes too ("On the top deck, with the DJ playing a funeral
    march, he sat …" is read "He sat …": where is no subject)."""
    if "(" in sentence:
        sentence = _PARENTHESIS.sub("", sentence)
    if ", " in sentence:  # "Her ring, it turned out, had been hidden …": the teller's comment, no clause of the news
        sentence = _COMMENT.sub("", sentence)
    if " from " in sentence:  # "Teddy from Ochonjo Gang shaved …": who he is with, no part of the subject
        sentence = _FROM_GROUP.sub(lambda m: m.group(1) + " " if _past(m.group(2)) else m.group(0), sentence)
    parts = sentence.split(", ")
    # "On the top deck, with the DJ playing a funeral march, he sat …": where and with what is no subject
    while len(parts) > 1 and _adverbial(parts[0]):
        parts = parts[1:]
        parts[0] = parts[0][:1].upper() + parts[0][1:]
    sentence = ", ".join(parts)
    if len(parts) < 3 and not (len(parts) == 2 and parts[1][:3].lower() in ("who", "whi")):
        return sentence  # (no phrase stands between two commas: most sentences, read at no cost)
    text, glue = parts[0], ", "
    for i, segment in enumerate(parts[1:], start=1):
        closed = i + 1 < len(parts)
        core = segment.rstrip(".!?")
        named = _described_name(text, core) if closed and not _is_name(parts[i + 1].split()) else None
        if named == "":  # "to her dishwasher, Tam Oke, who …": whose dishwasher tells who he is; the name is aside
            glue = " "
        elif named is not None:  # (not a list of names)
            # "gave the minister, Hélène Le Gal, a five-minute lesson": what was given goes on, with no comma
            following = parts[i + 1].split(" ", 1)[0].lower()
            text, glue = named, (" " if following in _GIVEN_THING else ", ")
        elif closed and _aside(segment, text) and _verb_outside(text, parts[i + 1 :]):
            glue = " "  # "The choir, led by Ansel Moor, kept singing": the choir kept singing
        elif not closed and bare(segment.split(" ", 1)[0]).lower() in _NON_RESTRICTIVE:
            text += segment[len(core) :]  # "…, who had worked every service with her for 22 years."
        else:
            text, glue = text + glue + segment, ", "
    return text


_FROM_GROUP = re.compile(r"\b([A-Z][\w'’-]+) from (?:the )?(?:[A-Z][\w'’&-]*\s){1,4}(?=([a-z]+)\b)")


def _past(word: str) -> bool:
    """A verb in the past tense after a subject ("shaved", "took")."""
    return (word.endswith("ed") or word in IRREGULAR) and looks_like_verb(word, after_name=True)


_GIVEN_THING = wordset("a an his her their its one two three some")  # a noun phrase after "gave X, Name,"
_OPENING_PREPOSITIONS = wordset("on in at with during inside outside behind under near across through beside")
_ADVERBIAL_WORDS = 8


def _adverbial(segment: str) -> bool:
    """Whether a sentence's opening segment, before its comma, is only where or with what ("On the top deck",
    "with the DJ playing a funeral march"): a preposition's phrase of a few words, no verb of its own."""
    words = segment.split()
    if not words or len(words) > _ADVERBIAL_WORDS or words[0].lower() not in _OPENING_PREPOSITIONS:
        return False
    return not any(w.islower() and not w.endswith("ing") and looks_like_verb(w, after_name=True) for w in words[2:])


SECOND_CLAUSE = frozenset({"and", "but", "then", "was", "were", "got", "is", "are"})  # a clause begun before a "by"


def active(clause: Clause) -> Clause:
    """A passive clause whose agent is named, read as that agent's act: "The trophy was handed to Lia Berg by Ola
    Dahl" → Ola Dahl, "handed", "the trophy to Lia Berg"; "was led by Ansel Moor" likewise; an agent told by their
    relation to the patient is named by it, the story ("Maureen Pike was handed the trophy by her son (Callum Pike)"
    → "Maureen Pike's son", "handed", "her the trophy").
    Without an agent an agent is never invented: a person given something receives it ("Lia Berg was handed the
    trophy", "got handed", "was presented with" → Lia Berg, "received", "the trophy"), any other passive stays one."""
    rest = clause.rest
    if (clause.verb.lower() not in COPULA and clause.verb.lower() not in _GOT) or len(rest) < 2:
        return clause
    participle = rest[0]
    w = participle.lower()
    is_participle = (w.endswith("ed") and len(w) > 4) or (w in IRREGULAR and IRREGULAR[w] != w)
    if not participle.islower() or not is_participle or base_form(w) is None:
        return clause
    at = next((k for k in range(1, len(rest) - 1) if rest[k] == "by"), None)
    if at is None:
        return _received(clause)
    if any(bare(x).lower() in SECOND_CLAUSE for x in rest[1:at]):
        return clause  # "was sent flying and was caught one-handed by İsmail": the agent of the second verb only
    # "by her son Callum Pike": the agent is the one named; "by her son": the patient's son, and the patient "her"
    related = rest[at + 1].lower() in _KIN_OWNERS and len(clause.subject) > 1 and capitalised(clause.subject[0])
    relation = list(takewhile(lambda x: x.islower() and x.isalpha(), rest[at + 2 : at + 4])) if related else []
    patient = [_OBJECTIVE.get(x.lower(), x) for x in clause.subject]
    if relation:  # (what makes the moment: her son, named in the body)
        named = name_run(rest[at + 2 + len(relation) :])
        agent = [*clause.subject[:-1], clause.subject[-1] + "'s", *relation]
        patient, taken = [_KIN_OWNERS[rest[at + 1].lower()]], 1 + len(relation) + len(named)
    else:
        agent = [bare(x) for x in name_run(rest[at + 1 :])]
        taken = len(agent)
        if not agent or any(x.endswith(("'s", "’s")) for x in rest[at + 1 : at + 1 + taken]):
            return _received(clause)  # ("got handed the trophy by mistake")
    if patient[0].lower() in _OWNERS:
        patient[0] = patient[0].lower()  # "The trophy was handed …" → "… handed the trophy …"
    return Clause(agent, participle, [*patient, *rest[1:at], *rest[at + 1 + taken :]])


def note_active(clause: Clause) -> Clause:
    """A note's passive with no "was", its subject a thing ("Ear found by Dimitris Lask under step 12": subject
    "Ear", verb "found", "by …"), read as the agent's act on the thing ("Dimitris Lask", "found", "the ear under
    step 12"); the clause as it is otherwise (a verb that goes with "by" as a place, "stopped by the bar", is no
    passive). The caller knows the subject names nobody."""
    rest, subject = clause.rest, clause.subject
    if len(rest) < 2 or rest[0] != "by" or not 1 <= len(subject) <= 3 or not clause.verb.islower():
        return clause
    if clause.verb.lower() in _BY_A_PLACE or not subject[0][:1].isupper() or not all(w.islower() for w in subject[1:]):
        return clause
    agent = [bare(x) for x in name_run(rest[1:])]
    if not agent or any(x.endswith(("'s", "’s")) for x in rest[1 : 1 + len(agent)]):
        return clause
    return Clause(agent, clause.verb, ["the", subject[0].lower(), *subject[1:], *rest[1 + len(agent) :]])


_BY_A_PLACE = wordset("stopped dropped passed swung came went walked ran stood sat drove flew popped came rolled")


def _received(clause: Clause) -> Clause:
    """A person's passive of being given something ("was handed the trophy", "was presented with the award") as
    their receiving it; the clause as it is otherwise."""
    rest = clause.rest
    given = rest[0].lower() in _GIVEN and capitalised(clause.subject[0]) and rest[1].lower() not in _NOT_GIVEN
    received = rest[2:] if rest[1].lower() == "with" else rest[1:]
    return Clause(clause.subject, "received", received) if given and received else clause


_NOT_GIVEN = wordset("to by up out over back off")  # "was handed to", "was handed back": not a thing received
_OBJECTIVE = {"she": "her", "he": "him", "they": "them", "i": "me", "we": "us"}
_GOT = wordset("got gets get")  # "got handed the trophy": a passive
_GIVEN = wordset("handed given passed presented awarded")  # "was handed the trophy": received it
_KIN_OWNERS = {"her": "her", "his": "him", "their": "them"}  # "by her son": whom the son acted on
