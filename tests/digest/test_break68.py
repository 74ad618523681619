"""Issue 11, round 49: what the second fresh-eyed breaker of round 49 (break 68, `review/round49/break68-FINDINGS.md`)
found: a correspondent's own follow-up ("She's fine.", "Still arguing.", "Fiddle update: …") goes on with their
story, never an item of its own; a loss is how its find began; a child's line to "Mum" is the child's. Invented
names."""

from __future__ import annotations

from .factory import Night, filler, item_with


def _told(night: Night) -> list:
    digest = night.compile()
    return [*digest.items, *([digest.bonus] if digest.bonus else [])]


def test_a_correspondents_shes_fine_sixteen_minutes_after_their_post_from_the_wings_goes_on_with_it() -> None:
    night = Night()
    night.set_roster(("Delphine Crowley", ()))
    filler(night, 4, votes=2)
    faint = night.spot(
        "One of Delphine Crowley's dancers fainted in the wings. Paramedics with her now.",
        who=["Delphine Crowley"],
        at="20:14",
        votes=18,
        by="Kay",
        where="Wings",
    )
    fine = night.spot(
        "She's fine. Sitting up, eating a banana, asking if she can still go on.",
        at="20:30",
        votes=27,
        by="Kay",
        where="Wings",
    )
    told = _told(night)
    assert not any(i.headline.startswith(("She's", "She ")) for i in told), [i.headline for i in told]
    item = item_with(night.compile(), faint)
    assert item is not None and fine.id in item.sighting_ids


def test_still_arguing_goes_on_with_the_correspondents_own_post_from_the_door() -> None:
    night = Night()
    night.set_roster(("Rudi Vanterpool", ()))
    filler(night, 4, votes=2)
    door = night.spot(
        "Rudi Vanterpool is arguing with the door staff. He says he's on the list. He is not on the list.",
        who=["Rudi Vanterpool"],
        at="19:30",
        votes=22,
        by="Zed",
        where="Front entrance",
    )
    still = night.spot(
        "Still arguing. Now he's reading them his own Wikipedia page off his phone.",
        at="19:36",
        votes=35,
        by="Zed",
        where="Front entrance",
    )
    told = _told(night)
    assert not any(i.headline.startswith("Still") for i in told), [i.headline for i in told]
    item = item_with(night.compile(), door)
    assert item is not None and still.id in item.sighting_ids


def test_a_loss_voted_less_than_its_find_is_told_first_in_the_finds_item_and_a_found_label_is_no_sentence() -> None:
    night = Night()
    night.set_roster(("Sinead Breathnach", ()), ("Podge Sullivan", ()), ("The Kilbride Ceili Band", ()))
    filler(night, 4, votes=2)
    night.spot(
        "Sinead Breathnach's fiddle is missing. It was in the green room at six, now the case is empty.",
        who=["Sinead Breathnach"],
        at="19:00",
        votes=21,
        by="Orla",
        where="Green room",
    )
    found = night.spot(
        "Found: the fiddle was in the Kilbride Ceili Band's van. One of their lads picked up the wrong case. Podge "
        "Sullivan drove out to the car park to fetch it back.",
        who=["Sinead Breathnach", "Podge Sullivan", "The Kilbride Ceili Band"],
        at="19:40",
        votes=45,
        by="Orla",
        where="Car park",
        quote="Same case, same sticker, same bad luck.",
        quote_by="Podge Sullivan",
    )
    item = item_with(night.compile(), found)
    assert item is not None
    assert "fiddle was missing" in item.body, item.body
    assert "Found:" not in item.body and "fiddle was in the Kilbride" in item.body, item.body
    assert item.body.index("missing") < item.body.index("van"), item.body


