"""The forms reporters type that a copy desk knows: abbreviations and numbered forms that are not the end of a
sentence, award label lines, verbless shorthand, source labels, headline tense."""

from __future__ import annotations

import pytest

from bot.digest.clauses import sentences
from bot.digest.copyedit import tidy
from bot.digest.headlines import write_headline
from bot.digest.narration import narrate

from .factory import Night, filler, item_with


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "The stage manager handed Rosa Delgado the key to the No. 1 dressing room. She cried.",
            ["The stage manager handed Rosa Delgado the key to the No. 1 dressing room.", "She cried."],
        ),
        (
            "Dr. Amos Reed vs. Mr. Lo, approx. 3 rounds. St. Mary's won.",
            ["Dr. Amos Reed vs. Mr. Lo, approx. 3 rounds.", "St. Mary's won."],
        ),
        (
            "J. R. Okoye came in at 7 p.m. and sat down. At 9 p.m. She left.",
            ["J. R. Okoye came in at 7 p.m. and sat down.", "At 9 p.m.", "She left."],
        ),
        (
            "Mrs. Ode and Ms. Fenn left. Ana said no. Then she stayed.",
            ["Mrs. Ode and Ms. Fenn left.", "Ana said no.", "Then she stayed."],
        ),
    ],
)
def test_a_sentence_never_ends_at_an_abbreviation_or_a_numbered_form(text, said):
    assert sentences(text) == said


def test_a_headline_is_never_cut_at_the_full_stop_of_no_1():
    written = write_headline(
        "The stage manager handed Rosa Delgado the key to the No. 1 dressing room and she cried.",
        names=["Rosa Delgado"],
        lead="Rosa Delgado",
    )

    assert not written.endswith(("No", "No."))
    assert "No. 1 Dressing Room" in written


@pytest.mark.parametrize(
    ("typed", "printed"),
    [
        ("Best Director in a Drama: Ana Lutz.", "Ana Lutz won Best Director in a Drama."),
        ("BEST SCORE — Ana Lutz!", "Ana Lutz won Best Score."),
        (
            "BEST YOUNG PERFORMER — Milo Tate! Hair flat from the nap.",
            "Milo Tate won Best Young Performer. Hair flat from the nap.",
        ),
        ("Album of the Year: Calliope Marsh. She cried.", "Calliope Marsh won Album of the Year. She cried."),
        ("Lifetime Achievement goes to Bram Tolliver.", "Bram Tolliver won Lifetime Achievement."),
        ("Best Actress: Solenne Marchetti (The Salt Year).", "Solenne Marchetti won Best Actress for The Salt Year."),
        ("Best moment: Ana falling over the cable.", "Best moment: Ana falling over the cable."),  # no win announced
        ("Best dressed: everyone in the lobby.", "Best dressed: everyone in the lobby."),
    ],
)
def test_an_award_label_line_is_told_as_the_win(typed, printed):
    assert tidy(typed) == printed


def test_a_win_announced_as_a_label_heads_its_item():
    written = write_headline(tidy("BEST SCORE — Ana Lutz! Hair flat on one side."), names=["Ana Lutz"], lead="Ana Lutz")

    assert written == "Ana Lutz Wins Best Score"


@pytest.mark.parametrize(
    ("typed", "printed"),
    [
        (
            "Update from the Roxy, by text from Sam Reed: Ana made her cue.",
            "Sam Reed texted from the Roxy: Ana made her cue.",
        ),
        ("Via Sam Reed: Ana made her cue.", "Sam Reed reported: Ana made her cue."),
        ("Word from the bar: Kim paid the round.", "Kim paid the round."),
        ("Per the floor manager: Ana made her cue.", "Ana made her cue."),
        (
            "Word from the green room, via Theo Marsh: Dana baked.",
            "Theo Marsh reported from the green room: Dana baked.",
        ),
        ("Backstage corridor: Ana made her cue.", "Backstage corridor: Ana made her cue."),  # a place, not a source
        ("Overheard a bet at the bar: Kim Ode says Jo will cry.", "At the bar, Kim Ode says Jo will cry."),
        ("Overheard at coat check: “I lost my ticket.”", "Overheard at coat check: “I lost my ticket.”"),
    ],
)
def test_a_source_lead_in_is_told_as_prose_or_dropped(typed, printed):
    assert tidy(typed) == printed


