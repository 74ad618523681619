"""A report's sentence broken into the pieces that could head its moment (`options`): its clauses in order, a
list of one subject's predicates and the one it builds to (`in_list`, `handed_off`: a thing handed over before an
act only frees the hands), ", as promised" kept with its clause, a clause that fits whole or tells a named award's
win.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .clauses import RELATIVES, Clause, capitalised
from .cutting import TARGET_LEN, bare
from .payoff import MUNDANE, hand_off, news_weight, reaction, verb_base
from .presenting import presented
from .textutil import wordset
from .verbs import IRREGULAR, base_form, past_tense, third_person


def _after_boundary(sentence: str, clause: Clause) -> str:
    """What follows the lead clause in its sentence (after the comma or colon that ended it)."""
    said = " ".join(clause.rest[-2:]) if clause.rest else clause.verb
    at = sentence.find(said)
    if at < 0:
        return ""
    tail = sentence[at + len(said) :].lstrip()
    return tail[1:].strip() if tail[:1] in (":", ";", ",") else ""


# a relative clause between commas after a name ("Rhea Vale and Tomas Berg, who had not spoken in ten years, hugged")
_NONRESTRICTIVE = re.compile(
    r",\s+(?:who|whose|whom)\b[^,;:.!?“”\"]*,(?=\s)"
    # what the subject wore, set off before its verb ("a boy of about six, in a miniature three-piece suit and tiny
    # patent shoes, climbed …"): never a clause of its own, whose verb would go to the report's tagged person
    r"|,\s+(?:in|wearing|dressed in)\s+(?:a|an|his|her|their|full)\s[^,;:.!?“”\"]*,(?=\s+(?:[a-z]+ed|was|were|did|"
    r"made|took|went|came|stood|sat|ran|got|gave|held|kept|began|walked)\b)"
)
_CLAUSE_BREAK = re.compile(r"[,;:]\s+|\s+(?:and|but)\s+(?=[A-ZÀ-ÿ]|(?:she|he|they|it|her|his|their|a|an|the)\b)")
# where the clause that tells what came of a scene may open ("was eating noodles | when Ada Lind walked over")
_NEWS_BREAK = re.compile(
    r",\s+(?P<where>where)\s+(?=(?:she|he|they)\b)"  # "walked to the car park, where she gave …": the subject's act
    r"|\s+(?P<sub>when|until|till|as|while)\s+(?=[A-ZÀ-ÿ]|(?:she|he|they)\b|(?:the|his|her|their)\s+\w+(?:'s)?\s)"
    r"|(?:,|\s+and)?\s+(?P<then>then|finally)\s+(?=[a-zA-ZÀ-ÿ])"
)
_OPENERS = wordset("then and but so later now and meanwhile backstage afterwards afterward offstage finally tonight")
_BEFORE_ADVERB = wordset("was were is are been being had has who which that")


_GROUP = re.compile(
    r"\b(?:the|her|his|their|its|\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty"
    r"|dozen|some|all)\s+(?:[a-z-]+\s+)?[a-z-]{3,}s\b"
)


def _group_in(sentence: str) -> bool:
    """Whether a sentence names a group of people or things in the plural ("her six dancers", "the stagehands"):
    a "they" after it may mean them."""
    return bool(_GROUP.search(sentence))


PIECES = 6  # the clauses of a sentence read as candidates, in order (a list's last predicate always among them)


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


def _pieces_told(sentence: str) -> list[tuple[str, str]]:
    """`_pieces`, then each clause that may tell what came of the one before it, with the word that opens it: a
    subordinator ("when", "until", "as", "while": "sub") or "then"/"finally" ("then"); "" for the others."""
    out = [(piece, "") for piece in _pieces(sentence)]
    last: list[tuple[str, str]] = []
    for m in _AND_LISTED.finditer(sentence):  # "…, kicked off his shoes and | jumped into the canal": a list's last
        piece = sentence[m.end() :]
        listed = _past_after_and(piece.split(" ", 1)[0]) and in_list(sentence[: m.start()], piece)
        if listed and all(piece != p for p, _ in out):
            last.append((piece, ""))
    # a list's last predicate is always among the pieces read (`PIECES`), however many acts come before it
    out = [*out[: PIECES - len(last)], *last] if len(out) + len(last) > PIECES else [*out, *last]
    for m in _NEWS_BREAK.finditer(sentence):
        if m.group("then") and (sentence[: m.start()].split() or [""])[-1] in _BEFORE_ADVERB:
            continue  # "was finally handed …", "who then asked …": one verb, or a relative clause's, not a new clause
        words = _without_openers(sentence[m.end() :].split())
        piece = " ".join(words)
        if len(words) >= 3 and all(piece != p for p, _ in out):
            out.append((piece, "sub" if m.group("sub") else "then"))
    return out


_A_THING = re.compile(r"\b([a-z]+) an? ([a-z]+)\b")
_ONE = re.compile(r"\b([a-z]+ed|[a-z]+) one\b(?! of| another| by one)")


def _one_named(sentence: str) -> str:
    """A sentence whose act's object is "one" of a thing it named with the same verb before ("who said she cannot
    dance a zeibekiko, climbed onto a table and danced one") with the thing named ("danced a zeibekiko"): the clause
    read alone (its aside set apart) still says what was done. The sentence as it is otherwise."""
    if " one" not in sentence:
        return sentence
    things = {base_form(v) or v: f"a{'n' if t[0] in 'aeiou' else ''} {t}" for v, t in _A_THING.findall(sentence)}
    if not things:
        return sentence

    def named(m: re.Match[str]) -> str:
        thing = things.get(base_form(m.group(1)) or m.group(1))
        return f"{m.group(1)} {thing}" if thing and m.start() > sentence.find(thing) >= 0 else m.group(0)

    return _ONE.sub(named, sentence)


# participles of what a thing is made up with, which open a phrase describing it ("a jersey, way too big, belted with
# a bike inner tube"), never an act of the one wearing it
_MADE_UP = wordset("belted pinned tied trimmed lined studded stitched taped strapped wrapped draped covered decorated")
_MADE_UP |= wordset("topped dusted smeared splattered stuffed patched fastened")


def _described_by(piece: str) -> bool:
    """Whether a clause opens on a past participle and "by" ("lit by sixty phone torches", "cheered by the crowd"),
    or on one of what a thing is made up with and "with" or "in" ("belted with a bike inner tube", "covered in
    glitter"): a phrase describing what came before, no predicate of its own."""
    first, _, rest = piece.partition(" ")
    w = first.lower()
    participle = (w.endswith("ed") and len(w) > 4) or (w in IRREGULAR and IRREGULAR[w] != w)
    if first.islower() and w in _MADE_UP and rest.startswith(("with ", "in ")):
        return True
    return first.islower() and participle and rest.startswith("by ") and base_form(w) not in MUNDANE


def _payoff_verb(clause: Clause) -> bool:
    """Whether a clause's verb may be a list's payoff: no movement, approach, scene, look or reaction ("walked the
    length of the corridor", "went down", "cried" never beat the act they lead to or follow)."""
    weight = news_weight(clause.verb, clause.rest[0] if clause.rest else "")
    return weight >= 0 and verb_base(clause.verb) not in MUNDANE and not reaction(clause.verb, clause.rest)


# ", as promised" after an act: the word it kept (item_headline says it only when the body does)
AS_PROMISED = r"as (?:(?:he|she|they)(?: had|'d|’d)? )?(?:promised|vowed|swore|planned|agreed|threatened|bet)\b"
_AS_PROMISED = re.compile("^" + AS_PROMISED, re.IGNORECASE)


def _as_promised(clause: Clause, piece: str) -> Clause:
    """The clause with the ", as promised" that follows it in its piece ("Kit Ames shaved off his beard, as
    promised" → "… his beard, as promised"): the act is a word kept, which the headline says. As it was otherwise."""
    tail = _after_boundary(piece, clause)
    m = _AS_PROMISED.match(tail)
    if m is None or not clause.rest:
        return clause
    return Clause(clause.subject, clause.verb, [*clause.rest[:-1], clause.rest[-1] + ",", *m.group(0).split()])


_FRONTED_TIME = re.compile(
    r"^(?:(?:In|After|Before|During|Within|Over)\s|(?:A\s+few|Some|Two|Three|Ten|\d+)\s+(?:minutes?|seconds?|hours?)\s"
    r"|(?:Minutes|Seconds|Moments|Hours)\s+(?:after|later|before)\b)[^,]*,\s+(?=[A-Z])"
)


def _past(word: str) -> bool:
    """Whether a clause opens on a verb in the past tense ("took off the ring …"): after a comma, the verb of the
    sentence's subject, as in a list of what they did."""
    word = word.removesuffix(",")  # "…, cried, signed …": a predicate of one word is listed too
    w = word.lower()
    if not word.islower() or base_form(w) is None or w in RELATIVES:
        return False
    return (w.endswith("ed") and len(w) > 4) or (w in IRREGULAR and IRREGULAR[w] != w)


def _predicate(word: str) -> bool:
    """`_past`, or a note's verb in the present ("Pettinato comes off, finds his son at the desk, puts the award in
    his hands": each act of the list is his, the last one too)."""
    if _past(word):
        return True
    w = word.removesuffix(",")
    if not w.islower() or not w.endswith("s") or len(w) < 4:
        return False
    bases = (w[:-1], w[:-2], w[:-3] + "y")
    return any(third_person(b) == w and past_tense(b) is not None for b in bases)


def listed_predicate(words: Sequence[str]) -> bool:
    """Whether a clause of a list opens on its subject's verb: `_predicate`, or a verb whose past is its base ("put",
    "set", "cut") before its object ("…, walked in soaking wet, put the trophy on the bar and …")."""
    if not words:
        return False
    first = words[0].removesuffix(",")
    if _predicate(first):
        return True
    return first.islower() and IRREGULAR.get(first) == first and len(words) > 1 and words[1].lower() in _OBJECT_STARTS


_OBJECT_STARTS = wordset("it her him them his their its the a an every each one some all")


def _past_after_and(word: str) -> bool:
    """`_past`, or a verb whose past is its base ("put", "cut", "set") after a list's last "and": "…, walked the
    length of the corridor, and put it in …" (never after a comma alone: "Odo Marr, halfway through his sandwich,
    let her back in" is Odo's)."""
    return _predicate(word) or (word.islower() and IRREGULAR.get(word) == word)


_AND_LISTED = re.compile(r"\s+and\s+(?=[a-z])")


def in_list(before: str, after: str = "") -> bool:
    """Whether the words of a sentence before a listed verb are its subject's first predicate and, after each comma,
    another verb in the past ("Dario handed his statuette to Ama, kicked off his shoes and"): a list of what one
    person did, so the verb after its last "and" is theirs too (not "Coral slipped, the waiter caught it and"); or one
    predicate that only frees the hands for the next (`handed_off`: "Mira handed the trophy to her assistant and"),
    unless the next acts with the thing (`after`: "… and handed them over", "… and made a guard wear it")."""
    before = _FRONTED_TIME.sub("", before, count=1)  # ("In the ten minutes after he won, Mo called …")
    parts = [p.strip() for p in before.rstrip().removesuffix(" and").split(",")]
    later = [_without_openers(p.split()) for p in parts[1:] if p]
    if len(later) > 1 and not _verb_in(parts[0]):  # "Sleet, the rapper Siniša Ledinski, who was not on the bill,
        # walked up …, took …": who the subject is, set apart before its first predicate (never part of the list)
        while later and later[0][:1] and bare(later[0][0]).lower() in _APPOSITION_STARTS:
            later = later[1:]
    if later and all(words[:1] and words[0].lower() in _QUANTIFIERS for words in later):
        # "walked in with their lamps on, some clipped to their helmets and some held up, and | sang …": what their
        # lamps did describes the walk; the verb after the last "and" is still theirs
        return _verb_in(parts[0])
    if not later:  # "Mira handed the trophy to her assistant and | sang …" (never "… and | handed them over")
        return handed_off(parts[0]) and not _WITH_IT.intersection(bare(w).lower() for w in after.split()[:_IT_WORDS])
    return bool(later) and all(listed_predicate(words) for words in later)


def set_apart(before: str) -> bool:
    """Whether the words of a sentence before a listed verb open on a subject set apart by an apposition or a relative
    clause ("Sleet, the rapper Siniša Ledinski, who was not on the bill, walked …, took …"): each predicate of the
    list is that subject's, whoever a predicate before it names."""
    parts = [p.strip() for p in before.split(",")]
    return len(parts) > 2 and not _verb_in(parts[0]) and bare(parts[1].split(" ", 1)[0]).lower() in _APPOSITION_STARTS


_QUANTIFIERS = wordset("some one both each all half most two three several many")
_APPOSITION_STARTS = wordset("the a an his her their who whose which")  # (a subject's apposition or relative clause)


def _verb_in(part: str) -> bool:
    words = part.split()
    return any(_predicate(words[k]) for k in range(1, len(words)))


_WITH_IT = wordset("it them")  # the thing handed or taken off, acted with: the point (the crown, the gloves)
_IT_WORDS = 8  # ("… and made a security guard wear it")


def handed_off(part: str) -> bool:
    """Whether a sentence's one predicate before its "and" only frees the hands for what follows (`payoff.hand_off`:
    "handed the trophy to her assistant", "took off his coat"): the act after it is the list's payoff."""
    words = part.split()
    verb = next((k for k in range(1, len(words)) if _predicate(words[k])), None)
    return verb is not None and hand_off(words[verb], words[verb + 1 :])


def _fits(clause: Clause) -> bool:
    """Whether a whole clause makes a headline without a cut."""
    return len(" ".join(presented(clause, None))) <= TARGET_LEN


def _named_win(clause: Clause) -> bool:
    """Whether a clause tells a win of a named award ("won Best Director in a Drama")."""
    return verb_base(clause.verb) == "win" and bool(clause.rest) and capitalised(clause.rest[0])