def test_a_childs_line_to_mum_is_the_childs_not_the_mothers() -> None:
    night = Night()
    night.set_roster(("Priya Venkat", ()))
    filler(night, 4, votes=2)
    heckle = night.spot(
        "Priya Venkat's eight-year-old son Arjun heckled her from the front row during her set.",
        who=["Priya Venkat"],
        at="20:10",
        votes=57,
        by="Mo",
        where="Main stage",
        quote="Mum, that's not how it happened!",
    )
    item = item_with(night.compile(), heckle)
    assert item is not None
    assert "happened!” Venkat said" not in item.body, item.body
    assert "son said" in item.body, item.body


def test_a_relatives_line_heads_nothing_in_lower_case_and_never_names_them_twice() -> None:
    night = Night()
    night.set_roster(("Sakura Ishii", ()))
    filler(night, 4, votes=2)
    shout = night.spot(
        "Ishii's grandmother, in the balcony, stood up and shouted back.",
        who=["Sakura Ishii"],
        at="20:45",
        votes=38,
        by="Ayu",
        where="Balcony",
        quote="見てるよ！",
        quote_by="Ishii's grandmother",
    )
    item = item_with(night.compile(), shout)
    assert item is not None
    assert "grandmother " not in item.headline, item.headline
    assert "Grandmother's Grandmother" not in item.headline, item.headline


def test_a_later_beat_voted_above_the_told_ones_is_an_item_of_its_own_when_the_story_is_full() -> None:
    night = Night()
    night.set_roster(("Sinead Breathnach", ()), ("Podge Sullivan", ()), ("The Kilbride Ceili Band", ()))
    night.spot(
        "Sinead Breathnach's fiddle is missing. It was in the green room at six, now the case is empty.",
        who=["Sinead Breathnach"],
        at="19:00",
        votes=21,
        by="Orla",
        where="Green room",
    )
    night.spot(
        "The fiddle was in the Kilbride Ceili Band's van. One of their lads picked up the wrong case. Podge Sullivan "
        "drove out to the car park to fetch it back.",
        who=["Sinead Breathnach", "Podge Sullivan", "The Kilbride Ceili Band"],
        at="19:40",
        votes=45,
        by="Orla",
        where="Car park",
        quote="Same case, same sticker, same bad luck.",
        quote_by="Podge Sullivan",
    )
    air = night.spot(
        "Sinead Breathnach played the slow air on the recovered fiddle and dedicated it to the Kilbride lad who took "
        "it.",
        who=["Sinead Breathnach"],
        at="20:40",
        votes=33,
        by="Orla",
        where="Stage",
        quote="To Seanie. Check the sticker next time.",
        quote_by="Sinead Breathnach",
    )
    night.spot(
        "The Kilbride Ceili Band bought Sinead a pint each. That's nine pints.",
        who=["The Kilbride Ceili Band", "Sinead Breathnach"],
        at="21:30",
        votes=27,
        by="Con",
        where="Bar",
    )
    digest = night.compile(count=3)
    assert item_with(digest, air) is not None, [i.headline for i in digest.items]


def test_a_guard_who_caught_a_singer_and_the_singer_a_guard_caught_are_one_moment() -> None:
    night = Night()
    night.set_roster(("Celine Aubert", ("Celine",)), ("Tomas Wrobel", ()))
    filler(night, 4, votes=2)
    catch = night.spot(
        "Security guard Tomas Wrobel caught a singer mid-fall on the stage-left stairs: her heel went through the gap "
        "in the top step and he grabbed her under both arms before she hit the floor.",
        who=["Tomas Wrobel"],
        at="20:42",
        votes=24,
        by="Paul",
        where="Stage-left stairs",
        quote="I have a daughter your age. Walk slower.",
        quote_by="Tomas Wrobel",
    )
    fall = night.spot(
        "Celine nearly went down the side stairs before her set — a guard caught her. She's fine, laughing about it.",
        who=["Celine Aubert"],
        at="20:46",
        votes=35,
        by="Rob",
        where="Side stage",
        quote="My shoe lives in that step now.",
    )
    digest = night.compile()
    item = item_with(digest, catch)
    assert item is not None and fall.id in item.sighting_ids, [i.headline for i in digest.items]


