"""The clauses of a moment's reports that could head it (`options`), each scored: its subject names someone of the
moment, its words are ones the other reports use, its verb tells the news (`payoff.news_weight`: an act that changes
something over a scene in progress or a flat movement, never the observer's looking), it fits; a short one is
extended with the clause that follows it (`extend`). A sentence that opens on a scene ("was eating noodles with the
crew", "filmed Sarr from the sand") also offers the clause after its "when", "until", "as", "then" or "finally"
("when Ada Lind walked over and gave him her statue"), ranked as what came of it; each predicate of a list of one
subject's is its own clause ("handed his statuette to Ama, kicked off his shoes and | jumped into the canal"), the
one after its last "and" marked as what the list builds to (`Option.ends_list`), and so is an act after one predicate
that only frees the hands ("handed the trophy to her assistant and | sang …", `payoff.hand_off`), never one done
with the thing ("… and handed them over"); a subject loses the time fronted before it ("Minutes later Ansel Roe");
after a main clause where nothing
happens ("sat on a plastic chair while Rook shaved off his beard", "sat on a crate … and Jace shaved off his
locks") its "his" or "her" is the sitter's; after a supporting act ("held the mirror while Kit shaved off his beard",
`payoff.SUPPORTING`) the clause after "while" is offered too, and ", as promised" after a clause stays with it; a
pronoun after a thing of someone's ("Will Lam's phone rang. He put …") stands for its owner; a pronoun
after the observer's verb stands for the one watched; another person's act on the one the sentence before was about
is the answer, ranked as the payoff ("Vee sang …. The composer Teo Bali at the next table offered her a studio day":
the subject told without where they were). A sentence is read with its asides set aside
(`clauses.set_aside`), its identity statements named (`someone.named_where_first_seen`, and an "it" they acted on:
`pronouns.things_named`) and its pronouns bound (`pronouns.bound_object`, `bound_subject`)."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from functools import lru_cache
from itertools import takewhile

from .clauses import (
    COPULA,
    INCLUDED,
    RELATIVES,
    SUBJECT_ADVERBS,
    Clause,
    Option,
    active,
    capitalised,
    lead_clause,
    mentioned,
    name_words,
    note_active,
    sentences,
    set_aside,
)
from .cutting import (
    MAX_LEN,
    MIN_LEN,
    PLACE_PREPOSITIONS,
    PREFERRED_LEN,
    PRONOUNS,
    SAYING_THAT,
    TARGET_LEN,
    WHEN,
    bare,
    cut,
    without_place,
)
from .doors import door_owner_named
from .hooks import it_on_named, one_act, payoffs_first, purpose, result_then, told_to, what_came_of_it, what_it_followed
from .lexicon import FIRST_TIME, NUMBER_WORDS, PEOPLE, REQUESTS, STOPWORDS, TURNED_UP, YEARS_APART, stem
from .option_pieces import (
    _NONRESTRICTIVE,
    _OPENERS,
    _WITH_IT,
    PIECES,
    _after_boundary,
    _as_promised,
    _described_by,
    _fits,
    _group_in,
    _named_win,
    _one_named,
    _past_after_and,
    _payoff_verb,
    _pieces,
    _pieces_told,
    _predicate,
    _without_openers,
    in_list,
    listed_predicate,
    set_apart,
)
from .option_subjects import (
    _POSSESSIVE,
    _SUBJECT_PRONOUNS,
    _act_on_other,
    _after_fronted_place,
    _described_named,
    _described_subject,
    _epithet_named,
    _it_named,
    _owner_of,
    _possessor_named,
    _relation_dropped,
    _seen_doing,
    _time_dropped,
    _two_acting,
    _two_subjects,
    _unplaced,
    _watched,
    _whom,
    object_named,
    without_chat,
)
from .payoff import (
    MUNDANE,
    REACTION,
    RESULT_VERBS,
    SUPPORTING,
    act_weight,
    hand_off,
    later_event,
    later_event_past_asides,
    reaction,
    verb_base,
    went_on_in,
)
from .presenting import UP as _UP
from .presenting import plural_subject, presented
from .pronouns import bound_subject, genders, things_named, told_to_before
from .someone import named_where_first_seen
from .telegraphic import CALLED_TO
from .textutil import fold, wordset
from .turns import apposition_closed, it_from_before, moved_thing
from .verbs import VERB_SHAPED, base_form, is_past_verb, looks_like_verb


def _other_said_before(pronoun: str, option: str, pieces: Sequence[str]) -> bool:
    """Whether the text before a continuation's "she" (or "he") in its own sentence has a clause of the other pronoun
    ("He went back …, brought her up on stage, and she read out …"): two people, and the headline's subject may be
    either."""
    source = next((p for p in pieces if option in p), None)
    return source is not None and _other_pronoun_before(pronoun, source[: source.find(option)])


def _someone_else(sentence: str, subject: Sequence[str]) -> bool:
    """Whether a sentence names someone besides its subject (a capitalised word that is not the subject's after a verb
    or a word that leads to a person: "proposed to Renata Couto", "old Mr Saleh"): a pronoun after it may stand for
    either."""
    own = {bare(w).lower().removesuffix("'s") for w in subject}
    words = sentence.split()
    for k in range(1, len(words)):
        w, before = words[k], bare(words[k - 1]).lower()
        person = before in _BEFORE_A_PERSON or (before.endswith("ed") and words[k - 1].islower())
        if person and capitalised(w) and bare(w).lower().removesuffix("'s") not in own:
            return True  # (not "won Best Director": an award)
    return False


# a sentence's fronted time clause, up to its first comma ("When the rapper AKKA, two places ahead, realised who he
# was, he stepped aside"): its subject opens it, after any words in lower case ("the rapper")
_FRONTED_WHEN = re.compile(r"^(?:When|Once|As soon as|After|Before|While|Until|The moment)\s+(?P<clause>[^,;:]{2,80}),")


def _fronted_subject(pronoun: str, sentence: str, by_word: dict[str, str], gender: Mapping[str, str]) -> str | None:
    """Whom a sentence's main "he" or "she" stands for after a fronted time clause whose subject names one person of
    that pronoun (or of none known), and nobody else: English binds it to that subject, not to the last sentence's
    ("Cadruvi stood in the queue. When the rapper AKKA, two places ahead, realised who he was, he stepped aside and
    waved him forward": AKKA stepped aside). None for any other pronoun or clause, or a subject that is a pronoun,
    two people or nobody named ("When she saw him, he …")."""
    m = _FRONTED_WHEN.match(sentence) if pronoun in ("he", "she") else None
    if m is None:
        return None
    words = m.group("clause").split()
    found = mentioned(words, by_word)
    first = next((w for w in words if not w.islower()), None)
    if len(found) != 1 or first is None or mentioned([first], by_word) != found:
        return None
    person = next(iter(found))
    return person if gender.get(person) in (None, pronoun) else None


def _other_pronoun_before(pronoun: str, before: str) -> bool:
    """Whether a clause's "he" (or "she") follows a clause of the same sentence whose subject is the other one:
    whom it stands for, the referent the sentence opened with cannot tell."""
    other = {"he": "she", "she": "he"}.get(pronoun)
    return other is not None and re.search(rf"(?:^|[;:,.]\s+|\band\s+){other}\b", before, re.IGNORECASE) is not None
    # (". He went back …": a sentence the splitter kept whole after "Row F.")


# a pronoun subject going on with the acts of the sentence before's subject ("She then took off …"), not a reply
_THEN_SAME = re.compile(r"(?:she|he|they) then (?!said|says|asked|replied|answered)", re.I)
_BEFORE_A_PERSON = wordset("to with and from beside behind old young")


def extend(headline: str, clause: Clause, pieces: list[str], lead: str | None, padded: bool = False) -> str:
    """A short headline (under MIN_LEN) continued with the next clause: "she is leading a conga line"
    after a colon or in the next sentence becomes ", Leads a Conga Line"; other text after a colon is
    appended as it is (a clause of someone named there in the present: "…: Jo Park Draws a Goose Tattoo …"). "She
    then …" after another person named goes on with the subject's acts. `padded`: the
    headline lost how long its act lasted, and its next act is cut to `TARGET_LEN` where it can be ("Ada Roe Hugs
    Pip Lane, Takes Off Her Own Gold Earrings", never a longer one the scorer would drop for the padded one)."""
    tail = _after_boundary(pieces[0], clause)
    options = [tail] if tail else []
    if len(pieces) > 1:
        options.append(pieces[1])
    # "…, dedication below, then she asked for a chair", "… Then she asked …": a later clause of the subject's
    later = [p for o in options for p in (" ".join(_without_openers(o.split())), *_pieces(o)[1:])]
    for option in [*options, *(p for p in later if p not in options)]:
        following = lead_clause(option)
        if following and len(following.subject) == 1 and following.subject[0].lower() in PRONOUNS:
            if _someone_else(pieces[0], clause.subject) and not _THEN_SAME.match(option):
                continue  # "proposed to Renata Couto … She said yes": whose "she" is it?
            if _other_said_before(following.subject[0].lower(), option, pieces):
                continue  # "He went back down the aisle, brought her up on stage, and she read out …": not his
            room = (MAX_LEN if option in options else TARGET_LEN) - len(headline) - 2
            more = presented(Clause(clause.subject, following.verb, following.rest), lead)[len(clause.subject) :]
            more = one_act(" ".join(["_", *more])).split()[1:]  # ("takes off her earrings and presses them into …")
            target = min(room, TARGET_LEN - len(headline) - 2) if padded else room
            longer = headline + ", " + cut(more, 0, 1, target, room)
        elif option is tail and ":" in pieces[0]:
            room = MAX_LEN - len(headline) - 2
            shown = option.rstrip(".!?")
            first = shown.split(",", 1)[0]  # "…: the first letter she got, from the publisher that …": to the comma
            shown = first if len(first.split()) >= 3 else shown
            after = lead_clause(shown)  # "…: Jo Park drew a tattoo …" → "…: Jo Park Draws a Tattoo …" (one tense)
            if after is not None and capitalised(after.subject[0]) and after.subject[0].lower() not in PRONOUNS:
                shown = " ".join(presented(after, None))
            longer = headline + ": " + cut(shown.split(), 0, 1, room, room)
        elif (
            option is tail
            and looks_like_verb(option.split(" ", 1)[0], after_name=True)
            and base_form(option.split(" ", 1)[0])
        ):
            # "Saff won Best Debut, walked off stage, …": the next verb phrase, in the present too
            room = TARGET_LEN - len(headline) - 2
            phrase = option.split(",", 1)[0].rstrip(".!?").split(" ")  # ("… and put them on Pip": "and puts")
            if phrase[0].endswith("ing") and _found_as(headline, clause):
                longer = headline + " " + cut(phrase, 0, 2, room + 1, room + 1)  # "… Is Found in the Kitchen Eating …"
            else:
                more = presented(Clause(clause.subject, phrase[0], phrase[1:]), lead)[len(clause.subject) :]
                more = one_act(" ".join(["_", *more])).split()[1:]  # ("takes off her earrings and puts them on Pip")
                longer = headline + ", " + cut(more, 0, 2, room, room)
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


PARENTHESES = re.compile(r"\s*\([^()]*\)")


def _found_as(headline: str, clause: Clause) -> bool:
    """Whether a headline's clause is someone found (`lexicon.TURNED_UP`, "Bruna is found in the kitchen"): what she
    was doing there is how she was found ("… Eating Sausage From the Chef's Hand"), never a second act of hers."""
    words = headline.split()[len(clause.subject) :]
    return len(words) > 1 and words[0].lower() in ("is", "are") and words[1].lower() in TURNED_UP


def clause_options(
    texts: Sequence[str], names: Sequence[str], lead: str | None, salient: frozenset[str]
) -> list[Option]:
    """Each clause of the first three sentences of the first three texts that could head the moment, scored (see
    the module's docstring). Worked out once for the same texts and people: the headline's clause, its candidates
    and the moment's news (`news`) read the same report."""
    return list(_clause_options(tuple(texts), tuple(names), lead, salient))


@lru_cache(maxsize=512)
def _clause_options(
    texts: tuple[str, ...], names: tuple[str, ...], lead: str | None, salient: frozenset[str]
) -> tuple[Option, ...]:
    found = _options(texts, names, lead, salient)
    return tuple([*found, *(o for o in map(_after_the_hand_off, found) if o is not None)])


# how a subject that names nobody opens: "The old man in the front row …", "A woman in a red coat …"
_UNNAMED_HEADS = frozenset({"the", "a", "an", "one", "some", "another"})
_UNNAMED_SUBJECT_WORDS = 12  # the words an unnamed subject runs to before its verb, at most


def _nickname_dropped(subject: list[str], by_word: dict[str, str]) -> list[str]:
    """A subject that is one person's name with a nickname in quotes inside it ("Caridad 'Cachita' Valdés") as that
    person's name ("Cachita Valdés"): a headline names them once, never with the quote marks. As it is otherwise."""
    inner = [w for w in subject[1:-1] if w[:1] in "'‘“\"" and w[-1:] in "'’”\""]
    if len(subject) < 3 or len(inner) != 1 or not all(capitalised(w.strip("'‘’“”\"")) for w in subject):
        return subject
    people = mentioned(inner, by_word) or mentioned(subject, by_word)  # (the nickname says whom: "Valdés" may be
    return next(iter(people)).split() if len(people) == 1 else subject  # her granddaughter's name too)


def _unnamed_opening(sentence: str, by_word: dict[str, str]) -> bool:
    """Whether a sentence opens on a subject that names nobody ("The old man in the front row with the trumpet case
    stood up, took …"): an article, then words with no name of the moment, then a verb in the past."""
    words = sentence.split()
    if not words or words[0].lower() not in _UNNAMED_HEADS:
        return False
    for k, word in enumerate(words[1:_UNNAMED_SUBJECT_WORDS], start=1):
        if is_past_verb(bare(word).lower()) and word.islower():
            return not mentioned(words[:k], by_word) and k > 1
    return False


_AUXILIARY = frozenset({"had", "has", "have", "was", "were", "is", "are", "did", "does", "do", "would", "could"})
_ASKED_OF = 2.0


def _asked_of(verb: str, rest: Sequence[str], lead: str) -> bool:
    """Whether a clause asks the lead person to do something ("asked Máret Ánne Hætta to repeat …"): a request put
    to them, never their own act."""
    if verb not in REQUESTS or "to" not in rest:
        return False
    asked = {fold(bare(w)) for w in rest[: rest.index("to")]}
    return bool(asked) and any(fold(w) in asked for w in lead.split() if len(w) > 2)


def _group_called(subject: list[str], names: Sequence[str]) -> list[str]:
    """A subject that calls a group by the last word of its name ("the choir" for The Ferry Street Choir, "the band"
    for Ochonjo Band) as that name, when one name of the moment ends so; any other subject as it is."""
    if len(subject) == 3 and subject[0].lower() == "the" and subject[2].islower() and subject[1][:1].isupper():
        # "the Dildar party" for Sarmad Dildar, Hammad Dildar & Party: the one group whose name has both words
        wanted = {fold(subject[1]), fold(subject[2])}
        called = [n for n in names if len(n.split()) > 2 and wanted <= {fold(w.strip(",&")) for w in n.split()}]
        return called[0].split() if len(called) == 1 else subject
    if len(subject) != 2 or subject[0].lower() != "the" or not subject[1].islower():
        return subject
    called = [n for n in names if len(n.split()) > 1 and n.split()[-1].lower() == subject[1]]
    return called[0].split() if len(called) == 1 else subject


def _members_of(subject: list[str], names: Sequence[str]) -> list[str]:
    """A subject that counts the members of a group of the moment ("all 38 children of Dječji zbor Vrapčići") as the
    group's ("Dječji zbor Vrapčići's 38 children"): a headline opens on the name, never on "All"; any other subject
    as it is."""
    words = subject[1:] if subject[:1] and subject[0].lower() in ("all", "the") else subject
    if len(words) < 4 or words[2].lower() != "of" or not words[1].islower():
        return subject
    if not (words[0][:1].isdigit() or words[0].lower() in NUMBER_WORDS):
        return subject
    group = " ".join(words[3:])
    if group not in names:
        return subject
    return [*words[3:-1], words[-1] + "'s", words[0], words[1]]


def _group_before(pronoun: str, c: int, before: str, by_word: dict[str, str], referent: str) -> str | None:
    """The one group ("The Breakwaters", plural by its name: `plural_subject`) named in the clauses before a later
    clause's "they" in its sentence, other than the sentence's subject: whom "they" stands for. None otherwise."""
    if pronoun != "they" or c == 0:
        return None
    groups = {k for k in mentioned(before.split(), by_word) if k != referent and plural_subject(k.split())}
    return next(iter(groups)) if len(groups) == 1 else None


# what a named person vouches for, told after a colon: "Kaps confirmed it:", "Lund explained:"
_VOUCHED = re.compile(
    r"\b(?:confirmed|said|explained|added|admitted|revealed|insisted|swore|told us|told me)(?: it| this| that)?:\s*"
    r"(?:she|he)\b",
    re.IGNORECASE,
)


def _after_the_hand_off(option: Option) -> Option | None:
    """An option whose verb only frees the hands for the act after its "and" (`payoff.hand_off`: "hands her stole to a
    stranger and lowers herself into the ice pool …"), as that act ("Saara Mäkinen Lowers Herself Into the Ice Pool"):
    a cut to fit would keep the hand-off and lose the point. None for any other option."""
    rest = option.clause.rest
    if not hand_off(option.clause.verb, rest) or "and" not in rest:
        return None
    at = rest.index("and")
    if (
        at + 1 >= len(rest)
        or not listed_predicate(rest[at + 1 :])
        or _WITH_IT.intersection(w.lower() for w in rest[at + 1 :])
    ):
        return None  # (not "… and handed them over": done with the thing, the hand-off is part of the act)
    subject = option.clause.subject
    told = presented(Clause(subject, rest[at + 1], rest[at + 2 :]), None)
    return replace(
        option,
        words=told,
        keep=min(option.keep, len(told)),
        clause=Clause(subject, rest[at + 1], rest[at + 2 :]),
        first_piece="",
        ends_list=True,
    )


_SENTENCES = 4  # the sentences of a report read for candidates ("… said one sentence. Then the two of them sang …")


def _options(texts: Sequence[str], names: Sequence[str], lead: str | None, salient: frozenset[str]) -> list[Option]:
    by_word = name_words(names)
    lead_name = lead or (names[0] if names else None)
    gender = genders(texts[:3], by_word)
    found: list[Option] = []
    for t, text in enumerate(texts[:3]):
        referent, named_referent = lead_name, True  # whom "she" or "her" stands for
        in_report = mentioned(text.split(), by_word)
        # ("A guy … caught it. The guy is Ken Abe": Ken Abe caught Bo Lund's trophy); `raw` as written, its asides
        # kept (whom an aside after a place names, `_past_asides`)
        raw = sentences(things_named(named_where_first_seen(text), by_word))
        said = [
            apposition_closed(_NONRESTRICTIVE.sub("", sentence), names)  # (who they are: the body's; "the night
            # porter, Ned Quill." → "the night porter Ned Quill.": whom, never cut at its comma)
            for sentence in raw
        ]
        main_subject: str | None = None
        for n, written in enumerate(said[:_SENTENCES]):
            # (the clauses of "The choir, led by Ansel Moor, kept singing"; "knocked on the headliner's door and
            # handed him …": the headliner; "During the interval Ned Quill, the night porter, built …": Ned Quill,
            # the time before him set apart first, never taken for the name's own fronted phrase)
            sentence = set_aside(_one_named(door_owner_named(_after_fronted_place(written, by_word))))
            sentence = INCLUDED.sub("", sentence)  # "the whole courtyard, Mina Aziz included, sang": the courtyard
            scene = broken = setting = mundane_main = False
            unsure_first = False  # the sentence opens on a pronoun whom no one named can be (its list is nobody's)
            # the sentence opens on someone it does not name ("The old man in the front row … stood up"): its list
            unnamed_first = _unnamed_opening(sentence, by_word)  # is theirs, never the lead's
            watching = False  # a clause of it told someone watched doing something (`_watched`)
            before_main, main_subject = main_subject, None  # (whom the sentence before was about)
            main_named: set[str] = set()
            first_named = True
            sentence = _after_fronted_place(sentence, by_word)
            pieces = _pieces_told(sentence)[:PIECES]
            seen = _seen_doing(sentence, by_word)
            pieces += [(seen, "then")] if seen is not None else []
            for c, (piece, opened) in enumerate(pieces):
                piece = _FRONTED_CLOCK.sub("", piece, count=1)  # ("…: at ten o'clock he climbed onto a chair")
                payoff = bool(opened)
                if opened == "sub" and not setting:
                    continue  # "knocked on the window until Theo let her in": the main clause is the news
                # a sentence may drop its subject ("Came off still flossed …"); a later clause that opens with
                # a verb belongs to the noun before it ("the door …, leaning against the wall"), save one after
                # "then" or "finally", which goes on with the sentence's subject ("…, then got down on one knee")
                first = piece.split(" ", 1)[0]
                after_and = sentence[: sentence.find(piece)].rstrip().endswith(" and")
                acted_on = bare(piece.split()[1]).lower() in ("it", "her", "him", "them") if " " in piece else False
                # ("…, knocked, and handed it to her": the sentence's named subject handed it; never after a pronoun
                # subject, whom the piece cannot tell: "When she finished he walked over … and asked her")
                # ("handed his statuette to Ama, kicked off his shoes and jumped into the canal": each predicate of
                # a list of three or more is the named subject's, the one after its last "and" too)
                listed = (_past_after_and(first) if after_and else _listed(piece, sentence)) and (
                    not after_and or (first_named and (acted_on or in_list(sentence[: sentence.find(piece)], piece)))
                )
                if listed and c > 0 and (unsure_first or unnamed_first):
                    continue  # "She stopped, walked back … and put the trophy into …": whoever she is, not the lead
                    # ("The old man in the front row stood up, took a mouthpiece … and threw it down": his, unnamed)
                if listed and c > 0 and _two_subjects(sentence[: sentence.find(piece)]):
                    continue  # "When she finished he walked over, handed her …": whose list, the piece cannot tell
                if listed and c > 0 and _REPORTED_SUBJECT.search(sentence[: sentence.find(piece)]):
                    continue  # "Mar Solé said the dog walked in, sat down …": the dog's list, never the speaker's
                goes_on = c == 0 or (payoff and not first.lower().endswith("ing")) or listed
                # ("stood on a bench, leading the whole bar …": what the one standing there was doing, theirs)
                goes_on = goes_on or (mundane_main and not opened and first.endswith("ing") and first.islower())
                if c > 0 and _described_by(piece):
                    continue  # "…, lit by sixty phone torches": a participle describing, nobody's act
                # (a list's last predicate is the sentence's subject's, whoever a clause read before it named: "Will
                # Toussaint took the stack and | read the questions aloud, and the whole choir sang …": Will read them)
                mains = listed and (after_and or watching or set_apart(sentence[: sentence.find(piece)]))
                if mains and main_subject is None and not after_and:
                    continue  # ("Rain, the reggaeton nominee, saw Eulalia …, dropped to one knee": whose list, unsure)
                doer = main_subject if mains and main_subject else referent
                theirs = mains and main_subject is not None  # (the list's named subject, whatever a
                # quantifier's clause before its "and" said: "…, some clipped to their helmets, and sang …")
                clause = lead_clause(piece, doer if goes_on and (named_referent or theirs) else None)
                if clause is None:
                    continue
                if (
                    clause.rest[:1] == ["by"]
                    and is_past_verb(clause.verb.lower())
                    and not mentioned(clause.rest, by_word)
                ):
                    continue  # "An usher nearly flattened by the falling chandelier", "Lennane, asked by a reporter
                    # if …": done to the subject by no one named, never "Flattens by", "Asks by a Reporter" (break 65;
                    # "Ear found by Dimitris Lask" is his act, told active below)
                if c > 0 and _described_subject(clause.subject):
                    continue  # "Rouba Sahar, barefoot in the red dress, sat …": "barefoot …" describes, it never sat
                if c > 0 and after_and and half_of_two(sentence[: sentence.find(piece)], clause):
                    # "Rosemary Atieno Were and the Ochonjo Gang have just come out": both of them; "said she and
                    # Søren were making a record": theirs, never "Søren Make a Record"
                    first_of_two = _named_before_and(sentence[: sentence.find(piece)], names)
                    if first_of_two is None:
                        continue
                    clause = Clause([*first_of_two.split(), "and", *clause.subject], clause.verb, clause.rest)
                if c > 0 and _told_before(sentence[: sentence.find(piece)], clause):
                    continue  # "…, where he had found his initials from 1961": what came before the sentence's news
                clause = active(clause)  # "The trophy was handed to Lia Berg by Ola Dahl": Ola Dahl hands it
                if clause.rest[:1] == ["by"] and not mentioned(clause.subject, by_word):
                    clause = note_active(clause)  # "Ear found by Dimitris Lask": Dimitris Lask found the ear
                if c == 0:  # a sentence that opens on a scene ("was eating noodles …") has its news after it
                    weight = act_weight(clause.verb, clause.rest)
                    scene = weight < 0 or verb_base(clause.verb) in MUNDANE
                    # "X was chatting … when Y walked up": a scene in progress, broken into by the news
                    broken = clause.verb.lower() in COPULA and bool(clause.rest) and clause.rest[0].endswith("ing")
                    setting = weight < 0 or broken  # (a walk with a lost boy "until she found …" is no setting)
                    setting = setting or verb_base(clause.verb) in SUPPORTING  # "held the mirror while Kit shaved"
                    mundane_main = verb_base(clause.verb) in _STILL  # "sat", "stood", "waited" while the news happened
                subject = clause.subject
                subject = _group_called(subject, names)  # "the choir carried …": The Ferry Street Choir
                subject = _members_of(subject, names)  # "all 38 children of X shouted": X's 38 children
                if subject and subject[0].lower() in _AUXILIARY:
                    continue  # "…, a plough driver from Rimouski, | had driven her …", "and, true to his word, |
                    # had his beard shaved off …": no subject, a verb cut off
                while len(subject) > 1 and subject[0].lower().strip(",") in _OPENERS | SUBJECT_ADVERBS:
                    subject = subject[1:]  # "Then he outed the deal": he
                subject = _time_dropped(subject)  # "Minutes later Ansel Roe walked …": Ansel Roe
                subject = _nickname_dropped(subject, by_word)  # "Caridad 'Cachita' Valdés": Cachita Valdés
                rest = list(clause.rest)
                named = len(list(takewhile(capitalised, subject)))
                at = named + sum(1 for _ in takewhile(lambda w: w.lower() in SUBJECT_ADVERBS, subject[named:]))
                moved = clause.verb.lower().endswith("ing")  # not "… in a frock | made of old film reels"
                up = (
                    at + 1 < len(subject) - 1
                    and subject[at].lower() in _UP
                    and subject[at + 1].lower() in PLACE_PREPOSITIONS
                )
                if moved and named > 0 and at < len(subject) - 1 and (subject[at].lower() in PLACE_PREPOSITIONS or up):
                    # "Kiel (still) in the press room holding the trophy": Kiel holds the trophy in the press room;
                    # the place ends where a conjunction begins ("in the press room | after winning …")
                    place = list(takewhile(lambda w: w.lower() not in WHEN, subject[at + up :]))  # ("up on a table")
                    subject, rest = subject[:named], [*rest, *place]
                    clause = Clause(subject, clause.verb, rest)
                if all(w[:1].isdigit() for w in subject):
                    continue  # "4 minutes to her cue"
                if subject[0].endswith("ing") and looks_like_verb(subject[0].lower(), after_name=True):
                    continue  # "Having missed his category, …": a participle's phrase, no subject of its own
                thing = _object_relative(subject)
                if thing:  # "then a candombe Da Silva taught him": she taught him a candombe, never "A Candombe
                    # Florencia Da Silva Teaches Caio Brandão" (round 45's Montevideo)
                    subject, rest = subject[thing:], [*clause.rest, *subject[:thing]]
                    clause = Clause(subject, clause.verb, rest)
                if bare(subject[0]).lower() in _NO_SUBJECT or any(bare(w).lower() in RELATIVES for w in subject):
                    continue  # "from the publisher that gave her the prize": a phrase, no subject of its own
                if any(bare(w).lower() in _SUBJECT_PRONOUNS for w in subject[1:]):
                    continue  # "the song she wrote with Cody Ray": a relative clause's subject inside it
                subject = _unplaced(_relation_dropped(_epithet_named(subject, in_report, by_word)), by_word)
                pair_named = _the_pair(subject, clause.verb, sentence[: sentence.find(piece)], said, n, by_word)
                subject = pair_named.split() if pair_named else subject  # "The former bandmates … hugged": both
                if (
                    len(subject) > 2
                    and subject[0].lower() in ("he", "she")
                    and subject[1] == "and"
                    and referent
                    and " and " not in referent
                    and mentioned(referent.split(), by_word)
                ):
                    subject = [*referent.split(), *subject[1:]]  # "He and Federico Olmos held a hug …" after Martín
                    # Ocampo's sentence: the two of them (round 45's Montevideo: "Federico Olmos Holds a Hug")
                subject = _affiliation_dropped(subject, by_word)  # "Martín Ocampo[ of La Rompiente] buys the round"
                clause = Clause(subject, clause.verb, clause.rest)
                lowered = [w.lower() for w in subject]
                in_subject = mentioned(subject, by_word)
                resolved = False
                if c == 0:
                    first_named = bool(in_subject)
                    main_named = in_subject
                    main_subject = " ".join(subject) if in_subject and len(in_subject) == 1 else None
                elif goes_on and not capitalised(first) and not first_named:
                    in_subject, resolved = set(), True  # the subject supplied is the sentence's: "She …, then fixed"
                if len(subject) == 1 and lowered[0] in PRONOUNS:
                    unsure_first = unsure_first or c == 0  # (until the pronoun is bound below)
                    if not referent or lowered[0] in ("it", "we", "i"):
                        continue
                    group = _group_before(lowered[0], c, sentence[: sentence.find(piece)], by_word, referent)
                    if group is not None:  # "The host, Dara Quill, announced The Breakwaters, …, and they walked
                        referent, named_referent = group, True  # out together": the band, never the host
                    if lowered[0] in ("he", "she") and " and " in referent:  # "They hugged; he put …": one of them
                        fit = [m for m in referent.split(" and ") if gender.get(m) == lowered[0]]
                        if len(fit) != 1:
                            continue
                        referent = fit[0]
                    together = _the_two(lowered[0], clause.verb, sentence[: sentence.find(piece)], said, n, by_word)
                    if together is not None:  # "Mira waited for Ilona …. They hugged …": the two of them
                        referent, named_referent = together, True
                        main_named, main_subject = mentioned(together.split(), by_word), together
                    elif c > 0 and _other_pronoun_before(lowered[0], sentence[: sentence.find(piece)]):
                        continue  # "She told him …; he laughed and bought her a mezcal": he is not who she is
                    if (
                        together is None
                        and lowered[0] == "they"
                        and (
                            (n > 0 and _group_in(said[n - 1]))
                            or gender.get(referent) in ("she", "he")
                            or (  # ("KJ's legged it … They started singing her song back at her": the pub, not one
                                # person whom no report calls they; unless the sentence before had two acting)
                                gender.get(referent) is None
                                and " and " not in referent
                                and (c > 0 or not n or _two_acting(found, (t, n - 1), by_word) is None)
                                and not (n and len(mentioned(said[n - 1].split(), by_word)) >= 2)
                            )
                        )
                        and not plural_subject(referent.split())
                    ):
                        continue  # "gathered her six dancers. They sang …": the dancers, not her (nor "found her old
                        # company. They sang her the company's old song": whom the reports call "she" is no "they")
                    pair = _two_acting(found, (t, n - 1), by_word) if lowered[0] == "they" and c == 0 and n else None
                    if pair is not None:  # "… Dąbek called Gosia up, and Zielonka walked up. They sang …": both
                        subject, resolved = pair.split(), True
                        main_named, main_subject = mentioned(subject, by_word), pair
                        referent, named_referent = pair, True
                    owner = _owner_of(referent, by_word) if not named_referent else None
                    if owner is not None and lowered[0] in ("he", "she"):
                        referent, named_referent = owner, True  # "Will Lam's phone rang. He put her on speaker": Will
                    thing = not any(w[:1].isupper() or "'" in w or "’" in w for w in referent.split()[1:])
                    if not named_referent and thing and lowered[0] in ("he", "she", "they"):
                        if lowered[0] == "they" or not lead_name:
                            continue
                        # "… Ayesha Raza came up and took the trophy. The floor manager whispered to her. She
                        # stopped …": she is whom the "her" the floor manager acted on stood for, named before
                        back = told_to_before(
                            lowered[0], said[n - 1] if n else "", said[n - 2] if n > 1 else "", by_word, gender
                        )
                        referent, named_referent = back or lead_name, True  # "the door locked … She knocked"
                    fronted = _fronted_subject(lowered[0], piece, by_word, gender) if c == 0 else None
                    if fronted is not None and pair is None and together is None:
                        referent = fronted  # "When the rapper AKKA … realised who he was, he stepped aside": AKKA
                    # "Noor knelt in front of Mr Saleh. He wept": Mr Saleh
                    elif c == 0 and n > 0 and named_referent and pair is None and together is None:
                        bound = bound_subject(
                            lowered[0], referent, said[n - 1].split(), sentence, by_word, gender, in_report
                        )
                        if bound is None:
                            continue  # unsure whom "he" is: no headline rather than a wrong one
                        referent = bound
                    if (
                        lowered[0] in ("he", "she")
                        and gender.get(referent) is None
                        and len(names) > 1
                        and _VOUCHED.search(sentence) is not None
                    ):
                        continue  # "Kaps confirmed it: she sends him notes by post": she is his grandmother (what
                        # someone vouches for after a colon is anyone's: whom "she" is, unsure, no headline)
                    subject, resolved = referent.split(), named_referent
                    unsure_first = unsure_first and c != 0
                    if c == 0 and named_referent:  # "he sat on a plastic chair while …": the sitter, named
                        main_named, main_subject = mentioned(subject, by_word), referent
                elif lowered[0] in _POSSESSIVE and len(subject) > 1 and referent and named_referent:
                    if lowered[0] == "their" and not plural_subject(referent.split()):
                        continue  # "The host, Marguerite Osei, announced Los Hermanos Ruiz. Their father …": never
                        # hers (whose "their" is, the group or someone else, the piece cannot tell)
                    owner_is = _OWNER_GENDER.get(lowered[0])
                    known = gender.get(referent)
                    if (known is not None and known != owner_is) or (
                        known is None and owner_is and _OTHER_PRONOUN[owner_is].search(sentence.lower())
                    ):
                        continue  # "he rang his grandmother; her first question …": hers, never Kári's
                    subject, resolved = [*referent.split()[:-1], referent.split()[-1] + "'s", *subject[1:]], True
                event = later_event(clause.verb, list(clause.rest))  # "came off … and totally lost it"
                if event is None and (after := _after_verb(raw[n] if n < len(raw) else piece, clause.verb)):
                    event = _past_asides(clause.verb, after, by_word)  # "walked off the stage, down the aisle …"
                if event is None and len(in_report - mentioned(subject, by_word)) == 1:
                    event = _act_on_other(list(clause.rest))  # "grabbed floss from a kit and sewed her back in"
                if event is not None and _named_win(clause) and _fits(Clause(subject, clause.verb, clause.rest)):
                    event = None  # "won Best Director and thanked her cat": the win is news, the rest joins it
                if event is not None and payoff and len(" ".join([*subject, event[1], *event[2]])) < MIN_LEN:
                    # "when Kofi sat down next to her and started crying": the act alone too short, with its approach
                    event = None if _fits(Clause(subject, clause.verb, clause.rest)) else event
                result = clause if verb_base(clause.verb) in RESULT_VERBS else None
                if event is not None:
                    manner, verb_after, rest_after = event
                    before_and = list(takewhile(lambda w: w.lower() != "and", clause.rest))
                    rest_after = it_on_named(rest_after, before_and)  # "signed a fan's cast and drew a trophy on it"
                    # "came off after the monologue and lost it in the wings": what it came after stays with it
                    clause = Clause([*subject, *manner], verb_after, [*rest_after, *what_it_followed(clause.rest)])
                else:
                    clause = Clause(subject, clause.verb, clause.rest)
                if (
                    (opened == "sub" or after_and)
                    and mundane_main
                    and main_subject
                    and not mentioned(subject, by_word) & main_named
                ):
                    # "sat on a plastic chair while Rook shaved off his beard": his is the one who sat
                    clause = Clause(subject, clause.verb, _possessor_named(clause.rest, main_subject, gender))
                clause = purpose(Clause(without_chat(clause.subject), clause.verb, without_chat(clause.rest)))
                if not clause.subject:
                    continue  # (its subject was chat: "… crying. like actually crying"; break28's crash)
                clause = _as_promised(clause, piece)  # "shaved off his beard, as promised": the word kept
                described = in_report - mentioned(clause.subject, by_word)
                clause = Clause(clause.subject, clause.verb, _described_named(clause.rest, described, by_word))
                words = told_to(presented(clause, None), len(subject))
                keep = min(len(words) - len(clause.rest) + (1 if clause.rest else 0), len(words))
                other = _whom(words, len(subject), sentence, piece, said[n - 1] if n else "", by_word, names, gender)
                it = _IT.search(sentence) or _THEM.search(sentence)
                words = _it_named(words, len(subject) + 1, sentence[: it.start()] if it else "")
                words = moved_thing(
                    words, len(subject) + 1, sentence[: it.start()] if it else ""
                )  # "the statuette flew"
                if n and c == 0 and not mentioned(subject, by_word):  # "Later the crew glued it back together"
                    words = it_from_before(words, len(subject) + 1, said[n - 1], before_main)
                if other and not mentioned(subject, by_word) & mentioned(other.split(), by_word):
                    named_object = object_named(words, len(subject) + 1, other)  # "Jo Hugs Ada", not "Jo Hugs Her"
                    for k in range(len(subject) + 1, len(words)) if named_object is None else ():
                        person = k + 1 < len(words) and bare(words[k + 1]).lower() in ("him", "her")  # ("them": things)
                        if words[k - 1].lower() == "and" and person:  # "walks up and kisses him"
                            named_object = _owner_named(words, len(subject) + 1, k - 1, bare(words[k + 1]), other)
                            named_object = named_object or object_named(words, k + 1, other)
                            break
                        if bare(words[k]).lower() in _TO_SOMEONE and person:  # "hands it to her": to Laila Rashwan
                            named_object = object_named(words, k + 1, other)
                            if named_object is not None:
                                break
                    if named_object is not None:
                        words, keep = named_object, keep + len(named_object) - len(words)
                then = result_then(result, subject, clause) if event is not None and result is not None else None
                if then is not None:  # "Imogen Loses Best Actress, Then Walks In Carrying a Sheet Cake"
                    words = then
                    keep = len(words)
                paid = what_came_of_it(clause, piece)
                if paid is not None:  # "Felix Loses, So the Sequin Hat Is His for the Night"
                    outcome, told = paid
                    words, keep = [*words[:-1], words[-1] + ",", "so", *told], len(words) + len(outcome.subject) + 3
                said_that = _what_was_said(clause.verb, words, sentence)
                if said_that:  # "announce on stage that they're co-directing the sequel": what was said is the news
                    words, keep = [*words, "that", *said_that], len(words) + 1 + len(said_that)
                elif clause.verb.lower() in SAYING_THAT and "that" in words:
                    words = [_UNCONTRACTED.get(w.lower().replace("’", "'"), w) for w in words]
                people = mentioned(words, by_word)
                stems = {stem(w) for w in re.findall(r"[^\W_]+", fold(" ".join(words))) if w not in STOPWORDS}
                shared = frozenset(stems & salient)
                score = 0.0
                if in_subject:
                    score += 3.0 + (0.5 if lead_name in in_subject else 0.0)
                elif resolved:
                    score += 2.0
                score += min(0.75 * max(len(people) - 1, 0), 1.5) + min(0.5 * len(shared), 1.5)
                verb = base_form(clause.verb) or clause.verb.lower()
                if verb == "call" and _called_to(clause.rest):
                    continue  # "Vaarmann called during restart": a note's passive, called to the stage (round 49)
                if verb in MUNDANE and event is None and not payoff and words[len(subject)].lower() not in ("plays",):
                    score -= 0.0 if went_on_in(clause.verb, clause.rest) else 1.5  # (going on in a costume: the show)
                if words[len(subject)].lower() in ("is", "are"):
                    score -= 1.0
                if lead_name and lead_name not in in_subject and _asked_of(verb, clause.rest, lead_name):
                    score -= _ASKED_OF  # "Hedda Strand asked Máret Ánne Hætta to repeat her speech": the question,
                    # when the moment is the answer of the one asked
                # the act that changes something over the scene it happened in, never the one who watched it
                weight = act_weight(clause.verb, clause.rest)
                score += max(weight, 0.0) if payoff else weight  # (what came next is no scene in progress)
                score -= REACTION if reaction(clause.verb, clause.rest) else 0.0  # ("had his hands over his face")
                if payoff and scene and in_subject:  # what came of the scene ("sat … while Rook shaved …" too)
                    score += 1.5 if (broken or mundane_main) and opened == "sub" else 0.75
                years = YEARS_APART.search(" ".join(words))  # ("… together for the first time in twenty years":
                if years is not None:  # the years are the news, never cut as a closing time)
                    keep = max(keep, len(" ".join(words)[: years.end()].split()))
                rendered = cut(words, MIN_LEN, keep)
                if len(rendered) < MIN_LEN and c == 0:
                    rendered = extend(rendered, clause, [sentence, *said[n + 1 :]], None)
                length = len(rendered)
                score -= 2.0 if length < MIN_LEN - 5 else 1.0 if length < MIN_LEN else 0.0
                score -= 0.75 * t + 1.0 * n + 0.3 * c
                score += 2.0 if paid is not None else 0.0  # a result is news through what came of it
                score += _FIRST_IN_YEARS if FIRST_TIME.search(piece) else 0.0  # "… together for the first time in
                # eight years": what the night had not seen for years
                if c == 0 and before_main and other == before_main and in_subject and before_main not in in_subject:
                    # "Vee Adjei sang …. The composer at the next table offered her a studio day": the answer
                    score += _ANSWER if weight > 0 else 0.0
                if any(o.words == words for o in found):
                    continue  # "Uno result: the frontman lost": the clause after the label is the sentence
                if n >= _SENTENCES - 1 and not pair_named:
                    continue  # (a report's fourth sentence only for what the two of them did at last: "Then the two
                    # of them sang …"; never "The whole queue lost it.", nor a line tacked on by another report)
                same = (clause.subject, clause.verb)
                if c > 0 and any(o.place[:2] == (t, n) and (o.clause.subject, o.clause.verb) == same for o in found):
                    continue  # "signed a cast and then drew a trophy on it": the sentence's event already told it
                found.append(
                    Option(
                        words,
                        keep,
                        clause,
                        score,
                        (t, n, c),
                        frozenset(people),
                        shared,
                        sentence if c == 0 else "",
                        ends_list=listed and after_and and _payoff_verb(clause),
                    )
                )
                if not resolved and not (c > 0 and clause.verb.lower().endswith("ing")):  # (not "found Bhiku Salve
                    # … eating dinner": the one found; "He put the trophy in Bhiku's hands" is the finder's act)
                    referent = " ".join(subject)
                    named_referent = bool(mentioned(subject[-1:], by_word))
                watched = _watched(clause, by_word)
                if watched is not None:  # "filmed Abdou Sarr from the sand as he waded in": "he" is the one filmed
                    referent, named_referent = watched, True
                    watching = (
                        True  # (never the doer of the watcher's own list: "Rain saw Eulalia …, dropped to one knee")
                    )
    return payoffs_first(found, by_word)


# what two people do with each other: "They hugged" after a sentence naming the two of them is both of them
_RECIPROCAL = frozenset({"hug", "embrace", "kiss", "dance", "reconcile", "argue", "talk"})  # (never a reaction: laugh)
_LAUGHING = frozenset({"laugh", "smile", "giggle", "cheer", "clap", "applaud", "stare", "watch", "look"})


_BOTH_VERBS = wordset("were are have")
_ONE_OF_TWO = re.compile(r"(?:\b(?:she|he|I|we)|[A-Z][\w'’-]+) and$")


def _named_before_and(before: str, names: Sequence[str]) -> str | None:
    """The person of the moment named just before a closing "and" ("Rosemary Atieno Were and"), or None."""
    head = before.rstrip().removesuffix(" and")
    return next((n for n in sorted(names, key=len, reverse=True) if head.endswith(n)), None)


def half_of_two(before: str, clause: Clause) -> bool:
    """Whether a clause after "and" is the second half of a compound subject ("she and Søren Lindqvist were making a
    record"): its verb agrees with two, and one person (a pronoun or a name) stands just before the "and"."""
    return (
        clause.verb.lower() in _BOTH_VERBS
        and _ONE_OF_TWO.search(before.rstrip()) is not None
        and not any(w.lower() in ("and", "&") for w in clause.subject)
    )


def _the_two(pronoun: str, verb: str, before: str, said: list[str], n: int, by_word: dict[str, str]) -> str | None:
    """ "A and B" for a "they" doing what two people do with each other ("Mira Sandu waited for Ilona Vass when she
    came off stage. They hugged …"; "Salcido stopped, then they hugged …") when the words before it in its sentence
    name exactly two people of the moment, or one of the two the sentence before names; None otherwise."""
    if pronoun != "they" or verb_base(verb) not in _RECIPROCAL:
        return None
    here = _in_order(before, by_word)
    there = _in_order(said[n - 1], by_word) if n else []
    if len(here) == 2:
        return f"{here[0]} and {here[1]}"
    if len(here) == 1 and len(there) == 2 and here[0] in there:  # "Salcido stopped, then they hugged": and the other
        return f"{here[0]} and {next(name for name in there if name != here[0])}"
    return f"{there[0]} and {there[1]}" if not here and len(there) == 2 else None


_PAIRS = frozenset({"pair", "two", "duo", "couple", "bandmates", "friends", "rivals", "exes", "partners", "sisters"})
_PAIRS |= {"brothers", "co-stars", "costars", "castmates"}


def _the_pair(
    subject: list[str], verb: str, before: str, said: list[str], n: int, by_word: dict[str, str]
) -> str | None:
    """ "A and B" for a subject that calls two people of the moment a pair ("The former bandmates, who had not spoken
    in nine years, hugged …" after "Nadia walked up to Tomas …") doing what two people do with each other
    (`_the_two`), or that counts them two ("Then the two of them sang …", "Both of them wept"), whatever they did:
    the last two people the words before it name (in its sentence, else the sentences before, while those name no
    third); None otherwise."""
    lowered = [w.lower().strip(",") for w in subject]
    counted = lowered in (["the", "two", "of", "them"], ["both", "of", "them"], ["the", "two"])
    if counted and not reaction(verb, []) and verb_base(verb) not in _RECIPROCAL | _LAUGHING:
        return _last_two(before, said[:n], by_word)  # (never "the two laughed": their news is what made them)
    if len(subject) < 2 or subject[0].lower() != "the" or subject[-1].lower().strip(",") not in _PAIRS:
        return None
    return _the_two("they", verb, before, said, n, by_word)


def _last_two(before: str, earlier: list[str], by_word: dict[str, str]) -> str | None:
    """The two people the words before a "the two of them" name, the nearest first read back (`_the_pair`)."""
    found: list[str] = []
    for words in (before, *reversed(earlier)):
        for name in reversed(_in_order(words, by_word)):
            if name not in found:
                found.insert(0, name)
        if len(found) >= 2:
            break
    if len(found) != 2:
        return None
    told = " ".join([*earlier, before])
    first, second = sorted(found, key=lambda name: told.find(name.split()[-1]))  # as the report first names them
    return f"{first} and {second}"


def _in_order(words: str, by_word: dict[str, str]) -> list[str]:
    return sorted(mentioned(words.split(), by_word), key=lambda name: words.find(name.split()[-1]))


# a speaker's verb and the subject of what they said ("said the dog walked in", "told us that her son had …"): a
# list of predicates after it is that subject's
_REPORTED_SUBJECT = re.compile(
    r"\b(?:said|says|told (?:us|me|him|her|them)|explained|added|claimed|swore)(?: that)? (?:the|a|an|his|her|their)"
    r" [a-z]+ [a-z]+ed\b"
)


def _listed(piece: str, sentence: str) -> bool:
    """Whether a piece after a comma opens on its subject's next predicate (`option_pieces._predicate`), or on a verb
    whose past is its base ("put the trophy") when what comes before its comma told an act in the past ("walked in
    soaking wet, put the trophy on the bar …"), never an aside ("Odo Marr, halfway through his sandwich, let her
    back in": Odo's)."""
    words = piece.split()
    if _predicate(words[0] if words else ""):
        return True
    before = sentence[: sentence.find(piece)].rstrip().removesuffix(",").rsplit(",", 1)[-1].split()
    return listed_predicate(words[:2]) and any(_predicate(w) for w in before[1:])


_FIRST_IN_YEARS = 3.0


_ANSWER = 1.0  # another person's act on the one the sentence before was about: what came of it, the payoff
_STILL = wordset("sit stand wait lie kneel")  # a main clause nothing happens in: the act after its "while" is the news


_OWNER_GENDER = {"her": "she", "his": "he"}  # a possessive's pronoun, to check against whom it is said to name
_OTHER_PRONOUN = {"she": re.compile(r"\b(?:he|his|him)\b"), "he": re.compile(r"\b(?:she|her|hers)\b")}


_TO_SOMEONE = wordset("to for with beside over around")  # ("put his jacket over him": over the sleeping boy)
_IT = re.compile(r"\bit\b")
_THEM = re.compile(r"\bthem\b")
# a clock time a clause opens on, with no comma before its subject: "at ten o'clock he climbed …", "at 22:00 she …"
_FRONTED_CLOCK = re.compile(
    r"^(?i:(?:just\s+)?(?:at|around|by|before|after)\s+(?:\d{1,2}(?:[:.h]\d{2})?\s*(?:am|pm|h)?|(?:one|two|three|"
    r"four|five|six|seven|eight|nine|ten|eleven|twelve)\s+o'clock|midnight|noon))\s+(?=(?:he|she|they)\b|[A-Z])"
)


_NO_SUBJECT = wordset("from of to for with into onto about toward towards without like than via")


def _after_verb(piece: str, verb: str) -> str | None:
    """The words of a piece after the first word that is its clause's verb; None when the verb is not written there."""
    words = piece.split()
    at = next((k for k, w in enumerate(words) if bare(w) == verb), None)
    return " ".join(words[at + 1 :]) if at is not None else None


def _past_asides(verb: str, after: str, by_word: dict[str, str]) -> tuple[list[str], str, list[str]] | None:
    """`payoff.later_event_past_asides`, with a "her" or "his" after an aside about one person of the moment named
    as theirs ("…, where her teacher Rysgul Temirbayeva had waited, and put the trophy in her hands": in Rysgul
    Temirbayeva's hands)."""
    found = later_event_past_asides(verb, after)
    if found is None:
        return None
    (manner, verb_after, rest), aside = found
    whom = mentioned(aside, by_word)
    at = next((k for k, w in enumerate(rest) if w.lower() in ("her", "his")), None)
    if aside and at is not None:
        owner = next(iter(whom)).split() if len(whom) == 1 else _aside_subject(aside) if not whom else None
        if owner is None:
            return None  # whose it is, the sentence cannot tell
        *first, last = owner
        rest = [*rest[:at], *first, f"{last}'s", *rest[at + 1 :]]
    return manner, verb_after, rest


_RELATIVES = (RELATIVES - {"that", "whose"}) | {"when"}  # (never "said that he had …": what was said)


def _told_before(before: str, clause: Clause) -> bool:
    """Whether a clause (after the words `before` it in its sentence) is a relative clause in the past perfect ("…,
    where he had found his initials from 1961"): what came before the moment its sentence tells, never its headline
    (round 44's Valletta: "Wenzu Borg Finds His Initials From 1961" over a body that tells his request)."""
    opener = before.rstrip(" ,").rsplit(" ", 1)[-1].lower()
    return opener in _RELATIVES and clause.verb.lower() == "had" and bool(clause.rest) and is_past_verb(clause.rest[0])


def _object_relative(subject: list[str]) -> int:
    """Where the name starts in a clause's subject that is a thing and a name after it with no "that" ("a candombe
    Da Silva", of "then a candombe Da Silva taught him": what the name did something to, the thing its object); 0 for
    any other subject, a role and its person too ("the singer Florencia Da Silva")."""
    if len(subject) < 3 or subject[0] not in ("a", "an"):  # (never "The composer Teo Bali", "the old jazz legend")
        return 0
    at = next((k for k, w in enumerate(subject) if k and w[:1].isupper()), None)
    if at is None or at < 2 or not all(w.islower() for w in subject[1:at]):
        return 0
    noun = bare(subject[at - 1]).lower()
    return at if noun not in PEOPLE and not noun.endswith(_DOERS) else 0


_DOERS = ("er", "or", "ist", "ian", "ant", "ent", "end", "ess", "man", "woman", "friend")  # (a person's noun)


def _affiliation_dropped(subject: list[str], by_word: dict[str, str]) -> list[str]:
    """A person named with the band or company they are of ("Martín Ocampo of La Rompiente"): the person, as a
    headline's subject (the "of" read as no verb after the subject otherwise: the clause refused)."""
    if "of" not in subject[1:]:
        return subject
    at = subject.index("of", 1)
    before, after = subject[:at], subject[at + 1 :]
    if not after or not all(w[:1].isupper() or w.lower() in ("the", "y", "and", "&") for w in after):
        return subject
    named = len(before) <= 4 and all(w[:1].isupper() for w in before) and len(mentioned(before, by_word)) == 1
    return before if named else subject


_ASIDE_DETERMINERS = frozenset({"her", "his", "their", "the"})
_ASIDE_SUBJECT_MAX = 5


def _aside_subject(aside: list[str]) -> list[str] | None:
    """The one an aside is about, when it names nobody: the words between its relative and its verb ("where | her
    first dombra teacher | had been waiting"), a determiner first; None when it has no such subject."""
    words = aside[1:]
    verb = next(
        (k for k, w in enumerate(words) if w.lower() in VERB_SHAPED or looks_like_verb(w.lower(), after_name=False)),
        None,
    )
    subject = words[:verb] if verb is not None else []
    if not 2 <= len(subject) <= _ASIDE_SUBJECT_MAX or subject[0].lower() not in _ASIDE_DETERMINERS:
        return None
    return subject


def _called_to(rest: list[str]) -> bool:
    """Whether the words after "called" say someone was called to the stage (`telegraphic.CALLED_TO`)."""
    after = " ".join(bare(w).lower() for w in rest[:3]) + " "
    return any(after.startswith(part + " ") for part in CALLED_TO)


_TAKEN_PARTS = frozenset(["hand", "cheek", "shoulder", "forehead"])  # what one takes of another in greeting


def _owner_named(words: list[str], start: int, end: int, pronoun: str, name: str) -> list[str] | None:
    """The words with the first "his"/"her" before `end` (the "and" before a later "him"/"her" of the same person)
    as the named person's: "shook his hand and asked him to yodel" → "shakes Röbi Stäuble's hand and asks him to
    yodel" (named where they are first meant, never "Shakes His Hand and Asks Röbi Stäuble to Yodel", round 49,
    Zurich); None when no such possessive comes first."""
    owner = "his" if pronoun.lower() == "him" else "her"
    at = next((j for j in range(start, end) if bare(words[j]).lower() == owner), None)
    if at is None or not name or at + 1 >= end or bare(words[at + 1]).lower() not in _TAKEN_PARTS:
        return None  # ("fixed his tie and hugged him": his own tie, perhaps; a hand shaken is another's)
    parts = name.split()
    return [*words[:at], *parts[:-1], parts[-1] + "'s", *words[at + 1 :]]


def _what_was_said(verb: str, words: list[str], sentence: str) -> list[str]:
    """The words of what a verb of saying said, after its "that" in the sentence, when the option stops before it
    ("Kessler and Daughtry announced on stage that they're co-directing the sequel": "they're co-directing the
    sequel", break 68); [] otherwise."""
    if verb.lower() not in SAYING_THAT or " that " not in sentence or "that" in (bare(w).lower() for w in words):
        return []
    m = re.search(rf"\b{re.escape(verb)}\b[^.;:!?“”]{{0,40}}? that (?P<said>[^.;:!?“”]+)", sentence)
    if m is None:
        return []
    return [_UNCONTRACTED.get(w.lower().replace("’", "'"), w) for w in m.group("said").split()]  # ("they are": a
    # headline never contracts a pronoun)


_UNCONTRACTED = {"they're": "they are", "she's": "she is", "he's": "he is", "it's": "it is", "we're": "we are"}
