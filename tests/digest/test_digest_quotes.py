"""Quotes in the article: who said them, the sentence that carries them, the strongest line of each told moment."""

import re

from bot.digest.frames import told_to

from .factory import Night, filler, item_with


def test_a_speaker_typed_by_a_first_name_nobody_uses_is_named_as_the_body_names_her():
    night = Night()
    night.set_roster(("Penelope Strand", ("Penny",)))
    filler(night, 3, votes=2)
    night.spot(
        "Penelope Strand took apart a heckler on the balcony for four minutes while the bar watched on the screens",
        who=["Penelope Strand"],
        where="Balcony",
        at="21:00",
        votes=60,
        by="Reuben",
    )
    line = night.spot(
        "Strand came off stage grinning and went straight to her agent in the wings",
        who=["Penelope Strand"],
        where="Wings",
        at="21:04",
        votes=30,
        quote="Book me somewhere with no balcony.",
        quote_by="Penelope",
        by="Fi",
    )

    item = item_with(night.compile(), line)

    assert re.search(r"“Book me somewhere with no balcony,” (Strand|she) said\.", item.body)
    assert "Penelope said" not in item.body
    assert "Penelope" not in item.people


def test_a_note_that_frames_its_quote_is_told_as_the_sentence_carrying_it():
    night = Night()
    filler(night, 3, votes=2)
    line = night.spot(
        "Cosmo Varga between sets, to the floor manager:",
        who=["Cosmo Varga"],
        where="Wings",
        quote="If I bomb, tell my mum it was a power cut.",
        quote_by="Cosmo Varga",
        votes=40,
    )

    body = item_with(night.compile(), line).body

    assert "Between sets, Cosmo Varga told the floor manager: “If I bomb, tell my mum it was a power cut.”" in body
    assert "to the floor manager." not in body
    assert body.count("If I bomb") == 1


def test_a_frame_in_the_note_itself_gets_its_verb():
    night = Night()
    filler(night, 3, votes=2)
    line = night.spot(
        'Tunde Okafor to the sound guy before his set: "turn me down, my jokes are loud enough"',
        who=["Tunde Okafor"],
        where="Stage left",
        votes=40,
    )

    body = item_with(night.compile(), line).body

    assert body.startswith("Tunde Okafor told the sound guy before his set: “")
    assert "loud enough" in body


def test_a_frame_told_after_a_connective_keeps_its_scene_in_lower_case():
    night = Night()
    filler(night, 3, votes=2)
    night.spot(
        "Ines Varga won Best Live Act and brought her drummer up to hold the trophy",
        who=["Ines Varga"],
        where="Stage",
        at="21:30",
        votes=90,
    )
    after = night.spot(
        "Ines Varga coming off stage after the encore, to her drummer",
        who=["Ines Varga"],
        where="Wings",
        at="21:40",
        quote="Same again next year, but louder.",
        quote_by="Ines Varga",
        votes=20,
    )

    body = item_with(night.compile(), after).body

    told = "Later, coming off stage after the encore, Varga told her drummer: “Same again next year, but louder.”"
    assert told in body
    assert "to her drummer." not in body


def test_only_a_verbless_frame_is_rewritten():
    assert told_to("Okafor walked over to the stage door.", "Hi.") is None
    assert told_to("Okafor said to the floor manager:", "Hi.") is None
    assert told_to("Okafor to the crew who cheered", "Hi.") is None
    assert told_to("Overheard by the bar, Grell to Abara:", "Hi.") == "By the bar, Grell told Abara: “Hi.”"


def test_a_told_moment_tells_its_line_in_another_language_as_written():
    night = Night()
    filler(night, 3, votes=2)
    told = night.spot(
        "Imke Lanvers lost Best Actress to Solange Moreau and walked into the press room carrying a whole sheet cake",
        who=["Imke Lanvers", "Solange Moreau"],
        where="Press room",
        at="22:10",
        votes=50,
        by="Amy",
    )
    night.spot(
        "Salle de presse : Imke Lanvers arrive avec un gâteau entier pour Solange Moreau, qui pleure de rire.",
        who=["Imke Lanvers", "Solange Moreau"],
        where="Salle de presse",
        at="22:11",
        quote="Je vais le manger au complet toute seule. C'est ma punition.",
        quote_by="Solange Moreau",
        votes=40,
        by="Lucie",
    )

    body = item_with(night.compile(), told).body

    assert "“Je vais le manger au complet toute seule. C'est ma punition,” Moreau said." in body