@pytest.mark.parametrize(
    ("note", "told"),
    [
        (
            "Ana Lutz out through the side door at a run, trophy under one arm.",
            "Ana Lutz was out through the side door at a run, trophy under one arm.",
        ),
        (
            "Ana took it. Lutz out the stage door a minute later.",
            "Ana took it. Lutz was out the stage door a minute later.",
        ),
        ("Hair flat on one side from the nap.", "Hair was flat on one side from the nap."),
    ],
)
def test_verbless_shorthand_is_given_a_verb_at_the_start_and_mid_body(note, told):
    assert narrate(tidy(note), "Ana Lutz", frozenset({"ana", "lutz"})) == told


def test_a_headline_keeps_one_tense_and_the_context_that_makes_it_news():
    written = write_headline(
        "After her ninth loss, Vera Gold borrowed a broom and was sweeping the confetti off the stage.",
        names=["Vera Gold"],
        lead="Vera Gold",
    )

    assert written == "After Her Ninth Loss, Vera Gold Borrows a Broom and Sweeps the Confetti Off the Stage"


def test_a_headline_drops_an_opening_adjunct_that_is_only_time():
    written = write_headline(
        "After the break, Vera Gold borrowed a broom and swept the stage.", names=["Vera Gold"], lead="Vera Gold"
    )

    assert written == "Vera Gold Borrows a Broom and Sweeps the Stage"


def test_a_moment_told_by_its_punchline_also_tells_what_happened():
    night = Night()
    filler(night, 3, votes=2)
    setup = night.spot(
        "Marco Bell's jacket was inside out all through the first half, label showing.",
        who=["Marco Bell"],
        by="Cho",
        at="19:30",
        votes=20,
    )
    night.spot(
        "Someone finally told Marco Bell in the break.",
        who=["Marco Bell"],
        by="Dev",
        at="19:33",
        quote="I thought the label was the look.",
        quote_by="Marco Bell",
        votes=70,
        corroborates=setup,
    )

    body = item_with(night.compile(), setup).body

    assert "inside out" in body and "told" in body
    assert body.index("inside out") < body.index("told")  # what happened, then what came of it
    assert body.index("told") < body.index("I thought the label")


def test_a_quote_stays_with_the_report_it_was_said_in():
    night = Night()
    filler(night, 3, votes=2)
    won = night.spot(
        "Ana Lutz won Best Director in a Drama and thanked her cat first.",
        who=["Ana Lutz"],
        by="Ben",
        at="19:10",
        quote="I slept through my own category once. Not tonight.",
        quote_by="Ana Lutz",
        votes=20,
    )
    night.spot(
        "Ana Lutz then sprinted out through the stage door, trophy under one arm, shoes in her hand.",
        who=["Ana Lutz"],
        by="Kit",
        at="19:12",
        votes=60,
        corroborates=won,
    )

    body = item_with(night.compile(), won).body

    assert body.index("thanked her cat") < body.index("I slept through") < body.index("stage door")


def test_a_headline_tells_only_what_the_body_tells_and_keeps_the_win():
    night = Night()
    filler(night, 3, votes=2)
    won = night.spot(
        "Ana Lutz won Best Director in a Drama and thanked her cat first.",
        who=["Ana Lutz"],
        by="Ben",
        at="19:10",
        quote="I slept through my own category once. Not tonight.",
        quote_by="Ana Lutz",
        votes=60,
    )
    night.spot(
        "Ana Lutz ran out through the side door straight after her Best Director win, trophy under one arm.",
        who=["Ana Lutz"],
        by="Kit",
        at="19:12",
        votes=20,
        corroborates=won,
    )

    item = item_with(night.compile(), won)

    assert item.headline == "Ana Lutz Wins Best Director in a Drama and Thanks Her Cat First"
    assert "Side Door" not in item.headline  # the report of the sprint is credited, its text not told


def test_a_report_of_the_same_moment_in_another_language_is_credited_whatever_its_place_is_called():
    night = Night()
    filler(night, 3, votes=2)
    english = night.spot(
        "Toby Lindqvist was on a booster cushion at the mic, asked what happens to the trophy.",
        who=["Toby Lindqvist"],
        by="Mara",
        at="21:00",
        where="Press room",
        quote="Next to my Lego.",
        votes=50,
    )
    french = night.spot(
        "Toby Lindqvist sur un coussin devant le micro, il dit que le trophée ira à côté de ses Lego.",
        who=["Toby Lindqvist"],
        by="Lucie",
        at="21:03",
        where="Salle de presse",
        votes=10,
    )

    item = item_with(night.compile(), english)

    assert french.id in item.sighting_ids
    assert item.credit == "Reported by Mara and Lucie"


