"""Who an item credits beyond the reports its body tells: everyone who reported its lead moment (EDITORIAL.md: several
reports make a moment stronger and earn a shared credit; they do not make it longer). `writing` credits each report
whose words, quote or language twin the body tells (`writing._tells_some_of`); a report of the lead moment whose
words are left out is credited too when the readers voted for it (RANK_VOTES) and it is about someone the body
names: "Amira Haddad hoppade i vattnet från bryggan …" beside the English account of the jump the body tells. An
unvoted line beside the moment ("Everybody on their feet, champagne going round.") is not: it may be chatter the
clustering took in, and nothing in the item is its."""

from __future__ import annotations

from .night import NameBook, Report, claim_words
from .scoring import RANK_VOTES


def witnessed(r: Report, told: frozenset[str], book: NameBook) -> bool:
    """Whether a report of the lead moment whose words the body leaves out is credited all the same: voted for
    (RANK_VOTES), no correction, and about someone the body names (by a word of their name)."""
    if r.sighting.votes < RANK_VOTES or r.correction:
        return False
    return any((claim_words(k) | claim_words(book.display.get(k, ""))) & told for k in r.names)
