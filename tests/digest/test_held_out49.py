"""Issue 11, round 49: what a second reading of the held-out Zurich night's digest found, each as the reader meets
it. Every name here is invented."""

from __future__ import annotations

from bot.digest.counts import small_counts
from bot.digest.headlines import write_headline

from .factory import Night, filler, item_with


def test_a_time_typed_as_a_fragment_after_a_scene_is_left_out_never_joined_to_it_as_if_the_band_played_for_it() -> None:
    night = Night()
    night.set_roster(("Nando Keller", ("Nando",)), ("Harmoniemusik Zug", ()))
    filler(night, 4, votes=2)
    jump = night.spot(
        "RIVER: Nando Keller IN. Full suit. Harmoniemusik Zug playing a funeral march. Under ~10 sec. Out ~25 sec.",
        who=["Nando Keller", "Harmoniemusik Zug"],
        at="22:24",
        votes=400,
        by="Ueli",
        where="Quay steps",
    )
    item = item_with(night.compile(), jump)
    assert item is not None
    assert "funeral march" in item.body, item.body
    assert "10 seconds" not in item.body and "25 seconds" not in item.body, item.body


def test_a_second_reports_verbless_note_about_a_costume_is_never_added_to_the_moments_telling() -> None:
    night = Night()
    night.set_roster(("Nando Keller", ("Nando",)))
    filler(night, 4, votes=2)
    vow = night.spot(
        "On the carpet, Nando Keller told us that if he wins Best Rap tonight he will jump into the river, suit and "
        "all. His manager laughed. Nando did not.",
        who=["Nando Keller"],
        at="19:20",
        votes=90,
        by="Margrit",
        where="Red carpet",
        quote="If I win, I'm going in the river. Suit and all.",
        quote_by="Nando Keller",
    )
    night.spot(
        "Nando Keller's suit: powder blue, wide lapels. White sneakers already soaked through.",
        who=["Nando Keller"],
        at="19:22",
        votes=4,
        by="Sam",
        where="Red carpet",
    )
    item = item_with(night.compile(), vow)
    assert item is not None
    assert "jump into the river" in item.body or "going in the river" in item.body, item.body
    assert "White sneakers already soaked through" not in item.body, item.body


def test_a_hand_shaken_is_named_as_the_other_persons_where_the_headline_first_means_them() -> None:
    text = (
        "When Chuderwälsch came off stage, Beat Marti went looking for Toni Aebli in the corridor, shook his hand and "
        "asked him to yodel with Brassband Zug, Baar at next summer's music festival in Baar. Aebli said yes before "
        "Marti had finished the sentence."
    )
    headline = write_headline(
        text, names=["Beat Marti", "Toni Aebli", "Chuderwälsch", "Brassband Zug, Baar"], lead="Beat Marti"
    )
    assert "Shakes His Hand" not in headline, headline
    assert "Toni Aebli" in headline, headline


def _sauna_night() -> tuple[Night, int, int]:
    night = Night()
    night.set_roster(("Arvo Tamme", ("Tamme",)), ("Pelgulinna Lapsed", ("Lapsed",)))
    filler(night, 4, votes=2)
    wait = night.spot(
        "Arvo Tamme's lifetime award is due in about twenty minutes and he is still in the sauna. A floor manager has "
        "been in twice; he has asked for one more round of steam.",
        who=["Arvo Tamme"],
        at="21:20",
        votes=40,
        by="Tobias",
        where="Sauna lounge",
        quote="Tell them I'll come out when the stones go quiet.",
        quote_by="Arvo Tamme",
    )
    called = night.spot(
        "SAUNA>STAGE: Tamme called during restart. Still in towel. Changed behind a curtain held by 4 choir kids. "
        "90 sec. Walked on.",
        who=["Arvo Tamme", "Pelgulinna Lapsed"],
        at="21:47",
        votes=205,
        by="Kadri",
        where="Backstage",
    )
    return night, wait, called


def test_the_wait_in_the_sauna_is_told_in_the_item_of_the_walk_from_the_sauna_to_the_stage() -> None:
    night, wait, called = _sauna_night()
    digest = night.compile()
    item = item_with(digest, called)
    assert item is not None
    assert "still in the sauna" in item.body, item.body
    assert "when the stones go quiet" in item.body, item.body
    assert item_with(digest, wait) is item


