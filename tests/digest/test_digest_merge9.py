"""Round 9's lead fixes, on nights a user would notice them in: "so did two of the guards" is never a lead-in
and a new subject, a request to the desk ("desk can someone check") is never printed, and a name with a
generational suffix after a comma ("Joseph Okello Mbeki, Sr.", "Gaston Lemaire, fils") is one name in the body and
in the headline, never cut into two sentences nor doubled, and a father and son who share it are never named one
for the other; a role the reports give in another language ("la ministre") is never the name she goes by; a
moment told in Turkish and in English is one item, told in English, its place in English ("Mutfak": the kitchen)."""

from __future__ import annotations

from bot.digest.beats import _without_promise_back
from bot.digest.clauses import set_aside
from bot.digest.headline_check import problem
from bot.digest.headline_words import owner_named
from bot.digest.headlines import write_headline
from bot.digest.narration import narrate
from bot.digest.places import place_phrase, same_place
from bot.digest.polish import polish
from bot.digest.retelling import without_retold_quote
from bot.digest.splices import unspliced
from bot.digest.textutil import name_parts
from bot.models import RosterEntry
from tests.digest.factory import Night, filler, item_with


def test_a_suffix_after_a_comma_is_no_sentence_end():
    text = "Backstage, Ama Ruto knelt in front of Joseph Okello Mbeki, Sr. and put the trophy in his hands."

    assert unspliced(text) == text


def test_french_and_portuguese_generational_suffixes_are_no_family_name():
    assert name_parts("Gaston Lemaire, fils") == ("Gaston", "Lemaire")
    assert name_parts("Gaston Lemaire, père") == ("Gaston", "Lemaire")
    assert name_parts("Paulo Tavares Filho") == ("Paulo", "Tavares")


def test_a_headline_opening_with_the_sons_whole_name_never_names_the_father():
    written = write_headline(
        "Gaston Lemaire, fils, walked up to the bar and ordered a beer.",
        names=["Gaston Lemaire, fils", "Gaston Lemaire, père"],
        lead="Gaston Lemaire, fils",
    )

    assert written.startswith("Gaston Lemaire, fils "), written
    assert "père" not in written, written


def test_a_comma_name_written_without_its_comma_is_still_the_subject():
    written = write_headline(
        "At the bar, Gaston Lemaire fils walked up to the counter and ordered a beer.",
        names=["Gaston Lemaire, fils", "Ada Quill"],
        lead="Gaston Lemaire, fils",
    )

    assert written == "Gaston Lemaire, fils Orders a Beer", written


def test_a_senior_named_in_a_report_is_printed_once_whole():
    night = Night()
    night.roster = [
        RosterEntry(id=1, guild_id=1, name="Joseph Okello Mbeki, Sr.", aliases=("Mzee Mbeki", "Okello Mbeki")),
        RosterEntry(id=2, guild_id=1, name="Ama Ruto", aliases=("Ama",)),
    ]
    filler(night, 4, votes=2)
    knelt = night.spot(
        "Backstage after her win, Ama Ruto knelt in front of Joseph Okello Mbeki, Sr. and put the trophy in his "
        "hands. He gave it straight back and told her it was hers.",
        who=["Ama Ruto", "Joseph Okello Mbeki, Sr."],
        at="20:33",
        votes=120,
    )

    item = item_with(night.compile(), knelt)

    assert "Joseph Okello Mbeki, Sr. and put the trophy" in item.body, item.body
    assert item.body.count("Okello") == 1, item.body


def _stage_door_night(text: str) -> tuple[Night, object]:
    night = Night()
    night.roster = [
        RosterEntry(id=1, guild_id=1, name="Réka Varga", aliases=("Réka",)),
        RosterEntry(id=2, guild_id=1, name="Tibor Lakatos", aliases=("Tibor",)),
        RosterEntry(id=3, guild_id=1, name="Pili Mwangi", aliases=("Pili",)),
        RosterEntry(id=4, guild_id=1, name="Odhiambo Were", aliases=()),
    ]
    filler(night, 4, votes=2)
    told = night.spot(text, who=["Réka Varga", "Tibor Lakatos"], at="22:07", votes=200)
    return night, told


