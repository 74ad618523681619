"""A report that corrects another is never told as what happened next, nor the claim it takes back (night:
tests/scenarios/second_report_night.yaml)."""

from __future__ import annotations

from bot.digest.corrections import corrected, is_correction, named_back, takes_back_only, whose_post

from .factory import Night, item_with


def test_a_correction_is_no_follow_up_and_its_retracted_name_is_never_printed():
    night = Night()
    cake = night.spot(
        "Someone smeared icing on Otto Frain's award at the buffet", who=["Otto Frain"], by="Fay", at="21:30", votes=10
    )
    night.spot(
        "Correction, it was not Wren Castell at the buffet, it was a waiter who tripped",
        who=["Otto Frain"],
        by="Gus",
        at="21:40",
        votes=8,
    )
    body = item_with(night.compile(), cake).body
    assert "Wren" not in body and "it was," not in body, body
    assert "waiter" not in body, body  # (a correction is never "Later, …": what happened next)


def test_a_cleft_emptied_by_the_retraction_is_never_left_broken():
    assert (
        corrected("Correction, it was not Wren at the buffet, it was Pia Lund who smeared it") == "Pia Lund smeared it"
    )
    assert is_correction("Scratch that, it was Pia Lund at the buffet")


def test_a_swapped_detail_is_put_right_in_the_post_and_its_point_kept():
    night = Night()
    post = night.spot(
        "Juno Varga won Best Lighting and danced on the piano lid in her socks",
        who=["Juno Varga"],
        by="Rhi",
        at="20:10",
        votes=35,
    )
    fix = night.spot(
        "Correction to my last: Juno Varga won Best Design, not Best Lighting.",
        who=["Juno Varga"],
        by="Rhi",
        at="20:15",
    )
    digest = night.compile()
    item = item_with(digest, fix)  # (the correction tells the story, put right; the post is never published)
    assert post.id not in {i for it in digest.items for i in it.sighting_ids}
    assert item is not None
    assert "Best Design" in item.body and "piano lid" in item.body, item.body
    assert "Best Lighting" not in item.body + item.headline, item.body


def test_a_corrected_top_moment_keeps_its_place_in_the_digest():
    night = Night()
    night.spot("Pia Lund hid a kazoo in the trophy box", who=["Pia Lund"], by="Tom", at="20:00", votes=30)
    night.spot("Sol Brandt signed a fan's plaster cast", who=["Sol Brandt"], by="Uma", at="20:05", votes=20)
    night.spot(
        "Kit Ames swapped the host's cue cards for a shopping list",
        who=["Kit Ames"],
        by="Vic",
        at="20:20",
        votes=90,
    )
    fix = night.spot(
        "scratch that, it was Rufus Oyelaran who swapped the host's cue cards, not Kit. Kit was at the bar",
        who=["Rufus Oyelaran"],
        by="Vic",
        at="20:23",
    )
    digest = night.compile()
    first = digest.items[0]
    assert fix.id in first.sighting_ids and "Rufus Oyelaran" in first.body, first.body
    assert "shopping list" not in first.body or "Kit Ames swapped" not in first.body, first.body


def test_a_retraction_between_commas_in_a_cleft_is_never_said_again():
    said = corrected("Correction to my last: it was Nia's scarf, not her trophy, that fell in the fountain.")
    assert said == "It was Nia's scarf that fell in the fountain.", said


def test_a_swap_of_another_kind_of_words_is_no_detail_put_right():
    from bot.digest.stands_for import amended_by

    post = "Nia Farrow dropped her trophy in the fountain and fished it out with a mop."
    fix = "Correction to my last: it was Nia's scarf, not her trophy, that fell in the fountain."
    assert amended_by(post, fix) is None  # (never "Nia Farrow dropped Nia's scarf in the fountain")
    assert amended_by(
        "Nia Farrow won Best Film and cried", "Correction: Nia Farrow won Best Score, not Best Film."
    ) == ("Nia Farrow won Best Score and cried")


def test_a_colleagues_correction_naming_who_it_was_not_takes_the_post_back():
    """break30 B1: "Correction: it was X who …, not Y" from another correspondent left Y's version printed first."""
    night = Night()
    wrong = night.spot(
        "Mira Dale left early through the scullery door with a tea towel over her head",
        who=["Mira Dale"],
        by="Ola",
        at="20:00",
        votes=60,
    )
    night.spot(
        "Correction: it was Sunniva Holt who left through the scullery door, not Mira Dale.",
        who=["Sunniva Holt", "Mira Dale"],
        by="Pia",
        at="20:20",
    )
    digest = night.compile()
    printed = " ".join(f"{i.headline} {i.body}" for i in digest.items)
    assert wrong.id not in {sid for i in digest.items for sid in i.sighting_ids}, printed
    assert "Mira Dale left" not in printed and "Mira Dale Leaves" not in printed, printed


