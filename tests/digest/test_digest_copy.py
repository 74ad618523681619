"""Prose, not chat: a correspondent's fragment as the article prints it, and people as the roster spells them."""

from __future__ import annotations

import pytest

from bot.digest.copyedit import thin_place, tidy
from bot.digest.narration import narrate
from bot.models import RosterEntry

from .factory import Night, every_item, filler, item_with


@pytest.mark.parametrize(
    ("typed", "printed"),
    [
        ("Calliope here!! white fur coat 🤖✨ lol", "Calliope here! White fur coat"),
        ("Crew is taking the door OFF ITS HINGES with a drill", "Crew is taking the door off its hinges with a drill"),
        ("press room wifi down AGAIN", "Press room wifi down again"),
        ("VIP bar open, DJ Brandt on the decks", "VIP bar open, DJ Brandt on the decks"),
        ("red gown + cowboy boots (!) w/ a cape", "Red gown and cowboy boots with a cape"),
        ("glam team (6 ppl) in, 4 min to her cue", "Glam team (6 people) in, 4 minutes to her cue"),
        ('Asked why 4: "It\'s later now."', "Asked why 4: “It's later now.”"),
        ("handed them over, same size apparently", "Handed them over, same size"),
        ("presented like nothing happened, you'd never know.", "Presented like nothing happened."),
        ("Apparently the door came off.", "Apparently the door came off."),  # a hedge that opens: the sentence's own
        (
            "Grete's in May's silver platforms, May's in Grete's boots",
            "Grete is in May's silver platforms, May is in Grete's boots",
        ),
        ("Marsh's back was sore", "Marsh's back was sore"),  # a possessive stays one
    ],
)
def test_chat_is_tidied_into_copy(typed, printed):
    assert tidy(typed) == printed


@pytest.mark.parametrize(
    ("typed", "printed"),
    [
        ("HOLD til the tribute: Jasper Lindqvist is here.", "Jasper Lindqvist is here."),
        ("EMBARGO until their 2am statement: Gull & Anchor are splitting.", "Gull and Anchor are splitting."),
        ("UPDATE: the urn has been banished", "The urn has been banished"),
        ("FOUND HER. Rennick's grandma is in the crew room.", "Rennick's grandma is in the crew room."),
        ("Said she was on 11% battery. video", "Said she was on 11% battery."),
        ("Ximena opened with the accordion (more soon)", "Ximena opened with the accordion"),
        (
            "Łucja in the press room with the award, dedication below, then she sat",
            "Łucja in the press room with the award, then she sat",
        ),
    ],
)
def test_reporter_bookkeeping_never_reaches_the_copy(typed, printed):
    assert tidy(typed) == printed


@pytest.mark.parametrize(
    "note",
    ["White lining, care label up.", "Gold lining showing under the jacket.", "Silver sequins catching the light."],
)
def test_no_verb_is_put_after_an_adjective_that_only_opens_a_noun_phrase(note):
    assert narrate(note, "Lead", frozenset({"ndidi"})) == note


@pytest.mark.parametrize(
    ("note", "told"),
    [
        ("Calliope Marsh is sitting on a road case", "Calliope Marsh was sitting on a road case"),
        ("Odessa Quarles's zipper just split in the wings.", "Odessa Quarles's zipper split in the wings."),
        ("Ndidi back in the freight elevator with Dennis", "Ndidi was back in the freight elevator with Dennis"),
        ("Whole family singing in the seats.", "Whole family was singing in the seats."),
        ("Wendell lost. Paid her in twenties.", "Wendell lost. Wendell paid her in twenties."),
        ("Found Ndidi in the freight elevator, rehearsing.", "Ndidi was in the freight elevator, rehearsing."),
        ("Bram says it's the best room in the building.", "Bram said it was the best room in the building."),
        ("Asked why: “It is later now.”", "Asked why: “It is later now.”"),  # quoted speech is never touched
        ("Tiny dog barking at the door.", "Tiny dog was barking at the door."),
    ],
)
def test_notes_are_told_as_sentences_in_the_past_tense(note, told):
    assert narrate(note, "Lead", frozenset({"ndidi", "wendell", "bram"})) == told


