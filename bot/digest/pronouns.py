"""A person named in two sentences in a row is a pronoun the second time: "Quarles won Best Actress. She came
off still flossed", "… the halo stays,” Marsh said. She stood there …", "“Four espressos,” he said."

A person's pronoun comes from how the night's reports about them alone speak of them ("her cue", "his
drummer"): only when they all agree; a group called "The …s" is "they" ("The Velvet Rooks' drum got left in
the van. They borrowed one"). Nobody else of the story may be named in the sentence before (the pronoun would
be ambiguous), and a one-word name or another band's name is never replaced.

Read the other way, for a headline's clause (`options.clause_options`): whom a pronoun stands for. An object pronoun
is never its own clause's subject: the nearest other person named before it in its sentence, else in the sentence
before, else the other one of a two-person moment, unless those sentences bring in someone unnamed it may stand for
("his grandmother": `kin_for`) (`bound_object`); a sentence's "he"/"she" is the previous
sentence's subject unless the reports' pronouns or a title ("Mr Saleh") say it is the person that sentence acted
on, and nobody when unsure (`bound_subject`, `genders`); an "it" a named person acted on is the thing the sentence
before set moving, else the last thing it named as someone's ("… his trophy flew …. Ken Abe caught it" → Bo Lund's
trophy: `things_named`), one reading (`owned_thing`) with the "it" after a clause's verb (`options`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import pairwise

from .clauses import sentences
from .cutting import bare
from .lexicon import CONNECTIVE_HEAD, KIN_HE, KIN_SHE, RESPECT_AFTER, RESPECT_HE, RESPECT_ONLY_AFTER, RESPECT_SHE
from .night import Report
from .textutil import STOPPED_SUFFIXES, alnum_words, fold
from .verbs import IRREGULAR, base_form

_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")
_SHE = SHE_WORDS = re.compile(r"\b(?:she|her|hers|herself)\b", re.I)  # (also whom `clusters` lets a pronoun mean)
_HE = HE_WORDS = re.compile(r"\b(?:he|him|his|himself)\b", re.I)
# someone of the pronoun's own kind acted on in the sentence before, by its subject ("stood beside him", "walked her
# down the stairs"): the next "he" or "she" may be either
_ACTED_ON = {
    "he": re.compile(r"\b[a-z]+(?:ed)?\b (?:\w+ )?him\b"),
    "she": re.compile(r"\b(?:walked|took|led|helped|pushed|carried|brought|guided|lifted|stopped|hugged|kissed) her\b"),
}


def _address(respect: frozenset[str]) -> re.Pattern[str]:
    """How a report addresses someone with one of these words of respect beside a word of their name."""
    before = "|".join(sorted(respect - RESPECT_ONLY_AFTER))
    after = "|".join(sorted(respect & RESPECT_AFTER))
    return re.compile(rf"\b(?:{before})\.? (\w+)|(\w+) (?:{after})\b", re.I)


# how a report addresses the one person it names says which they are ("Aunty Bisi … made him eat": not "he"), the
# word of respect beside a word of their name ("Aunty Bisi", "Vasanth sir"; not "his landlady Mrs Pike")
_SHE_ADDRESS = _address(RESPECT_SHE)
_HE_ADDRESS = _address(RESPECT_HE)


def _addressed(address: re.Pattern[str], text: str, key: str) -> int:
    """How many times `text` addresses the person of `key` with a word of respect beside a word of their name."""
    words = set(key.split())
    return sum(1 for m in address.finditer(text) if fold(m.group(1) or m.group(2) or "") in words)


_CONNECTIVE = rf"(?:{CONNECTIVE_HEAD}, )?"
_SAID = r"(said|added)\."
_POSSESSIVE = {"she": "Her", "he": "His", "they": "Their"}


def pronoun_of(reports: Iterable[Report], key: str) -> str | None:
    """ "she" or "he" when every report naming only this person (outside quoted speech) says one and never
    the other; None otherwise."""
    she = he = 0
    for r in reports:
        if r.names != (key,):
            continue
        text = _QUOTED.sub(" ", r.sighting.what or "")
        she += len(_SHE.findall(text)) + _addressed(_SHE_ADDRESS, text, key)
        he += len(_HE.findall(text)) + _addressed(_HE_ADDRESS, text, key)
    if she and not he:
        return "she"
    if he and not she:
        return "he"
    return None


def _subject(sentence: str, name: str) -> bool:
    """Whether the sentence is about `name` (a surname): it opens with them (named in full or not) or ends
    with them saying something."""
    n = re.escape(name)
    return bool(
        re.match(rf"{_CONNECTIVE}(?:[A-Z][\w'’-]* )?{n}(?:'s|’s|'|’)?\s", sentence)
        or re.search(rf"”\s{n}\s{_SAID}$", sentence)
    )


def _outside_quotes(sentence: str) -> str:
    return _QUOTED.sub(" ", sentence)


def with_pronouns(paragraph: str, pronouns: dict[str, str], others: Iterable[str]) -> str:
    """`paragraph` with a person named again in the next sentence replaced by their pronoun. `pronouns`:
    each person's name as the body writes it again (the surname) and their pronoun; `others`: every name
    of the story's people (full names and surnames), so a sentence naming two people is seen as such."""
    said = sentences(paragraph)
    if len(said) < 2 or paragraph.count("“") != paragraph.count("”"):
        return paragraph
    names = [n for n in others if n]
    out = [said[0]]
    for prev, cur in pairwise(said):
        for name, pronoun in pronouns.items():
            if not _subject(prev, name):
                continue
            rest = _outside_quotes(prev).replace(name, " ")
            if any(other in rest for other in names if other not in name):
                continue  # "Arroyo sewed Quarles back in": "she" would be either
            n = re.escape(name)
            possessive = _POSSESSIVE[pronoun]
            if owner := re.match(rf"{n}(?:'s|’s|'|’)(?=\s)", cur):
                cur = possessive + cur[owner.end() :]
            elif re.match(rf"{n}\s[a-z]", cur):
                cur = pronoun.capitalize() + cur[len(name) :]
            else:
                cur = re.sub(rf"(”\s){n}(\s{_SAID})$", rf"\g<1>{pronoun}\2", cur)
            break
        out.append(cur)
    return " ".join(out)


