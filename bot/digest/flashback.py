"""A setup told as a flashback: "It began hours earlier, when Shazzy told the courtyard that if it won, he would
sing." → "Hours earlier, Shazzy had told the courtyard that if it won, he would sing." (`in_flashback`).

The past perfect marks the setup as what came before, wherever the body tells it (after the lead moment's lines, or
before a line that needs it: `beats._with_setup`), and the "It began …, when …" formula is not printed once per item
(both blind reviews of round 35 read it as a setup tacked on). The setup's first verb changes ("was holding up" →
"had been holding up", "told" → "had told", "rang" → "had rung"), and the first verb of each of its sentences after it
up to a line ("She turned her chair" → "She had turned her chair"); a sentence whose verb cannot be put in the past
perfect with confidence (a modal, a negative, an auxiliary, a relative clause first, no verb before its first quote)
is left as it is (`pluperfect` gives None), and so are the setup's sentences after it."""

from __future__ import annotations

import re

from .clauses import sentences
from .cutting import DETERMINERS
from .quoted import Hidden
from .textutil import wordset
from .verbs import IRREGULAR, base_form, is_past_verb, past_tense, s_form_base, s_form_past


def _participles() -> dict[str, str]:
    """The past participle of each irregular simple past the verb tables list ("began" → "begun", "told" →
    "told"): the form listed after it for the same verb when there is one ("ate:eat eaten:eat")."""
    forms: dict[str, list[str]] = {}
    for past, base in IRREGULAR.items():
        forms.setdefault(base, []).append(past)
    out: dict[str, str] = {}
    for listed in forms.values():
        for form in listed:
            out[form] = listed[1] if len(listed) > 1 and form == listed[0] else form
    # the participles the tables do not list apart (their participle is the base, or not listed at all)
    out.update(
        ran="run",
        came="come",
        became="become",
        overcame="overcome",
        outran="outrun",
        rang="rung",
        swam="swum",
        sank="sunk",
        stank="stunk",
        got="got",
        strode="stridden",
        was="been",
        were="been",
    )
    return out


_PARTICIPLE = _participles()

# "It began hours earlier, when " / "It began earlier that night at the back row, when " (`beats._began`)
_BEGAN_WHEN = re.compile(r"^It began (?P<when>[^,“”:]{3,80}?), when (?P<rest>\S.*)$", re.S)
# a word before which a past form is an adjective, not the verb ("the retired teacher", "in a crowded bar")
_BEFORE_ADJECTIVE = wordset("the a an his her their its my our your this that these those of in on at with by for")
_PRONOUNS = wordset("he she they we i it")
_BEFORE_BEEN = wordset("not never still already also just only even always")  # "had still been", never "had been still"
# words in -ly that are no adverb ("the whole Ferriter family were": never "the whole Ferriter had family been")
_LY_NOUNS = wordset("family assembly supply reply rally belly bully jelly ally holly folly lily anomaly monopoly")
# a word that makes the clause's tense something the past perfect cannot take over ("could", "didn't", "had")
_NOT_SIMPLE = wordset(
    "had has have did didn't wasn't weren't hadn't could couldn't would wouldn't might may must should can will "
    "shall not never who which whom whose that if whether"
)


def _had(text: str) -> str | None:
    """`text` (a clause, its subject first) with its first verb in the past perfect ("Jalal and Naqvi were seated"
    → "Jalal and Naqvi had been seated"); None when no simple past is read with confidence before a quote, a modal,
    a negative or a relative clause. A title in quotes before the verb is no quote ("Žilinskas, nominated for Best
    Director for “Vėjo malūnas”, told us …": round 47's Vilnius kept "It began hours earlier, when …")."""
    titles = _TITLE.findall(text)
    if not titles:
        return _had_words(text)
    hidden = _TITLE.sub(lambda m: f"\x00{titles.index(m.group(0))}\x00", text)
    told = _had_words(hidden)
    return None if told is None else re.sub("\x00(\\d+)\x00", lambda m: titles[int(m.group(1))], told)


# a title in quotes: a capital first, a few words, no sentence's stop inside ("“Vėjo malūnas”", "“The Seagull”")
_TITLE = re.compile(r"“[A-ZÀ-ÖØ-ÞĀ-Ž][^“”.!?:;]{0,40}”")


