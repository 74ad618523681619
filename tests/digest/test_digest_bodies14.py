"""Copy an editor would not rewrite (issue 11, round 12, dbody14): a note's telegraphese repaired with the small
words it left out, never a run-on where a break was removed, no chat or slang tags."""

from __future__ import annotations

from .factory import Night, filler, item_with


def _body(text: str, who: tuple[str, ...] = ("Orrin Vale",)) -> str:
    night = Night()
    filler(night, 5, votes=3)
    lead = night.spot(text, who=list(who), by="Ana", at="21:10", where="Bar", votes=100)
    return item_with(night.compile(), lead).body


def test_a_bare_noun_after_a_verb_gets_its_article():
    body = _body("Orrin Vale refused stool. Vale told doorman off for calling him 'old man'.")

    assert "Orrin Vale refused a stool." in body, body
    assert "told the doorman off for calling him" in body, body


def test_a_participle_after_a_bracketed_role_gets_its_auxiliary_and_a_bare_place_its_article():
    body = _body(
        "Teo Vale (DJ) warming up the bar and his granddad in front row on a plastic chair.", who=("Teo Vale",)
    )

    assert "was warming up the bar and his granddad was in the front row on a plastic chair." in body, body


def test_a_bare_noun_before_another_noun_or_a_figure_is_left_as_it_is():
    body = _body("Orrin Vale thanked the bar staff and sat at table 9 on stage.")

    assert "thanked the bar staff and sat at table 9 on stage." in body, body


def test_an_emoji_before_a_name_is_a_sentence_break_never_nothing():
    body = _body("Nell Ambry was flipping burgers in her sequins 🔥 Nell holding the train again", who=("Nell Ambry",))

    assert "in her sequins. She was holding the train again." in body, body


def test_a_line_break_between_two_clauses_is_a_sentence_break():
    body = _body(
        "Ray Sithole ran out into the storm and he was back inside, soaked through\n"
        "Sithole was at the front when the band came on.",
        who=("Ray Sithole",),
    )

    assert "soaked through. He was at the front" in body, body


def test_a_line_break_after_a_word_that_leads_on_is_no_break():
    body = _body("Ray Sithole ran out into the storm with\nNell Ambry and came back soaked.", who=("Ray Sithole",))

    assert "ran out into the storm with Nell Ambry and came back soaked." in body, body
