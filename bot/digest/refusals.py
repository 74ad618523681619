"""What someone did instead, not what they did not do: a report that opens on a refusal or an absence ("did not go
to the press room after her win: she walked to the kitchen and knelt to hand the statuette to the cook who raised
her") has its payoff after it, and a headline of the refusal ("Wren Ito Does Not Go to the Press Room") stops at
the set-up. `instead` finds the clause that follows (after a colon, a dash, a semicolon or a full stop, opened by the
same person: "she", "he", "they" or their name) and gives it with its subject named, for the writer to headline."""

from __future__ import annotations

import re

_NEGATED = re.compile(r"\b(?:not|never|n't|no longer)\b", re.IGNORECASE)
_BREAK = re.compile(r"(?:\s*[:;.]|\s+[—–-])\s+")
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
    if first is None or not _NEGATED.search(text[: first.start()]) or not text.startswith(lead):
        return None
    rest = text[first.end() :]
    opened = _PRONOUN_SUBJECT.match(rest)
    if opened is not None:
        return f"{lead} {rest[opened.end() :]}"
    names = {lead, lead.split()[0], lead.split()[-1]}
    return next((f"{lead}{rest[len(n) :]}" for n in names if rest.startswith(n + " ")), None)