# ---- whom a headline's pronoun stands for (read once per moment's clauses, `options.clause_options`)
_TITLES = {"mr": "he", "sir": "he", "lord": "he", "mrs": "she", "ms": "she", "miss": "she", "lady": "she"}
_TITLES |= {"dame": "she"}
# the same in the languages of the nights ("Ustad Iqbal Taseer", "Begum Nasreen", "Señora Ruiz", "Frau Bauer")
_TITLES |= dict.fromkeys(("ustad", "señor", "senhor", "signor", "herr", "monsieur"), "he")
_TITLES |= dict.fromkeys(("begum", "señora", "senhora", "signora", "frau", "madame"), "she")
# a relation right before a name, in apposition or not ("his grandmother, Oddny Mæland", "her brother Tom"): a pronoun
_KIN_GENDER = {**dict.fromkeys(KIN_SHE, "she"), **dict.fromkeys(KIN_HE, "he")}
_OBJECT_PRONOUNS = {"her": "she", "him": "he", "them": "they"}


def kin_for(pronoun: str, words: Iterable[str]) -> bool:
    """Whether these words bring in someone unnamed whom the object pronoun ("her", "him") may stand for ("his
    grandmother", "her dad"): then it is not the moment's other named person."""
    kin = {"her": KIN_SHE, "him": KIN_HE}.get(pronoun.lower())  # someone unnamed the next "her" or "him" may be
    return kin is not None and any(w in kin for word in words for w in alnum_words(word.lower()))


_ACTING_GAP = 2  # words between a name and the pronoun its verb takes ("Odette Nkulu | brought | him")


def _acting_on(before: list[str], by_word: dict[str, str]) -> set[str]:
    """The person named right before a pronoun's verb (the last words of `before`, no comma between): the subject of
    the clause the pronoun is the object of, never whom it stands for."""
    tail = before[-(_ACTING_GAP + 2) :]
    if any(w.endswith((",", ";", ":")) for w in tail[-_ACTING_GAP:]):
        return set()
    near = _people_in(reversed(tail), by_word)
    return {near[0]} if near else set()


def _shared_words(people: Iterable[str]) -> set[str]:
    """The folded words two or more of these names share (a family name: "valdés" of Lía and Cachita Valdés)."""
    seen: set[str] = set()
    shared: set[str] = set()
    for name in people:
        for w in set(alnum_words(fold(name))):
            (shared if w in seen else seen).add(w)
    return shared


