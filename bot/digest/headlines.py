"""Headlines written by rule from the lead moment's best report, when neither the editor nor that
moment's reporter wrote one.

The rule: the report's first sentence is reduced to its lead clause — a label ("Spotted:", "Uno
result:") and a leading adjunct ("Asked about the feud, …") are dropped, the subject is what comes before
the first verb, a pronoun subject becomes the person's name, the verb goes to the present tense — and the
clause is cut at a clause boundary (`bot.digest.cutting`: a preposition or conjunction that opens an adjunct)
to 30–75 characters, 90 at most, never mid-word and never with "…". A note with no verb is headlined from
the story's next beat, else given one ("X Is on the Decks"); a name in a room with a named award is the
win. When the text is too thin for that (no verb, a handful of words) and the moment has an attributed
quote, the headline is `Name Says “the quote”`
(`Name Tells the Bar: “…”` when the note says where), shortened at a word. A headline must read as a
sentence (`sound`): it opens with its named subject, never a pronoun or an adverb, and holds no pronoun
contraction; a simpler clause is taken over a broken one. Latin-script headlines are in title case (the
`titlecase` library, names kept as the roster spells them); CJK ones keep their first clause.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from itertools import takewhile

from titlecase import titlecase

from .cutting import (
    ARTICLES,
    CUT_BEFORE,
    DANGLING,
    DETERMINERS,
    MAX_LEN,
    MIN_LEN,
    OBJECTS,
    PLACE_PREPOSITIONS,
    PREFERRED_LEN,
    PRONOUNS,
    TARGET_LEN,
    WHEN,
    bare,
    cut,
    fixed_phrase,
    without_place,
)
from .headline_check import (
    CHAT,
    MIN_CHARS,
    SUBORDINATORS,
    orphan_it,
    problem,
    shouted_order,
    sound,
    tense,
    too_short_only,
)
from .hygiene import word_count
from .lexicon import NUMBER_WORDS, STOPWORDS, stem
from .payoff import MUNDANE, RESULT_VERBS, interrupted_by, later_event, verb_base
from .speech import addressee, reported_order, without_vocative
from .textutil import fold, wordset
from .verbs import IRREGULAR, base_form, looks_like_verb, present, third_person

CJK_MAX = 32
MAX_SUBJECT_WORDS = 8

_CJK = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]")
_CJK_CLAUSE = re.compile("[，。！？；：,;:!?]")
# a full stop that never ends a sentence: a title or "vs.", an initial ("J. R."), "approx.", "e.g."
_ABBREVIATION = re.compile(
    r"(?:\b(?i:Mr|Mrs|Ms|Dr|St|Jr|Sr|Mt|Prof|Rev|Capt|Lt|Sgt|Gen|Col|vs|approx|e\.g|i\.e)|(?<![\w'’.])[A-Z])\.$"
)
# a full stop that ends a sentence only when a capital follows: "a.m."/"p.m." ("at 7 p.m. and she cried")
_SOFT_ABBREVIATION = re.compile(r"\b[ap]\.m\.$", re.IGNORECASE)
# "No. 1", "Nos. 3 and 4", "Vol. 2", "pp. 12", "Ch. 4": a numbered form, when a number follows
_NUMBERED = re.compile(r"\b(?:No|Nos|Vol|Ch|Pt|Fig|Op|pp?|Rm|Ste|Apt|NO)\.$")
_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"”’')\]]*\s+")
_LABEL = re.compile(
    r"^(?:(?:just\s+)?(?:spotted|seen|overheard|confirmed|update|breaking|heads up|fyi)\b[:!,-]*\s*"
    r"|[^\s:][^:]{0,28}:\s+(?=\S))",
    re.IGNORECASE,
)
_ADJUNCT_STARTERS = wordset(
    """
    after before during while when as asked moments minutes seconds just earlier later backstage tonight then
    meanwhile once still with in on at outside inside behind between having halfway right