def test_a_correction_naming_whose_post_it_corrects_reaches_back_past_half_an_hour():
    night = Night()
    wrong = night.spot(
        "Bram Eke knocked his statuette off the coach step and the base cracked",
        who=["Bram Eke"],
        by="Ola",
        at="20:30",
        votes=70,
    )
    night.spot(
        "correction to Ola's post: it was a porter who knocked Bram Eke's statuette off the coach step, not Bram",
        who=["Bram Eke"],
        by="Rex",
        at="21:20",
    )
    digest = night.compile()
    assert wrong.id not in {sid for i in digest.items for sid in i.sighting_ids}


def test_a_correction_naming_someone_no_post_tells_takes_nothing_back():
    night = Night()
    kept = night.spot(
        "Lise Brandt played a harmonica solo on the bar at the afterparty", who=["Lise Brandt"], by="Tom", at="21:40"
    )
    night.spot("Correction: the harmonica was a gift from Anouk, not Femke.", by="Uma", at="21:50")
    digest = night.compile()
    assert kept.id in {sid for i in digest.items for sid in i.sighting_ids}


def test_what_a_correction_takes_back_by_name_and_whether_it_tells_anything_else():
    assert named_back("Correction: it was Sunniva Holt who left through the scullery door, not Mira Dale.") == (
        "Mira Dale",
    )
    assert named_back("Sunniva Holt left, not Mira Dale") == ()  # (no correction: nothing taken back)
    assert whose_post("correction to Ola's post: it was a porter, not Bram") == "Ola"
    assert whose_post("correction to my last: it was a porter, not Bram") is None
    assert takes_back_only("ignore my last, wrong person, it was not Koen Vries")
    assert not takes_back_only("Correction: it was Sunniva Holt who left through the scullery door, not Mira Dale.")


def test_an_own_correction_of_the_tagged_place_puts_the_place_right_and_keeps_the_story():
    night = Night()
    night.spot("Sol Brandt signed a fan's plaster cast", who=["Sol Brandt"], by="Uma", at="19:50", votes=5)
    post = night.spot(
        "Bram Tolle juggled three of the trophies for the photographers",
        who=["Bram Tolle"],
        by="Gil",
        at="20:00",
        where="Foyer",
        quote="Don't tell the sponsors",
        votes=70,
    )
    fix = night.spot("correction to my last: it was under the pier, not the foyer", by="Gil", at="20:05", where="Foyer")
    digest = night.compile()
    item = item_with(digest, fix)
    assert item is not None and digest.items[0] is item, [i.headline for i in digest.items]
    assert post.id not in item.sighting_ids
    assert "juggled three of the trophies" in item.body and "Don't tell the sponsors" in item.body, item.body
    assert "foyer" not in (item.body + item.headline).lower(), item.body


def test_an_own_correction_of_a_place_in_the_posts_words_puts_it_right_there():
    night = Night()
    night.spot(
        "Bram Tolle juggled three of the trophies in the foyer for the photographers",
        who=["Bram Tolle"],
        by="Gil",
        at="20:00",
        votes=70,
    )
    fix = night.spot("Correction to my last: it was under the pier, not the foyer", by="Gil", at="20:05")
    item = item_with(night.compile(), fix)
    assert item is not None
    assert "juggled three of the trophies under the pier for the photographers" in item.body, item.body


def test_sorry_my_mistake_opens_a_correction_of_the_correspondents_last_post():
    assert is_correction("sorry, my mistake: Sade Irwin was on the balcony, not the loading bay")
    assert is_correction("My bad - it was Sade Irwin, not Lior Mend")
    assert not is_correction("My mistake was trusting the cloakroom ticket, says Sade Irwin")
    night = Night()
    night.spot(
        "Sade Irwin taught the ushers a line dance on the loading bay",
        who=["Sade Irwin"],
        by="Hal",
        at="20:30",
        votes=40,
    )
    fix = night.spot(
        "sorry, my mistake: Sade Irwin was on the balcony, not the loading bay",
        who=["Sade Irwin"],
        by="Hal",
        at="20:33",
    )
    item = item_with(night.compile(), fix)
    assert item is not None
    assert "line dance on the balcony" in item.body and "loading bay" not in item.body, item.body


def test_a_colleagues_correction_tells_the_corrected_story_with_the_posts_votes():
    night = Night()
    for k, (who, what) in enumerate(
        [
            ("Sol Brandt", "Sol Brandt signed a fan's plaster cast"),
            ("Pia Lund", "Pia Lund hid a kazoo in the trophy box"),
            ("Kit Ames", "Kit Ames swapped the host's cue cards for a shopping list"),
        ]
    ):
        night.spot(what, who=[who], by="Tom", at=f"20:0{k}", votes=20)
    post = night.spot(
        "Bram Tolle slipped out through the loading dock with a bin bag over his head",
        who=["Bram Tolle"],
        by="Uma",
        at="20:20",
        votes=80,
    )
    fix = night.spot(
        "Correction: it was Lior Mend who slipped out through the loading dock, not Bram Tolle.",
        who=["Lior Mend", "Bram Tolle"],
        by="Vic",
        at="20:30",
    )
    digest = night.compile(count=3)
    item = item_with(digest, fix)  # (the story stays among the night's three, put right, never dropped as slight)
    assert item is not None, [i.headline for i in digest.items]
    assert "Lior Mend" in item.body and post.id not in item.sighting_ids, item.body
