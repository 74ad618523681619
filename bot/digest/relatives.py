"""A relative named first by role, then by name, given the name in apposition (issue 11, round 10).

A report often says who someone is before it says their name: "Lena Arden's mother was crying in row C. Selma Arden
said she had driven nine hours." Printed so, the reader meets two people. The name goes where the role first
stands, as an apposition, and the sentence that named her goes on with her pronoun, which the relation gives ("Lena
Arden's mother, Selma Arden, was crying in row C. She said she had driven nine hours.").

Only a person of the story, named in the same copy as the subject opening the sentence after the role's (or its
own), before anyone else of the story is, and sharing the family name of the one whose relative she is (or, for a
role owned by a pronoun, "her mother", of someone of the story: "her dad … Big Tev on the door stopped her" is the
guard); a role already in apposition (", Selma Arden,", "her mother Selma") is left as written.
"""

from __future__ import annotations

import re

from .lexicon import KIN_HE, KIN_SHE
from .textutil import first_name, short_name

_KIN = "|".join(sorted(KIN_SHE | KIN_HE))
_ROLE = re.compile(
    rf"(?P<owner>\b(?:[A-Z][\w'’-]*\s){{0,3}}[A-Z][\w'’-]*['’]s|\b[Hh]is|\b[Hh]er|\b[Tt]heir) (?P<kin>{_KIN})\b"
)
_SENTENCE_START = re.compile(r"(?:^|[.!?]\s+)$")


def has_relative(text: str) -> bool:
    """Whether `text` names someone by their relation to someone ("Lena Arden's mother", "her son"): the one
    cheap test before `apposed_relatives`."""
    return _ROLE.search(text) is not None


def apposed_relatives(text: str, people: list[str]) -> str:
    """`text` with each relative it names first by role given the name there (see the module's docstring);
    `people`: the display names of the story's people."""
    for name in people:
        at = text.find(name)
        if at <= 0 or " " not in name:
            continue
        role = None
        for m in _ROLE.finditer(text, 0, at):
            role = m
        if role is None or _named_after(text, role.end(), name):
            continue
        if text[role.end() : role.end() + 2] in ("'s", "’s"):
            continue  # "in his father's lap": whose lap, never where to name him ("his father, Jiří Šebek, st.,'s")
        owner = role.group("owner")
        kin = [o for o in people if o != name and short_name(o) == short_name(name)]  # (her family, by name)
        own = owner[:-2] if owner.endswith(("'s", "’s")) else ""
        if own and short_name(own) != short_name(name) and not any(first_name(o) == own for o in kin):
            continue  # "Mara Dahl's mother … Selma Arden": whose mother she is, the report does not say ("Lena's
            # mother" is Lena Arden's, called by her given name beside Selma Arden)
        if not owner.endswith(("'s", "’s")) and not any(
            short_name(other) == short_name(name) for other in people if other != name
        ):
            continue  # "her dad … Big Tev on the door stopped her": nobody of the story shares his family name
        if any(other in text[role.end() : at] for other in people if other != name):
            continue  # someone else of the story is named between them
        between = text[role.end() : at]
        if _SENTENCE_START.search(text[:at]) is None or len(re.findall(r"[.!?]\s", between)) > 1:
            continue  # the name is no sentence's subject, or sentences apart: maybe someone else
        pronoun = "She" if role.group("kin").lower() in KIN_SHE else "He"
        text = f"{text[: role.end()]}, {name},{between}{pronoun}{text[at + len(name) :]}"
        text = text.replace(f", {name},,", f", {name},")
    return text


def _named_after(text: str, end: int, name: str) -> bool:
    """Whether the role at `end` is already followed by the name ("her mother Selma Arden", ", Selma Arden,")."""
    after = text[end:].lstrip(", ")
    return after.startswith(name) or after.startswith(first_name(name))
