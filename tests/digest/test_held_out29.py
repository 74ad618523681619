"""Causes found on round 28's Sydney review (a night written by a helper who never read the compiler, reviewed
blind): a pair's moment told as a look back of a bystander's other story, a band named beside a person counted as a
second person, a contraction read as a possessive, a dropped "g", a label-and-quote headline over an idiom. Every name
and sentence is invented, in the shape of what the night's correspondents typed."""

from __future__ import annotations

import re

from bot.digest.beats import _as_follow_up
from bot.digest.clauses import set_aside
from bot.digest.copyedit import _name_joined_to_verb
from bot.digest.corrections import corrected
from bot.digest.groups import _plural, _someone_from
from bot.digest.headline_words import simple_present
from bot.digest.headlines import write_headline
from bot.digest.notewords import note_words
from bot.digest.retelling import without_retelling
from bot.digest.tenses import name_has_done
from bot.models import RosterEntry

from .factory import Night, every_item, filler, item_with


def _entry(k: int, name: str, *aliases: str) -> RosterEntry:
    return RosterEntry(id=k, guild_id=99, name=name, aliases=tuple(aliases))


def _dock_night() -> tuple[Night, dict[str, object]]:
    """A stage manager mistakes a rapper of a band for crew (110 votes, two correspondents, a bystander filming);
    the band wins while he is still on the dock; hours later the same stage manager writes the host's lines on his
    forearm (80 votes, three correspondents, the same bystander named), and earlier the bystander fell on the stairs.
    Each sighting is tagged as the bot tags it: the roster names its text gives too."""
    night = Night()
    night.roster = [
        _entry(1, "Nell Ashby", "Nell"),
        _entry(2, "Tui Moana", "Tui"),
        _entry(3, "Kip Doyle", "Kip"),
        _entry(4, "Bax Harlow", "Bax"),
        _entry(5, "Loose Change", "LC"),
    ]
    filler(night, 4)
    s: dict[str, object] = {}
    s["fall"] = night.spot(
        "Kip from LC went flying on the harbour stairs, new shoes, no grip. Bounced up and took a bow.",
        who=["Kip Doyle", "Loose Change"],
        where="harbour stairs",
        quote="New shoes, no grip, all good",
        quote_by="Kip",
        at="20:25",
        votes=30,
        by="Dot",
    )
    s["mistaken"] = night.spot(
        "Loading dock: stage manager Nell Ashby has mistaken Tui from Loose Change for crew (it's the vest) and has "
        "him carrying road cases off the truck. He hasn't told her who he is. Their category is in ten minutes.",
        who=["Tui Moana", "Nell Ashby", "Loose Change"],
        where="loading dock",
        at="20:50",
        votes=110,
        by="Raf",
    )
    night.spot(
        "Tui's hauled four road cases and a wedge off the truck. Nell reckons he's the best casual she's had all "
        "year. Kip is filmin it from behind a forklift, absolutely losin it",
        who=["Tui Moana", "Kip Doyle"],
        where="loading dock",
        at="20:53",
        votes=40,
        by="Dot",
    )
    s["won"] = night.spot(
        "Loose Change's category was read out with Tui still on the loading dock. The floor manager ran him up the "
        "back stairs and he reached the stage in time, still in his work gloves. They won Best Hip-Hop Release.",
        who=["Loose Change", "Tui Moana"],
        where="back stairs",
        at="20:58",
        votes=38,
        by="Hal",
    )
    night.spot(
        "Bax fell on the harbour stairs, same ones Kip went flying on earlier. Cards everywhere, half in the water.",
        who=["Bax Harlow", "Kip Doyle"],
        where="harbour stairs",
        at="22:20",
        votes=18,
        by="Dot",
    )
    s["forearm"] = night.spot(
        "With half his cue cards in the harbour and the closing link three minutes away, Nell Ashby wrote Bax "
        "Harlow's lines up the inside of his forearm in marker. He read them on air off his arm.",
        who=["Bax Harlow", "Nell Ashby"],
        where="side stage",
        quote="Hold still. You're not getting another set.",
        quote_by="Nell",
        at="22:23",
        votes=80,
        by="Hal",
    )
    night.spot(
        "SIDE STG: Bax forearm = autocue. Nell holding his sleeve up.",
        who=["Bax Harlow", "Nell Ashby"],
        where="side stage",
        at="22:25",
        votes=22,
        by="Ivo",
    )
    return night, s


