"""What an item is made of: the reports that tell its moment and what it needs (its promised cause, its setup),
nothing of the same person at another time; the credit line names exactly who reported what is told."""

from __future__ import annotations

from .factory import Night, filler, item_with


def test_a_pinned_headline_brings_in_the_report_of_the_thing_it_names_told_after_the_pin():
    # the editor's headline names a kettle drum that only another correspondent's report, filed a minute before
    # from another place and naming nobody, tells: the item must tell it (after the pinned moment, which opens
    # the item, as what it began with), whoever and wherever it names
    night = Night()
    filler(night, 6, votes=3)
    drum = night.spot(
        "THE KETTLE DRUM JUST ROLLED OFF THE RISER and into the front row, a timpanist chasing it",
        by="Ola",
        at="20:14",
        where="Main hall",
        votes=45,
    )
    speech = night.spot(
        "Rhea Calloway won Best Score and gave her speech over the racket, not missing a word",
        who=["Rhea Calloway"],
        by="Tam",
        at="20:15",
        where="Stage",
        quote="I wrote worse noise than that in my twenties.",
        quote_by="Rhea Calloway",
        votes=60,
    )
    night.pin(speech, "A Runaway Kettle Drum Can't Stop Rhea Calloway's Speech")

    item = item_with(night.compile(), speech)

    assert drum.id in item.sighting_ids
    assert "kettle drum" in item.body.lower()
    assert item.body.startswith("Rhea Calloway won Best Score"), item.body
    # (was "It began minutes earlier, when the kettle drum rolled …": the setup in the past perfect, `flashback`; the
    # line said by "she" stays before it, `beats._with_setup`)
    told = "“I wrote worse noise than that in my twenties,” she said. Minutes earlier, the kettle drum had rolled off"
    assert told in item.body, item.body
    assert "Ola" in item.credit and "Tam" in item.credit


def test_a_pinned_headline_that_names_nothing_new_brings_in_nothing_from_elsewhere():
    night = Night()
    filler(night, 6, votes=3)
    elsewhere = night.spot(
        "A tray of champagne flutes went over in the foyer, glass everywhere",
        by="Ola",
        at="20:13",
        where="Foyer",
        votes=20,
    )
    speech = night.spot(
        "Rhea Calloway won Best Score and gave her speech in one breath, not missing a word",
        who=["Rhea Calloway"],
        by="Tam",
        at="20:15",
        where="Stage",
        votes=60,
    )
    night.pin(speech, "Rhea Calloway Gives Her Best Score Speech in One Breath")

    item = item_with(night.compile(), speech)

    assert elsewhere.id not in item.sighting_ids and "Ola" not in item.credit


def test_a_setup_that_named_the_time_of_its_payoff_is_in_the_payoffs_item_told_after_it():
    # "ask me at nine" two hours before; at nine the reveal, in other words: one story, the reveal first
    night = Night()
    filler(night, 6, votes=3)
    setup = night.spot(
        "Juno Halloran keeps grinning and won't say what she has planned, told me:",
        who=["Juno Halloran"],
        by="Fiz",
        at="18:45",
        where="Bar",
        quote="Ask me at nine. Actually don't, just watch.",
        quote_by="Juno Halloran",
        votes=8,
    )
    reveal = night.spot(
        "Juno Halloran took the mic between awards and read out her producer's resignation letter, then tore it up",
        who=["Juno Halloran"],
        by="Ravi",
        at="21:02",
        where="Stage",
        quote="He quit by email, so I'm quitting him in person.",
        quote_by="Juno Halloran",
        votes=70,
    )

    item = item_with(night.compile(), reveal)

    assert setup.id in item.sighting_ids and "Fiz" in item.credit
    assert item.body.startswith("Juno Halloran took the mic between awards and read out"), item.body
    assert "Hours earlier, Halloran had kept grinning" in item.body, item.body  # (was "It began hours earlier, when …")
    assert item.body.index("resignation letter") < item.body.index("Ask me at nine")
    assert "told me" not in item.body  # (the correspondent's "…, told me:" is not the article's)


