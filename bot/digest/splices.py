"""Comma splices mended: a reporter's clauses run together with commas made into sentences an editor would
print.

- a new clause after a comma (its own subject and a verb, not a speech's tag: "…, she said.") starts a new
  sentence, or takes ", and" when it is the second of just two ("… reaching for a shrimp, one glass wing
  snapped clean off, whole press room went “Ohhh”." → "… reaching for a shrimp. One glass wing snapped clean
  off, and the whole press room went “Ohhh”."); clauses in a series whose last one a conjunction joins are
  no splice ("The crowd cheered, the band bowed, and the curtain fell.");
- the last of a run of predicates of one subject takes "and" ("She was leaving in his boots, said she was
  keeping them." → "She was leaving in his boots and said she was keeping them.");
- someone somewhere, then asked something there, is asked it there ("Kroll was on the carpet, asked about
  the rumours, laughed it off" → "On the carpet, Kroll was asked about the rumours and laughed it off");
- what someone did after a colon that says where they were is told as done there ("Jonas Fell was
  backstage: lost his shoe, found it in the piano, played anyway." → "Backstage, Jonas Fell lost his shoe,
  found it in the piano and played anyway.");
- a thing and its state with no verb get one ("The whole back of the gown open and …" → "… was open and …");
- a long sentence of a named subject that runs on with ", then" is cut there ("…, then piped her name into
  the gap." → "…. Then Achterberg piped her name into the gap.");
- a sentence of more than 40 words (one pasted run) is two, cut at the clause boundary nearest its middle ("; ",
  ", and then" → "Then …", ", while" → "Meanwhile, …", a single " — ") whose second part reads as prose; none, it
  is left as written (its reporter's aside in brackets is left out first: `polish`);
- a noun's "'s" before a place or a state is "was" in a story told in the past ("his category's in 10
  minutes" → "his category was in 10 minutes").

A comma that sets off a participle ("Kroll was on the carpet, asked about the rumours"), an absolute phrase
("Half the room was crying, his mum included"), an appositive
("Ines Baptiste, head of wardrobe, sat her down"), a subordinate clause ("When she came in, the room went
quiet") or a bare phrase ("…, trophy under one arm") is left as written. Quoted speech is never touched.
"""

from __future__ import annotations

import re
from collections import Counter

from .casing import outside_quotes
from .clauses import sentences
from .cutting import ARTICLES
from .lexicon import CONNECTIVE_HEAD, STOPWORDS
from .textutil import generational, wordset
from .verbs import IRREGULAR, NOT_VERBS, PAST_AUXILIARIES, PAST_OF, looks_like_verb

_BASES = Counter(IRREGULAR.values())  # how many forms a verb has in the list
_PASTS = frozenset(PAST_OF.values())  # the first form listed for a verb is its past
# a past with a participle of its own ("went"/"gone"): never a participle; "gone" alone: never a past
_DISTINCT_PAST = frozenset(p for p in _PASTS if _BASES[IRREGULAR[p]] > 1)
# participles that describe how someone was, far more often than what they did ("…, the whole table stunned")
_FEELINGS = wordset(
    """
    stunned shocked amazed delighted thrilled surprised confused exhausted annoyed impressed unimpressed pleased
    relieved embarrassed horrified devastated tired bored scared excited worried dressed seated packed crowded
    soaked drenched starstruck speechless dazed frozen
    """
)
_FINITE_AUX = PAST_AUXILIARIES
_PRONOUNS = wordset("he she they it we nobody everyone everybody someone somebody")
_PRONOUN_ADVERBS = wordset("each all both just still never finally then also only")  # "they each came"
_DETERMINERS = wordset("the a an one his her their its every whole two three four five both")
_HOW_LONG = wordset("minutes seconds moments hours days shortly right just soon long straight immediately only even")
_SUBORDINATORS = wordset("when as after before if because while once until till since though although whenever so")
# what follows a past that is also a participle when it has an object, so is a verb ("laughed it off",
# "said she was …"), where "curled up on …" or "asked about …" describe the subject
_OBJECT_STARTS = wordset(
    "it her him them his their its the a an every each one she he they this that some all no both two three four "
    "five six seven eight nine ten eleven twelve twenty"
)
_CONDITIONS = wordset("if when because although though unless whenever whereas")
_PREPOSITIONS = wordset("about by in on at with for as to from into onto over under")
_ADVERBS = wordset("later earlier behind outside inside meanwhile afterwards finally suddenly then")
_SUBJECT_WORDS = 4  # words a subject may take before its verb ("the whole press room went")
# "his category's in 10 minutes": "is", not a possessive (a noun, then a place or a state)
_NOUN_IS = re.compile(
    r"\b((?:his|her|their|the|its) [a-z]+)['’]s (?=(?:in|on|at|due|up|next|still|gone|over|done|off|out)(?![\w-]))"
)