def _people_in(words: Iterable[str], by_word: dict[str, str]) -> list[str]:
    """The people of the moment named in these words, in order (a name once, where it is first named)."""
    out: list[str] = []
    for word in words:
        for w in alnum_words(fold(word)):
            name = by_word.get(w)
            if name is not None and name not in out:
                out.append(name)
    return out


def genders(texts: Iterable[str], by_word: dict[str, str]) -> dict[str, str]:
    """ "she" or "he" for each person of the moment its reports tell it for: a title or a relation before their name
    ("Mr Saleh", "his grandmother, Oddny Mæland"), or the pronouns of every clause naming them alone (outside quotes;
    a clause naming no one that opens on "her" or "his" is the last named person's: "proposed to Thaynara Rocha, her
    trophy still in her hand"; one
    that opens on "who" is not about whom "who" is, but the sentence's other person: "knelt in front of Karim
    Saleh, who taught her to sing"), when those agree."""
    said: dict[str, set[str]] = {}
    for text in texts:
        for sentence in sentences(_QUOTED.sub(" ", text)):
            words = sentence.split()
            for k, word in enumerate(words[1:], start=1):
                before = words[k - 1].lower()
                kin = before.rstrip(",").removeprefix("ex-")  # ("her ex-husband Goran Lalić": he)
                title = _TITLES.get(before.rstrip(".")) or _KIN_GENDER.get(kin)  # "his grandmother, Oddny Mæland": she
                name = by_word.get(next(iter(alnum_words(fold(word))), ""))
                if title and name:
                    said.setdefault(name, set()).add(title)
            everyone = _people_in(words, by_word)
            last: list[str] = []
            for clause in _CLAUSES.split(sentence):  # "Honey came offstage after her tribute and Jasper …"
                people = _people_in(clause.split(), by_word)
                opener = clause.split(" ", 1)[0].lower()
                if not people and opener in ("her", "his"):  # "…, her trophy still in her hand": the last named
                    people = last
                elif not people and last and _REFLEXIVE.search(clause):
                    # "Nomin-Erdene Ganbaatar won … and announced it herself": hers; the sentence's subject's when it
                    # opens on a name ("Dragana Vuksanović found Goran Lalić …, and tied it herself": never his)
                    people = everyone[:1] if everyone and _people_in(words[:3], by_word)[:1] == everyone[:1] else last
                elif (
                    (where := _WHERE_SHE.match(clause)) and everyone and _people_in(words[:1], by_word) == everyone[:1]
                ):
                    # "Sela Marsh walked to the dock, where she gave it to Ned Quill": she is the sentence's subject
                    said.setdefault(everyone[0], set()).add(where.group(1).lower())
                    last = everyone[:1]
                    continue
                elif not people and opener in ("who", "whom") and len(everyone) == 2 and last:
                    # "… old Karim Saleh, who taught her to sing": "her" is not the one "who" is, but the other
                    people = [name for name in everyone if name not in last]
                    she, he = bool(_SHE.search(clause)), bool(_HE.search(clause))
                    if len(people) == 1 and she != he:
                        said.setdefault(people[0], set()).add("she" if she else "he")
                    continue
                # the named person's own pronouns: "after her tribute", never an object ("Quaye beside him")
                she, he = bool(_SHE_OWN.search(clause)), bool(_HE_OWN.search(clause))
                if len(people) == 1 and she != he:
                    said.setdefault(people[0], set()).add("she" if she else "he")
                last = people[-1:] or last
    return {name: next(iter(g)) for name, g in said.items() if len(g) == 1}


_SHE_OWN = re.compile(
    r"\b(?:she|hers|herself)\b|\bher (?!(?:to|in|on|at|up|down|back|out|off|over|a|an|the|and|for|with|from|into|as"
    r"|when|while|because|that|if|through)\b)(?=[a-z])",
    re.IGNORECASE,
)
_WHERE_SHE = re.compile(r"where (she|he)\b", re.IGNORECASE)
_HE_OWN = re.compile(r"\b(?:he|his|himself)\b", re.IGNORECASE)
_REFLEXIVE = re.compile(r"\b(?:herself|himself)\b", re.IGNORECASE)
_CLAUSES = re.compile(r"[,;:]\s+|\s+(?:and|but|then|when|while|as)\s+")


