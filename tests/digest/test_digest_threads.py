"""Which moments make a story: a setup or a "Later, …" beat shares the lead moment's people and its subject, not
only the star and the words every part of a night uses; a moment near the night's top leads its own item; the bonus
is the next best story by the same ranking."""

from __future__ import annotations

from .factory import Night, every_item, filler, item_with


def _proposal(night: Night, votes: int = 210) -> object:
    return night.spot(
        "Caio Mendes got down on one knee by the stage door and proposed to Thaynara Rocha, her trophy still in her "
        "hand. She said yes before he finished the question.",
        who=["Caio Mendes", "Thaynara Rocha"],
        where="Stage door",
        at="22:10",
        by="Kim",
        votes=votes,
        quote="Yes. Obviously yes. Get up.",
        quote_by="Thaynara Rocha",
    )


def _juggling(night: Night, votes: int, key: bool = False) -> object:
    return night.spot(
        "Will Asante was juggling Thaynara Rocha's trophy with his feet by the stage door, the whole corridor "
        "counting out loud.",
        who=["Will Asante", "Thaynara Rocha"],
        where="Stage door",
        at="21:00",
        by="Gus",
        votes=votes,
        key=key,
    )


def _ring(night: Night) -> object:
    """The ring's story minutes after the proposal: a beat of it (its two people)."""
    return night.spot(
        "Caio Mendes told us the ring had been in his sock since the red carpet. Rocha showed it to the whole "
        "corridor.",
        who=["Caio Mendes", "Thaynara Rocha"],
        where="Stage door",
        at="22:16",
        by="Max",
        votes=60,
    )


def test_an_earlier_moment_sharing_only_the_star_and_everyday_words_is_no_setup():
    night = Night()
    filler(night, 6, votes=8)
    juggling = _juggling(night, votes=60)
    proposal = _proposal(night)
    _ring(night)
    night.pin(proposal)

    item = item_with(night.compile(), proposal)

    assert juggling.id not in item.sighting_ids
    assert "juggling" not in item.body and "It began" not in item.body


def test_a_moment_the_desk_keyed_leads_its_own_item_not_the_tail_of_a_pinned_story():
    night = Night()
    filler(night, 6, votes=8)
    juggling = _juggling(night, votes=461, key=True)
    proposal = _proposal(night)
    _ring(night)
    night.pin(proposal)

    digest = night.compile()

    assert digest.items[0].sighting_ids[0] == proposal.id
    assert juggling.id not in digest.items[0].sighting_ids
    assert item_with(digest, juggling).sighting_ids[0] == juggling.id  # it leads an item of its own


def test_a_promise_with_its_time_and_its_subject_is_the_setup_of_its_payoff():
    night = Night()
    filler(night, 6, votes=8)
    promise = night.spot(
        "Lua Prado told the press room she would sing her grandmother's lullaby in the foyer at ten.",
        who=["Lua Prado"],
        where="Press room",
        at="20:10",
        by="Fay",
        votes=25,
    )
    night.spot(  # the same person near ten, another thing: no payoff of the promise
        "Lua Prado queued for the cloakroom with her mum, both in trainers.",
        who=["Lua Prado"],
        where="Cloakroom",
        at="21:55",
        by="Eli",
        votes=10,
    )
    payoff = night.spot(
        "Lua Prado sang her grandmother's lullaby in the foyer, a cappella, and the whole bar went quiet.",
        who=["Lua Prado"],
        where="Foyer",
        at="22:02",
        by="Jon",
        votes=120,
    )

    item = item_with(night.compile(), payoff)

    assert promise.id in item.sighting_ids
    # (was "It began earlier that night, when Prado told …": the setup is told in the past perfect, `flashback`)
    told = "went quiet. Earlier that night, Prado had told the press room she would sing her grandmother's lullaby"
    assert told in item.body and "cloakroom" not in item.body, item.body


def test_a_later_moment_of_the_star_about_something_else_is_no_later_beat():
    night = Night()
    filler(night, 6, votes=8)
    proposal = _proposal(night)
    signing = night.spot(
        "Thaynara Rocha signed a fan's plaster cast at the bar, her trophy under one arm.",
        who=["Thaynara Rocha"],
        where="Bar",
        at="23:05",
        by="Eli",
        votes=150,  # nearly as strong, and votes of its own: still another thing
    )

    item = item_with(night.compile(), proposal)

    assert signing.id not in item.sighting_ids and "plaster" not in item.body


def test_the_bonus_is_the_next_best_story_not_a_story_with_a_quote():
    night = Night()
    filler(night, 5, votes=150)
    night.spot(
        "June Park said the canapés were the best of the season.",
        who=["June Park"],
        where="Bar",
        at="23:15",
        by="Dev",
        votes=13,
        quote="Ten out of ten for the little pies.",
        quote_by="June Park",
    )
    best = night.spot(
        "Otto Brandt and Kemi Adeyemi, who had not spoken since the band split, shared a cigarette on the fire "
        "escape and came back in arm in arm.",
        who=["Otto Brandt", "Kemi Adeyemi"],
        where="Fire escape",
        at="22:40",
        by="Nat",
        votes=95,
    )

    digest = night.compile()

    assert digest.bonus is not None and digest.bonus.sighting_ids == [best.id]
    assert all("canapés" not in item.body for item in every_item(digest))


def test_a_second_pin_of_a_person_about_something_else_leads_its_own_item():
    night = Night()
    filler(night, 6, votes=8)
    speech = night.spot(
        "Thaynara Rocha gave her whole acceptance speech in sign language, and the interpreter cried.",
        who=["Thaynara Rocha"],
        where="Main stage",
        at="20:30",
        by="Ivy",
        votes=40,
    )
    signing = night.spot(
        "Thaynara Rocha autographed a fan's plaster cast at the bar, her trophy under one arm.",
        who=["Thaynara Rocha"],
        where="Bar",
        at="23:05",
        by="Eli",
        votes=30,
    )
    night.pin(speech)
    night.pin(signing)

    digest = night.compile()

    assert digest.items[0].sighting_ids == [speech.id]
    assert digest.items[1].sighting_ids == [signing.id]


def test_an_earlier_weaker_moment_of_the_lead_elsewhere_about_something_else_is_no_look_back():
    # a third of the lead moment's votes, another place, another subject: its line and headline make its score look
    # near the lead's, but it is another story of the person's night, never "Earlier in the night, …" in this item
    night = Night()
    filler(night, 3, votes=2)
    snack = night.spot(
        "Wendell Ashby and Greta Vollmer shared a bag of salt and vinegar chips on the loading ramp",
        who=["Wendell Ashby", "Greta Vollmer"],
        quote="Not a word to catering",
        quote_by="Greta Vollmer",
        headline="Ashby's Loading Ramp Snack Break",
        votes=11,
        by="Ana",
        at="20:05",
    )
    hem = night.spot(
        "Wendell Ashby sewed up a presenter's split hem in the wings with a hotel sewing kit, thirty seconds "
        "before her cue",
        who=["Wendell Ashby"],
        votes=36,
        by="Ana",
        at="21:10",
    )

    item = item_with(night.compile(), hem)

    assert snack.id not in item.sighting_ids
    assert "Earlier in the night" not in item.body and "chips" not in item.body