def _word(w: str) -> str:
    return w.lower().strip(',.;:!?“”"()').replace("’", "'")


def _past_form(w: str) -> bool:
    """A simple past tense ("went", "borrowed", "held", "was"), not a participle only ("gone", "taken") nor a
    state ("the whole table stunned")."""
    if w in _FINITE_AUX or w in _PASTS:
        return True
    return w not in IRREGULAR and w.endswith("ed") and len(w) > 3 and w not in NOT_VERBS and w not in _FEELINGS


def _ambiguous(w: str) -> bool:
    """A past form that is also the participle ("asked", "held"): "asked about the rumours" is a participle."""
    return w not in _DISTINCT_PAST and w not in _FINITE_AUX


def _predicate(words: list[str]) -> bool:
    """A segment that opens with a past-tense verb of the sentence's subject ("borrowed a cavaquinho", "went
    home"; "held a sign" but not "held up by security")."""
    if not words or words[0][:1].isupper():
        return False
    first = _word(words[0])
    if not _past_form(first) or first in _FINITE_AUX:
        return False
    following = _word(words[1]) if len(words) > 1 else ""
    return not _ambiguous(first) or following in _OBJECT_STARTS


_RELATIVE_SUBJECTS = wordset("he she they we i you")
_POSSESSIVES = wordset("his her their its")


def _clause(words: list[str]) -> bool:
    """A segment with its own subject and a finite verb ("the whole line was singing back", "Ji-woo cracked
    on the high note", "nobody gave her boots back")."""
    if not words:
        return False
    first = _word(words[0])
    if first in _PRONOUNS:
        rest = [_word(w) for w in words[1:3]]
        verb = rest[1] if len(rest) > 1 and rest[0] in _PRONOUN_ADVERBS else rest[0] if rest else ""
        return _past_form(verb)
    # "Asked what she would do next, …", "Holding the door, …": a participle opens a phrase, not a clause
    participle = _past_form(first) or (first.endswith("ing") and looks_like_verb(first, after_name=True))
    named = (
        words[0][:1].isupper()
        and words[0][1:2].islower()
        and first not in STOPWORDS
        and first not in _ADVERBS
        and not participle
    )
    if first in _DETERMINERS or named:
        for k in range(1, min(len(words), _SUBJECT_WORDS + 1)):
            w = _word(words[k])
            if w in ("who", "that", "which") or w in _PREPOSITIONS:
                return False
            if w in _RELATIVE_SUBJECTS and k > 1 and first in _DETERMINERS:
                return False  # "the one he recorded it on": a noun and its clause, "that" left out
            if named and w in ARTICLES:
                return False  # "… of Takk, Mamma a shot of Brennivín": a name then an object, never "Mamma shot"
            if w in ("having", "being"):
                return False  # "his riddim having lost ten minutes earlier": an absolute phrase, no clause
            if _past_form(w):
                following = _word(words[k + 1]) if k + 1 < len(words) else ""
                # "his jacket embroidered with tiger stripes": a thing of theirs and its state, no clause
                described = first in _POSSESSIVES and following in _PREPOSITIONS
                return not (_ambiguous(w) and (following == "by" or described))
            if not (words[k][:1].isupper() or w.isalpha() or w.endswith("'s")):
                return False
    return False