def test_a_time_named_that_nothing_keeps_joins_nothing():
    night = Night()
    filler(night, 6, votes=3)
    setup = night.spot(
        "Juno Halloran says the band is on at nine, she is going to watch from the wings",
        who=["Juno Halloran"],
        by="Fiz",
        at="18:45",
        where="Bar",
        votes=8,
    )
    reveal = night.spot(
        "Juno Halloran took the mic between awards and read out her producer's resignation letter, then tore it up",
        who=["Juno Halloran"],
        by="Ravi",
        at="22:10",
        where="Stage",
        votes=70,
    )

    item = item_with(night.compile(), reveal)

    assert setup.id not in item.sighting_ids and "Fiz" not in item.credit


def test_one_moment_in_three_languages_with_the_same_figure_is_one_item_crediting_all_three():
    # the Japanese and Italian reports are filed 7 and 9 minutes later, from the wings and the stalls: the
    # person and the figure (31 minutes) are what they share
    night = Night()
    filler(night, 6, votes=3)
    english = night.spot(
        "Ilse Marwood's acceptance speech for Best Interview ran 31 minutes. The play-off music started three "
        "times and she talked over all of it",
        who=["Ilse Marwood"],
        by="Joss",
        at="21:20",
        where="Stage",
        votes=50,
    )
    japanese = night.spot(
        "Ilse Marwoodのスピーチは31分。退場の音楽が3回も流れたのに、最後まで話し続けた",
        who=["Ilse Marwood"],
        by="Kenji",
        at="21:27",
        where="舞台袖",
        votes=22,
    )
    italian = night.spot(
        "Ilse Marwood ha parlato per 31 minuti, la musica è partita tre volte e lei niente, ha continuato",
        who=["Ilse Marwood"],
        by="Giulia",
        at="21:29",
        where="Platea",
        votes=20,
    )

    item = item_with(night.compile(), english)

    assert {japanese.id, italian.id} <= set(item.sighting_ids)
    assert all(name in item.credit for name in ("Joss", "Kenji", "Giulia"))


def test_a_report_in_another_language_with_another_figure_stays_apart():
    night = Night()
    filler(night, 6, votes=3)
    english = night.spot(
        "Ilse Marwood's acceptance speech for Best Interview ran 31 minutes, the play-off music started three times",
        who=["Ilse Marwood"],
        by="Joss",
        at="21:20",
        where="Stage",
        votes=50,
    )
    italian = night.spot(
        "Ilse Marwood sta firmando 40 programmi per i fan della platea, e sorride a tutti quanti",
        who=["Ilse Marwood"],
        by="Giulia",
        at="21:29",
        where="Platea",
        votes=20,
    )

    digest = night.compile()

    assert italian.id not in item_with(digest, english).sighting_ids


def test_how_a_moment_ended_told_only_by_a_corroborating_report_is_told():
    # the second correspondent's report says how it ended (after an emoji, in lower case): the item tells it
    night = Night()
    filler(night, 6, votes=3)
    rescue = night.spot(
        "Tove Lindahl climbed down into the orchestra pit mid-show to fetch the host's dropped earpiece while the "
        "band kept playing around her",
        who=["Tove Lindahl"],
        by="Fiz",
        at="19:40",
        where="Orchestra pit",
        votes=40,
    )
    ending = night.spot(
        "tove lindahl came back up out of the pit empty handed 😂 the earpiece was in the host's own jacket pocket "
        "all along",
        who=["Tove Lindahl"],
        by="Ravi",
        at="19:43",
        where="Pit",
        quote="I have been in a pit for nothing.",
        quote_by="Tove Lindahl",
        votes=12,
    )

    item = item_with(night.compile(), rescue)

    assert ending.id in item.sighting_ids
    assert "The earpiece was in the host's own jacket pocket all along." in item.body
    assert "handed the earpiece" not in item.body


def _thread_of_small_beats(night: Night) -> list:
    """A winner and his mum through the night: four small beats by four correspondents, 45 votes in all."""
    beats = [
        ("19:02", "Arlo Finch arrived with his mum, she is wearing a badge with his face on it", 10, None, "Ravi"),
        ("19:33", "Arlo Finch's mum told the whole bar her son is going to win, badge flashing", 11, None, "Joss"),
        (
            "20:31",
            "Arlo Finch won Best Newcomer and his mum stood on her chair waving the badge before he reached the stage",
            12,
            "That's my boy!",
            "Fiz",
        ),
        (
            "21:34",
            "Arlo Finch's mum is giving interviews in the press room with the badge on, Arlo holding her handbag",
            12,
            "I told every one of you he would win.",
            "Noor",
        ),
    ]
    return [
        night.spot(what, who=["Arlo Finch"], by=by, at=at, votes=votes, quote=quote, where=None)
        for at, what, votes, quote, by in beats
    ]