def test_so_did_others_is_never_rewritten_as_the_person_doing_them():
    night, told = _stage_door_night(
        "Réka came off stage with the trophy, went straight down to the stage door and put it in Tibor Lakatos's "
        "hands. Tibor, thirty years on that door, cried. So did two of the security guys."
    )

    item = item_with(night.compile(), told)

    assert "So did two of the security" in item.body, item.body
    assert "Lakatos did" not in item.body and " Does " not in item.headline, (item.headline, item.body)


def test_a_request_to_the_desk_is_never_printed():
    night = Night()
    night.roster = [RosterEntry(id=1, guild_id=1, name="Pili Mwangi", aliases=("Pili",))]
    filler(night, 4, votes=2)
    told = night.spot(
        "In the green room, Odhiambo Were handed his old drum to Pili Mwangi. Pili refused twice, then sat on the "
        "floor and cried. desk can someone check",
        who=["Pili Mwangi", "Odhiambo Were"],
        at="20:52",
        votes=200,
    )

    item = item_with(night.compile(), told)

    assert "check" not in item.body.lower() and "desk" not in item.body.lower(), item.body
    assert "sat on the floor and cried." in item.body, item.body


def test_a_role_the_reports_give_in_another_language_is_never_her_name():
    night = Night()
    night.roster = [
        RosterEntry(id=1, guild_id=1, name="Sabine Le Roux", aliases=("Le Roux", "la ministre", "the minister")),
        RosterEntry(id=2, guild_id=1, name="Odile Marchand", aliases=("Neige",)),
    ]
    filler(night, 4, votes=2)
    for k, what in enumerate(
        ["La ministre est arrivée en taxi.", "La ministre mange des chips au bar.", "La ministre rit."]
    ):
        night.spot(what, who=["la ministre"], by="Cam", at=f"19:{k}0")
    lesson = night.spot(
        "During the intermission, Neige gave the culture minister, Sabine Le Roux, a five-minute lesson in swearing "
        "in the VIP lounge. The minister wrote the words down on a napkin and asked for a second round.",
        who=["Neige", "Sabine Le Roux"],
        at="21:02",
        votes=200,
        quote="Mon chef de cabinet va faire une syncope.",
        quote_by="Sabine Le Roux",
    )

    item = item_with(night.compile(), lesson)

    assert "ministre" not in item.body, item.body
    assert "Sabine Le Roux" in item.body, item.body


def test_a_place_named_in_one_word_of_another_language_is_printed_in_english():
    assert place_phrase("Mutfak") == "in the kitchen"  # Turkish
    assert place_phrase("Jikoni") == "in the kitchen"  # Swahili
    assert place_phrase("Teras") == "on the terrace"
    assert place_phrase("Kulis") == "backstage"
    assert place_phrase("Backstage") == "backstage"  # (never "in the backstage")
    assert place_phrase("Pier stairs") == "on the pier stairs"
    assert place_phrase("Salon") == "in the salon"  # English too: as written
    assert same_place("Mutfak", "Kitchen") and same_place("Jikoni", "Kitchen") and same_place("Sahne", "Main stage")


def test_a_moment_told_in_turkish_and_english_minutes_apart_is_one_item_told_in_english():
    night = Night()
    night.roster = [RosterEntry(id=1, guild_id=1, name="Hikmet Karakoç", aliases=("Hikmet Bey", "Hikmet"))]
    filler(night, 6, votes=2)
    turkish = night.spot(
        "Hikmet Bey gitmemiş! Mutfakta, önlüğü takmış, bulaşık yıkıyor. Ödülü kaybedince doğruca eski lavabosuna "
        "gitmiş.",
        who=["Hikmet Bey"],
        by="Aysegul",
        at="21:01",
        where="Mutfak",
        votes=230,
        quote="Elli yıl önce bu tabakları ben yıkıyordum.",
        quote_by="Hikmet Bey",
    )
    english = night.spot(
        "Hikmet Karakoç was at the kitchen sink in a borrowed apron, washing dishes. The head chef handed him a "
        "sponge.",
        who=["Hikmet Karakoç"],
        by="Tolga",
        at="21:04",
        where="Kitchen",
        votes=12,
    )

    digest = night.compile()
    item = item_with(digest, turkish)

    assert item is not None and item is item_with(digest, english)
    assert "kitchen sink" in item.body and "Mutfak" not in item.body and "mutfak" not in item.body, item.body
    assert "gitmemiş" not in item.body, item.body


