"""A note told as a sentence, or not printed: what a correspondent's telegraphic follow-up leaves in a body once its
clause is told.

- A run of verbless fragments after a sentence's clause, none of them a phrase prose keeps ("… kept the hall singing —
  grid down, genny slow about 40s, pitch dark."; "She asked for no phones, about two hundred people, dead silent."):
  the clause alone ("… kept the hall singing."; "She asked for no phones."), when one of them counts in shorthand
  ("about 40s", "about two hundred people"). One fragment that is only a clock's or a count's shorthand ("…, about
  40s") goes too; "…, shoes off, hair down", "…, no mic, no band", "…, in tears", "…, kids asleep" stay.
- A last fragment that is a person's act in the "-ing" form ("… ordering three wraps, Crole paying.") → their act in
  the past ("…, and Crole paid.").
- A sentence opening on a bare noun ("Trophy was on top of the piano.", "Later, Fiddle case was …"), a thing the
  story's reports name with an article: its article ("The trophy was on top of the piano.", "Later, the fiddle case
  was …").
- A sentence in the present after the past ("Arden handed it to Fenwick. She offers him a drink.") → its verb in the
  past when its spelling is certain ("She offered …"), else the sentence is not printed.
- A sentence naming the story's people with no verb for their act ("Later, Roa and Kell photo, trophy between them.")
  is not printed (its beat's connective goes with the sentence after it).
- A fragment saying whose a thing was, after the sentence naming it ("… lost an earring. Her grandma's, silver, shaped
  like a pomegranate seed.") → one sentence ("… lost an earring, her grandma's, silver, shaped like …").
- A last act glued on after a comma ("… was down the trap with the hand crank, turned it round by hand.") → joined
  with "and" ("…, and turned it round by hand.").
- Shorthand inside a sentence: "w/" → "with"; "a + b" → "a and b"; an aside in brackets of abbreviations ("Tomas V.
  (sound, eng.)") goes.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import takewhile

from .clauses import sentences
from .lexicon import KIN, NUMBER_WORDS, PEOPLE, STOPWORDS
from .prose import has_finite_verb, mixed_language
from .quoted import Hidden
from .textutil import fold, lower_first, wordset
from .verbs import AMBIGUOUS, base_form, is_past_verb, past_tense

# a word a phrase prose keeps opens on: "in tears", "on camera", "no mic", "her turn", "then left", "laughing"
_KEPT_OPENINGS = wordset(
    "in on at by to from with without for of into onto under over behind before after near beside across through"
    " up down out off the a an his her their its my our your this that these those no some any every each so"
    " and but or nor then while as when who which whose where still not never only just even"
)
_UNIT = re.compile(r"\b\d+(?:s|m|h|hrs?|mins?|secs?|k)\b")  # "40s", "10m", "2hrs": a count or a clock, in shorthand
_CONNECTIVE = re.compile(
    r"^(?:(?:Later|Earlier|Afterwards|Meanwhile|Then|Minutes later|Minutes earlier|An hour later|Later that night|"
    r"Hours later|"
    r"Earlier in the night|Earlier that night)[\w ]{0,20}, )"
)
_DETERMINED = r"(?:the|a|an|his|her|their|its|our|my)"
_BARE = re.compile(r"^(?P<noun>[A-Z][a-z]+(?: [a-z]+)?) (?=(?:was|were|had|sat|stood|lay|went|got)\b)")
# a note's subject that is one role noun with no article and a verb in the past ("Kid won."), and the role nouns that
# read right bare ("Security stopped her", "Fans screamed")
_ROLE_BARE = re.compile(r"^(?P<noun>[A-Z][a-z]+) (?P<verb>[a-z]+)\b")
_BARE_PLURALS = frozenset(
    ["people", "men", "women", "kids", "children", "fans", "guests", "security", "staff", "judges", "family"]
)
# a note's subject that is an ordinal and its noun, with no article ("Last car out at 22:49 was Orin's."), never a
# time ("Last night", "First thing") nor a name's word
ORDINAL_BARE = re.compile(
    r"^(?:Last|First|Next|Final|Second|Third) (?!(?:night|year|week|month|time|minute|hour|thing|of|one|up|on|in|"
    r"out|round)\b)[a-z]+\b(?=(?:[^.;:!?]|(?<=\d)[:.](?=\d))*\b(?:was|were|had)\b)"
)
_SUBJECT = re.compile(r"^(?P<subject>He|She|It|[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?) (?P<verb>[a-z]+s)\b")
_AUX = wordset("was were had did would could could've is are has been wasn't weren't didn't hadn't")
_PRONOUNS = wordset("he she it they we you i there nobody everyone everybody someone somebody one this that")
_SAID = re.compile(r"\b(?:said|says|added|asked|replied|shouted|yelled|whispered|told|answered|joked)\b")
_LEANS = re.compile(r"^(?:He|She|They|It)\b(?![-'’])")
_PLUS = re.compile(r"(?<=\w) \+ (?=\w)")
_WITH = re.compile(r"\bw/(?=\s)")
_ABBREVIATED_ASIDE = re.compile(r" \((?=[^()]*\b[a-z]{2,5}\.)[^()]{1,30}\)")
_UNSTRESSED = ("er", "en", "on")  # "offer", "open", "beckon": never a doubled last letter ("offered")
_STRESSED = wordset("prefer refer defer confer infer deter transfer occur recur concur incur")
_NOT_PRESENT = wordset("is has does was says goes")  # (a present the copy keeps, or one said in a line)


def _fragment(segment: str, name_words: frozenset[str]) -> bool:
    """A verbless piece of shorthand: opening on a content word, not on a phrase prose keeps, no quote."""
    words = segment.strip(" .;!?").split()
    if not words or "“" in segment or '"' in segment or has_finite_verb(segment, name_words):
        return False
    if " and " in segment or " — " in segment or " or " in segment:
        return False  # (a list's last item, "riggers and catering crew", or a clause after a dash: no shorthand)
    first = words[0]
    if first.lower() in _KEPT_OPENINGS or first.endswith("ing") or fold(first) in name_words:
        return False
    return first[:1].islower() or first[:1].isdigit()


def _counted(segment: str) -> bool:
    """Whether a fragment counts in a reporter's shorthand ("genny slow about 40s", "about two hundred people"): a
    run of fragments with none ("shoes off, hair down") only describes, and prose keeps it."""
    words = segment.lower().strip(" .").split()
    return any(
        w[:1].isdigit() or w in NUMBER_WORDS or w in ("about", "around", "approx", "dozen", "hundred") for w in words
    )


def _shorthand(parts: list[str]) -> bool:
    """Whether fragments after a dash are a reporter's shorthand ("grid down, genny slow about 40s, pitch dark": a
    count abbreviated), never an apposition prose keeps ("— close to 50 of them now, all singing")."""
    return any(_UNIT.search(p) for p in parts)


def _acting(segment: str, name_words: frozenset[str]) -> str | None:
    """ "Crole paying" → "Crole paid": a named person's act in the "-ing" form, in the past (None when it is not)."""
    words = segment.strip(" .").split()
    k = 0
    while k < len(words) and (fold(words[k]) in name_words or (k and words[k] == "and")):
        k += 1
    if k == 0 or k >= len(words) or not words[k].endswith("ing") or fold(words[k - 1]) not in name_words:
        return None
    if "and" in words[k + 1 :] or any(w.endswith("ing") for w in words[k + 1 :]):
        return None  # ("Castor holding both their shoes and singing the whole way": two acts, as written)
    base = base_form(words[k])
    done = past_tense(base) if base else None
    return " ".join([*words[:k], done, *words[k + 1 :]]) if done else None


