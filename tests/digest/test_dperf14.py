"""Round 15's compile-time work (B4): the same digest, with work done only for what the writer asks.

`withdrawn.Withdrawn` works out what a retracted report claimed when one of its people is asked for (it was worked out
for every retracted report of the night), `without_withdrawn` reads the claims only when a sentence is short enough
to be an aside, and `joins` reads a candidate's lead person only when its score or votes make it matter. Each test
holds the cheap path to the full one (the code before this round, written out here) on edge cases; the digests
themselves are unchanged byte for byte (`bench/same_output.py`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from bot.digest import withdrawn as withdrawn_module
from bot.digest.builder import Night as StoryNight
from bot.digest.moments import Moment
from bot.digest.night import NameBook, Report, candidates, claim_words, prepare
from bot.digest.textutil import fold
from bot.digest.threads import joins
from bot.digest.withdrawn import Withdrawn, _double_post, note_withdrawn, without_withdrawn
from bot.models import AnySighting, SightingStatus

from .factory import END, SHOW, Night


def _eager(sightings: Sequence[AnySighting], reports: Sequence[Report]) -> dict[str, list[str]]:
    """What `note_withdrawn` recorded before this round: every retracted report worked out up front."""
    out: dict[str, list[str]] = {}
    gone = [s for s in sightings if s.status is SightingStatus.RETRACTED and s.show_id == SHOW.id]
    claims: dict[int, frozenset[str]] = {}
    names: dict[tuple[str, ...], set[str]] = {}
    texts: dict[int, str] = {}
    kept = []
    for s in gone:
        theirs = [r for r in reports if r.sighting.people == s.people and r.reporter == s.reporter.id]
        if not _double_post(s, theirs, claims, names, texts):
            kept.append(s)
    kept.extend(r.sighting for r in reports if r.dropped)
    for s in kept:
        for name in (*s.people, *s.other_names):
            out.setdefault(fold(name), []).append(s.what)
    return out


def _night_with_retractions() -> Night:
    night = Night()
    night.spot("Pia Lund tripped on the lobby stairs holding two trophies", who=["Pia Lund"], by="Lucie", at="21:00")
    # a double post (same author, same people, minutes later, the same words): claimed nothing
    night.spot(
        "Pia Lund tripped on the lobby stairs holding two trophies",
        who=["Pia Lund"],
        by="Lucie",
        at="21:02",
        status=SightingStatus.RETRACTED,
    )
    # a rumour taken back: claimed a feud, naming two people, one of them twice (tagged and as another name)
    night.spot(
        "Rumour: a feud between Pia Lund and Bo Kerr",
        who=["Pia Lund", "Bo Kerr"],
        other_names=["pia lund"],
        by="Sam",
        at="21:10",
        status=SightingStatus.RETRACTED,
    )
    # only a double post names Cy Ode: he is absent, as before
    night.spot("Cy Ode sang the anthem off key", who=["Cy Ode"], by="Sam", at="21:20")
    night.spot("Cy Ode sang the anthem off key", who=["Cy Ode"], by="Sam", at="21:21", status=SightingStatus.RETRACTED)
    # another show's retraction never counts
    night.spot("Bo Kerr left early", who=["Bo Kerr"], at="21:30", status=SightingStatus.RETRACTED, show_id=SHOW.id + 1)
    dropped = night.spot("Bo Kerr yawned through the speech", who=["Bo Kerr"], by="Ann", at="21:40", votes=3)
    night.drop(dropped)
    return night


def _withdrawn_of(night: Night) -> tuple[Withdrawn, dict[str, list[str]]]:
    reports, book = prepare(candidates(SHOW, night.sightings, END), night.curations)
    note_withdrawn(book, night.sightings, reports, SHOW.id)
    assert isinstance(book.withdrawn, Withdrawn)
    return book.withdrawn, _eager(night.sightings, reports)


def test_what_was_withdrawn_asked_person_by_person_is_what_was_worked_out_for_everyone():
    lazy, eager = _withdrawn_of(_night_with_retractions())

    for key in ("pia lund", "bo kerr", "cy ode", "nobody"):
        assert lazy.get(key) == eager.get(key)
        assert (key in lazy) == (key in eager)
        assert lazy.names_any(key) == (key in eager)
    assert lazy.get("cy ode", ()) == ()  # (every report naming him was a double post)
    assert lazy["pia lund"] == ["Rumour: a feud between Pia Lund and Bo Kerr"] * 2  # (named twice: twice, as before)
    assert lazy["bo kerr"] == ["Rumour: a feud between Pia Lund and Bo Kerr", "Bo Kerr yawned through the speech"]
    assert dict(lazy) == eager and len(lazy) == len(eager)


def test_a_person_never_asked_for_has_no_retracted_report_worked_out(monkeypatch):
    calls: list[int] = []
    real = withdrawn_module._double_post

    def counted(s, *rest):  # type: ignore[no-untyped-def]
        calls.append(s.id)
        return real(s, *rest)

    monkeypatch.setattr(withdrawn_module, "_double_post", counted)
    lazy, _ = _withdrawn_of(_night_with_retractions())
    assert calls == []
    assert lazy.get("cy ode") is None
    assert len(calls) == 1  # his one retracted report, and only it
    assert lazy.get("cy ode") is None and len(calls) == 1  # (once)


def _old_without_withdrawn(text: str, moment: Moment, book: NameBook, name_words: frozenset[str]) -> str:
    """`writing._without_withdrawn` before this round."""
    from bot.digest.clauses import sentences
    from bot.digest.hygiene import word_count

    claims = [claim_words(t) for key in moment.people for t in book.withdrawn.get(key, ())]
    if not claims:
        return text
    kept: list[str] = []
    for sentence in sentences(text):
        words = claim_words(sentence) - name_words
        if words and len(words) <= 3 and any(words <= c for c in claims):
            if kept and not claim_words(kept[-1]) - name_words and word_count(kept[-1]) <= 2:
                kept.pop()
            continue
        kept.append(sentence)
    return " ".join(kept) if kept else text


def test_an_aside_is_cut_as_before_and_a_text_without_one_is_joined_as_before():
    night = _night_with_retractions()
    reports, book = prepare(candidates(SHOW, night.sightings, END), night.curations)
    note_withdrawn(book, night.sightings, reports, SHOW.id)
    pia = next(r for r in reports if r.names == ("pia lund",))
    moments = {
        "pia": Moment([pia]),
        "pia and bo": Moment([replace(pia, names=("pia lund", "bo kerr"))]),
        "cy": Moment([next(r for r in reports if r.names == ("cy ode",))]),
    }
    texts = [
        "Pia Lund took the stage with both trophies.  So. No feud.",  # an aside, and two spaces joined as one
        "Pia Lund took the stage with both trophies and waved at the back rows.   Then she bowed.",
        "Feud between them.",  # the whole text is the aside: it stays
        "So. Feud.",
        "",
        "Pia Lund, in the lobby, between acts",
    ]
    plain = replace(book, withdrawn=dict(book.withdrawn))  # (a plain dict: the path of a NameBook built by hand)
    names = frozenset({"pia", "lund", "bo", "kerr", "cy", "ode"})
    for name, moment in moments.items():
        for text in texts:
            before = _old_without_withdrawn(text, moment, plain, names)
            assert without_withdrawn(text, moment, book, names) == before, (name, text)
            assert without_withdrawn(text, moment, plain, names) == before, (name, text)
    assert without_withdrawn(texts[0], moments["pia"], book, names) == "Pia Lund took the stage with both trophies."
    assert without_withdrawn(texts[1], moments["pia"], book, names) == (
        "Pia Lund took the stage with both trophies and waved at the back rows. Then she bowed."
    )
    assert without_withdrawn(texts[1], moments["cy"], book, names) == texts[1]  # (nothing withdrawn: as written)


def test_a_weak_later_candidate_is_judged_without_reading_its_lead_person():
    night = Night()
    lead = night.spot("Ada Roe kissed the trophy on stage", who=["Ada Roe"], by="Lu", at="21:00", votes=80)
    weak = night.spot(
        "Later Ben Fox and Ada Roe shared a cigarette by the fire exit",
        who=["Ben Fox", "Ada Roe"],
        by="Mo",
        at="22:30",
        votes=1,
    )
    reports, book = prepare(candidates(SHOW, night.sightings, END), [])
    story_night = StoryNight(reports, book)
    first = story_night.moment(0)
    other = story_night.moment(1)
    assert [r.sighting.id for r in first.reports] == [lead.id] and other.reports[0].sighting.id == weak.id

    answer = joins(first, "ada roe", other)
    assert other._lead is None  # (neither nearly as strong nor voted like a story of its own: not read)
    assert joins(first, "ada roe", Moment(other.reports)) == answer
    fresh = Moment(other.reports)
    assert fresh.lead in ("ben fox", "ada roe")  # (read on its own, it is what it always was)
    assert joins(first, "ada roe", fresh) == answer
