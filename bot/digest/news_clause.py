"""The clause of the lead report that holds the moment's news, put first for the headline writer (issue 11, round 14).

A report often opens on the scene and tells the news after it; a headline taken from its opening heads the scene:
- a scene interrupted: "Blue Kao was freestyling for the crew in the hallway when Ông Bí-thô walked into the circle
  …": the news is the clause after "when", when it opens on someone of the moment (`interrupted`);
- a run of acts: "Kingfisha skipped the press room, walked to the kitchen and put his trophy in the hands of Pearl
  Whyte": three acts or more of one subject, the first only getting there, the last one the payoff, told with its
  subject (`payoff_of_run`; "lost a shoe, left it there and presented Best Drama barefoot" keeps its first act);
- a thing handed on: "Selecta Jérémie handed MC Rain his megaphone and she climbed onto a table and got everybody
  singing" is MC Rain's act (`handed_on`);
- a scene, then the act: "Toast was waiting at the foot of the stairs and caught Carlsson mid-fall" (`scene_then_act`);
- notes speaking for the moment beside a report of prose opening on the lead: the prose heads it (`prose_first`);
- a fall told first, its catch by another report: the catch's report heads it (`answer_first`);
- a relative clause after the subject: "Hank Tsai, who vowed … if Iron Temple won Best Rock Album, kept his word …"
  is told without it (`without_relative`: never "Iron Temple Wins Best Rock Album");
- the payoff told after a sentence naming its doer, with a pronoun: "Amira Haddad kept her promise. Still holding the
  statuette, she walked to the jetty, handed it to Dragan Petrović and jumped into Saltsjön in her gown." — the
  pronoun is the lead's when the lead is the only one of the moment it can be (`pronoun_named`).

`news_first` gives the copy with that clause as its first sentence, the rest after it, and the copy as it was when
nothing applies; the headline writer then reads it as it reads any copy (its gate still decides).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .clauses import sentences
from .prose import reads_as_prose
from .textutil import wordset
from .verbs import fronted_subject, is_past_verb

_WHEN = re.compile(r"\b(?:was|were)\s+[a-z]+ing\b[^.!?]*?,?\s+when\s+")
_PRONOUNS = {"she": "she", "he": "he", "She": "she", "He": "he"}
_OBJECT_PRONOUNS = frozenset({"it", "them", "him", "her", "this", "that"})
# the first act of a run that only gets its subject where the payoff happens ("skipped the press room, walked to the
# kitchen and …", "walked into the circle, took the microphone and …")
_GETTING_THERE = wordset(
    "walked skipped went came left turned headed stepped ran climbed marched strode wandered rushed hurried made got "
    "stood sat crossed snuck sneaked pushed ducked jumped hopped raced dashed"
)
RUN = 3  # acts of one subject in a row that make a run whose last act is the payoff
FIRST_RUN = 2  # ...in the copy's first sentence, the first act only getting there ("climbed on his chair … and started
# an auction for it": the auction)
ASIDE_WORDS = 12  # words an aside after a subject may have ("78, still holding her trophy,")
ASIDE_WORDS_WHO = 30  # ...and a relative clause ("who vowed on the carpet that his hair would go if …,")
PAYOFF_WORDS = 4  # the last act's words, its verb among them, for it to stand as a headline's clause


def _opens_on(text: str, names: Sequence[str]) -> str | None:
    """The name of `names` `text` opens with, or None."""
    names = sorted(names, key=len, reverse=True)
    return next((n for n in names if n and text.startswith(n) and not text[len(n) : len(n) + 1].isalnum()), None)


def interrupted(sentence: str, names: Sequence[str]) -> str | None:
    """The clause after "was …ing … when" when it opens on someone of the moment and goes on with a past tense."""
    m = _WHEN.search(sentence)
    if m is None:
        return None
    news = sentence[m.end() :]
    name = _opens_on(news, names)
    if name is None:
        return None
    rest = news[len(name) :].lstrip(" ,")
    words = _after_aside(rest.split())
    if not words or not is_past_verb(words[0]):
        return None
    return news


def _after_aside(words: list[str]) -> list[str]:
    """The words after an aside that follows a subject ("78, still holding her trophy, walked …" → "walked …")."""
    if words and is_past_verb(words[0]):
        return words
    window = ASIDE_WORDS_WHO if words and words[0].lower() == "who" else ASIDE_WORDS
    for k, w in enumerate(words[:window]):
        if w.endswith(",") and k + 1 < len(words) and is_past_verb(words[k + 1]):
            return words[k + 1 :]
    return []


def payoff_of_run(sentence: str, names: Sequence[str], scene: str = "", least: int = RUN) -> str | None:
    """ "<Name> <acted>, <acted> … and <acted> <the rest>" with `RUN` acts or more → "<Name> <acted> <the rest>"; an
    act just before it that took a thing from someone is told with it (`taken_from`: "<Name> took Blue Kao's
    microphone and rapped …"). `scene`: the whole sentence, when `sentence` is its clause after "when"."""
    name = _opens_on(sentence, names)
    if name is None:
        return None
    words = _after_aside(sentence[len(name) :].lstrip(" ,").split())
    if not words:
        return None
    run = _run_payoff(name, words, names, scene or sentence, least)
    if run is None:  # "skipped the press line and walked straight to …, knelt, and put …": a run after an "and"
        at = next((k for k in range(1, len(words)) if words[k - 1] == "and" and words[k] in _GETTING_THERE), None)
        run = _run_payoff(name, words[at:], names, scene or sentence, least) if at is not None else None
    return run


def _run_payoff(name: str, words: list[str], names: Sequence[str], sentence: str, least: int = RUN) -> str | None:
    """`payoff_of_run` for the words after the subject's name (`least` acts in the run at least)."""
    acts = [0]
    for k in range(1, len(words)):
        before = words[k - 1]
        act = words[k].rstrip(",")  # ("…, knelt, and put …": an act of one word is one of the run)
        if is_past_verb(act) and (before.endswith(",") or before == "and") and not words[k][:1].isupper():
            acts.append(k)
            if before == "and":
                break  # the run ends with its "and …"
    if len(acts) < least or words[acts[-1] - 1] != "and" or words[0].lower() not in _GETTING_THERE:
        return None  # (a run that opens on an act of its own keeps it: "lost a shoe, left it there and presented …")
    if len(acts) < RUN and (
        words[acts[-1]].lower() in _GETTING_THERE or any(w[:1].isupper() for w in words[1 : acts[-1]])
    ):
        return None  # ("walked straight past the press pen … and went to the cloakroom": getting there, both; "walked
        # up to Lerato Mokoena and held out the trophy": to whom is the news too)
    last = words[acts[-1] :]
    if _ON_THE_WAY_BACK.match(" ".join(last)):  # "…, stood in the river up to his ankles …, and came back out to
        # applause": the way back is no payoff, the run up to it is (round 47's Vilnius headlined the return)
        return f"{name} {' '.join(words[: acts[-1] - 1]).rstrip(',')}."
    taken = taken_from(words[acts[-2] : acts[-1] - 1], names, sentence, name)
    if taken is not None and len(last) >= PAYOFF_WORDS:  # "took the mic out of his hand and rapped …": both acts
        return f"{name} {taken} and {' '.join(last)}"
    carried = _CARRIED.search(" ".join(words[: acts[-1]]))
    if len(last) > 1 and last[1] == "it" and carried:  # "came off stage with the honorary award … and put it …"
        last = [last[0], *carried.group("thing").split(), *last[2:]]
    elif (
        carried and len(acts) < RUN and (at := _it_at(last)) is not None
    ):  # "… holding the ice bucket … and started an auction for it"
        thing = carried.group("thing").split()
        last = [*last[:at], *thing[:-1], thing[-1] + last[at][2:], *last[at + 1 :]]
    if len(last) < PAYOFF_WORDS or last[1].lower().rstrip(",.") in _OBJECT_PRONOUNS:
        return None  # "… and caught it": the act needs what the run told before
    last = _placed_with(last, words[: acts[-1]], names, name)
    return _hands_of(f"{name} {' '.join(last)}", names)


def _it_at(last: list[str]) -> int | None:
    """Where the act's words say "it" (its stop after it aside) after its verb and its object's first words ("started
    an auction for it,"), or None."""
    return next((k for k in range(2, min(len(last), PAYOFF_WORDS + 1)) if last[k].rstrip(",.;") == "it"), None)


# the last act of a run that is only the way back from the act before it ("came back out to applause", "went back
# inside", "returned to her seat")
_ON_THE_WAY_BACK = re.compile(r"^(?:came|went|walked|climbed|got|headed|ran) (?:back|out)\b|^returned\b")


_PUT_ON = re.compile(r"^(?:put|placed|laid|set|dropped|pressed) .+? (?:in|on|into|onto) (?P<whose>her|his) \w+")


def _placed_with(last: list[str], before: list[str], names: Sequence[str], subject: str) -> list[str]:
    """The payoff "put the statuette in her lap" with whose lap it was, when the run went to one other person of
    the moment ("walked straight to Assunta Brancaccio's stool …, knelt, and put the statuette in her lap" → "in
    Assunta Brancaccio's lap"): a thing put in someone's lap or hands is given to them."""
    m = _PUT_ON.match(" ".join(last))
    went = " ".join(before)
    others = [n for n in names if n != subject and n not in subject and n in went]
    if m is None or len(others) != 1:
        return last
    at = len(m.string[: m.start("whose")].split())
    return [*last[:at], f"{others[0]}'s", *last[at + 1 :]]


_TAKING = wordset("took grabbed snatched seized swiped stole pulled plucked yanked wrestled")
_FROM_WHOM = re.compile(
    r"^(?P<thing>.+?) (?:out of|from) (?:his|her|their) (?:hands?|grip|fingers)$"
    r"|^(?P<thing2>.+?) from (?:him|her|them)$"
)


def taken_from(act: list[str], names: Sequence[str], sentence: str, subject: str) -> str | None:
    """ "took the microphone out of his hand" → "took Blue Kao's microphone", when one other person of `names` is
    named in `sentence` (the one it was taken from): taking another's thing is the act that made the moment, never
    only the way to the payoff. None for any other act."""
    if len(act) < 3 or act[0] not in _TAKING or act[-1].endswith(","):
        return None
    m = _FROM_WHOM.match(" ".join(act[1:]).rstrip(","))
    others = [n for n in names if n != subject and n in sentence and n not in subject]
    if m is None or len(others) != 1:
        return None
    thing = (m.group("thing") or m.group("thing2")).split()
    if thing[0] not in ("the", "a", "an") or len(thing) > 4:
        return None
    return f"{act[0]} {others[0]}'s {' '.join(thing[1:])}"


_CARRIED = re.compile(
    r"\b(?:with|holding|carrying) (?P<thing>(?:the|her|his|their) [^,;.]+?)(?=,| and | to | past | from |$)"
)
_HANDS_OF = re.compile(r"\bin(?:to)? the hands of (?P<who>[^,.;]+?)(?:,[^.;]*)?(?=[.;]|$)")


def _hands_of(clause: str, names: Sequence[str]) -> str:
    """ "… in the hands of Pearl Whyte, the catering cook whose …" → "… in Pearl Whyte's hands" (one of `names`)."""
    m = _HANDS_OF.search(clause)
    who = m.group("who").split() if m else []
    if m is None or not (m.group("who") in names or (0 < len(who) <= 4 and all(w[:1].isupper() for w in who))):
        return clause
    return f"{clause[: m.start()]}in {m.group('who')}'s hands{clause[m.end() :]}"


def pronoun_named(first: str, second: str, lead: str, pronoun: str | None, names: Sequence[str]) -> str | None:
    """`second` with its subject pronoun (after a fronted phrase) as `lead`'s name, when `first` opens on the lead
    and the pronoun is theirs and no one else's of the moment (`pronoun`: the lead's, None when unknown)."""
    if _opens_on(first, [lead, lead.split()[-1]]) is None:
        return None
    if pronoun is None:  # unknown from the night: the one the sentence naming the lead gives them ("kept her promise")
        owns = {p for p, word in (("she", " her "), ("he", " his ")) if word in f" {first} "}
        pronoun = owns.pop() if len(owns) == 1 else None
    words = second.split()
    start = 0
    if words and words[0].lower() not in _PRONOUNS:  # a fronted phrase: "Still holding the statuette, she …"
        start = next((k + 1 for k, w in enumerate(words[:10]) if w.endswith(",")), 0)
        own = fronted_subject(words[1:]) if not start else None  # ("Coming off stage left she skipped …")
        start = own + 1 if own is not None else start
    if pronoun is None and start < len(words) and not any(n in first for n in names if n != lead):
        pronoun = _PRONOUNS.get(words[start])  # ("Vittoria Fasano won Best Actress. … she …": no one else to be)
    if pronoun is None:
        return None
    if start >= len(words) or _PRONOUNS.get(words[start]) != pronoun:
        return None
    if start + 1 >= len(words) or not is_past_verb(words[start + 1]):
        return None
    return " ".join([lead, *words[start + 1 :]])


_HANDED_ON = re.compile(r" and (?P<pronoun>she|he) (?=[a-z]+ed\b|[a-z]+ \w)")
_OTHER_POSSESSIVE = {"she": " his ", "he": " her "}


def handed_on(sentence: str, names: Sequence[str]) -> str | None:
    """ "<A> handed <B> his megaphone and she climbed onto a table and got everybody singing" → "<B> climbed onto a
    table and got everybody singing": the act of the one the first clause gave something to, told by a pronoun
    that cannot be the giver's (his thing, then "she"), is the news."""
    giver = _opens_on(sentence, names)
    m = _HANDED_ON.search(sentence)
    if giver is None or m is None:
        return None
    first = sentence[len(giver) : m.start()]
    if _OTHER_POSSESSIVE[m.group("pronoun")] not in f"{first} ":
        return None
    others = [n for n in names if n != giver and n in first]
    rest = sentence[m.end() :].split()
    if len(others) != 1 or not rest or not is_past_verb(rest[0]):
        return None
    return f"{others[0]} {' '.join(rest)}"


_FRONTED = re.compile(r"^(?:In|At|On|During|After|Before|Backstage|Outside|Inside|Behind|By|Later|Then)\b[^,]{0,40}, ")


def _unfronted(sentence: str) -> str:
    """A sentence without its fronted place or time ("In the blackout, Jérémie …" → "Jérémie …")."""
    m = _FRONTED.match(sentence)
    return sentence[m.end() :] if m else sentence


_SCENE_THEN = re.compile(r"^(?:was|were)\s+[a-z]+ing\b[^.!?;]*?\s+and\s+(?=[a-z]+)")


def scene_then_act(sentence: str, names: Sequence[str]) -> str | None:
    """ "Toast was waiting at the bottom of the stairs for his cue and caught Carlsson mid-fall" → "Toast caught
    Carlsson mid-fall": what the subject was doing is the scene, the act after "and" the news."""
    name = _opens_on(sentence, names)
    if name is None:
        return None
    rest = sentence[len(name) :].lstrip()
    m = _SCENE_THEN.match(rest)
    if m is None or not is_past_verb(rest[m.end() :].split()[0]):
        return None
    return f"{name} {rest[m.end() :]}"


_FELL = re.compile(
    r"\b(?:fell|tripped|slipped|stumbled|tumbled|pitched forward|went down|went flying|lost (?:her|his) "
    r"footing)\b"
)
_CAUGHT = re.compile(r"\bcaught (?:him|her|them|[A-Z])")  # someone caught ("heel caught in her hem" is no catch)


def prose_first(texts: list[str], lead: str | None, copies: Sequence[str] = ()) -> list[str]:
    """The moment's copy with its first report of prose naming the lead first when the one that speaks for it is in
    notes ("GRN RM: STRAND OFF STAGE … BOTH CRYING." beside "Gunnel Strand came off stage with the award …"): a
    headline is written from a clause, never from notes ("Both Cry")."""
    if not texts or lead is None or not _notes(texts[0]):
        return texts
    k = next((k for k, t in enumerate(texts[1:], 1) if _unfronted(t).startswith(lead) and not _notes(t)), None)
    if k is not None:  # (after its place: "In the green room, Skelly Bwoy went down on one knee …")
        return [texts[k], *texts[:k], *texts[k + 1 :]]
    other = next((t for t in copies if _unfronted(t).startswith(lead) and not _notes(t)), None)  # (another report)
    return texts if other is None else [other, *texts]


def _notes(text: str) -> bool:
    """Whether a copy's sentences read as notes: most of them not prose ("Hands her the statuette. Both crying.")."""
    said = sentences(text)
    return not said or 2 * sum(1 for s in said if reads_as_prose(s)) < len(said)


def answer_first(texts: list[str]) -> list[str]:
    """The moment's copy with the report of the catch first when the first tells a fall and the catch is another
    report's ("Liv Carlsson went down on the stairs …" and "Toast … caught Carlsson mid-fall"): the turn heads it."""
    if len(texts) < 2 or not _FELL.search(texts[0]) or _CAUGHT.search(texts[0]):
        return texts
    k = next((k for k, t in enumerate(texts[1:], 1) if _CAUGHT.search(sentences(t)[0] if sentences(t) else "")), None)
    return texts if k is None else [texts[k], *texts[:k], *texts[k + 1 :]]


def news_first(text: str, names: Sequence[str], lead: str | None, pronoun: str | None = None) -> str:
    """`text` (a report's copy) with the clause holding its news as the first sentence (see the module)."""
    told = sentences(text)
    told = [_unlabelled(t, names) for t in told]
    told = [_unfronted(t) if _opens_on(_unfronted(t), names) else t for t in told]
    if not told:
        return text
    for k, sentence in enumerate(told):
        news = interrupted(sentence, names)
        if news is not None:
            news = payoff_of_run(news, names, sentence) or news
            return " ".join([news, *told[:k], *told[k + 1 :]])
    unasided = without_relative(told[0], names)
    if unasided is not None:
        told = [unasided, *told[1:]]
    for k, sentence in enumerate(told[:2]):
        run = payoff_of_run(sentence, names, least=FIRST_RUN if not k else RUN)
        news = run or handed_on(sentence, names) or scene_then_act(sentence, names)
        if news is None and k and lead is not None:
            named = pronoun_named(told[k - 1], sentence, lead, pronoun, names)
            news = payoff_of_run(named, names) if named is not None else None
        if news is not None:
            return " ".join([news, *told[:k], *told[k + 1 :]])
    return " ".join(told) if unasided is not None else text


_LABEL = re.compile(r"^[A-Z][^:.!?“”]{0,40}:\s+")  # "Ballroom, ad break: ", a note's label before its subject


def _unlabelled(sentence: str, names: Sequence[str]) -> str:
    """A sentence without a note's label when someone of the moment opens what follows it ("Ballroom, ad break: Jason
    Yap climbed …" → "Jason Yap climbed …"): where the note was filed from, never the clause a headline reads."""
    m = _LABEL.match(sentence)
    return sentence[m.end() :] if m is not None and _opens_on(sentence[m.end() :], names) else sentence


def without_relative(sentence: str, names: Sequence[str]) -> str | None:
    """ "<Name>, who vowed … if Iron Temple won …, kept his word …" → "<Name> kept his word …": the news is the
    main clause, never a clause of the backstory inside the relative."""
    name = _opens_on(sentence, names)
    if name is None or not sentence[len(name) :].startswith(", who "):
        return None
    words = sentence[len(name) + 2 :].split()
    rest = _after_aside(words)
    return f"{name} {' '.join(rest)}" if rest else None