def _had_words(text: str) -> str | None:
    words = text.split(" ")
    skip_to = -1
    for k, word in enumerate(words):
        if k <= skip_to:
            continue
        w = word.lower().rstrip(",;:")
        if w in ("who", "whom") and k > 1 and words[k - 1].endswith(",") and words[k - 1][:1].isupper():
            # "Zorman and Mrak, who had not spoken since …, passed each other": the relative clause set off by
            # commas after the subject says who they are; the verb is after its closing comma (round 46's Ljubljana)
            skip_to = next((j for j in range(k + 1, len(words)) if words[j].endswith(",")), len(words))
            if skip_to >= len(words) - 1:
                return None
            continue
        if "“" in word or w in _NOT_SIMPLE:
            return None  # (no verb before the quote; a tense the past perfect cannot take over)
        before = words[k - 1].lower() if k else ""
        verb = k > 0 and word[:1].islower() and not word.endswith((",", ";", ":", ".", "!", "?"))
        owner = before.endswith(("'s", "’s", "s'", "s’"))  # "Finch's retired teacher": an adjective after it
        # ("Alberto Sotolongo, nominated for Best Film Score, arrived": the participle after the name's comma describes
        # him, the verb is after its closing comma)
        aside = (
            before.endswith(",") and w not in ("was", "were") and not any(x.endswith(",") for x in words[: k - 1])
        ) or _aside_after_age(words, k)
        if w in ("called", "named") and k + 1 < len(words) and words[k + 1][:1].isupper():
            continue  # "a mounted police horse called Biscuit stood …": its name, never the verb
        if not verb or owner or aside or before in _BEFORE_ADJECTIVE or not (w in ("was", "were") or is_past_verb(w)):
            if word.endswith((".", "!", "?")):
                return None  # (the sentence ended with no verb read)
            continue
        if before == "it" and w in ("read", "said"):
            return None  # "It read “HIRA …”": what a sign says, as it is
        if k == 1 and before not in _PRONOUNS and w in DONE_TO and k + 1 < len(words) and words[k + 1] in _PLACING:
            return None  # "Box strapped on the back.": a note's thing that was strapped, never "Box had strapped …"
        after = words[k + 1].lower() if k + 1 < len(words) else ""
        if after == "since" and w in DONE_TO | _STATE_SINCE:  # "the airport closed since 17:00": shut all that time
            return " ".join([*words[:k], "had been", word, *words[k + 1 :]])
        if w in ("was", "were") and after == "on" and k + 2 < len(words) and words[k + 2].lower() == "in":
            return " ".join([*words[:k], word, "due", *words[k + 1 :]])  # "was on in about 10 minutes": due on then,
            # never "had been on" (round 49's countdown setup)
        if w in ("was", "were") and _a_figure(words[k + 1 : k + 4]):
            return None  # "She was a 39, and he was a 44": a size or an age, no act before the story ("had been")
        if w in ("was", "were") and after in _BEFORE_BEEN:  # "was not on the list" → "had not been on the list"
            return " ".join([*words[:k], "had", words[k + 1], "been", *words[k + 2 :]])
        at = k
        if (
            before.endswith("ly")
            and before not in _LY_NOUNS
            and k >= 2
            and (words[k - 2][:1].isupper() or words[k - 2] in _PRONOUNS)
        ):
            at = k - 1  # "Halloran quietly told" → "Halloran had quietly told" (never "the whole had family been")
        return " ".join([*words[:at], "had", *words[at:k], _PARTICIPLE.get(w, w), *_and_then(words[k + 1 :])])
    return None


def _a_figure(after: list[str]) -> bool:
    """Whether the words after "was" give a figure, a size or an age ("a 39", "a size 39", "88"): what someone is,
    not did."""
    figure = after[1:] if after[:1] in (["a"], ["an"]) else after[:1]
    figure = figure[1:] if figure[:1] == ["size"] else figure[:1]  # ("a size 39", the shoes' figure)
    return bool(figure) and figure[0][:1].isdigit()


