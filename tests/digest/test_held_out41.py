"""Causes found in round 41: the round-40 final reviews of Yerevan and Havana and the before review of a new held-out
night, Sarajevo (a bar note whose first two sentences the prose gate left out, "Name: “quote”" headlines, a choir
"left facing the back wall" cut, a win told as "Minutes earlier" after a carpet promise, headlines that lift the
first clause of a report when the act is its second or its last, a fountain walk headed by the acceptance before it).
Every name and sentence is invented, in the shape of what those nights' correspondents typed."""

from __future__ import annotations

from bot.digest.foreign import foreign_words, speaks_foreign
from bot.digest.headlines import write_headline
from bot.digest.pair_notes import pairs_told
from bot.digest.paragraphs import _fit
from bot.digest.textutil import short_name
from bot.digest.trimmed import trimmed

from .factory import Night, filler, item_with

# ---- bodies ----------------------------------------------------------------------------------------------------


def test_a_bar_note_of_two_people_opens_on_them_meeting_and_keeps_the_drink_poured() -> None:
    night = Night()
    filler(night, 4)
    night.spot(
        "Arman Kostanyan and Lilit Sarian, who wrote “The Copper Bridge” together and fell out in 2019, passed each "
        "other in the car park without a word.",
        who=["Arman Kostanyan", "Lilit Sarian"],
        at="21:10",
        votes=20,
        by="Hugh",
        where="Car park",
    )
    bar = night.spot(
        "BAR: Arman Kostanyan + Lilit Sarian, 2nd time tonight. He poured pomegranate wine, 2 glasses. She took it. "
        "Toast. 10 min talking, her hand on his arm.",
        who=["Arman Kostanyan", "Lilit Sarian"],
        at="22:40",
        votes=250,
        by="Olga",
        where="Foyer bar",
        quote="Six years is long enough.",
        quote_by="Lilit Sarian",
    )
    item = item_with(night.compile(), bar)
    # never "She took it — …" first, the pair and the wine gone (Yerevan's item 4)
    assert item.body.startswith(
        "Arman Kostanyan and Lilit Sarian, who wrote “The Copper Bridge” together and fell out in 2019, met at the "
        "bar. He poured two glasses of pomegranate wine. She took one."
    ), item.body  # (who they are at their first naming, round 42: never a paragraph after their meeting; the count of
    # their meetings gone before the first is told after it, round 46)
    # and never the template "Lilit Sarian: “Six years is long enough”": both of them, and a verb
    assert item.headline.startswith("Arman Kostanyan and Lilit Sarian Meet"), item.headline


def test_a_pair_note_is_written_out_only_for_the_items_people() -> None:
    people = frozenset({"arman", "kostanyan", "lilit", "sarian"})
    assert pairs_told("Arman Kostanyan + Lilit Sarian at the bar.", people) == (
        "Arman Kostanyan and Lilit Sarian were together at the bar."
    )
    assert pairs_told("Fish + Chips at the bar.", people) == "Fish + Chips at the bar."  # (no one of the item)
    assert pairs_told("She ordered tequila, 3 shots.", people) == "She ordered three shots of tequila."
    assert pairs_told("She bought a round, 12 pints.", people) == "She bought a round, 12 pints."  # (no drink named)


def test_a_choir_left_facing_the_wall_and_how_long_the_fix_took_stay_in_the_body() -> None:
    night = Night()
    filler(night, 4)
    fix = night.spot(
        "STAGE, ad break: lift platform stuck halfway, Vardan Youth Choir left facing the back wall. Motor dead. "
        "Stagehand Grigor Sahakyan (here since '84) down the pit w/ the old hand winch, cranked it up by hand. "
        "~2 min. Back on air on time.",
        who=["Grigor Sahakyan", "Vardan Youth Choir"],
        at="21:30",
        votes=300,
        by="Tigran",
        where="Stage",
    )
    item = item_with(night.compile(), fix)
    # the two facts the moment depends on (Yerevan's item 1), as sentences
    assert "Vardan Youth Choir was left facing the back wall." in item.body, item.body
    assert "The show was back on air on time." in item.body, item.body


