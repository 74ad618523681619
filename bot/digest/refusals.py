"""What someone did instead, not what they did not do: a report that opens on a refusal or an absence ("did not go
to the press room after her win: she walked to the kitchen and knelt to hand the statuette to the cook who raised
her") has its payoff after it, and a headline of the refusal ("Wren Ito Does Not Go to the Press Room") stops at
the set-up. `instead` finds the clause that follows (after a colon, a dash, a semicolon or a full stop, opened by the
same person: "she", "he", "they" or their name) and gives it with its subject named, for the writer to headline."""

from __future__ import annotations

import re

# ("didn't", "wasn't": the "n't" of a word, no word boundary before it)
_NEGATED = re.compile(r"(?:\b(?:not|never|no longer)\b|n['’]t\b)", re.IGNORECASE)
# (a comma too, when the same person opens what follows: "didn't go up, he sent his mum instead")
_BREAK = re.compile(r"(?:\s*[:;.]|\s+[—–-]|,(?=\s+(?:instead,? )?(?:she|he|they)\b))\s+", re.IGNORECASE)
_PRONOUN_SUBJECT = re.compile(r"(?:she|he|they|instead,? (?:she|he|they))\b\s*", re.IGNORECASE)


def negated(headline: str, subject: str) -> bool:
    """Whether a headline opening with `subject` says what they did not do ("Wren Ito Does Not Go to …", "Wins
    Best Score and Does Not Go …"); never a quotation's "not"."""
    if not subject or not headline.startswith(subject + " ") or "“" in headline:
        return False
    return _NEGATED.search(headline[len(subject) :]) is not None


def instead(text: str, lead: str) -> str | None:
    """The clause after a report's opening refusal, its subject `lead` ("Wren Ito walked to the kitchen and knelt
    …"); None when the report opens on no refusal of theirs or goes on with someone else."""
    first = _BREAK.search(text)
    called = (lead, lead.split()[0], lead.split()[-1])  # ("Otto was not asleep …, he was praying": by one name)
    if first is None or not _NEGATED.search(text[: first.start()]) or not text.startswith(called):
        return None
    rest = text[first.end() :]
    opened = _PRONOUN_SUBJECT.match(rest)
    if opened is not None:
        return f"{lead} {rest[opened.end() :]}"
    names = {lead, lead.split()[0], lead.split()[-1]}
    return next((f"{lead}{rest[len(n) :]}" for n in names if rest.startswith(n + " ")), None)


_INSTEAD = re.compile(r"[\s,]+instead[.!]*$", re.IGNORECASE)
_PURPOSE = re.compile(r"\bto ([a-z]+\b[^,;:.!?]*)$")


def sent_in_their_place(text: str, then: str) -> str | None:
    """The clause of what was done instead told with what the refusal was for, when it sent someone in their place
    ("didn't go on stage to collect his award; he sent his mum instead" → "… sent his mum to collect his award"):
    "Sends His Mum" alone says nothing. None when the clause does not end on "instead" or the refusal had no
    purpose."""
    first = _BREAK.search(text)
    if first is None or not _INSTEAD.search(then):
        return None
    refused = _NEGATED.split(text[: first.start()], maxsplit=1)
    purpose = _PURPOSE.search(refused[-1]) if len(refused) > 1 else None
    return f"{_INSTEAD.sub('', then)} to {purpose.group(1)}" if purpose else None


_LIST_TAIL = re.compile(r",\s+(?!and\b|but\b)([a-z][^,;:]*\band\s+[a-z]+[^,;:]*)$")


def list_tail(then: str, lead: str) -> str | None:
    """The last two predicates of a list of what the lead did instead ("shook the winner's hand, went to the loading
    bay and wept" → "{lead} went to the loading bay and wept"): what the list builds to, the payoff of a refusal or
    a loss; None when the clause is no list of three."""
    m = _LIST_TAIL.search(then)
    return f"{lead} {m.group(1)}" if m and then.startswith(lead) and m.start() > len(lead) else None
