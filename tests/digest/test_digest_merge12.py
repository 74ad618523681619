"""Round 12's lead fixes, on nights a user would notice them in."""

from __future__ import annotations

import pytest

from bot.digest.headline_check import problem
from bot.digest.headlines import write_headline
from bot.models import RosterEntry
from tests.digest.factory import Night, filler, item_with


def _the_linds_handover(text: str):
    """A father and son of one name, and the father's handover as a note labelled with where and when."""
    night = Night()
    night.roster = [
        RosterEntry(id=1, guild_id=1, name="Arvo Lind, Sr.", aliases=("Lind Sr.",)),
        RosterEntry(id=2, guild_id=1, name="Arvo Lind, Jr.", aliases=("Lind Jr.",)),
    ]
    filler(night, 4, votes=2)
    handover = night.spot(text, who=["Arvo Lind, Sr.", "Arvo Lind, Jr."], votes=240)
    return item_with(night.compile(), handover)


def test_a_place_label_after_an_award_is_never_told_as_the_award_won():
    item = _the_linds_handover(
        "Wings after lifetime award: Lind Sr. pulls his old 1979 show mic out of his jacket, gives it to Jr."
    )

    assert "won Wings" not in item.body and "Wins Wings" not in item.headline, (item.headline, item.body)
    assert item.body.startswith("In the wings after lifetime award, Arvo Lind, Sr. "), item.body


def test_a_quote_by_a_person_whose_roster_name_carries_a_degree_is_printed_with_their_name():
    night = Night()
    night.roster = [RosterEntry(id=1, guild_id=1, name="Dewi Sartika, M.Sn.", aliases=("Dewi Sartika", "Bu Dewi"))]
    filler(night, 4, votes=2)
    envelopes = night.spot(
        "The jury room was two minutes late delivering the final envelopes because the arena cat had fallen asleep "
        "on top of them. Dewi Sartika, the jury chair, would not let anyone move it until it woke up by itself.",
        who=["Dewi Sartika, M.Sn."],
        where="Jury room",
        quote="The cat has not been nominated. But the cat stays.",
        quote_by="Dewi Sartika",
        votes=200,
    )

    item = item_with(night.compile(), envelopes)

    assert "“The cat has not been nominated. But the cat stays,” Sartika said." in item.body, item.body
    assert "M.Sn." not in item.headline, item.headline


def test_a_duo_the_reports_call_a_duo_is_named_whole_never_by_a_family_name():
    night = Night()
    night.roster = [
        RosterEntry(id=1, guild_id=1, name="Bintang", aliases=()),
        RosterEntry(id=2, guild_id=1, name="Bintang Selatan", aliases=()),
    ]
    filler(night, 4, votes=2)
    rescue = night.spot(
        "Both halves of the duo Bintang Selatan came in from the loading dock soaked: they had crawled under a "
        "catering truck in the rain to pull out the arena's missing orange cat, and carried him in wrapped in a "
        "stage towel. Bintang Selatan then dried him off with a hair dryer in the green room.",
        who=["Bintang Selatan"],
        quote="He was just sitting there under the axle, judging us.",
        votes=150,
    )

    item = item_with(night.compile(), rescue)

    assert "Selatan said" not in item.body and "Selatan then" not in item.body.replace("Bintang Selatan", ""), item.body
    assert "judging us,” they said." in item.body or "judging us,” Bintang Selatan said." in item.body, item.body


def test_a_moment_of_other_people_minutes_before_at_the_same_food_court_is_not_the_lead_moments_scene():
    night = Night()
    night.roster = [
        RosterEntry(id=1, guild_id=1, name="Kemala Dewi", aliases=("Kemala",)),
        RosterEntry(id=2, guild_id=1, name="Bu Tini", aliases=()),
        RosterEntry(id=3, guild_id=1, name="Sari", aliases=()),
        RosterEntry(id=4, guild_id=1, name="Harjo", aliases=()),
    ]
    filler(night, 6, votes=2)
    wrestle = night.spot(
        "Sari arm-wrestled Harjo, the 74-year-old guitarist, for the last slice of cake on a folding table in the "
        "food court, and beat him in about four seconds. Harjo shook her hand and asked for a rematch.",
        who=["Harjo", "Sari"],
        where="Food court",
        at="21:09",
        quote="My hands are old, hers are young.",
        quote_by="Harjo",
        votes=148,
    )
    gift = night.spot(
        "Kemala Dewi walked off stage with the Album of the Year trophy and carried it down to the food court, where "
        "she put it into the hands of Bu Tini, the cook who fed her for free when she busked. Bu Tini cried.",
        who=["Kemala Dewi", "Bu Tini"],
        where="Food court",
        at="21:16",
        quote="She fed me for free. This is hers.",
        quote_by="Kemala Dewi",
        votes=386,
    )

    digest = night.compile()

    assert "arm-wrestled" not in item_with(digest, gift).body, item_with(digest, gift).body
    assert "arm-wrestled" in item_with(digest, wrestle).body