def test_a_groups_name_is_never_shortened_to_what_it_is() -> None:
    night = Night()
    filler(night, 4)
    fix = night.spot(
        "The Vardan Youth Choir sang the whole anthem in the dark when the power went. Stagehand Grigor Sahakyan held "
        "a torch for them.",
        who=["Vardan Youth Choir", "Grigor Sahakyan"],
        at="21:30",
        votes=300,
        by="Tigran",
        where="Stage",
    )
    night.spot(
        "The Vardan choir's conductor, Ani Petrosyan, said the children never noticed the lights were out.",
        who=["Ani Petrosyan", "Vardan Youth Choir"],
        at="21:40",
        votes=60,
        by="Helen",
        where="Backstage corridor",
        quote="They thought it was part of the show.",
        quote_by="Ani Petrosyan",
    )
    body = item_with(night.compile(), fix).body
    assert "Choir's conductor" not in body.replace("Vardan Youth Choir's conductor", ""), body
    # named again whole, as a band "The …" is; a person by their family name
    assert short_name("Vardan Youth Choir") == "Vardan Youth Choir"
    assert short_name("Ani Petrosyan") == "Petrosyan"


def test_a_follow_up_the_room_weighed_more_keeps_its_place_over_an_earlier_lighter_one() -> None:
    lead = " ".join(["word"] * 80) + "."
    light = " ".join(["light"] * 50) + "."
    heavy = " ".join(["heavy"] * 40) + "."
    body = _fit([lead, light, heavy], 0, 4000, weights=[10.0, 2.0, 9.0])
    assert body == f"{lead}\n\n{heavy}"  # (both follow-ups do not fit in 160 words; the heavier one does)
    assert _fit([lead, light, heavy], 0, 4000) == f"{lead}\n\n{light}"  # (no weights: in their order)


def test_a_win_minutes_before_the_payoff_opens_its_sentence_after_the_carpet_promise() -> None:
    night = Night()
    filler(night, 4)
    night.spot(
        "On the carpet, Davit Minasyan was asked about his late father's piano in the foyer.",
        who=["Davit Minasyan"],
        at="19:40",
        votes=20,
        by="Lusine",
        where="Red carpet",
        quote="If I win, I play his piano. They can arrest me after.",
        quote_by="Davit Minasyan",
    )
    night.spot(
        "Best Score: Davit Minasyan. He went up without a jacket.",
        who=["Davit Minasyan"],
        at="21:50",
        votes=30,
        by="Gor",
        where="Stage",
    )
    payoff = night.spot(
        "Davit Minasyan came straight from the stage to the foyer, unhooked the rope around his late father's grand "
        "and sat down. He played his father's lullaby, and by the second verse the whole bar queue was singing it.",
        who=["Davit Minasyan"],
        at="21:58",
        votes=280,
        by="Helen",
        where="Foyer",
    )
    item = item_with(night.compile(), payoff)
    # never "It began … on the red carpet … Minutes earlier, Minasyan had won Best Score" (minutes before the carpet?)
    assert item.body.startswith("Minutes after winning Best Score, Davit Minasyan came straight"), item.body
    assert "Minutes earlier" not in item.body, item.body


def test_a_win_and_what_its_winner_did_elsewhere_after_it_are_two_moments() -> None:
    night = Night()
    filler(night, 4)
    night.spot(
        "Omar Beganović says if his film wins Best Film tonight he will walk into the hotel fountain in his tux.",
        who=["Omar Beganović"],
        at="20:09",
        votes=15,
        by="Maja",
        where="green room",
        quote="If we win, I swim. Tuxedo and all.",
        quote_by="Omar Beganović",
    )
    night.spot(
        "Best Film: 'Ljeto u Mostaru'. Omar Beganović accepted with the whole cast on stage, Lejla Hadžić at the front "
        "still holding her own statuette over her head.",
        who=["Omar Beganović", "Lejla Hadžić"],
        at="22:19",
        votes=25,
        by="Harun",
        where="stage",
    )
    swim = night.spot(
        "HE DID IT. Omar Beganović walked straight out of the wings into the hotel fountain in his tux, statuette "
        "over his head, Lejla Hadžić holding his shoes. water up to his knees lol",
        who=["Omar Beganović", "Lejla Hadžić"],
        at="22:24",
        votes=300,
        by="Maja",
        where="hotel courtyard",
    )
    item = item_with(night.compile(), swim)
    # never "Omar Beganović Accepts With the Whole Cast on Stage" (Sarajevo's item 4): the fountain, a word kept
    assert "Accepts" not in item.headline, item.headline
    assert "Fountain" in item.headline and "Keeps" in item.headline, item.headline
    assert item.body.startswith("Omar Beganović walked straight out of the wings into the hotel fountain"), item.body


