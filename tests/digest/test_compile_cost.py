"""What a compile works out, and for which reports (B4: 10,000 sightings within 150 ms): the same digest, with work
done only where its answer can count.

- `glosses.gloss_from_note` reads a quote's language (`language.english_line`, a tokenising of the whole line) only
  for a post whose note may hold a translation (`_HINT`: a bracket or a translation's marker); it read every
  quoted post's language first, about half of a 10,000 compile.
- `moments.register_of` (a parse of a report's text, its shorthand unfolded) is worked out once per report; the
  follow-ups' `writeups.written_up` asked it again for every pair of moments they weighed.
- `writeups.written_up` asks which reports are English, and their registers, only for moments sharing a person
  with a pair of reports whose people and times may make one the write-up of the other.
- `Moment.told_filler` picks the moment's speaker (`thin`, `speaking_order`) only when its reports' own tests
  leave it a chance of being told filler.
- `writeups.written_up` reads the registers of a pair's reports only when the prose tells the note's things
  (`_writes_up`: rare), not for every pair whose people and times fit.
- `speakers._copy` (a report's text made copy: chatter, shorthand, glosses) is worked out once per text and people,
  not each of the five times an item's writer asks.

Each new order is held to the code before it (written out here) over many cases; the digests of every scenario,
review and B4 night were compared byte for byte by program (README, B4 after the eighteenth performance round).
"""

from __future__ import annotations

import itertools
from collections import defaultdict

import pytest

from bot.digest import glosses as glosses_module
from bot.digest import moments as moments_module
from bot.digest import night as night_module
from bot.digest.glosses import _GLOSSED, _HINT, _NOTE_GLOSS, _capital, _group, gloss_from_note
from bot.digest.hygiene import prose, word_count
from bot.digest.language import english_line
from bot.digest.moments import FILLER_WORDS, Moment, register_of
from bot.digest.night import Report, candidates, prepare
from bot.digest.register import register
from bot.digest.shorthand import unfolded
from bot.digest.synthetic import synthetic_night
from bot.digest.writeups import WRITE_UP_SECONDS, WRITE_UP_SHARE, WRITE_UP_THINGS, _note_things, written_up

from .factory import END, SHOW, Night


def _gloss_before(what: str, quote: str | None) -> tuple[str, None] | None:
    """`gloss_from_note` as it was: the quote's language read before the note's cheap test."""
    if not quote or english_line(quote) or _HINT.search(what) is None:
        return None
    m = _NOTE_GLOSS.search(what)
    if m is None or _GLOSSED.search(what) is not None:
        return None
    meaning = (_group(m, "n") or "").strip(" .,;:'\"“”‘’")
    note = what[: m.start()].rstrip(" ,;:—–-") + what[m.end() :].strip()
    if not meaning or not note.strip() or not english_line(meaning):
        return None
    said = quote.strip().strip('"“”„«» ').rstrip(".")
    return f"{note.rstrip().rstrip('.:,')}: “{_capital(said)}” (“{_capital(meaning)}”).", None


_NOTES = [
    "His aunt, when the category was called, which means 'We waited forty years for this'.",
    "Overheard at the cloakroom, meaning “bring the car round now”",
    "Muttered by the sound desk (roughly: 'that cable is mine')",
    "Sung from the balcony, literally 'the night is ours'.",
    "Lina Ostrova laughed at the bar",
    "Said to the drummer, i.e. 'play it again'",
    "Whispered in the wings — translation: 'hold my bag'",
    "The host ad-libbed a line (in Italian) about the rain",
    "Odile sighed = 'finally'",
    "",
]
_QUOTES = [
    "Wir haben vierzig Jahre darauf gewartet",
    "Trae el coche ya",
    "Ce câble est à moi",
    "La notte è nostra",
    "Thank you all so much",
    "Encore une fois",
    "Tiens mon sac",
    None,
    "Enfin",
    "Ég hef beðið eftir þessu",
]


def test_gloss_from_note_answers_as_before() -> None:
    moved = 0
    for what, quote in itertools.product(_NOTES, _QUOTES):
        before = _gloss_before(what, quote)
        assert gloss_from_note(what, quote) == before, (what, quote)
        moved += before is not None
    assert moved >= 3  # (some notes carry their quote's translation)


