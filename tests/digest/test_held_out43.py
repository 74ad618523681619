"""Causes found in round 43, from a held-out night (a gala on a windy night in a walled city): one gust at the stage
door reported in English, Maltese and Italian, tagged each time with someone else, the Italian report eight minutes
after the English one and filed from the street the English one names in its place ("Old Mint Street", "Stage door,
Old Mint Street"); and a pinned band moment whose report names the stage manager before the bandmaster whose line it
quotes, so the stage manager's own bigger moment (the gust) was told as its look back; a telegraphic note of the gust
pasted as typed ("SIROCCO gust blows door open, … out into Old Mint St. Pawlu Pace sprinting after them"); a
proposal headed by his hand in his pocket; the winner feeding the horse the carrot the presenter had said it was owed,
told nowhere; (held-out Baku and Yerevan, round 42) a son coming off stage heading his father's moment, and
"Tonight" in a headline read the next day. Every name and sentence is invented."""

from __future__ import annotations

from bot.digest.clauses import sentences
from bot.digest.headline_check import problem
from bot.digest.headlines import write_headline
from bot.digest.padding import unpadded
from bot.digest.places import same_place
from bot.digest.shorthand import unfolded
from bot.digest.things import thing_of
from bot.models import RosterEntry

from .factory import Night, filler, item_with


def test_a_thing_named_in_other_languages_is_one_thing() -> None:
    assert thing_of("buste") == thing_of("envelop") == thing_of("koperty") == "#envelope"
    assert thing_of("scirocco") == thing_of("gust") == thing_of("xlokk") == "#wind"
    assert thing_of("sobre") is None  # (Spanish for "about": a word of every sentence, never a thing)
    assert thing_of("door") is None  # (a place's word: `places` reads it)


def test_a_place_named_whole_inside_another_is_the_same_place() -> None:
    assert same_place("Stage door, Ropewalk Lane", "Ropewalk Lane")
    assert same_place("Ropewalk Lane", "Ropewalk Lane, by the stage door")
    assert not same_place("Main stage", "Main stage wings")  # (nothing but things: not a name of its own)
    assert not same_place("Table 4", "Table 4, bar")


def _gust(night: Night, italian_place: str) -> tuple[object, object]:
    filler(night, 4)
    english = night.spot(
        "A gust of wind blew the stage door open and scattered the winners' envelopes across Ropewalk Lane. The "
        "floor manager Ivo Marsh ran out after them.",
        who=["Ivo Marsh"],
        at="21:08",
        votes=60,
        by="Kev",
        where="Stage door, Ropewalk Lane",
    )
    italian = night.spot(
        "Vento alla porta del palcoscenico: le buste dei vincitori volate in strada. Lia Conti, che doveva "
        "consegnare il Miglior Film, è corsa fuori sui tacchi e ha ripreso la sua busta dal vetturino.",
        who=["Lia Conti"],
        at="21:16",
        votes=170,
        by="Lucia",
        where=italian_place,
        quote="Whoever wins tonight owes that horse a carrot.",
        quote_by="Lia Conti",
    )
    return english, italian


def test_one_gust_told_in_english_and_eight_minutes_later_in_italian_is_one_item() -> None:
    night = Night()
    english, italian = _gust(night, "Ropewalk Lane")
    item = item_with(night.compile(), italian)  # type: ignore[arg-type]
    assert english.id in item.sighting_ids, item  # type: ignore[attr-defined]
    # the English report tells what happened; the Italian one gives its English line
    assert "envelopes" in item.body and "owes that horse a carrot" in item.body, item.body


def test_the_same_things_from_another_place_eight_minutes_later_are_another_moment() -> None:
    night = Night()
    english, italian = _gust(night, "Foyer bar")
    item = item_with(night.compile(), italian)  # type: ignore[arg-type]
    assert english.id not in item.sighting_ids, item  # type: ignore[attr-defined]


def test_a_stage_manager_named_first_in_the_bandmasters_moment_keeps_his_own_item() -> None:
    night = Night()
    filler(night, 4)
    gust = night.spot(
        "A gust of wind blew the stage door open and scattered the winners' envelopes across Ropewalk Lane. The "
        "floor manager Ivo Marsh ran out after every one of them and had them back before the next award.",
        who=["Ivo Marsh"],
        at="21:08",
        votes=280,
        by="Kev",
        where="Stage door",
    )
    band = night.spot(
        "In Memoriam had just begun inside when the town band's march reached the corner at full blast. Ivo Marsh "
        "ran out in his headset. Bandmaster Nello Farrugia listened, lowered the baton, and the band played a "
        "funeral march, soft, until the last name was read.",
        who=["Nello Farrugia", "Ivo Marsh"],
        at="21:52",
        votes=240,
        by="Sam",
        where="Corner of Theatre Street",
        quote="For the dead we always play slow.",
        quote_by="Nello Farrugia",
    )
    night.pin(band)
    digest = night.compile()
    assert gust.id not in item_with(digest, band).sighting_ids
    assert "envelopes" in item_with(digest, gust).body