def bound_object(
    before: list[str],
    previous: list[str],
    actors: set[str],
    people: list[str],
    by_word: dict[str, str],
    pronoun: str,
    gender: dict[str, str],
) -> str | None:
    """Whom an object pronoun ("her", "him", "them") of a clause stands for: never the clause's own subject
    (`actors`: "Tomasz handed her" is not Tomasz; only "herself" is), but the nearest other person named before it
    in its sentence (`before`; before the first time the sentence says the pronoun, which it goes on meaning), else in
    the previous sentence, else — in a moment of exactly two people (`people`) — the other one; never one whose
    pronoun the reports say is another. None when no one fits."""
    wanted = _OBJECT_PRONOUNS.get(pronoun.lower())
    said = [k for k, w in enumerate(before) if bare(w).lower() == pronoun.lower()]
    if said and wanted in ("she", "he"):  # "was handed to him by Ola Bąk; a mirror was held for him by …": the one
        before = before[: said[0]]  # the first "him" stood for, not the agent named after it
        # … and never the one who did that first clause's act ("Odette Nkulu brought him on stage, and Sylvie
        # Tshimanga asked him to stay": him is neither of them)
        actors = actors | _acting_on(before, by_word)

    def fits(name: str) -> bool:
        return name not in actors and (wanted in (None, "they") or gender.get(name, wanted) == wanted)

    shared = _shared_words(people)  # ("Cachita Valdés", read from the end: never Lía Valdés by the family name)
    for words in (before, previous):
        unshared = [w for w in words if not (set(alnum_words(fold(w))) & shared)]
        nearest = next((name for name in _people_in(reversed(unshared), by_word) if fits(name)), None)
        if nearest is not None:
            return nearest
    if kin_for(pronoun, [*previous, *before]):
        return None  # "… his grandmother in San Jose. He put her on speaker": her, not the host named later
    others = [name for name in people if name not in actors]
    return others[0] if len(people) == 2 and len(others) == 1 and fits(others[0]) else None


def bound_subject(
    pronoun: str,
    referent: str,
    previous: list[str],
    sentence: str,
    by_word: dict[str, str],
    gender: dict[str, str],
    present: Iterable[str] = (),
) -> str | None:
    """Whom a sentence's subject pronoun ("He wept, took off his cap and put it on her head") stands for: the
    previous sentence's subject (`referent`) unless the reports say its pronoun is another, or it cannot be the
    one this sentence also calls by the other pronoun; then the person the previous sentence acted on, when exactly
    one of them fits ("Noor knelt in front of Mr Saleh. He wept …": Mr Saleh), or the one other person of the report
    (`present`: the people it names) when that sentence named no one else; never someone this sentence names as
    another ("… she put the statuette in Avetisyan's hands": not Avetisyan, `_named_in`). None when unsure: after a
    sentence whose named subject acted on "him" or "her" ("Aram Vardanyan stood beside him …. He played"), or named two
    people as a pair whom no report calls "he" or "she" ("Will H. + Gayane Mirzoyan …. He poured", `_paired`)."""
    wanted = pronoun.lower()
    referent = next(iter(_people_in(referent.split(), by_word)), referent)
    others = [name for name in _people_in(previous, by_word) if name != referent]
    if wanted not in ("he", "she"):  # "… walked into VANTA's dressing room. They sat him down": VANTA, or him?
        return None if wanted == "they" and others else referent
    named_here = _named_in(_QUOTED.sub(" ", sentence), by_word)
    opener = next((by_word[w] for w in alnum_words(fold(previous[0])) if w in by_word), None) if previous else None
    # (the sentence before opens on the referent by name, who acts on "him": "Aram Vardanyan … stood beside him")
    acted_on = opener == referent and _ACTED_ON[wanted].search(_QUOTED.sub(" ", " ".join(previous))) is not None
    candidates = [n for n in dict.fromkeys([*others, *present]) if n != referent and n not in named_here]
    if acted_on and any(gender.get(n, wanted) == wanted for n in candidates):
        return None  # "Aram Vardanyan stood beside him and did not stop him. He played …": the one "him" stood for, or
        # the one who let him? unsure: no headline rather than a wrong one
    if gender.get(referent) is None and any(_paired(previous, referent, n, by_word) for n in others if n not in gender):
        return None  # "Will H. + Gayane Mirzoyan, 2nd time tonight. He poured …": either of the two, whom no report
        # calls "he" or "she": unsure
    bound = _bound(wanted, referent, others, previous, sentence, gender, present)
    if bound is None or bound not in named_here:
        return bound
    # "She had gone up to fetch Siranush Avetisyan. She put the statuette in Avetisyan's hands": never the one her own
    # sentence names as another (whom "she" acts on), but the one person left who fits
    left = [n for n in dict.fromkeys([referent, *others, *present]) if n not in named_here]
    left = [n for n in left if gender.get(n, wanted) == wanted]
    return left[0] if len(left) == 1 else None