def _without_tail(sentence: str, name_words: frozenset[str]) -> str:
    """The sentence without the run of shorthand fragments after its clause (see the module)."""
    body = sentence.rstrip()
    end = body[-1] if body[-1:] in ".!?" else "."
    body = body.rstrip(".!?")
    dash = body.find(" — ")
    if dash > 0:
        head, tail = body[:dash], body[dash + 3 :]
        parts = tail.split(", ")
        if has_finite_verb(head, name_words) and all(_fragment(p, name_words) for p in parts) and _shorthand(parts):
            return head + end
    segments = body.split(", ")
    for k in range(1, len(segments)):
        head, run = ", ".join(segments[:k]), segments[k:]
        if not has_finite_verb(head, name_words):
            continue
        if run[0].isdigit() and head.split()[-1][:1].isupper() and len(run) > 1:
            break  # "let his daughter Noor, 9, carry his trophy": her age, and the sentence goes on
        colon = head.find(": ")
        if colon > 0 and has_finite_verb(head[:colon], name_words):
            break  # "built a human tower in the lobby: three to a level, seven levels high": what it was, told
        if len(run) >= 2 and all(_fragment(p, name_words) for p in run) and any(_counted(p) for p in run):
            return head + end
        if len(run) == 1 and _fragment(run[0], name_words) and _UNIT.search(run[0]):
            return head + end
        if len(run) == 1 and (acted := _acting(run[0], name_words)) is not None:
            named = list(takewhile(lambda w: w[:1].isupper(), segments[k - 1].split()))
            same = next(
                (" ".join(named[j:]) for j in range(len(named)) if acted.startswith(f"{' '.join(named[j:])} ")), ""
            )
            if same:  # "Gorjup was not crying, and asked …", never "… and Gorjup asked" (round 47)
                return f"{head} and {acted[len(same) + 1 :]}{end}"
            return f"{head}, and {acted}{end}"
    return sentence


