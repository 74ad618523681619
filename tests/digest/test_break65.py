"""Issue 11, round 48: what the fresh-eyed breaker of round 48 (break 65, `review/round48/break65-FINDINGS.md`) found
printed, each as the reader would meet it. Every name here is invented."""

from __future__ import annotations

import pytest

from bot.digest.addressed import framing_speaker
from bot.digest.copyedit import thread_named
from bot.digest.headlines import write_headline
from bot.digest.hygiene import prose
from bot.digest.narration import narrate
from bot.digest.speakers import _copy_of
from bot.models import RosterEntry
from bot.tagging import Roster

from .factory import Night, filler, item_with


def test_a_line_framed_as_someone_of_the_persons_is_never_printed_as_the_persons_own() -> None:
    assert framing_speaker("Ruaridh Bell's mum, on seeing him win:", "About time, son.") == "Ruaridh Bell's mum"
    assert framing_speaker("Hamish Corrie's reply, when asked:", "She is right.") is None
    night = Night()
    night.set_roster(("Ruaridh Bell", ()))
    filler(night, 4, votes=2)
    night.spot(
        "Ruaridh Bell's mum, on seeing him win:",
        who=["Ruaridh Bell"],
        at="20:30",
        votes=55,
        by="Dev",
        where="Stalls",
        quote="About time, son. Your dad owes me a tenner.",
    )
    digest = night.compile()
    told = [*digest.items, *([digest.bonus] if digest.bonus else [])]
    assert not any("Ruaridh Bell said" in i.body or i.headline.startswith("Ruaridh Bell:") for i in told), told


def test_a_thread_slug_naming_someone_of_a_persons_gives_the_post_s_she_to_that_someone() -> None:
    assert thread_named("Re Oona's gran: FOUND. She was in the projection booth, eating crisps.") == (
        "FOUND. Oona's gran was in the projection booth, eating crisps."
    )
    assert thread_named("Update on Kit's mum: she made it.") == "Kit's mum made it."
    assert thread_named("Re Oona's dress: she tore it.") == "Re Oona's dress: she tore it."  # (a thing: no one)


@pytest.mark.parametrize(
    ("typed", "copy"),
    [
        (
            "can't believe it — Marla Quenby got down on one knee by the loading bay doors.",
            "Marla Quenby went down on one knee by the loading bay doors.",
        ),
        (
            "H/t Sam from the Bund: Fenna Rietveld arrived by paraglider.",
            "Fenna Rietveld arrived by paraglider.",
        ),
        (
            "Ingrid Solheim fainted in the wings. Medics on standby. Desk: she's fine, confirmed w/ her manager.",
            "Ingrid Solheim fainted in the wings. Medics on standby. She's fine, confirmed with her manager.",
        ),
        (
            "Desmond Achterberg walked on to a lone piper and the room lost it. ok back to the bar",
            "Desmond Achterberg walked on to a lone piper and the room lost it.",
        ),
    ],
)
def test_what_a_reporter_says_to_the_desk_around_the_news_never_reaches_the_copy(typed: str, copy: str) -> None:
    assert _copy_of(typed, ("Marla Quenby", "Fenna Rietveld", "Ingrid Solheim", "Desmond Achterberg")) == copy


def test_a_spoiler_tag_around_the_word_spoiler_is_the_reporters_placeholder_and_any_other_is_told() -> None:
    assert prose("Tariq Bosman ||spoiler|| revealed the sequel's title.") == "Tariq Bosman revealed the sequel's title."
    assert prose("The winner is ||Ada Lind||.") == "The winner is Ada Lind."


@pytest.mark.parametrize(
    ("typed", "told"),
    [
        (
            "Ines Harrowgate now has the quartet and two security guards singing the shanty.",
            "Ines Harrowgate now had the quartet and two security guards singing the shanty.",
        ),
        (
            "Élodie Marchand's dog now has a laminated press badge.",
            "Élodie Marchand's dog now had a laminated press badge.",
        ),
        (
            "Best Comedy Series went to Okwu. Third year running.",
            "Best Comedy Series went to Okwu. Third year running.",
        ),
        ("Whole family singing in the seats.", "Whole family was singing in the seats."),
    ],
)
def test_the_past_tense_never_puts_was_before_a_verb_nor_makes_a_run_of_years_a_runner(typed: str, told: str) -> None:
    assert narrate(typed) == told


def test_carrying_someone_off_stage_keeps_off_stage_as_the_place() -> None:
    headline = write_headline(
        "After Philippa Oyelaran beat him to Best Choreography, Hugo Marchetti carried her off stage on his shoulders.",
        names=["Philippa Oyelaran", "Hugo Marchetti"],
        lead="Hugo Marchetti",
    )
    assert headline.startswith("Hugo Marchetti Carries Philippa Oyelaran Off Stage"), headline


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("An usher nearly flattened by the falling chandelier — Billie Croft screamed. Nobody hurt.", ["Billie Croft"]),
        ("Aoife Lennane, asked by a reporter if she was disappointed, laughed.", ["Aoife Lennane"]),
    ],
)
def test_a_passive_is_never_made_the_subjects_own_act_in_a_headline(text: str, names: list[str]) -> None:
    headline = write_headline(text, names=names, lead=names[0])
    assert " Flattens by " not in headline and " Asks by " not in headline, headline


def test_a_body_opening_on_a_fronted_phrase_and_she_names_her_in_place() -> None:
    night = Night()
    night.set_roster(("Tamsin Okoye", ()), ("Rhodri Vale", ()))
    filler(night, 4, votes=2)
    shoes = night.spot(
        "After the speech, she sat on the edge of the stage and took her shoes off. Tamsin Okoye then handed them to "
        "a kid in the front row.",
        who=["Tamsin Okoye"],
        at="21:10",
        votes=60,
        by="Ben",
        where="Main stage",
    )
    item = item_with(night.compile(), shoes)
    assert item is not None
    assert item.body.startswith("After the speech, Tamsin Okoye sat on the edge of the stage"), item.body


def test_a_foreign_word_glossed_in_brackets_is_told_by_its_gloss() -> None:
    assert _copy_of(
        "Marguerite Olsen got locked in the rūsys (cellar) after the photo call.", ("Marguerite Olsen",)
    ) == ("Marguerite Olsen got locked in the cellar after the photo call.")
    assert _copy_of("She sang at Café Žalias (the green one).", ()) == "She sang at Café Žalias (the green one)."


def test_a_headlines_it_is_the_thing_of_the_persons_the_sentence_before_opened_on() -> None:
    headline = write_headline(
        "Wim de Raadt's sword set off the metal detector at the VIP door. He surrendered it to a bouncer with a bow.",
        names=["Wim de Raadt"],
        lead="Wim de Raadt",
    )
    assert "Surrenders It" not in headline and "Sword" in headline, headline


def test_an_everyday_modal_alias_before_a_past_tense_is_the_person_even_opening_the_sentence() -> None:
    roster = Roster([RosterEntry(id=1, guild_id=1, name="Will Ashdown", aliases=("Will",))])
    assert roster.find_in("Will forgot the winner's name halfway through and asked the audience.") == ["Will Ashdown"]
    assert roster.find_in("Will she sing?") == []
    assert roster.find_in("Will need a drink after this.") == []