@pytest.mark.parametrize(
    ("note", "place"),
    [("Overheard at the bar", "at the bar"), ("overheard", ""), ("Heard in the corridor", "in the corridor")],
)
def test_a_note_that_only_frames_a_quote_is_recognised_with_where_it_was_heard(note, place):
    assert thin_place(note) == place
    assert thin_place("Overheard Pell at the bar, loud: Echo are done") is None


def test_a_quote_only_note_is_told_as_the_quote_where_it_was_heard():
    night = Night()
    filler(night, 3, votes=2)
    line = night.spot(
        "Overheard at the bar",
        who=["Mavis Okonkwo"],
        quote="Baby, drink your water, pay your tithe, and never let a man hold your publishing.",
        quote_by="Mavis Okonkwo",
        votes=260,
    )

    item = item_with(night.compile(), line)

    assert item.body.startswith("At the bar, Mavis Okonkwo said: “Baby, drink your water,")
    assert "Overheard at the bar." not in item.body


def test_a_follow_up_about_a_side_character_or_an_arrival_never_joins():
    night = Night()
    filler(night, 4, votes=2)
    locked_out = night.spot(
        "Rosalind Quay got locked out on the fire escape in the rain until Theo Brannigan let her in",
        who=["Rosalind Quay", "Theo Brannigan"],
        quote="I wanted fresh air. I got weather.",
        quote_by="Rosalind Quay",
        where="Backstage corridor",
        at="22:46",
        votes=110,
    )
    asleep = night.spot(
        "Theo Brannigan asleep on a road case in the corridor, still in the tux",
        who=["Theo Brannigan"],
        where="Backstage corridor",
        at="23:06",
        votes=20,
        by="Tobi",
    )
    arrival = night.spot(
        "Rosalind Quay is in the building, green coat on",
        who=["Rosalind Quay"],
        where="Backstage corridor",
        at="22:20",
        votes=10,
        by="Mika",
    )

    item = item_with(night.compile(), locked_out)

    assert asleep.id not in item.sighting_ids and arrival.id not in item.sighting_ids
    assert "\n\n" not in item.body


def test_an_alias_is_written_as_the_roster_spells_the_name_first_and_in_headlines():
    night = Night()
    night.roster = [
        RosterEntry(id=1, guild_id=99, name="Calliope Marsh", aliases=("Sister Static", "Calli")),
        RosterEntry(id=2, guild_id=99, name="Søren Øvergaard", aliases=("Søren",)),
    ]
    filler(night, 3, votes=2)
    halo = night.spot(
        "Sister Static's halo won't fit through the stage door, so the crew took the door off its hinges",
        other_names=["Calliope Marsh"],
        where="Side stage",
        at="20:41",
        votes=220,
    )
    night.spot(
        "Calliope Marsh's halo sitting alone in the wings, crew taking selfies with the halo",
        other_names=["Calliope Marsh"],
        where="Side stage",
        at="21:30",
        votes=90,
        by="Jonah",
    )
    speed = night.spot(
        "Soren Overgaard read all five Best Rock nominees in about 19 seconds",
        who=["Soren Overgaard"],
        at="21:45",
        votes=140,
        by="Rafa",
    )

    digest = night.compile()
    item = item_with(digest, halo)

    assert item.headline.startswith("Calliope Marsh's Halo")
    assert item.body.startswith("Calliope Marsh's halo wouldn't fit")
    assert "Later, Marsh's halo was sitting alone" in item.body  # the persona again: the surname
    assert item_with(digest, speed).body.startswith("Søren Øvergaard read all five")
    assert all("Soren" not in i.body and "Sister Static" not in i.headline for i in every_item(digest))