def _subordinate(words: list[str]) -> bool:
    """Whether a segment is (or ends in) a subordinate clause, which a comma rightly closes ("When she came
    in, …", "… made a bet: if she won, …")."""
    return bool(words) and (
        _word(words[0]) in _SUBORDINATORS
        or (len(words) > 1 and _word(words[0]) in _HOW_LONG and _word(words[1]) in _SUBORDINATORS)
        or any(_word(w) in _CONDITIONS for w in words[1:])
    )  # ("Minutes after the show won, he walked …": how long after, and the subordinate clause)


def _segments(sentence: str) -> list[str] | None:
    """The sentence cut at the commas outside quoted speech (None when its quotes do not balance)."""
    out, depth, start = [], 0, 0
    for i, c in enumerate(sentence):
        if c == "“":
            depth += 1
        elif c == "”":
            depth -= 1
        elif c == "," and depth == 0 and sentence[i + 1 : i + 2] == " " and not _in_name(sentence, i):
            out.append(sentence[start:i])  # (never at a name's ", Sr." or ", fils", nor ", The Creator": one name)
            start = i + 2
    out.append(sentence[start:])
    return out if depth == 0 and '"' not in sentence else None


def _in_name(sentence: str, i: int) -> bool:
    """Whether the comma at `i` is inside a name: before a generational suffix ("Luc Perrin, fils") or a stage
    name's epithet, a capitalised "The" mid-sentence ("Tyler, The Creator bowed": a new clause opens "the")."""
    after = sentence[i + 2 : i + 9]
    return generational(after) or (after.startswith("The ") and sentence[i - 1 : i].isalpha())


def _verb_first(segment: str) -> bool:
    words = segment.split()
    return bool(words) and not words[0][:1].isupper() and _past_form(_word(words[0]))


def _subject_name(segment: str) -> str:
    """The capitalised words a segment opens with ("Marguerite Ollender"), "" when none."""
    words = []
    for w in segment.split():
        if not (w[:1].isupper() and w[1:2].islower()) or _word(w) in STOPWORDS:
            break
        words.append(w)
    return " ".join(words)


def _same_subject(first: str, second: str) -> str:
    """The second clause's subject when it names the first clause's subject again (its surname, or the name
    in full): "" otherwise."""
    one, two = _subject_name(first), _subject_name(second)
    return two if one and two and (two == one or two == one.split()[-1]) else ""


def _name_only(segment: str) -> bool:
    """A segment that is a name and nothing else ("Jo", "Lee Park"): an item of a list of people."""
    words = segment.split()
    return 0 < len(words) <= 3 and all(w[:1].isupper() and w[1:2].islower() for w in words)


def _main(segment: str) -> bool:
    words = segment.split()
    return _clause(words) and _word(words[0]) not in _SUBORDINATORS


def _with_article(segment: str) -> str:
    """ "whole press room went" → "the whole press room went"."""
    return "the " + segment if _word(segment.split(" ", 1)[0]) == "whole" else segment


_COORDINATORS = wordset("and but or nor yet")


def _series(parts: list[str]) -> bool:
    """Clauses in a series, the last joined by a conjunction ("The crowd cheered, the band bowed, and the
    curtain fell."): written that way on purpose, no splice."""
    last = parts[-1].split()
    return (
        len(parts) > 2
        and bool(last)
        and _word(last[0]) in _COORDINATORS
        and _main(parts[0])
        and all(_clause(p.split()) for p in parts[1:-1])
    )


