"""What a report says to the desk never reaches the article, and a body opens on its story.

- A report's framing to the desk before its news ("A follow-up from the cloakroom: Dufay and Crole sang …", "More on
  Dufay: …", "Update from the bar — …", "As promised, …", "OK THIS IS THE BEST THING: …") goes wherever a sentence of
  the body opens on it (after its connective: "Later, a follow-up from the cloakroom: Dufay …" → "Later, Dufay …"); the
  reporter stays credited.
- A sentence the reporter says to the reader or the desk ("You will not believe this one.": "you" outside a quote, and
  none of the story's people named) is not printed.
- A setup joined by "It began earlier, when …" gives its own act: a first sentence cut from the middle of its report
  ("when she had never seen him win anything, he said, and …") gives way to the setup's sentence naming its person
  ("when Tregarth said he would phone his grandfather …"), else the setup is not told that way (`mid_report`).
- The body's first sentence tells the story, not the middle of a report: a "Then", "And", "So" it opens on goes ("Then
  Dufay grabbed his collar …" → "Dufay grabbed …"), and so does a clock's scene-setting clause before the act ("It was
  half nine and the power failed …" → "The power failed …"); a first sentence left opening on "he", "she" or "they"
  (someone else's act told last in a report: "He told her to sit down.") is then named or told after the sentence naming
  its people (`openings.opened_on_names`).
"""

from __future__ import annotations

import re

from .clauses import sentences
from .quoted import Hidden
from .textutil import fold, lower_first

_CONNECTIVE = (
    r"(?:(?:Later|Earlier|Afterwards|Meanwhile|Then|Minutes later|Minutes earlier|An hour later|Later that night)"
    r"[\w ]{0,20}, )"
)
# the reporter's cry that this is the one ("OK THIS IS THE BEST THING: Joy …", "ok this is the one. DQ walked …",
# "ok this is the best thing I've seen tonight: Hedy …")
_CRY = (
    r"(?:ok(?:ay)?,? |omg,? )?this (?:is|was|might be) (?:the|my|our) (?:best thing|one|moment|highlight|story|best "
    r"moment|best story)(?: (?:I|we)(?:'ve|’ve| have) (?:ever )?(?:seen|heard|witnessed))?"
    r"(?: of the night| tonight| so far| all night| all year| all evening)?\s*(?:[:.!—–]+\s*|\s+-\s+)"
    # "can't believe it — Marla …", "h/t Sam from the Bund: Fenna …" (a colleague's tip, credited to the desk)
    r"|(?:(?:ok(?:ay)?|omg|wow),? )?(?:i )?(?:can['’]?t|cannot) believe (?:it|this|what just happened)"
    r"\s*(?:[:.!—–]+\s*|\s+-\s+)"
    r"|(?:h/t|hat tip(?: to)?) [^:;.!?—–]{1,40}?\s*(?::\s*|\s+[—–]\s+)"
)
# "A follow-up from the cloakroom: ", "Quick update on Dufay — ", "More on the hug: ", "As promised, "
_FRAMING = re.compile(
    rf"^(?P<head>{_CONNECTIVE}?)"
    r"(?:(?:[Aa]n? |[Oo]ne )?(?:quick |short |small |little |last |another |further )?"
    r"(?:follow-?up|update|addendum|postscript|more)(?: (?:on|from|to|re|about|at|in) [^:;.!?“”—–]{1,40}?)?"
    r"(?:\s*[:—–]\s*|\s+-\s+)"
    r"|[Aa]s promised, "
    # the reporter confirming to the desk what the night was waiting for ("To confirm what Horace promised at 8:10: …")
    r"|(?:[Tt]o confirm|[Cc]an confirm|[Cc]onfirming|[Cc]onfirmed)\b(?:[^:;!?“”—–]|:\d){0,80}?:\s+"
    rf"|{_CRY})"
    r"(?=[A-Za-z“\"])",
    re.IGNORECASE,
)
_CRIED = re.compile(rf"^(?:{_CRY})(?=[A-Za-z“\"])", re.IGNORECASE)


def without_cry(text: str) -> str:
    """A report's text without its reporter's cry that this is the one before its news ("ok this is the best thing
    I've seen tonight: Hedy … is teaching …" → "Hedy … is teaching …"): the copy's first sentence is its news, never
    a line to the desk that the copy editor (`gates`) would drop whole, news and all."""
    m = _CRIED.match(text)
    return text[m.end() :] if m is not None and text[m.end() :].strip() else text


