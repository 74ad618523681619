"""A body's last read as prose: what a reporter's notes leave in copy that an editor would rewrite.

- A dateline before a note ("Loading bay, 22:03: Tulloch …"): it goes (`undated`; the report's place says where).
- An opening that points back at nothing: "It began an hour earlier on the side of stage, when Ada said …" as the
  body's first words (no moment before it began anything) → "On the side of stage, Ada said …"; an "anyway" in the
  body's first sentence (nothing told before it to go ahead anyway of).
- A setup told as a run-on paraphrase of the quote that follows it ("It began hours earlier, when Rigby said if they
  win he was dyeing his beard tonight, someone hold him to this. “If we win, the beard goes blue,” Rigby said.") →
  the promise in its speaker's words, when it was said ("Hours earlier, Rigby had said: “If we win, the beard goes
  blue.”"), when what the paraphrase tells is half told already by the rest of the body or the quote.
- A run of shorthand fragments ending a sentence after its clause, one of them an act in the present ("She wouldn't
  take it, both laugh, long hug, room silent then claps.") → the clause ("She wouldn't take it."; "…, no mic, no
  band." only describes, and stays); a verbless label before a semicolon ("Later, Odile's encore; Rigby
  walked out …") → "Later, during Odile's encore, Rigby walked out …"; a present tense after a past one in one
  sentence ("walked out and she hands him the mic") → the past; a two-word present fragment after the clause
  (", crowd roars") goes.
- A pointer at what the reporter was told, by the clock (", exactly like she told Backstage at 8.") → ", as she had
  promised.".
- The live blog's "tonight" in the article's past: "that night" ("the second time tonight" → "… that night",
  "tonight's most-nominated artist" → "the night's …"), never inside a quote.
- "It" for one of two things just counted ("He poured two glasses of apricot brandy. She took it.") → "one".
- A full name printed again after the body first named the person in full → the name the article uses again
  ("in Tsai Pei-ling's sneakers while Tsai Pei-ling watched" → "… while Tsai watched").
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from .casing import outside_quotes
from .clauses import sentences
from .counts import small_counts
from .night import claim_words
from .quoted import Hidden
from .textutil import wordset
from .verbs import base_form, is_past_verb, looks_like_verb, past_tense

# "Loading bay, 22:03: …", "Side door, 9.40pm: …": a label, a comma, a clock time, a colon
_DATELINE = re.compile(r"^(?P<label>[^:.!?\"“,]{2,30}), (?:\d{1,2}[:.]\d{2}|\d{1,2}(?:[:.]\d{2})? ?[ap]\.?m\.?): ")


def undated(text: str) -> str:
    """A note without its dateline ("Loading bay, 22:03: Tulloch …" → "Tulloch …": the report's place says where)."""
    m = _DATELINE.match(text)
    return text[m.end() :] if m and text[m.end() : m.end() + 1].isupper() else text


# "It began an hour earlier on the side of stage, when " / "It began minutes earlier: "
_BEGAN = re.compile(r"^It began (?P<when>[^,“”:]{3,80}?)(?P<sep>, when |: )")
_PLACE_START = re.compile(r" (?=(?:on|in|at|outside|inside|by|behind|near|beside|under|backstage)\b)")
_ANYWAY = re.compile(r",? anyway(?=[,.;!?])| anyway(?= )")


def _opening(paragraph: str) -> str:
    """The body's first paragraph without a pointer back at what nobody told (see the module)."""
    m = _BEGAN.match(paragraph)
    if m is not None:
        rest = paragraph[m.end() :]
        parts = _PLACE_START.split(m.group("when"), maxsplit=1)
        place = parts[1] if len(parts) > 1 and m.group("sep") == ", when " else ""
        paragraph = f"{place[:1].upper()}{place[1:]}, {rest}" if place else rest[:1].upper() + rest[1:]
    hidden = Hidden()
    said = sentences(hidden.hide(paragraph))
    if said and " anyway" in said[0]:
        first = _ANYWAY.sub("", said[0], count=1)
        paragraph = hidden.show(" ".join([first, *said[1:]]))
    return paragraph


# a setup's paraphrase of a promise: "It began hours earlier, when Hank Tsai from Temple said if they win …"
_SETUP_SAID = re.compile(
    r"^It began (?P<when>[^,“”:]{3,80}), when (?P<who>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,3})(?: from [^,“”]{2,30}?)?"
    r",? (?:said|told (?:[A-Z][\w]+|us|reporters|the press)|promised|vowed|swore) (?:that )?(?P<said>[^“”]+)$"
)
# its quote: “If we win, the hair goes. Tonight,” Tsai said.
_QUOTE_SAID = re.compile(r"^“(?P<quote>[^“”]+)” (?P<who>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,3}) (?:said|added)\.$")
_ADDED = re.compile(r"^(“[^“”]+” [A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,3}) added\.$")
_BETWEEN_WORDS = 6  # a sentence between the paraphrase and its quote this short, with no quote, only hands over
_REPORTING = frozenset(
    claim_words("said told backstage reporters press promised vowed swore tonight someone hadn't wasn't didn't got get")
)  # (the saying, and words too light to be a fact)
TOLD_SHARE = 0.5


def _promise_quoted(paragraph: str, elsewhere: str, name_words: frozenset[str]) -> str:
    """A paragraph whose setup paraphrase of its quote is told as the quote, when it was said (see the module)."""
    if "It began " not in paragraph:
        return paragraph
    hidden = Hidden()
    said = sentences(hidden.hide(paragraph))
    for k, sentence in enumerate(said):
        m = _SETUP_SAID.match(sentence)
        if m is None:
            continue
        q = None
        for j in range(k + 1, min(k + 3, len(said))):
            q = _QUOTE_SAID.match(said[j])
            if q is not None or "“" in said[j] or len(said[j].split()) > _BETWEEN_WORDS:
                break
        if q is None or q.group("who").split()[-1] != m.group("who").split()[-1]:
            continue
        if _PROMISING.search(hidden.show(q.group("quote"))) is None:
            continue  # (“A promise is a promise.”, said at the payoff, is no promise: never back-dated as one)
        own = claim_words(m.group("said")) - name_words - _REPORTING
        rest = hidden.show(" ".join([elsewhere, *said[:k], *said[j:]]))
        if not own or len(own & claim_words(rest)) < TOLD_SHARE * len(own):
            continue  # (the paraphrase tells what nothing else does: it stays)
        quote = hidden.show(q.group("quote")).rstrip()
        quote = quote[:-1] + "." if quote.endswith(",") else quote
        when = m.group("when")
        line = f"{when[:1].upper()}{when[1:]}, {q.group('who')} had said: “{quote}”"
        after = [_ADDED.sub(r"\1 said.", x, count=1) if n == 0 else x for n, x in enumerate(said[j + 1 :])]
        return hidden.show(" ".join([*said[:k], line, *after]))  # (back in the moment's time: "said", never "added")
    return paragraph


# a line that promises: a condition or the speaker's future ("If we win, the beard goes blue", "I'll play it")
_PROMISING = re.compile(r"\b(?:[Ii]f|will|won['’]t|['’]ll|going to|gonna|shall|would|[Tt]onight I)\b")


_AUX = wordset("was were had would could did is are has wasn't weren't wouldn't couldn't didn't")
_AUX |= frozenset(w.replace("'", "’") for w in _AUX)
_CONNECTORS = wordset("and but or so who which that when while as then")
_FRAGMENT_WORDS = 4


def _finite(segment: str) -> bool:
    return any(w.lower().strip(".,;!?") in _AUX or is_past_verb(w) for w in segment.split())


def _fragment(segment: str) -> bool:
    """A piece of shorthand between commas: a few words opening on a content word, no past or auxiliary verb, not
    a clause's continuation ("both laugh", "long hug", "room silent then claps"; never "in tears", "on camera")."""
    words = segment.strip(" .;!?").split()
    if not words or len(words) > _FRAGMENT_WORDS or not words[0][:1].islower():
        return False
    if words[0] in _CONNECTORS or words[0].endswith("ing") or any(c.isdigit() for c in segment):
        return False
    return words[0] in _TOGETHER or (words[0] not in _FUNCTION and not _finite(segment))


# a word a phrase opens on that is no shorthand's noun: "in tears", "on camera", "no mic", "her turn"
_FUNCTION = wordset(
    "in on at by to from with without for of into onto under over behind before after near beside across through"
    " up down out off the a an his her their its my our your this that these those no some any every each so"
)
_TOGETHER = wordset("both all everyone everybody")  # "both laugh": a present act of the two, in shorthand


def _acts_now(segment: str) -> bool:
    """Whether a fragment tells an act in the present ("both laugh", "room silent then claps"): shorthand for what
    happened, where "no mic, no band" only describes (prose keeps it)."""
    words = [w.strip(" .;!?") for w in segment.split()]
    if len(words) >= 2 and words[0] in _TOGETHER and past_tense(words[1]) is not None:
        return True
    return any(
        w.islower() and w.endswith("s") and not w.endswith("ss") and past_tense(w[:-1]) is not None for w in words[1:]
    )


def _present_fragment(segment: str) -> bool:
    """Two words, a noun and a present verb ("arena roars", "crowd erupts"): a reporter's stage direction."""
    words = segment.strip(" .;!?").split()
    if len(words) != 2 or not words[0].islower() or not words[1].islower() or words[0] in _FUNCTION:
        return False
    verb = words[1]
    if is_past_verb(words[0]) or verb in _NO_VERB_S:
        return False  # ("then, after a long pause, said yes": the news, never a stage direction, break 70)
    return verb.endswith("s") and not verb.endswith("ss") and looks_like_verb(verb, after_name=True)


_NO_VERB_S = wordset("yes us this his hers its ours yours theirs was has does is plus thus bus gas bonus")


# a pointer at what a reporter was told, by the desk's clock: ", exactly like she told Backstage at 8."
_TOLD_US = re.compile(
    r", (?:exactly |just )?(?:like|as) (?P<who>he|she|they|[A-Z][\w'’-]+) (?:had )?"
    r"(?:told (?:Backstage|us|reporters|the press)|promised)(?: (?:at|around|by|earlier)\b[^,.;!?“”]*)?(?=\.$)"
)
_HE_NOW = re.compile(r"\b(?P<lead>and (?:he|she|they) )(?P<verb>[a-z]+s)\b")
_LABEL_SEMI = re.compile(r"^(?P<head>(?:Later|Then|Earlier|Afterwards|Meanwhile)[\w ]{0,20}, )?(?P<label>[^,;“”]+); ")


def _unshorthand(sentence: str) -> str:
    """A sentence without a reporter's shorthand pasted in (see the module)."""
    if "“" in sentence or (", " not in sentence and "; " not in sentence):
        return sentence
    sentence = _TOLD_US.sub(lambda m: f", as {m.group('who')} had promised", sentence)
    label = _LABEL_SEMI.match(sentence)
    if label is not None:
        words = label.group("label").split()
        possessive = bool(words) and (words[0].endswith(("'s", "’s")) or words[0] in ("the", "The"))
        if possessive and len(words) <= _FRAGMENT_WORDS and not _finite(label.group("label")):
            head = label.group("head") or ""
            during = f"during {label.group('label')}, " if head else f"During {label.group('label')}, "
            sentence = head + during + sentence[label.end() :]
    segments = sentence.rstrip(".").split(", ")
    for k in range(1, len(segments) - 1):  # a run of fragments to the end, one telling an act in shorthand
        run = segments[k:]
        if all(_fragment(x) for x in run) and any(_acts_now(x) for x in run) and _finite(", ".join(segments[:k])):
            return ", ".join(segments[:k]) + "."
    if len(segments) >= 2 and _present_fragment(segments[-1]) and _finite(", ".join(segments[:-1])):
        sentence = ", ".join(segments[:-1]) + "."
    if any(is_past_verb(w) for w in sentence.split()):

        def past(m: re.Match[str]) -> str:
            base = base_form(m.group("verb"))
            verb = m.group("verb")
            base = base or (verb[:-1] if not verb.endswith("ss") else None)
            done = past_tense(base) if base else None
            return m.group("lead") + done if done else m.group(0)

        sentence = _HE_NOW.sub(past, sentence)
    return sentence


def _unshorthanded(paragraph: str) -> str:
    hidden = Hidden()
    said = sentences(hidden.hide(paragraph))
    return hidden.show(" ".join(_unshorthand(s) for s in said))


_SUBJECT = {"she": "she", "he": "he", "they": "they"}
_OWNER = {"she": "her", "he": "his", "they": "their"}
_AFTER_SUBJECT = re.compile(
    r" (?:[a-z]+ed|[a-z]+s|was|were|had|stood|sat|ran|went|came|saw|took|gave|kept|held|left)\b"
)


def _full_once(text: str, again: Mapping[str, str], pronouns: Mapping[str, str]) -> str:
    """`text` with each full name after its first mention as the article names that person again; a full name the
    article names again whole (two of the night share the short name) said a second time in one sentence by its
    pronoun ("in Tsai Pei-ling's sneakers while Tsai Pei-ling watched" → "… while she watched")."""
    hidden = Hidden()
    text = hidden.hide(text)
    for full, short in again.items():
        if text.count(full) < 2:
            continue
        longer = [
            (m.start(), m.end())
            for other in again
            if full in other != full
            for m in re.finditer(re.escape(other), text)
        ]  # ("Rajendra Kaul" inside his son's "Rajendra Kaul, Jr.": not his mention)
        found = [
            m
            for m in re.finditer(rf"(?<![\w'’-]){re.escape(full)}(?![\w-])", text)
            if not any(a <= m.start() < b for a, b in longer)
        ]
        for k in range(len(found) - 1, 0, -1):
            m = found[k]
            if full != short and pronouns.get(full) in ("she", "he"):  # (a person's, never a band's: "The Pines")
                text = text[: m.start()] + short + text[m.end() :]
                continue
            if full != short:
                continue
            pronoun = pronouns.get(full)
            between = text[found[k - 1].end() : m.start()]
            if pronoun is None or re.search(r"[.!?]\s", between):
                continue  # (another sentence: the name again is no repetition)
            if text.startswith(("'s", "’s"), m.end()):
                text = text[: m.start()] + _OWNER[pronoun] + text[m.end() + 2 :]
            elif _AFTER_SUBJECT.match(text, m.end()):
                text = text[: m.start()] + _SUBJECT[pronoun] + text[m.end() :]
    return hidden.show(text)


def _plainly(part: str) -> str:
    """A body's words outside its quotes with small counts as words ("four choir kids", `counts`) and "that night"."""
    return _that_night(small_counts(part))


def plain_body(
    paragraphs: list[str], again: Mapping[str, str], name_words: frozenset[str], pronouns: Mapping[str, str]
) -> list[str]:
    """A body's paragraphs read as prose (see the module); `again` is each person's full name → the name the
    article uses after the first mention, `pronouns` each person's pronoun by full name, where the night gives one."""
    out = [outside_quotes(_one_of_two(_unshorthanded(p)), _plainly) if p else p for p in paragraphs]
    out = [
        _promise_quoted(p, " ".join(x for j, x in enumerate(out) if j != k), name_words) if p else p
        for k, p in enumerate(out)
    ]
    first = next((k for k, p in enumerate(out) if p), None)
    if first is not None:
        out[first] = _opening(out[first])
    joined = _full_once("\n\n".join(out), again, pronouns)
    return joined.split("\n\n")


# a sentence that counts things, then one whose "it" can only be one of them (round 45's Yerevan: "He poured two glasses
# of apricot brandy. She took it.")
_COUNTED_THEN_IT = re.compile(
    r"(?P<counted>\b(?:two|three|four|2|3|4) (?:glasses|cups|shots|drinks|beers|bottles|flutes|tickets|roses)\b"
    r"[^.!?“”]*[.!?] (?:He|She|They|[A-Z][\w'’-]+) (?:took|accepted|picked up|raised|drank|downed|kept)) it\b"
)


def _one_of_two(text: str) -> str:
    """ "It" for one of the things the sentence before counted told as "one" (see the module)."""
    return _COUNTED_THEN_IT.sub(lambda m: f"{m.group('counted')} one", text) if " it" in text else text


_TONIGHTS = re.compile(r"\b([Tt])onight['’]s\b")
_TONIGHT = re.compile(r"\b([Tt])onight\b")


def _that_night(text: str) -> str:
    """The live blog's "tonight" told in the article's past, outside quotes: "that night", "the night's"."""
    if "onight" not in text:
        return text
    text = _TONIGHTS.sub(lambda m: "The night's" if m.group(1) == "T" else "the night's", text)
    return _TONIGHT.sub(lambda m: "That night" if m.group(1) == "T" else "that night", text)