def _named_in(sentence: str, by_word: dict[str, str]) -> list[str]:
    """The people a sentence names by a word of their name no other person of the moment has ("Sana Mir" in "the hands
    of Sana Mir", never Sana Mirza for its "Sana"; "Siranush Avetisyan" in "Avetisyan's hands")."""
    people = list(dict.fromkeys(by_word.values()))
    words = {p: set(alnum_words(fold(p))) for p in people}
    said = set(alnum_words(fold(_NAMESAKE.sub(" ", sentence))))  # (never "Kofi Mensah, Jr.'s face": his son's)
    own = {p: {w for w in words[p] if len(w) > 2 and not any(w in words[o] for o in people if o != p)} for p in people}
    return [p for p in people if own[p] & said]


# a name and a generational suffix: the namesake father or son of the one the other words of it name
_NAMESAKE = re.compile(rf"(?:[A-Z][\w'’-]+ )+[A-Z][\w'’-]+[,‚]?\s+(?:{STOPPED_SUFFIXES}|II|III)\b\.?")


def _paired(words: list[str], one: str, other: str, by_word: dict[str, str]) -> bool:
    """Whether a sentence names two people side by side, joined as a pair ("Will H. + Gayane Mirzoyan", "Ana and
    Bo"): the next "he" or "she" may be either."""
    owner: list[str | None] = []
    for word in words:
        named = next((by_word[w] for w in alnum_words(fold(word)) if w in by_word), None)
        if named is None and owner and owner[-1] is not None and _INITIAL.fullmatch(word.rstrip(",")):
            named = owner[-1]  # ("Will H.": the family name's initial, still his name)
        owner.append(named)
    between: list[str] = []
    last: str | None = None
    for word, named in zip(words, owner, strict=True):
        if named is None:
            between.append(word.strip(",").lower())
            continue
        if named != last and {last, named} == {one, other} and between and all(w in _PAIRING for w in between):
            return True
        last, between = named, []
    return False


_INITIAL = re.compile(r"[A-Z]\.?")
_PAIRING = frozenset({"and", "+", "&", "with"})


def _bound(
    wanted: str,
    referent: str,
    others: list[str],
    previous: list[str],
    sentence: str,
    gender: dict[str, str],
    present: Iterable[str],
) -> str | None:
    """`bound_subject` for "he" or "she", before the person its own sentence names is ruled out."""
    known = gender.get(referent)
    if known == wanted:
        return referent
    if known is None and previous and previous[0].lower() == ("she" if wanted == "he" else "he"):
        return None  # "She told him …; he laughed and bought her a mezcal": not whom "she" stood for
    if known is None:  # ("Ana won. She cried": the one the sentence before was about, unless …)
        matching = [name for name in others if gender.get(name) == wanted]
        two = (_SHE if wanted == "he" else _HE).search(_QUOTED.sub(" ", sentence))
        if len(matching) == 1 and two:  # "She screamed, then hugged him": the one the reports call "she"
            return matching[0]
        if len(matching) == 1 and all(gender.get(name) is not None for name in others):
            # "… announced it herself, after the wrestler Zaan Batsaikhan … handed her the card. She read her own name":
            # the one the reports call "she", over the last subject, whom they never call either
            return matching[0]
        if matching or (two and any(gender.get(name) is None for name in others)):
            return None  # another person of the sentence before may be "she" as well: unsure
        return referent
    fitting = [name for name in others if gender.get(name, wanted) == wanted]
    if not fitting and not others:  # "Kamaljit Grewal stopped Jasdeep Toor …. Toor has played her …. She took his
        # face …": the one other person the report names, when the sentence before named no one else
        fitting = [name for name in present if name != referent and gender.get(name, wanted) == wanted]
    return fitting[0] if len(fitting) == 1 else None