_YOU = re.compile(r"\b(?:you|your|you'll|you’ll|you're|you’re|y'all)\b", re.IGNORECASE)
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")
# the impersonal "you" of what anyone there could perceive ("In the stalls you could just hear it under the names.",
# "you could hear a pin drop"): the scene, not the reporter talking to the reader; never one pointing at the post
# ("you can see it in the photo")
_ANYONE_THERE = re.compile(
    r"\byou (?:could|can|couldn['’]t|can['’]t|could not|cannot)"
    r"(?: (?:just|barely|still|almost|actually|really|hardly|only|even))? (?:hear|see|feel|smell|sense|tell)\b",
    re.IGNORECASE,
)
_THE_POST = re.compile(r"\b(?:photo|pic|picture|video|clip|link|below|above|thread|feed)\b", re.IGNORECASE)
# the post itself pointed at ("in the photo", "in this one", "see pic"): the reader of the feed, never the article's
_POINTS_AT_POST = re.compile(
    r"\b(?:in|see) (?:the|this|that|my) (?:photo|pic|picture|video|clip|shot|one)\b|\bpic\b", re.I
)
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
# the first sentence's lean on what came before it: "Then she …", "And then Dufay …", "So the band …"
_LEANING = re.compile(r"^(?:And then|And so|And|Then|So|But),? (?=[A-Za-z])")
# ... the same lean where a connective of the body's own now stands before it: never a "So" or "And" after it
# ("Later that night, So Will was pacing" → "Later that night, Will was pacing"; the closed class of English
# conjunctions that link a report's sentence to what the reporter said before), nor a "So" that is an answer's
# inversion ("So did two of the guards": its auxiliary, in lower case, after it)
_LEAN = re.compile(
    r"^(?:And then|And so|And|Then|So|But),? (?!(?:did|does|do|was|were|is|are|had|has|have|could|would|can|will)\b)"
    r"(?=[A-Za-z])"
)


def without_lean(text: str) -> str:
    """A report's text without the conjunction it opens on, leaning on what its reporter said before ("So Will was
    pacing …" → "Will was pacing …"): a connective of the body's (`beats`) stands there instead. The text as it is
    when it opens on no such lean or nothing follows it."""
    m = _LEAN.match(text)
    return text[m.end() :] if m is not None and text[m.end() :].strip() else text


# "It was half nine and the power failed …", "It was just past midnight, and …"
_HOUR = r"(?:midnight|noon|\d{1,2}(?:[.:]\d{2})?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_SCENE_CLOCK = re.compile(
    rf"^It was (?:just |nearly |almost |about |around |gone |already )?(?:(?:half|quarter|ten|twenty|five) )?"
    rf"(?:past |to |after )?{_HOUR}(?: o['’]clock| thirty| fifteen| ?[ap]\.?m\.?)?,? and (?=[A-Za-z])"
)


def _sentences(paragraph: str) -> list[str]:
    hidden = Hidden(single=False)
    return [hidden.show(s) for s in sentences(hidden.hide(paragraph))]


def unframed(sentence: str) -> str:
    """`sentence` without the reporter's framing to the desk before its news (see the module)."""
    m = _FRAMING.match(sentence)
    if m is None:
        return sentence
    rest = _named_for_pronoun(sentence[m.start() : m.end()], sentence[m.end() :])
    head = m.group("head")
    if not head:
        return rest[:1].upper() + rest[1:]
    first = _WORD.match(rest)
    lower = first is not None and first.group(0) in ("The", "A", "An", "His", "Her", "Their", "Its")
    return head + (lower_first(rest) if lower else rest)


# whose promise a confirming frame names ("To confirm what Uncle Horace promised at 8:10: …"), and the first subject
# pronoun of what it confirms, before any capitalised word ("at ten sharp he walked out …")
_WHOSE = re.compile(
    r"\bwhat (?P<who>[A-Z][\w'’.-]*(?:,? [A-Z][\w'’.-]*){0,4}(?: \([^()]{1,40}\))?),? (?:had |has )?promised\b"
)  # (with the roster name in brackets the item prints at a first mention: "Grandma Dee (Dolores Okafor)")
_FIRST_PRONOUN = re.compile(r"^(?P<before>[^A-Z“\"]*?)\b(?P<pronoun>he|she|they)\b")


def _named_for_pronoun(frame: str, rest: str) -> str:
    """What a confirming frame confirms, its first "he", "she" or "they" the person whose promise the frame names
    ("To confirm what Nell Tate promised at 8:10: at ten sharp she walked out" → "at ten sharp Nell Tate walked out"):
    left without the frame, the pronoun would stand for nobody."""
    whose = _WHOSE.search(frame)
    pronoun = _FIRST_PRONOUN.match(rest) if whose else None
    if whose is None or pronoun is None:
        return rest
    return rest[: pronoun.start("pronoun")] + whose.group("who").rstrip(",") + rest[pronoun.end("pronoun") :]


def _names(sentence: str, name_words: frozenset[str]) -> bool:
    outside = _QUOTED.sub(" ", sentence)
    return any(w[:1].isupper() and fold(re.sub(r"['’]s$", "", w)) in name_words for w in _WORD.findall(outside))