def test_her_after_a_subject_whose_pronoun_the_reports_never_give_stays_hers_in_the_headline():
    headline = write_headline(
        "Ginette Lavaud, 84, accepted her honorary award with the single line Hortense Page had written for her "
        "backstage. The speech lasted eleven seconds, applause included.",
        names=["Ginette Lavaud", "Hortense Page"],
        lead="Ginette Lavaud",
    )
    assert headline == "Ginette Lavaud Accepts Her Honorary Award", headline


def test_a_full_digest_names_only_the_moments_left_out_as_written_that_were_strong_enough_to_be_in_it():
    night = Night()
    night.roster = [
        RosterEntry(id=1, guild_id=1, name="Lila Okafor", aliases=("Lila",)),
        RosterEntry(id=2, guild_id=1, name="Mara Quince", aliases=("Mara",)),
        RosterEntry(id=3, guild_id=1, name="Teo Halvorsen", aliases=("Teo",)),
    ]
    filler(night, 8, votes=2)
    for k in range(6):
        night.spot(
            f"Guest number {k} told the story of the long drive over to the bar staff, who laughed.", votes=10 + k
        )
    gift = night.spot(
        "Lila → Mara: her late mum's earrings. 'for luck'. M in tears. Dressing rm 4.",
        who=["Lila Okafor", "Mara Quince"],
        votes=45,
    )
    splits = night.spot(
        "Teo Halvorsen w garderobie zrobił szpagat i pękły mu spodnie, wszyscy płaczą ze śmiechu.",
        who=["Teo Halvorsen"],
        votes=60,
        at="22:10",
    )
    night.spot("Teo Halvorsen w barze zamówił trzecią kawę.", who=["Teo Halvorsen"], votes=1, at="23:10")

    digest = night.compile()

    assert len(digest.items) == 5 and digest.bonus is not None
    assert [(x.sighting_ids, x.votes, x.reason) for x in digest.left_out] == [([splits.id], 60, "another language")]
    # (the gift's arrow note is told as prose since round 13, `notespeak`: no longer left out)
    assert item_with(digest, gift).headline == "Lila Okafor Gives Mara Quince Her Late Mum's Earrings"


def test_he_after_she_in_one_sentence_never_heads_the_item_as_the_one_she_stood_for():
    headline = write_headline(
        "Mara Quince and Teo Halvorsen at the bar. She told him he'd stepped on her chorus at soundcheck; he laughed "
        "and bought her a mezcal.",
        names=["Mara Quince", "Teo Halvorsen"],
        lead="Mara Quince",
    )
    assert "Mara Quince Buys" not in headline, headline


def test_a_note_and_another_correspondents_full_account_eleven_minutes_later_are_one_moment_told_once():
    night = Night()
    night.roster = [
        RosterEntry(id=1, guild_id=1, name="Aki Salonen", aliases=("Salonen",)),
        RosterEntry(id=2, guild_id=1, name="Vera Holm", aliases=("Holm",)),
    ]
    filler(night, 5, votes=2)
    note = night.spot(
        "WINGS: SALONEN wins Best Presenter, walks off, HOLM first to reach him. hug ~10 sec. crew clapping.",
        who=["Aki Salonen", "Vera Holm"],
        where="Wings",
        by="Jyri",
        at="20:41",
        votes=60,
    )
    account = night.spot(
        "When Aki Salonen came off stage with the Best Presenter statuette, the first person waiting in the wings was "
        "Vera Holm, his rival across six years of on-air sniping. They hugged, and Salonen tried to hand her the "
        "statuette.",
        who=["Vera Holm", "Aki Salonen"],
        where="Wings",
        by="Elin",
        at="20:52",
        quote="Half of this is yours.",
        quote_by="Aki Salonen",
        votes=134,
    )

    digest = night.compile()
    item = item_with(digest, account)

    assert note.id in item.sighting_ids, item.sighting_ids
    assert item.body.startswith("When Aki Salonen came off stage"), item.body
    assert "Later" not in item.body and item.body.count("hug") == 1, item.body
    assert item.headline == "Aki Salonen Tries to Hand Vera Holm the Statuette", item.headline