"""
)
_COPULA = wordset("is are was were")
# after these a word in -ing is a noun's modifier ("his sewing kit", "the waiting list"), never the verb
_NOUN_MARKERS = wordset("a an the his their its my our your")
_AFTER_A_VERB = CUT_BEFORE | DETERMINERS | OBJECTS  # "caught her crying | in …", "saw her eating | a …"
_RELATIVES = wordset("who whom whose which that where")
_SUBJECT_ADVERBS = wordset("just still finally already also then now really actually apparently even simply")


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
    if _ABBREVIATION.search(before):
        return False
    following = after.lstrip("\"“'‘(")
    if _NUMBERED.search(before) and following[:1].isdigit():
        return False
    return not (_SOFT_ABBREVIATION.search(before) and following[:1].islower())


def sentences(text: str) -> list[str]:
    """`text` split into sentences (see `ends_sentence`); a stop inside a quote or a bracket that the sentence
    goes on after in lower case ends nothing ("“Go!” she said", "Agnes (the hat lady!) pulled a needle")."""
    out: list[str] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        if not ends_sentence(text[start : m.start()], text[m.end() :]):
            continue
        if m.group(0).strip() and text[m.end() : m.end() + 1].islower():
            continue
        out.append(text[start : m.end()].strip())
        start = m.end()
    if start < len(text):
        out.append(text[start:].strip())
    return [s for s in out if s]


# a correspondent's interjection opening a note ("ok so …", "omg", "wait,"): never a headline's subject
_INTERJECTIONS = wordset("ok okay so um umm omg wait lol right anyway btw honestly guys yes yeah oh hey")


def _strip_lead_in(sentence: str) -> str:
    """Drop a correspondent's interjection ("ok so "), a label ("Uno result: ", "Spotted ") and a leading
    adjunct ("Asked about X, ")."""
    words = sentence.split()
    opening = list(takewhile(lambda w: bare(w).lower() in _INTERJECTIONS, words))
    if opening and len(words) > len(opening) + 1 and _capitalised(words[len(opening)]):
        sentence = " ".join(words[len(opening) :])  # "ok so Mara Quist's heel …": the sentence starts at the name
    label = _LABEL.match(sentence)
    if label and word_count(label.group(0)) <= 3 and word_count(sentence[label.end() :]) >= 3:
        sentence = sentence[label.end() :]
    words = sentence.split()
    if words and words[0].lower().strip(",") in _ADJUNCT_STARTERS:
        for i, w in enumerate(words[:14]):
            if w.endswith(",") and i + 1 < len(words) and (words[i + 1][:1].isupper()):
                return " ".join(words[i + 1 :])
        if words[0].lower() in SUBORDINATORS and not any(w.endswith(",") for w in words[:14]):
            # "After the broadcast cleared Ayo Mensah went down …", "When Rook's pad died a kid …": no comma says
            # where the clause ends; the clause that opens at its first name has a subject and a verb of its own
            named = next((i for i in range(1, min(len(words), 14)) if words[i][:1].isupper()), None)
            if named is not None:
                return " ".join(words[named:])
    return sentence


def _capitalised(word: str) -> bool:
    w = word.lstrip("\"“'‘(")
    return w[:1].isupper() or w[:1].isdigit()


def _scan_verb(words: list[str]) -> int | None:
    """Position of the first verb after a subject, skipping possessed nouns ("Zoë's left heel") and
    relative clauses ("Inés, who lost …, knocking")."""
    limit = MAX_SUBJECT_WORDS + (6 if any(w.endswith(",") for w in words[:3]) else 0)
    named = _capitalised(words[0])
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
        if previous.endswith(("'s", "’s", "s'")) or _capitalised(candidate) or previous.lower() in _NOUN_MARKERS:
            continue  # "Zoë's left heel", "the revolving door": a noun phrase, not a verb
        following = words[v + 1].lower() if v + 1 < len(words) else ""
        modifier = candidate.lower().endswith("ing") and following.isalpha() and following not in _AFTER_A_VERB
        if previous.lower() == "her" and modifier:
            continue  # "her sewing kit" (whose kit), not "caught her crying in the wings"
        after_name = _capitalised(previous) or previous.lower() in PRONOUNS
        if looks_like_verb(candidate, after_name=after_name):
            return v
        if named and candidate.lower().endswith("ing") and looks_like_verb(candidate, after_name=True):
            return v  # "Priya, still in the wings, running …"
    return None


def _name_run(words: list[str]) -> list[str]:
    """The names a sentence opens with: "Beatrix Holloway and Marisol Ferreira" (two people joined by "and"
    or "&" are one subject)."""
    name = list(takewhile(_capitalised, words))
    while name and len(words) > len(name) + 1 and words[len(name)] in ("and", "&"):
        more = list(takewhile(_capitalised, words[len(name) + 1 :]))
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
    words = _strip_lead_in(sentence).split()
    if not words:
        return None
    if lead and not _capitalised(words[0]) and looks_like_verb(words[0], after_name=True):
        words = [*lead.split(), *words]
    elif lead and len(words) > 1 and _dropped_subject(words[0], words[1], lead):
        words = [*lead.split(), words[0].lower(), *words[1:]]  # "Pulled the cloth off": the lead did
    if len(words) < 2:
        return None
    v = _scan_verb(words)
    if v is None:
        # "Rafferty Quill in the wings before his set, doing vocal warm-ups": the name, then the -ing verb
        name = _name_run(words)
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
    if any("," in w for w in subject):  # "Rafferty Quill, 78, accepted": drop the apposition
        head = " ".join(subject).split(",")[0].split()
        subject = head or subject
    subject[-1] = subject[-1].rstrip(",")
    while len(subject) > 1 and subject[-1].lower() in _SUBJECT_ADVERBS:  # "Inés Carvajal just pulled"
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
            if w.lower() == "and" and (_capitalised(after) or after.lower() in PRONOUNS):
                break  # "… and Jasper Lindqvist climbed out": a clause of its own
            if w[-1:] == "," and _aside_after_subject([*rest, w[:-1]], following[k + 1 :]) is not None:
                skip = _aside_after_subject([*rest, w[:-1]], following[k + 1 :]) or 0
                rest.append(w[:-1])
                continue  # "until Theo, mid-rehearsal of his bit, let her in": the aside goes, the verb stays
            if w[-1:] in ",;:":
                rest.append(w[:-1])
                break
            rest.append(w)
            if w[-1:] in ".!?" and ends_sentence(w, after):
                break
    if rest:
        rest[-1] = rest[-1].rstrip(".!?…")
    return Clause(subject, verb, [w for w in rest if w])


_ASIDE_WORDS = 8


def _aside_after_subject(told: list[str], following: list[str]) -> int | None:
    """When `told` ends on a subordinate clause's named subject ("… until Theo Brannigan") and `following` opens
    with an aside between commas before that subject's verb ("mid-rehearsal of his bit, let her in"), the
    number of words of the aside; None otherwise."""
    name = list(takewhile(_capitalised, reversed(told)))
    at = len(told) - len(name) - 1
    if not name or at < 1 or told[at].lower() not in SUBORDINATORS:
        return None
    end = next((j for j, w in enumerate(following[:_ASIDE_WORDS]) if w.endswith(",")), None)
    if end is None or end + 1 >= len(following):
        return None
    verb = following[end + 1]
    return end + 1 if verb.islower() and looks_like_verb(verb, after_name=True) else None


def _plural(subject: list[str]) -> bool:
    lowered = [w.lower() for w in subject]
    if "and" in lowered or "&" in lowered or "both" in lowered:
        return True
    if len(subject) == 1 and lowered[0] in PRONOUNS:
        return PRONOUNS[lowered[0]]
    head = lowered[-1]
    if head.endswith(("'s", "’s", "ss", "us", "is")):
        return False
    return head.endswith("s") and (lowered[0] == "the" or subject[-1].islower())


def _presented(clause: Clause, lead: str | None) -> list[str]:
    """The clause's words with a named subject and a present-tense verb ("… and phoned her mother" too).
    "X is in the crew room playing spades" becomes "X plays spades in the crew room"."""
    subject = clause.subject
    if len(subject) == 1 and subject[0].lower() in PRONOUNS and lead:
        subject = lead.split()
    plural = _plural(subject) or clause.verb.lower() in ("are", "were")
    verb_word, rest = clause.verb, list(clause.rest)
    if verb_word.lower() in _COPULA and rest and rest[0].lower() in PLACE_PREPOSITIONS:
        for j in range(1, min(len(rest), 7)):
            w = rest[j]
            if w.islower() and w.endswith("ing") and looks_like_verb(w, after_name=True):
                phrase = rest[j + 1 :]
                # "… Sings to the Fans Who Couldn't Get In": a place after a relative clause would read as its
                # part ("… Get in Outside at the Barrier"), so it goes
                relative = any(bare(x).lower() in _RELATIVES for x in phrase)
                verb_word, rest = w, phrase if relative else [*phrase, *rest[:j]]
                break
    following = rest[0] if rest else None
    verb, folded = present(verb_word, plural, following)
    rest = rest[1:] if folded else rest
    rest = _simple_after_and(rest, plural)
    for k in range(1, len(rest)):  # "… and phoned her mother": the second verb in the present too
        adverb = k >= 2 and rest[k - 2].lower() == "and" and rest[k - 1].lower().endswith("ly")
        if adverb and rest[k].islower() and base_form(rest[k]) and looks_like_verb(rest[k], after_name=True):
            rest[k] = present(rest[k], plural)[0]  # "… and totally lost it": and totally loses it
        elif rest[k - 1].lower() == "and" and rest[k].islower() and looks_like_verb(rest[k], after_name=True):
            rest[k] = present(rest[k], plural)[0] if base_form(rest[k]) else rest[k]
        elif any(rest[j - 1].lower() == "and" and rest[j].lower() in DETERMINERS for j in range(max(1, k - 3), k - 1)):
            # "… and a photographer found it", "… and the whole house stood up": a second clause, in the present
            w = rest[k]
            if w.islower() and base_form(w) and (w in IRREGULAR or looks_like_verb(w, after_name=False)):
                rest[k] = present(w, False)[0]
    # "… Asks for a Chair Because Her Legs Were Shaking": the whole headline in the present
    rest = [_RELATIVE_PRESENT.get(w, w) for w in rest]
    for k in range(2, len(rest)):  # "… Until Theo Brannigan Let Her In", "… Before She Hit the Floor": in the present
        j = k - 1
        pronoun = rest[j].lower() in ("he", "she", "they")
        while j > 0 and _capitalised(rest[j]) and not rest[j].endswith(("'s", "’s")):
            j -= 1
        j = k - 2 if pronoun else j
        w = rest[k]
        past = w.islower() and (w in IRREGULAR or (w.endswith("ed") and base_form(w) is not None))
        if j < k - 1 and j >= 0 and rest[j].lower() in SUBORDINATORS and past:
            rest[k] = present(w, rest[k - 1].lower() == "they")[0]
    return [*subject, verb, *rest]


def _simple_after_and(rest: list[str], plural: bool) -> list[str]:
    """ "… a Broom and Is Sweeping the Confetti" → "… a Broom and Sweeps the Confetti": a second verb in the
    progressive after "and" in the simple present, the tense of the first."""
    out: list[str] = []
    k = 0
    while k < len(rest):
        w = rest[k]
        after = rest[k + 1] if k + 1 < len(rest) else ""
        if out and out[-1].lower() == "and" and w.lower() in _COPULA and after.islower():
            verb, folded = present(w, plural, after)
            if folded:
                out.append(verb)
                k += 2
                continue
        out.append(w)
        k += 1
    return out


_RELATIVE_PRESENT = {"was": "is", "were": "are", "wasn't": "isn't", "weren't": "aren't"}


_PUNCHLINE = re.compile(r"(?:,\s+(?:and|but|so)\s+|;\s+|\s+[—–]\s+)")
_ABBREVIATED_END = re.compile(r"\b(?:[ap]\.m|[A-Z][a-z]?|Jr|Sr|St|Mr|Mrs|Ms|Dr)\.$")


def _quote_part(quote: str, room: int) -> str | None:
    """The quote, or a part of it that stands alone, within `room` characters: its first sentences, its
    last clause after "and"/"but"/";" (where the punchline usually is), or its first clauses. Never a
    thought cut in the middle; None when no part fits."""
    quote = " ".join(quote.split()).strip("\"“”'‘’ ")
    if not quote:
        return None
    said = sentences(quote)
    options: list[str] = [quote]
    options += [" ".join(said[:k]) for k in range(len(said) - 1, 0, -1)]
    last = said[-1] if len(said) == 1 else quote
    parts = _PUNCHLINE.split(last)
    if len(parts) > 1 and len(parts[-1].split()) >= 4:
        options.append(parts[-1][:1].upper() + parts[-1][1:])
    clauses = re.split(r"(?<=[,;:])\s+", said[0])
    options += [
        " ".join(clauses[:k]) for k in range(len(clauses) - 1, 0, -1) if len(" ".join(clauses[:k]).split()) >= 3
    ]
    for option in options:
        option = option.rstrip(" ,;:—–-")
        if option.endswith(".") and not _ABBREVIATED_END.search(option):
            option = option[:-1]
        if len(option) <= room and len(option.split()) >= 2:
            return option
    return None


def _quote_headline(speaker: str, quote: str, place: str | None = None, to: str | None = None) -> str | None:
    """`Speaker Tells Other …` when the moment's reports say whom it was said to (`to`, see `addressee`), else
    `Speaker Says “the quote”` (`Speaker Tells the Bar …` when the note says where): a sentence with a verb,
    never a label; the whole quote or a part of it that stands alone; None when none fits."""
    if to is not None:
        told = _tells(speaker, to, quote)
        if told is not None:
            return told
    words = place.split() if place else []
    if len(words) == 3 and words[1] == "the":
        told = _tells(speaker, f"the {words[2]}", quote)
        if told is not None:
            return told
    head = f"{speaker} says"
    part = _quote_part(quote, MAX_LEN - len(head) - 3)
    return f"{head} “{part}”" if part is not None else None


def _tells(speaker: str, addressee: str, quote: str) -> str | None:
    """`Speaker Tells Addressee to …` when the quote gives an order (reported speech, no quotation marks:
    "Bram Tells Theo to Sit Down"), else `Speaker Tells Addressee: “…”`; None when nothing fits."""
    head = f"{speaker} tells {addressee}"
    quote = without_vocative(quote, addressee)
    for room in (TARGET_LEN - len(head) - 1, MAX_LEN - len(head) - 1):
        order = reported_order(quote, room, to_person=not addressee.startswith("the "))
        if order is not None and not orphan_it(order.split()):
            return f"{head} {order}"
    part = _quote_part(quote, TARGET_LEN - len(head) - 4) or _quote_part(quote, MAX_LEN - len(head) - 4)
    return f"{head}: “{part}”" if part is not None else None


def said_headline(speaker: str, quote: str, names: Sequence[str], to: str | None = None) -> str | None:
    """`Speaker Says “the quote”` (`Speaker Tells Other …` when it was said `to` someone) in title case (None
    when no part of the quote fits)."""
    framed = _quote_headline(speaker, quote, to=to)
    return _title(framed, names) if framed is not None else None


_KIN = "mum mom mother dad father son daughter sister brother wife husband grandma grandmother grandpa grandfather aunt"


def _family_named_once(text: str, names: Sequence[str]) -> str:
    """ "Toby Lindqvist Outs the Deal He Made With His Mum Annika Lindqvist" → "… With His Mum": a relative
    who shares the subject's surname is their relation, not a second full name."""
    for name in names:
        words = name.split()
        if len(words) < 2 or text.startswith(name):
            continue
        family = any(text.startswith(other) and other.split()[-1] == words[-1] for other in names if other != name)
        kin = rf"\b((?:his|her|their) (?:{'|'.join(_KIN.split())})),? {re.escape(name)}\b"
        if family:
            text = re.sub(kin, r"\1", text, flags=re.IGNORECASE)
    return text