def test_a_nickname_the_reader_never_met_and_a_first_name_as_subject_are_named_by_the_surname():
    night = Night()
    night.roster = [
        RosterEntry(id=1, guild_id=99, name="Grete Strauß", aliases=("Grete",)),
        RosterEntry(id=2, guild_id=99, name="Mayella Quintero-Roux", aliases=("May",)),
        RosterEntry(id=3, guild_id=99, name="Calliope Marsh", aliases=("Sister Static",)),
    ]
    filler(night, 3, votes=2)
    swap = night.spot(
        "Grete Strauß and Mayella Quintero-Roux swapped shoes in the corridor. Grete was due to present "
        "Song of the Year in half an hour and May wanted her old boots.",
        who=["Grete Strauß", "Mayella Quintero-Roux"],
        at="21:00",
        votes=100,
    )
    halo = night.spot(
        "Calliope Marsh's halo would not fit through the stage door. Marsh stood there in full Sister Static "
        "not moving a muscle.",
        who=["Calliope Marsh"],
        at="21:30",
        votes=90,
        by="Kit",
    )

    digest = night.compile()
    body = item_with(digest, swap).body

    # one item, one way of naming each person: the first name as a subject is the surname too
    assert "Strauß was due to present" in body and "Quintero-Roux wanted her old boots" in body
    assert "May wanted" not in body and "Grete was" not in body
    assert "in full Sister Static" in item_with(digest, halo).body  # a costume, not the person


def test_a_first_name_written_again_after_a_verb_stays_as_written_because_it_may_be_what_was_written():
    night = Night()
    night.roster = [
        RosterEntry(id=1, guild_id=99, name="Solenne Marchetti", aliases=("Solenne",)),
        RosterEntry(id=2, guild_id=99, name="Imogen Achterberg", aliases=("Immy",)),
    ]
    filler(night, 3, votes=2)
    cake = night.spot(
        "Imogen Achterberg lost Best Actress to Solenne Marchetti and walked into the press room with a sheet "
        "cake, then piped Solenne into the blank space with an icing pen.",
        who=["Imogen Achterberg", "Solenne Marchetti"],
        at="22:00",
        votes=90,
    )

    body = item_with(night.compile(), cake).body

    assert "piped Solenne into the blank space" in body, body


@pytest.mark.parametrize(
    ("note", "printed", "left_out"),
    [
        (
            "Someone wheeled a trolley in through the dock. I am 90% sure that was Wren Quill. Holding this.",
            "Someone wheeled a trolley in through the dock.",
            "90%",
        ),
        ("ok Wren Quill is in the building, hiding in the props cupboard", "Wren Quill is in the building", "Ok"),
        ("Wren Quill in the props cupboard, door ajar. saw me, put a finger to her lips", "door ajar.", "saw me"),
        (
            "sewed her in with dental floss (not fishing line, sorry: mint floss from her purse), all calm",
            "with dental floss, all calm",
            "sorry",
        ),
    ],
)
def test_the_reporters_own_voice_never_reaches_print(note, printed, left_out):
    copy = tidy(note)

    assert printed in copy
    assert left_out not in copy


def test_first_person_inside_quoted_speech_is_kept():
    assert tidy("Asked about the trophy: 'next to my Lego'. Then he left.").startswith("Asked about the trophy")
    assert "“I love my mum”" in tidy('She said "I love my mum" and left.')


def test_a_characters_name_inside_a_noun_phrase_is_never_replaced_by_the_actors():
    night = Night()
    night.roster = [RosterEntry(id=1, guild_id=99, name="Calloway Birch", aliases=("Horace", "Cal Birch"))]
    filler(night, 3, votes=2)
    cracked = night.spot(
        "Birch came off after the Horace monologue and lost it in the wings. The stage manager held up a sign: "
        "you are Horace. Later Horace peeled off the Horace moustache.",
        who=["Calloway Birch"],
        where="Wings",
        at="20:28",
        votes=90,
    )

    item = item_with(night.compile(), cracked)

    assert "the Horace monologue" in item.body and "the Horace moustache" in item.body
    assert "are Horace" in item.body or "were Horace" in item.body
    assert "Calloway Birch monologue" not in item.body + item.headline
    assert "Calloway Birch moustache" not in item.body


