"""The other candidate headlines of a moment, in the clause scorer's order (`headlines.write_headline` scores them
with the clause written, `headline_score`, and takes the best that passes `headline_check`): each clause of the
moment's reports, the clause that opens where a person is named as a subject (the one whose verb tells the most news
first), the plain clause cut at its first boundary, a note with no verb, the speaker and the quote (only a known
speaker's, never the lead's on a guess); and a clause cut shorter at each boundary when it reads badly whole."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from functools import lru_cache
from itertools import pairwise, takewhile

from .clauses import SUBJECT_ADVERBS, Clause, Option, lead_clause, mentioned, name_words, sentences
from .contact import pasted_clause
from .cutting import (
    ARTICLES,
    CUT_BEFORE,
    DANGLING,
    MAX_LEN,
    MIN_LEN,
    SAYING_THAT,
    amount_of_time,
    bare,
    cut,
    fixed_phrase,
)
from .headline_check import MIN_CHARS, sound
from .headline_reading import tense
from .hooks import one_act, result_then
from .lexicon import KIN, PEOPLE
from .notes import note_as_clause, note_told
from .option_subjects import without_chat
from .options import clause_options, half_of_two
from .pairs import combined, shortest
from .payoff import MUNDANE, RESULT_VERBS, hand_off, later_event, news_weight, verb_base
from .presenting import presented
from .pronouns import genders
from .quote_headlines import quote_headline
from .textutil import fold, unpossessive, wordset
from .verbs import base_form, fronted_subject, is_past_verb, past_tense, third_person


def _named_clauses(sources: Sequence[str], names: Sequence[str]) -> list[str]:
    """The clause that opens where a person of the moment is named as its subject, in each sentence ("After the
    show cleared Ada Brook went down to the dock" → "Ada Brook goes down to the dock"): a sentence whose subject is
    lost in what comes before it still says who did what; the one whose verb tells the most news first (an act that
    changes something over a scene). Never a name that is a preposition's object ("the song she wrote with Cody
    Ray is done" is not "Cody Ray Is Done")."""
    out: list[tuple[float, int, str]] = []
    for source in sources[:3]:
        said = sentences(source)[:3]
        for sentence in [*said[:1], *(_other_named(said[0], s, names) for s in said[1:])]:
            words = sentence.split()
            for name in names:
                size = len(name.split())
                for at in range(len(words) - size):
                    if fold(" ".join(words[at : at + size])) != fold(name):
                        continue
                    if at > 0 and bare(words[at - 1]).lower() in _NOT_BEFORE_A_SUBJECT:
                        continue
                    if at == pasted_clause(sentence, names):
                        continue  # "missed the bottom step Rafe Colt missed earlier": the step's, no clause to head
                    after = list(takewhile(lambda w: w.lower() in SUBJECT_ADVERBS, words[at + size :]))
                    clause = lead_clause(" ".join([*name.split(), *words[at + size + len(after) :]]))
                    if clause is not None and half_of_two(" ".join(words[:at]), clause):
                        continue  # "says she and Søren are making a record": theirs, never "Søren Make a Record"
                    if clause is not None and clause.subject == name.split():
                        rest = without_chat(_without_first_person(clause.rest))
                        told = presented(Clause(clause.subject, clause.verb, rest), None)
                        told = one_act(" ".join(told)).split()  # "pulls off her sneakers and puts them on …"
                        weight = news_weight(clause.verb, rest[0] if rest else "")
                        out.append((-weight, len(out), cut(told, MIN_LEN, min(len(told), size + 2))))
    return [headline for *_, headline in sorted(out)]


_SUBJECT_PRONOUN = re.compile(r"(?:^|, | )(?P<pronoun>he|she) (?=[a-z]+\b)")
_OWN_WORD = {"she": " her ", "he": " his "}


def _other_named(first: str, sentence: str, names: Sequence[str]) -> str:
    """`sentence` with its subject pronoun as the name of the one other person `first` names, when the pronoun
    cannot be the subject of `first`'s (whose own "her" or "his" it says): "Nadia Crowe, 22, asked Hollis Beaumont
    to sign her forearm. Instead of his name he wrote out …" → "Hollis Beaumont wrote out …" (the news is his)."""
    if sentence.split(" ", 1)[0] in ("He", "She", "They"):
        return sentence  # (its subject is the pronoun it opens on: "He handed her … and told the queue she gave him …")
    m = _SUBJECT_PRONOUN.search(sentence[:80])
    opener = next((n for n in names if first.startswith(n)), None)
    if m is None or opener is None:
        return sentence
    pronoun = m.group("pronoun")
    others = [n for n in names if n != opener and n in first]
    rest = sentence[m.end() :].split()
    if len(others) != 1 or _OWN_WORD[pronoun] in f" {first} " or _OWN_WORD[_OTHER_PRONOUN[pronoun]] not in f" {first} ":
        return sentence
    if not rest or not is_past_verb(rest[0]):
        return sentence
    return _ASIDE.sub(" ", f"{others[0]} {sentence[m.end('pronoun') :].lstrip()}")  # (no fronted phrase)


# a short aside between commas inside the clause ("wrote out, in ballpoint, the chord changes")
_ASIDE = re.compile(r", (?:in|with|on|by|at) \w+(?: \w+){0,2}, ")


_OTHER_PRONOUN = {"she": "he", "he": "she"}


_NOT_BEFORE_A_SUBJECT = wordset(
    "with to for from by at of on in into onto about toward towards without like than via behind beside past "
    "near under over between the a an his her their its"
)


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


def fallback_headlines(
    text: str,
    names: Sequence[str],
    lead: str | None,
    salient: frozenset[str],
    quote: str | None,
    speaker: str | None,
    to: str | None,
    others: Sequence[str] = (),
    thin: str | None = None,
) -> list[str]:
    """The headlines to try when the written one fails the check, best first: each clause of the report that
    speaks for the moment (and of the `others` the body tells of it) as a headline, then the same clause plain
    (subject, present-tense verb, object, cut at its first clause boundary), then what each verbless note of it says
    (`note_as_clause`), then the speaker and the quote (said `to` someone when the reports say whom)."""
    # every report the body tells of the moment: the one that speaks for it first ("Kwesi Adjei-Marr Spoons …" told
    # by the second report when the first's clause names nobody: "The Braga Souffle Collapses …")
    sources = [note_told(t) for t in (text, *others) if t]
    options = sorted(clause_options(sources, names, lead, salient), key=lambda o: (-o.score, o.place))
    out = [_cut_acted(o) for o in options]
    out += _named_clauses(sources, names)
    out += _reported(sources, names)
    out += _asked_about(sources, names)
    out += _said_of_theirs(sources, names)
    out += _given_away(sources, names, lead)
    out += [told for o in options if (told := _second_predicate(o, names, sources)) is not None]
    out += _listed_acts(sources, names)
    resolved = continued(sources, names)  # "He borrowed an accordion …" after a sentence only Hašimović is in
    out += [_cut_acted(o) for o in clause_options(resolved, names, lead, salient)] if resolved else []
    out += _listed_acts(resolved, names)
    out += _and_performed([*sources, *resolved], names)
    out += _caught_by(sources, names)
    out += _doing_there(sources, names)
    out += [h for h in (_had_it_done(x, lead) for source in sources[:2] for x in sentences(source)) if h is not None]
    out += _placed_last(sources, names)
    out += [shortest(o) for o in options]
    out += [told for o in options if (told := _result_then(o)) is not None]
    out += [noted for sentence in sentences(text)[:3] if (noted := note_as_clause(sentence)) is not None]
    if quote and speaker:  # (never the lead's on a guess: "The Velvet Rooks Says “That's MY Snare!”", an usher's)
        framed = quote_headline(speaker, quote, thin, to)  # (`thin`: where a note that frames it says)
        if framed is not None:
            out.append(framed)
    return out


# someone unnamed doing a service to the lead's hair, face or things ("A barber shaved the left side of his moustache in
# the press room …"): the lead had it done, the headline's subject ("Asif Iqbal Topu Has the Left Side of His
# Moustache Shaved", round 44's Dhaka: the item was headed "… Keeps His Promise", which never says what promise)
_DONE_TO_THEIRS = re.compile(
    r"^(?:An?|The) (?:[a-z-]+ ){0,2}?(?:barber|stylist|make-?up artist|hairdresser|hair stylist|tattooist|tailor|"
    r"seamstress|dresser|nurse|medic|paramedic|stagehand|wardrobe assistant|costumer|florist|jeweller|cobbler) "
    r"(?P<verb>(?:re-?)?(?:shaved|cut|trimmed|dyed|painted|sewed|stitched|taped|fixed|bandaged|repaired|styled|"
    r"braided|pinned|tattooed|mended|glued|hemmed)) "
    r"(?P<what>(?:(?:the|a) [a-z-]+ (?:side|half|end|part|corner|edge) of )?(?:his|her|their|(?P<whose>[A-Z][\w'’-]*"
    r"(?: (?:du|de|van|von|da|le|la))?(?: [A-Z][\w'’-]*){0,2}['’]s)) [a-z-]+"
    r"(?: (?!(?:in|at|on|while|to|for|with|as|and|by|off|up|back)\b)[a-z-]+)?)"
    r"(?P<off> off| back on| up)?(?=[ ,.;]|$)"
)


def _had_it_done(source: str, lead: str | None) -> str | None:
    """The lead having done to their own hair or things what someone unnamed did (`_DONE_TO_THEIRS`), as a headline
    clause ("Asif Iqbal Topu has the left side of his moustache shaved"); None when the report does not open so."""
    if lead is None:
        return None
    m = _DONE_TO_THEIRS.match(source)
    if m is None:
        return None
    what, whose = m.group("what"), m.group("whose")
    if whose is not None:  # "A stylist re-pinned Riana du Ploy's hair": the lead's, "her hair"
        words = set(re.findall(r"[a-z]+", source))
        mine = "her" if words & {"she", "her"} and not words & {"he", "his", "him"} else None
        mine = mine or ("his" if words & {"he", "his", "him"} and not words & {"she", "her"} else None)
        if fold(whose[:-2]) not in fold(lead) or mine is None:
            return None  # (whose it was, by the pronoun the report uses of them: never a guess)
        what = what.replace(whose, mine, 1)
    return f"{lead} has {what} {m.group('verb')}{m.group('off') or ''}"


# a performance a person's sentence ends on after "and" ("borrowed an accordion from Zec, Lisica i Vuk, who were
# loading their van, and sang 'Snijeg pade na behar' under a stagehand's umbrella"): what the crowd came for
_AND_PERFORMED = re.compile(r",? and (?P<verb>sang|played|danced|performed|recited) (?P<rest>[^,.;:!?—–]{3,80})")


def _and_performed(sources: Sequence[str], names: Sequence[str]) -> list[str]:
    """The song (or tune, dance, poem) a person of the moment performed after another act of theirs, as a headline of
    its own ("Mirza Hašimović … borrowed an accordion …, and sang 'Snijeg pade na behar' under a stagehand's
    umbrella" → "Mirza Hašimović sings 'Snijeg pade na behar' under a stagehand's umbrella"): the way to it (what
    they borrowed, where they walked) is read as the sentence's clause; the performance is then the news. Only a
    sentence opening on that person whose first act is such a way there (`payoff.hand_off`, a movement, an
    approach), never an act of its own ("found the fiddle she had lost … and played a reel")."""
    out: list[str] = []
    for source in sources[:4]:
        for sentence in sentences(source):
            who = next((n for n in sorted(names, key=len, reverse=True) if sentence.startswith(f"{n} ")), None)
            m = _AND_PERFORMED.search(sentence) if who is not None else None
            if who is None or m is None or m.start() <= len(who):
                continue
            words = sentence[len(who) + 1 : m.start()].split()
            if not words:
                continue  # ("Ada Finch, and sang …": no act before it)
            first, rest = words[0], words[1:]
            if not (hand_off(first, [*rest, "and"]) or verb_base(first) in MUNDANE or news_weight(first) < 0):
                continue  # ("found the fiddle she had lost … and played a reel": the find is the news, not the reel)
            told = presented(Clause(who.split(), m["verb"], m["rest"].split()), None)
            out.append(" ".join(told))
    return out


# a thing of theirs caught by someone, in the passive ("Her Best Actress statuette was sent flying and was caught
# one-handed by İsmail Doğru, a waiter"): who caught it, whose it was, what and how
_CAUGHT_BY = re.compile(
    r"\b(?P<whose>Her|His|Their) (?P<thing>(?:[\w-]+ ){0,3}[a-z][\w-]*) was (?:(?:sent|knocked) flying and was )?"
    r"caught(?P<how> one-handed| mid-air| in mid-air| with one hand)?,? by "
    r"(?P<who>[^\W\d_][\w'’-]+(?: [^\W\d_][\w'’-]+){0,2})"
)


def _caught_by(sources: Sequence[str], names: Sequence[str]) -> list[str]:
    """A catch told in the passive as the catcher's act, by name, whose thing it was named too ("Gülşen Baykara slipped
    on the marble stairs … Her Best Actress statuette was sent flying and was caught one-handed by İsmail Doğru" →
    "İsmail Doğru catches Gülşen Baykara's Best Actress statuette one-handed"): the catch answers the fall, and a
    headline in the passive never says who caught it. Only when the catcher is a person of the moment and the
    sentence before opens on the one person whose thing it was."""
    out: list[str] = []
    for source in sources[:3]:
        said = sentences(source)
        for before, sentence in pairwise(said):
            m = _CAUGHT_BY.search(sentence)
            who = next((n for n in names if m is not None and n.startswith(m["who"])), None)
            owner = next((n for n in sorted(names, key=len, reverse=True) if before.startswith(f"{n} ")), None)
            if m is None or who is None or owner is None or owner == who:
                continue
            out.append(f"{who} catches {owner}'s {m['thing']}{m['how'] or ''}")
    return out


# a sentence opening on its subject's name (put as "\x00"), after a short phrase of where or when at most ("In the
# courtyard, Miha Kavčič, who is 88, was explaining …")
_SUBJECT_FIRST = re.compile(r"^(?:(?:In|At|On|By|Outside|Inside|Backstage|Later|Then)\b[^,\x00]{0,40}, )?\x00[ ,]")
_OPENING_PRONOUN = re.compile(r"^(?P<pronoun>He|She) (?=[a-z]+)")
_OBJECTS = {"He": re.compile(r"\b(?:him|his|himself)\b"), "She": re.compile(r"\b(?:her|hers|herself)\b")}


def continued(sources: Sequence[str], names: Sequence[str]) -> list[str]:
    """Each sentence opening on "He" or "She" right after one that opens on a person of the moment and names no one
    else of it, with that person's name for the pronoun ("Mirza Hašimović walked out of the stage door into the
    rain, where about two hundred people had been waiting. He borrowed an accordion …" → "Mirza Hašimović borrowed
    an accordion …"): the act a report tells second is often the news, and a headline is never a pronoun's. Never
    when the sentence before speaks of another he or she ("stood beside him and did not stop him. He played …": the
    him may be the one who played), nor when the reports call that person by the other pronoun; "They" after a
    sentence naming two people of the moment is the two of them ("With no paper to hand, they wrote the terms on a
    tissue …" → "Hélène Marchetti and Nabila Ahsan wrote the terms on a tissue …"). (Worked out once per
    reports and names: the fallbacks and the list's last act both ask.)"""
    return list(_continued(tuple(sources), tuple(names)))


@lru_cache(maxsize=1024)
def _continued(sources: tuple[str, ...], names: tuple[str, ...]) -> tuple[str, ...]:
    by_word = name_words(names)
    gender = genders(sources, by_word)
    out: list[str] = []
    for source in sources[:3]:
        said = sentences(source)
        for before, sentence in pairwise(said):
            they = _THEY_AFTER_TWO.match(sentence)
            m = _OPENING_PRONOUN.match(sentence)
            if they is None and m is None:
                continue
            two = sorted(mentioned(before.split(), by_word), key=before.find)
            # (the two of them as people, never a thing of theirs, "Nino Cuomo's oven"; nor when a group the sentence
            # names may be "they": "handed them round to the paparazzi. They put the cameras down")
            two = [n for n in two if n in before and f"{n}'s" not in before and f"{n}’s" not in before]
            if they is not None and len(two) == 2 and _GROUP.search(before) is None:
                out.append(f"{two[0]} and {two[1]} {sentence[they.end() :]}")  # "With no paper to hand, they wrote
                continue  # the terms on a tissue …" after a sentence of the two of them (round 44)
            who = next((n for n in sorted(names, key=len, reverse=True) if before.startswith(f"{n} ")), None)
            if m is not None and len(two) == 2 and (one := _the_one_of(two, m["pronoun"].lower(), gender, before)):
                out.append(f"{one} {sentence[m.end() :]}")  # "Vilen Hakobyan and Gayane Mirzoyan met … He poured
                continue  # two glasses …": he is the one of the two the reports call "he" (round 44's Yerevan)
            if m is None or who is None or mentioned(before.split(), by_word) != {who}:
                continue
            if (
                _OBJECTS[m["pronoun"]].search(_QUOTED.sub("", before))
                or gender.get(who, m["pronoun"].lower()) != m["pronoun"].lower()
            ):
                continue
            out.append(f"{who} {sentence[m.end() :]}")
    return tuple(out)


def _the_one_of(two: list[str], pronoun: str, gender: Mapping[str, str], before: str = "") -> str | None:
    """Of two people a sentence named as its subject ("A and B met …"), the one a pronoun opening the next sentence is:
    the reports call one of them by it and the other by another; or the sentence's subject, whom the reports call by
    it, when they call the other by none ("In the courtyard, Miha Kavčič … was explaining to Pika Rozman that …. He
    counted one, two, three …": the subject goes on, round 46); None when that is not certain."""
    theirs = [gender.get(n) for n in two]
    if theirs[0] == pronoun and theirs[1] is None and _SUBJECT_FIRST.match(before.replace(two[0], "\x00", 1)):
        return two[0]
    if None in theirs or theirs[0] == theirs[1] or pronoun not in theirs:
        return None
    return two[theirs.index(pronoun)]


_QUOTED = re.compile(r"“[^“”]*”|\"[^\"]*\"")
_GROUP = re.compile(
    r"\b(?:the|some|a few|several|all the|two|three|four|five) (?:[a-z]+ )?(?:[a-z]+[^s']s|paparazzi|crew|crowd|staff"
    r"|band|press|children|people|police|audience|queue|choir)\b"
)
# a sentence whose subject is "they" (after a short phrase of how or where: "With no paper to hand, they …")
_THEY_AFTER_TWO = re.compile(r"^(?:[A-Z][^,;:“”]{2,40}, )?[Tt]hey (?=[a-z]+ed\b|[a-z]+ (?:the|a|an|their|it)\b)")


# what someone confirmed or revealed: the news is the clause they told ("confirmed that Kenji Marsh-Whitford's phone
# had been streaming …" is Kenji Marsh-Whitford's phone streaming, never the producer confirming)
_REPORTED = re.compile(
    r"\b(?:(?:confirmed|confirms|revealed|reveals|admitted|admits|announced|announces) that|told (?:me|us)(?: that)?)"
    r" (?P<clause>[^.;:!?]+)"
)
_SUBJECT_PRONOUN_OPENING = re.compile(r"^(?:she|he|they) (?=\w)")
_HAD_BEEN = re.compile(r"\bhad been (?P<verb>[a-z]+ing)\b")


def _named_before(source: str, at: int, names: Sequence[str]) -> str | None:
    """The person of the moment named right before `at` ("Begoña Arrieta | told me …"), or None."""
    before = source[:at].rstrip()
    return next((n for n in names if before.endswith(n)), None)


def _reported(sources: Sequence[str], names: Sequence[str]) -> list[str]:
    """The clause a person of the moment is the subject of (or whose thing is) after "confirmed that", "revealed
    that" …, as a headline of its own, in the simple past before it is put in the present ("had been streaming" →
    "streamed" → "streams")."""
    out: list[str] = []
    for source in sources[:3]:
        for m in _REPORTED.finditer(source):
            clause = _HAD_BEEN.sub(_simple_past, m.group("clause"))
            teller = _named_before(source, m.start(), names)
            if teller is not None and _SUBJECT_PRONOUN_OPENING.match(clause):  # "Begoña Arrieta told me she has
                clause = f"{teller} {clause.split(' ', 1)[1]}"  # agreed to run …": she, the teller, agreed
            if not any(clause.startswith(n) for n in names):
                continue
            found = lead_clause(clause)
            if found is not None and found.rest:
                told = presented(found, None)
                out.append(cut(told, MIN_LEN, min(len(told), len(found.subject) + 2)))
    return out


# "<Name> said her old singing teacher climbed over three rows …": what someone of hers did, the news she told
_SAID_OF_THEIRS = re.compile(
    r"\b(?:said|says|told (?:us|me)) (?:that )?(?P<owner>her|his|their) (?P<who>(?:[a-z-]+ ){0,3}[a-z-]+) "
    r"(?P<act>[a-z]+ed\b[^.;:!?]*)"
)


def _said_of_theirs(sources: Sequence[str], names: Sequence[str]) -> list[str]:
    """ "<Name> said her old singing teacher climbed over three rows of seats to hug her" → "<Name>'s old singing
    teacher climbs over three rows of seats to hug her": the act told, by whose person it was (a relative, a
    teacher: `lexicon.KIN`, `lexicon.PEOPLE`), never the telling of it."""
    out: list[str] = []
    for source in sources[:3]:
        for m in _SAID_OF_THEIRS.finditer(source):
            who = _named_before(source, m.start(), names)
            if who is None or m.group("who").split()[-1] not in KIN | PEOPLE:
                continue
            subject = f"{who}'s {m.group('who')}".split()
            verb, *rest = m.group("act").split()
            told = presented(Clause(subject, verb, rest), None)
            out.append(cut(told, MIN_LEN, min(len(told), len(subject) + 2)))
    return out


# three acts of one subject in a list ("came straight from the stage to the foyer with his statuette, unhooked both
# ropes around his late father's 1962 Estonia grand and sat down"): the middle one, between its commas and the "and"
_LISTED = re.compile(r", (?P<verb>[a-z]+) (?P<rest>[^,.;:!?—–“”]{3,80}?) and (?P<last>[a-z]+)\b")


def _listed_acts(sources: Sequence[str], names: Sequence[str]) -> list[str]:
    """The middle act of a person of the moment's three in a list, as a headline of its own ("Levon Aghababyan, Jr.
    came straight from the stage to the foyer …, unhooked both ropes around his late father's grand and sat down" →
    "… unhooks both ropes around his late father's grand"): the first act is read as the sentence's clause and the
    last after its "and"; the middle one, often the news, was read by neither. Only when the acts before and after
    it are verbs in the simple past too (a list of acts, never a participle's phrase: "arrived, dressed in red").
    The last one too when it acts on "it", with the thing the first act named (`_last_act_on_it`): "Dragana
    Vuksanović ties his bow tie herself"."""
    out: list[str] = []
    for source in sources[:3]:
        for sentence in sentences(source):
            who = next((n for n in names if sentence.startswith(f"{n} ")), None)
            if who is None:
                continue
            first = sentence[len(who) + 1 :].split(" ", 1)[0]
            m = _LISTED.search(sentence, len(who))
            if m is None or not all(is_past_verb(w) for w in (first, m["verb"], m["last"])):
                continue
            if sentence.find(",", len(who)) != m.start():
                continue  # (the middle of the list only: "… , …, …, and …" is told by the others)
            told = presented(Clause(who.split(), m["verb"], m["rest"].split()), None)
            out.append(" ".join(told))
            last = _last_act_on_it(sentence, len(who), m)
            if last is not None:
                out.append(" ".join(presented(Clause(who.split(), m["last"], last.split()), None)))
    return out


_LAST_ON_IT = re.compile(r"^it\b(?P<rest>[^,.;:!?—–“”]{0,40})")
_THING_OWNED = re.compile(
    r"\b(?:his|her|their|(?:[A-Z][\w-]+ )?[A-Z][\w-]+(?:'s|’s)) (?:[a-z][\w-]* )?[a-z][\w-]*"
    r"(?= in\b| on\b| at\b| had\b|,|$)"
)


def _last_act_on_it(sentence: str, start: int, m: re.Match[str]) -> str | None:
    """What the last act of a list did to "it", with the thing the first act named ("found Goran Lalić fighting his
    bow tie in the green room mirror, took it out of his hands and tied it herself" → "his bow tie herself"): the
    last act of a list is often what it built to; None when it acts on no "it", or the first act owns no one thing."""
    after = _LAST_ON_IT.match(sentence[m.end("last") :].lstrip())
    if after is None:
        return None
    things = _THING_OWNED.findall(sentence[start : m.start()])
    return f"{things[0]}{after['rest']}" if len(things) == 1 else None


# "<Name> was asked how it felt to beat her own daughter": what the question takes as done is the news
_ASKED_HOW = re.compile(r"\bwas asked how it felt to (?P<verb>[a-z]+) (?P<rest>[^.,;:!?]+)")


def _asked_about(sources: Sequence[str], names: Sequence[str]) -> list[str]:
    """ "<Name> was asked how it felt to beat her own daughter" → "<Name> beats her own daughter": the act the
    question takes for done, the subject's, in the present (the moment's person is the one asked)."""
    out: list[str] = []
    for source in sources[:3]:
        for m in _ASKED_HOW.finditer(source):
            who = _named_before(source, m.start(), names)
            done = third_person(m.group("verb"))
            if who is not None and done:
                out.append(f"{who} {done} {m.group('rest').strip()}")
    return out


# "… and put his lifetime achievement statue in their hands": what was their own given to several people at once
_INTO_THEIR_HANDS = re.compile(
    r"\b(?:put|placed|pressed|laid) (?P<thing>(?:his|her) (?:[\w'-]+ ){0,3}[\w'-]+) in(?:to)? their (?:hands|arms)\b"
)


def _given_away(sources: Sequence[str], names: Sequence[str], lead: str | None) -> list[str]:
    """ "<Name> found A, B and C in corridor B and put his lifetime achievement statue in their hands" → "<Name> gives
    away his lifetime achievement statue": the gift is the news, and "their" names nobody in a headline. The giver
    is the person the sentence opens on, or the lead when its subject is a pronoun after a fronted phrase ("Minutes
    after leaving the stage, he found …")."""
    out: list[str] = []
    for source in sources[:3]:
        for sentence in sentences(source)[:3]:
            giver = next((n for n in names if sentence.startswith(n + " ")), None)
            words = sentence.split()
            opens_on_pronoun = bool(words) and words[0] in ("He", "She")
            if giver is None and lead is not None and (opens_on_pronoun or fronted_subject(words[1:]) is not None):
                giver = lead
            m = _INTO_THEIR_HANDS.search(sentence)
            if giver is not None and m is not None:
                out.append(f"{giver} gives away {m.group('thing')}")
    return out


def _simple_past(m: re.Match[str]) -> str:
    base = base_form(m.group("verb"))
    if base is None:
        return m.group(0)
    return past_tense(base) or base + ("d" if base.endswith("e") else "ed")  # ("streamed": a regular past)


def _second_predicate(option: Option, names: Sequence[str], sources: Sequence[str] = ()) -> str | None:
    """The second of two predicates a person of the moment is the subject of, told alone ("Bebe Dumitru missed the
    second step and fell backwards into the arms of Cosmin Dobre" → "Bebe Dumitru falls backwards into the arms of
    Cosmin Dobre"; "turned in the doorway and walked straight into Søren Halvorsen's glass of red wine"; "has set up
    on an equipment case …, and is feeding the stage crew, starting with Marco Ricci"): the clause cut at its first
    boundary keeps only the first, and the second, bringing in the moment's other person, is often the news. The
    subject may be a relation of theirs ("Jasdeep Toor's mother"). None when the clause has no second predicate (an
    "and" before a simple past verb, or before "is" or "was" and a verb in -ing), its subject is no one of the
    moment, or the second predicate names no one else of it while the first is more than an idiom on "it" ("KJ
    legged it straight out to the dock and FaceTimed the Wirrabilla pub": "KJ FaceTimes the Wirrabilla Pub")."""
    clause = option.clause
    subject = " ".join(clause.subject)
    if not _of_the_moment(clause.subject, names):
        return None
    rest = clause.rest
    at = next((k for k in range(1, len(rest) - 2) if rest[k].lower() == "and" and _second_verb(rest, k + 1)), None)
    # ("legged it … and FaceTimed the pub", the report's first clause: an "it" that stands for nothing says nothing)
    idiom = option.place[1:] == (0, 0) and "it" in (bare(w).lower() for w in rest[:2])
    tail = _and_after(option, sources, idiom) if at is None else None
    if tail is not None:  # "…, and is feeding the stage crew": the sentence goes on past the clause read
        told = one_act(" ".join(presented(Clause(clause.subject, tail[0], tail[1:]), None))).split()
        told = [_cased_as(w, tail[0]) for w in told]  # "FaceTimed" → "FaceTimes", never "Facetimes"
        headline = cut(told, MIN_LEN, min(len(told), len(clause.subject) + 2))
        return headline if len(headline) >= MIN_CHARS else None
    # (a list's "and", after its commas, is no second predicate of the clause; one comma just before it is)
    if at is None or any(w.endswith((",", ";", ":")) for w in rest[: at - 1]) or rest[at - 1].endswith((";", ":")):
        return None
    if "knee" in (w.lower() for w in rest[:at]):
        return None  # "got down on one knee … and tied the ribbon round his finger": the knee is the proposal
    second = fold(" ".join(unpossessive(bare(w)) for w in rest[at + 1 :]))
    if not idiom and not any(fold(n) != fold(subject) and fold(n).split()[-1] in second.split() for n in names):
        return None  # (it brings in no one else of the moment: "said grace and made the table hold hands")
    verb, after = at + 1, at + 2
    if rest[verb].lower() in _PROGRESSIVE:  # "and is feeding the stage crew": feeds
        verb, after = verb + 1, after + 1
    told = one_act(" ".join(presented(Clause(clause.subject, rest[verb], rest[after:]), None))).split()
    headline = cut(told, MIN_LEN, min(len(told), len(clause.subject) + 2))
    return headline if len(headline) >= MIN_CHARS else None


_PLACED_LAST = re.compile(
    r", and (?P<verb>put|placed|pressed|laid|tucked|handed) (?P<rest>(?:the|a|an|his|her|their) [^,.;:!?—–“”]+)"
)


def _placed_last(sources: Sequence[str], names: Sequence[str]) -> list[str]:
    """The last predicate of a sentence that opens on a person of the moment and ends with ", and put …": what they
    put in whose hands after the way there and who the other is ("Carys Pennant-Lloyd walked straight past her
    dressing room to find her understudy, Ffion Rees, who played the lead …, and put the Best Actress trophy in her
    hands" → "Carys Pennant-Lloyd Puts the Best Actress Trophy in Her Hands", whose hands `owner_named` tells)."""
    out: list[str] = []
    for source in sources[:2]:
        for sentence in sentences(source)[:2]:
            subject = next((n for n in names if sentence.startswith(n + " ")), None)
            m = _PLACED_LAST.search(sentence)
            if subject is None or m is None or not any(n != subject and n in sentence[: m.start()] for n in names):
                continue  # (the other person is named on the way: whose hands they are)
            told = one_act(" ".join(presented(Clause(subject.split(), m["verb"], m["rest"].split()), None))).split()
            headline = cut(told, MIN_LEN, min(len(told), len(subject.split()) + 2))
            if len(headline) >= MIN_CHARS:
                out.append(headline)
    return out


_PROGRESSIVE = wordset("is was")
# a person of the moment placed somewhere ("was sitting on a road case …"), then what they were doing there
_POSTURE = re.compile(
    r"(?:^|(?<=\bbecause )|(?<=\bwhen )|(?<=\bwhile )|(?<=, ))"
    r"(?P<subject>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3}) (?:(?:is|was) "
    r"(?:sitting|standing|perched|crouched|crouching|kneeling|lying|leaning|up|on|in|at|by|under|behind|outside|"
    r"inside|near|beside)|at|by|behind|outside|inside|beside)\b(?P<after>[^.;:!?—–]+)"
)  # (a note's has no "is": "Will Prosser at the counter of Dai's Plaice paying for forty-three portions of chips")
_NOT_DOING = wordset(
    "during including nothing something anything everything morning evening wedding building having being"
)
_ACT_ENDS = wordset("while as when until because after before whilst")


def _doing(word: str, before: str) -> bool:
    """Whether a word after a posture is what the one placed was doing ("…, playing", "… fanning"), never a noun's
    word ("the loading dock", "the wedding")."""
    w = word.rstrip(",")
    if not w.islower() or not w.endswith("ing") or w in _NOT_DOING or verb_base(w) == w:
        return False
    return bare(before).lower() not in ARTICLES and before.lower() not in _OWNED


_OWNED = wordset("his her their its my our your")
_PLACED_AT = wordset("at in on by outside inside behind beside near under")


def _doing_there(sources: Sequence[str], names: Sequence[str]) -> list[str]:
    """What a person of the moment was doing where a sentence placed them ("Savannah Rae Whitlock was sitting on a
    road case on the loading dock with an acoustic guitar, playing 'Gravel Road Hymn' for the stagehands" → "…
    Plays 'Gravel Road Hymn' for the Stagehands"; "Joy Prakash was standing over Tamizh Inian … fanning him with a
    palm-leaf fan" → "Joy Prakash Fans Tamizh Inian …"; "was on the floor of the green room, laughing so hard …"):
    the posture or the place is the scene, the act in it the news."""
    out: list[str] = []
    people = {fold(n) for n in names}
    for source in sources[:3]:
        for sentence in sentences(source)[:3]:
            m = next((m for m in _POSTURE.finditer(sentence) if fold(m.group("subject")) in people), None)
            if m is None:
                continue  # ("… gone quiet because Nonna Pina is standing at the bar singing": hers, after "because")
            words = m.group("after").split()
            at = next((k for k, w in enumerate(words) if k and _doing(w, words[k - 1])), None)
            if at is None or any(w.lower() in _ACT_ENDS for w in words[:at]):
                continue  # ("was in bits at the bar when her mum walked in, having flown over …": the mum's)
            after = words[at + 1 :]
            ends = [
                k
                for k, w in enumerate(after)
                if w.lower() in _ACT_ENDS or (w == "and" and k + 1 < len(after) and after[k + 1][:1].isupper())
            ]  # (never "… and Bernard Quill is playing": another's clause)
            rest = after[: ends[0]] if ends else after
            rest = rest[: next((k + 1 for k, w in enumerate(rest) if w.endswith(",")), len(rest))]
            rest[-1:] = [rest[-1].rstrip(",")] if rest else []
            clause = Clause(m.group("subject").split(), "was", [words[at].rstrip(","), *rest])
            told = one_act(" ".join(presented(clause, None))).split()
            headline = cut(told, MIN_LEN, min(len(told), len(clause.subject) + 2))
            where = [w.rstrip(",") for w in words[:at]]
            if len(headline) < MIN_LEN and where and where[0].lower() in _PLACED_AT:  # "Sings in Italian at the
                headline = f"{headline} {' '.join(where)}"  # Front Bar": too short alone, with where they stood
            if len(headline) >= MIN_CHARS:
                out.append(headline)
    return out


_AND_DOING = re.compile(r"^,? and (?:is|was) (?P<verb>[a-z]+ing)\b(?P<rest>[^.;:!?,]*)")
_AND_DID = re.compile(r"^,? and (?P<verb>[A-Za-z]+ed)\b(?P<rest>[^.;:!?,]*)")


def _cased_as(word: str, verb: str) -> str:
    """`word`, a form of `verb`, with the capitals inside `verb` kept ("facetimes" of "FaceTimed": "FaceTimes")."""
    if verb[1:].islower() or not verb[1:].isalpha():
        return word
    stem = 0
    while stem < min(len(word), len(verb)) and word[stem].lower() == verb[stem].lower():
        stem += 1
    return verb[:stem] + word[stem:] if stem > len(verb) // 2 else word


def _and_after(option: Option, sources: Sequence[str], idiom: bool = False) -> list[str] | None:
    """The predicate the clause's sentence goes on to after its clause and a comma's "and" ("has set up on an
    equipment case with a cooler …, and is feeding the stage crew, starting with …"), up to its next comma: its verb
    in -ing and its words, read in the report as written (`sources`); after a clause that is only an idiom on "it"
    (`idiom`), its simple past too ("has legged it straight out to the dock and FaceTimed the pub"); None when the
    sentence goes on otherwise. A second act in progress, after the place it was done from, is the news."""
    rest = " ".join(option.clause.rest)
    if not option.first_piece or len(option.clause.rest) < 2:
        return None
    for source in sources:
        end = source.find(rest)
        after = source[end + len(rest) :] if end >= 0 else ""
        m = _AND_DOING.match(after) or (_AND_DID.match(after) if idiom else None)
        if m is not None and verb_base(m.group("verb")) != m.group("verb"):
            return [m.group("verb"), *m.group("rest").split()]
    return None


def _second_verb(rest: list[str], at: int) -> bool:
    """Whether the words at `at` open a predicate: a simple past verb, or "is"/"was" and a verb in -ing."""
    if is_past_verb(rest[at]):
        return True
    return (
        rest[at].lower() in _PROGRESSIVE
        and at + 1 < len(rest)
        and rest[at + 1].islower()
        and rest[at + 1].endswith("ing")
    )


def _of_the_moment(subject: list[str], names: Sequence[str]) -> bool:
    """Whether a clause's subject is a person of the moment (named, or by surname), or a relation of one ("Jasdeep
    Toor's mother")."""
    said = fold(" ".join(subject))
    if any(said == fold(n) or said.endswith(" " + fold(n).split()[-1]) for n in names):
        return True
    if len(subject) < 2 or bare(subject[-1]).lower() not in KIN:
        return False
    owner = unpossessive(fold(" ".join(subject[:-1])))
    return any(owner == fold(n) for n in names)


def _result_then(option: Option) -> str | None:
    """A result opening its sentence with the act its subject went on to after a list of beats ("won Best Host,
    turned, smiled, and took the mic from the presenter" → "… Wins Best Host, Then Takes the Mic From the
    Presenter", `hooks.result_then`); None for any other clause."""
    verb = option.clause.verb
    if not option.first_piece or verb_base(verb) not in RESULT_VERBS:
        return None
    words = option.first_piece.rstrip(".!?").split()
    at = next((k for k, w in enumerate(words) if w == verb), None)
    event = later_event(verb, words[at + 1 :]) if at is not None else None
    if event is None or at is None:
        return None
    between = words[at + 1 : len(words) - len(event[2]) - 1]
    if not any(w.endswith(",") for w in between):
        return None  # "won Best Director in a Drama and thanked her cat": the clause says it whole (`options`)
    subject = option.clause.subject
    told = result_then(option.clause, subject, Clause(subject, event[1], event[2]))
    return " ".join(told).replace(",,", ",") if told is not None else None


def _cut_acted(option: Option) -> str:
    """The option's clause cut to a headline's length, a thing fetched and acted with told as the act first
    (`hooks.one_act`: "… Takes Off Her Own Gold Earrings and Presses Them …" → "… Presses Her Own Gold Earrings …"), so
    a long clause keeps its act."""
    words = one_act(" ".join(option.words)).split()
    return cut(words, MIN_LEN, min(option.keep, len(words)))


def sound_option(candidates: list[Option], pool: list[Option]) -> tuple[Option, str] | None:
    """The best of `candidates` whose headline reads as a sentence (joined with a clause of `pool` when
    that tells more), a simpler one over a broken one; None when none does."""
    for option in sorted(candidates, key=lambda o: (-o.score, o.place)):
        tries = [combined(option, pool), _cut_acted(option)]
        headline = next((h for h in tries if h and sound(h)), "")
        headline = headline or next((h for h in _shorter(option) if sound(h)), "")
        if headline:
            return option, headline
    return None


_CAUSATIVE = wordset("let lets make makes help helps have has")  # (a closed class: its object, then a bare verb)
_BREAKS = CUT_BEFORE | ARTICLES  # "… the Live Speedrun | a Kid in the Front Row": a run-on ends at its article


def _shorter(option: Option) -> Iterator[str]:
    """The option cut shorter at each clause boundary, longest first, none under 30 characters: when the cut
    headline reads badly ("… Through the Live Speedrun a Kid"), a shorter one may not."""
    words = option.words
    for end in range(len(words) - 1, option.keep - 1, -1):
        amount = amount_of_time(words, end)  # "… Through the Kitchen Door | Twenty Minutes Before …"
        if (bare(words[end]).lower() not in _BREAKS and not amount) or bare(words[end - 1]).lower() in DANGLING:
            continue
        if bare(words[end]).lower() == "that" and any(bare(w).lower() in SAYING_THAT for w in words[:end]):
            continue  # "… Announce on Stage | That They're Co-Directing the Sequel": what was said is the news
        verb = end - 1 == len(option.clause.subject) or bare(words[end - 2]).lower() in ("and", "then")
        # "… Lets Tom Ashby Take | the Award Home": the bare verb after a causative's object needs its own object
        caused = any(bare(w).lower() in _CAUSATIVE for w in words[max(0, end - 5) : end - 1])
        forms = ("present", "past", "base") if caused and words[end - 1].islower() else ("present", "past")
        if bare(words[end]).lower() in ARTICLES and (verb or caused) and tense(words[end - 1]) in forms:
            continue  # "… and Opens | the Envelope": the article opens the verb's object
        text = " ".join(words[:end]).rstrip(",;:")
        if len(text) < MIN_CHARS:
            return
        if len(text) <= MAX_LEN and not fixed_phrase(words, end):
            yield text
