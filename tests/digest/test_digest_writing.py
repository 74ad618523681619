"""Headlines, bodies, credits and the intro: what the reader sees."""

from __future__ import annotations

import re

from bot.digest.textutil import first_sentence, quoted

from .factory import Night, every_item, filler, item_with


def test_a_reporter_headline_is_used_when_there_is_no_pin_headline():
    night = Night()
    filler(night, 3)
    s = night.spot("Priya Castellane juggled three bread rolls", who=["Priya Castellane"], headline="Bread, juggled")

    assert item_with(night.compile(), s).headline == "Bread, juggled"


def test_a_built_headline_reads_like_a_headline_and_names_the_person():
    night = Night()
    one = night.spot(
        "» Spotted Tobias Falk teaching a runner to moonwalk. It went badly, then well.",
        who=["Tobias Falk"],
        at="20:00",
    )
    anonymous = night.spot("gave a speech to an empty cloakroom, very moving.", who=["Selene Ashdown"], at="21:00")

    digest = night.compile()
    first = item_with(digest, one).headline
    second = item_with(digest, anonymous).headline

    assert first == "Spotted Tobias Falk teaching a runner to moonwalk"
    assert second == "Selene Ashdown: Gave a speech to an empty cloakroom, very moving"
    for headline in (first, second):
        assert not re.search(r"sighting\s*#?\d", headline, re.IGNORECASE)


def test_a_story_of_several_moments_gets_a_headline_about_its_person():
    night = Night()
    for time in ("20:00", "21:00", "22:00"):
        night.spot(f"Kit Abernathy changed outfits again at {time}", who=["Kit Abernathy"], at=time)

    headline = night.compile().items[0].headline

    assert headline.startswith("All eyes on Kit Abernathy: ")


def test_two_items_never_share_a_headline():
    night = Night()
    a = night.spot("Noor Sallow hugged a stagehand", who=["Noor Sallow"], headline="A very long hug", at="20:00")
    b = night.spot("Wren Quill hugged a cellist", who=["Wren Quill"], headline="A very long hug", at="21:00")

    digest = night.compile()

    assert item_with(digest, a).headline == "A very long hug"
    assert item_with(digest, b).headline == "Wren Quill hugged a cellist"


def test_headlines_stay_within_256_characters_whatever_the_input():
    night = Night()
    huge = "Otto Brandvold " + "waved enthusiastically " * 300
    a = night.spot(huge, who=["Otto Brandvold"], at="20:00")
    b = night.spot("Lou Farrant winked", who=["Lou Farrant"], headline="H" * 1000, at="20:30")
    c = night.spot("Tamsin Achebe bowed", who=["Tamsin Achebe"], at="21:00")
    nobody = night.spot("x" * 3000, at="21:30")
    night.pin(c, "Pinned " * 200)

    digest = night.compile()

    for item in every_item(digest):
        assert 0 < len(item.headline) <= 256
    assert item_with(digest, a).headline.endswith("…")
    assert len(item_with(digest, b).headline) == 256
    assert item_with(digest, c).headline.startswith("Pinned Pinned")
    assert len(item_with(digest, nobody).headline) <= 256


def test_bodies_keep_quotes_verbatim_in_quotation_marks_with_credits():
    night = Night()
    weird = "Is it “too early” to start on the after-party? Non, jamais — 100% NOT! 🎉 <3"
    s = night.spot(
        "Juniper Hale leaned out of the green room",
        who=["Juniper Hale"],
        quote=weird,
        where="green room",
        by="Kemi",
    )
    already = night.spot("Dex Okafor shouted down the corridor", who=["Dex Okafor"], quote='"Who took my kettle?"')

    digest = night.compile()
    body = item_with(digest, s).body

    assert f"“{weird}”" in body
    assert body == f"Juniper Hale leaned out of the green room. “{weird}” — reported by Kemi (green room)"
    assert '"Who took my kettle?"' in item_with(digest, already).body
    assert '“"Who' not in item_with(digest, already).body


def test_a_story_body_tells_its_moments_in_time_order_each_with_its_own_credits():
    night = Night()
    late = night.spot("Marisol Vance left through the kitchen", who=["Marisol Vance"], by="Ben", at="22:00", votes=9)
    early = night.spot("Marisol Vance arrived on a tractor", who=["Marisol Vance"], by="Amy", at="19:30")

    item = item_with(night.compile(), late)
    first, second = item.body.split("\n\n")

    assert item.sighting_ids == [early.id, late.id]
    assert first.startswith("Marisol Vance arrived on a tractor.") and first.endswith("— reported by Amy")
    assert second.startswith("Marisol Vance left through the kitchen.") and second.endswith("— reported by Ben")
    assert item.reporters == ["Amy", "Ben"]
    assert item.votes == 9


def test_huge_bodies_are_cut_to_4096_without_cutting_quotes():
    night = Night()
    quotes = []
    for i in range(5):
        quote = f"Quote number {i}: " + "la " * 150
        quotes.append(quote.strip())
        night.spot(
            f"Hollis Lindqvist moment {i}: " + "and then something else happened " * 30,
            who=["Hollis Lindqvist"],
            quote=quote,
            at=f"2{i}:00",
            by=f"Reporter {i}",
        )

    item = night.compile().items[0]

    assert len(item.body) <= 4096
    told = [q for q in quotes if q in item.body]
    assert told  # at least one moment told...
    for q in told:
        assert f"“{q}”" in item.body  # ...with its quote whole
    assert item.body.count("“") == item.body.count("”")


def test_one_enormous_sighting_is_cut_in_its_text_not_its_quote():
    night = Night()
    quote = "We came, we saw, we took the good biscuits."
    night.spot("Rafferty Moreau " + "rambled " * 1000, who=["Rafferty Moreau"], quote=quote, by="Zed")

    body = night.compile().items[0].body

    assert len(body) <= 4096
    assert f"“{quote}”" in body
    assert body.endswith("— reported by Zed")
    assert "…" in body


def test_the_intro_names_the_show_and_the_venue():
    night = Night()
    filler(night, 6)

    digest = night.compile()

    assert digest.title == "Five things you didn't see"
    assert digest.show_name == "The Golden Kettle Awards"
    assert digest.venue == "Harbourside Pavilion"
    assert "The Golden Kettle Awards" in digest.intro and "Harbourside Pavilion" in digest.intro
    assert "five moments" in digest.intro


def test_text_helpers():
    assert first_sentence("» hello there, general. More text.") == "Hello there, general"
    assert first_sentence("A" * 50 + ", " + "b " * 100).endswith("A")
    assert quoted("  “already”  ") == "“already”"
    assert quoted("plain") == "“plain”"