def _aside_after_age(words: list[str], k: int) -> bool:
    """Whether the word at `k` opens an aside after a name and its age, closed by a comma before the sentence's own
    verb ("Arnob, 11, nominated for Best Child Artist, was …", round 44's Dhaka; never "Pip, 12, won Best …")."""
    if k < 2 or not words[k - 1].endswith(",") or not words[k - 1][:-1].isdigit() or not words[k - 2].endswith(","):
        return False
    if words[k].lower() in _DESCRIBING:
        return True  # "Tural, 9, nominated for Best Young Actor, and his aunt … in the green room": who he is, never
        # what he did (round 45's breaker: "had nominated for Best Young Actor"), whatever follows
    for j in range(k, min(k + _ASIDE_WORDS, len(words) - 1)):
        if words[j].endswith((".", ";", "!", "?")):
            return False
        if words[j].endswith(","):
            after = words[j + 1].lower()
            return after in ("was", "were") or (is_past_verb(after) and not after.endswith("ed"))  # ("…, sat down,
            # nominated for …": another participle after the comma, never the sentence's verb)
    return False


_ASIDE_WORDS = 8  # words an aside after a name's age runs to
# participles that say who someone is after their age, never what they did then
_DESCRIBING = frozenset({"nominated", "shortlisted", "dressed", "known", "born", "seated", "named", "tipped", "listed"})


# a verb that needs its object: right before a preposition after a one-word subject it is a note's passive ("Box
# strapped on the back", "Crate tied to his seat")
DONE_TO = wordset(
    "strapped tied taped wrapped placed loaded packed stacked hidden covered fixed attached pinned stored locked parked"
    " chained stuck sealed propped lashed bolted glued nailed tucked bundled"
)
_PLACING = wordset("on onto in into to at under behind inside beside against across over")
# a participle that is a state, "since" a time after it ("closed since five"): had been, all that time
_STATE_SINCE = wordset("closed shut open opened cancelled canceled grounded delayed stuck stranded snowed sold")


# where the predicates of the clause the past perfect took end ("… that if he won", "… when she sat down")
_CLAUSE_ENDS = wordset("that if when while because who which so but as before after until since where whether")


def _and_then(rest: list[str]) -> list[str]:
    """The words after a verb put in the past perfect, each irregular simple past of the same subject after it (after
    "and" or a comma: "had looked at it, nodded once and went back" → "… and gone back") as its participle too, up
    to the clause's end (`_CLAUSE_ENDS`, a stop, a quote)."""
    out = list(rest)
    for k, word in enumerate(rest):
        w = word.lower().rstrip(",;:.!?")
        if "“" in word or w in _CLAUSE_ENDS or (k and rest[k - 1].endswith((".", "!", "?", ";", ":"))):
            break
        joined = k > 0 and (rest[k - 1].lower() == "and" or rest[k - 1].endswith(","))
        if w in ("did", "was", "were") and k + 1 < len(rest) and rest[k + 1].lower() in ("not", "never"):
            continue  # "… and did not turn her back": an auxiliary, never "done not turn" (round 47); nor "been not
            # on the list" (break 68)
        participle = _PARTICIPLE.get(w)
        if joined and participle is not None and participle != w and word[:1].islower():
            out[k] = word.replace(w, participle, 1)
    return out


def pluperfect(sentence: str) -> str | None:
    """A setup's first sentence "It began <when>, when <subject> <verb> …" as "<When>, <subject> had <participle>
    …" (see the module); None when it is not told that way or its verb is not a simple past read with confidence."""
    m = _BEGAN_WHEN.match(sentence)
    told = _had(m.group("rest")) if m is not None else None
    if m is None or told is None:
        return None
    when = m.group("when")
    return f"{when[:1].upper()}{when[1:]}, {told}"


def had_done_then(sentence: str) -> str | None:
    """A setup's sentence after its first with its verb in the past perfect too ("She turned her chair to face the
    stage." → "She had turned her chair …"; `beats._with_setup` asks it of the setup's own sentences only, never of
    the lead moment's told after them); None when its verb is not read with confidence, or it opens on a time of its
    own ("Then she took him by the sleeve": what came next)."""
    if _NEXT.match(sentence):
        return None
    return _had(sentence)