def test_a_pinned_proposal_told_only_in_shorthand_is_told_and_headed_in_words():
    night = Night()
    night.roster = [
        RosterEntry(id=1, guild_id=1, name="Remy Sauvage", aliases=("Sauvage",)),
        RosterEntry(id=2, guild_id=1, name="Lina Okoro", aliases=("Okoro",)),
    ]
    filler(night, 5, votes=5)
    proposal = night.spot(
        "SALON: pianist stops. Sauvage 1 knee. Okoro. ring = gold ribbon off her costume award, tied round finger. "
        "she: oui. room lost it. Nadia Vey 1st to clap.",
        who=["Remy Sauvage", "Lina Okoro"],
        votes=300,
    )
    night.pin(proposal)

    item = item_with(night.compile(), proposal)

    assert item.headline == "Remy Sauvage Goes Down on One Knee", item.headline
    assert item.body.startswith(  # (the scene the note opens on is told first since dbody16: "pianist stops")
        "The pianist stopped. Remy Sauvage went down on one knee. The ring was a gold ribbon off her costume award, "
        "tied round finger. She said yes."
    ), item.body
    assert "=" not in item.body and "1st" not in item.body and "Okoro." not in item.body, item.body
    assert "Nadia Vey was the first to clap." in item.body, item.body


def test_a_notes_present_tense_after_its_scene_label_is_told_in_the_past():
    item = _the_linds_handover(
        "Wings after lifetime award: Lind Sr. pulls his old 1979 show mic out of his jacket, gives it to his son."
    )

    assert "pulled his old 1979 show mic out of his jacket" in item.body and "gave it to his son" in item.body, (
        item.body
    )
    assert " pulls " not in item.body and " gives " not in item.body, item.body


def test_handing_her_stole_to_a_stranger_is_the_way_into_the_ice_pool_not_the_headline():
    headline = write_headline(
        "Saara Lind walked out of the big sauna in her red gown, handed her stole to a stranger and lowered herself "
        "into the ice pool up to her shoulders, statuette held above her head.",
        names=["Saara Lind"],
        lead="Saara Lind",
    )
    assert headline == "Saara Lind Lowers Herself Into the Ice Pool Up to Her Shoulders", headline


def test_a_hyphenated_verb_heads_its_clause():
    headline = write_headline(
        "Sari arm-wrestled Harjo, the 74-year-old guitarist, for the last slice of cake on a folding table.",
        names=["Sari", "Harjo"],
        lead="Sari",
    )
    assert headline.startswith("Sari Arm-Wrestles Harjo"), headline


def test_a_promise_kept_at_a_clock_time_heads_with_the_act_not_the_helper():
    headline = write_headline(
        "Darto kept his word: at ten o'clock he climbed onto a plastic chair in the middle of the food court and sang "
        "'Night Owl' to the cooks, cleaners and security, who sang every chorus back. Pak Udi kept time on an upturned "
        "mop bucket.",
        names=["Darto", "Udi"],
        lead="Darto",
    )
    assert headline.startswith("Darto Sings 'Night Owl' to the Cooks"), headline


@pytest.mark.parametrize(
    ("headline", "names", "why"),
    [
        (
            "Yanis Belkacem Misses the Bottom Step Gaspard Lemoine-Tissot",
            ["Yanis Belkacem", "Gaspard Lemoine-Tissot"],
            "it is cut inside a relative clause",
        ),
        (
            "Ratih Purnama Will Not Let Anyone Move Him Until He Wakes Up",
            ["Ratih Purnama"],
            "a pronoun for someone it never named",
        ),
        ("Ada Roe Sings With the Waiter Pip Lane at the Bar", ["Ada Roe", "Pip Lane"], None),
        ("Ada Roe Hands the Trophy to the Waiter Pip Lane", ["Ada Roe", "Pip Lane"], None),
    ],
)
def test_the_gate_refuses_a_relative_clause_cut_after_its_subject_and_a_him_for_nobody(headline, names, why):
    assert problem(headline, names) == why