def _articled(sentence: str, texts: str, name_words: frozenset[str] = frozenset()) -> str:
    """ "Trophy was on top …" → "The trophy was on top …" when the story's reports name the thing with an article;
    "Last car out at 22:49 was Orin's." → "The last car out …" (an ordinal's noun, never a time: "Last night")."""
    m = _CONNECTIVE.match(sentence)
    head = m.group(0) if m else ""
    rest = sentence[len(head) :]
    ordinal = ORDINAL_BARE.match(rest)
    if ordinal is not None:
        return f"{head}{'the' if head else 'The'} {lower_first(rest)}"
    role = _ROLE_BARE.match(rest)
    if (
        role is not None
        and role.group("noun").lower() in PEOPLE
        and role.group("noun").lower() not in _BARE_PLURALS
        and fold(role.group("noun")) not in name_words
        and is_past_verb(role.group("verb"))
    ):  # "Kid won." → "The kid won." (a note's role noun with no article, never a name: round 49, Tallinn)
        return f"{head}{'the' if head else 'The'} {lower_first(rest)}"
    bare = _BARE.match(rest)
    if bare is None:
        return sentence
    noun = bare.group("noun")
    low = lower_first(noun)
    first = low.split()[0]
    if first in KIN or first in _KEPT_OPENINGS or first in STOPWORDS or first in _PRONOUNS:
        return sentence
    if fold(first) in name_words:
        return sentence  # "Page stood at the host's elbow": her, named by her handle, never "The page stood …"
    if re.search(rf"\b(?i:{_DETERMINED}) {re.escape(first)}\b", texts) is None:  # (in lower case: never a name)
        return sentence
    article = "the" if head else "The"
    return f"{head}{article} {low}{rest[len(noun) :]}"


def _regular_past(base: str) -> str | None:
    """The past of a verb this module does not know, when its spelling is certain: "swipe" → "swiped", "offer" →
    "offered", "hand" → "handed", "play" → "played" (never "grab", "visit": a doubled letter or not)."""
    if not base.isalpha() or len(base) < 3:
        return None
    if base.endswith("e"):
        return base + "d"
    if base.endswith(_UNSTRESSED) and base not in _STRESSED:
        return base + "ed"
    if base[-1] == "y" and base[-2] in "aeou":
        return base + "ed"
    if base[-1] not in "aeiouwxy" and base[-2] not in "aeiouy":
        return base + "ed"  # (two consonants: "asked", "handed")
    return None


def _in_the_past(sentence: str, name_words: frozenset[str]) -> str | None:
    """A sentence opening on its subject and a present verb ("She offers him a drink.") in the past ("She offered him
    a drink."), or None when the past's spelling is not certain; the sentence as it is when it is no such present."""
    m = _SUBJECT.match(sentence)
    if m is None:
        return sentence
    subject, verb = m.group("subject"), m.group("verb")
    if subject not in ("He", "She", "It") and not all(fold(w) in name_words for w in subject.split()):
        return sentence
    if verb in _NOT_PRESENT or verb.endswith(("ss", "us", "is")) or verb in AMBIGUOUS:
        return sentence
    base = verb[:-2] if verb.endswith(("ches", "shes", "sses", "xes")) else verb[:-1]
    base = base[:-1] + "y" if verb.endswith("ies") else base
    done = past_tense(base) or _regular_past(base)
    if done is None:
        return None if base.isalpha() and len(base) > 2 else sentence
    return sentence[: m.start("verb")] + done + sentence[m.end("verb") :]


def _verbless_act(sentence: str, name_words: frozenset[str]) -> bool:
    """Whether a sentence names the story's people with no verb for what they did ("Later, Roa and Kell photo, trophy
    between them in the green room."): a note, not a sentence (a fact naming nobody, "Her seventh nomination, seventh
    loss.", is the setup's, and stays)."""
    if "“" in sentence or '"' in sentence or has_finite_verb(sentence, name_words):
        return False
    if any(is_past_verb(w) or w.lower().strip(".,;!?") in _AUX for w in sentence.split()):
        return False  # ("Yates won.": a past the verb test reads as a noun after a name)
    if _SAID.search(sentence):
        return False  # ("“… in a laundry cart?” Marchetti said.": the attribution of the quote before it)
    words = re.findall(r"[^\W\d_][\w'’-]*", _CONNECTIVE.sub("", sentence))
    return any(w[:1].isupper() and fold(re.sub(r"['’]s$", "", w)) in name_words for w in words)