@pytest.mark.parametrize(
    ("note", "told"),
    [
        ("Felix lost, so he wears the hat and he presents Best Score in about 40 min", "he was due to present Best"),
        ("Grete presents Song of the Year in half an hour.", "Grete was due to present Song of the Year"),
    ],
)
def test_what_someone_was_about_to_do_is_told_as_due_not_in_the_present(note, told):
    assert told in narrate(tidy(note))


def test_a_unit_abbreviation_that_ends_a_sentence_keeps_its_full_stop():
    assert "in 12 minutes. Ines Baptiste sat her" in tidy("She is on in 12 min. Ines Baptiste sat her down.")


def test_can_inside_a_noun_phrase_is_not_put_in_the_past():
    assert "ginger ale can in the other" in narrate(
        tidy("Toby asleep, trophy in one hand, empty ginger ale can in the other")
    )


def test_a_dropped_subject_after_a_pronoun_sentence_is_that_pronoun_not_the_person_named_before():
    told = narrate(
        "Odile held up the whiteboard. He tried the voice three times. Went back out 4 seconds before the cue."
    )

    assert "He went back out" in told
    assert "Odile went back out" not in told


def test_a_dropped_subject_after_a_pronoun_sentence_is_never_the_moments_person():
    told = narrate("He had bought her a pint of stout. Put it down in front of her, sat.", "Gus Hollis")

    assert "He put it down in front of her" in told
    assert "Hollis" not in told


def test_a_quote_is_attributed_by_given_name_when_someone_with_the_same_surname_was_just_named():
    night = Night()
    filler(night, 3, votes=2)
    soda = night.spot(
        "Press room: Toby Lindqvist at the mic. Then he outed the deal he made with his mum Annika Lindqvist, "
        "who was crying at the back.",
        who=["Annika Lindqvist", "Toby Lindqvist"],
        quote="Mom said if I won I could have a soda.",
        quote_by="Toby Lindqvist",
        where="Press room",
        votes=120,
    )

    item = item_with(night.compile(), soda)

    assert "soda,” Toby said." in item.body  # ("Lindqvist said" would be either of them: round 38)
    assert not item.body.startswith("Press room:")
    assert "in the press room" in item.body


def test_a_plural_noun_before_a_time_is_not_made_due():
    told = narrate(tidy("Søren Øvergaard read all five Best Rock nominees in about 19 seconds."))

    assert "Best Rock nominees in about 19 seconds" in told


def test_a_sentence_opening_with_whole_is_not_read_as_a_name():
    told = narrate(tidy("Her zip went. Whole back of the gown open and she presents Best Score in 12 min."))

    assert "Whole was" not in told


def test_a_dropped_subject_after_a_pronoun_sentence_is_the_moments_person_when_known():
    told = narrate(tidy("Nico Venn proposed. She said yes, crew applauded. Said a real ring is coming."), "Venn")

    assert "Venn said a real ring was coming" in told


def test_wins_and_loses_go_to_the_past():
    assert narrate(tidy("Solenne Marchetti WINS Best Actress Drama.")) == "Solenne Marchetti won Best Actress Drama."


def test_words_shown_in_capitals_on_a_sign_keep_their_case_and_tense():
    board = narrate(tidy("Odile held up the cue whiteboard: YOU ARE HORACE. He tried the voice three times."), "Birch")
    card = narrate(tidy("Floor manager holding up a card that says SLOWER; he never looked at it."), "Søren")

    assert "“YOU ARE HORACE.”" in board and "were" not in board.lower()
    assert "said “SLOWER”" in card
    assert tidy("Red carpet: OMG WOW she arrived.") == "Red carpet: wow she arrived."  # shouting, not a sign