def test_a_line_in_another_language_is_not_told_beside_the_speakers_english_one():
    night = Night()
    filler(night, 3, votes=2)
    told = night.spot(
        "Sander Holm on his fourth espresso of the night at the press room bar, hands shaking",
        who=["Sander Holm"],
        where="Press room",
        at="21:10",
        quote="Four espressos. I am a hummingbird.",
        quote_by="Sander Holm",
        votes=50,
        by="Amy",
    )
    night.spot(
        "Sander Holm på sin fjerde espresso i presserummet.",
        who=["Sander Holm"],
        where="Presserummet",
        at="21:11",
        quote="Fire. Jeg er helt rolig.",
        quote_by="Sander Holm",
        votes=20,
        by="Mette",
    )

    body = item_with(night.compile(), told).body

    assert "I am a hummingbird" in body
    assert "Jeg er helt rolig" not in body


def test_a_moment_with_many_lines_tells_its_strongest():
    night = Night()
    filler(night, 3, votes=2)
    first = night.spot(
        "Odile Pask held court at the bar after the show, a queue of nominees waiting to talk to her",
        who=["Odile Pask"],
        where="Bar",
        at="23:00",
        quote="Next.",
        quote_by="Odile Pask",
        votes=30,
        by="Amy",
    )
    for k, (line, votes) in enumerate(
        [("One at a time, darlings.", 1), ("I have a car at midnight.", 2), ("Not you again.", 3)], start=1
    ):
        night.spot(
            f"Odile Pask at the bar after the show, still holding court, nominee number {k} in front of her",
            who=["Odile Pask"],
            where="Bar",
            at=f"23:0{k}",
            quote=line,
            quote_by="Odile Pask",
            votes=votes,
            by=["Ben", "Cho", "Dev"][k - 1],
            corroborates=first,
        )
    strongest = night.spot(
        "Odile Pask at the bar, the last nominee in the queue was her own ex-husband",
        who=["Odile Pask"],
        where="Bar",
        at="23:05",
        quote="You're not nominated, Gerald. Sit down.",
        quote_by="Odile Pask",
        votes=90,
        by="Eve",
        corroborates=first,
    )

    body = item_with(night.compile(), strongest).body

    assert "Gerald. Sit down" in body
    assert "One at a time" not in body


def test_a_line_in_another_language_by_someone_the_text_never_names_is_left_out():
    night = Night()
    filler(night, 3, votes=2)
    told = night.spot(
        "Della Achebe handed Tamsin Okoro the key to the No. 1 dressing room with a luggage tag reading LISBON",
        who=["Della Achebe", "Tamsin Okoro"],
        where="Dressing rooms",
        at="22:10",
        votes=50,
        by="Amy",
    )
    night.spot(
        "Hélène Vasseur confirme : Della Achebe a vraiment un billet pour Lisbonne demain matin.",
        who=["Hélène Vasseur", "Della Achebe"],
        where="Loges",
        at="22:12",
        quote="Six heures quarante. Elle m'a envoyé sa carte d'embarquement.",
        quote_by="Hélène Vasseur",
        votes=40,
        by="Elodie",
    )

    body = item_with(night.compile(), told).body

    assert "Six heures" not in body


def test_a_quote_only_entry_few_voted_for_joins_its_speakers_moment_at_the_same_place():
    night = Night()
    filler(night, 7, votes=25)
    moment = night.spot(
        "Bettina Kroll lost Best Stand-Up, walked straight to the bar and ordered two whiskies",
        who=["Bettina Kroll"],
        where="Bar",
        at="22:10",
        votes=60,
        by="Reuben",
    )
    line = night.spot(
        "Kroll, on losing:",
        where="Bar",
        at="22:14",
        quote="I've been heckled by better men. I've been heckled by my own mother.",
        quote_by="Bettina Kroll",
        votes=2,
        by="Omar",
    )

    item = item_with(night.compile(), moment)

    assert line.id in item.sighting_ids
    assert "“I've been heckled by better men. I've been heckled by my own mother,” Kroll said." in item.body