# "Walks In Carrying": after a movement, "in" before what was carried is an adverb, not a preposition
_PARTICLE_IN = re.compile(rf"\b({'|'.join(sorted(third_person(v).title() for v in MUNDANE))}) in (?=[A-Z][a-z]+ing\b)")


# "Sews Ada Back in With a Kit": "in" right before a preposition is an adverb ("Back In With"), capitalised
_IN_BEFORE_PREPOSITION = re.compile(r"\bin (?=(?:With|For|After|Before|During|To|From|Through)\b)")


def _title(text: str, names: Sequence[str]) -> str:
    """Title case, with names spelt as on the roster ("Tyler, The Creator", "DJ Pim")."""
    titled: str = titlecase(_family_named_once(text, names))
    titled = _PARTICLE_IN.sub(r"\1 In ", titled)
    titled = _IN_BEFORE_PREPOSITION.sub("In ", titled)
    for name in sorted(names, key=len, reverse=True):
        if name:
            titled = re.sub(re.escape(name), name.replace("\\", r"\\"), titled, flags=re.IGNORECASE)
    return titled


def _cjk_headline(text: str) -> str:
    first = _CJK_CLAUSE.split(text, maxsplit=1)[0].strip()
    if len(first) < 4:
        first = text
    return first[:CJK_MAX].rstrip("，。、,. ")


def _after_boundary(sentence: str, clause: Clause) -> str:
    """What follows the lead clause in its sentence (after the comma or colon that ended it)."""
    said = " ".join(clause.rest[-2:]) if clause.rest else clause.verb
    at = sentence.find(said)
    if at < 0:
        return ""
    tail = sentence[at + len(said) :].lstrip()
    return tail[1:].strip() if tail[:1] in (":", ";", ",") else ""


def _extend(headline: str, clause: Clause, pieces: list[str], lead: str | None) -> str:
    """A short headline (under MIN_LEN) continued with the next clause: "she is leading a conga line"
    after a colon or in the next sentence becomes ", Leads a Conga Line"; other text after a colon is
    appended as it is."""
    tail = _after_boundary(pieces[0], clause)
    options = [tail] if tail else []
    if len(pieces) > 1:
        options.append(pieces[1])
    # "…, dedication below, then she asked for a chair", "… Then she asked …": a later clause of the subject's
    later = [p for o in options for p in (" ".join(_without_openers(o.split())), *_pieces(o)[1:])]
    for option in [*options, *(p for p in later if p not in options)]:
        following = lead_clause(option)
        if following and len(following.subject) == 1 and following.subject[0].lower() in PRONOUNS:
            room = (MAX_LEN if option in options else TARGET_LEN) - len(headline) - 2
            more = _presented(Clause(clause.subject, following.verb, following.rest), lead)[len(clause.subject) :]
            longer = headline + ", " + cut(more, 0, 1, room, room)
        elif option is tail and ":" in pieces[0]:
            room = MAX_LEN - len(headline) - 2
            shown = option.rstrip(".!?")
            first = shown.split(",", 1)[0]  # "…: the first letter she got, from the publisher that …": to the comma
            shown = first if len(first.split()) >= 3 else shown
            longer = headline + ": " + cut(shown.split(), 0, 1, room, room)
        elif (
            option is tail
            and looks_like_verb(option.split(" ", 1)[0], after_name=True)
            and base_form(option.split(" ", 1)[0])
        ):
            # "Saff won Best Debut, walked off stage, …": the next verb phrase, in the present too
            room = TARGET_LEN - len(headline) - 2
            phrase = option.split(",", 1)[0].rstrip(".!?").split(" ")
            verb, _ = present(phrase[0], _plural(clause.subject))
            longer = headline + ", " + cut([verb, *phrase[1:]], 0, 2, room, room)
        elif option is tail and option.split(" ", 1)[0].lower() in PLACE_PREPOSITIONS | {"for", "to", "with"}:
            room = TARGET_LEN - len(headline) - 1  # "…, in the loading bay, for the kitchen staff"
            more = [w.rstrip(",") for w in option.rstrip(".!?").split()]
            shorter = without_place(more, 0, PREFERRED_LEN - len(headline) - 1)  # "… Cut for the Kitchen Staff"
            longer = headline + " " + (shorter or cut(more, 0, 2, room, room))
        else:
            continue
        if len(longer) <= MAX_LEN:
            return longer
    return headline


@dataclass(frozen=True, slots=True)
class _Option:
    """One clause of the moment's reports, as a headline could tell it."""

    words: list[str]  # subject, present-tense verb, the rest of the clause
    keep: int  # words a cut must keep (the subject, the verb and one more)
    clause: Clause
    score: float
    place: tuple[int, int, int]  # (report, sentence, clause) it comes from
    people: frozenset[str]  # the names (folded words) it mentions
    salient: frozenset[str]  # its words that other reports of the moment (or its quotes) also use
    first_piece: str  # the sentence it is the first clause of ("" when it is a later clause)


_PARENTHESES = re.compile(r"\s*\([^()]*\)")
_CLAUSE_BREAK = re.compile(r"[,;:]\s+|\s+(?:and|but)\s+(?=[A-ZÀ-ÿ]|(?:she|he|they|it|her|his|their)\b)")
_OPENERS = wordset("then and but so later now and meanwhile")
_POSSESSIVE = wordset("her his their")


def _without_openers(words: list[str]) -> list[str]:
    """The words without the connectives that open them ("Then she asked" → "she asked")."""
    while words and words[0].lower().strip(",") in _OPENERS:
        words = words[1:]
    return words