# ---- headlines -----------------------------------------------------------------------------------------------


def test_a_stagehand_typed_where_he_was_before_his_act_heads_the_thing_he_freed() -> None:
    headline = write_headline(
        "During the ad break, the lift platform jammed halfway. The motor was dead. Stagehand Grigor Sahakyan (here "
        "since '84) down the pit with the old hand winch, cranked it up by hand. About two minutes.",
        names=["Vardan Youth Choir", "Grigor Sahakyan"],
        lead="Vardan Youth Choir",
        quote="It's a 1971 winch. It only needs someone who knows it.",
        speaker="Grigor Sahakyan",
        about="Grigor Sahakyan",
    )
    # never "Grigor Sahakyan: “It's a 1971 winch …”", nor the dead motor wound up
    assert headline == "Grigor Sahakyan Cranks the Jammed Lift Platform Up by Hand", headline


def test_the_middle_act_of_three_heads_the_moment_over_the_walk_before_it() -> None:
    headline = write_headline(
        "Aram Petrosyan, Jr. came straight from the stage to the foyer with his statuette, unhooked both ropes around "
        "his late mother's 1962 Bechstein grand and sat down. Aram Kirakosyan, the head of security, stood beside him "
        "and did not stop him.",
        names=["Aram Petrosyan, Jr.", "Aram Kirakosyan"],
        lead="Aram Petrosyan, Jr.",
    )
    # never "… Comes Straight From the Stage to the Foyer" (Yerevan's item 2: the walk, no piano); the year struck
    assert headline == "Aram Petrosyan, Jr. Unhooks the Ropes Around His Late Mother's Bechstein Grand", headline


def test_a_song_sung_after_another_act_heads_the_moment_its_title_as_typed() -> None:
    headline = write_headline(
        "Halid Mujić walked out of the stage door into the rain, where about a hundred people were waiting. He "
        "borrowed a guitar from a busker and sang 'Kad ja pođoh na Bembašu' under a stagehand's umbrella.",
        names=["Halid Mujić"],
        lead="Halid Mujić",
    )
    # never "… Walks Out of the Stage Door Into the Rain": the way there (Sarajevo's item 1)
    assert headline == "Halid Mujić Sings 'Kad ja pođoh na Bembašu' Under a Stagehand's Umbrella", headline


def test_a_thing_put_in_her_palm_is_put_in_the_other_womans() -> None:
    headline = write_headline(
        "Ana Vardanyan ran from the stage to the cloakroom. Mariam Avagyan put the ring in her palm across the "
        "counter and Vardanyan gave her the bouquet.",
        names=["Mariam Avagyan", "Ana Vardanyan"],
        lead="Ana Vardanyan",
    )
    assert headline == "Mariam Avagyan Puts the Ring in Ana Vardanyan's Palm Across the Counter", headline


def test_a_list_built_to_tying_his_bow_tie_heads_her_act_and_never_gives_her_his_tie() -> None:
    headline = write_headline(
        "Selma Hodžić found her ex-husband Dino Kapetanović fighting his bow tie in the green room mirror, took it "
        "out of his hands and tied it herself. Two hours earlier they had walked past each other without a word.",
        names=["Selma Hodžić", "Dino Kapetanović"],
        lead="Selma Hodžić",
    )
    # never "Dino Kapetanović Fights Selma Hodžić's Bow Tie …" (Sarajevo's item 5: backwards)
    assert headline == "Selma Hodžić Ties Dino Kapetanović's Bow Tie Herself", headline