def test_a_running_thread_of_small_beats_beats_single_gags_for_a_place():
    # nine single gags of 22 votes each are each stronger than any one beat of the thread; the thread, told as one
    # story, is stronger than any of them: it is in the article
    night = Night()
    filler(night, 9, start_hour=18, votes=22)
    beats = _thread_of_small_beats(night)

    digest = night.compile()

    told = [i for i in (*digest.items, digest.bonus) if i is not None and beats[2].id in i.sighting_ids]
    assert told and len({b.id for b in beats} & set(told[0].sighting_ids)) >= 2


def test_the_bonus_is_chosen_on_what_it_tells_not_on_follow_ups_it_leaves_out():
    night = Night()
    filler(night, 5, start_hour=18, votes=150)
    # Lena's lead moment is stronger than Pim's, and a nearly-as-strong moment of hers elsewhere (no thread) made her
    # story score higher; the bonus leaves that moment out, and then Pim's thread (a setup and its payoff) is better
    night.spot(
        "Lena Vostrikova taught the string quartet a sea shanty in the green room",
        who=["Lena Vostrikova"],
        by="Ravi",
        at="20:10",
        votes=30,
    )
    night.spot(
        "Lena Vostrikova fell asleep across three chairs in the cloakroom",
        who=["Lena Vostrikova"],
        by="Joss",
        at="22:40",
        votes=25,
    )
    night.spot(
        "Pim Achterberg lost his lucky cufflink somewhere in the stalls, the ushers are searching with torches",
        who=["Pim Achterberg"],
        by="Fiz",
        at="20:30",
        votes=12,
    )
    payoff = night.spot(
        "An usher found Pim Achterberg's lucky cufflink in the stalls and he wore it to collect Best Score",
        who=["Pim Achterberg"],
        by="Noor",
        at="20:50",
        votes=28,
    )

    digest = night.compile()

    assert digest.bonus is not None and payoff.id in digest.bonus.sighting_ids
    assert "Vostrikova" not in digest.bonus.body


def test_an_editors_pin_whose_text_is_no_prose_keeps_its_item_and_headline():
    """The editor chose it: a pinned report that no sentence of prose tells ("<b>backstage</b>", a bare link) is
    still an item under the editor's headline, its words made inert, never silently left out."""
    night = Night()
    filler(night, 4, votes=1)
    junk = night.spot("<b>backstage</b> [look](https://example.invalid)", by="Eve", at="21:05")
    night.pin(junk, "The Stage Door Stays Shut")

    item = item_with(night.compile(), junk)

    assert item is not None and item.headline == "The Stage Door Stays Shut"
    assert item.body and "<" not in item.body and "](" not in item.body


def test_a_pinned_headline_word_never_pulls_in_another_persons_moment():
    # the editor's headline says "Conducts", which only another person's report (filed minutes before, elsewhere)
    # uses: that report is that person's moment, its own item with its own quote, never told in the pinned item
    night = Night()
    night.spot(
        "Petra Lunde fixed Ivo Sarkis's bow tie by the lift while he held her clutch bag",
        who=["Petra Lunde", "Ivo Sarkis"],
        by="Rosa",
        at="20:00",
        quote="Stand still, you're worse than my kids",
        quote_by="Petra Lunde",
    )
    spoon = night.spot(
        "Senna Voss conducted the kitchen staff with a wooden spoon behind the catering tent",
        who=["Senna Voss"],
        by="Theo",
        at="20:06",
        quote="Tempo, people, tempo",
        quote_by="Senna Voss",
    )
    swap = night.spot(
        "Odile Maret traded scarves with a cloakroom attendant at the side entrance",
        who=["Odile Maret"],
        by="Rosa",
        at="20:09",
        quote="Yours is warmer anyway",
        quote_by="Odile Maret",
    )
    night.pin(swap, "Odile Maret Conducts a Scarf Swap")

    digest = night.compile()
    item = item_with(digest, swap)

    assert spoon.id not in item.sighting_ids
    assert "wooden spoon" not in item.body and "Theo" not in item.credit
    assert "“Tempo, people, tempo,” Voss said." in item_with(digest, spoon).body
    assert len(digest.items) == 3
