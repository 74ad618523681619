"""A body's sentences in the active voice where the report names who did it (issue 11, round 10).

- Someone "was seen" doing something did it: "The rented tuxedo was seen dripping on the pier" → "The rented
  tuxedo dripped on the pier", "X was spotted rehearsing" → "X rehearsed" ("was humming" when the past of the
  verb is not one `verbs` knows for certain).
- A passive whose agent the sentence names is told as the agent's act: "Tobi Lark was handed a bucket by the head
  chef" → "The head chef handed Tobi Lark a bucket"; a second passive of the same person after "and" is the
  agent's too ("… by the chef and asked not to film" → "The chef handed Lark a bucket and asked him not to film");
  an agent named by relation to the person is theirs ("Maureen Pike was handed the trophy by her son Callum Pike"
  → "Maureen Pike's son Callum Pike handed her the trophy"). The agent is a name, a person's role after an
  article ("the head chef", "a steward") or a group of `copyedit` agents ("security", "fans").
- A note's passive with no "was", its subject a thing, is the agent's act on it: "Ear found by Dimitris Lask under
  step 12." → "Dimitris Lask found the ear under step 12." (a photo's credit, "Photo taken by …", stays).

An agent is never invented: a passive with none ("Lia Berg was handed the trophy") stays one, and so does a
sentence the rule cannot read whole (an agent with a pronoun in apposition, "by Ola Dahl, her teacher", of a
thing; an "and" going on with another verb). Quoted speech is never touched (the writer keeps it out of reach).
"""

from __future__ import annotations

import re

from .clauses import SECOND_CLAUSE, sentences
from .copyedit import AGENTS
from .textutil import lower_first
from .verbs import base_form, past_tense

# "was seen dripping", "were spotted leaving"
_SEEN = re.compile(r"\b(?:was|were) (?:seen|spotted|caught|noticed) (?P<ing>[a-z]+ing)\b")
# the sentence's subject (no comma, no quote), its passive verb, what was given, "by", then the rest
_PASSIVE = re.compile(
    r"^(?P<subject>(?:[A-Z][\w'’.-]*|The|A|An)(?: [\w'’.-]+){0,5}?) (?:was|were|got) (?P<part>[a-z]+)"
    r"(?P<object>(?: [\w'’-]+){0,6}?) by (?P<agent>[^,.;:]+?)(?P<rest>(?:,| and | in | at | on | during | before "
    r"| after | while | with | outside | inside | behind | near | as | when )[^.]*|)(?P<end>[.!?]?)$"
)
# a note's passive with no "was" ("Ear found by Dimitris Lask under step 12."): a common noun, its participle, "by"
_NOTE_PASSIVE = re.compile(
    r"^(?P<subject>[A-Z][a-z'’-]+(?: [a-z'’-]+){0,2}) (?P<part>[a-z]+)(?P<object>) by (?P<agent>[^,.;:]+?)"
    r"(?P<rest>(?:,| and | in | at | on | under | beneath | behind | near | inside | outside | after | before "
    r"| with | from )[^.]*|)(?P<end>[.!?]?)$"
)
_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their"})
_PATIENT = {"she": "her", "he": "him", "they": "them", "i": "me", "we": "us"}
_OWNER = {"his": "him", "her": "her", "their": "them"}
_PAST_OF_PARTICIPLE = {
    "given": "gave",
    "shown": "showed",
    "taken": "took",
    "thrown": "threw",
    "driven": "drove",
    "written": "wrote",
    "drawn": "drew",
    "beaten": "beat",
    "bitten": "bit",
    "chosen": "chose",
    "woken": "woke",
    "sworn": "swore",
    "torn": "tore",
    "worn": "wore",
    "hidden": "hid",
    "forgiven": "forgave",
    "found": "found",
    "caught": "caught",
    "held": "held",
    "brought": "brought",
    "kept": "kept",
    "bought": "bought",
    "sent": "sent",
}
# a second passive of the same person the agent did too ("… and asked not to film")
_NOT_A_NOTE = frozenset({"this", "that", "it", "she", "he", "they", "we", "i", "you", "photo", "pic", "video"})
_AND_ALSO = frozenset({"asked", "told", "invited", "given", "shown", "offered", "sent", "made", "begged", "urged"})
_NOT_AGENTIVE = frozenset({"seen", "born", "known", "called", "named", "nominated", "dressed", "married", "based"})