def test_a_short_headline_takes_the_act_before_it_that_says_whom() -> None:
    headline = write_headline(
        "Jasmin Pašalić took his award out to the loading dock, rang his sister and put her on speaker. The crew "
        "cheered while she cried.",
        names=["Jasmin Pašalić"],
        lead="Jasmin Pašalić",
    )
    assert headline == "Jasmin Pašalić Rings His Sister and Puts Her on Speaker", headline


def test_a_headline_over_the_length_loses_a_year_or_a_hyphened_modifier_first() -> None:
    assert trimmed("Aram Petrosyan Unhooks the Ropes Around His Late Mother's 1962 Estonia Grand Piano Lid") == (
        "Aram Petrosyan Unhooks the Ropes Around His Late Mother's Estonia Grand Piano Lid"
    )
    assert trimmed("Lusine Karapetyan Finds the Initials She Scratched Into the Dressing-Room Mirror Frame") == (
        "Lusine Karapetyan Finds the Initials She Scratched Into the Mirror Frame"
    )
    # a year that says when stays; a headline within the length is never touched
    assert trimmed("Ana Vardanyan Finds the Initials She Scratched Into the Mirror in 1971 and Laughs Out") == (
        "Ana Vardanyan Finds the Initials She Scratched Into the Mirror in 1971 and Laughs Out"
    )
    assert trimmed("Ana Vardanyan Finds the Dressing-Room Mirror") == "Ana Vardanyan Finds the Dressing-Room Mirror"


def test_a_songs_title_in_quotes_is_never_a_foreign_clause() -> None:
    copy = ["Halid Mujić sang 'Kad ja pođoh na Bembašu' under an umbrella."]
    assert not speaks_foreign("Halid Mujić Sings 'Kad ja pođoh na Bembašu'", foreign_words(copy))
    # the same words outside quotes are still another language's
    assert speaks_foreign("Halid Mujić Pođoh", foreign_words(["Halid Mujić pođoh na Bembašu danas."]))


def test_a_press_room_gift_opens_on_the_award_minutes_before_and_the_reply_follows_her_line() -> None:
    night = Night()
    filler(night, 4)
    night.spot(
        "Best Actress went to Mina Kovač for 'Ljeto'. On stage she thanked her grandmother and 'the rain'.",
        who=["Mina Kovač"],
        at="21:50",
        votes=20,
        by="Harun",
        where="stage",
    )
    gift = night.spot(
        "Mina Kovač came into the press room, answered two questions, then stopped, asked for the film's driver "
        "Adnan Hodžić to be fetched from the car park, and put her statuette in his hands.",
        who=["Mina Kovač", "Adnan Hodžić"],
        at="21:55",
        votes=390,
        by="Sabina",
        where="press room",
        quote="Adnan drove us through three winters. It sleeps at his house tonight.",
        quote_by="Mina Kovač",
    )
    night.spot(
        "overheard, press room",
        at="22:00",
        votes=60,
        by="Jess",
        quote="I'll bring it back on Monday. Washed.",
        quote_by="Adnan Hodžić",
    )
    body = item_with(night.compile(), gift).body
    # the award she won, minutes before, opens it (never "Minutes earlier, Best Actress had gone to …" last)
    assert body.startswith("Minutes after winning Best Actress for “Ljeto”, Mina Kovač came into the press room"), body
    # "answered two questions" answers nobody's line: her line first, his reply after it (Sarajevo's item 3)
    assert body.index("It sleeps at his house tonight") < body.index("I'll bring it back on Monday"), body


# ---- the breaker's nights (review/round41/break56) ------------------------------------------------------------


def test_a_stuck_thing_jacked_up_by_hand_heads_the_moment() -> None:
    headline = write_headline(
        "During the ad break, the lift trap stuck half-way with the statuettes on it. Stagehand Ivar Holm (here since "
        "'91) under the stage with a torch and a crowbar, jacked it up by hand.",
        names=["Ivar Holm"],
        lead="Ivar Holm",
    )
    assert headline.startswith("Ivar Holm Jacks the Stuck Lift Trap Up by Hand"), headline


