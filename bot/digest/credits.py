"""Who an item credits beyond the reports its body tells: everyone who reported its lead moment (EDITORIAL.md: several
reports make a moment stronger and earn a shared credit; they do not make it longer). `writing` credits each report
whose words, quote or language twin the body tells (`after_passes._tells_some_of`); a report of the lead moment whose
words are left out is credited too when the readers voted for it (RANK_VOTES) and it is about someone the body
names: "Amira Haddad hoppade i vattnet från bryggan …" beside the English account of the jump the body tells. An
unvoted line beside the moment ("Everybody on their feet, champagne going round.") is not: it may be chatter the
clustering took in, and nothing in the item is its."""

from __future__ import annotations

from .matching import quote_only
from .night import NameBook, Report, claim_words
from .scoring import RANK_VOTES


def witnessed(r: Report, told: frozenset[str], book: NameBook) -> bool:
    """Whether a report of the lead moment whose words the body leaves out is credited all the same: voted for
    (RANK_VOTES) or only a line the body prints (`_echoed`), no correction, and about someone the body names (by a
    word of their name), or voted for and in another language (what joined it to the moment is its things and its
    place, whoever it tags)."""
    if r.correction or (r.sighting.votes < RANK_VOTES and not _echoed(r, told)):
        return False
    if not r.english and r.sighting.votes >= RANK_VOTES:
        return True  # (the same gust told in Italian, tagged with the one who ran after it there: the moment's
        # things and place joined it, `matching.cross_language`, whoever it names)
    return any((claim_words(k) | claim_words(book.display.get(k, ""))) & told for k in r.names)


ECHO_WORDS = 2  # a report's line is the body's when this many of its content words are printed...
ECHO_SHARE = 2 / 3  # ...and this share of them at least


def _echoed(r: Report, told: frozenset[str]) -> bool:
    """Whether a report that only gives a line (its note only frames it: "overheard at the bar") heard the line the
    body prints, in its words or nearly ("Nobody pours like you lot, honestly." beside “Nobody pours like you lot,”
    she said): a correspondent of the moment, credited, whatever its votes."""
    said = r.features().quote_tokens
    if len(said) < ECHO_WORDS or not quote_only(r):
        return False
    heard = len(said & told)
    return heard >= ECHO_WORDS and heard >= ECHO_SHARE * len(said)