_SPEECH = wordset("said says told tells added adds insisted insists admitted admits explained explains joked jokes")
_TAG_ADVERBS = wordset("later afterwards after quietly again simply flatly laughing smiling")


def _speech_tag(words: list[str]) -> bool:
    """Whether a segment only says who said what the sentence says ("…, she said.", "…, Theo told the
    runner."): a reported speech's tag, no clause of its own ("…, the host said nothing" is one)."""
    for k, w in enumerate(words[:4]):
        if _word(w) in _SPEECH:
            rest = [_word(r) for r in words[k + 1 :]]
            told = _word(w) in ("told", "tells") and 0 < len(rest) <= 3 and not any(_past_form(r) for r in rest)
            return 0 < k <= 3 and (all(r in _TAG_ADVERBS for r in rest) or told)
    return False


_ABSOLUTE_ENDS = wordset("included excepted aside")  # "…, his mum included", "…, jokes aside"
_ABSOLUTE_WORDS = 4


_ASIDE_WORDS = 3  # "and, this time,", "and, for once,", "but, in the end,": an aside that opens the joined clause


def _mend(sentence: str) -> list[str]:
    parts = _segments(sentence)
    if parts is None or len(parts) < 2 or _series(parts):
        return [sentence]
    for k in range(1, len(parts)):
        words = parts[k].split()
        before = parts[k - 1].split()
        if not _clause(words) or _word(words[0]) in _SUBORDINATORS or _subordinate(before) or _speech_tag(words):
            continue
        if len(words) <= _ABSOLUTE_WORDS and _word(words[-1]) in _ABSOLUTE_ENDS:
            continue  # "Half the room was crying, his mum included.": an absolute phrase, never "and his mum included"
        if not any(_main(p) for p in parts[:k]):
            continue
        opened = parts[k - 1].rsplit("; ", 1)
        if len(opened) == 2 and not _clause(opened[1].split()):
            continue  # "…; off air, she walked …": the phrase after the semicolon opens the clause after its comma
        if k >= 2 and parts[k - 2].rstrip().endswith((" and", " but")) and len(before) <= _ASIDE_WORDS:
            continue  # "took the pint and, this time, Rhodri took his hand": the aside after "and" opens the clause
        listed = " and " in parts[k]
        while listed and k > 1 and _name_only(parts[k - 1]) and any(_main(p) for p in parts[: k - 1]):
            k -= 1  # "Kim arrived, Jo, Lee and Sam followed.": the list of names is the new clause's subject
        head, tail = ", ".join(parts[:k]), ", ".join(parts[k:])
        end = tail[-1] if tail[-1:] in ".!?" else "."
        if len(parts) == 2 and " and " not in sentence:
            again = _same_subject(parts[0], parts[1])
            if again:  # "Ollender was at the door, Ollender stayed an hour" → "… at the door and stayed an hour"
                return [f"{head} and {parts[1][len(again) + 1 :]}"]
            return [_last_predicate(f"{head}, and {_with_article(parts[k])}")]
        tail = _with_article(tail.rstrip(".!?") + end)
        return [_last_predicate(head.rstrip(".!?") + "."), *_mend(tail[:1].upper() + tail[1:])]
    return [_last_predicate(sentence)]