def _pieces(sentence: str) -> list[str]:
    """The sentence, then each later clause of it that may have a subject of its own."""
    out = [sentence]
    for m in _CLAUSE_BREAK.finditer(sentence):
        words = _without_openers(sentence[m.end() :].split())
        if len(words) >= 3:
            out.append(" ".join(words))
    return out


def _name_words(names: Sequence[str]) -> dict[str, str]:
    """Folded words of 3+ letters of each name -> the name."""
    out: dict[str, str] = {}
    for name in names:
        for w in re.findall(r"[^\W_]+", fold(name)):
            if len(w) >= 3 and w not in STOPWORDS:
                out.setdefault(w, name)
    return out


def _mentions(words: Sequence[str], by_word: dict[str, str]) -> set[str]:
    return {by_word[w] for word in words for w in re.findall(r"[^\W_]+", fold(word)) if w in by_word}


def _options(texts: Sequence[str], names: Sequence[str], lead: str | None, salient: frozenset[str]) -> list[_Option]:
    by_word = _name_words(names)
    lead_name = lead or (names[0] if names else None)
    found: list[_Option] = []
    for t, text in enumerate(texts[:3]):
        referent, named_referent = lead_name, True  # whom "she" or "her" stands for
        in_report = _mentions(text.split(), by_word)
        said = sentences(text)
        for n, sentence in enumerate(said[:3]):
            for c, piece in enumerate(_pieces(sentence)[:4]):
                # a sentence may drop its subject ("Came off still flossed …"); a later clause that opens with
                # a verb belongs to the noun before it ("the door …, leaning against the wall")
                clause = lead_clause(piece, referent if c == 0 and named_referent else None)
                if clause is None:
                    continue
                subject = clause.subject
                while len(subject) > 1 and subject[0].lower().strip(",") in _OPENERS | _SUBJECT_ADVERBS:
                    subject = subject[1:]  # "Then he outed the deal": he
                rest = list(clause.rest)
                named = len(list(takewhile(_capitalised, subject)))
                at = named + sum(1 for _ in takewhile(lambda w: w.lower() in _SUBJECT_ADVERBS, subject[named:]))
                if named > 0 and at < len(subject) - 1 and subject[at].lower() in PLACE_PREPOSITIONS:
                    # "Kiel (still) in the press room holding the trophy": Kiel holds the trophy in the press room;
                    # the place ends where a conjunction begins ("in the press room | after winning …")
                    place = list(takewhile(lambda w: w.lower() not in WHEN, subject[at:]))
                    subject, rest = subject[:named], [*rest, *place]
                    clause = Clause(subject, clause.verb, rest)
                if all(w[:1].isdigit() for w in subject):
                    continue  # "4 minutes to her cue"
                if bare(subject[0]).lower() in _NO_SUBJECT or any(bare(w).lower() in _RELATIVES for w in subject):
                    continue  # "from the publisher that gave her the prize": a phrase, no subject of its own
                subject = _epithet_named(subject, in_report, by_word)
                clause = Clause(subject, clause.verb, clause.rest)
                lowered = [w.lower() for w in subject]
                in_subject = _mentions(subject, by_word)
                resolved = False
                if len(subject) == 1 and lowered[0] in PRONOUNS:
                    if not referent or lowered[0] in ("it", "we", "i"):
                        continue
                    thing = not any(w[:1].isupper() or "'" in w or "’" in w for w in referent.split()[1:])
                    if not named_referent and thing and lowered[0] in ("he", "she", "they"):
                        if lowered[0] == "they" or not lead_name:
                            continue
                        referent, named_referent = lead_name, True  # "the door locked … She knocked": a person
                    subject, resolved = referent.split(), named_referent
                elif lowered[0] in _POSSESSIVE and len(subject) > 1 and referent and named_referent:
                    subject, resolved = [*referent.split()[:-1], referent.split()[-1] + "'s", *subject[1:]], True
                event = later_event(clause.verb, list(clause.rest))  # "came off … and totally lost it"
                if event is not None and _named_win(clause) and _fits(Clause(subject, clause.verb, clause.rest)):
                    event = None  # "won Best Director and thanked her cat": the win is news, the rest joins it
                result = clause if verb_base(clause.verb) in RESULT_VERBS else None
                if event is not None:
                    manner, verb_after, rest_after = event
                    # "came off after the monologue and lost it in the wings": what it came after stays with it
                    clause = Clause([*subject, *manner], verb_after, [*rest_after, *_what_it_followed(clause.rest)])
                else:
                    clause = Clause(subject, clause.verb, clause.rest)
                clause = _purpose(Clause(_plain(clause.subject), clause.verb, _plain(clause.rest)))
                words = _told_to(_presented(clause, None), len(subject))
                keep = min(len(words) - len(clause.rest) + (1 if clause.rest else 0), len(words))
                other = referent if referent and named_referent and not resolved else None
                if other and not _mentions(subject, by_word) & _mentions(other.split(), by_word):
                    named_object = _named_object(words, len(subject) + 1, other)  # "Jo Hugs Ada", not "Jo Hugs Her"
                    if named_object is not None:
                        words, keep = named_object, keep + len(named_object) - len(words)
                then = _result_then(result, subject, clause) if event is not None and result is not None else None
                if then is not None:  # "Imogen Loses Best Actress, Then Walks In Carrying a Sheet Cake"
                    words = then
                    keep = len(words)
                paid = _what_came_of_it(clause, piece)
                if paid is not None:  # "Felix Loses, So the Sequin Hat Is His for the Night"
                    outcome, told = paid
                    words, keep = [*words[:-1], words[-1] + ",", "so", *told], len(words) + len(outcome.subject) + 3
                people = _mentions(words, by_word)
                stems = {stem(w) for w in re.findall(r"[^\W_]+", fold(" ".join(words))) if w not in STOPWORDS}
                shared = frozenset(stems & salient)
                score = 0.0
                if in_subject:
                    score += 3.0 + (0.5 if lead_name in in_subject else 0.0)
                elif resolved:
                    score += 2.0
                score += min(0.75 * max(len(people) - 1, 0), 1.5) + min(0.5 * len(shared), 1.5)
                verb = base_form(clause.verb) or clause.verb.lower()
                if verb in MUNDANE and event is None and words[len(subject)].lower() not in ("plays",):
                    score -= 1.5
                if words[len(subject)].lower() in ("is", "are"):
                    score -= 1.0
                rendered = cut(words, MIN_LEN, keep)
                if len(rendered) < MIN_LEN and c == 0:
                    rendered = _extend(rendered, clause, [sentence, *said[n + 1 :]], None)
                length = len(rendered)
                score -= 2.0 if length < MIN_LEN - 5 else 1.0 if length < MIN_LEN else 0.0
                score -= 0.75 * t + 1.0 * n + 0.3 * c
                score += 2.0 if paid is not None else 0.0  # a result is news through what came of it
                if any(o.words == words for o in found):
                    continue  # "Uno result: the frontman lost": the clause after the label is the sentence
                found.append(
                    _Option(
                        words, keep, clause, score, (t, n, c), frozenset(people), shared, sentence if c == 0 else ""
                    )
                )
                if not resolved:
                    referent = " ".join(subject)
                    named_referent = bool(_mentions(subject[-1:], by_word))
    return _payoffs_first(found, by_word)


_PAYOFF_MARGIN = 0.25


def _payoffs_first(found: list[_Option], by_word: dict[str, str]) -> list[_Option]:
    """The options with a later clause of a report ranked over the same subject's earlier one when the earlier
    only sets the moment up and the later tells what happened: after a movement ("came down the corridor with
    a trolley"), any clause with a verb of its own ("pulled the cloth off"); after a bare result ("won Designer
    of the Year"), a clause with a number or another person in it ("brought her six seamstresses on stage")."""
    if not found:
        return found
    found = [_with_thing_named(o, found) for o in found]
    top = min(found, key=lambda o: (-o.score, o.place))
    if not _flat(top) or len(cut(top.words, MIN_LEN, top.keep)) < MIN_LEN:
        return found  # "The Frontman Loses": too short alone, `_extend` goes on with what came of it
    who, mover = fold(" ".join(top.clause.subject)), _any_base(top.clause.verb) in MUNDANE
    for i, later in sorted(enumerate(found), key=lambda p: (-p[1].score, p[1].place)):
        same = later.place[0] == top.place[0] and later.place[1:] > top.place[1:]
        if not same or fold(" ".join(later.clause.subject)) != who or _flat(later):
            continue
        if verb_base(later.clause.verb) in ("be", "have") or later.clause.verb.lower() in _STATES:
            continue  # "She has 3 dogs", "She was 2 hours late": a state, not what happened
        if _any_base(later.clause.verb) not in RESULT_VERBS and (mover or _specific(later, by_word)):
            return [*found[:i], replace(later, score=top.score + _PAYOFF_MARGIN), *found[i + 1 :]]
    return found