def active_voice(text: str, objective: dict[str, str] | None = None) -> str:
    """`text` with each sentence in the active voice where its agent is named (see the module's docstring);
    `objective` gives a person's object pronoun by the name the text calls them ("Tobi Lark": "him")."""
    if " by " not in text and not _SEEN.search(text):
        return text
    return " ".join(_active(s, objective or {}) for s in sentences(text))


def _seen(m: re.Match[str]) -> str:
    ing = m.group("ing")
    base = base_form(ing)
    past = past_tense(base) if base else None
    if past is None and len(ing) > 5 and ing[-4] == ing[-5] and ing[-4] not in "aeiouy":
        past = ing[:-3] + "ed"  # "dripping": a doubled consonant is doubled in the past too ("dripped")
    return past or m.group(0).split()[0] + " " + ing


def _active(sentence: str, objective: dict[str, str]) -> str:
    sentence = _SEEN.sub(_seen, sentence)
    m = _PASSIVE.match(sentence)
    note = m is None
    m = m or _NOTE_PASSIVE.match(sentence)
    if m is None or (note and m.group("subject").split()[0].lower() in _DETERMINERS | _NOT_A_NOTE):
        return sentence
    part = m.group("part")
    if not SECOND_CLAUSE.isdisjoint(m.group("object").lower().split()):
        return sentence  # "was sent flying and was caught one-handed by İsmail": the agent of the second verb only
    past = _PAST_OF_PARTICIPLE.get(part) or (part if part.endswith("ed") and base_form(part) else None)
    if past is None or part in _NOT_AGENTIVE:
        return sentence
    subject, agent, rest = m.group("subject"), m.group("agent").split(), m.group("rest")
    if not _is_agent(agent):
        return sentence
    person = subject[:1].isupper() and subject.split()[0] not in ("The", "A", "An")
    patient = _PATIENT.get(subject.lower()) or (subject if person else lower_first(subject))
    if note:  # ("Ear found by …": the ear; a name never opens a note's passive: "Ada seen by …" is no sentence)
        if person and " " not in subject and not subject[1:].islower():
            return sentence
        patient, person = f"the {subject.lower()}", False
    said = agent
    if agent[0].lower() in _OWNER and person:  # "by her son Callum Pike": Maureen Pike's son, and she is "her"
        said = [f"{subject}'s", *agent[1:]]
        patient = _OWNER[agent[0].lower()]
    elif agent[0].lower() in _OWNER:
        return sentence  # "The cup was handed over by her son": whose son is for the reader to guess
    if re.search(r",\s+(?:who|whose|whom)\b", rest):
        return sentence  # "… was interrupted by Thea Castellanos, who ran up to hug him": the clause is the agent's
    if rest.startswith(","):  # "by Ola Dahl, her teacher, in the wings": an apposition
        inner = rest.split(",")
        if len(inner) > 2 and any(w.lower() in _OWNER for w in inner[1].split()) and not person:
            return sentence  # whose teacher would come before whom
    if rest.startswith(" and "):
        first, _, after = rest[5:].partition(" ")
        again = objective.get(subject) or patient if person else None
        if first not in _AND_ALSO or again is None or patient in _OWNER.values():
            return sentence  # "and smiled": the person's own act, another clause
        rest = f" and {first} {again}" + (f" {after}" if after else "")
    agent_text = " ".join(said)
    agent_text = agent_text[:1].upper() + agent_text[1:]
    return f"{agent_text} {past} {patient}{m.group('object')}{rest}{m.group('end')}"


def _is_agent(agent: list[str]) -> bool:
    """Whether the words after "by" name who did it: a name ("Ola Dahl", "host Kim Daly"), a role after an article
    ("the head chef", "her son Callum Pike") or a group ("security", "fans"); not a means or a time ("by hand", "by
    midnight", "by the door")."""
    if not agent or len(agent) > 5:
        return False
    if all(w[:1].isupper() for w in agent):
        return True
    if agent[0].lower() in AGENTS and len(agent) > 1 and all(w[:1].isupper() for w in agent[1:]):
        return True  # "by host Kim Daly"
    if agent[0].lower() in _DETERMINERS:
        nouns = [w for w in agent[1:] if w.islower()]
        return bool(nouns) and nouns[-1].lower() in AGENTS
    return len(agent) == 1 and agent[0].lower() in AGENTS