def test_a_pairs_moment_is_its_own_item_not_a_look_back_of_the_other_persons_later_story():
    night, s = _dock_night()
    digest = night.compile()
    mistaken = item_with(digest, s["mistaken"])  # type: ignore[arg-type]
    assert "forearm" not in mistaken.body, mistaken.body
    assert "for crew" not in item_with(digest, s["forearm"]).body  # type: ignore[arg-type]


def test_the_band_a_person_is_from_is_no_second_person_joining_his_fall_to_his_bandmates_story():
    night, s = _dock_night()
    digest = night.compile()
    mistaken = item_with(digest, s["mistaken"])  # type: ignore[arg-type]
    assert "went flying" not in mistaken.body and "no grip" not in mistaken.body, mistaken.body
    assert "Best Hip-Hop Release" in mistaken.body, mistaken.body  # (the win his afternoon on the dock ran into)


def test_a_band_a_person_is_from_is_named_whole_and_its_new_act_is_told_though_its_words_were_told():
    night, s = _dock_night()
    body = item_with(night.compile(), s["mistaken"]).body  # type: ignore[arg-type]
    assert "Loose Change's category was read out" in body, body  # (never "Change's": a band has no family name)


def test_an_item_writes_out_a_verb_typed_without_its_g():
    night, _ = _dock_night()
    text = " ".join(item.body for item in every_item(night.compile()))
    assert "filming it from behind a forklift, absolutely losing it" in text, text


def test_a_verb_typed_without_its_g_is_written_out_and_a_noun_ending_in_in_is_not():
    assert note_words("whole town watchin on the telly, singin along, she's bawlin") == (
        "whole town watching on the telly, singing along, she's bawling"
    )
    assert note_words("a raisin in the cabin with her cousin") == "a raisin in the cabin with her cousin"


def test_a_name_and_s_before_a_regular_past_and_its_object_is_has_not_a_possessive():
    assert name_has_done("KJ's legged it straight out to the dock") == "KJ legged it straight out to the dock"
    assert name_has_done("Rain's humped four road cases", "has") == "Rain has humped four road cases"
    assert name_has_done("Ada's painted nails glittered") == "Ada's painted nails glittered"


def test_a_headlines_present_perfect_is_its_simple_present_in_its_own_clause_only():
    assert simple_present("Nell Ashby Has Mistaken Tui Moana for Crew") == "Nell Ashby Mistakes Tui Moana for Crew"
    assert simple_present("Pia Cries Because She Has Lost Her Shoe") == "Pia Cries Because She Has Lost Her Shoe"
    assert simple_present("Ada Has Got a Tattoo") == "Ada Has Got a Tattoo"


def test_an_idiom_on_it_gives_the_headline_to_the_act_after_and():
    headline = write_headline(
        "KJ's legged it straight out to Dock 3 with the trophy and FaceTimed the Wirrabilla pub, whole town's packed "
        "in there watching on the telly.",
        names=["KJ", "Big Tev"],
        lead="KJ",
        quote="Every single person I know is in that pub.",
        speaker="KJ",
    )
    assert headline == "KJ FaceTimes the Wirrabilla Pub", headline