def test_a_windy_note_is_told_in_sentences() -> None:
    told = unfolded(
        "STG DR: SIROCCO gust blows door open, winners' envelopes out into Ropewalk St. Ivo Marsh sprinting after "
        "them.",
        ["Ivo Marsh"],
    )
    assert "A sirocco gust blew the door open, and the winners' envelopes went out into Ropewalk Street." in told
    assert "Ivo Marsh was sprinting after them." in told
    assert unfolded("BASTION: Ferrante + Öztürk slow dance.", ["Nico Ferrante", "Ada Öztürk"]).endswith(
        "Ferrante + Öztürk slow danced."
    )


def test_a_street_abbreviated_ends_its_sentence_and_a_saint_does_not() -> None:
    assert sentences("Envelopes out into Old Mint St. Ivo Marsh ran after them.") == [
        "Envelopes out into Old Mint St.",
        "Ivo Marsh ran after them.",
    ]
    assert len(sentences("On St. Andrew's Bastion they kissed. Near St. Paul they met.")) == 2


def test_she_proposing_first_heads_the_item_not_his_hand_in_his_pocket() -> None:
    text = (
        "On the bastion, as the first fireworks went up, Nico Ferrante reached into his inside pocket, and Ada "
        "Öztürk went down on one knee first, holding out a ring she had hidden in a lens cap. He said yes before "
        "she finished the question, then produced his own ring."
    )
    headline = write_headline(text, names=["Nico Ferrante", "Ada Öztürk"], lead="Nico Ferrante")
    assert headline == "Ada Öztürk Goes Down on One Knee First"


def _carrot(night: Night, names_her: bool) -> tuple[object, object]:
    night.roster = [
        RosterEntry(id=1, guild_id=99, name="Lia Conti", aliases=()),
        RosterEntry(id=2, guild_id=99, name="Jo Mangion", aliases=()),
    ]
    filler(night, 4)
    line = night.spot(
        "A gust of wind blew the stage door open and scattered the winners' envelopes across Ropewalk Lane; a "
        "carriage driver pinned the Best Film one to his seat with his hat and Lia Conti ran out to fetch it.",
        who=["Lia Conti"],
        at="21:08",
        votes=170,
        by="Kev",
        where="Ropewalk Lane",
        quote="Whoever wins tonight owes that horse a carrot.",
        quote_by="Lia Conti",
    )
    held = "Lia Conti held the trophy while he did it." if names_her else "The driver laughed."
    payoff = night.spot(
        "Jo Mangion came out of the stage door with the Best Film trophy under one arm and a carrot from the "
        f"green-room crudités in the other hand, walked down to the carriage and fed it to the horse. {held}",
        who=["Jo Mangion"],
        at="22:50",
        votes=120,
        by="Sam",
        where="Theatre Street",
        quote="A debt is a debt.",
        quote_by="Jo Mangion",
    )
    return line, payoff


def test_the_winner_feeding_the_horse_its_carrot_is_told_after_the_line_that_promised_it() -> None:
    night = Night()
    line, payoff = _carrot(night, names_her=True)
    item = item_with(night.compile(), line)  # type: ignore[arg-type]
    assert payoff.id in item.sighting_ids  # type: ignore[attr-defined]
    body = item.body
    assert body.index("owes that horse a carrot") < body.index("fed it to the horse"), body


def test_a_carrot_fed_by_strangers_is_no_payoff_of_the_line() -> None:
    night = Night()
    line, payoff = _carrot(night, names_her=False)
    assert payoff.id not in item_with(night.compile(), line).sighting_ids  # type: ignore[arg-type,attr-defined]


def test_a_father_playing_his_son_out_heads_the_moment_not_the_son_coming_off_stage() -> None:
    text = (
        "As Emil Rahimli came off stage with the Jazz Album award, his father was already at the lobby grand "
        "piano, still in his coat, playing him out with an old wedding song. Two security guards started towards "
        "him; the producer Aysel Karimova waved them back."
    )
    names = ["Emil Rahimli", "Tahir Rahimli", "Aysel Karimova"]
    headline = write_headline(text, names=names, lead="Emil Rahimli")
    assert headline == "Emil Rahimli's Father Plays Him Out With an Old Wedding Song", headline


def test_a_headline_read_the_next_day_never_says_tonight() -> None:
    assert unpadded("Vahe Petrosyan and Anna Grigoryan meet for the second time tonight") == (
        "Vahe Petrosyan and Anna Grigoryan meet for the second time"
    )
    assert unpadded("Ana Sings “Tonight” Again") == "Ana Sings “Tonight” Again"  # (a title as sung)


def test_a_verb_alone_before_the_act_is_left_out_of_the_headline() -> None:
    text = (
        "In Memoriam had just begun inside when the town band's march reached the corner at full blast. Ivo Marsh "
        "ran out in his headset. Bandmaster Nello Farrugia listened, lowered the baton, and the band played a "
        "funeral march, soft, until the last name was read."
    )
    names = ["Nello Farrugia", "Ivo Marsh"]
    quote = "For the dead we always play slow."
    headline = write_headline(text, names=names, lead="Nello Farrugia", quote=quote, speaker="Nello Farrugia")
    assert headline == "Bandmaster Nello Farrugia Lowers the Baton", headline