def test_a_note_with_no_translation_reads_no_quote_language(monkeypatch: pytest.MonkeyPatch) -> None:
    """A quoted post whose note has neither bracket nor a translation's marker ("Lina Ostrova laughed at the bar")
    is left as it is without its quote being read for its language; one whose note translates it is still moved."""
    asked: list[str] = []

    def counting(line: str) -> bool:
        asked.append(line)
        return english_line(line)

    monkeypatch.setattr(glosses_module, "english_line", counting)
    assert gloss_from_note("Lina Ostrova laughed at the bar", "Encore une fois, encore une fois") is None
    assert asked == []
    moved = gloss_from_note("Sung from the balcony, literally 'the night is ours'.", "La notte è nostra")
    assert moved == ("Sung from the balcony: “La notte è nostra” (“The night is ours”).", None)
    assert asked == ["La notte è nostra", "the night is ours"]


_HINT_TEXTS = [
    *_NOTES,
    "Shouted THAT IS IT from the pit",
    "Told the floor manager, Which Means nothing",
    "Read out the card (twice)",
    "Sighed, I.E. done for the night",
    "Literally ran to the stage",
    "LIT. the candles on the table",
    "Signed 'meanings' on the programme",
    "That isn't what she said",
    "In English: 'keep the change'",
    "Translation 'not given'",
    "Repeated it in Englishman's terms",
    "Asked the \u212aelvin-sign question, literally",  # (a Kelvin sign: beyond ASCII, read by the pattern)
    "Walked past the usher, i.e 'no ticket'",
    "Ta\u0131ned the cup: roughly 'again'",
    "Said “merci” twice — meaning thanks",
    "Ｉ．Ｅ． in full-width letters",
    "a=b on the whiteboard",
    "",
]


def test_hinted_finds_what_the_pattern_finds() -> None:
    """`glosses._hinted` (substring searches of ASCII text in lower case) says what `_HINT`'s search says, for
    notes with each marker in any case, inside other words, and beyond ASCII."""
    for text in _HINT_TEXTS:
        for variant in (text, text.upper(), text.lower(), text.title(), f"{text} {text}"):
            assert glosses_module._hinted(variant) == (_HINT.search(variant) is not None), variant
    assert sum(glosses_module._hinted(t) for t in _HINT_TEXTS) >= 10


def test_an_ascii_note_is_not_searched_by_the_hint_pattern(monkeypatch: pytest.MonkeyPatch) -> None:
    """A quoted post's note in ASCII (most of a night's) is tested by substring searches, never by `_HINT`'s
    search, which tries each of its alternatives at every character (about eight times the time); a note beyond
    ASCII still is."""
    searched: list[str] = []

    class Counting:
        def search(self, text: str) -> object:
            searched.append(text)
            return _HINT.search(text)

    monkeypatch.setattr(glosses_module, "_HINT", Counting())
    assert gloss_from_note("Lina Ostrova laughed at the bar", "Encore une fois") is None
    moved = gloss_from_note("Sung from the balcony, literally 'the night is ours'.", "La notte è nostra")
    assert moved == ("Sung from the balcony: “La notte è nostra” (“The night is ours”).", None)
    assert glosses_module.glossed('He said "basta" to the band') == 'He said "basta" to the band'
    assert searched == []
    assert gloss_from_note("Léa rit au bar", "Encore une fois") is None
    assert searched == ["Léa rit au bar"]


def _night() -> Night:
    """A stage door's night: a telegraphic note and its prose write-up forty minutes later, others' lines near them,
    a line in another language and a correspondent's filler."""
    night = Night()
    night.spot(
        "STAGE DOOR: MARGO PELL OUT W/ TROPHY, BOUQUET, SCARF. STRAIGHT TO HER CAR, "
        "GIVES THEM TO DRIVER KEMAL O. HE SOBS.",
        who=["Margo Pell", "Kemal Ozan"],
        by="Amy",
        at="21:00",
        where="stage door",
        votes=2,
    )
    night.spot(
        "Margo Pell walked out of the stage door and gave her trophy, her bouquet and her scarf to her driver, "
        "Kemal Ozan.",
        who=["Margo Pell", "Kemal Ozan"],
        by="Raj",
        at="21:40",
        where="car park",
        votes=5,
    )
    night.spot("Margo Pell signed autographs by the barrier", who=["Margo Pell"], by="Lea", at="21:05", votes=1)
    night.spot("Kemal Ozan polished the car's bonnet twice", who=["Kemal Ozan"], by="Lea", at="21:10")
    night.spot(
        "Margo Pell a dit merci à tout le monde devant la porte",
        who=["Margo Pell"],
        by="Jo",
        at="21:06",
        where="stage door",
    )
    night.spot("Margo Pell at the barrier", who=["Margo Pell"], by="Jo", at="21:07", where="stage door")
    night.spot("Dax Leroy on the decks at the after-party", who=["Dax Leroy"], by="Amy", at="23:10")
    night.spot("Dax Leroy joue ses vieux disques ce soir", who=["Dax Leroy"], by="Jo", at="23:12")
    night.spot("The bar ran out of ice before midnight", by="Raj", at="23:30", where="bar", votes=3)
    return night