_STATES = wordset("is are was were has have had 's")
_CARRYING = wordset("with carrying holding clutching pushing wheeling")


def _with_thing_named(option: _Option, found: list[_Option]) -> _Option:
    """The option with "it" after its verb named from the same subject's clause just before it in its report."""
    who = fold(" ".join(option.clause.subject))
    before = [
        o
        for o in found
        if o.place[0] == option.place[0] and o.place[1:] < option.place[1:] and fold(" ".join(o.clause.subject)) == who
    ]
    if not before:
        return option
    words = _it_named(option, max(before, key=lambda o: o.place).clause.rest)
    return option if words is option.words else replace(option, words=words)


def _it_named(payoff: _Option, setup: list[str]) -> list[str]:
    """The payoff's words with "it" after its verb as the thing the setup brought ("walked in with a cake box.
    Opened it …" → "Opens the cake box …"); the words as they are when the setup names no such thing."""
    at = len(payoff.clause.subject) + 1
    if at >= len(payoff.words) or bare(payoff.words[at]).lower() != "it":
        return payoff.words
    k = next((j for j, w in enumerate(setup[:-1]) if w.lower() in _CARRYING), None)
    if k is None or setup[k + 1].lower() not in DETERMINERS:
        return payoff.words
    noun = list(takewhile(lambda w: bare(w).lower() not in CUT_BEFORE and w.islower(), setup[k + 2 :]))
    if not noun or noun[-1] != bare(noun[-1]):
        return payoff.words
    determiner = "the" if setup[k + 1].lower() in ("a", "an", "one") else setup[k + 1]
    return [*payoff.words[:at], determiner, *noun, *payoff.words[at + 1 :]]


def _any_base(verb: str) -> str:
    """A verb's base form, in the present as typed too ("wins" → "win", "comes" → "come")."""
    w = verb.lower()
    for base in (w[:-1], w[:-2]) if w.endswith("s") and len(w) > 3 else ():
        if base in MUNDANE or base in RESULT_VERBS:
            return base
    return verb_base(verb)


def _flat(option: _Option) -> bool:
    """A clause that sets a moment up rather than tells it: a movement ("comes down the corridor"), or a bare
    result ("wins Designer of the Year") with no number and nobody else in it."""
    verb = _any_base(option.clause.verb)
    if verb in MUNDANE:
        return True
    rest = option.clause.rest
    named = not rest or _capitalised(rest[0])  # "wins Designer of the Year", not "loses it in the wings"
    return verb in RESULT_VERBS and named and not {"then", "so"} & set(option.words) and len(option.people) < 2


def _specific(option: _Option, by_word: dict[str, str]) -> bool:
    """Whether a clause holds a number ("six seamstresses", "31 minutes") or names someone besides its subject."""
    rest = option.words[len(option.clause.subject) + 1 :]
    number = any(bare(w).lower() in NUMBER_WORDS or bare(w)[:1].isdigit() for w in rest)
    return number or bool(_mentions(rest, by_word) - _mentions(option.clause.subject, by_word))


def _purpose(clause: Clause) -> Clause:
    """A movement made to do something as what was done ("walked over to the side of the stage to hand the trophy to
    her dishwasher" → "hand the trophy to her dishwasher"): the walk only leads to the act. The clause as it is
    when its verb is no movement or no such act follows ("went to the bar")."""
    if _any_base(clause.verb) not in MUNDANE:
        return clause
    rest = clause.rest
    for k in range(len(rest) - 2):
        act, what = rest[k + 1], rest[k + 2]
        if rest[k].lower() != "to" or not act.isalpha() or not act.islower() or act in _NOT_AN_ACT:
            continue
        if not any(bare(w).lower() in DETERMINERS for w in rest[:k]):
            return clause  # "walked out to present Best Sound": no place walked to, the walk-on is the moment
        if bare(what).lower() in DETERMINERS | OBJECTS or _capitalised(what):
            return Clause(clause.subject, act if _plural(clause.subject) else third_person(act), rest[k + 2 :])
    return clause


_NOT_AN_ACT = (
    DETERMINERS
    | OBJECTS
    | frozenset(PRONOUNS)
    | wordset("be his my your our their from of to for with into onto about toward towards without like than via")
)


def _told_to(words: list[str], verb: int) -> list[str]:
    """A shout at someone to do something as the order it tells ("Yells at Chat to Count Down" → "Tells Chat to
    Count Down"): one verb, not a chain."""
    if shouted_order([bare(w).lower() for w in words[verb:]]) != 0:
        return words
    told = "tells" if words[verb].lower().endswith("s") else "tell"
    return [*words[:verb], told, *words[verb + 2 :]]


# a clause whose "subject" opens with these is a phrase of the sentence before ("…, from the publisher that …")
_NO_SUBJECT = wordset("from of to for with into onto about toward towards without like than via")


def _epithet_named(subject: list[str], in_report: set[str], by_word: dict[str, str]) -> list[str]:
    """A subject that joins a description to a name ("the fado grande dame and K-pop's Ji-woo") with the
    description as the one other person of the moment its report names ("Dulce Amaral and K-pop's Ji-woo"): a
    headline names its people. The subject as it is otherwise."""
    lowered = [w.lower() for w in subject]
    if "and" not in lowered or lowered[0] != "the":
        return subject
    at = lowered.index("and")
    description, other = subject[:at], subject[at + 1 :]
    if len(description) < 2 or any(_capitalised(w) for w in description) or not _mentions(other, by_word):
        return subject
    unnamed = in_report - _mentions(other, by_word)
    return [*next(iter(unnamed)).split(), *subject[at:]] if len(unnamed) == 1 else subject


def _what_it_followed(setting: list[str]) -> list[str]:
    """The "after …" phrase of a setting clause before its "and" ("came off | after the Horace monologue | and lost
    it"): what the event it leads to followed, when it names it (not "after the sketch"); [] when there is none or
    it leans on a pronoun."""
    words = list(takewhile(lambda w: w.lower() != "and", setting))
    at = next((i for i, w in enumerate(words) if w.lower() == "after"), None)
    phrase = words[at:] if at is not None else []
    if len(phrase) < 3 or phrase[-1].endswith(",") or any(bare(w).lower() in OBJECTS for w in phrase):
        return []
    return phrase if any(_capitalised(w) for w in phrase[1:]) else []


def _result_then(result: Clause, subject: list[str], event: Clause) -> list[str] | None:
    """A result and what came of it in one headline, when it fits: "lost Best Actress to Solenne and fifteen
    minutes later walked into the press room carrying a cake" → "Loses Best Actress, Then Walks In Carrying a
    Cake" (the award without whom it went to; a walk into a room before what was carried is "walks in")."""
    award = list(takewhile(lambda w: bare(w).lower() not in CUT_BEFORE, result.rest))
    head = _presented(Clause(subject, result.verb, award), None)
    rest = event.rest
    if verb_base(event.verb) in MUNDANE and len(rest) > 2 and rest[0].lower() in ("into", "onto"):
        carrying = next((j for j in range(2, min(len(rest), 6)) if rest[j].islower() and rest[j].endswith("ing")), None)
        rest = [rest[0][:-2], *rest[carrying:]] if carrying is not None else rest
    tail = _presented(Clause(subject, event.verb, rest), None)[len(subject) :]
    room = TARGET_LEN - len(" ".join(head)) - len(", then ")
    told = cut(tail, 0, min(len(tail), 2), room, room).split()
    after = bare(tail[len(told)]) if len(told) < len(tail) else ""
    cut_short = bool(after) and after.lower() not in CUT_BEFORE and not (after.islower() and after.endswith("ed"))
    if after and any(bare(w).lower() in NUMBER_WORDS or bare(w)[:1].isdigit() for w in tail):
        return None  # "… Then Brings Her Six Seamstresses Up": the event's own clause says more, whole
    if after.lower() == "to" and _giving(bare(tail[0]).lower()):
        return None  # "… Then Hands the Trophy": to whom is the story, told by the event's own clause
    words = [*head[:-1], head[-1] + ",", "then", *told]
    return words if len(" ".join(words)) <= TARGET_LEN and len(told) > 2 and not cut_short else None


# chat that intensifies ("totally lost it", "practically vibrating"): a headline says what happened, plainly
_CHATTY = wordset("totally literally absolutely completely basically actually practically seriously genuinely honestly")