def test_locked_out_and_presenting_in_forty_minutes_is_how_the_caretakers_rescue_began() -> None:
    night = Night()
    night.set_roster(("Ottilie Marsh", ()), ("Barnaby Quist", ()))
    filler(night, 4, votes=2)
    night.spot(
        "Ottilie Marsh is locked out of her own dressing room. Key snapped off in the lock, her gown is inside, and "
        "she presents in forty minutes.",
        who=["Ottilie Marsh"],
        at="19:20",
        votes=14,
        by="Joe",
        where="Dressing rooms",
    )
    rescue = night.spot(
        "Barnaby Quist, the venue's caretaker, took the dressing-room door off its hinges with a butter knife and "
        "handed Ottilie Marsh her gown with nine minutes to spare.",
        who=["Barnaby Quist", "Ottilie Marsh"],
        at="19:44",
        votes=41,
        by="Lin",
        where="Dressing rooms",
    )
    in_ = night.spot(
        "She's in. Door is leaning against the corridor wall, gown is on.",
        at="19:49",
        votes=9,
        by="Joe",
        where="Dressing rooms",
    )
    digest = night.compile()
    item = item_with(digest, rescue)
    assert item is not None
    assert "locked out of her own dressing room" in item.body, item.body
    assert not any(i.headline.startswith("Someone") for i in [*digest.items, *([digest.bonus] if digest.bonus else [])])
    assert item_with(digest, in_) in (None, item)


def test_the_wardrobe_lady_sewing_him_up_goes_on_with_the_correspondents_post_about_his_split_trousers() -> None:
    night = Night()
    night.set_roster(("Martin Quiroga", ()))
    filler(night, 4, votes=2)
    split = night.spot(
        "Martin Quiroga's tuxedo trousers split up the back seam on the grand staircase. He is standing against a "
        "pillar.",
        who=["Martin Quiroga"],
        at="20:00",
        votes=25,
        by="Flor",
        where="Grand staircase",
    )
    sewn = night.spot(
        "The wardrobe lady is sewing him up while he's still wearing them, behind a potted palm.",
        at="20:08",
        votes=30,
        by="Flor",
        where="Grand staircase",
        quote="Don't breathe, querido.",
    )
    item = item_with(night.compile(), split)
    assert item is not None and sewn.id in item.sighting_ids


def test_what_two_people_announced_on_stage_after_a_colon_is_the_headlines_news() -> None:
    night = Night()
    night.set_roster(("Fiona Kessel", ()), ("Rory Daugherty", ()))
    filler(night, 4, votes=2)
    news = night.spot(
        "Kessel + Daugherty announced on stage: they're co-directing the sequel. So THAT was the green room whisper.",
        who=["Fiona Kessel", "Rory Daugherty"],
        at="21:00",
        votes=90,
        by="Sam",
        where="Stage",
        quote="We've been hiding this for a year.",
        quote_by="Rory Daugherty",
    )
    item = item_with(night.compile(), news)
    assert item is not None
    assert "Co-Directing the Sequel" in item.headline, item.headline


def test_a_southern_chinese_name_of_three_words_is_named_again_by_its_family_name_first() -> None:
    night = Night()
    night.set_roster(("Tan Boon Hock", ("Uncle Tan",)))
    filler(night, 4, votes=2)
    retired = night.spot(
        "Tan Boon Hock, the veteran cameraman, was given a standing ovation by the crew when he announced his "
        "retirement in the canteen.",
        who=["Tan Boon Hock"],
        at="21:40",
        votes=60,
        by="Mei",
        where="Canteen",
        quote="Forty years. My knees say enough.",
    )
    item = item_with(night.compile(), retired)
    assert item is not None
    assert "Hock said" not in item.body and "Tan said" in item.body, item.body