def _harmonica_night() -> tuple[Night, object]:
    """A pinned green-room note of a reunion, then a correspondent's prose account of it twelve minutes later."""
    night = Night()
    night.roster = [_entry(1, "Otis Crane", "Otis"), _entry(2, "Rudi Vos", "Rudi")]
    filler(night, 4)
    note = night.spot(
        "GRN RM: Otis Crane walks in, takes old harmonica from pocket, hands it to Rudi. Rudi stares at it ~10 sec. "
        "then HUG. whole room clapping.",
        who=["Otis Crane", "Rudi Vos"],
        where="green room",
        at="21:05",
        votes=170,
        by="Tk",
    )
    night.pin(note)
    night.spot(
        "Rudi Vos and Otis Crane, who had not spoken since their band split in 2012, made up in the green room. Otis "
        "handed Rudi the harmonica Rudi threw at him on the band's last night; Rudi turned it over, laughed, and "
        "embraced him.",
        who=["Rudi Vos", "Otis Crane"],
        where="green room",
        quote="Nineteen years in your sock drawer.",
        quote_by="Rudi",
        at="21:17",
        votes=140,
        by="Harriet",
    )
    return night, note


def test_a_notes_sentence_is_not_told_when_its_it_was_in_the_sentence_left_out_as_told():
    night, note = _harmonica_night()
    body = item_with(night.compile(), note).body  # type: ignore[arg-type]
    assert "at it" not in body, body
    assert body.startswith("Rudi Vos and Otis Crane, who had not spoken since their band split"), body


def test_a_correction_that_tells_an_act_is_told_in_the_item_without_what_it_takes_back():
    night = Night()
    night.roster = [_entry(1, "Juno Park", "Juno"), _entry(2, "Mae Dorsey", "Mae"), _entry(3, "Lola Finch", "Lola")]
    filler(night, 4)
    live = night.spot(
        "GRN RM: Juno lapel phone LIVE thru producers' huddle on the big winner. ~40k watching. Dorsey yanked it.",
        who=["Juno Park", "Mae Dorsey"],
        where="green room",
        at="21:09",
        votes=120,
        by="Tomas",
    )
    night.spot(
        "CORRECTION to my last: it was JUNO's stream, not Lola's. producer Mae Dorsey unclipped the phone off his "
        "jacket mid-sentence and dropped it in an ice bucket. Lola was nowhere near it, she was in the wings",
        who=["Juno Park", "Mae Dorsey", "Lola Finch"],
        where="green room",
        at="21:12",
        votes=150,
        by="Bea",
    )
    night.spot(
        "Mae Dorsey, the show's producer, confirmed that Juno Park's phone had been streaming from the green room for "
        "about four minutes while the result was being discussed.",
        who=["Mae Dorsey", "Juno Park"],
        where="green room",
        quote="Nobody heard a name.",
        quote_by="Mae Dorsey",
        at="21:15",
        votes=60,
        by="Priya",
    )
    body = item_with(night.compile(), live).body
    assert "dropped it in an ice bucket" in body, body
    assert "Lola" not in body and "It was" not in body, body


def test_a_correction_never_says_again_the_alibi_of_whom_it_takes_back_nor_a_bare_cleft():
    fixed = corrected(
        "CORRECTION to my last: it was JUNO's stream, not Lola's. producer Mae Dorsey dropped the phone in an ice "
        "bucket. Lola was nowhere near it, she was in the wings"
    )
    assert fixed == "Producer Mae Dorsey dropped the phone in an ice bucket.", fixed
    assert corrected("CORRECTION: that was Kos Papp's BROTHER with Mara Vegas, NOT Kos.") == (
        "Kos Papp's BROTHER was with Mara Vegas."
    )


def test_a_follow_up_opening_on_an_awards_name_is_in_lower_case_after_its_connective():
    assert _as_follow_up("The Lifetime Achievement award was presented to Halina.", "Later, ") == (
        "Later, the Lifetime Achievement award was presented to Halina."
    )
    assert _as_follow_up("The Glass Cage won Best Group.", "Later, ") == "Later, The Glass Cage won Best Group."