_CHAT = _CHATTY | CHAT


def _plain(words: list[str]) -> list[str]:
    return [w for w in words if bare(w).lower() not in _CHAT]


def _what_came_of_it(clause: Clause, piece: str) -> tuple[Clause, list[str]] | None:
    """For a bare result followed by what it cost or won ("Felix lost, so the sequin hat is his for the
    night"), that consequence's clause and its words in the present; None for any other clause."""
    if verb_base(clause.verb) not in RESULT_VERBS:
        return None
    last = clause.rest[-1] if clause.rest else clause.verb
    m = re.search(rf"\b{re.escape(last)},\s+so\s+(\S.*)$", piece)
    outcome = lead_clause(m.group(1)) if m else None
    if outcome is None or outcome.subject[0].lower() in PRONOUNS:
        return None
    return outcome, _presented(outcome, None)


def _shortest(option: _Option) -> str:
    """The option cut at its first clause boundary after the words it must keep."""
    words = option.words
    for end in range(option.keep, len(words)):
        word = bare(words[end]).lower()
        boundary = (word in CUT_BEFORE or word[:1].isdigit()) and not fixed_phrase(words, end)
        if boundary and bare(words[end - 1]).lower() not in DANGLING:
            return " ".join(words[:end]).rstrip(",;:")
    return " ".join(words).rstrip(",;:")


def _combined(best: _Option, options: list[_Option]) -> str | None:
    """Two clauses of one report in one headline ("X Snaps a Heel and Y Pulls Off Her Boots") when the
    second names someone else of the moment or tells what happened next, and both fit."""
    t, n, c = best.place
    head = _shortest(best)
    for other in sorted(options, key=lambda o: o.place):
        ot, on, oc = other.place
        if ot != t or not ((on == n and oc > c) or (on == n + 1 and oc == 0)):
            continue
        if [w.lower() for w in other.clause.subject] == [w.lower() for w in best.clause.subject]:
            continue  # the same subject again ("he is being zipped …"): `_extend` tells that
        if _possessor(best.clause.subject) and _named(other.clause.subject) and other.people - best.people:
            hero = _hero_clause(best, other)
            if hero is not None:  # "Ada's train catches on a plinth. Bo sews her back in": Bo sews Ada back in
                return hero
        if _named(best.clause.subject) and _named(other.clause.subject) and other.people:
            return _helper_clause(best, other)  # two people, two clauses: one headline about the one who acts
        if _scoreboard(best) or _scoreboard(other):
            continue  # "Yuki Wins 7-5 and Felix Loses": a result, told once
        new_people = other.people - best.people
        eventful = (base_form(other.clause.verb) or other.clause.verb.lower()) not in MUNDANE
        alone = len(cut(best.words, MIN_LEN, best.keep)) >= MIN_LEN  # one clause that says enough on its own
        mover = verb_base(best.clause.verb) in MUNDANE  # "steps onto the roof": what happened next is the story
        if not (new_people or (eventful and (mover or (other.salient - best.salient and not alone)))):
            continue
        room = TARGET_LEN - len(head) - 5
        words = list(other.words)
        if words[0].lower() in ("the", "a", "an"):
            words[0] = words[0].lower()
        tail = cut(words, 0, other.keep, room, room)
        if len(tail) <= room and len(tail.split()) >= 3 and len(head) >= 20:
            return f"{head} and {tail}"
    return None


_GIVING = wordset("hand give pass lend offer toss throw slide")
_PARTICLES = wordset("up down out off in over back away")
_FILLERS = wordset("right there here just")


def _giving(word: str) -> bool:
    """ "hands", "gave", "passes": a verb that hands something to someone."""
    third = word.endswith("s") and (word[:-1] in _GIVING or word[:-2] in _GIVING)
    return word in _GIVING or third or verb_base(word) in _GIVING


def _named(subject: list[str]) -> bool:
    """Whether a clause's subject is a name ("Pip Lasalle"), not a thing or a possessed noun."""
    return bool(subject) and all(_capitalised(w) and not w.endswith(("'s", "’s")) for w in subject)


def _helper_clause(first: _Option, second: _Option) -> str | None:
    """When one person's clause is followed by another person's ("Pip was asleep in the prop store. Sal
    scooped him up and ran for the wings"), one clause about the one who acted, naming the other where the
    second clause only points at them: "Sal Scoops Up Pip and Runs for the Wings"; "Ines pulled her boots off
    and handed them over" → "Ines Pulls Her Boots Off for Teddy". Never "X Is Asleep and Y Scoops Him Up".
    None when the second clause does not act on the first person (each stays a headline of its own)."""
    name = first.clause.subject
    words = list(second.words)
    at = len(second.clause.subject) + 1  # the word after the verb
    if fold(" ".join(name)) in fold(" ".join(words)):  # "Sal Scoops Up Pip" (see `_named_object`)
        return cut(words, MIN_LEN, second.keep)
    if not any(_giving(bare(w).lower()) for w in words[at:]):
        return None
    head = _shortest(second).split()
    while len(head) > at and head[-1].lower() in _FILLERS:
        head.pop()  # "… Her Boots Off Right There"
    return f"{' '.join(head)} for {' '.join(name)}"


def _possessor(subject: list[str]) -> list[str]:
    """The person whose thing a subject is ("Ada Brook's train" → Ada Brook), [] for any other subject."""
    k = len(list(takewhile(_capitalised, subject)))
    if 0 < k < len(subject) and subject[k - 1].endswith(("'s", "’s")) and all(w.islower() for w in subject[k:]):
        return [*subject[: k - 1], subject[k - 1][:-2]]
    return []


def _hero_clause(mishap: _Option, rescue: _Option) -> str | None:
    """A mishap to someone's thing followed by another person's clause that acts on them or on it ("Ada's train
    caught on a plinth. Bo knelt down and sewed her back in") as one headline about the one who helped, naming
    whom they helped: "Bo Sews Ada Back In"; a movement that only leads to the act ("knelt down and") goes. None
    when the rescuer's clause does not point back at the person or the thing."""
    owner, thing = _possessor(mishap.clause.subject), mishap.clause.subject
    words = list(rescue.words)
    verb = len(rescue.clause.subject)
    if len(words) > verb + 3 and bare(words[verb + 1]).lower() in _PARTICLES and words[verb + 2].lower() == "and":
        words = [*words[:verb], *words[verb + 3 :]]  # "Kneels Down and Sews …"
    for j in range(verb + 1, min(verb + 2, len(words))):  # the verb's object: "sewed her back in", not "laughed at her"
        w = bare(words[j]).lower()
        whole = [bare(x).lower() for x in words[j : j + 3]] == ["the", "whole", "thing"]
        if whole or w == "everything":  # "spooned the whole thing into teacups": the thing that broke
            words, w = [*words[:j], "it", *words[j + (3 if whole else 1) :]], "it"
        following = bare(words[j + 1]).lower() if j + 1 < len(words) else ""
        # what may follow an object: "sewed her back in", "handed her his own", never "saw it happen"
        if following not in {"", *_PARTICLES, *CUT_BEFORE, *DETERMINERS, *_AFTER_OBJECT}:
            return None
        if bare(words[-1]).lower() in _ELLIPTICAL:
            return None  # "handed her his own": his own what, the mishap says
        if w in ("him", "her", "them"):
            told = [*words[:j], *owner, *words[j + 1 :]]
        elif w == "it":
            told = [*words[:j], *thing, *words[j + 1 :]]
        else:
            continue
        after = j + len(told) - len(words) + 1
        told = [*told[:after], *takewhile(lambda x: x.lower() != "and", told[after:])]  # the rescue, not what next
        headline = cut(told, MIN_LEN, min(len(told), after))
        if len(headline) >= MIN_LEN:
            return headline
        # "Jonah Pell Catches Mara Quist" says too little: when the mishap happened, then the hero
        framed = f"when {_shortest(mishap)}, {cut(words, MIN_LEN, j + 1)}"
        return framed if len(framed) <= TARGET_LEN else headline
    return None


_ELLIPTICAL = wordset("own one ones")
_AFTER_OBJECT = wordset("my your our into onto from")


def _named_object(words: list[str], at: int, name: str) -> list[str] | None:
    """The words with the object pronoun right after the verb (`at`) as the person it stands for ("Sal
    scooped him up" → "Sal scooped up Pip"; "handed her a tissue" → "handed Pip a tissue"); None when there is
    no such pronoun ("her own boots" is whose, not whom)."""
    if at >= len(words) or bare(words[at]).lower() not in ("him", "them", "her"):
        return None
    following = bare(words[at + 1]).lower() if at + 1 < len(words) else ""
    if bare(words[at]).lower() == "her" and following not in {"", *_PARTICLES, *CUT_BEFORE, *ARTICLES}:
        return None
    particle = [words[at + 1]] if following in _PARTICLES else []
    return [*words[:at], *particle, *name.split(), *words[at + 1 + len(particle) :]]