def test_finnish_is_another_language_so_a_moment_told_only_in_it_is_left_out_and_named_for_the_editor():
    night = Night()
    night.roster = [RosterEntry(id=1, guild_id=1, name="Pirkko Aho", aliases=())]
    filler(night, 8, votes=5)
    forecast = night.spot(
        "Pirkko Aho, 71, piti koko ylälauteelle improvisoidun sääennusteen kauhaa osoittimena käyttäen. Kiuas sai "
        "toimia matalapaineena. Lauteet hurrasivat.",
        who=["Pirkko Aho"],
        quote="Huomiseksi luvataan kovaa pakkasta ja vielä kovempaa krapulaa.",
        quote_by="Pirkko Aho",
        votes=186,
    )

    digest = night.compile()

    assert all(forecast.id not in item.sighting_ids for item in [*digest.items, digest.bonus] if item)
    assert [(x.sighting_ids, x.reason) for x in digest.left_out] == [([forecast.id], "another language")]


def test_it_after_skipping_a_room_is_never_the_room():
    headline = write_headline(
        "Kiri Lane walked off stage with the Album of the Year trophy, skipped the press room entirely and carried it "
        "down to the food court.",
        names=["Kiri Lane"],
        lead="Kiri Lane",
    )
    assert "Carries the Press Room" not in headline, headline


def test_an_everyday_word_alias_opening_a_sentence_before_a_participles_aside_is_the_person():
    night = Night()
    night.roster = [RosterEntry(id=1, guild_id=1, name="Rainer Pratt", aliases=("Rain",))]
    filler(night, 4, votes=2)
    fall = night.spot(
        "Rain, carrying his Best Solo trophy down stairs B, missed the last two steps and went down hard. The little "
        "gold star on top of the trophy snapped off.",
        who=["Rainer Pratt"],
        quote="Now this is a real trophy.",
        quote_by="Rainer Pratt",
        votes=175,
    )

    item = item_with(night.compile(), fall)

    assert item.body.startswith("Rainer Pratt, carrying his Best Solo trophy"), item.body
    assert item.headline.startswith("Rainer Pratt Misses the Last Two Steps"), item.headline


def test_a_promise_told_as_the_setup_keeps_its_own_words():
    night = Night()
    night.roster = [RosterEntry(id=1, guild_id=1, name="Saga Lind", aliases=("Saga",))]
    filler(night, 5, votes=3)
    night.spot(
        "Saga Lind told the carpet press that she would jump into the ice pool at the sauna after-party if she won "
        "Best Actress tonight.",
        who=["Saga Lind"],
        at="19:10",
        quote="If I win, I'm going in the ice pool. Dress and all.",
        quote_by="Saga Lind",
        votes=23,
    )
    plunge = night.spot(
        "Saga Lind walked out of the big sauna in her red gown and lowered herself into the ice pool up to her "
        "shoulders, statuette held above her head. The whole terrace counted her down and cheered her out.",
        who=["Saga Lind"],
        at="22:40",
        votes=342,
    )

    item = item_with(night.compile(), plunge)

    assert "“If I win, I'm going in the ice pool. Dress and all,” Lind said." in item.body, item.body


def test_a_hand_as_a_noun_gives_nothing_so_no_one_heads_as_doing_it_for_someone():
    headline = write_headline(
        "Sari arm-wrestled Harjo, the 74-year-old guitarist, for the last slice of cake on a folding table. Harjo "
        "asked for a rematch with his left hand and lost that too.",
        names=["Sari", "Harjo"],
        lead="Sari",
    )
    assert "for Sari" not in headline, headline


def test_both_opening_a_follow_up_before_the_names_is_lowered_after_its_connective():
    night = Night()
    night.roster = [
        RosterEntry(id=1, guild_id=1, name="Arvo Lind, Sr.", aliases=("Lind Sr.",)),
        RosterEntry(id=2, guild_id=1, name="Arvo Lind, Jr.", aliases=("Lind Jr.",)),
    ]
    filler(night, 4, votes=2)
    who = ["Arvo Lind, Sr.", "Arvo Lind, Jr."]
    handover = night.spot(
        "Arvo Lind, Sr. pulled his old 1979 show mic out of his jacket and gave it to his son.", who=who, votes=240
    )
    night.spot(
        "Both Arvo Linds were by the fire at the after-party. Jr. still had the old mic in his breast pocket.",
        who=who,
        at="23:30",
        votes=40,
    )

    item = item_with(night.compile(), handover)

    assert ", both Arvo Linds were by the fire" in item.body, item.body