def test_a_name_typed_in_lower_case_by_a_writer_who_types_no_capitals_is_printed_as_the_name():
    night = Night()
    night.roster = [_entry(1, "Ivo Pesek", "Pesek"), _entry(2, "Tomas Zeman", "Zeman")]
    filler(night, 4)
    belt = night.spot(
        "update on the belt: pesek gave zeman his belt back on the dancefloor, down on one knee like a proposal lol. "
        "everyone screamed",
        who=["Ivo Pesek", "Tomas Zeman"],
        where="roof foyer",
        at="22:47",
        votes=60,
        by="Becca",
    )
    body = item_with(night.compile(), belt).body
    assert "gave Tomas Zeman his belt back" in body, body  # (first mention: the full name, never "zeman")


def test_a_participle_phrase_between_commas_is_set_aside_and_keeps_its_commas():
    sentence = "Marta Lisa, nominated for Best Debut and Best Screenplay, came with eleven members of her family."
    assert set_aside(sentence) == "Marta Lisa came with eleven members of her family."
    assert _name_joined_to_verb(sentence) == sentence


def test_a_name_parts_the_words_around_it_so_a_new_act_is_not_read_as_told_again():
    lead = "Her brother Kuba, twelve, recorded the sound."
    paragraph = (
        "Hours later, Marta missed a step on the river stairs. She went down on one knee, and her brother Kuba, "
        "twelve, caught the lion before it hit the stone."
    )
    assert without_retelling(paragraph, lead, frozenset({"kuba", "marta"})) == paragraph


def test_a_short_sentence_of_a_beat_that_only_retells_the_lead_moment_of_people_named_is_left_out():
    night = Night()
    filler(night, 4, votes=1)
    lead = night.spot(
        "Ada Roe came off stage and Bea Kaur was waiting at the foot of the stairs. They hugged for a long time.",
        who=["Ada Roe", "Bea Kaur"],
        by="Amy",
        at="21:00",
        where="Stairs",
        votes=40,
    )
    night.spot(
        "Bea Kaur signed Ada Roe's programme in the corridor. Ada Roe and Bea Kaur hugged.",
        who=["Ada Roe", "Bea Kaur"],
        by="Ben",
        at="21:30",
        where="Corridor",
        votes=30,
    )
    body = item_with(night.compile(), lead).body
    assert "signed Ada Roe's programme" in body or "signed Roe's programme" in body, body
    assert body.count("hugged") == 1, body


def test_a_correction_saying_it_wasnt_someone_tells_who_it_was_and_never_the_cleared_man():
    fixed = corrected(
        "Correction to my last: it wasn't Dessie Gurk, he was on stage presenting at the time. It was Kez from The "
        "Blackouts who knocked it, and he caught it one-handed before it hit the floor."
    )
    assert fixed.startswith("Kez from The Blackouts knocked it, and he caught it one-handed"), fixed
    assert "Dessie" not in fixed and "presenting" not in fixed, fixed


def test_a_band_given_a_plural_verb_is_named_whole_never_by_a_family_name():
    night = Night()
    night.roster = [_entry(1, "Lorna Doone"), _entry(2, "Mo Adebayo", "Mo")]
    filler(night, 4)
    carried = night.spot(
        "Lorna Doone were last seen carrying Mo Adebayo out of the bar on their shoulders, all five of them singing.",
        who=["Lorna Doone", "Mo Adebayo"],
        where="Bar",
        at="22:45",
        votes=40,
        by="Ana",
    )
    night.spot(
        "Mo Adebayo lost his voice singing along at the bar. Lorna Doone bought him a honey and lemon.",
        who=["Mo Adebayo", "Lorna Doone"],
        where="Bar",
        at="22:50",
        votes=30,
        by="Tom",
    )
    body = item_with(night.compile(), carried).body
    assert re.search(r"(?<!Lorna )Doone", body) is None, body  # (never "Doone bought him …": a band, named whole)


def test_a_name_inside_a_longer_word_is_never_read_as_a_band_or_what_someone_is_from():
    assert _plural("lorna doone were last seen carrying mo", "lorna doone")
    assert not _plural("the promo were everywhere", "mo") and not _plural("ada and bo were late", "bo")
    assert not _someone_from("tui from moscow waved", "mo", ["mo", "tui"], {"mo": "Mo", "tui": "Tui"})