def test_a_sign_naming_a_persona_keeps_its_capitals_in_the_article():
    night = Night()
    night.roster = [RosterEntry(id=1, guild_id=99, name="Calloway Birch", aliases=("Horace",))]
    filler(night, 4, votes=2)
    moment = night.spot(
        "Birch came off after the monologue and lost it in the wings. Odile held up the cue whiteboard: "
        "YOU ARE HORACE. He tried the voice three times.",
        who=["Calloway Birch"],
        votes=60,
    )

    assert "“YOU ARE HORACE.”" in item_with(night.compile(), moment).body


def test_a_note_that_only_says_someone_is_here_names_them_in_full_in_the_next_sentence():
    told = narrate(tidy("Jasper Lindqvist is here. Hiding in a laundry cart under a pile of towels."), "Lindqvist")

    assert told.startswith("Jasper Lindqvist was hiding in a laundry cart")


def test_one_item_never_drifts_between_a_persons_first_name_and_surname():
    night = Night()
    filler(night, 3, votes=2)
    press = night.spot(
        "Orla Marr in the press room with her first award. Greta Solvang broke her wrist in March; Orla went on "
        "for 14 weeks. The trophy was for Greta's mum.",
        who=["Orla Marr", "Greta Solvang"],
        quote="I still don't know how.",
        quote_by="Orla Marr",
        at="22:00",
        votes=90,
    )

    body = item_with(night.compile(), press).body

    assert "Marr went on for 14 weeks" in body and "for Solvang's mum" in body, body
    assert "Orla went" not in body and "Greta's" not in body


def test_a_person_the_reader_has_not_met_is_introduced_by_the_role_another_sighting_gives_them():
    night = Night()
    filler(night, 3, votes=2)
    night.spot(
        "The Orpheum's stage manager Kit Dunmore came along too, clipboard under one arm.",
        who=["Kit Dunmore"],
        by="Nell",
        at="19:50",
        votes=3,
    )
    dash = night.spot(
        "Rhea Sandoval ran out of the stage door with her trophy to make her own curtain call across town.",
        who=["Rhea Sandoval"],
        by="Nell",
        at="20:00",
        votes=200,
    )
    night.spot(
        "Kit Dunmore texted from the Orpheum: Rhea Sandoval made her curtain call across town with a minute to spare.",
        who=["Kit Dunmore", "Rhea Sandoval"],
        by="Tomasz",
        at="20:45",
        votes=150,
    )

    body = item_with(night.compile(), dash).body

    assert "Kit Dunmore, the stage manager, texted from the Orpheum" in body, body  # one "Orpheum" is enough
    assert body.count("stage manager") == 1
    assert "Rhea Sandoval, " not in body  # the lead needs no introduction


@pytest.mark.parametrize(
    ("typed", "printed"),
    [
        ("Wilbur fell over HARD on the dance floor", "Wilbur fell over hard on the dance floor"),
        ("the whole bar went NOOO when the cake fell", "The whole bar went nooo when the cake fell"),
        ('the whole bar went "AHHH" at the cake', "The whole bar went “Ahhh” at the cake"),
        ("the whole bar went 'AHHH' at the cake", "The whole bar went 'Ahhh' at the cake"),
        ("the BBC crew and the DJ left together", "The BBC crew and the DJ left together"),
    ],
)
def test_a_shouted_word_in_capitals_is_written_in_normal_case_and_acronyms_are_kept(typed, printed):
    assert tidy(typed) == printed


@pytest.mark.parametrize(
    ("note", "ended"),
    [
        ("the whole bar went “Ahhh”", "the whole bar went “Ahhh”."),
        ("She said: “Not tonight.”", "She said: “Not tonight.”"),
        ("Asked about the trophy, he said:", "Asked about the trophy, he said."),
        ("The drummer waved;", "The drummer waved."),
    ],
)
def test_a_told_note_ends_with_a_full_stop_after_a_quote_that_has_none_and_never_after_a_colon(note, ended):
    from bot.digest.hygiene import with_full_stop

    assert with_full_stop(note) == ended