_NEXT = re.compile(r"^(?:Then|Later|Afterwards|After that|Soon|Minutes later|Moments later|Now|Finally)\b")


def in_flashback(paragraph: str) -> str:
    """A paragraph with each setup "It began …, when …" told in the past perfect (`pluperfect`) where it can be; as it
    is otherwise (the setup's sentences after it are put in the past perfect where the setup is built:
    `had_done_then`)."""
    if "It began " not in paragraph:
        return paragraph
    hidden = Hidden(single=False)
    told = []
    for sentence in sentences(hidden.hide(paragraph)):
        shown = hidden.show(sentence)
        told.append(pluperfect(shown) or shown)
    return " ".join(told)


# a flashback opening on a pronoun: "Earlier that night, he had said that if Filip Vuković won, he would …"
_PRONOUN_BACK = re.compile(r"^(?P<when>[A-Z][^,“”.]{2,80}), (?P<who>he|she) (?=had )")


def named_back_then(paragraph: str, people: list[tuple[str, str | None]]) -> str:
    """A paragraph whose flashback opens on "he" or "she" with the one person of the story it can stand for
    (`people`: each person's name as printed and pronoun, where the night says it): not named in full in the
    sentence, known to be of that pronoun, the only one: "Earlier that night,
    Stjepan Vuković had said that if Filip Vuković won …", never a "he" after a sentence about his grandson. The
    name in full: a family name alone might be either of two."""
    if ", he had " not in paragraph and ", she had " not in paragraph:
        return paragraph
    hidden = Hidden(single=False)
    told = []
    for sentence in sentences(hidden.hide(paragraph)):
        shown = hidden.show(sentence)
        m = _PRONOUN_BACK.match(shown)
        if m is not None:
            pronoun = m.group("who")
            free = [(name, p) for name, p in people if name not in shown]
            known = [name for name, p in free if p == pronoun]
            candidates = known
            if len(candidates) == 1:
                shown = f"{m.group('when')}, {candidates[0]}{shown[m.end('who') :]}"
        told.append(shown)
    return " ".join(told)


# a promise reported in the past with its words in the present ("Topu had told the whole press room: if Nodir Opare
# beats Agun Jhor for Best Film, he shaves off his moustache right here, live."): its condition in the past, what
# would follow with "would", the reporter's "here" and "tonight" as the reader's ("… if Nodir Opare beat Agun Jhor
# for Best Film, he would shave off his moustache right there, live.", round 44's Dhaka)
_REPORTED_IF = re.compile(
    r"\b(?P<said>(?:told|said|promised|swore|vowed|announced|warned|insisted|bet)\b[^.:;“”]{0,60}?(?::| that) )"
    r"[Ii]f (?P<cond>(?:[^,;.“”]|“[^“”]{1,40}”){3,80}?)"
    r"(?:, (?P<named>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)|,? (?P<who>he|she|they|we|I))"
    r" (?P<verb>will [a-z]+|(?:is|was|['’]s) [a-z]{2,}ing|[a-z]{2,}s)\b(?P<rest>[^.;“”]*)"
)
_NOT_ACTS = frozenset({"is", "has", "does", "was", "says"})  # (their bare forms are not the -s cut off)
_ONLY_PAST = {"beat": "beat", "set": "set", "put": "put", "cut": "cut", "hit": "hit", "let": "let", "quit": "quit"}
_THERE_THEN = ((re.compile(r"\bright here\b"), "right there"), (re.compile(r"\btonight\b"), "that night"))


def _past_of(verb: str) -> str | None:
    """ "beats" → "beat", "wins" → "won": a verb of the present with -s in the past (None when unsure)."""
    if not verb.endswith("s") or verb.endswith("ss"):
        return None
    return _ONLY_PAST.get(s_form_base(verb)) or s_form_past(verb)