def test_a_one_word_alias_before_the_surname_is_one_mention_of_the_whole_name():
    night = Night()
    night.set_roster(("Penelope Strand", ("Penny",)))
    filler(night, 3, votes=2)
    moment = night.spot(
        "Penny Strand destroyed a heckler on the balcony, four full minutes",
        who=["Penelope Strand"],
        where="Balcony",
        votes=60,
    )

    item = item_with(night.compile(), moment)

    assert item.body.startswith("Penelope Strand destroyed a heckler on the balcony")
    assert "Penny" not in item.headline


def test_a_setup_voted_for_more_than_the_lead_is_told_though_the_lead_echoes_its_words():
    night = Night()
    filler(night, 3, votes=2)
    heckler = night.spot(
        "Nadia Okafor destroyed a heckler on the balcony. Four full minutes, he tried to leave twice",
        who=["Nadia Okafor"],
        where="Balcony",
        at="20:00",
        votes=90,
        by="Reuben",
    )
    speech = night.spot(
        "Nadia Okafor won Best Stand-Up and thanked the balcony heckler in her speech",
        who=["Nadia Okafor"],
        where="Stage",
        at="22:05",
        quote="Sir, wherever you are, you were my warm-up.",
        quote_by="Nadia Okafor",
        votes=60,
        by="Fi",
    )

    item = item_with(night.compile(), speech)

    assert heckler.id in item.sighting_ids
    assert "destroyed a heckler on the balcony" in item.body


def test_a_frame_typed_in_lower_case_or_with_its_scene_last_is_told_as_a_sentence():
    night = Night()
    night.set_roster(("Cosmo Varga", ("Cosmo",)))
    filler(night, 3, votes=2)
    lower = night.spot(
        "cosmo between sets, to the floor manager:",
        who=["Cosmo Varga"],
        where="Wings",
        at="20:00",
        quote="If I bomb, tell my mum it was a power cut.",
        quote_by="Cosmo",
        votes=40,
        by="Fi",
    )
    night.spot(
        "Ines Dallow, to her drummer, coming off stage after the tribute",
        who=["Ines Dallow"],
        where="Wings",
        at="21:00",
        quote="Same again at the encore, but louder.",
        quote_by="Ines Dallow",
        votes=40,
        by="Pat",
    )

    digest = night.compile()
    bodies = " ".join(item.body for item in digest.items)

    assert "Between sets, Cosmo Varga told the floor manager: “If I bomb" in item_with(digest, lower).body
    assert "Coming off stage after the tribute, Ines Dallow told her drummer: “Same again" in bodies


def _adeola(what: str):
    """The item telling `what`, a report about Adéọ̀la Ọ̀kẹ́ (whose name carries combining marks)."""
    night = Night()
    night.set_roster(("Adéọ̀la Ọ̀kẹ́", ()))
    filler(night, 3, votes=2)
    spot = night.spot(what, who=["Adéọ̀la Ọ̀kẹ́"], at="21:00", votes=90)
    return item_with(night.compile(), spot)


def test_an_apostrophe_after_a_letter_with_a_combining_mark_stays_an_apostrophe_and_quotes_pair_up():
    # "Bíọ́'s": the apostrophe follows a combining acute, no letter; it was taken for an opening quote and paired
    # with the next apostrophe ("Bíọ́“s mum … the Ọ̀kẹ́s” driver")
    item = _adeola("Adéọ̀la Ọ̀kẹ́ waved at Bíọ́'s mum in the lift and the Ọ̀kẹ́s' driver sang 'Omi Ọ̀sán' with her.")
    assert "Bíọ́'s mum" in item.body and "Ọ̀kẹ́s' driver" in item.body, item.body
    assert "“Omi Ọ̀sán”" in item.body, item.body
    for printed in (item.headline, item.body):
        assert printed.count("“") == printed.count("”"), printed


def test_words_in_single_quotes_are_quoted_alike_in_the_headline_and_the_body():
    item = _adeola("Adéọ̀la Ọ̀kẹ́ sang 'Omi Ọ̀sán' in the stuck lift and everyone joined in.")
    assert "“Omi Ọ̀sán”" in item.body, item.body
    assert "'" not in item.headline and "“Omi" in item.headline, item.headline