def to_the_reader(sentence: str, name_words: frozenset[str], *, scene: bool = True) -> bool:
    """Whether a sentence speaks to the reader or the desk ("You will not believe this one."): "you" outside its
    quotes, and none of the story's people named, or pointing at the post ("… in this one", "in the photo"); never the
    impersonal "you" of what anyone there could perceive after the scene it is of (`scene`: "In the stalls you could
    just hear it under the names.", round 43's Valletta band: the item lost its payoff line), though a report that
    is only that is no story ("In the upper circle you could hear the organ tuning": round 44's breaker)."""
    outside = _QUOTED.sub(" ", sentence)
    if _POINTS_AT_POST.search(outside) is not None and _YOU.search(outside) is not None:
        return True  # "You could see the tear in Roy's sleeve in this one.": the post, whoever it names
    if scene and _THE_POST.search(outside) is None:
        outside = _ANYONE_THERE.sub(" ", outside)  # ("you could just hear it": the scene's, after the scene)
    return _YOU.search(outside) is not None and not _names(sentence, name_words)


def without_desk_talk(paragraph: str, name_words: frozenset[str]) -> str:
    """A paragraph whose sentences keep no framing to the desk and none spoken to the reader (see the module)."""
    if not paragraph:
        return paragraph
    said = _sentences(paragraph)
    kept = [unframed(s) for k, s in enumerate(said) if not to_the_reader(s, name_words, scene=k > 0)]
    return " ".join(kept) if kept else ""


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def story_first(paragraph: str) -> str:
    """The body's first paragraph opening on its story, not on a lean back at what came before in a report (see the
    module); a pronoun it is left opening on is named or moved by `openings.opened_on_names`."""
    said = _sentences(paragraph)
    if not said:
        return paragraph
    first = said[0]
    leaning = _LEANING.match(first)
    if leaning is not None:
        first = _capital(first[leaning.end() :])
    clock = _SCENE_CLOCK.match(first)
    if clock is not None:
        first = _capital(first[clock.end() :])
    said[0] = first
    return " ".join(said)


# a sentence from the middle of a report: "She had never seen him win anything, he said, and …", "Then he …"
_LEANS_BACK = re.compile(r"^(?:Then|And|So|But)\b(?![-'’])")
_SAID_ASIDE = re.compile(r", (?:he|she|they) (?:said|says|added|told (?:us|me|Backstage)),")


def mid_report(sentence: str) -> bool:
    """Whether a setup's sentence is one cut from the middle of its report (it leans on what its report told before
    it: a "Then" it opens on, a "he said" aside), never the setup's own act "It began …, when" tells (a pronoun it opens
    on is named or moved by `openings`)."""
    return _LEANS_BACK.match(sentence) is not None or _SAID_ASIDE.search(_QUOTED.sub(" ", sentence)) is not None


def own_act(sentence: str, name_words: frozenset[str]) -> bool:
    """Whether a setup's sentence tells its own act: it names one of the story's people and leans on nothing."""
    return _names(sentence, name_words) and not mid_report(sentence) and not sentence.startswith(("“", '"'))


_SUBJECT_PRONOUN = re.compile(r"^(?P<p>He|She)\b(?![-'’])(?= [a-z])")
_OTHER_OBJECT = {"she": re.compile(r"\b(?:him|his|himself)\b"), "he": re.compile(r"\b(?:her|hers|herself)\b")}


def subject_named(paragraph: str, people: list[tuple[str, str | None]], again: dict[str, str]) -> str:
    """The body's first paragraph whose first sentence, still opening on "He" or "She" (its name never told before
    it), opens on the one person of the story it can stand for: `people` are each person's name as the article
    first prints it and their pronoun, where the night says it; those the sentence names are not its subject ("She
    grabbed Bastian Crole by the collar …" → "Mireille Dufay grabbed Bastian Crole …"). Nobody, or two, who could
    be its subject: as it is (`openings.opened_on_names` moved what it could). `again`: the name the article uses
    after the first mention, by full name (a later mention in full in the paragraph said so)."""
    said = _sentences(paragraph)
    m = _SUBJECT_PRONOUN.match(said[0]) if said else None
    if m is None:
        return paragraph
    pronoun = m.group("p").lower()
    outside = fold(_QUOTED.sub(" ", said[0]))
    free = [(name, p) for name, p in people if not any(fold(w) in outside.split() for w in name.split())]
    known = [name for name, p in free if p == pronoun]
    unknown = [name for name, p in free if p is None] if not any(p == pronoun for _, p in people) else []
    if len(free) == len(people) and _OTHER_OBJECT[pronoun].search(outside):
        unknown = []  # "She told him to eat.", naming nobody: "him" is the story's person, "she" someone else
    candidates = known or unknown
    if len(candidates) != 1:
        return paragraph
    full = candidates[0]
    rest = " ".join(said[1:]).replace(full, again.get(full, full), 1)  # (named in full once: "… Dufay and Crole")
    return " ".join([full + said[0][m.end() :], rest]) if rest else full + said[0][m.end() :]
