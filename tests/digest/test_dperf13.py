"""Round 13's compile-time work (B4): the same digest, with less work per sighting.

Each test pins down a piece of work done once where it was done many times; the digests themselves are unchanged
byte for byte (`bench/same_output.py`).
"""

from __future__ import annotations

from bot.digest import night as night_module
from bot.digest.naming import Names
from bot.digest.night import candidates, prepare

from .factory import END, SHOW, Night


def _night_of_alike_posts() -> Night:
    night = Night()
    for minute in range(10):
        what = f"Priya Castellane waved at the balcony, take {minute}"
        night.spot(what, who=["Priya Castellane"], at=f"21:{minute:02}")
    night.spot("Otto Brandvold quoted the host", who=["Otto Brandvold"], quote="Lovely night", votes=4, at="21:30")
    return night


def test_a_night_of_alike_posts_works_out_each_solo_score_once(monkeypatch):
    calls: list[int] = []
    real = night_module.solo_score

    def counted(s):  # type: ignore[no-untyped-def]
        calls.append(s.id)
        return real(s)

    monkeypatch.setattr(night_module, "solo_score", counted)
    night = _night_of_alike_posts()
    reports, _ = prepare(candidates(SHOW, night.sightings, END), [])
    assert len(reports) == 11
    assert len(calls) == 2  # ten posts with no votes, quote nor headline share one score; the quoted one has its own
    assert [r.solo[1] for r in reports[:10]] == [-real(night.sightings[0])] * 10
    assert reports[10].solo[1] == -real(night.sightings[10])


def test_a_night_without_a_correction_keeps_every_post_in_time_order():
    night = _night_of_alike_posts()
    night.spot("Correction to my last: it was the stalls, not the balcony", who=["Priya Castellane"], at="21:11")
    kept = candidates(SHOW, night.sightings, END)
    assert night.sightings[9] not in kept  # the post its correspondent corrected a minute later
    assert night.sightings[8] in kept
    plain = _night_of_alike_posts()
    assert candidates(SHOW, plain.sightings, END) == sorted(plain.sightings, key=lambda s: s.created_at)


def test_the_names_of_a_story_are_read_once_for_every_text_the_writer_edits():
    night = _night_of_alike_posts()
    _, book = prepare(candidates(SHOW, night.sightings, END), [])
    names = Names(book, ["priya castellane", "otto brandvold"])
    assert names.words() is names.words()
    assert names.words() == frozenset({"priya", "castellane", "otto", "brandvold"})


class _Spy:
    """A compiled pattern that notes each call made to it (method, arguments)."""

    def __init__(self, pattern):  # type: ignore[no-untyped-def]
        self.pattern = pattern
        self.calls: list[tuple[str, tuple[object, ...]]] = []

    def __getattr__(self, name):  # type: ignore[no-untyped-def]
        method = getattr(self.pattern, name)

        def noted(*args):  # type: ignore[no-untyped-def]
            self.calls.append((name, args))
            return method(*args)

        return noted


def test_a_text_with_one_apostrophe_is_never_scanned_for_a_quote(monkeypatch):
    from bot.digest import quoted

    spy = _Spy(quoted._QUOTE)
    monkeypatch.setattr(quoted, "_QUOTE", spy)
    assert quoted.Hidden().hide("Priya didn't wave at the balcony") == "Priya didn't wave at the balcony"
    assert spy.calls == []
    hidden = quoted.Hidden()
    text = hidden.hide("Priya sang 'Blue Moon' on the balcony")
    assert spy.calls and hidden.show(text) == "Priya sang 'Blue Moon' on the balcony"


def test_a_stop_after_a_long_sentence_is_checked_for_a_title_in_its_last_characters_only(monkeypatch):
    from bot.digest import clauses

    spy = _Spy(clauses._ABBREVIATION)
    monkeypatch.setattr(clauses, "_ABBREVIATION", spy)
    before = "Priya Castellane waved at the balcony for a very long time, then thanked Dr."
    assert not clauses.ends_sentence(before, "Okafor")
    assert spy.calls == [("search", (before, len(before) - 8))]
    assert clauses.ends_sentence("the balcony.", "Then")  # (no title: a sentence ends)
    assert clauses.ends_sentence("xDr.", "Okafor")  # (a letter before "Dr": no title, read as before)


def test_a_sentence_without_a_separator_is_one_clause_without_a_scan(monkeypatch):
    from bot.digest import gates

    spy = _Spy(gates._CLAUSE_SPLIT)
    monkeypatch.setattr(gates, "_CLAUSE_SPLIT", spy)
    assert gates._clauses("Priya waved at the balcony") == ["Priya waved at the balcony"]
    assert spy.calls == []
    assert gates._clauses("Priya waved, then left") == ["Priya waved", ", ", "then left"]


def test_a_one_word_name_in_another_script_is_its_own_word_without_a_scan(monkeypatch):
    from bot.digest import textutil

    spy = _Spy(textutil._WORD)
    monkeypatch.setattr(textutil, "_WORD", spy)
    assert textutil.alnum_words("Inés") == ["Inés"]
    assert spy.calls == []
    assert textutil.alnum_words("Inés Ụ̀ka") == ["Inés", "Ụ", "ka"]