def _reports(night: Night) -> list[Report]:
    reports, _ = prepare(candidates(SHOW, night.sightings, END), night.curations)
    return reports


def _synthetic_reports(size: int, seed: int) -> list[Report]:
    show, sightings = synthetic_night(size, seed)
    assert show.closed_at is not None
    reports, _ = prepare(candidates(show, sightings, show.closed_at), [])
    return reports


def _moments(reports: list[Report]) -> list[Moment]:
    """Every report alone, and the reports of each first-named person filed within ten minutes of each other."""
    groups: dict[tuple[str, int], list[Report]] = defaultdict(list)
    for r in reports:
        groups[(r.names[0] if r.names else "", int(r.ts // 600))].append(r)
    return [Moment([r]) for r in reports] + [Moment(g) for g in groups.values() if len(g) > 1]


def _by_text() -> dict[str, Report]:
    return {r.sighting.what[:14]: r for r in _reports(_night())}


def _register_before(r: Report) -> int:
    return register(unfolded(prose(r.sighting.what), r.sighting.people), r.vocabulary.name_words(r.names))


def _writes_up_before(note: Report, full: Report) -> bool:
    if not note.names or not set(note.names) <= set(full.names) or abs(note.ts - full.ts) > WRITE_UP_SECONDS:
        return False
    named = _note_things(note)
    if len(named) < WRITE_UP_THINGS:
        return False
    theirs = full.features()
    told = named & (theirs.tokens | theirs.quote_tokens)
    return len(told) >= WRITE_UP_THINGS and len(told) >= WRITE_UP_SHARE * len(named)


def _written_up_before(told: Moment, other: Moment) -> bool:
    """`written_up` as it was: every English report's register read before the people and times."""
    for notes, full in ((told, other), (other, told)):
        mine = notes.english
        if not mine or any(_register_before(r) == 0 for r in mine):
            continue
        written = [r for r in full.english if _register_before(r) == 0]
        if any(_writes_up_before(note, prose) for note in mine for prose in written):
            return True
    return False


def _told_filler_before(m: Moment) -> bool:
    """`Moment.told_filler` as it was: `thin` (the speaker picked) before the reports' own tests."""
    if m.filler or m.pin is not None or m.key or m.thin:
        return m.filler
    told = m.english
    return (
        len(told) < len(m.reports)
        and len({r.reporter for r in told}) == 1
        and not any(r.sighting.votes > 0 or r.sighting.headline or r.features().quote_english for r in told)
        and word_count(prose(m.speaker.sighting.what)) <= FILLER_WORDS
    )


@pytest.mark.parametrize("source", ["stage_door", "synthetic_6", "synthetic_9"])
def test_written_up_answers_as_before(source: str) -> None:
    reports = _reports(_night()) if source == "stage_door" else _synthetic_reports(500, int(source[-1]))
    moments = _moments(reports)
    compared = found = 0
    for told, other in itertools.permutations(moments, 2):
        if abs(told.ts - other.ts) > WRITE_UP_SECONDS + 600:
            continue
        before = _written_up_before(told, other)
        assert written_up(told, other) is before, (told.speaker.sighting.what, other.speaker.sighting.what)
        compared += 1
        found += before
    assert compared >= 40
    if source == "stage_door":
        assert found  # the note and its write-up


@pytest.mark.parametrize("source", ["stage_door", "synthetic_7"])
def test_told_filler_answers_as_before(source: str) -> None:
    reports = _reports(_night()) if source == "stage_door" else _synthetic_reports(800, 7)
    # (each moment twice, fresh: what one of them works out must not answer for the other)
    fresh, kept = _moments(reports), _moments(reports)
    assert len(fresh) > 5
    assert [m.told_filler for m in fresh] == [_told_filler_before(m) for m in kept]
    if source == "stage_door":
        assert any(m.told_filler for m in fresh)  # Dax Leroy on the decks, told in English once


def test_a_reports_register_is_worked_out_once(monkeypatch: pytest.MonkeyPatch) -> None:
    reports = _reports(_night())
    parsed: list[str] = []

    def counting(text: str, names: frozenset[str]) -> int:
        parsed.append(text)
        return register(text, names)

    monkeypatch.setattr(moments_module, "register", counting)
    note = reports[0]
    assert register_of(note) > 0 and register_of(note) > 0  # a telegraphic note, asked twice
    assert len(parsed) == 1


def test_written_up_reads_no_register_for_people_apart(monkeypatch: pytest.MonkeyPatch) -> None:
    """Two moments about other people (the driver's bonnet, the bar's ice): no write-up, and neither report's
    register is parsed; the note and its write-up still are one act."""
    by_text = _by_text()
    parsed: list[str] = []

    def counting(text: str, names: frozenset[str]) -> int:
        parsed.append(text)
        return register(text, names)

    monkeypatch.setattr(moments_module, "register", counting)
    bonnet, ice = Moment([by_text["Kemal Ozan pol"]]), Moment([by_text["The bar ran ou"]])
    assert not written_up(bonnet, ice) and not written_up(ice, bonnet)
    assert parsed == []
    assert bonnet._english is None and ice._english is None  # (nor which of their reports are English)
    note, full = Moment([by_text["STAGE DOOR: MA"]]), Moment([by_text["Margo Pell wal"]])
    assert written_up(note, full) and written_up(full, note)


def test_told_filler_picks_no_speaker_when_its_reports_rule_it_out() -> None:
    """A moment told by two correspondents in English (the autographs, the barrier) is never told filler: said
    without picking which report speaks for it; a line of one correspondent's with another's in French still is."""
    by_text = _by_text()
    two = Moment([by_text["Margo Pell sig"], by_text["Margo Pell a d"], by_text["Margo Pell at "]])
    assert not two.told_filler
    assert two._speaking is None
    decks = Moment([by_text["Dax Leroy on t"], by_text["Dax Leroy joue"]])
    assert decks.told_filler


def test_each_place_is_looked_at_once_for_debris(monkeypatch: pytest.MonkeyPatch) -> None:
    """`night._wheres_cleaned` reads each place a night names once for a mention, markup or a link, not once per
    sighting (a night of thousands names a few dozen places); a place holding one is still given as prose."""
    night = Night()
    for k in range(12):
        night.spot(f"Pia Rend waved from the balcony, time {k}", who=["Pia Rend"], where="Balcony", at=f"21:{k:02d}")
        night.spot(f"Ugo Salt ate a pear by the lift, time {k}", who=["Ugo Salt"], where="Lift lobby", at=f"21:{k:02d}")
    searched: list[str] = []

    class Counting:
        def search(self, text: str) -> object:
            searched.append(text)
            return debris.search(text)

    debris = night_module._WHERE_DEBRIS
    monkeypatch.setattr(night_module, "_WHERE_DEBRIS", Counting())
    ordered = candidates(SHOW, night.sightings, END)
    assert len(ordered) == 24
    assert sorted(searched) == ["Balcony", "Lift lobby"]
    monkeypatch.setattr(night_module, "_WHERE_DEBRIS", debris)
    night.spot("Ugo Salt ate a second pear", who=["Ugo Salt"], where="@everyone lift lobby", at="21:30")
    assert [s.where for s in candidates(SHOW, night.sightings, END)][-1] == "lift lobby"


def test_written_up_reads_no_register_when_no_report_tells_the_notes_things(monkeypatch: pytest.MonkeyPatch) -> None:
    """Two moments of one person, filed minutes apart (the autographs at the barrier, the line at the barrier): a
    pair whose people and times may make one the write-up of the other, but neither tells three things of the
    other's: no write-up, and no register parsed (a parse of every sentence of both texts); the note and its
    write-up still are one act, their registers read."""
    by_text = _by_text()
    parsed: list[str] = []

    def counting(text: str, names: frozenset[str]) -> int:
        parsed.append(text)
        return register(text, names)

    monkeypatch.setattr(moments_module, "register", counting)
    signed, barrier = Moment([by_text["Margo Pell sig"]]), Moment([by_text["Margo Pell at "]])
    assert not written_up(signed, barrier) and not written_up(barrier, signed)
    assert parsed == []
    note, full = Moment([by_text["STAGE DOOR: MA"]]), Moment([by_text["Margo Pell wal"]])
    assert written_up(note, full) and written_up(full, note)
    assert len(parsed) == 2


def test_an_items_copy_of_a_report_is_worked_out_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Writing an item asks for the copy of each of its reports again and again (the test that it tells, its news,
    its beats, its paragraphs): each text is made copy once, and the digest is the same."""
    from bot.digest import compile_digest
    from bot.digest import speakers as speakers_module

    night = _night()
    expected = compile_digest(SHOW, night.sightings, night.curations, now=END)
    speakers_module._copy_of.cache_clear()
    made: list[str] = []
    glossed = speakers_module.glossed

    def counting(text: str) -> str:
        made.append(text)
        return glossed(text)

    monkeypatch.setattr(speakers_module, "glossed", counting)
    digest = compile_digest(SHOW, night.sightings, night.curations, now=END)
    assert digest.model_dump() == expected.model_dump()
    assert digest.items and made
    assert len(made) == len(set(made))