def test_his_father_is_the_subjects_own_never_another_persons():
    people = {"Gaston Lemaire, fils", "Gaston Lemaire, père"}

    assert owner_named("Gaston Lemaire, fils Walks Up to His Father", people, {})[0].endswith("to His Father")
    assert owner_named("Ama Ruto Hands the Cup to Her Mum", {"Ama Ruto", "Odile Marchand"}, {})[0].endswith("Her Mum")


def test_a_participle_after_a_whole_sentence_is_never_given_was():
    words = frozenset({"ada", "quill", "bo", "cy", "hollis", "thorne"})

    sentence = "Ada Quill, Bo and Cy left the afterparty together, sharing one umbrella in the snow."
    assert narrate(sentence, "Ada Quill", words) == sentence
    note = "Hollis Thorne, still in the sequined jacket, rolling up his sleeve."
    assert (
        narrate(note, "Hollis Thorne", words)
        == "Hollis Thorne, still in the sequined jacket, was rolling up his sleeve."
    )


def test_minutes_after_opens_a_subordinate_clause_never_a_sentence():
    text = "Minutes after the show won Best Drama, he walked barefoot to the end of the pier and jumped."

    assert unspliced(text) == text


def test_the_act_a_quote_promised_is_never_taken_for_its_retelling():
    text = (
        "Kaan Demir kept his word. Minutes after the show won Best Drama, he walked barefoot to the end of the pier, "
        "handed his statuette to Nina Sar, and jumped into the Bosphorus in his tuxedo, exactly as he had promised "
        "on the red carpet. The water was 14 degrees."
    )
    promise = "If we win tonight, I'm jumping into the Bosphorus in this tuxedo."

    assert without_retold_quote(text, promise, frozenset({"kaan", "demir", "nina", "sar"})) == text
    retold = "Mara Lind came in. He told him the old song was his to keep."
    assert without_retold_quote(retold, "It's yours to keep now", frozenset({"mara", "lind"})) == "Mara Lind came in."


def test_a_pointer_at_a_promise_left_out_leaves_its_name_to_the_next_sentence():
    text = "Kaan Demir kept his word. Minutes after the show won, he walked to the pier and jumped. The water was cold."

    assert (
        _without_promise_back(text)
        == "Minutes after the show won, Kaan Demir walked to the pier and jumped. The water was cold."
    )


def test_a_place_named_by_a_participle_is_nobody_doing_it():
    written = write_headline(
        "Kobi sat on a crate by the loading dock, then he went home.", names=["Kobi Asante"], lead="Kobi Asante"
    )

    assert "Loads" not in written, written


def test_a_report_opening_on_a_kept_promise_is_headlined_by_the_act():
    night = Night()
    night.roster = [
        RosterEntry(id=1, guild_id=1, name="Kaan Demir", aliases=("Kaan",)),
        RosterEntry(id=2, guild_id=1, name="Nina Sarp", aliases=("Nina",)),
    ]
    filler(night, 6, votes=2)
    jump = night.spot(
        "Kaan Demir kept his word. Minutes after his show won Best Drama, he walked barefoot to the end of the "
        "pier, handed his statuette to Nina Sarp, and jumped into the lake in his tuxedo.",
        who=["Kaan Demir"],
        at="22:32",
        votes=380,
        quote="If we win tonight, I'm jumping into the lake in this tuxedo.",
        quote_by="Kaan Demir",
    )

    item = item_with(night.compile(), jump)

    assert item.headline.startswith("Kaan Demir ") and "“" not in item.headline, item.headline
    assert " Walks " not in item.headline, item.headline  # (the act that kept the promise, not the walk to it)
    assert "Kaan Demir walked barefoot" in item.body or "Demir walked barefoot" in item.body, item.body