@pytest.mark.parametrize(
    ("note", "told"),
    [
        (
            "Wilbur Crane was dancing with the caterer?! Nobody saw it coming.",
            "Wilbur Crane was dancing with the caterer.",
        ),
        ("Wilbur Crane dancing with the caterer?? Nobody saw it coming.", "Wilbur Crane was dancing with the caterer."),
        ("Was Wilbur Crane dancing with the caterer? Nobody knew.", "Was Wilbur Crane dancing with the caterer?"),
        ("Wilbur Crane sang the anthem. Crowd went quiet then cheered.", "The crowd went quiet, then cheered."),
        ("Wilbur Crane sang the anthem. Bar staff cheered.", "Bar staff cheered."),
    ],
)
def test_a_reporters_disbelief_and_note_speak_are_told_as_plain_statements(note, told):
    assert told in narrate(tidy(note))


@pytest.mark.parametrize(
    ("note", "told"),
    [
        (
            "All four Larkspur cast members in the cloakroom for the first time in years: Ann, Bo, Cy, Di.",
            "All four Larkspur cast members were in the cloakroom for the first time in years: Ann, Bo, Cy, Di.",
        ),
        ("Both twins at the bar ordering pints.", "Both twins at the bar ordering pints."),  # a verb: left alone
        ("All three drummers left the stage.", "All three drummers left the stage."),
    ],
)
def test_a_verbless_counted_group_in_a_place_is_given_its_verb(note, told):
    assert narrate(note) == told


def test_a_nickname_of_a_roster_person_the_report_did_not_tag_is_written_as_the_roster_spells_them():
    night = Night()
    night.roster = [
        RosterEntry(id=1, guild_id=99, name="Rufus Oakley", aliases=("Rufus",)),
        RosterEntry(id=2, guild_id=99, name="Wilhelmina Castor", aliases=("Wilhelmina", "Minnow")),
    ]
    filler(night, 3, votes=2)
    carry = night.spot(
        "Rufus Oakley carried Minnow across the flooded loading bay on his back, Minnow holding both their shoes "
        "and singing the whole way.",
        who=["Rufus Oakley"],
        at="21:00",
        votes=120,
    )

    body = item_with(night.compile(), carry).body

    assert "carried Wilhelmina Castor across the flooded loading bay" in body
    assert "Castor holding both their shoes" in body
    assert "Minnow" not in body


@pytest.mark.parametrize(
    ("typed", "printed"),
    [
        (
            'the whole bar went "Ahhh" In the kitchen the chef wept',
            "The whole bar went “Ahhh”. In the kitchen the chef wept",
        ),
        ("the lights went out She kept singing anyway", "The lights went out. She kept singing anyway"),
        ('a sign saying "Exit" on the door', "A sign saying “Exit” on the door"),
        ("she sang Then Came the Dawn badly", "She sang Then Came the Dawn badly"),  # a title, not a new sentence
    ],
)
def test_sentences_run_together_are_parted_with_a_full_stop(typed, printed):
    assert tidy(typed) == printed


@pytest.mark.parametrize(
    ("text", "told"),
    [
        (
            "Update on Kwame Asante-Whitfield's trophy: the stage manager taped the snapped wing back on.",
            "The stage manager taped the snapped wing back on.",
        ),
        (
            "On Kwame Asante-Whitfield's broken trophy: the stage manager taped the wing back on.",
            "The stage manager taped the wing back on.",
        ),
        ("Update on Kwame's dad: he's in the green room.", None),  # (never a pronoun nobody was named for)
        ("He went on: it was close.", "He went on: it was close."),
    ],
)
def test_a_slug_on_someones_thing_is_not_printed(text, told):
    """A correspondent's slug naming whose thing the post is about ("Update on X's trophy:") is bookkeeping, however
    long the name: never printed as a fragment ("On Noah Jean-Baptiste's trophy: the stage manager …")."""
    if told is None:
        assert not tidy(text).startswith("He's in"), tidy(text)
    else:
        assert tidy(text) == told