def _last_predicate(sentence: str) -> str:
    """ "X was leaving in her boots, said she was keeping them." → "… boots and said …"."""
    parts = _segments(sentence)
    if parts is None or len(parts) < 2:
        return sentence
    last, before = parts[-1].split(), parts[-2].split()
    if len(parts) > 2 and parts[-3].rstrip().endswith(" and"):
        return sentence  # "… and, unprompted, told us his plan": an aside after "and", no run of predicates
    if len(parts) == 3 and len(before) == 1 and all(w[:1].isupper() for w in parts[0].split()):
        return sentence  # "Ezequiel Quispe-Moro, half-bearded, kept reading …": an aside after the name (breaker 59)
    # in a run of predicates a past that is also a participle is one more ("…, found it, played anyway"), and so is
    # a past alone that says no feeling ("…, hugged her mum, cried, went back out": not "…, stunned, …")
    alone = len(before) == 1 and _past_form(_word(before[0])) and _word(before[0]) not in _FEELINGS
    in_run = (
        (_predicate(before) or alone)
        and _verb_first(parts[-1])
        and _word(last[1] if len(last) > 1 else "") not in _PREPOSITIONS
    )
    if " and " in parts[-1] or not (_predicate(last) or in_run):
        return sentence
    if not (_predicate(before) or alone or _main(parts[-2])):
        return sentence
    # after a relative clause the comma stays, so the verb is not read as the clause's ("the fans who
    # couldn't get in, and borrowed a fiddle")
    join = ", and " if any(_word(w) in ("who", "which", "that") for w in before) else " and "
    return ", ".join(parts[:-1]) + join + parts[-1]


# "Kroll was on the carpet, asked about the rumours, …": where someone was, then what they were asked there
# (only "asked about": "…, asked if anyone had a charger" is what they asked)
_ASKED_THERE = re.compile(
    rf"^(?P<conn>{CONNECTIVE_HEAD}, )?(?P<name>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){{0,2}}) (?P<be>was|were) "
    r"(?P<place>(?:in|on|at|by|outside|inside) [^,“”]{2,40}), (?P<asked>asked about )"
)


def _asked_there(m: re.Match[str]) -> str:
    """ "Later, Amaral was in the press room, asked about …" → "Later, in the press room, Amaral was asked
    about …"."""
    conn, place = m.group("conn") or "", m.group("place")
    lead = f"{conn}{place}" if conn else place[:1].upper() + place[1:]
    return f"{lead}, {m.group('name')} {m.group('be')} {m.group('asked')}"


# states that are no past tense as well ("The doors shut" has its verb)
_STATES = wordset("open gone broken empty full soaked wet dead missing loose undone torn")
_STATE_NOTE = re.compile(r"^(?P<np>(?:The|His|Her|Their|Its) [^,;:“”]{2,60}?) (?P<state>[a-z]+)(?= and |[,.])")


def _stated(sentence: str) -> str:
    """ "The whole back of the gown open and she was due …" → "The whole back of the gown was open and …": a
    thing and its state with no verb between them (the note's "is" left out)."""
    m = _STATE_NOTE.match(sentence)
    if m is None or m.group("state") not in _STATES:
        return sentence
    words = [_word(w) for w in m.group("np").split()]
    if any(_past_form(w) or w in _FINITE_AUX or w in ("is", "are", "has", "have") for w in words[1:]):
        return sentence
    be = "were" if words[-1].endswith("s") and not words[-1].endswith("ss") else "was"
    return f"{m.group('np')} {be} {sentence[m.start('state') :]}"


LONG_SENTENCE = 30  # words: a sentence this long that runs on with ", then …" is two
_THEN = re.compile(r", then (?=([a-z]+) )")
_NO_NAME = wordset("having being after before when while as once though although because since until")
_NAMED_OPENING = re.compile(r"^(?:[A-Z][\w'’-]+ ){0,2}([A-Z][\w'’-]+) (?=[a-z])")


# "Jonas Fell was backstage: lost his shoe, found it …": where someone was, then what they did there
_PLACED_LABEL = re.compile(
    rf"^(?P<conn>{CONNECTIVE_HEAD}, )?(?P<name>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){{0,2}}) (?:was|were) "
    r"(?P<place>backstage|offstage|(?:in|on|at|by|outside|inside) [^,:;“”]{2,40}): (?P<rest>[a-z].*)$"
)


