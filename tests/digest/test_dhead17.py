"""The headline heads the moment's payoff and its protagonist, goes on past a short clause to what it concerned,
and never says a clause with another language's words (issue 11, round 14)."""

from __future__ import annotations

from bot.digest.foreign import foreign_words, speaks_foreign
from bot.digest.headlines import write_headline
from bot.digest.hooks import one_act
from bot.digest.owners import owner_fronted
from bot.digest.refusals import instead, negated
from bot.digest.turns import unnamed_answer


def test_a_trophy_carried_into_a_room_and_kissed_heads_the_kiss():
    text = "Rafe Okoro-Lindqvist carried his first trophy into the press room and kissed it in front of every camera."
    headline = write_headline(text, names=["Rafe Okoro-Lindqvist"], lead="Rafe Okoro-Lindqvist")
    assert headline == "Rafe Okoro-Lindqvist Kisses His First Trophy in Front of Every Camera"


def test_one_act_tells_the_carried_thing_with_the_act_done_with_it():
    assert one_act("Mo Ruiz brings his trophy out and drops it on the floor") == "Mo Ruiz drops his trophy on the floor"
    assert one_act("Mo Ruiz carries the cake to the table and cuts it with a sword") == (
        "Mo Ruiz carries the cake to the table and cuts it with a sword"  # ("the cake": no thing of his to name)
    )


def test_a_trip_caught_by_someone_unnamed_heads_the_catch_with_the_trip():
    text = "Ines Balto tripped on the terrace steps on her way down to present and a busboy caught her."
    assert write_headline(text, names=["Ines Balto"], lead="Ines Balto") == (
        "A Busboy Catches Ines Balto as She Trips on the Terrace Steps"
    )


def test_unnamed_answer_needs_the_fallen_ones_pronoun_and_where_they_fell():
    falls = ["Ines Balto trips on the terrace steps", "Ines Balto trips"]
    answers = ["a busboy catches Ines Balto", "Ines Balto trips"]
    assert unnamed_answer(falls, answers, "Ines Balto", {"Ines Balto": "she"}, 75) == [
        "a busboy catches Ines Balto as she trips on the terrace steps"
    ]
    assert unnamed_answer(falls, answers, "Ines Balto", {}, 75) == []


def test_a_shouted_note_heads_its_protagonist_not_the_dj_who_changed_the_song_for_him():
    text = (
        "Kwabena Amankwa-Boateng was doing the moonwalk on the dance floor, robe hitched up. Kwesi Agyeman changed"
        " the song for him, Efua Owusu on the floor laughing."
    )
    names = ["Kwabena Amankwa-Boateng", "Efua Owusu", "Kwesi Agyeman"]
    assert write_headline(text, names=names, lead=names[0]) == (
        "Kwabena Amankwa-Boateng Does the Moonwalk on the Dance Floor"
    )


def test_the_barber_holding_the_mirror_never_heads_the_shave():
    text = "Barber Kenji Aoki held the mirror. Teodor Brandt shaved his head."
    headline = write_headline(text, names=["Kenji Aoki", "Teodor Brandt"], lead="Teodor Brandt")
    assert headline == "Teodor Brandt Shaves His Head"


def test_a_thing_someone_won_or_wore_is_told_as_theirs():
    names = ["Kojo Asante", "Yaw Asante"]
    assert owner_fronted("Kojo Asante asked to hold the plaque Yaw Asante won.", names) == (
        "Kojo Asante asked to hold Yaw Asante's plaque."
    )
    assert owner_fronted("Kojo Asante asked to hold the plaque his son Yaw Asante had just won, and cried.", names) == (
        "Kojo Asante asked to hold his son Yaw Asante's plaque, and cried."
    )
    assert owner_fronted("Efe Quaye sang in the sandals her grandmother wore at her wedding.", ["Efe Quaye"]) == (
        "Efe Quaye sang in her grandmother's sandals."
    )
    # a relative, or a clause that says what the thing is ("for the ferrymen"), and one that is no owning: as it was
    for kept in (
        "Rhea Dunn sang the lullaby that her mother wrote.",
        "Rhea Dunn sang the lullaby her mother wrote for us.",
    ):
        assert owner_fronted(kept, ["Rhea Dunn"]) == kept
    kept = "Yoan Berel missed the bottom step Lio Castel missed earlier."
    assert owner_fronted(kept, ["Yoan Berel", "Lio Castel"]) == kept