def test_a_notes_acts_typed_with_no_subject_are_told_as_the_persons_not_left_out() -> None:
    night, _, called = _sauna_night()
    item = item_with(night.compile(), called)
    assert item is not None
    assert "changed behind a curtain held by four choir kids" in item.body, item.body
    assert "walked on" in item.body, item.body
    assert "Tamme was called during restart, still in a towel" in item.body, item.body


def test_a_shouted_verb_is_told_in_the_past_and_a_role_noun_typed_bare_gets_its_article() -> None:
    night = Night()
    night.set_roster(("Villem Rand", ("Rand",)), ("Sander Mets", ()))
    filler(night, 4, votes=2)
    game = night.spot(
        "CORRIDOR: Rand RESIGNS. Kid won. Knight fork.",
        who=["Villem Rand", "Sander Mets"],
        at="20:46",
        votes=240,
        by="Kadri",
        where="Catering corridor",
    )
    item = item_with(night.compile(), game)
    assert item is not None
    assert "Villem Rand resigned" in item.body, item.body
    assert "The kid won" in item.body, item.body


def test_a_count_under_ten_is_a_word_in_a_headline_and_a_number_a_room_goes_by_stays_a_figure() -> None:
    headline = write_headline(
        "Arvo Tamme changed behind a curtain held by 4 choir kids and walked on.",
        names=["Arvo Tamme"],
        lead="Arvo Tamme",
    )
    assert "Four Choir Kids" in headline, headline
    room = write_headline(
        "Arvo Tamme sang the whole of his hit in Room 4 Green for the cleaners.",
        names=["Arvo Tamme"],
        lead="Arvo Tamme",
    )
    assert "Four" not in room, room


def test_called_during_the_restart_never_heads_the_item_as_a_phone_call() -> None:
    night, _, called = _sauna_night()
    item = item_with(night.compile(), called)
    assert item is not None
    assert "Calls" not in item.headline, item.headline


def test_a_resignation_alone_is_headed_with_whom_it_was_lost_to() -> None:
    night = Night()
    night.set_roster(("Villem Rand", ("Rand",)), ("Sander Mets", ()))
    filler(night, 4, votes=2)
    game = night.spot(
        "CORRIDOR: Rand RESIGNS. Kid won. Knight fork.",
        who=["Villem Rand", "Sander Mets"],
        at="20:46",
        votes=240,
        by="Kadri",
        where="Catering corridor",
    )
    item = item_with(night.compile(), game)
    assert item is not None
    assert item.headline == "Villem Rand Resigns to Sander Mets", item.headline


def test_a_figure_that_names_a_tram_or_a_lift_stays_a_figure_in_a_body() -> None:
    assert small_counts("The 4 was delayed, about 20 people waiting in the cold.") == (
        "The 4 was delayed, about 20 people waiting in the cold."
    )
    assert small_counts("Lift 2 doors prised open by firefighters.") == "Lift 2 doors prised open by firefighters."
    assert small_counts("He slid about 6 steps on his back.") == "He slid about six steps on his back."


def test_what_someone_confirmed_after_a_colon_keeps_the_sentence_a_headline_is_written_from() -> None:
    night = Night()
    night.set_roster(("Oddny Maeland", ("Oddny",)), ("Kaps", ()))
    filler(night, 4, votes=2)
    press = night.spot(
        "In the press room after Kaps won hip-hop of the year, nearly every question went to his grandmother, Oddny "
        "Maeland, 88. Asked whether she had listened to his lyrics, she said she had, and that she had corrected the "
        "grammar. Kaps confirmed it: she sends him notes by post.",
        who=["Oddny Maeland", "Kaps"],
        at="21:46",
        votes=120,
        by="Ingrid",
        where="Press room",
        quote="I have heard them. I corrected the grammar.",
        quote_by="Oddny Maeland",
    )
    item = item_with(night.compile(), press)
    assert item is not None
    assert not item.headline.startswith("Oddny Maeland: “"), item.headline