def _placed_label(sentence: str) -> str:
    """ "Jonas Fell was backstage: lost his shoe, found it in the piano" → "Backstage, Jonas Fell lost his shoe,
    found it in the piano" (what followed the colon is what they did)."""
    m = _PLACED_LABEL.match(sentence)
    if m is None or not _predicate(m.group("rest").split()):
        return sentence
    conn, place = m.group("conn") or "", m.group("place")
    lead = f"{conn}{place}" if conn else place[:1].upper() + place[1:]
    return f"{lead}, {m.group('name')} {m.group('rest')}"


def _then_split(sentence: str) -> list[str]:
    """ "Imogen Achterberg lost …, walked in carrying a cake …, then piped her name into the gap." → "… cake
    …. Then Achterberg piped her name into the gap.": a long sentence opened by a named subject, cut where it
    runs on to the next thing she did (its subject named again by the surname)."""
    named = _NAMED_OPENING.match(sentence)
    if named is None or len(sentence.split()) < LONG_SENTENCE or sentence.split(" ", 1)[0].lower() in _NO_NAME:
        return [sentence]  # ("Having missed his category …" opens on no name: "Then Having asked him …" was told)
    if not _past_form(_word(sentence[named.end() :].split(" ", 1)[0])):
        return [sentence]
    m = _THEN.search(sentence)
    if (
        m is None
        or not _past_form(m.group(1))
        or sentence.count("“", 0, m.start()) != sentence.count("”", 0, m.start())
    ):
        return [sentence]
    subject = named.group(1)
    subject = subject.lower() if subject.lower() in _PRONOUNS else subject  # "Then she asked", never "Then She"
    return [sentence[: m.start()] + ".", f"Then {subject} {sentence[m.end() :]}"]


PASTED_WORDS = 40  # a sentence longer than this is one pasted run: two sentences, cut at a clause's boundary
_CLAUSE_BOUNDARY = re.compile(r"; |, and then |, while | — ")
_OPENS = {"; ": "", ", and then ": "Then ", ", while ": "Meanwhile, ", " — ": ""}
HEAD_WORDS = 8  # each sentence of a cut keeps at least this many words


def _pasted_split(sentence: str) -> list[str]:
    """A sentence of more than PASTED_WORDS words cut in two at the clause boundary nearest its middle ("; ",
    ", and then", ", while", a single " — ") whose second part is a clause with its own subject: "Mara climbed onto
    the piano while …, and then she pulled Kit up beside her and …" → "… . Then she pulled Kit up …"; no such
    boundary, as written."""
    words = len(sentence.split())
    if words <= PASTED_WORDS or sentence.count(" — ") > 1:
        return [sentence]
    from .prose import reads_as_prose  # (the prose gate reads `gates`, which reads this module through `polish`)

    best: tuple[int, str, str] | None = None
    for m in _CLAUSE_BOUNDARY.finditer(sentence):
        head, tail = sentence[: m.start()], sentence[m.end() :]
        if head.count("“") != head.count("”") or head.count("(") != head.count(")"):
            continue
        head_words, tail_words = len(head.split()), len(tail.split())
        opening = _OPENS[m.group(0)]
        told = opening + tail if opening else tail[:1].upper() + tail[1:]
        if min(head_words, tail_words) < HEAD_WORDS or not reads_as_prose(tail[:1].upper() + tail[1:]):
            continue
        distance = abs(head_words - tail_words)
        if best is None or distance < best[0]:
            best = (distance, head.rstrip(",;") + ".", told)
    return [sentence] if best is None else [best[1], *_pasted_split(best[2])]


def unspliced(text: str) -> str:
    """`text` (narrated copy) with its comma splices mended (see the module's docstring)."""
    text = outside_quotes(text, lambda part: _NOUN_IS.sub(r"\1 was ", part))
    mended = (_mend(_stated(_placed_label(_ASKED_THERE.sub(_asked_there, s)))) for s in sentences(text))
    return " ".join(
        part for sentence in mended for piece in sentence for cut in _then_split(piece) for part in _pasted_split(cut)
    )