# "Ken Abe, a man dressed as a knight, caught it one-handed": a named subject (an aside after it) acting on "it"
_ACTS_ON_IT = re.compile(r"^(?P<subject>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,3}(?:, [^,]{2,60},)?) (?P<verb>[a-z]+) it\b")


def things_named(text: str, by_word: dict[str, str]) -> str:
    """The text with an "it" a named person acted on, at the start of a sentence, told as the thing the sentence
    before set moving: "Bo Lund tripped and his trophy flew out of his hands. Ken Abe, a man dressed as a knight,
    caught it one-handed." → "… Ken Abe, a man dressed as a knight, caught Bo Lund's trophy one-handed." (the
    someone named where they first appear is `someone.named_where_first_seen`'s, which the copy has been through)."""
    if " it" not in text:
        return text
    said = sentences(text)
    for k in range(1, len(said)):
        m = _ACTS_ON_IT.match(said[k])
        if m is None or not _past_verb(m.group("verb")) or not _people_in(m.group("subject").split(), by_word):
            continue
        thing = _thing_before(said[k - 1], by_word)
        if thing is not None:
            said[k] = f"{said[k][: m.end('verb')]} {thing}{said[k][m.end() :]}"
    return " ".join(said)


def _thing_before(sentence: str, by_word: dict[str, str]) -> str | None:
    """The thing a sentence set moving, as its owner's ("Bo Lund tripped and his trophy flew out of his hands" →
    "Bo Lund's trophy"): the thing `owned_thing` reads, owned by the one person the sentence names."""
    people = _people_in(sentence.split(), by_word)
    owned = owned_thing(sentence)
    if owned is None or len(people) != 1:
        return None
    return f"{people[0]}'s {owned[1]}"


_OWNERS = ("his", "her", "their")
_THING_ENDS = frozenset(("and", "to", "into", "from", "in", "on"))
_THING_WORD = re.compile(r"[\w'’-]+")


def owned_thing(before: str) -> tuple[str, str] | None:
    """What an "it" after these words stands for, as (its owner's pronoun, the thing): the possessed thing they set
    moving, one with a past verb of its own ("… and his trophy flew out of his hands" → ("his", "trophy")), else
    the last one they name before a comma, "and", "to" or a place ("walked … with his Lifetime Achievement
    statuette, knocked, and handed it" → ("his", "Lifetime Achievement statuette")); None when they name none.
    The one reading of "it" for `things_named` (an "it" opening a sentence) and `options` (an "it" after a verb)."""
    words = before.split()
    found: list[tuple[str, str]] = []
    k = 0
    while k < len(words):
        if words[k] not in _OWNERS:
            k += 1
            continue
        thing: list[str] = []
        for j in range(k + 1, min(k + 6, len(words))):
            word = words[j].rstrip(",.;:")
            if not _THING_WORD.fullmatch(word):
                break
            thing.append(word)
            following = words[j + 1] if j + 1 < len(words) else ""
            if thing[:-1] and _past_verb(word) and word.isalpha():
                return words[k], " ".join(thing[:-1])  # ("his trophy flew": what moved)
            if word != words[j] or following in _THING_ENDS or not following:
                found.append((words[k], " ".join(thing)))
                k = j
                break
        k += 1
    return found[-1] if found else None


def _past_verb(word: str) -> bool:
    w = word.lower().rstrip(",.;:!?")
    return word.islower() and (w in IRREGULAR or (w.endswith("ed") and len(w) > 3 and base_form(w) is not None))


def told_to_before(
    pronoun: str, previous: str, before: str, by_word: dict[str, str], gender: dict[str, str]
) -> str | None:
    """Whom a sentence's "she" (or "he") stands for when the sentence before had an unnamed subject that acted on "her"
    ("him"): the last person named in the sentence before that one whose pronoun may be it ("… Ayesha Raza came up,
    took the trophy …. The floor manager whispered to her mid-sentence. She stopped …": Ayesha Raza); None when the
    sentence before has no such pronoun, or no one fits."""
    objective = {"she": "her", "he": "him"}.get(pronoun)
    told = [word.lower().strip(",.;:!?") for word in _QUOTED.sub(" ", previous).split()]
    if objective is None or objective not in told[1:]:
        return None
    fitting = [n for n in _people_in(_QUOTED.sub(" ", before).split(), by_word) if gender.get(n, pronoun) == pronoun]
    return fitting[-1] if fitting else None