def _fits(clause: Clause) -> bool:
    """Whether a whole clause makes a headline without a cut."""
    return len(" ".join(_presented(clause, None))) <= TARGET_LEN


def _named_win(clause: Clause) -> bool:
    """Whether a clause tells a win of a named award ("won Best Director in a Drama")."""
    return verb_base(clause.verb) == "win" and bool(clause.rest) and _capitalised(clause.rest[0])


def _scoreboard(option: _Option) -> bool:
    """Whether a clause tells a result (wins, loses, beats): never one half of a two-clause headline."""
    return (base_form(option.clause.verb) or option.clause.verb.lower()) in RESULT_VERBS


def _answer_headline(best: _Option, names: Sequence[str], quote: str | None, speaker: str | None) -> str | None:
    """When the clause is only a scene its speaker was in ("was taking questions when Theo Brannigan wandered
    in") and the speaker's quote answers the one who broke in: `Speaker Tells Other: “…”`."""
    if not quote or not speaker or fold(" ".join(best.clause.subject)) != fold(speaker):
        return None
    by_first = {fold(n.split()[0]): n for n in names if n != speaker}
    other = interrupted_by(
        best.clause.verb, [fold(w) if fold(w) in by_first else w for w in best.clause.rest], by_first
    )
    if other is None:
        return None
    return _tells(speaker, other, quote)


def write_headline(
    text: str,
    *,
    names: Sequence[str],
    lead: str | None,
    quote: str | None = None,
    speaker: str | None = None,
    others: Sequence[str] = (),
    salient: frozenset[str] = frozenset(),
    thin: str | None = None,
    story: Sequence[str] = (),
    about: str | None = None,
    opening: Sequence[str] = (),
) -> str:
    """A headline for a moment told by `text` (its best report, as article copy; `others`: its other reports
    in English), about `names` (its people, the lead first).

    The clause chosen tells the moment's event: its subject names someone of the moment, its words are
    ones the other reports (or the quotes) use too (`salient`: stemmed words), its verb is not one of
    the flat ones ("arrives", "is"), it fits; a second clause joins it when it names someone else of the
    moment or tells what happened next. `thin` (where the note says it was heard, "" when it does not say)
    marks a note that only frames its quote: the headline is then the speaker and the quote, or a part of
    the quote that stands alone. `story` (the other moments the item tells, as copy) is read only when the
    moment's own reports name nobody in a clause that reads as a sentence ("The usher watching …"), or for
    `about`: the person the story is about when it is not its lead, whose own clause is preferred. `opening`
    (the copy of a moment the body tells before this one, nearly as strong) is headlined first: the headline
    promises what the first paragraph tells.

    The headline is checked (`headline_check.problem`) before it is used: one that fails is replaced by the
    next clause of the moment's reports that passes, else a plain one (subject, present-tense verb, object),
    else its speaker and the quote."""
    text = _PARENTHESES.sub("", text).strip()
    if text and is_cjk(text):
        return _cjk_headline(text)
    draft = _draft(
        text,
        names=names,
        lead=lead,
        quote=quote,
        speaker=speaker,
        others=others,
        salient=salient,
        thin=thin,
        story=story,
        about=about,
        opening=opening,
    )
    draft = _in_full(draft, names)
    if problem(draft, names) is None:
        return _title(draft, names)
    fallbacks = _fallbacks(text, others, names, lead, salient, quote, speaker, story)
    passing = next((h for h in fallbacks if problem(h, names) is None), None)
    short = next((h for h in [draft, *fallbacks] if too_short_only(h, names)), None)
    return _title(_in_full(passing or short or draft, names), names)


def _in_full(headline: str, names: Sequence[str]) -> str:
    """A headline that opens with a person's surname alone ("Talavera's controller dies …") opens with their
    whole name: a headline introduces its subject."""
    first, _, rest = headline.partition(" ")
    word = bare(first)
    surname = re.sub(r"['’]s$", "", word)
    whole = [n for n in names if len(n.split()) > 1 and fold(n.split()[-1]) == fold(surname)]
    if len(whole) != 1 or not surname:
        return headline
    return " ".join(filter(None, [whole[0] + first[len(surname) :], rest]))


def _draft(
    text: str,
    *,
    names: Sequence[str],
    lead: str | None,
    quote: str | None,
    speaker: str | None,
    others: Sequence[str],
    salient: frozenset[str],
    thin: str | None,
    story: Sequence[str],
    about: str | None,
    opening: Sequence[str],
) -> str:
    """`write_headline`'s headline before it is checked, as written (not yet in title case)."""
    others = [_PARENTHESES.sub("", other).strip() for other in others]
    to = addressee([text, *others], quote, speaker or lead or "", names) if quote else None
    if (thin is not None or not text) and quote and speaker:
        framed = _quote_headline(speaker, quote, thin, to)
        if framed is not None:
            return framed
    sources = [_won(t) for t in ([text, *others] if text else others)]
    options = _options(sources, names, lead, salient)
    if not options:
        if quote and (speaker or lead):
            framed = _quote_headline(speaker or lead or "", quote, thin, to)
            if framed is not None:
                return framed
        told = [_PARENTHESES.sub("", t).strip() for t in story]
        elsewhere = _options(told, names, lead, salient)  # a note with no verb: a clause of the story's next beat
        by_name = _name_words(names)
        found = _sound_option([o for o in elsewhere if _mentions(o.clause.subject, by_name)], elsewhere)
        if found is not None:
            return found[1]
        noted = _noted(text)
        if noted is not None:
            return noted
        plain = text.rstrip(".!?").split()
        return cut(plain, MIN_LEN, min(len(plain), 2)) if plain else (lead or "")
    first = [_PARENTHESES.sub("", t).strip() for t in opening]
    openers = [
        replace(o, place=(o.place[0] + len(sources), *o.place[1:])) for o in _options(first, names, lead, salient)
    ]
    sources += first
    told = [_PARENTHESES.sub("", t).strip() for t in story]
    further = [  # the story's other moments: after any clause of the moment's own
        replace(o, place=(o.place[0] + len(sources), *o.place[1:]), score=o.score - _ELSEWHERE)
        for o in _options(told, names, lead, salient)
    ]
    sources += told
    by_word = _name_words(names)

    def named(o: _Option, who: str | None = None) -> bool:
        found = _mentions(o.clause.subject, by_word)
        return who in found if who else bool(found)

    ranked = sorted(options, key=lambda o: (-o.score, o.place))
    chosen = (
        _sound_option([o for o in [*options, *further] if named(o, about)], [*options, *further]) if about else None
    )
    chosen = chosen or _sound_option([o for o in openers if named(o)], openers) or _sound_option(ranked, options)
    if further and (chosen is None or not named(chosen[0])):
        chosen = _sound_option([o for o in further if named(o)], further) or chosen
    best, headline = chosen or (ranked[0], cut(ranked[0].words, MIN_LEN, ranked[0].keep))
    noted = _noted(text) if not named(best) else None
    if noted is not None:  # "Three Takers So Far" names nobody: "X Is at the Bar With His Sewing Kit" does
        return noted
    answered = _answer_headline(best, names, quote, speaker)
    if answered is not None:
        return answered
    source = sources[best.place[0]]
    if len(headline) < MIN_LEN and best.first_piece:
        headline = _extend(headline, best.clause, [best.first_piece, *sentences(source)[best.place[1] + 1 :]], lead)
    if len(headline) < MIN_LEN and quote and speaker and word_count(headline) < 5:
        framed = _quote_headline(speaker, quote, to=to)
        if framed is not None:
            return framed
    if best.place[2] == 0:
        said = sentences(source)
        context = _news_context(said[best.place[1]], lead) if best.place[1] < len(said) else None
        if context and len(context) + 1 + len(headline) <= MAX_LEN:
            headline = f"{context} {headline}"
    return headline