def _carried(connective: str, sentence: str) -> str:
    """A beat's connective before the sentence now opening it ("Later, " + "The trophy …" → "Later, the trophy …")."""
    if _CONNECTIVE.match(sentence):
        return sentence
    first = sentence.split(" ", 1)[0]
    low = first in ("The", "A", "An", "His", "Her", "Their", "Its", "He", "She", "They", "It")
    return connective + (lower_first(sentence) if low else sentence)


def in_sentences(paragraph: str, name_words: frozenset[str], texts: Callable[[], str]) -> str:
    """A paragraph whose notes are told as sentences, or left out when they cannot be (see the module)."""
    if not paragraph:
        return paragraph
    hidden = Hidden(single=False)
    said = sentences(hidden.hide(paragraph))
    past = any(is_past_verb(w) for s in said for w in s.split())
    kept: list[str] = []
    dropped = False
    carried = ""
    for k, sentence in enumerate(said):
        if dropped and _LEANS.match(sentence):
            continue  # ("She offers him a drink. He didn't take it.": what leans on a sentence left out goes with it)
        dropped = False
        sentence = _ABBREVIATED_ASIDE.sub("", _PLUS.sub(" and ", _WITH.sub("with", sentence)))
        sentence = _without_tail(sentence, name_words)
        opening = _CONNECTIVE.sub("", sentence)
        role = _ROLE_BARE.match(opening)
        if _BARE.match(opening) or ORDINAL_BARE.match(opening) or (role and role.group("noun").lower() in PEOPLE):
            sentence = _articled(sentence, texts(), name_words)
        told = _in_the_past(sentence, name_words) if past and k else sentence
        if told is not None and _verbless_act(told, name_words) and not mixed_language(told):
            # (a sentence partly in another language has its verb there: "Pizarro se afeitó la barba")
            told = None
        if told is None and k == 0 and (head := _CONNECTIVE.match(sentence)) is not None and len(said) > 1:
            carried = head.group(0)  # ("Later, " goes with the sentence after it)
        if told is not None:
            told = _act_joined(told)
        if told is not None and kept and _OWNED_THING.match(told) and _ENDS_ON_THING.search(kept[-1]):
            kept[-1] = f"{kept[-1][:-1]}, {told[:1].lower()}{told[1:]}"  # "… lost an earring. Her grandma's, …"
        elif told is not None:
            kept.append(_carried(carried, told) if carried else told)
            carried = ""
        dropped = told is None
    return hidden.show(" ".join(kept))


# a sentence's last act glued on after a comma with no "and" ("… was down the trap with the old hand crank, turned it
# round by hand."): a past tense acting on something, after a clause with a verb of its own
_GLUED_ACT = re.compile(r", (?P<verb>[a-z]+) (?=(?:it|them|him|her|the|a|an|his|their|its)\b)(?P<rest>[^,;:“”]+)\.$")


# a noun phrase saying who, or a relative clause about them: no main clause the act could join
_APPOSED = re.compile(r"(?:a|an|the|his|her|their|its|one|our|who|whom|whose|which|that|where|when)\s", re.IGNORECASE)


_AUXILIARIES = wordset("was were had is are has")


def _act_joined(sentence: str) -> str:
    """ "… was down the trap with the old hand crank, turned it round by hand." → "…, and turned it round by hand.";
    as it is otherwise (a list that has its "and", a participle describing a thing: "…, shaped like a seed")."""
    m = _GLUED_ACT.search(sentence)
    if m is None or not is_past_verb(m.group("verb")) or " and " in m.group("rest"):  # ("hugged the stage manager,
        # kissed the trophy and waved": a list with its "and")
        return sentence
    head = sentence[: m.start()]
    before, _, last = head.rpartition(", ")
    opens = last.split(" ", 1)[0].lower()
    if before and not has_finite_verb(before) and opens not in _AUXILIARIES:
        return sentence  # ("Her classmates, crowded at the end of the corridor, applauded him.": the participle
        # describes them, and the act after it is the sentence's own verb)
    if not has_finite_verb(last) or ", and " in head or _APPOSED.match(last):
        return sentence  # (never "Ken Abe, a man dressed as a knight, and caught her": who he is, no act of his; nor
        # "Arakelova, who shot “The Winter Train” in 1971, and found …": the relative's verb, not the sentence's)
    return f"{head}, and {sentence[m.start() + 2 :]}"


# a note's fragment saying whose a thing was ("Her grandma's, silver, shaped like a little pomegranate seed."), told
# after the sentence naming the thing, which it describes: one sentence ("… lost an earring, her grandma's, silver, …")
_OWNED_THING = re.compile(r"^(?:Her|His|Their) [a-z]+['’]s, ")
_ENDS_ON_THING = re.compile(r"\b(?:a|an|the|her|his|their) [a-z]+\.$")