# a line reported with its reporting clause after it ("If she wins Best Album she's staying on stage, Riana says."):
# told with the reporting first, so a setup reads "when du Ploy said that if she won …" (round 44's breaker: "when if
# she won Best Album she was staying …, du Ploy said")
_SAID_AFTER = re.compile(
    r"^(?P<speech>If [^“”]{8,160}?), (?P<who>(?:(?:du|de|van|von|da|le|la) )?[A-Z][\w'’-]*"
    r"(?: (?:(?:du|de|van|von|da|le|la) )?[A-Z][\w'’-]*){0,3}|he|she|they)"
    r" (?P<verb>said|says|told (?:[a-z]+ ){0,2}[a-z]+|tells (?:[a-z]+ ){0,2}[a-z]+)\.$"
)


def reporting_first(sentence: str) -> str:
    """A sentence of reported speech with its reporting clause put first ("If she wins …, Riana says." → "Riana says
    that if she wins …"); as it is otherwise."""
    m = _SAID_AFTER.match(sentence)
    if m is None:
        return sentence
    speech, who = m.group("speech"), m.group("who")
    return f"{who[:1].upper()}{who[1:]} {m.group('verb')} that {speech[:1].lower()}{speech[1:]}."


def reported_if(paragraph: str) -> str:
    """A paragraph whose reported promises are told in the past (`_REPORTED_IF`); as it is when a verb is unsure."""
    if " if " not in paragraph and ": If " not in paragraph:
        return paragraph

    def told(m: re.Match[str]) -> str:
        cond = m.group("cond").split(" ")
        at = next((k for k, w in enumerate(cond) if k and _past_of(w) is not None), None)
        plural = cond[0].lower() in ("they", "we", "you", "i") and len(cond) > 1
        if at is None and plural and (_ONLY_PAST.get(cond[1]) or past_tense(cond[1])):
            at = 1  # "if they win" → "if they won"
        verb = m.group("verb")
        base = verb.split(" ")[-1] if " " in verb else s_form_base(verb)
        if verb.endswith("ing"):  # "she was staying on stage" → "she would stay on stage"
            base = base_form(verb.split(" ")[-1]) or ""
            if not base:
                return m.group(0)
        if verb in _NOT_ACTS or (at is None and not any(is_past_verb(w) for w in cond[1:])):
            return m.group(0)
        if at is not None:  # (a condition already in the past, "if she won", keeps it)
            cond[at] = _past_of(cond[at]) or _ONLY_PAST.get(cond[at]) or past_tense(cond[at]) or cond[at]
        rest, condition = m.group("rest"), " ".join(cond)
        for pattern, there in _THERE_THEN:
            rest, condition = pattern.sub(there, rest), pattern.sub(there, condition)
        return f"{m.group('said')}if {condition}, {m.group('named') or m.group('who')} would {base}{rest}"

    return _REPORTED_WILL_IF.sub(_would_if, _REPORTED_IF.sub(told, paragraph))


# a promise reported with its "will" first and its condition after ("had told the press room he'll shave his beard on
# stage if Harbour Lights win Best Band", round 45's breaker): "he would shave … if Harbour Lights won Best Band"
_REPORTED_WILL_IF = re.compile(
    r"\b(?P<said>(?:told|said|promised|swore|vowed|announced|warned|insisted)\b[^.:;“”]{0,40}? (?:that )?)"
    r"(?P<who>he|she|they|we|I)(?:['’]ll| will) (?P<verb>[a-z]+)\b(?P<mid>[^.;:“”]{0,80}?) if "
    r"(?P<cond>[^.;:,“”]{3,60})(?=[.;,]|$)"
)


def _would_if(m: re.Match[str]) -> str:
    """`_REPORTED_WILL_IF`'s promise in the past; as it is when the condition's verb is unsure."""
    cond = m.group("cond").split(" ")
    for k, w in enumerate(cond):
        verb = k and w.islower() and w.isalpha() and cond[k - 1].lower() not in DETERMINERS  # ("the rain": a noun)
        past = (_past_of(w) or _ONLY_PAST.get(w) or past_tense(w)) if verb else None
        if past is not None:
            cond[k] = past
            break
    else:
        return m.group(0)
    mid, condition = m.group("mid"), " ".join(cond)
    for pattern, there in _THERE_THEN:
        mid, condition = pattern.sub(there, mid), pattern.sub(there, condition)
    return f"{m.group('said')}{m.group('who')} would {m.group('verb')}{mid} if {condition}"