def test_a_short_headline_keeps_whose_thing_it_was():
    text = "Kojo Asante asked to hold the plaque his son Yaw Asante won."
    assert write_headline(text, names=["Kojo Asante", "Yaw Asante"], lead="Kojo Asante") == (
        "Kojo Asante Asks to Hold His Son's Plaque"
    )
    text = "Efe Quaye performed her whole set in the sandals Abena Quaye wore at her wedding."
    assert write_headline(text, names=["Efe Quaye", "Abena Quaye"], lead="Efe Quaye") == (
        "Efe Quaye Performs Her Whole Set in Abena Quaye's Sandals"
    )


def test_a_clause_with_portuguese_words_never_heads_it_nor_its_cut():
    text = "Sol Marinho kept their word and cantou fado no foyer, borrowing a guitar from Inês Duarte."
    headline = write_headline(text, names=["Sol Marinho", "Inês Duarte"], lead="Sol Marinho")
    assert "Cantou" not in headline and headline != "Sol Marinho Keeps Their Word"


def test_foreign_words_are_read_in_lower_case_only():
    found = foreign_words(["Sol cantou fado no foyer with Inês, you know, a naïve crème brûlée"])
    assert found == frozenset({"cantou"})
    assert speaks_foreign("Sol Marinho Cantou Fado No Foyer", found)
    assert not speaks_foreign("Sol Marinho Sings Fado in the Foyer", found)


def test_a_refusal_heads_what_she_did_instead():
    names = ["Wren Ito"]
    for text in (
        "Wren Ito did not go to the press room after her win: she walked to the kitchen, knelt, and handed the"
        " statuette to the cook who raised her.",
        "Wren Ito won Best Actress and did not go to the press room after her win — she walked to the kitchen and"
        " knelt to hand the statuette to the cook who raised her.",
        "Wren Ito never made it to the press room. She went to the kitchen and knelt to hand her statuette to the cook"
        " who raised her.",
    ):
        headline = write_headline(text, names=names, lead="Wren Ito")
        assert headline.startswith("Wren Ito Hands"), headline
        assert headline.endswith("Statuette to the Cook Who Raised Her"), headline


def test_instead_is_the_same_persons_next_clause_only():
    assert instead("Wren Ito did not go to the press room: she walked to the kitchen.", "Wren Ito") == (
        "Wren Ito walked to the kitchen."
    )
    assert instead("Wren Ito did not go to the press room: Ito walked out.", "Wren Ito") == "Wren Ito walked out."
    assert instead("Wren Ito did not go to the press room: her agent went instead.", "Wren Ito") is None
    assert instead("Wren Ito went to the press room: she smiled.", "Wren Ito") is None
    assert negated("Wren Ito Wins Best Actress and Does Not Go to the Press Room", "Wren Ito")
    assert not negated("Wren Ito: “I Will Not Cry”", "Wren Ito")


def test_a_slip_caught_by_a_doorman_takes_her_pronoun_from_the_catch():
    text = "Mia Holt slipped on the wet floor in the lobby and a doorman caught her"
    assert write_headline(text, names=["Mia Holt"], lead="Mia Holt") == (
        "A Doorman Catches Mia Holt as She Slips on the Wet Floor"
    )


def test_unnamed_answer_tells_whose_thing_was_caught_only_when_the_reports_say_she_fell():
    falls = ["Mia Holt trips over a cable backstage"]
    answers = ["a stagehand catches her trophy"]
    assert unnamed_answer(falls, answers, "Mia Holt", {"Mia Holt": "she"}, 75) == [
        "a stagehand catches Mia Holt's trophy as she trips over a cable backstage"
    ]
    assert unnamed_answer(falls, answers, "Mia Holt", {}, 75) == []  # (her trophy, or the stagehand's own?)