def test_a_choir_left_facing_the_wall_is_never_headlined_as_leaving() -> None:
    headline = write_headline(
        "During the ad break the Fjord Youth Choir left facing the back wall for two minutes.",
        names=["Fjord Youth Choir"],
        lead="Fjord Youth Choir",
    )
    assert "Leaves" not in headline and "Is Left Facing the Back Wall" in headline, headline


def test_a_count_of_minutes_after_where_two_were_is_no_act_taking_time() -> None:
    night = Night()
    filler(night, 4)
    dock = night.spot(
        "Irakli Gogua + Zurab Meskhi at the loading dock. ~10 min.",
        who=["Irakli Gogua", "Zurab Meskhi"],
        at="21:30",
        votes=80,
        by="Nino",
        where="Loading dock",
    )
    body = item_with(night.compile(), dock).body
    assert "It took" not in body, body  # (being somewhere takes no time to do)


def test_an_unnamed_old_man_of_a_one_person_moment_is_that_person_in_the_headline() -> None:
    headline = write_headline(
        "An old man in the front row caught the trumpet mute that flew off the stage, one-handed.",
        names=["Anselm Greer"],
        lead="Anselm Greer",
        quote="Still got the hands.",
        speaker="Anselm Greer",
    )
    assert headline.startswith("Anselm Greer Catches the Trumpet Mute"), headline


def test_a_contact_clause_is_never_cut_before_its_preposition() -> None:
    headline = write_headline(
        "Hallvard Brekke lifted the lid of his grandfather's pump organ and played the tune it was built for.",
        names=["Hallvard Brekke"],
        lead="Hallvard Brekke",
    )
    assert not headline.endswith(("It Is Built", "It Was Built")), headline


def test_a_list_after_seeing_whose_tie_it_was_heads_her_tying_it() -> None:
    headline = write_headline(
        "Sigrid Aasen saw that Mattis Lunde's bow tie had come undone, took it out of his hands and tied it herself.",
        names=["Sigrid Aasen", "Mattis Lunde"],
        lead="Sigrid Aasen",
    )
    assert headline == "Sigrid Aasen Ties Mattis Lunde's Bow Tie Herself", headline


def test_a_thing_caught_in_the_passive_heads_the_catcher_and_whose_it_was() -> None:
    headline = write_headline(
        "Defne Aksoy slipped on the marble stairs down to the pier. Her Best Actress statuette was sent flying and was "
        "caught one-handed by İlker Tan, a waiter, who was carrying a full tray of tea at the time.",
        names=["Defne Aksoy", "İlker Tan"],
        lead="Defne Aksoy",
    )
    # never "Defne Aksoy Slips on the Marble Stairs Down to the Pier" (istanbul, once its win report was a moment of
    # its own): the catch answers the fall
    assert headline == "İlker Tan Catches Defne Aksoy's Best Actress Statuette One-Handed", headline


def test_a_pair_of_kin_on_the_dance_floor_were_there_and_neither_is_never_a_headlines_subject() -> None:
    night = Night()
    filler(night, 4)
    floor = night.spot(
        "Nana Kvaratskhelia and her grandmother on the dance floor. Neither sat down for an hour.",
        who=["Nana Kvaratskhelia"],
        at="21:30",
        votes=120,
        by="Nino",
        where="Dance floor",
    )
    item = item_with(night.compile(), floor)
    assert item.body.startswith("Nana Kvaratskhelia and her grandmother were on the dance floor."), item.body
    # never "Someone Sits Down for an Hour" (the breaker's n1w: the negation turned round, and nobody named)
    assert item.headline.startswith("Nana Kvaratskhelia"), item.headline


def test_a_song_after_a_comma_and_no_act_still_gets_a_headline() -> None:
    # (the song rule once unpacked the empty words between the name and ", and sang": an error, the item left out)
    headline = write_headline("Ada Finch , and sang the anthem for the crew.", names=["Ada Finch"], lead="Ada Finch")
    assert headline.startswith("Ada Finch"), headline