def test_what_was_given_after_a_named_description_stays_in_the_clause():
    text = "During the break, Mira Sol gave the festival director, Pia Holm, a two-minute lesson in juggling."

    assert set_aside(text) == "Mira Sol gave Pia Holm a two-minute lesson in juggling."  # (when: no subject)
    written = write_headline(text, names=["Mira Sol", "Pia Holm"], lead="Mira Sol")
    assert written.startswith("Mira Sol Gives Pia Holm a Two-Minute Lesson"), written


def test_a_stronger_moment_of_someone_else_is_never_a_tail_of_a_weaker_one():
    # (a guard: this invented night does not reproduce the round-9 night where the weld happened; it passes before)
    night = Night()
    night.roster = [
        RosterEntry(id=1, guild_id=1, name="Sabine Le Roux", aliases=("Le Roux", "the minister")),
        RosterEntry(id=2, guild_id=1, name="Odile Marchand", aliases=()),
        RosterEntry(id=3, guild_id=1, name="Chantal Ouimet", aliases=()),
    ]
    filler(night, 6, votes=2)
    for k, what in enumerate(
        ["Sabine Le Roux arrived by taxi.", "Le Roux at the bar with chips.", "Le Roux laughing."]
    ):
        night.spot(what, who=["Sabine Le Roux"], by="Gen", at=f"19:{k}5", votes=3)
    lesson = night.spot(
        "During the intermission, Odile Marchand gave the culture minister, Sabine Le Roux, a five-minute lesson in "
        "swearing in the VIP lounge. The minister wrote the words down on a napkin and asked for a second round.",
        who=["Odile Marchand", "Sabine Le Roux"],
        by="Hwong",
        at="21:02",
        votes=380,
        quote="My chief of staff will faint.",
        quote_by="Sabine Le Roux",
    )
    night.spot(
        "Le Roux still writing swear words on her napkin, asked for more.",
        who=["Sabine Le Roux"],
        by="Gen",
        at="21:06",
        votes=40,
    )
    night.spot(
        "VIP lounge: the minister learning to swear. Napkin full.",
        who=["Sabine Le Roux"],
        by="Oli",
        at="21:09",
        votes=30,
    )
    slide = night.spot(
        "Chantal Ouimet lost her footing at the top of the loge stairs and rode the train of her gown down all eight "
        "steps like a toboggan, landing sitting up at the feet of the culture minister. Not a scratch.",
        who=["Chantal Ouimet", "Sabine Le Roux"],
        by="Oli",
        at="22:19",
        votes=400,
    )

    digest = night.compile()

    assert item_with(digest, slide) is not None and item_with(digest, slide) is not item_with(digest, lesson)


def test_a_headline_never_ends_on_him_or_them():
    assert problem("Gaston Lemaire Orders Two Beers Without Asking Him", ["Gaston Lemaire"]) is not None
    assert problem("Gaston Lemaire Orders Two Beers for His Father", ["Gaston Lemaire"]) is None


def test_the_shave_not_the_seat_heads_the_item():
    written = write_headline(
        "Kobi sat on a crate by the loading dock and Jace from Ochre Gang shaved off all the locks with clippers.",
        names=["Kobi", "Jace Mwangi"],
        lead="Kobi",
    )

    assert written.startswith("Jace Mwangi Shaves Off All Kobi's Locks"), written


def test_a_note_listing_verbs_is_told_in_the_past_to_its_end():
    words = frozenset({"shiru"})

    assert polish(narrate("Shiru claps, sits.", "Shiru", words), words) == "Shiru clapped, sat."
    assert polish(narrate("Shiru claps and sits.", "Shiru", words), words) == "Shiru clapped and sat."
    kept = "Shiru handed out drinks and snacks."
    assert polish(narrate(kept, "Shiru", words), words) == kept


def test_earrings_put_in_someones_hand_are_the_headline_not_taking_them_off():
    written = write_headline(
        "Dame Nuria Vale took off her pearl earrings and put them in Ilke Tan's hand.",
        names=["Dame Nuria Vale", "Ilke Tan"],
        lead="Dame Nuria Vale",
    )

    assert written == "Dame Nuria Vale Puts Her Pearl Earrings in Ilke Tan's Hand", written
