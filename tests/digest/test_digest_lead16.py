"""Round 16's lead fixes, on nights a user would notice them in (each from a held-out night's before digest,
re-invented here with other names and words)."""

from __future__ import annotations

import pytest

from bot.digest.lede_keep import with_lead_named
from tests.digest.factory import Night, filler, item_with


def test_a_pinned_moment_told_half_in_another_language_keeps_the_sentence_with_its_act():
    # a bilingual correspondent's pinned report: the act is in a sentence partly in Spanish; the body was only the
    # coda ("Then he stared at the mirror for ages.")
    night = Night()
    filler(night, 4, votes=2)
    shave = night.spot(
        "Lo hizo. Bruno Pizarro se afeitó la barba, outside camarín 3, at 22:00 on the dot. Ana Leiva held the razor y "
        "toda la banda cantaba 'barba, barba' with the bombo. Then he stared at the mirror for ages.",
        who=["Bruno Pizarro", "Ana Leiva"],
        quote="Veinte años con barba. Hoy me miro y no me conozco.",
        quote_by="Bruno Pizarro",
        votes=220,
        at="22:00",
    )
    night.pin(shave)

    body = item_with(night.compile(), shave).body

    assert "Bruno Pizarro se afeitó la barba" in body, body
    assert body.index("Bruno Pizarro") < body.index("Then he stared at the mirror for ages."), body


def test_what_the_gate_kept_stays_as_it_is_when_it_names_the_lead_person():
    text = "Lo hizo. Bruno Pizarro se afeitó la barba at ten. Pizarro then hugged his drummer."
    kept = "Pizarro then hugged his drummer."

    assert with_lead_named(text, kept, "Pizarro") == kept


def test_a_quote_said_by_the_lead_person_does_not_count_as_telling_their_act():
    text = "Lo hizo. Bruno Pizarro se afeitó la barba at ten. Then he stared at the mirror."
    kept = "Then he stared at the mirror. “Never again,” Pizarro said."

    assert with_lead_named(text, kept, "Pizarro") == f"Bruno Pizarro se afeitó la barba at ten. {kept}"


def test_a_question_or_a_line_in_capitals_naming_the_lead_person_is_never_restored():
    kept = "Then he stared at the mirror."

    assert (
        with_lead_named("Did Bruno Pizarro really shave it off? Then he stared at the mirror.", kept, "Pizarro") == kept
    )
    assert with_lead_named("BRUNO PIZARRO SHAVED IT OFF. Then he stared at the mirror.", kept, "Pizarro") == kept


@pytest.mark.parametrize(
    "note",
    [
        "Mara Quist crying. like actually crying",
        "Mara Quist dancing! omg actually dancing",
        "Mara Quist crying. actually crying.",
    ],
)
def test_a_voted_note_whose_second_half_is_chat_never_stops_the_digest(note):
    # break28's F1: "X crying. like actually crying" with votes made preview, publish and export fail (IndexError in
    # the headline writer: the chat left a clause with no subject)
    night = Night()
    filler(night, 4, votes=2)
    cry = night.spot(note, who=["Mara Quist"], votes=8)

    item = item_with(night.compile(), cry)

    assert item.headline.startswith("Mara Quist"), item.headline


def test_a_body_opening_she_told_him_never_names_him_as_the_one_who_told():
    # merged round 16: "She told him to go and eat something." (his grandmother, not on the roster) opened a body
    # and became "Ravi Nair told him to go and eat something."
    from bot.digest.deskframe import subject_named

    paragraph = "She told him to go and eat something. Ravi Nair had rung his grandmother straight off stage."
    assert subject_named(paragraph, [("Ravi Nair", None)], {}) == paragraph
    named = "She grabbed Tom Reyes by the collar and pulled him in. The door shut."
    assert subject_named(named, [("Ines Roa", None), ("Tom Reyes", None)], {}).startswith("Ines Roa grabbed")