def test_a_gust_told_three_times_with_as_many_votes_each_is_one_item_crediting_all_three() -> None:
    night = Night()
    night.roster = [
        RosterEntry(id=1, guild_id=99, name="Leli Farrugia", aliases=()),
        RosterEntry(id=2, guild_id=99, name="Marisa Cutajar", aliases=()),
        RosterEntry(id=3, guild_id=99, name="Teodor Brincat", aliases=()),
    ]
    filler(night, 4)
    english = night.spot(
        "SIROCCO gust blows door open, winners' envelopes out into Ropewalk St. Leli Farrugia sprinting after them.",
        who=["Leli Farrugia"],
        at="21:00",
        votes=30,
        by="Amy",
        where="Ropewalk Lane",
    )
    italian = night.spot(
        "Una raffica di scirocco ha spalancato la porta e le buste dei vincitori sono volate in strada. Marisa "
        "Cutajar le ha rincorse fino all'angolo.",
        who=["Marisa Cutajar"],
        at="21:04",
        votes=22,
        by="Ben",
        where="Stage door, Ropewalk Lane",
    )
    maltese = night.spot(
        "Il-qilla tax-xlokk fetħet il-bieb u l-envelopes tar-rebbieħa ħarġu fit-triq. Teodor Brincat ġera warajhom.",
        who=["Teodor Brincat"],
        at="21:08",
        votes=18,
        by="Cara",
        where="Ropewalk Lane",
    )
    item = item_with(night.compile(), english)
    assert {italian.id, maltese.id} <= set(item.sighting_ids), item
    assert set(item.reporters) >= {"Amy", "Ben", "Cara"}, item.reporters
    assert item.body.startswith("A sirocco gust blew the door open, and the winners' envelopes went out"), item.body
    assert item.headline == "Leli Farrugia Sprints After the Winners' Envelopes", item.headline


def test_a_title_keeps_its_tonight() -> None:
    assert unpadded("Mabel Quist sings 'Not Tonight, Lorraine'") == "Mabel Quist sings 'Not Tonight, Lorraine'"
    assert unpadded("Mabel Quist sings 'not tonight, lorraine'") == "Mabel Quist sings 'not tonight, lorraine'"


def test_the_line_a_stronger_payoff_answers_is_told_in_its_item() -> None:
    night = Night()
    night.roster = [
        RosterEntry(id=1, guild_id=99, name="Corin Ashgrove", aliases=()),
        RosterEntry(id=2, guild_id=99, name="Tessa Wray", aliases=()),
    ]
    filler(night, 4)
    line = night.spot(
        "A mounted police horse called Biscuit stood by the red carpet all evening. Presenter Corin Ashgrove stopped "
        "on his way in and scratched its nose for a full minute.",
        who=["Corin Ashgrove"],
        at="19:00",
        votes=35,
        by="Amy",
        where="Red carpet",
        quote="Whoever wins tonight owes that horse a carrot.",
        quote_by="Corin Ashgrove",
    )
    payoff = night.spot(
        "Out on the front steps, Tessa Wray fed Biscuit the police horse a carrot from the buffet while Corin "
        "Ashgrove held her trophy.",
        who=["Tessa Wray", "Corin Ashgrove"],
        at="21:00",
        votes=60,
        by="Ben",
        where="Front steps",
        quote="Debt paid.",
        quote_by="Tessa Wray",
    )
    item = item_with(night.compile(), payoff)
    assert line.id in item.sighting_ids, item
    assert "a mounted police horse called Biscuit had stood" in item.body, item.body  # (its name, never "had called")
    assert item.headline.startswith("Tessa Wray Feeds the Police Horse"), item.headline


def test_someone_running_after_the_envelopes_heads_over_a_line_about_the_horse() -> None:
    text = (
        "A sirocco gust blew the door open, and the winners' envelopes went out into Ropewalk Street. Ivo Marsh "
        "was sprinting after them."
    )
    names = ["Ivo Marsh", "Lia Conti"]
    quote = "Whoever wins tonight owes that horse a carrot."
    headline = write_headline(text, names=names, lead="Ivo Marsh", about="Lia Conti", quote=quote, speaker="Lia Conti")
    assert headline == "Ivo Marsh Sprints After the Winners' Envelopes", headline


def test_a_song_title_is_never_cut_at_its_comma() -> None:
    text = (
        "Mabel Quist sang 'Not Tonight, Lorraine' on the back stairs with the fiddle section, ~30 people on the "
        "landing."
    )
    headline = write_headline(text, names=["Mabel Quist"], lead="Mabel Quist")
    assert "Not Tonight, Lorraine" in headline, headline
    # a year after an apostrophe, and an apostrophe inside a title, are no title cut
    assert problem("Hanna Ostapchuk Plays the Kolyskova Theme From Her '79 Film", ["Hanna Ostapchuk"]) is None
    assert problem("Hope Dimaculangan Sings 'Sana'y Bukas Pa'", ["Hope Dimaculangan"]) is None
    assert problem("Mabel Quist Sings 'Not Tonight", ["Mabel Quist"]) == "a title cut inside its quotes"
