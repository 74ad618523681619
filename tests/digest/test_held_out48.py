"""Issue 11, round 48: what the "before" review of the new held-out Zurich night found, each as the reader meets it.
Every name here is invented."""

from __future__ import annotations

from bot.digest.headlines import write_headline
from bot.digest.places import same_place
from bot.digest.shorthand import articled
from bot.digest.speakers import _copy_of
from bot.models import RosterEntry
from bot.tagging import Roster, is_everyday_word

from .factory import Night, filler, item_with


def test_a_reporters_cry_that_this_is_the_best_thing_they_have_seen_keeps_the_news_told_after_it() -> None:
    night = Night()
    night.set_roster(("Hanna Zgraggen", ("Hanna",)), ("Luca Brunner", ("Luca",)))
    filler(night, 4, votes=2)
    lesson = night.spot(
        "ok this is the best thing I've seen tonight: Hanna Zgraggen (84!!) is teaching Luca Brunner to yodel next to "
        "the catering tea urn. he keeps cracking on the high note and she keeps tapping his chest. half the crew has "
        "stopped working to watch lol",
        who=["Hanna Zgraggen"],
        at="20:34",
        votes=300,
        by="Jess",
        where="Catering",
    )
    item = item_with(night.compile(), lesson)
    assert item is not None
    assert "teaching Luca Brunner to yodel next to the catering tea urn" in item.body, item.body
    assert "best thing" not in item.body and not item.body.startswith("He "), item.body
    assert "Hanna Zgraggen" in item.headline and "Cracking" not in item.headline, item.headline


def test_after_a_fronted_when_clause_the_headlines_he_is_that_clauses_subject_not_the_last_sentences() -> None:
    text = (
        "Federal Councillor Ruedi Baltensperger stood in the public cloakroom queue for almost fifteen minutes without "
        "being recognised. When the rapper KORA, two places ahead, realised who he was, he stepped aside and waved him "
        "forward. Baltensperger refused at first and only accepted when the whole queue insisted."
    )
    headline = write_headline(
        text,
        names=["Ruedi Baltensperger", "KORA"],
        lead="Ruedi Baltensperger",
        quote="In Bern I stand in queues all week.",
        speaker="Ruedi Baltensperger",
    )
    assert headline.startswith("KORA Waves Ruedi Baltensperger Forward"), headline


def test_when_the_fronted_clauses_subject_is_a_pronoun_the_he_after_it_is_never_bound_to_it() -> None:
    text = "Ruedi Baltensperger waited in the queue. When she saw him, he stepped aside and waved Mira Lutz forward."
    headline = write_headline(text, names=["Ruedi Baltensperger", "Mira Lutz"], lead="Ruedi Baltensperger")
    assert not headline.startswith("Mira Lutz Waves"), headline


def test_beat_a_swiss_first_name_is_an_everyday_word_so_the_beat_of_a_song_never_tags_anyone() -> None:
    assert is_everyday_word("Beat")
    roster = Roster([RosterEntry(id=1, guild_id=1, name="Beat Amstutz", aliases=("Beat",))])
    assert roster.find_in("overheard by the monitors: whoever keeps turning the beat up in the wedges") == []
    assert roster.find_in("DJ set starting and the beat is a remix of the funeral march") == []
    assert roster.find_in("In the corridor Beat shook his hand.") == ["Beat Amstutz"]


def test_a_courtyard_is_one_place_in_english_and_in_the_languages_a_night_files_in() -> None:
    assert same_place("Kiemas (courtyard)", "Courtyard")
    assert same_place("Kiemo laiptai", "Courtyard stairs")
    assert same_place("Innenhof", "courtyard")
    assert not same_place("Courtyard", "Main stage")
    assert not same_place("Courtyard stairs", "Courtyard")


def test_a_note_that_is_only_a_name_and_in_under_a_label_says_where_they_went() -> None:
    night = Night()
    night.set_roster(("Noah Gerber", ("Gerbi",)), ("Brassband Seelisberg", ()))
    filler(night, 4, votes=2)
    promise = night.spot(
        "On the carpet, Gerbi told us that if he wins Best Rap tonight he will jump into the Limmat, suit and all.",
        who=["Gerbi"],
        at="19:20",
        votes=40,
        by="Margrit",
        where="Red carpet",
        quote="If I win, I'm going in the Limmat. Suit and all.",
        quote_by="Gerbi",
    )
    jump = night.spot(
        "LIMMAT: Gerbi IN. Full suit. Seelisberg brass playing funeral march. Cheers from quay + bridge.",
        who=["Gerbi", "Brassband Seelisberg"],
        at="22:24",
        votes=400,
        by="Ueli",
        where="Quay steps",
    )
    digest = night.compile()
    item = item_with(digest, jump)
    assert item is not None and promise.id in item.sighting_ids
    assert "Noah Gerber went into the Limmat" in item.body and " was in" not in item.body, item.body
    assert item.headline == "Noah Gerber Keeps His Word and Goes Into the Limmat", item.headline


def test_a_venue_things_subject_written_without_its_article_gets_it_back() -> None:
    assert articled("Cloakroom queue is already 30 people deep.") == "The cloakroom queue is already 30 people deep."
    assert articled("Press room heating is broken. Bar queue has doubled.") == (
        "The press room heating is broken. The bar queue has doubled."
    )
    assert articled("Stage left is dark.") == "Stage left is dark."
    assert articled("Gwitter changeover is running late.") == "Gwitter changeover is running late."


def test_a_note_going_in_under_a_label_that_is_a_kind_of_place_says_only_that_they_went_in() -> None:
    copy = _copy_of("PONTILE: Søren IN. Full tux.", ("Søren Kallesøe",), ("Søren",))
    assert "Søren went in." in copy and "into the pontile" not in copy, copy
    assert _copy_of("LIMMAT: Gerbi IN.", ("Noah Gerber",), ("Gerbi",)) == "Gerbi went into the Limmat."