def test_an_item_lists_and_credits_only_the_moments_its_body_tells():
    night = Night()
    filler(night, 4, votes=2)
    won = night.spot(
        "Solenne Marchetti won Best Actress Drama.",
        who=["Solenne Marchetti", "Imogen Achterberg"],
        by="Dev",
        at="21:00",
        votes=11,
    )
    cake = night.spot(
        "Imogen Achterberg lost Best Actress to Solenne Marchetti and walked into the press room with a cake "
        "iced congratulations, then piped Solenne into the gap.",
        who=["Imogen Achterberg", "Solenne Marchetti"],
        by="Mara",
        at="21:15",
        votes=95,
        quote="I ordered it for whoever beat me.",
        quote_by="Imogen Achterberg",
    )

    item = item_with(night.compile(), cake)

    assert item.body.count("Best Actress") == 1  # the win is told once, by the lead moment
    assert won.id not in item.sighting_ids and item.credit == "Reported by Mara"


def test_a_setup_that_shares_a_thing_with_the_payoff_but_is_another_beat_is_told_after_it():
    night = Night()
    filler(night, 4, votes=2)
    bus = night.spot(
        "A YELLOW SCHOOL BUS just pulled up behind the limos. Soraya Bellweather's whole family getting off it",
        who=["Soraya Bellweather"],
        by="Bea",
        at="19:52",
        votes=40,
    )
    trophy = night.spot(
        "Soraya Bellweather ran out to the loading dock with her Best New Artist trophy and climbed onto her "
        "mom's school bus.",
        who=["Soraya Bellweather"],
        by="Devika",
        at="22:24",
        votes=120,
        quote="Mama, it's got your name on it too.",
    )

    item = item_with(night.compile(), trophy)

    assert bus.id in item.sighting_ids
    assert item.body.startswith("Soraya Bellweather ran out to the loading dock"), item.body
    # (was "It began hours earlier, when a yellow school bus pulled up …": in the past perfect, `flashback`)
    assert "Hours earlier, a yellow school bus had pulled up behind the limos" in item.body, item.body
    assert "Earlier" not in item.body


def test_a_quote_said_in_another_scene_than_the_text_told_says_where_it_was_said():
    night = Night()
    filler(night, 3, votes=2)
    won = night.spot(
        "Ana Lutz won Best Director in a Drama.",
        who=["Ana Lutz"],
        by="Ben",
        at="19:10",
        where="Stage",
        quote="I slept through my own category once. Not tonight.",
        quote_by="Ana Lutz",
        votes=20,
    )
    night.spot(
        "Ana Lutz ran out through the stage door straight after her Best Director win in a drama, trophy under "
        "one arm, shoes in her hand.",
        who=["Ana Lutz"],
        by="Kit",
        at="19:12",
        where="Stage door",
        votes=60,
        corroborates=won,
    )

    body = item_with(night.compile(), won).body

    assert "On the stage, Lutz said: “I slept through my own category once. Not tonight.”" in body
    assert "Not tonight,” Lutz said" not in body  # never as if said while running out


def test_a_word_after_an_abbreviation_is_not_given_a_sentence_capital():
    assert tidy("J. R. Okoye vs. the revolving door, round 3. the door is winning.") == (
        "J. R. Okoye vs. the revolving door, round 3. The door is winning."
    )


def test_a_word_after_an_article_is_never_taken_for_the_headline_verb():
    written = write_headline(
        "J. R. Okoye vs. the revolving door, round 3.",
        names=["J. R. Okoye"],
        lead="J. R. Okoye",
        quote="It has a personal grudge.",
        speaker="J. R. Okoye",
    )

    assert "Revolves" not in written


def test_a_reporters_asked_label_inside_a_text_gets_its_speaker():
    night = Night()
    filler(night, 3, votes=2)
    mic = night.spot(
        'Toby Lindqvist on a booster cushion at the mic. Asked what happens to the trophy: "next to my Lego". '
        "Then he outed the deal he made with his mum.",
        who=["Toby Lindqvist"],
        by="Tess",
        votes=90,
    )

    body = item_with(night.compile(), mic).body

    assert "Asked what would happen to the trophy, Lindqvist said: “Next to my Lego.”" in body