def _named_clauses(sources: Sequence[str], names: Sequence[str]) -> list[str]:
    """The clause that opens where a person of the moment is named, in each sentence ("After the show cleared
    Ada Brook went down to the dock" → "Ada Brook goes down to the dock"): a sentence whose subject is lost
    in what comes before it still says who did what."""
    out: list[str] = []
    for source in sources[:3]:
        for sentence in sentences(source)[:3]:
            words = sentence.split()
            for name in names:
                size = len(name.split())
                for at in range(len(words) - size):
                    if fold(" ".join(words[at : at + size])) != fold(name):
                        continue
                    after = list(takewhile(lambda w: w.lower() in _SUBJECT_ADVERBS, words[at + size :]))
                    clause = lead_clause(" ".join([*name.split(), *words[at + size + len(after) :]]))
                    if clause is not None and clause.subject == name.split():
                        rest = _plain(_without_first_person(clause.rest))
                        told = _presented(Clause(clause.subject, clause.verb, rest), None)
                        out.append(cut(told, MIN_LEN, min(len(told), size + 2)))
    return out


_FIRST_PERSON_OBJECTS = wordset("me us")
_I = wordset("i im i'm ive i've")
_BY_ME = wordset("past by near beside behind with to at for toward towards around in on from")


def _without_first_person(words: list[str]) -> list[str]:
    """A clause's words without where the correspondent stood in it ("walked past me holding the trophy" →
    "walked holding the trophy": a preposition and "me" or "us"), nor what they felt ("… im shaking")."""
    out: list[str] = []
    for w in words:
        if bare(w).lower().replace("’", "'") in _I:
            break  # "… like a baby im shaking": the correspondent's own clause
        if bare(w).lower() in _FIRST_PERSON_OBJECTS and out and bare(out[-1]).lower() in _BY_ME:
            out.pop()
            continue
        out.append(w)
    return out


def _fallbacks(
    text: str,
    others: Sequence[str],
    names: Sequence[str],
    lead: str | None,
    salient: frozenset[str],
    quote: str | None,
    speaker: str | None,
    story: Sequence[str],
) -> list[str]:
    """The headlines to try when the written one fails the check, best first: each clause of the moment's
    reports as a headline, then the same clause plain (subject, present-tense verb, object, cut at its first
    clause boundary), then what a note with no verb says (`_noted`), then the speaker and the quote, then a
    clause of the item's other moments that names someone of the moment (the note says nothing that reads)."""
    sources = [_won(t) for t in ([text, *others] if text else others)]
    options = sorted(_options(sources, names, lead, salient), key=lambda o: (-o.score, o.place))
    out = [cut(o.words, MIN_LEN, o.keep) for o in options]
    out += _named_clauses(sources, names)
    out += [_shortest(o) for o in options]
    noted = _noted(text)
    if noted is not None:
        out.append(noted)
    if quote and (speaker or lead):
        to = addressee([text, *others], quote, speaker or lead or "", names)
        framed = _quote_headline(speaker or lead or "", quote, to=to)
        if framed is not None:
            out.append(framed)
    told = [_PARENTHESES.sub("", t).strip() for t in story]
    by_name = _name_words(names)
    elsewhere = sorted(_options(told, names, lead, salient), key=lambda o: (-o.score, o.place))
    out += [cut(o.words, MIN_LEN, o.keep) for o in elsewhere if _mentions(o.clause.subject, by_name)]
    return out


_WITH_AWARD = re.compile(
    r"^(\S+(?:\s+\S+){0,3}?)\s+(?:back\s+|still\s+)?(?:in|at)\s+the\s+(?:[\w-]+\s+){1,3}?"
    r"(?:with|holding|clutching)\s+(?:the|her|his|their)\s+((?:\S+\s+){1,5}?)(?:award|trophy|prize)(?=[,.;:!?]|$)"
)


def _won(text: str) -> str:
    """A note of a name in a room with a named award ("Ada Brook in the press room with the Jazz Album award,
    …") as the win it tells ("Ada Brook won Jazz Album, …"): the news a headline leads on."""
    m = _WITH_AWARD.match(text)
    if m is None or not all(_capitalised(w) for w in (*m.group(1).split(), *m.group(2).split())):
        return text
    return f"{m.group(1)} won {m.group(2).strip()}{text[m.end() :]}"


_WHERE_NEXT = PLACE_PREPOSITIONS | wordset("through thru into onto under with backstage outside")


def _noted(text: str) -> str | None:
    """A note that opens with a name and a place and no verb ("Ada Brook on the decks at the after-party, …")
    as a clause: its first clause with "is" ("Ada Brook Is on the Decks at the After-Party"); None for any
    other note."""
    first = re.split(r"[,;:.!?]\s", text.rstrip(".!?"), maxsplit=1)[0].split()  # "…, grinning": the first clause
    given = _with_copula(first)
    return cut(given, MIN_LEN, min(len(given), 3)) if given is not first else None


def _with_copula(words: list[str]) -> list[str]:
    """A note with no verb ("Ada Brook on the decks at the after-party") as a clause: the name, "is", where."""
    name = _name_run(words)
    if not name or len(name) >= len(words) or words[len(name)].lower() not in _WHERE_NEXT:
        return words
    verb = "are" if _plural(name) else "is"
    return [*name, verb, *words[len(name) :]]


_ELSEWHERE = 2.0  # a clause of another moment of the story ranks below the moment's own


def _sound_option(candidates: list[_Option], pool: list[_Option]) -> tuple[_Option, str] | None:
    """The best of `candidates` whose headline reads as a sentence (joined with a clause of `pool` when
    that tells more), a simpler one over a broken one; None when none does."""
    for option in sorted(candidates, key=lambda o: (-o.score, o.place)):
        tries = [_combined(option, pool), cut(option.words, MIN_LEN, option.keep)]
        headline = next((h for h in tries if h and sound(h)), "")
        headline = headline or next((h for h in _shorter(option) if sound(h)), "")
        if headline:
            return option, headline
    return None


_BREAKS = CUT_BEFORE | ARTICLES  # "… the Live Speedrun | a Kid in the Front Row": a run-on ends at its article
_UNITS = wordset("second seconds minute minutes hour hours")


def _amount_of_time(words: list[str], at: int) -> bool:
    """Whether an amount of time opens at `at` ("twenty minutes", "5 minutes") after a word that does not
    measure it (not "in", "for", "after" …: a cut there leaves "in", which a headline never ends on)."""
    w = bare(words[at]).lower()
    amount = w in NUMBER_WORDS or w[:1].isdigit() or w in ("twenty", "thirty", "forty", "fifty", "a", "an")
    return amount and at + 1 < len(words) and bare(words[at + 1]).lower() in _UNITS


def _shorter(option: _Option) -> Iterator[str]:
    """The option cut shorter at each clause boundary, longest first, none under 30 characters: when the cut
    headline reads badly ("… Through the Live Speedrun a Kid"), a shorter one may not."""
    words = option.words
    for end in range(len(words) - 1, option.keep - 1, -1):
        amount = _amount_of_time(words, end)  # "… Through the Kitchen Door | Twenty Minutes Before …"
        if (bare(words[end]).lower() not in _BREAKS and not amount) or bare(words[end - 1]).lower() in DANGLING:
            continue
        verb = end - 1 == len(option.clause.subject) or bare(words[end - 2]).lower() in ("and", "then")
        if bare(words[end]).lower() in ARTICLES and verb and tense(words[end - 1]) in ("present", "past"):
            continue  # "… and Opens | the Envelope": the article opens the verb's object
        text = " ".join(words[:end]).rstrip(",;:")
        if len(text) < MIN_CHARS:
            return
        if len(text) <= MAX_LEN and not fixed_phrase(words, end):
            yield text


_NEWS_CONTEXT = re.compile(
    r"^((?:Right\s+|Moments\s+|Minutes\s+|Just\s+)?(?:After|Before|Despite)\s+[^,]{3,40},)\s", re.IGNORECASE
)
_NEWS_WORDS = wordset(
    "win won winning loss lost losing defeat nomination nominations award trophy category speech first second "
    "third fourth fifth sixth seventh eighth ninth tenth last straight"
)


def _news_context(sentence: str, lead: str | None) -> str | None:
    """The adjunct opening a sentence that makes its clause news ("After Her Ninth Loss,"): a win, a loss, a
    count; never one that names someone else, nor a pronoun the headline does not resolve."""
    m = _NEWS_CONTEXT.match(sentence)
    if not m:
        return None
    words = [bare(w).lower() for w in m.group(1).split()]
    if not (set(words) & _NEWS_WORDS or any(w[:1].isdigit() for w in words)):
        return None
    if any(w in ("he", "she", "they", "him", "them") for w in words):
        return None
    named = [w for w in m.group(1).split()[1:] if _capitalised(w)]
    if named and not (lead and all(bare(w) in lead.split() for w in named)):
        return None
    return m.group(1)
