"""Which reports make one moment (issue 11, round 14): a report a later one denies in words ("they did NOT dance,
it was a hug") is never told, and named in the editor's preview when nothing true of it is told; a fall reported
tagging the one who fell and its catch reported minutes later tagging the catcher are one moment, one item; a blackout
told in a note and what someone did in the dark there minutes later are one moment."""

from __future__ import annotations

from .factory import Night, all_ids, every_item, filler, item_with


def _night() -> Night:
    night = Night()
    filler(night, 6, votes=2)
    for j, (name, act) in enumerate(
        (
            ("Ada Fenn", "climbed onto the bar and led the chorus of her first single"),
            ("Tev Okafor", "gave his jacket to a shivering cloakroom attendant"),
        )
    ):
        night.spot(f"{name} {act}.", who=[name], at=f"2{j}:40", by="Dee", votes=30 - 5 * j)
    return night


def _printed(digest) -> str:
    return " ".join(f"{item.headline} {item.body}" for item in every_item(digest)).lower()


def test_denied_acts_are_the_acts_a_text_denies_in_its_own_words_never_a_name_nor_a_quote():
    from bot.digest.denials import denied_acts

    assert denied_acts("UPDATE: they did NOT dance, it was a hug, sorry") == {"danc"}
    assert denied_acts("Wen and Ola didn't dance, just a hug by the door") == {"danc"}
    assert denied_acts("there was no slap, he patted his cheek") == {"slap"}
    assert denied_acts("that was Palesa leaving, not Lesedi") == frozenset()
    assert denied_acts("No one saw it coming") == frozenset()
    assert denied_acts("Ola grinned: “We did not dance.”") == frozenset()


def test_a_claim_another_correspondent_denies_in_words_minutes_later_is_never_printed():
    night = _night()
    claim = night.spot(
        "Wen Harte and Ola Brun danced on the roof terrace!!",
        who=["Wen Harte", "Ola Brun"],
        where="Roof terrace",
        at="20:10",
        by="Ann",
        votes=70,
    )
    denial = night.spot(
        "UPDATE Wen and Ola did NOT dance, it was a goodbye hug, my mistake",
        who=["Wen Harte", "Ola Brun"],
        where="Roof terrace",
        at="20:16",
        by="Ben",
    )

    digest = night.compile()

    assert claim.id not in all_ids(digest)
    assert "danced on the roof" not in _printed(digest)
    assert denial.id in all_ids(digest) or any(claim.id in left.sighting_ids for left in digest.left_out)


def test_a_claim_its_own_correspondent_denies_is_left_out_and_named_in_the_preview():
    night = _night()
    claim = night.spot(
        "Wen Harte and Ola Brun danced on the roof terrace!!",
        who=["Wen Harte", "Ola Brun"],
        where="Roof terrace",
        at="20:10",
        by="Ann",
        votes=70,
    )
    denial = night.spot(
        "UPDATE: they did NOT dance, it was a goodbye hug, sorry",
        who=["Wen Harte", "Ola Brun"],
        where="Roof terrace",
        at="20:15",
        by="Ann",
    )

    digest = night.compile()

    assert "danced" not in _printed(digest)
    assert claim.id not in all_ids(digest)
    assert denial.id not in all_ids(digest)
    left = [x for x in digest.left_out if claim.id in x.sighting_ids]
    assert left and left[0].reason == "denied" and denial.id in left[0].sighting_ids


def test_a_claim_of_other_people_or_long_before_is_never_taken_back():
    night = _night()
    claim = night.spot(
        "Wen Harte and Ola Brun danced on the roof terrace",
        who=["Wen Harte", "Ola Brun"],
        where="Roof terrace",
        at="20:10",
        by="Ann",
        votes=70,
    )
    night.spot("Pia Sorn did not dance all night", who=["Pia Sorn"], where="Lobby", at="20:15", by="Ben")
    night.spot("Wen Harte did not dance at the afterparty", who=["Wen Harte"], where="Cellar", at="22:30", by="Cy")

    digest = night.compile()

    assert claim.id in all_ids(digest)


def test_same_event_names_a_fall_and_its_catch_or_a_blackout_and_its_light():
    from bot.digest.events import same_event
    from bot.digest.lexicon import stem

    def tokens(text: str) -> frozenset[str]:
        return frozenset(stem(w.strip(".,").lower()) for w in text.split())

    assert same_event(tokens("slipped on the spilled ice"), tokens("caught him before he hit the floor"))
    assert same_event(tokens("power out in the hall"), tokens("played on in the dark by a phone torch"))
    assert not same_event(tokens("slipped on the spilled ice"), tokens("played on in the dark"))


def test_a_fall_tagging_who_fell_and_its_catch_tagging_the_catcher_are_one_item():
    night = _night()
    fall = night.spot(
        "Jory Vance slipped on the spilled ice by the cloakroom",
        who=["Jory Vance"],
        where="Cloakroom",
        at="20:40",
        by="Eli",
        votes=40,
    )
    catch = night.spot(
        "Mae Colder grabbed Jory by the collar before he hit the floor",
        who=["Mae Colder"],
        where="Cloakroom",
        at="20:42",
        by="Fay",
        votes=55,
    )

    digest = night.compile()

    item = item_with(digest, catch)
    assert fall.id in item.sighting_ids
    assert sum(fall.id in i.sighting_ids or catch.id in i.sighting_ids for i in every_item(digest)) == 1


def test_a_blackout_note_and_the_playing_on_in_the_dark_minutes_later_are_one_item():
    night = _night()
    dark = night.spot("power out in the ballroom, total dark for ten minutes", where="Ballroom", at="21:00", by="Cy")
    night.pin(dark)
    torch = night.spot(
        "Ossi Lamb kept singing in the dark, his grandson holding a phone torch over the lyric sheet",
        who=["Ossi Lamb"],
        where="Ballroom",
        at="21:03",
        by="Dee",
        votes=60,
    )

    digest = night.compile()

    item = item_with(digest, dark)
    assert torch.id in item.sighting_ids
    assert "it began" not in item.body.lower()


def test_a_weaker_report_of_the_same_act_still_going_on_minutes_later_is_merged_never_told_as_later():
    night = _night()
    lead = night.spot(
        "Suki Vale fainted by the bar and Rhun Ady knelt to cradle her head until the medics came",
        who=["Suki Vale", "Rhun Ady"],
        where="Bar",
        at="21:00",
        by="Ann",
        votes=50,
    )
    again = night.spot(
        "Rhun Ady held Suki's head in his lap while they waited for the paramedics",
        who=["Rhun Ady"],
        where="Bar",
        at="21:07",
        by="Ben",
        votes=12,
    )

    digest = night.compile()

    item = item_with(digest, lead)
    assert again.id in item.sighting_ids
    assert "later," not in item.body.lower()


def test_a_later_act_of_the_same_people_elsewhere_or_stronger_stays_a_beat_of_its_own():
    night = _night()
    lead = night.spot(
        "Suki Vale fainted by the bar and Rhun Ady knelt to cradle her head until the medics came",
        who=["Suki Vale", "Rhun Ady"],
        where="Bar",
        at="21:00",
        by="Ann",
        votes=50,
    )
    night.spot(
        "Rhun Ady carried Suki's head scarf out to the ambulance and rode with her",
        who=["Rhun Ady"],
        where="Car park",
        at="21:07",
        by="Ben",
        votes=12,
    )

    digest = night.compile()

    assert "ambulance" in item_with(digest, lead).body.lower() or "ambulance" in _printed(digest)
